package read

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
)

// line is one line of a text, without its line break.
type line struct {
	start, end int // text[start:end] is the line without "\n" or "\r\n"
}

// splitLines returns the lines of text[from:] with their offsets.
func splitLines(text string, from int) []line {
	var out []line
	for i := from; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		next := len(text) + 1
		if j >= 0 {
			end = i + j
			next = end + 1
		}
		e := end
		if e > i && text[e-1] == '\r' {
			e--
		}
		out = append(out, line{i, e})
		i = next
	}
	return out
}

// Boilerplate patterns. Each matches a whole (trimmed) line.
var (
	photoCreditRe  = regexp.MustCompile(`(?i)^\(?\s*(?:(?:cover|lead|top|main|header|featured|live blog|live|staff|additional)\s+)?(?:photo(?:graph)?s?|photography|image|picture|video|illustration|collage)\s*(?:by|:|credit:?|courtesy(?: of)?)\s|^\(?\s*(?:credit|image credit|photo credit|source: getty)\s*:|(?:getty images|via reuters|/reuters|/ap photo|ap photo/[^)]*|/afp)\)?\.?$`)
	linkListHeadRe = regexp.MustCompile(`^(?:(?i:more (?:on|from|about|stories)|read (?:also|more|next)|also read|related(?: stories| articles| coverage| reading)?|see also|recommended(?: for you| reading)?|you may also like|most read|trending(?: now)?|latest news|further reading|more (?:[\p{L}'’]+ ){0,2}(?:coverage|stories|news)|don'?t miss|editor'?s picks|top stories|in case you missed it)\b|(?i:also (?:on|in|from)|elsewhere (?:on|in)) (?:(?i:the) )?(?:[\p{Lu}\d]|(?i:this|our|today'?s|these|the (?:site|web|app|newsletter|podcast|paper))\b))[^.!?]*:?$`)
	listItemRe     = regexp.MustCompile(`^\s*(?:[-•*–·→»▸›]|\d{1,2}[.)])\s+\S`)
	shareRe        = regexp.MustCompile(`(?i)^(?:advertisement(?:\s+advertisement)*|sponsored(?: content)?|share (?:this|on|via)\b.*|share|tweet|email|print|copy link|subscribe\b.*|sign up\b.*|follow (?:us|me)\b.*|click here\b.*|download (?:our|the) app\b.*|story continues below.*|continue reading.*|listen to (?:this|the) (?:article|story).*)$`)
	// postSigRe matches the signature that ends an embedded post, at the
	// end of a line: "— Elon Musk (@elonmusk) January 4, 2026".
	postSigRe = regexp.MustCompile(`(?:^|\s)[—–-]{1,2}\s*([^\s—–()@][^—–()@]{0,60}?)\s*\(@(\w{1,30})\)\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))?\s*$`)
	// postLeadRe matches a post that opens with its author, as articles
	// quote posts in running text: "Dmitri Varga (@dvarga): Without me
	// …", "> Ana Ruiz (@anaruiz) · Jun 5: “…”" (a blockquote mark, a
	// time after the handle and quotation marks around the text may come
	// with it).
	postLeadRe = regexp.MustCompile(`^(?:>\s*)?(\p{Lu}[^\s():@—–>][^():@—–>]{0,60}?)\s*\(@(\w{1,30})\)\s*(?:[·—–-][^:]{0,40})?:\s+(\S.*)$`)
	// postStampRe matches a line of a post's time and counts under its
	// text: "> 1:58 PM · Jun 5, 2025 · 48.2M views".
	postStampRe = regexp.MustCompile(`^>?\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*·`)
	// handleLineRe matches a line that is a post's handle alone, as a
	// post copied from a page opens: "@sloanewhitcombe", with the
	// author's name before it ("Sloane Whitcombe @sloanewhitcombe").
	handleLineRe = regexp.MustCompile(`^(?:(\p{Lu}[^@()\n]{0,60}?)\s+)?@([\w.]{2,30})$`)
	// handleLeadRe matches a post on one line opened by its handle and a
	// colon: "@twrenfield: Marchetti is a pathetic liar."
	handleLeadRe = regexp.MustCompile(`^(?:>\s*)?@([\w.]{2,30}):\s+(\S.*)$`)
	// postDateLineRe matches a post's date line under its text, with no
	// time: "Nov. 23, 2025", "23 November 2025".
	postDateLineRe = regexp.MustCompile(`^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})$`)
	// handleOrMediaRe marks a short paragraph as part of an embedded post.
	handleOrMediaRe = regexp.MustCompile(`@\w{2,}|pic\.twitter\.com/|https?://t\.co/`)
	// datelineRe matches a dateline opening the body: "Palm Beach, Florida -
	// ", "BRIDGEWATER, N.J. — (AP) — ", "WASHINGTON (Reuters) - ".
	datelineRe = regexp.MustCompile(`^([A-Z][\p{L}.'’]*(?:[ ,]+[A-Z][\p{L}.'’]*){0,5})\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\)\s*)?[-–—]{1,2}\s+(?:\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\)\s*[-–—]{1,2}\s+)?`)
	// writtenByRe ends a header line in its author: "… Written by Ana
	// Holt."; correspondentRe is a byline's first line: "From our
	// correspondent in Lagos", "By our staff reporter".
	writtenByRe     = regexp.MustCompile(`(?:^|[.!?]\s+)(?:Written|Reported|Compiled|Edited) by ([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3})\.?$`)
	correspondentRe = regexp.MustCompile(`(?i)^(?:from|by) (?:our|a) (?:own |special |staff |foreign |political )?(?:correspondent|reporter|staff writer)s?\b[^.!?]*$`)
	bylineRe        = regexp.MustCompile(`^(?i:by)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|der|la|le))*)(?:\s*[,|]\s*[\p{L} .&]+)?$`)
)

// blockMarker classifies the lines of an article body into blocks and
// finds embedded posts.
type blockMarker struct {
	text   string
	blocks []powermap.Block
	posts  []powermap.Post
}

// markBody labels the lines of text from offset from onward. Paragraphs of
// prose become body blocks (one per paragraph); boilerplate lines get their
// own kinds.
func markBody(text string, from int) ([]powermap.Block, []powermap.Post) {
	m := &blockMarker{text: text}
	lines := splitLines(text, from)
	kinds := make([]powermap.BlockKind, len(lines))
	inList := false
	handlePost := false // the lines after a handle line are its post's, up to a blank line or its date
	for i, ln := range lines {
		s := strings.TrimSpace(text[ln.start:ln.end])
		if s == "" {
			handlePost = false
			continue
		}
		if handlePost {
			kinds[i] = powermap.BlockPost
			handlePost = m.continueHandlePost(ln, s)
			continue
		}
		if m.handleLinePost(lines, i) {
			kinds[i] = powermap.BlockPost
			handlePost = true
			continue
		}
		switch {
		case inList && listItemRe.MatchString(s):
			kinds[i] = powermap.BlockLinkList
			continue
		case linkListHeadRe.MatchString(s) && (strings.HasSuffix(s, ":") || nextIsListItem(text, lines, i)):
			kinds[i] = powermap.BlockLinkList
			inList = true
			continue
		}
		inList = false
		switch {
		case len(s) < 200 && photoCreditRe.MatchString(s):
			kinds[i] = powermap.BlockPhotoCredit
		case len(s) < 120 && shareRe.MatchString(s):
			kinds[i] = powermap.BlockShare
		case postSigRe.MatchString(s):
			kinds[i] = powermap.BlockPost
		case m.leadPost(ln):
			kinds[i] = powermap.BlockPost
		case (strings.HasPrefix(s, ">") || postStampRe.MatchString(s)) && m.continuesLeadPost(ln):
			kinds[i] = powermap.BlockPost
		case isHeading(s) && i > 0 && !prevNonEmptyIsHeadingish(text, lines, i):
			kinds[i] = powermap.BlockHeading
		default:
			kinds[i] = powermap.BlockBody
		}
	}
	m.pullPosts(lines, kinds)
	slices.SortFunc(m.posts, func(a, b powermap.Post) int { return a.Start - b.Start })
	m.emit(lines, kinds)
	return m.blocks, m.posts
}

// leadPost records the line ln as a post if it opens with its author and
// handle ("Dmitri Varga (@dvarga): Without me …"): the text after the
// colon, without the quotation marks around it, is the post's.
func (m *blockMarker) leadPost(ln line) bool {
	s := m.text[ln.start:ln.end]
	ts := strings.TrimSpace(s)
	loc := postLeadRe.FindStringSubmatchIndex(ts)
	if loc == nil {
		if h := handleLeadRe.FindStringSubmatchIndex(ts); h != nil {
			// "@twrenfield: …": the handle alone names the author.
			loc = []int{h[0], h[1], h[2], h[2], h[2], h[3], h[4], h[5]}
		}
	}
	if loc == nil || loc[3] > loc[2] && !nameLike(ts[loc[2]:loc[3]]) {
		return false
	}
	off := ln.start + strings.Index(s, ts)
	start, end := trimSpan(m.text, off+loc[6], ln.end)
	for _, q := range []string{"“", "\""} {
		if strings.HasPrefix(m.text[start:end], q) {
			start += len(q)
			break
		}
	}
	for _, q := range []string{"”", "\""} {
		if strings.HasSuffix(m.text[start:end], q) {
			end -= len(q)
			break
		}
	}
	if start >= end {
		return false
	}
	m.posts = append(m.posts, powermap.Post{
		Author:    strings.TrimSpace(ts[loc[2]:loc[3]]),
		Handle:    ts[loc[4]:loc[5]],
		Start:     off,
		End:       ln.end,
		TextStart: start,
		TextEnd:   end,
	})
	return true
}

// handleLinePost records line i as the opening of a post if it holds a
// handle alone (perhaps after the author's name) and the line right
// after it holds text, as a post copied from a page is laid out:
//
//	@sloanewhitcombe
//	Turns out Rocco is a great guy …
//	2:15 PM · Jan 7, 2026
//
// The post's text is the lines after it, added by continueHandlePost.
func (m *blockMarker) handleLinePost(lines []line, i int) bool {
	ln := lines[i]
	ts := strings.TrimSpace(m.text[ln.start:ln.end])
	loc := handleLineRe.FindStringSubmatchIndex(ts)
	if loc == nil || i+1 >= len(lines) {
		return false
	}
	next := strings.TrimSpace(m.text[lines[i+1].start:lines[i+1].end])
	if next == "" || handleLineRe.MatchString(next) || postStampRe.MatchString(next) {
		return false
	}
	author := ""
	if loc[2] >= 0 {
		if author = strings.TrimSpace(ts[loc[2]:loc[3]]); !nameLike(author) {
			return false
		}
	}
	start, _ := trimSpan(m.text, ln.start, ln.end)
	m.posts = append(m.posts, powermap.Post{
		Author:    author,
		Handle:    strings.TrimRight(ts[loc[4]:loc[5]], "."),
		Start:     start,
		End:       ln.end,
		TextStart: lines[i+1].start,
		TextEnd:   lines[i+1].start,
	})
	return true
}

// continueHandlePost adds line ln (trimmed s) to the post a handle line
// opened, as its text or, ending it, its date line, and reports whether
// the post goes on.
func (m *blockMarker) continueHandlePost(ln line, s string) bool {
	p := &m.posts[len(m.posts)-1]
	p.End = ln.end
	if postStampRe.MatchString(s) || postDateLineRe.MatchString(s) {
		p.Posted = stampDate(s)
		return false
	}
	if p.TextStart == p.TextEnd {
		p.TextStart, _ = trimSpan(m.text, ln.start, ln.end)
	}
	_, p.TextEnd = trimSpan(m.text, ln.start, ln.end)
	return true
}

// nameLike reports whether an author before a handle reads as a name:
// every word capitalised but a name's particles ("Ana de la Cruz"), not
// a phrase ("Aides to Ana Ruiz").
func nameLike(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// nameParticles may stand lower-case inside a name.
var nameParticles = map[string]bool{"de": true, "del": true, "della": true, "da": true, "dos": true, "van": true, "von": true, "der": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "du": true, "di": true}

// stampDate returns the day of a post's time line: "2:15 PM · Jan 7,
// 2026" (the part after the first "·"), or a date alone ("Jan 7, 2026");
// zero if it gives none.
func stampDate(s string) time.Time {
	date := s
	if k := strings.Index(s, "·"); k >= 0 {
		date = strings.TrimSpace(strings.Split(s[k+len("·"):], "·")[0])
	}
	return parsePostDate(date)
}

// continuesLeadPost extends the post that opened with its author on the
// line right before ln with ln, a line of its blockquote ("> She should
// resign today.") or its time line, and reports whether it did.
func (m *blockMarker) continuesLeadPost(ln line) bool {
	if len(m.posts) == 0 {
		return false
	}
	p := &m.posts[len(m.posts)-1]
	if p.End+1 != ln.start && p.End+2 != ln.start { // ("\n" or "\r\n" between)
		return false
	}
	p.End = ln.end
	if s := strings.TrimSpace(m.text[ln.start:ln.end]); postStampRe.MatchString(s) {
		p.Posted = stampDate(s) // its time line: no text, the post's day
		return true
	}
	if _, end := trimSpan(m.text, ln.start, ln.end); end > p.TextEnd {
		p.TextEnd = end
	}
	return true
}

// nextIsListItem reports whether the next non-empty line after i is a list
// item.
func nextIsListItem(text string, lines []line, i int) bool {
	for _, ln := range lines[i+1:] {
		s := strings.TrimSpace(text[ln.start:ln.end])
		if s != "" {
			return listItemRe.MatchString(s)
		}
	}
	return false
}

// prevNonEmptyIsHeadingish keeps two short lines in a row from both being
// headings: the first of a pair of short lines is more likely a title.
func prevNonEmptyIsHeadingish(text string, lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		s := strings.TrimSpace(text[lines[j].start:lines[j].end])
		if s != "" {
			return isHeading(s)
		}
	}
	return false
}

// isHeading reports whether a line reads like a subheading: a few
// capitalised words with no sentence punctuation at the end.
func isHeading(s string) bool {
	if len(s) > 70 || strings.Count(s, " ") > 7 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,\"”’)'…", last) && !listItemRe.MatchString(s)
}

// pullPosts turns lines that end in a post signature into posts, reaching
// back over the paragraphs that hold the post's text: those separated from
// it by two or more blank lines (how embedded posts are laid out), or short
// ones that carry handles or media links.
func (m *blockMarker) pullPosts(lines []line, kinds []powermap.BlockKind) {
	for i := range lines {
		if kinds[i] != powermap.BlockPost {
			continue
		}
		sigLine := m.text[lines[i].start:lines[i].end]
		loc := postSigRe.FindStringSubmatchIndex(sigLine)
		if loc == nil {
			continue // a post that opened with its author, or its time line
		}
		first := i
		// The signature's own line may start with post text; walk back
		// paragraph by paragraph.
		for {
			prev, blanks := prevNonEmpty(m.text, lines, first)
			if prev < 0 || kinds[prev] != powermap.BlockBody {
				break
			}
			s := strings.TrimSpace(m.text[lines[prev].start:lines[prev].end])
			if blanks >= 2 || (blanks <= 1 && len(s) < 300 && handleOrMediaRe.MatchString(s) && !strings.ContainsAny(s, "“”\"")) {
				first = prev
				continue
			}
			if blanks == 0 && strings.HasPrefix(s, ">") && strings.HasPrefix(strings.TrimSpace(sigLine), ">") {
				// "> Tariq left this company …" above "> — Nathan Greer
				// (@ngreer) …": a post quoted as a block, its signature
				// inside it.
				first = prev
				continue
			}
			break
		}
		for j := first; j < i; j++ {
			if kinds[j] != "" {
				kinds[j] = powermap.BlockPost
			}
		}
		sigStart := lines[i].start + loc[0]
		// Skip the whitespace the match may start with.
		for sigStart < lines[i].end && (m.text[sigStart] == ' ' || m.text[sigStart] == '\t') {
			sigStart++
		}
		p := powermap.Post{
			Author: strings.TrimSpace(sigLine[loc[2]:loc[3]]),
			Handle: sigLine[loc[4]:loc[5]],
			Start:  lines[first].start,
			End:    lines[i].end,
		}
		if loc[6] >= 0 {
			p.Posted = parsePostDate(sigLine[loc[6]:loc[7]])
		}
		p.TextStart, p.TextEnd = trimSpan(m.text, lines[first].start, sigStart)
		for p.TextStart < p.TextEnd && (m.text[p.TextStart] == '>' || m.text[p.TextStart] == ' ') {
			p.TextStart++ // a block quotation's mark
		}
		for p.TextEnd > p.TextStart && strings.ContainsRune("> \t\n", rune(m.text[p.TextEnd-1])) {
			p.TextEnd-- // the mark of the signature's own line
		}
		if p.TextStart >= p.TextEnd { // a signature line alone: no text
			p.TextStart, p.TextEnd = sigStart, sigStart
		}
		m.posts = append(m.posts, p)
	}
}

// prevNonEmpty returns the index of the last non-empty line before i and
// how many blank lines lie between them (-1 if there is none).
func prevNonEmpty(text string, lines []line, i int) (int, int) {
	blanks := 0
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(text[lines[j].start:lines[j].end]) != "" {
			return j, blanks
		}
		blanks++
	}
	return -1, blanks
}

// emit turns line kinds into blocks: consecutive body lines of one paragraph
// form one block, consecutive lines of a post or link list form one block.
func (m *blockMarker) emit(lines []line, kinds []powermap.BlockKind) {
	for i := 0; i < len(lines); {
		k := kinds[i]
		if k == "" {
			i++
			continue
		}
		j := i + 1
		switch k {
		case powermap.BlockBody:
			// A line that ends a sentence ends the paragraph; others were
			// wrapped.
			for j < len(lines) && kinds[j] == k && !endsSentence(m.text[lines[j-1].start:lines[j-1].end]) {
				j++
			}
		case powermap.BlockPost, powermap.BlockLinkList:
			// These may span blank lines.
			for j < len(lines) && (kinds[j] == k || (kinds[j] == "" && nextKind(kinds, j) == k && !endsPost(m.text, lines, kinds, j, k))) {
				j++
			}
		}
		start, end := trimSpan(m.text, lines[i].start, lines[j-1].end)
		if start < end {
			m.blocks = append(m.blocks, powermap.Block{Kind: k, Start: start, End: end})
		}
		i = j
	}
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t”’\"')")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")
}

// endsPost reports whether a post block must stop before line j: a
// signature line ends a post, so a following post starts a new block.
func endsPost(text string, lines []line, kinds []powermap.BlockKind, j int, k powermap.BlockKind) bool {
	if k != powermap.BlockPost {
		return false
	}
	for p := j - 1; p >= 0; p-- {
		if kinds[p] != "" {
			return postSigRe.MatchString(strings.TrimSpace(text[lines[p].start:lines[p].end]))
		}
	}
	return false
}

// nextKind returns the kind of the next classified line at or after j.
func nextKind(kinds []powermap.BlockKind, j int) powermap.BlockKind {
	for ; j < len(kinds); j++ {
		if kinds[j] != "" {
			return kinds[j]
		}
	}
	return ""
}

// trimSpan narrows [start, end) of text to exclude surrounding whitespace.
func trimSpan(text string, start, end int) (int, int) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}
