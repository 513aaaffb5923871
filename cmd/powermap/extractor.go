package main

import (
	"context"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/kb"
)

// extractor runs extraction on articles before they are stored.
type extractor struct{ x *extract.Extractor }

// newExtractor loads the embedded knowledge base plus the user's file.
func newExtractor(kbFile string) (*extractor, error) {
	var files []string
	if kbFile != "" {
		files = append(files, kbFile)
	}
	k, err := kb.Load(files...)
	if err != nil {
		return nil, err
	}
	return &extractor{extract.New(k)}, nil
}

// prepare is an ingest.Options.Prepare hook: it extracts the article's
// facts (a failure fails that article only).
func (x *extractor) prepare(_ context.Context, a *powermap.Article) error {
	f, err := x.x.SafeFacts(a)
	a.Facts = f
	return err
}
