-- canon_event_parts' indexes by (entity_id, event_id) and (entity_id,
-- role, event_id) are dropped: the index of timelines (entity_id,
-- order_key, event_id) and the primary key answer every query that read
-- them, and each participant of a new merged event wrote both (SQLite's
-- 0029).
DROP INDEX IF EXISTS canon_event_parts_entity;
DROP INDEX IF EXISTS canon_event_parts_role;
