package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/powermap/powermap"
)

// RefreshPairStats recomputes, in tx, the sums kept for the pairs of
// entities whose shared events changed (canon_pairs_dirty, which triggers
// on canon_event_pairs fill), and forgets that they changed. Every
// transaction that resolves or curates runs it before it commits (see
// New), and so does the migration that added the sums.
func RefreshPairStats(ctx context.Context, tx *Tx) error {
	type pair [2]int64
	var dirty []pair
	rows, err := tx.QueryContext(ctx, `SELECT a, b FROM canon_pairs_dirty ORDER BY a, b`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p[0], &p[1]); err != nil {
			rows.Close()
			return err
		}
		dirty = append(dirty, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	tx.pairsRefreshed = true
	if len(dirty) == 0 {
		return nil
	}
	if tx.pairsChanged == nil {
		tx.pairsChanged = make(map[[2]int64]bool, len(dirty))
	}
	for _, p := range dirty {
		tx.pairsChanged[p] = true
	}
	// The sums of the pairs go, and which pairs had them is kept, so
	// that each entity's number of ties can be brought up to date by
	// what changed (applyTieCounts).
	had := map[pair]bool{}
	rows, err = tx.QueryContext(ctx, `DELETE FROM canon_pair_stats WHERE (a, b) IN (SELECT a, b FROM canon_pairs_dirty) RETURNING a, b`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var p pair
		if err := rows.Scan(&p[0], &p[1]); err != nil {
			rows.Close()
			return err
		}
		had[p] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if tx.tieDeltas == nil {
		tx.tieDeltas = map[int64]int{}
	}
	// The events of the changed pairs, a range of them at a time, with
	// their directed roles. (CROSS JOIN keeps SQLite reading the range
	// of changed pairs first: led by the pairs' index, it would read
	// every pair whose first entity falls in the range.)
	const chunk = 500
	stats := newInserter("canon_pair_stats", "a, b, events, stats", "")
	for lo := 0; lo < len(dirty); lo += chunk {
		part := dirty[lo:min(lo+chunk, len(dirty))]
		first, last := part[0], part[len(part)-1]
		rows, err := tx.QueryContext(ctx, `SELECT p.a, p.b, ce.id, ce.type, ce.date, ce.first_seen, ce.amount_usd,
			COALESCE((SELECT min(s.entity_id) FROM canon_event_parts s WHERE s.event_id = ce.id AND s.role = 'source'), 0),
			COALESCE((SELECT min(t.entity_id) FROM canon_event_parts t WHERE t.event_id = ce.id AND t.role = 'target'), 0)
			FROM canon_pairs_dirty d CROSS JOIN canon_event_pairs p JOIN canon_events ce ON ce.id = p.event_id
			WHERE p.a = d.a AND p.b = d.b AND (d.a, d.b) >= (?, ?) AND (d.a, d.b) <= (?, ?)`, first[0], first[1], last[0], last[1])
		if err != nil {
			return err
		}
		evs := map[pair][]powermap.PairEvent{}
		for rows.Next() {
			var p pair
			var e powermap.PairEvent
			var amount sql.NullFloat64
			if err := rows.Scan(&p[0], &p[1], &e.ID, &e.Type, &e.Date, &e.FirstSeen, &amount, &e.Source, &e.Target); err != nil {
				rows.Close()
				return err
			}
			if amount.Valid {
				v := amount.Float64
				e.Amount = &v
			}
			evs[p] = append(evs[p], e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, p := range part {
			if has := len(evs[p]) > 0; has != had[p] {
				d := 1
				if had[p] {
					d = -1
				}
				tx.tieDeltas[p[0]] += d
				tx.tieDeltas[p[1]] += d
			}
			if len(evs[p]) == 0 {
				continue // they share no event any more
			}
			st := powermap.SumPair(p[0], p[1], evs[p])
			if err := stats.add(ctx, tx, p[0], p[1], st.Events, encodePairStats(st)); err != nil {
				return err
			}
		}
		if err := stats.flush(ctx, tx); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM canon_pairs_dirty`)
	return err
}

// applyTieCounts adds to each entity's number of ties (canon_entities.ties:
// the entities it shares merged events with) what RefreshPairStats found
// changed in tx. Every transaction that resolves or curates runs it after
// RefreshPairStats (see New); the migration that added the numbers counts
// them.
func applyTieCounts(ctx context.Context, tx *Tx) error {
	ids := make([]int64, 0, len(tx.tieDeltas))
	for id, d := range tx.tieDeltas {
		if d != 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		if _, err := tx.ExecKept(ctx, `UPDATE canon_entities SET ties = ties + ? WHERE id = ?`, tx.tieDeltas[id], id); err != nil {
			return err
		}
	}
	tx.tieDeltas = nil
	return nil
}

// Ties lists the entities that share merged events with entity id, most
// shared first (then by name), at most limit (all if limit <= 0), each
// with the sums kept for the pair, seen from id, and how many there are in
// all. The pairs that could be listed, with their sums, come from indexes
// by number of events that hold the sums (on each side of the pair: id as
// a, id as b), the names only for those, and only the sums listed are
// decoded. A busy person's thousand pairs cost what the hundred most
// shared do, read from a few pages, not a thousand rows in as many
// places.
func (s *DB) Ties(ctx context.Context, id int64, limit int) ([]powermap.Tie, int, error) {
	if limit <= 0 {
		return s.allTies(ctx, id)
	}
	var all []tieRow
	// The rows come packed into one value (packedRows): read one by one,
	// the driver's work for each of their columns cost more than
	// SQLite's for each row (a busy person's page reads two or three
	// hundred, to list a hundred).
	read := func(q string, args ...any) error {
		var packed sql.NullString
		if err := s.db.QueryRowContext(ctx, `SELECT `+packedRows("other", "events", "stats")+` FROM (`+q+`) z`, args...).Scan(&packed); err != nil {
			return err
		}
		r := packedReader{s: packed.String}
		for !r.done() {
			other, events, stats := r.int(), r.int(), r.last()
			if r.err != nil {
				return fmt.Errorf("ties of %d: %w", id, r.err)
			}
			all = append(all, tieRow{other: other, events: int(events), stats: stats})
		}
		return nil
	}
	byA, byB := s.d.indexedBy("canon_pair_stats_a"), s.d.indexedBy("canon_pair_stats_b")
	// How many there are is kept for each entity (counting a busy
	// person's thousand pairs took more than reading the hundred listed).
	total, err := s.tieCount(ctx, id)
	if err != nil {
		return nil, 0, err
	}
	// The most shared, with their sums, from the indexes by number of
	// events (which hold the sums: the rows read are next to one
	// another), the two sides read together in order (SQLite merges
	// them), so that the limit's rows are read, not the limit's of each
	// side: for a busy person 100, not 200.
	err = read(`SELECT b AS other, events, stats FROM canon_pair_stats`+byA+` WHERE a = ?
		UNION ALL SELECT a, events, stats FROM canon_pair_stats`+byB+` WHERE b = ? ORDER BY events DESC LIMIT ?`, id, id, limit)
	if err != nil {
		return nil, 0, err
	}
	slices.SortFunc(all, func(a, b tieRow) int { return b.events - a.events })
	// Those that could be listed: as many events as the limit-th, or
	// more (names order those with as many). Every pair with more is
	// among each side's most shared; those with as many are read.
	if len(all) >= limit && total > limit {
		cut := all[limit-1].events
		n := 0
		for n < len(all) && all[n].events > cut {
			n++
		}
		all = all[:n]
		err := read(`SELECT b AS other, events, stats FROM canon_pair_stats`+byA+` WHERE a = ? AND events = ?
			UNION ALL SELECT a, events, stats FROM canon_pair_stats`+byB+` WHERE b = ? AND events = ?`, id, cut, id, cut)
		if err != nil {
			return nil, 0, err
		}
	}
	ids := make([]int64, len(all))
	for i, r := range all {
		ids[i] = r.other
	}
	names, err := s.namesOf(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	for i := range all {
		n, ok := names[all[i].other]
		if !ok {
			return s.allTies(ctx, id) // a pair with an entity gone: as the join leaves it
		}
		all[i].name, all[i].typ = n[0], n[1]
	}
	out, err := tiesOf(id, all, limit)
	return out, total, err
}

// tieRow is a pair of id's as Ties reads it: the other entity, the
// number of events, the sums kept (not yet decoded), the other's name
// and type.
type tieRow struct {
	other     int64
	events    int
	stats     string
	name, typ string
}

// tiesOf sorts the pairs all of entity id, most shared first (then by
// name, then id), and decodes the sums of the first limit (all if limit
// <= 0) as ties seen from id.
func tiesOf(id int64, all []tieRow, limit int) ([]powermap.Tie, error) {
	slices.SortFunc(all, func(a, b tieRow) int {
		if a.events != b.events {
			return b.events - a.events
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return cmp.Compare(a.other, b.other)
	})
	if limit > 0 {
		all = all[:min(limit, len(all))]
	}
	out := make([]powermap.Tie, 0, len(all))
	for _, r := range all {
		p, err := decodePairStats(r.stats)
		if err != nil {
			return nil, fmt.Errorf("pair %d, %d: %w", id, r.other, err)
		}
		t := powermap.TieOf(id, r.other, p)
		t.Name, t.Type = r.name, r.typ
		out = append(out, t)
	}
	return out, nil
}

// allTies is Ties without a limit: every pair's sums, read with the
// names.
func (s *DB) allTies(ctx context.Context, id int64) ([]powermap.Tie, int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.b, t.events, c.name, c.type, t.stats FROM canon_pair_stats t JOIN canon_entities c ON c.id = t.b WHERE t.a = ?
		UNION ALL SELECT t.a, t.events, c.name, c.type, t.stats FROM canon_pair_stats t JOIN canon_entities c ON c.id = t.a WHERE t.b = ?`, id, id)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var all []tieRow
	for rows.Next() {
		var r tieRow
		if err := rows.Scan(&r.other, &r.events, &r.name, &r.typ, &r.stats); err != nil {
			return nil, 0, err
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	out, err := tiesOf(id, all, 0)
	return out, len(out), err
}

// TiesAmong lists the pairs of entities ids that share merged events, each
// seen from its lower id, by ids.
func (s *DB) TiesAmong(ctx context.Context, ids []int64) ([]powermap.Tie, error) {
	return tiesAmong(ctx, s.db, ids)
}

// tiesAmong is TiesAmong, read through q.
func tiesAmong(ctx context.Context, q queryer, ids []int64) ([]powermap.Tie, error) {
	ids = dedupe(sortedCopy(ids))
	if len(ids) < 2 {
		return []powermap.Tie{}, nil
	}
	in, set := inArgs(ids)
	args := append(append(make([]any, 0, 2*len(set)), set...), set...)
	// The names in a query of their own: joined, they would lead the
	// planner to probe the pairs from the (b, a) index, then the table.
	names := map[int64][2]string{}
	rows, err := q.QueryContext(ctx, `SELECT id, name, type FROM canon_entities WHERE id IN `+in, set...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var name, typ string
		if err := rows.Scan(&id, &name, &typ); err != nil {
			rows.Close()
			return nil, err
		}
		names[id] = [2]string{name, typ}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, `SELECT t.a, t.b, t.stats FROM canon_pair_stats t WHERE t.a IN `+in+` AND t.b IN `+in+` ORDER BY t.a, t.b`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.Tie{}
	for rows.Next() {
		var a, b int64
		var stats string
		if err := rows.Scan(&a, &b, &stats); err != nil {
			return nil, err
		}
		name, typ := names[b][0], names[b][1]
		p, err := decodePairStats(stats)
		if err != nil {
			return nil, fmt.Errorf("pair %d, %d: %w", a, b, err)
		}
		t := powermap.TieOf(a, b, p)
		t.Name, t.Type = name, typ
		out = append(out, t)
	}
	return out, rows.Err()
}

// sortedCopy returns ids sorted, leaving ids as they are.
func sortedCopy(ids []int64) []int64 {
	out := append([]int64(nil), ids...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
