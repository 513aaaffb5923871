-- A person's relations, most shared first (sqlstore's Ties; SQLite's
-- 0021): for the pairs where the person is the first (a), an index by
-- number of events.
CREATE INDEX canon_pair_stats_a ON canon_pair_stats(a, events, b);
