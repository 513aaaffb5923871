package syntax

import "strings"

// CommonWord reports whether w, lower-cased, is a word the treebank uses
// as an ordinary (not proper) noun, verb, adjective or other word: one of
// its lemmas, or a form it tags as such. "Happy", "East" and "Fears" are;
// "Adeyemi" and "Mateus" are not, so a capitalised run made of such words
// is more likely a name.
func (m *Model) CommonWord(w string) bool {
	w = strings.ToLower(normalize(w))
	if m.lemmas.known[w] {
		return true
	}
	for _, xpos := range [...]string{"NNS", "VBZ", "VBD", "VBG", "VBN", "JJ", "RB"} {
		if _, ok := m.lemmas.lex[lexKey(w, xpos)]; ok {
			return true
		}
	}
	return false
}

// VerbInS reports whether w, lower-cased, is the third person of a
// verb WordNet lists ("resigns", "slams"), as title case writes a
// headline's verb.
func VerbInS(w string) bool {
	w = strings.ToLower(normalize(w))
	if !strings.HasSuffix(w, "s") || len(w) < 4 {
		return false
	}
	for _, c := range verbThird(w) {
		if wordnetVerbs[c] {
			return true
		}
	}
	return false
}

// SeenAsVerb reports whether the treebank uses w, lower-cased, as a verb
// in some form ("state", "shipping", but not "mayoral"): a word it never
// saw as one is a verb only when context says so.
func (m *Model) SeenAsVerb(w string) bool {
	w = strings.ToLower(normalize(w))
	for _, xpos := range [...]string{"VB", "VBP", "VBZ", "VBD", "VBG", "VBN"} {
		if _, ok := m.lemmas.lex[lexKey(w, xpos)]; ok {
			return true
		}
	}
	return false
}

// CommonNoun reports whether the treebank uses w, lower-cased, as a
// common noun ("left" is not one; "saw" and "found" are, rarely).
func (m *Model) CommonNoun(w string) bool {
	w = strings.ToLower(normalize(w))
	for _, xpos := range [...]string{"NN", "NNS"} {
		if _, ok := m.lemmas.lex[lexKey(w, xpos)]; ok {
			return true
		}
	}
	return false
}

// CommonAdjective reports whether the treebank uses w, lower-cased, as an
// adjective ("disappointing", "amazing").
func (m *Model) CommonAdjective(w string) bool {
	_, ok := m.lemmas.lex[lexKey(strings.ToLower(normalize(w)), "JJ")]
	return ok
}
