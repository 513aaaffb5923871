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
