package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one syntactic word of a sentence.
type Token struct {
	Start, End int    // byte offsets into the text given to Tokenize; text[Start:End] is the word's own bytes
	Form       string // text[Start:End]
	UPOS       string // Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, ...
	XPOS       string // Penn tag: NN, VBD, ...
	Lemma      string // lower-case lemma ("met"->"meet", "n't"->"not"); proper nouns keep their case
	Head       int    // index of the head token within the sentence slice; -1 for the root
	Rel        string // UD basic relation with subtype, as in column 8 of EWT: "nsubj", "obl:agent", ...
}

// abbreviations keep their final period inside the token, as the English
// Web Treebank does ("Mr.", "Jan.", "Inc."). Single letters ("J.") and
// initialisms ("U.S.", "a.m.") are recognized without this list.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "rev": true, "hon": true,
	"sen": true, "rep": true, "reps": true, "gov": true, "pres": true, "gen": true, "lt": true,
	"col": true, "capt": true, "cmdr": true, "adm": true, "sgt": true, "maj": true, "cpl": true,
	"jr": true, "sr": true, "st": true, "mt": true, "ft": true, "ave": true, "blvd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "bros": true, "dept": true, "univ": true, "assn": true,
	"vs": true, "etc": true, "approx": true, "est": true, "fig": true, "no": true, "nos": true, "vol": true,
	"ca": true, "cf": true, "esp": true, "attn": true, "ext": true, "tel": true,
}

// hyphenPrefixes are the word-initial elements the English Web Treebank
// keeps attached to the rest of a hyphenated word ("co-founder",
// "non-profit", "e-mail"); other hyphens are tokens of their own.
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "re": true, "mid": true, "post": true,
	"co": true, "over": true, "pro": true, "multi": true, "ex": true, "sub": true, "semi": true,
	"psycho": true, "neo": true, "cross": true, "vice": true, "un": true, "socio": true,
	"micro": true, "intra": true, "inter": true, "counter": true, "arch": true, "ultra": true,
	"mega": true, "mini": true, "quasi": true, "bi": true, "tri": true, "de": true, "trans": true,
}

// clitics are the contractions split from the word before them ("'s",
// "'re", ...), keyed by their lower-case letters after the apostrophe.
var clitics = map[string]bool{"s": true, "re": true, "ve": true, "ll": true, "d": true, "m": true}

// fusedWords are single words the treebank writes as two ("cannot" is
// "can" + "not"); the value is the length of the first part.
var fusedWords = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3}

// Tokenize splits text[start:end] (one sentence) into UD words with
// absolute byte offsets, following the conventions of the English Web
// Treebank where they matter for syntax: possessive and contracted clitics
// are words of their own ("Musk’s" is "Musk" + "’s", "didn't" is "did" +
// "n't", "can't" is "ca" + "n't", "cannot" is "can" + "not"), punctuation
// and quotes are split off, a currency sign is its own word ("$3.5" is "$"
// + "3.5"), while abbreviations ("Mr.", "Jan.", "U.S.", "a.m."), numbers
// ("1,000", "3.5", "10:30", "9/11"), prefixed words ("co-founder"), handles
// ("@POTUS"), hashtags, e-mail addresses and URLs stay whole. Every
// token's Form is exactly text[Start:End]; Head is -1 until Parse.
func Tokenize(text string, start, end int) []Token {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end {
		return nil
	}
	tk := tokenizer{text: text, end: end}
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isSpace(r):
			i += n
		case r == '@' || r == '#':
			j := i + n
			for j < end {
				c, m := utf8.DecodeRuneInString(text[j:end])
				if !isWordRune(c) && c != '_' {
					break
				}
				j += m
			}
			if j > i+n {
				tk.emit(i, j)
				i = j
			} else {
				tk.emit(i, i+n)
				i += n
			}
		case isWordRune(r):
			if j := tk.urlOrEmail(i); j > i {
				tk.emit(i, j)
				i = j
				continue
			}
			i = tk.word(i)
		case isApostrophe(r):
			if j := tk.clitic(i, n); j > i {
				tk.emit(i, j)
				i = j
				continue
			}
			tk.emit(i, i+n)
			i += n
		default:
			j := i + n
			switch {
			case r == '.' || r == '!' || r == '?':
				for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
					j++ // "...", "!!!", "?!"
				}
			case strings.ContainsRune("-*=~_+<>", r):
				for j < end && rune(text[j]) == r {
					j++ // "--", "<<"
				}
			}
			tk.emit(i, j)
			i = j
		}
	}
	return tk.toks
}

// tokenizer holds the state of one Tokenize call.
type tokenizer struct {
	text string
	end  int
	toks []Token
}

func (tk *tokenizer) emit(i, j int) {
	tk.toks = append(tk.toks, Token{Start: i, End: j, Form: tk.text[i:j], Head: -1})
}

// urlOrEmail returns the end of a URL or e-mail address starting at i, or
// i when there is none.
func (tk *tokenizer) urlOrEmail(i int) int {
	t := tk.text[i:tk.end]
	lower := strings.ToLower(t[:min(len(t), 8)])
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
	j := 0
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if isSpace(r) || r == '"' || r == '“' || r == '”' || r == '<' || r == '>' {
			break
		}
		j += n
	}
	cand := t[:j]
	if !isURL {
		at := strings.IndexByte(cand, '@')
		if at <= 0 || !strings.Contains(cand[at:], ".") {
			return i
		}
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for len(cand) > 0 {
		r, n := utf8.DecodeLastRuneInString(cand)
		if strings.ContainsRune(".,;:!?)]}'’\"", r) {
			if r == ')' && strings.Contains(cand, "(") {
				break
			}
			cand = cand[:len(cand)-n]
			continue
		}
		break
	}
	if !isURL && !strings.Contains(cand[strings.IndexByte(cand, '@'):], ".") {
		return i
	}
	return i + len(cand)
}

// clitic returns the end of a contraction clitic ("'s", "’re", ...) that
// starts with the apostrophe at i and directly follows a word, or i.
func (tk *tokenizer) clitic(i, n int) int {
	if len(tk.toks) == 0 || tk.toks[len(tk.toks)-1].End != i {
		return i
	}
	prev, _ := utf8.DecodeLastRuneInString(tk.toks[len(tk.toks)-1].Form)
	if !isWordRune(prev) {
		return i
	}
	j := i + n
	k := j
	for k < tk.end && k-j < 3 && isASCIILetter(tk.text[k]) {
		k++
	}
	if k == j || !clitics[strings.ToLower(tk.text[j:k])] || k < tk.end && isWordStart(tk.text, k, tk.end) {
		return i
	}
	return k
}

// word scans the word starting at i, emits it (split into its syntactic
// words) and returns where it ends.
func (tk *tokenizer) word(i int) int {
	t, end := tk.text, tk.end
	j := i
	seg := i // start of the current hyphen-separated segment
	for j < end {
		r, n := utf8.DecodeRuneInString(t[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[i:j])
		var next rune
		if j+n < end {
			next, _ = utf8.DecodeRuneInString(t[j+n : end])
		}
		switch {
		case r == '.':
			if isWordRune(next) {
				// "U.S", "3.5", "a.m", but not "said.Then" (a missing space)
				nn := utf8.RuneLen(next)
				if !(unicode.IsUpper(next) && j+n+nn < end && isLower(t, j+n+nn)) {
					j += n
					continue
				}
			}
			w := t[i:j]
			if strings.Contains(w, ".") || abbreviations[strings.ToLower(w)] {
				j += n // "U.S.", "Mr."
			} else if utf8.RuneCountInString(w) == 1 && unicode.IsLetter(prev) && !lastPeriod(t, j+n, end) {
				j += n // "J. R. Tolkien", but not "a post on X."
			}
		case (r == ',' || r == ':' || r == '/') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += n // "1,000", "10:30", "9/11"
			continue
		case r == '-' || r == '‑':
			if unicode.IsDigit(prev) && unicode.IsDigit(next) && digitsBefore(t[i:j]) >= 3 && digitsAfter(t[j+n:end]) >= 3 {
				j += n // "713-555-0100", "77042-2016"; ranges ("5-10") are split
				continue
			}
			if isWordRune(next) && hyphenPrefixes[strings.ToLower(t[seg:j])] {
				j += n // "co-founder", "e-mail"
				seg = j
				continue
			}
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			j += n // "AT&T"
			continue
		case isApostrophe(r):
			k := j + n
			if k < end && (t[k] == 't' || t[k] == 'T') && (k+1 >= end || !isWordStart(t, k+1, end)) &&
				(prev == 'n' || prev == 'N') && j-1 > i {
				// "didn't" -> "did" + "n't"; "can't" -> "ca" + "n't"
				tk.emitWord(i, j-1)
				tk.emit(j-1, k+1)
				return k + 1
			}
			if tk.startsClitic(k) {
				break
			}
			if isWordRune(next) && !unicode.IsDigit(next) {
				j += n // "O'Brien", "rock'n'roll"
				continue
			}
		}
		break
	}
	tk.emitWord(i, j)
	return j
}

// startsClitic reports whether a contraction clitic's letters start at k.
func (tk *tokenizer) startsClitic(k int) bool {
	e := k
	for e < tk.end && e-k < 3 && isASCIILetter(tk.text[e]) {
		e++
	}
	return e > k && clitics[strings.ToLower(tk.text[k:e])] && (e >= tk.end || !isWordStart(tk.text, e, tk.end))
}

// emitWord emits text[i:j], splitting the fused words of fusedWords.
func (tk *tokenizer) emitWord(i, j int) {
	if k, ok := fusedWords[strings.ToLower(tk.text[i:j])]; ok {
		tk.emit(i, i+k)
		tk.emit(i+k, j)
		return
	}
	tk.emit(i, j)
}

// lastPeriod reports whether only closing quotes, brackets and space
// follow position k in text[:end]: the period before k ends the sentence.
func lastPeriod(text string, k, end int) bool {
	for k < end {
		r, n := utf8.DecodeRuneInString(text[k:end])
		if !isSpace(r) && !strings.ContainsRune("\"'”’)]", r) {
			return false
		}
		k += n
	}
	return true
}

// digitsBefore counts the digits at the end of s.
func digitsBefore(s string) int {
	k := 0
	for k < len(s) && s[len(s)-1-k] >= '0' && s[len(s)-1-k] <= '9' {
		k++
	}
	return k
}

// digitsAfter counts the digits at the start of s.
func digitsAfter(s string) int {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isWordStart reports whether a letter or digit starts at text[k:].
func isWordStart(text string, k, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:end])
	return isWordRune(r)
}

// isLower reports whether a lower-case letter starts at text[k:].
func isLower(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLower(r)
}

// SplitSentences splits text into sentences and returns their byte spans
// [start, end) without surrounding space. A sentence ends at a blank line,
// or after ".", "!" or "?" (and any closing quotes or brackets) followed by
// space and a capital letter, a digit or an opening quote, unless the
// period belongs to a title or initial ("Mr.", "Dr.", "Sen.", "J.", "Jan.")
// or an initialism followed by a capitalized word ("the U.S. Senate").
func SplitSentences(text string) [][2]int {
	var spans [][2]int
	add := func(s, e int) {
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			e -= n
		}
		if s < e {
			spans = append(spans, [2]int{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// A blank line ends a paragraph and so a sentence.
			k := i + n
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k < len(text) && text[k] == '\n' {
				add(start, i)
				start = k
				i = k
				continue
			}
		}
		if r != '.' && r != '!' && r != '?' {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune(".!?\"'”’)]", c) {
				break
			}
			j += m
		}
		k := j
		for k < len(text) {
			c, m := utf8.DecodeRuneInString(text[k:])
			if !isSpace(c) {
				break
			}
			k += m
		}
		if k == j || k >= len(text) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'([", next)) {
			i = j
			continue
		}
		if r == '.' && j == i+n && periodIsAbbreviation(text[start:i], unicode.IsUpper(next)) {
			i = j
			continue
		}
		add(start, j)
		start = k
		i = k
	}
	add(start, len(text))
	return spans
}

// periodIsAbbreviation reports whether the period after before ends an
// abbreviation that does not end the sentence.
func periodIsAbbreviation(before string, nextUpper bool) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !isWordRune(r) && r != '.' {
			break
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "sen", "rep", "reps", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "st", "mt", "ft", "pres":
		return true
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs":
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial: "John F. Kennedy"
	}
	if strings.Contains(w, ".") && nextUpper {
		// "U.S. Senate": an initialism before a capitalized word is
		// more often a modifier than a sentence end.
		return len(w) <= 4
	}
	return false
}
