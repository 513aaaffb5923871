package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/storetest"
)

// TestConformance runs the store conformance suite against SQLite.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "conformance.db")
		return func() (powermap.Store, error) { return Open(context.Background(), path) }
	})
}
