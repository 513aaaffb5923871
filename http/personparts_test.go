package http

import (
	"bytes"
	"html/template"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
)

// TestPersonPageAsOneTemplate checks that a person's page, written in
// parts with its lists between them, is byte for byte the page the
// single template it replaces (testdata/person_whole.tmpl) wrote from
// the same data: first and later pages of the timeline, and all
// relationships.
func TestPersonPageAsOneTemplate(t *testing.T) {
	feud, _ := filepath.Glob("testdata/feud/*.txt")
	_, db := serveSources(t, Config{ReadOnly: true}, feud)
	s, err := New(Config{Store: db, ReadOnly: true, PageSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	ref := template.Must(template.Must(template.New("").Funcs(funcs).ParseFS(assets, "templates/*.html")).ParseFiles("testdata/person_whole.tmpl"))
	people, err := db.Entities(t.Context(), "", 0)
	if err != nil || len(people) < 3 {
		t.Fatalf("people: %v", err)
	}
	var paths []string
	for _, p := range people {
		paths = append(paths, "/person/"+url.PathEscape(p.Name), "/person/"+url.PathEscape(p.Name)+"?relations=all")
	}
	checked, later := 0, 0
	for len(paths) > 0 {
		path := paths[0]
		paths = paths[1:]
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", path, nil)
		req.Host = "127.0.0.1"
		s.Handler().ServeHTTP(w, req)
		if w.Code != 200 {
			t.Fatalf("%s: %d", path, w.Code)
		}
		u, _ := url.Parse(path)
		r := httptest.NewRequest("GET", path, nil)
		r.SetPathValue("ref", u.Path[len("/person/"):])
		data, _, _, _, err := s.personPage(r)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := ref.ExecuteTemplate(&want, "person-whole", data); err != nil {
			t.Fatal(err)
		}
		if got := w.Body.String(); got != want.String() {
			t.Fatalf("%s written as\n%s\nthe template wrote\n%s", path, got, want.String())
		}
		checked++
		if next, _ := data["Next"].(string); next != "" && later < 3 {
			later++
			paths = append(paths, next[:len(next)-len("#timeline")])
		}
		if data["First"] != nil {
			later++
		}
	}
	if checked < 6 || later < 3 {
		t.Errorf("%d pages checked, %d later pages; want more", checked, later)
	}
}
