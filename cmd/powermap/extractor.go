package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/kb"
)

// extractor runs extraction on articles before they are stored.
type extractor struct{ x *extract.Extractor }

// extraFiles are the user's additions to the embedded knowledge base and
// event rules, given by --kb and --rules.
type extraFiles struct{ kb, rules string }

// register adds --kb and --rules to a command's flags.
func (f *extraFiles) register(fs *flag.FlagSet) {
	fs.StringVar(&f.kb, "kb", "", "extra knowledge-base `file` (a JSON array of entries like kb/data/curated.json)")
	fs.StringVar(&f.rules, "rules", "", "extra event frames `file` (the format of extract/rules/frames.txt)")
}

// newExtractor loads the embedded knowledge base and event rules plus the
// user's files.
func newExtractor(f extraFiles) (*extractor, error) {
	var files []string
	if f.kb != "" {
		files = append(files, f.kb)
	}
	k, err := kb.Load(files...)
	if err != nil {
		return nil, err
	}
	x := extract.New(k)
	if f.rules != "" {
		data, err := os.ReadFile(f.rules)
		if err != nil {
			return nil, fmt.Errorf("event rules: %w", err)
		}
		if err := x.AddRules(f.rules, data); err != nil {
			return nil, err
		}
	}
	return &extractor{x}, nil
}

// prepare is an ingest.Options.Prepare hook: it extracts the article's
// facts (a failure fails that article only).
func (x *extractor) prepare(_ context.Context, a *powermap.Article) error {
	f, err := x.x.SafeFacts(a)
	a.Facts = f
	return err
}
