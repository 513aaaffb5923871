package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
)

// A merged event's card is everything a timeline shows of it — its own
// fields, its participants (entity id, role, name and type), and its
// sources with their articles and evidence — kept at resolve time, once
// for every entity taking part in it, in canon_timeline, which is ordered
// as a person's timeline is (entity, order key, event). A page of a
// person's timeline reads its event ids from the participants' order
// index and then its cards, next to one another in canon_timeline:
// instead of the event, its participants, its reports and their articles
// (four to six rows in as many tables, each on a page of the database of
// its own when the events are spread over the record), a busy person's
// first page, cold, reads a few pages. Lists of events by id read any of
// an event's rows (an index by event).
//
// Triggers mark in canon_cards_dirty every merged event whose row,
// participants (or their names) or reports change; every resolving or
// curating transaction makes the cards of the marked events anew before it
// commits (RefreshEventCards). Reports change also in transactions that
// only store articles (re-extraction): their triggers delete the cards as
// well, and an event without a card is read from the tables themselves
// until the next resolution, so that a card never shows what the record no
// longer says.

// eventCard is what a card holds, and the event's order key.
type eventCard struct {
	powermap.CanonicalEvent // without ID and participants
	parts                   []cardPart
	orderKey                string // not in the card: its rows' key
}

// cardPart is a participant of a carded event, in the order fillEvents
// lists them (by role, then name).
type cardPart struct {
	entity     int64
	role       string
	name, kind string
}

// cardVersion starts every card, so that a later format can tell it
// (c1 cards, without participants' names, are read as no card).
const cardVersion = "c2"

// encodeCard writes c as a card: fields as "length:bytes", lists led by
// their length. It reads back in microseconds, where JSON took ten times
// as long for a page of a hundred events.
func encodeCard(c *eventCard) string {
	w := &cardWriter{}
	str, num, flt, flag := w.str, w.num, w.flt, w.flag
	e := &c.CanonicalEvent
	w.b = append(w.b, cardVersion...)
	str(e.Type)
	str(e.Date)
	num(int64(len(e.Dates)))
	for _, d := range e.Dates {
		str(d)
	}
	str(e.Place)
	if e.AmountUSD != nil {
		flag(true)
		flt(*e.AmountUSD)
	} else {
		flag(false)
	}
	flag(e.Planned)
	str(e.FirstSeen)
	str(e.Role)
	str(e.Status)
	num(int64(len(c.parts)))
	for _, p := range c.parts {
		num(p.entity)
		str(p.role)
		str(p.name)
		str(p.kind)
	}
	num(int64(len(e.Sources)))
	for _, s := range e.Sources {
		num(s.ArticleID)
		str(s.Name)
		str(s.Title)
		str(s.Outlet)
		str(s.Published)
		str(s.Location)
		str(s.Evidence)
		num(int64(s.Start))
		num(int64(s.End))
		str(s.Date)
		str(s.Place)
		flag(s.Planned)
		str(s.Rule)
		flt(s.Confidence)
	}
	return string(w.b)
}

// cardWriter writes the fields of a card (or of the kept network) as
// cardReader reads them: "length:bytes" each.
type cardWriter struct{ b []byte }

func (w *cardWriter) str(s string) {
	w.b = strconv.AppendInt(w.b, int64(len(s)), 10)
	w.b = append(w.b, ':')
	w.b = append(w.b, s...)
}

func (w *cardWriter) num(n int64)   { w.str(strconv.FormatInt(n, 10)) }
func (w *cardWriter) flt(f float64) { w.str(strconv.FormatFloat(f, 'g', -1, 64)) }

func (w *cardWriter) flag(v bool) {
	if v {
		w.str("1")
	} else {
		w.str("")
	}
}

// cardReader reads the fields of a card in the order encodeCard wrote
// them; the first error sticks.
type cardReader struct {
	s   string
	err error
}

func (r *cardReader) str() string {
	if r.err != nil {
		return ""
	}
	i := strings.IndexByte(r.s, ':')
	n, err := strconv.Atoi(r.s[:max(i, 0)])
	if i < 0 || err != nil || n < 0 || n > len(r.s)-i-1 {
		r.err = errors.New("damaged event card")
		return ""
	}
	v := r.s[i+1 : i+1+n]
	r.s = r.s[i+1+n:]
	return v
}

func (r *cardReader) num() int64 {
	v := r.str()
	if r.err != nil {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		r.err = fmt.Errorf("damaged event card: %w", err)
	}
	return n
}

func (r *cardReader) flt() float64 {
	v := r.str()
	if r.err != nil {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		r.err = fmt.Errorf("damaged event card: %w", err)
	}
	return f
}

func (r *cardReader) flag() bool { return r.str() != "" }

// count reads the length of a list, at most what the rest of the card
// could hold.
func (r *cardReader) count() int {
	n := r.num()
	if n < 0 || n > int64(len(r.s)) {
		r.err = errors.New("damaged event card")
		return 0
	}
	return int(n)
}

// decodeCard reads a card encodeCard wrote; a card of another format
// is nil (the event is read from the tables).
func decodeCard(s string) (*eventCard, error) {
	rest, ok := strings.CutPrefix(s, cardVersion)
	if !ok {
		return nil, nil
	}
	r := &cardReader{s: rest}
	c := &eventCard{}
	e := &c.CanonicalEvent
	e.Type = r.str()
	e.Date = r.str()
	if n := r.count(); n > 0 {
		e.Dates = make([]string, n)
		for i := range e.Dates {
			e.Dates[i] = r.str()
		}
	}
	e.Place = r.str()
	if r.flag() {
		v := r.flt()
		e.AmountUSD = &v
	}
	e.Planned = r.flag()
	e.FirstSeen = r.str()
	e.Role = r.str()
	e.Status = r.str()
	c.parts = make([]cardPart, r.count())
	for i := range c.parts {
		c.parts[i] = cardPart{entity: r.num(), role: r.str(), name: r.str(), kind: r.str()}
	}
	e.Sources = make([]powermap.Source, r.count())
	for i := range e.Sources {
		src := &e.Sources[i]
		src.ArticleID = r.num()
		src.Name = r.str()
		src.Title = r.str()
		src.Outlet = r.str()
		src.Published = r.str()
		src.Location = r.str()
		src.Evidence = r.str()
		src.Start = int(r.num())
		src.End = int(r.num())
		src.Date = r.str()
		src.Place = r.str()
		src.Planned = r.flag()
		src.Rule = r.str()
		src.Confidence = r.flt()
	}
	if r.err == nil && r.s != "" {
		r.err = errors.New("damaged event card: bytes left over")
	}
	if r.err != nil {
		return nil, r.err
	}
	return c, nil
}

// buildCards reads the cards of the merged events ids (at most a few
// hundred) from the tables they sum up: those of ids that exist.
func buildCards(ctx context.Context, q queryer, d *Dialect, ids []int64) (map[int64]*eventCard, error) {
	out := map[int64]*eventCard{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	set := in(len(ids))
	rows, err := q.QueryContext(ctx, `SELECT id, type, date, dates, place, amount_usd, planned, first_seen, order_key FROM canon_events WHERE id IN `+set, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		c := &eventCard{}
		e := &c.CanonicalEvent
		if err := scanEvent(rows, &id, e, &c.orderKey); err != nil {
			rows.Close()
			return nil, err
		}
		e.Sources = []powermap.Source{}
		out[id] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT p.event_id, p.entity_id, p.role, c.name, c.type FROM canon_event_parts p JOIN canon_entities c ON c.id = p.entity_id
		WHERE p.event_id IN `+set+` ORDER BY p.event_id, p.role, c.name, p.entity_id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var p cardPart
		if err := rows.Scan(&id, &p.entity, &p.role, &p.name, &p.kind); err != nil {
			rows.Close()
			return nil, err
		}
		if c := out[id]; c != nil {
			c.parts = append(c.parts, p)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	err = readSources(ctx, q, d, set, args, func(id int64, src powermap.Source, role, status string) {
		if c := out[id]; c != nil {
			if c.Role == "" {
				c.Role, c.Status = role, status
			}
			c.Sources = append(c.Sources, src)
		}
	})
	return out, err
}

// scanEvent reads a merged event's own fields (id, type, date, dates,
// place, amount_usd, planned, first_seen, then the columns of more) as
// Events lists them.
func scanEvent(rows *sql.Rows, id *int64, e *powermap.CanonicalEvent, more ...any) error {
	var dates string
	var amount sql.NullFloat64
	if err := rows.Scan(append([]any{id, &e.Type, &e.Date, &dates, &e.Place, &amount, &e.Planned, &e.FirstSeen}, more...)...); err != nil {
		return err
	}
	json.Unmarshal([]byte(dates), &e.Dates)
	if len(e.Dates) < 2 {
		e.Dates = nil // only conflicts are worth showing
	}
	if amount.Valid {
		v := amount.Float64
		e.AmountUSD = &v
	}
	return nil
}

// readSources calls fn with every report of the merged events in set
// (the placeholders of args), with its article and evidence, in the order
// an event lists its sources: by publication, article, then report.
func readSources(ctx context.Context, q queryer, d *Dialect, set string, args []any, fn func(id int64, src powermap.Source, role, status string)) error {
	rows, err := q.QueryContext(ctx, `SELECT ev.canon_event_id, a.id, a.name, a.title, a.outlet, a.published, COALESCE(a.url, a.source),
		`+d.Evidence("a.text", "ev.ev_start", "ev.ev_end")+`,
		ev.ev_start, ev.ev_end, ev.date, ev.place, ev.planned, ev.rule, ev.confidence, ev.role, ev.status
		FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.canon_event_id IN `+set+` ORDER BY a.published, a.id, ev.seq`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var src powermap.Source
		var role, status string
		if err := rows.Scan(&id, &src.ArticleID, &src.Name, &src.Title, &src.Outlet, &src.Published, &src.Location, &src.Evidence,
			&src.Start, &src.End, &src.Date, &src.Place, &src.Planned, &src.Rule, &src.Confidence, &role, &status); err != nil {
			return err
		}
		fn(id, src, role, status)
	}
	return rows.Err()
}

// RefreshEventCards makes anew, in tx, the cards of the merged events
// marked in canon_cards_dirty (by the triggers of the transaction, or of
// transactions that only stored articles), and forgets the marks. Every
// resolving or curating transaction runs it before it commits (see New),
// and so does the migration that added the cards.
func RefreshEventCards(ctx context.Context, tx *Tx) error {
	ids, err := column[int64](tx.QueryContext(ctx, `SELECT event_id FROM canon_cards_dirty ORDER BY event_id`))
	if err != nil || len(ids) == 0 {
		return err
	}
	rows := newInserter("canon_timeline", "entity_id, order_key, event_id, card", "")
	for lo := 0; lo < len(ids); lo += 500 {
		part := ids[lo:min(lo+500, len(ids))]
		built, err := buildCards(ctx, tx, tx.d, part)
		if err != nil {
			return err
		}
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM canon_timeline WHERE event_id IN `+in(len(part)), args...); err != nil {
			return err
		}
		for _, id := range part {
			if c := built[id]; c != nil {
				card := encodeCard(c)
				for _, e := range c.entities() {
					if err := rows.add(ctx, tx, e, c.orderKey, id, card); err != nil {
						return err
					}
				}
			}
		}
		if err := rows.flush(ctx, tx); err != nil {
			return err
		}
		// Only the marks read: another transaction may have marked an
		// event since (PostgreSQL), and its mark must stay.
		if _, err := tx.ExecContext(ctx, `DELETE FROM canon_cards_dirty WHERE event_id IN `+in(len(part)), args...); err != nil {
			return err
		}
	}
	return nil
}

// entities lists the entities taking part in a card's event, each once:
// those its card is kept for.
func (c *eventCard) entities() []int64 {
	var out []int64
	for _, p := range c.parts {
		if !slices.Contains(out, p.entity) {
			out = append(out, p.entity)
		}
	}
	return out
}

// FillEventCards marks every merged event and makes its card: the Go
// step of the migrations that added the cards or changed their format.
func FillEventCards(ctx context.Context, tx *Tx) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO canon_cards_dirty (event_id) SELECT id FROM canon_events e
		WHERE NOT EXISTS (SELECT 1 FROM canon_cards_dirty d WHERE d.event_id = e.id)`); err != nil {
		return err
	}
	return RefreshEventCards(ctx, tx)
}

// entityNames reads the names and types of entities ids.
func entityNames(ctx context.Context, q queryer, ids []int64) (map[int64][2]string, error) {
	out := make(map[int64][2]string, len(ids))
	err := chunks(ids, func(args []any) error {
		rows, err := q.QueryContext(ctx, `SELECT id, name, type FROM canon_entities WHERE id IN `+in(len(args)), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var name, typ string
			if err := rows.Scan(&id, &name, &typ); err != nil {
				return err
			}
			out[id] = [2]string{name, typ}
		}
		return rows.Err()
	})
	return out, err
}

// cardedEvents turns cards into events, with their participants as
// fillEvents lists them.
func cardedEvents(ids []int64, cards []*eventCard) []powermap.CanonicalEvent {
	out := make([]powermap.CanonicalEvent, len(cards))
	for i, c := range cards {
		e := &out[i]
		*e = c.CanonicalEvent
		e.ID = ids[i]
		if len(c.parts) > 0 {
			e.Kinds = make(map[string]string, len(c.parts))
		}
		for _, p := range c.parts {
			addPart(e, p.name, p.kind, p.role)
		}
	}
	return out
}

// addPart adds a participant to e by its role.
func addPart(e *powermap.CanonicalEvent, name, typ, role string) {
	if e.Kinds == nil {
		e.Kinds = map[string]string{}
	}
	e.Kinds[name] = typ
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

// timelineFromCards answers the page of one person's or one pair's
// events f asks for (no other condition, sources wanted) from the order
// index and the events' cards. ok is false for any other filter.
func (s *DB) timelineFromCards(ctx context.Context, f powermap.EventFilter) (evs []powermap.CanonicalEvent, ok bool, err error) {
	persons := dedupe(slices.Sorted(slices.Values(f.Persons)))
	if f.ID != 0 || f.Type != "" || len(f.Types) > 0 || f.From != "" || f.To != "" || f.Place != "" || f.NoSources || len(f.Among) > 0 || len(persons) < 1 || len(persons) > 2 {
		return nil, false, nil
	}
	if len(persons) == 1 {
		if evs, ok, err := s.personCards(ctx, persons[0], f); ok || err != nil {
			return evs, true, err
		}
	}
	var where []string
	var args []any
	from, entity := "canon_event_parts p"+s.d.indexedBy("canon_event_parts_order"), "p.entity_id"
	if len(persons) == 1 {
		where, args = append(where, "p.entity_id = ?"), append(args, persons[0])
	} else {
		from, entity = "canon_event_pairs p", "p.a"
		where, args = append(where, "p.a = ?", "p.b = ?"), append(args, persons[0], persons[1])
	}
	if f.After != "" {
		k, n, err := powermap.ParseEventCursor(f.After)
		if err != nil {
			return nil, true, err
		}
		cmp := ">"
		if f.Newest {
			cmp = "<"
		}
		where, args = append(where, "(p.order_key, p.event_id) "+cmp+" (?, ?)"), append(args, k, n)
	}
	order := "order_key, event_id"
	if f.Newest {
		order = "order_key DESC, event_id DESC"
	}
	// One row per event (a person may take part in an event in two
	// roles), in order, then its card.
	page := `SELECT DISTINCT ` + entity + ` AS entity_id, p.order_key, p.event_id FROM ` + from + ` WHERE ` + strings.Join(where, " AND ") + ` ORDER BY p.` + strings.ReplaceAll(order, ", ", ", p.")
	if f.Limit > 0 {
		page += " LIMIT ?"
		args = append(args, f.Limit)
	}
	// The cards of a person's events are next to one another in
	// canon_timeline, under the person's id; a pair's under its first's.
	// (The event's id is compared as "+k.event_id", which no index can
	// serve: led by the index by event, SQLite would read each card from
	// wherever its event's entry leads, not from the person's range.)
	card := "k.entity_id = x.entity_id AND k.order_key = x.order_key AND +k.event_id = x.event_id"
	rows, err := s.db.QueryContext(ctx, `SELECT x.event_id, k.card FROM (`+page+`) x LEFT JOIN canon_timeline k ON `+card+` ORDER BY x.`+strings.ReplaceAll(order, ", ", ", x."), args...)
	if err != nil {
		return nil, true, err
	}
	var ids, missing []int64
	var cards []*eventCard
	for rows.Next() {
		var id int64
		var card sql.NullString
		if err := rows.Scan(&id, &card); err != nil {
			rows.Close()
			return nil, true, err
		}
		var c *eventCard
		if card.Valid {
			if c, err = decodeCard(card.String); err != nil {
				rows.Close()
				return nil, true, fmt.Errorf("event %d: %w", id, err)
			}
		}
		if c == nil {
			missing = append(missing, id)
		}
		ids, cards = append(ids, id), append(cards, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, true, err
	}
	// Events without a card (marked since the last resolution) are read
	// from the tables.
	var uncarded map[int64]*powermap.CanonicalEvent
	if len(missing) > 0 {
		list, err := s.eventsByID(ctx, missing)
		if err != nil {
			return nil, true, err
		}
		uncarded = map[int64]*powermap.CanonicalEvent{}
		for i := range list {
			uncarded[list[i].ID] = &list[i]
		}
		keepIDs, keepCards := ids[:0], cards[:0]
		for i, id := range ids {
			if cards[i] != nil || uncarded[id] != nil {
				keepIDs, keepCards = append(keepIDs, id), append(keepCards, cards[i])
			}
		}
		ids, cards = keepIDs, keepCards
	}
	carded := make([]*eventCard, 0, len(cards))
	var cardedIDs []int64
	for i, c := range cards {
		if c != nil {
			carded, cardedIDs = append(carded, c), append(cardedIDs, ids[i])
		}
	}
	made := cardedEvents(cardedIDs, carded)
	evs = make([]powermap.CanonicalEvent, 0, len(ids))
	for i, id := range ids {
		if cards[i] != nil {
			evs = append(evs, made[0])
			made = made[1:]
		} else {
			evs = append(evs, *uncarded[id])
		}
	}
	return evs, true, nil
}

// personCards is timelineFromCards for one person read from the person's
// range of canon_timeline alone, while no event is marked for new cards
// (then every event has its cards, for each of its participants and no
// other: see VerifyKept); ok is false when some are marked, or the range
// is empty or holds a card of another format. Read through the
// participants' index, each card was a search of canon_timeline of its
// own: at 100,000 articles, a hundred of them the most of a person
// page's time reading its events.
func (s *DB) personCards(ctx context.Context, id int64, f powermap.EventFilter) (evs []powermap.CanonicalEvent, ok bool, err error) {
	where, args := "k.entity_id = ?", []any{id}
	order := "k.order_key, k.event_id"
	if f.Newest {
		order = "k.order_key DESC, k.event_id DESC"
	}
	if f.After != "" {
		key, n, err := powermap.ParseEventCursor(f.After)
		if err != nil {
			return nil, true, err
		}
		cmp := ">"
		if f.Newest {
			cmp = "<"
		}
		where, args = where+" AND (k.order_key, k.event_id) "+cmp+" (?, ?)", append(args, key, n)
	}
	q := `SELECT k.event_id, k.card, (SELECT EXISTS (SELECT 1 FROM canon_cards_dirty)) FROM canon_timeline k WHERE ` + where + ` ORDER BY ` + order
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var ids []int64
	var cards []*eventCard
	for rows.Next() {
		var id int64
		var card string
		var marked bool
		if err := rows.Scan(&id, &card, &marked); err != nil {
			return nil, false, err
		}
		if marked {
			return nil, false, nil
		}
		c, err := decodeCard(card)
		if err != nil {
			return nil, false, fmt.Errorf("event %d: %w", id, err)
		}
		if c == nil {
			return nil, false, nil
		}
		ids, cards = append(ids, id), append(cards, c)
	}
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return nil, false, err
	}
	return cardedEvents(ids, cards), true, nil
}

// eventsByID reads merged events ids, with their sources, from the
// tables (not their cards), in no particular order.
func (s *DB) eventsByID(ctx context.Context, ids []int64) ([]powermap.CanonicalEvent, error) {
	var out []powermap.CanonicalEvent
	err := chunks(ids, func(args []any) error {
		rows, err := s.db.QueryContext(ctx, `SELECT id, type, date, dates, place, amount_usd, planned, first_seen FROM canon_events WHERE id IN `+in(len(args)), args...)
		if err != nil {
			return err
		}
		lo := len(out)
		for rows.Next() {
			var e powermap.CanonicalEvent
			if err := scanEvent(rows, &e.ID, &e); err != nil {
				rows.Close()
				return err
			}
			out = append(out, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		return s.fillFromTables(ctx, out[lo:], true)
	})
	return out, err
}

// VerifyKept checks that every merged event's card says what the tables
// it sums up say, kept for each entity taking part in the event and no
// other, that every event has its cards or is marked to get them (a
// marked event may keep its cards while they are still right), and that
// the network kept at the current revision, if any, is the one the record
// makes (verifyNetwork), that the entities listed from the names kept
// are those the tables list (verifyNames), and that each entity's number
// of ties is its pairs' (verifyTieCounts): for tests.
func (s *DB) VerifyKept(ctx context.Context) error {
	ids, err := column[int64](s.db.QueryContext(ctx, `SELECT id FROM canon_events ORDER BY id`))
	if err != nil {
		return err
	}
	dirty, err := column[int64](s.db.QueryContext(ctx, `SELECT event_id FROM canon_cards_dirty`))
	if err != nil {
		return err
	}
	marked := map[int64]bool{}
	for _, id := range dirty {
		marked[id] = true
	}
	// The rows kept, by event: entity → order key and card.
	stored := map[int64]map[int64][2]string{}
	rows, err := s.db.QueryContext(ctx, `SELECT event_id, entity_id, order_key, card FROM canon_timeline`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, entity int64
		var key, card string
		if err := rows.Scan(&id, &entity, &key, &card); err != nil {
			rows.Close()
			return err
		}
		if stored[id] == nil {
			stored[id] = map[int64][2]string{}
		}
		stored[id][entity] = [2]string{key, card}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var problems []string
	exists := map[int64]bool{}
	for lo := 0; lo < len(ids); lo += 500 {
		part := ids[lo:min(lo+500, len(ids))]
		built, err := buildCards(ctx, s.db, s.d, part)
		if err != nil {
			return err
		}
		for _, id := range part {
			exists[id] = true
			c, kept := built[id], stored[id]
			want := map[int64][2]string{}
			for _, e := range c.entities() {
				want[e] = [2]string{c.orderKey, encodeCard(c)}
			}
			switch {
			case len(kept) == 0 && len(want) > 0 && !marked[id]:
				problems = append(problems, fmt.Sprintf("event %d has no cards and is not marked to get them", id))
			case len(kept) > 0 && fmt.Sprint(kept) != fmt.Sprint(want):
				problems = append(problems, fmt.Sprintf("event %d's cards\n %v\nsay otherwise than its tables:\n %v", id, kept, want))
			}
		}
	}
	for id := range stored {
		if !exists[id] {
			problems = append(problems, fmt.Sprintf("event %d is gone but its cards are kept", id))
		}
	}
	for _, verify := range []func(context.Context) (string, error){s.verifyNetwork, s.verifyNames, s.verifyTieCounts} {
		if p, err := verify(ctx); err != nil {
			return err
		} else if p != "" {
			problems = append(problems, p)
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}

// verifyTieCounts describes the entities whose number of ties kept is not
// the number of pairs they are in ("" if none).
func (s *DB) verifyTieCounts(ctx context.Context) (string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.ties, (SELECT count(*) FROM canon_pair_stats WHERE a = c.id) + (SELECT count(*) FROM canon_pair_stats WHERE b = c.id)
		FROM canon_entities c ORDER BY c.id`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var wrong []string
	for rows.Next() {
		var id, kept, want int64
		if err := rows.Scan(&id, &kept, &want); err != nil {
			return "", err
		}
		if kept != want {
			wrong = append(wrong, fmt.Sprintf("entity %d: %d ties kept, %d pairs", id, kept, want))
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return strings.Join(wrong, "\n"), nil
}
