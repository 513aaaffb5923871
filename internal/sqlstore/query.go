package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/powermap/powermap"
)

// Entities lists canonical entities whose name or an alias contains q (all
// when q is empty, ASCII letters in any case), most reported first. q is
// text, not a LIKE pattern: "%" and "_" are themselves, and no length
// makes the query fail. They are read from the names kept in memory for
// the record's revision (read when the server starts), which hold the
// entities as lists show them: a search's lookup of the people it names
// read each of them and their aliases, pages of the store each, the first
// time.
func (s *DB) Entities(ctx context.Context, q string, limit int) ([]powermap.CanonicalEntity, error) {
	if limit <= 0 {
		limit = 1000
	}
	return s.listedEntities(ctx, q, limit)
}

// entitiesFromTables is Entities read from the tables (the names kept
// are checked against it).
func (s *DB) entitiesFromTables(ctx context.Context, q string, limit int) ([]powermap.CanonicalEntity, error) {
	if limit <= 0 {
		limit = 1000
	}
	// The counts are kept as the record changes (migration 0013): the
	// most reported come first from an index, without counting. Text is
	// looked up in the names kept in memory for the record's revision.
	query := `SELECT c.id, c.name, c.type, COALESCE(c.kb_id, ''), c.articles, c.events FROM canon_entities c` + s.d.indexedBy("canon_entities_articles") + `
		WHERE c.merged_into IS NULL AND c.articles > 0 ORDER BY c.articles DESC, c.name LIMIT ?`
	args := []any{limit}
	if q != "" {
		listed, err := s.listedEntities(ctx, q, limit)
		if err != nil || len(listed) == 0 {
			return []powermap.CanonicalEntity{}, err
		}
		ids := make([]int64, len(listed))
		for i, e := range listed {
			ids[i] = e.ID
		}
		var set string
		set, args = inArgs(ids)
		query = `SELECT c.id, c.name, c.type, COALESCE(c.kb_id, ''), c.articles, c.events FROM canon_entities c
			WHERE c.id IN ` + set + ` ORDER BY c.articles DESC, c.name`
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out := []powermap.CanonicalEntity{}
	index := map[int64]int{}
	for rows.Next() {
		e := powermap.CanonicalEntity{Aliases: []string{}}
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.KBID, &e.Articles, &e.Events); err != nil {
			rows.Close()
			return nil, err
		}
		index[e.ID] = len(out)
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	// Every listed entity's aliases in one query.
	listed := make([]int64, len(out))
	for i := range out {
		listed[i] = out[i].ID
	}
	set, ids := inArgs(listed)
	rows, err = s.db.QueryContext(ctx, `SELECT DISTINCT entity_id, alias FROM canon_aliases WHERE entity_id IN `+set+` ORDER BY entity_id, alias`, ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var alias string
		if err := rows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		if e := &out[index[id]]; alias != e.Name {
			e.Aliases = append(e.Aliases, alias)
		}
	}
	return out, rows.Err()
}

// Events lists the merged events that match f, in time order (order_key,
// then id; the reverse if f.Newest), each with all its sources unless f.NoSources. Events of
// people are read from the participants' order index, starting from the
// one with the fewest events: a page of any person's or pair's events
// costs the same however many events they have.
func (s *DB) Events(ctx context.Context, f powermap.EventFilter) ([]powermap.CanonicalEvent, error) {
	if evs, ok, err := s.timelineFromCards(ctx, f); ok {
		return evs, err
	}
	where, args := eventWhere(f)
	if among := dedupe(slices.Sorted(slices.Values(f.Among))); len(among) > 0 {
		where = append(where, "ce.id IN (SELECT event_id FROM canon_event_parts WHERE entity_id IN (?"+strings.Repeat(", ?", len(among)-1)+
			") GROUP BY event_id HAVING count(DISTINCT entity_id) >= 2)")
		for _, id := range among {
			args = append(args, id)
		}
	}
	// key and id name the columns the list is ordered by.
	key, id := "ce.order_key", "ce.id"
	from := "canon_events ce"
	persons := dedupe(slices.Sorted(slices.Values(f.Persons)))
	if len(persons) > 0 {
		key, id = "p.order_key", "p.event_id"
		from = "canon_event_parts p" + s.d.indexedBy("canon_event_parts_order") + " JOIN canon_events ce ON ce.id = p.event_id"
		if len(persons) == 2 {
			// A pair's events are one range of the pairs' index.
			from = "canon_event_pairs p JOIN canon_events ce ON ce.id = p.event_id"
			where = append(where, "p.a = ?", "p.b = ?")
			args = append(args, persons[0], persons[1])
			persons = nil
		}
	}
	if len(persons) > 0 {
		driver, err := s.fewestEvents(ctx, persons)
		if err != nil {
			return nil, err
		}
		// The driver's rows, one per event (the first of its roles),
		// of events every other person takes part in too.
		where = append(where, "p.entity_id = ?", "NOT EXISTS (SELECT 1 FROM canon_event_parts d WHERE d.event_id = p.event_id AND d.entity_id = p.entity_id AND d.role < p.role)")
		args = append(args, driver)
		var others []any
		for _, p := range persons {
			if p != driver {
				others = append(others, p)
			}
		}
		switch len(others) {
		case 0:
		case 1:
			where = append(where, "EXISTS (SELECT 1 FROM canon_event_parts o WHERE o.event_id = p.event_id AND o.entity_id = ?)")
			args = append(args, others[0])
		default: // in one clause however many they are
			where = append(where, "(SELECT count(DISTINCT o.entity_id) FROM canon_event_parts o WHERE o.event_id = p.event_id AND o.entity_id IN (?"+
				strings.Repeat(", ?", len(others)-1)+")) = ?")
			args = append(append(args, others...), len(others))
		}
	}
	if f.After != "" {
		k, n, err := powermap.ParseEventCursor(f.After)
		if err != nil {
			return nil, err
		}
		cmp := ">"
		if f.Newest {
			cmp = "<"
		}
		where = append(where, "("+key+", "+id+") "+cmp+" (?, ?)")
		args = append(args, k, n)
	}
	q := `SELECT ce.id, ce.type, ce.date, ce.dates, ce.place, ce.amount_usd, ce.planned, ce.first_seen FROM ` + from
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.Newest {
		q += " ORDER BY " + key + " DESC, " + id + " DESC"
	} else {
		q += " ORDER BY " + key + ", " + id
	}
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
		if err := scanEvent(rows, &e.ID, &e); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.fillEvents(ctx, out, !f.NoSources); err != nil {
		return nil, err
	}
	return out, nil
}

// eventWhere turns f's conditions on merged events themselves (id,
// types, dates, place) into SQL conditions on canon_events ce.
func eventWhere(f powermap.EventFilter) ([]string, []any) {
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
	if len(f.Types) > 0 {
		where = append(where, "ce.type IN (?"+strings.Repeat(", ?", len(f.Types)-1)+")")
		for _, t := range f.Types {
			args = append(args, t)
		}
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
	return where, args
}

// Busiest lists the entities taking part in the most merged events f
// selects, most first: from the counts kept and their index when f
// selects every event, else counted.
func (s *DB) Busiest(ctx context.Context, f powermap.EventFilter, limit int) ([]powermap.CanonicalEntity, error) {
	if limit <= 0 {
		limit = 1000
	}
	f.ID = 0
	where, args := eventWhere(f)
	if len(where) == 0 {
		return busiest(ctx, s.db, s.d, limit)
	}
	q := `SELECT c.id, c.name, c.type, COALESCE(c.kb_id, ''), c.articles, n.events FROM
			(SELECT p.entity_id, count(DISTINCT p.event_id) AS events FROM canon_event_parts p JOIN canon_events ce ON ce.id = p.event_id
			WHERE ` + strings.Join(where, " AND ") + ` GROUP BY p.entity_id) n JOIN canon_entities c ON c.id = n.entity_id
			ORDER BY n.events DESC, c.name LIMIT ?`
	return listBusiest(s.db.QueryContext(ctx, q, append(args, limit)...))
}

// busiest lists the limit entities taking part in the most merged events,
// by the counts kept, read through q (written in dialect d).
func busiest(ctx context.Context, q queryer, d *Dialect, limit int) ([]powermap.CanonicalEntity, error) {
	return listBusiest(q.QueryContext(ctx, `SELECT c.id, c.name, c.type, COALESCE(c.kb_id, ''), c.articles, c.events FROM canon_entities c`+d.indexedBy("canon_entities_events")+`
		WHERE c.merged_into IS NULL AND c.events > 0 ORDER BY c.events DESC, c.name LIMIT ?`, limit))
}

// listBusiest reads the entities of a query of Busiest's.
func listBusiest(rows *sql.Rows, err error) ([]powermap.CanonicalEntity, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.CanonicalEntity{}
	for rows.Next() {
		e := powermap.CanonicalEntity{Aliases: []string{}}
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.KBID, &e.Articles, &e.Events); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Revision returns the record's revision: the revision kept in state,
// which triggers raise on every change of merged events, participants,
// entities and aliases, and on an article removed, restored or deleted
// (SQLite's migrations 0015, 0017, 0020), with the highest article id in
// its low 32 bits, which grows when an article is stored (articles are
// never deleted but by hand; a deletion raises the kept revision, which
// outweighs the id). Either growing, it grows. In a context carrying
// the revision a request read first (powermap.WithRevision), it is that.
func (s *DB) Revision(ctx context.Context) (int64, error) {
	if rev, ok := powermap.RevisionIn(ctx); ok {
		return rev, nil
	}
	var n int64
	err := s.db.QueryRowContext(ctx, revisionQuery).Scan(&n)
	return n, err
}

// revisionQuery reads the record's revision (see Revision).
const revisionQuery = `SELECT COALESCE((SELECT CAST(value AS BIGINT) FROM state WHERE key = 'revision'), 0) * 4294967296
		+ COALESCE((SELECT max(id) FROM articles), 0)`

// fewestEvents returns which of the entities ids takes part in the
// fewest merged events (by the counts kept): the one to list a pair's
// events from.
func (s *DB) fewestEvents(ctx context.Context, ids []int64) (int64, error) {
	if len(ids) == 1 {
		return ids[0], nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) ORDER BY events, id LIMIT 1`, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return ids[0], nil // no such entity: it has no events either
	}
	return id, err
}

// fillEvents adds the events' participants and, if sources, their
// sources: from the events' cards where they have one, else from the
// tables, for many events per query.
func (s *DB) fillEvents(ctx context.Context, evs []powermap.CanonicalEvent, sources bool) error {
	if !sources || len(evs) == 0 {
		return s.fillFromTables(ctx, evs, sources)
	}
	index := make(map[int64]int, len(evs))
	for i := range evs {
		index[evs[i].ID] = i
	}
	var ids []int64
	var cards []*eventCard
	read := map[int64]bool{}
	err := chunks(eventIDs(evs), func(args []any) error {
		rows, err := s.db.QueryContext(ctx, `SELECT event_id, card FROM canon_timeline WHERE event_id IN `+in(len(args)), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var card string
			if err := rows.Scan(&id, &card); err != nil {
				return err
			}
			c, err := decodeCard(card)
			if err != nil {
				return fmt.Errorf("event %d: %w", id, err)
			}
			if c != nil && !read[id] { // one of the event's rows
				read[id] = true
				ids, cards = append(ids, id), append(cards, c)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return err
	}
	made := cardedEvents(ids, cards)
	carded := map[int64]bool{}
	for _, m := range made {
		e := &evs[index[m.ID]]
		e.Actors, e.Source, e.Target, e.Mediator, e.Kinds = m.Actors, m.Source, m.Target, m.Mediator, m.Kinds
		e.Role, e.Status, e.Sources = m.Role, m.Status, m.Sources
		carded[m.ID] = true
	}
	if len(carded) == len(evs) {
		return nil
	}
	// Events marked since the last resolution have no card.
	var rest []powermap.CanonicalEvent
	for _, e := range evs {
		if !carded[e.ID] {
			rest = append(rest, e)
		}
	}
	if err := s.fillFromTables(ctx, rest, true); err != nil {
		return err
	}
	for _, e := range rest {
		evs[index[e.ID]] = e
	}
	return nil
}

// eventIDs lists the events' ids.
func eventIDs(evs []powermap.CanonicalEvent) []int64 {
	ids := make([]int64, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	return ids
}

// fillFromTables adds the events' participants and, if sources, their
// sources, reading them from the tables for many events per query.
func (s *DB) fillFromTables(ctx context.Context, evs []powermap.CanonicalEvent, sources bool) error {
	index := make(map[int64]*powermap.CanonicalEvent, len(evs))
	for i := range evs {
		if sources {
			evs[i].Sources = []powermap.Source{}
		}
		index[evs[i].ID] = &evs[i]
	}
	const chunk = 500
	for lo := 0; lo < len(evs); lo += chunk {
		part := evs[lo:min(lo+chunk, len(evs))]
		ids := make([]any, len(part))
		for i := range part {
			ids[i] = part[i].ID
		}
		set := in(len(ids))
		rows, err := s.db.QueryContext(ctx, `SELECT p.event_id, c.name, c.type, p.role FROM canon_event_parts p JOIN canon_entities c ON c.id = p.entity_id
			WHERE p.event_id IN `+set+` ORDER BY p.event_id, p.role, c.name`, ids...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var name, typ, role string
			if err := rows.Scan(&id, &name, &typ, &role); err != nil {
				rows.Close()
				return err
			}
			addPart(index[id], name, typ, role)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if !sources {
			continue
		}
		err = readSources(ctx, s.db, s.d, set, ids, func(id int64, src powermap.Source, role, status string) {
			e := index[id]
			if e.Role == "" {
				e.Role, e.Status = role, status
			}
			e.Sources = append(e.Sources, src)
		})
		if err != nil {
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
