-- Entities and events across articles. canon_entities are the people and
-- organizations of the whole store; each article's entities point to one.
-- canon_events are real-world happenings; each article event points to the
-- one it reports. Both are derived (rebuilt by resolution) except for the
-- user's curation, which is kept in its own table and replayed.
CREATE TABLE canon_entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    kb_id       TEXT,
    name_key    TEXT NOT NULL,
    sound_key   TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES canon_entities(id)
);
CREATE UNIQUE INDEX canon_entities_kb ON canon_entities(kb_id) WHERE kb_id IS NOT NULL;
CREATE INDEX canon_entities_name ON canon_entities(type, name_key);
CREATE INDEX canon_entities_sound ON canon_entities(type, sound_key) WHERE sound_key != '';

CREATE TABLE canon_aliases (
    entity_id INTEGER NOT NULL REFERENCES canon_entities(id),
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    source    TEXT NOT NULL,            -- article, user
    PRIMARY KEY (entity_id, alias_key, source)
);
CREATE INDEX canon_aliases_key ON canon_aliases(alias_key);

ALTER TABLE entities ADD COLUMN canon_id INTEGER REFERENCES canon_entities(id);
CREATE INDEX entities_canon ON entities(canon_id);

CREATE TABLE canon_events (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    date       TEXT NOT NULL DEFAULT '',
    dates      TEXT NOT NULL DEFAULT '[]', -- every date the sources give (JSON)
    place      TEXT NOT NULL DEFAULT '',
    amount_usd REAL,
    planned    INTEGER NOT NULL DEFAULT 0,
    sources    INTEGER NOT NULL,
    first_seen TEXT NOT NULL DEFAULT ''    -- earliest publication among sources
);
CREATE INDEX canon_events_type_date ON canon_events(type, date);

CREATE TABLE canon_event_parts (
    event_id  INTEGER NOT NULL REFERENCES canon_events(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    role      TEXT NOT NULL,            -- actor, source, target, mediator, also
    PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX canon_event_parts_entity ON canon_event_parts(entity_id, event_id);

ALTER TABLE events ADD COLUMN canon_event_id INTEGER;
CREATE INDEX events_canon ON events(canon_event_id);

-- The user's choices: merge (subject into object), split (subject's
-- mentions in article_id become object), alias (object names subject).
CREATE TABLE curation (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    object     TEXT NOT NULL DEFAULT '',
    article_id INTEGER,
    created    TEXT NOT NULL
);
