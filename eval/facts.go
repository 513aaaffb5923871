// Package eval writes the facts export (one JSON object per article, in
// the shape of the corpus GUIDE) and scores it against gold files by the
// same rules as the reference scorer facts.py.
package eval

import (
	"github.com/powermap/powermap"
)

// Article is one article in the facts format.
type Article struct {
	ID            string   `json:"id"`
	URL           string   `json:"url,omitempty"`
	Published     *string  `json:"published"`
	People        []Entity `json:"people"`
	Organizations []Entity `json:"organizations"`
	Events        []Event  `json:"events"`
	Quotes        []Quote  `json:"quotes"`
}

// Entity is a person or organization in the facts format.
type Entity struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// Event is an event in the facts format, with powermap's provenance
// fields (start, end, rule, confidence) beside the GUIDE's.
type Event struct {
	Type       string   `json:"type"`
	Actors     []string `json:"actors,omitempty"`
	Source     string   `json:"source,omitempty"`
	Target     string   `json:"target,omitempty"`
	Mediator   string   `json:"mediator,omitempty"`
	Also       []string `json:"also,omitempty"`
	Role       string   `json:"role,omitempty"`
	Status     string   `json:"status,omitempty"`
	Date       *string  `json:"date"`
	Place      string   `json:"place,omitempty"`
	AmountUSD  *float64 `json:"amount_usd,omitempty"`
	Planned    bool     `json:"planned,omitempty"`
	Evidence   string   `json:"evidence"`
	Start      int      `json:"start,omitempty"`
	End        int      `json:"end,omitempty"`
	Rule       string   `json:"rule,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
}

// Quote is a quote in the facts format.
type Quote struct {
	Speaker    string  `json:"speaker"`
	Text       string  `json:"text"`
	Start      int     `json:"start,omitempty"`
	End        int     `json:"end,omitempty"`
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// FromFacts renders an article and its facts in the facts format.
func FromFacts(a *powermap.Article, f *powermap.Facts) Article {
	out := Article{ID: a.Name, URL: a.URL, People: []Entity{}, Organizations: []Entity{}, Events: []Event{}, Quotes: []Quote{}}
	if a.PublishedPrecision >= powermap.PrecisionDay {
		p := a.Published.Format("2006-01-02")
		out.Published = &p
	}
	if f == nil {
		return out
	}
	for _, e := range f.People {
		out.People = append(out.People, Entity{Name: e.Name, Aliases: nonNil(e.Aliases)})
	}
	for _, e := range f.Organizations {
		out.Organizations = append(out.Organizations, Entity{Name: e.Name, Aliases: nonNil(e.Aliases)})
	}
	for _, e := range f.Events {
		ev := Event{Type: e.Type, Actors: e.Actors, Source: e.Source, Target: e.Target, Mediator: e.Mediator, Also: e.Also,
			Role: e.Role, Status: e.Status, Place: e.Place, AmountUSD: e.AmountUSD, Planned: e.Planned,
			Evidence: a.Text[e.Evidence.Start:e.Evidence.End], Start: e.Evidence.Start, End: e.Evidence.End, Rule: e.Rule, Confidence: e.Confidence}
		if e.Date != "" {
			d := e.Date
			ev.Date = &d
		}
		out.Events = append(out.Events, ev)
	}
	for _, q := range f.Quotes {
		out.Quotes = append(out.Quotes, Quote{Speaker: q.Speaker, Text: q.Text, Start: q.Span.Start, End: q.Span.End, Rule: q.Rule, Confidence: q.Confidence})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
