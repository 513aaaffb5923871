-- Per-entity counts kept as the record changes, so that lists of people
-- ordered by them, person pages and the network read them instead of
-- counting every article and event: articles counts the articles whose
-- mentions are linked to the entity, events the merged events it takes
-- part in (in any role). Triggers keep them exact on every write
-- (resolution, curation, retraction, re-extraction).
ALTER TABLE canon_entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canon_entities ADD COLUMN events INTEGER NOT NULL DEFAULT 0;

UPDATE canon_entities SET
    articles = (SELECT count(DISTINCT article_id) FROM entities WHERE canon_id = canon_entities.id),
    events = (SELECT count(DISTINCT event_id) FROM canon_event_parts WHERE entity_id = canon_entities.id);

CREATE INDEX canon_entities_articles ON canon_entities(articles DESC, name) WHERE merged_into IS NULL;
CREATE INDEX canon_entities_events ON canon_entities(events DESC, name) WHERE merged_into IS NULL;

-- A participant row counts an event for its entity unless the entity
-- has another role in the same event.
CREATE TRIGGER canon_parts_count_insert AFTER INSERT ON canon_event_parts
WHEN NOT EXISTS (SELECT 1 FROM canon_event_parts WHERE event_id = new.event_id AND entity_id = new.entity_id AND role != new.role) BEGIN
    UPDATE canon_entities SET events = events + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER canon_parts_count_delete AFTER DELETE ON canon_event_parts
WHEN NOT EXISTS (SELECT 1 FROM canon_event_parts WHERE event_id = old.event_id AND entity_id = old.entity_id) BEGIN
    UPDATE canon_entities SET events = events - 1 WHERE id = old.entity_id;
END;

-- An article mention counts its article for its entity unless another
-- mention of the same article is linked to the same entity.
CREATE TRIGGER entities_count_insert AFTER INSERT ON entities
WHEN new.canon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = new.article_id AND canon_id = new.canon_id AND seq != new.seq) BEGIN
    UPDATE canon_entities SET articles = articles + 1 WHERE id = new.canon_id;
END;
CREATE TRIGGER entities_count_delete AFTER DELETE ON entities
WHEN old.canon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = old.article_id AND canon_id = old.canon_id) BEGIN
    UPDATE canon_entities SET articles = articles - 1 WHERE id = old.canon_id;
END;
CREATE TRIGGER entities_count_unlink AFTER UPDATE OF canon_id ON entities
WHEN old.canon_id IS NOT NULL AND new.canon_id IS NOT old.canon_id
    AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = old.article_id AND canon_id = old.canon_id) BEGIN
    UPDATE canon_entities SET articles = articles - 1 WHERE id = old.canon_id;
END;
CREATE TRIGGER entities_count_link AFTER UPDATE OF canon_id ON entities
WHEN new.canon_id IS NOT NULL AND new.canon_id IS NOT old.canon_id
    AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = new.article_id AND canon_id = new.canon_id AND seq != new.seq) BEGIN
    UPDATE canon_entities SET articles = articles + 1 WHERE id = new.canon_id;
END;
