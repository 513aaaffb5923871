-- A person's relations, most shared first (sqlstore's Ties), read in
-- that order: for the pairs where the person is the first (a), an index
-- by number of events, as 0019 made for the second (b), so that the top
-- hundred of a thousand pairs are read, not all of them.
CREATE INDEX canon_pair_stats_a ON canon_pair_stats(a, events, b);
