-- Event cards hold their participants' names and types too (SQLite's
-- 0022): an entity's name or type changing marks the events it takes part
-- in. Every card is made anew after 0009.
CREATE FUNCTION powermap_cards_entities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM powermap_cards_mark(ARRAY(
        SELECT p.event_id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN canon_event_parts p ON p.entity_id = n.id
        WHERE o.name IS DISTINCT FROM n.name OR o.type IS DISTINCT FROM n.type), false);
    RETURN NULL;
END $$;
CREATE TRIGGER canon_cards_entity_update AFTER UPDATE ON canon_entities
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_cards_entities();
