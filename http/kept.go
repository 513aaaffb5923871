package http

import (
	"bytes"
	"net/http"
	"sync"
)

// Responses that depend on the record alone (a person page, a page of a
// timeline, the people list) are kept, by request URI, until the store's
// revision changes: a busy person's page takes tens of milliseconds to
// read and render, and is asked for again and again while nothing
// changes. Only whole 200 responses of at most maxKeptBody bytes are
// kept, at most maxKeptResponses of them.
const (
	maxKeptBody      = 256 << 10
	maxKeptResponses = 512
)

// keptResponse is a response kept at a store revision.
type keptResponse struct {
	revision int64
	header   http.Header
	body     []byte
}

// responses keeps responses by request URI.
type responses struct {
	mu   sync.Mutex
	byID map[string]*keptResponse
}

// kept serves GET requests from the responses kept at the store's current
// revision, and keeps h's answers to those it serves.
func (s *Server) kept(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rev, err := s.cfg.Store.Revision(r.Context())
		if err != nil {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		s.responses.mu.Lock()
		k := s.responses.byID[key]
		s.responses.mu.Unlock()
		if k != nil && k.revision == rev {
			for name, v := range k.header {
				w.Header()[name] = v
			}
			w.WriteHeader(http.StatusOK)
			w.Write(k.body)
			return
		}
		tee := &teeWriter{ResponseWriter: w, status: http.StatusOK}
		h(tee, r)
		if tee.status != http.StatusOK || tee.over {
			return
		}
		k = &keptResponse{revision: rev, header: w.Header().Clone(), body: tee.buf.Bytes()}
		s.responses.mu.Lock()
		if s.responses.byID == nil || len(s.responses.byID) >= maxKeptResponses {
			s.responses.byID = map[string]*keptResponse{}
		}
		s.responses.byID[key] = k
		s.responses.mu.Unlock()
	}
}

// teeWriter writes a response through and keeps a copy of it while it is
// at most maxKeptBody bytes long.
type teeWriter struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
	over   bool
}

func (t *teeWriter) WriteHeader(code int) {
	t.status = code
	t.ResponseWriter.WriteHeader(code)
}

func (t *teeWriter) Write(p []byte) (int, error) {
	if !t.over {
		if t.buf.Len()+len(p) > maxKeptBody {
			t.over, t.buf = true, bytes.Buffer{}
		} else {
			t.buf.Write(p)
		}
	}
	return t.ResponseWriter.Write(p)
}
