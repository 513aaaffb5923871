package http

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// TestListsAsTemplates checks that the events and relationships the
// person and pair pages list are written, byte for byte, as the templates
// they replace (testdata/lists.tmpl) wrote them, with html/template's
// escaping: text and names with markup, quotes, "+" and ampersands,
// URLs of every kind, dates, amounts, undated and planned events,
// uncertain sources.
func TestListsAsTemplates(t *testing.T) {
	ref := listTemplates()
	amount, small := 2.5e6, 1234.5
	odd := `<b>"Quill" & 'Reyes' + 1</b> ` + "\x00 é"
	evs := []powermap.CanonicalEvent{
		{ID: 1, Type: powermap.EventMeet, Actors: []string{"Ada Quill", odd}, Date: "2025-03-09", Place: "the Harborview Club", FirstSeen: "2025-03-10T08:00:00Z",
			Sources: []powermap.Source{{ArticleID: 7, Name: "a7", Title: odd, Outlet: "Wire & Co", Published: "2025-03-10T08:00:00Z",
				Location: "https://www.example.com/a b/ü?q=1&r=<x>#frag", Evidence: odd, Start: 3, End: 40, Rule: "meet/VERB", Confidence: 0.9}}},
		{ID: 2, Type: powermap.EventFund, Source: "Ada Quill", Target: "Tomas Reyes", Mediator: odd, Date: "2025-04", Dates: []string{"2025-04", "2025-05-01"},
			AmountUSD: &amount, Planned: true, FirstSeen: "2025-04-20",
			Sources: []powermap.Source{
				{ArticleID: 8, Name: "a8", Published: "2025", Location: "javascript:alert(1)", Evidence: "e", Rule: "quote-fund", Confidence: 0.5},
				{ArticleID: 9, Name: "a9", Outlet: "", Published: "2025-04", Location: "/srv/files/a9.txt", Evidence: "f", Rule: "said-x", Confidence: 0.7},
				{ArticleID: 10, Name: "a10", Title: "T", Published: "", Location: "HTTP://Example.COM/%41%zz'(x)", Evidence: "g", Rule: "r", Confidence: 0.59},
			}},
		{ID: 3, Type: powermap.EventOppose, Source: "X", Target: "Y", FirstSeen: "2025-06-01T00:00:00Z", AmountUSD: &small,
			Sources: []powermap.Source{{ArticleID: 11, Name: "a11", Location: "mailto:a@b.c", Rule: "r", Confidence: 1}}},
		{ID: 4, Type: "unknown+type", Actors: []string{}, Date: "2024", FirstSeen: "2024-05-05", Sources: []powermap.Source{}},
		{ID: 5, Type: powermap.EventReconcile, Actors: []string{"A", "B"}, Date: "", FirstSeen: "", Sources: []powermap.Source{{ArticleID: 1, Location: "https://x.org", Rule: "r", Confidence: 0.8}}},
	}
	for _, list := range [][]powermap.CanonicalEvent{evs, nil, evs[:1]} {
		var want bytes.Buffer
		if err := ref.ExecuteTemplate(&want, "events", list); err != nil {
			t.Fatal(err)
		}
		if got := string(eventsHTML(list)); got != want.String() {
			t.Errorf("events written as\n%s\nthe template wrote\n%s", got, want.String())
		}
	}
	types := powermap.EventTypes
	rels := []query.Relation{
		{Other: "Tomas Reyes", Counts: map[string]int{powermap.EventMeet: 2, powermap.EventFund: 1}, Events: 3, First: "2025-01", Last: "2025-03-09", Given: amount, Warmth: 3},
		{Other: odd + " / ?#:%", Counts: map[string]int{powermap.EventOppose: 4}, Events: 5, Undated: 1, Received: small, Warmth: -4},
		{Other: "Re: Nobody", Counts: map[string]int{}, Warmth: 0},
	}
	for _, me := range []string{"Ada Quill", odd, "a/b?c"} {
		var want bytes.Buffer
		if err := ref.ExecuteTemplate(&want, "relations", map[string]any{"Me": me, "Relations": rels, "Types": types}); err != nil {
			t.Fatal(err)
		}
		if got := string(relationsHTML(me, rels, types)); got != want.String() {
			t.Errorf("relationships of %q written as\n%s\nthe template wrote\n%s", me, got, want.String())
		}
	}
	if strings.Contains(string(eventsHTML(evs)), "javascript:") {
		t.Error("a javascript: URL was written as a link")
	}
}

// listTemplates are the templates the long lists were written with before
// render.go and svg.go wrote them (testdata/lists.tmpl), with the
// functions they used.
func listTemplates() *template.Template {
	return template.Must(template.New("").Funcs(funcs).Funcs(template.FuncMap{
		"conflict": query.DateConflict,
		"quoted":   query.Quoted,
		"low":      func(c float64) bool { return c < query.LowConfidence },
		"anchor":   anchor,
		"usd":      func(v float64) string { return "$" + groupDigits(v) },
		"signed":   func(n int) string { return fmt.Sprintf("%+d", n) },
		"warmthClass": func(n int) string {
			switch {
			case n > 0:
				return "warm"
			case n < 0:
				return "cold"
			}
			return "neutral"
		},
	}).ParseFiles("testdata/lists.tmpl"))
}
