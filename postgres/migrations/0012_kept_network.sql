-- Everyone's network, laid out, kept with the record's revision it was
-- made at (SQLite's 0027; sqlstore.RefreshNetwork).
CREATE TABLE canon_network (
    entities INTEGER PRIMARY KEY, -- how many at most (NetworkOptions.Max)
    revision BIGINT NOT NULL,
    network  TEXT NOT NULL
);
