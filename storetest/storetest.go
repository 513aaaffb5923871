// Package storetest is the conformance suite every powermap.Store runs:
// articles and facts, resolution and queries, event ids that never change
// meaning, the curation log and its undo, and writes that leave whole
// articles only. A store's own tests call Run with a way to make a new
// empty store:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) storetest.Opener { … })
//	}
//
// The suite uses only the Store interface, so that the SQLite store and
// any later one (PostgreSQL) are held to the same behaviour.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// Opener opens one store; each call opens the same store again (the
// previous handle may have been closed, or abandoned as if the process
// had died).
type Opener func() (powermap.Store, error)

// NewStore makes a new, empty store for test t and returns its Opener.
type NewStore func(t *testing.T) Opener

// Run runs the conformance suite against the stores newStore makes.
func Run(t *testing.T, newStore NewStore) {
	for _, c := range []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Articles", testArticles},
		{"Facts", testFacts},
		{"ResolveAndQueries", testResolveAndQueries},
		{"EventPagesAndCounts", testEventPages},
		{"IncrementalResolution", testIncremental},
		{"EventIDsStable", testEventIDsStable},
		{"EventMoved", testEventMoved},
		{"CurationLogAndUndo", testCuration},
		{"AliasNeverMerges", testAliasNeverMerges},
		{"SplitAndUndo", testSplit},
		{"RejectEvent", testRejectEvent},
		{"RemoveArticle", testRemoveArticle},
		{"Config", testConfig},
		{"WholeArticlesOnly", testWholeArticles},
		{"PendingSurvivesReopen", testPendingSurvivesReopen},
		{"SearchSyntax", testSearchSyntax},
		{"EvidenceBytes", testEvidenceBytes},
		{"ArticlePageAndLinks", testArticlePageAndLinks},
		{"Ties", testTies},
		{"ConcurrentWriters", func(t *testing.T, o Opener) { ConcurrentSameEvent(t, o, 10) }},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, newStore(t)) })
	}
}

// open opens the store, closing it when the test ends.
func open(t *testing.T, o Opener) powermap.Store {
	t.Helper()
	s, err := o()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// report is one event an article states, placed in its text.
type report struct {
	ev       powermap.Event
	sentence string
}

// meet is an article's report of a meeting of actors.
func meet(date, place string, actors ...string) report {
	return report{powermap.Event{Type: powermap.EventMeet, Actors: actors, Date: date, Place: place},
		fmt.Sprintf("%s met on %s at %s.", strings.Join(actors, " and "), date, place)}
}

// directed is an article's report of a directed event.
func directed(typ, date, source, target string) report {
	return report{powermap.Event{Type: typ, Source: source, Target: target, Date: date},
		fmt.Sprintf("%s acted (%s) towards %s on %s.", source, typ, target, date)}
}

// newArticle builds an article named name published on day (YYYY-MM-DD)
// naming people, with the reports given and one quote by the first person.
// The text is written for the suite; every event's evidence is its own
// sentence.
func newArticle(name, day string, people []string, reports ...report) *powermap.Article {
	pub, _ := time.Parse("2006-01-02", day)
	var sb strings.Builder
	fmt.Fprintf(&sb, "Report %s from the harbor desk.\n", name)
	f := &powermap.Facts{}
	for _, p := range people {
		f.People = append(f.People, powermap.Entity{Name: p, Type: "person", Aliases: []string{}, Mentions: []powermap.Span{}})
	}
	for _, r := range reports {
		ev := r.ev
		ev.Evidence = powermap.Span{Start: sb.Len(), End: sb.Len() + len(r.sentence)}
		ev.Rule, ev.Confidence = "storetest", 0.9
		sb.WriteString(r.sentence + "\n")
		f.Events = append(f.Events, ev)
	}
	if len(people) > 0 {
		q := "The harbor will be dredged " + name
		start := sb.Len() + len(people[0]) + len(" said, “")
		fmt.Fprintf(&sb, "%s said, “%s.”\n", people[0], q)
		f.Quotes = append(f.Quotes, powermap.Quote{Speaker: people[0], Text: q, Span: powermap.Span{Start: start, End: start + len(q)}, Rule: "storetest", Confidence: 0.9})
	}
	return &powermap.Article{Name: name, Source: name + ".txt", Format: "text", Title: "Harbor " + name, Outlet: "Suite Wire",
		Published: pub, PublishedPrecision: powermap.PrecisionDay, Text: sb.String(), Facts: f}
}

// put stores articles and fails the test on error.
func put(t *testing.T, s powermap.Store, arts ...*powermap.Article) {
	t.Helper()
	for _, a := range arts {
		if _, err := s.PutArticle(context.Background(), a); err != nil {
			t.Fatalf("PutArticle %s: %v", a.Name, err)
		}
	}
}

// resolve resolves and fails the test on error.
func resolve(t *testing.T, s powermap.Store) powermap.ResolveReport {
	t.Helper()
	rep, err := s.Resolve(context.Background())
	if err != nil {
		t.Fatalf("Resolve: %v", err)
	}
	return rep
}

// entityID returns the id of the entity ref names.
func entityID(t *testing.T, s powermap.Store, ref string) int64 {
	t.Helper()
	e, err := s.Entity(context.Background(), ref)
	if err != nil {
		t.Fatalf("Entity %q: %v", ref, err)
	}
	return e.ID
}

// events lists the merged events f selects, after checking what the
// store keeps of them (verifyKept).
func events(t *testing.T, s powermap.Store, f powermap.EventFilter) []powermap.CanonicalEvent {
	t.Helper()
	verifyKept(t, s)
	evs, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events %+v: %v", f, err)
	}
	return evs
}

// Verifier is a store that keeps what it could compute from the record
// (such as the SQL stores' event cards) and can check it: VerifyKept
// computes it again and reports every difference.
type Verifier interface {
	VerifyKept(ctx context.Context) error
}

// verifyKept fails the test if s is a Verifier whose kept data differ
// from the record.
func verifyKept(t *testing.T, s powermap.Store) {
	t.Helper()
	if v, ok := s.(Verifier); ok {
		if err := v.VerifyKept(context.Background()); err != nil {
			t.Fatalf("what the store keeps differs from the record:\n%v", err)
		}
	}
}

// describe names a merged event by what it is (type, participants, date,
// reporting articles), not by its id.
func describe(e powermap.CanonicalEvent) string {
	var arts []string
	for _, s := range e.Sources {
		arts = append(arts, s.Name)
	}
	slices.Sort(arts)
	actors := slices.Sorted(slices.Values(e.Actors))
	return fmt.Sprintf("%s %v %s>%s %s %v", e.Type, actors, e.Source, e.Target, e.Date, arts)
}

// idsByWhat maps every merged event's description to its id.
func idsByWhat(t *testing.T, s powermap.Store) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, e := range events(t, s, powermap.EventFilter{}) {
		out[describe(e)] = e.ID
	}
	return out
}

// testArticles checks storing, duplicates (by text and by URL), lookup by
// id, name and URL, the listing and full-text search.
func testArticles(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	a := newArticle("a1", "2025-03-10", []string{"Ada Quill"})
	a.URL = "https://example.test/a1"
	res, err := s.PutArticle(ctx, a)
	if err != nil || res.Duplicate || res.ID == 0 || a.ID != res.ID {
		t.Fatalf("PutArticle: %+v (article id %d), %v", res, a.ID, err)
	}
	// The same text up to case and spacing, and the same URL, are the
	// article already stored.
	same := newArticle("a1-again", "2025-03-10", []string{"Ada Quill"})
	same.Text = strings.ToUpper(strings.ReplaceAll(a.Text, " ", "  "))
	byURL := newArticle("a1-url", "2025-03-11", nil)
	byURL.URL = a.URL
	for _, d := range []*powermap.Article{same, byURL} {
		r, err := s.PutArticle(ctx, d)
		if err != nil || !r.Duplicate || r.ID != res.ID {
			t.Errorf("PutArticle %s: %+v, %v; want a duplicate of #%d", d.Name, r, err, res.ID)
		}
	}
	b := newArticle("b1", "2025-03-12", []string{"Tomas Reyes"})
	put(t, s, b)
	for _, ref := range []string{fmt.Sprint(res.ID), "a1", a.URL} {
		got, err := s.Article(ctx, ref)
		if err != nil || got.ID != res.ID || got.Text != a.Text || got.Name != "a1" || got.PublishedString() != "2025-03-10" {
			t.Errorf("Article(%q) = %+v, %v", ref, got, err)
		}
	}
	if _, err := s.Article(ctx, "no-such-article"); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("Article of an unknown name: %v, want ErrNotFound", err)
	}
	list, err := s.Articles(ctx)
	if err != nil || len(list) != 2 || list[0].Name != "a1" || list[1].Name != "b1" || list[0].Outlet != "Suite Wire" {
		t.Errorf("Articles = %+v, %v; want a1 then b1", list, err)
	}
	hits, err := s.Search(ctx, "harbor desk", 10)
	if err != nil || len(hits) != 2 {
		t.Errorf("Search(harbor desk) = %+v, %v; want both articles", hits, err)
	}
	hits, err = s.Search(ctx, "b1", 10)
	if err != nil || len(hits) != 1 || hits[0].ArticleID != b.ID {
		t.Errorf("Search(b1) = %+v, %v; want article b1", hits, err)
	}
	if hits, err := s.Search(ctx, "zeppelin", 10); err != nil || len(hits) != 0 {
		t.Errorf("Search(zeppelin) = %+v, %v; want nothing", hits, err)
	}
}

// testFacts checks that facts come back as stored and that PutFacts
// replaces them and marks resolution pending.
func testFacts(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	a := newArticle("f1", "2025-03-10", []string{"Ada Quill", "Tomas Reyes"},
		meet("2025-03-09", "the Harborview Club", "Ada Quill", "Tomas Reyes"),
		directed(powermap.EventFund, "2025-03-08", "Ada Quill", "Tomas Reyes"))
	amount := 2e6
	a.Facts.Events[1].AmountUSD = &amount
	put(t, s, a)
	f, err := s.Facts(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.People) != 2 || len(f.Events) != 2 || len(f.Quotes) != 1 {
		t.Fatalf("Facts = %d people, %d events, %d quotes; want 2, 2, 1", len(f.People), len(f.Events), len(f.Quotes))
	}
	if e := f.Events[1]; e.Source != "Ada Quill" || e.AmountUSD == nil || *e.AmountUSD != amount || e.Evidence != a.Facts.Events[1].Evidence || e.Rule != "storetest" {
		t.Errorf("fund event came back as %+v", e)
	}
	if e := f.Events[0]; !slices.Equal(e.Actors, []string{"Ada Quill", "Tomas Reyes"}) || e.Place != "the Harborview Club" || e.Date != "2025-03-09" {
		t.Errorf("meeting came back as %+v", e)
	}
	// PutFacts replaces everything the article had.
	repl := &powermap.Facts{People: []powermap.Entity{{Name: "Grace Okafor", Type: "person"}}}
	if err := s.PutFacts(ctx, a.ID, repl); err != nil {
		t.Fatal(err)
	}
	if f, err = s.Facts(ctx, a.ID); err != nil || len(f.People) != 1 || f.People[0].Name != "Grace Okafor" || len(f.Events) != 0 || len(f.Quotes) != 0 {
		t.Errorf("after PutFacts: %+v, %v", f, err)
	}
	if pending, err := s.ResolvePending(ctx); err != nil || !pending {
		t.Errorf("ResolvePending after PutFacts = %v, %v; want true", pending, err)
	}
}

// testResolveAndQueries resolves three articles and checks the report,
// entities, every event filter, quotes and edges.
func testResolveAndQueries(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas, grace := "Ada Quill", "Tomas Reyes", "Grace Okafor"
	put(t, s,
		newArticle("r1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas)),
		newArticle("r2", "2025-03-11", []string{tomas, ada, grace}, meet("2025-03-09", "", tomas, ada), directed(powermap.EventOppose, "2025-03-10", grace, ada)),
		newArticle("r3", "2025-05-20", []string{ada, tomas}, meet("2025-05-19", "City Hall", ada, tomas)))
	if pending, err := s.ResolvePending(ctx); err != nil || !pending {
		t.Fatalf("ResolvePending before Resolve = %v, %v; want true", pending, err)
	}
	rep := resolve(t, s)
	if rep.Events != 3 || rep.MergedEvents != 1 || rep.EntitiesCreated != 3 {
		t.Errorf("Resolve report %+v; want 3 events, 1 with several reports, 3 entities", rep)
	}
	if pending, err := s.ResolvePending(ctx); err != nil || pending {
		t.Errorf("ResolvePending after Resolve = %v, %v; want false", pending, err)
	}
	e, err := s.Entity(ctx, ada)
	if err != nil || e.Name != ada || e.Articles != 3 || e.Events != 3 || e.Type != "person" {
		t.Fatalf("Entity(%s) = %+v, %v; want 3 articles, 3 events", ada, e, err)
	}
	if byID, err := s.Entity(ctx, fmt.Sprint(e.ID)); err != nil || byID.ID != e.ID {
		t.Errorf("Entity by id = %+v, %v", byID, err)
	}
	if _, err := s.Entity(ctx, "Nobody Atall"); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("Entity of an unknown name: %v, want ErrNotFound", err)
	}
	list, err := s.Entities(ctx, "", 0)
	if err != nil || len(list) != 3 || list[len(list)-1].Name != grace {
		t.Errorf("Entities = %+v, %v; want 3, Grace (one article) last", list, err)
	}
	if list, err := s.Entities(ctx, "quil", 10); err != nil || len(list) != 1 || list[0].Name != ada {
		t.Errorf("Entities(quil) = %+v, %v", list, err)
	}
	if list, err := s.Entities(ctx, "", 1); err != nil || len(list) != 1 {
		t.Errorf("Entities limited to 1 = %d, %v", len(list), err)
	}
	aID, tID, gID := e.ID, entityID(t, s, tomas), entityID(t, s, grace)
	meets := events(t, s, powermap.EventFilter{Type: powermap.EventMeet, Persons: []int64{aID, tID}})
	if len(meets) != 2 || meets[0].Date != "2025-03-09" || meets[1].Date != "2025-05-19" {
		t.Fatalf("meetings of Ada and Tomas: %+v; want two, in date order", meets)
	}
	dinner := meets[0]
	if len(dinner.Sources) != 2 || dinner.Place != "the Harborview Club" || !slices.Equal(dinner.Actors, []string{ada, tomas}) {
		t.Errorf("the dinner: %d sources, place %q, actors %v", len(dinner.Sources), dinner.Place, dinner.Actors)
	}
	for _, src := range dinner.Sources {
		a, err := s.Article(ctx, src.Name)
		if err != nil || src.Evidence == "" || a.Text[src.Start:src.End] != src.Evidence {
			t.Errorf("source %s: evidence %q does not match its span: %v", src.Name, src.Evidence, err)
		}
	}
	for _, c := range []struct {
		f    powermap.EventFilter
		want int
	}{
		{powermap.EventFilter{}, 3},
		{powermap.EventFilter{ID: dinner.ID}, 1},
		{powermap.EventFilter{Type: powermap.EventOppose}, 1},
		{powermap.EventFilter{Persons: []int64{gID}}, 1},
		{powermap.EventFilter{Persons: []int64{gID, tID}}, 0},
		{powermap.EventFilter{From: "2025-04"}, 1},
		{powermap.EventFilter{To: "2025-03"}, 2},
		{powermap.EventFilter{From: "2025-03-10", To: "2025-03-10"}, 1},
		{powermap.EventFilter{Place: "harborview"}, 1},
		{powermap.EventFilter{Limit: 2}, 2},
	} {
		if got := events(t, s, c.f); len(got) != c.want {
			t.Errorf("Events(%+v) = %d events; want %d", c.f, len(got), c.want)
		}
	}
	opp := events(t, s, powermap.EventFilter{Type: powermap.EventOppose})[0]
	if opp.Source != grace || opp.Target != ada {
		t.Errorf("oppose event %s > %s; want %s > %s", opp.Source, opp.Target, grace, ada)
	}
	quotes, err := s.Quotes(ctx, aID, "", 0)
	if err != nil || len(quotes) != 2 || quotes[0].Speaker != ada {
		t.Errorf("Quotes of Ada = %+v, %v; want 2 (r1, r3)", quotes, err)
	}
	if quotes, err := s.Quotes(ctx, 0, "dredged r2", 0); err != nil || len(quotes) != 1 || quotes[0].Speaker != tomas {
		t.Errorf("Quotes containing 'dredged r2' = %+v, %v; want Tomas's", quotes, err)
	}
	edges, err := s.Edges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]int{}
	for _, e := range edges {
		found[fmt.Sprintf("%d-%d %s", min(e.A, e.B), max(e.A, e.B), e.Type)] = e.Count
	}
	if found[fmt.Sprintf("%d-%d meet", min(aID, tID), max(aID, tID))] != 2 || found[fmt.Sprintf("%d-%d oppose", min(aID, gID), max(aID, gID))] != 1 || len(found) != 2 {
		t.Errorf("Edges = %v; want Ada–Tomas meet 2, Ada–Grace oppose 1", found)
	}
}

// testEventPages checks that events come in time order (EventOrder, then
// id: undated ones at the day they were reported, a month-dated one within
// its month), that pages joined by their cursors give the whole list, for
// everyone, one person and a pair, that NoSources leaves the sources out
// but not the participants, and that entities' counts are those of their
// events.
func testEventPages(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas, grace := "Ada Quill", "Tomas Reyes", "Grace Okafor"
	put(t, s,
		newArticle("p1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas), directed(powermap.EventSupport, "", ada, tomas)),
		newArticle("p2", "2025-04-20", []string{tomas, ada, grace}, directed(powermap.EventOppose, "2025-04", grace, ada), directed(powermap.EventFund, "2025-04-02", ada, grace)),
		newArticle("p3", "2025-05-20", []string{ada, tomas, grace}, meet("2025-05-19", "City Hall", ada, tomas), directed(powermap.EventThreaten, "", tomas, grace),
			directed(powermap.EventSupport, "2025", grace, tomas)))
	resolve(t, s)
	all := events(t, s, powermap.EventFilter{})
	if len(all) != 7 {
		t.Fatalf("%d events; want 7: %v", len(all), all)
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		ka, kb := powermap.EventOrder(a.Date, a.FirstSeen), powermap.EventOrder(b.Date, b.FirstSeen)
		if ka > kb || ka == kb && a.ID > b.ID {
			t.Errorf("event %d (%s %q) listed before %d (%s %q)", a.ID, a.Type, a.Date, b.ID, b.Type, b.Date)
		}
	}
	aID, tID := entityID(t, s, ada), entityID(t, s, tomas)
	for _, persons := range [][]int64{nil, {aID}, {aID, tID}, {tID, aID}} {
		whole := events(t, s, powermap.EventFilter{Persons: persons})
		var paged []int64
		f := powermap.EventFilter{Persons: persons, Limit: 2}
		for range 10 {
			page := events(t, s, f)
			for _, e := range page {
				paged = append(paged, e.ID)
			}
			if len(page) < f.Limit {
				break
			}
			f.After = powermap.EventCursor(&page[len(page)-1])
		}
		var want []int64
		for _, e := range whole {
			want = append(want, e.ID)
		}
		if len(want) < 3 || !slices.Equal(paged, want) {
			t.Errorf("events of %v in pages of 2: %v; want %v (more than one page)", persons, paged, want)
		}
		if len(persons) > 0 {
			for _, p := range persons {
				e, err := s.Entity(ctx, fmt.Sprint(p))
				if err != nil {
					t.Fatal(err)
				}
				if n := len(events(t, s, powermap.EventFilter{Persons: []int64{p}})); e.Events != n {
					t.Errorf("%s counts %d events; %d listed", e.Name, e.Events, n)
				}
			}
		}
	}
	newest := events(t, s, powermap.EventFilter{Newest: true, Limit: 3})
	if len(newest) != 3 || newest[0].ID != all[len(all)-1].ID || newest[2].ID != all[len(all)-3].ID {
		t.Errorf("the 3 newest events: %v; want the last 3 of %v, latest first", newest, all)
	} else if older := events(t, s, powermap.EventFilter{Newest: true, Limit: 1, After: powermap.EventCursor(&newest[2])}); len(older) != 1 || older[0].ID != all[len(all)-4].ID {
		t.Errorf("the newest event before %d: %v; want %d", newest[2].ID, older, all[len(all)-4].ID)
	}
	if _, err := s.Events(ctx, powermap.EventFilter{After: "not a cursor"}); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("Events after a bad cursor: %v; want ErrInvalid", err)
	}
	gID := entityID(t, s, grace)
	if got := events(t, s, powermap.EventFilter{Types: []string{powermap.EventMeet, powermap.EventFund}}); len(got) != 3 {
		t.Errorf("meetings and fundings: %d events; want 3", len(got))
	}
	if got := events(t, s, powermap.EventFilter{Among: []int64{tID, gID}}); len(got) != 2 {
		t.Errorf("events Tomas and Grace take part in: %d; want 2 (the threat and the support)", len(got))
	}
	busy, err := s.Busiest(ctx, powermap.EventFilter{}, 2)
	if err != nil || len(busy) != 2 || busy[0].Name != ada || busy[0].Events != 5 || busy[1].Name != tomas || busy[1].Events != 5 {
		t.Errorf("Busiest(2) = %+v, %v; want Ada Quill and Tomas Reyes (5 events each, by name)", busy, err)
	}
	busy, err = s.Busiest(ctx, powermap.EventFilter{Types: []string{powermap.EventThreaten, powermap.EventOppose}, From: "2025-04"}, 0)
	if err != nil || len(busy) != 3 || busy[0].Name != grace || busy[0].Events != 2 || busy[1].Name != ada || busy[1].Events != 1 {
		t.Errorf("Busiest(threats and attacks from 2025-04) = %+v, %v; want Grace (2 events), then Ada and Tomas (1)", busy, err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := s.Revision(ctx); err != nil || again != rev {
		t.Errorf("Revision changed with nothing written: %d, then %d (%v)", rev, again, err)
	}
	put(t, s, newArticle("p4", "2025-06-01", []string{ada, grace}, meet("2025-05-30", "the State House", ada, grace)))
	resolve(t, s)
	after, err := s.Revision(ctx)
	if err != nil || after <= rev {
		t.Errorf("Revision after a new event: %d (was %d), %v; want it higher", after, rev, err)
	}
	// An article that names no one changes no event or entity, but what
	// its text is found by does.
	put(t, s, newArticle("p5", "2025-06-02", nil))
	resolve(t, s)
	if again, err := s.Revision(ctx); err != nil || again <= after {
		t.Errorf("Revision after an article naming no one: %d (was %d), %v; want it higher", again, after, err)
	}
	bare := events(t, s, powermap.EventFilter{Persons: []int64{aID, tID}, NoSources: true})
	if len(bare) == 0 {
		t.Fatal("no events of Ada and Tomas without sources")
	}
	for _, e := range bare {
		if len(e.Sources) != 0 || len(e.Participants()) < 2 {
			t.Errorf("event %d without sources: %d sources, participants %v", e.ID, len(e.Sources), e.Participants())
		}
	}
}

// testIncremental checks that resolving in steps gives what resolving at
// once gives, and that a report of an old happening joins it.
func testIncremental(t *testing.T, o Opener) {
	s := open(t, o)
	ada, tomas := "Ada Quill", "Tomas Reyes"
	put(t, s, newArticle("i1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas)))
	resolve(t, s)
	first := events(t, s, powermap.EventFilter{})
	if len(first) != 1 {
		t.Fatalf("%d events after the first article; want 1", len(first))
	}
	// Unrelated articles, then a late report of the same dinner.
	for i := range 5 {
		day := fmt.Sprintf("2025-04-%02d", 1+7*i) // a week apart: five happenings
		put(t, s, newArticle(fmt.Sprint("other", i), day, []string{"Grace Okafor", "Harlan Voss"}, directed(powermap.EventSupport, day, "Grace Okafor", "Harlan Voss")))
	}
	resolve(t, s)
	put(t, s, newArticle("i2", "2025-03-12", []string{tomas, ada}, meet("2025-03-09", "", tomas, ada)))
	rep := resolve(t, s)
	if rep.Events != 6 || rep.MergedEvents != 1 {
		t.Errorf("report %+v; want 6 events, 1 with several reports", rep)
	}
	evs := events(t, s, powermap.EventFilter{Type: powermap.EventMeet})
	if len(evs) != 1 || evs[0].ID != first[0].ID || len(evs[0].Sources) != 2 {
		t.Errorf("the dinner after a late report: %+v; want id %d with 2 sources", evs, first[0].ID)
	}
	// Nothing pending: a resolution changes nothing.
	before := idsByWhat(t, s)
	resolve(t, s)
	if after := idsByWhat(t, s); !mapsEqual(before, after) {
		t.Errorf("a resolution with nothing pending changed events:\n%v\n%v", before, after)
	}
}

// mapsEqual reports whether two description → id maps are equal.
func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// testEventIDsStable checks that an event keeps its id across
// re-resolution, re-extraction and new reports, and that a merge keeps
// the oldest id.
func testEventIDsStable(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas, grace := "Ada Quill", "Tomas Reyes", "Grace Okafor"
	a1 := newArticle("s1", "2025-03-10", []string{ada, tomas, grace},
		meet("2025-03-09", "the Harborview Club", ada, tomas),
		directed(powermap.EventOppose, "2025-03-10", grace, ada))
	a2 := newArticle("s2", "2025-06-02", []string{ada, grace}, directed(powermap.EventSupport, "2025-06-01", ada, grace))
	put(t, s, a1, a2)
	resolve(t, s)
	ids := idsByWhat(t, s)
	if len(ids) != 3 {
		t.Fatalf("events %v; want 3", ids)
	}
	// Re-extraction that finds the same facts.
	f, err := s.Facts(ctx, a1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutFacts(ctx, a1.ID, f); err != nil {
		t.Fatal(err)
	}
	resolve(t, s)
	if got := idsByWhat(t, s); !mapsEqual(ids, got) {
		t.Errorf("ids after re-extraction:\n%v\nwant\n%v", got, ids)
	}
	// A new report of the meeting joins it under its id; the others keep
	// theirs.
	put(t, s, newArticle("s3", "2025-03-11", []string{tomas, ada}, meet("2025-03-09", "", tomas, ada)))
	resolve(t, s)
	for _, e := range events(t, s, powermap.EventFilter{}) {
		want := ids[describe(e)]
		if e.Type == powermap.EventMeet {
			want = ids["meet [Ada Quill Tomas Reyes] > 2025-03-09 [s1]"]
			if len(e.Sources) != 2 {
				t.Errorf("the meeting has %d sources; want 2", len(e.Sources))
			}
		}
		if e.ID != want {
			t.Errorf("%s has id %d; want %d", describe(e), e.ID, want)
		}
	}
	// Re-extraction that drops the oppose event: its id is gone, the
	// others stay.
	opp := ids["oppose [] Grace Okafor>Ada Quill 2025-03-10 [s1]"]
	f.Events = f.Events[:1]
	if err := s.PutFacts(ctx, a1.ID, f); err != nil {
		t.Fatal(err)
	}
	resolve(t, s)
	if _, err := s.EventMoved(ctx, opp); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("EventMoved of a dropped event: %v; want ErrNotFound", err)
	}
	if got := events(t, s, powermap.EventFilter{ID: ids["support [] Ada Quill>Grace Okafor 2025-06-01 [s2]"]}); len(got) != 1 {
		t.Errorf("the support event lost its id: %+v", got)
	}
}

// testEventMoved checks where ids lead after two events became one (an
// entity merge) and after the merge is undone.
func testEventMoved(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	if _, err := s.EventMoved(ctx, 12345); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("EventMoved of an id never given: %v; want ErrNotFound", err)
	}
	put(t, s,
		newArticle("m1", "2025-03-10", []string{"Ada Quill", "Tomas Reyes"}, meet("2025-03-09", "the Harborview Club", "Ada Quill", "Tomas Reyes")),
		newArticle("m2", "2025-03-11", []string{"Adah Quillon", "Tomas Reyes"}, meet("2025-03-09", "the Harborview Club", "Adah Quillon", "Tomas Reyes")))
	resolve(t, s)
	evs := events(t, s, powermap.EventFilter{})
	if len(evs) != 2 {
		t.Fatalf("%d events before the merge; want 2", len(evs))
	}
	older, newer := min(evs[0].ID, evs[1].ID), max(evs[0].ID, evs[1].ID)
	if to, err := s.EventMoved(ctx, older); err != nil || to != older {
		t.Errorf("EventMoved of a live event = %d, %v; want itself", to, err)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Adah Quillon", Object: "Ada Quill"}); err != nil {
		t.Fatal(err)
	}
	evs = events(t, s, powermap.EventFilter{})
	if len(evs) != 1 || evs[0].ID != older || len(evs[0].Sources) != 2 {
		t.Fatalf("after the merge: %+v; want one event #%d with 2 sources", evs, older)
	}
	if to, err := s.EventMoved(ctx, newer); err != nil || to != older {
		t.Errorf("EventMoved(%d) = %d, %v; want %d", newer, to, err, older)
	}
	if _, err := s.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	evs = events(t, s, powermap.EventFilter{})
	got := []int64{}
	for _, e := range evs {
		got = append(got, e.ID)
	}
	slices.Sort(got)
	if !slices.Equal(got, []int64{older, newer}) {
		t.Errorf("after undoing the merge the events are %v; want %v again", got, []int64{older, newer})
	}
	if to, err := s.EventMoved(ctx, newer); err != nil || to != newer {
		t.Errorf("EventMoved(%d) after undo = %d, %v; want itself", newer, to, err)
	}
}

// testCuration checks a merge, its log entry, undo (twice, and of an
// unknown id), and the merge replayed after re-extraction.
func testCuration(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	put(t, s,
		newArticle("c1", "2025-03-10", []string{"Ada Quill", "Tomas Reyes"}, directed(powermap.EventSupport, "2025-03-09", "Ada Quill", "Tomas Reyes")),
		newArticle("c2", "2025-03-11", []string{"A. Quill", "Grace Okafor"}, directed(powermap.EventOppose, "2025-03-10", "A. Quill", "Grace Okafor")))
	resolve(t, s)
	if log, err := s.CurationLog(ctx); err != nil || len(log) != 0 {
		t.Fatalf("CurationLog of a new store = %+v, %v", log, err)
	}
	if _, err := s.UndoCuration(ctx, 0); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("undo with nothing to undo: %v; want ErrNotFound", err)
	}
	ada, short := entityID(t, s, "Ada Quill"), entityID(t, s, "A. Quill")
	if ada == short {
		t.Fatal("the two names are one entity before any curation: the test shows nothing")
	}
	rec, err := s.Curate(ctx, powermap.Curation{Action: "merge", Subject: "A. Quill", Object: "Ada Quill", Reason: "same senator"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.ID == 0 || rec.Action != "merge" || rec.SubjectID != short || rec.ObjectID != ada || rec.Reason != "same senator" || rec.Note == "" {
		t.Errorf("Curate returned %+v; want the merge's log entry", rec)
	}
	if got := entityID(t, s, fmt.Sprint(short)); got != ada {
		t.Errorf("the merged-away id leads to %d; want %d", got, ada)
	}
	e, err := s.Entity(ctx, "Ada Quill")
	if err != nil || e.Articles != 2 || e.Events != 2 || !slices.Contains(e.Aliases, "A. Quill") {
		t.Errorf("after the merge Ada Quill is %+v, %v; want 2 articles, 2 events, alias A. Quill", e, err)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Ada Quill", Object: "Ada Quill"}); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("merging an entity into itself: %v; want ErrInvalid", err)
	}
	log, err := s.CurationLog(ctx)
	if err != nil || len(log) != 1 || log[0].Action != "merge" || log[0].SubjectID != short || log[0].ObjectID != ada || log[0].Undone != "" || log[0].ID == 0 {
		t.Fatalf("CurationLog = %+v, %v", log, err)
	}
	undone, err := s.UndoCuration(ctx, log[0].ID)
	if err != nil || undone.ID != log[0].ID || undone.Undone == "" {
		t.Fatalf("UndoCuration = %+v, %v", undone, err)
	}
	if got := entityID(t, s, "A. Quill"); got != short {
		t.Errorf("after undo A. Quill is #%d; want #%d again", got, short)
	}
	if e, err := s.Entity(ctx, "Ada Quill"); err != nil || e.Articles != 1 || e.Events != 1 {
		t.Errorf("after undo Ada Quill is %+v, %v; want 1 article, 1 event", e, err)
	}
	if _, err := s.UndoCuration(ctx, log[0].ID); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("undoing twice: %v; want ErrInvalid", err)
	}
	if _, err := s.UndoCuration(ctx, 999); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("undoing an unknown curation: %v; want ErrNotFound", err)
	}
	if log, err := s.CurationLog(ctx); err != nil || len(log) != 1 || log[0].Undone == "" {
		t.Errorf("CurationLog after undo = %+v, %v; want the merge marked undone", log, err)
	}
	// Curation survives re-extraction: the merge is made again and the
	// article's facts replaced; the names stay one entity.
	if _, err := s.Curate(ctx, powermap.Curation{Action: "merge", Subject: "A. Quill", Object: "Ada Quill"}); err != nil {
		t.Fatal(err)
	}
	art, err := s.Article(ctx, "c2")
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.Facts(ctx, art.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutFacts(ctx, art.ID, f); err != nil {
		t.Fatal(err)
	}
	resolve(t, s)
	if got := entityID(t, s, "A. Quill"); got != ada {
		t.Errorf("after re-extraction A. Quill is #%d; want #%d (the merge replayed)", got, ada)
	}
}

// testAliasNeverMerges checks that an alias naming another entity is
// refused and not logged, and that a new alias can be undone.
func testAliasNeverMerges(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	put(t, s, newArticle("n1", "2025-03-10", []string{"Ada Quill", "Tomas Reyes"}, directed(powermap.EventSupport, "2025-03-09", "Ada Quill", "Tomas Reyes")))
	resolve(t, s)
	ada, tomas := entityID(t, s, "Ada Quill"), entityID(t, s, "Tomas Reyes")
	_, err := s.Curate(ctx, powermap.Curation{Action: "alias", Subject: "Ada Quill", Object: "Tomas Reyes"})
	if !errors.Is(err, powermap.ErrInvalid) || !strings.Contains(err.Error(), "Tomas Reyes") || !strings.Contains(err.Error(), "Ada Quill") {
		t.Errorf("alias naming another entity: %v; want ErrInvalid naming both", err)
	}
	if entityID(t, s, "Tomas Reyes") != tomas || entityID(t, s, "Ada Quill") != ada {
		t.Error("a refused alias changed the entities")
	}
	if log, _ := s.CurationLog(ctx); len(log) != 0 {
		t.Errorf("a refused alias was logged: %+v", log)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "alias", Subject: "Ada Quill", Object: "The Harbor Queen"}); err != nil {
		t.Fatal(err)
	}
	if got := entityID(t, s, "The Harbor Queen"); got != ada {
		t.Errorf("the new alias names #%d; want #%d", got, ada)
	}
	if list, err := s.Entities(ctx, "harbor queen", 0); err != nil || len(list) != 1 || list[0].ID != ada {
		t.Errorf("Entities(harbor queen) after the alias = %+v, %v; want Ada Quill", list, err)
	}
	if _, err := s.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity(ctx, "The Harbor Queen"); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("the alias still names someone after undo: %v", err)
	}
	if list, err := s.Entities(ctx, "harbor queen", 0); err != nil || len(list) != 0 {
		t.Errorf("Entities(harbor queen) after the undo = %+v, %v; want no one", list, err)
	}
}

// testSplit checks that an article's mentions of names spelled alike can
// be split off and the split undone.
func testSplit(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	put(t, s,
		newArticle("p1", "2025-03-10", []string{"Theo Von", "Ada Quill"}, directed(powermap.EventSupport, "2025-03-09", "Theo Von", "Ada Quill")),
		newArticle("p2", "2025-03-12", []string{"Theo Vaughn", "Ada Quill"}, directed(powermap.EventOppose, "2025-03-11", "Theo Vaughn", "Ada Quill")))
	resolve(t, s)
	von := entityID(t, s, "Theo Von")
	if entityID(t, s, "Theo Vaughn") != von {
		t.Skip("this store does not join names spelled alike; nothing to split")
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "split", Subject: "Theo Von", Object: "Theo Vaughn", Article: "p2"}); err != nil {
		t.Fatal(err)
	}
	vaughn := entityID(t, s, "Theo Vaughn")
	if vaughn == von {
		t.Fatal("after the split Theo Vaughn is still Theo Von")
	}
	if e, err := s.Entity(ctx, "Theo Von"); err != nil || slices.Contains(e.Aliases, "Theo Vaughn") || e.Events != 1 {
		t.Errorf("Theo Von after the split: %+v, %v; want no alias Theo Vaughn, 1 event", e, err)
	}
	opp := events(t, s, powermap.EventFilter{Type: powermap.EventOppose})
	if len(opp) != 1 || opp[0].Source != "Theo Vaughn" {
		t.Errorf("the oppose event after the split: %+v; want it from Theo Vaughn", opp)
	}
	if _, err := s.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if entityID(t, s, "Theo Vaughn") != von {
		t.Error("after undoing the split, Theo Vaughn is not Theo Von again")
	}
}

// testWholeArticles stores articles while their context is cancelled at
// moments that vary, then opens the store again: every article there has
// all its facts.
func testWholeArticles(t *testing.T, o Opener) {
	s, err := o()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutArticle(ctx, newArticle("w0", "2025-03-10", []string{"Ada Quill"})); err == nil {
		t.Error("PutArticle with a cancelled context succeeded")
	}
	const n = 40
	want := map[string]int{}
	var wg sync.WaitGroup
	for i := range n {
		people := []string{"Ada Quill", "Tomas Reyes", "Grace Okafor"}
		var reps []report
		for j := range 1 + i%5 {
			reps = append(reps, directed(powermap.EventSupport, fmt.Sprintf("2025-03-%02d", 1+j), people[j%3], people[(j+1)%3]))
		}
		a := newArticle(fmt.Sprint("w", i+1), "2025-03-10", people, reps...)
		want[a.Name] = len(reps)
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i%8)*time.Millisecond)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer cancel()
			s.PutArticle(ctx, a)
		}()
	}
	wg.Wait()
	s.Close()
	s = open(t, o)
	list, err := s.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		f, err := s.Facts(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Events) != want[a.Name] || len(f.People) != 3 || len(f.Quotes) != 1 {
			t.Errorf("article %s has %d events, %d people, %d quotes; want %d, 3, 1", a.Name, len(f.Events), len(f.People), len(f.Quotes), want[a.Name])
		}
	}
	t.Logf("%d of %d articles were stored before their context ended", len(list), n)
	if len(list) > 0 {
		resolve(t, s)
		if len(events(t, s, powermap.EventFilter{})) == 0 {
			t.Error("stored articles gave no events")
		}
	}
}

// testPendingSurvivesReopen stores articles and stops, as a process
// killed before resolving would: the store, opened again, says resolution
// is pending, and resolving gives the events.
func testPendingSurvivesReopen(t *testing.T, o Opener) {
	s, err := o()
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, newArticle("k1", "2025-03-10", []string{"Ada Quill", "Tomas Reyes"}, meet("2025-03-09", "City Hall", "Ada Quill", "Tomas Reyes")))
	s.Close()
	s = open(t, o)
	if pending, err := s.ResolvePending(context.Background()); err != nil || !pending {
		t.Fatalf("ResolvePending after reopening = %v, %v; want true", pending, err)
	}
	resolve(t, s)
	if evs := events(t, s, powermap.EventFilter{}); len(evs) != 1 || len(evs[0].Sources) != 1 {
		t.Errorf("events after finishing the resolution: %+v", evs)
	}
}

// reextractAll stores every article's facts again, as reextract does when
// extraction finds the same, and resolves.
func reextractAll(t *testing.T, s powermap.Store) {
	t.Helper()
	ctx := context.Background()
	list, err := s.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		f, err := s.Facts(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutFacts(ctx, a.ID, f); err != nil {
			t.Fatal(err)
		}
	}
	resolve(t, s)
}

// testRejectEvent checks that a rejected event stops counting across
// re-extraction and new articles, and undo brings it back under its id.
func testRejectEvent(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas := "Ada Quill", "Tomas Reyes"
	put(t, s,
		newArticle("j1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas), directed(powermap.EventSupport, "2025-03-10", ada, tomas)),
		newArticle("j2", "2025-03-11", []string{tomas, ada}, meet("2025-03-09", "the Harborview Club", tomas, ada)))
	resolve(t, s)
	meets := events(t, s, powermap.EventFilter{Type: powermap.EventMeet})
	if len(meets) != 1 || len(meets[0].Sources) != 2 {
		t.Fatalf("meetings before the rejection: %+v", meets)
	}
	id := meets[0].ID
	for _, bad := range []struct {
		subject string
		want    error
	}{{"not-an-id", powermap.ErrInvalid}, {"987654", powermap.ErrNotFound}} {
		if _, err := s.Curate(ctx, powermap.Curation{Action: "reject", Subject: bad.subject}); !errors.Is(err, bad.want) {
			t.Errorf("reject %q: %v; want %v", bad.subject, err, bad.want)
		}
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "reject", Subject: fmt.Sprint(id), Reason: "they only crossed paths"}); err != nil {
		t.Fatal(err)
	}
	gone := func(when string) {
		t.Helper()
		if got := events(t, s, powermap.EventFilter{Type: powermap.EventMeet}); len(got) != 0 {
			t.Errorf("%s: the rejected meeting is listed: %+v", when, got)
		}
		if _, err := s.EventMoved(ctx, id); !errors.Is(err, powermap.ErrNotFound) {
			t.Errorf("%s: EventMoved of the rejected event: %v; want ErrNotFound", when, err)
		}
		if e, err := s.Entity(ctx, ada); err != nil || e.Events != 1 {
			t.Errorf("%s: Ada takes part in %+v events; want 1 (the support)", when, e)
		}
	}
	gone("after the rejection")
	log, err := s.CurationLog(ctx)
	if err != nil || len(log) != 1 || log[0].Action != "reject" || log[0].SubjectID != id || log[0].Reason != "they only crossed paths" {
		t.Fatalf("CurationLog = %+v, %v", log, err)
	}
	// Re-extraction and new articles leave it rejected.
	reextractAll(t, s)
	put(t, s, newArticle("j3", "2025-04-01", []string{"Grace Okafor", tomas}, directed(powermap.EventOppose, "2025-03-31", "Grace Okafor", tomas)))
	resolve(t, s)
	gone("after re-extraction and a new article")
	if _, err := s.UndoCuration(ctx, log[0].ID); err != nil {
		t.Fatal(err)
	}
	meets = events(t, s, powermap.EventFilter{Type: powermap.EventMeet})
	if len(meets) != 1 || meets[0].ID != id || len(meets[0].Sources) != 2 {
		t.Errorf("after undo: %+v; want the meeting #%d with 2 sources", meets, id)
	}
}

// testRemoveArticle checks that a removed article stops counting (listing,
// search, events, entities, quotes), stays removed when stored again and
// re-extracted, and undo brings it and its events back.
func testRemoveArticle(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas, grace := "Ada Quill", "Tomas Reyes", "Grace Okafor"
	a1 := newArticle("x1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas))
	a2 := newArticle("x2", "2025-03-12", []string{tomas, grace}, directed(powermap.EventSupport, "2025-03-11", tomas, grace))
	put(t, s, a1, a2)
	resolve(t, s)
	meetID := events(t, s, powermap.EventFilter{Type: powermap.EventMeet})[0].ID
	if _, err := s.Curate(ctx, powermap.Curation{Action: "remove", Subject: "no-such-article"}); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("removing an unknown article: %v; want ErrNotFound", err)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "remove", Subject: "x1", Reason: "satire, not news"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "remove", Subject: fmt.Sprint(a1.ID)}); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("removing an article twice: %v; want ErrInvalid", err)
	}
	removed := func(when string) {
		t.Helper()
		list, err := s.Articles(ctx)
		if err != nil || len(list) != 1 || list[0].Name != "x2" {
			t.Errorf("%s: Articles = %+v, %v; want x2 only", when, list, err)
		}
		if _, err := s.Article(ctx, "x1"); !errors.Is(err, powermap.ErrNotFound) {
			t.Errorf("%s: Article(x1): %v; want ErrNotFound", when, err)
		}
		texts, err := s.ArticleTexts(ctx, []int64{a1.ID, a2.ID, a2.ID})
		if x2, ok := texts[a2.ID]; err != nil || len(texts) != 1 || !ok || x2.Text != a2.Text || x2.Name != "x2" || len(x2.Blocks) != len(a2.Blocks) {
			t.Errorf("%s: ArticleTexts = %+v, %v; want x2 alone, with its text and blocks", when, texts, err)
		}
		if hits, err := s.Search(ctx, "x1", 10); err != nil || len(hits) != 0 {
			t.Errorf("%s: Search finds the removed article: %+v, %v", when, hits, err)
		}
		if evs := events(t, s, powermap.EventFilter{}); len(evs) != 1 || evs[0].Type != powermap.EventSupport {
			t.Errorf("%s: events %+v; want the support only", when, evs)
		}
		people, err := s.Entities(ctx, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range people {
			if p.Name == ada || p.Name == tomas && p.Articles != 1 {
				t.Errorf("%s: %s is counted in %d articles", when, p.Name, p.Articles)
			}
		}
		if q, err := s.Quotes(ctx, 0, "dredged x1", 0); err != nil || len(q) != 0 {
			t.Errorf("%s: the removed article's quote is listed: %+v, %v", when, q, err)
		}
	}
	removed("after the removal")
	// Read again, it is the article already stored, and stays removed;
	// re-extraction does not bring it back.
	again := newArticle("x1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas))
	if res, err := s.PutArticle(ctx, again); err != nil || !res.Duplicate || res.ID != a1.ID {
		t.Errorf("storing the removed article again: %+v, %v; want a duplicate of #%d", res, err, a1.ID)
	}
	reextractAll(t, s)
	removed("after storing it again and re-extraction")
	log, err := s.CurationLog(ctx)
	if err != nil || len(log) != 1 || log[0].Action != "remove" || log[0].ArticleID != a1.ID || log[0].Reason != "satire, not news" {
		t.Fatalf("CurationLog = %+v, %v", log, err)
	}
	if _, err := s.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Article(ctx, "x1"); err != nil || got.ID != a1.ID {
		t.Errorf("after undo Article(x1) = %+v, %v", got, err)
	}
	meets := events(t, s, powermap.EventFilter{Type: powermap.EventMeet})
	if len(meets) != 1 || meets[0].ID != meetID {
		t.Errorf("after undo the meeting is %+v; want #%d back", meets, meetID)
	}
	if e, err := s.Entity(ctx, ada); err != nil || e.Articles != 1 {
		t.Errorf("after undo Ada is %+v, %v; want 1 article", e, err)
	}
}

// testConfig checks that configuration files are kept whole across a
// reopen, replaced and removed, and that an unknown kind is refused.
func testConfig(t *testing.T, o Opener) {
	ctx := context.Background()
	s, err := o()
	if err != nil {
		t.Fatal(err)
	}
	if files, err := s.Config(ctx); err != nil || len(files) != 0 {
		t.Fatalf("Config of a new store = %+v, %v; want none", files, err)
	}
	kbFile := []byte(`[{"name":"Ada Quill","type":"person"}]`)
	if err := s.SetConfig(ctx, powermap.ConfigFile{Kind: powermap.ConfigKB, Name: "my-kb.json", Content: kbFile}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetConfig(ctx, powermap.ConfigFile{Kind: powermap.ConfigRules, Name: "a.txt", Content: []byte("support\tgo to bat/VERB\ttarget=for\n")}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetConfig(ctx, powermap.ConfigFile{Kind: "stylesheet", Name: "x", Content: []byte("x")}); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("SetConfig of an unknown kind: %v; want ErrInvalid", err)
	}
	s.Close()
	s = open(t, o)
	files, err := s.Config(ctx)
	if err != nil || len(files) != 2 {
		t.Fatalf("Config after reopening = %+v, %v; want the kb and the rules", files, err)
	}
	var kb powermap.ConfigFile
	for _, f := range files {
		if f.Kind == powermap.ConfigKB {
			kb = f
		}
	}
	if kb.Kind != powermap.ConfigKB || kb.Name != "my-kb.json" || string(kb.Content) != string(kbFile) || kb.Size != len(kbFile) || len(kb.SHA256) != 64 || kb.Set == "" {
		t.Errorf("the kept kb file is %+v", kb)
	}
	// Replacing and removing.
	if err := s.SetConfig(ctx, powermap.ConfigFile{Kind: powermap.ConfigKB, Name: "v2.json", Content: []byte("[]")}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetConfig(ctx, powermap.ConfigFile{Kind: powermap.ConfigRules}); err != nil {
		t.Fatal(err)
	}
	files, err = s.Config(ctx)
	if err != nil || len(files) != 1 || files[0].Name != "v2.json" || files[0].SHA256 == kb.SHA256 {
		t.Errorf("after replacing the kb and removing the rules: %+v, %v", files, err)
	}
}
