// Package http serves powermap over HTTP: a JSON API (documented in
// openapi.json) and a web UI rendered on the server with html/template,
// both thin layers over package query. Assets are embedded; nothing is
// fetched from elsewhere.
package http

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/read"
)

//go:embed templates/*.html static/* openapi.json
var assets embed.FS

// Store is what the server needs of a store: reading the record for the
// pages and the API, and the curation the API offers behind its token.
// Posted articles go through Config.Ingest.
type Store interface {
	powermap.Reader
	powermap.Curator
}

// warmer is a store that can ready itself to serve (sqlite.DB.Warm).
type warmer interface {
	Warm(ctx context.Context) error
}

// Config is what a Server needs.
type Config struct {
	Store Store
	// Token, if set, is the bearer token write endpoints require; with no
	// token, writes are refused.
	Token    string
	ReadOnly bool // no write endpoint at all
	// Ingest reads, extracts, stores and resolves posted articles; nil
	// stores them in Store (which must then be a powermap.Ingester)
	// without extraction, read with the default limits.
	Ingest *ingest.Service
	Logger *slog.Logger
	// Hosts are the host names (without port) requests may be addressed
	// to, besides IP addresses and localhost. A browser tricked by DNS
	// rebinding sends the attacker's host name; it is refused.
	Hosts []string
	// Timeout bounds the work of one read request (default
	// DefaultTimeout); a write may take WriteTimeout.
	Timeout, WriteTimeout time.Duration
	// PageSize is the number of events a page shows (default
	// query.DefaultPage).
	PageSize int
}

// Default time limits of a request's work. A request whose client has gone
// is cancelled sooner: its context ends.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultWriteTimeout = 2 * time.Minute
)

// Server is the HTTP server of powermap.
type Server struct {
	cfg     Config
	q       *query.Service
	pages   *template.Template
	mux     *http.ServeMux
	static  http.Handler
	openapi []byte

	keptMu sync.Mutex
	// networks holds the network page and JSON, each made once, by the
	// network (which query keeps, the same, until the record changes).
	networks map[*query.Network]*networkViews
	// responses are the responses kept until the record changes (kept).
	responses responses
}

// New builds a Server and its routes.
func New(cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	pages, err := template.New("").Funcs(funcs).ParseFS(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	// html/template works out how to escape each template the first time
	// it runs: for the page templates a few milliseconds each, which the
	// first requests for a page would pay (and wait for one another).
	// Each is run once now, on no data, to the void; its errors (no data)
	// do not matter.
	for _, t := range pages.Templates() {
		if t.Name() != "" {
			pages.ExecuteTemplate(io.Discard, t.Name(), map[string]any{})
		}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = DefaultWriteTimeout
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = query.DefaultPage
	}
	// The store readies itself too, if it can (sqlite.DB.Warm: the
	// pool's connections, the names searches look up): the first
	// requests would otherwise pay for it, many at once.
	if w, ok := cfg.Store.(warmer); ok {
		if err := w.Warm(context.Background()); err != nil {
			return nil, fmt.Errorf("warm the store: %w", err)
		}
	}
	s := &Server{cfg: cfg, q: &query.Service{Store: cfg.Store}, pages: pages, mux: http.NewServeMux()}
	if s.openapi, err = openapiDoc(cfg.ReadOnly); err != nil {
		return nil, err
	}
	static, err := fs.Sub(assets, "static")
	if err != nil {
		return nil, err
	}
	s.static = http.StripPrefix("/static/", http.FileServerFS(filesOnly{static}))
	if !cfg.ReadOnly && cfg.Ingest == nil {
		ing, ok := cfg.Store.(powermap.Ingester)
		if !ok {
			return nil, fmt.Errorf("a server that takes articles needs Config.Ingest or a store that stores them")
		}
		s.cfg.Ingest = &ingest.Service{Store: ing}
	}
	if s.cfg.Ingest != nil && s.cfg.Ingest.Logger == nil {
		s.cfg.Ingest.Logger = cfg.Logger
	}
	if s.cfg.Ingest != nil && s.cfg.Ingest.Reader == nil {
		s.cfg.Ingest.Reader = read.NewReader(read.DefaultFetchOptions)
	}
	s.routes()
	return s, nil
}

// Handler returns the server's handler: the Host check, security headers,
// a time limit on each request's work, and request logging.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		setSecurityHeaders(rec.Header())
		if !s.hostAllowed(r.Host) {
			writeError(rec, http.StatusMisdirectedRequest, "unknown host "+strconv.Quote(r.Host)+"; start the server with --host to allow it")
		} else {
			limit := s.cfg.Timeout
			if r.Method == http.MethodPost {
				limit = s.cfg.WriteTimeout
			}
			ctx, cancel := context.WithTimeout(r.Context(), limit)
			s.mux.ServeHTTP(rec, r.WithContext(ctx))
			cancel()
		}
		s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	})
}

// setSecurityHeaders tells browsers to run only the server's own scripts,
// not to guess content types, not to frame the pages, and not to send the
// pages' addresses elsewhere.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// hostAllowed reports whether a request's Host header names this server:
// an IP address, localhost, or one of Config.Hosts. A DNS rebinding attack
// reaches a local server under the attacker's own host name.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if host == "" || net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return host != ""
	}
	for _, h := range s.cfg.Hosts {
		if strings.EqualFold(strings.TrimSuffix(h, "."), host) {
			return true
		}
	}
	return false
}

// filesOnly serves the files of an FS but no directory listings.
type filesOnly struct{ fsys fs.FS }

func (f filesOnly) Open(name string) (fs.File, error) {
	file, err := f.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	info, err := file.Stat()
	if err != nil || info.IsDir() {
		file.Close()
		return nil, fs.ErrNotExist
	}
	return file, nil
}

// openapiDoc is the API description, without the write route on a
// read-only server.
func openapiDoc(readOnly bool) ([]byte, error) {
	data, err := assets.ReadFile("openapi.json")
	if err != nil || !readOnly {
		return data, err
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %w", err)
	}
	if paths, ok := doc["paths"].(map[string]any); ok {
		for p, v := range paths {
			ops, ok := v.(map[string]any)
			if !ok {
				continue
			}
			for m := range ops {
				if m != "get" && m != "parameters" {
					delete(ops, m)
				}
			}
			if len(ops) == 0 {
				delete(paths, p)
			}
		}
	}
	if comps, ok := doc["components"].(map[string]any); ok {
		delete(comps, "securitySchemes")
	}
	return json.MarshalIndent(doc, "", " ")
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/openapi.json", s.apiOpenAPI)
	m.HandleFunc("GET /api/people", s.kept(s.apiPeople))
	m.HandleFunc("GET /api/people/{ref}", s.apiPerson)
	m.HandleFunc("GET /api/timeline", s.kept(s.apiTimeline))
	m.HandleFunc("GET /api/relations", s.apiRelations)
	m.HandleFunc("GET /api/history", s.apiHistory)
	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/quotes", s.apiQuotes)
	m.HandleFunc("GET /api/search", s.kept(s.apiSearch))
	m.HandleFunc("GET /api/articles", s.apiArticles)
	m.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	m.HandleFunc("GET /api/network", s.apiNetwork)
	m.HandleFunc("GET /api/curation", s.apiCurationLog)
	if !s.cfg.ReadOnly {
		m.HandleFunc("POST /api/articles", s.requireToken(s.apiPostArticle))
		m.HandleFunc("POST /api/articles/{id}/remove", s.requireToken(s.apiRemoveArticle))
		m.HandleFunc("POST /api/events/{id}/reject", s.requireToken(s.apiRejectEvent))
		m.HandleFunc("POST /api/curation", s.requireToken(s.apiCurate))
		m.HandleFunc("POST /api/curation/undo", s.requireToken(s.apiUndoCuration))
	}
	m.HandleFunc("/api/", s.apiNoRoute)
	m.Handle("GET /static/", s.static)
	m.HandleFunc("GET /{$}", s.pageHome)
	m.HandleFunc("GET /people", s.kept(s.pagePeople))
	m.HandleFunc("GET /person/{ref}", s.kept(s.pagePerson))
	m.HandleFunc("GET /pair/{a}/{b}", s.pagePair)
	m.HandleFunc("GET /network", s.pageNetwork)
	m.HandleFunc("GET /article/{id}", s.pageArticle)
	m.HandleFunc("GET /event/{id}", s.pageEvent)
	m.HandleFunc("GET /search", s.kept(s.pageSearch))
	m.HandleFunc("GET /articles", s.pageArticles)
}

// ListenAndServe serves on addr until ctx ends, then shuts down
// gracefully, letting requests in flight finish.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second, WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.cfg.Logger.Info("shutting down")
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	return nil
}

// apiNoRoute answers a request no API route took: 405 with the methods
// the path has, or 404 if it has none.
func (s *Server) apiNoRoute(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/api/" {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		if slices.Contains(allowed, http.MethodGet) {
			allowed = append(allowed, http.MethodHead)
		}
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed on "+r.URL.Path+" (allowed: "+strings.Join(allowed, ", ")+")")
		return
	}
	writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
}

// requireToken lets a request through only with the configured bearer
// token.
func (s *Server) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.Token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="powermap"`)
			writeError(w, http.StatusUnauthorized, "writes are disabled: start the server with --token or $POWERMAP_TOKEN")
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="powermap"`)
			writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
			return
		}
		next(w, r)
	}
}

// writeJSON writes v with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// writeError writes {"error": msg}.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// fail maps an error to its status: 404 for ErrNotFound, 400 for
// ErrInvalid, 503 when the request ran out of time, 500 otherwise
// (without internal detail).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, powermap.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	case errors.Is(err, powermap.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error())
	case r.Context().Err() != nil:
		// The client left, or the request's time is up: the work was
		// cancelled.
		s.cfg.Logger.Warn("request cancelled", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusServiceUnavailable, "the request was cancelled or took too long")
	default:
		s.cfg.Logger.Error("request failed", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.openapi)
}

// onlyParams rejects parameters the endpoint does not know, so that a typo
// is a 400, not a silently ignored filter.
func onlyParams(r *http.Request, allowed ...string) error {
	for k := range r.URL.Query() {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return fmt.Errorf("%w: unknown parameter %q (allowed: %s)", powermap.ErrInvalid, k, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func (s *Server) apiPeople(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "q", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, err := s.q.People(r.Context(), r.URL.Query().Get("q"), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, list)
}

func intParam(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 10000 {
		return 0, fmt.Errorf("%w: %s must be a number from 1 to 10000", powermap.ErrInvalid, name)
	}
	return n, nil
}

func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) {
	e, err := s.cfg.Store.Entity(r.Context(), r.PathValue("ref"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, e)
}

// persons returns the person parameters, checking their number.
func persons(r *http.Request, min, max int) ([]string, error) {
	ps := r.URL.Query()["person"]
	if len(ps) < min || len(ps) > max {
		want := map[[2]int]string{{1, 1}: "one person parameter", {1, 2}: "one or two person parameters", {2, 2}: "two person parameters"}[[2]int{min, max}]
		if want == "" {
			want = fmt.Sprintf("%d to %d person parameters", min, max)
		}
		return nil, fmt.Errorf("%w: give %s (person=NAME), not %d", powermap.ErrInvalid, want, len(ps))
	}
	for _, p := range ps {
		if strings.TrimSpace(p) == "" {
			return nil, fmt.Errorf("%w: empty person", powermap.ErrInvalid)
		}
	}
	return ps, nil
}

// apiTimeline answers one page of a person's or a pair's timeline (limit
// events, default query.DefaultPage, after the cursor after), with the
// address of the next page in "next_url" and a Link header, streamed
// event by event.
func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	ps, err := persons(r, 1, 2)
	if err == nil {
		err = onlyParams(r, "person", "after", "limit")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := query.Page{After: r.URL.Query().Get("after")}
	if p.Limit, err = intParam(r, "limit", query.DefaultPage); err == nil && p.Limit > query.MaxPage {
		err = fmt.Errorf("%w: limit is at most %d", powermap.ErrInvalid, query.MaxPage)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	t, err := s.q.TimelinePage(r.Context(), p, ps...)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	next := ""
	if t.Next != "" {
		v := url.Values{"person": ps, "after": {t.Next}}
		if p.Limit != query.DefaultPage {
			v.Set("limit", strconv.Itoa(p.Limit))
		}
		next = "/api/timeline?" + v.Encode()
		w.Header().Set("Link", "<"+next+">; rel=\"next\"")
	}
	writeTimeline(w, t, next)
}

// writeTimeline writes a timeline page as JSON, one event at a time, so
// that no more than one event's encoding is held at once.
func writeTimeline(w http.ResponseWriter, t *query.Timeline, nextURL string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(200)
	bw := bufio.NewWriterSize(w, 16<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(true)
	bw.WriteString(`{"people":`)
	enc.Encode(t.People)
	bw.WriteString(`,"events":[`)
	var buf []byte
	for i := range t.Events {
		if i > 0 {
			bw.WriteByte(',')
		}
		buf = appendEventJSON(buf[:0], &publicEvents(t.Events[i : i+1])[0])
		bw.Write(append(buf, '\n')) // as Encode ends each
	}
	bw.WriteString(`]`)
	if t.Next != "" {
		bw.WriteString(`,"next":`)
		enc.Encode(t.Next)
		bw.WriteString(`,"next_url":`)
		enc.Encode(nextURL)
	}
	bw.WriteString("}\n")
	bw.Flush()
}

func (s *Server) apiRelations(w http.ResponseWriter, r *http.Request) {
	ps, err := persons(r, 1, 1)
	if err == nil {
		err = onlyParams(r, "person")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	me, rels, err := s.q.Relations(r.Context(), ps[0])
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, map[string]any{"person": me, "relations": rels})
}

func (s *Server) apiHistory(w http.ResponseWriter, r *http.Request) {
	ps, err := persons(r, 2, 2)
	if err == nil {
		err = onlyParams(r, "person")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h, err := s.q.History(r.Context(), ps[0], ps[1])
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h.Events = publicEvents(h.Events)
	writeJSON(w, 200, h)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "type", "person", "from", "to", "place", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	if len(q["person"]) > query.MaxPersons {
		s.fail(w, r, fmt.Errorf("%w: at most %d person parameters, not %d", powermap.ErrInvalid, query.MaxPersons, len(q["person"])))
		return
	}
	f, err := s.q.Filter(r.Context(), q.Get("type"), strings.Join(q["person"], ","), q.Get("from"), q.Get("to"), q.Get("place"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if f.Limit, err = intParam(r, "limit", 1000); err != nil {
		s.fail(w, r, err)
		return
	}
	evs, err := s.cfg.Store.Events(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSONList(w, publicEvents(evs))
}

// writeJSONList writes list as a JSON array, one element at a time, so
// that no more than one element's encoding is held at once.
func writeJSONList[T any](w http.ResponseWriter, list []T) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(200)
	bw := bufio.NewWriterSize(w, 16<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(true)
	bw.WriteByte('[')
	for i := range list {
		if i > 0 {
			bw.WriteByte(',')
		}
		enc.Encode(list[i])
	}
	bw.WriteString("]\n")
	bw.Flush()
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "speaker", "q"); err != nil {
		s.fail(w, r, err)
		return
	}
	qs, err := s.q.Quotes(r.Context(), r.URL.Query().Get("speaker"), r.URL.Query().Get("q"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, qs)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "q"); err != nil {
		s.fail(w, r, err)
		return
	}
	// What the search page shows: the people and organizations whose
	// names match, the articles the text search finds, each with its
	// number of matches and passages whose marks are byte spans of its
	// text (the snippet is kept for older clients), the matches in all,
	// and whether more articles match than are listed.
	res, err := s.q.SearchAll(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, res)
}

// articleView is an article with its facts, as the API returns it.
type articleView struct {
	*powermap.Article
	// Source hides the article's: a file's path on the server is not the
	// clients' business.
	Source    string          `json:"source"`
	Published string          `json:"published"`
	Facts     *powermap.Facts `json:"facts"`
}

// publicSource is what clients see of where an article came from: a URL
// as it is, a file by its name alone.
func publicSource(src string) string {
	if read.IsURL(src) || src == "" {
		return src
	}
	if src == "-" {
		return "stdin"
	}
	return filepath.Base(filepath.FromSlash(strings.ReplaceAll(src, `\`, "/")))
}

// publicEvents hides server paths in the events' sources.
func publicEvents(evs []powermap.CanonicalEvent) []powermap.CanonicalEvent {
	for i := range evs {
		for j := range evs[i].Sources {
			evs[i].Sources[j].Location = publicSource(evs[i].Sources[j].Location)
		}
	}
	return evs
}

// loadArticle reads the article whose id, name or URL is ref (as "powermap
// show" takes it), with its facts.
func (s *Server) loadArticle(ctx context.Context, ref string) (*articleView, error) {
	if strings.TrimSpace(ref) == "" || len(ref) > query.MaxText {
		return nil, fmt.Errorf("%w: an article is named by its id, name or URL, at most %d bytes", powermap.ErrInvalid, query.MaxText)
	}
	a, err := s.cfg.Store.Article(ctx, ref)
	if err != nil {
		return nil, err
	}
	f, err := s.cfg.Store.Facts(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	return &articleView{Article: a, Source: publicSource(a.Source), Published: a.PublishedString(), Facts: f}, nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	v, err := s.loadArticle(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, v)
}

// apiArticles lists the stored articles newest first, with their
// outlets and counts, a page at a time: offset (from 0) and limit.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "offset", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	offset := 0
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 || offset > 1<<30 {
			s.fail(w, r, fmt.Errorf("%w: offset must be a number from 0", powermap.ErrInvalid))
			return
		}
	}
	items, total, err := s.q.Articles(r.Context(), offset, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for i := range items {
		items[i].Source = publicSource(items[i].Source)
	}
	writeJSON(w, 200, map[string]any{"total": total, "offset": offset, "articles": items})
}

// postedArticle is the body of POST /api/articles: one of url, html or
// text.
type postedArticle struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
	Text string `json:"text"`
	Name string `json:"name"`
}

// maxNameLen bounds a posted article's name.
const maxNameLen = 200

// apiPostArticle ingests one article given as JSON {url|html|text, name}
// or as a raw text/plain or text/html body. A url must be an http(s) URL
// of an article page: nothing posted is ever taken for a file name, and a
// feed is refused without fetching its items. The answer says what was
// stored: once the article is stored it is 201, even if resolving it
// across articles has to wait (the store finishes it later).
func (s *Server) apiPostArticle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 10<<20))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "body too large or unreadable (limit 10 MB)")
		return
	}
	var p postedArticle
	ct := r.Header.Get("Content-Type")
	mediaType, _, _ := mime.ParseMediaType(ct)
	switch mediaType {
	case "application/json":
		if err := json.Unmarshal(body, &p); err != nil {
			writeError(w, http.StatusBadRequest, "body is not JSON: "+err.Error())
			return
		}
	case "text/html":
		p.HTML = string(body)
	case "text/plain":
		p.Text = string(body)
	default:
		writeError(w, http.StatusUnsupportedMediaType, "send application/json {url|html|text}, text/plain or text/html")
		return
	}
	n := 0
	for _, x := range []string{p.URL, p.HTML, p.Text} {
		if x != "" {
			n++
		}
	}
	if n != 1 {
		writeError(w, http.StatusBadRequest, "give exactly one of url, html or text")
		return
	}
	if len(p.Name) > maxNameLen || strings.ContainsFunc(p.Name, unicode.IsControl) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("name must be at most %d bytes, without control characters", maxNameLen))
		return
	}
	svc := s.cfg.Ingest
	reader := svc.Reader
	var a *powermap.Article
	switch {
	case p.URL != "":
		if !read.IsURL(p.URL) {
			writeError(w, http.StatusBadRequest, "url must be an http or https URL")
			return
		}
		a, err = reader.ReadURL(ctx, p.URL)
	case p.HTML != "":
		a, err = reader.ParseBody(postedName(body), []byte(p.HTML), "text/html; charset=utf-8")
	default:
		a, err = reader.ParseBody(postedName(body), []byte(p.Text), "text/plain; charset=utf-8")
	}
	if err != nil {
		code := http.StatusBadRequest
		if errors.Is(err, read.ErrTooLarge) {
			code = http.StatusRequestEntityTooLarge
		}
		writeError(w, code, err.Error())
		return
	}
	if p.Name != "" {
		a.Name = p.Name
	}
	res, err := svc.Put(ctx, a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Resolution covers every article stored so far; one runs at a time
	// for all the posts waiting. If it cannot finish now, the store keeps
	// it pending and the next write finishes it: the article is stored
	// either way, and the answer says so.
	resolved := true
	if _, err := svc.Resolve(ctx); err != nil {
		resolved = false
		s.cfg.Logger.Warn("resolution left pending", "article", res.ID, "err", err)
	}
	code := http.StatusCreated
	if res.Duplicate {
		code = http.StatusOK
	}
	events := 0
	if a.Facts != nil {
		events = len(a.Facts.Events)
	}
	writeJSON(w, code, map[string]any{"id": res.ID, "name": a.Name, "duplicate": res.Duplicate, "title": a.Title, "events": events, "resolved": resolved})
}

// postedName names a posted article that came without a name: the time
// it was posted and a digest of its body, so that two posts in the same
// second get different names.
func postedName(body []byte) string {
	sum := sha256.Sum256(body)
	return "posted-" + time.Now().UTC().Format("20060102T150405") + "-" + hex.EncodeToString(sum[:4])
}
