-- A person's most shared relations come with their sums (sqlstore's Ties;
-- SQLite's 0024): the indexes by number of events hold the sums too.
DROP INDEX canon_pair_stats_a;
DROP INDEX canon_pair_stats_b;
CREATE INDEX canon_pair_stats_a ON canon_pair_stats(a, events, b) INCLUDE (stats);
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, events, a) INCLUDE (stats);
