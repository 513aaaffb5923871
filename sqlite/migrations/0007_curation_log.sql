-- The curation log: every decision keeps the ids it named, what it changed
-- (JSON, enough to reverse it) and when it was undone ('' while in force).
-- Splits are one row per decision, their names in data.
ALTER TABLE curation ADD COLUMN subject_id INTEGER;
ALTER TABLE curation ADD COLUMN object_id INTEGER;
ALTER TABLE curation ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
ALTER TABLE curation ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE curation ADD COLUMN undone TEXT NOT NULL DEFAULT '';
