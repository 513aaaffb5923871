package extract

import (
	"fmt"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/amounts"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/dates"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/events"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/quotes"
	"github.com/powermap/powermap/extract/tokens"
	"github.com/powermap/powermap/kb"
)

// Extractor runs the pipeline with one knowledge base and one set of event
// rules. It is safe for concurrent use.
type Extractor struct {
	KB     *kb.KB
	frames *frame.Lexicon
}

// defaultFrames are the embedded event frames.
var defaultFrames = events.DefaultFrames()

// New returns an Extractor over k with the embedded event rules.
func New(k *kb.KB) *Extractor { return &Extractor{KB: k, frames: defaultFrames} }

// AddRules adds event frames in the format of rules/frames.txt (source
// names them in errors); they apply with the embedded ones.
func (x *Extractor) AddRules(source string, data []byte) error {
	added, err := frame.Parse(source, data)
	if err != nil {
		return err
	}
	if len(added.Frames) == 0 {
		return fmt.Errorf("%s: no frames", source)
	}
	x.frames = x.frames.Merge(added)
	return nil
}

// Extract runs every stage over a and returns the document with all its
// layers.
func (x *Extractor) Extract(a *powermap.Article) *Doc {
	d := doc.New(a, x.KB)
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	dates.Run(d)
	amounts.Run(d)
	quotes.Run(d)
	events.Run(d, x.frames)
	return d
}

// Facts runs the pipeline and returns what it found in the shape the store
// and the facts export use.
func (x *Extractor) Facts(a *powermap.Article) *powermap.Facts {
	return x.Extract(a).Facts()
}

// SafeFacts is Facts that turns a failure of the pipeline on one article
// into an error naming it, so that one bad article cannot stop an ingest.
func (x *Extractor) SafeFacts(a *powermap.Article) (f *powermap.Facts, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("extraction failed on this article (please report it): %v", r)
		}
	}()
	return x.Facts(a), nil
}
