package sqlstore

import (
	"encoding/json"
	"testing"

	"github.com/powermap/powermap"
)

// TestCardRoundTrip checks that a card reads back as it was written, every
// field set, odd bytes in its strings, that a damaged card is an error and
// that a card of another format is none.
func TestCardRoundTrip(t *testing.T) {
	amount := 2.5e6
	c := &eventCard{
		CanonicalEvent: powermap.CanonicalEvent{Type: "fund", Date: "2025-04-01", Dates: []string{"2025-04-01", "2025-04"},
			Place: "the Harborview Club", AmountUSD: &amount, Planned: true, FirstSeen: "2025-04-02T10:00:00Z", Role: "ceo", Status: "former",
			Sources: []powermap.Source{
				{ArticleID: 7, Name: "a7", Title: "Title: 12:34 |x|", Outlet: "Wire", Published: "2025-04-02", Location: "https://example.com/a?b=1:2",
					Evidence: "“Quoted,” she said: 3:4.\n", Start: 10, End: 37, Date: "2025-04-01", Place: "there", Planned: true, Rule: "fund/VERB", Confidence: 0.875},
				{ArticleID: 9, Name: "", Evidence: "", Rule: "r", Confidence: 1},
			}},
		parts: []cardPart{{entity: 3, role: "source", name: "Ada | Quill:", kind: "person"}, {entity: 12, role: "target", name: "", kind: "org"}},
	}
	got, err := decodeCard(encodeCard(c))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(c.CanonicalEvent)
	b, _ := json.Marshal(got.CanonicalEvent)
	if string(a) != string(b) || len(got.parts) != 2 || got.parts[0] != c.parts[0] || got.parts[1] != c.parts[1] {
		t.Errorf("read back\n%s %v\nwant\n%s %v", b, got.parts, a, c.parts)
	}
	empty := &eventCard{CanonicalEvent: powermap.CanonicalEvent{Type: "meet", Sources: []powermap.Source{}}}
	if got, err := decodeCard(encodeCard(empty)); err != nil || got.AmountUSD != nil || got.Dates != nil || got.Sources == nil || len(got.parts) != 0 {
		t.Errorf("an empty card read back as %+v, %v", got, err)
	}
	card := encodeCard(c)
	for _, bad := range []string{card[:len(card)-3], card + "1:x", cardVersion + "9999:meet"} {
		if _, err := decodeCard(bad); err == nil {
			t.Errorf("damaged card %q read without error", bad)
		}
	}
	// A card of another format (an older one) is no card: the event is
	// read from the tables.
	for _, other := range []string{"", "c1" + card[2:]} {
		if got, err := decodeCard(other); got != nil || err != nil {
			t.Errorf("card of another format %q read as %+v, %v; want none", other, got, err)
		}
	}
}
