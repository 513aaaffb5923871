-- Two of canon_event_parts' four indexes are dropped: every query that
-- read them is answered as well by the two kept. By entity, the index of
-- timelines (entity_id, order_key, event_id) holds the event of each of
-- an entity's parts as the index by (entity_id, event_id) did; by event,
-- the primary key (event_id, entity_id, role) finds a part of an entity
-- in an event. No query looks parts up by (entity_id, role), the index
-- 0009 added for a resolution that no longer reads it. Each participant
-- of a new merged event wrote a page of each index: at 100,000 articles
-- 125 of the 904 pages an ingest of 10 articles wrote back.
DROP INDEX IF EXISTS canon_event_parts_entity;
DROP INDEX IF EXISTS canon_event_parts_role;
