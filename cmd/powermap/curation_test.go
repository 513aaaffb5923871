package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// ingested returns a new store holding the given sources.
func ingested(t *testing.T, sources ...string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "c.db")
	if code, out, errOut := runCLI(t, append([]string{"--db", db, "ingest", "--quiet"}, sources...)...); code != 0 {
		t.Fatalf("ingest: exit %d %s %s", code, out, errOut)
	}
	return db
}

// entity returns what "entity show" says of ref.
func entity(t *testing.T, db, ref string) powermap.CanonicalEntity {
	t.Helper()
	code, out, errOut := runCLI(t, "--db", db, "entity", "show", ref)
	var e powermap.CanonicalEntity
	if code != 0 || json.Unmarshal([]byte(out), &e) != nil {
		t.Fatalf("entity show %s: exit %d %s %s", ref, code, out, errOut)
	}
	return e
}

func hasAlias(e powermap.CanonicalEntity, alias string) bool {
	for _, a := range e.Aliases {
		if strings.EqualFold(a, alias) {
			return true
		}
	}
	return false
}

// TestAliasNeverMerges: an alias that names another entity (by its name or
// one of its aliases) is refused with both named and the merge command
// suggested; nothing changes. A new name is accepted.
func TestAliasNeverMerges(t *testing.T) {
	db := ingested(t, "../../examples")
	voss, pryce := entity(t, db, "Harlan Voss"), entity(t, db, "Alan Pryce")
	for _, alias := range []string{"Harlan Voss", "Voss", "harlan  voss"} {
		code, out, errOut := runCLI(t, "--db", db, "entity", "alias", "Alan Pryce", alias)
		if code != 1 || !strings.Contains(errOut, "Harlan Voss") || !strings.Contains(errOut, "Alan Pryce") || !strings.Contains(errOut, "entity merge") {
			t.Errorf("alias %q: exit %d, %s %s; want a refusal naming both and pointing to entity merge", alias, code, out, errOut)
		}
	}
	if got := entity(t, db, "Harlan Voss"); got.ID != voss.ID || got.Articles != voss.Articles || got.Events != voss.Events {
		t.Errorf("Harlan Voss after refused aliases: %+v, was %+v", got, voss)
	}
	if got := entity(t, db, "Voss"); got.ID != voss.ID {
		t.Errorf("Voss now leads to %+v", got)
	}
	if code, out, errOut := runCLI(t, "--db", db, "entity", "alias", "Alan Pryce", "The Governor"); code != 0 {
		t.Fatalf("a new alias: exit %d %s %s", code, out, errOut)
	}
	if got := entity(t, db, "the governor"); got.ID != pryce.ID {
		t.Errorf("the new alias leads to %+v", got)
	}
}

// TestMergeNeedsYesAndUndoRestores: a merge shows what will move and does
// nothing without --yes; with it, it merges, is logged, and undo gives
// back both entities as they were.
func TestMergeNeedsYesAndUndoRestores(t *testing.T) {
	db := ingested(t, "../../examples")
	voss, pryce := entity(t, db, "Harlan Voss"), entity(t, db, "Alan Pryce")
	code, out, errOut := runCLI(t, "--db", db, "entity", "merge", "Harlan Voss", "Alan Pryce")
	if code != 1 || !strings.Contains(errOut, "--yes") || !strings.Contains(out, "4 articles") || !strings.Contains(out, "Voss") {
		t.Errorf("merge without --yes: exit %d, %s %s", code, out, errOut)
	}
	if got := entity(t, db, "Harlan Voss"); got.ID != voss.ID {
		t.Fatalf("merged without --yes: %+v", got)
	}
	if code, out, errOut = runCLI(t, "--db", db, "entity", "merge", "--yes", "Harlan Voss", "Alan Pryce"); code != 0 || !strings.Contains(out, "curation #1") {
		t.Fatalf("merge --yes: exit %d %s %s", code, out, errOut)
	}
	if got := entity(t, db, "Harlan Voss"); got.ID != pryce.ID {
		t.Fatalf("after merge Harlan Voss is %+v", got)
	}
	if got := entity(t, db, "Voss"); got.ID != pryce.ID {
		t.Errorf("after merge Voss is %+v", got)
	}
	code, out, _ = runCLI(t, "--db", db, "curation", "log")
	// The log is a table: curation 1 in the ID column, its action and what it did.
	if code != 0 || !regexp.MustCompile(`(?m)^1\s+\S+\s+merge\s+merged Harlan Voss`).MatchString(out) {
		t.Errorf("curation log: exit %d %s", code, out)
	}
	if code, out, errOut = runCLI(t, "--db", db, "curation", "undo"); code != 0 || !strings.Contains(out, "#1") {
		t.Fatalf("undo: exit %d %s %s", code, out, errOut)
	}
	v, p := entity(t, db, "Harlan Voss"), entity(t, db, "Alan Pryce")
	if v.ID != voss.ID || v.Articles != voss.Articles || v.Events != voss.Events || !hasAlias(v, "Voss") {
		t.Errorf("Harlan Voss after undo: %+v, was %+v", v, voss)
	}
	if p.ID != pryce.ID || p.Articles != pryce.Articles || p.Events != pryce.Events || hasAlias(p, "Voss") || hasAlias(p, "Harlan Voss") {
		t.Errorf("Alan Pryce after undo: %+v, was %+v", p, pryce)
	}
	code, out, _ = runCLI(t, "--db", db, "curation", "log", "--format", "json")
	var log []powermap.CurationRecord
	if code != 0 || json.Unmarshal([]byte(out), &log) != nil || len(log) != 1 || log[0].Undone == "" || log[0].SubjectID != voss.ID || log[0].ObjectID != pryce.ID {
		t.Errorf("log after undo: %s", out)
	}
	if code, _, errOut = runCLI(t, "--db", db, "curation", "undo", "1"); code != 1 || !strings.Contains(errOut, "undone already") {
		t.Errorf("undo twice: exit %d %s", code, errOut)
	}
	if code, _, errOut = runCLI(t, "--db", db, "curation", "undo"); code != 1 || !strings.Contains(errOut, "nothing to undo") {
		t.Errorf("undo with nothing left: exit %d %s", code, errOut)
	}
}

// TestSplitAfterMergeRestores: "entity split KEPT --as GONE" after a bad
// merge gives back what the merge moved; undoing the split merges again.
func TestSplitAfterMergeRestores(t *testing.T) {
	db := ingested(t, "../../examples")
	voss, pryce := entity(t, db, "Harlan Voss"), entity(t, db, "Alan Pryce")
	if code, out, errOut := runCLI(t, "--db", db, "entity", "merge", "--yes", "Harlan Voss", "Alan Pryce"); code != 0 {
		t.Fatalf("merge: exit %d %s %s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "--db", db, "entity", "split", "Alan Pryce", "--as", "Harlan Voss"); code != 0 {
		t.Fatalf("split: exit %d %s %s", code, out, errOut)
	}
	v, p := entity(t, db, "Harlan Voss"), entity(t, db, "Alan Pryce")
	if v.ID != voss.ID || v.Articles != voss.Articles || v.Events != voss.Events {
		t.Errorf("Harlan Voss after split: %+v, was %+v", v, voss)
	}
	if p.Articles != pryce.Articles || p.Events != pryce.Events || hasAlias(p, "Voss") {
		t.Errorf("Alan Pryce after split: %+v, was %+v", p, pryce)
	}
	if code, out, errOut := runCLI(t, "--db", db, "curation", "undo"); code != 0 {
		t.Fatalf("undo split: exit %d %s %s", code, out, errOut)
	}
	if got := entity(t, db, "Harlan Voss"); got.ID != pryce.ID {
		t.Errorf("undoing the split should merge again: Harlan Voss is %+v", got)
	}
	if code, _, errOut := runCLI(t, "--db", db, "entity", "split", "Alan Pryce", "--as", "Dana Whitfield"); code != 1 || !strings.Contains(errOut, "--article") {
		t.Errorf("split --as someone never merged, without --article: exit %d %s", code, errOut)
	}
}

// TestSplitAsNameSpelledAlike: splitting one article's "Maren Toliver"
// from "Maren Tolliver" (joined as a name spelled alike) makes a separate
// entity, and the original keeps no alias of the new name; undo joins them
// again and the split's id leads to the original.
func TestSplitAsNameSpelledAlike(t *testing.T) {
	db := ingested(t, "testdata/soundalike")
	orig := entity(t, db, "Maren Tolliver")
	if orig.Articles != 2 || !hasAlias(orig, "Maren Toliver") {
		t.Fatalf("fixture: the two spellings should be one entity: %+v", orig)
	}
	code, out, errOut := runCLI(t, "--db", db, "entity", "split", "Maren Tolliver", "--article", "2", "--as", "Maren Toliver")
	if code != 0 {
		t.Fatalf("split: exit %d %s %s", code, out, errOut)
	}
	o, n := entity(t, db, "Maren Tolliver"), entity(t, db, "Maren Toliver")
	if o.ID != orig.ID || o.Articles != 1 || hasAlias(o, "Maren Toliver") || hasAlias(o, "Toliver") {
		t.Errorf("original after split: %+v", o)
	}
	if n.ID == orig.ID || n.Articles != 1 {
		t.Errorf("split entity: %+v", n)
	}
	// Re-extraction replays the split.
	if code, out, errOut := runCLI(t, "--db", db, "reextract"); code != 0 {
		t.Fatalf("reextract: exit %d %s %s", code, out, errOut)
	}
	if got := entity(t, db, "Maren Toliver"); got.ID != n.ID || got.Articles != 1 {
		t.Errorf("split entity after reextract: %+v", got)
	}
	if code, out, errOut := runCLI(t, "--db", db, "curation", "undo"); code != 0 {
		t.Fatalf("undo: exit %d %s %s", code, out, errOut)
	}
	if got := entity(t, db, "Maren Tolliver"); got.ID != orig.ID || got.Articles != 2 {
		t.Errorf("after undoing the split: %+v", got)
	}
	if got := entity(t, db, "Maren Toliver"); got.ID != orig.ID {
		t.Errorf("the split's name after undo leads to %+v", got)
	}
	if got := entity(t, db, strconv.FormatInt(n.ID, 10)); got.ID != orig.ID {
		t.Errorf("the split's id after undo leads to %+v", got)
	}
}

// eventOfSource maps each source (article and evidence start) to the id of
// the merged event it reports.
func eventOfSource(t *testing.T, db string) map[string]int64 {
	t.Helper()
	code, out, errOut := runCLI(t, "--db", db, "events", "--format", "json")
	var evs []powermap.CanonicalEvent
	if code != 0 || json.Unmarshal([]byte(out), &evs) != nil {
		t.Fatalf("events: exit %d %s %s", code, out, errOut)
	}
	m := map[string]int64{}
	for _, e := range evs {
		for _, s := range e.Sources {
			m[strconv.FormatInt(s.ArticleID, 10)+":"+strconv.Itoa(s.Start)] = e.ID
		}
	}
	return m
}

// TestEventIDsSurviveIngestAndReextract: ingesting articles published
// earlier, re-extracting, and a merge undone leave every event's id as it
// was; an entity id merged away says where it went.
func TestEventIDsSurviveIngestAndReextract(t *testing.T) {
	db := ingested(t, "../../examples")
	before := eventOfSource(t, db)
	if len(before) < 10 {
		t.Fatalf("fixture: %d sources", len(before))
	}
	check := func(when string) {
		t.Helper()
		after := eventOfSource(t, db)
		for src, id := range before {
			if after[src] != id {
				t.Errorf("%s: the event of source %s is #%d, was #%d", when, src, after[src], id)
			}
		}
	}
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "../../ingest/testdata/dinner"); code != 0 {
		t.Fatalf("ingest: exit %d %s %s", code, out, errOut)
	}
	check("after ingesting earlier articles")
	before = eventOfSource(t, db)
	if code, out, errOut := runCLI(t, "--db", db, "reextract", "--kb", "testdata/extra-kb.json"); code != 0 {
		t.Fatalf("reextract: exit %d %s %s", code, out, errOut)
	}
	check("after reextract")
	voss := entity(t, db, "Harlan Voss")
	if code, out, errOut := runCLI(t, "--db", db, "entity", "merge", "--yes", "Harlan Voss", "Alan Pryce"); code != 0 {
		t.Fatalf("merge: exit %d %s %s", code, out, errOut)
	}
	code, _, errOut := runCLI(t, "--db", db, "entity", "show", strconv.FormatInt(voss.ID, 10))
	if code != 0 || !strings.Contains(errOut, "was merged into") || !strings.Contains(errOut, "Alan Pryce") {
		t.Errorf("entity show of a merged id: exit %d %q", code, errOut)
	}
	if code, out, errOut := runCLI(t, "--db", db, "curation", "undo"); code != 0 {
		t.Fatalf("undo: exit %d %s %s", code, out, errOut)
	}
	check("after a merge and its undo")
}
