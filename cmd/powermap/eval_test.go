package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

// TestEvalMatchesReferenceScorer exports the dev corpus's facts and checks
// that 'powermap eval --json' reports exactly what ../shared/corpus/facts.py
// reports on the same export.
func TestEvalMatchesReferenceScorer(t *testing.T) {
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	script := filepath.Join("..", "..", "..", "shared", "corpus", "facts.py")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("the dev corpus is absent (../shared sits beside the repository in CI): %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed; cannot run the reference scorer")
	}
	dir := t.TempDir()
	db, out := filepath.Join(dir, "dev.db"), filepath.Join(dir, "facts.jsonl")
	sources, _ := filepath.Glob(filepath.Join(dev, "*.txt"))
	if code, o, e := runCLI(t, append([]string{"--db", db, "ingest", "--quiet"}, sources...)...); code != 0 {
		t.Fatalf("ingest: %s %s", o, e)
	}
	if code, o, e := runCLI(t, "--db", db, "export", "--format", "facts", "--out", out); code != 0 {
		t.Fatalf("export: %s %s", o, e)
	}
	ref, err := exec.Command(python, script, "score", dev, out, "--json").Output()
	if err != nil {
		t.Fatalf("facts.py: %v", err)
	}
	code, ours, errOut := runCLI(t, "eval", dev, "--json")
	if code != 0 {
		t.Fatalf("eval: %s", errOut)
	}
	var a, b map[string]any
	if err := json.Unmarshal(ref, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(ours), &b); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "organizations", "events", "quotes", "events_by_type", "date_accuracy", "dated_found", "amount_accuracy", "articles", "articles_missing_in_output"} {
		if !reflect.DeepEqual(a[k], b[k]) {
			t.Errorf("%s: facts.py %v, powermap eval %v", k, a[k], b[k])
		}
	}
}
