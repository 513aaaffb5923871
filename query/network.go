package query

import (
	"context"
	"math"
	"sort"
	"strconv"
)

// Node is an entity in the network, placed by Layout.
type Node struct {
	ID     int64   `json:"id"`
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Events int     `json:"events"`
	X      float64 `json:"x"` // in [0, 1]
	Y      float64 `json:"y"`
}

// Link joins two nodes by the events they share.
type Link struct {
	A      int            `json:"a"` // indexes into Nodes
	B      int            `json:"b"`
	Events int            `json:"events"`
	Warmth int            `json:"warmth"`
	Counts map[string]int `json:"counts"`
}

// Network is who is connected to whom.
type Network struct {
	Nodes []Node `json:"nodes"`
	Links []Link `json:"links"`
}

// Network builds the graph of the most connected entities (at most max),
// laid out by a force-directed layout computed here.
func (s *Service) Network(ctx context.Context, max int) (*Network, error) {
	edges, err := s.Store.Edges(ctx)
	if err != nil {
		return nil, err
	}
	degree := map[int64]int{}
	for _, e := range edges {
		degree[e.A] += e.Count
		degree[e.B] += e.Count
	}
	ids := make([]int64, 0, len(degree))
	for id := range degree {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if degree[ids[i]] != degree[ids[j]] {
			return degree[ids[i]] > degree[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > max {
		ids = ids[:max]
	}
	n := &Network{Nodes: []Node{}, Links: []Link{}}
	index := map[int64]int{}
	for _, id := range ids {
		e, err := s.Store.Entity(ctx, itoa(id))
		if err != nil {
			return nil, err
		}
		index[id] = len(n.Nodes)
		n.Nodes = append(n.Nodes, Node{ID: id, Name: e.Name, Type: e.Type, Events: degree[id]})
	}
	byPair := map[[2]int]*Link{}
	for _, e := range edges {
		a, okA := index[e.A]
		b, okB := index[e.B]
		if !okA || !okB {
			continue
		}
		l := byPair[[2]int{a, b}]
		if l == nil {
			l = &Link{A: a, B: b, Counts: map[string]int{}}
			byPair[[2]int{a, b}] = l
		}
		l.Events += e.Count
		l.Warmth += e.Count * Warmth(e.Type)
		l.Counts[e.Type] += e.Count
	}
	for _, l := range byPair {
		n.Links = append(n.Links, *l)
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
	for it := 0; it < iterations; it++ {
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		for i := 0; i < k; i++ {
			for j := i + 1; j < k; j++ {
				ddx, ddy := n.Nodes[i].X-n.Nodes[j].X, n.Nodes[i].Y-n.Nodes[j].Y
				d := math.Max(math.Hypot(ddx, ddy), 1e-4)
				f := ideal * ideal / d
				dx[i] += ddx / d * f
				dy[i] += ddy / d * f
				dx[j] -= ddx / d * f
				dy[j] -= ddy / d * f
			}
		}
		for _, l := range n.Links {
			a, b := &n.Nodes[l.A], &n.Nodes[l.B]
			ddx, ddy := a.X-b.X, a.Y-b.Y
			d := math.Max(math.Hypot(ddx, ddy), 1e-4)
			f := d * d / ideal * math.Log1p(float64(l.Events))
			dx[l.A] -= ddx / d * f
			dy[l.A] -= ddy / d * f
			dx[l.B] += ddx / d * f
			dy[l.B] += ddy / d * f
		}
		for i := range n.Nodes {
			d := math.Max(math.Hypot(dx[i], dy[i]), 1e-9)
			step := math.Min(d, temp)
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
