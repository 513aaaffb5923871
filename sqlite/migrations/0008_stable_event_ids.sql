-- Stable event ids. Each article event remembers the merged event it was
-- first part of (origin_event_id); resolution gives every merged event the
-- oldest id among its sources' current and first ids, so ids survive
-- re-resolution, re-extraction and merges. An id that stops naming an
-- event is kept here: moved_to is the event it merged into, NULL if the
-- event is gone. Ids are never reused.
ALTER TABLE events ADD COLUMN origin_event_id INTEGER;
UPDATE events SET origin_event_id = canon_event_id;
CREATE TABLE canon_event_moves (
    id       INTEGER PRIMARY KEY,
    moved_to INTEGER,
    moved    TEXT NOT NULL
);
