package postgres

import (
	"context"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/postgres/pgtest"
	"github.com/powermap/powermap/storetest"
)

// TestConcurrentResolution stores and resolves two reports of the same
// dinner from two pools at the same moment, many times over: the
// resolution lock must leave one event with two sources and one entity
// per person every time (issue 13, point 3).
func TestConcurrentResolution(t *testing.T) {
	u := pgtest.Schema(t)
	n := 100
	if testing.Short() {
		n = 20
	}
	storetest.ConcurrentSameEvent(t, func() (powermap.Store, error) { return Open(context.Background(), u) }, n)
}
