package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"

	"github.com/powermap/powermap"
)

// Entities lists canonical entities whose name or an alias contains q (all
// when q is empty, ASCII letters in any case), most reported first. q is
// text, not a LIKE pattern: "%" and "_" are themselves, and no length
// makes the query fail.
func (s *DB) Entities(ctx context.Context, q string, limit int) ([]powermap.CanonicalEntity, error) {
	if limit <= 0 {
		limit = 1000
	}
	ids, err := column[int64](s.db.QueryContext(ctx, `SELECT c.id FROM canon_entities c
		WHERE c.merged_into IS NULL AND (? = '' OR instr(lower(c.name), lower(?)) > 0 OR EXISTS (SELECT 1 FROM canon_aliases a WHERE a.entity_id = c.id AND instr(lower(a.alias), lower(?)) > 0))
		AND EXISTS (SELECT 1 FROM entities e WHERE e.canon_id = c.id)
		ORDER BY (SELECT count(DISTINCT article_id) FROM entities e WHERE e.canon_id = c.id) DESC, c.name LIMIT ?`, q, q, q, limit))
	if err != nil {
		return nil, err
	}
	out := make([]powermap.CanonicalEntity, 0, len(ids))
	for _, id := range ids {
		e, err := loadEntity(ctx, s.db, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, nil
}

// Events lists the merged events that match f, in date order (undated
// ones by when they were first reported), each with all its sources.
func (s *DB) Events(ctx context.Context, f powermap.EventFilter) ([]powermap.CanonicalEvent, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where = append(where, "ce.id = ?")
		args = append(args, f.ID)
	}
	if f.Type != "" {
		where = append(where, "ce.type = ?")
		args = append(args, f.Type)
	}
	if persons := dedupe(slices.Sorted(slices.Values(f.Persons))); len(persons) > 0 {
		// Events in which every one of the persons takes part, in one
		// clause however many they are.
		where = append(where, "ce.id IN (SELECT event_id FROM canon_event_parts WHERE entity_id IN (?"+strings.Repeat(", ?", len(persons)-1)+
			") GROUP BY event_id HAVING count(DISTINCT entity_id) = ?)")
		for _, p := range persons {
			args = append(args, p)
		}
		args = append(args, len(persons))
	}
	when := "CASE WHEN ce.date != '' THEN ce.date ELSE substr(ce.first_seen, 1, 10) END"
	if f.From != "" {
		where = append(where, when+" >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		where = append(where, "substr("+when+", 1, ?) <= ?")
		args = append(args, len(f.To), f.To)
	}
	if f.Place != "" {
		where = append(where, "instr(lower(ce.place), lower(?)) > 0")
		args = append(args, f.Place)
	}
	q := `SELECT ce.id, ce.type, ce.date, ce.dates, ce.place, ce.amount_usd, ce.planned, ce.first_seen FROM canon_events ce`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY ce.date = '', " + when + ", ce.id"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []powermap.CanonicalEvent
	for rows.Next() {
		var e powermap.CanonicalEvent
		var dates string
		var amount sql.NullFloat64
		if err := rows.Scan(&e.ID, &e.Type, &e.Date, &dates, &e.Place, &amount, &e.Planned, &e.FirstSeen); err != nil {
			rows.Close()
			return nil, err
		}
		json.Unmarshal([]byte(dates), &e.Dates)
		if len(e.Dates) < 2 {
			e.Dates = nil // only conflicts are worth showing
		}
		if amount.Valid {
			v := amount.Float64
			e.AmountUSD = &v
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.fillEvents(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// fillEvents adds the events' participants and sources, reading them for
// many events per query.
func (s *DB) fillEvents(ctx context.Context, evs []powermap.CanonicalEvent) error {
	index := make(map[int64]*powermap.CanonicalEvent, len(evs))
	for i := range evs {
		evs[i].Sources = []powermap.Source{}
		index[evs[i].ID] = &evs[i]
	}
	const chunk = 500
	for lo := 0; lo < len(evs); lo += chunk {
		part := evs[lo:min(lo+chunk, len(evs))]
		ids := make([]any, len(part))
		for i := range part {
			ids[i] = part[i].ID
		}
		in := "(?" + strings.Repeat(", ?", len(ids)-1) + ")"
		rows, err := s.db.QueryContext(ctx, `SELECT p.event_id, c.name, p.role FROM canon_event_parts p JOIN canon_entities c ON c.id = p.entity_id
			WHERE p.event_id IN `+in+` ORDER BY p.event_id, p.role, c.name`, ids...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var name, role string
			if err := rows.Scan(&id, &name, &role); err != nil {
				rows.Close()
				return err
			}
			e := index[id]
			switch role {
			case "actor":
				e.Actors = append(e.Actors, name)
			case "source":
				e.Source = name
			case "target":
				e.Target = name
			case "mediator":
				e.Mediator = name
			}
		}
		rows.Close()
		rows, err = s.db.QueryContext(ctx, `SELECT ev.canon_event_id, a.id, a.name, a.title, a.outlet, a.published, COALESCE(a.url, a.source),
			`+s.d.Evidence("a.text", "ev.ev_start", "ev.ev_end")+`,
			ev.ev_start, ev.ev_end, ev.date, ev.place, ev.planned, ev.rule, ev.confidence, ev.role, ev.status
			FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.canon_event_id IN `+in+` ORDER BY a.published, a.id`, ids...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var src powermap.Source
			var role, status string
			if err := rows.Scan(&id, &src.ArticleID, &src.Name, &src.Title, &src.Outlet, &src.Published, &src.Location, &src.Evidence,
				&src.Start, &src.End, &src.Date, &src.Place, &src.Planned, &src.Rule, &src.Confidence, &role, &status); err != nil {
				rows.Close()
				return err
			}
			e := index[id]
			if e.Role == "" {
				e.Role, e.Status = role, status
			}
			e.Sources = append(e.Sources, src)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// Quotes lists quotations by canonical speaker (0 for all) containing text.
func (s *DB) Quotes(ctx context.Context, speaker int64, text string, limit int) ([]powermap.QuoteRecord, error) {
	if limit <= 0 {
		limit = 500
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.name, q.text, a.id, a.title, a.outlet, a.published, q.start, q."end"
		FROM quotes q JOIN articles a ON a.id = q.article_id
		JOIN entities e ON e.article_id = q.article_id AND e.name = q.speaker
		JOIN canon_entities c ON c.id = e.canon_id
		WHERE (? = 0 OR c.id = ?) AND (? = '' OR instr(lower(q.text), lower(?)) > 0)
		ORDER BY a.published, a.id, q.start LIMIT ?`, speaker, speaker, text, text, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.QuoteRecord{}
	for rows.Next() {
		var q powermap.QuoteRecord
		if err := rows.Scan(&q.Speaker, &q.Text, &q.ArticleID, &q.Title, &q.Outlet, &q.Published, &q.Start, &q.End); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Edges counts the merged events each pair of entities shares, by type.
func (s *DB) Edges(ctx context.Context) ([]powermap.Edge, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p1.entity_id, p2.entity_id, e.type, count(DISTINCT e.id)
		FROM canon_event_parts p1 JOIN canon_event_parts p2 ON p1.event_id = p2.event_id AND p1.entity_id < p2.entity_id
		JOIN canon_events e ON e.id = p1.event_id GROUP BY 1, 2, 3`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []powermap.Edge
	for rows.Next() {
		var e powermap.Edge
		if err := rows.Scan(&e.A, &e.B, &e.Type, &e.Count); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
