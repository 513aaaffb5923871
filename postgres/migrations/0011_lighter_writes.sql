-- An article stored no longer raises the record's revision (SQLite's
-- 0025): the revision the store answers with is the one kept and the
-- highest article id together (sqlstore's Revision). Removing, restoring
-- or deleting one still raises it.
DROP TRIGGER revision_articles_insert ON articles;
