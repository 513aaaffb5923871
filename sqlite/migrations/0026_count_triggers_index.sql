-- The triggers that keep each entity's count of articles (0013) asked
-- whether another mention of the same article is linked to the same
-- entity with "article_id = ? AND canon_id = ?", which SQLite answered
-- from the index by entity (entities_canon): every mention of the entity
-- in the whole store, each looked up in the table for its article. For a
-- person named in thousands of articles, linking one new mention read
-- thousands of pages, and an ingest into a large store slowed down as it
-- grew. "+canon_id" keeps the index by entity out of it: the article's
-- own few mentions are read, by the primary key.
DROP TRIGGER entities_count_insert;
DROP TRIGGER entities_count_delete;
DROP TRIGGER entities_count_unlink;
DROP TRIGGER entities_count_link;
CREATE TRIGGER entities_count_insert AFTER INSERT ON entities
WHEN new.canon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = new.article_id AND +canon_id = new.canon_id AND seq != new.seq) BEGIN
    UPDATE canon_entities SET articles = articles + 1 WHERE id = new.canon_id;
END;
CREATE TRIGGER entities_count_delete AFTER DELETE ON entities
WHEN old.canon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = old.article_id AND +canon_id = old.canon_id) BEGIN
    UPDATE canon_entities SET articles = articles - 1 WHERE id = old.canon_id;
END;
CREATE TRIGGER entities_count_unlink AFTER UPDATE OF canon_id ON entities
WHEN old.canon_id IS NOT NULL AND new.canon_id IS NOT old.canon_id
    AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = old.article_id AND +canon_id = old.canon_id) BEGIN
    UPDATE canon_entities SET articles = articles - 1 WHERE id = old.canon_id;
END;
CREATE TRIGGER entities_count_link AFTER UPDATE OF canon_id ON entities
WHEN new.canon_id IS NOT NULL AND new.canon_id IS NOT old.canon_id
    AND NOT EXISTS (SELECT 1 FROM entities WHERE article_id = new.article_id AND +canon_id = new.canon_id AND seq != new.seq) BEGIN
    UPDATE canon_entities SET articles = articles + 1 WHERE id = new.canon_id;
END;
