package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// Everyone's network over the whole record, of query.DefaultNetworkMax
// entities (the network page as it opens), is kept laid out in
// canon_network, with the record's revision it was made at: made at a
// request, it read the sums of the busiest entities' pairs (1,349 pairs
// at 100,000 articles, 8–30 ms, each a search of the pairs' index) and
// laid them out (5 ms), while every request for it waited. Every
// resolving or curating transaction makes it anew before it commits if
// the revision changed (RefreshNetwork); a network kept at another
// revision (articles stored or re-extracted since, which change entities'
// counts, not resolved yet) is not answered, and the network is made at
// the request as before.

// keptNetworkVersion starts every network kept, so that a later format
// can tell it (one of another format is not answered).
const keptNetworkVersion = "n1"

// stateRevision is the SQL of the revision kept in state (raised by
// triggers on every change of merged events, participants and entities).
const stateRevision = `COALESCE((SELECT CAST(value AS BIGINT) FROM state WHERE key = 'revision'), 0)`

// RefreshNetwork makes anew, in tx, the network kept (query.TiesNetwork
// of the query.DefaultNetworkMax busiest entities and the sums of their
// pairs), unless it was made at the revision the record has now. Every
// resolving or curating transaction runs it last, after the sums of the
// pairs are made (see New), and so does the migration that added it.
//
// After RefreshPairStats in the same transaction, the sums kept with the
// network are read again only for the pairs that changed and for the
// entities that joined the busiest (tiesUpdated): reading all of them
// again, 8–30 ms at 100,000 articles, made each ingest of ten articles
// into such a store 50–90 ms longer. The layout is made anew only when
// the entities, their order or their sums changed; when only the
// entities' counts or names did, it is the same, and the nodes are
// brought up to date in place.
func RefreshNetwork(ctx context.Context, tx *Tx) error {
	const max = query.DefaultNetworkMax
	var now int64
	var kept sql.NullInt64
	var data sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT `+stateRevision+`, (SELECT revision FROM canon_network WHERE entities = ?), (SELECT network FROM canon_network WHERE entities = ?)`, max, max).Scan(&now, &kept, &data); err != nil {
		return err
	}
	if kept.Valid && kept.Int64 == now {
		return nil
	}
	top, err := busiest(ctx, tx, tx.d, max)
	if err != nil {
		return err
	}
	ids := make([]int64, len(top))
	for i, e := range top {
		ids[i] = e.ID
	}
	var nodes []query.Node
	var ties []powermap.Tie
	changed := true
	if tx.pairsRefreshed && data.Valid {
		if nodes, ties, err = decodeNetwork(data.String); err != nil {
			return err
		}
	}
	if nodes != nil {
		ties, changed, err = tiesUpdated(ctx, tx, ids, nodes, ties)
	} else {
		ties, err = tiesAmong(ctx, tx, ids)
	}
	if err != nil {
		return err
	}
	if changed || len(nodes) != len(top) {
		nodes = query.TiesNetwork(top, ties, query.NetworkOptions{Max: max}).Nodes
	} else {
		for i, e := range top {
			if nodes[i].ID != e.ID {
				nodes = query.TiesNetwork(top, ties, query.NetworkOptions{Max: max}).Nodes
				break
			}
			// The layout does not depend on these.
			nodes[i].Name, nodes[i].Type, nodes[i].Events = e.Name, e.Type, e.Events
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM canon_network WHERE entities = ?`, max); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO canon_network (entities, revision, network) VALUES (?, ?, ?)`, max, now, encodeNetwork(nodes, ties))
	return err
}

// tiesUpdated returns the ties among the entities ids (as tiesAmong
// lists them) from the ties kept among the nodes of the network kept,
// reading again those of the pairs whose sums the transaction made anew
// and those of the entities not among the nodes; changed tells whether
// any differs from what was kept, or any kept was left out.
func tiesUpdated(ctx context.Context, tx *Tx, ids []int64, nodes []query.Node, kept []powermap.Tie) ([]powermap.Tie, bool, error) {
	member := make(map[int64]bool, len(ids))
	for _, id := range ids {
		member[id] = true
	}
	old := make(map[int64]bool, len(nodes))
	for _, n := range nodes {
		old[n.ID] = true
	}
	changed := false
	var out []powermap.Tie
	for _, t := range kept {
		p := [2]int64{t.A, t.B}
		if !member[t.A] || !member[t.B] || tx.pairsChanged[p] {
			changed = true
			continue
		}
		out = append(out, t)
	}
	// The pairs to read: those changed among the members, and every pair
	// of a member that joined (with any member).
	want := map[[2]int64]bool{}
	for p := range tx.pairsChanged {
		if member[p[0]] && member[p[1]] {
			want[p] = true
		}
	}
	for _, a := range ids {
		if old[a] {
			continue
		}
		for _, b := range ids {
			if a != b {
				want[[2]int64{min(a, b), max(a, b)}] = true
			}
		}
	}
	if len(want) > 0 {
		changed = true
		pairs := make([][2]int64, 0, len(want))
		for p := range want {
			pairs = append(pairs, p)
		}
		sort.Slice(pairs, func(i, j int) bool {
			return pairs[i][0] < pairs[j][0] || pairs[i][0] == pairs[j][0] && pairs[i][1] < pairs[j][1]
		})
		for _, p := range pairs {
			var stats string
			err := tx.QueryRowKept(ctx, `SELECT stats FROM canon_pair_stats WHERE a = ? AND b = ?`, p[0], p[1]).Scan(&stats)
			if errors.Is(err, sql.ErrNoRows) {
				continue // they share no event
			}
			if err != nil {
				return nil, false, err
			}
			st, err := decodePairStats(stats)
			if err != nil {
				return nil, false, fmt.Errorf("pair %d, %d: %w", p[0], p[1], err)
			}
			out = append(out, powermap.TieOf(p[0], p[1], st))
		}
		sort.Slice(out, func(i, j int) bool { return out[i].A < out[j].A || out[i].A == out[j].A && out[i].B < out[j].B })
	}
	return out, changed, nil
}

// KeptNetwork answers the network kept of max entities (see
// query.NetworkKeeper): its nodes, placed, and the ties among them, if it
// was made at the record's current revision.
func (s *DB) KeptNetwork(ctx context.Context, max int) ([]query.Node, []powermap.Tie, bool, error) {
	var data string
	err := s.db.QueryRowContext(ctx, `SELECT network FROM canon_network WHERE entities = ? AND revision = `+stateRevision, max).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	nodes, ties, err := decodeNetwork(data)
	if err != nil {
		return nil, nil, false, err
	}
	return nodes, ties, nodes != nil, nil
}

// encodeNetwork writes a network's nodes and the ties among them as a
// card's fields ("length:bytes", lists led by their length): each tie as
// its pair (a < b) and its sums as canon_pair_stats holds them, which
// read back in a microsecond each (JSON took 16 ms for the whole).
func encodeNetwork(nodes []query.Node, ties []powermap.Tie) string {
	w := &cardWriter{b: make([]byte, 0, 64*len(nodes)+100*len(ties)+16)}
	str, num, flt := w.str, w.num, w.flt
	w.b = append(w.b, keptNetworkVersion...)
	num(int64(len(nodes)))
	for _, n := range nodes {
		num(n.ID)
		str(n.Name)
		str(n.Type)
		num(int64(n.Events))
		flt(n.X)
		flt(n.Y)
	}
	num(int64(len(ties)))
	for _, t := range ties {
		a, c := t.A, t.B
		if a > c {
			a, c = c, a
		}
		num(a)
		num(c)
		str(encodePairStats(t.PairStats))
	}
	return string(w.b)
}

// decodeNetwork reads what encodeNetwork wrote, each tie seen from its
// lower id (as TiesAmong answers); a network of another format is nil.
func decodeNetwork(s string) ([]query.Node, []powermap.Tie, error) {
	if len(s) < len(keptNetworkVersion) || s[:len(keptNetworkVersion)] != keptNetworkVersion {
		return nil, nil, nil
	}
	r := &cardReader{s: s[len(keptNetworkVersion):]}
	nodes := make([]query.Node, r.count())
	for i := range nodes {
		n := &nodes[i]
		n.ID = r.num()
		n.Name = r.str()
		n.Type = r.str()
		n.Events = int(r.num())
		n.X = r.flt()
		n.Y = r.flt()
	}
	ties := make([]powermap.Tie, r.count())
	for i := range ties {
		a, b := r.num(), r.num()
		stats := r.str()
		if r.err != nil {
			break
		}
		p, err := decodePairStats(stats)
		if err != nil {
			return nil, nil, fmt.Errorf("kept network, pair %d, %d: %w", a, b, err)
		}
		ties[i] = powermap.TieOf(a, b, p)
	}
	if r.err != nil {
		return nil, nil, fmt.Errorf("kept network: %w", r.err)
	}
	return nodes, ties, nil
}

// verifyNetwork describes how the network kept at the current revision,
// if any, differs from the one the record makes now ("" if it does not).
func (s *DB) verifyNetwork(ctx context.Context) (string, error) {
	const max = query.DefaultNetworkMax
	nodes, ties, ok, err := s.KeptNetwork(ctx, max)
	if err != nil || !ok {
		return "", err
	}
	top, err := busiest(ctx, s.db, s.d, max)
	if err != nil {
		return "", err
	}
	ids := make([]int64, len(top))
	for i, e := range top {
		ids[i] = e.ID
	}
	made, err := tiesAmong(ctx, s.db, ids)
	if err != nil {
		return "", err
	}
	n := query.TiesNetwork(top, made, query.NetworkOptions{Max: max})
	if kept, want := encodeNetwork(nodes, ties), encodeNetwork(n.Nodes, made); kept != want {
		return fmt.Sprintf("the network kept\n %s\nis not the record's:\n %s", kept, want), nil
	}
	return "", nil
}
