package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/powermap/powermap"
)

// execer is what both *sql.DB and *Tx offer.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// putFacts writes an article's facts, replacing any it had. fresh tells
// that the article was just stored, so that it has no facts, merged events
// or rejections yet to read or replace.
func putFacts(ctx context.Context, tx execer, id int64, f *powermap.Facts, fresh bool) error {
	var prev map[eventSpanKey][][2]int64
	if !fresh {
		// An event extracted again from the same evidence keeps the
		// merged event it reported, so that resolution keeps that
		// event's id.
		var err error
		if prev, err = storedEventIDs(ctx, tx, id); err != nil {
			return err
		}
		// The merged events the article reported lose those reports: they
		// are merged again, with whatever reports them now.
		if _, err := tx.ExecContext(ctx, `UPDATE canon_events SET stale = 1 WHERE id IN (SELECT canon_event_id FROM events WHERE article_id = ?)`, id); err != nil {
			return err
		}
		for _, table := range []string{"entities", "events", "event_entities", "quotes"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE article_id = ?`, id); err != nil {
				return err
			}
		}
	}
	seq := 0
	entitySeq := map[string]int{} // an event's names are its article's entities' names
	entities := newInserter("entities", "article_id, seq, name, type, kb_id, aliases, mentions", "")
	for _, list := range [][]powermap.Entity{f.People, f.Organizations} {
		for _, e := range list {
			entitySeq[e.Name] = seq
			if err := entities.add(ctx, tx, id, seq, e.Name, e.Type, e.KBID, jsonOf(e.Aliases), jsonOf(e.Mentions)); err != nil {
				return fmt.Errorf("insert entity: %w", err)
			}
			seq++
		}
	}
	if err := entities.flush(ctx, tx); err != nil {
		return fmt.Errorf("insert entity: %w", err)
	}
	events := newInserter("events", "article_id, seq, type, actors, source, target, mediator, also, role, status, date, place, amount_usd, planned, ev_start, ev_end, rule, confidence, note, canon_event_id, origin_event_id", "")
	links := newInserter("event_entities", "article_id, seq, role, entity_seq", "")
	for i, e := range f.Events {
		var canon, origin any
		k := eventSpanKey{e.Type, e.Evidence.Start, e.Evidence.End}
		if ids := prev[k]; len(ids) > 0 {
			canon, origin = nullInt(ids[0][0]), nullInt(ids[0][1])
			prev[k] = ids[1:]
		}
		var amount any
		if e.AmountUSD != nil {
			amount = *e.AmountUSD
		}
		if err := events.add(ctx, tx, id, i, e.Type, jsonOf(e.Actors), e.Source, e.Target, e.Mediator, jsonOf(e.Also), e.Role, e.Status, e.Date, e.Place, amount, boolInt(e.Planned),
			e.Evidence.Start, e.Evidence.End, e.Rule, e.Confidence, e.Note, canon, origin); err != nil {
			return fmt.Errorf("insert event: %w", err)
		}
		if err := putEventEntities(ctx, tx, links, id, i, e, entitySeq); err != nil {
			return err
		}
	}
	if err := events.flush(ctx, tx); err != nil {
		return fmt.Errorf("insert event: %w", err)
	}
	if err := links.flush(ctx, tx); err != nil {
		return err
	}
	if !fresh {
		if err := applyRejections(ctx, tx, id); err != nil {
			return err
		}
	}
	quotes := newInserter("quotes", `article_id, seq, speaker, text, start, "end", rule, confidence`, "")
	for i, q := range f.Quotes {
		if err := quotes.add(ctx, tx, id, i, q.Speaker, q.Text, q.Span.Start, q.Span.End, q.Rule, q.Confidence); err != nil {
			return fmt.Errorf("insert quote: %w", err)
		}
	}
	if err := quotes.flush(ctx, tx); err != nil {
		return fmt.Errorf("insert quote: %w", err)
	}
	return nil
}

// putEventEntities links article event seq to the article entities it
// names, by their position, adding the rows to links (flushed by the
// caller once the events are in); a name no entity has is linked to none.
func putEventEntities(ctx context.Context, tx execer, links *inserter, article int64, seq int, e powermap.Event, entitySeq map[string]int) error {
	add := func(role, name string) error {
		var ent any
		if s, ok := entitySeq[name]; ok {
			ent = s
		}
		return links.add(ctx, tx, article, seq, role, ent)
	}
	for _, a := range e.Actors {
		if err := add("actor", a); err != nil {
			return err
		}
	}
	for _, p := range [][2]string{{"source", e.Source}, {"target", e.Target}, {"mediator", e.Mediator}} {
		if p[1] != "" {
			if err := add(p[0], p[1]); err != nil {
				return err
			}
		}
	}
	for _, a := range e.Also {
		if err := add("also", a); err != nil {
			return err
		}
	}
	return nil
}

// eventSpanKey identifies an article's event across re-extraction: its
// type and evidence span.
type eventSpanKey struct {
	typ        string
	start, end int
}

// storedEventIDs returns, for article id's stored events, their merged event
// and first merged event ids, by type and evidence span.
func storedEventIDs(ctx context.Context, tx execer, id int64) (map[eventSpanKey][][2]int64, error) {
	q, ok := tx.(queryer)
	if !ok {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT type, ev_start, ev_end, COALESCE(canon_event_id, 0), COALESCE(origin_event_id, 0) FROM events
		WHERE article_id = ? AND (canon_event_id IS NOT NULL OR origin_event_id IS NOT NULL) ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[eventSpanKey][][2]int64{}
	for rows.Next() {
		var k eventSpanKey
		var ids [2]int64
		if err := rows.Scan(&k.typ, &k.start, &k.end, &ids[0], &ids[1]); err != nil {
			return nil, err
		}
		out[k] = append(out[k], ids)
	}
	return out, rows.Err()
}

// jsonOf encodes v, with nil slices as [].
func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}

// PutFacts replaces the facts of article id (after re-extraction).
func (s *DB) PutFacts(ctx context.Context, id int64, f *powermap.Facts) error {
	return s.put(ctx, func(tx *Tx) error {
		if err := putFacts(ctx, tx, id, f, false); err != nil {
			return err
		}
		return setPending(ctx, tx)
	})
}

// Facts returns the facts stored for article id.
func (s *DB) Facts(ctx context.Context, id int64) (*powermap.Facts, error) {
	f := &powermap.Facts{People: []powermap.Entity{}, Organizations: []powermap.Entity{}, Events: []powermap.Event{}, Quotes: []powermap.Quote{}}
	rows, err := s.db.QueryContext(ctx, `SELECT name, type, kb_id, aliases, mentions FROM entities WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e powermap.Entity
		var aliases, mentions string
		if err := rows.Scan(&e.Name, &e.Type, &e.KBID, &aliases, &mentions); err != nil {
			rows.Close()
			return nil, err
		}
		json.Unmarshal([]byte(aliases), &e.Aliases)
		json.Unmarshal([]byte(mentions), &e.Mentions)
		if e.Type == "person" {
			f.People = append(f.People, e)
		} else {
			f.Organizations = append(f.Organizations, e)
		}
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT type, actors, source, target, mediator, also, role, status, date, place, amount_usd, planned, ev_start, ev_end, rule, confidence, note
		FROM events WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e powermap.Event
		var actors, also string
		var amount sql.NullFloat64
		if err := rows.Scan(&e.Type, &actors, &e.Source, &e.Target, &e.Mediator, &also, &e.Role, &e.Status, &e.Date, &e.Place, &amount, &e.Planned,
			&e.Evidence.Start, &e.Evidence.End, &e.Rule, &e.Confidence, &e.Note); err != nil {
			rows.Close()
			return nil, err
		}
		json.Unmarshal([]byte(actors), &e.Actors)
		json.Unmarshal([]byte(also), &e.Also)
		if len(e.Actors) == 0 {
			e.Actors = nil
		}
		if len(e.Also) == 0 {
			e.Also = nil
		}
		if amount.Valid {
			v := amount.Float64
			e.AmountUSD = &v
		}
		f.Events = append(f.Events, e)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT speaker, text, start, "end", rule, confidence FROM quotes WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var q powermap.Quote
		if err := rows.Scan(&q.Speaker, &q.Text, &q.Span.Start, &q.Span.End, &q.Rule, &q.Confidence); err != nil {
			return nil, err
		}
		f.Quotes = append(f.Quotes, q)
	}
	return f, rows.Err()
}

// boolInt is b as the integer the schema stores booleans as (0 or 1).
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
