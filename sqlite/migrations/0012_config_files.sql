-- The knowledge-base and rules files the store's extraction uses, kept
-- whole (content and SHA-256), so that reextract and serve use what
-- ingest used. One of each kind is in force; changing it is explicit.
CREATE TABLE config_files (
    kind    TEXT PRIMARY KEY,          -- kb, rules
    name    TEXT NOT NULL,             -- the file as the user named it
    sha256  TEXT NOT NULL,
    content BLOB NOT NULL,
    set_at  TEXT NOT NULL
);
