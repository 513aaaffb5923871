package postgres

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"sync"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/postgres/pgtest"
)

// TestMigrateConcurrently opens one new schema from eight processes (pools)
// at once: every open succeeds, the schema is migrated once, and the store
// works. Without the migration lock most opens fail on tables another
// created first.
func TestMigrateConcurrently(t *testing.T) {
	u := pgtest.Schema(t)
	ctx := context.Background()
	if _, err := OpenExisting(ctx, u); !errors.Is(err, powermap.ErrNotFound) {
		t.Fatalf("OpenExisting on an empty schema: %v; want ErrNotFound", err)
	}
	var wg sync.WaitGroup
	dbs := make([]*DB, 8)
	errs := make([]error, len(dbs))
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = Open(ctx, u)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	names, _ := fs.Glob(migrationFS, "migrations/*.sql")
	migrations := len(names)
	var rows, version int
	if err := dbs[0].SQL().QueryRowContext(ctx, `SELECT count(*), max(version) FROM powermap_schema`).Scan(&rows, &version); err != nil || rows != 1 || version != migrations {
		t.Errorf("powermap_schema: %d rows, version %d, %v; want one row, version %d", rows, version, err, migrations)
	}
	if _, err := dbs[7].PutArticle(ctx, &powermap.Article{Name: "m", Source: "m.txt", Format: "text", Text: "Migrated once."}); err != nil {
		t.Fatal(err)
	}
	if list, err := dbs[3].Articles(ctx); err != nil || len(list) != 1 {
		t.Errorf("Articles = %+v, %v; want the one stored", list, err)
	}
	if _, err := OpenExisting(ctx, u); err != nil {
		t.Errorf("OpenExisting on the migrated schema: %v", err)
	}
}

// TestCreatesItsSchema opens a store whose URL names a schema that does
// not exist: Open creates it (as ingest creates a SQLite file), while
// OpenExisting refuses it.
func TestCreatesItsSchema(t *testing.T) {
	base := pgtest.Schema(t) // dropped after the test, with what is in it
	ctx := context.Background()
	u := strings.Replace(base, "search_path=pmtest_", "search_path=pmnew_", 1)
	if _, err := OpenExisting(ctx, u); !errors.Is(err, powermap.ErrNotFound) {
		t.Fatalf("OpenExisting on a missing schema: %v; want ErrNotFound", err)
	}
	db, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		db.SQL().ExecContext(ctx, `DROP SCHEMA `+u[strings.Index(u, "search_path=")+len("search_path="):]+` CASCADE`)
		db.Close()
	}()
	var schema string
	if err := db.SQL().QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil || !strings.HasPrefix(schema, "pmnew_") {
		t.Errorf("current_schema() = %q, %v; want the schema the URL names", schema, err)
	}
	if _, err := db.PutArticle(ctx, &powermap.Article{Name: "s", Source: "s.txt", Format: "text", Text: "In a schema of its own."}); err != nil {
		t.Fatal(err)
	}
}
