package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
)

// checkCounts fails the test where an entity's kept counts of articles
// and events, or the pairs of participants kept, differ from counting
// them again.
func checkCounts(t *testing.T, db *DB, step string) {
	t.Helper()
	rows, err := db.db.Query(`SELECT id, name, articles, events,
		(SELECT count(DISTINCT article_id) FROM entities WHERE canon_id = c.id),
		(SELECT count(DISTINCT event_id) FROM canon_event_parts WHERE entity_id = c.id)
		FROM canon_entities c`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n, bad := 0, 0
	for rows.Next() {
		var id int64
		var name string
		var arts, evs, wantArts, wantEvs int
		if err := rows.Scan(&id, &name, &arts, &evs, &wantArts, &wantEvs); err != nil {
			t.Fatal(err)
		}
		n++
		if arts != wantArts || evs != wantEvs {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s (#%d) kept %d articles, %d events; counted %d, %d", step, name, id, arts, evs, wantArts, wantEvs)
			}
		}
	}
	if n == 0 {
		t.Fatalf("%s: no entities: the check checks nothing", step)
	}
	// The pairs kept are every two participants of each merged event.
	var kept, want, missing int
	err = db.db.QueryRow(`SELECT (SELECT count(*) FROM canon_event_pairs),
		(SELECT count(*) FROM (SELECT DISTINCT p.entity_id, q.entity_id, p.order_key, p.event_id FROM canon_event_parts p
			JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id)),
		(SELECT count(*) FROM canon_event_parts p JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id
			WHERE NOT EXISTS (SELECT 1 FROM canon_event_pairs k WHERE k.a = p.entity_id AND k.b = q.entity_id AND k.order_key = p.order_key AND k.event_id = p.event_id))`).Scan(&kept, &want, &missing)
	if err != nil {
		t.Fatal(err)
	}
	if kept != want || missing != 0 || want == 0 {
		t.Errorf("%s: %d pairs kept, %d counted, %d missing", step, kept, want, missing)
	}
	if err := db.VerifyKept(context.Background()); err != nil {
		t.Errorf("%s: event cards: %v", step, err)
	}
}

// TestEntityCountsKept checks that the per-entity counts kept by triggers
// equal the counts through ingest in batches, a merge of two busy people,
// its undo, a split, an article removed and restored, a rejected event and
// re-extraction.
func TestEntityCountsKept(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 300 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
		if i%100 == 99 {
			if _, err := db.Resolve(ctx); err != nil {
				t.Fatal(err)
			}
			checkCounts(t, db, fmt.Sprintf("after %d articles", i+1))
		}
	}
	people, err := db.Entities(ctx, "", 2)
	if err != nil || len(people) != 2 {
		t.Fatalf("Entities: %v %v", people, err)
	}
	if people[0].Articles < people[1].Articles || people[1].Articles < 2 {
		t.Fatalf("Entities not most reported first, or too few: %+v", people)
	}
	do := func(step string, c powermap.Curation) powermap.CurationRecord {
		t.Helper()
		rec, err := db.Curate(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		checkCounts(t, db, step)
		return rec
	}
	merge := do("merge", powermap.Curation{Action: "merge", Subject: people[1].Name, Object: people[0].Name, Force: true})
	if e, err := db.Entity(ctx, people[0].Name); err != nil || e.Articles <= people[0].Articles {
		t.Errorf("after the merge %s has %+v, %v; want more than %d articles", people[0].Name, e, err, people[0].Articles)
	}
	if _, err := db.UndoCuration(ctx, merge.ID); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, db, "undo merge")
	if e, err := db.Entity(ctx, people[0].Name); err != nil || e.Articles != people[0].Articles || e.Events != people[0].Events {
		t.Errorf("after undo %s has %+v, %v; want %d articles, %d events again", people[0].Name, e, err, people[0].Articles, people[0].Events)
	}
	evs, err := db.Events(ctx, powermap.EventFilter{Persons: []int64{people[0].ID}, Limit: 2})
	if err != nil || len(evs) != 2 {
		t.Fatalf("events of %s: %v", people[0].Name, err)
	}
	do("split", powermap.Curation{Action: "split", Subject: people[0].Name, Object: people[0].Name + " Jr", Article: evs[1].Sources[0].Name})
	do("reject", powermap.Curation{Action: "reject", Subject: fmt.Sprint(evs[0].ID)})
	removal := do("remove", powermap.Curation{Action: "remove", Subject: "gen-000001"})
	if _, err := db.UndoCuration(ctx, removal.ID); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, db, "undo remove")
	for _, id := range []int64{3, 4, 5} {
		f, err := db.Facts(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.PutFacts(ctx, id, f); err != nil {
			t.Fatal(err)
		}
	}
	// Stored again, not yet resolved: the events those articles report
	// lost their cards until resolution makes them anew.
	if err := db.VerifyKept(ctx); err != nil {
		t.Errorf("re-extracted, not resolved: event cards: %v", err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, db, "re-extraction")
}

// TestMergeClustersBounded stores 2,000 generated articles (popular
// people in hundreds of them, the same pairs reported again and again)
// and checks that merging stays bounded by what the reports say: every
// merged event has the two people its reports name, reports dated at most
// two days apart, and few sources. The ServeLoad benchmark's 100,000-
// article store gives the same bounds (2 participants, 3 sources, 2 days).
func TestMergeClustersBounded(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 2000 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	var parts, sources, multi int
	var days float64
	err = db.db.QueryRow(`SELECT (SELECT max(n) FROM (SELECT count(DISTINCT entity_id) n FROM canon_event_parts GROUP BY event_id)),
		(SELECT max(sources) FROM canon_events), (SELECT count(*) FROM canon_events WHERE sources > 1),
		(SELECT COALESCE(max(julianday(hi) - julianday(lo)), 0) FROM canon_events WHERE length(lo) = 10 AND length(hi) = 10)`).Scan(&parts, &sources, &multi, &days)
	if err != nil {
		t.Fatal(err)
	}
	if multi == 0 {
		t.Fatal("no merged event has several reports: the test shows nothing")
	}
	if parts != 2 || sources > 5 || days > 2 {
		t.Errorf("largest merged event: %d participants, %d sources, reports %.0f days apart; want 2, at most 5, at most 2", parts, sources, days)
	}
	busy, err := db.Busiest(ctx, powermap.EventFilter{}, 1)
	if err != nil || len(busy) != 1 || busy[0].Events < 20 {
		t.Fatalf("the busiest person has too few events to test clusters: %+v %v", busy, err)
	}
}
