// Package pgtest gives tests a PostgreSQL schema of their own: URL skips
// the test, saying why, when PostgreSQL is unreachable; Schema creates a
// schema dropped when the test ends and returns a URL that uses it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultURL is the database the tests use unless POWERMAP_PG_URL
// names another.
const DefaultURL = "postgres://127.0.0.1:5432/test"

var (
	reachOnce sync.Once
	reachErr  error
)

// URL returns the database URL for tests (POWERMAP_PG_URL, else
// DefaultURL), skipping the test (with the reason) when PostgreSQL cannot
// be reached there; with POWERMAP_REQUIRE_PG set (CI, where PostgreSQL is
// up) an unreachable database fails the test instead.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("POWERMAP_PG_URL")
	if u == "" {
		u = DefaultURL
	}
	reachOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, u)
		if err != nil {
			reachErr = err
			return
		}
		reachErr = conn.Ping(ctx)
		conn.Close(ctx)
	})
	if reachErr != nil && os.Getenv("POWERMAP_REQUIRE_PG") != "" {
		t.Fatalf("PostgreSQL is not reachable at %s, and POWERMAP_REQUIRE_PG says it must be: %v", redact(u), reachErr)
	}
	if reachErr != nil {
		t.Skipf("PostgreSQL is not reachable at %s (set POWERMAP_PG_URL to test against another): %v", redact(u), reachErr)
	}
	return u
}

// Schema creates a schema of its own for test t, dropped when the test
// ends, and returns a URL whose connections use it: tests run in parallel
// (and several test processes at once) without seeing each other's data.
func Schema(t testing.TB) string {
	t.Helper()
	base := URL(t)
	ctx := context.Background()
	var b [6]byte
	rand.Read(b[:])
	schema := "pmtest_" + hex.EncodeToString(b[:])
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	return withSearchPath(t, base, schema)
}

// withSearchPath returns base with its connections' search_path set to
// schema.
func withSearchPath(t testing.TB, base, schema string) string {
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// redact returns u with its password hidden.
func redact(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Redacted()
	}
	return u
}
