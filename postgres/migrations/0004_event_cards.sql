-- Timeline pages from one row per event (SQLite's 0018; see
-- sqlstore/cards.go): each merged event's card holds what a timeline
-- shows of it. Statement triggers over the rows written (transition
-- tables) mark the events whose row, participants or reports changed;
-- the store makes the marked events' cards anew before each resolving or
-- curating transaction commits (sqlstore.RefreshEventCards), and every
-- card after 0009, which keeps them by entity. Merged events and their participants
-- change only in those transactions; reports change also in transactions
-- that only store articles (re-extraction), so their triggers delete the
-- card too: an event without a card is read from the tables until the
-- next resolution. (Those transactions run together, never beside a
-- resolution: marks are inserted in order of ids, and a deadlock between
-- two of them is retried like any other.)
CREATE TABLE canon_event_cards (
    event_id BIGINT PRIMARY KEY,
    card     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE canon_cards_dirty (
    event_id BIGINT PRIMARY KEY
);

-- powermap_cards_mark marks events ids, and deletes their cards if drop.
CREATE FUNCTION powermap_cards_mark(ids BIGINT[], drop BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO canon_cards_dirty (event_id)
        SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY id
        ON CONFLICT DO NOTHING;
    IF drop THEN
        DELETE FROM canon_event_cards WHERE event_id = ANY (ids);
    END IF;
END $$;

CREATE FUNCTION powermap_cards_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT id FROM new_rows), false);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT id FROM old_rows), false);
    ELSE
        PERFORM powermap_cards_mark(ARRAY(SELECT id FROM old_rows UNION SELECT id FROM new_rows), false);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER canon_cards_event_insert AFTER INSERT ON canon_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_events();
CREATE TRIGGER canon_cards_event_update AFTER UPDATE ON canon_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_events();
CREATE TRIGGER canon_cards_event_delete AFTER DELETE ON canon_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_events();

CREATE FUNCTION powermap_cards_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT event_id FROM new_rows), false);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT event_id FROM old_rows), false);
    ELSE
        PERFORM powermap_cards_mark(ARRAY(SELECT event_id FROM old_rows UNION SELECT event_id FROM new_rows), false);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER canon_cards_parts_insert AFTER INSERT ON canon_event_parts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_parts();
CREATE TRIGGER canon_cards_parts_update AFTER UPDATE ON canon_event_parts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_parts();
CREATE TRIGGER canon_cards_parts_delete AFTER DELETE ON canon_event_parts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_parts();

-- Reports: written with the event they report, moved to another, or
-- changed where a card shows them (an update that changes none of those
-- fields, such as resolution's pending marks, marks nothing).
CREATE FUNCTION powermap_cards_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT canon_event_id FROM new_rows WHERE canon_event_id IS NOT NULL), true);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM powermap_cards_mark(ARRAY(SELECT canon_event_id FROM old_rows WHERE canon_event_id IS NOT NULL), true);
    ELSE
        PERFORM powermap_cards_mark(ARRAY(
            SELECT x.id FROM old_rows o JOIN new_rows n ON n.article_id = o.article_id AND n.seq = o.seq,
                LATERAL (VALUES (o.canon_event_id), (n.canon_event_id)) AS x(id)
            WHERE x.id IS NOT NULL AND (o.canon_event_id IS DISTINCT FROM n.canon_event_id OR o.date IS DISTINCT FROM n.date
                OR o.place IS DISTINCT FROM n.place OR o.planned IS DISTINCT FROM n.planned OR o.ev_start IS DISTINCT FROM n.ev_start
                OR o.ev_end IS DISTINCT FROM n.ev_end OR o.rule IS DISTINCT FROM n.rule OR o.confidence IS DISTINCT FROM n.confidence
                OR o.role IS DISTINCT FROM n.role OR o.status IS DISTINCT FROM n.status)
            UNION
            SELECT o.canon_event_id FROM old_rows o
            WHERE o.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.article_id = o.article_id AND n.seq = o.seq)
            UNION
            SELECT n.canon_event_id FROM new_rows n
            WHERE n.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.article_id = n.article_id AND o.seq = n.seq)), true);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER canon_cards_reports_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_reports();
CREATE TRIGGER canon_cards_reports_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_reports();
CREATE TRIGGER canon_cards_reports_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_reports();

-- An article's fields that a card shows (none is changed in place today).
CREATE FUNCTION powermap_cards_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM powermap_cards_mark(ARRAY(
        SELECT e.canon_event_id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN events e ON e.article_id = n.id
        WHERE e.canon_event_id IS NOT NULL AND (o.name IS DISTINCT FROM n.name OR o.title IS DISTINCT FROM n.title
            OR o.outlet IS DISTINCT FROM n.outlet OR o.published IS DISTINCT FROM n.published OR o.url IS DISTINCT FROM n.url
            OR o.source IS DISTINCT FROM n.source OR o.text IS DISTINCT FROM n.text)), true);
    RETURN NULL;
END $$;
CREATE TRIGGER canon_cards_articles_update AFTER UPDATE ON articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_articles();
