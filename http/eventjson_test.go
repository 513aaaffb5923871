package http

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/powermap/powermap"
)

// TestEventJSONAsEncodingJSON checks that appendEventJSON writes the bytes
// encoding/json writes, for events with every field set, none set, and
// strings and numbers that encoding/json escapes or formats specially.
func TestEventJSONAsEncodingJSON(t *testing.T) {
	amount := 1_000_000.0
	small, big := 1e-7, 2.5e21
	odd := []string{"", "plain", `say "hi"`, `back\slash`, "<b>&amp;</b>", "tab\there\nnew", "\x00\x01\x1f\x7f", "\u2028\u2029",
		"Café — “quoted”", "bad \xff utf8", "emoji 🎉", "'single'", "\u00a0nbsp"}
	events := []powermap.CanonicalEvent{
		{},
		{ID: 7, Type: "meet", Actors: []string{"Ada Quill", "Tomas Reyes"}, Date: "2025-01-02", FirstSeen: "2025-01-03T10:00:00Z", Sources: []powermap.Source{}},
		{ID: 8, Type: "fund", Source: "A", Target: "B", Mediator: "C", Role: "donor", Status: "done", Date: "2025", Dates: []string{"2025", "2024-12"},
			Place: "Mar-a-Lago", AmountUSD: &amount, Planned: true, FirstSeen: "x", Sources: []powermap.Source{
				{ArticleID: 3, Name: "n", Title: "t", Outlet: "o", Published: "p", Location: "https://x.example/a?b=1&c=<2>", Evidence: "He said so.",
					Start: 10, End: 20, Date: "2025-01-01", Place: "here", Planned: true, Rule: "give/VERB", Confidence: 0.8},
				{ArticleID: 4, Confidence: 1},
				{ArticleID: 5, Confidence: small},
			}},
		{ID: 9, AmountUSD: &big, Sources: []powermap.Source{{Confidence: 0.30000000000000004}, {Confidence: -2}, {Confidence: 123456789.125}}},
	}
	for i, s := range odd {
		events = append(events, powermap.CanonicalEvent{ID: int64(i), Type: s, Actors: []string{s, s}, Source: s, Place: s, Date: s, FirstSeen: s,
			Dates: []string{s}, Sources: []powermap.Source{{Name: s, Title: s, Evidence: s, Rule: s, Date: s}}})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		b := make([]byte, r.IntN(12))
		for j := range b {
			b[j] = byte(r.IntN(256))
		}
		f := (r.Float64() - 0.5) * float64(int64(1)<<r.IntN(80))
		events = append(events, powermap.CanonicalEvent{Type: string(b), AmountUSD: &f, Sources: []powermap.Source{{Evidence: string(b), Confidence: f}}})
	}
	for _, e := range events {
		want, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendEventJSON(nil, &e); string(got) != string(want) {
			t.Errorf("event %+v:\n got %s\nwant %s", e, got, want)
		}
	}
}
