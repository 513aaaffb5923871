// Package queuetest gives tests the NATS server the queue is tested
// against, as postgres/pgtest does for PostgreSQL.
package queuetest

import (
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

// URL returns the NATS server of the queue tests ($POWERMAP_TEST_NATS or
// nats://127.0.0.1:4222), or skips the test saying why — or fails it if
// $POWERMAP_REQUIRE_NATS is 1, as in CI, where the server must be up.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("POWERMAP_TEST_NATS")
	if u == "" {
		u = "nats://127.0.0.1:4222"
	}
	conn, err := net.DialTimeout("tcp", strings.TrimPrefix(u, "nats://"), time.Second)
	if err != nil && os.Getenv("POWERMAP_REQUIRE_NATS") == "1" {
		t.Fatalf("no NATS server at %s, and POWERMAP_REQUIRE_NATS=1: %v", u, err)
	}
	if err != nil {
		t.Skipf("no NATS server at %s, so the queue is not tested (start nats-server -js, or set POWERMAP_TEST_NATS): %v", u, err)
	}
	conn.Close()
	return u
}
