package http

import (
	"context"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// TestMergedEventRedirects: after two events merge (their participants
// were merged), the page of the younger id redirects to the survivor.
func TestMergedEventRedirects(t *testing.T) {
	srv, db := newTestServer(t, true)
	ctx := context.Background()
	for i, who := range []string{"Orla Finch", "Orlando Finch"} {
		text := "Quill Barrow met " + who + " on Monday in the harbour office, aides said, and talked for an hour."
		pub := time.Date(2025, 7, 8+i, 0, 0, 0, 0, time.UTC)
		a := &powermap.Article{Name: "moved" + who, Source: "moved.txt", Format: "text", Title: "Meeting", Published: pub, PublishedPrecision: powermap.PrecisionDay, Text: text,
			Facts: &powermap.Facts{
				People: []powermap.Entity{{Name: "Quill Barrow", Type: "person"}, {Name: who, Type: "person"}},
				Events: []powermap.Event{{Type: "meet", Actors: []string{"Quill Barrow", who}, Date: "2025-07-07", Evidence: powermap.Span{Start: 0, End: len(text)}, Rule: "meet/VERB", Confidence: 0.9}},
			}}
		if _, err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	barrow, err := db.Entity(ctx, "Quill Barrow")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, powermap.EventFilter{Persons: []int64{barrow.ID}})
	if err != nil || len(evs) != 2 {
		t.Fatalf("fixture: %+v %v", evs, err)
	}
	older, younger := evs[0].ID, evs[1].ID
	if older > younger {
		older, younger = younger, older
	}
	if _, err := db.Curate(ctx, powermap.Curation{Action: "merge", Subject: "Orlando Finch", Object: "Orla Finch"}); err != nil {
		t.Fatal(err)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(srv.URL + "/event/" + strconv.FormatInt(younger, 10))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/event/"+strconv.FormatInt(older, 10) {
		t.Errorf("/event/%d: %d to %q; want 301 to /event/%d", younger, resp.StatusCode, resp.Header.Get("Location"), older)
	}
	resp, err = client.Get(srv.URL + "/event/" + strconv.FormatInt(older, 10))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("/event/%d: %d", older, resp.StatusCode)
	}
}
