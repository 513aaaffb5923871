package query

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/powermap/powermap"
)

// Passage is a stretch of an article's text around matches of a search.
type Passage struct {
	// Start and End are the passage's byte span in the article's text;
	// Text is that span (trimmed to whole words, with "…" added by the
	// page where it is cut).
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Marks are the matches in the passage, as byte spans of the
	// article's text (not of Text).
	Marks [][2]int `json:"marks"`
	// Cut says the passage starts or ends inside the text (not at its
	// start or end).
	CutStart bool `json:"cut_start"`
	CutEnd   bool `json:"cut_end"`
}

// TextHit is an article a text search found: how many times the search's
// words occur in it, and the passages where they do.
type TextHit struct {
	powermap.SearchHit
	Matches  int       `json:"matches"`
	Passages []Passage `json:"passages"`
}

// SearchResults are what one search finds: the people and organizations
// whose names match, and the articles whose text does.
type SearchResults struct {
	Query    string                     `json:"query"`
	People   []powermap.CanonicalEntity `json:"people"`
	Articles []TextHit                  `json:"articles"`
	// Matches counts the occurrences in all the articles found; More is
	// true when more articles match than are listed.
	Matches int  `json:"matches"`
	More    bool `json:"more"`
}

// Limits of one search's results.
const (
	// SearchArticles is the most articles a search lists.
	SearchArticles = 50
	// SearchPassages is the most passages shown per article.
	SearchPassages = 3
	// passageContext is about how many bytes of text a passage keeps on
	// each side of its first match.
	passageContext = 90
)

// SearchAll searches names and text at once (as OCCRP Aleph does): the
// people and organizations whose name or an alias contains the query
// (its words, without operators or quotes), and the articles the full-text
// search finds, each with its number of matches and passages whose byte
// spans lead to the text. A search's results are kept until the record
// changes (at most maxSearches of them): the results page and the API
// ask the same. The caller may reorder the lists it gets, not change
// their items.
func (s *Service) SearchAll(ctx context.Context, q string) (*SearchResults, error) {
	if err := checkSearch(q); err != nil {
		return nil, err
	}
	rev, err := s.Store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	k := s.searches[q]
	s.mu.Unlock()
	if k == nil || k.revision != rev {
		// Made with the caller's context: a search whose client left
		// stops (the same search asked at once is made once by the
		// server's kept responses).
		res, err := s.searchAll(ctx, q)
		if err != nil {
			return nil, err
		}
		k = &keptSearch{revision: rev, res: res}
		s.mu.Lock()
		if s.searches == nil || len(s.searches) >= maxSearches {
			s.searches = map[string]*keptSearch{}
		}
		s.searches[q] = k
		s.mu.Unlock()
	}
	res := *k.res
	res.People, res.Articles = slices.Clone(res.People), slices.Clone(res.Articles)
	return &res, nil
}

// keptSearch is a search's results at a store revision.
type keptSearch struct {
	revision int64
	res      *SearchResults
}

// maxSearches bounds how many searches' results a Service keeps.
const maxSearches = 64

// searchAll is SearchAll, q checked, computed.
func (s *Service) searchAll(ctx context.Context, q string) (*SearchResults, error) {
	// One hit more than are listed tells whether there are more (a store
	// lists at most what it is asked for: 50 when asked for none).
	hits, err := s.Store.Search(ctx, q, SearchArticles+1)
	if err != nil {
		return nil, err
	}
	res := &SearchResults{Query: q, People: []powermap.CanonicalEntity{}, Articles: []TextHit{}}
	if res.People, err = s.names(ctx, q); err != nil {
		return nil, err
	}
	if len(hits) > SearchArticles {
		hits, res.More = hits[:SearchArticles], true
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.ArticleID
	}
	arts, err := s.Store.ArticleTexts(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		a := arts[h.ArticleID]
		if a == nil {
			return nil, fmt.Errorf("article %d: %w", h.ArticleID, powermap.ErrNotFound)
		}
		text := withoutMeta(a)
		marks := MatchSpans(text, q)
		th := TextHit{SearchHit: h, Matches: len(marks), Passages: Passages(text, marks, SearchPassages)}
		res.Matches += th.Matches
		res.Articles = append(res.Articles, th)
	}
	return res, nil
}

// withoutMeta is an article's text with its header lines (such as "date
// 2025-06-06") blanked out, byte for byte, so that they are neither
// matched nor shown in passages while every offset stays the same.
func withoutMeta(a *powermap.Article) string {
	b := []byte(a.Text)
	for _, bl := range a.Blocks {
		if bl.Kind == powermap.BlockMeta && bl.Start >= 0 && bl.End <= len(b) {
			for i := bl.Start; i < bl.End; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// nameTerms are the terms of a search as names: its words and "phrases",
// without quotes, operators, prefix stars or the terms after NOT.
func nameTerms(q string) []string {
	var out []string
	skip := false
	for len(q) > 0 {
		q = strings.TrimLeft(q, " \t\n\r")
		if q == "" {
			break
		}
		w := q
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				end = len(q) - 1
			}
			w, q = q[1:1+end], q[min(len(q), end+2):]
		} else if i := strings.IndexAny(q, " \t\n\r"); i >= 0 {
			w, q = q[:i], q[i:]
		} else {
			q = ""
		}
		switch {
		case w == "NOT":
			skip = true
		case w == "OR" || w == "AND":
		case skip:
			skip = false
		default:
			if w = strings.TrimSpace(strings.Trim(w, `*"`)); w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// names finds the people and organizations a search names: those whose
// name or an alias holds all its terms as written, or else any one of
// them, most reported first.
func (s *Service) names(ctx context.Context, q string) ([]powermap.CanonicalEntity, error) {
	terms := nameTerms(q)
	if len(terms) == 0 {
		return []powermap.CanonicalEntity{}, nil
	}
	all, err := s.Store.Entities(ctx, strings.Join(terms, " "), 50)
	if err != nil || len(all) > 0 || len(terms) == 1 {
		return all, err
	}
	seen := map[int64]bool{}
	for _, t := range terms {
		list, err := s.Store.Entities(ctx, t, 50)
		if err != nil {
			return nil, err
		}
		for _, e := range list {
			if !seen[e.ID] {
				seen[e.ID] = true
				all = append(all, e)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Articles > all[j].Articles })
	return all, nil
}

// term is one thing a search looks for: a word or a phrase of words
// (folded), the last one a prefix when it ended with *.
type term struct {
	words  []string
	prefix bool
}

// searchTerms reads the terms of a search as the full-text search does
// (see sqlite's ftsQuery): "phrases", words, prefix*; OR and AND are
// operators, and a term after NOT is not looked for.
func searchTerms(q string) []term {
	var out []term
	skip := false
	add := func(text string, prefix bool) {
		if skip {
			skip = false
			return
		}
		var words []string
		for _, t := range tokens(text) {
			words = append(words, t.word)
		}
		if len(words) > 0 {
			out = append(out, term{words: words, prefix: prefix})
		}
	}
	for len(q) > 0 {
		q = strings.TrimLeft(q, " \t\n\r")
		if q == "" {
			break
		}
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				end = len(q) - 1
			}
			phrase := q[1 : 1+end]
			q = q[min(len(q), end+2):]
			prefix := strings.HasPrefix(q, "*")
			add(phrase, prefix)
			continue
		}
		w := q
		if i := strings.IndexAny(q, " \t\n\r"); i >= 0 {
			w, q = q[:i], q[i:]
		} else {
			q = ""
		}
		switch w {
		case "OR", "AND":
		case "NOT":
			skip = true
		default:
			add(w, strings.HasSuffix(w, "*"))
		}
	}
	return out
}

// token is a word of a text, folded (lower case, without diacritics), at
// its byte span.
type token struct {
	word       string
	start, end int
}

// tokens splits text into words as FTS5's unicode61 tokenizer does: runs
// of letters, digits and marks; each folded to lower case without
// diacritics.
func tokens(text string) []token {
	var out []token
	start := -1
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for i, r := range text {
		switch {
		case isWord(r) && start < 0:
			start = i
		case !isWord(r) && start >= 0:
			out = append(out, token{word: fold(text[start:i]), start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{word: fold(text[start:]), start: start, end: len(text)})
	}
	return out
}

// fold lowers a word and removes its diacritics ("Éclair" → "eclair").
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(w) // nothing to decompose
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// MatchSpans returns the byte spans of text where the search q's words and
// phrases occur, in order, without overlaps. Words are compared as tokens
// folds them, an ASCII word without folding a copy of it: a search's
// passages are cut from fifty texts, every word of which was folded (a
// copy of each capitalised one) when only the matches count.
func MatchSpans(text, q string) [][2]int {
	terms := searchTerms(q)
	if len(terms) == 0 {
		return nil
	}
	spans := wordSpans(text)
	var out [][2]int
	for i := 0; i < len(spans); i++ {
		best := -1
		for _, t := range terms {
			if i+len(t.words) > len(spans) {
				continue
			}
			ok := true
			for j, w := range t.words {
				last := j == len(t.words)-1
				if sp := spans[i+j]; !wordIs(text[sp[0]:sp[1]], w, last && t.prefix) {
					ok = false
					break
				}
			}
			if ok && len(t.words) > best {
				best = len(t.words)
			}
		}
		if best > 0 {
			out = append(out, [2]int{spans[i][0], spans[i+best-1][1]})
			i += best - 1
		}
	}
	return out
}

// wordSpans returns the byte spans of the words of text as tokens splits
// them.
func wordSpans(text string) [][2]int {
	out := make([][2]int, 0, len(text)/6)
	start := -1
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// wordIs reports whether the word tok, folded, is w (a folded word), or
// starts with it if prefix.
func wordIs(tok, w string, prefix bool) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			got := fold(tok)
			return got == w || prefix && strings.HasPrefix(got, w)
		}
	}
	if len(tok) < len(w) || !prefix && len(tok) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// Passages cuts text into at most max passages around the matches marks
// (byte spans in order): each starts about passageContext bytes before its
// first match, at a word's start, and ends as long after its last, at a
// word's end; matches close together share a passage.
func Passages(text string, marks [][2]int, max int) []Passage {
	var out []Passage
	prev := 0
	for i := 0; i < len(marks) && len(out) < max; {
		start := max2(prev, wordStart(text, marks[i][0]-passageContext))
		end := wordEnd(text, marks[i][1]+passageContext)
		p := Passage{Start: start}
		for i < len(marks) && marks[i][0] < end {
			p.Marks = append(p.Marks, marks[i])
			end = max2(end, wordEnd(text, marks[i][1]+passageContext/3))
			i++
		}
		p.End, prev = end, end
		for p.Start < p.Marks[0][0] && unicode.IsSpace(rune(text[p.Start])) {
			p.Start++
		}
		p.Text = text[p.Start:p.End]
		p.CutStart, p.CutEnd = strings.TrimSpace(text[:p.Start]) != "", strings.TrimSpace(text[p.End:]) != ""
		out = append(out, p)
	}
	return out
}

// max2 is the larger of a and b.
func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// wordStart moves i (clamped to text) back to the start of the word it
// falls in, and forward over spaces, keeping UTF-8 whole.
func wordStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	for i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= utf8.RuneLen(r)
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
		i++
	}
	return i
}

// wordEnd moves i (clamped to text) forward to the end of the word it
// falls in, keeping UTF-8 whole.
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}
