-- Everyone's network (the network page as it opens), laid out, kept with
-- the record's revision it was made at (sqlstore.RefreshNetwork): made at
-- a request, it read the sums of the busiest entities' pairs and laid them
-- out while every request for it waited. Made for the record as it is in
-- this migration's Go step, and anew by every resolving or curating
-- transaction that changes the record.
CREATE TABLE canon_network (
    entities INTEGER PRIMARY KEY, -- how many at most (NetworkOptions.Max)
    revision INTEGER NOT NULL,
    network  TEXT NOT NULL
);
