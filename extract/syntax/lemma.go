package syntax

import (
	"sort"
	"strings"
)

// lemmatizer finds lemmas: a lexicon of (form, Penn tag) -> lemma read off
// the training data, and suffix rules for the words it has not seen, which
// prefer a candidate known as a lemma ("endorsed" -> "endorse" rather than
// "endors").
type lemmatizer struct {
	lex   map[string]string // lexKey(form, xpos) -> lemma
	known map[string]bool   // the lemmas of the lexicon, lower-cased
}

func lexKey(form, xpos string) string {
	if xpos != "NNP" && xpos != "NNPS" {
		form = strings.ToLower(form)
	}
	return form + "\t" + xpos
}

// buildLemmatizer makes the lexicon from words: the most frequent lemma of
// each (form, Penn tag), ties going to the alphabetically first.
func buildLemmatizer(sents []Sentence) *lemmatizer {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Lemma == "" || t.XPOS == "" {
				continue
			}
			k := lexKey(normalize(t.Form), t.XPOS)
			m := counts[k]
			if m == nil {
				m = map[string]int{}
				counts[k] = m
			}
			m[normalize(t.Lemma)]++
		}
	}
	lz := &lemmatizer{lex: map[string]string{}, known: map[string]bool{}}
	for k, m := range counts {
		best, bn := "", 0
		for l, c := range m {
			if c > bn || c == bn && l < best {
				best, bn = l, c
			}
		}
		lz.lex[k] = best
	}
	lz.fillKnown()
	return lz
}

func (lz *lemmatizer) fillKnown() {
	lz.known = map[string]bool{}
	for k, l := range lz.lex {
		if x := k[strings.IndexByte(k, '\t')+1:]; x != "NNP" && x != "NNPS" {
			lz.known[strings.ToLower(l)] = true
		}
	}
}

// entries returns the lexicon as sorted (key, lemma) pairs.
func (lz *lemmatizer) entries() [][2]string {
	out := make([][2]string, 0, len(lz.lex))
	for k, l := range lz.lex {
		out = append(out, [2]string{k, l})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// lemma returns the lemma of form tagged upos/xpos.
func (lz *lemmatizer) lemma(form, upos, xpos string) string {
	norm := normalize(form)
	if l, ok := lz.lex[lexKey(norm, xpos)]; ok {
		return l
	}
	switch xpos {
	case "NNP":
		return norm
	case "NNPS":
		if l, ok := lz.lex[lexKey(norm, "NNP")]; ok {
			return l
		}
		if strings.HasSuffix(norm, "s") && len(norm) > 3 && !strings.HasSuffix(norm, "ss") {
			return norm[:len(norm)-1]
		}
		return norm
	}
	if upos == "PROPN" {
		return norm
	}
	lower := strings.ToLower(norm)
	// A form seen with another tag of the same family ("met" as VBD
	// when seen as VBN) has the same lemma.
	for _, alt := range altTags[xpos] {
		if l, ok := lz.lex[lexKey(norm, alt)]; ok {
			return l
		}
	}
	switch xpos {
	case "VBD", "VBN", "VBG", "VBZ":
		// An irregular form the treebank lacks ("shook", "tore").
		if b, ok := irregularVerbs[lower]; ok {
			return b
		}
	}
	var cands []string
	switch xpos {
	case "NNS":
		cands = nounSingular(lower)
	case "VBD", "VBN":
		cands = verbStem(lower, "ed")
	case "VBG":
		cands = verbStem(lower, "ing")
	case "VBZ":
		cands = verbThird(lower)
	case "JJR", "RBR":
		cands = verbStem(lower, "er")
	case "JJS", "RBS":
		cands = verbStem(lower, "est")
	}
	if len(cands) == 0 {
		return lower
	}
	if strings.HasPrefix(xpos, "VB") {
		// A verb form the treebank lacks: the candidate WordNet has as a
		// verb ("rebuked" -> "rebuke", not "rebuk"; "severed" -> "sever",
		// not the adjective "severe").
		for _, c := range cands {
			if wordnetVerbs[c] {
				return c
			}
		}
	}
	for _, c := range cands {
		if lz.known[c] {
			return c
		}
	}
	if xpos == "VBG" && len(lower) <= 6 && lz.known[lower] && !lz.known[cands[0]] {
		return lower // "swing" tagged VBG is no form of "sw"
	}
	return cands[0]
}

// altTags are the tags whose lemma a form shares.
var altTags = map[string][]string{
	"VBD": {"VBN"}, "VBN": {"VBD"}, "VB": {"VBP"}, "VBP": {"VB"},
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// nounSingular returns singular candidates of a plural noun, the likeliest
// first.
func nounSingular(w string) []string {
	n := len(w)
	switch {
	case n <= 2 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return []string{w}
	case strings.HasSuffix(w, "ies") && n > 4:
		return []string{w[:n-3] + "y", w[:n-1]}
	case strings.HasSuffix(w, "ves"):
		return []string{w[:n-1], w[:n-3] + "f", w[:n-3] + "fe"}
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		return []string{w[:n-2], w[:n-1]}
	case strings.HasSuffix(w, "oes"):
		return []string{w[:n-1], w[:n-2]}
	case strings.HasSuffix(w, "es"):
		return []string{w[:n-1], w[:n-2]}
	case strings.HasSuffix(w, "'s"):
		return []string{w[:n-2]} // "CD's", "the 1970's"
	}
	// (only "-es" may drop two letters: "barbs" is no plural of "bar")
	return []string{w[:n-1]}
}

// verbThird returns base-form candidates of a third-person verb.
func verbThird(w string) []string {
	n := len(w)
	switch {
	case n <= 2 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return []string{w}
	case strings.HasSuffix(w, "ies") && n > 4:
		return []string{w[:n-3] + "y", w[:n-1]}
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes"):
		return []string{w[:n-2], w[:n-1]}
	}
	return []string{w[:n-1], w[:n-2]}
}

// verbStem returns candidates for w without its suffix ("ed", "ing", "er",
// "est"), the likeliest first: the stem with a doubled consonant undone
// ("planned" -> "plan"), with a final e restored ("criticized" ->
// "criticize"), or as it is ("threatened" -> "threaten").
func verbStem(w, suf string) []string {
	if !strings.HasSuffix(w, suf) || len(w) < len(suf)+2 {
		return []string{w}
	}
	stem := w[:len(w)-len(suf)]
	n := len(stem)
	if (suf == "ed" || suf == "er" || suf == "est") && stem[n-1] == 'i' && n > 1 && !isVowel(stem[n-2]) {
		// "tried" -> "try", "happier" -> "happy"
		return []string{stem[:n-1] + "y", stem + "e", stem}
	}
	if suf == "ed" && stem[n-1] == 'e' {
		// "agreed" -> "agree", "freed"
		return []string{stem, stem[:n-1]}
	}
	if suf == "ing" && strings.HasSuffix(stem, "y") && n == 2 {
		// "dying" -> "die", "lying" -> "lie"
		return []string{stem[:1] + "ie", stem}
	}
	last := stem[n-1]
	if n >= 2 && stem[n-2] == last && !isVowel(last) && strings.IndexByte("lszf", last) < 0 {
		// "planned" -> "plan", "occurred" -> "occur"
		return []string{stem[:n-1], stem, stem + "e"}
	}
	if needsE(stem) {
		return []string{stem + "e", stem}
	}
	return []string{stem, stem + "e"}
}

// needsE guesses whether a stem stripped of "ed" or "ing" lost a final e.
func needsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last, prev := s[n-1], s[n-2]
	switch {
	case last == 'u' || last == 'v' || last == 'c':
		return true // "sued", "moved", "produced"
	case last == 'z':
		return prev != 'z' // "criticized"
	case last == 'g':
		return prev == 'r' || prev == 'd' // "charged", "judged"
	case last == 's':
		return prev != 's' && !isVowel(prev) || prev == 'u' && n > 2 && isVowel(s[n-3]) || prev == 'i' && n > 2 && isVowel(s[n-3]) // "endorsed", "caused", "praised"
	case last == 'l':
		return !isVowel(prev) && strings.IndexByte("lrw", prev) < 0 // "settled"
	case last == 't' && (prev == 'a' || prev == 'u'):
		return n > 2 && !isVowel(s[n-3]) // "created", "executed"
	case last == 'r' && (prev == 'i' || prev == 'u' || prev == 'a'):
		return n > 2 && !isVowel(s[n-3]) // "fired", "secured", "declared"
	case last == 'k' && prev == 'o':
		return n > 2 && !isVowel(s[n-3]) // "provoked"
	}
	// A one-syllable stem ending consonant-vowel-consonant ("hoped",
	// "named", "voted"): a stressed one would have doubled its consonant.
	if !isVowel(last) && strings.IndexByte("wxy", last) < 0 && isVowel(prev) && (n == 2 || !isVowel(s[n-3])) {
		vowels := 0
		for i := 0; i < n; i++ {
			if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
				vowels++
			}
		}
		return vowels == 1
	}
	return false
}
