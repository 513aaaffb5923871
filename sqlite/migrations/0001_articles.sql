-- Articles as read, byte for byte, with their labelled blocks and embedded
-- posts. Everything derived later points into articles.text by byte offsets.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    source      TEXT NOT NULL,
    url         TEXT,
    title       TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    byline      TEXT NOT NULL DEFAULT '',
    dateline    TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',   -- RFC 3339 date or time, '' if unknown
    format      TEXT NOT NULL,
    text        TEXT NOT NULL,
    text_key    TEXT NOT NULL UNIQUE,       -- powermap.TextKey(text)
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_name ON articles(name);

CREATE TABLE blocks (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE posts (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    author     TEXT NOT NULL,
    handle     TEXT NOT NULL,
    posted     TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text_start INTEGER NOT NULL,
    text_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);
