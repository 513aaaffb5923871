-- The network kept (0027) is kept in two rows: its nodes, with the
-- revision, in canon_network, and the ties among them in
-- canon_network_ties, written only when they change. A resolution
-- changes the busiest entities' counts (so the nodes) far more often than
-- the sums of the pairs among them, and rewrote the whole: at 100,000
-- articles 136 KB, 34 pages, for every ingest of a few articles. The
-- network kept is made anew in the new format by this migration's Go
-- step (sqlstore.RefreshNetwork).
CREATE TABLE IF NOT EXISTS canon_network_ties (
    entities INTEGER PRIMARY KEY, -- as canon_network's
    ties     TEXT NOT NULL
);
DELETE FROM canon_network;
