package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/postgres/pgtest"
)

// checkCounts fails the test where an entity's kept counts of articles
// and events, the pairs of participants kept, or the order keys differ
// from computing them again (sqlite's checkCounts, on PostgreSQL's
// statement triggers).
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
	var kept, want, missing, unordered int
	err = db.db.QueryRow(`SELECT (SELECT count(*) FROM canon_event_pairs),
		(SELECT count(*) FROM (SELECT DISTINCT p.entity_id, q.entity_id, p.order_key, p.event_id FROM canon_event_parts p
			JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id) x),
		(SELECT count(*) FROM canon_event_parts p JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id
			WHERE NOT EXISTS (SELECT 1 FROM canon_event_pairs k WHERE k.a = p.entity_id AND k.b = q.entity_id AND k.order_key = p.order_key AND k.event_id = p.event_id)),
		(SELECT count(*) FROM canon_events WHERE order_key = '') + (SELECT count(*) FROM canon_event_parts WHERE order_key = '')`).Scan(&kept, &want, &missing, &unordered)
	if err != nil {
		t.Fatal(err)
	}
	if kept != want || missing != 0 || want == 0 {
		t.Errorf("%s: %d pairs kept, %d counted, %d missing", step, kept, want, missing)
	}
	if unordered != 0 {
		t.Errorf("%s: %d merged events or participants without an order key", step, unordered)
	}
	if err := db.VerifyKept(context.Background()); err != nil {
		t.Errorf("%s: event cards: %v", step, err)
	}
}

// TestEntityCountsKept checks the counts and pairs kept by the triggers
// of migration 0002 through ingest in batches, a merge of two busy people,
// its undo, a split, a rejected event, an article removed and restored,
// and re-extraction; then that migration 0002 fills them in a store made
// before it.
func TestEntityCountsKept(t *testing.T) {
	ctx := context.Background()
	u := pgtest.Schema(t)
	db, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { db.Close() }()
	for i := range 150 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
		if i%50 == 49 {
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
	do := func(step string, c powermap.Curation) powermap.CurationRecord {
		t.Helper()
		rec, err := db.Curate(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		checkCounts(t, db, step)
		return rec
	}
	rev, err := db.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	merge := do("merge", powermap.Curation{Action: "merge", Subject: people[1].Name, Object: people[0].Name, Force: true})
	if after, err := db.Revision(ctx); err != nil || after <= rev {
		t.Errorf("revision %d after a merge, %v; want more than %d", after, err, rev)
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
	page := powermap.EventFilter{Persons: []int64{people[0].ID}, Limit: 5, NoSources: true}
	before, err := db.Events(ctx, page)
	if err != nil || len(before) == 0 {
		t.Fatalf("events of %s: %v, %v", people[0].Name, before, err)
	}

	// Back to the schema of version 1, data kept, and open again.
	if _, err := db.db.ExecContext(ctx, `DROP TABLE canon_network, canon_network_ties;
		DROP TABLE canon_timeline, canon_cards_dirty;
		DROP FUNCTION powermap_cards_events, powermap_cards_parts, powermap_cards_reports, powermap_cards_articles, powermap_cards_entities CASCADE;
		DROP FUNCTION powermap_cards_mark(BIGINT[], BOOLEAN);
		DROP TABLE canon_pair_stats, canon_pairs_dirty;
		DROP FUNCTION powermap_pairs_dirty CASCADE;
		DROP TABLE canon_event_pairs;
		DROP FUNCTION powermap_entities_count, powermap_parts_change, powermap_pairs_order, powermap_revision CASCADE;
		ALTER TABLE canon_entities DROP COLUMN articles, DROP COLUMN events, DROP COLUMN ties;
		ALTER TABLE canon_events DROP COLUMN order_key;
		ALTER TABLE canon_event_parts DROP COLUMN order_key;
		DELETE FROM state WHERE key = 'revision';
		UPDATE powermap_schema SET version = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, u); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, db, "migration 0002")
	after, err := db.Events(ctx, page)
	if err != nil || fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("events of %s after migration:\n%+v, %v\nwant\n%+v", people[0].Name, after, err, before)
	}
}
