package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
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
// can tell it (one of another format is not answered). Since "n2" the
// nodes are kept in canon_network with the revision, and the ties among
// them apart, in canon_network_ties: a resolution changes the nodes'
// counts far more often than the ties among the busiest, and rewriting
// the ties with them wrote 34 pages at 100,000 articles (136 KB) for
// every ingest.
const keptNetworkVersion = "n2"

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
	var data, keptTies sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT `+stateRevision+`, (SELECT revision FROM canon_network WHERE entities = ?), (SELECT network FROM canon_network WHERE entities = ?),
		(SELECT ties FROM canon_network_ties WHERE entities = ?)`, max, max, max).Scan(&now, &kept, &data, &keptTies); err != nil {
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
	var stats []string // ties[i]'s sums as canon_pair_stats holds them ("" if not at hand)
	changed := true
	if tx.pairsRefreshed && data.Valid && keptTies.Valid {
		// The network this process last made is the one kept unless
		// another process (or a rolled back transaction) wrote another:
		// then it is decoded (1,770 pairs at 100,000 articles, 2-4 ms).
		if m := tx.c.keptNetwork(data.String, keptTies.String); m != nil {
			nodes, ties, stats = slices.Clone(m.nodes), m.ties, m.stats
		} else if nodes, ties, stats, err = decodeNetwork(data.String, keptTies.String); err != nil {
			return err
		}
	}
	if nodes != nil {
		ties, stats, changed, err = tiesUpdated(ctx, tx, ids, nodes, ties, stats)
	} else {
		ties, err = tiesAmong(ctx, tx, ids)
		stats = nil
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
	text, tiesText, stats := encodeNetwork(nodes, ties, stats)
	if _, err = tx.ExecContext(ctx, `INSERT INTO canon_network (entities, revision, network) VALUES (?, ?, ?)
		ON CONFLICT (entities) DO UPDATE SET revision = excluded.revision, network = excluded.network`, max, now, text); err != nil {
		return err
	}
	// The ties are written only when they changed: most resolutions
	// change only the nodes' counts.
	if !keptTies.Valid || keptTies.String != tiesText {
		if _, err = tx.ExecContext(ctx, `INSERT INTO canon_network_ties (entities, ties) VALUES (?, ?)
			ON CONFLICT (entities) DO UPDATE SET ties = excluded.ties`, max, tiesText); err != nil {
			return err
		}
	}
	// As decodeNetwork reads the text back: ties without B's name.
	bare := make([]powermap.Tie, len(ties))
	for i, t := range ties {
		t.Name, t.Type = "", ""
		bare[i] = t
	}
	tx.c.keepNetwork(&madeNetwork{text: text, tiesText: tiesText, nodes: nodes, ties: bare, stats: stats})
	return nil
}

// madeNetwork is a network kept as this process made it: its texts (as
// canon_network and canon_network_ties hold them), its nodes, its ties
// and their sums as canon_pair_stats holds them.
type madeNetwork struct {
	text, tiesText string
	nodes          []query.Node
	ties           []powermap.Tie
	stats          []string
}

// keepNetwork remembers m, the network the transaction being committed
// writes (if it rolls back, the text kept differs, and m is not used).
func (c *Conn) keepNetwork(m *madeNetwork) {
	if c == nil {
		return
	}
	c.netMu.Lock()
	c.network = m
	c.netMu.Unlock()
}

// keptNetwork returns the network this process made last if text and
// tiesText are its texts, or nil. Its lists are not to be changed.
func (c *Conn) keptNetwork(text, tiesText string) *madeNetwork {
	if c == nil {
		return nil
	}
	c.netMu.Lock()
	defer c.netMu.Unlock()
	if c.network == nil || c.network.text != text || c.network.tiesText != tiesText {
		return nil
	}
	return c.network
}

// tiesUpdated returns the ties among the entities ids (as tiesAmong
// lists them) from the ties kept among the nodes of the network kept,
// reading again those of the pairs whose sums the transaction made anew
// and those of the entities not among the nodes, each with its sums as
// stored (from keptStats, those kept); changed tells whether any differs
// from what was kept, or any kept was left out.
func tiesUpdated(ctx context.Context, tx *Tx, ids []int64, nodes []query.Node, kept []powermap.Tie, keptStats []string) ([]powermap.Tie, []string, bool, error) {
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
	var outStats []string
	for i, t := range kept {
		p := [2]int64{t.A, t.B}
		if !member[t.A] || !member[t.B] || tx.pairsChanged[p] {
			changed = true
			continue
		}
		out, outStats = append(out, t), append(outStats, keptStats[i])
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
				return nil, nil, false, err
			}
			st, err := decodePairStats(stats)
			if err != nil {
				return nil, nil, false, fmt.Errorf("pair %d, %d: %w", p[0], p[1], err)
			}
			out, outStats = append(out, powermap.TieOf(p[0], p[1], st)), append(outStats, stats)
		}
		order := make([]int, len(out))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(i, j int) bool {
			a, b := out[order[i]], out[order[j]]
			return a.A < b.A || a.A == b.A && a.B < b.B
		})
		sorted, sortedStats := make([]powermap.Tie, len(out)), make([]string, len(out))
		for i, k := range order {
			sorted[i], sortedStats[i] = out[k], outStats[k]
		}
		out, outStats = sorted, sortedStats
	}
	return out, outStats, changed, nil
}

// KeptNetwork answers the network kept of max entities (see
// query.NetworkKeeper): its nodes, placed, and the ties among them, if it
// was made at the record's current revision.
func (s *DB) KeptNetwork(ctx context.Context, max int) ([]query.Node, []powermap.Tie, bool, error) {
	var data, tiesText string
	err := s.db.QueryRowContext(ctx, `SELECT n.network, t.ties FROM canon_network n JOIN canon_network_ties t ON t.entities = n.entities
		WHERE n.entities = ? AND n.revision = `+stateRevision, max).Scan(&data, &tiesText)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	if m := s.db.keptNetwork(data, tiesText); m != nil {
		return slices.Clone(m.nodes), slices.Clone(m.ties), true, nil
	}
	nodes, ties, _, err := decodeNetwork(data, tiesText)
	if err != nil {
		return nil, nil, false, err
	}
	return nodes, ties, nodes != nil, nil
}

// encodeNetwork writes a network's nodes, and apart the ties among them,
// as a card's fields ("length:bytes", lists led by their length): each
// tie as its pair (a < b) and its sums as canon_pair_stats holds them,
// which read back in a microsecond each (JSON took 16 ms for the whole).
// The sums of ties[i] are stats[i] if given (as stored: not encoded
// again), and it returns those it wrote.
func encodeNetwork(nodes []query.Node, ties []powermap.Tie, stats []string) (string, string, []string) {
	w := &cardWriter{b: make([]byte, 0, 64*len(nodes)+16)}
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
	text := string(w.b)
	w = &cardWriter{b: make([]byte, 0, 100*len(ties)+16)}
	str, num = w.str, w.num
	num(int64(len(ties)))
	written := make([]string, len(ties))
	for i, t := range ties {
		a, c := t.A, t.B
		if a > c {
			a, c = c, a
		}
		num(a)
		num(c)
		if i < len(stats) && stats[i] != "" {
			written[i] = stats[i]
		} else {
			written[i] = encodePairStats(t.PairStats)
		}
		str(written[i])
	}
	return text, string(w.b), written
}

// decodeNetwork reads what encodeNetwork wrote, each tie seen from its
// lower id (as TiesAmong answers), with its sums as written; a network of
// another format is nil.
func decodeNetwork(s, tiesText string) ([]query.Node, []powermap.Tie, []string, error) {
	if len(s) < len(keptNetworkVersion) || s[:len(keptNetworkVersion)] != keptNetworkVersion {
		return nil, nil, nil, nil
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
	if r.err != nil {
		return nil, nil, nil, fmt.Errorf("kept network: %w", r.err)
	}
	r = &cardReader{s: tiesText}
	ties := make([]powermap.Tie, r.count())
	stats := make([]string, len(ties))
	for i := range ties {
		a, b := r.num(), r.num()
		stats[i] = r.str()
		if r.err != nil {
			break
		}
		p, err := decodePairStats(stats[i])
		if err != nil {
			return nil, nil, nil, fmt.Errorf("kept network, pair %d, %d: %w", a, b, err)
		}
		ties[i] = powermap.TieOf(a, b, p)
	}
	if r.err != nil {
		return nil, nil, nil, fmt.Errorf("kept network: %w", r.err)
	}
	return nodes, ties, stats, nil
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
	// The network this process remembers making, if it is the one kept,
	// is what the text kept reads back as.
	var text, tiesText string
	if err := s.db.QueryRowContext(ctx, `SELECT n.network, t.ties FROM canon_network n JOIN canon_network_ties t ON t.entities = n.entities WHERE n.entities = ?`, max).Scan(&text, &tiesText); err != nil {
		return "", err
	}
	if m := s.db.keptNetwork(text, tiesText); m != nil {
		dn, dt, ds, err := decodeNetwork(text, tiesText)
		if err != nil {
			return "", err
		}
		if fmt.Sprint(dn, dt, ds) != fmt.Sprint(m.nodes, m.ties, m.stats) {
			return fmt.Sprintf("the network remembered\n %v\n %v\nis not the one kept:\n %v\n %v", m.nodes, m.ties, dn, dt), nil
		}
	}
	kept, keptTies, _ := encodeNetwork(nodes, ties, nil)
	if want, wantTies, _ := encodeNetwork(n.Nodes, made, nil); kept != want || keptTies != wantTies {
		return fmt.Sprintf("the network kept\n %s\n %s\nis not the record's:\n %s\n %s", kept, keptTies, want, wantTies), nil
	}
	return "", nil
}
