package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
)

// mergedEvents describes every merged event by type, participants, date
// and reports, sorted.
func mergedEvents(t *testing.T, db *DB) []string {
	t.Helper()
	evs, err := db.Events(context.Background(), powermap.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		var src []string
		for _, s := range e.Sources {
			src = append(src, fmt.Sprintf("%s@%d", s.Name, s.End))
		}
		slices.Sort(src)
		out = append(out, fmt.Sprintf("%s %v %s>%s %s [%s]", e.Type, e.Actors, e.Source, e.Target, e.Date, strings.Join(src, " ")))
	}
	slices.Sort(out)
	return out
}

// TestIncrementalEqualsAtOnce stores 600 generated articles in batches of
// 50, resolving after each, and in one go, resolving once: both stores
// must hold the same merged events with the same reports.
func TestIncrementalEqualsAtOnce(t *testing.T) {
	ctx := context.Background()
	open := func() *DB {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	batched, once := open(), open()
	for i := range 600 {
		for _, db := range []*DB{batched, once} {
			if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
				t.Fatal(err)
			}
		}
		if i%50 == 49 {
			if _, err := batched.Resolve(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := once.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	a, b := mergedEvents(t, batched), mergedEvents(t, once)
	// The counts kept as resolution goes are the counts of the table.
	if _, err := batched.PutArticle(ctx, testgen.StoredArticle(600)); err != nil {
		t.Fatal(err)
	}
	rep, rerr := batched.Resolve(ctx)
	if rerr != nil {
		t.Fatal(rerr)
	}
	var n, several int
	batched.SQL().QueryRow(`SELECT count(*), sum(sources > 1) FROM canon_events`).Scan(&n, &several)
	if rep.Events != n || rep.MergedEvents != several || n < len(a) {
		t.Errorf("resolution reports %d events, %d with several reports; the store has %d, %d", rep.Events, rep.MergedEvents, n, several)
	}
	multi := 0
	for _, s := range b {
		if strings.Count(s, "@") > 1 {
			multi++
		}
	}
	if multi == 0 {
		t.Fatal("no merged event has two reports: the test shows nothing")
	}
	if !slices.Equal(a, b) {
		diff := 0
		for _, s := range a {
			if !slices.Contains(b, s) {
				diff++
				if diff < 5 {
					t.Errorf("only in the batched store: %s", s)
				}
			}
		}
		t.Errorf("%d of %d merged events differ (%d in one go)", diff, len(a), len(b))
	}
}
