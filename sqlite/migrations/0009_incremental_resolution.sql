-- Incremental resolution (package resolve over a narrow repository).
--
-- event_entities links each article event to the article entities it
-- names, by their position in the article: events refer to entities by id,
-- not by name, and a change of an entity's link finds the events it
-- touches. entity_seq is NULL for a name the article's entities lack (the
-- event then reports nothing).
CREATE TABLE event_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    role       TEXT NOT NULL,            -- actor, source, target, mediator, also
    entity_seq INTEGER
);
CREATE INDEX event_entities_event ON event_entities(article_id, seq);
CREATE INDEX event_entities_entity ON event_entities(article_id, entity_seq);

INSERT INTO event_entities (article_id, seq, role, entity_seq)
SELECT ev.article_id, ev.seq, 'actor', (SELECT max(en.seq) FROM entities en WHERE en.article_id = ev.article_id AND en.name = j.value)
FROM events ev, json_each(ev.actors) j;
INSERT INTO event_entities (article_id, seq, role, entity_seq)
SELECT r.a, r.s, r.role, (SELECT max(en.seq) FROM entities en WHERE en.article_id = r.a AND en.name = r.name)
FROM (SELECT article_id AS a, seq AS s, 'source' AS role, source AS name FROM events WHERE source != ''
      UNION ALL SELECT article_id, seq, 'target', target FROM events WHERE target != ''
      UNION ALL SELECT article_id, seq, 'mediator', mediator FROM events WHERE mediator != '') r;
INSERT INTO event_entities (article_id, seq, role, entity_seq)
SELECT ev.article_id, ev.seq, 'also', (SELECT max(en.seq) FROM entities en WHERE en.article_id = ev.article_id AND en.name = j.value)
FROM events ev, json_each(ev.also) j;

-- An article event is pending from when it is stored, re-extracted or one
-- of its entities is linked anew, until it is merged. Every event of a
-- store made before this migration is merged once more (keeping its id).
ALTER TABLE events ADD COLUMN pending INTEGER NOT NULL DEFAULT 1;
CREATE INDEX events_pending ON events(article_id, seq) WHERE pending = 1;
INSERT OR REPLACE INTO state (key, value) SELECT 'resolve_pending', '1' WHERE EXISTS (SELECT 1 FROM events);

-- A link that changes makes the events of that mention pending.
CREATE TRIGGER entities_relink AFTER UPDATE OF canon_id ON entities
WHEN new.canon_id IS NOT old.canon_id BEGIN
    UPDATE events SET pending = 1 WHERE pending = 0 AND article_id = new.article_id
        AND seq IN (SELECT seq FROM event_entities WHERE article_id = new.article_id AND entity_seq = new.seq);
END;

-- Merged events know the days their reports span (lo..hi), to be found by
-- the reports that may join them, and are stale when a report left them.
ALTER TABLE canon_events ADD COLUMN lo TEXT NOT NULL DEFAULT '';
ALTER TABLE canon_events ADD COLUMN hi TEXT NOT NULL DEFAULT '';
ALTER TABLE canon_events ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
CREATE INDEX canon_events_stale ON canon_events(id) WHERE stale = 1;
CREATE INDEX canon_event_parts_role ON canon_event_parts(entity_id, role, event_id);
