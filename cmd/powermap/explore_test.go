package main

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// feudDB ingests the pair-story fixtures of the web UI's tests.
func feudDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "feud.db")
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "../../http/testdata/feud", "../../examples"); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errOut)
	}
	return db
}

func TestCLIExploreCommands(t *testing.T) {
	db := feudDB(t)
	// Tables fit 100 columns, with readable amounts.
	for _, args := range [][]string{{"events"}, {"timeline", "Alan Pryce"}, {"timeline", "Lena Marsh", "Victor Hale"}, {"relations", "Alan Pryce"}, {"articles"}, {"people"}} {
		code, out, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %d %s", args, code, errOut)
		}
		for _, l := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(l); n > 100 {
				t.Errorf("%v: a line of %d columns: %q", args, n, l)
			}
		}
	}
	if _, out, _ := runCLI(t, "--db", db, "events"); !strings.Contains(out, "$1.5 million") || strings.Contains(out, "$1500000") {
		t.Errorf("amounts in the events table:\n%s", out)
	}
	if _, out, _ := runCLI(t, "--db", db, "events", "--format", "csv"); !strings.Contains(out, ",1500000,") {
		t.Errorf("CSV keeps the full amount:\n%s", out)
	}
	if _, out, _ := runCLI(t, "--db", db, "relations", "Grace Okafor", "--format", "csv"); !strings.Contains(out, "1500000") || strings.Contains(out, "million") {
		t.Errorf("relations CSV keeps full amounts:\n%s", out)
	}
	// Undated events sit at their report date, not after 2026.
	_, out, _ := runCLI(t, "--db", db, "timeline", "Lena Marsh", "Victor Hale", "--format", "csv")
	june, undated, jan := strings.Index(out, "2025-06-05"), strings.Index(out, "undated (reported 2025-07-14)"), strings.Index(out, "2026-01-03")
	if june < 0 || undated < june || jan < undated {
		t.Errorf("undated July event not between June 2025 and January 2026:\n%s", out)
	}
	// A precision-only difference is no conflict.
	if strings.Contains(out, "disagree") {
		t.Errorf("2026-01 and 2026-01-03 shown as a conflict:\n%s", out)
	}
}

func TestCLIErrors(t *testing.T) {
	db := feudDB(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"history", "Lena Marsh", "Lena Marsh"}, 1, "name two different people"},
		{[]string{"relations", "Lena Mrash"}, 1, "did you mean Lena Marsh?"},
		{[]string{"timeline", "Whitfield", "--bogus"}, 2, "flag provided but not defined: -bogus"},
	} {
		code, out, errOut := runCLI(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %d and %q (stdout %q)", c.args, code, errOut, c.code, c.want, out)
		}
		if strings.Count(errOut, c.want) != 1 || strings.Contains(errOut, "Flags:") {
			t.Errorf("%v: the error is not printed once:\n%s", c.args, errOut)
		}
	}
}

func TestCLIVersion(t *testing.T) {
	code, out, errOut := runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "powermap ") || !strings.Contains(out, "go1") {
		t.Errorf("version: %d %q %q", code, out, errOut)
	}
}
