package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/url"
	"path/filepath"
	"sync/atomic"
	"testing"

	"modernc.org/sqlite"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
	"github.com/powermap/powermap/internal/testgen"
)

// countingDriver is SQLite's driver counting the statements its
// connections prepare.
type countingDriver struct {
	sqlite.Driver
	prepares *atomic.Int64
}

func (d *countingDriver) Open(name string) (driver.Conn, error) {
	c, err := d.Driver.Open(name)
	if err != nil {
		return nil, err
	}
	return countingConn{c, d.prepares}, nil
}

// countingConn hides its connection's other ways to run a query, so that
// every query is prepared through Prepare.
type countingConn struct {
	driver.Conn
	prepares *atomic.Int64
}

func (c countingConn) Prepare(q string) (driver.Stmt, error) {
	c.prepares.Add(1)
	return c.Conn.Prepare(q)
}

var warmPrepares atomic.Int64

func init() {
	sql.Register("sqlite-counting", &countingDriver{prepares: &warmPrepares})
}

// TestWarmPreparesEachConnection checks that Warm leaves every connection
// of the pool with the statements of a request and of a person's page
// prepared: read afterwards on each connection in turn, a revision, a
// person's ties and a page of their timeline prepare nothing.
func TestWarmPreparesEachConnection(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 150 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	people, err := db.Entities(ctx, "", 1)
	if err != nil || len(people) == 0 {
		t.Fatal(err)
	}
	db.Close()
	pool, err := sql.Open("sqlite-counting", "file:"+path+"?"+url.Values{"_pragma": {"busy_timeout(5000)"}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	const conns = 4
	pool.SetMaxIdleConns(conns)
	s := sqlstore.New(pool, dialect, nil, nil)
	if err := s.Warm(ctx, conns); err != nil {
		t.Fatal(err)
	}
	if n := pool.Stats().OpenConnections; n != conns {
		t.Fatalf("%d connections open, want %d", n, conns)
	}
	before := warmPrepares.Load()
	// Each connection in turn is the only one free (the pool hands out
	// the one last put back).
	held := make([]*sql.Conn, conns)
	for i := range held {
		if held[i], err = pool.Conn(ctx); err != nil {
			t.Fatal(err)
		}
	}
	for i := range held {
		held[i].Close()
		if _, err := s.Revision(ctx); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Ties(ctx, people[0].ID, 100); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Events(ctx, powermap.EventFilter{Persons: []int64{people[0].ID}, Limit: 101}); err != nil {
			t.Fatal(err)
		}
		if held[i], err = pool.Conn(ctx); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range held {
		c.Close()
	}
	if n := warmPrepares.Load() - before; n != 0 || pool.Stats().OpenConnections != conns {
		t.Errorf("after Warm, %d statements prepared on %d connections; want none on %d", n, pool.Stats().OpenConnections, conns)
	}
}

// TestRevisionFromContext checks that the revision a request carries
// (powermap.WithRevision) is the store's answer in its context, and that
// the names kept at a later revision serve it.
func TestRevisionFromContext(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 20 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	rev, err := db.Revision(ctx)
	if err != nil || rev == 0 {
		t.Fatalf("revision %d, %v", rev, err)
	}
	if got, err := db.Revision(powermap.WithRevision(ctx, rev-1)); err != nil || got != rev-1 {
		t.Errorf("in a context of revision %d: %d, %v", rev-1, got, err)
	}
	people, err := db.Entities(ctx, "", 1)
	if err != nil || len(people) == 0 {
		t.Fatal(err)
	}
	// The names were read at rev; a request that read an earlier one
	// finds them.
	if e, err := db.Entity(powermap.WithRevision(ctx, 1), people[0].Name); err != nil || e.ID != people[0].ID {
		t.Errorf("%s in a context of revision 1: %v, %v", people[0].Name, e, err)
	}
}
