-- The record's revision grows also when an article is stored, removed,
-- restored or deleted (SQLite's 0020): search answers, which name articles
-- by their text, are kept until it changes.
CREATE TRIGGER revision_articles_insert AFTER INSERT ON articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_articles_update AFTER UPDATE ON articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
CREATE TRIGGER revision_articles_delete AFTER DELETE ON articles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION powermap_revision();
