package query

import (
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

func TestSummarizeArc(t *testing.T) {
	people := []*powermap.CanonicalEntity{{Name: "Ada Quill"}, {Name: "Tomas Reyes"}}
	evs := []powermap.CanonicalEvent{
		{ID: 1, Type: "meet", Date: "2024-03-02"},
		{ID: 2, Type: "fund", Date: "2024-09"},
		{ID: 3, Type: "oppose", Date: "2025-06-05"},
		{ID: 4, Type: "threaten", Date: "2025-07-01"},
		{ID: 5, Type: "reconcile", Date: "2026-01-03"},
		{ID: 6, Type: "meet", Date: "2026-01-03"},
		{ID: 7, Type: "oppose", FirstSeen: "2025-06-20T00:00:00Z"}, // undated: placed when reported
		{ID: 8, Type: "position", Date: "2025-01"},                 // neutral
	}
	got := summarize(people, evs)
	want := []string{
		"Ada Quill and Tomas Reyes were allies in 2024 (1 meeting, 1 funding).",
		"A public feud from June 2025 (2 attacks, 1 threat).",
		"Ada Quill and Tomas Reyes reconciled by January 2026 (1 reconciliation, 1 meeting).",
	}
	if len(got) != len(want) {
		t.Fatalf("summary %+v", got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
	if ids := got[1].Events; len(ids) != 3 || ids[0] != 3 || ids[1] != 7 || ids[2] != 4 {
		t.Errorf("feud cites %v", ids)
	}
	for _, s := range got {
		if strings.Contains(s.Text, "#8") || containsID(s.Events, 8) {
			t.Errorf("neutral event cited: %+v", s)
		}
	}
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestLayoutKeepsNodesOnCanvas(t *testing.T) {
	n := &Network{Nodes: make([]Node, 12)}
	for i := 0; i < 11; i++ {
		n.Links = append(n.Links, Link{A: i, B: i + 1, Events: i + 1})
	}
	Layout(n, 200)
	for _, nd := range n.Nodes {
		if nd.X < 0 || nd.X > 1 || nd.Y < 0 || nd.Y > 1 {
			t.Fatalf("node off canvas: %+v", nd)
		}
	}
	// Linked nodes end closer than the far ends of the chain.
	d := func(a, b int) float64 {
		dx, dy := n.Nodes[a].X-n.Nodes[b].X, n.Nodes[a].Y-n.Nodes[b].Y
		return dx*dx + dy*dy
	}
	if d(0, 1) >= d(0, 11) {
		t.Errorf("neighbours %f apart, chain ends %f", d(0, 1), d(0, 11))
	}
}
