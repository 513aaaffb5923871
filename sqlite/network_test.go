package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/query"
)

// TestNetworkKeptAsMade stores generated articles in batches of 10 to
// 40, resolving after each, with a merge and its undo among them: after
// every change the network kept (brought up to date from the one before,
// as RefreshNetwork does after an ingest) must be the one made from the
// whole record (VerifyKept), and be there for Network to answer with.
func TestNetworkKeptAsMade(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check := func(when string) {
		t.Helper()
		if err := db.VerifyKept(ctx); err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if _, _, ok, err := db.KeptNetwork(ctx, query.DefaultNetworkMax); err != nil || !ok {
			t.Fatalf("%s: no network kept (%v)", when, err)
		}
	}
	next := 0
	for batch := range 12 {
		for range 10 + 10*(batch%4) {
			if _, err := db.PutArticle(ctx, testgen.StoredArticle(next)); err != nil {
				t.Fatal(err)
			}
			next++
		}
		if _, err := db.Resolve(ctx); err != nil {
			t.Fatal(err)
		}
		check("after batch")
		if batch == 5 {
			people, err := db.Busiest(ctx, powermap.EventFilter{}, 80)
			if err != nil || len(people) < 70 {
				t.Fatalf("busiest: %d, %v", len(people), err)
			}
			// One of the busiest merged into one ranked below the
			// network's, and back.
			if _, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: people[3].Name, Object: people[70].Name}); err != nil {
				t.Fatal(err)
			}
			check("after a merge")
			if _, err := db.UndoCuration(ctx, 0); err != nil {
				t.Fatal(err)
			}
			check("after its undo")
		}
	}
}

// TestNetworkTiesWrittenWhenChanged checks that a resolution which
// changes the record but not the sums of the pairs among the network's
// entities writes the network's nodes (with the new revision) and leaves
// its ties as they are, and that one which changes those sums writes
// them.
func TestNetworkTiesWrittenWhenChanged(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	next := 0
	ingest := func(n int) {
		t.Helper()
		for range n {
			if _, err := db.PutArticle(ctx, testgen.StoredArticle(next)); err != nil {
				t.Fatal(err)
			}
			next++
		}
		if _, err := db.Resolve(ctx); err != nil {
			t.Fatal(err)
		}
	}
	ingest(200)
	if _, err := db.SQL().Exec(`CREATE TABLE zz_writes (what TEXT);
		CREATE TRIGGER zz_ties AFTER UPDATE ON canon_network_ties BEGIN INSERT INTO zz_writes VALUES ('ties'); END;
		CREATE TRIGGER zz_nodes AFTER UPDATE ON canon_network BEGIN INSERT INTO zz_writes VALUES ('nodes'); END;`); err != nil {
		t.Fatal(err)
	}
	writes := func() (ties, nodes int) {
		t.Helper()
		err := db.SQL().QueryRow(`SELECT count(*) FILTER (WHERE what = 'ties'), count(*) FILTER (WHERE what = 'nodes') FROM zz_writes`).Scan(&ties, &nodes)
		if err != nil {
			t.Fatal(err)
		}
		db.SQL().Exec(`DELETE FROM zz_writes`)
		return ties, nodes
	}
	top, err := db.Busiest(ctx, powermap.EventFilter{}, 1)
	if err != nil || len(top) == 0 {
		t.Fatalf("busiest: %v", err)
	}
	// An alias changes the record (its revision), not a pair's sums.
	if _, err := db.Curate(ctx, powermap.Curation{Action: "alias", Subject: top[0].Name, Object: "The Busiest"}); err != nil {
		t.Fatal(err)
	}
	if ties, nodes := writes(); ties != 0 || nodes != 1 {
		t.Errorf("an alias: the ties written %d times, the nodes %d; want 0 and 1", ties, nodes)
	}
	if err := db.VerifyKept(ctx); err != nil {
		t.Fatal(err)
	}
	// Articles about the busiest change their pairs' sums.
	ingest(40)
	if ties, nodes := writes(); ties != 1 || nodes != 1 {
		t.Errorf("40 articles: the ties written %d times, the nodes %d; want 1 and 1", ties, nodes)
	}
	if err := db.VerifyKept(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := db.KeptNetwork(ctx, query.DefaultNetworkMax); err != nil || !ok {
		t.Fatalf("no network kept (%v)", err)
	}
}
