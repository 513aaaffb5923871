-- The ties of the network kept apart from its nodes, written only when
-- they change (SQLite's 0030; sqlstore.RefreshNetwork); the network kept
-- is made anew in the new format by this migration's Go step.
CREATE TABLE IF NOT EXISTS canon_network_ties (
    entities INTEGER PRIMARY KEY,
    ties     TEXT NOT NULL
);
DELETE FROM canon_network;
