package http

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap/query"
)

// TestNetworkCountsEqualPersonPages checks that every tie of the network
// has the events, by type, that the person pages list for that pair, and
// every node the events its person page gives.
func TestNetworkCountsEqualPersonPages(t *testing.T) {
	srv := newFeudServer(t)
	var n query.Network
	if code := get(t, srv, "/api/network", &n); code != 200 || len(n.Links) < 3 {
		t.Fatalf("network: %d, %d links", code, len(n.Links))
	}
	for _, nd := range n.Nodes {
		var person struct {
			Events int `json:"events"`
		}
		get(t, srv, "/api/people/"+url.PathEscape(nd.Name), &person)
		var tl query.Timeline
		get(t, srv, "/api/timeline?person="+url.QueryEscape(nd.Name), &tl)
		if nd.Events != person.Events || nd.Events != len(tl.Events) {
			t.Errorf("%s: %d events in the network, %d on the person page, %d in the timeline", nd.Name, nd.Events, person.Events, len(tl.Events))
		}
	}
	checked := 0
	for _, l := range n.Links {
		a, b := n.Nodes[l.A].Name, n.Nodes[l.B].Name
		for _, pair := range [][2]string{{a, b}, {b, a}} {
			var rel struct {
				Relations []query.Relation `json:"relations"`
			}
			get(t, srv, "/api/relations?person="+url.QueryEscape(pair[0]), &rel)
			found := false
			for _, r := range rel.Relations {
				if r.Other != pair[1] {
					continue
				}
				found = true
				if r.Events != l.Events || r.Warmth != l.Warmth || len(r.Counts) != len(l.Counts) {
					t.Errorf("%s–%s: network %d events (warmth %d, %v), %s's page %d (warmth %d, %v)", a, b, l.Events, l.Warmth, l.Counts, pair[0], r.Events, r.Warmth, r.Counts)
				}
				for typ, c := range r.Counts {
					if l.Counts[typ] != c {
						t.Errorf("%s–%s %s: network %d, %s's page %d", a, b, typ, l.Counts[typ], pair[0], c)
					}
				}
				checked++
			}
			if !found {
				t.Errorf("%s–%s is in the network but not on %s's page", a, b, pair[0])
			}
		}
	}
	if checked != 2*len(n.Links) {
		t.Errorf("checked %d of %d ties", checked, 2*len(n.Links))
	}
}

// TestNetworkPage checks the network's legend, tooltips with types and
// amounts, arrows, colours by recent balance, mixed ties, the time range
// and type filters, and the focus on one person.
func TestNetworkPage(t *testing.T) {
	srv := newFeudServer(t)
	body := page(t, srv, "/network")
	for _, want := range []string{`class="net-legend"`, "person</span>", "organization</span>", "1 event</span>", "50 events</span>",
		"hostile, −1.5 or less", "warm, +1.5 or more", "mixed: warm and hostile events", `<marker id="arrow"`, `name="from"`, `name="to"`, `name="type" value="fund"`} {
		if !strings.Contains(body, want) {
			t.Errorf("network page lacks %q", want)
		}
	}
	// Grace Okafor's $1.5 million to the fund: an arrow from her, the
	// amount in the tooltip.
	fund := regexp.MustCompile(`<g class="link[^"]*" data-a="([^"]*)" data-b="([^"]*)"[^>]*data-a-to-b="(\d+)" data-b-to-a="(\d+)"><title>[^<]*gave[^<]*\$1\.5 million[^<]*</title><line [^>]*marker-(end|start)="url\(#arrow\)"`).FindStringSubmatch(body)
	if fund == nil {
		t.Fatal("no tie with the $1.5 million and an arrow")
	}
	if from := map[string]string{"end": fund[1], "start": fund[2]}[fund[5]]; from != "Grace Okafor" {
		t.Errorf("the arrow of the funding points from %q, want from Grace Okafor (%v)", from, fund[1:])
	}
	// Marsh and Hale: mixed, warm as of January 2026 after the feud.
	mh := regexp.MustCompile(`<g class="(link[^"]*)" data-a="(?:Lena Marsh|Victor Hale)" data-b="(?:Lena Marsh|Victor Hale)" data-events="(\d+)" data-balance="([-0-9.]+)"[^>]*><title>([^<]*)</title><line [^>]*stroke="(#[0-9a-f]+)"`)
	m := mh.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no Marsh–Hale tie")
	}
	if m[1] != "link mixed" || !strings.Contains(body, `class="link-stripes"`) {
		t.Errorf("Marsh–Hale is not drawn mixed: class %q", m[1])
	}
	if v, _ := strconv.ParseFloat(m[3], 64); v <= 0 || m[5] != balanceColor(v) || !strings.Contains(m[4], "1 reconcile") {
		t.Errorf("Marsh–Hale as of 2026: balance %s colour %s, tooltip %q", m[3], m[5], m[4])
	}
	// Up to July 2025 the feud dominates: the tie is hostile.
	m = mh.FindStringSubmatch(page(t, srv, "/network?to=2025-07"))
	if m == nil {
		t.Fatal("no Marsh–Hale tie up to July 2025")
	}
	if v, _ := strconv.ParseFloat(m[3], 64); v >= -1.5 || m[5] != "#9b2c2c" || strings.Contains(m[4], "reconcile") {
		t.Errorf("Marsh–Hale up to July 2025: balance %s colour %s, tooltip %q", m[3], m[5], m[4])
	}
	// From 2026 on, only the reconciliation dinner (a meeting and the
	// reconciliation) and the meeting announced for January, which no
	// sentence ties to the dinner, so it stays an event of its own.
	if m = mh.FindStringSubmatch(page(t, srv, "/network?from=2026-01")); m == nil || m[2] != "3" {
		t.Errorf("Marsh–Hale from 2026: %v", m)
	}
	// Attacks alone.
	var n query.Network
	get(t, srv, "/api/network?type=oppose", &n)
	for _, l := range n.Links {
		if len(l.Counts) != 1 || l.Counts["oppose"] != l.Events {
			t.Errorf("type=oppose: a tie with %v", l.Counts)
		}
	}
	if len(n.Links) == 0 {
		t.Error("type=oppose: no ties")
	}
	// Focus: Lena Marsh's ties alone, each node a link to its own focus.
	body = page(t, srv, "/network?focus=Marsh")
	if !strings.Contains(body, "<h1>Ties of Lena Marsh</h1>") || !strings.Contains(body, `class="node person focus"`) || !strings.Contains(body, `href="/network?focus=Victor+Hale"`) {
		t.Error("focus page: no heading, focused node or links to other foci")
	}
	get(t, srv, "/api/network?focus=Lena+Marsh", &n)
	if n.Focus < 0 || len(n.Links) == 0 {
		t.Fatalf("focus: %+v", n)
	}
	for _, l := range n.Links {
		if l.A != n.Focus && l.B != n.Focus {
			t.Errorf("focus on Lena Marsh shows %s–%s", n.Nodes[l.A].Name, n.Nodes[l.B].Name)
		}
	}
	// Bad choices are errors.
	for _, p := range []string{"/api/network?type=dance", "/api/network?from=June", "/api/network?focus=Nobody+Atall"} {
		if code := get(t, srv, p, nil); code != 400 && code != 404 {
			t.Errorf("%s: %d", p, code)
		}
	}
}

// TestPersonParameterErrors checks that a wrong number of person
// parameters is said in words.
func TestPersonParameterErrors(t *testing.T) {
	srv := newFeudServer(t)
	for path, want := range map[string]string{
		"/api/relations?person=Lena+Marsh&person=Victor+Hale": "give one person parameter (person=NAME), not 2",
		"/api/history?person=Lena+Marsh":                      "give two person parameters (person=NAME), not 1",
		"/api/timeline":                                       "give one or two person parameters (person=NAME), not 0",
	} {
		var e struct {
			Error string `json:"error"`
		}
		if code := get(t, srv, path, &e); code != 400 || !strings.Contains(e.Error, want) {
			t.Errorf("%s: %d %q, want %q", path, code, e.Error, want)
		}
	}
}

// TestHomeTotalsAndLatestEvents checks that the home page gives the
// corpus's totals and its latest events, newest first.
func TestHomeTotalsAndLatestEvents(t *testing.T) {
	srv := newFeudServer(t)
	body := page(t, srv, "/")
	if !regexp.MustCompile(`<strong>9</strong> articles read · <strong>\d+</strong> people and organizations named`).MatchString(body) {
		t.Error("no corpus totals")
	}
	latest := regexp.MustCompile(`(?s)<ul class="latest">(.*?)</ul>`).FindStringSubmatch(body)
	if latest == nil {
		t.Fatal("no latest events")
	}
	// The three months before the newest article (January 5, 2026):
	// the reconciliation dinner and the meeting planned for January,
	// nothing older.
	if !strings.HasPrefix(latest[1], "<li>") || !strings.Contains(latest[1], ">reconcile<") || strings.Count(latest[1], "January 3, 2026")+strings.Count(latest[1], "January 2026") != strings.Count(latest[1], "<li>") {
		t.Errorf("latest events are not January 2026's:\n%s", latest[1])
	}
}

// BenchmarkNetworkAndSearch times the network page (all events, and one
// person's ties) and the search page on the store of 10,000 synthetic
// articles that BenchmarkTimelineLoad builds: go test -run XXX -bench
// NetworkAndSearch -benchtime 1x ./http.
func BenchmarkNetworkAndSearch(b *testing.B) {
	db := loadStore(b, 10_000)
	s, err := New(Config{Store: db, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	n, err := s.q.Network(context.Background(), query.NetworkOptions{Max: 1})
	if err != nil || len(n.Nodes) == 0 {
		b.Fatal("no people", err)
	}
	name := n.Nodes[0].Name
	// For comparison: the pair counts alone, as the store's Edges gives
	// them (what the network was built from before it needed each event's
	// type, date, direction and amount).
	b.Run("edges", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := db.Edges(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, path := range []string{"/network", "/network?focus=" + url.QueryEscape(name), "/search?q=harbor", "/search?q=" + url.QueryEscape(name)} {
		b.Run(path, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				resp, err := http.Get(srv.URL + path)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("%s: %d", path, resp.StatusCode)
				}
			}
		})
	}
}
