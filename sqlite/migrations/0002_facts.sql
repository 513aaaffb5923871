-- Facts extracted from each article, with provenance: every row points into
-- articles.text by byte offsets and names the rule that produced it.
CREATE TABLE entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,            -- person, org
    kb_id      TEXT NOT NULL DEFAULT '',
    aliases    TEXT NOT NULL DEFAULT '[]', -- JSON array of surface forms
    mentions   TEXT NOT NULL DEFAULT '[]', -- JSON array of {start, end}
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_kb ON entities(kb_id) WHERE kb_id != '';

CREATE TABLE events (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    actors     TEXT NOT NULL DEFAULT '[]', -- JSON array of names (meet, reconcile)
    source     TEXT NOT NULL DEFAULT '',
    target     TEXT NOT NULL DEFAULT '',
    mediator   TEXT NOT NULL DEFAULT '',
    also       TEXT NOT NULL DEFAULT '[]',
    role       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL DEFAULT '',
    amount_usd REAL,
    planned    INTEGER NOT NULL DEFAULT 0,
    ev_start   INTEGER NOT NULL,
    ev_end     INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    confidence REAL NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX events_type ON events(type);

CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    speaker    TEXT NOT NULL,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
