package http

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// funcs are the helpers templates use.
var funcs = template.FuncMap{
	"path":    url.PathEscape,
	"source":  publicSource,
	"when":    func(e powermap.CanonicalEvent) string { w, _ := query.When(&e); return w },
	"undated": func(e powermap.CanonicalEvent) bool { _, u := query.When(&e); return u },
	"who": func(e powermap.CanonicalEvent) string {
		if e.Source != "" {
			return e.Source + " → " + e.Target
		}
		return strings.Join(e.Actors, ", ")
	},
	"money": func(v *float64) string {
		if v == nil {
			return ""
		}
		return fmt.Sprintf("$%s", groupDigits(*v))
	},
	"usd":    func(v float64) string { return "$" + groupDigits(v) },
	"signed": func(n int) string { return fmt.Sprintf("%+d", n) },
	"color":  typeColor,
	"date":   func(s string) string { return s[:min(10, len(s))] },
	"warmthClass": func(n int) string {
		switch {
		case n > 0:
			return "warm"
		case n < 0:
			return "cold"
		}
		return "neutral"
	},
}

// groupDigits writes 1234567 as 1,234,567.
func groupDigits(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// typeColor is the colour of an event type in charts and highlights.
func typeColor(t string) string {
	switch t {
	case powermap.EventMeet:
		return "#2b6cb0"
	case powermap.EventFund:
		return "#2f855a"
	case powermap.EventSupport:
		return "#38a169"
	case powermap.EventOppose:
		return "#c53030"
	case powermap.EventThreaten:
		return "#9b2c2c"
	case powermap.EventPosition:
		return "#6b46c1"
	case powermap.EventReconcile:
		return "#d69e2e"
	}
	return "#718096"
}

// render executes a page template, or answers with an error page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data map[string]any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages.ExecuteTemplate(w, name, data); err != nil {
		s.cfg.Logger.Error("template", "page", name, "err", err)
	}
}

// pageError shows an error as a page with the right status.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	msg := "Something went wrong."
	switch {
	case errors.Is(err, powermap.ErrNotFound):
		code, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, powermap.ErrInvalid):
		code, msg = http.StatusBadRequest, err.Error()
	default:
		s.cfg.Logger.Error("page failed", "path", r.URL.Path, "err", err)
	}
	w.WriteHeader(code)
	s.render(w, r, "error", map[string]any{"Title": "Error", "Message": msg})
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	people, err := s.cfg.Store.Entities(r.Context(), "", 24)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	arts, err := s.cfg.Store.Articles(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(arts) > 20 {
		arts = arts[len(arts)-20:]
	}
	s.render(w, r, "home", map[string]any{"Title": "powermap", "People": people, "Articles": arts})
}

func (s *Server) pagePeople(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	people, err := s.q.People(r.Context(), q, 200)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(people) == 1 {
		http.Redirect(w, r, "/person/"+url.PathEscape(people[0].Name), http.StatusSeeOther)
		return
	}
	s.render(w, r, "people", map[string]any{"Title": "People: " + q, "Query": q, "People": people})
}

func (s *Server) pagePerson(w http.ResponseWriter, r *http.Request) {
	me, rels, err := s.q.Relations(r.Context(), r.PathValue("ref"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	t, err := s.q.Timeline(r.Context(), me.Name)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "person", map[string]any{"Title": me.Name, "Person": me, "Relations": rels, "Events": t.Events, "Types": powermap.EventTypes})
}

func (s *Server) pagePair(w http.ResponseWriter, r *http.Request) {
	h, err := s.q.History(r.Context(), r.PathValue("a"), r.PathValue("b"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "pair", map[string]any{
		"Title": h.People[0].Name + " and " + h.People[1].Name, "History": h, "A": h.People[0], "B": h.People[1],
		"Chart": pairChart(h), "Types": powermap.EventTypes,
	})
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	n, err := s.q.Network(r.Context(), 60)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "network", map[string]any{"Title": "Network", "Chart": networkChart(n), "Network": n})
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "max"); err != nil {
		s.fail(w, r, err)
		return
	}
	max, err := intParam(r, "max", 60)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := s.q.Network(r.Context(), max)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, 200, n)
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	v, err := s.loadArticle(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "article", map[string]any{"Title": v.Title, "Article": v.Article, "Published": v.Published, "Facts": v.Facts,
		"Body": highlight(v.Article, v.Facts), "Types": powermap.EventTypes})
}

// pageEvent sends a merged event to its first source's evidence,
// highlighted in its article.
func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.pageError(w, r, fmt.Errorf("%w: event id must be a number", powermap.ErrInvalid))
		return
	}
	evs, err := s.cfg.Store.Events(r.Context(), powermap.EventFilter{ID: id})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, e := range evs {
		if e.ID == id && len(e.Sources) > 0 {
			src := e.Sources[0]
			http.Redirect(w, r, fmt.Sprintf("/article/%d#span-%d-%d", src.ArticleID, src.Start, src.End), http.StatusSeeOther)
			return
		}
	}
	s.pageError(w, r, fmt.Errorf("event %d: %w", id, powermap.ErrNotFound))
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	var hits []powermap.SearchHit
	var err error
	if strings.TrimSpace(q) != "" {
		hits, err = s.q.Search(r.Context(), q)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, "search", map[string]any{"Title": "Search: " + q, "Query": q, "Hits": hits})
}

// span is a highlighted range of an article's text.
type span struct {
	start, end int
	class      string
	attrs      string // escaped HTML attributes
	id         string
}

// highlight renders the article's text with every fact marked at its byte
// span: event evidence, quotes and entity mentions. Where marks cross,
// they are closed and reopened so that the HTML stays well formed; the
// text is escaped, so an article's "<script>" shows as text.
func highlight(a *powermap.Article, f *powermap.Facts) template.HTML {
	var spans []span
	for i, e := range f.Events {
		who := strings.Join(e.Actors, ", ")
		if e.Source != "" {
			who = e.Source + " → " + e.Target
		}
		detail := fmt.Sprintf("%s: %s", e.Type, who)
		if e.Date != "" {
			detail += " · " + e.Date
		}
		if e.Place != "" {
			detail += " · at " + e.Place
		}
		if e.AmountUSD != nil {
			detail += " · $" + groupDigits(*e.AmountUSD)
		}
		detail += fmt.Sprintf(" · rule %s · confidence %.2f", e.Rule, e.Confidence)
		if e.Note != "" {
			detail += " · " + e.Note
		}
		id := fmt.Sprintf("span-%d-%d", e.Evidence.Start, e.Evidence.End)
		spans = append(spans, span{start: e.Evidence.Start, end: e.Evidence.End, class: "fact event ev-" + e.Type, id: id,
			attrs: fmt.Sprintf(` data-fact="%s" data-span="%s" data-n="%d" style="--c:%s"`, template.HTMLEscapeString(detail), id, i, typeColor(e.Type))})
	}
	for _, q := range f.Quotes {
		detail := fmt.Sprintf("quote by %s · rule %s · confidence %.2f", q.Speaker, q.Rule, q.Confidence)
		spans = append(spans, span{start: q.Span.Start, end: q.Span.End, class: "fact quote", attrs: fmt.Sprintf(` data-fact="%s"`, template.HTMLEscapeString(detail))})
	}
	for _, list := range [][]powermap.Entity{f.People, f.Organizations} {
		for _, ent := range list {
			for _, m := range ent.Mentions {
				spans = append(spans, span{start: m.Start, end: m.End, class: "mention " + ent.Type,
					attrs: fmt.Sprintf(` data-fact="%s" data-entity="%s"`, template.HTMLEscapeString(ent.Type+": "+ent.Name), template.HTMLEscapeString(ent.Name))})
			}
		}
	}
	text := a.Text
	var valid []span
	for _, sp := range spans {
		if sp.start >= 0 && sp.end <= len(text) && sp.start < sp.end {
			valid = append(valid, sp)
		}
	}
	sort.SliceStable(valid, func(i, j int) bool {
		if valid[i].start != valid[j].start {
			return valid[i].start < valid[j].start
		}
		return valid[i].end > valid[j].end
	})
	// Boundaries: every start and end.
	cuts := map[int]bool{0: true, len(text): true}
	for _, sp := range valid {
		cuts[sp.start], cuts[sp.end] = true, true
	}
	var points []int
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	var b strings.Builder
	opened := map[int]bool{} // spans whose id was written
	// Sweep the cut points once, keeping the spans open at each: the work
	// grows with the text and the depth of nesting, not with the number of
	// spans times the number of cuts.
	var active []int // indexes into valid, in order
	next := 0
	for i := 0; i+1 < len(points); i++ {
		from, to := points[i], points[i+1]
		kept := active[:0]
		for _, k := range active {
			if valid[k].end > from {
				kept = append(kept, k)
			}
		}
		active = kept
		for next < len(valid) && valid[next].start <= from {
			if valid[next].end > from {
				active = append(active, next)
			}
			next++
		}
		for _, k := range active {
			sp := valid[k]
			id := ""
			if sp.id != "" && !opened[k] {
				id = ` id="` + sp.id + `"`
				opened[k] = true
			}
			fmt.Fprintf(&b, `<span class="%s"%s%s>`, sp.class, id, sp.attrs)
		}
		b.WriteString(template.HTMLEscapeString(text[from:to]))
		for range active {
			b.WriteString("</span>")
		}
	}
	return template.HTML(b.String())
}
