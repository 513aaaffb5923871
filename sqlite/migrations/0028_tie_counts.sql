-- How many entities each entity shares merged events with (its pairs in
-- canon_pair_stats), kept as the sums change (sqlstore's applyTieCounts):
-- a person's page says how many relationships there are beyond those it
-- lists, and counting a busy person's thousand pairs took longer than
-- reading the hundred listed.
ALTER TABLE canon_entities ADD COLUMN ties INTEGER NOT NULL DEFAULT 0;
UPDATE canon_entities SET ties = (SELECT count(*) FROM canon_pair_stats WHERE a = canon_entities.id)
    + (SELECT count(*) FROM canon_pair_stats WHERE b = canon_entities.id)
    WHERE EXISTS (SELECT 1 FROM canon_pair_stats WHERE a = canon_entities.id) OR EXISTS (SELECT 1 FROM canon_pair_stats WHERE b = canon_entities.id);
