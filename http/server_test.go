package http

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

const token = "s3cret-token"

// newTestServer ingests the example articles and the dinner fixtures into a
// fresh store and serves it.
func newTestServer(t testing.TB, readOnly bool) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	more, _ := filepath.Glob("../ingest/testdata/dinner/*.txt")
	return serveSources(t, Config{Token: token, ReadOnly: readOnly}, more)
}

// serveSources ingests the example articles and sources into a fresh
// store, resolves it and serves it with cfg (its Store, Reader and
// Prepare filled in).
func serveSources(t testing.TB, cfg Config, sources []string) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "http.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(k)
	prepare := func(_ context.Context, a *powermap.Article) error {
		a.Facts = x.Facts(a)
		return nil
	}
	examples, _ := filepath.Glob("../examples/*")
	r := read.NewReader(read.DefaultFetchOptions)
	if _, err := ingest.Run(ctx, db, r, append(examples, sources...), ingest.Options{Prepare: prepare}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	cfg.Store, cfg.Ingest = db, &ingest.Service{Store: db, Reader: r, Extract: prepare}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv, db
}

// get fetches path and decodes JSON into v, returning the status.
func get(t *testing.T, srv *httptest.Server, path string, v any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if v != nil {
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Fatalf("%s: content type %q", path, ct)
		}
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: %v in %s", path, err, body)
		}
	}
	return resp.StatusCode
}

func TestAPIEndpoints(t *testing.T) {
	srv, _ := newTestServer(t, false)
	var people []map[string]any
	if code := get(t, srv, "/api/people?q=Voss", &people); code != 200 || len(people) == 0 || people[0]["name"] != "Harlan Voss" {
		t.Errorf("people: %d %v", code, people)
	}
	var person map[string]any
	if code := get(t, srv, "/api/people/"+url.PathEscape("Voss"), &person); code != 200 || person["name"] != "Harlan Voss" {
		t.Errorf("person by alias: %d %v", code, person)
	}
	var tl struct {
		People []map[string]any `json:"people"`
		Events []map[string]any `json:"events"`
	}
	if code := get(t, srv, "/api/timeline?person=Harlan+Voss&person=Dana+Whitfield", &tl); code != 200 || len(tl.People) != 2 || len(tl.Events) == 0 {
		t.Fatalf("timeline: %d %+v", code, tl)
	}
	for _, e := range tl.Events {
		srcs, ok := e["sources"].([]any)
		if !ok || len(srcs) == 0 {
			t.Fatalf("event without sources: %v", e)
		}
		s0 := srcs[0].(map[string]any)
		for _, k := range []string{"article", "evidence", "start", "end"} {
			if _, ok := s0[k]; !ok {
				t.Errorf("source lacks %q: %v", k, s0)
			}
		}
	}
	var rel struct {
		Relations []map[string]any `json:"relations"`
	}
	if code := get(t, srv, "/api/relations?person=Dana+Whitfield", &rel); code != 200 || len(rel.Relations) == 0 {
		t.Errorf("relations: %d %v", code, rel)
	}
	var hist map[string]any
	if code := get(t, srv, "/api/history?person=Harlan+Voss&person=Dana+Whitfield", &hist); code != 200 || hist["summary"] == nil {
		t.Errorf("history: %d %v", code, hist)
	}
	var evs []map[string]any
	if code := get(t, srv, "/api/events?type=meet&person=Harlan+Voss&from=2025-03&to=2025-03", &evs); code != 200 || len(evs) == 0 {
		t.Errorf("events: %d %v", code, evs)
	}
	for _, e := range evs {
		if e["type"] != "meet" || !strings.HasPrefix(e["date"].(string), "2025-03") {
			t.Errorf("filter let through %v", e)
		}
	}
	var quotes []map[string]any
	if code := get(t, srv, "/api/quotes?speaker=Voss&q=port", &quotes); code != 200 || len(quotes) == 0 || quotes[0]["speaker"] != "Harlan Voss" {
		t.Errorf("quotes: %d %v", code, quotes)
	}
	var found struct {
		Articles []map[string]any `json:"articles"`
	}
	if code := get(t, srv, "/api/search?q=%22Harborview+Club%22", &found); code != 200 || len(found.Articles) < 2 {
		t.Errorf("search: %d %v", code, found.Articles)
	}
	var art map[string]any
	if code := get(t, srv, "/api/articles/1", &art); code != 200 || art["text"] == nil || art["facts"] == nil {
		t.Errorf("article: %d", code)
	}
	var net map[string]any
	if code := get(t, srv, "/api/network", &net); code != 200 || len(net["nodes"].([]any)) == 0 {
		t.Errorf("network: %d %v", code, net)
	}
	var doc map[string]any
	if code := get(t, srv, "/api/openapi.json", &doc); code != 200 || doc["openapi"] == nil {
		t.Errorf("openapi: %d", code)
	}
	paths := doc["paths"].(map[string]any)
	for _, p := range []string{"/api/people", "/api/timeline", "/api/relations", "/api/events", "/api/quotes", "/api/search", "/api/articles/{id}", "/api/articles"} {
		if paths[p] == nil {
			t.Errorf("openapi.json does not document %s", p)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	srv, _ := newTestServer(t, false)
	for _, tt := range []struct {
		path string
		code int
	}{
		{"/api/timeline", 400},
		{"/api/timeline?person=a&person=b&person=c", 400},
		{"/api/events?type=dinner", 400},
		{"/api/events?from=yesterday", 400},
		{"/api/events?bogus=1", 400},
		{"/api/people?limit=0", 400},
		{"/api/search?q=", 400},
		{"/api/articles/abc", 404},
		{"/api/relations?person=Nobody+Atall", 404},
		{"/api/timeline?person=Nobody+Atall", 404},
		{"/api/people/Nobody%20Atall", 404},
		{"/api/articles/9999", 404},
		{"/api/no-such-thing", 404},
	} {
		var body map[string]string
		if code := get(t, srv, tt.path, &body); code != tt.code || body["error"] == "" {
			t.Errorf("%s: %d %v, want %d with an error", tt.path, code, body, tt.code)
		}
	}
}

func post(t *testing.T, srv *httptest.Server, auth, ct, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/articles", strings.NewReader(body))
	req.Header.Set("Content-Type", ct)
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	json.NewDecoder(resp.Body).Decode(&v)
	return resp.StatusCode, v
}

func TestPostArticleNeedsTokenAndEscapes(t *testing.T) {
	srv, _ := newTestServer(t, false)
	article := `{"name":"script-test","text":" date 2025-05-20 Senator Dana Whitfield met Harlan Voss at City Hall on Monday. She wrote <script>alert('x')</script> in her notes, and \"we will fix the harbor,\" Whitfield said."}`
	if code, v := post(t, srv, "", "application/json", article); code != 401 || v["error"] == nil {
		t.Errorf("no token: %d %v", code, v)
	}
	if code, _ := post(t, srv, "wrong", "application/json", article); code != 401 {
		t.Errorf("wrong token: %d", code)
	}
	code, v := post(t, srv, token, "application/json", article)
	if code != 201 || v["duplicate"] != false || v["events"].(float64) < 1 {
		t.Fatalf("post: %d %v", code, v)
	}
	if code, v := post(t, srv, token, "application/json", article); code != 200 || v["duplicate"] != true {
		t.Errorf("second post: %d %v", code, v)
	}
	if code, _ := post(t, srv, token, "application/json", `{"text":"a","html":"b"}`); code != 400 {
		t.Errorf("two bodies: %d", code)
	}
	if code, _ := post(t, srv, token, "application/xml", `<x/>`); code != 415 {
		t.Errorf("xml: %d", code)
	}
	id := int(v["id"].(float64))
	resp, err := http.Get(srv.URL + "/article/" + strconv.Itoa(id))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(page), "<script>alert") || !strings.Contains(string(page), "&lt;script&gt;alert") {
		t.Errorf("article text not escaped in the page")
	}
	if !strings.Contains(string(page), `class="fact event ev-meet"`) {
		t.Errorf("the meeting is not highlighted")
	}
}

func TestReadOnlyHasNoWriteEndpoint(t *testing.T) {
	srv, _ := newTestServer(t, true)
	code, v := post(t, srv, token, "application/json", `{"text":"Some text about Harlan Voss meeting Dana Whitfield on Monday."}`)
	if code < 400 || v["error"] == nil {
		t.Errorf("read-only server accepted a write: %d %v", code, v)
	}
}

func TestPages(t *testing.T) {
	srv, _ := newTestServer(t, false)
	for _, p := range []string{"/", "/people?q=Whit", "/person/Dana%20Whitfield", "/pair/Harlan%20Voss/Dana%20Whitfield", "/network", "/article/1", "/search?q=harbor"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "</html>") {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
	resp, _ := http.Get(srv.URL + "/person/Nobody%20Atall")
	if resp.StatusCode != 404 {
		t.Errorf("unknown person page: %d", resp.StatusCode)
	}
	resp.Body.Close()
	// The pair page's chart links marks to events, which lead to evidence.
	resp, _ = http.Get(srv.URL + "/pair/Harlan%20Voss/Dana%20Whitfield")
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `<circle class="mark"`) || !strings.Contains(string(body), `href="/event/`) || !strings.Contains(string(body), `class="warmth"`) {
		t.Error("pair chart lacks marks, event links or the warmth line")
	}
}
