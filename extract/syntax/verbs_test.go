package syntax

import "testing"

func TestNoVerbReading(t *testing.T) {
	for w, want := range map[string]bool{
		"billionaire":    true,
		"superintendent": true,
		"tenors":         true, // "tenor" is no verb
		"rebuke":         false,
		"rebukes":        false,
		"reposted":       false, // a form in -ed may be a verb too new for WordNet
		"livestreaming":  false,
		"weaponize":      false, // a verb's suffix
		"tweet":          false,
		"Billionaire":    false, // capitalised: for the tagger's own judgement
		"co2":            false,
	} {
		if got := noVerbReading(w); got != want {
			t.Errorf("noVerbReading(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOnlyVerbReading(t *testing.T) {
	for w, want := range map[string]bool{
		"alleges":       true,
		"resigns":       true,
		"renegotiates":  true,
		"allege":        false, // only the form in -s: a bare form may be a noun WordNet lacks
		"summons":       false, // a noun of its own
		"talks":         false, // "talk" is a noun too
		"Resigns":       false, // capitalised: for the tagger's own judgement
		"billionaires":  false,
		"reconsiders":   true,
		"unconditional": false,
		"composers":     false, // "compose" is only a verb, but its form is "composes"
	} {
		if got := onlyVerbReading(w); got != want {
			t.Errorf("onlyVerbReading(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestThirdPerson(t *testing.T) {
	for v, want := range map[string]string{"resign": "resigns", "push": "pushes", "deny": "denies", "go": "goes", "stay": "stays", "fax": "faxes"} {
		if got := ThirdPerson(v); got != want {
			t.Errorf("ThirdPerson(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestOnlyVerbWords checks that the tagger reads a verb in a word in -s
// the treebank lacks that English has only as a verb, after a noun where a
// plural noun would fit ("The lawsuit alleges"), and still a noun after
// a word that opens a noun phrase.
func TestOnlyVerbWords(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"The lawsuit alleges that Dunmore hid the losses.", "alleges", "VERB"},
		{"Harbor chief resigns as audit widens.", "resigns", "VERB"},
		{"Ferrand Holdings renegotiates its debt with lenders.", "renegotiates", "VERB"},
		{"The board weighs the offer.", "weighs", "VERB"},
		{"She hosts two weekly podcasts about money.", "podcasts", "NOUN"}, // ("podcast" is only a verb in WordNet 3.0)
	} {
		toks := analyze(c.text)
		if i := find(t, toks, c.word); toks[i].UPOS != c.want {
			t.Errorf("%q in %q tagged %s, want %s:%s", c.word, c.text, toks[i].UPOS, c.want, dump(toks))
		}
	}
}

// TestVerblessWords checks that the tagger reads no verb in a word the
// treebank lacks that English has no verb of, where its neighbours would
// suggest one, and that "to" or a modal still makes one of a new verb.
func TestVerblessWords(t *testing.T) {
	toks := analyze("Leo Ash, the reclusive logistics billionaire whose firm owns the depot, gave money.")
	if i := find(t, toks, "billionaire"); toks[i].UPOS != "NOUN" {
		t.Errorf("billionaire tagged %s, want NOUN:%s", toks[i].UPOS, dump(toks))
	}
	toks = analyze("The council voted to rezone the parcel.")
	if i := find(t, toks, "rezone"); toks[i].UPOS != "VERB" {
		t.Errorf("rezone after to tagged %s, want VERB:%s", toks[i].UPOS, dump(toks))
	}
}

// TestLemmasOfVerbsTheTreebankLacks checks that a past the treebank has
// not seen takes the base form WordNet lists.
func TestLemmasOfVerbsTheTreebankLacks(t *testing.T) {
	lz := Default().lemmas
	for form, want := range map[string]string{"rebuked": "rebuke", "chastised": "chastise", "deposed": "depose", "defamed": "defame", "recused": "recuse", "severed": "sever"} {
		if got := lz.lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("lemma(%q) = %q, want %q", form, got, want)
		}
	}
}
