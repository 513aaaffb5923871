-- The record's revision grows also when an article is stored, removed,
-- restored or deleted: search answers, which name articles by their text,
-- are kept until it changes (an article naming no one changes no merged
-- event or entity).
CREATE TRIGGER revision_articles_insert AFTER INSERT ON articles BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_articles_update AFTER UPDATE OF removed, title, text ON articles BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_articles_delete AFTER DELETE ON articles BEGIN
    UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
