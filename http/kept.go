package http

import (
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/powermap/powermap"
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
	// The size of the last response of this route kept, for the next to
	// be kept in one piece of about its size (not in pieces joined after).
	var lastSize atomic.Int64
	return func(w http.ResponseWriter, r *http.Request) {
		rev, err := s.cfg.Store.Revision(r.Context())
		if err != nil {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		// Every part of the answer reads the revision from the request's
		// context: what is answered is kept at it.
		r = r.WithContext(powermap.WithRevision(r.Context(), rev))
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
				w.Header().Set("Content-Length", strconv.Itoa(len(k.body)))
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
		if n := lastSize.Load(); n > 0 {
			tee.buf.first = int(min(n+n/8+1<<10, maxKeptBody))
		}
		h(tee, r)
		body := tee.finish()
		if tee.status != http.StatusOK || tee.over {
			return
		}
		lastSize.Store(int64(len(body)))
		k := &keptResponse{revision: rev, header: w.Header().Clone(), body: body}
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

// teeWriter keeps a response while it is at most maxKeptBody bytes long,
// and then sends it at once (finish), with its length: written through as
// it was made, a page of 70 KB went out in 4 KB pieces, a system call
// and a chunk of chunked encoding each, which cost a busy server more
// than keeping it. A longer one is sent as it is made, and not kept.
type teeWriter struct {
	http.ResponseWriter
	status  int
	buf     chunks
	over    bool // too long to keep: written through
	written bool // the status went out
}

// chunks are bytes kept in pieces, each allocated once, then joined
// once into one slice of their size (written back at once): a page of
// 70 KB kept in a bytes.Buffer, grown by doubling and copying, cost 260
// KB of allocations; in chunks, what it holds, at most one chunk more,
// and the joined copy.
type chunks struct {
	list  [][]byte
	size  int
	first int // the size of the first chunk, if more than firstChunk
}

// Sizes of chunks: the first small (most responses are), the next twice
// the one before, up to the largest.
const (
	firstChunk = 4 << 10
	maxChunk   = 32 << 10
)

// bytes returns the bytes kept, in one slice.
func (c *chunks) bytes() []byte {
	if len(c.list) == 1 {
		return c.list[0]
	}
	out := make([]byte, 0, c.size)
	for _, b := range c.list {
		out = append(out, b...)
	}
	return out
}

// write appends p.
func (c *chunks) write(p []byte) {
	c.size += len(p)
	for len(p) > 0 {
		n := len(c.list)
		if n == 0 || len(c.list[n-1]) == cap(c.list[n-1]) {
			size := max(firstChunk, c.first)
			if n > 0 {
				size = min(2*cap(c.list[n-1]), maxChunk)
			}
			c.list = append(c.list, make([]byte, 0, size))
			n++
		}
		last := c.list[n-1]
		k := min(len(p), cap(last)-len(last))
		c.list[n-1], p = append(last, p[:k]...), p[k:]
	}
}

func (t *teeWriter) WriteHeader(code int) {
	if !t.written {
		t.status = code
	}
	if t.over {
		t.writeHeader()
	}
}

// writeHeader sends the status, once.
func (t *teeWriter) writeHeader() {
	if !t.written {
		t.written = true
		t.ResponseWriter.WriteHeader(t.status)
	}
}

func (t *teeWriter) Write(p []byte) (int, error) {
	if t.over {
		return t.ResponseWriter.Write(p)
	}
	if t.buf.size+len(p) <= maxKeptBody {
		t.buf.write(p)
		return len(p), nil
	}
	// Too long to keep: what was kept goes out, and the rest as it comes.
	t.over = true
	t.writeHeader()
	for _, b := range t.buf.list {
		if _, err := t.ResponseWriter.Write(b); err != nil {
			return 0, err
		}
	}
	t.buf = chunks{}
	return t.ResponseWriter.Write(p)
}

// finish sends what the handler wrote, if it was kept: at once, with its
// length. It returns the bytes kept (nil if it was too long).
func (t *teeWriter) finish() []byte {
	if t.over {
		return nil
	}
	body := t.buf.bytes()
	t.ResponseWriter.Header().Set("Content-Length", strconv.Itoa(len(body)))
	t.writeHeader()
	t.ResponseWriter.Write(body)
	return body
}
