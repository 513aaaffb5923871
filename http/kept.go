package http

import (
	"bytes"
	"net/http"
	"sync"
)

// Responses that depend on the record alone (a person page, a page of a
// timeline, the people list, a search) are kept, by request URI, until the
// store's revision changes: a busy person's page or a search takes
// milliseconds to read and render, and is asked for again and again while
// nothing changes. Only whole 200 responses of at most maxKeptBody bytes are
// kept, at most maxKeptResponses of them and maxKeptBytes in all (then
// they are all let go and kept anew).
const (
	maxKeptBody      = 256 << 10
	maxKeptResponses = 512
	maxKeptBytes     = 32 << 20
)

// keptResponse is a response kept at a store revision.
type keptResponse struct {
	revision int64
	header   http.Header
	body     []byte
}

// responses keeps responses by request URI.
type responses struct {
	mu    sync.Mutex
	byID  map[string]*keptResponse
	bytes int // the bodies' sizes, summed
	// making holds, by request URI, a channel closed when the response
	// being made for it is done: the same request made meanwhile waits
	// for it rather than doing the same work again.
	making map[string]chan struct{}
}

// kept serves GET requests from the responses kept at the store's current
// revision, and keeps h's answers to those it serves. While one request
// makes a response, others for the same URI wait for it (a page asked
// for by many at once is made once).
func (s *Server) kept(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rev, err := s.cfg.Store.Revision(r.Context())
		if err != nil {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		rs := &s.responses
		var done chan struct{}
		for done == nil {
			rs.mu.Lock()
			k := rs.byID[key]
			if k != nil && k.revision == rev {
				rs.mu.Unlock()
				for name, v := range k.header {
					w.Header()[name] = v
				}
				w.WriteHeader(http.StatusOK)
				w.Write(k.body)
				return
			}
			wait := rs.making[key]
			if wait == nil {
				if rs.making == nil {
					rs.making = map[string]chan struct{}{}
				}
				done = make(chan struct{})
				rs.making[key] = done
			}
			rs.mu.Unlock()
			if wait != nil {
				select {
				case <-wait:
				case <-r.Context().Done():
					s.fail(w, r, r.Context().Err())
					return
				}
				// Kept now, unless it failed or was too large: then
				// this request makes its own.
				rs.mu.Lock()
				k := rs.byID[key]
				rs.mu.Unlock()
				if k == nil || k.revision != rev {
					h(w, r)
					return
				}
			}
		}
		defer func() {
			rs.mu.Lock()
			delete(rs.making, key)
			rs.mu.Unlock()
			close(done)
		}()
		tee := &teeWriter{ResponseWriter: w, status: http.StatusOK}
		h(tee, r)
		if tee.status != http.StatusOK || tee.over {
			return
		}
		k := &keptResponse{revision: rev, header: w.Header().Clone(), body: tee.buf.Bytes()}
		rs.mu.Lock()
		if rs.byID == nil || len(rs.byID) >= maxKeptResponses || rs.bytes+len(k.body) > maxKeptBytes {
			rs.byID, rs.bytes = map[string]*keptResponse{}, 0
		}
		if old := rs.byID[key]; old != nil {
			rs.bytes -= len(old.body)
		}
		rs.byID[key] = k
		rs.bytes += len(k.body)
		rs.mu.Unlock()
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
