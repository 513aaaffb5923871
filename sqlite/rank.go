package sqlite

import (
	"math"
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

// rankDocs scores docs (each an article's title and text) for terms with
// Okapi BM25, as FTS5's bm25() does, except that a term's document
// frequency is counted among docs, not the whole table: FTS5 counts it by
// reading every match of the term, which costs as much as the record is
// large. Higher is better.
func rankDocs(terms []rankTerm, docs []string) []float64 {
	tf := make([][]int, len(docs))
	lens := make([]int, len(docs))
	df := make([]int, len(terms))
	total := 0
	var words []string // reused from one doc to the next
	for d, text := range docs {
		words = appendWords(words[:0], text)
		lens[d] = len(words)
		total += len(words)
		tf[d] = make([]int, len(terms))
		for i := range words {
			for t, term := range terms {
				if matchAt(words, i, term) {
					tf[d][t]++
				}
			}
		}
		for t := range terms {
			if tf[d][t] > 0 {
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
			f := float64(tf[d][t])
			if f == 0 {
				continue
			}
			scores[d] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(lens[d])/math.Max(avg, 1)))
		}
	}
	return scores
}

// appendWords appends the words of text to words: ASCII words as slices
// of text, in their case (matchAt folds it), others folded as words0
// folds them.
func appendWords(words []string, text string) []string {
	start, ascii := -1, true
	for i := 0; i < len(text); {
		c := text[i]
		size, word := 1, asciiWord[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			word = isWordRune(r)
		}
		if word {
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && c < utf8.RuneSelf
		} else if start >= 0 {
			words = append(words, wordOf(text[start:i], ascii))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		words = append(words, wordOf(text[start:], ascii))
	}
	return words
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
