package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// Processes opening a new database at the same moment each get a working
// store: the schema is created once.
func TestConcurrentOpenOfNewDatabase(t *testing.T) {
	for round := range 5 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("race-%d.db", round))
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				db, err := Open(context.Background(), path)
				if err != nil {
					errs <- err
					return
				}
				db.Close()
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("round %d: %v", round, err)
		}
	}
}

// A write while another process holds the database waits for it, longer
// than SQLite's busy timeout, instead of failing.
func TestWriteWaitsForAnotherProcess(t *testing.T) {
	defer func(d time.Duration) { busyTimeout = d }(busyTimeout)
	busyTimeout = 100 * time.Millisecond
	ctx := context.Background()
	db, path := openTemp(t)
	other, err := Open(ctx, path) // another process, as far as locks go
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	released := make(chan struct{})
	go func() {
		time.Sleep(time.Second) // ten times the busy timeout
		conn.ExecContext(ctx, "COMMIT")
		close(released)
	}()
	res, err := db.PutArticle(ctx, sample("waits", "Hello there, a body long enough to count"))
	<-released
	if err != nil || res.ID == 0 {
		t.Fatalf("PutArticle while another process writes: %+v %v", res, err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	// A write whose context ends while it waits gives up with that error.
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := db.PutArticle(short, sample("gives-up", "Another body, long enough to count as one")); err == nil {
		t.Error("PutArticle succeeded while the database was locked")
	}
}

// The store knows that stored articles await resolution until a
// resolution finishes; an interrupted one leaves the mark.
func TestResolvePending(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t)
	if p, err := db.ResolvePending(ctx); err != nil || p {
		t.Fatalf("new store pending = %v, %v", p, err)
	}
	a := sample("one", "Hello\nPhoto by X")
	a.Facts = &powermap.Facts{People: []powermap.Entity{{Name: "Ann Writer", Type: "person"}}}
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.ResolvePending(ctx); !p {
		t.Fatal("not pending after storing an article")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.Resolve(cancelled); err == nil {
		t.Fatal("Resolve ran with a cancelled context")
	}
	db.Close()
	db, err := Open(ctx, path) // the next command
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if p, _ := db.ResolvePending(ctx); !p {
		t.Fatal("an interrupted resolution is forgotten")
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.ResolvePending(ctx); p {
		t.Error("still pending after a resolution")
	}
	if _, err := db.Entity(ctx, "Ann Writer"); err != nil {
		t.Error(err)
	}
	// A duplicate stores nothing and leaves nothing pending.
	if res, _ := db.PutArticle(ctx, sample("one-again", "Hello\nPhoto by X")); !res.Duplicate {
		t.Fatal("not a duplicate")
	}
	if p, _ := db.ResolvePending(ctx); p {
		t.Error("a duplicate made resolution pending")
	}
}

// A person is not merged into an organization unless the user insists.
func TestMergeAcrossTypes(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a := sample("one", "Harlan Voss runs Voss Maritime.")
	a.Facts = &powermap.Facts{People: []powermap.Entity{{Name: "Harlan Voss", Type: "person"}}, Organizations: []powermap.Entity{{Name: "Voss Maritime", Type: "org"}}}
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	_, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Harlan Voss", Object: "Voss Maritime"})
	if !errors.Is(err, powermap.ErrInvalid) || !strings.Contains(err.Error(), "a person") || !strings.Contains(err.Error(), "an organization") {
		t.Fatalf("merge person into org: %v", err)
	}
	if e, err := db.Entity(ctx, "Harlan Voss"); err != nil || e.Name != "Harlan Voss" {
		t.Errorf("the refused merge happened: %+v %v", e, err)
	}
	if _, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Harlan Voss", Object: "Voss Maritime", Force: true}); err != nil {
		t.Fatalf("forced merge: %v", err)
	}
	if e, err := db.Entity(ctx, "Harlan Voss"); err != nil || e.Name != "Voss Maritime" {
		t.Errorf("forced merge: %+v %v", e, err)
	}
}

// Search, people, quotes and place filters answer any text with results or
// an error wrapping ErrInvalid, never a database error; operators are
// read as written or refused, never dropped.
func TestQueryTextIsNeverADatabaseError(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a := sample("one", "Harbor club dinner with the mayor, and 100% of the council_members")
	a.Facts = &powermap.Facts{People: []powermap.Entity{{Name: "Ann Writer", Type: "person"}}, Quotes: []powermap.Quote{{Speaker: "Ann Writer", Text: "100% sure"}}}
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q       string
		invalid bool
		hits    int
	}{
		{q: "harbor", hits: 1},
		{q: "harbor NOT club", hits: 0},
		{q: "harbor NOT zebra", hits: 1},
		{q: "NOT zebra", invalid: true},
		{q: "harbor NOT", invalid: true},
		{q: "harbor OR OR club", invalid: true},
		{q: "harbor AND NOT club", invalid: true},
		{q: "harbor NOT NOT club", invalid: true},
		{q: "OR harbor", hits: 1},
		{q: "harbor OR", hits: 1},
		{q: `"harbor club" dinn*`, hits: 1},
		{q: `* ** "" ( ) : ^ - + harbor`, hits: 1},
		{q: `harbor "club dinner`, hits: 1},
		{q: strings.Repeat("harbor ", MaxSearchTerms+1), invalid: true},
		{q: strings.Repeat("x", MaxSearchBytes+1), invalid: true},
	} {
		hits, err := db.Search(ctx, tt.q, 0)
		switch {
		case tt.invalid && !errors.Is(err, powermap.ErrInvalid):
			t.Errorf("Search(%.40q) = %v, want ErrInvalid", tt.q, err)
		case !tt.invalid && (err != nil || len(hits) != tt.hits):
			t.Errorf("Search(%.40q) = %d hits, %v; want %d", tt.q, len(hits), err, tt.hits)
		}
	}
	long := strings.Repeat("%_", 40<<10)
	if _, err := db.Entities(ctx, long, 0); err != nil {
		t.Errorf("Entities(80 KB): %v", err)
	}
	if list, err := db.Entities(ctx, "%", 0); err != nil || len(list) != 0 {
		t.Errorf(`Entities("%%") = %d, %v; "%%" is a character, not a pattern`, len(list), err)
	}
	if list, err := db.Entities(ctx, "writer", 0); err != nil || len(list) != 1 {
		t.Errorf(`Entities("writer") = %d, %v`, len(list), err)
	}
	if _, err := db.Quotes(ctx, 0, long, 0); err != nil {
		t.Errorf("Quotes(80 KB): %v", err)
	}
	if qs, err := db.Quotes(ctx, 0, "100%", 0); err != nil || len(qs) != 1 {
		t.Errorf(`Quotes("100%%") = %d, %v`, len(qs), err)
	}
	if _, err := db.Events(ctx, powermap.EventFilter{Place: long}); err != nil {
		t.Errorf("Events(place 80 KB): %v", err)
	}
	many := make([]int64, 1000)
	for i := range many {
		many[i] = int64(i + 1)
	}
	if _, err := db.Events(ctx, powermap.EventFilter{Persons: many}); err != nil {
		t.Errorf("Events(1,000 persons): %v", err)
	}
}

// FuzzSearch checks that whatever the user types, the search runs or is
// refused as invalid: never an FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"harbor", "NOT x", "a OR OR b", `"unclosed`, "a* b**", `""`, "x AND", "( ) : ^", "NEAR(a b)", "a - b", "\x00", "é*"} {
		f.Add(s)
	}
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticle(context.Background(), sample("one", "Harbor club dinner with the mayor")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), q, 0)
		if err != nil && !errors.Is(err, powermap.ErrInvalid) {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}
