package http

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
)

// maxRequestTime is the most one fuzzed request may take on this small
// store; the bounds on query text, terms and people keep every request
// far under it.
const maxRequestTime = 5 * time.Second

// FuzzAPI sends arbitrary methods, paths, query strings, content types and
// bodies to every route of the API and the pages, with the write token:
// no answer may be a 5xx, and none may take longer than maxRequestTime.
// The seeds run with go test; go test -fuzz FuzzAPI ./http searches on.
func FuzzAPI(f *testing.F) {
	seeds := []struct {
		method             uint8
		path, query, ctype string
		body               string
	}{
		{0, "/api/people", "q=Voss&limit=5", "", ""},
		{0, "/api/people", "q=%25_%25_%25&limit=99999999999999999999", "", ""},
		{0, "/api/people/Harlan Voss", "", "", ""},
		{0, "/api/people/%00", "", "", ""},
		{0, "/api/timeline", "person=Harlan+Voss&person=Dana+Whitfield", "", ""},
		{0, "/api/timeline", "person=&person=%20", "", ""},
		{0, "/api/relations", "person=Voss", "", ""},
		{0, "/api/history", "person=Harlan+Voss&person=Dana+Whitfield", "", ""},
		{0, "/api/events", "type=meet&person=Harlan+Voss&from=2025-03&to=2025-03-31&place=club&limit=3", "", ""},
		{0, "/api/events", "from=2025-13-45&to=99999&person=,,,,", "", ""},
		{0, "/api/events", strings.Repeat("person=Voss&", 200), "", ""},
		{0, "/api/quotes", "speaker=Voss&q=port", "", ""},
		{0, "/api/search", "q=%22Harborview+Club%22+OR+dinn*", "", ""},
		{0, "/api/search", "q=NOT+OR+AND+NOT+%22+*+(", "", ""},
		{0, "/api/search", "q=" + strings.Repeat("harbor+", 400), "", ""},
		{0, "/api/network", "max=3", "", ""},
		{0, "/api/articles/1", "", "", ""},
		{0, "/api/articles/99999999999999999999", "", "", ""},
		{0, "/api/openapi.json", "", "", ""},
		{0, "/", "", "", ""},
		{0, "/people", "q=Whit", "", ""},
		{0, "/person/Dana Whitfield", "", "", ""},
		{0, "/pair/Harlan Voss/Dana Whitfield", "", "", ""},
		{0, "/network", "", "", ""},
		{0, "/article/1", "", "", ""},
		{0, "/event/1", "", "", ""},
		{0, "/search", "q=harbor", "", ""},
		{0, "/search", "q=%22Harborview%22+NOT+dinn*+OR+%C3%A9", "", ""},
		{0, "/article/1", "q=Voss+OR+harb*", "", ""},
		{0, "/network", "from=2025-03&to=2025&type=meet&type=fund,oppose&focus=Voss", "", ""},
		{0, "/api/network", "type=dance&from=x&focus=%00", "", ""},
		{0, "/static/app.js", "", "", ""},
		{0, "/static/../templates/layout.html", "", "", ""},
		{1, "/api/articles", "", "application/json", `{"text":" date 2025-05-20 Senator Dana Whitfield met Harlan Voss at City Hall on Monday to talk about the harbor."}`},
		{1, "/api/articles", "", "application/json", `{"url":"/etc/passwd"}`},
		{1, "/api/articles", "", "application/json", `{"url":"-"}`},
		{1, "/api/articles", "", "application/json", `{"url":"http://127.0.0.1:1/x"}`},
		{1, "/api/articles", "", "application/json", `{"html":"<html><body><article><p>x</p></article></body></html>","name":"a\u001b[31m"}`},
		{1, "/api/articles", "", "application/json", `{"text":1}`},
		{1, "/api/articles", "", "text/plain; charset=utf-8", "Harlan Voss praised Dana Whitfield on Tuesday, calling her the best senator the harbor has had."},
		{1, "/api/articles", "", "text/html", "<rss><channel><item><link>http://x</link></item></channel></rss>"},
		{1, "/api/articles", "", "multipart/form-data; boundary=x", "--x--"},
		{2, "/api/articles", "", "", ""},
		{3, "/api/articles/1", "", "", ""},
		{4, "/api/people", "", "", ""},
	}
	for _, s := range seeds {
		f.Add(s.method, s.path, s.query, s.ctype, []byte(s.body))
	}
	_, db := newTestServer(f, false)
	k, err := kb.Load()
	if err != nil {
		f.Fatal(err)
	}
	x := extract.New(k)
	r := read.NewReader(read.FetchOptions{Timeout: 2 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 2})
	s, err := New(Config{Store: db, Token: token, Timeout: maxRequestTime, Ingest: &ingest.Service{Store: db, Reader: r, Extract: func(_ context.Context, a *powermap.Article) error {
		f, err := x.SafeFacts(a)
		a.Facts = f
		return err
	}}})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	methods := []string{"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"}
	f.Fuzz(func(t *testing.T, m uint8, path, rawQuery, ctype string, body []byte) {
		u := &url.URL{Path: "/" + strings.TrimPrefix(path, "/"), RawQuery: rawQuery}
		req, err := http.NewRequest(methods[int(m)%len(methods)], "http://127.0.0.1"+u.EscapedPath()+"?"+rawQuery, bytes.NewReader(body))
		if err != nil {
			t.Skip()
		}
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		if d := time.Since(start); d > maxRequestTime {
			t.Errorf("%s %s?%.100s took %s", req.Method, u.Path, rawQuery, d)
		}
		if rec.Code >= 500 {
			t.Errorf("%s %s?%.100s (%s, %.100q): %d %.300s", req.Method, u.Path, rawQuery, ctype, body, rec.Code, rec.Body.String())
		}
	})
}
