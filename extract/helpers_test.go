package extract

import (
	"sync"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/kb"
)

type articleT = powermap.Article

var (
	kbOnce   sync.Once
	kbLoaded *kb.KB
	kbErr    error
)

// testKB loads the embedded knowledge base once for all tests.
func testKB(tb testing.TB) *kb.KB {
	tb.Helper()
	kbOnce.Do(func() { kbLoaded, kbErr = kb.Load() })
	if kbErr != nil {
		tb.Fatal(kbErr)
	}
	return kbLoaded
}
