-- Event cards hold their participants' names and types too (format c2),
-- so that a page of a timeline reads no entity: an entity's name or type
-- changing (resolution gives a person the knowledge base's name) marks
-- the events it takes part in. Every card is made anew after 0023.
CREATE TRIGGER canon_cards_entity_update AFTER UPDATE OF name, type ON canon_entities
WHEN old.name IS NOT new.name OR old.type IS NOT new.type BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT DISTINCT p.event_id FROM canon_event_parts p
        WHERE p.entity_id = new.id AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty d WHERE d.event_id = p.event_id);
END;
