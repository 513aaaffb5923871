package extract

import (
	"fmt"
	"sort"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/kb"
)

// Extractor runs the pipeline with one knowledge base and one set of event
// rules. It is safe for concurrent use.
type Extractor struct {
	KB     *kb.KB
	frames *frame.Lexicon
}

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
	d := &Doc{Article: a, Text: a.Text, KB: x.KB, frames: x.frames}
	if a.PublishedPrecision >= powermap.PrecisionDay {
		y, m, dd := a.Published.Date()
		d.Published = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	d.splitSentences()
	d.findQuoteSpans()
	d.findMentions()
	d.resolve()
	d.findDates()
	d.findTermDates()
	d.findLeadDay()
	d.findAmounts()
	d.attributeQuotes()
	d.findEvents()
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

// Facts collects the document's people, organizations, events and quotes.
func (d *Doc) Facts() *powermap.Facts {
	f := &powermap.Facts{People: []powermap.Entity{}, Organizations: []powermap.Entity{}, Events: d.Events, Quotes: d.Quotes}
	if f.Events == nil {
		f.Events = []powermap.Event{}
	}
	if f.Quotes == nil {
		f.Quotes = []powermap.Quote{}
	}
	for _, ent := range d.Entities {
		if len(ent.Mentions) == 0 {
			continue
		}
		named := ent.Named
		for _, mi := range ent.Mentions {
			if r := d.Mentions[mi].Rule; r == "title" || r == "org-role" || r == "handle" {
				named = true
			}
		}
		if !named {
			continue
		}
		e := powermap.Entity{Name: ent.Name, Type: string(ent.Type), Aliases: []string{}}
		if ent.KB != nil {
			e.KBID = ent.KB.ID
		}
		for a := range ent.Aliases {
			if a != ent.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
		for _, mi := range ent.Mentions {
			m := d.Mentions[mi]
			e.Mentions = append(e.Mentions, powermap.Span{Start: m.Start, End: m.End})
		}
		if ent.Type == Person {
			f.People = append(f.People, e)
		} else {
			f.Organizations = append(f.Organizations, e)
		}
	}
	return f
}
