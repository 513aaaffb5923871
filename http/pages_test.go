package http

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/sqlite"
)

// generatedServer serves a store of n generated articles (without
// extraction: testgen.StoredArticle), with pages of pageSize events.
func generatedServer(t *testing.T, n, pageSize int) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i := range n {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: db, ReadOnly: true, PageSize: pageSize})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv, db
}

// TestTimelinePages follows a busy person's and a pair's timeline page by
// page through next_url (and the Link header): the pages together are
// the whole timeline, in time order, each event once.
func TestTimelinePages(t *testing.T) {
	ctx := context.Background()
	srv, db := generatedServer(t, 300, 0)
	people, err := db.Entities(ctx, "", 1)
	if err != nil || len(people) != 1 {
		t.Fatal(err)
	}
	edges, err := db.Edges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	shared := map[[2]int64]int{}
	var pair [2]int64
	for _, e := range edges {
		k := [2]int64{e.A, e.B}
		if shared[k] += e.Count; shared[k] > shared[pair] {
			pair = k
		}
	}
	for _, refs := range [][]string{{people[0].Name}, {fmt.Sprint(pair[0]), fmt.Sprint(pair[1])}} {
		var ids []int64
		for _, r := range refs {
			e, _ := db.Entity(ctx, r)
			ids = append(ids, e.ID)
		}
		whole, err := db.Events(ctx, powermap.EventFilter{Persons: ids})
		if err != nil {
			t.Fatal(err)
		}
		query.SortEvents(whole)
		var want []int64
		for _, e := range whole {
			want = append(want, e.ID)
		}
		if len(want) < 3 {
			t.Fatalf("%v: %d events; too few for pages", refs, len(want))
		}
		path := "/api/timeline?" + url.Values{"person": refs, "limit": {"2"}}.Encode()
		var got []int64
		pages := 0
		for path != "" && pages <= len(want) {
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			link := resp.Header.Get("Link")
			resp.Body.Close()
			var page struct {
				Events  []powermap.CanonicalEvent `json:"events"`
				Next    string                    `json:"next"`
				NextURL string                    `json:"next_url"`
			}
			if code := get(t, srv, path, &page); code != 200 {
				t.Fatalf("%s: %d", path, code)
			}
			pages++
			if len(page.Events) > 2 || page.NextURL != "" && link != "<"+page.NextURL+`>; rel="next"` {
				t.Errorf("%s: %d events, next_url %q, Link %q", path, len(page.Events), page.NextURL, link)
			}
			for _, e := range page.Events {
				got = append(got, e.ID)
				if len(e.Sources) == 0 {
					t.Errorf("event %d has no sources in the timeline", e.ID)
				}
			}
			path = page.NextURL
		}
		if !slices.Equal(got, want) || pages != (len(want)+1)/2 {
			t.Errorf("%v in %d pages: %v; want %v", refs, pages, got, want)
		}
	}
	for _, bad := range []string{"after=nonsense", "limit=1001", "limit=0"} {
		if code := get(t, srv, "/api/timeline?person="+url.QueryEscape(people[0].Name)+"&"+bad, nil); code != 400 {
			t.Errorf("timeline with %s: %d; want 400", bad, code)
		}
	}
}

// TestPersonPageTimelinePages checks that a person page shows the first
// page of the timeline with a link to the next, which shows later events
// and a link back to the first.
func TestPersonPageTimelinePages(t *testing.T) {
	ctx := context.Background()
	srv, db := generatedServer(t, 300, 4)
	people, err := db.Entities(ctx, "", 1)
	if err != nil || len(people) != 1 || people[0].Events <= 4 {
		t.Fatalf("the busiest person has too few events for two pages: %+v %v", people, err)
	}
	ev := regexp.MustCompile(`id="event-(\d+)"`)
	next := regexp.MustCompile(`<a href="([^"]+)" rel="next">`)
	first := page(t, srv, "/person/"+url.PathEscape(people[0].Name))
	if n := len(ev.FindAllString(first, -1)); n != 4 {
		t.Errorf("first page shows %d events; want %d", n, 4)
	}
	m := next.FindStringSubmatch(first)
	if m == nil {
		t.Fatal("no link to later events on the first page")
	}
	second := page(t, srv, strings.ReplaceAll(m[1], "&amp;", "&"))
	if !strings.Contains(second, "First events") {
		t.Error("the second page has no link back to the first")
	}
	seen := map[string]bool{}
	for _, id := range ev.FindAllStringSubmatch(first, -1) {
		seen[id[1]] = true
	}
	later := ev.FindAllStringSubmatch(second, -1)
	if len(later) == 0 {
		t.Fatal("the second page shows no events")
	}
	for _, id := range later {
		if seen[id[1]] {
			t.Errorf("event %s on both pages", id[1])
		}
	}
	if want := min(people[0].Events-4, 4); len(later) != want {
		t.Errorf("second page shows %d events; want %d", len(later), want)
	}
	// Relations beyond maxRelations are listed when asked for.
	defer func(n int) { maxRelations = n }(maxRelations)
	maxRelations = 2
	row := regexp.MustCompile(`<td><a href="/pair/`)
	// (By id: the page by name is kept, rendered with the old limit,
	// until the record changes.)
	short := page(t, srv, "/person/"+fmt.Sprint(people[0].ID))
	all := page(t, srv, "/person/"+fmt.Sprint(people[0].ID)+"?relations=all")
	if n, m := len(row.FindAllString(short, -1)), len(row.FindAllString(all, -1)); n != 2 || m <= 2 || !strings.Contains(short, fmt.Sprintf("and %d more", m-2)) {
		t.Errorf("person page lists %d relations (want 2, saying how many more), %d when all are asked for", n, m)
	}
}

// TestNetworkKeptUntilTheRecordChanges checks that the network is built
// once per revision of the store (the same network answers twice) and
// built again, with the new events counted, once the record changes; and
// that a person's relations, kept the same way, count the new events too.
func TestNetworkKeptUntilTheRecordChanges(t *testing.T) {
	ctx := context.Background()
	srv, db := generatedServer(t, 200, 0)
	q := &query.Service{Store: db}
	pageBefore := page(t, srv, "/network?max=5")
	first, err := q.Network(ctx, query.NetworkOptions{Max: 5})
	if err != nil || len(first.Nodes) != 5 {
		t.Fatalf("network: %+v, %v", first, err)
	}
	if again := page(t, srv, "/network?max=5"); again != pageBefore {
		t.Error("the network page changed with nothing written")
	}
	if again, err := q.Network(ctx, query.NetworkOptions{Max: 5}); err != nil || again != first {
		t.Errorf("the network was built again with nothing changed (%v)", err)
	}
	if other, err := q.Network(ctx, query.NetworkOptions{Max: 4}); err != nil || other == first || len(other.Nodes) != 4 {
		t.Errorf("other options answered with the same network, or %v", err)
	}
	busiest := first.Nodes[0]
	_, rels, err := q.Relations(ctx, busiest.Name)
	if err != nil || len(rels) == 0 {
		t.Fatalf("relations of %s: %v", busiest.Name, err)
	}
	before := 0
	for _, r := range rels {
		before += r.Events
	}
	personPath := "/person/" + url.PathEscape(busiest.Name)
	personBefore := page(t, srv, personPath)
	if again := page(t, srv, personPath); again != personBefore {
		t.Error("the person page changed with nothing written")
	}
	var timelineBefore query.Timeline
	get(t, srv, "/api/timeline?person="+url.QueryEscape(busiest.Name)+"&limit=1000", &timelineBefore)
	for i := range 20 {
		a := testgen.StoredArticle(1000 + i)
		a.Facts.People[0].Name, a.Facts.Events[0].Type = busiest.Name, powermap.EventMeet
		a.Facts.Events[0].Source, a.Facts.Events[0].Target = "", ""
		a.Facts.Events[0].Actors = []string{busiest.Name, a.Facts.People[1].Name}
		if _, err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	now, err := q.Network(ctx, query.NetworkOptions{Max: 5})
	if err != nil {
		t.Fatal(err)
	}
	_, rels, err = q.Relations(ctx, busiest.Name)
	after := 0
	for _, r := range rels {
		after += r.Events
	}
	if err != nil || after < before+20 {
		t.Errorf("relations of %s count %d events after 20 more meetings, %d before (%v)", busiest.Name, after, before, err)
	}
	// The person page and timeline kept are answered anew.
	if personAfter := page(t, srv, personPath); personAfter == personBefore {
		t.Error("the person page is the same after the record changed")
	}
	var timelineAfter query.Timeline
	get(t, srv, "/api/timeline?person="+url.QueryEscape(busiest.Name)+"&limit=1000", &timelineAfter)
	if len(timelineAfter.Events) < len(timelineBefore.Events)+20 {
		t.Errorf("the timeline lists %d events after 20 more meetings, %d before", len(timelineAfter.Events), len(timelineBefore.Events))
	}
	if pageAfter := page(t, srv, "/network?max=5"); pageAfter == pageBefore || !strings.Contains(pageAfter, busiest.Name) {
		t.Error("the network page is the same after the record changed")
	}
	if now == first || now.Nodes[0].Name != busiest.Name || now.Nodes[0].Events <= busiest.Events {
		t.Errorf("after 20 more meetings of %s (%d events) the network's first node is %+v", busiest.Name, busiest.Events, now.Nodes[0])
	}
}

// TestEventsListStreamed checks that /api/events, written element by
// element, is a JSON array of the events asked for, and [] (not null)
// when none matches.
func TestEventsListStreamed(t *testing.T) {
	srv, _ := generatedServer(t, 50, 0)
	var evs []powermap.CanonicalEvent
	if code := get(t, srv, "/api/events?limit=3", &evs); code != 200 || len(evs) != 3 || evs[0].ID == 0 || len(evs[0].Sources) == 0 {
		t.Errorf("/api/events?limit=3: %d, %d events %+v", code, len(evs), evs)
	}
	resp, err := http.Get(srv.URL + "/api/events?place=nowhere-at-all")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body strings.Builder
	if _, err := io.Copy(&body, resp.Body); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(body.String()) != "[]" {
		t.Errorf("no event matches: %q; want []", body.String())
	}
}
