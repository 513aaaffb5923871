package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/powermap/powermap"
)

// pageMeta is what an HTML page says about itself in its head: meta tags,
// the canonical link and JSON-LD.
type pageMeta struct {
	title, author, outlet, published, canonical string
}

// ParseHTML reads an article page: the main text through readability, with
// title, author, outlet, publication time and canonical URL from meta tags
// and JSON-LD. contentType is the HTTP Content-Type if known (for the
// charset); pageURL is where the page came from, if it came from the web.
func ParseHTML(source string, data []byte, contentType string, pageURL *url.URL) (*powermap.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: empty", powermap.ErrInvalid)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%w: binary data (NUL byte at offset %d), not an HTML page", powermap.ErrInvalid, i)
	}
	r, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		return nil, fmt.Errorf("%w: unknown character set: %v", powermap.ErrInvalid, err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("%w: HTML does not parse: %v", powermap.ErrInvalid, err)
	}
	meta := readPageMeta(doc)
	art, err := readability.FromDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return nil, fmt.Errorf("%w: no article text found in the page", powermap.ErrInvalid)
	}
	markListItems(art.Node)
	var buf strings.Builder
	if err := art.RenderText(&buf); err != nil {
		return nil, fmt.Errorf("%w: no article text found in the page", powermap.ErrInvalid)
	}
	text := strings.TrimSpace(buf.String())
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if len(text) < 80 {
		return nil, fmt.Errorf("%w: no article text found in the page (%d characters of text)", powermap.ErrInvalid, len(text))
	}
	a := &powermap.Article{
		Name:   nameFromSource(source),
		Source: source,
		Format: "html",
		Text:   text,
		Title:  first(meta.title, art.Title()),
		Byline: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(first(meta.author, art.Byline()), "By "), "by ")),
		Outlet: first(meta.outlet, art.SiteName()),
	}
	if meta.canonical != "" {
		if u, err := resolveURL(pageURL, meta.canonical); err == nil {
			a.URL = u
		}
	}
	if a.URL == "" && pageURL != nil {
		a.URL = pageURL.String()
	}
	if a.URL != "" {
		a.Name = nameFromSource(a.URL)
		if a.Outlet == "" {
			if u, err := url.Parse(a.URL); err == nil {
				a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
	}
	if t, p, ok := parseISO(meta.published); ok {
		a.Published, a.PublishedPrecision = t, p
	} else if t, err := art.PublishedTime(); err == nil {
		a.Published, a.PublishedPrecision = t, powermap.PrecisionTime
	}
	pos := 0
	// The page's headline often opens the rendered text: mark it.
	if title := first(meta.title, art.Title()); title != "" {
		if ln := splitLines(text, 0)[0]; strings.TrimSpace(text[ln.start:ln.end]) == title {
			a.Blocks = append(a.Blocks, powermap.Block{Kind: powermap.BlockTitle, Start: ln.start, End: ln.end})
			pos = ln.end
		}
	}
	pos = readHeaderLines(a, pos)
	a.Title = first(meta.title, art.Title(), a.Title)
	blocks, posts := markBody(text, pos)
	a.Blocks, a.Posts = append(a.Blocks, blocks...), posts
	finishArticle(a)
	if !hasProse(a) {
		return nil, fmt.Errorf("%w: no article text found in the page (only boilerplate)", powermap.ErrInvalid)
	}
	return a, nil
}

// markListItems prefixes the text of every list item with "- ", so that
// lists keep their shape in the rendered text and link lists can be told
// from prose.
func markListItems(n *html.Node) {
	if n.Type == html.ElementNode && n.Data == "li" {
		n.InsertBefore(&html.Node{Type: html.TextNode, Data: "- "}, n.FirstChild)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markListItems(c)
	}
}

// first returns the first non-empty of its arguments, trimmed.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// resolveURL makes ref absolute against base (if any) and checks it is
// http or https.
func resolveURL(base *url.URL, ref string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return "", err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("not an http(s) URL: %s", ref)
	}
	u.Fragment = ""
	return u.String(), nil
}

// readPageMeta collects the page's own description of itself. JSON-LD wins
// over meta tags, which win over <title>.
func readPageMeta(doc *html.Node) pageMeta {
	var m, ld pageMeta
	var docTitle string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := attr(n, "content")
				switch key {
				case "og:title", "twitter:title":
					m.title = first(m.title, val)
				case "author", "article:author", "byl", "parsely-author", "sailthru.author":
					if !strings.Contains(val, "://") {
						m.author = first(m.author, val)
					}
				case "og:site_name", "application-name":
					m.outlet = first(m.outlet, val)
				case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date":
					m.published = first(m.published, val)
				case "og:url":
					m.canonical = first(m.canonical, val)
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = first(attr(n, "href"), m.canonical)
				}
			case "title":
				if n.FirstChild != nil && docTitle == "" {
					docTitle = strings.TrimSpace(n.FirstChild.Data)
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return pageMeta{
		title:     first(ld.title, m.title, docTitle),
		author:    first(ld.author, m.author),
		outlet:    first(ld.outlet, m.outlet),
		published: first(ld.published, m.published),
		canonical: first(m.canonical, ld.canonical),
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// readJSONLD fills m from the first news or article object in a JSON-LD
// script (a single object, an array, or an @graph).
func readJSONLD(src string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(x["@type"]) || m.title != "" {
				return
			}
			m.title = str(x["headline"])
			m.published = str(x["datePublished"])
			m.author = names(x["author"])
			m.outlet = names(x["publisher"])
			m.canonical = first(str(x["url"]), names(x["mainEntityOfPage"]))
		}
	}
	visit(v)
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "Report" || x == "BlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// names reads a JSON-LD person or organization, or a list of them, as a
// display string ("A and B"); an object's @id serves where it has no name.
func names(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return first(str(x["name"]), str(x["@id"]))
	case []any:
		var out []string
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, " and ")
	}
	return ""
}
