package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/storetest"
)

var _ storetest.Verifier = (*DB)(nil)

// TestEventCardsRead checks that events read from their cards are those
// read from the tables: pages of people's and pairs' timelines, forwards
// and backwards, and filtered lists, with every card, some or none.
func TestEventCardsRead(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "cards.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 400 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.VerifyKept(ctx); err != nil {
		t.Fatal(err)
	}
	people, err := db.Entities(ctx, "", 6)
	if err != nil || len(people) < 6 {
		t.Fatalf("people: %v %v", people, err)
	}
	var filters []powermap.EventFilter
	for i, p := range people {
		other := people[(i+1)%len(people)].ID
		for _, newest := range []bool{false, true} {
			filters = append(filters,
				powermap.EventFilter{Persons: []int64{p.ID}, Limit: 7, Newest: newest},
				powermap.EventFilter{Persons: []int64{p.ID, other}, Limit: 3, Newest: newest},
				powermap.EventFilter{Persons: []int64{other, p.ID, p.ID}, Newest: newest})
		}
		filters = append(filters, powermap.EventFilter{Persons: []int64{p.ID}, Type: powermap.EventMeet, Limit: 5},
			powermap.EventFilter{Persons: []int64{p.ID}, NoSources: true, Limit: 5})
	}
	filters = append(filters, powermap.EventFilter{Limit: 20}, powermap.EventFilter{From: "2025-01", Limit: 20, Newest: true},
		powermap.EventFilter{Among: []int64{people[0].ID, people[1].ID, people[2].ID}, Limit: 20})
	// Every page of each list, following the cursors.
	read := func() string {
		var out []byte
		for _, f := range filters {
			for page := 0; page < 4; page++ {
				evs, err := db.Events(ctx, f)
				if err != nil {
					t.Fatalf("Events %+v: %v", f, err)
				}
				b, _ := json.Marshal(evs)
				kinds, _ := json.Marshal(func() []map[string]string {
					var k []map[string]string
					for _, e := range evs {
						k = append(k, e.Kinds)
					}
					return k
				}())
				out = append(out, fmt.Sprintf("%+v\n%s\n%s\n", f, b, kinds)...)
				if f.Limit == 0 || len(evs) < f.Limit {
					break
				}
				f.After = powermap.EventCursor(&evs[len(evs)-1])
			}
		}
		return string(out)
	}
	carded := read()
	// Cards go as the triggers remove them: with their events marked
	// to get them anew (a person's timeline is read from the person's
	// cards alone while no event is marked).
	if _, err := db.db.Exec(`INSERT INTO canon_cards_dirty (event_id) SELECT DISTINCT event_id FROM canon_timeline WHERE event_id % 3 = 0;
		DELETE FROM canon_timeline WHERE event_id % 3 = 0`); err != nil {
		t.Fatal(err)
	}
	if some := read(); some != carded {
		t.Errorf("a third of the cards gone, the events read differ:\n%s\nfrom\n%s", some, carded)
	}
	if _, err := db.db.Exec(`INSERT INTO canon_cards_dirty (event_id) SELECT DISTINCT event_id FROM canon_timeline WHERE event_id NOT IN (SELECT event_id FROM canon_cards_dirty);
		DELETE FROM canon_timeline`); err != nil {
		t.Fatal(err)
	}
	if none := read(); none != carded {
		t.Errorf("without cards, the events read differ:\n%s\nfrom\n%s", none, carded)
	}
	// Cards name their participants: a new name (as resolution gives
	// one from the knowledge base) makes them anew.
	if err := db.write(ctx, func(tx *sqlstore.Tx) error { return sqlstore.FillEventCards(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec(`UPDATE canon_entities SET name = 'Ada Renamed' WHERE id = ?`, people[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.VerifyKept(ctx); err != nil {
		t.Fatalf("after a new name: %v", err)
	}
	evs, err := db.Events(ctx, powermap.EventFilter{Persons: []int64{people[0].ID}, Limit: 3})
	if err != nil || len(evs) == 0 || evs[0].Kinds["Ada Renamed"] == "" {
		t.Errorf("after a new name, events %+v, %v; want Ada Renamed among the participants", evs, err)
	}
}

// TestTopTiesAsAll checks that a person's most shared ties, read from the
// indexes by number of events, are the first of all their ties, ties
// at the cut ordered by name, with the same total.
func TestTopTiesAsAll(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "ties.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 600 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	people, err := db.Entities(ctx, "", 12)
	if err != nil || len(people) < 12 {
		t.Fatalf("people: %v %v", people, err)
	}
	checked := 0
	for _, p := range people {
		all, total, err := db.Ties(ctx, p.ID, 0)
		if err != nil || total != len(all) {
			t.Fatalf("%s: %d of %d ties, %v", p.Name, len(all), total, err)
		}
		for _, limit := range []int{1, 2, 5, 17, 50, 1000} {
			top, n, err := db.Ties(ctx, p.ID, limit)
			want := all[:min(limit, len(all))]
			a, _ := json.Marshal(top)
			b, _ := json.Marshal(want)
			if err != nil || n != total || string(a) != string(b) {
				t.Errorf("%s: first %d ties of %d:\n%s, %v\nwant\n%s of %d", p.Name, limit, n, a, err, b, total)
			}
			if limit < len(all) && all[limit-1].Events == all[limit].Events {
				checked++ // a cut among ties with as many events
			}
		}
	}
	if checked < 5 {
		t.Errorf("only %d cuts among ties with as many events: the test checks little", checked)
	}
}
