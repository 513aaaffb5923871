package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// ingestAll reads sources with extraction into a fresh store and resolves.
func ingestAll(t *testing.T, k *kb.KB, sources ...string) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	x := extract.New(k)
	sum, err := Run(ctx, db, read.NewReader(read.DefaultFetchOptions), sources, Options{Prepare: func(_ context.Context, a *powermap.Article) error {
		a.Facts = x.Facts(a)
		return nil
	}})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("ingest: %+v %v", sum, err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

func loadKB(t *testing.T, files ...string) *kb.KB {
	t.Helper()
	k, err := kb.Load(files...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// dinners returns the merged meetings of the three dinner guests.
func dinners(t *testing.T, db *sqlite.DB) []powermap.CanonicalEvent {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for _, n := range []string{"Harlan Voss", "Dana Whitfield"} {
		e, err := db.Entity(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e.ID)
	}
	evs, err := db.Events(ctx, powermap.EventFilter{Type: "meet", Persons: ids})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func TestOneDinnerThreeOutlets(t *testing.T) {
	d := "testdata/dinner/"
	db := ingestAll(t, loadKB(t), d+"courier.txt", d+"ledger.txt", d+"wire.txt")
	// The wire's "A month later the three met again" is another meeting:
	// it must stay apart from the dinner, not join it.
	var evs, later []powermap.CanonicalEvent
	for _, e := range dinners(t, db) {
		if slices.ContainsFunc(e.Sources, func(s powermap.Source) bool { return strings.Contains(s.Evidence, "met again") }) {
			later = append(later, e)
		} else {
			evs = append(evs, e)
		}
	}
	if len(evs) != 1 {
		t.Fatalf("%d dinners, want one: %+v", len(evs), evs)
	}
	for _, e := range later {
		if len(e.Sources) != 1 || e.Place != "" {
			t.Errorf("the later meeting joined others: %+v", e)
		}
	}
	e := evs[0]
	if len(e.Sources) != 3 || e.Date != "2025-03-09" || len(e.Dates) != 2 || e.Place != "Harborview Club" && e.Place != "" {
		t.Errorf("dinner: date %s (all %v), place %q, %d sources", e.Date, e.Dates, e.Place, len(e.Sources))
	}
	for _, s := range e.Sources {
		if s.Evidence == "" || s.End <= s.Start || !strings.Contains(s.Evidence, "Harborview Club") {
			t.Errorf("source %+v", s)
		}
	}
	if len(e.Actors) != 3 {
		t.Errorf("actors %v", e.Actors)
	}
}

func TestDinnersAMonthApartStayTwo(t *testing.T) {
	d := "testdata/dinner/"
	db := ingestAll(t, loadKB(t), d+"courier.txt", d+"april.txt")
	evs := dinners(t, db)
	if len(evs) != 2 || evs[0].Date != "2025-03-09" || evs[1].Date != "2025-04-09" {
		t.Fatalf("dinners: %+v", evs)
	}
}

func TestCurationSurvivesReextraction(t *testing.T) {
	ctx := context.Background()
	d := "testdata/dinner/"
	db := ingestAll(t, loadKB(t), d+"courier.txt", d+"ledger.txt", d+"april.txt")
	// The user decides "Alan Pryce" is the same as "Harlan Voss" (a test of
	// the mechanism, not a fact), and gives Whitfield a nickname.
	if _, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Alan Pryce", Object: "Harlan Voss"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Curate(ctx, powermap.Curation{Action: "alias", Subject: "Dana Whitfield", Object: "The Senator From Baltimore"}); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		e, err := db.Entity(ctx, "Alan Pryce")
		if err != nil || e.Name != "Harlan Voss" {
			t.Errorf("%s: Alan Pryce resolves to %+v (%v)", when, e, err)
		}
		if e, err := db.Entity(ctx, "the senator from baltimore"); err != nil || e.Name != "Dana Whitfield" {
			t.Errorf("%s: alias: %+v %v", when, e, err)
		}
		list, _ := db.Entities(ctx, "Pryce", 0)
		for _, p := range list {
			if p.Name == "Alan Pryce" {
				t.Errorf("%s: Alan Pryce still listed apart", when)
			}
		}
	}
	check("after curation")
	// Re-extract with a knowledge-base file that changes the facts (a new
	// alias), so every article's facts are replaced and re-resolved.
	extra := filepath.Join(t.TempDir(), "kb.json")
	writeFile(t, extra, `[{"name":"Dana Whitfield","type":"person","roles":[{"role":"senator","org":"Maryland Senate"}]},
		{"name":"Alan Pryce","type":"person","roles":[{"role":"governor","org":"Maryland"}]}]`)
	x := extract.New(loadKB(t, extra))
	changed, total, err := Reextract(ctx, db, x.Facts, nil)
	if err != nil || total != 3 {
		t.Fatalf("reextract: %d/%d %v", changed, total, err)
	}
	if changed == 0 {
		t.Fatal("the knowledge-base change changed nothing; the test would not exercise re-resolution")
	}
	check("after re-extraction")
	// A split: Whitfield's mentions in the April article become someone else.
	april, err := db.Article(ctx, "april")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Curate(ctx, powermap.Curation{Action: "split", Subject: "Dana Whitfield", Object: "Dana Whitfield Jr.", Article: april.Name}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Reextract(ctx, db, extract.New(loadKB(t)).Facts, nil); err != nil {
		t.Fatal(err)
	}
	jr, err := db.Entity(ctx, "Dana Whitfield Jr.")
	if err != nil || jr.Articles != 1 {
		t.Errorf("split entity after re-extraction: %+v %v", jr, err)
	}
	if sr, _ := db.Entity(ctx, "Dana Whitfield"); sr == nil || sr.Articles != 2 {
		t.Errorf("Dana Whitfield after split: %+v", sr)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
