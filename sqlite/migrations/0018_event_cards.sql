-- Timeline pages from one row per event (sqlstore/cards.go): each merged
-- event's card holds what a timeline shows of it (its fields, its
-- participants by id and role, its sources with their articles and
-- evidence), so that a page reads a hundred cards, not the hundreds of
-- rows of five tables they sum up. Triggers mark the events whose row,
-- participants or reports change; the store makes the marked events'
-- cards anew before each resolving or curating transaction commits
-- (sqlstore.RefreshEventCards), and every card after 0023, which keeps
-- them by entity.
-- Merged events and their participants change only in those
-- transactions; reports change also in transactions that only store
-- articles (re-extraction), so their triggers delete the card too: an
-- event without a card is read from the tables until the next
-- resolution. (A mark is inserted only where there is none, not with OR
-- IGNORE: the conflict clause of the statement that fires a trigger, such
-- as resolution's upserts, overrides the trigger's own.)
CREATE TABLE canon_event_cards (
    event_id INTEGER PRIMARY KEY,
    card     TEXT NOT NULL
);

CREATE TABLE canon_cards_dirty (
    event_id INTEGER PRIMARY KEY
);

CREATE TRIGGER canon_cards_event_insert AFTER INSERT ON canon_events BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.id);
END;
CREATE TRIGGER canon_cards_event_update AFTER UPDATE OF id, type, date, dates, place, amount_usd, planned, first_seen ON canon_events BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.id);
END;
CREATE TRIGGER canon_cards_event_delete AFTER DELETE ON canon_events BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.id);
END;

CREATE TRIGGER canon_cards_parts_insert AFTER INSERT ON canon_event_parts BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT new.event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.event_id);
END;
CREATE TRIGGER canon_cards_parts_update AFTER UPDATE OF event_id, entity_id, role ON canon_event_parts BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.event_id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.event_id);
END;
CREATE TRIGGER canon_cards_parts_delete AFTER DELETE ON canon_event_parts BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.event_id);
END;

-- Reports: written with the event they report, moved to another, or
-- changed where a card shows them.
CREATE TRIGGER canon_cards_reports_insert AFTER INSERT ON events WHEN new.canon_event_id IS NOT NULL BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT new.canon_event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.canon_event_id);
    DELETE FROM canon_event_cards WHERE event_id = new.canon_event_id;
END;
CREATE TRIGGER canon_cards_reports_update AFTER UPDATE OF article_id, seq, canon_event_id, date, place, planned, ev_start, ev_end, rule, confidence, role, status ON events
WHEN (old.canon_event_id IS NOT NULL OR new.canon_event_id IS NOT NULL) AND (old.canon_event_id IS NOT new.canon_event_id
    OR old.article_id != new.article_id OR old.seq != new.seq OR old.date != new.date OR old.place != new.place OR old.planned != new.planned
    OR old.ev_start != new.ev_start OR old.ev_end != new.ev_end OR old.rule != new.rule OR old.confidence != new.confidence
    OR old.role != new.role OR old.status != new.status) BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.canon_event_id WHERE old.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.canon_event_id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.canon_event_id WHERE new.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.canon_event_id);
    DELETE FROM canon_event_cards WHERE event_id IN (old.canon_event_id, new.canon_event_id);
END;
CREATE TRIGGER canon_cards_reports_delete AFTER DELETE ON events WHEN old.canon_event_id IS NOT NULL BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.canon_event_id WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.canon_event_id);
    DELETE FROM canon_event_cards WHERE event_id = old.canon_event_id;
END;

-- An article's fields that a card shows (none is changed in place today).
CREATE TRIGGER canon_cards_articles_update AFTER UPDATE OF name, title, outlet, published, url, source, text ON articles BEGIN
    INSERT INTO canon_cards_dirty (event_id)
        SELECT DISTINCT canon_event_id FROM events e WHERE article_id = new.id AND canon_event_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty d WHERE d.event_id = e.canon_event_id);
    DELETE FROM canon_event_cards WHERE event_id IN (SELECT canon_event_id FROM events WHERE article_id = new.id);
END;
