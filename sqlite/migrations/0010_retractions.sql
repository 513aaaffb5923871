-- Retracting a wrong fact or a wrong article, reversibly.
--
-- An article removed keeps its text and facts (so that the removal can be
-- undone, and so that reading it again finds it and leaves it removed);
-- removed is the curation that removed it. Its events report nothing and
-- its names name no one.
ALTER TABLE articles ADD COLUMN removed INTEGER;
-- A rejected merged event: its reports are remembered by article, type and
-- evidence span, which re-extraction keeps, so that the rejection holds
-- for the same reports extracted again. events.rejected is the curation
-- in force that rejected the report.
CREATE TABLE event_rejections (
    curation_id INTEGER NOT NULL REFERENCES curation(id),
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL
);
CREATE INDEX event_rejections_article ON event_rejections(article_id);
ALTER TABLE events ADD COLUMN rejected INTEGER;
-- Why the user made a curation, in their words.
ALTER TABLE curation ADD COLUMN reason TEXT NOT NULL DEFAULT '';
