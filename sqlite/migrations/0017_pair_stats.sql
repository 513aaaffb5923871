-- Person pages and the network from sums kept at resolve time: for every
-- two entities that share merged events (a < b), what those events add up
-- to (powermap.PairStats, in one line: sqlstore.encodePairStats), and
-- their number, so that a person's relations and the links among the
-- busiest are read, not computed from every event. Triggers on the
-- pairs' index mark the pairs whose events changed; the store recomputes
-- those before each resolving or curating transaction commits
-- (sqlstore.RefreshPairStats), and for every pair after this migration.
CREATE TABLE canon_pair_stats (
    a      INTEGER NOT NULL,
    b      INTEGER NOT NULL,
    events INTEGER NOT NULL,
    stats  TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, a);

CREATE TABLE canon_pairs_dirty (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;

INSERT OR IGNORE INTO canon_pairs_dirty (a, b) SELECT DISTINCT a, b FROM canon_event_pairs;

CREATE TRIGGER canon_pairs_dirty_insert AFTER INSERT ON canon_event_pairs BEGIN
    INSERT OR IGNORE INTO canon_pairs_dirty (a, b) VALUES (new.a, new.b);
END;
CREATE TRIGGER canon_pairs_dirty_delete AFTER DELETE ON canon_event_pairs BEGIN
    INSERT OR IGNORE INTO canon_pairs_dirty (a, b) VALUES (old.a, old.b);
END;

-- An alias is part of its entity: adding or removing one is a change of
-- the record's revision too (the names Entities looks text up in are
-- kept per revision).
CREATE TRIGGER revision_aliases_insert AFTER INSERT ON canon_aliases BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_aliases_update AFTER UPDATE ON canon_aliases BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_aliases_delete AFTER DELETE ON canon_aliases BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
