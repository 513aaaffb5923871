package extract

import (
	"slices"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/kb"
)

type articleT = powermap.Article

// testKB loads the embedded knowledge base once for all tests.
func testKB(tb testing.TB) *kb.KB { return stagetest.KB(tb) }

// event finds an event of type typ involving all of names.
var event = stagetest.Event

// contains reports whether ss holds s.
func contains(ss []string, s string) bool { return slices.Contains(ss, s) }
