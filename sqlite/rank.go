package sqlite

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/powermap/powermap/internal/sqlstore"
)

// rankTerm is a word or phrase a search looks for, as FTS5's unicode61
// tokenizer (remove_diacritics 2) reads it: folded words, the last a
// prefix if the term was.
type rankTerm struct {
	words  []string
	prefix bool
}

// rankTerms are the terms of a parsed search that count towards a match's
// score: every word and phrase, but those after NOT.
func rankTerms(parts []sqlstore.SearchTerm) []rankTerm {
	var out []rankTerm
	for i, p := range parts {
		if p.Op != "" || i > 0 && parts[i-1].Op == "NOT" {
			continue
		}
		if words := words0(p.Text); len(words) > 0 {
			out = append(out, rankTerm{words: words, prefix: p.Prefix})
		}
	}
	return out
}

// words0 splits text into folded words as FTS5's unicode61 tokenizer
// does: runs of letters, digits and marks.
func words0(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		w := isWordRune(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, foldWord(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, foldWord(text[start:]))
	}
	return out
}

// asciiWord tells the ASCII bytes that are part of words.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isWordRune reports whether r is part of a word (letters, digits, marks).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// foldWord lowers a word and removes its diacritics ("Éclair" → "eclair").
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// BM25's parameters, FTS5's defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// rankDoc is an article as it is ranked: its title, then its text.
type rankDoc struct{ title, text string }

// rankDocs scores docs for terms with Okapi BM25, as FTS5's bm25() does,
// except that a term's document frequency is counted among docs, not the
// whole table: FTS5 counts it by reading every match of the term, which
// costs as much as the record is large. A doc is the words of its title
// followed by those of its text. Higher is better.
func rankDocs(terms []rankTerm, docs []rankDoc) []float64 {
	nt := len(terms)
	tf := make([]int, len(docs)*nt) // doc d's counts at tf[d*nt:]
	lens := make([]int, len(docs))
	df := make([]int, nt)
	total := 0
	phrases := slices.ContainsFunc(terms, func(t rankTerm) bool { return len(t.words) > 1 })
	var words []string // reused from one doc to the next
	for d, doc := range docs {
		counts := tf[d*nt : (d+1)*nt]
		if phrases {
			words = appendWords(appendWords(words[:0], doc.title), doc.text)
			lens[d] = len(words)
			for i := range words {
				for t, term := range terms {
					if matchAt(words, i, term) {
						counts[t]++
					}
				}
			}
		} else {
			lens[d] = countWords(doc.title, terms, counts) + countWords(doc.text, terms, counts)
		}
		total += lens[d]
		for t := range terms {
			if counts[t] > 0 {
				df[t]++
			}
		}
	}
	n := float64(len(docs))
	avg := float64(total) / math.Max(1, n)
	scores := make([]float64, len(docs))
	for t := range terms {
		idf := math.Log((n - float64(df[t]) + 0.5) / (float64(df[t]) + 0.5))
		if idf <= 0 {
			idf = 1e-6
		}
		for d := range docs {
			f := float64(tf[d*nt+t])
			if f == 0 {
				continue
			}
			scores[d] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(lens[d])/math.Max(avg, 1)))
		}
	}
	return scores
}

// countWords returns how many words text has (as appendWords splits it)
// and adds to counts[t] the words that are terms[t], every term being one
// word: ranking reads every word of each candidate, and when the terms
// are words it needs neither to keep them nor to call a function for
// each ASCII one.
func countWords(text string, terms []rankTerm, counts []int) int {
	n := 0
	count := func(w string, ascii bool) {
		n++
		w = wordOf(w, ascii)
		for t := range terms {
			if equalLower(w, terms[t].words[0], terms[t].prefix) {
				counts[t]++
			}
		}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
			start := i
			for i < len(text) && text[i] < utf8.RuneSelf && asciiWord[text[i]] {
				i++
			}
			if i == len(text) || text[i] < utf8.RuneSelf {
				count(text[start:i], true)
				continue
			}
			i = start // the word goes on past ASCII: read it whole below
		}
		start, end, ascii := nextWord(text, i)
		if start < 0 {
			break
		}
		count(text[start:end], ascii)
		i = end
	}
	return n
}

// appendWords appends the words of text to words: ASCII words as slices
// of text, in their case (matchAt folds it), others folded as words0
// folds them.
func appendWords(words []string, text string) []string {
	for start, end, ascii := nextWord(text, 0); start >= 0; start, end, ascii = nextWord(text, end) {
		words = append(words, wordOf(text[start:end], ascii))
	}
	return words
}

// nextWord finds the first word of text at or after byte i (start -1 if
// there is none), a run of letters, digits and marks as words0 reads
// them, and tells whether it is all ASCII. Runs of ASCII bytes are
// skipped a byte at a time without decoding: most text is ASCII.
func nextWord(text string, i int) (start, end int, ascii bool) {
	start = -1
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		break
	}
	if i == len(text) {
		return -1, i, true
	}
	start, ascii = i, true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		ascii = false
		i += size
	}
	return start, i, ascii
}

// wordOf is one word as appendWords keeps it: ASCII words as they are
// (matchAt folds their case as it compares), others folded.
func wordOf(w string, ascii bool) string {
	if ascii {
		return w
	}
	return foldWord(w)
}

// equalLower reports whether got, its ASCII letters lowered, is w (lower
// case); prefix: whether it starts with w.
func equalLower(got, w string, prefix bool) bool {
	if len(got) < len(w) || !prefix && len(got) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := got[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// matchAt reports whether term occurs at words[i].
func matchAt(words []string, i int, term rankTerm) bool {
	if i+len(term.words) > len(words) {
		return false
	}
	last := len(term.words) - 1
	for j, w := range term.words {
		if !equalLower(words[i+j], w, term.prefix && j == last) {
			return false
		}
	}
	return true
}

// snippetTokens is how many words a snippet shows.
const snippetTokens = 16

// snippet cuts from text the stretch of n words that FTS5's snippet()
// chose (its fts5SnippetFunction, for one column), from the text already
// read: for each match, the window starting at it is scored (1000 for
// each term it holds, 1 for each further match) and, if best so far, the
// window is centred on the matches it holds; so is the window starting
// at the sentence the match is in (a word after "." or ":" and a space),
// with 100 more (120 at the start of the text). Matches are put in
// [brackets]; "…" marks where the text is cut (a snippet that reaches the
// last word goes on to the end of the text). A text without matches
// (the title matched) gives its first words.
func snippet(text string, terms []rankTerm, n int) string {
	var sn snipper
	return sn.snippet(text, terms, n)
}

// snipper cuts snippets (see snippet), its lists reused from one text to
// the next: a search cuts fifty.
type snipper struct {
	toks      []snipTok
	words     []string
	sentences []int // the words that start a sentence
	insts     []snipInst
}

// snipTok is a word's byte span.
type snipTok struct{ start, end int }

// snipInst is a match: its first word, its length in words and its term.
type snipInst struct{ at, size, term int }

// snippet is snippet, with sn's lists.
func (sn *snipper) snippet(text string, terms []rankTerm, n int) string {
	toks, words, sentences := sn.toks[:0], sn.words[:0], sn.sentences[:0]
	for start, end, ascii := nextWord(text, 0); start >= 0; start, end, ascii = nextWord(text, end) {
		if len(toks) == 0 || sentenceStart(text, start) {
			sentences = append(sentences, len(toks))
		}
		toks = append(toks, snipTok{start, end})
		words = append(words, wordOf(text[start:end], ascii))
	}
	sn.toks, sn.words, sn.sentences = toks, words, sentences
	if len(toks) == 0 {
		return ""
	}
	// The matches, in order.
	insts := sn.insts[:0]
	for i := range words {
		for t, term := range terms {
			if matchAt(words, i, term) {
				insts = append(insts, snipInst{i, len(term.words), t})
			}
		}
	}
	sn.insts = insts
	// score scores the window of n words from pos, and returns where
	// the window centred on its matches would start.
	seen := make([]bool, len(terms))
	score := func(pos int) (int, int) {
		clear(seen)
		total, first, last := 0, -1, 0
		for _, in := range insts {
			if in.at >= pos && in.at < pos+n {
				if seen[in.term] {
					total++
				} else {
					total += 1000
				}
				seen[in.term] = true
				if first < 0 {
					first = in.at
				}
				last = in.at + in.size
			}
		}
		adj := first - (n-(last-first))/2
		adj = max(0, min(adj, len(words)-n))
		return total, adj
	}
	best, bestStart := 0, 0
	for _, in := range insts {
		if s, adj := score(in.at); s > best {
			best, bestStart = s, adj
		}
		j := 0
		for j+1 < len(sentences) && sentences[j+1] <= in.at {
			j++
		}
		if first := sentences[j]; first < in.at {
			s, _ := score(first)
			if first == 0 {
				s += 120
			} else {
				s += 100
			}
			if s > best {
				best, bestStart = s, first
			}
		}
	}
	end := min(bestStart+n, len(words))
	var b strings.Builder
	at := 0
	if bestStart > 0 {
		b.WriteString("…")
		at = toks[bestStart].start
	}
	// Matches in brackets, each from its first word to its last (those
	// that overlap one already marked are left out).
	marked := bestStart
	for _, in := range insts {
		if in.at < marked || in.at+in.size > end {
			continue
		}
		last := in.at + in.size - 1
		b.WriteString(text[at:toks[in.at].start])
		b.WriteString("[")
		b.WriteString(text[toks[in.at].start:toks[last].end])
		b.WriteString("]")
		at, marked = toks[last].end, last+1
	}
	if end < len(words) {
		b.WriteString(text[at:toks[end-1].end])
		b.WriteString("…")
	} else {
		b.WriteString(text[at:]) // to the end of the text
	}
	return b.String()
}

// sentenceStart reports whether the word at offset i of text starts a
// sentence as FTS5's snippet() sees it: after spaces that follow "." or
// ":".
func sentenceStart(text string, i int) bool {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j--
	}
	return j != i-1 && j >= 0 && (text[j] == '.' || text[j] == ':')
}
