// Package http serves powermap over HTTP: a JSON API (documented in
// openapi.json) and a web UI rendered on the server with html/template,
// both thin layers over package query. Assets are embedded; nothing is
// fetched from elsewhere.
package http

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/read"
)

//go:embed templates/*.html static/* openapi.json
var assets embed.FS

// Config is what a Server needs.
type Config struct {
	Store powermap.Store
	// Token, if set, is the bearer token write endpoints require; with no
	// token, writes are refused.
	Token    string
	ReadOnly bool // no write endpoint at all
	// Reader and Prepare ingest posted articles: Prepare runs extraction.
	Reader  *read.Reader
	Prepare func(ctx context.Context, a *powermap.Article) error
	Logger  *slog.Logger
}

// Server is the HTTP server of powermap.
type Server struct {
	cfg   Config
	q     *query.Service
	pages *template.Template
	mux   *http.ServeMux
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
	s := &Server{cfg: cfg, q: &query.Service{Store: cfg.Store}, pages: pages, mux: http.NewServeMux()}
	s.routes()
	return s, nil
}

// Handler returns the server's handler, with request logging.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		s.mux.ServeHTTP(rec, r)
		s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	})
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
	m.HandleFunc("GET /api/openapi.json", s.openapi)
	m.HandleFunc("GET /api/people", s.apiPeople)
	m.HandleFunc("GET /api/people/{ref}", s.apiPerson)
	m.HandleFunc("GET /api/timeline", s.apiTimeline)
	m.HandleFunc("GET /api/relations", s.apiRelations)
	m.HandleFunc("GET /api/history", s.apiHistory)
	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/quotes", s.apiQuotes)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	m.HandleFunc("GET /api/network", s.apiNetwork)
	if !s.cfg.ReadOnly {
		m.HandleFunc("POST /api/articles", s.requireToken(s.apiPostArticle))
	}
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	m.Handle("GET /static/", http.FileServerFS(assets))
	m.HandleFunc("GET /{$}", s.pageHome)
	m.HandleFunc("GET /people", s.pagePeople)
	m.HandleFunc("GET /person/{ref}", s.pagePerson)
	m.HandleFunc("GET /pair/{a}/{b}", s.pagePair)
	m.HandleFunc("GET /network", s.pageNetwork)
	m.HandleFunc("GET /article/{id}", s.pageArticle)
	m.HandleFunc("GET /event/{id}", s.pageEvent)
	m.HandleFunc("GET /search", s.pageSearch)
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
// ErrInvalid, 500 otherwise (without internal detail).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, powermap.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	case errors.Is(err, powermap.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error())
	default:
		s.cfg.Logger.Error("request failed", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	data, _ := assets.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(data)
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
	list, err := s.cfg.Store.Entities(r.Context(), r.URL.Query().Get("q"), limit)
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
		return nil, fmt.Errorf("%w: give %d to %d person parameters, not %d", powermap.ErrInvalid, min, max, len(ps))
	}
	for _, p := range ps {
		if strings.TrimSpace(p) == "" {
			return nil, fmt.Errorf("%w: empty person", powermap.ErrInvalid)
		}
	}
	return ps, nil
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	ps, err := persons(r, 1, 2)
	if err == nil {
		err = onlyParams(r, "person")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	t, err := s.q.Timeline(r.Context(), ps...)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, t)
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
	writeJSON(w, 200, h)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "type", "person", "from", "to", "place", "limit"); err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
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
	if evs == nil {
		evs = []powermap.CanonicalEvent{}
	}
	writeJSON(w, 200, evs)
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
	hits, err := s.q.Search(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, hits)
}

// articleView is an article with its facts, as the API returns it.
type articleView struct {
	*powermap.Article
	Published string          `json:"published"`
	Facts     *powermap.Facts `json:"facts"`
}

func (s *Server) loadArticle(ctx context.Context, ref string) (*articleView, error) {
	if _, err := strconv.ParseInt(ref, 10, 64); err != nil {
		return nil, fmt.Errorf("%w: article id must be a number", powermap.ErrInvalid)
	}
	a, err := s.cfg.Store.Article(ctx, ref)
	if err != nil {
		return nil, err
	}
	f, err := s.cfg.Store.Facts(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	return &articleView{Article: a, Published: a.PublishedString(), Facts: f}, nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	v, err := s.loadArticle(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, v)
}

// postedArticle is the body of POST /api/articles: one of url, html or
// text.
type postedArticle struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
	Text string `json:"text"`
	Name string `json:"name"`
}

// apiPostArticle ingests one article given as JSON {url|html|text, name}
// or as a raw text/plain or text/html body.
func (s *Server) apiPostArticle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 10<<20))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "body too large or unreadable (limit 10 MB)")
		return
	}
	var p postedArticle
	ct := r.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "application/json"):
		if err := json.Unmarshal(body, &p); err != nil {
			writeError(w, http.StatusBadRequest, "body is not JSON: "+err.Error())
			return
		}
	case strings.HasPrefix(ct, "text/html"):
		p.HTML = string(body)
	case strings.HasPrefix(ct, "text/plain"):
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
	name := p.Name
	if name == "" {
		name = "posted-" + time.Now().UTC().Format("20060102T150405")
	}
	var a *powermap.Article
	switch {
	case p.URL != "":
		var items []read.Item
		s.cfg.Reader.Read(ctx, p.URL, func(it read.Item) { items = append(items, it) })
		if len(items) != 1 {
			writeError(w, http.StatusBadRequest, "the URL is a feed or gave no article; post article URLs one by one")
			return
		}
		a, err = items[0].Article, items[0].Err
	case p.HTML != "":
		a, err = read.ParseHTML(name, []byte(p.HTML), "text/html; charset=utf-8", nil)
	default:
		a, err = read.ParseText(name, []byte(p.Text))
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if p.Name != "" {
		a.Name = p.Name
	}
	if s.cfg.Prepare != nil {
		if err := s.cfg.Prepare(ctx, a); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	res, err := s.cfg.Store.PutArticle(ctx, a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !res.Duplicate {
		if _, err := s.cfg.Store.Resolve(ctx); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	code := http.StatusCreated
	if res.Duplicate {
		code = http.StatusOK
	}
	events := 0
	if a.Facts != nil {
		events = len(a.Facts.Events)
	}
	writeJSON(w, code, map[string]any{"id": res.ID, "duplicate": res.Duplicate, "title": a.Title, "events": events})
}
