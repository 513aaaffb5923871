-- A person's relations, most shared first (sqlstore's Ties), from the
-- pairs' keys and numbers of events alone: for the pairs where the person
-- is the second (b), an index that holds the number of events too, so
-- that the top hundred of a thousand pairs are chosen without reading
-- each pair's row.
DROP INDEX canon_pair_stats_b;
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, events, a);
