-- A person's relations, most shared first (sqlstore's Ties; SQLite's
-- 0019): for the pairs where the person is the second (b), an index that
-- holds the number of events too.
DROP INDEX canon_pair_stats_b;
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, events, a);
