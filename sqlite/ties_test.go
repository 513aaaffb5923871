package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/query"
)

// TestTieCountsMigrated opens a store of the schema before ties were
// counted (version 27): the migration counts every entity's ties, and
// the network kept stays answered (counting raises the revision).
func TestTieCountsMigrated(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 120 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`ALTER TABLE canon_entities DROP COLUMN ties; PRAGMA user_version = 27`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.VerifyKept(ctx); err != nil {
		t.Fatal(err)
	}
	var counted int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM canon_entities WHERE ties > 0`).Scan(&counted); err != nil || counted < 10 {
		t.Errorf("%d entities with ties counted (%v)", counted, err)
	}
	if _, _, ok, err := db.KeptNetwork(ctx, query.DefaultNetworkMax); err != nil || !ok {
		t.Errorf("no network kept after the migration (%v)", err)
	}
}
