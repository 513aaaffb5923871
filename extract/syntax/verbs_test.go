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
