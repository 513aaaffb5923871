// Package query answers the questions people ask of the record —
// timelines, relationships, a pair's history, people, events, quotes,
// search — over any powermap.Store. The command line, the HTTP API and the
// web UI all call these functions.
package query

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/powermap/powermap"
)

// Warmth is what an event type says about a relationship: support,
// meetings, funding and reconciliation warm it; attacks and threats cool it.
func Warmth(typ string) int { return powermap.Warmth(typ) }

// When returns the day an event is placed at (see Place): its own date,
// a day within its month or year, or the day it was first reported;
// undated is true in the last case.
func When(e *powermap.CanonicalEvent) (string, bool) {
	p := Place(e)
	if !p.Undated() {
		return e.Date, false
	}
	return p.At, true
}

// Service runs queries on a store. Its zero value with a Store is ready;
// it must not be copied after first use. It only reads.
type Service struct {
	Store powermap.Reader

	mu sync.Mutex
	// kept holds answers computed from much of the record (networks,
	// relations), by what was asked, each with the store revision it was
	// computed at (see remember).
	kept map[string]*keptAnswer
	// searches holds searches' results by query, each with the store
	// revision it was computed at (see SearchAll).
	searches map[string]*keptSearch
}

// keptAnswer is an answer computed at a store revision; ready is closed
// once it is computed (or failed).
type keptAnswer struct {
	revision int64
	ready    chan struct{}
	v        any
	err      error
}

// maxKept bounds how many answers a Service keeps.
const maxKept = 256

// remember returns the answer build gives to the question key, computed
// once per store revision: later calls at the same revision get the same
// answer, and calls made while it is computed wait for it. A failed
// answer is not kept. build runs without the caller's cancellation, since
// others may wait for it.
func (s *Service) remember(ctx context.Context, key string, build func(context.Context) (any, error)) (any, error) {
	rev, err := s.Store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	k := s.kept[key]
	if k == nil || k.revision != rev {
		if s.kept == nil || len(s.kept) >= maxKept {
			s.kept = map[string]*keptAnswer{}
		}
		k = &keptAnswer{revision: rev, ready: make(chan struct{})}
		s.kept[key] = k
		s.mu.Unlock()
		k.v, k.err = build(context.WithoutCancel(ctx))
		close(k.ready)
	} else {
		s.mu.Unlock()
	}
	select {
	case <-k.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if k.err != nil {
		s.mu.Lock()
		if s.kept[key] == k {
			delete(s.kept, key) // the next call tries again
		}
		s.mu.Unlock()
	}
	return k.v, k.err
}

// entities resolves names or aliases to canonical entities, refusing the
// same entity twice.
func (s *Service) entities(ctx context.Context, refs []string) ([]*powermap.CanonicalEntity, error) {
	var out []*powermap.CanonicalEntity
	for _, r := range refs {
		e, err := s.entity(ctx, r)
		if err != nil {
			return nil, err
		}
		for _, o := range out {
			if o.ID == e.ID {
				return nil, fmt.Errorf("%w: %q and %q are both %s: name two different people", powermap.ErrInvalid, refs[0], r, e.Name)
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// Timeline is the events involving one person, or two together, in time
// order (see SortEvents): undated events at the day they were reported.
type Timeline struct {
	People []*powermap.CanonicalEntity `json:"people"`
	Events []powermap.CanonicalEvent   `json:"events"`
	// Next is the cursor of the page after this one (Page.After), ""
	// when this page is the last.
	Next string `json:"next,omitempty"`
}

// Page chooses one page of a list: at most Limit items (DefaultPage when
// 0, at most MaxPage), starting just after the cursor After (from the
// start when "").
type Page struct {
	After string
	Limit int
}

// Sizes of pages.
const (
	DefaultPage = 100
	MaxPage     = 1000
)

// TimelinePage returns one page of the events of one or two people, in
// time order, with the cursor of the next page. However many events the
// people have, a page costs about the same.
func (s *Service) TimelinePage(ctx context.Context, p Page, refs ...string) (*Timeline, error) {
	if len(refs) == 0 || len(refs) > 2 {
		return nil, fmt.Errorf("%w: a timeline is of one person or a pair", powermap.ErrInvalid)
	}
	if err := checkPage(&p); err != nil {
		return nil, err
	}
	people, err := s.entities(ctx, refs)
	if err != nil {
		return nil, err
	}
	return s.timelinePage(ctx, p, people)
}

// TimelinePageOf is TimelinePage for a person already looked up (as a
// person's page has, from its relations).
func (s *Service) TimelinePageOf(ctx context.Context, p Page, person *powermap.CanonicalEntity) (*Timeline, error) {
	if err := checkPage(&p); err != nil {
		return nil, err
	}
	return s.timelinePage(ctx, p, []*powermap.CanonicalEntity{person})
}

// checkPage checks a page's limit (DefaultPage when 0) and cursor.
func checkPage(p *Page) error {
	if p.Limit <= 0 {
		p.Limit = DefaultPage
	}
	if p.Limit > MaxPage {
		return fmt.Errorf("%w: at most %d events in a page", powermap.ErrInvalid, MaxPage)
	}
	if p.After != "" {
		if _, _, err := powermap.ParseEventCursor(p.After); err != nil {
			return err
		}
	}
	return nil
}

// timelinePage is a page of the timeline of people, p checked.
func (s *Service) timelinePage(ctx context.Context, p Page, people []*powermap.CanonicalEntity) (*Timeline, error) {
	f := powermap.EventFilter{After: p.After, Limit: p.Limit + 1}
	for _, pp := range people {
		f.Persons = append(f.Persons, pp.ID)
	}
	evs, err := s.Store.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	SortEvents(evs) // in the store's order already; kept for any store
	t := &Timeline{People: people, Events: evs}
	if len(evs) > p.Limit {
		t.Events = evs[:p.Limit]
		t.Next = powermap.EventCursor(&t.Events[p.Limit-1])
	}
	if t.Events == nil {
		t.Events = []powermap.CanonicalEvent{}
	}
	return t, nil
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
	SortEvents(evs)
	return &Timeline{People: people, Events: evs}, nil
}

// Relation sums up one entity's dealings with another.
type Relation struct {
	Other    string         `json:"other"`
	Type     string         `json:"type"` // person, org
	Counts   map[string]int `json:"counts"`
	Events   int            `json:"events"`
	First    string         `json:"first"` // the earliest date an event has ("" if all are undated)
	Last     string         `json:"last"`  // the latest; undated events do not count
	Undated  int            `json:"undated"`
	Given    float64        `json:"given_usd"`    // funds from the subject to the other
	Received float64        `json:"received_usd"` // funds from the other to the subject
	Warmth   int            `json:"warmth"`
}

// Relations lists everyone connected to a person through events (in any
// role, as the pair's timeline lists them), the most involved first,
// from the sums the store keeps for each pair (Store.Ties): it costs
// what the number of relations does, not the person's events.
func (s *Service) Relations(ctx context.Context, ref string) (*powermap.CanonicalEntity, []Relation, error) {
	me, rels, _, err := s.TopRelations(ctx, ref, 0)
	return me, rels, err
}

// TopRelations is Relations, at most limit of them (all if limit <= 0),
// with how many there are in all.
func (s *Service) TopRelations(ctx context.Context, ref string, limit int) (*powermap.CanonicalEntity, []Relation, int, error) {
	people, err := s.entities(ctx, []string{ref})
	if err != nil {
		return nil, nil, 0, err
	}
	me := people[0]
	ties, total, err := s.Store.Ties(ctx, me.ID, limit)
	if err != nil {
		return nil, nil, 0, err
	}
	out := make([]Relation, 0, len(ties))
	for _, t := range ties {
		out = append(out, relation(t))
	}
	return me, out, total, nil
}

// relation is the Relation a tie sums up.
func relation(t powermap.Tie) Relation {
	r := Relation{Other: t.Name, Type: t.Type, Counts: t.Counts, Events: t.Events, First: t.First, Last: t.Last,
		Undated: t.Undated, Given: t.Given, Received: t.Received}
	if r.Counts == nil {
		r.Counts = map[string]int{}
	}
	for typ, n := range r.Counts {
		r.Warmth += n * Warmth(typ)
	}
	return r
}

// MonthWarmth is a pair's warmth in one month.
type MonthWarmth struct {
	Month string `json:"month"` // YYYY-MM
	// Warmth is the sum of the month's events (+1 warm, -1 hostile);
	// Cumulative the running total since the first month.
	Warmth     int `json:"warmth"`
	Cumulative int `json:"cumulative"`
	// Score is the recent balance: the month's warmth plus the score of
	// the month before, halved every WarmthHalfLife months. It falls
	// below zero when hostility outweighs what came before, and fades
	// back toward zero when nothing happens.
	Score  float64 `json:"score"`
	Events []int64 `json:"events"`
	// Undated counts the events placed here by their report date.
	Undated int `json:"undated"`
}

// WarmthHalfLife is the number of months after which an event counts half
// as much in a MonthWarmth's Score.
const WarmthHalfLife = powermap.WarmthHalfLife

// Sentence is one sentence of a generated summary, with the events it
// rests on.
type Sentence struct {
	Text   string  `json:"text"`
	Events []int64 `json:"events"`
}

// History is a pair's relationship over time.
type History struct {
	People []*powermap.CanonicalEntity `json:"people"`
	// Months runs from the first event's month to the last's, every
	// month included, so that the score can be drawn as a line.
	Months  []MonthWarmth             `json:"months"`
	Summary []Sentence                `json:"summary"`
	Events  []powermap.CanonicalEvent `json:"events"`
}

// History returns a pair's warmth month by month and a short summary of
// the arc, each sentence citing its events. Every event counts: undated
// ones in the month they were reported, those dated to a year or month
// where Place puts them.
func (s *Service) History(ctx context.Context, a, b string) (*History, error) {
	t, err := s.Timeline(ctx, a, b)
	if err != nil {
		return nil, err
	}
	h := &History{People: t.People, Events: t.Events, Months: Months(t.Events), Summary: summarize(t.People, t.Events)}
	return h, nil
}

// Months is the warmth of events month by month, from the first event's
// month to the last's (see MonthWarmth).
func Months(evs []powermap.CanonicalEvent) []MonthWarmth {
	byMonth := map[string]*MonthWarmth{}
	first, last := "", ""
	for i := range evs {
		e := &evs[i]
		p := Place(e)
		if p.At == "" {
			continue
		}
		key := p.At[:7]
		m := byMonth[key]
		if m == nil {
			m = &MonthWarmth{Month: key, Events: []int64{}}
			byMonth[key] = m
		}
		m.Warmth += Warmth(e.Type)
		m.Events = append(m.Events, e.ID)
		if p.Undated() {
			m.Undated++
		}
		if first == "" || key < first {
			first = key
		}
		if key > last {
			last = key
		}
	}
	out := []MonthWarmth{}
	if first == "" {
		return out
	}
	decay := math.Pow(0.5, 1/WarmthHalfLife)
	start, _ := time.Parse("2006-01", first)
	end, _ := time.Parse("2006-01", last)
	total, score := 0, 0.0
	for t := start; !t.After(end); t = t.AddDate(0, 1, 0) {
		key := t.Format("2006-01")
		m := byMonth[key]
		if m == nil {
			m = &MonthWarmth{Month: key, Events: []int64{}}
		}
		total += m.Warmth
		score = score*decay + float64(m.Warmth)
		m.Cumulative = total
		m.Score = math.Round(score*100) / 100
		out = append(out, *m)
	}
	return out
}

// phase is a run of events of one mood.
type phase struct {
	sign int
	// from and to are the dates the phase's most precise events give
	// (level 2: days and months, 1: years, 0: report dates of undated
	// events), from the one that starts earliest to the one that ends
	// latest.
	from, to       string
	fromDay, toDay string
	level          int
	counts         map[string]int
	ids            []int64
}

// summarize describes a pair's arc in a few sentences: runs of warm and of
// cold events become "allies in 2024", "a public feud from June 2025",
// "reconciled by January 2026", each citing its events. Events are taken
// in the order Place gives, undated ones at their report date.
func summarize(people []*powermap.CanonicalEntity, evs []powermap.CanonicalEvent) []Sentence {
	var phases []*phase
	type placed struct {
		p Placement
		e *powermap.CanonicalEvent
	}
	var ds []placed
	for i := range evs {
		if p := Place(&evs[i]); p.At != "" && Warmth(evs[i].Type) != 0 {
			ds = append(ds, placed{p, &evs[i]})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].p.At < ds[j].p.At })
	for _, d := range ds {
		sign := Warmth(d.e.Type)
		if d.e.Type == powermap.EventReconcile && len(phases) > 0 && phases[len(phases)-1].sign < 0 {
			sign = 2 // a reconciliation after a feud opens a phase of its own
		}
		var p *phase
		if n := len(phases); n > 0 && (phases[n-1].sign == sign || phases[n-1].sign == 2 && sign == 1) {
			p = phases[n-1]
		} else {
			p = &phase{sign: sign, counts: map[string]int{}}
			phases = append(phases, p)
		}
		date := d.e.Date
		if d.p.Undated() {
			date = d.p.At
		}
		// The phase's span comes from its most precise events: days and
		// months, else years, else report dates.
		level := map[string]int{"day": 2, "month": 2, "year": 1}[d.p.Precision]
		if level > p.level || p.from == "" {
			p.from, p.fromDay, p.to, p.toDay, p.level = date, d.p.From, date, d.p.To, level
		} else if level == p.level {
			if d.p.From < p.fromDay {
				p.from, p.fromDay = date, d.p.From
			}
			if d.p.To > p.toDay {
				p.to, p.toDay = date, d.p.To
			}
		}
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
		e, err := s.entity(ctx, p)
		if err != nil {
			return f, err
		}
		if slices.Contains(f.Persons, e.ID) {
			return f, fmt.Errorf("%w: %q is %s, named already: name different people", powermap.ErrInvalid, p, e.Name)
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
		e, err := s.entity(ctx, speaker)
		if err != nil {
			return nil, err
		}
		id = e.ID
	}
	return s.Store.Quotes(ctx, id, text, 0)
}

// Search finds articles by full-text query.
func (s *Service) Search(ctx context.Context, q string) ([]powermap.SearchHit, error) {
	if err := checkSearch(q); err != nil {
		return nil, err
	}
	return s.Store.Search(ctx, q, 0)
}

// checkSearch refuses an empty search and one longer than MaxText.
func checkSearch(q string) error {
	if strings.TrimSpace(q) == "" {
		return fmt.Errorf("%w: empty search", powermap.ErrInvalid)
	}
	return checkText("the search", q)
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
