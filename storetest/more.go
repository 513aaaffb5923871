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
	"github.com/powermap/powermap/query"
)

// testSearchSyntax checks the search syntax every store reads the same
// way: words in any order, "phrases", prefix*, OR, a NOT b, AND, operators
// that cannot be read (errors wrapping ErrInvalid), text that is
// punctuation or the engine's own syntax (never an error), and the
// snippet's [marks].
func testSearchSyntax(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	texts := map[string]string{
		"s1": "The dredging contract went to the harbor board on Monday.",
		"s2": "A board of the harbor met the mayor; the contract waits.",
		"s3": "Lighthouse keepers protested outside City Hall.",
	}
	ids := map[int64]string{}
	for _, name := range []string{"s1", "s2", "s3"} {
		a := &powermap.Article{Name: name, Source: name + ".txt", Format: "text", Title: "Item " + name, Text: texts[name]}
		put(t, s, a)
		ids[a.ID] = name
	}
	names := func(q string) (string, error) {
		hits, err := s.Search(ctx, q, 10)
		var got []string
		for _, h := range hits {
			got = append(got, ids[h.ArticleID])
		}
		slices.Sort(got)
		return strings.Join(got, ","), err
	}
	for _, c := range []struct{ q, want string }{
		{"harbor board", "s1,s2"},
		{`"harbor board"`, "s1"},
		{`"board of the harbor"`, "s2"},
		{"dredg*", "s1"},
		{"light*", "s3"},
		{"lighthouse OR mayor", "s2,s3"},
		{"harbor NOT mayor", "s1"},
		{"harbor AND mayor", "s2"},
		{"contract NOT dredging OR keepers", "s2,s3"},
		{"OR harbor OR", "s1,s2"},
		{"HARBOR Board", "s1,s2"},
		{"...", ""},
		{`harbor's & | ! :* ( ) <-> "`, ""},
		{"zeppelin", ""},
	} {
		got, err := names(c.q)
		if err != nil || got != c.want {
			t.Errorf("Search(%q) = %q, %v; want %q", c.q, got, err, c.want)
		}
	}
	for _, q := range []string{"NOT harbor", "harbor NOT", "harbor OR NOT mayor", strings.Repeat("word ", 40), strings.Repeat("x", 1200)} {
		if hits, err := s.Search(ctx, q, 10); !errors.Is(err, powermap.ErrInvalid) {
			t.Errorf("Search(%.30q) = %+v, %v; want ErrInvalid", q, hits, err)
		}
	}
	hits, err := s.Search(ctx, "lighthouse", 10)
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[Lighthouse]") {
		t.Errorf("Search(lighthouse) snippet: %+v, %v; want the match marked [Lighthouse]", hits, err)
	}
}

// testEvidenceBytes checks that offsets are bytes of UTF-8 text: an
// event's evidence and a quote come back as exactly text[start:end] when
// characters of two, three and four bytes come before them.
func testEvidenceBytes(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	a := newArticle("u1", "2025-03-10", []string{"Zoë Ångström", "René Çelik"}, meet("2025-03-09", "Café Müller", "Zoë Ångström", "René Çelik"))
	prefix := "Überblick — “déjà vu” 🚢 in Zürich.\n"
	a.Text = prefix + a.Text
	for i := range a.Facts.Events {
		a.Facts.Events[i].Evidence.Start += len(prefix)
		a.Facts.Events[i].Evidence.End += len(prefix)
	}
	for i := range a.Facts.Quotes {
		a.Facts.Quotes[i].Span.Start += len(prefix)
		a.Facts.Quotes[i].Span.End += len(prefix)
	}
	put(t, s, a)
	resolve(t, s)
	evs := events(t, s, powermap.EventFilter{})
	if len(evs) != 1 || len(evs[0].Sources) != 1 {
		t.Fatalf("events %+v; want one meeting with one source", evs)
	}
	src, want := evs[0].Sources[0], a.Facts.Events[0].Evidence
	if src.Start != want.Start || src.End != want.End || src.Evidence != a.Text[want.Start:want.End] {
		t.Errorf("evidence %q [%d:%d]; want %q [%d:%d]", src.Evidence, src.Start, src.End, a.Text[want.Start:want.End], want.Start, want.End)
	}
	qs, err := s.Quotes(ctx, 0, "dredged", 0)
	if err != nil || len(qs) != 1 || a.Text[qs[0].Start:qs[0].End] != qs[0].Text {
		t.Errorf("Quotes = %+v, %v; want one whose span is its text", qs, err)
	}
	got, err := s.Article(ctx, "u1")
	if err != nil || got.Text != a.Text {
		t.Errorf("Article(u1) text changed: %v", err)
	}
}

// testArticlePageAndLinks checks, for a store that offers them, the
// newest-first article listing with its counts and the links from an
// article's facts to merged events and canonical names.
func testArticlePageAndLinks(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	lister, ok := s.(query.ArticleLister)
	links, ok2 := s.(query.ArticleLinks)
	if !ok || !ok2 {
		t.Skip("the store lists no article pages or links")
	}
	ada, tomas := "Ada Quill", "Tomas Reyes"
	older := newArticle("p1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas))
	newer := newArticle("p2", "2025-04-01", []string{ada})
	undated := newArticle("p3", "2025-04-02", nil)
	undated.Published, undated.PublishedPrecision = time.Time{}, 0
	put(t, s, older, newer, undated)
	resolve(t, s)
	items, total, err := lister.ArticlePage(ctx, 0, 10)
	if err != nil || total != 3 || len(items) != 3 {
		t.Fatalf("ArticlePage = %d items of %d, %v; want 3 of 3", len(items), total, err)
	}
	var order []string
	for _, it := range items {
		order = append(order, it.Name)
	}
	if strings.Join(order, ",") != "p2,p1,p3" || items[1].Events != 1 || items[1].People != 2 {
		t.Errorf("ArticlePage order %v (p1: %d events, %d people); want p2,p1,p3 with p1 1 event, 2 people", order, items[1].Events, items[1].People)
	}
	if page, total, err := lister.ArticlePage(ctx, 1, 1); err != nil || total != 3 || len(page) != 1 || page[0].Name != "p1" {
		t.Errorf("ArticlePage(1, 1) = %+v, %d, %v; want p1", page, total, err)
	}
	evs, names, err := links.ArticleLinks(ctx, older.ID)
	meetID := events(t, s, powermap.EventFilter{Type: powermap.EventMeet})[0].ID
	if err != nil || evs[0] != meetID || names[0] != ada || names[1] != tomas {
		t.Errorf("ArticleLinks = %v, %v, %v; want event 0 → #%d, names %s and %s", evs, names, err, meetID, ada, tomas)
	}
}

// ConcurrentSameEvent checks resolution with concurrent writers, n times:
// two handles on one store (two processes, as far as the store can tell)
// each store a different article reporting the same dinner of two people
// new to the store, and resolve, at the same moment. Every time the store
// must hold one event with both sources and one entity per person.
func ConcurrentSameEvent(t *testing.T, o Opener, n int) {
	ctx := context.Background()
	a, b := open(t, o), open(t, o)
	for i := range n {
		// Names differ in their first word, so that no two iterations'
		// people are names spelled alike.
		host, guest := "Hostia"+letters(i)+" Vance", "Guestor"+letters(i)+" Pike"
		day := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
		place := fmt.Sprintf("the Lantern Room %d", i)
		arts := []*powermap.Article{
			newArticle(fmt.Sprintf("dinner%d-a", i), day, []string{host, guest}, meet(day, place, host, guest)),
			newArticle(fmt.Sprintf("dinner%d-b", i), day, []string{guest, host}, meet(day, place, guest, host)),
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		for j, s := range []powermap.Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				if _, err := s.PutArticle(ctx, arts[j]); err != nil {
					errs[j] = err
					return
				}
				_, errs[j] = s.Resolve(ctx)
			}()
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("iteration %d: %v", i, err)
			}
		}
		hostID := entityID(t, a, host)
		evs := events(t, b, powermap.EventFilter{Persons: []int64{hostID}})
		if len(evs) != 1 || len(evs[0].Sources) != 2 {
			t.Fatalf("iteration %d: events of %s: %+v; want one dinner with two sources", i, host, evs)
		}
		for _, p := range []string{host, guest} {
			if list, err := a.Entities(ctx, p, 0); err != nil || len(list) != 1 {
				t.Fatalf("iteration %d: entities named %s: %+v, %v; want one", i, p, list, err)
			}
		}
	}
}

// letters spells i in lower-case letters (0 → "a", 26 → "ba").
func letters(i int) string {
	s := string(rune('a' + i%26))
	for i /= 26; i > 0; i /= 26 {
		s = string(rune('a'+i%26)) + s
	}
	return s
}
