package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/resolve"
)

// repo is resolve.Repo on one SQLite write transaction.
type repo struct {
	tx   *Tx
	high int64 // the highest event id ever given; 0 until read
	gave bool  // NewEventID gave an id this run
	// counted tells that events and multi hold the numbers of merged
	// events and of those with several reports, kept up to date by
	// SaveMerged and MoveMerged and saved in state by Finish, so that
	// Totals never counts the whole table.
	counted       bool
	events, multi int
	// stmts are the statements prepared in tx, by query: the driver would
	// otherwise prepare each statement anew for each of the hundreds of
	// thousands of calls a large resolution makes.
	stmts map[string]*sql.Stmt
}

// stmt returns query prepared in the repo's transaction (closed with it).
func (r *repo) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := r.stmts[query]; ok {
		return st, nil
	}
	st, err := r.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if r.stmts == nil {
		r.stmts = map[string]*sql.Stmt{}
	}
	r.stmts[query] = st
	return st, nil
}

// exec runs a statement prepared once per transaction (or kept prepared
// across them, by a transaction that keeps its statements).
func (r *repo) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if r.tx.keeps() {
		return r.tx.ExecKept(ctx, query, args...)
	}
	if r.tx.d.CachesStatements {
		return r.tx.ExecContext(ctx, query, args...)
	}
	st, err := r.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// query runs a query prepared once per transaction.
func (r *repo) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if r.tx.keeps() {
		return r.tx.QueryKept(ctx, query, args...)
	}
	if r.tx.d.CachesStatements {
		return r.tx.QueryContext(ctx, query, args...)
	}
	st, err := r.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs a one-row query prepared once per transaction; errors show
// at Scan.
func (r *repo) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if r.tx.keeps() {
		return r.tx.QueryRowKept(ctx, query, args...)
	}
	if r.tx.d.CachesStatements {
		return r.tx.QueryRowContext(ctx, query, args...)
	}
	st, err := r.stmt(ctx, query)
	if err != nil {
		// A row that fails as the statement did: run it unprepared.
		return r.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// count reads the numbers of merged events kept in state (counting them
// once, for a store that has none yet).
func (r *repo) count(ctx context.Context) error {
	if r.counted {
		return nil
	}
	var ev, multi sql.NullString
	err := r.queryRow(ctx, `SELECT (SELECT value FROM state WHERE key = 'events_total'), (SELECT value FROM state WHERE key = 'events_multi')`).Scan(&ev, &multi)
	if err != nil {
		return err
	}
	if ev.Valid && multi.Valid {
		r.events, _ = strconv.Atoi(ev.String)
		r.multi, _ = strconv.Atoi(multi.String)
	} else if err := r.queryRow(ctx, `SELECT count(*), COALESCE(sum(CASE WHEN sources > 1 THEN 1 ELSE 0 END), 0) FROM canon_events`).Scan(&r.events, &r.multi); err != nil {
		return err
	}
	r.counted = true
	return nil
}

// uncount takes merged event id, if it exists, out of the counts.
func (r *repo) uncount(ctx context.Context, id int64) error {
	if err := r.count(ctx); err != nil {
		return err
	}
	var sources int
	err := r.queryRow(ctx, `SELECT sources FROM canon_events WHERE id = ?`, id).Scan(&sources)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	r.events--
	if sources > 1 {
		r.multi--
	}
	return nil
}

var _ resolve.Repo = (*repo)(nil)

// Resolve links every article entity not yet linked to a canonical entity
// and merges every pending article event (package resolve decides; this
// store only reads and writes). The user's curation is replayed on the
// way. The resolution is one transaction, which also clears the store's
// "resolution pending" mark: an interrupted one leaves the mark for the
// next command that writes.
func (s *DB) Resolve(ctx context.Context) (powermap.ResolveReport, error) {
	var rep powermap.ResolveReport
	err := s.write(ctx, func(tx *Tx) error {
		rep = powermap.ResolveReport{}
		return resolveAll(ctx, tx, &rep)
	})
	return rep, err
}

// resolveAll resolves everything pending, in tx.
func resolveAll(ctx context.Context, tx *Tx, rep *powermap.ResolveReport) error {
	return resolve.Run(ctx, &repo{tx: tx}, rep)
}

// PendingMentions lists article entities with no canonical entity.
func (r *repo) PendingMentions(ctx context.Context) ([]resolve.Mention, error) {
	rows, err := r.query(ctx, `SELECT article_id, seq, name, type, kb_id, aliases FROM entities
		WHERE canon_id IS NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = entities.article_id AND a.removed IS NOT NULL) ORDER BY article_id, seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []resolve.Mention
	for rows.Next() {
		var m resolve.Mention
		var aliases string
		if err := rows.Scan(&m.Article, &m.Seq, &m.Name, &m.Type, &m.KBID, &aliases); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(aliases), &m.Aliases)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Splits returns the user's splits in force.
func (r *repo) Splits(ctx context.Context) (map[resolve.SplitKey]resolve.Split, error) {
	splits, err := activeSplits(ctx, r.tx)
	if err != nil {
		return nil, err
	}
	out := make(map[resolve.SplitKey]resolve.Split, len(splits))
	for k, v := range splits {
		out[resolve.SplitKey{Article: k.article, Name: k.name}] = resolve.Split{Target: v.targetID, Name: v.name}
	}
	return out, nil
}

// in returns "(?, ?, …)" for n values.
func in(n int) string { return "(?" + strings.Repeat(", ?", n-1) + ")" }

// UserAliasEntity returns the entity the user gave one of keys as alias.
func (r *repo) UserAliasEntity(ctx context.Context, keys []string) (int64, error) {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	var id int64
	err := r.queryRow(ctx, `SELECT entity_id FROM canon_aliases WHERE source = 'user' AND alias_key IN `+in(len(keys))+` ORDER BY entity_id LIMIT 1`, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// EntityByKB returns the entity with knowledge-base id kb.
func (r *repo) EntityByKB(ctx context.Context, kb string) (int64, error) {
	var id int64
	err := r.queryRow(ctx, `SELECT id FROM canon_entities WHERE kb_id = ?`, kb).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// refs reads entity references.
func refs(rows *sql.Rows, err error) ([]resolve.EntityRef, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []resolve.EntityRef
	for rows.Next() {
		var e resolve.EntityRef
		if err := rows.Scan(&e.ID, &e.Name, &e.KBID, &e.Merged); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EntitiesByName lists the entities of a type and name key, unmerged first.
func (r *repo) EntitiesByName(ctx context.Context, typ, key string) ([]resolve.EntityRef, error) {
	return refs(r.query(ctx, `SELECT id, name, COALESCE(kb_id, ''), merged_into IS NOT NULL FROM canon_entities
		WHERE type = ? AND name_key = ? ORDER BY merged_into IS NOT NULL, id`, typ, key))
}

// EntitiesBySound lists the unmerged entities of a type and sound key. The
// query says the sound key is not empty so that the partial index serves it.
func (r *repo) EntitiesBySound(ctx context.Context, typ, sound string) ([]resolve.EntityRef, error) {
	return refs(r.query(ctx, `SELECT id, name, COALESCE(kb_id, ''), 0 FROM canon_entities
		WHERE type = ? AND sound_key = ? AND sound_key != '' AND merged_into IS NULL ORDER BY id`, typ, sound))
}

// MergedInto returns the entity id was merged into, or 0.
func (r *repo) MergedInto(ctx context.Context, id int64) (int64, error) {
	var next sql.NullInt64
	err := r.queryRow(ctx, `SELECT merged_into FROM canon_entities WHERE id = ?`, id).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("entity %d: %w", id, powermap.ErrNotFound)
	}
	return next.Int64, err
}

// CreateEntity adds a canonical entity.
func (r *repo) CreateEntity(ctx context.Context, e resolve.NewEntity) (int64, error) {
	var id int64
	err := r.queryRow(ctx, `INSERT INTO canon_entities (name, type, kb_id, name_key, sound_key) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		e.Name, e.Type, nullString(e.KBID), e.NameKey, e.SoundKey).Scan(&id)
	return id, err
}

// SetEntityName gives entity id a knowledge-base id and maybe a name.
func (r *repo) SetEntityName(ctx context.Context, id int64, kb, name string) error {
	if name == "" {
		_, err := r.exec(ctx, `UPDATE canon_entities SET kb_id = ? WHERE id = ?`, nullString(kb), id)
		return err
	}
	_, err := r.exec(ctx, `UPDATE canon_entities SET kb_id = ?, name = ?, name_key = ? WHERE id = ?`, nullString(kb), name, resolve.NameKey(name), id)
	return err
}

// Link links a mention to an entity; the entities_relink trigger marks
// the mention's events pending.
func (r *repo) Link(ctx context.Context, m resolve.Mention, entity int64, names []string) error {
	if _, err := r.exec(ctx, `UPDATE entities SET canon_id = ? WHERE article_id = ? AND seq = ?`, entity, m.Article, m.Seq); err != nil {
		return err
	}
	for _, n := range names {
		if _, err := r.exec(ctx, `INSERT INTO canon_aliases (entity_id, alias, alias_key, source) VALUES (?, ?, ?, 'article') ON CONFLICT DO NOTHING`, entity, n, resolve.NameKey(n)); err != nil {
			return err
		}
	}
	return nil
}

const eventColumns = `ev.article_id, ev.seq, ev.type, ev.date, ev.place, ev.amount_usd, ev.planned, a.published,
	COALESCE(ev.canon_event_id, 0), COALESCE(ev.origin_event_id, 0), ev.pending, ev.rule, ev.rejected IS NOT NULL OR a.removed IS NOT NULL`

// scanEvents reads article events (eventColumns) and then their
// participants, as canonical ids (0: not linked), from the same filter.
func (r *repo) scanEvents(ctx context.Context, where string, args ...any) ([]*resolve.Event, error) {
	rows, err := r.query(ctx, `SELECT `+eventColumns+` FROM events ev JOIN articles a ON a.id = ev.article_id WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	type key struct {
		art int64
		seq int
	}
	index := map[key]*resolve.Event{}
	var out []*resolve.Event
	for rows.Next() {
		e := &resolve.Event{}
		var amount sql.NullFloat64
		if err := rows.Scan(&e.Article, &e.Seq, &e.Type, &e.Date, &e.Place, &amount, &e.Planned, &e.PublishedAt, &e.Prev, &e.Origin, &e.Pending, &e.Rule, &e.Rejected); err != nil {
			rows.Close()
			return nil, err
		}
		if amount.Valid {
			v := amount.Float64
			e.Amount = &v
		}
		index[key{e.Article, e.Seq}] = e
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	rows, err = r.query(ctx, `SELECT ee.article_id, ee.seq, ee.role, COALESCE(en.canon_id, 0)
		FROM event_entities ee JOIN events ev ON ev.article_id = ee.article_id AND ev.seq = ee.seq
		LEFT JOIN entities en ON en.article_id = ee.article_id AND en.seq = ee.entity_seq
		JOIN articles a ON a.id = ev.article_id WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k key
		var role string
		var id int64
		if err := rows.Scan(&k.art, &k.seq, &role, &id); err != nil {
			return nil, err
		}
		e := index[k]
		if e == nil {
			continue
		}
		switch role {
		case "actor":
			e.Actors = append(e.Actors, id)
		case "source":
			e.Source = id
		case "target":
			e.Target = id
		case "mediator":
			e.Mediator = id
		case "also":
			if id != 0 {
				e.Also = append(e.Also, id)
			}
		}
	}
	return out, rows.Err()
}

// PendingEvents lists the pending article events.
func (r *repo) PendingEvents(ctx context.Context) ([]*resolve.Event, error) {
	return r.scanEvents(ctx, `ev.pending = 1`)
}

// DropPending marks reports that report nothing as merged nowhere.
func (r *repo) DropPending(ctx context.Context, evs []*resolve.Event) error {
	for _, e := range evs {
		if _, err := r.exec(ctx, `UPDATE events SET canon_event_id = NULL, pending = 0 WHERE article_id = ? AND seq = ?`, e.Article, e.Seq); err != nil {
			return err
		}
	}
	return nil
}

// StaleMerged lists merged events that lost a report.
func (r *repo) StaleMerged(ctx context.Context) ([]int64, error) {
	return column[int64](r.query(ctx, `SELECT id FROM canon_events WHERE stale = 1`))
}

// Candidates lists the merged events filed under keys in the days given.
// The index is on (key, lo): spans are at most a year long, so lo is
// searched from a year before from.
func (r *repo) Candidates(ctx context.Context, keys []string, from, to string) ([]int64, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	earliest := from
	if t, err := time.Parse("2006-01-02", from); err == nil {
		earliest = t.AddDate(-1, 0, -1).Format("2006-01-02")
	}
	args := make([]any, 0, len(keys)+3)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, earliest, to, from)
	return column[int64](r.query(ctx, `SELECT DISTINCT event_id FROM canon_event_keys
		WHERE key IN `+in(len(keys))+` AND lo BETWEEN ? AND ? AND hi >= ?`, args...))
}

// chunks calls fn with ids in slices of at most 500, each padded (its
// last id repeated) to a size of a few: a query over "IN (?, ?, …)" then
// comes in a few texts, each prepared once (see Conn), not one per size.
func chunks(ids []int64, fn func([]any) error) error {
	for lo := 0; lo < len(ids); lo += 500 {
		part := ids[lo:min(lo+500, len(ids))]
		args := make([]any, paddedSize(len(part)))
		for i := range args {
			args[i] = part[min(i, len(part)-1)]
		}
		if err := fn(args); err != nil {
			return err
		}
	}
	return nil
}

// inArgs returns the placeholders "(?, ?, …)" and the arguments of ids
// (at least one), padded as chunks pads them.
func inArgs(ids []int64) (string, []any) {
	n := len(ids)
	if n <= 500 {
		n = paddedSize(n)
	}
	args := make([]any, n)
	for i := range args {
		args[i] = ids[min(i, len(ids)-1)]
	}
	return in(n), args
}

// paddedSize is the size chunks pads a list of n ids to: the next of 1,
// 2, 4, 8, … 256, then 500.
func paddedSize(n int) int {
	size := 1
	for size < n && size < 256 {
		size *= 2
	}
	if n > size {
		return 500
	}
	return size
}

// Merged reads the merged events among ids with their settled reports.
func (r *repo) Merged(ctx context.Context, ids []int64) ([]*resolve.Merged, error) {
	var out []*resolve.Merged
	err := chunks(ids, func(args []any) error {
		found, err := column[int64](r.query(ctx, `SELECT id FROM canon_events WHERE id IN `+in(len(args)), args...))
		if err != nil {
			return err
		}
		byID := map[int64]*resolve.Merged{}
		for _, id := range found {
			m := &resolve.Merged{ID: id}
			byID[id] = m
			out = append(out, m)
		}
		evs, err := r.scanEvents(ctx, `ev.pending = 0 AND ev.canon_event_id IN `+in(len(args)), args...)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if m := byID[e.Prev]; m != nil {
				m.Members = append(m.Members, e)
			}
		}
		return nil
	})
	return out, err
}

// Live returns which of ids name a merged event.
func (r *repo) Live(ctx context.Context, ids []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	err := chunks(ids, func(args []any) error {
		found, err := column[int64](r.query(ctx, `SELECT id FROM canon_events WHERE id IN `+in(len(args)), args...))
		for _, id := range found {
			out[id] = true
		}
		return err
	})
	return out, err
}

// NewEventID returns an event id never given: above every id that names
// an event, was moved, or was ever given (kept in state).
func (r *repo) NewEventID(ctx context.Context) (int64, error) {
	if r.high == 0 {
		var v string
		err := r.queryRow(ctx, `SELECT COALESCE((SELECT value FROM state WHERE key = 'event_id_high'), '0')`).Scan(&v)
		if err != nil {
			return 0, err
		}
		r.high, _ = strconv.ParseInt(v, 10, 64)
		var live, moved int64
		if err := r.queryRow(ctx, `SELECT COALESCE((SELECT max(id) FROM canon_events), 0), COALESCE((SELECT max(id) FROM canon_event_moves), 0)`).Scan(&live, &moved); err != nil {
			return 0, err
		}
		r.high = max(r.high, live, moved)
	}
	r.high++
	r.gave = true
	return r.high, nil
}

// SaveMerged writes a merged event, its participants and its reports'
// links to it.
func (r *repo) SaveMerged(ctx context.Context, m *resolve.Merged) error {
	if m.New {
		if err := r.count(ctx); err != nil {
			return err
		}
	} else if err := r.uncount(ctx, m.ID); err != nil {
		return err
	}
	r.events++
	if len(m.Members) > 1 {
		r.multi++
	}
	dates := jsonOf(m.Dates)
	var amount any
	if m.Amount != nil {
		amount = *m.Amount
	}
	order := powermap.EventOrder(m.Date, m.FirstSeen)
	if _, err := r.exec(ctx, `INSERT INTO canon_events (id, type, date, dates, place, amount_usd, planned, sources, first_seen, lo, hi, stale, order_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, date = excluded.date, dates = excluded.dates, place = excluded.place,
			amount_usd = excluded.amount_usd, planned = excluded.planned, sources = excluded.sources, first_seen = excluded.first_seen,
			lo = excluded.lo, hi = excluded.hi, stale = 0, order_key = excluded.order_key`,
		m.ID, m.Type, m.Date, dates, m.Place, amount, boolInt(m.Planned), len(m.Members), m.FirstSeen, m.Lo, m.Hi, order); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM canon_event_parts WHERE event_id = ?`, `DELETE FROM canon_event_keys WHERE event_id = ?`, `DELETE FROM canon_event_moves WHERE id = ?`} {
		if m.New {
			break // nothing is stored under a new id
		}
		if _, err := r.exec(ctx, q, m.ID); err != nil {
			return err
		}
	}
	keys := newInserter("canon_event_keys", "key, event_id, lo, hi", "")
	for _, k := range m.Keys {
		if err := keys.add(ctx, r.tx, k, m.ID, m.Lo, m.Hi); err != nil {
			return err
		}
	}
	if err := keys.flush(ctx, r.tx); err != nil {
		return err
	}
	parts := newInserter("canon_event_parts", "event_id, entity_id, role, order_key", "ON CONFLICT DO NOTHING")
	for _, p := range m.Parts {
		if err := parts.add(ctx, r.tx, m.ID, p.Entity, p.Role, order); err != nil {
			return err
		}
	}
	if err := parts.flush(ctx, r.tx); err != nil {
		return err
	}
	for _, e := range m.Members {
		if e.Prev == m.ID && e.Origin != 0 && !e.Pending {
			continue // settled in it already
		}
		if _, err := r.exec(ctx, `UPDATE events SET canon_event_id = ?1, origin_event_id = COALESCE(origin_event_id, ?1), pending = 0
			WHERE article_id = ?2 AND seq = ?3`, m.ID, e.Article, e.Seq); err != nil {
			return err
		}
	}
	return nil
}

// MoveMerged removes merged event id, recording where it went.
func (r *repo) MoveMerged(ctx context.Context, id, to int64) error {
	if err := r.uncount(ctx, id); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM canon_event_parts WHERE event_id = ?`, `DELETE FROM canon_event_keys WHERE event_id = ?`, `DELETE FROM canon_events WHERE id = ?`} {
		if _, err := r.exec(ctx, q, id); err != nil {
			return err
		}
	}
	_, err := r.exec(ctx, `INSERT INTO canon_event_moves (id, moved_to, moved) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET moved_to = excluded.moved_to, moved = excluded.moved`, id, nullInt(to), time.Now().UTC().Format(time.RFC3339))
	return err
}

// Finish keeps the highest event id given and clears the pending mark.
func (r *repo) Finish(ctx context.Context) error {
	if r.gave {
		if _, err := r.exec(ctx, `INSERT INTO state (key, value) VALUES ('event_id_high', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.FormatInt(r.high, 10)); err != nil {
			return err
		}
	}
	if r.counted {
		if _, err := r.exec(ctx, `INSERT INTO state (key, value) VALUES ('events_total', ?), ('events_multi', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(r.events), strconv.Itoa(r.multi)); err != nil {
			return err
		}
	}
	return clearPending(ctx, r.tx)
}

// Totals counts merged events and those with several reports, from the
// counts kept in state.
func (r *repo) Totals(ctx context.Context) (int, int, error) {
	err := r.count(ctx)
	return r.events, r.multi, err
}
