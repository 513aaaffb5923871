package http

import (
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/read"
)

// The long lists of the person and pair pages (a hundred events with
// their sources, a hundred relationships) are written here in Go rather
// than by html/template: the template called a function through
// reflection for every value and every escaping, some thirty times an
// event, and took as long as reading the page's events. The HTML is what
// the templates wrote, byte for byte (TestListsAsTemplates checks it),
// escaped as html/template escapes in each context: text and quoted
// attributes (htmlText), URLs in attributes (urlAttr), URL paths and
// parts (urlEscape).

// htmlReplacer escapes text and quoted attribute values as html/template
// does (its htmlReplacementTable: NUL, ", &, ', +, <, >).
var htmlReplacer = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// htmlWriter is what the lists are written to: a strings.Builder, or a
// page's buffered writer.
type htmlWriter interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// htmlText writes s escaped for text or a quoted attribute value.
func htmlText(b htmlWriter, s string) {
	htmlReplacer.WriteString(b, s)
}

// urlAttr writes u as html/template writes a URL that is a whole
// attribute value: only http, https and mailto URLs (or relative ones)
// pass, others become "#ZgotmplZ"; then it is normalized (urlNormal) and
// escaped as an attribute value.
func urlAttr(b htmlWriter, u string) {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		b.WriteString("#ZgotmplZ")
		return
	}
	htmlText(b, urlEscape(u, true))
}

// urlEscape percent-encodes, as html/template does, the bytes of s that a
// URL may not hold; norm (a URL or a part of its path) keeps reserved
// characters and valid escapes, otherwise (a query or fragment) only
// unreserved characters are kept.
func urlEscape(s string, norm bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~", c) >= 0:
			continue
		case norm && strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			continue
		case norm && c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte("0123456789abcdef"[c>>4])
		b.WriteByte("0123456789abcdef"[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// eventsHTML is a list of events, each with its sources (the "events"
// template).
func eventsHTML(evs []powermap.CanonicalEvent) template.HTML {
	// About the length of the list, so that it is allocated once: 300
	// bytes of markup an event, and each source's text and title with
	// 200 of markup.
	n := 30
	for i := range evs {
		n += 300
		for j := range evs[i].Sources {
			s := &evs[i].Sources[j]
			n += 200 + len(s.Evidence) + len(s.Title) + len(s.Name)
		}
	}
	var b strings.Builder
	b.Grow(n)
	writeEvents(&b, evs)
	return template.HTML(b.String())
}

// writeEvents writes eventsHTML's list to b.
func writeEvents(b htmlWriter, evs []powermap.CanonicalEvent) {
	b.WriteString("\n<ol class=\"timeline\">\n")
	for i := range evs {
		writeEvent(b, &evs[i])
	}
	b.WriteString("\n</ol>\n")
}

// writeEvent writes one event of a list.
func writeEvent(b htmlWriter, e *powermap.CanonicalEvent) {
	when, undated := query.When(e)
	b.WriteString(`<li class="event`)
	if undated {
		b.WriteString(" undated")
	}
	if e.Planned {
		b.WriteString(" planned")
	}
	b.WriteString(`" id="event-`)
	b.WriteString(strconv.FormatInt(e.ID, 10))
	b.WriteString(`" style="--c:`)
	htmlText(b, typeColor(e.Type))
	b.WriteString(`;--ink:`)
	htmlText(b, typeInk(e.Type))
	b.WriteString("\">\n  <span class=\"type\">")
	htmlText(b, e.Type)
	b.WriteString("</span>\n  <span class=\"when\">")
	if undated {
		b.WriteString(`<em class="undated-label">undated</em> <span class="reported">(reported `)
		htmlText(b, pubDate(when))
		b.WriteString(`)</span>`)
	} else {
		htmlText(b, e.Date)
	}
	if c := query.DateConflict(e.Dates); len(c) > 0 {
		b.WriteString(` <span class="conflict" title="the sources give different dates">sources disagree: `)
		for i, d := range c {
			if i > 0 {
				b.WriteString(", ")
			}
			htmlText(b, d)
		}
		b.WriteString(`</span>`)
	}
	b.WriteString("</span>\n  ")
	if e.Planned {
		b.WriteString(`<span class="badge planned-label" title="the sources say this was to happen, not that it did">planned</span>`)
	}
	b.WriteString("\n  <span class=\"who\">")
	htmlText(b, who(e))
	if e.Mediator != "" {
		b.WriteString(" (via ")
		htmlText(b, e.Mediator)
		b.WriteString(")")
	}
	b.WriteString("</span>\n  ")
	if e.Place != "" {
		b.WriteString(`<span class="place">at `)
		htmlText(b, e.Place)
		b.WriteString(`</span>`)
	}
	if e.AmountUSD != nil {
		if a := query.Money(*e.AmountUSD); a != "" {
			b.WriteString(`<span class="amount">`)
			htmlText(b, a)
			b.WriteString(`</span>`)
		}
	}
	b.WriteString("\n  <span class=\"sources\">")
	b.WriteString(strconv.Itoa(len(e.Sources)))
	b.WriteString(" source")
	if len(e.Sources) > 1 {
		b.WriteString("s")
	}
	b.WriteString("</span>\n  ")
	for i := range e.Sources {
		writeSource(b, &e.Sources[i], e.Type)
	}
	b.WriteString("\n</li>")
}

// writeSource writes one source of an event.
func writeSource(b htmlWriter, s *powermap.Source, typ string) {
	b.WriteString("<blockquote")
	low, quoted := s.Confidence < query.LowConfidence, query.Quoted(s.Rule)
	if low || quoted {
		b.WriteString(` class="uncertain"`)
	}
	b.WriteString(`><a href="/article/`)
	b.WriteString(strconv.FormatInt(s.ArticleID, 10))
	b.WriteString("#")
	htmlText(b, urlEscape(anchor(s.Start, s.End, typ), false))
	b.WriteString(`">“`)
	htmlText(b, s.Evidence)
	b.WriteString(`”</a>`)
	if quoted {
		b.WriteString(` <span class="badge inferred">inferred from a quote</span>`)
	}
	if low {
		b.WriteString(` <span class="badge low">low confidence</span>`)
	}
	b.WriteString("\n  <cite>")
	if s.Title != "" {
		htmlText(b, s.Title)
	} else {
		htmlText(b, s.Name)
	}
	if s.Outlet != "" {
		b.WriteString(" · ")
		htmlText(b, s.Outlet)
	}
	if p := pubDate(s.Published); p != "" {
		b.WriteString(" · ")
		htmlText(b, p)
	}
	if src := publicSource(s.Location); src != "" && read.IsURL(src) {
		b.WriteString(` · <a class="source-url" href="`)
		urlAttr(b, src)
		b.WriteString(`" rel="noreferrer">`)
		htmlText(b, host(src))
		b.WriteString(`</a>`)
	}
	b.WriteString("</cite></blockquote>")
}

// who names an event's participants: source → target, or the actors.
func who(e *powermap.CanonicalEvent) string {
	if e.Source != "" {
		return e.Source + " → " + e.Target
	}
	return strings.Join(e.Actors, ", ")
}

// host is a URL's host without "www.", or the text itself.
func host(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return strings.TrimPrefix(p.Host, "www.")
	}
	return u
}

// relationsHTML is the rows of a person's relationships table (the body
// of person.html's table): me is the person's name, types the event
// types the table has a column for.
func relationsHTML(me string, rels []query.Relation, types []string) template.HTML {
	var b strings.Builder
	b.Grow(len(rels) * 400)
	writeRelations(&b, me, rels, types)
	return template.HTML(b.String())
}

// writeRelations writes relationsHTML's rows to b.
func writeRelations(b htmlWriter, me string, rels []query.Relation, types []string) {
	mePath := pathAttr(me)
	for i := range rels {
		r := &rels[i]
		b.WriteString("<tr>\n<td><a href=\"/pair/")
		b.WriteString(mePath)
		b.WriteString("/")
		b.WriteString(pathAttr(r.Other))
		b.WriteString(`">`)
		htmlText(b, r.Other)
		b.WriteString("</a></td>\n<td class=\"")
		b.WriteString(warmthClass(r.Warmth))
		b.WriteString(`">`)
		htmlText(b, signed(r.Warmth))
		b.WriteString("</td><td>")
		b.WriteString(strconv.Itoa(r.Events))
		if r.Undated != 0 {
			b.WriteString(` <span class="meta">(`)
			b.WriteString(strconv.Itoa(r.Undated))
			b.WriteString(` undated)</span>`)
		}
		b.WriteString("</td>\n")
		for _, t := range types {
			b.WriteString("<td>")
			if n := r.Counts[t]; n != 0 {
				b.WriteString(strconv.Itoa(n))
			}
			b.WriteString("</td>")
		}
		b.WriteString("\n<td>")
		htmlText(b, r.First)
		b.WriteString("</td><td>")
		htmlText(b, r.Last)
		b.WriteString("</td><td>")
		if r.Given != 0 {
			htmlText(b, "$"+groupDigits(r.Given))
		}
		b.WriteString("</td><td>")
		if r.Received != 0 {
			htmlText(b, "$"+groupDigits(r.Received))
		}
		b.WriteString("</td>\n</tr>")
	}
}

// pathAttr is a name as a segment of a URL path in an attribute (as the
// templates' "path" writes it): path-escaped, normalized and escaped as
// an attribute value.
func pathAttr(s string) string {
	var b strings.Builder
	htmlText(&b, urlEscape(url.PathEscape(s), true))
	return b.String()
}

// warmthClass is the class of a warmth score: warm, cold or neutral.
func warmthClass(n int) string {
	switch {
	case n > 0:
		return "warm"
	case n < 0:
		return "cold"
	}
	return "neutral"
}

// signed writes n with its sign.
func signed(n int) string {
	if n >= 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
