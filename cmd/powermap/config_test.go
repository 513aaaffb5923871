package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// TestConfigIsKeptWithTheStore: a --kb file given to ingest is kept with
// the store, so reextract without it changes nothing; a different file on
// ingest is refused with the way to change it; 'config set' and 'config
// clear' change it explicitly, and reextract then applies the change.
func TestConfigIsKeptWithTheStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	code, out, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "--kb", "testdata/extra-kb.json", "../../examples")
	if code != 0 || !strings.Contains(out, "is kept with the store") {
		t.Fatalf("ingest --kb: exit %d %q %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "--db", db, "config", "--format", "json")
	var files []powermap.ConfigFile
	if code != 0 || json.Unmarshal([]byte(out), &files) != nil || len(files) != 1 || files[0].Kind != "kb" || files[0].Name != "testdata/extra-kb.json" || len(files[0].SHA256) != 64 {
		t.Fatalf("config: exit %d %s", code, out)
	}
	if code, out, errOut := runCLI(t, "--db", db, "reextract"); code != 0 || !strings.Contains(out, ", 0 changed") {
		t.Errorf("reextract without --kb changed facts (the kept file was not used): exit %d %q %q", code, out, errOut)
	}
	other := filepath.Join(t.TempDir(), "other-kb.json")
	if err := os.WriteFile(other, []byte(`[{"name":"Tessa Lindqvist","type":"person"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, "--db", db, "ingest", "--quiet", "--kb", other, "../../examples")
	if code == 0 || !strings.Contains(errOut, "config set --kb") || !strings.Contains(errOut, "extra-kb.json") {
		t.Errorf("ingest with a different --kb: exit %d %q; want a refusal naming both and config set", code, errOut)
	}
	code, _, errOut = runCLI(t, "--db", db, "serve", "--addr", "127.0.0.1:0", "--kb", other)
	if code == 0 || !strings.Contains(errOut, "config set --kb") {
		t.Errorf("serve with a different --kb: exit %d %q; want a refusal pointing to config set", code, errOut)
	}
	// The same file again is no change.
	if code, _, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "--kb", "testdata/extra-kb.json", "../../examples"); code != 0 {
		t.Errorf("ingest with the same --kb: exit %d %q", code, errOut)
	}
	if code, out, errOut := runCLI(t, "--db", db, "config", "set", "--kb", other); code != 0 || !strings.Contains(out, other) || !strings.Contains(out, "reextract") {
		t.Errorf("config set: exit %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "--db", db, "config", "clear", "kb"); code != 0 || !strings.Contains(out, "embedded one only") {
		t.Errorf("config clear kb: exit %d %q", code, out)
	}
	if code, out, errOut := runCLI(t, "--db", db, "reextract"); code != 0 || strings.Contains(out, ", 0 changed") {
		t.Errorf("reextract after clearing the kb changed nothing: exit %d %q %q", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "--db", db, "config", "set"); code != 2 {
		t.Errorf("config set without a file: exit %d, want 2", code)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"not": "an array"}`), 0o644)
	if code, _, errOut := runCLI(t, "--db", db, "config", "set", "--kb", bad); code == 0 || !strings.Contains(errOut, "bad.json") {
		t.Errorf("config set of a broken file: exit %d %q", code, errOut)
	}
}
