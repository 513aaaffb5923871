package sqlite

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// factArticle is an article published on day with the given people and
// events (each event's evidence span is its own, by position).
func factArticle(name, day string, people []string, events ...powermap.Event) *powermap.Article {
	pub, _ := time.Parse("2006-01-02", day)
	text := name + " text: " + fmt.Sprint(people) + fmt.Sprint(len(events))
	for len(text) < 200 {
		text += " padding"
	}
	a := &powermap.Article{Name: name, Source: name + ".txt", Format: "text", Title: name, Published: pub, PublishedPrecision: powermap.PrecisionDay, Text: text}
	f := &powermap.Facts{}
	for _, p := range people {
		f.People = append(f.People, powermap.Entity{Name: p, Type: "person"})
	}
	f.Events = events
	a.Facts = f
	return a
}

func meetEvent(at int, date string, actors ...string) powermap.Event {
	return powermap.Event{Type: "meet", Actors: actors, Date: date, Evidence: powermap.Span{Start: at, End: at + 10}, Rule: "meet/VERB", Confidence: 0.9}
}

func directed(typ string, at int, date, source, target string) powermap.Event {
	return powermap.Event{Type: typ, Source: source, Target: target, Date: date, Evidence: powermap.Span{Start: at, End: at + 10}, Rule: typ, Confidence: 0.9}
}

// eventIDsByWhat maps each merged event's description to its id.
func eventIDsByWhat(t *testing.T, db *DB) map[string]int64 {
	t.Helper()
	evs, err := db.Events(context.Background(), powermap.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, e := range evs {
		out[fmt.Sprintf("%s %s %v %s>%s", e.Type, e.Date, e.Actors, e.Source, e.Target)] = e.ID
	}
	return out
}

// TestEventIDsAreStable: an event keeps its id when articles published
// earlier are stored after it, when its article's facts are replaced
// (re-extraction, in another order), and through a merge of two events
// (the older id survives, the other answers where it went) and its undo.
// A gone event's id is never given again.
func TestEventIDsAreStable(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	put := func(a *powermap.Article) int64 {
		t.Helper()
		res, err := db.PutArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Resolve(ctx); err != nil {
			t.Fatal(err)
		}
		return res.ID
	}
	people := []string{"Ada Stone", "Ben Cole", "Cy Drake"}
	a1 := factArticle("a1", "2025-03-10", people,
		meetEvent(0, "2025-03-09", "Ada Stone", "Ben Cole"), directed("oppose", 20, "2025-03-08", "Ada Stone", "Cy Drake"))
	id1 := put(a1)
	put(factArticle("a2", "2025-03-11", []string{"Ada Stone", "Bennie Cole"}, meetEvent(0, "2025-03-09", "Ada Stone", "Bennie Cole")))
	before := eventIDsByWhat(t, db)
	if len(before) != 3 {
		t.Fatalf("fixture: %v", before)
	}
	// An article published earlier, stored later.
	put(factArticle("a0", "2025-02-01", people, directed("fund", 0, "2025-01-30", "Cy Drake", "Ada Stone")))
	after := eventIDsByWhat(t, db)
	for what, id := range before {
		if after[what] != id {
			t.Errorf("after an earlier article: %s is #%d, was #%d", what, after[what], id)
		}
	}
	fund := after["fund 2025-01-30 [] Cy Drake>Ada Stone"]
	// Re-extraction gives the same events in another order.
	a1.Facts.Events[0], a1.Facts.Events[1] = a1.Facts.Events[1], a1.Facts.Events[0]
	if err := db.PutFacts(ctx, id1, a1.Facts); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	for what, id := range after {
		if got := eventIDsByWhat(t, db)[what]; got != id {
			t.Errorf("after re-extraction: %s is #%d, was #%d", what, got, id)
		}
	}
	// Merging Bennie Cole into Ben Cole merges the two meetings.
	older, younger := before["meet 2025-03-09 [Ada Stone Ben Cole] >"], before["meet 2025-03-09 [Ada Stone Bennie Cole] >"]
	if older >= younger {
		t.Fatalf("fixture: meetings #%d #%d", older, younger)
	}
	if _, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Bennie Cole", Object: "Ben Cole"}); err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, powermap.EventFilter{ID: older})
	if err != nil || len(evs) != 1 || len(evs[0].Sources) != 2 {
		t.Fatalf("merged meeting #%d: %+v %v", older, evs, err)
	}
	if to, err := db.EventMoved(ctx, younger); err != nil || to != older {
		t.Errorf("EventMoved(%d) = %d, %v; want %d", younger, to, err, older)
	}
	if to, err := db.EventMoved(ctx, older); err != nil || to != older {
		t.Errorf("EventMoved(%d) = %d, %v", older, to, err)
	}
	if _, err := db.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	for what, id := range after {
		if got := eventIDsByWhat(t, db)[what]; got != id {
			t.Errorf("after undoing the merge: %s is #%d, was #%d", what, got, id)
		}
	}
	if to, err := db.EventMoved(ctx, younger); err != nil || to != younger {
		t.Errorf("after undo EventMoved(%d) = %d, %v", younger, to, err)
	}
	// The fund event is retracted by re-extraction: its id is gone, and
	// never given to another event.
	if err := db.PutFacts(ctx, 3, &powermap.Facts{People: []powermap.Entity{{Name: "Cy Drake", Type: "person"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.EventMoved(ctx, fund); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("EventMoved of a gone event: %v", err)
	}
	put(factArticle("a3", "2025-04-01", people, directed("support", 0, "2025-03-30", "Ben Cole", "Cy Drake")))
	for what, id := range eventIDsByWhat(t, db) {
		if id == fund {
			t.Errorf("%s reuses the gone id #%d", what, fund)
		}
	}
}
