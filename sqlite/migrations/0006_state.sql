-- What the store must remember between commands: "resolve_pending" is set
-- in the transaction that stores an article or replaces its facts, and
-- cleared in the one that resolves them, so that a resolution interrupted
-- (or never started) is finished by the next command that writes.
CREATE TABLE state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- A store interrupted before this table existed: entities never linked.
INSERT INTO state (key, value) SELECT 'resolve_pending', '1' WHERE EXISTS (SELECT 1 FROM entities WHERE canon_id IS NULL);
