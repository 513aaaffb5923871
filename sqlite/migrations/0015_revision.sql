-- The record's revision: a number that grows whenever a merged event, its
-- participants or an entity changes, so that what is computed from the
-- whole record (the network) is computed once per revision.
INSERT OR REPLACE INTO state (key, value) VALUES ('revision', '1');
CREATE TRIGGER revision_events_insert AFTER INSERT ON canon_events BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_events_update AFTER UPDATE ON canon_events BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_events_delete AFTER DELETE ON canon_events BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_parts_insert AFTER INSERT ON canon_event_parts BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_parts_delete AFTER DELETE ON canon_event_parts BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_entities_insert AFTER INSERT ON canon_entities BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_entities_update AFTER UPDATE ON canon_entities BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
