-- Timeline pages read their cards in order (SQLite's 0023): each card is
-- kept once for every entity taking part in its event, in a table
-- ordered as a person's timeline is, with an index by event. The
-- function that deleted a card deletes its rows. Every card is made anew
-- in this migration's Go step.
DROP TABLE canon_event_cards;

CREATE TABLE canon_timeline (
    entity_id BIGINT NOT NULL,
    order_key TEXT COLLATE "C" NOT NULL,
    event_id  BIGINT NOT NULL,
    card      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, order_key, event_id)
);
CREATE INDEX canon_timeline_event ON canon_timeline(event_id);

CREATE OR REPLACE FUNCTION powermap_cards_mark(ids BIGINT[], drop BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO canon_cards_dirty (event_id)
        SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY id
        ON CONFLICT DO NOTHING;
    IF drop THEN
        DELETE FROM canon_timeline WHERE event_id = ANY (ids);
    END IF;
END $$;
