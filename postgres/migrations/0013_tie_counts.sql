-- How many entities each entity shares merged events with, kept as the
-- sums change (SQLite's 0028; sqlstore's applyTieCounts).
ALTER TABLE canon_entities ADD COLUMN ties INTEGER NOT NULL DEFAULT 0;
UPDATE canon_entities SET ties = (SELECT count(*) FROM canon_pair_stats WHERE a = canon_entities.id)
    + (SELECT count(*) FROM canon_pair_stats WHERE b = canon_entities.id)
    WHERE EXISTS (SELECT 1 FROM canon_pair_stats WHERE a = canon_entities.id) OR EXISTS (SELECT 1 FROM canon_pair_stats WHERE b = canon_entities.id);
