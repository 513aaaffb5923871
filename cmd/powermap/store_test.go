package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingStoreIsAnError runs every command that reads a store against
// a path where there is none: each fails, names the path, and leaves no
// file behind; only ingest creates a store.
func TestMissingStoreIsAnError(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"articles"},
		{"show", "1"},
		{"people"},
		{"events"},
		{"timeline", "Harlan Voss"},
		{"relations", "Harlan Voss"},
		{"history", "Harlan Voss", "Dana Whitfield"},
		{"quotes"},
		{"search", "dinner"},
		{"export", "--format", "facts"},
		{"entity", "show", "Harlan Voss"},
		{"entity", "alias", "Harlan Voss", "Harry"},
		{"reextract"},
		{"serve", "--addr", "127.0.0.1:0"},
		{"curation", "log"},
	} {
		code, out, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(errOut, "no store at "+db) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 naming %s", args, code, out, errOut, db)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%v created %s", args, db)
		}
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(db + suffix); err == nil {
				t.Fatalf("%v created %s", args, db+suffix)
			}
		}
	}
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "../../examples/"); code != 0 {
		t.Fatalf("ingest into a new store: exit %d %s %s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "--db", db, "articles"); code != 0 {
		t.Errorf("articles after ingest: exit %d %s %s", code, out, errOut)
	}
}
