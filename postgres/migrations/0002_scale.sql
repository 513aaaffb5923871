-- Queries at scale: SQLite's migrations 0013 to 0016 in one, kept by
-- PostgreSQL triggers so that the shared write path (internal/sqlstore)
-- stays the same for both engines. SQLite's triggers run for each row as
-- it is written; PostgreSQL's row triggers run at the end of the
-- statement, when a multi-row insert's rows are all there, so these are
-- statement triggers over the rows the statement wrote (transition
-- tables), which also keep a statement that writes many rows to a few
-- updates.

-- Per-entity counts (SQLite's 0013): articles counts the articles whose
-- mentions are linked to the entity, events the merged events it takes
-- part in (in any role).
ALTER TABLE canon_entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canon_entities ADD COLUMN events INTEGER NOT NULL DEFAULT 0;

UPDATE canon_entities c SET
    articles = (SELECT count(DISTINCT article_id) FROM entities WHERE canon_id = c.id),
    events = (SELECT count(DISTINCT event_id) FROM canon_event_parts WHERE entity_id = c.id);

CREATE INDEX canon_entities_articles ON canon_entities(articles DESC, name) WHERE merged_into IS NULL;
CREATE INDEX canon_entities_events ON canon_entities(events DESC, name) WHERE merged_into IS NULL;

-- An (article, entity) counts once however many mentions link them: the
-- change of each is whether it has a mention now less whether it had one
-- before the statement (now, less the rows it added, plus those it
-- removed).
CREATE FUNCTION powermap_entities_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE canon_entities c SET articles = c.articles + d.n FROM (
            SELECT k.canon_id, count(*) AS n
            FROM (SELECT article_id, canon_id, count(*) AS added FROM new_rows WHERE canon_id IS NOT NULL GROUP BY article_id, canon_id) k
            WHERE (SELECT count(*) FROM entities e WHERE e.article_id = k.article_id AND e.canon_id = k.canon_id) = k.added
            GROUP BY k.canon_id) d
        WHERE c.id = d.canon_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE canon_entities c SET articles = c.articles - d.n FROM (
            SELECT k.canon_id, count(*) AS n
            FROM (SELECT DISTINCT article_id, canon_id FROM old_rows WHERE canon_id IS NOT NULL) k
            WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.article_id = k.article_id AND e.canon_id = k.canon_id)
            GROUP BY k.canon_id) d
        WHERE c.id = d.canon_id;
    ELSE
        UPDATE canon_entities c SET articles = c.articles + d.n FROM (
            SELECT k.canon_id, sum((cur.n > 0)::int - ((cur.n - k.added + k.removed) > 0)::int) AS n
            FROM (SELECT COALESCE(a.article_id, r.article_id) AS article_id, COALESCE(a.canon_id, r.canon_id) AS canon_id,
                    COALESCE(a.n, 0) AS added, COALESCE(r.n, 0) AS removed
                FROM (SELECT article_id, canon_id, count(*) AS n FROM new_rows WHERE canon_id IS NOT NULL GROUP BY article_id, canon_id) a
                FULL JOIN (SELECT article_id, canon_id, count(*) AS n FROM old_rows WHERE canon_id IS NOT NULL GROUP BY article_id, canon_id) r
                ON r.article_id = a.article_id AND r.canon_id = a.canon_id) k,
                LATERAL (SELECT count(*) AS n FROM entities e WHERE e.article_id = k.article_id AND e.canon_id = k.canon_id) cur
            GROUP BY k.canon_id) d
        WHERE c.id = d.canon_id AND d.n != 0;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_count_insert AFTER INSERT ON entities
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_entities_count();
CREATE TRIGGER entities_count_delete AFTER DELETE ON entities
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_entities_count();
CREATE TRIGGER entities_count_update AFTER UPDATE ON entities
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_entities_count();

-- Timelines in pages (SQLite's 0014). '' means not yet computed: the
-- migration's Go step (sqlstore.FillOrderKeys) fills it in.
ALTER TABLE canon_events ADD COLUMN order_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE canon_event_parts ADD COLUMN order_key TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX canon_events_order ON canon_events(order_key, id);
CREATE INDEX canon_event_parts_order ON canon_event_parts(entity_id, order_key, event_id);

-- A pair's timeline from one index range (SQLite's 0016): every two
-- distinct participants of a merged event (a < b), with its order key.
-- The migration's Go step fills it once the order keys are known.
CREATE TABLE canon_event_pairs (
    a         BIGINT NOT NULL,
    b         BIGINT NOT NULL,
    order_key TEXT COLLATE "C" NOT NULL,
    event_id  BIGINT NOT NULL,
    PRIMARY KEY (a, b, order_key, event_id)
);
CREATE INDEX canon_event_pairs_event ON canon_event_pairs(event_id);

-- A participant's first role in an event counts the event for it and
-- pairs it with every other participant; its last role gone, neither.
CREATE FUNCTION powermap_parts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE canon_entities c SET events = c.events + d.n FROM (
            SELECT k.entity_id, count(*) AS n
            FROM (SELECT event_id, entity_id, count(*) AS added FROM new_rows GROUP BY event_id, entity_id) k
            WHERE (SELECT count(*) FROM canon_event_parts p WHERE p.event_id = k.event_id AND p.entity_id = k.entity_id) = k.added
            GROUP BY k.entity_id) d
        WHERE c.id = d.entity_id;
        INSERT INTO canon_event_pairs (a, b, order_key, event_id)
        SELECT DISTINCT least(n.entity_id, o.entity_id), greatest(n.entity_id, o.entity_id), n.order_key, n.event_id
        FROM new_rows n JOIN canon_event_parts o ON o.event_id = n.event_id AND o.entity_id != n.entity_id
        ON CONFLICT DO NOTHING;
    ELSE
        WITH gone AS (
            SELECT DISTINCT o.event_id, o.entity_id FROM old_rows o
            WHERE NOT EXISTS (SELECT 1 FROM canon_event_parts p WHERE p.event_id = o.event_id AND p.entity_id = o.entity_id)
        ), counted AS (
            UPDATE canon_entities c SET events = c.events - d.n
            FROM (SELECT entity_id, count(*) AS n FROM gone GROUP BY entity_id) d
            WHERE c.id = d.entity_id
        )
        DELETE FROM canon_event_pairs x USING gone g
        WHERE x.event_id = g.event_id AND (x.a = g.entity_id OR x.b = g.entity_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER canon_parts_insert AFTER INSERT ON canon_event_parts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_parts_change();
CREATE TRIGGER canon_parts_delete AFTER DELETE ON canon_event_parts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_parts_change();

-- An order key changed in place (not done by resolution, which writes
-- participants anew) is followed.
CREATE FUNCTION powermap_pairs_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE canon_event_pairs SET order_key = NEW.order_key
    WHERE event_id = NEW.event_id AND (a = NEW.entity_id OR b = NEW.entity_id);
    RETURN NULL;
END $$;
CREATE TRIGGER canon_pairs_order AFTER UPDATE OF order_key ON canon_event_parts
    FOR EACH ROW WHEN (NEW.order_key IS DISTINCT FROM OLD.order_key) EXECUTE FUNCTION powermap_pairs_order();

-- The record's revision (SQLite's 0015): raised by every statement that
-- changes merged events, their participants or entities.
INSERT INTO state (key, value) VALUES ('revision', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
CREATE FUNCTION powermap_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM old_rows LIMIT 1;
    ELSE
        PERFORM 1 FROM new_rows LIMIT 1;
    END IF;
    IF FOUND THEN
        UPDATE state SET value = (CAST(value AS BIGINT) + 1)::text WHERE key = 'revision';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER revision_events_insert AFTER INSERT ON canon_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_events_update AFTER UPDATE ON canon_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_events_delete AFTER DELETE ON canon_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_parts_insert AFTER INSERT ON canon_event_parts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_parts_delete AFTER DELETE ON canon_event_parts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_entities_insert AFTER INSERT ON canon_entities
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_entities_update AFTER UPDATE ON canon_entities
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
