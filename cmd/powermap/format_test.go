package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// formatDB ingests the pair-story fixtures, the examples and two people
// who share a surname (Rosa and Tomas Quill).
func formatDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "format.db")
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "../../http/testdata/feud", "../../examples", "testdata/quill"); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errOut)
	}
	return db
}

// checkFormats runs a command in each of table, json and csv and checks
// the output: tables within 100 columns, JSON that parses, CSV whose rows
// all have the header's number of fields.
func checkFormats(t *testing.T, db string, formats []string, args ...string) map[string]string {
	t.Helper()
	outs := map[string]string{}
	for _, f := range formats {
		all := append(append([]string{"--db", db}, args...), "--format", f)
		code, out, errOut := runCLI(t, all...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", all, code, errOut)
			continue
		}
		outs[f] = out
		switch f {
		case "table":
			for _, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > 100 && args[0] != "show" {
					t.Errorf("%v: a line of %d columns: %q", all, n, l)
				}
			}
		case "json":
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Errorf("%v: not JSON: %v\n%s", all, err, out)
			}
		case "csv":
			r := csv.NewReader(strings.NewReader(out))
			rows, err := r.ReadAll() // fails when a row's field count differs
			if err != nil || len(rows) < 2 {
				t.Errorf("%v: CSV of %d rows: %v\n%s", all, len(rows), err, out)
			}
		}
		if strings.TrimSpace(out) == "" {
			t.Errorf("%v: no output", all)
		}
	}
	return outs
}

// TestCLIEveryListingTakesFormat runs every listing command in table,
// json and csv.
func TestCLIEveryListingTakesFormat(t *testing.T) {
	db := formatDB(t)
	tjc := []string{"table", "json", "csv"}
	for _, args := range [][]string{{"people"}, {"events"}, {"events", "--type", "fund"}, {"timeline", "Lena Marsh"}, {"timeline", "Lena Marsh", "Victor Hale"},
		{"relations", "Alan Pryce"}, {"history", "Lena Marsh", "Victor Hale"}, {"quotes"}, {"search", "Marsh"}, {"articles"}, {"show", "1"}} {
		checkFormats(t, db, tjc, args...)
	}
	// history gives the score, below zero in the June 2025 feud.
	code, out, _ := runCLI(t, "--db", db, "history", "Lena Marsh", "Victor Hale", "--format", "csv")
	if code != 0 || !strings.Contains(out, "MONTH,WARMTH,SCORE,RUNNING,EVENTS") || !regexp.MustCompile(`(?m)^2025-06,-2,-\d\.\d\d,`).MatchString(out) {
		t.Errorf("history has no score below zero in June 2025:\n%s", out)
	}
	// show keeps its old name for the table.
	if code, out, _ := runCLI(t, "--db", db, "show", "1", "--format", "text"); code != 0 || !strings.Contains(out, "[") {
		t.Errorf("show --format text: %d %s", code, out)
	}
	// export: facts (JSON lines), one JSON array, CSV of events with
	// full amounts.
	outs := checkFormats(t, db, []string{"json", "csv"}, "export")
	var arr []map[string]any
	if err := json.Unmarshal([]byte(outs["json"]), &arr); err != nil || len(arr) < 8 {
		t.Errorf("export --format json: %d articles, %v", len(arr), err)
	}
	if !strings.Contains(outs["csv"], ",1500000,false,") || strings.Contains(outs["csv"], "0000000001") {
		t.Errorf("export --format csv does not keep the full amount, or shows float noise:\n%s", outs["csv"])
	}
	code, facts, _ := runCLI(t, "--db", db, "export", "--format", "facts")
	if lines := strings.Split(strings.TrimSpace(facts), "\n"); code != 0 || len(lines) != len(arr) {
		t.Errorf("export --format facts: %d lines for %d articles", len(lines), len(arr))
	}
	// search: counts, names and passages.
	code, out, _ = runCLI(t, "--db", db, "search", "Marsh")
	if code != 0 || !strings.Contains(out, "named: Lena Marsh") || !strings.Contains(out, "[Marsh]") || !strings.Contains(out, "MATCHES") {
		t.Errorf("search table:\n%s", out)
	}
	if _, out, _ = runCLI(t, "--db", db, "search", "disgrace"); !strings.Contains(out, `No person or organization is named "disgrace".`) || !strings.Contains(out, "1 article, 1 match in the text") {
		t.Errorf("search for text that names nobody:\n%s", out)
	}
}

// TestCLIIngestFormats checks ingest's report in json and csv, failures
// included.
func TestCLIIngestFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "i.db")
	code, out, errOut := runCLI(t, "--db", db, "ingest", "--format", "json", "../../http/testdata/feud", filepath.Join(dir, "missing.txt"))
	var r struct {
		Articles   []struct{ Status, Title, Error string } `json:"articles"`
		Summary    struct{ Read, New, Failed int }         `json:"summary"`
		Resolution *struct {
			Events int `json:"events"`
		} `json:"resolution"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("ingest --format json: %v\n%s", err, out)
	}
	failed := 0
	for _, a := range r.Articles {
		if a.Status == "failed" && a.Error != "" {
			failed++
		}
	}
	if code != 1 || r.Summary.New != 4 || r.Summary.Failed != 1 || failed != 1 || len(r.Articles) != 5 || r.Resolution == nil || r.Resolution.Events == 0 {
		t.Errorf("ingest --format json: exit %d, %+v", code, r)
	}
	if !strings.Contains(errOut, "missing.txt") {
		t.Errorf("the failure is not on standard error: %q", errOut)
	}
	code, out, _ = runCLI(t, "--db", db, "ingest", "--format", "csv", "../../http/testdata/feud")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 5 || strings.Join(rows[0], ",") != "status,id,published,title,source,error" || rows[1][0] != "duplicate" {
		t.Errorf("ingest --format csv: exit %d, %v\n%s", code, err, out)
	}
}

// TestCLIEvalFormats checks eval in table, json and csv on a small gold
// set, and that --json is --format json.
func TestCLIEvalFormats(t *testing.T) {
	outs := checkFormats(t, "unused.db", []string{"table", "json", "csv"}, "eval", "testdata/evalmini")
	if !strings.Contains(outs["table"], "missed event") || !strings.Contains(outs["table"], "events         P 1.000  R 0.667") {
		t.Errorf("eval table:\n%s", outs["table"])
	}
	if !strings.Contains(outs["csv"], "events,1.000,0.667,0.800,2,2,3") || !strings.Contains(outs["csv"], "missed event,,,,,,,harbor,") {
		t.Errorf("eval csv:\n%s", outs["csv"])
	}
	if _, legacy, _ := runCLI(t, "eval", "testdata/evalmini", "--json"); legacy != outs["json"] {
		t.Errorf("--json differs from --format json")
	}
	if code, _, errOut := runCLI(t, "eval", "testdata/evalmini", "--json", "--format", "csv"); code != 2 || !strings.Contains(errOut, "disagree") {
		t.Errorf("--json --format csv: %d %q", code, errOut)
	}
}

// TestCLIFormatAndArgumentErrors checks the messages of a bad format, an
// unknown entity subcommand, the same person twice and an ambiguous
// surname: each printed once, without the usage around it.
func TestCLIFormatAndArgumentErrors(t *testing.T) {
	db := formatDB(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"people", "--format", "xml"}, 2, `unknown --format "xml" (want table, json, csv)`},
		{[]string{"ingest", "--format", "yaml", "x.txt"}, 2, `unknown --format "yaml" (want table, json, csv)`},
		{[]string{"export", "--format", "table"}, 2, `unknown --format "table" (want facts, json, csv)`},
		{[]string{"eval", "--format", "html", "testdata/evalmini"}, 2, `unknown --format "html" (want table, json, csv)`},
		{[]string{"show", "1", "--format", "yaml"}, 2, `unknown --format "yaml" (want table, json, csv)`},
		{[]string{"entity", "bogus"}, 2, `unknown subcommand "bogus": entity takes show, merge, split, alias`},
		{[]string{"entity", "show"}, 2, "entity show takes NAME, not 0 arguments"},
		{[]string{"entity", "merge", "Lena Marsh"}, 2, "entity merge takes NAME INTO, not 1 argument"},
		{[]string{"timeline", "Lena Marsh", "Marsh"}, 1, "name two different people"},
		{[]string{"events", "--person", "Lena Marsh,Marsh"}, 1, `"Marsh" is Lena Marsh, named already: name different people`},
		{[]string{"relations", "Quill"}, 1, "could be"},
	} {
		code, out, errOut := runCLI(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || strings.Count(errOut, c.want) != 1 {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q once (stdout %q)", c.args, code, errOut, c.code, c.want, out)
		}
		if strings.Contains(errOut, "Flags:") || strings.Contains(errOut, "cannot ") || strings.Count(errOut, "powermap ") > 2 {
			t.Errorf("%v: more than one clear error:\n%s", c.args, errOut)
		}
	}
	if _, _, errOut := runCLI(t, "--db", db, "relations", "Quill"); !strings.Contains(errOut, "Rosa Quill") || !strings.Contains(errOut, "Tomas Quill") {
		t.Errorf("ambiguous surname: %q", errOut)
	}
}

// TestCLICurationLogAndReextractFormats checks the last two listings
// that took no --format: the curation log and reextract's report.
func TestCLICurationLogAndReextractFormats(t *testing.T) {
	db := formatDB(t)
	if code, _, errOut := runCLI(t, "--db", db, "entity", "alias", "Lena Marsh", "L. Marsh"); code != 0 {
		t.Fatalf("alias: %d %s", code, errOut)
	}
	outs := checkFormats(t, db, []string{"table", "json", "csv"}, "curation", "log")
	if !strings.Contains(outs["csv"], "ID,WHEN,ACTION,WHAT,REASON,UNDONE") || !strings.Contains(outs["csv"], "alias") {
		t.Errorf("curation log csv:\n%s", outs["csv"])
	}
	for _, f := range []string{"json", "csv"} {
		code, out, errOut := runCLI(t, "--db", db, "reextract", "--format", f)
		if code != 0 {
			t.Errorf("reextract --format %s: %d %s", f, code, errOut)
			continue
		}
		if f == "json" {
			var r struct {
				Articles int `json:"articles"`
				Changes  []struct {
					ID int64 `json:"id"`
				} `json:"changes"`
			}
			if err := json.Unmarshal([]byte(out), &r); err != nil || r.Articles < 8 || r.Changes == nil {
				t.Errorf("reextract --format json: %v\n%s", err, out)
			}
		} else if !strings.HasPrefix(out, "ID,TITLE,PEOPLE,EVENTS,QUOTES,ADDED,REMOVED") {
			t.Errorf("reextract --format csv:\n%s", out)
		}
	}
	if code, _, errOut := runCLI(t, "--db", db, "reextract", "--format", "xml"); code == 0 || !strings.Contains(errOut, "unknown --format") {
		t.Errorf("reextract --format xml: %d %s", code, errOut)
	}
}
