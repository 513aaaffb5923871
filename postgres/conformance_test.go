package postgres

import (
	"context"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/postgres/pgtest"
	"github.com/powermap/powermap/storetest"
)

var _ storetest.Verifier = (*DB)(nil)

// TestConformance runs the store conformance suite against PostgreSQL,
// each test in a schema of its own.
func TestConformance(t *testing.T) {
	pgtest.URL(t)
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		u := pgtest.Schema(t)
		return func() (powermap.Store, error) { return Open(context.Background(), u) }
	})
}
