-- Person pages and the network from sums kept at resolve time (SQLite's
-- 0017): for every two entities that share merged events (a < b), what
-- those events add up to (powermap.PairStats, in one line:
-- sqlstore.encodePairStats), and their number.
-- Statement triggers on the pairs' index mark the pairs whose events
-- changed; the store recomputes those before each resolving or curating
-- transaction commits (sqlstore.RefreshPairStats), and for every pair in
-- this migration's Go step.
CREATE TABLE canon_pair_stats (
    a      BIGINT NOT NULL,
    b      BIGINT NOT NULL,
    events INTEGER NOT NULL,
    stats  TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX canon_pair_stats_b ON canon_pair_stats(b, a);

CREATE TABLE canon_pairs_dirty (
    a BIGINT NOT NULL,
    b BIGINT NOT NULL,
    PRIMARY KEY (a, b)
);

INSERT INTO canon_pairs_dirty (a, b) SELECT DISTINCT a, b FROM canon_event_pairs ON CONFLICT DO NOTHING;

CREATE FUNCTION powermap_pairs_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO canon_pairs_dirty (a, b) SELECT DISTINCT a, b FROM new_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO canon_pairs_dirty (a, b) SELECT DISTINCT a, b FROM old_rows ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER canon_pairs_dirty_insert AFTER INSERT ON canon_event_pairs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_pairs_dirty();
CREATE TRIGGER canon_pairs_dirty_delete AFTER DELETE ON canon_event_pairs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_pairs_dirty();

-- An alias is part of its entity: adding or removing one is a change of
-- the record's revision too (the names Entities looks text up in are
-- kept per revision).
CREATE TRIGGER revision_aliases_insert AFTER INSERT ON canon_aliases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_aliases_update AFTER UPDATE ON canon_aliases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_aliases_delete AFTER DELETE ON canon_aliases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
