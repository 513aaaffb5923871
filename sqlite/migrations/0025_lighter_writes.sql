-- Less work for each article stored and each report resolved:
-- - An article stored no longer raises the record's revision (0020's
--   trigger wrote the state row once more in every article's
--   transaction): the revision the store answers with is now the one kept
--   and the highest article id together (sqlstore's Revision), which
--   grows when an article is stored. Removing, restoring or deleting one
--   still raises it.
-- - A report moved to another merged event (or changed) marks the events
--   without deleting their cards: reports are updated only in resolving
--   and curating transactions, which make the marked cards anew before
--   they commit (a transaction that only stores articles deletes and
--   inserts reports, whose triggers still delete the cards).
DROP TRIGGER revision_articles_insert;
DROP TRIGGER canon_cards_reports_update;
CREATE TRIGGER canon_cards_reports_update AFTER UPDATE OF article_id, seq, canon_event_id, date, place, planned, ev_start, ev_end, rule, confidence, role, status ON events
WHEN (old.canon_event_id IS NOT NULL OR new.canon_event_id IS NOT NULL) AND (old.canon_event_id IS NOT new.canon_event_id
    OR old.article_id != new.article_id OR old.seq != new.seq OR old.date != new.date OR old.place != new.place OR old.planned != new.planned
    OR old.ev_start != new.ev_start OR old.ev_end != new.ev_end OR old.rule != new.rule OR old.confidence != new.confidence
    OR old.role != new.role OR old.status != new.status) BEGIN
    INSERT INTO canon_cards_dirty (event_id) SELECT old.canon_event_id WHERE old.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = old.canon_event_id);
    INSERT INTO canon_cards_dirty (event_id) SELECT new.canon_event_id WHERE new.canon_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty WHERE event_id = new.canon_event_id);
END;
