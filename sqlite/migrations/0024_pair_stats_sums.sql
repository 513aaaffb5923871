-- A person's most shared relations come with their sums (sqlstore's
-- Ties): the indexes by number of events (0019, 0021) hold the sums too,
-- so that the hundred read are next to one another in the index rather
-- than a hundred lookups of the pairs' rows, spread over the table (for
-- the pairs where the person is the second, one range of rows each).
DROP INDEX canon_pair_stats_a;
DROP INDEX canon_pair_stats_b;
CREATE INDEX canon_pair_stats_a ON canon_pair_stats(a, events, b, stats);
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, events, a, stats);
