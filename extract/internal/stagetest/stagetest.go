// Package stagetest helps the tests of the extraction stages: it builds
// the document of a one-paragraph article and loads the embedded
// knowledge base once.
package stagetest

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/kb"
)

var (
	kbOnce   sync.Once
	kbLoaded *kb.KB
	kbErr    error
)

// KB loads the embedded knowledge base once for all tests.
func KB(tb testing.TB) *kb.KB {
	tb.Helper()
	kbOnce.Do(func() { kbLoaded, kbErr = kb.Load() })
	if kbErr != nil {
		tb.Fatal(kbErr)
	}
	return kbLoaded
}

// Article returns an article published on pub (YYYY-MM-DD) whose body is
// body, after a metadata line giving the date.
func Article(tb testing.TB, pub, body string) *powermap.Article {
	tb.Helper()
	text := " date " + pub + " " + body
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		tb.Fatal(err)
	}
	return &powermap.Article{Name: "t", Text: text, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockMeta, Start: 1, End: 16}, {Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
}

// Doc returns the document of Article(pub, body) with no layer filled,
// read with the embedded knowledge base; the test runs the stages.
func Doc(tb testing.TB, pub, body string) *doc.Doc {
	tb.Helper()
	return doc.New(Article(tb, pub, body), KB(tb))
}

// Event finds in f an event of type typ involving all of names, or nil.
func Event(f *powermap.Facts, typ string, names ...string) *powermap.Event {
	for i := range f.Events {
		e := &f.Events[i]
		if e.Type != typ {
			continue
		}
		all := true
		for _, n := range names {
			if !slices.Contains(e.Participants(), n) {
				all = false
			}
		}
		if all {
			return e
		}
	}
	return nil
}
