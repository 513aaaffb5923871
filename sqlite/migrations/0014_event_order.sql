-- Timelines in pages. order_key is powermap.EventOrder of the merged
-- event (the day it is placed at and its precision): events are listed by
-- (order_key, id). Participants carry it too, so that the first page of
-- any person's events is a range of one index however many events they
-- have. '' means not yet computed: Open fills it in after this migration.
ALTER TABLE canon_events ADD COLUMN order_key TEXT NOT NULL DEFAULT '';
ALTER TABLE canon_event_parts ADD COLUMN order_key TEXT NOT NULL DEFAULT '';
CREATE INDEX canon_events_order ON canon_events(order_key, id);
CREATE INDEX canon_event_parts_order ON canon_event_parts(entity_id, order_key, event_id);
