package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// eventsJSON returns what "events --format json" lists.
func eventsJSON(t *testing.T, db string) []powermap.CanonicalEvent {
	t.Helper()
	code, out, errOut := runCLI(t, "--db", db, "events", "--format", "json")
	var evs []powermap.CanonicalEvent
	if code != 0 || json.Unmarshal([]byte(out), &evs) != nil {
		t.Fatalf("events: exit %d %s %s", code, out, errOut)
	}
	return evs
}

// TestRejectAndRemoveSurviveReextractAndUndo: "event reject" and "article
// remove" take the event and the article out of every listing, stay so
// after reextract, are logged with their reasons, and undo brings both
// back under their ids.
func TestRejectAndRemoveSurviveReextractAndUndo(t *testing.T) {
	db := ingested(t, "../../examples")
	evs := eventsJSON(t, db)
	if len(evs) < 3 {
		t.Fatalf("fixture: %d events", len(evs))
	}
	victim := evs[0].ID
	code, out, errOut := runCLI(t, "--db", db, "event", "reject", strconv.FormatInt(victim, 10), "--reason", "misread")
	if code != 0 || !strings.Contains(out, "rejected event #"+strconv.FormatInt(victim, 10)) || !strings.Contains(out, "curation undo") {
		t.Fatalf("event reject: exit %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "--db", db, "event", "reject", "nonsense"); code == 0 || !strings.Contains(errOut, "not an event id") {
		t.Errorf("event reject nonsense: exit %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "--db", db, "event", "remove", "1"); code != 2 {
		t.Errorf("event remove: exit %d, want a usage error (2)", code)
	}
	code, out, errOut = runCLI(t, "--db", db, "article", "remove", "voss-pledge", "--reason", "duplicate wire copy")
	if code != 0 || !strings.Contains(out, "removed article #") {
		t.Fatalf("article remove: exit %d %q %q", code, out, errOut)
	}
	check := func(when string) {
		t.Helper()
		for _, e := range eventsJSON(t, db) {
			if e.ID == victim {
				t.Errorf("%s: the rejected event #%d is listed", when, victim)
			}
			for _, s := range e.Sources {
				if s.Name == "voss-pledge" {
					t.Errorf("%s: event #%d cites the removed article", when, e.ID)
				}
			}
		}
		if _, out, _ := runCLI(t, "--db", db, "articles", "--format", "json"); strings.Contains(out, `"voss-pledge"`) {
			t.Errorf("%s: articles lists the removed article", when)
		}
	}
	check("after reject and remove")
	if code, out, errOut := runCLI(t, "--db", db, "reextract"); code != 0 {
		t.Fatalf("reextract: exit %d %s %s", code, out, errOut)
	}
	check("after reextract")
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "../../examples"); code != 0 {
		t.Fatalf("ingest again: exit %d %s %s", code, out, errOut)
	}
	check("after ingesting the articles again")
	code, out, _ = runCLI(t, "--db", db, "curation", "log", "--format", "json")
	var log []powermap.CurationRecord
	if code != 0 || json.Unmarshal([]byte(out), &log) != nil || len(log) != 2 || log[0].Reason != "misread" || log[1].Reason != "duplicate wire copy" {
		t.Fatalf("curation log: exit %d %s", code, out)
	}
	for range 2 {
		if code, out, errOut := runCLI(t, "--db", db, "curation", "undo"); code != 0 {
			t.Fatalf("undo: exit %d %s %s", code, out, errOut)
		}
	}
	after := eventsJSON(t, db)
	found := false
	for _, e := range after {
		found = found || e.ID == victim
	}
	if !found || len(after) != len(evs) {
		t.Errorf("after undo: %d events (want %d), #%d listed: %v", len(after), len(evs), victim, found)
	}
	if _, out, _ := runCLI(t, "--db", db, "articles", "--format", "json"); !strings.Contains(out, `"voss-pledge"`) {
		t.Errorf("after undo the article is not listed:\n%s", out)
	}
}
