package http

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/read"
)

// funcs are the helpers templates use.
var funcs = template.FuncMap{
	"path":   url.PathEscape,
	"source": publicSource,
	// Events are taken by pointer: templates pass each of a page's
	// events to several functions, and reflect would copy it for each.
	"when":    func(e *powermap.CanonicalEvent) string { w, _ := query.When(e); return w },
	"undated": func(e *powermap.CanonicalEvent) bool { _, u := query.When(e); return u },
	"ink":     typeInk,
	"pubdate": pubDate,
	"passage": passageHTML,
	"hitHref": hitHref,
	"isURL":   read.IsURL,
	"host":    host,
	"who":     who,
	"money": func(v *float64) string {
		if v == nil {
			return ""
		}
		return fmt.Sprintf("$%s", groupDigits(*v))
	},
	"color": typeColor,
	"amount": func(v *float64) string {
		if v == nil {
			return ""
		}
		return query.Money(*v)
	},
	// The long lists of the person and pair pages (render.go).
	"eventsHTML":    eventsHTML,
	"relationsHTML": relationsHTML,
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

// typeInk is the colour of text naming an event type: the type's colour,
// darkened where it would be too light to read (contrast of at least 4.5:1
// on the page's light backgrounds).
func typeInk(t string) string {
	switch t {
	case powermap.EventFund:
		return "#22543d"
	case powermap.EventSupport:
		return "#276749"
	case powermap.EventReconcile:
		return "#975a16"
	case powermap.EventMeet, powermap.EventOppose, powermap.EventThreaten, powermap.EventPosition:
		return typeColor(t)
	}
	return "#5a6474"
}

// laneInk is the colour of an event type's label in charts.
func laneInk(t string) string { return typeInk(t) }

// anchor is the HTML id of an event's evidence on its article page: the
// evidence span and the event's type, so that two events on one sentence
// have ids of their own (a second of the same type gets a number).
func anchor(start, end int, typ string) string {
	return fmt.Sprintf("span-%d-%d-%s", start, end, typ)
}

// pubDate renders an RFC 3339 publication date as "June 6, 2025" ("" when
// unknown; a year or month alone as given).
func pubDate(s string) string {
	if len(s) == len("2006-01-02") {
		// A day, the commonest (ParseTime tries a time first, whose
		// failure costs an error's allocation for every source listed).
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t.Format("January 2, 2006")
		}
	}
	t, p, err := powermap.ParseTime(s)
	if err != nil || p == powermap.PrecisionNone {
		return s
	}
	switch p {
	case powermap.PrecisionYear:
		return t.Format("2006")
	case powermap.PrecisionMonth:
		return t.Format("January 2006")
	}
	return t.Format("January 2, 2006")
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

// pageHome shows the corpus's totals, the people and organizations most
// involved, the latest events and the newest articles.
func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	people, err := s.cfg.Store.Entities(r.Context(), "", 200)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	named := len(people)
	people = withEventsFirst(people)
	if len(people) > 24 {
		people = people[:24]
	}
	arts, total, err := s.q.Articles(r.Context(), 0, 10)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	latest, err := s.latestEvents(r, arts, 8)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "home", map[string]any{"Title": "powermap", "People": people, "Articles": arts, "Total": total,
		"Named": named, "NamedMore": named == 200, "Latest": latest})
}

// latestEvents are the n events placed latest (see query.Place), newest
// first, among those of the three months before the newest article.
func (s *Server) latestEvents(r *http.Request, newest []query.ArticleItem, n int) ([]powermap.CanonicalEvent, error) {
	if len(newest) == 0 {
		return nil, nil
	}
	t, p, err := powermap.ParseTime(newest[0].Published)
	if err != nil || p == powermap.PrecisionNone {
		return nil, nil
	}
	return s.cfg.Store.Events(r.Context(), powermap.EventFilter{From: t.AddDate(0, -3, 0).Format("2006-01-02"), Newest: true, Limit: n})
}

// withEventsFirst puts people, then organizations, with events before
// those without, each group most involved first, keeping the store's order
// otherwise.
func withEventsFirst(list []powermap.CanonicalEntity) []powermap.CanonicalEntity {
	rank := func(e powermap.CanonicalEntity) int {
		r := 0
		if e.Events == 0 {
			r += 2
		}
		if e.Type != "person" {
			r++
		}
		return r
	}
	sort.SliceStable(list, func(i, j int) bool {
		if a, b := rank(list[i]), rank(list[j]); a != b {
			return a < b
		}
		return list[i].Events > list[j].Events
	})
	return list
}

// articlesPerPage is the length of a page of the articles list.
const articlesPerPage = 50

// pageArticles lists every article newest first, a page at a time.
func (s *Server) pageArticles(w http.ResponseWriter, r *http.Request) {
	page := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1<<20 {
			s.pageError(w, r, fmt.Errorf("%w: page must be a number from 1", powermap.ErrInvalid))
			return
		}
		page = n
	}
	items, total, err := s.q.Articles(r.Context(), (page-1)*articlesPerPage, articlesPerPage)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := map[string]any{"Title": "Articles", "Articles": items, "Total": total, "Page": page}
	if page > 1 {
		data["Prev"] = page - 1
	}
	if page*articlesPerPage < total {
		data["Next"] = page + 1
	}
	s.render(w, r, "articles", data)
}

func (s *Server) pagePeople(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	people, err := s.q.People(r.Context(), q, 200)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	people = withEventsFirst(people)
	if len(people) == 1 {
		http.Redirect(w, r, "/person/"+url.PathEscape(people[0].Name), http.StatusSeeOther)
		return
	}
	s.render(w, r, "people", map[string]any{"Title": "People: " + q, "Query": q, "People": people})
}

// maxRelations is the most relations a person page lists unless asked
// for all.
var maxRelations = 100

// pagePerson shows a person: their relations and a page of their
// timeline.
// personPage reads what a person's page shows: the data of its
// template's parts, the person, the relationships and the events listed.
func (s *Server) personPage(r *http.Request) (map[string]any, *powermap.CanonicalEntity, []query.Relation, []powermap.CanonicalEvent, error) {
	// The most involved relations, all of them when asked: a busy
	// person's thousand would make the page long to send and to read.
	limit := maxRelations
	if r.URL.Query().Get("relations") == "all" {
		limit = 0
	}
	me, rels, total, err := s.q.TopRelations(r.Context(), r.PathValue("ref"), limit)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	// The timeline comes a page at a time: ?after= is the cursor of the
	// page shown next.
	after := r.URL.Query().Get("after")
	t, err := s.q.TimelinePageOf(r.Context(), query.Page{After: after, Limit: s.cfg.PageSize}, me)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	data := map[string]any{"Title": me.Name, "Person": me, "Relations": rels, "Events": t.Events, "Types": powermap.EventTypes}
	if len(rels) < total {
		data["MoreRelations"] = total - len(rels)
		data["AllRelations"] = "/person/" + url.PathEscape(r.PathValue("ref")) + "?relations=all"
	}
	if t.Next != "" {
		data["Next"] = "/person/" + url.PathEscape(r.PathValue("ref")) + "?after=" + url.QueryEscape(t.Next) + "#timeline"
	}
	if after != "" {
		data["First"] = "/person/" + url.PathEscape(r.PathValue("ref")) + "#timeline"
	}
	return data, me, rels, t.Events, nil
}

func (s *Server) pagePerson(w http.ResponseWriter, r *http.Request) {
	data, me, rels, evs, err := s.personPage(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The long lists are written straight to the page between the
	// template's parts: made as strings for the template to copy, a busy
	// person's cost 95 KB of allocations a page.
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	bw := bufio.NewWriterSize(w, 16<<10)
	for _, part := range []string{"person-top", "relations", "person-middle", "events", "person-end"} {
		var err error
		switch part {
		case "relations":
			writeRelations(bw, me.Name, rels, powermap.EventTypes)
		case "events":
			writeEvents(bw, evs)
		default:
			err = s.pages.ExecuteTemplate(bw, part, data)
		}
		if err != nil {
			s.cfg.Logger.Error("template", "page", part, "err", err)
			break
		}
	}
	bw.Flush()
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

// networkOptions reads a network's choices from a request: max, from,
// to, type (repeated, or comma-separated) and focus.
func networkOptions(r *http.Request) (query.NetworkOptions, error) {
	q := r.URL.Query()
	max, err := intParam(r, "max", 60)
	if err != nil {
		return query.NetworkOptions{}, err
	}
	o := query.NetworkOptions{Max: max, From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to")), Focus: strings.TrimSpace(q.Get("focus"))}
	for _, v := range q["type"] {
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t != "" && !slices.Contains(o.Types, t) {
				o.Types = append(o.Types, t)
			}
		}
	}
	if len(o.Types) > len(powermap.EventTypes) {
		return o, fmt.Errorf("%w: too many types", powermap.ErrInvalid)
	}
	return o, nil
}

// pageNetwork draws who is connected to whom, with a form to choose the
// dates and types of events shown, and the ties of one person when a
// name is clicked (focus).
func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	o, err := networkOptions(r)
	if err == nil {
		err = onlyParams(r, "max", "from", "to", "type", "focus")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.q.Network(r.Context(), o)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// A network is kept while the record does not change (query's
	// Network), and so is its page, which takes longer to render than
	// to send: it is rendered once, however many ask for it at once.
	v := s.networkViews(n)
	v.pageOnce.Do(func() { v.page, v.pageErr = s.renderNetwork(n) })
	if v.pageErr != nil {
		s.pageError(w, r, v.pageErr)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(v.page)
}

// networkViews are a network's page and JSON, each made once.
type networkViews struct {
	pageOnce, jsonOnce sync.Once
	page, json         []byte
	pageErr            error
}

// networkViews returns the views kept for network n (of the latest 16).
func (s *Server) networkViews(n *query.Network) *networkViews {
	s.keptMu.Lock()
	defer s.keptMu.Unlock()
	v := s.networks[n]
	if v == nil {
		if s.networks == nil || len(s.networks) >= 16 {
			s.networks = map[*query.Network]*networkViews{}
		}
		v = &networkViews{}
		s.networks[n] = v
	}
	return v
}

// renderNetwork renders the page of network n.
func (s *Server) renderNetwork(n *query.Network) ([]byte, error) {
	chosen := map[string]bool{}
	for _, t := range n.Options.Types {
		chosen[t] = true
	}
	texts := linkTexts(n)
	// The chart and the list of ties are most of the page (a megabyte
	// for the thousand links of a busy network): the template writes a
	// mark where each goes, and each is put there with one copy, not
	// printed by the template (through fmt, into a buffer that grows as
	// it goes), which took half the time of the page.
	chart, ties := networkChart(n, texts), networkTiesHTML(n, texts)
	data := map[string]any{"Title": "Network", "Chart": template.HTML(chartMark), "Network": n, "Types": powermap.EventTypes,
		"Chosen": chosen, "Legend": networkLegend(), "Links": len(n.Links), "Ties": template.HTML(tiesMark)}
	if n.Focus >= 0 {
		data["Title"] = "Network: " + n.Nodes[n.Focus].Name
		data["Focus"] = n.Nodes[n.Focus]
		data["Everyone"] = networkHref(n.Options, "")
	}
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	if err := s.pages.ExecuteTemplate(&buf, "network", data); err != nil {
		return nil, err
	}
	return splice(buf.Bytes(), []string{chartMark, tiesMark}, []string{string(chart), string(ties)}), nil
}

// Marks that a page's template writes where splice puts long parts made
// apart. No text of the record can write them: "<" in it is escaped.
const (
	chartMark = "<!--powermap:chart-->"
	tiesMark  = "<!--powermap:ties-->"
)

// splice returns page with the first occurrence of each of marks, in
// the order given, replaced by the part of the same index (a mark not in
// page is left out).
func splice(page []byte, marks, parts []string) []byte {
	size := len(page)
	for _, p := range parts {
		size += len(p)
	}
	out := make([]byte, 0, size)
	rest := page
	for i, m := range marks {
		at := bytes.Index(rest, []byte(m))
		if at < 0 {
			continue
		}
		out = append(out, rest[:at]...)
		out = append(out, parts[i]...)
		rest = rest[at+len(m):]
	}
	return append(out, rest...)
}

// apiNetwork answers the network as JSON, with the page's choices.
func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r, "max", "from", "to", "type", "focus"); err != nil {
		s.fail(w, r, err)
		return
	}
	o, err := networkOptions(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := s.q.Network(r.Context(), o)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Encoded once per network, like its page.
	v := s.networkViews(n)
	v.jsonOnce.Do(func() {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(true)
		enc.Encode(n)
		v.json = buf.Bytes()
	})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(200)
	w.Write(v.json)
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	v, err := s.loadArticle(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	links, err := s.articleLinks(r, v.Article.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query().Get("q")
	if len(q) > query.MaxText {
		s.pageError(w, r, fmt.Errorf("%w: the search is %d bytes long; at most %d are marked", powermap.ErrInvalid, len(q), query.MaxText))
		return
	}
	if strings.TrimSpace(q) != "" {
		links.hits = query.MatchSpans(v.Article.Text, q)
	}
	title, derived, _ := headline(v.Article)
	s.render(w, r, "article", map[string]any{"Title": title, "Headline": headlineHTML(v.Article, links.hits), "Derived": derived, "Article": v.Article, "Query": q, "Hits": len(links.hits),
		"Published": pubDate(v.Published), "Source": publicSource(v.Article.Source), "Facts": v.Facts,
		"Body": highlight(v.Article, v.Facts, links), "Types": powermap.EventTypes})
}

// headline is an article's headline: its title block, or a first line
// of the body that is the stored title (the text reader keeps a headline
// line as body); block is its index in a.Blocks (-1 when none). Otherwise
// it is the stored title, which the reader derives from the opening words
// when the source gives no headline: derived is then true.
func headline(a *powermap.Article) (title string, derived bool, block int) {
blocks:
	for i, b := range a.Blocks {
		if b.Start < 0 || b.End > len(a.Text) || b.Start >= b.End {
			continue
		}
		text := strings.TrimSpace(a.Text[b.Start:b.End])
		switch {
		case b.Kind == powermap.BlockTitle:
			return text, false, i
		case b.Kind == powermap.BlockMeta || b.Kind == powermap.BlockByline:
			continue
		case text == strings.TrimSpace(a.Title):
			return text, false, i
		}
		break blocks // the first line of the body is not the title
	}
	return a.Title, a.Title != "", -1
}

// headlineHTML is an article's headline (see headline) with the search
// matches that fall in it marked, each with its id (hit-START), as the
// text's are.
func headlineHTML(a *powermap.Article, hits [][2]int) template.HTML {
	title, _, block := headline(a)
	if block < 0 || len(hits) == 0 {
		return template.HTML(template.HTMLEscapeString(title))
	}
	bl := a.Blocks[block]
	from, to := bl.Start, bl.End
	for from < to && strings.ContainsRune(" \t\r\n", rune(a.Text[from])) {
		from++
	}
	for to > from && strings.ContainsRune(" \t\r\n", rune(a.Text[to-1])) {
		to--
	}
	var b strings.Builder
	at := from
	for _, h := range hits {
		if h[0] < at || h[1] > to {
			continue
		}
		b.WriteString(template.HTMLEscapeString(a.Text[at:h[0]]))
		fmt.Fprintf(&b, `<mark class="hit" id="hit-%d">%s</mark>`, h[0], template.HTMLEscapeString(a.Text[h[0]:h[1]]))
		at = h[1]
	}
	b.WriteString(template.HTMLEscapeString(a.Text[at:to]))
	return template.HTML(b.String())
}

// factLinks is what an article page knows of its facts beyond the
// article: the merged event each event went into, with its sources, and
// the canonical name of each entity.
type factLinks struct {
	events   map[int]*powermap.CanonicalEvent // by index in Facts.Events
	entities map[int]string                   // by index in People, then Organizations
	hits     [][2]int                         // a search's matches, marked
}

// articleLinks reads the article's links, when the store can tell them.
func (s *Server) articleLinks(r *http.Request, id int64) (*factLinks, error) {
	fl := &factLinks{events: map[int]*powermap.CanonicalEvent{}, entities: map[int]string{}}
	l, ok := s.cfg.Store.(query.ArticleLinks)
	if !ok {
		return fl, nil
	}
	evs, ents, err := l.ArticleLinks(r.Context(), id)
	if err != nil {
		return nil, err
	}
	fl.entities = ents
	byID := map[int64]*powermap.CanonicalEvent{}
	for seq, ce := range evs {
		e := byID[ce]
		if e == nil {
			list, err := s.cfg.Store.Events(r.Context(), powermap.EventFilter{ID: ce})
			if err != nil {
				return nil, err
			}
			if len(list) != 1 {
				continue
			}
			e = &list[0]
			byID[ce] = e
		}
		fl.events[seq] = e
	}
	return fl, nil
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
			http.Redirect(w, r, fmt.Sprintf("/article/%d#%s", src.ArticleID, anchor(src.Start, src.End, e.Type)), http.StatusSeeOther)
			return
		}
	}
	// An event merged into another answers with where it went.
	if to, err := s.cfg.Store.EventMoved(r.Context(), id); err == nil && to != id {
		http.Redirect(w, r, fmt.Sprintf("/event/%d", to), http.StatusMovedPermanently)
		return
	} else if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.pageError(w, r, fmt.Errorf("event %d: %w", id, powermap.ErrNotFound))
}

// pageSearch is the one results page for names and text: the people and
// organizations whose names match, and the articles whose text does, with
// counts, and passages whose matches are marked and lead to the passage
// in its article.
func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	data := map[string]any{"Title": "Search", "Query": q}
	if strings.TrimSpace(q) != "" {
		res, err := s.q.SearchAll(r.Context(), q)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		res.People = withEventsFirst(res.People)
		data["Title"], data["Results"] = "Search: "+q, res
	}
	s.render(w, r, "search", data)
}

// passageHTML renders a search passage with its matches in <mark>, each
// linking to the match in its article (hitHref), the rest escaped.
func passageHTML(p query.Passage, article int64, q string) template.HTML {
	var b strings.Builder
	if p.CutStart {
		b.WriteString("…")
	}
	flat := func(s string) string { return template.HTMLEscapeString(strings.Join(strings.Fields(s), " ")) }
	at := p.Start
	for _, m := range p.Marks {
		if m[0] < at || m[1] > p.End {
			continue
		}
		b.WriteString(flat(p.Text[at-p.Start : m[0]-p.Start]))
		if at < m[0] && b.Len() > 0 && strings.ContainsAny(p.Text[m[0]-p.Start-1:m[0]-p.Start], " \n\r\t") {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, `<a class="hit-link" href="%s"><mark>%s</mark></a>`, template.HTMLEscapeString(hitHref(article, q, m[0])), template.HTMLEscapeString(p.Text[m[0]-p.Start:m[1]-p.Start]))
		at = m[1]
		if at < p.End && strings.ContainsAny(p.Text[at-p.Start:at-p.Start+1], " \n\r\t") {
			b.WriteString(" ")
		}
	}
	b.WriteString(flat(p.Text[at-p.Start:]))
	if p.CutEnd {
		b.WriteString("…")
	}
	return template.HTML(b.String())
}

// hitHref is the address of a search match in its article: the article
// page with the search's matches marked, at the one starting at byte
// start.
func hitHref(article int64, q string, start int) string {
	return fmt.Sprintf("/article/%d?q=%s#hit-%d", article, url.QueryEscape(q), start)
}

// span is a highlighted range of an article's text.
type span struct {
	start, end int
	tag        string // span, or a for a link
	class      string
	attrs      string // escaped HTML attributes
	id         string
}

var typeNames = map[string]string{
	powermap.EventMeet: "Meeting", powermap.EventFund: "Funding", powermap.EventSupport: "Support",
	powermap.EventOppose: "Attack", powermap.EventThreaten: "Threat", powermap.EventPosition: "Role", powermap.EventReconcile: "Reconciliation",
}

// confidenceWords says how sure extraction was, in words.
func confidenceWords(c float64) string {
	switch {
	case c >= 0.75:
		return "high confidence"
	case c >= query.LowConfidence:
		return "medium confidence"
	}
	return "low confidence"
}

// factText describes an event found in an article in plain words, one
// line per part.
func factText(e powermap.Event, ce *powermap.CanonicalEvent) string {
	who := strings.Join(e.Actors, ", ")
	if e.Source != "" {
		who = e.Source + " → " + e.Target
	}
	name := typeNames[e.Type]
	if name == "" {
		name = e.Type
	}
	lines := []string{name + ": " + who}
	var when []string
	if e.Date != "" {
		when = append(when, pubDate(e.Date))
	} else {
		when = append(when, "no date given")
	}
	if e.Place != "" {
		when = append(when, "at "+e.Place)
	}
	if e.AmountUSD != nil {
		when = append(when, query.Money(*e.AmountUSD))
	}
	if e.Role != "" {
		when = append(when, "as "+e.Role)
	}
	lines = append(lines, strings.Join(when, " · "))
	if e.Planned {
		lines = append(lines, "Planned: the article says this is to happen, not that it did")
	}
	how := "stated in the text"
	if query.Quoted(e.Rule) {
		how = "inferred from a quote"
	}
	sure := how + ", " + confidenceWords(e.Confidence)
	if ce != nil {
		n := len(ce.Sources)
		sure = fmt.Sprintf("Reported by %d source%s · %s", n, map[bool]string{true: "", false: "s"}[n == 1], sure)
	} else {
		sure = strings.ToUpper(sure[:1]) + sure[1:]
	}
	lines = append(lines, sure)
	if e.Note != "" {
		lines = append(lines, "Note: "+e.Note)
	}
	return strings.Join(lines, "\n")
}

// eventHref is where a merged event is listed with all its sources: on
// its pair's page when it has two participants or more, else on its
// person's page.
func eventHref(ce *powermap.CanonicalEvent) (event, pair, pairName string) {
	ps := ce.Participants()
	switch {
	case len(ps) >= 2:
		pair = "/pair/" + url.PathEscape(ps[0]) + "/" + url.PathEscape(ps[1])
		return fmt.Sprintf("%s#event-%d", pair, ce.ID), pair, ps[0] + " and " + ps[1]
	case len(ps) == 1:
		return fmt.Sprintf("/person/%s#event-%d", url.PathEscape(ps[0]), ce.ID), "", ""
	}
	return "", "", ""
}

// highlight renders the article's text with every fact marked at its byte
// span: event evidence, quotes and entity mentions, names linking to their
// person pages. Where marks cross, they are closed and reopened so that
// the HTML stays well formed; the text is escaped, so an article's
// "<script>" shows as text. The header lines (date line, headline, byline)
// are left out: the page shows them above. Every event gets an id of its
// own (see anchor), even where two share a sentence.
func highlight(a *powermap.Article, f *powermap.Facts, links *factLinks) template.HTML {
	if links == nil {
		links = &factLinks{}
	}
	var spans []span
	ids := map[string]int{}
	for i, e := range f.Events {
		id := anchor(e.Evidence.Start, e.Evidence.End, e.Type)
		if ids[id]++; ids[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, ids[id])
		}
		ce := links.events[i]
		attrs := fmt.Sprintf(` data-fact="%s" data-span="%s" data-n="%d" style="--c:%s"`, template.HTMLEscapeString(factText(e, ce)), id, i, typeColor(e.Type))
		if ce != nil {
			ev, pair, pairName := eventHref(ce)
			attrs += fmt.Sprintf(` data-event="%d" data-event-href="%s" data-pair-href="%s" data-pair-name="%s"`, ce.ID,
				template.HTMLEscapeString(ev), template.HTMLEscapeString(pair), template.HTMLEscapeString(pairName))
		}
		class := "fact event ev-" + e.Type
		if e.Planned {
			class += " planned"
		}
		if query.Quoted(e.Rule) || e.Confidence < query.LowConfidence {
			class += " uncertain"
		}
		spans = append(spans, span{start: e.Evidence.Start, end: e.Evidence.End, tag: "span", class: class, id: id, attrs: attrs})
	}
	for _, q := range f.Quotes {
		detail := fmt.Sprintf("Quote by %s\n%s", q.Speaker, strings.ToUpper(confidenceWords(q.Confidence)[:1])+confidenceWords(q.Confidence)[1:])
		spans = append(spans, span{start: q.Span.Start, end: q.Span.End, tag: "span", class: "fact quote", attrs: fmt.Sprintf(` data-fact="%s"`, template.HTMLEscapeString(detail))})
	}
	for _, h := range links.hits {
		spans = append(spans, span{start: h[0], end: h[1], tag: "mark", class: "hit", id: fmt.Sprintf("hit-%d", h[0])})
	}
	seq := 0
	for _, list := range [][]powermap.Entity{f.People, f.Organizations} {
		for _, ent := range list {
			name := links.entities[seq]
			if name == "" {
				name = ent.Name
			}
			seq++
			for _, m := range ent.Mentions {
				spans = append(spans, span{start: m.Start, end: m.End, tag: "a", class: "mention " + ent.Type,
					attrs: fmt.Sprintf(` href="/person/%s" data-entity="%s"`, template.HTMLEscapeString(url.PathEscape(name)), template.HTMLEscapeString(name))})
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
	// Text shown above the body: the header lines.
	var hidden [][2]int
	_, _, title := headline(a)
	for i, b := range a.Blocks {
		if i == title || (b.Kind == powermap.BlockMeta || b.Kind == powermap.BlockTitle || b.Kind == powermap.BlockByline) && b.Start >= 0 && b.End <= len(text) {
			hidden = append(hidden, [2]int{b.Start, b.End})
		}
	}
	isHidden := func(from, to int) bool {
		for _, h := range hidden {
			if from >= h[0] && to <= h[1] {
				return true
			}
		}
		return false
	}
	// Boundaries: every start and end.
	cuts := map[int]bool{0: true, len(text): true}
	for _, sp := range valid {
		cuts[sp.start], cuts[sp.end] = true, true
	}
	for _, h := range hidden {
		cuts[h[0]], cuts[h[1]] = true, true
	}
	var points []int
	for c := range cuts {
		points = append(points, c)
	}
	sort.Ints(points)
	// Where the body starts: leading header lines and the blank space
	// after them are not shown.
	bodyStart := 0
	for {
		moved := false
		for _, h := range hidden {
			if h[0] <= bodyStart && h[1] > bodyStart {
				bodyStart, moved = h[1], true
			}
		}
		for bodyStart < len(text) && (text[bodyStart] == '\n' || text[bodyStart] == '\r' || text[bodyStart] == ' ') {
			bodyStart, moved = bodyStart+1, true
		}
		if !moved {
			break
		}
	}
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
		if to <= bodyStart || isHidden(from, to) {
			continue
		}
		if from < bodyStart {
			from = bodyStart
		}
		var tags []string
		inLink := false
		for _, k := range active {
			sp := valid[k]
			tag := sp.tag
			if tag == "a" && inLink {
				continue // no link inside a link
			}
			inLink = inLink || tag == "a"
			id := ""
			if sp.id != "" && !opened[k] {
				id = ` id="` + sp.id + `"`
				opened[k] = true
			}
			fmt.Fprintf(&b, `<%s class="%s"%s%s>`, tag, sp.class, id, sp.attrs)
			tags = append(tags, tag)
		}
		b.WriteString(template.HTMLEscapeString(text[from:to]))
		for j := len(tags) - 1; j >= 0; j-- {
			b.WriteString("</" + tags[j] + ">")
		}
	}
	return template.HTML(b.String())
}
