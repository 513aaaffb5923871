package read

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
)

// dateHeaderRe matches the " date YYYY-MM-DD " header some article files
// start with; the article text follows on the same line.
var dateHeaderRe = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)`)

// CheckText rejects data that cannot be an article's text: empty, binary or
// not UTF-8. The error says which, and where.
func CheckText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("%w: empty", powermap.ErrInvalid)
	}
	// A NUL byte anywhere means binary data: text never has one, and a
	// file that is text for 8 KiB and then binary is not an article either.
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: binary data (NUL byte at offset %d), not an article", powermap.ErrInvalid, i)
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return fmt.Errorf("%w: binary data (%d control bytes in the first %d), not an article", powermap.ErrInvalid, ctrl, len(head))
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w: not valid UTF-8 (first bad byte at offset %d)", powermap.ErrInvalid, off)
	}
	return nil
}

// ParseText reads a plain-text article in the styles news archives use: an
// optional " date YYYY-MM-DD" header opening the first line, or a
// publication-time line ("Dec 20, 2024 11:54 AM EST") near the top; a
// headline; a byline ("By Evan Williams"); a dateline opening the body
// ("Palm Beach, Florida - …"). The text is kept byte for byte; headers,
// bylines and boilerplate are marked as blocks.
func ParseText(source string, data []byte) (*powermap.Article, error) {
	if err := CheckText(data); err != nil {
		return nil, err
	}
	text := string(data)
	a := &powermap.Article{
		Name:   nameFromSource(source),
		Source: source,
		Format: "text",
		Text:   text,
	}
	pos := 0
	if m := dateHeaderRe.FindStringSubmatchIndex(text); m != nil {
		if t, p, ok := parseISO(text[m[2]:m[3]]); ok {
			a.Published, a.PublishedPrecision = t, p
		}
		s, e := trimSpan(text, 0, m[1])
		a.Blocks = append(a.Blocks, powermap.Block{Kind: powermap.BlockMeta, Start: s, End: e})
		pos = m[1]
	}
	pos = readHeaderLines(a, pos)
	blocks, posts := markBody(text, pos)
	a.Blocks = append(a.Blocks, blocks...)
	a.Posts = posts
	finishArticle(a)
	if !hasProse(a) {
		return nil, fmt.Errorf("%w: no article text (only headers and boilerplate)", powermap.ErrInvalid)
	}
	return a, nil
}

// readHeaderLines consumes the head of the article from pos: date lines,
// the headline and the byline, in whatever order the top few lines give
// them, with the section label above the headline, the summary under it
// and a photographer's credit. It returns where the body starts.
func readHeaderLines(a *powermap.Article, pos int) int {
	text := a.Text
	lines := splitLines(text, pos)
	// Look at the first few non-empty lines only, up to the first
	// paragraph of the body.
	var head []line
	for _, ln := range lines {
		s := strings.TrimSpace(text[ln.start:ln.end])
		if s == "" {
			continue
		}
		if len(s) > 300 || len(head) > 0 && datelineRe.MatchString(s) && findDateline(s) != "" || strings.HasPrefix(s, ">") || postLeadRe.MatchString(s) || handleLineRe.MatchString(s) || handleLeadRe.MatchString(s) {
			break // (a quoted line or a post, with its own time line, is the body's)
		}
		head = append(head, ln)
		if len(head) == 8 {
			break
		}
	}
	kind := make([]powermap.BlockKind, len(head))
	for i, ln := range head {
		s := strings.TrimSpace(text[ln.start:ln.end])
		t, p, ok := parseDateLine(s)
		var byline string
		if !ok {
			// "Posted by Mira Tan · Feb 20, 2026, 9:14 AM PT · 6 min
			// read", "By Ana Holt | June 22, 2026": a date among the
			// line's parts.
			for _, part := range headerParts(s) {
				if pt, pp, pok := parseDateLine(part); pok && !ok {
					t, p, ok = pt, pp, true
				} else if m := bylineRe.FindStringSubmatch(postedByRe.ReplaceAllString(part, "")); m != nil && byline == "" {
					byline = m[1]
				}
			}
		}
		if ok {
			kind[i] = powermap.BlockMeta
			if a.PublishedPrecision == powermap.PrecisionNone || p > a.PublishedPrecision && sameDay(a, t) {
				a.Published, a.PublishedPrecision = t, p
			}
			if byline != "" && a.Byline == "" {
				a.Byline = byline
			}
			continue
		}
		if len(s) < 80 && bylineRe.MatchString(s) {
			kind[i] = powermap.BlockByline
			a.Byline = bylineRe.FindStringSubmatch(s)[1]
		} else if k := strings.IndexAny(s, "·|•"); byline != "" && k > 0 && len(s) < 120 && sectionLabel(strings.TrimSpace(s[:k])) {
			// "THE SCENE | By Ana Holt": a section's label, then the byline.
			kind[i] = powermap.BlockByline
			if a.Byline == "" {
				a.Byline = byline
			}
		} else if len(s) < 200 && photoCreditRe.MatchString(s) {
			kind[i] = powermap.BlockPhotoCredit
		} else if m := writtenByRe.FindStringSubmatch(s); m != nil && len(s) < 300 {
			// "A weekly newsletter on … Written by Ana Holt.": a
			// newsletter's description, ending in its author.
			kind[i] = powermap.BlockByline
			if a.Byline == "" {
				a.Byline = strings.TrimSuffix(m[1], ".")
			}
		} else if i+1 < len(head) && correspondentRe.MatchString(s) {
			// "From our correspondent in Puerto Sal" over "Ana Holt":
			// both the byline.
			if n := strings.TrimSpace(text[head[i+1].start:head[i+1].end]); nameLine(n) {
				kind[i], kind[i+1] = powermap.BlockByline, powermap.BlockByline
				if a.Byline == "" {
					a.Byline = n
				}
			}
		}
	}
	// "Ana Holt in New York and Ben Roe in Washington", "Harriet Lomax,
	// Political Editor": names alone on the line right before the date,
	// under a headline, are the byline.
	for i := 1; i+1 < len(head); i++ {
		if kind[i] == "" && kind[i-1] == "" && kind[i+1] == powermap.BlockMeta {
			if s := strings.TrimSpace(text[head[i].start:head[i].end]); namesOnly(s) {
				kind[i] = powermap.BlockByline
				if a.Byline == "" {
					a.Byline = s
				}
			}
		}
	}
	// A line right before a date line or byline is the headline.
	last := -1
	for i := range head {
		if kind[i] == powermap.BlockMeta || kind[i] == powermap.BlockByline {
			last = i
			if i > 0 && kind[i-1] == "" && len(strings.TrimSpace(text[head[i-1].start:head[i-1].end])) < 300 {
				kind[i-1] = powermap.BlockTitle
			}
		}
	}
	if last < 0 && len(head) >= 1 && a.PublishedPrecision != powermap.PrecisionNone && strings.TrimSpace(text[head[0].end:]) != "" && lineStartsText(text, head[0].start) {
		// " date 2026-01-23 " over "Labor Secretary Resigns After …"
		// and the story: a short line with no sentence's end under the
		// date header is the headline.
		if headlineLine(strings.TrimSpace(text[head[0].start:head[0].end])) {
			kind[0], last = powermap.BlockTitle, 0
		}
	}
	if last < 0 {
		return pos
	}
	if n := last + 1; n < len(head) && !slices.Contains(kind, powermap.BlockTitle) {
		// "Posted: 11/18/2025 6:42 PM ET" over "Pell and Reyes meet": a
		// short line with no sentence's end right under the date, before
		// the body, is the headline.
		if headlineLine(strings.TrimSpace(text[head[n].start:head[n].end])) {
			kind[n], last = powermap.BlockTitle, n
		}
	}
	// The lines above the last header line are the header: short lines
	// with no sentence's end are section labels ("BIOTECH | LEADERSHIP",
	// "THE OPEN LEDGER"); the headline is the one right above the first
	// line that is a date or byline, or the first sentence-like line; a
	// line between it and the byline is the summary, prose that states
	// what the story does (read as body text).
	title := -1
	for i := 0; i <= last; i++ {
		if kind[i] == powermap.BlockTitle {
			if title < 0 {
				title = i
			} else {
				kind[i] = powermap.BlockBody
			}
		}
	}
	for i := 0; i <= last; i++ {
		if kind[i] != "" {
			continue
		}
		s := strings.TrimSpace(text[head[i].start:head[i].end])
		switch {
		case title < 0 || i < title && sectionLabel(s):
			kind[i] = powermap.BlockMeta
			if title < 0 && !sectionLabel(s) {
				kind[i], title = powermap.BlockTitle, i
			}
		case i < title:
			kind[i], kind[title] = powermap.BlockTitle, powermap.BlockBody
			title = i
		default:
			kind[i] = powermap.BlockBody
		}
	}
	for i := 0; i <= last; i++ {
		s, e := trimSpan(text, head[i].start, head[i].end)
		a.Blocks = append(a.Blocks, powermap.Block{Kind: kind[i], Start: s, End: e})
		if kind[i] == powermap.BlockTitle {
			a.Title = text[s:e]
		}
		pos = head[i].end
	}
	return pos
}

// postedByRe is what may stand before "by" in a byline among a header
// line's parts ("Posted by Mira Tan").
var postedByRe = regexp.MustCompile(`^(?i:posted|written|reported|words)\s+`)

// headlineLine reports whether header line t may be a headline: short,
// with no sentence's or quotation's end, and no dateline opening it.
func headlineLine(t string) bool {
	return len(t) < 200 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "\"") && !strings.HasSuffix(t, "”") && findDateline(t) == ""
}

// lineStartsText reports whether a paragraph break follows the line at
// pos: a line that stands alone.
func lineStartsText(text string, pos int) bool {
	end := strings.IndexByte(text[pos:], '\n')
	return end >= 0 && strings.HasPrefix(text[pos+end:], "\n\n") || end >= 0 && strings.HasPrefix(text[pos+end:], "\n\r\n")
}

// headerParts splits a header line at the separators sites set between
// its parts: "·", "|", "•".
func headerParts(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// sectionLabel reports whether header line s is a section label or the
// publication's name, not a headline: all in capitals, one or two words
// ("Politics"), or short with parts split by "|" or "/" and no sentence
// in it.
func sectionLabel(s string) bool {
	if strings.ToUpper(s) == s || len(strings.Fields(s)) <= 2 && len(s) < 30 && !strings.ContainsAny(s, ".?!") {
		return true
	}
	return len(s) < 60 && strings.ContainsAny(s, "|/") && !strings.ContainsAny(s, ".?!:")
}

// namesOnly reports whether s is only names, places and a job title, as
// a byline without "By" gives them: every word capitalised but "and",
// "in", "of", "at", "for", ten words or fewer, no sentence's end.
// nameLine reports whether s is one name alone on its line: two to four
// capitalised words ("Jakob Thornquist-Mbeki").
func nameLine(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(s, ".?!:;,\"“”") {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func namesOnly(s string) bool {
	words := strings.Fields(strings.NewReplacer(",", " ", "&", " and ").Replace(s))
	if len(words) < 2 || len(words) > 10 || strings.ContainsAny(s, ".?!:;\"“”") {
		return false
	}
	caps := 0
	for _, w := range words {
		switch w {
		case "and", "in", "of", "at", "for":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		caps++
	}
	return caps >= 2 && (strings.Contains(s, ",") || strings.Contains(s, " and ") || strings.Contains(s, " in "))
}

// sameDay reports whether t falls on the day a already has, so that a
// date-time line can refine a date header but not contradict it.
func sameDay(a *powermap.Article, t time.Time) bool {
	y, m, d := t.Date()
	ay, am, ad := a.Published.Date()
	return y == ay && m == am && d == ad
}

// finishArticle fills what the readers derive the same way: the dateline
// opening the first body block, and a title from the first sentence when
// the source had none.
func finishArticle(a *powermap.Article) {
	bodies := 0
	for _, b := range a.Blocks {
		if b.Kind != powermap.BlockBody || a.Dateline != "" {
			continue
		}
		// (the story's first paragraph may follow the summary under the
		// headline)
		if bodies++; bodies > 2 {
			break
		}
		a.Dateline = findDateline(a.Text[b.Start:b.End])
		para := a.Text[b.Start:b.End]
		if m := datedDatelineRe.FindStringSubmatchIndex(para); a.Dateline == "" && m != nil {
			// "SPRINGFIELD, Ill., March 26, 2026 - …": a dateline with
			// its date, which dates the article when no header did.
			if t, p, ok := parseDateLine(para[m[4]:m[5]]); ok {
				a.Dateline = para[:m[5]]
				if a.PublishedPrecision == powermap.PrecisionNone {
					a.Published, a.PublishedPrecision = t, p
				}
			}
		}
	}
	for _, b := range a.Blocks {
		if b.Kind != powermap.BlockBody {
			continue
		}
		if a.Title == "" {
			p := a.Text[b.Start:b.End]
			if m := datelineRe.FindStringIndex(p); m != nil && a.Dateline != "" {
				p = p[m[1]:]
			}
			a.Title = firstSentence(p, 140)
		}
		break
	}
}

// datedDatelineRe matches a dateline that gives the date after the place:
// "SPRINGFIELD, Ill., March 26, 2026 - ", "CHICAGO, Jan. 22, 2027 — ".
var datedDatelineRe = regexp.MustCompile(`^([A-Z][\p{L}.'’]*(?:[ ,]+[A-Z][\p{L}.'’]*){0,5}),\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\)\s*)?[-–—]{1,2}\s+`)

// findDateline returns the place a paragraph opens with, as in "Palm
// Beach, Florida - Elon Musk joined…", or "".
func findDateline(p string) string {
	m := datelineRe.FindStringSubmatch(p)
	if m == nil || len(m[1]) > 48 {
		return ""
	}
	place := strings.TrimRight(m[1], " ,")
	first := strings.Fields(place)[0]
	// A place, not the subject of a sentence with a dash: it has a comma
	// ("Palm Beach, Florida") or is in capitals ("WASHINGTON").
	if !strings.Contains(place, ",") && (strings.ToUpper(first) != first || len(first) < 3) {
		return ""
	}
	// Nor a fronted time before the subject: "On Wednesday, Tom Reed —
	// the founder of … — criticized …".
	for _, w := range strings.Fields(place) {
		if notInDatelines[strings.ToLower(strings.Trim(w, ",."))] {
			return ""
		}
	}
	return place
}

// notInDatelines are words no place of a dateline holds: prepositions
// and words of time that open a sentence before its subject.
var notInDatelines = map[string]bool{
	"on": true, "in": true, "at": true, "after": true, "before": true, "during": true, "since": true,
	"until": true, "by": true, "for": true, "when": true, "while": true, "last": true, "earlier": true,
	"later": true, "yesterday": true, "today": true, "tonight": true, "this": true, "that": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// firstSentence returns the start of p up to its first sentence end, cut to
// at most max bytes on a word boundary. A period after an initial or a
// short abbreviation ("J.D.", "N.J.", "Sen.") does not end a sentence.
func firstSentence(p string, max int) string {
	for i := 0; i+1 < len(p); i++ {
		if p[i] != '.' || p[i+1] != ' ' {
			continue
		}
		w := p[strings.LastIndexByte(p[:i], ' ')+1 : i]
		if len(w) <= 3 || strings.Contains(w, ".") {
			continue
		}
		p = p[:i+1]
		break
	}
	if len(p) <= max {
		return p
	}
	cut := strings.LastIndexByte(p[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(p[cut]) {
			cut--
		}
	}
	return p[:cut] + "…"
}

// hasProse reports whether the article has any body text.
func hasProse(a *powermap.Article) bool {
	for _, b := range a.Blocks {
		if b.Kind == powermap.BlockBody && b.End-b.Start >= 20 {
			return true
		}
	}
	return false
}

// nameFromSource derives an article's name from its file name or URL path:
// the last path element without its extension.
func nameFromSource(source string) string {
	s := source
	if i := strings.IndexAny(s, "?#"); i >= 0 && strings.Contains(s, "://") {
		s = s[:i]
	}
	s = strings.TrimRight(s, "/")
	base := filepath.Base(s)
	if strings.Contains(source, "://") {
		base = s[strings.LastIndexByte(s, '/')+1:]
	}
	if ext := filepath.Ext(base); ext != "" && len(ext) <= 6 {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == "-" {
		return "stdin"
	}
	return base
}
