package query

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
)

// Node is an entity in the network, placed by Layout.
type Node struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Events counts the merged events the entity takes part in (within
	// the network's dates and types): the count its person page shows.
	Events int     `json:"events"`
	X      float64 `json:"x"` // in [0, 1]
	Y      float64 `json:"y"`
}

// Link joins two nodes by the events they share. A and B are indexes into
// Nodes, A < B.
type Link struct {
	A      int `json:"a"`
	B      int `json:"b"`
	Events int `json:"events"`
	// Warmth is the net count (+1 warm, -1 hostile), as in Relation;
	// Warm and Hostile count the events of each kind.
	Warmth  int `json:"warmth"`
	Warm    int `json:"warm"`
	Hostile int `json:"hostile"`
	// Balance is the recent balance: the pair's monthly warmth score (see
	// MonthWarmth.Score) in the month of their latest event shown, so
	// that a feud that followed a friendship shows as a feud, and a
	// reconciliation after it as warm again.
	Balance float64        `json:"balance"`
	Counts  map[string]int `json:"counts"`
	// AToB and BToA count the directed events (funding, support,
	// attacks, threats) from A to B and from B to A.
	AToB int `json:"a_to_b"`
	BToA int `json:"b_to_a"`
	// FundsAToB and FundsBToA sum the amounts A gave B and B gave A.
	FundsAToB float64 `json:"funds_a_to_b_usd,omitempty"`
	FundsBToA float64 `json:"funds_b_to_a_usd,omitempty"`
	First     string  `json:"first"` // the first and last day events are placed at
	Last      string  `json:"last"`
}

// Mixed reports whether the pair has both warm and hostile events.
func (l Link) Mixed() bool { return l.Warm > 0 && l.Hostile > 0 }

// Network is who is connected to whom.
type Network struct {
	Nodes []Node `json:"nodes"`
	Links []Link `json:"links"`
	// Focus is the node whose ties alone are shown (-1 when everyone's).
	Focus int `json:"focus"`
	// Options are the choices the network was built with.
	Options NetworkOptions `json:"options"`
}

// NetworkOptions choose what a network shows: at most Max entities (the
// most involved), events from From to To (dates as EventFilter takes
// them; undated events by their report date), of the Types given (all
// when empty), and only the ties of Focus (a name or alias) when given.
type NetworkOptions struct {
	Max   int      `json:"max"`
	From  string   `json:"from,omitempty"`
	To    string   `json:"to,omitempty"`
	Types []string `json:"types,omitempty"`
	Focus string   `json:"focus,omitempty"`
}

// DefaultNetworkMax is how many entities a network shows unless asked
// for another number.
const DefaultNetworkMax = 60

// NetworkKeeper is a store that keeps everyone's network over the whole
// record, made by TiesNetwork, as the record changes: KeptNetwork answers
// its nodes, placed, and the ties among them, as they are at the record's
// current revision, or ok false when it keeps none of max entities at that
// revision. Network answers with it, and makes the network itself
// otherwise.
type NetworkKeeper interface {
	KeptNetwork(ctx context.Context, max int) (nodes []Node, ties []powermap.Tie, ok bool, err error)
}

// Network builds the graph of the most connected entities, laid out by a
// force-directed layout computed here. Its counts are those of Relations:
// an event counts once for every pair of its participants, and once for
// each participant's node. A network depends on the whole record: it is
// built once per store revision and options and kept until the record
// changes (see remember). The caller must not modify it.
func (s *Service) Network(ctx context.Context, o NetworkOptions) (*Network, error) {
	if o.Max <= 0 {
		o.Max = DefaultNetworkMax
	}
	key := fmt.Sprintf("network|%d|%s|%s|%q|%s", o.Max, o.From, o.To, o.Types, o.Focus)
	v, err := s.remember(ctx, key, func(ctx context.Context) (any, error) { return s.buildNetwork(ctx, o) })
	if err != nil {
		return nil, err
	}
	return v.(*Network), nil
}

// buildNetwork builds the network o chooses (see Network).
func (s *Service) buildNetwork(ctx context.Context, o NetworkOptions) (*Network, error) {
	f, err := s.Filter(ctx, "", "", o.From, o.To, "")
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, t := range o.Types {
		if _, err := s.Filter(ctx, t, "", "", "", ""); err != nil {
			return nil, err
		}
		want[t] = true
	}
	if len(o.Types) == 1 {
		f.Type = o.Types[0]
	} else if len(o.Types) > 1 {
		f.Types = o.Types
	}
	f.NoSources = true
	var focus *powermap.CanonicalEntity
	if strings.TrimSpace(o.Focus) != "" {
		if focus, err = s.entity(ctx, o.Focus); err != nil {
			return nil, err
		}
		f.Persons = []int64{focus.ID}
		o.Focus = focus.Name
	}
	everyone := focus == nil && o.From == "" && o.To == "" && len(o.Types) == 0
	if k, ok := s.Store.(NetworkKeeper); ok && everyone {
		nodes, ties, ok, err := k.KeptNetwork(ctx, o.Max)
		if err != nil {
			return nil, err
		}
		if ok {
			return networkOfTies(nodes, ties, o), nil // placed already
		}
	}
	// Everyone's network is the busiest entities (by the counts the store
	// keeps, or counts within the dates and types chosen) and the events
	// among them; a focus's is the focus's events.
	var top []powermap.CanonicalEntity
	if focus == nil {
		if top, err = s.Store.Busiest(ctx, f, o.Max); err != nil {
			return nil, err
		}
		for _, e := range top {
			f.Among = append(f.Among, e.ID)
		}
	}
	if everyone {
		// Everyone's ties over the whole record: the sums the store
		// keeps for each pair, not the events.
		return tiesNetwork(ctx, s.Store, top, o)
	}
	var evs []powermap.CanonicalEvent
	if focus != nil || len(top) > 1 {
		if evs, err = s.Store.Events(ctx, f); err != nil {
			return nil, err
		}
	}
	type pairKey [2]string
	degree := map[string]int{}
	byPair := map[pairKey][]*powermap.CanonicalEvent{}
	for i := range evs {
		e := &evs[i]
		if len(want) > 0 && !want[e.Type] {
			continue
		}
		ps := uniqueNames(e.Participants())
		for _, p := range ps {
			degree[p]++
		}
		for i, a := range ps {
			for _, b := range ps[i+1:] {
				if a > b {
					a, b = b, a
				}
				byPair[pairKey{a, b}] = append(byPair[pairKey{a, b}], e)
			}
		}
	}
	n := &Network{Nodes: []Node{}, Links: []Link{}, Focus: -1, Options: o}
	index := map[string]int{}
	for _, e := range top {
		index[e.Name] = len(n.Nodes)
		n.Nodes = append(n.Nodes, Node{ID: e.ID, Name: e.Name, Type: e.Type, Events: e.Events})
	}
	if focus != nil {
		names := make([]string, 0, len(degree))
		for n := range degree {
			if n == focus.Name || byPair[sortedPair(n, focus.Name)] != nil {
				names = append(names, n)
			}
		}
		sort.Slice(names, func(i, j int) bool {
			if (names[i] == focus.Name) != (names[j] == focus.Name) {
				return names[i] == focus.Name
			}
			if degree[names[i]] != degree[names[j]] {
				return degree[names[i]] > degree[names[j]]
			}
			return names[i] < names[j]
		})
		if len(names) > o.Max {
			names = names[:o.Max]
		}
		for _, name := range names {
			nd := Node{Name: name, Type: "person", Events: degree[name]}
			if e, err := s.Store.Entity(ctx, name); err == nil {
				nd.ID, nd.Type = e.ID, e.Type
			} else if !errors.Is(err, powermap.ErrNotFound) {
				return nil, err
			}
			if name == focus.Name {
				n.Focus = len(n.Nodes)
			}
			index[name] = len(n.Nodes)
			n.Nodes = append(n.Nodes, nd)
		}
	}
	for k, list := range byPair {
		a, okA := index[k[0]]
		b, okB := index[k[1]]
		if !okA || !okB {
			continue
		}
		if focus != nil && k[0] != focus.Name && k[1] != focus.Name {
			continue // the focus's ties only
		}
		if a > b {
			a, b = b, a
		}
		n.Links = append(n.Links, pairLink(a, b, n.Nodes[a].Name, list))
	}
	sort.Slice(n.Links, func(i, j int) bool {
		if n.Links[i].A != n.Links[j].A {
			return n.Links[i].A < n.Links[j].A
		}
		return n.Links[i].B < n.Links[j].B
	})
	Layout(n, 300)
	return n, nil
}

// tiesNetwork is the network of the entities top, linked by the sums the
// store keeps for each pair of them (Store.TiesAmong).
func tiesNetwork(ctx context.Context, st powermap.Reader, top []powermap.CanonicalEntity, o NetworkOptions) (*Network, error) {
	ids := make([]int64, 0, len(top))
	for _, e := range top {
		ids = append(ids, e.ID)
	}
	ties, err := st.TiesAmong(ctx, ids)
	if err != nil {
		return nil, err
	}
	return TiesNetwork(top, ties, o), nil
}

// TiesNetwork is everyone's network over the whole record: the entities
// top (the busiest, Store.Busiest), linked by ties (the sums kept for
// each pair of them, Store.TiesAmong), laid out. A NetworkKeeper keeps
// what it makes.
func TiesNetwork(top []powermap.CanonicalEntity, ties []powermap.Tie, o NetworkOptions) *Network {
	nodes := make([]Node, 0, len(top))
	for _, e := range top {
		nodes = append(nodes, Node{ID: e.ID, Name: e.Name, Type: e.Type, Events: e.Events})
	}
	n := networkOfTies(nodes, ties, o)
	Layout(n, 300)
	return n
}

// networkOfTies is the network of nodes linked by ties, not laid out.
func networkOfTies(nodes []Node, ties []powermap.Tie, o NetworkOptions) *Network {
	n := &Network{Nodes: nodes, Links: []Link{}, Focus: -1, Options: o}
	index := make(map[int64]int, len(nodes))
	for i, nd := range nodes {
		index[nd.ID] = i
	}
	for _, t := range ties {
		a, b := index[t.A], index[t.B]
		if a > b {
			t = powermap.TieOf(t.B, t.A, t.PairStats)
			a, b = b, a
		}
		l := Link{A: a, B: b, Events: t.Events, Counts: t.Counts, AToB: t.AToB, BToA: t.BToA,
			FundsAToB: t.FundsAToB, FundsBToA: t.FundsBToA, First: t.FirstAt, Last: t.LastAt, Balance: t.Balance}
		if l.Counts == nil {
			l.Counts = map[string]int{}
		}
		for typ, c := range l.Counts {
			w := Warmth(typ)
			l.Warmth += c * w
			switch {
			case w > 0:
				l.Warm += c
			case w < 0:
				l.Hostile += c
			}
		}
		n.Links = append(n.Links, l)
	}
	sort.Slice(n.Links, func(i, j int) bool {
		if n.Links[i].A != n.Links[j].A {
			return n.Links[i].A < n.Links[j].A
		}
		return n.Links[i].B < n.Links[j].B
	})
	return n
}

// pairLink sums up the events of the pair of nodes a and b (named aName
// and another), with their recent balance.
func pairLink(a, b int, aName string, list []*powermap.CanonicalEvent) Link {
	l := Link{A: a, B: b, Counts: map[string]int{}}
	evs := make([]powermap.CanonicalEvent, 0, len(list))
	for _, e := range list {
		evs = append(evs, *e)
		l.Events++
		l.Counts[e.Type]++
		w := Warmth(e.Type)
		l.Warmth += w
		switch {
		case w > 0:
			l.Warm++
		case w < 0:
			l.Hostile++
		}
		if p := Place(e); p.At != "" {
			if l.First == "" || p.At < l.First {
				l.First = p.At
			}
			if p.At > l.Last {
				l.Last = p.At
			}
		}
		if e.Source == "" || e.Target == "" {
			continue
		}
		fromA := e.Source == aName
		if fromA {
			l.AToB++
		} else {
			l.BToA++
		}
		if e.Type == powermap.EventFund && e.AmountUSD != nil {
			if fromA {
				l.FundsAToB += *e.AmountUSD
			} else {
				l.FundsBToA += *e.AmountUSD
			}
		}
	}
	if ms := Months(evs); len(ms) > 0 {
		l.Balance = ms[len(ms)-1].Score
	}
	return l
}

// sortedPair is the key of the pair a, b: the two names in order.
func sortedPair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// uniqueNames returns names without repeats, in their order.
func uniqueNames(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// Layout places the nodes with a Fruchterman–Reingold force-directed
// layout: linked nodes attract (more so the more events they share), all
// nodes repel. It starts from a circle, so it is deterministic.
func Layout(n *Network, iterations int) {
	k := len(n.Nodes)
	if k == 0 {
		return
	}
	for i := range n.Nodes {
		a := 2 * math.Pi * float64(i) / float64(k)
		n.Nodes[i].X, n.Nodes[i].Y = 0.5+0.4*math.Cos(a), 0.5+0.4*math.Sin(a)
	}
	ideal := math.Sqrt(1.0 / float64(k))
	temp := 0.1
	dx, dy := make([]float64, k), make([]float64, k)
	xs, ys := make([]float64, k), make([]float64, k) // the positions, packed
	weight := make([]float64, len(n.Links))          // log(1+events)/ideal
	for i, l := range n.Links {
		weight[i] = math.Log1p(float64(l.Events)) / ideal
	}
	for it := 0; it < iterations; it++ {
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		// Repulsion of every two nodes: the layout's cost, kept to one
		// square root and one division per pair.
		for i := range n.Nodes {
			xs[i], ys[i] = n.Nodes[i].X, n.Nodes[i].Y
		}
		for i := 0; i < k; i++ {
			xi, yi := xs[i], ys[i]
			for j := i + 1; j < k; j++ {
				ddx, ddy := xi-xs[j], yi-ys[j]
				d2 := ddx*ddx + ddy*ddy
				if d2 < 1e-8 {
					d2 = 1e-8
				}
				// (ddx/d)·(ideal²/d) = ddx·ideal²/d²
				f := ideal * ideal / d2
				dx[i] += ddx * f
				dy[i] += ddy * f
				dx[j] -= ddx * f
				dy[j] -= ddy * f
			}
		}
		// Attraction along the links: (ddx/d)·(d²/ideal·w) = ddx·d·w/ideal.
		for li, l := range n.Links {
			ddx, ddy := xs[l.A]-xs[l.B], ys[l.A]-ys[l.B]
			d := math.Sqrt(ddx*ddx + ddy*ddy)
			if d < 1e-4 { // as math.Max(d, 1e-4), without its cost
				d = 1e-4
			}
			f := d * weight[li]
			dx[l.A] -= ddx * f
			dy[l.A] -= ddy * f
			dx[l.B] += ddx * f
			dy[l.B] += ddy * f
		}
		for i := range n.Nodes {
			d := math.Hypot(dx[i], dy[i])
			if d < 1e-9 {
				d = 1e-9
			}
			step := temp
			if d < step {
				step = d
			}
			n.Nodes[i].X += dx[i] / d * step
			n.Nodes[i].Y += dy[i] / d * step
			// Gentle pull to the centre keeps loose nodes on the canvas.
			n.Nodes[i].X += (0.5 - n.Nodes[i].X) * 0.01
			n.Nodes[i].Y += (0.5 - n.Nodes[i].Y) * 0.01
		}
		temp *= 0.98
	}
	// Fit into the canvas, leaving room at the right for labels.
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, nd := range n.Nodes {
		minX, maxX = math.Min(minX, nd.X), math.Max(maxX, nd.X)
		minY, maxY = math.Min(minY, nd.Y), math.Max(maxY, nd.Y)
	}
	for i := range n.Nodes {
		if maxX > minX {
			n.Nodes[i].X = 0.04 + 0.8*(n.Nodes[i].X-minX)/(maxX-minX)
		}
		if maxY > minY {
			n.Nodes[i].Y = 0.05 + 0.9*(n.Nodes[i].Y-minY)/(maxY-minY)
		}
	}
}
