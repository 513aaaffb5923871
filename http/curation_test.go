package http

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// send posts body (JSON) to path with bearer token tok ("" for none) and
// returns the status and the body.
func send(t *testing.T, srv *httptest.Server, path, tok, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// eventIDs lists the ids /api/events answers with.
func eventIDs(t *testing.T, srv *httptest.Server) map[int64]bool {
	t.Helper()
	var evs []struct {
		ID int64 `json:"id"`
	}
	if code := get(t, srv, "/api/events", &evs); code != 200 {
		t.Fatalf("/api/events: %d", code)
	}
	out := map[int64]bool{}
	for _, e := range evs {
		out[e.ID] = true
	}
	return out
}

// TestCurationOverHTTP: rejecting an event and removing an article need
// the token, are logged with their reasons, take the event and the article
// out of the API, and undo brings them back; a read-only server has none
// of these routes.
func TestCurationOverHTTP(t *testing.T) {
	srv, db := newTestServer(t, false)
	before := eventIDs(t, srv)
	var victim int64
	for id := range before {
		victim = max(victim, id)
	}
	path := "/api/events/" + strconv.FormatInt(victim, 10) + "/reject"
	if code, _ := send(t, srv, path, "", `{"reason":"x"}`); code != 401 {
		t.Errorf("reject without the token: %d, want 401", code)
	}
	if code, _ := send(t, srv, path, "wrong", `{"reason":"x"}`); code != 401 {
		t.Errorf("reject with a wrong token: %d, want 401", code)
	}
	code, body := send(t, srv, path, token, `{"reason":"a misreading"}`)
	var rec powermap.CurationRecord
	if code != 201 || json.Unmarshal([]byte(body), &rec) != nil || rec.Action != "reject" || rec.SubjectID != victim || rec.Reason != "a misreading" {
		t.Fatalf("reject: %d %s", code, body)
	}
	if eventIDs(t, srv)[victim] {
		t.Errorf("the rejected event #%d is still listed", victim)
	}
	if code, _ := send(t, srv, "/api/events/nonsense/reject", token, ""); code != 400 {
		t.Errorf("reject of a non-id: %d, want 400", code)
	}
	if code, _ := send(t, srv, path, token, `{"reason":"x","color":"red"}`); code != 400 {
		t.Errorf("a body with an unknown field: %d, want 400", code)
	}
	art, err := db.Article(t.Context(), "voss-pledge")
	if err != nil {
		t.Fatal(err)
	}
	apath := "/api/articles/" + strconv.FormatInt(art.ID, 10)
	if code, body := send(t, srv, apath+"/remove", token, `{"reason":"wire copy"}`); code != 201 {
		t.Fatalf("remove: %d %s", code, body)
	}
	if code := get(t, srv, apath, nil); code != 404 {
		t.Errorf("GET of a removed article: %d, want 404", code)
	}
	if code, _ := send(t, srv, "/api/curation", token, `{"action":"explode","subject":"x"}`); code != 400 {
		t.Errorf("an unknown action: %d, want 400", code)
	}
	var log []powermap.CurationRecord
	if code := get(t, srv, "/api/curation", &log); code != 200 || len(log) != 2 || log[1].Reason != "wire copy" || log[1].ArticleID != art.ID {
		t.Fatalf("/api/curation: %d %+v", code, log)
	}
	for range 2 {
		if code, body := send(t, srv, "/api/curation/undo", token, ""); code != 200 {
			t.Fatalf("undo: %d %s", code, body)
		}
	}
	if code := get(t, srv, apath, nil); code != 200 {
		t.Errorf("GET of the article after undo: %d", code)
	}
	if after := eventIDs(t, srv); !after[victim] || len(after) != len(before) {
		t.Errorf("after undo: %d events (want %d), #%d listed: %v", len(after), len(before), victim, after[victim])
	}
	ro, _ := newTestServer(t, true)
	if code, _ := send(t, ro, path, token, `{}`); code == 201 || code == 200 {
		t.Errorf("a read-only server rejected an event: %d", code)
	}
}
