-- The first page of a pair's timeline from one index range, however many
-- events either has: every two distinct participants of a merged event,
-- (a < b), with the event's order key. Triggers on participants keep it.
CREATE TABLE canon_event_pairs (
    a         INTEGER NOT NULL,
    b         INTEGER NOT NULL,
    order_key TEXT NOT NULL,
    event_id  INTEGER NOT NULL,
    PRIMARY KEY (a, b, order_key, event_id)
) WITHOUT ROWID;
CREATE INDEX canon_event_pairs_event ON canon_event_pairs(event_id);

INSERT OR IGNORE INTO canon_event_pairs (a, b, order_key, event_id)
SELECT p.entity_id, q.entity_id, p.order_key, p.event_id
FROM canon_event_parts p JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id;

-- A participant's first role in an event pairs it with every other.
CREATE TRIGGER canon_pairs_insert AFTER INSERT ON canon_event_parts
WHEN NOT EXISTS (SELECT 1 FROM canon_event_parts WHERE event_id = new.event_id AND entity_id = new.entity_id AND role != new.role) BEGIN
    INSERT OR IGNORE INTO canon_event_pairs (a, b, order_key, event_id)
    SELECT DISTINCT min(new.entity_id, o.entity_id), max(new.entity_id, o.entity_id), new.order_key, new.event_id
    FROM canon_event_parts o WHERE o.event_id = new.event_id AND o.entity_id != new.entity_id;
END;
-- Its last role gone, it pairs with no one in the event.
CREATE TRIGGER canon_pairs_delete AFTER DELETE ON canon_event_parts
WHEN NOT EXISTS (SELECT 1 FROM canon_event_parts WHERE event_id = old.event_id AND entity_id = old.entity_id) BEGIN
    DELETE FROM canon_event_pairs WHERE event_id = old.event_id AND (a = old.entity_id OR b = old.entity_id);
END;
-- An order key changed in place (not done by resolution, which writes
-- participants anew) is followed.
CREATE TRIGGER canon_pairs_order AFTER UPDATE OF order_key ON canon_event_parts
WHEN new.order_key IS NOT old.order_key BEGIN
    UPDATE canon_event_pairs SET order_key = new.order_key WHERE event_id = new.event_id AND (a = new.entity_id OR b = new.entity_id);
END;
