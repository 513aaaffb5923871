// Package query answers the questions people ask of the record —
// timelines, relationships, a pair's history, people, events, quotes,
// search — over any powermap.Store. The command line, the HTTP API and the
// web UI all call these functions.
package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/powermap/powermap"
)

// Warmth is what an event type says about a relationship: support,
// meetings, funding and reconciliation warm it; attacks and threats cool it.
func Warmth(typ string) int {
	switch typ {
	case powermap.EventSupport, powermap.EventMeet, powermap.EventFund, powermap.EventReconcile:
		return 1
	case powermap.EventOppose, powermap.EventThreaten:
		return -1
	}
	return 0
}

// When returns the date an event is placed at: its own, or the day it was
// first reported; undated is true in the second case.
func When(e *powermap.CanonicalEvent) (string, bool) {
	if e.Date != "" {
		return e.Date, false
	}
	if len(e.FirstSeen) >= 10 {
		return e.FirstSeen[:10], true
	}
	return "", true
}

// Service runs queries on a store.
type Service struct {
	Store powermap.Store
}

// entities resolves names or aliases to canonical entities.
func (s *Service) entities(ctx context.Context, refs []string) ([]*powermap.CanonicalEntity, error) {
	var out []*powermap.CanonicalEntity
	for _, r := range refs {
		e, err := s.Store.Entity(ctx, r)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Timeline is the events involving one person, or two together, in date
// order with undated events last.
type Timeline struct {
	People []*powermap.CanonicalEntity `json:"people"`
	Events []powermap.CanonicalEvent   `json:"events"`
}

// Timeline returns the events of one or two people.
func (s *Service) Timeline(ctx context.Context, refs ...string) (*Timeline, error) {
	if len(refs) == 0 || len(refs) > 2 {
		return nil, fmt.Errorf("%w: a timeline is of one person or a pair", powermap.ErrInvalid)
	}
	people, err := s.entities(ctx, refs)
	if err != nil {
		return nil, err
	}
	f := powermap.EventFilter{}
	for _, p := range people {
		f.Persons = append(f.Persons, p.ID)
	}
	evs, err := s.Store.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	if evs == nil {
		evs = []powermap.CanonicalEvent{}
	}
	return &Timeline{People: people, Events: evs}, nil
}

// Relation sums up one entity's dealings with another.
type Relation struct {
	Other    string         `json:"other"`
	Type     string         `json:"type"` // person, org
	Counts   map[string]int `json:"counts"`
	Events   int            `json:"events"`
	First    string         `json:"first"`
	Last     string         `json:"last"`
	Given    float64        `json:"given_usd"`    // funds from the subject to the other
	Received float64        `json:"received_usd"` // funds from the other to the subject
	Warmth   int            `json:"warmth"`
}

// Relations lists everyone connected to a person through events, the most
// involved first.
func (s *Service) Relations(ctx context.Context, ref string) (*powermap.CanonicalEntity, []Relation, error) {
	people, err := s.entities(ctx, []string{ref})
	if err != nil {
		return nil, nil, err
	}
	me := people[0]
	evs, err := s.Store.Events(ctx, powermap.EventFilter{Persons: []int64{me.ID}})
	if err != nil {
		return nil, nil, err
	}
	byName := map[string]*Relation{}
	for i := range evs {
		e := &evs[i]
		when, _ := When(e)
		for _, other := range e.Participants() {
			if other == me.Name {
				continue
			}
			r := byName[other]
			if r == nil {
				r = &Relation{Other: other, Counts: map[string]int{}}
				byName[other] = r
			}
			r.Counts[e.Type]++
			r.Events++
			r.Warmth += Warmth(e.Type)
			if when != "" && (r.First == "" || when < r.First) {
				r.First = when
			}
			if when > r.Last {
				r.Last = when
			}
			if e.Type == powermap.EventFund && e.AmountUSD != nil {
				if e.Source == me.Name && e.Target == other {
					r.Given += *e.AmountUSD
				}
				if e.Target == me.Name && e.Source == other {
					r.Received += *e.AmountUSD
				}
			}
		}
	}
	out := make([]Relation, 0, len(byName))
	for _, r := range byName {
		if o, err := s.Store.Entity(ctx, r.Other); err == nil {
			r.Type = o.Type
		}
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Other < out[j].Other
	})
	return me, out, nil
}

// MonthWarmth is a pair's warmth in one month.
type MonthWarmth struct {
	Month      string  `json:"month"` // YYYY-MM
	Warmth     int     `json:"warmth"`
	Cumulative int     `json:"cumulative"`
	Events     []int64 `json:"events"`
}

// Sentence is one sentence of a generated summary, with the events it
// rests on.
type Sentence struct {
	Text   string  `json:"text"`
	Events []int64 `json:"events"`
}

// History is a pair's relationship over time.
type History struct {
	People  []*powermap.CanonicalEntity `json:"people"`
	Months  []MonthWarmth               `json:"months"`
	Summary []Sentence                  `json:"summary"`
	Events  []powermap.CanonicalEvent   `json:"events"`
}

// History returns a pair's warmth month by month and a short summary of
// the arc, each sentence citing its events.
func (s *Service) History(ctx context.Context, a, b string) (*History, error) {
	t, err := s.Timeline(ctx, a, b)
	if err != nil {
		return nil, err
	}
	h := &History{People: t.People, Events: t.Events, Months: []MonthWarmth{}, Summary: []Sentence{}}
	byMonth := map[string]*MonthWarmth{}
	for i := range t.Events {
		e := &t.Events[i]
		when := e.Date
		if len(when) < 7 {
			continue // undated, or a year alone: no month to place it in
		}
		m := byMonth[when[:7]]
		if m == nil {
			m = &MonthWarmth{Month: when[:7]}
			byMonth[when[:7]] = m
		}
		m.Warmth += Warmth(e.Type)
		m.Events = append(m.Events, e.ID)
	}
	for _, m := range byMonth {
		h.Months = append(h.Months, *m)
	}
	sort.Slice(h.Months, func(i, j int) bool { return h.Months[i].Month < h.Months[j].Month })
	total := 0
	for i := range h.Months {
		total += h.Months[i].Warmth
		h.Months[i].Cumulative = total
	}
	h.Summary = summarize(t.People, t.Events)
	return h, nil
}

// phase is a run of events of one mood.
type phase struct {
	sign     int
	from, to string
	counts   map[string]int
	ids      []int64
}

// summarize describes a pair's arc in a few sentences: runs of warm and of
// cold events become "allies in 2024", "a public feud from June 2025",
// "reconciled by January 2026", each citing its events.
func summarize(people []*powermap.CanonicalEntity, evs []powermap.CanonicalEvent) []Sentence {
	var phases []*phase
	type dated struct {
		when string
		e    *powermap.CanonicalEvent
	}
	var ds []dated
	for i := range evs {
		// Only dated events tell when the mood changed.
		if when := evs[i].Date; when != "" && Warmth(evs[i].Type) != 0 {
			ds = append(ds, dated{when, &evs[i]})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].when < ds[j].when })
	for _, d := range ds {
		sign := Warmth(d.e.Type)
		if d.e.Type == powermap.EventReconcile && len(phases) > 0 && phases[len(phases)-1].sign < 0 {
			sign = 2 // a reconciliation after a feud opens a phase of its own
		}
		var p *phase
		if n := len(phases); n > 0 && (phases[n-1].sign == sign || phases[n-1].sign == 2 && sign == 1) {
			p = phases[n-1]
		} else {
			p = &phase{sign: sign, from: d.when, counts: map[string]int{}}
			phases = append(phases, p)
		}
		p.to = d.when
		p.counts[d.e.Type]++
		p.ids = append(p.ids, d.e.ID)
	}
	names := make([]string, len(people))
	for i, p := range people {
		names[i] = p.Name
	}
	pair := strings.Join(names, " and ")
	var out []Sentence
	for i, p := range phases {
		var text string
		switch {
		case p.sign == 2 || p.sign > 0 && i > 0 && p.counts[powermap.EventReconcile] > 0:
			text = fmt.Sprintf("%s reconciled %s (%s).", pair, by(p.from), countsText(p.counts))
		case p.sign > 0 && i == 0:
			text = fmt.Sprintf("%s were allies %s (%s).", pair, span(p.from, p.to), countsText(p.counts))
		case p.sign > 0:
			text = fmt.Sprintf("Relations warmed again %s (%s).", span(p.from, p.to), countsText(p.counts))
		default:
			text = fmt.Sprintf("A public feud %s (%s).", from(p.from, p.to), countsText(p.counts))
		}
		out = append(out, Sentence{Text: text, Events: p.ids})
	}
	return out
}

var monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// human renders YYYY, YYYY-MM or YYYY-MM-DD as "2024", "June 2025".
func human(d string) string {
	if len(d) >= 7 {
		m := int(d[5]-'0')*10 + int(d[6]-'0')
		if m >= 1 && m <= 12 {
			return monthNames[m] + " " + d[:4]
		}
	}
	return d[:min(4, len(d))]
}

func span(a, b string) string {
	if a[:4] == b[:4] && (len(a) < 7 || len(b) < 7 || a[:7] != b[:7]) {
		return "in " + a[:4]
	}
	if len(a) >= 7 && len(b) >= 7 && a[:7] == b[:7] {
		return "in " + human(a)
	}
	return "from " + human(a) + " to " + human(b)
}

func from(a, b string) string {
	if len(a) >= 7 && len(b) >= 7 && a[:7] == b[:7] {
		return "in " + human(a)
	}
	return "from " + human(a)
}

func by(a string) string { return "by " + human(a) }

var typeNouns = map[string][2]string{
	powermap.EventMeet: {"meeting", "meetings"}, powermap.EventFund: {"funding", "fundings"}, powermap.EventSupport: {"show of support", "shows of support"},
	powermap.EventOppose: {"attack", "attacks"}, powermap.EventThreaten: {"threat", "threats"}, powermap.EventReconcile: {"reconciliation", "reconciliations"},
}

func countsText(c map[string]int) string {
	var parts []string
	for _, t := range []string{powermap.EventReconcile, powermap.EventMeet, powermap.EventFund, powermap.EventSupport, powermap.EventOppose, powermap.EventThreaten} {
		if n := c[t]; n > 0 {
			noun := typeNouns[t][1]
			if n == 1 {
				noun = typeNouns[t][0]
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, noun))
		}
	}
	return strings.Join(parts, ", ")
}

// Filter builds an event filter from request parameters: a type, people by
// name or alias (comma-separated), dates and a place. Bad values are
// errors wrapping ErrInvalid; unknown people wrap ErrNotFound.
func (s *Service) Filter(ctx context.Context, typ, persons, from, to, place string) (powermap.EventFilter, error) {
	f := powermap.EventFilter{Type: typ, From: from, To: to, Place: place}
	if err := checkText("place", place); err != nil {
		return f, err
	}
	if len(persons) > MaxPersons*MaxText {
		return f, fmt.Errorf("%w: too many people", powermap.ErrInvalid)
	}
	if typ != "" {
		ok := false
		for _, t := range powermap.EventTypes {
			ok = ok || t == typ
		}
		if !ok {
			return f, fmt.Errorf("%w: unknown event type %q (want one of %s)", powermap.ErrInvalid, typ, strings.Join(powermap.EventTypes, ", "))
		}
	}
	for _, d := range []string{from, to} {
		if _, p, err := powermap.ParseTime(d); d != "" && (err != nil || p == powermap.PrecisionTime) {
			return f, fmt.Errorf("%w: bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", powermap.ErrInvalid, d)
		}
	}
	for _, p := range strings.Split(persons, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if len(f.Persons) == MaxPersons {
			return f, fmt.Errorf("%w: at most %d people in one filter", powermap.ErrInvalid, MaxPersons)
		}
		e, err := s.Store.Entity(ctx, p)
		if err != nil {
			return f, err
		}
		f.Persons = append(f.Persons, e.ID)
	}
	return f, nil
}

// Quotes returns quotations by a speaker (name or alias; all when empty)
// containing text.
func (s *Service) Quotes(ctx context.Context, speaker, text string) ([]powermap.QuoteRecord, error) {
	if err := checkText("the text to look for", text); err != nil {
		return nil, err
	}
	var id int64
	if strings.TrimSpace(speaker) != "" {
		e, err := s.Store.Entity(ctx, speaker)
		if err != nil {
			return nil, err
		}
		id = e.ID
	}
	return s.Store.Quotes(ctx, id, text, 0)
}

// Search finds articles by full-text query.
func (s *Service) Search(ctx context.Context, q string) ([]powermap.SearchHit, error) {
	if strings.TrimSpace(q) == "" {
		return nil, fmt.Errorf("%w: empty search", powermap.ErrInvalid)
	}
	if err := checkText("the search", q); err != nil {
		return nil, err
	}
	return s.Store.Search(ctx, q, 0)
}

// Limits on what a query may ask, so that the work of one request stays
// bounded whoever sends it.
const (
	// MaxText is the longest text to look for (people, quotes, places,
	// search), in bytes.
	MaxText = 500
	// MaxPersons is the most people one event filter may name.
	MaxPersons = 10
)

// checkText refuses text to look for that is longer than MaxText.
func checkText(what, s string) error {
	if len(s) > MaxText {
		return fmt.Errorf("%w: %s is %d bytes long; at most %d are looked for", powermap.ErrInvalid, what, len(s), MaxText)
	}
	return nil
}

// People lists the people and organizations whose name or an alias
// contains q, most reported first.
func (s *Service) People(ctx context.Context, q string, limit int) ([]powermap.CanonicalEntity, error) {
	if err := checkText("the text to look for", q); err != nil {
		return nil, err
	}
	return s.Store.Entities(ctx, strings.TrimSpace(q), limit)
}
