package http

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// revisionStore answers Revision with rev.
type revisionStore struct {
	Store
	rev *int64
}

func (s revisionStore) Revision(context.Context) (int64, error) { return *s.rev, nil }

// TestKeptResponses checks that a kept response is answered again while
// the revision stays, answered anew once it changes, that errors and
// large bodies are not kept, and that the bodies kept stay within bounds.
func TestKeptResponses(t *testing.T) {
	rev := int64(1)
	s := &Server{cfg: Config{Store: revisionStore{rev: &rev}}}
	calls := 0
	h := s.kept(func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch r.URL.Path {
		case "/fail":
			http.Error(w, "no", http.StatusNotFound)
		case "/big":
			w.Write([]byte(strings.Repeat("x", maxKeptBody+1)))
		default:
			fmt.Fprintf(w, "%s at %d, %s", r.URL.RequestURI(), rev, strings.Repeat("y", 100<<10))
		}
	})
	get := func(uri string) string {
		w := httptest.NewRecorder()
		h(w, httptest.NewRequest("GET", uri, nil))
		return w.Body.String()
	}
	first := get("/person/a")
	if again := get("/person/a"); again != first || calls != 1 {
		t.Errorf("asked again at the same revision: %d calls; want 1, the same body", calls)
	}
	rev = 2
	if now := get("/person/a"); now == first || calls != 2 {
		t.Errorf("asked again at a new revision: %d calls, same body %v; want a new answer", calls, now == first)
	}
	for _, p := range []string{"/fail", "/fail", "/big", "/big"} {
		get(p)
	}
	if calls != 6 {
		t.Errorf("errors and large bodies: %d calls; want each answered anew (6)", calls)
	}
	for i := range 2 * maxKeptBytes / (100 << 10) {
		get(fmt.Sprintf("/person/%d", i))
	}
	if s.responses.bytes > maxKeptBytes || len(s.responses.byID) > maxKeptResponses {
		t.Errorf("%d responses of %d bytes kept; at most %d of %d bytes", len(s.responses.byID), s.responses.bytes, maxKeptResponses, maxKeptBytes)
	}
}

// TestKeptResponsesMadeOnce checks that requests for a page being made
// wait for it rather than make it again, and that they all get it.
func TestKeptResponsesMadeOnce(t *testing.T) {
	rev := int64(1)
	s := &Server{cfg: Config{Store: revisionStore{rev: &rev}}}
	var calls atomic.Int32
	release := make(chan struct{})
	h := s.kept(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		<-release
		fmt.Fprintf(w, "page %s", r.URL.RequestURI())
	})
	const n = 8
	bodies := make(chan string, n)
	for range n {
		go func() {
			w := httptest.NewRecorder()
			h(w, httptest.NewRequest("GET", "/person/a", nil))
			bodies <- w.Body.String()
		}()
	}
	// Wait until one makes the page and the others wait for it.
	for {
		s.responses.mu.Lock()
		making := len(s.responses.making)
		s.responses.mu.Unlock()
		if making == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	for range n {
		if b := <-bodies; b != "page /person/a" {
			t.Errorf("got %q", b)
		}
	}
	if c := calls.Load(); c != 1 {
		t.Errorf("%d requests at once made the page %d times; want once", n, c)
	}
}

// TestChunks checks that bytes kept in chunks are the bytes written,
// whatever the sizes of the writes, and that they take at most one chunk
// more than they hold.
func TestChunks(t *testing.T) {
	for _, sizes := range [][]int{{}, {0}, {1}, {firstChunk}, {firstChunk + 1}, {3, 5000, 1, 70 << 10, 12}, {maxChunk * 3}, {100, 100, 100}} {
		var c chunks
		var want strings.Builder
		for i, n := range sizes {
			p := []byte(strings.Repeat(string(rune('a'+i%26)), n))
			c.write(p)
			want.Write(p)
		}
		var got strings.Builder
		room := 0
		for _, b := range c.list {
			got.Write(b)
			room += cap(b)
		}
		if got.String() != want.String() || c.size != want.Len() || string(c.bytes()) != want.String() {
			t.Errorf("writes of %v: kept %d bytes (size %d), want %d", sizes, got.Len(), c.size, want.Len())
		}
		if room > want.Len()+maxChunk {
			t.Errorf("writes of %v: %d bytes of chunks for %d", sizes, room, want.Len())
		}
	}
}

// writeCounter is a ResponseWriter that counts the writes of the body.
type writeCounter struct {
	*httptest.ResponseRecorder
	writes int
}

func (w *writeCounter) Write(p []byte) (int, error) {
	w.writes++
	return w.ResponseRecorder.Write(p)
}

// TestKeptResponseSentAtOnce checks that a response being kept, written
// by its handler in many pieces, goes out in one write with its length
// (the first time and from what is kept), that one too long to keep is
// still sent whole, and that an error keeps its status.
func TestKeptResponseSentAtOnce(t *testing.T) {
	rev := int64(1)
	s := &Server{cfg: Config{Store: revisionStore{rev: &rev}}}
	h := s.kept(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/fail":
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte("no"))
		case "/big":
			for range 3 {
				w.Write([]byte(strings.Repeat("x", maxKeptBody/2)))
			}
		default:
			for range 1000 {
				w.Write([]byte(strings.Repeat("y", 70)))
			}
		}
	})
	get := func(uri string) *writeCounter {
		w := &writeCounter{ResponseRecorder: httptest.NewRecorder()}
		h(w, httptest.NewRequest("GET", uri, nil))
		return w
	}
	for _, when := range []string{"made", "kept"} {
		w := get("/person/a")
		if w.writes != 1 || w.Body.Len() != 70000 || w.Header().Get("Content-Length") != "70000" || w.Code != 200 {
			t.Errorf("%s: %d writes, %d bytes, length %q, status %d; want 1, 70000, 70000, 200", when, w.writes, w.Body.Len(), w.Header().Get("Content-Length"), w.Code)
		}
	}
	if w := get("/big"); w.Body.Len() != 3*(maxKeptBody/2) || w.Code != 200 {
		t.Errorf("too long to keep: %d bytes, status %d", w.Body.Len(), w.Code)
	}
	if w := get("/fail"); w.Code != http.StatusNotFound || w.Body.String() != "no" {
		t.Errorf("an error: %d %q", w.Code, w.Body.String())
	}
}

// TestKeptInOnePiece checks that a route's response is kept in one piece
// of about the size of the last one kept (not in pieces joined after),
// and whole when it is longer.
func TestKeptInOnePiece(t *testing.T) {
	rev := int64(1)
	s := &Server{cfg: Config{Store: revisionStore{rev: &rev}}}
	size := 70000
	h := s.kept(func(w http.ResponseWriter, r *http.Request) {
		for range size / 70 {
			w.Write([]byte(strings.Repeat("y", 70)))
		}
	})
	get := func(uri string) int {
		w := httptest.NewRecorder()
		h(w, httptest.NewRequest("GET", uri, nil))
		return w.Body.Len()
	}
	get("/person/a") // the first, in pieces
	pieces := func(uri string) int {
		s.responses.mu.Lock()
		defer s.responses.mu.Unlock()
		k := s.responses.byID[uri]
		if k == nil {
			t.Fatalf("%s not kept", uri)
		}
		// One piece: the body kept is the piece, with room to spare.
		if cap(k.body) > len(k.body) {
			return 1
		}
		return 0
	}
	if n := get("/person/b"); n != size || pieces("/person/b") != 1 {
		t.Errorf("the second response: %d bytes, kept in one piece: %v", n, pieces("/person/b") == 1)
	}
	size = 70 * 1714
	if n := get("/person/c"); n != size {
		t.Errorf("a longer one: %d bytes, want %d", n, size)
	}
	var c chunks
	c.first = 80000
	for range 1000 {
		c.write([]byte(strings.Repeat("z", 70)))
	}
	if len(c.list) != 1 || &c.bytes()[0] != &c.list[0][0] {
		t.Errorf("70,000 bytes in a first chunk of 80,000: %d chunks, joined: %v", len(c.list), &c.bytes()[0] != &c.list[0][0])
	}
}

// TestKeptRequestCarriesRevision checks that a handler whose answer is
// kept gets the revision it is kept at in its request's context, for the
// store to answer without reading it again.
func TestKeptRequestCarriesRevision(t *testing.T) {
	rev := int64(7)
	s := &Server{cfg: Config{Store: revisionStore{rev: &rev}}}
	var got int64
	var ok bool
	h := s.kept(func(w http.ResponseWriter, r *http.Request) {
		got, ok = powermap.RevisionIn(r.Context())
		w.Write([]byte("x"))
	})
	h(httptest.NewRecorder(), httptest.NewRequest("GET", "/person/a", nil))
	if !ok || got != 7 {
		t.Errorf("the handler's context carries revision %d (%v), want 7", got, ok)
	}
}
