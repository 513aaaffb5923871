-- The keys a merged event is found by: its type with its source and target
-- ("fund:12>40"), or with each pair of actors one report names
-- ("meet:3+17"), and the days its reports span. A new report looks its own
-- keys up in a range of days, whatever the number of events the same
-- people have: resolution stays as fast in a large store as in a small one.
CREATE TABLE canon_event_keys (
    key      TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES canon_events(id) ON DELETE CASCADE,
    lo       TEXT NOT NULL,
    hi       TEXT NOT NULL
);
CREATE INDEX canon_event_keys_key ON canon_event_keys(key, lo);
CREATE INDEX canon_event_keys_event ON canon_event_keys(event_id);

INSERT INTO canon_event_keys (key, event_id, lo, hi)
SELECT ce.type || ':' || s.entity_id || '>' || t.entity_id, ce.id, ce.lo, ce.hi
FROM canon_events ce
JOIN canon_event_parts s ON s.event_id = ce.id AND s.role = 'source'
JOIN canon_event_parts t ON t.event_id = ce.id AND t.role = 'target';
INSERT INTO canon_event_keys (key, event_id, lo, hi)
SELECT ce.type || ':' || a.entity_id || '+' || b.entity_id, ce.id, ce.lo, ce.hi
FROM canon_events ce
JOIN canon_event_parts a ON a.event_id = ce.id AND a.role = 'actor'
JOIN canon_event_parts b ON b.event_id = ce.id AND b.role = 'actor' AND a.entity_id < b.entity_id;
