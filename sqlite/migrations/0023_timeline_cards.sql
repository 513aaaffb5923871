-- Timeline pages read their cards in order: each card is kept once for
-- every entity taking part in its event, in a table ordered as a person's
-- timeline is (entity, order key, event), instead of once by event id.
-- A busy person's first page of a hundred events then reads the few pages
-- of the database its hundred cards are on, where one card per event read
-- a hundred pages (the events of a busy person are spread over the
-- record). Lists of events by id read any of an event's rows (an index by
-- event). The triggers that deleted a card delete its rows; a change of
-- an event's order key marks it too. Every card is made anew after this
-- migration.
DROP TRIGGER canon_cards_reports_insert;
DROP TRIGGER canon_cards_reports_update;
DROP TRIGGER canon_cards_reports_delete;
DROP TRIGGER canon_cards_articles_update;
DROP TABLE canon_event_cards;

CREATE TABLE canon_timeline (
    entity_id INTEGER NOT NULL,
    order_key TEXT NOT NULL,
    event_id  INTEGER NOT NULL,
    card      TEXT NOT NULL,
    PRIMARY KEY (entity_id, order_key, event_id)
) WITHOUT ROWID;
CREATE INDEX canon_timeline_event ON canon_timeline(event_id);

DROP TRIGGER canon_cards_event_update;
CREATE TRIGGER canon_cards_event_update AFTER UPDATE OF id, type, date, dates, place, amount_usd, planned, first_seen, order_key ON canon_events BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.id);
END;

CREATE TRIGGER canon_cards_reports_insert AFTER INSERT ON events WHEN new.canon_event_id IS NOT NULL BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT new.canon_event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.canon_event_id);
    DELETE FROM canon_timeline WHERE event_id = new.canon_event_id;
END;
CREATE TRIGGER canon_cards_reports_update AFTER UPDATE OF article_id, seq, canon_event_id, date, place, planned, ev_start, ev_end, rule, confidence, role, status ON events
WHEN (old.canon_event_id IS NOT NULL OR new.canon_event_id IS NOT NULL) AND (old.canon_event_id IS NOT new.canon_event_id
    OR old.article_id != new.article_id OR old.seq != new.seq OR old.date != new.date OR old.place != new.place OR old.planned != new.planned
    OR old.ev_start != new.ev_start OR old.ev_end != new.ev_end OR old.rule != new.rule OR old.confidence != new.confidence
    OR old.role != new.role OR old.status != new.status) BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.canon_event_id WHERE old.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.canon_event_id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.canon_event_id WHERE new.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.canon_event_id);
    DELETE FROM canon_timeline WHERE event_id IN (old.canon_event_id, new.canon_event_id);
END;
CREATE TRIGGER canon_cards_reports_delete AFTER DELETE ON events WHEN old.canon_event_id IS NOT NULL BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.canon_event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.canon_event_id);
    DELETE FROM canon_timeline WHERE event_id = old.canon_event_id;
END;

-- An article's fields that a card shows (none is changed in place today).
CREATE TRIGGER canon_cards_articles_update AFTER UPDATE OF name, title, outlet, published, url, source, text ON articles BEGIN
    INSERT INTO canon_cards_dirty (event_id)
        SELECT DISTINCT canon_event_id FROM events e WHERE article_id = new.id AND canon_event_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty d WHERE d.event_id = e.canon_event_id);
    DELETE FROM canon_timeline WHERE event_id IN (SELECT canon_event_id FROM events WHERE article_id = new.id);
END;
