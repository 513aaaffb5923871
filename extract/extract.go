// Package extract finds people, organizations, dates, amounts, quotes and
// events in an article. It is a pipeline of small stages over one
// document, in the spirit of spaCy's Doc and components; each stage is a
// package that reads the layers earlier stages left on the doc.Doc and
// adds its own, and is tested alone on sentences:
//
//   - tokens: tokens, sentences and paired quotation marks
//   - mentions: mentions of people, organizations and places
//   - coref: entities, from names, surnames, titles, descriptions, pronouns
//   - dates and amounts: dates normalised against the publication day, and
//     sums of money in dollars
//   - quotes: the speakers of quotations and embedded posts
//   - events: events from frames over the dependency tree (extract/frame)
//     of the sentences where one may fire, parsed by extract/syntax
//   - roster: which organizations the facts list (not those named only
//     as a venue, "dined at the Ashcombe Club", or as an office's seat)
//
// Every layer carries byte offsets into Article.Text, which is never
// changed. This package only wires the stages, in that order, and keeps
// the public API (New, Extractor, Doc and its layer types).
//
// Packages import only packages before them in this order, which a test
// checks (libraries without a document first; a stage never imports a
// later one):
//
//	rules, syntax < frame < doc < tokens < mentions < coref < dates < amounts < quotes < events < roster < extract
//
// rules embeds the data files (frames, titles, lexicons) and the word
// lists several stages share; doc holds the document, its layer types and
// the accessors every stage needs.
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
	"github.com/powermap/powermap/extract/roster"
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
	roster.Run(d)
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
