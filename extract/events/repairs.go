package events

// The parse repairs: each mends one way the tagger and parser misread news
// English, so that the frames see the tree the sentence means. analyse
// (frames.go) runs them in order over every sentence it parses.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// repairPersonOfOrg coordinates "A of X and B of Y" as the two people
// it names, where the parser made B a conjunct of A's organization:
// "Felix Arnaud of Corbel Aerospace and Naomi Whitcombe of Ardent
// conferred …".
func (d *stage) repairPersonOfOrg(toks []syntax.Token, isName []bool) {
	for y, t := range toks {
		x := t.Head
		if !isName[y] || t.Rel != "conj" || x < 0 || !isName[x] || toks[x].Rel != "nmod" || d.entityTypeOf(t) != doc.Person || d.entityTypeOf(toks[x]) == "" {
			continue
		}
		p := toks[x].Head
		if p < 0 || !isName[p] || d.entityTypeOf(toks[p]) != doc.Person {
			continue
		}
		toks[y].Head = p
	}
}

// repairAdverbPrepositions reads as a preposition a word the tagger
// took for an adverb before a noun phrase: "toured the shipyard
// alongside foreman Kwarteng" with "alongside" an adverb and the name
// an unmarked oblique. The phrase becomes the verb's oblique marked by
// it.
func repairAdverbPrepositions(toks []syntax.Token) {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].UPOS != "ADV" || !adverbPrepositions[strings.ToLower(toks[k].Form)] || toks[k].Head < 0 {
			continue
		}
		n := k + 1
		for n < len(toks) && (toks[n].UPOS == "DET" || toks[n].UPOS == "ADJ" || toks[n].UPOS == "NUM") {
			n++
		}
		if n >= len(toks) || toks[n].UPOS != "PROPN" && toks[n].UPOS != "NOUN" || toks[n].Head != toks[k].Head && toks[n].Head < k && toks[k].Head != n {
			continue
		}
		v := toks[k].Head
		if v == n {
			v = toks[n].Head // (the adverb hung on the phrase itself)
		}
		if v < 0 || inSubtree(toks, v, n) {
			continue
		}
		if toks[n].Head == v || toks[n].Head < 0 {
			toks[n].Head, toks[n].Rel = v, "obl"
		}
		toks[k].UPOS, toks[k].XPOS, toks[k].Head, toks[k].Rel = "ADP", "IN", n, "case"
	}
}

// repairVerbCompounds reads a noun the parser hung on a verb as its
// compound (no relation a noun bears to a verb) as the verb's oblique
// when a preposition opens its phrase: "hired Ekberg, a former
// regulator, as its senior vice-president" parsed with "vice-president"
// a compound of "hired" and "as" a marker of the verb.
func repairVerbCompounds(toks []syntax.Token) {
	for n := range toks {
		v := toks[n].Head
		if toks[n].Rel != "compound" || v < 0 || v >= n || toks[v].UPOS != "VERB" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		c := n - 1
		for c > v && (toks[c].UPOS == "DET" || toks[c].UPOS == "ADJ" || toks[c].UPOS == "NUM" || toks[c].Rel == "nmod:poss" || toks[c].Rel == "compound" && toks[c].Head == n) {
			c--
		}
		if c <= v || toks[c].UPOS != "ADP" && toks[c].UPOS != "SCONJ" || toks[c].Head != v && toks[c].Head != n {
			continue
		}
		toks[n].Rel = "obl"
		toks[c].UPOS, toks[c].Head, toks[c].Rel = "ADP", n, "case"
	}
	// "is considering naming Ricci as …" parsed with the gerund a
	// compound of the name after it (no relation a verb bears to a
	// noun): the gerund is the clause its governor takes, the name its
	// object.
	for g := range toks {
		n := toks[g].Head
		if toks[g].Rel != "compound" || toks[g].UPOS != "VERB" || toks[g].XPOS != "VBG" || n != g+1 || !(toks[n].UPOS == "PROPN" || toks[n].UPOS == "PRON") {
			continue
		}
		v := toks[n].Head
		if v < 0 || v > g || toks[v].UPOS != "VERB" || base(toks[n].Rel) != "obj" {
			continue
		}
		toks[g].Head, toks[g].Rel = v, "xcomp"
		toks[n].Head = g
	}
	// "is exploring hiring Ricci", "is weighing hiring him": a gerund
	// right after its verb, hung on it as a compound, an object or an
	// adverbial clause, is the clause the verb takes (not after a passive: "was
	// photographed having coffee with …" tells how she was seen).
	for g := 1; g < len(toks); g++ {
		if v := toks[g].Head; v == g-1 && toks[g].UPOS == "VERB" && toks[g].XPOS == "VBG" && toks[v].UPOS == "VERB" && toks[v].XPOS != "VBN" && (toks[g].Rel == "compound" || toks[g].Rel == "advcl" || toks[g].Rel == "obj") && !hasChild(toks, g, "mark") {
			toks[g].Rel = "xcomp"
		}
	}
}

// repairPrepositionTo reads as a preposition a "to" the parser took for
// an infinitive's marker before a noun phrase, after a noun: "Dunmore's
// $250,000 contribution to the Greater Tulsa Fund drew questions" read
// with "to" marking "drew" and the fund its subject.
func repairPrepositionTo(toks []syntax.Token, isName []bool) {
	for k := 1; k+1 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Form, "to") || toks[k].Rel != "mark" || toks[k-1].UPOS != "NOUN" {
			continue
		}
		// The phrase's head: the first name or noun after "to", past a
		// determiner.
		n := k + 1
		for n < len(toks) && (toks[n].UPOS == "DET" || toks[n].UPOS == "ADJ") {
			n++
		}
		if n >= len(toks) || !isName[n] && toks[n].UPOS != "PROPN" && toks[n].UPOS != "NOUN" || !strings.HasPrefix(toks[n].Rel, "nsubj") {
			continue
		}
		v := toks[n].Head
		if v < 0 || v <= n {
			continue
		}
		toks[n].Head, toks[n].Rel = k-1, "nmod"
		toks[k].Head, toks[k].Rel, toks[k].UPOS, toks[k].XPOS = n, "case", "ADP", "IN"
	}
}

// repairOrgBeforeTitle gives a person's name, with the role it opens
// ("president Arjun Mehrotra"), the place in the tree of the organization
// named before it that the parser made its head ("Cricket board
// president Arjun Mehrotra paid a visit …" read with "Cricket" the
// subject): the organization modifies the titled name.
func (d *stage) repairOrgBeforeTitle(toks []syntax.Token, isName []bool) {
	typeOf := d.entityTypeOf
	for n, t := range toks {
		h := t.Head
		if !isName[n] || h < 0 || h >= n || !isName[h] || t.Rel != "flat" && t.Rel != "compound" && t.Rel != "appos" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.Text[t.Start:]); !unicode.IsLower(r) {
			continue // the name holds its role ("president Arjun Mehrotra")
		}
		if typeOf(toks[h]) != doc.Org || typeOf(t) != doc.Person {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[h].Head, toks[h].Rel
		for c := range toks {
			if toks[c].Head == h && c != n && (c > h && c < n || toks[c].Rel == "case" || toks[c].Rel == "det") {
				toks[c].Head = n // "board" in "Cricket board president …"; "of" in "of Velmont Foods chief executive …"
			}
		}
		toks[h].Head, toks[h].Rel = n, "compound"
	}
}

// repairFromAfterHired hangs on a verb of taking someone on or putting
// them out a from-phrase the parser hung on the name it governs as its
// object: "recruited Mirela Costa from Tarn Insurance" read as Costa of
// Tarn Insurance; the from-phrase is where she was taken from.
func (d *stage) repairFromAfterHired(toks []syntax.Token, isName []bool) {
	for o := 1; o+2 < len(toks); o++ {
		v := toks[o].Head
		if !isName[o] || toks[o].Rel != "obj" || v < 0 || v > o || !strings.EqualFold(toks[o+1].Form, "from") || !d.frames.HasType(strings.ToLower(toks[v].Lemma), "position", "VERB") {
			continue
		}
		if p := toks[o+1].Head; p > o+1 && toks[p].Head == o && toks[p].Rel == "nmod" && isName[p] {
			toks[p].Head, toks[p].Rel = v, "obl"
		}
	}
}

// repairPrepositionSubjects reads as a prepositional phrase a
// preposition the parser took for a participle's marker and the name
// after it for the participle's subject: "posted a long message on
// Instagram accusing his manager …" read as "Instagram accusing".
func repairPrepositionSubjects(toks []syntax.Token, isName []bool) {
	for k := 1; k+2 < len(toks); k++ {
		n, v := k+1, toks[k+1].Head
		if toks[k].Rel != "mark" || toks[k].Head != v || !isName[n] || toks[n].Rel != "nsubj" || v != n+1 || toks[v].XPOS != "VBG" || toks[v].Head < 0 {
			continue
		}
		switch strings.ToLower(toks[k].Form) {
		case "on", "in", "at", "via", "through":
		default:
			continue
		}
		toks[n].Head, toks[n].Rel = toks[v].Head, "nmod"
		toks[k].Head, toks[k].Rel, toks[k].UPOS = n, "case", "ADP"
	}
}

// repairGiftRecipients hangs on a verb of giving with no to-phrase of its
// own the to-phrase the parser hung inside its object or another of its
// phrases: "donated the proceeds from her tour to the Lagos Youth Trust"
// read with the trust the tour's ("contributed the maximum allowed to
// Iyer's campaign": the participle's).
func (d *stage) repairGiftRecipients(toks []syntax.Token) {
	for v, t := range toks {
		if t.UPOS != "VERB" || !d.frames.HasType(strings.ToLower(t.Lemma), "fund", "VERB") || hasMarked(toks, v, "to") {
			continue
		}
		var phrases []int // the object, and obliques not marked "to"
		for c := v + 1; c < len(toks); c++ {
			if toks[c].Head == v && (toks[c].Rel == "obj" || strings.HasPrefix(toks[c].Rel, "obl")) {
				phrases = append(phrases, c)
			}
		}
	next:
		for _, o := range phrases {
			for c := o + 1; c < len(toks); c++ {
				if !inSubtree(toks, c, o) || toks[c].Rel != "nmod" && toks[c].Rel != "obl" || !hasCase(toks, c, "to") {
					continue
				}
				if h := toks[c].Head; toks[h].UPOS == "NOUN" && d.frames.Triggers(toks[h]) || !onlyParticiplesBetween(toks, c, o) {
					continue // "backed it up with a $1 million donation to her campaign", "the prospect of cutting aid to …": theirs
				}
				toks[c].Head, toks[c].Rel = v, "obl"
				break next
			}
		}
	}
}

// onlyParticiplesBetween reports whether the heads from token c up to
// token o are no verbs but participles without an object of their own
// ("the maximum allowed"; not "the prospect of cutting state aid").
func onlyParticiplesBetween(toks []syntax.Token, c, o int) bool {
	for h := toks[c].Head; h >= 0 && h != o; h = toks[h].Head {
		if toks[h].UPOS == "VERB" && (toks[h].Rel != "acl" || hasChild(toks, h, "obj")) {
			return false
		}
	}
	return true
}

// hasMarked reports whether token h has an oblique or nominal dependent
// marked by preposition p.
func hasMarked(toks []syntax.Token, h int, p string) bool {
	for c, t := range toks {
		if t.Head == h && (strings.HasPrefix(t.Rel, "obl") || t.Rel == "nmod") && hasCase(toks, c, p) {
			return true
		}
	}
	return false
}

// repairTriggerPPs hangs a to-, with- or between-phrase that follows a
// trigger noun right after it, but that the parser hung on the verb
// governing the noun, back on the noun: "criticized her over her $40,000
// gift to the Forward PAC" (the gift was to the PAC; criticizing is to
// no one). A verb that governs the noun as its object keeps a to-phrase
// of its own ("gave a lift to …" aside, such a verb is a light verb and
// lends the noun its subject either way).
func (d *stage) repairTriggerPPs(toks []syntax.Token) {
	for n, t := range toks {
		if t.UPOS != "NOUN" || t.Head < 0 || !d.frames.Triggers(t) || n+2 >= len(toks) {
			continue
		}
		againstAfterPP(toks, n)
		c := n + 1
		if toks[c].UPOS != "ADP" {
			continue
		}
		// (an at-phrase goes with the noun even as the verb's object:
		// "took a swipe at her colleague", "hurled insults at him")
		at := false
		switch strings.ToLower(toks[c].Form) {
		case "to", "with", "between":
		case "at":
			at = true
		default:
			continue
		}
		o := toks[c].Head
		// (the object of a verb that hands things to someone keeps the
		// verb's to-phrase; not one that cancels or doubles a gift:
		// "threatened to cancel his pledge to the PAC")
		handing := !strings.EqualFold(toks[c].Form, "to") || lightVerbs[strings.ToLower(toks[t.Head].Lemma)] || giverVerbs[strings.ToLower(toks[t.Head].Lemma)] || toks[t.Head].UPOS != "VERB"
		if o <= c || o >= len(toks) || toks[o].Head != t.Head || toks[o].Rel != "obl" || strings.HasPrefix(t.Rel, "obj") && !at && handing {
			continue
		}
		toks[o].Head, toks[o].Rel = n, "nmod"
	}
	// "a meeting on Wednesday at the White House between A and B":
	// after phrases of the noun's own, "between" still belongs to it.
	for c, t := range toks {
		o := t.Head
		if !strings.EqualFold(t.Form, "between") || t.Rel != "case" || o <= c {
			continue
		}
		for n := c - 1; n >= 0 && n >= c-12; n-- {
			if toks[n].UPOS == "NOUN" && d.frames.Triggers(toks[n]) {
				if toks[o].Head != n && !inSubtree(toks, n, o) && allUnder(toks, n+1, c, n) {
					toks[o].Head, toks[o].Rel = n, "nmod"
				}
				break
			}
		}
	}
}

// repairVerbWithPP hangs a with- or against-phrase naming someone that the
// parser put under the noun of a trigger verb's own prepositional phrase
// back on the verb: "met behind closed doors with Sen. Whitfield" (the
// meeting was with her, not the doors).
func (d *stage) repairVerbWithPP(toks []syntax.Token, isName []bool) {
	for n, t := range toks {
		if !isName[n] || t.Rel != "nmod" || t.Head < 0 {
			continue
		}
		p := ""
		for c := range toks {
			if toks[c].Head == n && toks[c].Rel == "case" {
				p = strings.ToLower(toks[c].Form)
			}
		}
		if p != "with" && p != "against" {
			continue
		}
		w := t.Head
		if toks[w].UPOS != "NOUN" || toks[w].Rel != "obl" || isName[w] || d.frames.Triggers(toks[w]) {
			continue
		}
		if v := toks[w].Head; v >= 0 && toks[v].UPOS == "VERB" && d.frames.Triggers(toks[v]) {
			toks[n].Head, toks[n].Rel = v, "obl"
		}
	}
}

// repairNominalComplements makes a noun phrase with a possessor or an
// article that the parser read as a verb's predicate complement its
// object, where the verb has none: "blasted Kell's “Big Beautiful Bill”"
// with the title's capitals read as a predicate.
func repairNominalComplements(toks []syntax.Token) {
	for i, t := range toks {
		if t.Rel != "xcomp" || t.Head < 0 || (t.UPOS != "NOUN" && t.UPOS != "PROPN") || toks[t.Head].UPOS != "VERB" || linkingVerbs[toks[t.Head].Lemma] {
			continue
		}
		owned, hasObj := false, false
		for _, c := range toks {
			if c.Head == i && (c.Rel == "nmod:poss" || c.Rel == "det") {
				owned = true
			}
			if c.Head == t.Head && c.Rel == "obj" {
				hasObj = true
			}
		}
		if owned && !hasObj {
			toks[i].Rel = "obj"
		}
	}
}

// repairRelativeRoots mends a relative clause the parser read as the main
// clause: "Kanu, who was dismissed …, has sued the firm" with "dismissed"
// the root, both "Kanu" and "who" its subjects and "sued" its conjunct.
// The conjunct after the clause's comma becomes the root, the name its
// subject, the relative clause the name's. The same holds inside a
// reported clause ("said that Pell, who stepped down last month, will
// join the firm", with "join" hung beside "stepped" on "said"): the verb
// after the comma takes the relative clause's place.
func repairRelativeRoots(toks []syntax.Token, isName []bool) {
	for v, t := range toks {
		if t.UPOS != "VERB" || t.Head >= 0 && t.Rel != "ccomp" {
			continue
		}
		name, rel, next := -1, -1, -1
		for c, ct := range toks {
			if ct.Head != v {
				continue
			}
			switch {
			case (strings.HasPrefix(ct.Rel, "nsubj") || ct.Rel == "vocative" || ct.Rel == "dep") && c < v && isName[c] && name < 0:
				name = c
			case strings.HasPrefix(ct.Rel, "nsubj") && c < v && (ct.XPOS == "WP" || ct.XPOS == "WDT" || hasWhose(toks, c)):
				// "who was dismissed", "whose lawyers have threatened"
				rel = c
			case ct.Rel == "conj" && c > v && ct.UPOS == "VERB" && next < 0:
				next = c
			}
		}
		if h := t.Head; next < 0 && h >= 0 {
			for c, ct := range toks {
				if ct.Head == h && c > v && ct.UPOS == "VERB" && (ct.Rel == "parataxis" || ct.Rel == "conj") {
					next = c
					break
				}
			}
		}
		obj := -1
		if next < 0 {
			// "Veritas PAC, which is funded by Holloway, attacked Leon
			// Park" with "attacked" read as an adjective of the name
			// after it: that name is its object.
			for c := v + 1; c+1 < len(toks); c++ {
				if ct := toks[c]; ct.UPOS == "VERB" && ct.Rel == "amod" && ct.Head > c && isName[ct.Head] && toks[c-1].Form == "," && inSubtree(toks, c, v) {
					next, obj = c, ct.Head
					break
				}
			}
		}
		if name < 0 || rel < name || next < 0 || toks[name+1].Form != "," {
			continue
		}
		// The conjunct opens after a comma and has no subject of its own.
		comma := false
		for k := next - 1; k > v && !comma; k-- {
			comma = toks[k].Form == ","
			if toks[k].Head == next && strings.HasPrefix(toks[k].Rel, "nsubj") {
				comma = false
				break
			}
		}
		if !comma {
			continue
		}
		toks[next].Head, toks[next].Rel = t.Head, t.Rel
		toks[name].Head, toks[name].Rel = next, "nsubj"
		toks[v].Head, toks[v].Rel = name, "acl:relcl"
		if obj >= 0 {
			toks[obj].Head, toks[obj].Rel = next, "obj"
		}
		for c := range toks {
			// What followed the clause (its closing comma, the final
			// period) is the new head's, and so is the "that" before
			// the name.
			if toks[c].Head == v && (c > next || c < name && toks[c].Rel == "mark") {
				toks[c].Head = next
			}
		}
	}
}

// repairNounObjects makes a name right after a common noun that the
// parser made the noun's object (a noun takes none) the noun's
// apposition: "Rival tenors Matteo Salvadori and Sergei Orlov reconciled",
// with "tenors" no title the mentions stage knows.
func repairNounObjects(toks []syntax.Token, isName []bool) {
	for c := 1; c < len(toks); c++ {
		n := c - 1
		if isName[c] && toks[c].Rel == "obj" && toks[c].Head == n && toks[n].UPOS == "NOUN" && !isName[n] {
			toks[c].Rel = "appos"
		}
		// "will host trade delegate Hortense Lavigne for breakfast" with
		// "delegate" the object and the name a second complement of the
		// verb: the name sets off the noun before it.
		if isName[c] && toks[n].UPOS == "NOUN" && !isName[n] && toks[n].Head >= 0 && toks[c].Head == toks[n].Head && (toks[n].Rel == "obj" || toks[n].Rel == "iobj") {
			switch toks[c].Rel {
			case "xcomp", "obj", "dep", "iobj":
				toks[c].Head, toks[c].Rel = n, "appos"
			}
		}
	}
}

// repairAppositiveParticiples hangs on an apposition's noun the
// participle right after it that the parser hung on the clause's verb:
// "gave $1 million to Citizens for Clean Water, a group opposing Mayor
// Hale" made Ann Cole, the giver, the one opposing. A present participle
// with an object, right after a common noun set beside a name, is that
// noun's modifier (and so its agent the name's).
func repairAppositiveParticiples(toks []syntax.Token, isName []bool) {
	for v := 2; v < len(toks); v++ {
		n := v - 1
		t := toks[v]
		if t.XPOS != "VBG" || t.UPOS != "VERB" || base(t.Rel) != "advcl" || t.Head == n || toks[n].UPOS != "NOUN" || toks[n].Rel != "appos" {
			continue
		}
		if h := toks[n].Head; h < 0 || !isName[h] || !hasChild(toks, v, "obj") {
			continue
		}
		toks[v].Head, toks[v].Rel = n, "acl"
	}
}

// repairGroupAppositions makes a list of names set off by a comma right
// after a plural noun that noun's apposition, the names conjuncts of the
// first: "criticized both candidates, Tom Baird and Ada Nwosu, for their
// plans", which the parser may hang on a later word ("plans") as a
// compound. Only a whole list ("A and B", "A, B and C") closed by a
// comma, a full stop or the sentence's end counts: "the senators, Baird
// said" is no list. Names the parser made a clause's subject or object
// are left as they are.
func repairGroupAppositions(toks []syntax.Token, isName []bool) {
	for n := 0; n+4 < len(toks); n++ {
		if toks[n].UPOS != "NOUN" || toks[n].XPOS != "NNS" || isName[n] || toks[n+1].Form != "," || !isName[n+2] {
			continue
		}
		list := []int{n + 2}
		k := n + 3
		for k+1 < len(toks) && toks[k].Form == "," && isName[k+1] {
			list = append(list, k+1)
			k += 2
		}
		if k+1 >= len(toks) || !strings.EqualFold(toks[k].Form, "and") || !isName[k+1] {
			continue
		}
		cc := k
		list = append(list, k+1)
		end := k + 2
		if end < len(toks) && toks[end].Form != "," && toks[end].UPOS != "PUNCT" {
			continue
		}
		first := list[0]
		switch toks[first].Rel {
		case "compound", "conj", "dep", "obl", "nmod", "obl:unmarked", "list", "parataxis":
		default:
			continue // (a subject or object the parser gave the names is kept)
		}
		toks[first].Head, toks[first].Rel = n, "appos"
		toks[n+1].Head = first
		for i, c := range list[1:] {
			toks[c].Head, toks[c].Rel = first, "conj"
			toks[c-1].Head = c // (the comma or "and" before it)
			if i == len(list)-2 {
				toks[cc].Head, toks[cc].Rel = c, "cc"
			}
		}
		if end < len(toks) && toks[end].Form == "," {
			toks[end].Head, toks[end].Rel = first, "punct"
		}
	}
}

// repairNameAndNoun mends a name joined by "and" to a noun phrase after
// it that the parser read as the noun's compound ("Lena Ortiz and the
// bank's chairman, Sam Cole, met …" with Ortiz a modifier of
// "chairman"): the name takes the noun's place in the sentence and the
// noun becomes its conjunct.
func repairNameAndNoun(toks []syntax.Token, isName []bool) {
	for i := 0; i+2 < len(toks); i++ {
		h := toks[i].Head
		if !isName[i] || toks[i].Rel != "compound" || !strings.EqualFold(toks[i+1].Form, "and") || h <= i+1 || toks[h].UPOS != "NOUN" || isName[h] {
			continue
		}
		inside := true // the words between are the noun's phrase
		for k := i + 2; k < h; k++ {
			inside = inside && inSubtree(toks, k, h)
		}
		if !inside {
			continue
		}
		toks[i].Head, toks[i].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = i, "conj"
		toks[i+1].Head, toks[i+1].Rel = h, "cc"
	}
}

// repairRootNameObjects mends a sentence the parser rooted on its object
// name, with the past-tense verb before it read as the name's adjective
// and the subject name as a compound of it: "Dana Price, who is backed by
// Holloway, attacked Leon Park." The verb becomes the root, the subject
// name its subject and the object name its object. So too with a pronoun
// right before the verb ("Both praised Pikett on Thursday").
func repairRootNameObjects(toks []syntax.Token, isName []bool) {
	for v := 1; v+1 < len(toks); v++ {
		n := v + 1
		// (or a pronoun right before the verb: "Both praised Pikett …")
		pron := pronounSubjects[strings.ToLower(toks[v-1].Form)] && toks[v-1].Head == n
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || toks[v].Rel != "amod" || toks[v].Head != n || toks[v-1].Form != "," && !pron || !isName[n] || toks[n].Head >= 0 {
			continue
		}
		subj := -1
		for c := 0; c < v; c++ {
			if toks[c].Head == n && isName[c] && (toks[c].Rel == "compound" || strings.HasPrefix(toks[c].Rel, "nsubj")) {
				subj = c
				break
			}
		}
		if pron {
			subj = v - 1
			toks[subj].UPOS = "PRON"
		}
		if subj < 0 {
			continue
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		for c := range toks {
			if toks[c].Head == n && c != v {
				toks[c].Head = v
			}
		}
		toks[subj].Rel = "nsubj"
		toks[n].Head, toks[n].Rel = v, "obj"
		return
	}
}

// repairRelativeAdverbials mends a relative clause the parser hung on
// the main verb as an adverbial clause, with the name before it as the
// clause's second subject: "Pell, who stepped down last month, will join
// the firm" read with "stepped" an adverbial of "join" and both "Pell" and
// "who" its subjects. The name becomes the main verb's subject and the
// clause the name's.
func repairRelativeAdverbials(toks []syntax.Token, isName []bool) {
	for r, t := range toks {
		if r < 2 || !strings.HasPrefix(t.Rel, "nsubj") || t.XPOS != "WP" || toks[r-1].Form != "," {
			continue
		}
		v, n := t.Head, r-2
		if v <= r || toks[v].Rel == "acl:relcl" || toks[n].Head != v || !strings.HasPrefix(toks[n].Rel, "nsubj") || !isName[n] && toks[n].UPOS != "PROPN" {
			continue
		}
		h := toks[v].Head
		if h <= v || toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			continue
		}
		subj, pass := false, false
		for c := range toks {
			if toks[c].Head == h {
				subj = subj || strings.HasPrefix(toks[c].Rel, "nsubj") || strings.HasPrefix(toks[c].Rel, "csubj")
				pass = pass || toks[c].Rel == "aux:pass"
			}
		}
		if subj {
			continue
		}
		toks[n].Head, toks[n].Rel = h, "nsubj"
		if pass {
			toks[n].Rel = "nsubj:pass"
		}
		toks[v].Head, toks[v].Rel = n, "acl:relcl"
	}
}

// repairDescribedObjectNames makes a name set off by a comma right after
// a definite description the apposition of the description, where the
// parser hung it elsewhere: on the verb as a bare oblique ("fired its
// head of sales, Nadia Ferro, on Monday"), as an oblique of the verb
// ("leads the state teachers union, the Ohio Teachers Guild"), or as a
// conjunct with no conjunction ("chief executive of the combined company,
// Brightway Stride").
func repairDescribedObjectNames(toks []syntax.Token, isName []bool) {
	for n := 2; n < len(toks); n++ {
		t := toks[n]
		comma := n - 1
		if strings.EqualFold(toks[comma].Form, "the") && toks[comma].Head == n && comma > 1 {
			comma-- // ", the Ohio Teachers Guild"
		}
		if !isName[n] || toks[comma].Form != "," || t.Head < 0 {
			continue
		}
		switch t.Rel {
		case "obl:unmarked", "dep":
		case "appos":
			if toks[t.Head].UPOS != "VERB" {
				continue // (a verb has no apposition)
			}
		case "obl":
			if hasChild(toks, n, "case") {
				continue // "…, on behalf of Acme"
			}
		case "conj":
			if hasChild(toks, n, "cc") || hasChild(toks, n, "conj") || n+1 < len(toks) && strings.EqualFold(toks[n+1].Form, "and") {
				continue // a list: "the mayor, Ana Pell and Tom Cruz"
			}
		default:
			continue
		}
		// the description: the noun whose phrase ends right before the
		// comma, definite ("the", "its", a possessor)
		o := -1
		for k := comma - 1; k >= 0; k = toks[k].Head {
			if toks[k].UPOS == "NOUN" && !isName[k] && lastOfPhrase(toks, k) == comma-1 {
				o = k
			}
			if toks[k].Head < 0 || toks[k].Head > comma-1 {
				break
			}
		}
		if o < 0 || o == t.Head && t.Rel != "conj" || !definiteNoun(toks, o) {
			continue
		}
		toks[n].Head, toks[n].Rel = o, "appos"
		toks[comma].Head = n
	}
}

// lastOfPhrase returns the last token of token h's subtree.
func lastOfPhrase(toks []syntax.Token, h int) int {
	last := h
	for c := range toks {
		if c > last && inSubtree(toks, c, h) {
			last = c
		}
	}
	return last
}

// definiteNoun reports whether noun h has a definite determiner or a
// possessor: "the union", "its head of sales", "Acme's chief".
func definiteNoun(toks []syntax.Token, h int) bool {
	for _, t := range toks {
		if t.Head == h && (t.Rel == "nmod:poss" || t.Rel == "det" && definiteDeterminers[strings.ToLower(t.Form)]) {
			return true
		}
	}
	return false
}

// definiteDeterminers make a noun phrase definite.
var definiteDeterminers = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true}

// repairDistantAgents gives a passive with no agent the by-phrase the
// parser hung on a noun of the passive's oblique: "is being sued in an
// employment tribunal by its former director, Owen Marsh".
func repairDistantAgents(toks []syntax.Token) {
	for b, t := range toks {
		n := t.Head
		if t.Rel != "case" || !strings.EqualFold(t.Form, "by") || n < 0 || toks[n].Rel != "nmod" {
			continue
		}
		o := toks[n].Head
		if o < 0 || !strings.HasPrefix(toks[o].Rel, "obl") || toks[o].Head < 0 {
			continue
		}
		v := toks[o].Head
		if toks[v].XPOS != "VBN" || !hasChild(toks, v, "aux:pass") && !hasChild(toks, v, "nsubj:pass") || hasChild(toks, v, "obl:agent") || b < v {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obl:agent"
	}
}

// repairPossessiveCoordination mends "Lisa Crane and Gorman Steel's chief
// negotiator, Paul Aird, held talks", read as the negotiator of both: a
// person's name is coordinated with the description whose possessor, an
// organization, the parser made the person's conjunct.
func (d *stage) repairPossessiveCoordination(toks []syntax.Token, isName []bool) {
	for x := range toks {
		n := toks[x].Head
		if !isName[x] || n <= x || toks[n].UPOS != "NOUN" || isName[n] || d.entityTypeOf(toks[x]) != doc.Person {
			continue
		}
		y := -1
		for c := x + 1; c < n; c++ {
			if toks[c].Head == x && toks[c].Rel == "conj" && isName[c] && d.entityTypeOf(toks[c]) == doc.Org && hasChild(toks, c, "case") {
				y = c
			}
		}
		if y < 0 || toks[n].Head < 0 {
			continue
		}
		toks[x].Head, toks[x].Rel = toks[n].Head, toks[n].Rel
		toks[n].Head, toks[n].Rel = x, "conj"
		toks[y].Head, toks[y].Rel = n, "nmod:poss"
		for c := x + 1; c < y; c++ {
			if toks[c].Head == y && toks[c].Rel == "cc" {
				toks[c].Head = n
			}
		}
	}
}

// repairPassiveAmods mends a passive the parser read as an adjective of
// the noun after it, rooting the sentence on the noun: "Kemp, who joined
// …, was appointed chief executive on Monday" with "appointed" an amod of
// "executive". A participle with an auxiliary is a verb: it takes the
// noun's place, the noun becomes its predicate, and the noun's subject,
// punctuation and the phrases after it go to the verb.
func repairPassiveAmods(toks []syntax.Token) {
	for v, t := range toks {
		n := t.Head
		if t.XPOS != "VBN" || t.Rel != "amod" || n <= v || toks[n].UPOS != "NOUN" || !hasChild(toks, v, "aux:pass") && !hasChild(toks, v, "aux") {
			continue
		}
		for c := range toks {
			if toks[c].Head != n || c == v {
				continue
			}
			if r := toks[c].Rel; strings.HasPrefix(r, "nsubj") || r == "punct" || c > n {
				toks[c].Head = v
				if strings.HasPrefix(r, "nsubj") {
					toks[c].Rel = "nsubj:pass"
				}
			}
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
		toks[n].Head, toks[n].Rel = v, "xcomp"
	}
}

// repairSumObjects makes a sum the parser hung on a verb as a compound
// the verb's object, with the words before it that the parser hung on
// the verb: "gave a further $500,000 to …" read with "a" and "further"
// the verb's and "$" its compound.
func repairSumObjects(toks []syntax.Token) {
	for i, t := range toks {
		v := t.Head
		if t.XPOS != "$" || t.Rel != "compound" && t.Rel != "dep" || v < 0 || v > i || toks[v].UPOS != "VERB" || hasChild(toks, v, "obj") {
			continue
		}
		toks[i].Rel = "obj"
		for k := v + 1; k < i; k++ {
			if toks[k].Head == v && (toks[k].Rel == "det" || toks[k].Rel == "advmod" || toks[k].Rel == "amod") {
				toks[k].Head = i
			}
		}
	}
}

// repairDoubleObjects mends two objects the parser gave one verb. Set off
// by a comma right after a name, the second is that name's apposition:
// "added Rusk, Governor Tallman's former chief of staff, to its board"
// read with "chief" a second object (or an adverbial clause). Right
// after a name or pronoun, with no comma, after a verb of giving, the
// first is the indirect object: "issued Ohl an ultimatum".
func repairDoubleObjects(toks []syntax.Token, isName []bool) {
	for o2, t := range toks {
		if t.Head < 0 || !(t.Rel == "obj" || t.UPOS == "NOUN" && (t.Rel == "advcl" || t.Rel == "dep" || t.Rel == "obl:unmarked")) {
			continue // (or a noun phrase read as a clause or left unlabelled)
		}
		v := t.Head
		o1 := -1
		for c := 0; c < o2; c++ {
			if toks[c].Head == v && toks[c].Rel == "obj" && isName[c] {
				o1 = c
			}
		}
		if o1 < 0 || o1+1 >= o2 || toks[o1+1].Form != "," {
			continue
		}
		first := o2 // the second object's phrase opens right after the comma
		for c := o1 + 2; c < o2; c++ {
			if !inSubtree(toks, c, o2) {
				first = -1
				break
			}
		}
		if first < 0 {
			continue
		}
		toks[o2].Head, toks[o2].Rel = o1, "appos"
		if toks[o1+1].Head != o2 {
			toks[o1+1].Head = o2
		}
	}
	// "received the union leader, Chidinma Eze,": a noun right before
	// another the parser made the same verb's object is its compound.
	for o1, t := range toks {
		if o2 := o1 + 1; t.Rel == "obj" && t.UPOS == "NOUN" && o2 < len(toks) && toks[o2].Rel == "obj" && toks[o2].UPOS == "NOUN" && toks[o2].Head == t.Head && !isName[o1] {
			toks[o1].Head, toks[o1].Rel = o2, "compound"
		}
	}
	// "issued Ohl an ultimatum", "wrote him a $15,000 check": a name or a
	// pronoun right before a second object of the same verb, with no comma
	// between, is the one it is given to.
	for o1, t := range toks {
		if t.Rel != "obj" || t.Head < 0 || o1+1 >= len(toks) || toks[o1+1].Form == "," || !doubleObjectVerbs[strings.ToLower(toks[t.Head].Lemma)] {
			continue // (not a verb of naming: "called him a menace")
		}
		// (a common noun only before "a" and a sum: "handed the group a
		// $2.5 million check")
		noun := !isName[o1] && t.UPOS == "NOUN" && strings.EqualFold(toks[o1+1].Form, "a") && o1+2 < len(toks) && toks[o1+2].Form == "$"
		if !isName[o1] && t.UPOS != "PRON" && !noun {
			continue
		}
		for o2 := o1 + 1; o2 < len(toks); o2++ {
			if toks[o2].Head != t.Head || toks[o2].UPOS != "NOUN" || timeNounWords[strings.ToLower(toks[o2].Lemma)] || strings.HasSuffix(toks[o2].Form, "ing") || !inSubtree(toks, o1+1, o2) {
				continue // ("paid him last week": a time; "sent her packing")
			}
			// (an unmarked oblique only when it is "a …": "wrote him a
			// $15,000 check")
			if toks[o2].Rel == "obj" || (toks[o2].Rel == "obl:unmarked" || noun && toks[o2].Rel == "advcl") && strings.EqualFold(toks[o1+1].Form, "a") {
				toks[o1].Rel, toks[o2].Rel = "iobj", "obj"
				break
			}
		}
	}
}

// repairRootNounObjects mends a sentence the parser rooted on the object
// of its verb, with the verb hung on its subject as a clause and the
// subject hung on the object: "On Monday the former partners made
// peace" read with "peace" the root. The verb becomes the root, with
// the subject and the object its own.
func repairRootNounObjects(toks []syntax.Token) {
	for v := 1; v+1 < len(toks); v++ {
		n := v + 1
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || toks[v].Rel != "acl" || toks[n].Head >= 0 || toks[n].UPOS != "NOUN" {
			continue
		}
		subj := toks[v].Head
		if subj < 0 || subj >= v || toks[subj].Head != n || !strings.HasPrefix(toks[subj].Rel, "nsubj") {
			continue
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		for c := range toks {
			if toks[c].Head == n && c != v && c != subj && c < v {
				toks[c].Head = v // the fronted phrases and punctuation
			}
			if toks[c].Head == n && c > n && (toks[c].UPOS == "PUNCT" || strings.HasPrefix(toks[c].Rel, "obl") || toks[c].Rel == "advcl") {
				toks[c].Head = v
			}
		}
		toks[subj].Head = v
		toks[n].Head, toks[n].Rel = v, "obj"
		return
	}
}

// rootIndex returns the root of a parse (its last word without a head),
// or -1.
func rootIndex(toks []syntax.Token) int {
	r := -1
	for k, t := range toks {
		if t.Head < 0 {
			r = k
		}
	}
	return r
}

// moveFinalPunct hangs the sentence's final punctuation, hung on the old
// root from, on the new root to.
func moveFinalPunct(toks []syntax.Token, from, to int) {
	if n := len(toks) - 1; n >= 0 && toks[n].Head == from && toks[n].UPOS == "PUNCT" {
		toks[n].Head = to
	}
}

// nounRoot returns the root of a parse when it is a noun or a name (a
// sentence the parser left without a predicate), or -1.
func nounRoot(toks []syntax.Token) int {
	r := rootIndex(toks)
	if r < 0 || toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" {
		return -1
	}
	return r
}

// repairNounRoots mends a sentence the parser rooted on its subject
// noun, with the verb read as a clause on the subject (or on its last
// conjunct): "The company and the union reconciled on Monday" with
// "company" the root and "reconciled" a clause on "union". A sentence
// whose root is a noun has no predicate; the first past or present verb
// hung on the subject's phrase, with no subject of its own (nor a
// by-phrase, as a participle's "acquired by …" has), is it.
func repairNounRoots(toks []syntax.Token) {
	r := nounRoot(toks)
	if r < 0 {
		return
	}
	inSubject := func(h int) bool {
		for n := 0; h >= 0 && n < 4; h, n = toks[h].Head, n+1 {
			if h == r {
				return true
			}
			if toks[h].Rel != "conj" {
				return false
			}
		}
		return false
	}
	for v := r + 1; v < len(toks); v++ {
		t := toks[v]
		if t.UPOS != "VERB" {
			continue
		}
		if t.Rel != "acl" || t.XPOS != "VBD" && t.XPOS != "VBN" && t.XPOS != "VBZ" && t.XPOS != "VBP" || !inSubject(t.Head) || hasChild(toks, v, "nsubj") || hasChild(toks, v, "mark") || hasChild(toks, v, "obl:agent") {
			return
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		for c := range toks {
			if c > v && toks[c].Head == r && toks[c].UPOS == "PUNCT" {
				toks[c].Head = v
			}
		}
		return
	}
}

// repairMarkedNounVerbs reads as the verb of its clause a plural noun
// that a subordinator opens and that has an object: "unless the board
// abandons its merger" tagged with "abandons" a noun and "board" its
// compound. A clause has a verb; the compound before it is its subject.
func repairMarkedNounVerbs(toks []syntax.Token) {
	for v, t := range toks {
		if t.UPOS != "NOUN" || t.XPOS != "NNS" || !strings.HasSuffix(t.Form, "s") || base(t.Rel) != "advcl" && base(t.Rel) != "ccomp" || !hasChild(toks, v, "obj") {
			continue
		}
		mk := -1
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "mark" && c < v {
				mk = c
			}
		}
		if mk < 0 || toks[mk].UPOS != "SCONJ" {
			continue
		}
		toks[v].UPOS, toks[v].XPOS = "VERB", "VBZ"
		for c := v - 1; c > mk; c-- {
			if toks[c].Head == v && toks[c].Rel == "compound" {
				toks[c].Rel = "nsubj"
				break
			}
		}
	}
}

// repairDayNameSubjects gives the verb back its subject name where the
// parser read a day before it as the subject and the name as the day's
// continuation: "On Saturday Ellis sacked Rowe" with "Ellis" flat under
// "Saturday".
func repairDayNameSubjects(toks []syntax.Token, isName []bool) {
	for t, tok := range toks {
		if !strings.HasPrefix(tok.Rel, "nsubj") || !rules.WeekdayOrMonth(tok.Form) || tok.Head < 0 {
			continue
		}
		for c := t + 1; c < len(toks); c++ {
			if toks[c].Head == t && toks[c].Rel == "flat" && isName[c] {
				toks[c].Head, toks[c].Rel = tok.Head, tok.Rel
				toks[t].Head, toks[t].Rel = tok.Head, "obl"
				break
			}
		}
	}
}

// pronounSubjects may stand as a clause's subject right before its verb.
var pronounSubjects = map[string]bool{"both": true, "they": true, "he": true, "she": true, "we": true}

// repairBothSubjects makes "both" the subject of the verb it opens the
// clause of, where the parser hung it on the verb as a modifier and left
// the verb without a subject: "Both praised Governor Pike" — the two
// spoken of before.
func repairBothSubjects(toks []syntax.Token) {
	for k, t := range toks {
		v := t.Head
		if !strings.EqualFold(t.Form, "both") || v <= k || toks[v].UPOS != "VERB" {
			continue
		}
		// (opening the clause: first, after a comma, or after a phrase
		// of time, "This year both donated …")
		fronted := !slices.ContainsFunc(toks[:k], func(x syntax.Token) bool { return !timeWord(x) && x.UPOS != "DET" })
		if k > 0 && toks[k-1].Form != "," && !fronted {
			continue
		}
		if hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
			continue
		}
		toks[k].Rel, toks[k].UPOS, toks[k].XPOS = "nsubj", "PRON", "DT"
	}
}

// repairNothingBut puts the noun after "nothing but" in the place of
// "nothing": "had nothing but praise for Chuma" has praise, and the
// light verb lends it its subject.
func repairNothingBut(toks []syntax.Token) {
	for k := 0; k+2 < len(toks); k++ {
		if w := strings.ToLower(toks[k].Form); w != "nothing" || !strings.EqualFold(toks[k+1].Form, "but") {
			continue
		}
		for x := k + 2; x < len(toks) && x <= k+4; x++ {
			if toks[x].Head == k && toks[x].UPOS == "NOUN" {
				toks[x].Head, toks[x].Rel = toks[k].Head, toks[k].Rel
				toks[k].Head, toks[k].Rel = x, "advmod"
				break
			}
		}
	}
}

// repairTimeThatClauses gives a verb of saying or demand back the
// that-clause the parser read as a relative clause on a phrase of time
// between them: "demanded last week that Gupta resign", "said on Monday
// that the talks had failed". The clause has a subject of its own, so
// "that" is no relative pronoun.
func repairTimeThatClauses(toks []syntax.Token) {
	for k, t := range toks {
		if !strings.EqualFold(t.Form, "that") || t.Head <= k {
			continue
		}
		v := t.Head
		h := toks[v].Head
		if toks[v].Rel != "acl:relcl" || h < 0 || h >= k || !timeWord(toks[h]) || toks[h].Head < 0 {
			continue
		}
		d := toks[h].Head
		if w := strings.ToLower(toks[d].Form); toks[d].UPOS != "VERB" || !rules.SpeechVerbs[w] && !frame.DemandVerb(strings.ToLower(toks[d].Lemma)) {
			continue
		}
		subj := false
		for c := k + 1; c < v; c++ {
			subj = subj || toks[c].Head == v && strings.HasPrefix(toks[c].Rel, "nsubj")
		}
		if !subj {
			continue
		}
		toks[v].Head, toks[v].Rel = d, "ccomp"
		toks[k].Head, toks[k].Rel, toks[k].UPOS, toks[k].XPOS = v, "mark", "SCONJ", "IN"
	}
}

// repairEmphaticReflexives hangs on the name before it a reflexive that
// stresses who did it ("Sarno himself gave $5,000 to …"), which the
// parser may make a second subject or a phrase of the verb: it is no
// party of its own.
func repairEmphaticReflexives(toks []syntax.Token, isName []bool) {
	for k := 1; k+1 < len(toks); k++ {
		switch strings.ToLower(toks[k].Form) {
		case "himself", "herself", "themselves", "itself":
		default:
			continue
		}
		if n := toks[k+1].UPOS; !isName[k-1] || n != "VERB" && n != "AUX" && n != "ADV" {
			continue
		}
		if h, r := toks[k].Head, toks[k].Rel; strings.HasPrefix(r, "nsubj") && h >= 0 && !strings.HasPrefix(toks[k-1].Rel, "nsubj") {
			toks[k-1].Head, toks[k-1].Rel = h, r // the name is the subject the reflexive stood as
		}
		toks[k].Head, toks[k].Rel = k-1, "nmod:npmod"
	}
}

// nounBeforeName returns the common noun that ends the phrase right
// before name k and its comma (", The Harbor Herald" after "the student
// newspaper"), or -1.
func nounBeforeName(toks []syntax.Token, k int) int {
	p := k - 1
	if p >= 0 && toks[p].UPOS == "DET" && toks[p].Head == k {
		p--
	}
	if p < 1 || toks[p].Form != "," || toks[p-1].UPOS != "NOUN" {
		return -1
	}
	return p - 1
}

// appositionSubject reports whether c, the second subject the parser gave
// verb v, is a name set off by commas after the first, a common noun and
// its phrase: "The governor of the province, Rafael Quispe Mamani,
// received …" names the governor.
func appositionSubject(toks []syntax.Token, v, first, c int) bool {
	if toks[first].UPOS != "NOUN" || toks[c].UPOS != "PROPN" || c < 1 || toks[c-1].Form != "," {
		return false
	}
	end := c + 1
	for end < v && toks[end].Head == c && toks[end].Rel == "flat" {
		end++
	}
	return end < v && toks[end].Form == ","
}

// repairAppositionTails gives the clause back a phrase that follows an
// apposition after its closing comma, where the parser hung it on the
// apposition: "hired Lyle, the former press secretary, as president of
// the PAC" read with "as president" a modifier of "secretary". The
// phrase modifies the verb the apposition's name depends on.
func repairAppositionTails(toks []syntax.Token) {
	for x, t := range toks {
		if t.Head < 0 || t.Rel != "nmod" || toks[t.Head].Rel != "appos" {
			continue
		}
		a := t.Head
		anchor := toks[a].Head
		if anchor < 0 || anchor > a || toks[anchor].Head < 0 {
			continue
		}
		v := toks[anchor].Head
		if toks[v].UPOS != "VERB" {
			continue
		}
		switch base(toks[anchor].Rel) {
		case "obj", "nsubj", "iobj":
		default:
			continue
		}
		first := x
		for c := x - 1; c > a; c-- {
			if toks[c].UPOS != "PUNCT" && inSubtree(toks, c, x) {
				first = c
			}
		}
		if first-1 <= a || toks[first-1].Form != "," {
			continue
		}
		toks[x].Head, toks[x].Rel = v, "obl"
		if toks[first-1].Head == x {
			toks[first-1].Head = v
		}
	}
}

// repairSubordinatePrepositions mends "after" (or "before", "since",
// "until") read as a preposition before a clause: "threatened legal
// action after the Ledger published the letter" parsed with "the
// Ledger" the object of "after" and "published" a conjunct of the main
// verb. The word marks the clause, the noun is its subject, and the
// clause hangs on the verb the noun's phrase hung on.
func repairSubordinatePrepositions(toks []syntax.Token) {
	for a, t := range toks {
		w := strings.ToLower(t.Form)
		if t.Rel != "case" || w != "after" && w != "before" && w != "since" && w != "until" {
			continue
		}
		n := t.Head
		if n < 0 || toks[n].UPOS != "PROPN" && toks[n].UPOS != "NOUN" && toks[n].UPOS != "PRON" {
			continue
		}
		end := n
		for k := n + 1; k < len(toks) && inSubtree(toks, k, n); k++ {
			end = k
		}
		v := end + 1
		if v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" {
			continue
		}
		if r := base(toks[v].Rel); r != "conj" && r != "parataxis" && r != "dep" || hasChild(toks, v, "nsubj") || hasChild(toks, v, "cc") {
			continue
		}
		g := n
		for g >= 0 && toks[g].UPOS != "VERB" {
			g = toks[g].Head
		}
		if g < 0 || g == v || inSubtree(toks, g, v) {
			continue
		}
		toks[v].Head, toks[v].Rel = g, "advcl"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[a].Head, toks[a].Rel = v, "mark"
	}
}

// repairTrailingAppositions mends a name that ends its sentence after a
// noun and a comma, which the parser made a clause of its own with what
// came before hung on it: "…, while heaping praise on her rival, Hakon
// Berg." The name is the noun's apposition; what hung on it goes back to
// where the name was.
func repairTrailingAppositions(toks []syntax.Token) {
	for n := 2; n < len(toks); n++ {
		t := toks[n]
		if t.UPOS != "PROPN" || t.Rel != "parataxis" && t.Rel != "dep" || toks[n-1].Form != "," || toks[n-2].UPOS != "NOUN" {
			continue
		}
		if n+1 < len(toks) && !(toks[n+1].UPOS == "PUNCT" && (n+2 == len(toks) || toks[n+1].Form == ",")) {
			continue
		}
		if inSubtree(toks, n, n-2) || !inSubtree(toks, n-2, n) {
			continue // (the noun must hang under the name, as the misparse has it)
		}
		for c := 0; c < n-1; c++ {
			if toks[c].Head == n {
				toks[c].Head = t.Head
			}
		}
		toks[n].Head, toks[n].Rel = n-2, "appos"
		toks[n-1].Head = n
	}
	// "sued Park's company, Nexora Corp." with the name hung on the verb
	// as a bare oblique beside the object it names.
	for n := 3; n < len(toks); n++ {
		t := toks[n]
		o := n - 2
		if t.UPOS != "PROPN" || t.Rel != "obl:unmarked" && t.Rel != "dep" && t.Rel != "obj" || toks[n-1].Form != "," || toks[o].UPOS != "NOUN" || toks[o].Head != t.Head || base(toks[o].Rel) != "obj" {
			continue
		}
		if n+1 < len(toks) && !(toks[n+1].UPOS == "PUNCT" && (n+2 == len(toks) || toks[n+1].Form == ",")) {
			continue
		}
		toks[n].Head, toks[n].Rel = o, "appos"
		toks[n-1].Head = n
	}
}

// repairClausalModifiers mends a verb with a subject and an auxiliary of
// its own that the parser made a modifier of the noun after it: "Rusk
// was named vice president of public affairs at …" read with "named" an
// adjective of "president" and "president" the root. A clause is no
// adjective: the verb takes the noun's place, the noun becomes the
// verb's predicate.
func repairClausalModifiers(toks []syntax.Token) {
	for v, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "amod" || t.Head <= v {
			continue
		}
		subj, aux := false, false
		for c := range toks {
			if toks[c].Head == v && c < v {
				subj = subj || strings.HasPrefix(toks[c].Rel, "nsubj")
				aux = aux || strings.HasPrefix(toks[c].Rel, "aux")
			}
		}
		if !subj || !aux {
			continue
		}
		n := t.Head
		toks[v].Head, toks[v].Rel = toks[n].Head, toks[n].Rel
		toks[n].Head, toks[n].Rel = v, "xcomp"
		for c := range toks {
			if toks[c].Head == n && toks[c].UPOS == "PUNCT" && c > n {
				toks[c].Head = v
			}
		}
	}
}

// repairPluralPossessives reads an apostrophe set right after a word
// ending in "s" and before another word as the possessive the tagger took
// for a closing quotation mark: "at Orrin Motors' two plants", "the
// workers’ union". One after an opening single quote in the sentence
// closes it ("called them 'bosses' and left").
func repairPluralPossessives(toks []syntax.Token) {
	open := false
	for i, t := range toks {
		if t.Form != "'" && t.Form != "’" && t.Form != "‘" {
			continue
		}
		attachedBefore := i > 0 && toks[i-1].End == t.Start
		if t.Form == "‘" || !attachedBefore {
			open = !open
			continue
		}
		if open {
			open = false
			continue
		}
		if i+1 < len(toks) && toks[i+1].Start > t.End && strings.HasSuffix(strings.ToLower(toks[i-1].Form), "s") && isWordToken(toks[i+1]) {
			toks[i].UPOS, toks[i].XPOS, toks[i].Lemma = "PART", "POS", "'s"
		}
	}
}

// isWordToken reports whether t is a word (letters or digits), not
// punctuation.
func isWordToken(t syntax.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Form)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// repairPossessiveHer reads "her" before a kind of person or of
// organization, after at most two modifiers, as the possessive the
// tagger took for an object: "sued her former employer", "thanked her
// longtime backer"; and before modifiers and a noun, however unknown,
// that end at a name ("praised her former co-star Luca Bertolini"); and
// before a gerund that is a noun trigger (isNoun), which is then that
// noun: "offered her backing to Quill", "gave her blessing".
func repairPossessiveHer(toks []syntax.Token, names []int, isNoun func(string) bool) {
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Form, "her") || toks[i].XPOS != "PRP" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			w := strings.ToLower(toks[j].Form)
			if toks[j].XPOS == "VBG" && isNoun(w) {
				toks[i].XPOS, toks[i].Lemma = "PRP$", "her"
				toks[j].UPOS, toks[j].XPOS, toks[j].Lemma = "NOUN", "NN", w
				break
			}
			if j > i+1 && slices.Contains(names, j) {
				toks[i].XPOS, toks[i].Lemma = "PRP$", "her"
				break
			}
			if toks[j].UPOS == "NOUN" {
				if rules.PersonNoun(w) || rules.PersonNoun(strings.TrimSuffix(w, "s")) || len(rules.OrgKinds[w]) > 0 || slices.Contains(names, j+1) {
					toks[i].XPOS, toks[i].Lemma = "PRP$", "her"
				}
				break
			}
			if toks[j].UPOS != "ADJ" && toks[j].XPOS != "VBN" {
				break
			}
		}
	}
}

// repairSightingWith hangs on a verb of sighting in the passive (the
// frames' class sighted: photographed, spotted; "seen with" has frames
// of its own) the with-phrase of the participle that tells what the one
// seen was doing: "was photographed leaving a restaurant in Milan with
// Gallina" (seen with Gallina, the sighting frame reads).
func repairSightingWith(toks []syntax.Token, sighting func(lemma string) bool) {
	for v, t := range toks {
		if t.UPOS != "VERB" || !sighting(strings.ToLower(t.Lemma)) || !hasChild(toks, v, "aux:pass") && !hasChild(toks, v, "nsubj:pass") || hasCase(toks, v, "with") {
			continue
		}
		for c := v + 1; c < len(toks); c++ {
			if toks[c].Head != v || toks[c].XPOS != "VBG" {
				continue
			}
			// (not a doing that is together itself: "seen dining with
			// …", "photographed shaking hands with …" have their frames)
			moving := movingVerbs[strings.ToLower(toks[c].Lemma)]
			for g := c + 1; g < len(toks); g++ {
				if h := toks[g].Head; (h == c && moving || h >= 0 && h != c && toks[h].Head == c && toks[h].UPOS == "NOUN") && hasCase(toks, g, "with") && (strings.HasPrefix(toks[g].Rel, "obl") || strings.HasPrefix(toks[g].Rel, "nmod")) {
					toks[g].Head, toks[g].Rel = v, "obl"
					break
				}
			}
		}
	}
}

// repairObjectHer gives a preposition back the "her" the parser read as
// the possessive of the next phrase's noun: "made peace with her over
// dinner" with "with" and "over" both marking "dinner" and "her" its
// possessor. A "her" between two prepositions of one noun is the first
// one's object.
func repairObjectHer(toks []syntax.Token) {
	for i := 1; i+1 < len(toks); i++ {
		h := toks[i].Head
		if !strings.EqualFold(toks[i].Form, "her") || toks[i].Rel != "nmod:poss" || h <= i || toks[i+1].UPOS != "ADP" || toks[i-1].UPOS != "ADP" ||
			toks[i-1].Head != h && toks[i-1].Head != i || toks[i+1].Head != h || toks[h].Head < 0 {
			continue
		}
		toks[i].Head, toks[i].Rel = toks[h].Head, "obl"
		toks[i].XPOS = "PRP"
		toks[i-1].Head = i
	}
}

// repairVerbAfterApposition mends a sentence the parser left headed by
// its subject: "Abara, the embattled chairman of Redfern Textiles,
// resigned on Monday" read with the name the root and "resigned" a
// modifier of "chairman". A verb after the apposition's closing comma,
// with no subject of its own, is the sentence's head, and the name its
// subject.
func repairVerbAfterApposition(toks []syntax.Token) {
	r := nounRoot(toks)
	if r < 0 {
		return
	}
	for v, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "acl" || v < 2 || toks[v-1].Form != "," || v <= r {
			continue
		}
		inAppos := false
		for a := range toks {
			if toks[a].Head == r && toks[a].Rel == "appos" && a < v && inSubtree(toks, t.Head, a) {
				inAppos = true // (however deep: "…, the billionaire who has become one of …, huddled")
			}
		}
		if t.Head != r && !inAppos {
			continue
		}
		if t.XPOS != "VBD" && t.XPOS != "VBN" && t.XPOS != "VBZ" {
			continue
		}
		subj := false
		for c := range toks {
			subj = subj || toks[c].Head == v && strings.HasPrefix(toks[c].Rel, "nsubj")
		}
		if subj {
			continue
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		for c := range toks {
			if toks[c].Head == r && c > v && toks[c].UPOS == "PUNCT" {
				toks[c].Head = v // the final period
			}
		}
		return
	}
}

// repairNameBeforeApposition gives a verb back the name its subject's
// apposition describes, where the parser took the apposition's noun for
// the subject or for the sentence's root: "On Wednesday, Cole, a software
// entrepreneur and alumnus who sold his company, Parapet, in 2024,
// announced a gift …" read with "Cole" the apposition of "Wednesday" and
// "entrepreneur" the subject of "announced", or with "alumnus" the root,
// "Cole" its compound and "announced" its subjectless conjunct. The name
// (set off from the noun by a comma) becomes the verb's subject and the
// noun its apposition; with a noun root, a finite verb after a comma,
// conjoined to the root with no subject of its own, is the head, and what
// hung on the root before the name (an opening "And", a time) hangs on it.
// Only the sentence's first name set off by a comma is looked at.
func repairNameBeforeApposition(toks []syntax.Token, isName []bool) {
	for n := 0; n+2 < len(toks); n++ {
		if !isName[n] || toks[n+1].Form != "," || hasChild(toks, n, "case") {
			continue
		}
		h := toks[n].Head
		if toks[n].Rel == "appos" && h >= 0 && h < n && weekdayOrTime(toks[h]) && toks[h].Head > n && toks[toks[h].Head].UPOS == "VERB" {
			// "On Wednesday, Cole, a … entrepreneur …, announced"
			v := toks[h].Head
			s := slices.IndexFunc(toks, func(x syntax.Token) bool { return x.Head == v && x.Rel == "nsubj" })
			if s > n+1 && s < v && !isName[s] && toks[s].UPOS == "NOUN" {
				toks[s].Head, toks[s].Rel = n, "appos"
				toks[n].Head, toks[n].Rel = v, "nsubj"
			}
			return
		}
		r := nounRoot(toks)
		if r < 0 || isName[r] || r <= n+1 || !(toks[n].Head == r && toks[n].Rel == "compound" || toks[n].Rel == "appos" && h >= 0 && toks[h].Head == r && weekdayOrTime(toks[h])) {
			return
		}
		for v := r + 1; v < len(toks); v++ {
			t := toks[v]
			if t.UPOS != "VERB" || t.Head != r || t.Rel != "conj" || toks[v-1].Form != "," || !finiteTags[t.XPOS] || hasSubject(toks, v) {
				continue
			}
			for c := range toks {
				if toks[c].Head == r && (c < n || c > v && toks[c].UPOS == "PUNCT") {
					toks[c].Head = v
				}
			}
			toks[v].Head, toks[v].Rel = -1, "root"
			toks[n].Head, toks[n].Rel = v, "nsubj"
			toks[r].Head, toks[r].Rel = n, "appos"
			return
		}
		return
	}
}

// repairDateThatClauses mends a that-clause the parser made a relative
// clause of a date between a verb of saying and it: "announced on June
// 20 that coach Ben Cruz had been dismissed" read with "that" the
// relative pronoun of "20". The clause is the verb's complement, "that"
// its mark, and a second that-clause after "and" its conjunct.
func repairDateThatClauses(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "acl:relcl" || h < 0 || h+1 >= len(toks) || !strings.EqualFold(toks[h+1].Form, "that") || toks[h+1].Head != v {
			continue
		}
		month := false
		for c := range toks {
			month = month || toks[c].Head == h && rules.WeekdayOrMonth(toks[c].Form)
		}
		if !weekdayOrTime(toks[h]) && !(toks[h].UPOS == "NUM" && month) && !rules.WeekdayOrMonth(toks[h].Form) {
			continue
		}
		s := toks[h].Head
		if s < 0 || toks[s].UPOS != "VERB" || !sayWords[strings.ToLower(toks[s].Lemma)] {
			continue
		}
		toks[v].Head, toks[v].Rel = s, "ccomp"
		toks[h+1].Head, toks[h+1].Rel, toks[h+1].UPOS, toks[h+1].XPOS = v, "mark", "SCONJ", "IN"
		// A second that-clause after "and" the parser then made the
		// verb of saying's own conjunct is the first clause's.
		for c := v + 1; c < len(toks); c++ {
			if toks[c].Head == s && toks[c].Rel == "conj" && toks[c].UPOS == "VERB" && hasMark(toks, c, "that") {
				toks[c].Head = v
			}
		}
	}
}

// hasMark reports whether clause c is opened by the mark w.
func hasMark(toks []syntax.Token, c int, w string) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == c && t.Rel == "mark" && strings.EqualFold(t.Form, w) })
}

// repairConjunctSubjects mends a second clause whose subject, set
// beside a name, the parser made a conjunct of the first clause's verb:
// "Tal accused Rez of lying, and her party, Green Dawn, demanded his
// resignation" read with "party" and "demanded" both conjuncts of
// "accused". A name, or a noun a name is set beside, conjunct of that
// verb or of its object, right before a verb conjunct of the same head
// with no subject of its own, is that verb's subject.
func repairConjunctSubjects(toks []syntax.Token, isName []bool) {
	for v, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "conj" || t.Head < 0 || hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
			continue
		}
		for n := v - 1; n > t.Head; n-- {
			u := toks[n]
			if u.UPOS == "PUNCT" || u.Rel == "appos" || u.Head > n && u.Head < v && toks[u.Head].Rel == "appos" {
				continue // (commas, and the noun's apposition)
			}
			// (or of the first verb's object: "praised Rez, and the union,
			// Local Forward, endorsed him" read as "praised Rez and Local
			// Forward")
			named := isName[n]
			for a := n + 1; a < v && !named; a++ {
				named = isName[a] && toks[a].Head == n && toks[a].Rel == "appos"
			}
			if u.Rel == "conj" && named && (u.UPOS == "NOUN" || u.UPOS == "PROPN") && (u.Head == t.Head || u.Head >= 0 && toks[u.Head].Head == t.Head && base(toks[u.Head].Rel) == "obj") {
				toks[n].Head, toks[n].Rel = v, "nsubj"
				for c := range toks {
					// its "and" and comma go with the verb
					if c < n && toks[c].Head == n && (toks[c].Rel == "cc" || toks[c].UPOS == "PUNCT") {
						toks[c].Head = v
					}
				}
			}
			break
		}
	}
}

// repairAppointedPredicate mends "named Ostrowski interim president"
// read with the name the verb's predicate and the post an object or
// agent of the name or the verb, or with both objects: the name is the
// one appointed (the object), the post its predicate.
func repairAppointedPredicate(toks []syntax.Token, isName []bool) {
	for n := 1; n+1 < len(toks); n++ {
		v := toks[n].Head
		if !isName[n] || v != n-1 || toks[n].Rel != "xcomp" && toks[n].Rel != "obj" || toks[v].UPOS != "VERB" || !appointWords[strings.ToLower(toks[v].Lemma)] ||
			toks[n].Rel == "xcomp" && hasChild(toks, v, "obj") {
			continue
		}
		for p := n + 1; p < len(toks) && p <= n+4; p++ {
			t := toks[p]
			if t.UPOS == "DET" || t.UPOS == "ADJ" || t.XPOS == "PRP$" || t.UPOS == "NOUN" && t.Rel == "compound" {
				continue
			}
			if t.UPOS == "NOUN" && (t.Head == v || t.Head == n) && !hasChild(toks, p, "case") && rules.RoleWord(strings.ToLower(t.Lemma)) {
				toks[n].Rel = "obj"
				toks[p].Head, toks[p].Rel = v, "xcomp"
			}
			break
		}
	}
}

// repairNamedPredicate gives a verb of naming both its object and the
// word it calls the object when the parser read the name as the word's
// compound: "called Okafor arrogant" read as "called (Okafor arrogant)",
// a noun "arrogant" with "Okafor" modifying it. A name right after the
// verb, compound of the next word, a lower-case noun or adjective that
// is the verb's object, is the object, and that word its predicate.
func repairNamedPredicate(toks []syntax.Token, isName []bool) {
	for n := 1; n+1 < len(toks); n++ {
		v, p := n-1, n+1
		if !isName[n] || toks[n].Head != p || toks[n].Rel != "compound" || toks[v].UPOS != "VERB" || !namingWords[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if t := toks[p]; t.Head != v || t.Rel != "obj" && t.Rel != "xcomp" || t.UPOS != "NOUN" && t.UPOS != "ADJ" || isName[p] || t.Form != strings.ToLower(t.Form) {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[p].Rel = "xcomp"
	}
}

// namingWords give their object a name or a quality as a predicate
// (rules: nameVerbs).
var namingWords = rules.WordClass("nameVerbs")

// repairWonSums reads "won" after a number as the Korean currency, not
// the past of "win": "contributed 500 million won to Hope Kitchen" read
// as "(500 million) won (to Hope Kitchen)", a clause of winning under
// "contributed", or with "won" for the root and "donated" hung on it. The
// verb before the number governs the sum as its object, takes what the
// parser hung on "won", and takes "won"'s place if "won" governed it.
func repairWonSums(toks []syntax.Token) {
	for w := 1; w < len(toks); w++ {
		n := w - 1
		if !strings.EqualFold(toks[w].Form, "won") || toks[w].UPOS != "VERB" || toks[n].UPOS != "NUM" || toks[n].Head != w {
			continue
		}
		v := n
		for v >= 0 && toks[v].UPOS == "NUM" {
			v--
		}
		if v < 0 || toks[v].UPOS != "VERB" || toks[v].Head != w && toks[w].Head != v {
			continue
		}
		if toks[v].Head == w {
			toks[v].Head, toks[v].Rel = toks[w].Head, toks[w].Rel
		}
		for k := range toks {
			if toks[k].Head == w && k != n && k != v {
				toks[k].Head = v
			}
		}
		toks[w].UPOS, toks[w].XPOS, toks[w].Lemma, toks[w].Head, toks[w].Rel = "NOUN", "NN", "won", v, "obj"
		toks[n].Rel = "nummod"
	}
}

// appointWords put their object in a post (rules: appointVerbs).
var appointWords = rules.WordClass("appointVerbs")

// repairAndRoot mends a first clause the parser read as a reduced
// relative because a second clause follows with "and": "The board of
// trustees named Ostrowski interim president, effective immediately,
// and said a search would begin" read with "named" modifying
// "trustees" and "said" the root. A past form with an object right
// after the subject's noun, and a root opened by "and" after it, is the
// first of two coordinated predicates sharing the subject.
func repairAndRoot(toks []syntax.Token) {
	r := rootIndex(toks)
	if r < 0 || toks[r].UPOS != "VERB" {
		return
	}
	and, subj := -1, -1
	for c, t := range toks {
		if t.Head != r {
			continue
		}
		switch {
		case t.Rel == "cc" && strings.EqualFold(t.Form, "and") && c < r:
			and = c
		case t.Rel == "nsubj":
			subj = c
		}
	}
	if and < 0 || subj < 0 || subj > and {
		return
	}
	for v := subj + 1; v < and; v++ {
		t := toks[v]
		if t.UPOS != "VERB" || t.Rel != "acl" || t.XPOS != "VBN" && t.XPOS != "VBD" || !inSubtree(toks, t.Head, subj) || hasChild(toks, v, "aux") || hasChild(toks, v, "aux:pass") {
			continue
		}
		if !hasChild(toks, v, "obj") && !hasChild(toks, v, "xcomp") || slices.ContainsFunc(toks[subj:v], func(w syntax.Token) bool { return w.UPOS == "PRON" || w.UPOS == "PUNCT" }) {
			return // ("The man named by the board, and …", "the ones who …")
		}
		toks[v].Head, toks[v].Rel, toks[v].XPOS = -1, "root", "VBD"
		toks[r].Head, toks[r].Rel = v, "conj"
		toks[subj].Head = v
		moveFinalPunct(toks, r, v)
		return
	}
}

// repairNounRootInfinitive mends a garden path the parser takes after a
// noun subject's infinitive: in "Tell's threat to sue Castell drew
// criticism" it roots the sentence on "threat" and reads "Castell drew
// criticism" as what "sue" reports. When the root is a noun, its
// infinitive has no object, and a finite verb under the infinitive has
// for subject the name right after the infinitive's verb, the name is
// the infinitive's object and the finite verb the sentence's root, with
// the noun its subject.
func repairNounRootInfinitive(toks []syntax.Token) {
	r := nounRoot(toks)
	if r < 0 || toks[r].UPOS != "NOUN" {
		return
	}
	for v, t := range toks {
		h := t.Head
		if t.UPOS != "VERB" || t.Rel != "ccomp" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" || h < 0 || h+1 >= len(toks) {
			continue
		}
		if toks[h].Rel != "acl" || toks[h].Head != r || !hasChild(toks, h, "mark") || hasChild(toks, h, "obj") {
			continue
		}
		n := h + 1
		if toks[n].Head != v || toks[n].Rel != "nsubj" || toks[n].UPOS != "PROPN" {
			continue
		}
		toks[n].Head, toks[n].Rel = h, "obj"
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		moveFinalPunct(toks, r, v)
		return
	}
}

// repairPlanInfinitives hangs an infinitive back on the noun of intent
// it completes, where a word between made the parser hang it on the verb:
// "had no plans whatsoever to leave her post" — the plans are to leave,
// and "no" denies them.
func repairPlanInfinitives(toks []syntax.Token) {
	for x, t := range toks {
		if t.UPOS != "VERB" || base(t.Rel) != "advcl" || x < 2 || !strings.EqualFold(toks[x-1].Form, "to") || t.Head < 0 {
			continue
		}
		o := x - 2
		for o > 0 && (toks[o].UPOS == "ADV" || toks[o].UPOS == "PUNCT") {
			o--
		}
		if toks[o].Head != t.Head || base(toks[o].Rel) != "obj" || !intentNouns[strings.ToLower(toks[o].Lemma)] {
			continue
		}
		toks[x].Head, toks[x].Rel = o, "acl"
	}
}

// repairFalseAuxiliaries gives back its clause to a verb the tagger read
// as an auxiliary of the verb after it: "Moloi denied having given any
// money to …" read as "denied" an auxiliary of "given". The verb heads,
// the subject is its, and the rest its complement.
func repairFalseAuxiliaries(toks []syntax.Token) {
	for a, t := range toks {
		v := t.Head
		if t.Rel != "aux" || v <= a || auxLemmas[strings.ToLower(t.Lemma)] || t.XPOS == "MD" || t.UPOS != "AUX" && t.UPOS != "VERB" {
			continue
		}
		toks[a].UPOS, toks[a].Head, toks[a].Rel = "VERB", toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = a, "xcomp"
		for c := range toks {
			if toks[c].Head == v && c < a && (strings.HasPrefix(toks[c].Rel, "nsubj") || toks[c].Rel == "punct" && c == 0) {
				toks[c].Head = a
			}
			if toks[c].Head == v && c > v && toks[c].UPOS == "PUNCT" && c == len(toks)-1 {
				toks[c].Head = a
			}
		}
	}
}

// repairCausatives hangs a base verb that follows a causative verb and
// its object under it ("had Kell and Moss back her up"), where the
// parser made the base verb govern the causative.
func repairCausatives(toks []syntax.Token) {
	for v, t := range toks {
		if t.XPOS != "VB" || t.UPOS != "VERB" {
			continue
		}
		for c := v - 1; c >= 0 && c >= v-10; c-- {
			if toks[c].Head != v || !causativeVerbs[toks[c].Lemma] || toks[c].UPOS != "VERB" {
				continue
			}
			obj := false
			for k := c + 1; k < v; k++ {
				obj = obj || toks[k].Head == c && toks[k].Rel == "obj"
			}
			if !obj {
				break
			}
			toks[c].Head, toks[c].Rel = t.Head, t.Rel
			toks[v].Head, toks[v].Rel = c, "xcomp"
			for k := range toks {
				// What the parser gave the base verb before the
				// causative (its "while", its subject) is the
				// causative's.
				if k < c && toks[k].Head == v {
					toks[k].Head = c
				}
			}
			break
		}
	}
}

// repairDoubleSubjects coordinates two subjects the parser gave one verb
// with "and" between them ("Kohlmann Verlag and its former publisher
// Brandt ended their feud" read as two subjects): the second is the
// first's conjunct.
func repairDoubleSubjects(toks []syntax.Token) {
	for v := range toks {
		first := -1
		for c := 0; c < v; c++ {
			if toks[c].Head != v || toks[c].Rel != "nsubj" {
				continue
			}
			if first < 0 {
				first = c
				continue
			}
			and := -1
			for k := first + 1; k < c; k++ {
				if toks[k].UPOS == "CCONJ" && (strings.EqualFold(toks[k].Form, "and") || strings.EqualFold(toks[k].Form, "or")) {
					and = k
				}
			}
			if and < 0 {
				if appositionSubject(toks, v, first, c) {
					toks[c].Head, toks[c].Rel = first, "appos"
					continue
				}
				if n := nounBeforeName(toks, first); n >= 0 && toks[c].UPOS == "PROPN" && c > 0 && toks[c-1].Form == "," {
					// "…, obtained by the student newspaper, The Harbor
					// Herald, Walter Pym threatened …": the first name is
					// set beside the noun before it; the second is the
					// subject.
					toks[first].Head, toks[first].Rel = n, "appos"
					first = c
					continue
				}
				stolenObject(toks, v, first, c)
				continue
			}
			toks[c].Head, toks[c].Rel = first, "conj"
			toks[and].Head, toks[and].Rel = c, "cc"
		}
	}
}

// repairObjectNameSubjects gives a verb back the object the parser took
// as the subject of a verb coordinated after it: "called the union
// leader Margaret Dunleavy “reckless” and accused her of lying", with
// the name the subject of "accused". A name right after a verb that has
// its subject, with only a determiner between and the coordinator still
// to come, is that verb's object; the second verb is its conjunct and
// shares its subject.
func repairObjectNameSubjects(toks []syntax.Token, isName []bool) {
	for n, t := range toks {
		v := t.Head
		if !isName[n] || t.Rel != "nsubj" || n == 0 || v <= n || toks[v].Rel != "conj" && toks[v].Rel != "advcl" {
			continue
		}
		h := toks[v].Head
		if h < 0 || h >= n || toks[h].UPOS != "VERB" || !hasSubject(toks, h) || toks[h].Lemma == "say" {
			continue
		}
		between := true
		for k := h + 1; k < n; k++ {
			between = between && toks[k].UPOS == "DET"
		}
		if !between {
			continue
		}
		for k := n + 1; k < v; k++ {
			if toks[k].Head == v && toks[k].Rel == "cc" {
				toks[n].Head, toks[n].Rel = h, "obj"
				toks[v].Rel = "conj"
				for d := h + 1; d < n; d++ {
					toks[d].Head, toks[d].Rel = n, "det"
				}
				break
			}
		}
	}
}

// repairStrandedSubjects gives a finite verb without a subject the name
// right before it, after "and", where the parser coordinated the name
// with a phrase of the clause before: "Ito met Ruiz on Friday and Lee
// Wong said Tuesday that …", with "Wong" a conjunct of "Friday" and the
// meeting made what Wong said. The verb becomes the earlier clause's
// conjunct.
func repairStrandedSubjects(toks []syntax.Token, isName []bool) {
	for v := 2; v < len(toks); v++ {
		n, and := v-1, v-2
		if toks[v].UPOS != "VERB" || !finiteTags[toks[v].XPOS] || !isName[n] || toks[n].Rel != "conj" || toks[n].Head < 0 || toks[n].Head >= n || isName[toks[n].Head] ||
			toks[and].Rel != "cc" || toks[and].Head != n || hasSubject(toks, v) || inSubtree(toks, v, n) {
			continue
		}
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[and].Head = v
		for u := 0; u < and; u++ {
			if toks[u].Head == v && toks[u].Rel == "ccomp" && toks[u].UPOS == "VERB" {
				toks[u].Head, toks[u].Rel = toks[v].Head, toks[v].Rel
				toks[v].Head, toks[v].Rel = u, "conj"
				break
			}
		}
	}
}

// repairNameBeforeTime gives a name back its phrase where the parser
// made the time after it the head: "was handed $2 million by Okeke weeks
// before the primary" with "weeks" the agent and "Okeke" its compound.
func repairNameBeforeTime(toks []syntax.Token, isName []bool) {
	for t, tk := range toks {
		if tk.UPOS != "NOUN" || !timeMeasures[strings.ToLower(tk.Lemma)] || t == 0 {
			continue
		}
		n := t - 1
		if n > 0 && toks[n].UPOS == "NUM" && toks[n].Head == t {
			n-- // "with Brooks two days before the vote"
		}
		if toks[n].Head != t || toks[n].Rel != "compound" {
			continue
		}
		// A name, or a noun when the time counts from an occasion:
		// "made peace years after their split".
		if !isName[n] && !(toks[n].UPOS == "NOUN" && t+1 < len(toks) && timeRelative[strings.ToLower(toks[t+1].Form)]) {
			continue
		}
		toks[n].Head, toks[n].Rel = tk.Head, tk.Rel
		for c := range toks {
			if toks[c].Head == t && c < n && (toks[c].Rel == "case" || toks[c].Rel == "det") {
				toks[c].Head = n
			}
		}
		toks[t].Head, toks[t].Rel = tk.Head, "obl:npmod"
	}
}

// repairNameBeforeTimeSubject gives a verb back its subject where the
// parser made the name before a time phrase the phrase's compound:
// "Kothwal last year hosted Pettifer at a dinner" read with "Kothwal"
// modifying "year". Only time words may stand between the name and the
// time noun, the time must hang on a verb after it, and the verb must
// have no subject of its own.
func repairNameBeforeTimeSubject(toks []syntax.Token, isName []bool) {
	for t, tk := range toks {
		v := tk.Head
		if tk.UPOS != "NOUN" || !timeMeasures[strings.ToLower(tk.Lemma)] || t == 0 || v <= t || toks[v].UPOS != "VERB" || !strings.HasPrefix(tk.Rel, "obl") {
			continue
		}
		n := t - 1
		for n > 0 && toks[n].Head == t && (toks[n].UPOS == "ADJ" || toks[n].UPOS == "DET" || toks[n].UPOS == "NUM") {
			n-- // "last", "this", "two", "early next"
		}
		if n == t-1 || !isName[n] || toks[n].Head != t || toks[n].Rel != "compound" {
			continue
		}
		if slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == v && strings.HasPrefix(x.Rel, "nsubj") }) {
			continue
		}
		rel := "nsubj"
		if hasChild(toks, v, "aux:pass") {
			rel = "nsubj:pass"
		}
		toks[n].Head, toks[n].Rel = v, rel
	}
}

// repairSplitConjuncts joins a noun conjunct back to the noun after it
// where the parser split a compound between a conjunct and the verb:
// "will meet Tapia and community leaders on Monday" read with
// "community" the conjunct of Tapia and "leaders" a second object. The
// first noun becomes the compound of the second, which becomes the
// conjunct (with the "and").
func repairSplitConjuncts(toks []syntax.Token) {
	for c := 1; c+1 < len(toks); c++ {
		x, n := toks[c].Head, c+1
		if toks[c].Rel != "conj" || toks[c].UPOS != "NOUN" || toks[n].UPOS != "NOUN" || x < 0 || x >= c || toks[x].Head < 0 || toks[n].Head != toks[x].Head {
			continue
		}
		if slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == c && t.Rel != "cc" }) ||
			slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == n && (t.Rel == "det" || t.Rel == "nmod:poss") }) {
			continue // (not a conjunct with words of its own, nor a noun with its own article or possessor: "… Tapia and the leaders")
		}
		for k := range toks {
			if toks[k].Head == c && toks[k].Rel == "cc" {
				toks[k].Head = n
			}
		}
		toks[c].Head, toks[c].Rel = n, "compound"
		toks[n].Head, toks[n].Rel = x, "conj"
	}
}

// repairLoneNamingPredicates makes a name the object of a verb that names
// or appoints where the parser read it as the verb's predicate with no
// object before it: "said he had called Nadia Khatib on Friday evening"
// read as calling someone unnamed "Nadia Khatib". A predicate needs an
// object to be said of.
func repairLoneNamingPredicates(toks []syntax.Token, isName []bool) {
	for x, tk := range toks {
		v := tk.Head
		if tk.Rel != "xcomp" || !isName[x] || v < 0 || v > x || toks[v].UPOS != "VERB" || !namingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if slices.ContainsFunc(toks, func(t syntax.Token) bool {
			return t.Head == v && (t.Rel == "obj" || t.Rel == "iobj" || t.Rel == "nsubj:pass")
		}) {
			continue // ("called Khatib a liar", "was named Khatib's deputy")
		}
		toks[x].Rel = "obj"
	}
}

// namingVerbs give their object a name or a post (rules: nameVerbs,
// appointVerbs).
var namingVerbs = rules.WordClasses("nameVerbs", "appointVerbs")

// repairForSubjects gives a noun back its for-phrase where the parser
// read "for" and the name after it as a clause's marker and second
// subject: "Bello's praise for Adeyemi surprised observers" read with
// "Adeyemi" a subject of "surprised" beside "praise".
func repairForSubjects(toks []syntax.Token) {
	for f := 1; f+1 < len(toks); f++ {
		n, s := f+1, f-1
		v := toks[f].Head
		if !strings.EqualFold(toks[f].Form, "for") || toks[f].Rel != "mark" || v < 0 || toks[n].Head != v || toks[n].Rel != "nsubj" || toks[s].Head != v || toks[s].Rel != "nsubj" || toks[s].UPOS != "NOUN" {
			continue
		}
		if slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == v && (t.Rel == "aux" || t.Rel == "mark") && t.Form == "to" }) {
			continue // ("for Adeyemi to resign": a clause of its own)
		}
		toks[f].Head, toks[f].Rel = n, "case"
		toks[n].Head, toks[n].Rel = s, "nmod"
	}
}

// repairStrandedPrepositions hangs on its verb a preposition the passive
// left without its object, which the parser gave to the by-phrase after
// it: "the campaign was paid for by Holt" read with "for" and "by" both
// marking "Holt". It becomes the verb's particle ("paid for"), and the
// passive's subject is its object.
func repairStrandedPrepositions(toks []syntax.Token) {
	for k := 1; k+2 < len(toks); k++ {
		v, n := k-1, toks[k].Head
		if toks[v].UPOS == "ADV" && v > 0 {
			v-- // "was paid largely for by …"
		}
		if toks[k].UPOS != "ADP" || toks[k].Rel != "case" || strings.EqualFold(toks[k].Form, "by") || !strings.EqualFold(toks[k+1].Form, "by") || toks[k+1].Head != n || n <= k+1 {
			continue
		}
		if toks[v].UPOS != "VERB" || toks[n].Head != v || !hasChild(toks, v, "aux:pass") {
			continue
		}
		toks[k].Head, toks[k].Rel = v, "compound:prt"
	}
}

// repairTimeAfterSaid hangs a bare day right after a verb of saying on
// that verb where the parser gave it to the reported clause: "said Friday
// she had donated $5,000 … in 2022" — Friday is the telling's day.
func repairTimeAfterSaid(toks []syntax.Token) {
	for t := 1; t+1 < len(toks); t++ {
		c := toks[t].Head
		if c <= t || !weekdayOrTime(toks[t]) || !strings.HasPrefix(toks[t].Rel, "obl") || toks[c].Head != t-1 || base(toks[c].Rel) != "ccomp" {
			continue
		}
		if sb := slices.IndexFunc(toks, func(x syntax.Token) bool { return x.Head == c && strings.HasPrefix(x.Rel, "nsubj") }); sb > t {
			toks[t].Head = t - 1
		}
	}
}

// repairNameSubjectOfTime gives a verb back its object where the parser
// made the name the subject of a time phrase after it: "met Priya
// Holloway earlier this week" read with "Holloway" the subject of "week".
func repairNameSubjectOfTime(toks []syntax.Token, isName []bool) {
	for n := 1; n+1 < len(toks); n++ {
		t := toks[n].Head
		if !isName[n] || t <= n || toks[n].Rel != "nsubj" && toks[n].Rel != "compound" || !weekdayOrTime(toks[t]) {
			continue
		}
		v := toks[t].Head
		if v < 0 || v >= n || toks[v].UPOS != "VERB" || !strings.HasPrefix(toks[t].Rel, "obl") || hasChild(toks, v, "obj") {
			continue
		}
		if slices.ContainsFunc(toks[v+1:n], func(x syntax.Token) bool { return x.UPOS == "ADP" || x.UPOS == "VERB" || x.UPOS == "PUNCT" }) {
			continue // "patched things up with Amira Said on Thursday"
		}
		// Only time words between: "earlier this", "last", "early next".
		between := true
		for k := n + 1; k < t; k++ {
			if toks[k].Head != t || toks[k].UPOS != "ADV" && toks[k].UPOS != "DET" && toks[k].UPOS != "ADJ" {
				between = false
			}
		}
		if between {
			toks[n].Head, toks[n].Rel = v, "obj"
		}
	}
}

// repairTimeRoots gives a clause back its verb where the parser made a
// time phrase fronted without a comma the root: "On Friday the governor
// named her to lead the department" read with "Friday" the root, "the
// governor" its complement and "named" a modifier of the governor. The
// first finite verb that modifies the noun after the time phrase becomes
// the root, the noun its subject and the time phrase its oblique (a
// participle too, which the tagger often makes of a past tense there).
func repairTimeRoots(toks []syntax.Token) {
	r := slices.IndexFunc(toks, func(t syntax.Token) bool { return t.Head < 0 })
	if r < 1 || !weekdayOrTime(toks[r]) || toks[0].UPOS != "ADP" || toks[0].Head != r {
		return
	}
	for v := r + 2; v < len(toks); v++ {
		n := toks[v].Head
		if toks[v].UPOS != "VERB" || toks[v].Rel != "acl" || !finiteTags[toks[v].XPOS] && toks[v].XPOS != "VBN" || n <= r || n >= v || toks[n].Head != r {
			continue
		}
		for c := range toks {
			if c > r && c != n && c != v && toks[c].Head == r {
				toks[c].Head = v
			}
		}
		toks[v].Head, toks[v].Rel = -1, "root"
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[r].Head, toks[r].Rel = v, "obl"
		return
	}
}

// repairDemandInfinitives makes the to-infinitive after a verb of
// demanding its complement where the parser made it an adverbial of
// purpose: "asked the state bar to fire attorney Fairbanks" (what was
// asked, not done: its firing is no post left); and the one asked, which
// the parser may make an indirect object, the verb's object, whom the
// infinitive's subject is ("asked Hale to meet Reyes": Hale would).
func repairDemandInfinitives(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "advcl" && t.Rel != "xcomp" || t.UPOS != "VERB" || h < 0 || h > v || !demandWords[strings.ToLower(toks[h].Lemma)] || markWord(toks, v, "to") < 0 {
			continue
		}
		// ("called for Tran to resign": the one asked is the
		// infinitive's subject, with "for" before it)
		forSubject := frame.ForSubject(toks, h, v) >= 0
		if on := strings.ToLower(toks[h+1].Form); strings.EqualFold(toks[h].Lemma, "call") && on != "on" && on != "upon" && !forSubject {
			continue // "called Karimi to discuss the ceasefire": a call made, not a demand ("called on the board to …")
		}
		toks[v].Rel = "xcomp"
		if !hasChild(toks, h, "obj") {
			for c := h + 1; c < v; c++ {
				if toks[c].Head == h && toks[c].Rel == "iobj" {
					toks[c].Rel = "obj" // the one asked, who is to do it
				}
			}
		}
	}
}

// repairIntentInfinitives makes the to-infinitive the parser hung on the
// noun of an oblique phrase the complement of the verb of intention
// before it, where that verb has none: "vowed in the same statement to
// subpoena the committee's records" (the vow is to subpoena them; a
// statement does nothing).
func repairIntentInfinitives(toks []syntax.Token) {
	for v, t := range toks {
		n := t.Head
		if t.Rel != "acl" || t.UPOS != "VERB" || n < 0 || n > v || markWord(toks, v, "to") < 0 || toks[n].Rel != "obl" {
			continue
		}
		h := toks[n].Head
		if h < 0 || h > n || toks[h].UPOS != "VERB" || !intentVerbs[strings.ToLower(toks[h].Lemma)] || hasChild(toks, h, "xcomp") || hasChild(toks, h, "ccomp") || hasChild(toks, h, "obj") {
			continue
		}
		toks[v].Head, toks[v].Rel = h, "xcomp"
	}
}

// intentVerbs tell an intention their infinitive states (rules:
// harmIntent).
var intentVerbs = rules.WordClass("harmIntent")

// repairDesireInfinitives makes the to-infinitive after a verb of wish or
// attempt its complement where the parser made it an adverbial of
// purpose: "had tried last year to hire Lumora's chief scientist" (what
// was tried, not done), as it reads it without the time between. A verb
// with an object keeps its clause of purpose ("needed only a month to
// hire him": the hiring was done).
func repairDesireInfinitives(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "advcl" || t.UPOS != "VERB" || h < 0 || h > v || toks[h].UPOS != "VERB" || !desireWords[strings.ToLower(toks[h].Lemma)] || markWord(toks, v, "to") < 0 || hasChild(toks, h, "xcomp") || slices.ContainsFunc(toks, func(o syntax.Token) bool { return o.Head == h && o.Rel == "obj" && o.UPOS != "PRON" }) {
			continue
		}
		toks[v].Rel = "xcomp"
	}
}

// desireWords only wish, weigh or try what their infinitive says
// (rules: desireVerbs).
var desireWords = rules.WordClass("desireVerbs")

// repairXcompSubjects makes the object of a verb the subject the parser
// gave the infinitive after it: "named her to lead the department" with
// "her" the subject of "lead". The treebank makes it the first verb's
// object, whose frames read it there (the infinitive's own subject is
// found through control).
func repairXcompSubjects(toks []syntax.Token) {
	for c, t := range toks {
		v := t.Head
		if t.Rel != "nsubj" || v <= c || toks[v].Rel != "xcomp" {
			continue
		}
		h := toks[v].Head
		if h < 0 || h >= c || toks[h].UPOS != "VERB" || hasChild(toks, h, "obj") || v-1 <= c || !strings.EqualFold(toks[v-1].Form, "to") {
			continue // (an infinitive with "to": not "Talk radio host Wexford mocked …" with "Talk" a verb)
		}
		toks[c].Head, toks[c].Rel = h, "obj"
	}
}

// repairTimeAsSubject hangs a day the parser made the subject of a
// reported clause on the verb that reports it ("said Friday that Strand
// had resigned"), and a time phrase that the parser made the subject of
// a participle, with its preposition the participle's marker ("issued a statement on Tuesday accusing Ocampo …" read as "on Tuesday
// accusing …" a clause with Tuesday its subject), back on the verb the
// participle's phrase belongs to, so that the participle takes that
// verb's subject.
func repairTimeAsSubject(toks []syntax.Token) {
	for x := 0; x+2 < len(toks); x++ {
		// "A lunch last week at the Ritz … was cordial" read with the
		// noun a compound of the week: the week is when the lunch was.
		w := x + 2
		mod := strings.ToLower(toks[x+1].Form)
		if toks[x].UPOS == "NOUN" && weekdayOrTime(toks[w]) && (mod == "last" || mod == "this" || mod == "next") && toks[x].Head == toks[w].Head && toks[x].Rel == toks[w].Rel && strings.HasPrefix(toks[x].Rel, "nsubj") {
			// "A dinner this month between … went well" with two
			// subjects.
			toks[w].Head, toks[w].Rel = x, "nmod:tmod"
			for c := w + 1; c < len(toks); c++ {
				if toks[c].Head == w && toks[c].Rel != "det" {
					toks[c].Head = x
				}
			}
			continue
		}
		if toks[x].UPOS == "NOUN" && (toks[x].Rel == "compound" || toks[x].Rel == "amod") && toks[x].Head == w && weekdayOrTime(toks[w]) && (mod == "last" || mod == "this" || mod == "next") {
			toks[x].Head, toks[x].Rel = toks[w].Head, toks[w].Rel
			toks[w].Head, toks[w].Rel = x, "nmod:tmod"
			for c := range toks {
				if c != x && toks[c].Head == w && c > w {
					toks[c].Head = x
				}
				if c < x && toks[c].Head == w {
					toks[c].Head = x
				}
			}
		}
	}
	for w, t := range toks {
		v := t.Head
		if weekdayOrTime(t) && strings.HasPrefix(t.Rel, "nsubj") && v > w && toks[v].UPOS == "VERB" {
			// "A year after their split, Vasquez and Lemaire, co-founders
			// of …, said …" read with the year the subject and the
			// names an apposition inside the fronted phrase: the first
			// name after the phrase's comma is the subject.
			moved := false
			for n := w + 1; n < v && !moved; n++ {
				if toks[n].UPOS == "PROPN" && toks[n-1].Form == "," && toks[n].Rel == "appos" && inSubtree(toks, n, w) {
					toks[w].Rel = "obl:tmod"
					toks[n].Head, toks[n].Rel = v, "nsubj"
					moved = true
				}
			}
			if moved {
				continue
			}
		}
		if weekdayOrTime(t) && strings.HasPrefix(t.Rel, "nsubj") && v > w+1 && w > 0 && strings.EqualFold(toks[w+1].Form, "that") && toks[w+1].Head == v {
			// "said Friday that Strand had resigned" read with Friday
			// the resigning's subject: the day of the saying.
			if h := toks[v].Head; h >= 0 && h < w && toks[h].UPOS == "VERB" {
				toks[w].Head, toks[w].Rel = h, "obl:tmod"
				continue
			}
		}
		if weekdayOrTime(t) && strings.HasPrefix(t.Rel, "nsubj") && v == w+2 && w > 0 && strings.EqualFold(toks[w+1].Form, "to") && toks[v].XPOS == "VB" {
			// "gave Chandran until Friday to return the files" read
			// with Friday the returning's subject: the deadline of the
			// giving, and the infinitive the giving's.
			mk := w - 1
			if h := toks[v].Head; h >= 0 && h < w && toks[h].UPOS == "VERB" && toks[mk].Head == v && deadlineWords[strings.ToLower(toks[mk].Form)] {
				toks[w].Head, toks[w].Rel = h, "obl"
				toks[mk].Head, toks[mk].Rel = w, "case"
				continue
			}
		}
		if !weekdayOrTime(t) || !strings.HasPrefix(t.Rel, "nsubj") || v <= w || toks[v].XPOS != "VBG" {
			continue
		}
		mk := -1
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "mark" && c == w-1 {
				switch strings.ToLower(toks[c].Form) {
				case "on", "in", "at", "last", "this":
					mk = c
				}
			}
		}
		if mk < 0 {
			continue
		}
		h := toks[v].Head
		for n := 0; n < 4 && h >= 0 && toks[h].UPOS != "VERB"; n++ {
			h = toks[h].Head
		}
		if h < 0 {
			continue
		}
		toks[w].Head, toks[w].Rel = h, "obl"
		toks[mk].Head, toks[mk].Rel = w, "case"
	}
}

// repairPhraseAfterTime hangs a name's prepositional phrase that the
// parser put under a day or a word of time back on what the time phrase
// modifies: "was demanded on Monday by Venkataraman and Hartig" (the
// agent of a passive), "filed suit on Thursday against Ardent Realty".
func repairPhraseAfterTime(toks []syntax.Token, isName []bool) {
	for n, t := range toks {
		if !isName[n] || t.Head < 0 || t.Rel != "nmod" || n == 0 {
			continue
		}
		p := ""
		for c := range toks {
			if toks[c].Head == n && toks[c].Rel == "case" {
				p = strings.ToLower(toks[c].Form)
			}
		}
		w := t.Head
		if !weekdayOrTime(toks[w]) || toks[w].Head < 0 || w > n {
			continue
		}
		v := toks[w].Head
		switch p {
		case "by":
			// (the day hung on a place before it: "was received at the
			// estate on Saturday by the publisher …")
			for k := 0; k < 3 && v >= 0 && toks[v].UPOS != "VERB" && (strings.HasPrefix(toks[v].Rel, "obl") || strings.HasPrefix(toks[v].Rel, "nmod")) && toks[v].Head >= 0; k++ {
				v = toks[v].Head
			}
			// (a participle set off after a name is passive too:
			// "Solberg, endorsed on Sunday by Lindqvist, leads")
			passive := toks[v].UPOS == "VERB" && (toks[v].Rel == "acl" || v > 1 && toks[v-1].Form == "," && isName[v-2])
			for c := range toks {
				if toks[c].Head == v && (toks[c].Rel == "aux:pass" || toks[c].Rel == "nsubj:pass") {
					passive = true
				}
			}
			if passive && (toks[v].XPOS == "VBN" || toks[v].XPOS == "VBD" && toks[v].Rel == "acl") {
				toks[n].Head, toks[n].Rel = v, "obl:agent"
			}
		case "against", "with", "to", "from":
			switch toks[v].UPOS {
			case "VERB":
				toks[n].Head, toks[n].Rel = v, "obl"
			case "NOUN":
				// "his phone call Tuesday with Owusu"
				toks[n].Head = v
			}
		}
	}
}

// repairWhoseClauses gives a predicate without a subject the name before
// a relative clause opened by "whose" that the parser made an adverbial of
// the predicate, with the name hung on the clause: "Mori and Sakamoto,
// whose falling-out broke up their studio, are back on speaking terms".
func repairWhoseClauses(toks []syntax.Token, isName []bool) {
	hasSubj := func(v int) bool {
		for _, t := range toks {
			if t.Head == v && strings.HasPrefix(t.Rel, "nsubj") {
				return true
			}
		}
		return false
	}
	for n := range toks {
		if !isName[n] || n > 0 && isName[n-1] {
			continue
		}
		last := n
		for last+2 < len(toks) && toks[last+1].UPOS == "CCONJ" && isName[last+2] {
			last += 2
		}
		if last+2 >= len(toks) || toks[last+1].Form != "," || !strings.EqualFold(toks[last+2].Form, "whose") {
			continue
		}
		v := toks[n].Head
		if v < 0 || toks[v].UPOS != "VERB" || v < last {
			return
		}
		if c := slices.IndexFunc(toks[last+2:], func(t syntax.Token) bool { return t.Form == "," }); c >= 0 && v > last+2+c && strings.HasPrefix(toks[n].Rel, "nsubj") {
			return // the subject of a verb after the clause already (reparseRelatives)
		}
		// The predicate: the first verb after the clause's closing comma
		// with no subject of its own ("…, will formally end their
		// feud", "…, are back on speaking terms").
		p := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Form != "," {
				continue
			}
			for q := k + 1; q < len(toks) && q <= k+6; q++ {
				if (toks[q].UPOS == "VERB" || toks[q].UPOS == "NOUN" && toks[q].Head < 0) && toks[q].XPOS != "VBG" && !hasSubj(q) {
					p = q
					break
				}
			}
			break
		}
		if p < 0 || toks[p].Head == v {
			return
		}
		toks[n].Head, toks[n].Rel = p, "nsubj"
		for _, t := range toks {
			if t.Head == p && t.Rel == "aux:pass" {
				toks[n].Rel = "nsubj:pass" // "…, is scheduled to sit down with …"
			}
		}
		vHead, vRel := toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = last, "acl:relcl"
		if !inSubtree(toks, p, -1) {
			// The predicate hung inside the clause now under the name: it
			// takes the clause's old place at the top.
			toks[p].Head, toks[p].Rel = vHead, vRel
			if !inSubtree(toks, p, -1) {
				toks[p].Head, toks[p].Rel = -1, "root"
			}
		}
		return
	}
}

// repairInfinitiveCompounds gives back its object to an infinitive the
// parser read as a compound of the name after it: "broke his silence on
// Tuesday to praise Grace Abernathy" with "praise" a modifier of the name.
func repairInfinitiveCompounds(toks []syntax.Token, isName []bool) {
	for v, t := range toks {
		n := t.Head
		if t.UPOS != "VERB" || t.XPOS != "VB" || t.Rel != "compound" || n != v+1 || !isName[n] || v == 0 || !strings.EqualFold(toks[v-1].Form, "to") {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[n].Head, "advcl"
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[v-1].Head, toks[v-1].Rel = v, "mark"
		for c := range toks {
			if toks[c].Head == n && c > n && (toks[c].Rel == "nmod" || toks[c].Rel == "obl") {
				toks[c].Head, toks[c].Rel = v, "obl"
			}
		}
	}
}

// repairSaidConjuncts hangs a verb coordinated with a reported clause's
// predicate, without a subject of its own, on the verb of saying: "said
// Brandt's budget was a work of fiction and praised Ekdahl" (he praised).
func repairSaidConjuncts(toks []syntax.Token) {
	for c, t := range toks {
		h := t.Head
		if t.UPOS != "VERB" || t.Rel != "conj" || h < 0 || toks[h].Rel != "ccomp" || (t.XPOS != "VBD" && t.XPOS != "VBN") {
			continue
		}
		g := toks[h].Head
		if g < 0 || g > h || !sayWords[strings.ToLower(toks[g].Lemma)] {
			continue // (not "A and B met … and declared …, aides said")
		}
		subj := false
		for k := range toks {
			if toks[k].Head == c && strings.HasPrefix(toks[k].Rel, "nsubj") {
				subj = true
			}
		}
		if !subj {
			toks[c].Head = g
		}
	}
}

// repairSaidClauses gives a verb of saying the that-clause the parser
// hung on a noun of the verb's oblique: "said in a radio interview on
// Saturday that Markova had lied" (what was said, not which interview),
// "said in an interview that Munro was a liar" (a clause of being,
// headed by its predicate), and so when the parser read "that" as a
// relative pronoun though the clause has a subject of its own ("told
// reporters in a briefing that Munro was a disgrace"), also where the
// parser hung it on the one told ("told the council that Munro had
// treated the port like a piggy bank").
func repairSaidClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" && !hasChild(toks, c, "cop") || t.Rel != "acl" && t.Rel != "acl:relcl" || t.Head < 0 {
			continue
		}
		that, rel := markWord(toks, c, "that") >= 0, -1
		if t.Rel == "acl:relcl" {
			rel = relativeThat(toks, c)
			that = rel >= 0
		}
		w := t.Head
		for w >= 0 && toks[w].Rel == "nmod" {
			w = toks[w].Head
		}
		if !that || w < 0 || toks[w].Head < 0 {
			continue
		}
		v := toks[w].Head
		if !sayWords[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if r := toks[w].Rel; r != "obl" && (r != "iobj" && r != "obj" || !strings.EqualFold(toks[v].Lemma, "tell")) {
			continue // (the one told: "told the council that Kalnins had treated the port like …")
		}
		if rel >= 0 {
			toks[rel].Rel = "mark"
		}
		giveComplement(toks, v, c)
	}
}

// relativeThat returns the "that" opening relative clause c that cannot
// be its relative pronoun, the clause having a subject of its own, else
// -1.
func relativeThat(toks []syntax.Token, c int) int {
	k := -1
	for j := 0; j < c; j++ {
		if toks[j].Head == c {
			k = j
			break
		}
	}
	if k < 0 || !strings.EqualFold(toks[k].Form, "that") || toks[k].Rel == "nsubj" {
		return -1
	}
	if toks[k].Rel == "obj" && !hasChild(toks, c, "cop") && objects(toks, c) < 2 {
		return -1 // "the interview that Munro had arranged"
	}
	for j := k + 1; j < c; j++ {
		if toks[j].Head == c && strings.HasPrefix(toks[j].Rel, "nsubj") {
			return k
		}
	}
	return -1
}

// objects counts the objects of token h.
func objects(toks []syntax.Token, h int) int {
	n := 0
	for _, t := range toks {
		if t.Head == h && t.Rel == "obj" {
			n++
		}
	}
	return n
}

// repairSaidObjects gives back to a reported clause the subject the
// parser made the object of the verb of saying: "Friends say a
// reconciliation between Nwoye and Berg is unlikely" read as "say a
// reconciliation" with "is unlikely" a second complement. The object
// before a complement clause that has no subject is its subject.
func repairSaidObjects(toks []syntax.Token) {
	for n, t := range toks {
		v := t.Head
		if t.Rel != "obj" || v < 0 || v > n || !sayWords[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		for c := n + 1; c < len(toks); c++ {
			if toks[c].Head == v && toks[c].Rel == "ccomp" && !hasSubject(toks, c) {
				toks[n].Head, toks[n].Rel = c, "nsubj"
				break
			}
		}
	}
}

// repairPunctHeads hangs on a punctuation mark's own head the words the
// parser hung on the mark, which heads nothing in Universal
// Dependencies: "…, steering $2 million to the PAC." with "steering"
// under the period.
func repairPunctHeads(toks []syntax.Token) {
	for i := range toks {
		h := toks[i].Head
		if h < 0 || toks[h].UPOS != "PUNCT" || toks[i].UPOS == "PUNCT" {
			continue
		}
		if g := toks[h].Head; g >= 0 && g != i {
			toks[i].Head = g
		}
		if i >= 2 && toks[i].UPOS == "PROPN" && toks[i-1].Form == "," && toks[i-2].UPOS == "NOUN" {
			// "… and the chief of staff, Desmond Oduya." with the name
			// under the period: it is the noun phrase's appositive.
			n := i - 2
			for r := base(toks[n].Rel); (r == "nmod" || r == "compound") && toks[n].Head >= 0 && toks[n].Head < n && toks[toks[n].Head].UPOS == "NOUN"; r = base(toks[n].Rel) {
				n = toks[n].Head
			}
			if !inSubtree(toks, n, i) {
				toks[i].Head, toks[i].Rel = n, "appos"
			}
		}
	}
}

// repairAmongInversion reads an inverted "Among … was NAME" as "NAME
// was among …", the name the subject of the phrase "among" heads:
// "Among the largest contributors to Gallagher's campaign was Sorensen
// Waste Management" (a contributor), "Among those vouching for
// Castellano was Elaine Marsh" (one vouching, with "vouching" a verb).
func repairAmongInversion(model *syntax.Model, toks []syntax.Token, isName []bool) {
	if len(toks) < 5 || !strings.EqualFold(toks[0].Form, "among") || toks[0].Rel != "case" {
		return
	}
	p := toks[0].Head
	cop := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].Rel == "cop" && toks[k].Lemma == "be" {
			cop = k
			break
		}
	}
	if p < 0 || cop < 0 || cop+1 >= len(toks) || !isName[cop+1] || toks[cop].Head != cop+1 {
		return
	}
	y := cop + 1
	if p == y {
		// "Among" hung on the name: the phrase is the name's subject
		// ("those speaking up for …" as a clausal subject).
		p = -1
		for k := 1; k < cop; k++ {
			if toks[k].Head == y && (strings.HasPrefix(toks[k].Rel, "nsubj") || strings.HasPrefix(toks[k].Rel, "csubj")) {
				p = k
			}
		}
		if p < 0 {
			return
		}
		toks[0].Head = p
	}
	if inSubtree(toks, p, y) {
		// The name was made the head: hang it under the phrase instead.
		toks[p].Head, toks[p].Rel = toks[y].Head, toks[y].Rel
	} else if !inSubtree(toks, y, p) {
		return
	}
	if d := p - 1; d > 0 && strings.EqualFold(toks[d].Form, "those") && toks[p].UPOS == "NOUN" && strings.HasSuffix(strings.ToLower(toks[p].Form), "ing") {
		// "those vouching for …": a participle the tagger read as a noun.
		toks[p].UPOS, toks[p].XPOS = "VERB", "VBG"
		toks[p].Lemma = model.Lemma(toks[p].Form, "VERB", "VBG")
	}
	toks[y].Head, toks[y].Rel = p, "nsubj"
	toks[cop].Head = p
	for k := range toks {
		if toks[k].Head == y && k > y && toks[k].Rel == "punct" && toks[k].Form == "." {
			toks[k].Head = p
		}
	}
}

// repairWhetherCase mends a "whether" the parser read as a preposition
// before a clause it broke up ("was asked on Tuesday whether the two had
// patched things up" with "whether" a case of "asked" and "patched" an
// adjective), or hung as the mark of the main verb after a fronted
// participle ("Asked whether the two had patched things up, Lind said
// …"). The first verb after "whether" that has a subject becomes the
// complement of the verb the question is put by, marked by "whether",
// and a determiner left on that verb hangs on its subject.
func repairWhetherCase(toks []syntax.Token) {
	for w, t := range toks {
		if !strings.EqualFold(t.Form, "whether") || t.Head < 0 || toks[t.Head].UPOS != "VERB" {
			continue
		}
		h, orig := t.Head, t.Head
		switch {
		case t.Rel == "case":
		case t.Rel == "mark" && h > w && commaBetween(toks, w, h):
			// "Asked on Tuesday whether the two had patched things up,
			// Lind said …" with "whether" marking "said": the question
			// is the fronted participle's, the verb right before it.
			v := -1
			for k := w - 1; k >= 0; k-- {
				if toks[k].UPOS == "VERB" {
					v = k
					break
				}
			}
			if v < 0 {
				continue
			}
			h = v
		default:
			continue
		}
		for c := w + 1; c < len(toks) && c <= w+8; c++ {
			if toks[c].UPOS == "PUNCT" {
				break
			}
			if toks[c].UPOS != "VERB" || !hasSubject(toks, c) || inSubtree(toks, h, c) {
				continue
			}
			toks[c].Head, toks[c].Rel = h, "ccomp"
			toks[w].Head, toks[w].Rel = c, "mark"
			for k := w + 1; k < c; k++ {
				if (toks[k].Head == h || toks[k].Head == orig) && toks[k].UPOS == "DET" {
					// ("the" of "the two", hung on the verb)
					for n := k + 1; n < c; n++ {
						if toks[n].Head == c && strings.HasPrefix(toks[n].Rel, "nsubj") {
							toks[k].Head = n
						}
					}
				}
			}
			break
		}
	}
}

// repairWhetherClauses hangs a whether-clause the parser made an
// adverbial or oblique of a verb further up on the verb right before it,
// whose question it is: "filed a complaint asking it to investigate
// whether Koury had failed to disclose …" with "failed" under "filed".
func repairWhetherClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" || base(t.Rel) != "advcl" && base(t.Rel) != "obl" {
			continue
		}
		mk := markWord(toks, c, "whether")
		if mk < 1 {
			continue
		}
		v := mk - 1
		if toks[v].UPOS != "VERB" || v == t.Head || !inSubtree(toks, v, t.Head) || inSubtree(toks, v, c) {
			continue
		}
		has := false
		for k := range toks {
			if toks[k].Head == v && (base(toks[k].Rel) == "ccomp" || base(toks[k].Rel) == "obj") {
				has = true
			}
		}
		if !has {
			toks[c].Head, toks[c].Rel = v, "ccomp"
		}
	}
}

// repairNamingAppositions makes the label a verb of naming gives its
// object the predicate it is when the object has an apposition the
// parser read as a conjunct beside it: "called the mayor, Dana Oyel, a
// liar", "branded his rival, Tom Brack, “a tourist …”" with "liar" and
// "tourist" hung on the verb (or the object) as conjuncts. A conjunct
// that "and" or "or" joins stays one ("called the mayor, Oyel, and the
// chief").
func repairNamingAppositions(toks []syntax.Token) {
	for o, t := range toks {
		v := t.Head
		if v < 0 || base(t.Rel) != "obj" || toks[v].UPOS != "VERB" || !namingWords[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		a := -1
		for c := o + 1; c < len(toks); c++ {
			if toks[c].Head == o && toks[c].Rel == "appos" {
				a = c
				break
			}
		}
		if a < 0 || hasChild(toks, v, "xcomp") {
			continue
		}
		for c := a + 1; c < len(toks); c++ {
			if toks[c].Rel != "conj" || toks[c].Head != v && toks[c].Head != o || toks[c].UPOS != "NOUN" && toks[c].UPOS != "ADJ" || hasChild(toks, c, "cc") {
				continue
			}
			toks[c].Head, toks[c].Rel = v, "xcomp"
			break
		}
	}
}

// repairPostnominalLabels makes an adjective after the object of a verb
// of naming, which the parser hung on the object as its modifier, the
// predicate the verb gives it: "called Blaze's exit “unprofessional”".
func repairPostnominalLabels(toks []syntax.Token) {
	for c, t := range toks {
		o := t.Head
		if t.UPOS != "ADJ" || t.Rel != "amod" || o < 0 || o > c || base(toks[o].Rel) != "obj" {
			continue
		}
		if v := toks[o].Head; v >= 0 && toks[v].UPOS == "VERB" && namingWords[strings.ToLower(toks[v].Lemma)] && !hasChild(toks, v, "xcomp") {
			toks[c].Head, toks[c].Rel = v, "xcomp"
		}
	}
}

// repairMismatchedAppositions makes a conjunct of an organization the
// parser set as the apposition of a person's name, or a person set as an
// organization's: "sued his former partner Sofia Marlund, the company and
// its largest investor, Greyhaven Ventures" lists three parties; a person
// is no company. The conjuncts hung on the false apposition go with it.
func (d *stage) repairMismatchedAppositions(toks []syntax.Token, isName []bool) {
	for c, t := range toks {
		h := t.Head
		if t.Rel != "appos" || h < 0 || h > c || !isName[h] {
			continue
		}
		list := false // (a list goes on after it: "…, the company and its investor")
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == c && toks[k].Rel == "conj" {
				list = true
			}
		}
		if !list {
			continue
		}
		a, b := d.entityOfToken(toks[h]), d.entityOfToken(t)
		if a < 0 || b < 0 || a == b || d.Entities[a].Type == d.Entities[b].Type || d.Entities[a].Type != doc.Person && d.Entities[a].Type != doc.Org || d.Entities[b].Type != doc.Person && d.Entities[b].Type != doc.Org {
			continue
		}
		toks[c].Rel = "conj"
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == c && toks[k].Rel == "conj" {
				toks[k].Head = h
			}
		}
	}
}

// repairJudgedCompounds reads a word of judgement the tagger took for a
// noun, after the object of a verb of naming, as the predicate the verb
// gives it: "called the lawsuit baseless" tagged with "baseless" the
// object and "lawsuit" its compound.
func repairJudgedCompounds(toks []syntax.Token) {
	for o, t := range toks {
		v := t.Head
		if t.UPOS != "NOUN" || base(t.Rel) != "obj" || v < 0 || toks[v].UPOS != "VERB" || !namingWords[strings.ToLower(toks[v].Lemma)] || rules.Stance(strings.ToLower(t.Form)) == 0 || hasChild(toks, v, "xcomp") {
			continue
		}
		c := o - 1
		if c < 0 || toks[c].Head != o || toks[c].Rel != "compound" || toks[c].UPOS != "NOUN" {
			continue
		}
		toks[c].Head, toks[c].Rel = v, "obj"
		toks[o].Head, toks[o].Rel, toks[o].UPOS, toks[o].XPOS = v, "xcomp", "ADJ", "JJ"
		for k := range toks {
			if toks[k].Head == o && k < c {
				toks[k].Head = c // (its article and modifiers go with the object)
			}
		}
	}
}

// repairConjAppositions makes a name set off by a comma right after a
// noun phrase the parser read as a further conjunct that noun's
// appositive: "between Trump and his key campaign donor, Elon Musk,"
// with Musk a third party beside Trump and the donor.
func repairConjAppositions(toks []syntax.Token, isName []bool) {
	for y := 2; y < len(toks); y++ {
		if !isName[y] || toks[y].Rel != "conj" || toks[y-1].Form != "," {
			continue
		}
		n := y - 2
		for n >= 0 && toks[n].Head > n && toks[n].Head < y && toks[n].UPOS != "NOUN" {
			n-- // (back to the noun the words before the comma modify)
		}
		if n < 0 || toks[n].UPOS != "NOUN" || toks[n].Rel != "conj" {
			continue
		}
		top := n // (through a chain of conjuncts: "his former ally and key campaign donor, Musk")
		for top >= 0 && toks[top].Rel == "conj" && toks[top].Head >= 0 && toks[top].Head != toks[y].Head && toks[toks[top].Head].UPOS == "NOUN" {
			top = toks[top].Head
		}
		if toks[top].Head != toks[y].Head {
			continue
		}
		// Only after the list's last conjunct, the one "and" opens ("Trump
		// and his donor, Musk"); in "the mayor, the chief, Lee and Ray"
		// the name is one more of the list.
		last := false
		for c := range toks {
			if toks[c].Head == n && toks[c].Rel == "cc" {
				last = true
			}
		}
		more := false
		for c := y + 1; c < len(toks); c++ {
			if toks[c].Rel == "conj" && toks[c].Head == toks[y].Head {
				more = true
			}
		}
		if last && !more {
			toks[y].Head, toks[y].Rel = n, "appos"
		}
	}
}

// repairWhoseSubjects gives a relative clause opened by "whose NOUN" its
// subject where the parser lost it: "alarmed the Workers' Union, whose
// general secretary, Declan Murtagh, accused Kothwal …" with "accused"
// hung on the main verb and "secretary" an adverbial: the secretary
// accused, in a clause on the union.
func repairWhoseSubjects(toks []syntax.Token) {
	for w, t := range toks {
		if !strings.EqualFold(t.Form, "whose") || w < 2 || toks[w-1].Form != "," {
			continue
		}
		h, a := t.Head, w-2
		if h <= w || toks[h].UPOS != "NOUN" || strings.HasPrefix(toks[h].Rel, "nsubj") {
			continue
		}
		end := h // past the noun's own words and an apposition set off by commas
		for k := h + 1; k < len(toks) && (inSubtree(toks, k, h) || toks[k].Form == ","); k++ {
			end = k
		}
		v := end + 1
		if v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].XPOS == "VBG" || inSubtree(toks, a, v) {
			continue
		}
		subj := false
		for k := range toks {
			if toks[k].Head == v && strings.HasPrefix(toks[k].Rel, "nsubj") {
				subj = true
			}
		}
		if subj {
			continue
		}
		toks[h].Head, toks[h].Rel = v, "nsubj"
		toks[v].Head, toks[v].Rel = a, "acl:relcl"
	}
}

// repairThatClauses gives a verb of saying or denial back the
// that-clause after it which the parser hung, as an adverbial, on a verb
// further on: "denied on Tuesday that she had ever given money to …,
// calling the rumor “completely made up”" with "given" under "made".
func repairThatClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "advcl" || t.Head <= c {
			continue
		}
		mk := -1
		for k := c - 1; k >= 0 && k >= c-4; k-- {
			if toks[k].Head == c && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Form, "that") {
				mk = k
			}
		}
		if mk < 0 {
			continue
		}
		for v := mk - 1; v >= 0; v-- {
			if toks[v].UPOS != "VERB" {
				continue
			}
			if l := strings.ToLower(toks[v].Lemma); (sayWords[l] || clauseVerbs[l]) && !inSubtree(toks, v, c) {
				giveComplement(toks, v, c)
			}
			break
		}
	}
}

// repairParticipleClauses gives a participle of saying the clause after
// it which the parser hung on the verb the participle's phrase belongs
// to: in "sent a letter to Akana warning that it would sue her" the
// parser makes "sue" the complement of "sent", which says nothing; the
// clause is what the letter warned.
func repairParticipleClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.Rel != "ccomp" || t.Head < 0 || t.Head > c || (t.UPOS != "VERB" && t.UPOS != "AUX") {
			continue
		}
		h := t.Head
		if l := strings.ToLower(toks[h].Lemma); sayWords[l] || clauseVerbs[l] {
			continue
		}
		for v := c - 1; v > h; v-- {
			if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBG" || !sayWords[strings.ToLower(toks[v].Lemma)] || !inSubtree(toks, v, h) {
				continue
			}
			if r := base(toks[v].Rel); r == "acl" || r == "advcl" {
				giveComplement(toks, v, c)
			}
			break
		}
	}
}

// repairWithAsking mends a participle of asking that the parser read as
// an absolute clause with "with": in "filed a complaint with the ethics
// commission asking it to investigate Hale" the commission was made the
// subject of "asking", though the pronoun "asking" takes ("it", "them")
// is the commission itself. The name becomes the verb's oblique with "with",
// and the participle the subject's own act.
func repairWithAsking(toks []syntax.Token) {
	for v, t := range toks {
		if t.XPOS != "VBG" || base(t.Rel) != "advcl" || t.Head < 0 || !frame.DemandVerb(strings.ToLower(t.Lemma)) {
			continue
		}
		mark, subj, obj := -1, -1, -1
		for k, c := range toks {
			if c.Head != v {
				continue
			}
			switch {
			case c.Rel == "mark" && strings.EqualFold(c.Form, "with"):
				mark = k
			case base(c.Rel) == "nsubj":
				subj = k
			case c.Rel == "obj" || c.Rel == "obl" && k > v:
				if obj < 0 {
					obj = k
				}
			}
		}
		if mark < t.Head || subj < mark || subj > v || obj < 0 || !strings.EqualFold(toks[obj].Form, "it") && !strings.EqualFold(toks[obj].Form, "them") {
			continue // (a real absolute, before its verb or of someone: "With Quill asking him to resign, Hale …")
		}
		toks[subj].Head, toks[subj].Rel = t.Head, "obl"
		toks[mark].Head, toks[mark].Rel = subj, "case"
		toks[mark].UPOS, toks[mark].XPOS = "ADP", "IN"
	}
}

// repairSayingNouns mends a participle of saying after a comma that the
// tagger read as a noun: in "has given the firm 30 days to present an
// audit, warning in a formal notice that its licence could be suspended"
// "warning" was made a conjunct of "audit" and the that-clause a
// modifier of "notice". The participle becomes an adverbial of the main
// verb, and the that-clause after it (within a few words) its
// complement.
func repairSayingNouns(model *syntax.Model, toks []syntax.Token) {
	root := rootIndex(toks)
	for w := 1; w < len(toks); w++ {
		t := toks[w]
		if root < 0 || w <= root || t.UPOS != "NOUN" || toks[w-1].Form != "," || !strings.HasSuffix(strings.ToLower(t.Form), "ing") {
			continue
		}
		lemma := model.Lemma(t.Form, "VERB", "VBG")
		if !sayWords[lemma] {
			continue
		}
		c := -1 // the verb of the that-clause
		for k := w + 1; k < len(toks) && k <= w+8; k++ {
			if toks[k].Form == "," || toks[k].Form == "." {
				break
			}
			if strings.EqualFold(toks[k].Form, "that") && toks[k].Rel == "mark" && toks[k].Head > k {
				c = toks[k].Head
				break
			}
		}
		if c < 0 || toks[c].UPOS != "VERB" && toks[c].UPOS != "AUX" {
			continue
		}
		toks[w].UPOS, toks[w].XPOS, toks[w].Lemma = "VERB", "VBG", lemma
		toks[w].Head, toks[w].Rel = root, "advcl"
		for k := w + 1; k < c; k++ {
			if toks[k].Rel == "obl" || toks[k].Rel == "nmod" {
				if h := toks[k].Head; h < w || h > c {
					toks[k].Head, toks[k].Rel = w, "obl" // "in a formal notice"
				}
			}
		}
		toks[c].Head, toks[c].Rel = w, "ccomp"
	}
}

// repairThatIfClauses mends a reported clause that opens with a
// condition: in "wrote that if the senator does not apologize, her
// lawyers will sue" the parser makes the condition's verb the
// complement of "wrote" (with both "that" and "if" as its marks) and
// hangs "sue" on "wrote" as an adverbial. The verb after the comma
// becomes the complement, with "that", and the condition its
// adverbial, keeping "if".
func repairThatIfClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" && t.UPOS != "AUX" || t.Rel != "ccomp" || t.Head < 0 || t.Head > c {
			continue
		}
		v := t.Head
		that, cond := -1, -1
		for k := v + 1; k < c; k++ {
			if toks[k].Head != c || toks[k].Rel != "mark" {
				continue
			}
			switch strings.ToLower(toks[k].Form) {
			case "that":
				that = k
			case "if", "unless", "until":
				cond = k
			}
		}
		if that < 0 || cond < that {
			continue
		}
		// the main verb of the reported clause: hung on v or on c after
		// a comma that closes the condition
		m := -1
		for k := c + 1; k < len(toks); k++ {
			if (toks[k].Head == v || toks[k].Head == c) && (toks[k].Rel == "advcl" || toks[k].Rel == "parataxis" || toks[k].Rel == "conj") && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX") && toks[k-1].Rel != "cc" {
				m = k
				break
			}
		}
		if m < 0 || !commaBetween(toks, c, m) || hasChild(toks, m, "mark") || hasChild(toks, m, "cc") {
			continue
		}
		toks[m].Head, toks[m].Rel = v, "ccomp"
		toks[that].Head = m
		toks[c].Head, toks[c].Rel = m, "advcl"
	}
}

// commaBetween reports whether a comma lies between tokens a and b.
func commaBetween(toks []syntax.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].Form == "," {
			return true
		}
	}
	return false
}

// repairOrUltimatums hangs the consequence of an ultimatum on the clause
// that sets it: in "told Reyes to repay the loan by Friday or she would
// sue him" the parser makes "sue" a conjunct of "repay", inside what was
// asked of Reyes; but a clause after "or" with a subject and a modal of
// its own is the asker's promise. It is hung on the verb that governs
// the demand: as its complement when that verb tells ("told Reyes she
// would sue him"), else as its conjunct.
func repairOrUltimatums(toks []syntax.Token) {
	for c, t := range toks {
		if t.Rel != "conj" || t.UPOS != "VERB" || t.Head < 0 {
			continue
		}
		h := toks[t.Head]
		if r := h.Rel; (r != "xcomp" && r != "ccomp" && !strings.HasPrefix(r, "acl") && r != "advcl") || h.Head < 0 {
			continue
		}
		or, subj, modal := false, false, false
		for k, x := range toks {
			if x.Head != c {
				continue
			}
			switch {
			case x.Rel == "cc" && strings.EqualFold(x.Form, "or") && k < c:
				or = true
			case strings.HasPrefix(x.Rel, "nsubj") && k < c:
				subj = true
			case x.Rel == "aux" && x.XPOS == "MD" && willModals[strings.ToLower(x.Form)]:
				modal = true
			}
		}
		if or && subj && modal {
			v := h.Head
			for toks[v].Rel != "root" && strings.HasPrefix(toks[v].Rel, "acl") && toks[v].Head >= 0 {
				v = toks[v].Head // (the demand hung on a noun: "a deadline … to find a buyer")
			}
			if !inSubtree(toks, v, c) {
				toks[c].Head = v
				if sayWords[strings.ToLower(toks[v].Lemma)] && !hasChild(toks, v, "ccomp") {
					toks[c].Rel = "ccomp" // (told, as "told Reyes she would sue him")
				}
			}
		}
	}
}

// willModals tell a promise: "will", "would", "'ll".
var willModals = map[string]bool{"will": true, "would": true, "'ll": true, "’ll": true, "wo": true}

// repairPerfectParticiples makes a verb again a participle the parser
// read as an adjective of the noun after it when an auxiliary "have"
// before it hangs on that noun too: "The brothers have since made
// amends" read as the noun phrase "made amends" with "brothers" its
// subject. The participle takes the noun's place, the noun becomes its
// object, and what came before the participle is the verb's.
func repairPerfectParticiples(model *syntax.Model, toks []syntax.Token) {
	for v, t := range toks {
		n := t.Head
		// (the tagger may call the participle an adjective and hang
		// "have" on it: "wrote that Mazur had repeatedly undermined
		// public confidence")
		adj := t.UPOS == "ADJ" && t.XPOS != "VBN" && strings.HasSuffix(strings.ToLower(t.Form), "ed")
		if t.XPOS != "VBN" && !adj || t.Rel != "amod" || n <= v || toks[n].UPOS != "NOUN" {
			continue
		}
		aux := -1
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if (toks[k].Head == n || adj && toks[k].Head == v) && toks[k].Rel == "aux" && strings.EqualFold(toks[k].Lemma, "have") {
				aux = k
			}
		}
		if aux < 0 {
			continue
		}
		if adj {
			toks[v].XPOS, toks[v].Lemma = "VBN", model.Lemma(t.Form, "VERB", "VBN")
		}
		toks[v].UPOS, toks[v].Head, toks[v].Rel = "VERB", toks[n].Head, toks[n].Rel
		if hasChild(toks, v, "mark") && toks[v].Rel == "obj" {
			toks[v].Rel = "ccomp" // (a clause: "wrote that …")
		}
		toks[n].Head, toks[n].Rel = v, "obj"
		for c := range toks {
			if toks[c].Head != n || c == v {
				continue
			}
			switch r := toks[c].Rel; {
			case c < v, c > n && (r == "punct" || r == "advcl" || r == "parataxis" || r == "conj" || strings.HasPrefix(r, "obl")):
				toks[c].Head = v
			}
		}
	}
}

// repairThatDeterminers reads as a determiner a "that" the parser took
// for a clause's marker before a noun that is no subject, right after a
// verb with no object: "She relinquished that post on Tuesday" (the
// post is what she relinquished).
func repairThatDeterminers(toks []syntax.Token) {
	for k := 1; k+1 < len(toks); k++ {
		t, n, v := toks[k], toks[k+1], k-1
		if !strings.EqualFold(t.Form, "that") || t.Rel != "mark" || n.UPOS != "NOUN" || strings.HasPrefix(n.Rel, "nsubj") || toks[v].UPOS != "VERB" {
			continue
		}
		hasObj := false
		for c := range toks {
			if toks[c].Head == v && (toks[c].Rel == "obj" || toks[c].Rel == "ccomp") && c != t.Head {
				hasObj = true
			}
		}
		if hasObj || inSubtree(toks, v, k+1) {
			continue
		}
		toks[k].UPOS, toks[k].XPOS, toks[k].Head, toks[k].Rel = "DET", "DT", k+1, "det"
		toks[k+1].Head, toks[k+1].Rel = v, "obj"
	}
}

// repairBareClauseSubjects makes the subject of a complement clause
// without "that" the noun phrase the parser took for the object of the
// verb before it: "records show Salazar and his companies have donated
// …", "said Okafor had met …" — a finite verb with no subject of its
// own, right after the phrase (past its auxiliaries).
func repairBareClauseSubjects(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "ccomp" || t.Head < 0 {
			continue
		}
		v := t.Head
		if l := strings.ToLower(toks[v].Lemma); !sayWords[l] && !clauseVerbs[l] {
			continue // ("issued a statement … questioned": no clause of the statement's)
		}
		obj, subj, finite := -1, false, t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP"
		for k := range toks {
			switch {
			case toks[k].Head == v && toks[k].Rel == "obj" && k < c:
				obj = k
			case toks[k].Head == c && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "expl" || toks[k].Rel == "mark"):
				subj = true
			case toks[k].Head == c && strings.HasPrefix(toks[k].Rel, "aux") && k < c:
				finite = true
			}
		}
		if obj < 0 || subj || !finite {
			continue
		}
		end := obj
		for k := obj + 1; k < c; k++ {
			if inSubtree(toks, k, obj) {
				end = k
			}
		}
		between := true
		for k := end + 1; k < c; k++ {
			if toks[k].Head != c || !strings.HasPrefix(toks[k].Rel, "aux") && toks[k].Rel != "advmod" {
				between = false
			}
		}
		if between {
			toks[obj].Head, toks[obj].Rel = c, "nsubj"
		}
	}
}

// repairGappedObjects reads a name coordinated with a verb's oblique as a
// second object where it and the first object each have a phrase with
// the same preposition: "criticized Weiss for the delays and Strand for
// the cost overruns".
func repairGappedObjects(toks []syntax.Token, isName []bool) {
	caseOf := func(i int) string {
		for j := range toks {
			if toks[j].Head == i && toks[j].Rel == "case" {
				return strings.ToLower(toks[j].Form)
			}
		}
		return ""
	}
	for b, t := range toks {
		if !isName[b] || t.Rel != "conj" || t.Head < 0 || isName[t.Head] || toks[t.Head].Rel != "obl" || b+1 >= len(toks) {
			continue
		}
		x := t.Head
		v := toks[x].Head
		p := caseOf(x)
		if v < 0 || p == "" || !strings.EqualFold(toks[b+1].Form, p) {
			continue
		}
		for a := range toks {
			if toks[a].Head == v && toks[a].Rel == "obj" && isName[a] && a < x {
				toks[b].Head = a
				break
			}
		}
	}
}

// repairMoneyModifiers makes a noun a sum of money modifies the head of
// its phrase where the parser made the sum the head and hung the noun
// beside it: "criticized her over her $40,000 gift to …" with "$" the
// oblique and "gift" a bare one. The sum becomes the noun's modifier and
// hands it its preposition, article and possessor.
func repairMoneyModifiers(toks []syntax.Token) {
	for i, t := range toks {
		if t.UPOS != "SYM" || t.Head < 0 {
			continue
		}
		n := i + 1
		for n < len(toks) && toks[n].UPOS == "NUM" {
			n++
		}
		if n == i+1 || n >= len(toks) || toks[n].UPOS != "NOUN" || toks[n].Head != t.Head && toks[n].Head != i {
			continue
		}
		// (the noun hung on the sum: "for her $5,000 contribution to
		// his campaign")
		toks[n].Head, toks[n].Rel = t.Head, t.Rel
		for c := range toks {
			if toks[c].Head == i && c < i {
				switch toks[c].Rel {
				case "case", "det", "nmod:poss", "amod":
					toks[c].Head = n
				}
			}
		}
		toks[i].Head, toks[i].Rel = n, "compound"
	}
}

// repairRoleAppositions hangs a person's name set beside a role and its
// phrase on the role, where the parser hung it on the last noun of the
// phrase: "recalled its ambassador to Marranca, Katarzyna Wilk" — Wilk
// is the ambassador, not Marranca.
func (d *stage) repairRoleAppositions(toks []syntax.Token, isName []bool) {
	for n, t := range toks {
		h := t.Head
		if t.Rel != "appos" || !isName[n] || h < 0 || base(toks[h].Rel) != "nmod" || d.entityTypeOf(t) != doc.Person || d.entityTypeOf(toks[h]) == doc.Person {
			continue
		}
		g := toks[h].Head
		if g < 0 || g > h || toks[g].UPOS != "NOUN" || !(rules.RoleNouns[strings.ToLower(toks[g].Lemma)] || rules.PersonNoun(strings.ToLower(toks[g].Lemma))) {
			continue
		}
		toks[n].Head = g
	}
}

// repairWhoConjuncts hangs a clause opened by ", who" that the parser
// made a conjunct of the main verb on the name before the comma, as the
// relative clause it is: "thanked Dana Price of the Harbor Trust, who
// donated $2 million to his campaign".
func repairWhoConjuncts(toks []syntax.Token, isName []bool) {
	for w := 2; w+1 < len(toks); w++ {
		if !strings.EqualFold(toks[w].Form, "who") || toks[w-1].Form != "," || !isName[w-2] {
			continue
		}
		v := toks[w].Head
		if v <= w || !strings.HasPrefix(toks[w].Rel, "nsubj") || toks[v].Rel != "conj" && toks[v].Rel != "parataxis" {
			continue
		}
		toks[v].Head, toks[v].Rel = w-2, "acl:relcl"
		toks[w-1].Head = v
	}
}

// repairWhoAfterOf hangs a relative clause opened by "who" on the person
// named before "of", "at" or "from", where the parser hung it on the
// body named after it: "the Rev. Ababio of Greater Zion Tabernacle, who
// praised the mayor" — Ababio praised him, not the church.
func repairWhoAfterOf(toks []syntax.Token, isName []bool) {
	for r, t := range toks {
		h := t.Head
		if t.Rel != "acl:relcl" || h < 0 || !isName[h] || base(toks[h].Rel) != "nmod" || !(hasCase(toks, h, "of") || hasCase(toks, h, "at") || hasCase(toks, h, "from")) {
			continue
		}
		p := toks[h].Head
		if p < 0 || !isName[p] || toks[p].UPOS != "PROPN" {
			continue
		}
		if !slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == r && strings.EqualFold(x.Form, "who") }) {
			continue
		}
		toks[r].Head = p
	}
}

// repairTimeAppositionSubjects gives a verb back its subject where the
// parser made it an apposition of a time phrase fronted without a comma:
// "On Wednesday the chair of Aegean Ferries resigned" with "chair" set
// beside "Wednesday" and "resigned" left without a subject.
func repairTimeAppositionSubjects(toks []syntax.Token) {
	for a, t := range toks {
		h := t.Head
		if t.Rel != "appos" || h < 0 || h > a || !weekdayOrTime(toks[h]) || toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN" {
			continue
		}
		v := toks[h].Head
		if v <= a || toks[v].UPOS != "VERB" || hasSubject(toks, v) {
			continue
		}
		toks[a].Head, toks[a].Rel = v, "nsubj"
	}
}

// repairTimeInPassive mends a passive with a time between its auxiliary
// and its participle, which the parser read as a copula and its
// predicate: "Pryce was last night accused by Houtkamp of …" with
// "night" the root and "accused" its modifier. The participle becomes
// the verb, the auxiliary its passive's, the time its oblique.
func repairTimeInPassive(toks []syntax.Token) {
	for t := range toks {
		if toks[t].Head >= 0 && base(toks[t].Rel) != "ccomp" && toks[t].Rel != "conj" || !weekdayOrTime(toks[t]) {
			continue
		}
		v := t + 1
		if v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBN" || toks[v].Head != t {
			continue
		}
		cop := -1
		for c := range toks {
			if toks[c].Head == t && toks[c].Rel == "cop" && c < t {
				cop = c
			}
		}
		if cop < 0 {
			continue
		}
		for c := range toks {
			if toks[c].Head != t || c == v {
				continue
			}
			switch {
			case c == cop:
				toks[c].Head, toks[c].Rel = v, "aux:pass"
			case strings.HasPrefix(toks[c].Rel, "nsubj"):
				toks[c].Head, toks[c].Rel = v, "nsubj:pass"
			case c > t || toks[c].Rel == "punct" || toks[c].Rel == "aux" || toks[c].Rel == "advmod":
				toks[c].Head = v
			}
		}
		toks[v].Head, toks[v].Rel = toks[t].Head, toks[t].Rel
		toks[t].Head, toks[t].Rel = v, "obl:tmod"
	}
}

// clauseOpeners are the prepositions that also open a clause ("after her
// predecessor stepped down"; rules: timeClauseOpeners).
var clauseOpeners = rules.WordClass("timeClauseOpeners")

// repairClausesReadAsPhrases mends a clause of time the parser read as a
// prepositional phrase and a conjunct: "took up her post after her
// predecessor stepped down" with "after her predecessor" an oblique of
// "took" and "stepped" a conjunct sharing its subject (or an adverbial
// clause without one). A past or present verb right after the phrase's
// noun, a conjunct or adverbial clause with no conjunction, subject or
// auxiliary of its own, becomes an adverbial clause whose subject is the
// noun; the preposition becomes its mark.
func repairClausesReadAsPhrases(toks []syntax.Token) {
	for v := 1; v < len(toks); v++ {
		n := v - 1
		t := &toks[v]
		if t.UPOS != "VERB" || t.Rel != "conj" && t.Rel != "advcl" || t.XPOS != "VBD" && t.XPOS != "VBN" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue // (a past the tagger took for a participle too: no auxiliary governs it)
		}
		if k := toks[n].UPOS; k != "NOUN" && k != "PROPN" && k != "PRON" || base(toks[n].Rel) != "obl" && base(toks[n].Rel) != "nmod" {
			continue
		}
		mark := -1
		own := false
		for c := range toks {
			switch {
			case toks[c].Head == n && toks[c].Rel == "case" && clauseOpeners[strings.ToLower(toks[c].Form)]:
				mark = c
			case toks[c].Head == v && (toks[c].Rel == "cc" || strings.HasPrefix(toks[c].Rel, "nsubj") || strings.HasPrefix(toks[c].Rel, "aux")):
				own = true // ("… after the vote and stepped down", "… and she stepped down")
			}
		}
		if mark < 0 || own {
			continue
		}
		if toks[n].Head == v {
			continue // (a noun hung on the verb itself)
		}
		t.Head, t.Rel = toks[n].Head, "advcl"
		if t.XPOS == "VBN" {
			t.XPOS = "VBD"
		}
		toks[n].Head, toks[n].Rel = v, "nsubj"
		toks[mark].Head, toks[mark].Rel, toks[mark].UPOS, toks[mark].XPOS = v, "mark", "SCONJ", "IN"
	}
}

// repairSinceVerbs mends a perfect's "since" the tagger took for the
// verb: "have since patched things up" read with "since" the root and
// "patched" an adjective of "things". The participle takes its place;
// "since" becomes its adverb.
func repairSinceVerbs(toks []syntax.Token) {
	for i := 0; i+1 < len(toks); i++ {
		v := i + 1
		if !strings.EqualFold(toks[i].Form, "since") || toks[i].UPOS != "VERB" || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" ||
			i == 0 || !strings.EqualFold(toks[i-1].Lemma, "have") {
			// (only after a perfect's auxiliary: "have since patched")
			continue
		}
		for c := range toks {
			if toks[c].Head == i && c != v {
				toks[c].Head = v
			}
		}
		toks[v].Head, toks[v].Rel, toks[v].XPOS = toks[i].Head, toks[i].Rel, "VBN"
		toks[i].Head, toks[i].Rel, toks[i].UPOS, toks[i].XPOS = v, "advmod", "ADV", "RB"
	}
}

// repairMoneyRecipients gives a verb of giving back its indirect object
// where the parser made the name before the sum the sum's compound:
// "handed the New Dawn Party $1.5 million" with "Party" a compound of
// "$". The name becomes the verb's indirect object, its article with it.
func repairMoneyRecipients(toks []syntax.Token, isName []bool, giving func(lemma string) bool) {
	for n := 1; n+1 < len(toks); n++ {
		m := toks[n].Head
		if !isName[n] || toks[n].Rel != "compound" || m != n+1 || toks[m].UPOS != "SYM" || base(toks[m].Rel) != "obj" || toks[n].End == toks[m].Start {
			continue // (not a currency's letters: "A$2 million")
		}
		v := toks[m].Head
		if v < 0 || v > n || toks[v].UPOS != "VERB" || !giving(toks[v].Lemma) {
			continue // (only a verb of giving: not "warned Kessler $5 million …")
		}
		toks[n].Head, toks[n].Rel = v, "iobj"
		for c := range toks {
			if toks[c].Head == m && c < n && toks[c].Rel == "det" {
				toks[c].Head = n
			}
		}
	}
}

// repairMoneyAppositions hangs a sum set off by commas after a noun on
// that noun as its apposition ("turned over the night's proceeds, about
// $310,000, to the school"), where the parser hung it on a later word.
// A hedge before the sum ("about", "nearly", "some") goes with it.
func repairMoneyAppositions(toks []syntax.Token) {
	for i, t := range toks {
		if t.XPOS != "$" || i+1 >= len(toks) || toks[i+1].UPOS != "NUM" {
			continue
		}
		c := i - 1
		if c >= 0 && (toks[c].UPOS == "ADV" || toks[c].UPOS == "ADJ" || toks[c].UPOS == "ADP") && toks[c].Head == i {
			c-- // "about", "nearly", "some"
		}
		n := i + 2
		for n < len(toks) && toks[n].UPOS == "NUM" {
			n++
		}
		if c < 1 || toks[c].Form != "," || n >= len(toks) || toks[n].Form != "," {
			continue
		}
		h := c - 1
		if toks[h].UPOS != "NOUN" || t.Head == h || inSubtree(toks, h, i) {
			continue
		}
		toks[i].Head, toks[i].Rel = h, "appos"
		toks[c].Head, toks[n].Head = i, i
	}
}

// repairAdverbNouns undoes a noun phrase the parser ended with a word of
// place or time that follows it as an adverb ("ripped the commissioner
// online", "met the senator today" read as "the commissioner online"):
// the noun before it heads the phrase, and the word modifies the verb.
func repairAdverbNouns(toks []syntax.Token) {
	for o, t := range toks {
		v := t.Head
		if t.UPOS != "NOUN" || !adverbNouns[strings.ToLower(t.Form)] || o == 0 || v < 0 || toks[v].UPOS != "VERB" {
			continue
		}
		c := o - 1
		if toks[c].Head != o || toks[c].UPOS != "NOUN" && toks[c].UPOS != "PROPN" || toks[c].Rel != "compound" && toks[c].Rel != "amod" {
			continue
		}
		for k := range toks {
			if toks[k].Head == o && k != c {
				toks[k].Head = c
			}
		}
		toks[c].Head, toks[c].Rel = v, t.Rel
		toks[o].Head, toks[o].Rel, toks[o].UPOS, toks[o].XPOS = v, "advmod", "ADV", "RB"
	}
}

// repairFrontedAppositions makes a name after a fronted phrase and its
// comma the subject of a verb that has none, where the parser set the
// name (and a description after it) beside the fronted phrase's noun:
// "In an interview, Corwin Lattimore, the Tallis Group founder, warned
// that …".
func repairFrontedAppositions(toks []syntax.Token, isName []bool) {
	for e, t := range toks {
		h := t.Head
		if !isName[e] || t.Rel != "appos" || h < 0 || h > e || e == 0 || toks[e-1].Form != "," {
			continue
		}
		v := toks[h].Head
		if v <= e || base(toks[h].Rel) != "obl" || toks[v].UPOS != "VERB" || hasSubject(toks, v) {
			continue
		}
		toks[e].Head, toks[e].Rel = v, "nsubj"
		for c := e + 1; c < v; c++ {
			if toks[c].Head == h && toks[c].Rel == "appos" {
				toks[c].Head = e // ", the Tallis Group founder,"
			}
		}
	}
}

// repairCopulaAfterAside makes a name the parser took for the root the
// subject of a copular predicate after its relative clause or
// apposition ("Oyelaran, who had spent a year attacking the governor, was
// among the guests at …" with "guests" set beside the name).
func repairCopulaAfterAside(toks []syntax.Token, isName []bool) {
	for r, t := range toks {
		if t.Head >= 0 || !isName[r] {
			continue
		}
		for p := r + 1; p < len(toks); p++ {
			if toks[p].Head != r || toks[p].Rel != "parataxis" {
				continue
			}
			cop := false
			for c := range toks {
				cop = cop || toks[c].Head == p && toks[c].Rel == "cop"
			}
			if !cop || hasSubject(toks, p) {
				continue
			}
			toks[p].Head, toks[p].Rel = -1, "root"
			toks[r].Head, toks[r].Rel = p, "nsubj"
			for c := range toks {
				if toks[c].Head == r && c > p {
					toks[c].Head = p // (the final period)
				}
			}
			break
		}
	}
}

// repairDocumentRelatives hangs a relative clause of what a document
// says ("that accuses …", "which alleges …") on the document noun when
// the parser hung it on the noun of a with-, to- or before-phrase after
// the document, those it was filed with or sent to ("filing a complaint
// with federal regulators that accuses Frontier of …"): with "that" or
// "which", it is the complaint that accuses.
func repairDocumentRelatives(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "acl:relcl" || h < 0 || h >= v || !documentActs[strings.ToLower(t.Lemma)] || documentNouns[strings.ToLower(toks[h].Lemma)] {
			continue
		}
		d := toks[h].Head
		if d < 0 || d >= h || base(toks[h].Rel) != "nmod" || toks[d].UPOS != "NOUN" || !documentNouns[strings.ToLower(toks[d].Lemma)] ||
			!hasCase(toks, h, "with") && !hasCase(toks, h, "to") && !hasCase(toks, h, "before") {
			// (only those it was filed with or sent to: in "a complaint
			// against the newspaper that accused Ruiz" the newspaper
			// accused him)
			continue
		}
		for c := h + 1; c < v; c++ {
			if w := strings.ToLower(toks[c].Form); toks[c].Head == v && toks[c].Rel == "nsubj" && (w == "that" || w == "which") {
				toks[v].Head = d
				break
			}
		}
	}
}

// documentActs are what a document does when it speaks ("a complaint
// that accuses …"); documentNouns are the documents (rules: documentActs,
// documentNouns).
var (
	documentActs  = rules.WordClass("documentActs")
	documentNouns = rules.WordClass("documentNouns")
)

// repairRelativeSubjects undoes a relative clause the parser read as an
// adverbial clause with two subjects, the name and its relative pronoun
// ("The county Republican Party, which backed her in 2022, has turned on
// her" with "backed" under "turned", its subjects the party and
// "which"): the clause is the name's, and the name the subject of the
// verb it hung on.
func repairRelativeSubjects(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "advcl" || h <= v {
			continue
		}
		e, r := -1, -1
		for c := 0; c < v; c++ {
			if toks[c].Head != v || toks[c].Rel != "nsubj" {
				continue
			}
			if w := strings.ToLower(toks[c].Form); w == "which" || w == "who" {
				r = c
			} else if e < 0 {
				e = c
			}
		}
		if e < 0 || r != e+2 || toks[e+1].Form != "," || hasSubject(toks, h) {
			continue
		}
		toks[e].Head, toks[e].Rel = h, "nsubj"
		toks[v].Head, toks[v].Rel = e, "acl:relcl"
		toks[e+1].Head = v
	}
}

// repairBehindPronouns hangs "behind them" on the verb whose object the
// parser hung it from ("put that episode behind them"): it says where the
// object is put, as "put the feud behind them" is read.
func repairBehindPronouns(toks []syntax.Token) {
	for p := 1; p < len(toks); p++ {
		if toks[p].UPOS != "PRON" || !strings.EqualFold(toks[p-1].Form, "behind") || toks[p-1].Head != p {
			continue
		}
		if n := toks[p].Head; n >= 0 && toks[n].UPOS == "NOUN" && base(toks[n].Rel) == "obj" && toks[n].Head >= 0 {
			toks[p].Head, toks[p].Rel = toks[n].Head, "obl"
		}
	}
}

// repairSplitPossessives hangs a name with "'s" on the noun it owns,
// where the parser hung both on the verb ("who became Eastbrook's
// president" with "Eastbrook" and "president" two complements), or read
// "'s" as "is" before a noun that is a verb's subject ("Local 418's
// political action committee gave …").
func repairSplitPossessives(toks []syntax.Token, isName []bool) {
	for i := 0; i+2 < len(toks); i++ {
		if !isName[i] || toks[i+1].Form != "'s" && toks[i+1].Form != "’s" {
			continue
		}
		n := i + 2
		for n < len(toks) && n <= i+4 && (toks[n].UPOS == "ADJ" || toks[n].UPOS == "NOUN" && n+1 < len(toks) && toks[n+1].UPOS == "NOUN") {
			n++
		}
		if n >= len(toks) || toks[n].UPOS != "NOUN" {
			continue
		}
		// ("Local 418's political action committee gave …" with "'s"
		// read as "is": the noun the copula would have for predicate is
		// the verb's subject, so "'s" owns it)
		copula := toks[i+1].Rel == "cop" && toks[i+1].Head == n && toks[i].Head == n && strings.HasPrefix(toks[n].Rel, "nsubj")
		if !copula && (toks[i].Head == n || toks[i].Head != toks[n].Head) {
			continue
		}
		toks[i].Head, toks[i].Rel = n, "nmod:poss"
		toks[i+1].Head, toks[i+1].Rel = i, "case"
		toks[i+1].UPOS, toks[i+1].XPOS, toks[i+1].Lemma = "PART", "POS", toks[i+1].Form
	}
}

// repairObjectAuthors hangs a by-phrase naming someone right after an
// active verb's object on the object, where the parser hung it on the
// verb as if it were a passive's agent: in "praised the speech by
// Governor Hale" Hale gave the speech, and is not the one praising.
func repairObjectAuthors(toks []syntax.Token, isName []bool) {
	for o := 0; o+2 < len(toks); o++ {
		v := toks[o].Head
		if toks[o].Rel != "obj" || toks[o].UPOS != "NOUN" || v < 0 || v > o || !strings.EqualFold(toks[o+1].Form, "by") {
			continue
		}
		n := o + 2
		for n < len(toks) && toks[n].Head == n+1 && (toks[n].UPOS == "DET" || toks[n].UPOS == "ADJ" || toks[n].Rel == "compound") {
			n++ // "by the Redfern police"
		}
		if n >= len(toks) || toks[n].Head != v || base(toks[n].Rel) != "obl" || !isName[n] && toks[n].UPOS != "PROPN" || toks[o+1].Head != n {
			continue
		}
		passive := false
		for _, c := range toks {
			passive = passive || c.Head == v && (c.Rel == "aux:pass" || c.Rel == "nsubj:pass")
		}
		if !passive {
			toks[n].Head, toks[n].Rel = o, "nmod"
		}
	}
}

// repairClauseSubjectNouns mends a subordinate clause whose subject the
// parser took for a clause without a verb: in "praised Quill on Monday,
// while the city's largest union, the Harbor Workers Union, criticized
// her" "union" was made the clause (marked by "while") and "criticized"
// a conjunct of "praised" with no "and", so the praise's subject became
// the critic. The verb becomes the clause, with the noun its subject.
func repairClauseSubjectNouns(toks []syntax.Token) {
	for n, t := range toks {
		if t.UPOS != "NOUN" || base(t.Rel) != "advcl" || t.Head < 0 || t.Head > n {
			continue
		}
		mark, cop := -1, false
		for c := range toks {
			if toks[c].Head != n {
				continue
			}
			if toks[c].Rel == "mark" {
				mark = c
			}
			cop = cop || toks[c].Rel == "cop"
		}
		if mark < 0 || cop {
			continue
		}
		for v := n + 1; v < len(toks); v++ {
			if toks[v].Head == t.Head && toks[v].Rel == "conj" && toks[v].UPOS == "VERB" {
				cc := false
				for c := range toks {
					cc = cc || toks[c].Head == v && toks[c].Rel == "cc"
				}
				if !cc && inSubtreeSpan(toks, n, v) {
					toks[v].Head, toks[v].Rel = t.Head, "advcl"
					toks[n].Head, toks[n].Rel = v, "nsubj"
					toks[mark].Head = v
				}
				break
			}
		}
	}
}

// inSubtreeSpan reports whether every token between n and v (exclusive)
// is punctuation or lies in n's subtree.
func inSubtreeSpan(toks []syntax.Token, n, v int) bool {
	for k := n + 1; k < v; k++ {
		if toks[k].UPOS != "PUNCT" && !inSubtree(toks, k, n) {
			return false
		}
	}
	return true
}

// repairCompoundPossessors hangs a possessor the parser hung on the first
// noun of a compound on the compound's head: in "mocked Viridian Motors'
// earnings guidance" the firm owns the guidance, not the earnings.
func repairCompoundPossessors(toks []syntax.Token) {
	for i := range toks {
		if toks[i].Rel != "nmod:poss" {
			continue
		}
		h := toks[i].Head
		for h > i && toks[h].Rel == "compound" && toks[h].Head > h {
			h = toks[h].Head
		}
		toks[i].Head = h
	}
}

// repairNegatedInfinitives hangs "never" or "not" right before an
// infinitive's "to" on the infinitive, where the parser hung it on the
// verb before ("vowed never to give", "decided not to run"): it denies
// the infinitive's act, not the vow.
func repairNegatedInfinitives(toks []syntax.Token) {
	for n := 0; n+2 < len(toks); n++ {
		if l := strings.ToLower(toks[n].Form); l != "never" && l != "not" {
			continue
		}
		if !strings.EqualFold(toks[n+1].Form, "to") || toks[n+1].UPOS != "PART" {
			continue
		}
		if v := toks[n+1].Head; v > n+1 && toks[v].UPOS == "VERB" && toks[n].Head != v {
			toks[n].Head, toks[n].Rel = v, "advmod"
		}
	}
}

// repairWhoAntecedents hangs a relative clause opened by "who" or "whom"
// on the name right before it, where the parser hung it on a common
// noun further back that names no one ("a turbulent moment for Harwick
// Rovers, who sacked their coach"): "who" stands for someone. One the
// parser hung on the place an apposition's bearer is from goes to the
// apposition ("a Republican from Kansas who …").
func repairWhoAntecedents(toks []syntax.Token, isName []bool) {
	for r, t := range toks {
		if w := strings.ToLower(t.Form); w != "who" && w != "whom" || r < 2 {
			continue
		}
		v := t.Head
		if v <= r || base(toks[v].Rel) != "acl" {
			continue
		}
		n := r - 1
		if toks[n].Form == "," {
			n--
		}
		if n < 0 || !isName[n] || toks[v].Head == n {
			continue
		}
		if h := toks[v].Head; h < 0 || h >= n || isName[h] || toks[h].UPOS != "NOUN" || rules.PersonNoun(strings.ToLower(toks[h].Lemma)) {
			continue
		}
		toks[v].Head = n
	}
	for r, t := range toks {
		// "a Republican from Kansas who had called for …": a place one is
		// from is no one; "who" is the one described.
		if w := strings.ToLower(t.Form); w != "who" && w != "whom" {
			continue
		}
		v := t.Head
		if v <= r || base(toks[v].Rel) != "acl" {
			continue
		}
		h := toks[v].Head
		if h < 0 || h >= r || toks[h].UPOS != "PROPN" || !hasCase(toks, h, "from") {
			continue
		}
		if g := toks[h].Head; g >= 0 && g < h && toks[g].Rel == "appos" && !isName[g] {
			toks[v].Head = g
		}
	}
}

// repairTitleAppositions hangs a name set beside a title's of-phrase on
// the title ("met the Minister of Finance, Tomas Weir, on Monday" with
// the name an apposition of "Finance").
func repairTitleAppositions(toks []syntax.Token, isName []bool) {
	for a, t := range toks {
		h := t.Head
		if !isName[a] || t.Rel != "appos" || h < 0 || isName[h] || base(toks[h].Rel) != "nmod" {
			continue
		}
		g := toks[h].Head
		if g < 0 || g > h || isName[g] || !rules.IsTitle(toks[g].Form) && !rules.RoleNouns[strings.ToLower(toks[g].Form)] {
			continue
		}
		if hasCase(toks, h, "of") {
			toks[a].Head = g
		}
	}
}

// repairColonClauses reads a clause after a colon as set beside the one
// before it, not as its complement ("That support has not been
// one-sided: Achebe-Strand has repeatedly defended Lindqvist"), where the
// parser made it a complement clause and the negation before the colon
// reached it. After a verb of saying ("He said: …") it stays reported.
func repairColonClauses(toks []syntax.Token) {
	for v, t := range toks {
		h := t.Head
		if t.Rel != "ccomp" || h < 0 || h > v || rules.SpeechVerbs[strings.ToLower(toks[h].Form)] || frame.JudgementVerb(strings.ToLower(toks[h].Lemma)) {
			continue
		}
		for c := h + 1; c < v; c++ {
			if toks[c].Form == ":" && toks[c].Head == v {
				toks[v].Rel = "parataxis"
				break
			}
		}
	}
}

// repairClefts hangs the relative clause of a cleft sentence on the one it
// puts in focus ("It was Okonkwo-Hart, not the board, who forced Thorsen
// out"), where the parser hung it on a phrase after the name.
func repairClefts(toks []syntax.Token, isName []bool) {
	for r, t := range toks {
		if t.Head >= 0 || !isName[r] {
			continue
		}
		it, cop := false, false
		for c := range toks {
			if toks[c].Head != r {
				continue
			}
			switch {
			case toks[c].Rel == "nsubj" && strings.EqualFold(toks[c].Form, "it"):
				it = true
			case toks[c].Rel == "cop":
				cop = true
			}
		}
		if !it || !cop {
			continue
		}
		for v := r + 1; v < len(toks); v++ {
			if toks[v].Rel != "acl:relcl" || toks[v].Head == r || !inSubtree(toks, toks[v].Head, r) {
				continue
			}
			for c := r + 1; c < v; c++ {
				if toks[c].Head == v && base(toks[c].Rel) == "nsubj" && (strings.EqualFold(toks[c].Form, "who") || strings.EqualFold(toks[c].Form, "that")) {
					toks[v].Head = r
					break
				}
			}
		}
	}
}

// repairPrepositionParticles makes a preposition right after a verb the
// verb's particle, and the name it was read to introduce the verb's
// object, when the verb has no object and the two words are a trigger
// whose frame takes an object ("brought in Tomas Vik to replace her",
// read as brought + "in Tomas Vik"); not before a time ("brought in
// 2024") and not where the frame wants no object.
func (d *stage) repairPrepositionParticles(toks []syntax.Token, isName []bool) {
	for p := 1; p < len(toks); p++ {
		v, n := p-1, toks[p].Head
		if toks[v].UPOS != "VERB" || toks[p].UPOS != "ADP" || toks[p].Rel != "case" || n <= p || !isName[n] || toks[n].Head != v || base(toks[n].Rel) != "obl" {
			continue
		}
		if slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == v && (base(t.Rel) == "obj" || t.Rel == "compound:prt") }) {
			continue
		}
		prt := strings.ToLower(toks[p].Form)
		takesObj := false
		for _, f := range d.frames.ByLemma(strings.ToLower(toks[v].Lemma)) {
			if f.POS != "VERB" || len(f.Extra) != 1 || f.Extra[0] != prt {
				continue
			}
			for _, groups := range f.Slots {
				for _, g := range groups {
					takesObj = takesObj || slices.Contains(g, "obj")
				}
			}
		}
		if takesObj {
			toks[p].Head, toks[p].Rel = v, "compound:prt"
			toks[n].Rel = "obj"
		}
	}
}

// repairParticleObjects makes the bare oblique right after a verb's
// particle its object, when it has none ("turned over the proceeds to
// …" read with the proceeds an oblique).
func repairParticleObjects(toks []syntax.Token) {
	for p, t := range toks {
		v := t.Head
		if t.Rel != "compound:prt" || v < 0 || v != p-1 || toks[v].UPOS != "VERB" {
			continue
		}
		obj, obl := false, -1
		for c := range toks {
			if toks[c].Head != v {
				continue
			}
			switch base(toks[c].Rel) {
			case "obj":
				obj = true
			case "obl":
				if c > p && obl < 0 {
					obl = c
				}
			}
		}
		if obj || obl < 0 {
			continue
		}
		bare := true
		for c := range toks {
			if toks[c].Head == obl && toks[c].Rel == "case" {
				bare = false
			}
		}
		// (the phrase must follow the particle: all between is its own)
		for x := p + 1; x < obl && bare; x++ {
			bare = inSubtree(toks, x, obl)
		}
		if bare && !weekdayOrTime(toks[obl]) {
			toks[obl].Rel = "obj"
		}
	}
}

// repairVerbConjuncts hangs a participle coordinated by "or"/"and" right
// after another participle on it, where the parser hung it higher ("he
// had never met or spoken to …" with "spoken" a conjunct of "said").
func repairVerbConjuncts(toks []syntax.Token) {
	for v, t := range toks {
		if t.Rel != "conj" || t.UPOS != "VERB" || v < 2 {
			continue
		}
		cc, w := v-1, v-2
		if toks[cc].UPOS != "CCONJ" || toks[w].UPOS != "VERB" || toks[w].XPOS != t.XPOS || t.Head == w || toks[cc].Head != v && toks[cc].Head != w {
			continue
		}
		if hasSubject(toks, v) {
			continue
		}
		toks[v].Head = w
	}
}

// repairConjunctsAfterQuotes hangs a verb coordinated after a closing
// quotation mark on the verb outside the quotation that it goes with,
// where the parser hung it on a word inside: "branding Voss “Hollow
// Harlan” and calling him …", "said the gifts amounted to “a racket in a
// tuxedo” and accused Voss of …" (the second verb is the first's
// conjunct, not the quoted phrase's). The verb taken is the nearest
// outside the quotation above the word it hung on, of the same form if
// one is ("said … and accused", "branding … and calling").
func (d *stage) repairConjunctsAfterQuotes(toks []syntax.Token) {
	quoted := func(t syntax.Token) bool {
		k, _ := d.TokenRange(t.Start, t.End)
		return k >= 0 && d.Quoted[k]
	}
	for v, t := range toks {
		h := t.Head
		if t.UPOS != "VERB" || h < 0 || h >= v || t.Rel != "conj" && t.Rel != "advcl" || quoted(t) || !quoted(toks[h]) {
			continue
		}
		// "… tuxedo” and accused": a coordinator right after the
		// closing mark, and the verb's own.
		cc := v - 1
		if cc < 1 || toks[cc].UPOS != "CCONJ" || toks[cc].Head != v || !syntax.IsQuoteMark(toks[cc-1].Form) && !(cc > 1 && toks[cc-1].Form == "," && syntax.IsQuoteMark(toks[cc-2].Form)) {
			continue
		}
		same, first := -1, -1
		for a, n := h, 0; a >= 0 && n < len(toks); a, n = toks[a].Head, n+1 {
			if quoted(toks[a]) || toks[a].UPOS != "VERB" {
				continue
			}
			if first < 0 {
				first = a
			}
			if toks[a].XPOS == t.XPOS {
				same = a
				break
			}
		}
		if same < 0 {
			same = first
		}
		if same < 0 {
			continue
		}
		toks[v].Head, toks[v].Rel = same, "conj"
	}
}

// repairEachSubject makes "each" read as a determiner of the verb after
// it that verb's subject ("when each accused the other of lying").
func repairEachSubject(toks []syntax.Token) {
	for e, t := range toks {
		h := t.Head
		if !strings.EqualFold(t.Form, "each") || t.Rel != "det" || h <= e || toks[h].UPOS != "VERB" {
			continue
		}
		if slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == h && strings.HasPrefix(x.Rel, "nsubj") }) {
			continue
		}
		toks[e].Rel, toks[e].UPOS = "nsubj", "PRON"
	}
}

// repairBetween gives "between A and B" both its names: the parser may
// hang B as a conjunct of the noun the phrase modifies ("The feud between
// the singer Keïta-Bloom and the producer Kern is over").
func repairBetween(toks []syntax.Token, isName []bool) {
	for x, t := range toks {
		if !isName[x] || t.Head < 0 {
			continue
		}
		if !hasCase(toks, x, "between") {
			continue
		}
		h := t.Head
		if y := x + 3; y < len(toks) && isName[y] && strings.EqualFold(toks[x+1].Form, "and") && possessives[strings.ToLower(toks[x+2].Form)] && toks[y].Head != x {
			// "between Wexford Kraft and its activist shareholder Blue
			// Heron" with the second name read as the sentence's subject.
			toks[y].Head, toks[y].Rel = x, "conj"
			toks[x+1].Head, toks[x+1].Rel = y, "cc"
			toks[x+2].Head, toks[x+2].Rel = y, "nmod:poss"
			continue
		}
		for y := x + 1; y < len(toks) && y <= x+4; y++ {
			if (isName[y] || toks[y].UPOS == "NOUN") && (toks[y].Head == h || toks[y].Head > h && toks[y].Head < x) && toks[y].Rel == "conj" {
				// (the conjunct may hang on a phrase between the noun
				// and "between": "a meeting on Monday at the mansion
				// between A and the chairman, B")
				old := toks[y].Head
				toks[y].Head = x
				for c := x + 1; c < y; c++ {
					if toks[c].Head == old && toks[c].Rel == "cc" {
						toks[c].Head = y
					}
				}
				if a := y + 2; !isName[y] && a < len(toks) && toks[y+1].Form == "," && isName[a] && toks[a].Head == old && toks[a].Rel == "conj" {
					toks[a].Head, toks[a].Rel = y, "appos"
				}
				break
			}
		}
	}
}

// repairOfGerunds hangs an of-gerund the parser made an adverbial of a
// verb back on the verb's object noun it completes ("had “no intention
// whatsoever” of suing the Sentinel": the intention is of suing, and
// there is none).
func repairOfGerunds(toks []syntax.Token) {
	for g, t := range toks {
		if t.Rel != "advcl" || t.XPOS != "VBG" || t.Head < 0 {
			continue
		}
		mark := markWord(toks, g, "of")
		if mark < 0 {
			continue
		}
		for o := mark - 1; o >= 0 && o >= mark-3; o-- {
			if toks[o].Head == t.Head && toks[o].Rel == "obj" && toks[o].UPOS == "NOUN" {
				toks[g].Head, toks[g].Rel = o, "acl"
				break
			}
		}
	}
}

// repairFrontedSubjects makes names coordinated right before a verb
// without a subject, after a fronted phrase and its comma, that verb's
// subject: "In a video call on Sunday, A and B went over …" is read with
// the names as conjuncts of "Sunday".
func repairFrontedSubjects(toks []syntax.Token, isName []bool) {
	// "After two years of strikes, Halvor Steel and the United Mill
	// Workers said …" with the second name the subject and the first an
	// apposition of the fronted phrase: the two are the subject.
	for e, t := range toks {
		if !isName[e] || !strings.HasPrefix(t.Rel, "nsubj") || t.Head < 0 || t.Head < e {
			continue
		}
		j := e - 1
		if j > 0 && strings.EqualFold(toks[j].Form, "the") {
			j--
		}
		if j < 2 || toks[j].UPOS != "CCONJ" || !isName[j-1] || toks[j-1].Head == t.Head || toks[j-1].Head < 0 || toks[j-1].Head > j-1 || j-2 < 0 || toks[j-2].Form != "," {
			continue
		}
		n := j - 1
		toks[n].Head, toks[n].Rel = t.Head, t.Rel
		toks[e].Head, toks[e].Rel = n, "conj"
		toks[j].Head, toks[j].Rel = e, "cc"
	}
	for v, t := range toks {
		// (an adverb or auxiliary may come between: "A and B now say
		// …", "A and B had lunched …")
		e := v - 1
		for e > 0 && (toks[e].UPOS == "ADV" || toks[e].UPOS == "AUX" && toks[e].Head == v) && v-e <= 3 {
			e--
		}
		if t.UPOS != "VERB" || e < 0 || !isName[e] || toks[e].Rel != "conj" || hasSubject(toks, v) {
			continue
		}
		// The names, back to the comma: NAME (, NAME)* (and|or) NAME.
		var names, joins []int
		k := e
		for k >= 0 {
			if !isName[k] {
				break
			}
			names = append(names, k)
			j := k
			if j > 0 && strings.EqualFold(toks[j-1].Form, "the") {
				j-- // "A and the United Foundry Workers"
			}
			if j > 0 && (toks[j-1].Form == "," || toks[j-1].UPOS == "CCONJ") && j > 1 && isName[j-2] {
				joins = append(joins, j-1)
				k = j - 2
				continue
			}
			break
		}
		// (the fronted phrase may end in a name of its own: "Over
		// dinner in Milan, A and B made peace")
		for len(names) > 2 && names[len(names)-1] > 0 && toks[names[len(names)-1]-1].Form != "," {
			names, joins = names[:len(names)-1], joins[:len(joins)-1]
		}
		first := names[len(names)-1]
		if len(names) < 2 || first == 0 || toks[first-1].Form != "," || toks[first].Head >= first {
			continue
		}
		toks[first].Head, toks[first].Rel = v, "nsubj"
		for _, n := range names[:len(names)-1] {
			toks[n].Head, toks[n].Rel = first, "conj"
		}
		for _, j := range joins {
			if toks[j].UPOS == "CCONJ" {
				toks[j].Head, toks[j].Rel = j+1, "cc"
			} else {
				toks[j].Head, toks[j].Rel = j+1, "punct"
			}
		}
	}
	// "Criticized by Ilunga, Castaneda resigned" with the second name read
	// as an apposition of the first: one name after the fronted phrase's
	// comma, right before a finite verb without a subject, is its subject.
	for v, t := range toks {
		e := v - 1
		for e > 0 && (toks[e].UPOS == "ADV" || toks[e].UPOS == "AUX" && toks[e].Head == v) && v-e <= 3 {
			e--
		}
		finite := t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || e+1 < v && toks[e+1].UPOS == "AUX"
		if t.UPOS != "VERB" || !finite || e < 1 || !isName[e] || toks[e].Rel != "appos" || toks[e].Head >= e || toks[e-1].Form != "," || hasSubject(toks, v) {
			continue
		}
		toks[e].Head, toks[e].Rel = v, "nsubj"
		toks[e-1].Head = v
	}
}

// repairRepeatedNounAdverbs reads "face to face", "shoulder to shoulder",
// "side by side", "hand in hand", "one on one" after a verb as the adverb
// it is. The parser made the first noun the verb's object and a name
// before it the noun's compound ("met club president Fairweather face to
// face"), so the name was no one's object; or read the second noun as a
// verb taking the phrases after it ("stood shoulder to shoulder with
// Brenner on Tuesday"), so they were no longer the verb's.
func repairRepeatedNounAdverbs(toks []syntax.Token, isName []bool) {
	for k := 1; k+2 < len(toks); k++ {
		a, p, b := toks[k], strings.ToLower(toks[k+1].Form), toks[k+2]
		if !strings.EqualFold(a.Form, b.Form) || p != "to" && p != "on" && p != "by" && p != "in" || a.Rel != "obj" || a.Head < 0 || a.Head >= k || toks[a.Head].UPOS != "VERB" {
			continue
		}
		v := a.Head
		for c := k - 1; c >= 0 && c >= k-2; c-- {
			if isName[c] && toks[c].Head == k {
				toks[c].Head, toks[c].Rel = v, "obj"
			}
		}
		for c := range toks {
			if c > k+2 && (toks[c].Head == k+2 || toks[c].Head == k+1) {
				toks[c].Head = v // (the phrases after the adverb are the verb's)
			}
		}
		toks[k].Rel = "advmod"
		toks[k+1].Head, toks[k+1].Rel = k+2, "case"
		toks[k+2].Head, toks[k+2].Rel = k, "nmod"
		toks[k+2].UPOS, toks[k+2].XPOS, toks[k+2].Lemma = a.UPOS, a.XPOS, a.Lemma
	}
}

// repairNameModifierOfVerb reads as the subject a name the parser hung
// as a modifier on the present or past verb right after it, when the
// verb has no subject: "unless Portsmere United grants him a transfer"
// parsed with "United" an adjective of "grants".
func repairNameModifierOfVerb(toks []syntax.Token, isName []bool) {
	for k := 0; k+1 < len(toks); k++ {
		v := k + 1
		if !isName[k] || toks[k].Head != v || toks[v].UPOS != "VERB" || (toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBD" && toks[v].XPOS != "VBP") {
			continue
		}
		if r := toks[k].Rel; r != "amod" && r != "compound" && r != "nmod:poss" {
			continue
		}
		if hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
			continue
		}
		toks[k].Rel = "nsubj"
	}
}

// repairNameModifiers hangs a prepositional phrase the parser put under a
// name back on the noun the name modifies, when the two phrases go with
// that noun one after the other ("a $3,300 contribution from Holdbrook
// to Dlamini"): a name takes no "to"
// or "from" of its own there.
func repairNameModifiers(toks []syntax.Token, isName []bool) {
	caseOf := func(i int) string {
		for j, t := range toks {
			if t.Head == i && t.Rel == "case" && j < i {
				return strings.ToLower(t.Form)
			}
		}
		return ""
	}
	for i, t := range toks {
		if t.Rel != "nmod" || t.Head < 0 || t.Head >= len(isName) || !isName[t.Head] || t.Head > i {
			continue
		}
		n := toks[t.Head]
		if n.Rel != "nmod" || n.Head < 0 || toks[n.Head].UPOS != "NOUN" || n.Head > t.Head {
			continue
		}
		c, nc := caseOf(i), caseOf(t.Head)
		if c == nc || c == "" || nc == "" || c != "to" && c != "from" && c != "for" && c != "with" && c != "against" {
			continue
		}
		toks[i].Head = n.Head
	}
}

// repairRoleNouns reads as a noun a role word the tagger took for an
// adjective where no noun follows it ("as chief executive stunned
// investors", "took over as chief executive last spring"): "executive",
// "official", "principal" head their phrase there. So too a role word
// read as a verb right after "as" ("hired as superintendent"), or as an
// adverb ("named provost").
func repairRoleNouns(model *syntax.Model, toks []syntax.Token) {
	for k, t := range toks {
		if t.UPOS == "VERB" && k > 0 && strings.EqualFold(toks[k-1].Form, "as") && rules.RoleWord(strings.ToLower(t.Form)) && !strings.HasSuffix(t.Form, "ed") && !strings.HasSuffix(t.Form, "ing") {
			// "was hired as superintendent in 2022" with the role read
			// as a verb after "as"
			toks[k].UPOS, toks[k].XPOS = "NOUN", "NN"
			toks[k].Lemma = model.Lemma(t.Form, "NOUN", "NN")
			continue
		}
		if t.UPOS == "ADV" && rules.RoleWord(strings.ToLower(t.Form)) && !strings.HasSuffix(t.Form, "ly") {
			// "was named provost in 2022": a role word the tagger did
			// not know, read as an adverb
			toks[k].UPOS, toks[k].XPOS = "NOUN", "NN"
			toks[k].Lemma = model.Lemma(t.Form, "NOUN", "NN")
			continue
		}
		if t.UPOS != "ADJ" || !rules.RoleNouns[strings.ToLower(t.Form)] {
			continue
		}
		if k+1 < len(toks) {
			if n := toks[k+1]; n.UPOS == "NOUN" || n.UPOS == "PROPN" || n.UPOS == "ADJ" && rules.RoleNouns[strings.ToLower(n.Form)] {
				continue
			}
		}
		toks[k].UPOS, toks[k].XPOS = "NOUN", "NN"
		toks[k].Lemma = model.Lemma(t.Form, "NOUN", "NN")
	}
}

// repairYieldedNouns retags a noun the tagger read as an infinitive after
// a verb of yielding and "to": "bowing to pressure from Corran", "caved
// to demands from the union" (what one yields to is a thing, not an act of
// one's own).
func repairYieldedNouns(toks []syntax.Token) {
	for k := 0; k+2 < len(toks); k++ {
		if !yieldVerbs[strings.ToLower(toks[k].Lemma)] || !strings.EqualFold(toks[k+1].Form, "to") {
			continue
		}
		if v := &toks[k+2]; v.UPOS == "VERB" && v.XPOS == "VB" && (k+3 == len(toks) || toks[k+3].UPOS == "ADP" || toks[k+3].UPOS == "PUNCT") {
			v.UPOS, v.XPOS, v.Lemma = "NOUN", "NN", strings.ToLower(v.Form)
			toks[k+1].UPOS, toks[k+1].XPOS = "ADP", "IN"
		}
	}
}

// yieldVerbs give way to what their to-phrase names (rules: yieldVerbs).
var yieldVerbs = rules.WordClass("yieldVerbs")

// repairPluralsAfterTo reads as a plural noun a word after "to" that the
// tagger took for an infinitive though it is the plural of a kind of
// person ("in a letter to trustees", "said to shareholders"): no verb's
// bare form is.
func repairPluralsAfterTo(toks []syntax.Token) {
	for k := 0; k+1 < len(toks); k++ {
		v := &toks[k+1]
		if !strings.EqualFold(toks[k].Form, "to") || v.UPOS != "VERB" || !isLowerWord(v.Form) {
			continue
		}
		w := strings.ToLower(v.Form)
		if !strings.HasSuffix(w, "s") || !rules.PersonNounPlural(w) || syntax.Default().SeenAsVerb(w) {
			continue
		}
		v.UPOS, v.XPOS, v.Lemma = "NOUN", "NNS", syntax.Default().Lemma(w, "NOUN", "NNS")
		toks[k].UPOS, toks[k].XPOS = "ADP", "IN"
	}
}

// repairInfinitives retags "to" + a trigger verb's bare form followed by
// a name, a determiner or a pronoun ("to back Trump", "to sue the
// company", "to fire Powell") as an infinitive: the tagger, trained on
// web text, often reads such a verb as a noun after a preposition.
func (d *stage) repairInfinitives(toks []syntax.Token) {
	for k := 0; k+2 < len(toks); k++ {
		// "to" read as a preposition, or "help" taking a bare
		// infinitive ("helped finance Asante's campaign").
		// ("to" a particle too, before a noun the tagger made of a verb
		// of harm: "asked the bar to discipline attorney Fairbanks")
		to := strings.EqualFold(toks[k].Form, "to")
		help := toks[k].UPOS == "VERB" && toks[k].Lemma == "help"
		// (or a modal or "to" with an opening quotation mark after it:
		// "would “sue Dana Whitfield …”", the tagger reading a noun)
		quoted := (toks[k].XPOS == "MD" || strings.EqualFold(toks[k].Form, "to")) && k+3 < len(toks) && openingQuote(toks[k+1].Form)
		if v := &toks[k+1]; toks[k].XPOS == "MD" && v.UPOS == "NOUN" && d.frames.HasVerb(strings.ToLower(v.Form)) {
			// "will campaign for Olatunji": a modal's verb, tagged a noun
			v.UPOS, v.XPOS, v.Lemma = "VERB", "VB", strings.ToLower(v.Form)
			continue
		}
		if !to && !help && !quoted {
			continue
		}
		if quoted {
			to = false
			k++
		}
		v, next := &toks[k+1], toks[k+2]
		w := strings.ToLower(v.Form)
		if to && toks[k].UPOS != "PART" && v.UPOS == "VERB" && v.XPOS == "VB" {
			// "asked a judge to block Greenfire Energy" with the verb
			// tagged right and "to" a preposition: the infinitive's mark.
			toks[k].UPOS, toks[k].XPOS = "PART", "TO"
			continue
		}
		if v.UPOS == "VERB" || !d.frames.HasVerb(w) && !(to && toks[k].UPOS == "PART" && frame.HarmVerb(w)) {
			continue
		}
		if next.UPOS == "PROPN" || next.UPOS == "DET" || next.UPOS == "PRON" || next.UPOS == "ADP" && (next.XPOS == "RP" || to && toks[k].UPOS == "PART") {
			// (a preposition after a particle "to": "vowed to campaign
			// against Oyelowo")
			if to {
				toks[k].UPOS, toks[k].XPOS = "PART", "TO"
			}
			v.UPOS, v.XPOS, v.Lemma = "VERB", "VB", w
		}
	}
}

// repairLightNouns reads as a noun a word the tagger took for an adverb
// or adjective right after a verb of giving or making, when a noun frame
// has it ("paid tribute to", "voiced support for"): the light verb's
// object names the event.
func (d *stage) repairLightNouns(toks []syntax.Token) {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.UPOS != "ADV" && t.UPOS != "ADJ" || !isLowerWord(t.Form) || strings.HasSuffix(t.Form, "ly") || !lightVerbs[strings.ToLower(toks[k-1].Lemma)] || toks[k-1].UPOS != "VERB" {
			continue
		}
		if w := strings.ToLower(t.Form); d.frames.HasNoun(w) {
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", w
		}
	}
}

// repairVerbAfterName reads as a verb a word right after a name that
// the tagger made a noun, when a phrase follows it and it is an
// irregular past (one WordNet lists, or one the treebank shows in the
// past: "hit", "set") of a verb a frame knows ("Holt hit back at …"), or
// such a verb's present in -s ("Wright heads the Ashford Foundation",
// "Benali chairs Maghreb Telecom"); a present the tagger took for a
// verb but left unlemmatised ("works") gets its lemma. So too an
// irregular past the tagger made a noun, adverb, adjective or name right
// after the comma or dash that closes a name's apposition ("Varga, the
// founder of Voltaris and Skyforge, tore into …", "Varga — the founder …
// — tore into …").
func (d *stage) repairVerbAfterName(toks []syntax.Token, isName []bool) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if setOff(toks[k-1].Form) && (t.UPOS == "NOUN" || t.UPOS == "ADV" || t.UPOS == "ADJ" || t.UPOS == "PROPN") && isLowerWord(t.Form) && closesApposition(toks, isName, k-1) {
			w := strings.ToLower(t.Form)
			if b, ok := syntax.IrregularVerb(w); ok && d.frames.HasVerb(b) && !syntax.Default().CommonNoun(w) && !syntax.Default().CommonAdjective(w) {
				switch toks[k+1].UPOS {
				case "DET", "NOUN", "ADP", "PRON", "ADV", "PROPN":
					t.UPOS, t.XPOS, t.Lemma = "VERB", "VBD", b
				}
			}
			continue
		}
		if !isName[k-1] || !isLowerWord(t.Form) {
			continue
		}
		w := strings.ToLower(t.Form)
		if b := syntax.Default().Lemma(w, "VERB", "VBZ"); strings.HasSuffix(w, "s") && b != w && d.frames.HasVerb(b) && (t.UPOS == "NOUN" || t.UPOS == "VERB" && t.Lemma == w) {
			switch toks[k+1].UPOS {
			case "DET", "ADP", "PRON", "PROPN":
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VBZ", b
				continue
			}
		}
		if t.UPOS != "NOUN" {
			continue
		}
		b, ok := syntax.IrregularVerb(w)
		if !ok && syntax.Default().PastTense(w) && !strings.HasSuffix(w, "ed") {
			b, ok = w, true // "cast", "hit", "set": the past is the base
		}
		if !ok || !d.frames.HasVerb(b) {
			continue
		}
		switch toks[k+1].UPOS {
		case "DET", "NOUN", "ADP", "PRON", "ADV", "PROPN":
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VBD", b
		}
	}
}

// closesApposition reports whether the comma or dash at c closes an
// apposition set after a name that opens its clause: a name, a comma or
// dash, then words with no verb and no other such mark up to c ("Varga,
// the founder of Voltaris and Skyforge,", "Varga — the founder of … —").
func closesApposition(toks []syntax.Token, isName []bool, c int) bool {
	for k := c - 1; k > 0 && k >= c-25; k-- {
		switch {
		case setOff(toks[k].Form):
			return isName[k-1] && (k-1 == 0 || toks[k-2].Form == "," || toks[k-2].UPOS == "DET" || toks[k-2].UPOS == "ADP" && k-2 == 0)
		case toks[k].UPOS == "VERB" && toks[k].XPOS != "VBN" && toks[k].XPOS != "VBG" || toks[k].UPOS == "AUX":
			return false
		}
	}
	return false
}

// setOff reports whether form f is a comma or a dash, which set off an
// apposition.
func setOff(f string) bool { return f == "," || f == "—" || f == "–" || f == "--" }

// repairLowerPropers reads as a common noun a lower-case word after a
// determiner that the tagger took for a proper noun ("led a march
// against …", read as the month), and as an infinitive one after "to"
// ("vowed to sue for wrongful termination", read as the name Sue).
func repairLowerPropers(toks []syntax.Token) {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.UPOS != "PROPN" || !isLowerWord(t.Form) {
			continue
		}
		switch {
		case toks[k-1].UPOS == "DET":
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
		case strings.EqualFold(toks[k-1].Form, "to") && k >= 2 && toks[k-2].UPOS == "VERB":
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VB", strings.ToLower(t.Form)
			toks[k-1].UPOS, toks[k-1].XPOS = "PART", "TO"
		}
	}
}

// repairActingRoles reads "acting" before a role word as the adjective
// it is ("named Dean Sato acting president"), not the verb the tagger
// took it for.
func repairActingRoles(toks []syntax.Token) {
	for k := 0; k+1 < len(toks); k++ {
		if strings.EqualFold(toks[k].Form, "acting") && toks[k].UPOS == "VERB" && rules.RoleWord(strings.ToLower(toks[k+1].Form)) {
			toks[k].UPOS, toks[k].XPOS, toks[k].Lemma = "ADJ", "JJ", "acting"
		}
	}
}

// repairSubjunctives reads as a verb the base form a demand puts after
// its subject ("demanded that Burke resign", "insisted that the board
// step down", "demanded that she resign"), which the tagger, seeing a
// name or a pronoun before it, took for a noun.
func (d *stage) repairSubjunctives(model *syntax.Model, toks []syntax.Token) {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].UPOS != "VERB" || !frame.DemandVerb(strings.ToLower(toks[k].Lemma)) {
			continue
		}
		that := k + 1
		for that < len(toks) && that <= k+4 && timeWord(toks[that]) {
			that++ // "demanded in January that the board fire …"
		}
		if that+2 >= len(toks) || !strings.EqualFold(toks[that].Form, "that") {
			continue
		}
		for v := that + 2; v < len(toks) && v <= that+5; v++ {
			t := &toks[v]
			if t.UPOS == "VERB" || t.UPOS == "AUX" {
				break
			}
			if t.UPOS == "NOUN" && (toks[v-1].UPOS == "PROPN" || toks[v-1].UPOS == "NOUN" || toks[v-1].XPOS == "PRP") && isLowerWord(t.Form) && (model.SeenAsVerb(t.Form) || d.frames.HasVerb(strings.ToLower(t.Form))) && !(strings.HasSuffix(t.Form, "s") && !strings.HasSuffix(t.Form, "ss")) {
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VB", strings.ToLower(t.Form)
				break
			}
		}
	}
}

// timeWord reports whether t may stand in a short phrase of time: "in
// January", "on Monday", "last week", "this month".
func timeWord(t syntax.Token) bool {
	return timePhraseWords[strings.ToLower(t.Form)] || weekdayOrTime(t) || rules.WeekdayOrMonth(t.Form)
}

// timePhraseWords are the words besides days, months and spans of time
// (weekdayOrTime) that may stand in a short phrase of time (rules:
// timePhraseWords).
var timePhraseWords = rules.WordClass("timePhraseWords")

// repairAdjectiveParticiples reads as the adjective it is a participle
// of feeling after "be", "seem", "feel" or "get" that the tagger took for
// a verb, when the adjective triggers a frame and the verb none: "was
// impressed by Crane", "was pleased with Gulf Telecom" (judged by the
// subject, not done to it).
func (d *stage) repairAdjectiveParticiples(toks []syntax.Token) {
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		w := strings.ToLower(t.Form)
		if t.UPOS != "VERB" || t.XPOS != "VBN" || !d.frames.HasType(w, "", "ADJ") || d.frames.HasVerb(strings.ToLower(t.Lemma)) {
			continue
		}
		b := k - 1
		if b > 0 && toks[b].UPOS == "ADV" {
			b-- // "was deeply impressed"
		}
		infinitive := false // "was encouraged by Lind to run": done to her
		for j := k + 1; j+1 < len(toks); j++ {
			infinitive = infinitive || strings.EqualFold(toks[j].Form, "to") && toks[j+1].UPOS == "VERB"
		}
		switch strings.ToLower(toks[b].Lemma) {
		case "be", "seem", "feel", "get", "appear", "remain":
			if !infinitive {
				t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", w
			}
		}
	}
}

// repairPrenominalParticiples tags as an adjective a participle the
// tagger took for a verb between a preposition or a determiner and a
// noun or name: "heaped praise on departed manager Dario Ferro", "spoke
// with ousted chief executive Ana Ruiz", "the embattled mayor". A
// preposition governs no finite verb, and a verb form there only
// qualifies the noun after it (but not after a quantifier that floats
// apart from its noun: "they have each visited Governor Sarti"); a
// present participle only after a determiner or possessive ("the
// managing partner").
func repairPrenominalParticiples(toks []syntax.Token) {
	for k := 1; k+1 < len(toks); k++ {
		t, prev, next := &toks[k], toks[k-1], toks[k+1]
		if t.UPOS == "VERB" && t.XPOS == "VBG" && (prev.UPOS == "DET" && !floatingQuantifiers[strings.ToLower(prev.Form)] || prev.XPOS == "PRP$") && next.UPOS == "NOUN" {
			// "the managing partner", "its governing board": a present
			// participle between a determiner and a common noun (not
			// after a preposition, where it may take an object: "after
			// meeting donors")
			t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", strings.ToLower(t.Form)
			continue
		}
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" {
			continue
		}
		if prev.UPOS != "ADP" && (prev.UPOS != "DET" || floatingQuantifiers[strings.ToLower(prev.Form)]) && prev.XPOS != "PRP$" || next.UPOS != "NOUN" && next.UPOS != "PROPN" {
			continue
		}
		t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", strings.ToLower(t.Form)
	}
}

// floatingQuantifiers may stand apart from their noun, before its verb
// ("they have each visited", "both signed").
var floatingQuantifiers = map[string]bool{"each": true, "both": true, "all": true}

// repairAdjectivePassives relabels the passive subject and auxiliary the
// parser still gave an adjective of feeling (repairAdjectiveParticiples)
// as its subject and copula: "she was encouraged by his plan".
func repairAdjectivePassives(toks []syntax.Token) {
	for k := range toks {
		h := toks[k].Head
		if h < 0 || toks[h].UPOS != "ADJ" {
			continue
		}
		switch toks[k].Rel {
		case "nsubj:pass":
			toks[k].Rel = "nsubj"
		case "aux:pass":
			toks[k].Rel = "cop"
		}
	}
}

// repairParticiples reads as a verb's passive participle a word the
// tagger took for an adjective after a form of "be" or "get" ("was
// ousted", "got fired") when its verb can trigger a frame: the treebank
// tags such participles either way, and only the verb reading names who
// did what to whom. Likewise a perfect participle the tagger took for a
// noun after "have".
func (d *stage) repairParticiples(model *syntax.Model, toks []syntax.Token) {
	participle := func(k int) (string, bool) {
		w := strings.ToLower(toks[k].Form)
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
			return "", false
		}
		v := model.Lemma(w, "VERB", "VBN")
		return v, v != w && d.frames.HasVerb(v)
	}
	for k := 1; k+1 < len(toks); k++ {
		// "was roundly condemned" with the adverb read as an adjective
		// before the participle
		if t, n := &toks[k], toks[k+1]; t.UPOS == "ADJ" && strings.HasSuffix(strings.ToLower(t.Form), "ly") && (n.UPOS == "VERB" && (n.XPOS == "VBN" || n.XPOS == "VBD") || n.UPOS == "ADJ") && (toks[k-1].UPOS == "AUX" || toks[k-1].UPOS == "VERB" && toks[k-1].Lemma == "be") {
			if _, ok := participle(k + 1); ok {
				t.UPOS, t.XPOS, t.Lemma = "ADV", "RB", strings.ToLower(t.Form)
			}
		}
	}
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.UPOS != "ADJ" {
			continue
		}
		b := k - 1
		if w := strings.ToLower(toks[b].Form); b > 0 && strings.HasSuffix(w, "ly") && (toks[b].UPOS == "ADV" || toks[b].UPOS == "ADJ") {
			b-- // "was roundly condemned", "was widely criticized"
		}
		prev := strings.ToLower(toks[b].Lemma)
		if prev != "be" && prev != "get" && prev != "become" {
			continue
		}
		if v, ok := participle(k); ok {
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VBN", v
			if b < k-1 {
				toks[k-1].UPOS, toks[k-1].XPOS, toks[k-1].Lemma = "ADV", "RB", strings.ToLower(toks[k-1].Form)
			}
		}
	}
	// "Mocked for years by Ilunga, Castaneda …": a sentence opened by a
	// participle of a frame's verb with a by-phrase before its comma.
	if len(toks) > 2 && toks[0].UPOS != "VERB" {
		if v, ok := participle(0); ok {
			for k := 1; k < len(toks) && k <= 6 && toks[k].Form != ","; k++ {
				if strings.EqualFold(toks[k].Form, "by") {
					toks[0].UPOS, toks[0].XPOS, toks[0].Lemma = "VERB", "VBN", v
					break
				}
			}
		}
	}
	// "who had sat on the board" with "sat" a noun: after a form of
	// "have", a verb's participle whose verb can trigger a frame (not a
	// plural: "had talks").
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		w := strings.ToLower(t.Form)
		if t.UPOS != "NOUN" || strings.HasSuffix(w, "s") || !strings.EqualFold(toks[k-1].Lemma, "have") || toks[k-1].UPOS != "AUX" && toks[k-1].UPOS != "VERB" {
			continue
		}
		if v := model.Lemma(w, "VERB", "VBN"); v != w && d.frames.HasVerb(v) {
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VBN", v
			toks[k-1].UPOS = "AUX"
		}
	}
}

// giverVerbs hand money over (rules: giverVerbs).
var giverVerbs = rules.WordClass("giverVerbs")
