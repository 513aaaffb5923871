// Package tokens is the first stage of extraction: it splits the
// readable spans of an article (prose blocks and the text of embedded
// posts) into tokens and sentences, and pairs the quotation marks of each
// paragraph, marking the tokens inside them (Doc.Quoted, Doc.QuoteSpans).
// Every token keeps its byte offsets; the text is never changed.
package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
)

// stage is the document while the stage runs.
type stage struct{ *doc.Doc }

// Run adds the token, sentence and quotation-mark layers to d.
func Run(d *doc.Doc) {
	s := &stage{d}
	s.splitSentences()
	s.findQuoteSpans()
}

// abbreviations keep their period inside the token and do not end a
// sentence; sentenceEndAbbreviations may end a sentence when a function
// word follows ("… joined Quillfeather Inc. The company …"); webDomains
// end names written as web addresses ("RadarOnline.com"). From
// rules/abbreviations.txt.
var (
	abbreviations            = map[string]bool{}
	sentenceEndAbbreviations = map[string]bool{}
	webDomains               []string
)

func init() {
	for _, line := range rules.Lines("abbreviations.txt") {
		f := strings.Fields(line)
		switch f[0] {
		case "abbrev":
			for _, w := range f[1:] {
				abbreviations[w] = true
			}
		case "sentence-end":
			for _, w := range f[1:] {
				sentenceEndAbbreviations[w] = true
			}
		case "domain":
			webDomains = append(webDomains, f[1:]...)
		default:
			panic("rules/abbreviations.txt: unknown class " + f[0])
		}
	}
}

// tokenize splits text[start:end] into tokens appended to d.Tokens.
func (d *stage) tokenize(start, end int) {
	t := d.Text
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
			continue
		case r == '@' && i+1 < end && isWordByte(t[i+1]):
			j := i + 1
			for j < end && (isWordByte(t[j]) || t[j] == '_') {
				j++
			}
			d.addToken(i, j, true)
			i = j
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := d.wordEnd(i, end)
			d.addToken(i, j, true)
			i = j
			continue
		case (r == '’' || r == '\'') && i+n < end && (t[i+n] == 's' || t[i+n] == 'S') && (i+n+1 >= end || !isLetterAt(t, i+n+1)):
			// The possessive "’s" is one token.
			d.addToken(i, i+n+1, false)
			i += n + 1
			continue
		}
		d.addToken(i, i+n, false)
		i += n
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// wordEnd finds the end of the word starting at i: letters and digits,
// with inner hyphens ("Mar-a-Lago"), inner apostrophes ("don't", but "’s"
// is split off), number punctuation ("1,000.5"), initialisms ("U.S.",
// "J.D.") and known abbreviations ("Sen.").
func (d *stage) wordEnd(i, end int) int {
	t := d.Text
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(t[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			j += n
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(t[j+n:])
		switch {
		case (r == '-' || r == '‑') && (unicode.IsLetter(next) || unicode.IsDigit(next)):
			j += n
			continue
		case (r == '\'' || r == '’') && unicode.IsLetter(next):
			// Split a possessive "’s" (followed by a non-letter).
			if (next == 's' || next == 'S') && (j+n+1 >= end || !isLetterAt(t, j+n+1)) {
				return j
			}
			j += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(next) && j > i && isDigitBefore(t, j):
			j += n
			continue
		}
		break
	}
	// Initialisms: single letters each followed by a period ("U.S.", "J.D.").
	if j-i == 1 && j < end && t[j] == '.' {
		k := j // at a period
		for k+2 < end && isASCIILetter(t[k+1]) && t[k+2] == '.' {
			k += 2
		}
		if k > j {
			return k + 1
		}
		// A single initial: "J. Smith" keeps its period.
		if isASCIIUpper(t[i]) && j+1 < end && t[j+1] == ' ' {
			return j + 1
		}
	}
	if j < end && t[j] == '.' && abbreviations[t[i:j]] {
		return j + 1
	}
	if h := strings.LastIndexByte(t[i:j], '-'); h > 0 && j < end && t[j] == '.' && abbreviations[t[i+h+1:j]] && j+1 < end && (t[j+1] == ',' || t[j+1] == ')') {
		// A party and state: "R-Minn.," keeps its period.
		return j + 1
	}
	// A web name keeps its domain: "RadarOnline.com".
	if j < end && t[j] == '.' && j > i {
		for _, tld := range webDomains {
			k := j + 1 + len(tld)
			if k <= end && t[j+1:k] == tld && (k == end || !isLetterAt(t, k) && !unicode.IsDigit(rune(t[k]))) {
				return k
			}
		}
	}
	return j
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isASCIIUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

func isDigitBefore(t string, j int) bool {
	return j > 0 && t[j-1] >= '0' && t[j-1] <= '9'
}

func (d *stage) addToken(start, end int, word bool) {
	r, _ := utf8.DecodeRuneInString(d.Text[start:])
	d.Tokens = append(d.Tokens, doc.Token{Start: start, End: end, Text: d.Text[start:end], Lower: strings.ToLower(d.Text[start:end]), Cap: unicode.IsUpper(r), Word: word})
}

// closers may follow a sentence's final punctuation.
const closers = "”’\")]'"

// splitSentences tokenizes each readable span (prose blocks and the text of
// embedded posts) and splits it into sentences: after ". ! ? …" (and any
// closing quotes) when the next token starts a sentence, and at line
// breaks.
func (d *stage) splitSentences() {
	a := d.Article
	type span struct {
		start, end, post int
		title            bool
	}
	var spans []span
	for _, b := range a.Blocks {
		switch {
		case b.Kind.IsProse():
			spans = append(spans, span{b.Start, b.End, -1, b.Kind != powermap.BlockBody})
		case b.Kind == powermap.BlockPost:
			// (one block may hold several posts in a row)
			for pi, p := range a.Posts {
				if p.Start < b.Start || p.Start >= b.End {
					continue
				}
				start := p.TextStart
				if p.TextStart > p.Start {
					// The signature ("Sam Orr (@samorr): …", a handle
					// line) names the post's author, who may be named
					// nowhere else: it opens the post's first sentence.
					start = p.Start
				}
				spans = append(spans, span{start, p.TextEnd, pi, false})
			}
		}
	}
	for _, s := range spans {
		first := len(d.Tokens)
		d.tokenize(s.start, s.end)
		last := len(d.Tokens)
		begin := first
		for k := first; k < last; k++ {
			if !d.endsSentence(k, last) {
				continue
			}
			end := k + 1
			for end < last && len(d.Tokens[end].Text) <= 3 && strings.Contains(closers, d.Tokens[end].Text) && d.Tokens[end].Start == d.Tokens[end-1].End {
				end++
			}
			d.addSentence(begin, end, s.post, s.title)
			begin = end
			k = end - 1
		}
		if begin < last {
			d.addSentence(begin, last, s.post, s.title)
		}
	}
}

// endsSentence reports whether token k ends a sentence.
func (d *stage) endsSentence(k, last int) bool {
	t := d.Tokens[k]
	if k+1 >= last {
		return false
	}
	// A line break inside a block ends the sentence.
	if strings.Contains(d.Text[t.End:d.Tokens[k+1].Start], "\n") {
		return true
	}
	switch t.Text {
	case ".", "!", "?", "…":
	default:
		// An initialism or a company suffix at a sentence end: "in the
		// U.S. The …", "Quillfeather Inc. The company …".
		if strings.HasSuffix(t.Text, ".") && len(t.Text) > 2 && (strings.Count(t.Text, ".") > 1 || sentenceEndAbbreviations[t.Text]) {
			n := d.NextWord(k + 1)
			return n >= 0 && rules.FunctionWords[d.Tokens[n].Text]
		}
		return false
	}
	n := k + 1
	for n < last && strings.Contains(closers, d.Tokens[n].Text) {
		n++
	}
	if n >= last {
		return false
	}
	next := d.Tokens[n]
	// “Is the letter fake?” Musk wrote. — a question or exclamation in
	// quotation marks does not end the sentence that attributes it.
	if t.Text != "." && n > k+1 && d.attributionAt(n, last) {
		return false
	}
	if next.Cap || strings.ContainsAny(next.Text, "“\"‘(") || (next.Word && next.Text[0] >= '0' && next.Text[0] <= '9') {
		return true
	}
	return false
}

// attributionAt reports whether the tokens from n read "Name [Name …]
// said" or "said Name": the attribution of a quotation just closed.
func (d *stage) attributionAt(n, last int) bool {
	k := n
	for k < last && k < n+4 && d.Tokens[k].Cap && d.Tokens[k].Word {
		k++
	}
	if k < last && rules.SpeechVerbs[d.Tokens[k].Text] {
		return true
	}
	return k == n && k < last && rules.SpeechVerbs[d.Tokens[k].Text]
}

func (d *stage) addSentence(first, last, post int, title bool) {
	if first >= last {
		return
	}
	d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End, First: first, Last: last, Post: post, Title: title})
}
