package http

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// do sends a request to srv and returns the status, headers and body.
func do(t *testing.T, srv *httptest.Server, method, path, host, body string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// Over HTTP only http(s) URLs and posted text are sources: never a file
// of the server, its standard input or a device.
func TestPostNeverReadsServerFiles(t *testing.T) {
	srv, _ := newTestServer(t, false)
	for _, src := range []string{"/etc/passwd", "/etc/hostname", "-", "/dev/zero", "../examples/voss-pledge.txt", "file:///etc/passwd", "ftp://example.com/a"} {
		body, _ := json.Marshal(map[string]string{"url": src})
		code, v := post(t, srv, token, "application/json", string(body))
		if code != 400 || v["error"] == nil {
			t.Errorf("url %q: %d %v", src, code, v)
		}
	}
}

// Article JSON and event sources show a file's name, never its path on
// the server.
func TestNoServerPathsInJSON(t *testing.T) {
	srv, _ := newTestServer(t, false)
	var art map[string]any
	if code := get(t, srv, "/api/articles/1", &art); code != 200 {
		t.Fatalf("article: %d", code)
	}
	if src, _ := art["source"].(string); src == "" || strings.ContainsAny(src, `/\`) {
		t.Errorf("article source = %q", src)
	}
	code, _, body := do(t, srv, "GET", "/api/timeline?person=Harlan+Voss", "", "")
	if code != 200 || strings.Contains(body, "../") || strings.Contains(body, "examples/") {
		t.Errorf("timeline shows server paths: %d %.300s", code, body)
	}
	code, _, page := do(t, srv, "GET", "/article/1", "", "")
	if code != 200 || strings.Contains(page, "../examples") {
		t.Errorf("article page shows a server path")
	}
}

// A search's work is bounded: a long query is refused at once, read-only
// server included.
func TestSearchIsBounded(t *testing.T) {
	srv, _ := newTestServer(t, true)
	for _, q := range []string{strings.Repeat("harbor ", 3000), strings.Repeat("w", 500<<10), strings.Repeat("a ", 40)} {
		start := time.Now()
		code, _, body := do(t, srv, "GET", "/api/search?q="+url.QueryEscape(q), "", "")
		if code != 400 || time.Since(start) > 2*time.Second {
			t.Errorf("search of %d bytes: %d in %s: %.200s", len(q), code, time.Since(start), body)
		}
		code, _, _ = do(t, srv, "GET", "/search?q="+url.QueryEscape(q), "", "")
		if code != 400 {
			t.Errorf("search page of %d bytes: %d", len(q), code)
		}
	}
}

// A request's work ends with its context: when the client leaves, or at
// the server's time limit.
func TestRequestWorkIsCancelled(t *testing.T) {
	srv, db := newTestServer(t, true)
	s, err := New(Config{Store: slowStore{db}, ReadOnly: true, Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	_ = srv
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/api/search?q=harbor", nil)
	req.Host = "127.0.0.1"
	start := time.Now()
	s.Handler().ServeHTTP(rec, req)
	if d := time.Since(start); d > 2*time.Second || rec.Code != http.StatusServiceUnavailable {
		t.Errorf("slow search: %d after %s", rec.Code, d)
	}
}

// slowStore's Search works until its context ends.
type slowStore struct{ *sqlite.DB }

func (s slowStore) Search(ctx context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-time.After(time.Minute):
		return nil, errors.New("never cancelled")
	}
}

// failingResolve stores articles but cannot resolve them (the database
// is held by another process for too long).
type failingResolve struct{ *sqlite.DB }

func (f failingResolve) Resolve(ctx context.Context) (powermap.ResolveReport, error) {
	return powermap.ResolveReport{}, errors.New("database is locked (5) (SQLITE_BUSY)")
}

// The answer to a POST never contradicts what was stored: an article
// stored is 201, even when its resolution must wait.
func TestPostAnswerMatchesStore(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{Store: failingResolve{db}, Token: token, Ingest: &ingest.Service{Store: failingResolve{db}, Reader: read.NewReader(read.DefaultFetchOptions)}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	body, _ := json.Marshal(map[string]string{"text": testgen.Article(7, 200)})
	code, v := post(t, srv, token, "application/json", string(body))
	list, _ := db.Articles(ctx)
	if len(list) != 1 {
		t.Fatalf("stored %d articles", len(list))
	}
	if code != 201 || v["id"] != float64(list[0].ID) || v["resolved"] != false {
		t.Errorf("post of a stored article: %d %v", code, v)
	}
	if p, _ := db.ResolvePending(ctx); !p {
		t.Error("the store does not know resolution is pending")
	}
}

// A posted feed URL is refused after one request, its items unfetched.
func TestPostFeedURLIsRefused(t *testing.T) {
	var hits atomic.Int32
	var feed *httptest.Server
	feed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			items := strings.Repeat(`<item><title>x</title><link>`+feed.URL+`/big</link></item>`, 40)
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` + items + `</channel></rss>`))
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("All work and no play makes a dull article. ", 100<<10)))
	}))
	defer feed.Close()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := read.NewReader(read.FetchOptions{Timeout: 5 * time.Second, MaxBytes: 10 << 20, MaxRedirects: 2, AllowPrivate: true})
	s, err := New(Config{Store: db, Token: token, Ingest: &ingest.Service{Store: db, Reader: r}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	code, v := post(t, srv, token, "application/json", `{"url":"`+feed.URL+`/feed.xml"}`)
	if code != 400 || !strings.Contains(v["error"].(string), "feed") {
		t.Errorf("feed URL: %d %v", code, v)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("posting a feed URL made %d requests, want 1", n)
	}
	// An article over the size limit is refused too.
	code, v = post(t, srv, token, "application/json", `{"url":"`+feed.URL+`/big"}`)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("4 MB article: %d %v", code, v)
	}
}

// Bad query parameters are 400s, never 500s.
func TestBadParametersAre400(t *testing.T) {
	srv, _ := newTestServer(t, false)
	long := url.QueryEscape(strings.Repeat("%_", 30<<10))
	many := strings.Repeat("person=Harlan+Voss&", 1000)
	for _, path := range []string{
		"/api/search?q=harbor+OR+OR+club",
		"/api/search?q=harbor+AND+NOT+club",
		"/api/search?q=NOT+harbor",
		"/api/people?q=" + long,
		"/api/quotes?q=" + long,
		"/api/events?place=" + long,
		"/api/events?" + many,
		"/search?q=NOT+harbor",
		"/people?q=" + long,
	} {
		code, _, body := do(t, srv, "GET", path, "", "")
		if code != 400 {
			t.Errorf("%.60s: %d %.200s", path, code, body)
		}
	}
	if code, _, body := do(t, srv, "GET", "/api/search?q=harbor+NOT+zebra", "", ""); code != 200 {
		t.Errorf("harbor NOT zebra: %d %s", code, body)
	}
	var people []map[string]any
	if code := get(t, srv, "/api/people?q=%25", &people); code != 200 || len(people) != 0 {
		t.Errorf(`people?q=%%: %d, %d people; "%%" is a character`, code, len(people))
	}
}

// /static/ serves the assets, not a listing, not the templates.
func TestStaticServesAssetsOnly(t *testing.T) {
	srv, _ := newTestServer(t, true)
	if code, _, _ := do(t, srv, "GET", "/static/style.css", "", ""); code != 200 {
		t.Errorf("style.css: %d", code)
	}
	for _, p := range []string{"/static/", "/static/static/", "/static/templates/layout.html", "/static/openapi.json", "/static/static/app.js", "/static/..%2ftemplates/layout.html"} {
		code, _, body := do(t, srv, "GET", p, "", "")
		if code == 200 || strings.Contains(body, "{{define") || strings.Contains(body, "app.js</a>") {
			t.Errorf("%s: %d %.100s", p, code, body)
		}
	}
}

// Every answer carries the security headers.
func TestSecurityHeaders(t *testing.T) {
	srv, _ := newTestServer(t, true)
	for _, p := range []string{"/", "/api/people", "/static/app.js", "/api/nothing"} {
		_, h, _ := do(t, srv, "GET", p, "", "")
		for k, want := range map[string]string{"Content-Security-Policy": "default-src 'self'", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
			if !strings.Contains(h.Get(k), want) {
				t.Errorf("%s: %s = %q", p, k, h.Get(k))
			}
		}
	}
}

// Requests addressed to another host name (DNS rebinding) are refused.
func TestHostCheck(t *testing.T) {
	srv, _ := newTestServer(t, true)
	for host, ok := range map[string]bool{"": true, "localhost:8080": true, "127.0.0.1": true, "[::1]:8080": true, "app.localhost": true,
		"attacker.example": false, "attacker.example:8080": false, "127.0.0.1.nip.io": false} {
		code, _, _ := do(t, srv, "GET", "/api/people", host, "")
		if (code == 200) != ok || !ok && code != http.StatusMisdirectedRequest {
			t.Errorf("Host %q: %d", host, code)
		}
	}
	s, err := New(Config{Store: noStore{}, Hosts: []string{"powermap.example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/api/openapi.json", nil)
	req.Host = "powermap.example.org:443"
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Errorf("configured host: %d", rec.Code)
	}
}

// noStore is a Store for tests that never reach it.
type noStore struct{ powermap.Store }

// Posts without a name get names that differ, even within one second.
func TestPostedNamesDiffer(t *testing.T) {
	srv, _ := newTestServer(t, false)
	names := map[string]bool{}
	for i := range 3 {
		body, _ := json.Marshal(map[string]string{"text": testgen.Article(100+i, 120)})
		code, v := post(t, srv, token, "application/json", string(body))
		if code != 201 {
			t.Fatalf("post %d: %d %v", i, code, v)
		}
		var art map[string]any
		get(t, srv, "/api/articles/"+strings.TrimSuffix(strings.TrimSuffix(jsonNumber(v["id"]), ".0"), "."), &art)
		name, _ := art["name"].(string)
		if names[name] || !strings.HasPrefix(name, "posted-") {
			t.Errorf("post %d named %q; names so far %v", i, name, names)
		}
		names[name] = true
	}
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// A read-only server does not document the write route.
func TestOpenAPIReadOnly(t *testing.T) {
	srv, _ := newTestServer(t, true)
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if code := get(t, srv, "/api/openapi.json", &doc); code != 200 {
		t.Fatal(code)
	}
	if _, ok := doc.Paths["/api/articles"]["post"]; ok {
		t.Error("read-only openapi.json lists POST /api/articles")
	}
	if doc.Paths["/api/people"]["get"] == nil {
		t.Error("read-only openapi.json lost the read routes")
	}
	srv, _ = newTestServer(t, false)
	get(t, srv, "/api/openapi.json", &doc)
	if _, ok := doc.Paths["/api/articles"]["post"]; !ok {
		t.Error("openapi.json does not list POST /api/articles")
	}
}

// A method a route does not have is 405 with Allow, not 404.
func TestWrongMethodIs405(t *testing.T) {
	srv, _ := newTestServer(t, false)
	for _, tt := range []struct{ method, path, allow string }{
		{"PUT", "/api/articles", "POST"},
		{"DELETE", "/api/articles/1", "GET"},
		{"PUT", "/api/people", "GET"},
		{"DELETE", "/api/people/Harlan%20Voss", "GET"},
		{"PATCH", "/api/search", "GET"},
		{"POST", "/api/timeline", "GET"},
	} {
		code, h, body := do(t, srv, tt.method, tt.path, "", "")
		if code != 405 || !strings.Contains(h.Get("Allow"), tt.allow) || !strings.Contains(body, "error") {
			t.Errorf("%s %s: %d Allow=%q %s", tt.method, tt.path, code, h.Get("Allow"), body)
		}
	}
	if code, _, _ := do(t, srv, "PUT", "/api/nothing", "", ""); code != 404 {
		t.Errorf("PUT /api/nothing: %d", code)
	}
	if code, _, _ := do(t, srv, "DELETE", "/person/x", "", ""); code != 405 {
		t.Errorf("DELETE /person/x: %d", code)
	}
}
