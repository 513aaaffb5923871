package frame

import (
	"slices"
	"strings"

	"github.com/powermap/powermap/extract/rules"
)

// The constructions that need no frame of their own: money moved to
// someone, a role stated with a copula, a harm promised or demanded, a
// judgement reported or given as a predicate; and the corrections made
// across a sentence's matches (a recipient shared between gifts, a
// pronoun unbound from its own verb's subject).

// moneyFrame is the construction "A <verb> $X to B": whatever the verb
// ("wired", "steered", "plowed … into", "chipped in"), a sum of money
// moved to someone is a payment to them.
var moneyFrame = &Frame{Type: "fund", Lemma: "", POS: "VERB", Name: "money-to/VERB", Conf: 0.7, Amount: true, Where: "frame.moneyTo"}

// notGiving verbs move money without giving it to the one named.
var notGiving = rules.WordClass("notGiving")

// offerVerbs give one's stance to another as a thing: "pledged its
// support to", "offered the union's backing to" (rules: offerVerbs).
var offerVerbs = rules.WordClass("offerVerbs")

// moneyTo matches the money construction at verb i.
func (m *matcher) moneyTo(i int) (Match, bool) {
	if len(m.s.Money) != len(m.toks) || notGiving[m.lemma(i)] || stopVerbs[m.lemma(i)] || desireVerbs[m.lemma(i)] {
		// (nor verbs that stop what their object names: "scrapped a
		// planned $2 million donation to …"; nor wish or weigh it: "is
		// considering a $1 million gift to …")
		return Match{}, false
	}
	// The sum is an object; another object or an indirect object is
	// whom it went to ("gave the senator's campaign $5,000").
	o, other := -1, -1
	for _, c := range m.children[i] {
		if r := m.toks[c].Rel; r != "obj" && r != "iobj" && !(base(r) == "obl" && m.particleIn(i, c)) {
			continue
		}
		if o < 0 && (m.s.Money[c] || m.moneyBelow(c)) {
			o = c
		} else if other < 0 {
			other = c
		}
	}
	if o < 0 {
		return Match{}, false
	}
	ok, planned, _ := m.stated(i, moneyFrame)
	if !ok {
		return Match{}, false
	}
	mt := Match{Frame: moneyFrame, Trigger: i, Slots: map[string][]Filler{}, RoleFirst: -1, RoleLast: -1, Planned: planned, Governor: -1}
	for _, p := range []string{"to", "into", "toward", "towards", "for", "behind"} {
		tgt := m.marked(i, p)
		if tgt < 0 {
			tgt = m.marked(o, p)
		}
		if got := m.resolve(tgt); len(got) > 0 {
			mt.Slots[Target] = got
			break
		}
	}
	if len(mt.Slots[Target]) == 0 && other >= 0 && other < o {
		mt.Slots[Target] = m.resolve(other)
	}
	if len(mt.Slots[Target]) == 0 {
		// "plowed $350,000 into the Greenlight PAC last quarter" with the
		// name hung elsewhere: the recipient the words after the sum give.
		mt.Slots[Target] = m.recipientAfter(o)
	}
	mt.Slots[Source] = m.resolve(m.logicalSubj(i))
	return mt, len(mt.Slots[Target]) > 0 && len(mt.Slots[Source]) > 0
}

// moneyWentFrame is the construction "$X went to B", "most of the money
// went to B": a sum, or money, moving to someone is a gift to them from
// whoever owns it (its possessor or from-phrase) or, when the sentence
// names no one, whoever the sentences before said gave or spent it (the
// events stage finds them).
var moneyWentFrame = &Frame{Type: "fund", POS: "VERB", Name: "money-went/VERB", Conf: 0.6, Where: "frame.moneyWent"}

// MoneyWentRule is the rule name of the construction whose giver the
// sentence may leave to the sentences before.
const MoneyWentRule = "money-went/VERB"

// moneyWent matches the construction at verb i: its subject a sum, money
// (rules: moneyNouns) or a part of either ("the bulk of the money"), the
// verb one of motion (rules: moneyMotionVerbs), and someone named after
// "to", "into" or "toward".
func (m *matcher) moneyWent(i int) (Match, bool) {
	if !moneyMotionVerbs[m.lemma(i)] || m.negated(i) {
		return Match{}, false
	}
	sum := func(k int) bool { return len(m.s.Money) == len(m.toks) && (m.s.Money[k] || m.moneyBelow(k)) }
	sb := m.child(i, "nsubj")
	if sb < 0 {
		return Match{}, false
	}
	money := -1 // the money noun, whose possessor owns it
	switch {
	case moneyNouns[m.lemma(sb)]:
		money = sb
	case portionWords[m.lemma(sb)]:
		// "the bulk of the money", "most of his donations"
		if of := m.marked(sb, "of"); of >= 0 && (moneyNouns[m.lemma(of)] || sum(of)) {
			money = of
		} else if !sum(sb) {
			return Match{}, false
		}
	case sum(sb):
	default:
		return Match{}, false
	}
	var tgt []Filler
	for _, p := range []string{"to", "into", "toward", "towards"} {
		if got := m.resolve(m.marked(i, p)); len(got) > 0 {
			tgt = got
			break
		}
	}
	if len(tgt) == 0 {
		return Match{}, false
	}
	ok, planned, _ := m.stated(i, moneyWentFrame)
	if !ok {
		return Match{}, false
	}
	var src []Filler
	if money >= 0 {
		src = m.resolve(m.child(money, "nmod:poss"))
		if len(src) == 0 {
			src = m.resolve(m.marked(money, "from"))
		}
	}
	if len(src) == 0 {
		src = m.resolve(m.marked(i, "from"))
	}
	return Match{Frame: moneyWentFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Planned: planned, Governor: -1}, true
}

// MoneyNoun reports whether word w (lower case) names money or a gift
// of it ("money", "donations").
func MoneyNoun(w string) bool { return moneyNouns[w] }

// MoneyMotionForm reports whether word w (lower case) is a form of a
// verb that moves money when money is its subject ("went", "flowed").
func MoneyMotionForm(w string) bool { return moneyMotionForms[w] }

// moneyMotionVerbs move money to someone when money is their subject
// (rules: moneyMotionVerbs); moneyNouns name money or a gift of it, and
// portionWords a part of it ("the bulk of the money").
var moneyMotionVerbs, moneyNouns, portionWords = rules.WordClass("moneyMotionVerbs"), rules.WordClass("moneyNouns"), rules.WordClass("portionWords")

// moneyMotionForms are the forms of moneyMotionVerbs (rules:
// moneyMotionForms).
var moneyMotionForms = rules.WordClass("moneyMotionForms")

// particleIn reports whether oblique c of verb i is "in" right after the
// verb, a particle misread as a preposition ("chipped in $25,000",
// "kicked in $15,000").
func (m *matcher) particleIn(i, c int) bool {
	cs := m.child(c, "case")
	return cs == i+1 && m.lemma(cs) == "in"
}

// recipientAfter returns the entity that "to", "into", "toward" or "for"
// introduces after the sum at token o, before the next verb.
func (m *matcher) recipientAfter(o int) []Filler {
	for j := o + 1; j < len(m.toks); j++ {
		if up := m.toks[j].UPOS; up == "VERB" || up == "AUX" {
			break
		}
		switch m.lemma(j) {
		case "to", "into", "toward", "towards", "for":
		default:
			continue
		}
		e := j + 1
		for e < len(m.toks) && (m.toks[e].UPOS == "DET" || m.toks[e].UPOS == "ADJ") {
			e++
		}
		if e < len(m.toks) && m.toks[e].Rel == "nmod:poss" && m.toks[e].Head > e {
			// "to his campaign", "to his opponent": the noun the
			// possessor is of says whether the gift is theirs
			e = m.toks[e].Head
		}
		if e < len(m.toks) {
			if got := m.resolve(e); len(got) > 0 {
				return got
			}
		}
	}
	return nil
}

// moneyBelow reports whether a word of a sum of money hangs from token o.
func (m *matcher) moneyBelow(o int) bool {
	for _, c := range m.subtree(o) {
		if m.s.Money[c] && !m.inClauseBelow(c, o) {
			return true
		}
	}
	return false
}

// inClauseBelow reports whether token c hangs in a clause that modifies
// a word under o, not from o's own phrase: "a bid for the company, which
// is valued at $9.1 billion" holds no sum bid.
func (m *matcher) inClauseBelow(c, o int) bool {
	for k := c; k >= 0 && k != o; k = m.toks[k].Head {
		if r := m.toks[k].Rel; r == "acl:relcl" || base(r) == "advcl" || base(r) == "ccomp" {
			return true
		}
	}
	return false
}

// colonBeforeSum returns the colon after token j that comes before any
// sum of money and is followed by one, or -1.
func (m *matcher) colonBeforeSum(j int) int {
	for k := j + 1; k < len(m.toks); k++ {
		if m.s.Money[k] {
			return -1
		}
		if m.toks[k].Form == ":" {
			if k+1 < len(m.toks) && m.s.Money[k+1] {
				return k
			}
			return -1
		}
	}
	return -1
}

// giftSlots are the phrases of a sum that say who gave and who got it,
// for constructions without slots of their own.
var giftSlots = map[string][][]string{Source: {{"from"}}, Target: {{"to", "into", "toward", "for"}}}

// pathWords are the slot paths that are not prepositions.
var pathWords = map[string]bool{"subj": true, "obj": true, "iobj": true, "poss": true, "compound": true, "xcomp": true, "described": true}

// gifts returns the sums of money stated one by one under fund match mt
// ("donating $1 million in 2016, $4.5 million in 2018", "received $25
// million from A and $24 million from B"), each with the slots its own
// prepositional phrases fill, when there are two or more; else nil. A
// sum's phrase runs to the next sum (the last one's to the next verb or
// the sentence's end): the parser often hangs "… and $30,000 to B" from
// the wrong word, the order of the words does not lie.
func (m *matcher) gifts(mt *Match) []Gift {
	if len(m.s.Money) != len(m.toks) {
		return nil
	}
	var heads []int
	// A clause coordinated with the trigger's and with a subject of its
	// own tells of another's gift ("Castellan steered $1.2 million to
	// the PAC, and Eisele added $250,000"): its sums are not this match's.
	other := map[int]bool{}
	for _, c := range m.children[mt.Trigger] {
		// (a clause of giving with a subject of its own too, however the
		// parser hung it: "A gave $50,000 to B, and C contributed
		// $200,000 to D" with the first clause read as the second's
		// adverbial)
		if m.othersClause(c) || m.toks[c].UPOS == "VERB" && m.child(c, "nsubj") >= 0 && m.lex != nil && m.lex.HasType(m.lemma(c), "fund", "VERB") {
			for _, x := range m.subtree(c) {
				other[x] = true
			}
		}
	}
	for _, c := range m.subtree(mt.Trigger) {
		if m.s.Money[c] && (c == 0 || !m.s.Money[c-1]) && !other[c] {
			heads = append(heads, c) // the first word of a sum
		}
	}
	slices.Sort(heads)
	// Sums listed after the last one the tree gave ("donating $1 million
	// in 2016, $4.5 million in 2018 and $10 million in 2020" with the
	// later sums hung elsewhere): the list runs on while no verb comes.
	if len(heads) > 0 {
		for j := heads[len(heads)-1] + 1; j < len(m.toks); j++ {
			if up := m.toks[j].UPOS; up == "VERB" || up == "AUX" || other[j] {
				if c := m.colonBeforeSum(j); c > j && !other[j] && m.toks[j].Rel == "acl:relcl" {
					// "to three aldermen who backed the plan: $5,000 to
					// …": a relative clause before the colon that opens
					// the list.
					j = c
					continue
				}
				break
			}
			if m.s.Money[j] && !m.s.Money[j-1] {
				heads = append(heads, j)
			}
		}
	}
	if len(heads) < 2 {
		return nil
	}
	slots := mt.Frame.Slots
	if len(slots) == 0 {
		slots = giftSlots
	}
	out := make([]Gift, 0, len(heads))
	for k, c := range heads {
		g := Gift{Tok: c, Slots: map[string][]Filler{}}
		end := len(m.toks)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		for j := c + 1; j < end; j++ {
			if k+1 == len(heads) && (m.toks[j].UPOS == "VERB" || m.toks[j].UPOS == "AUX") {
				break
			}
			if m.toks[j].UPOS != "ADP" {
				continue
			}
			e := j + 1
			for e < end && (m.toks[e].UPOS == "DET" || m.toks[e].UPOS == "ADJ") {
				e++
			}
			for slot, groups := range slots {
				for _, alts := range groups {
					if !slices.Contains(alts, m.lemma(j)) || pathWords[m.lemma(j)] || len(g.Slots[slot]) > 0 {
						continue
					}
					if e < end && m.s.Entity[e] >= 0 {
						g.Slots[slot] = []Filler{{Entity: m.s.Entity[e], Tok: e}}
					} else if e < end && m.toks[e].UPOS == "NOUN" && len(m.resolve(e)) > 0 {
						// "$36,000 to the campaigns of Akhtar, Sandoval
						// and Tran": those the noun is of
						g.Slots[slot] = m.resolve(e)
					} else if e < end && (m.toks[e].UPOS == "PROPN" || m.toks[e].UPOS == "NOUN" || m.toks[e].UPOS == "X") {
						// "$24 million from a16z" with the giver not
						// known as anyone: not the match's giver either.
						g.Unnamed = true
					}
				}
			}
		}
		out = append(out, g)
	}
	return out
}

// hasType reports whether a frame of type typ already matched at token i.
func hasType(ms []Match, i int, typ string) bool {
	for _, x := range ms {
		if x.Trigger == i && x.Frame.Type == typ {
			return true
		}
	}
	return false
}

// hasMeeting reports whether a meet frame already matched at token i
// with two parties or more ("spent the weekend with Obi", not "spent the
// weekend at Obi's ranch", whose verb alone names one).
func hasMeeting(ms []Match, i int) bool {
	for _, x := range ms {
		if x.Trigger == i && x.Frame.Type == "meet" && len(x.Slots[Actors]) >= 2 {
			return true
		}
	}
	return false
}

// hasFund reports whether a fund frame already matched at token i with
// both its slots filled.
func hasFund(ms []Match, i int) bool {
	for _, x := range ms {
		if x.Trigger == i && x.Frame.Type == "fund" && len(x.Slots[Source]) > 0 && len(x.Slots[Target]) > 0 {
			return true
		}
	}
	return false
}

// shareFundTargets gives a gift with no recipient of its own the
// recipient of another gift the sentence states: "pledged money to the
// inauguration, including Zuckerberg, who also donated $1 million".
func shareFundTargets(ms []Match) {
	var tgt []Filler
	for _, x := range ms {
		if x.Frame.Type == "fund" && len(x.Slots[Target]) > 0 {
			tgt = x.Slots[Target]
			break
		}
	}
	if tgt == nil {
		return
	}
	for i := range ms {
		if ms[i].Frame.Type == "fund" && len(ms[i].Slots[Target]) == 0 {
			ms[i].Slots[Target] = make([]Filler, len(tgt))
			for j, f := range tgt {
				f.Weak = true
				ms[i].Slots[Target][j] = f
			}
		}
	}
}

// othersClause reports whether c, a dependent of a gift's verb, is a
// clause with a subject of its own, set beside it: a conjunct ("…, and
// Eisele added $250,000") or a clause of contrast ("…, while she
// personally added $50,000").
func (m *matcher) othersClause(c int) bool {
	if m.toks[c].UPOS != "VERB" || m.child(c, "nsubj") < 0 {
		return false
	}
	switch base(m.toks[c].Rel) {
	case "conj":
		return true
	case "advcl":
		mk := m.child(c, "mark")
		return mk >= 0 && (m.lemma(mk) == "while" || m.lemma(mk) == "whereas")
	}
	return false
}

// addedGifts returns the gifts of clauses coordinated with a fund match's
// that name a giver and a sum but no recipient: "Castellan steered $1.2
// million to the PAC, and Eisele added $250,000 of his own money" — Eisele
// gave to the PAC too.
func (m *matcher) addedGifts(ms []Match) []Match {
	var out []Match
	for _, mt := range ms {
		if mt.Frame.Type != "fund" || len(mt.Slots[Target]) == 0 {
			continue
		}
		for _, c := range m.children[mt.Trigger] {
			if !m.othersClause(c) || hasFund(ms, c) || stopVerbs[m.lemma(c)] || notGiving[m.lemma(c)] {
				continue
			}
			src := m.resolveAs(m.entityChild(c, "nsubj"), false)
			o := m.child(c, "obj")
			if len(src) == 0 || o < 0 || !m.moneyBelow(o) || src[0].Entity == mt.Slots[Target][0].Entity {
				continue
			}
			if ok, _, _ := m.stated(c, moneyFrame); !ok {
				continue
			}
			var tgt []Filler
			for _, f := range mt.Slots[Target] {
				f.Weak = true
				tgt = append(tgt, f)
			}
			out = append(out, Match{Frame: moneyFrame, Trigger: c, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1})
		}
	}
	return out
}

// ownBody reports whether verb t names, by a common noun, a body of its
// own that it places its subject at, with or in ("now teaches at a law
// school", "joined a rival firm"): a post there is not one the clause
// beside it names.
func (m *matcher) ownBody(t int) bool {
	for _, c := range m.children[t] {
		if m.toks[c].UPOS != "NOUN" || len(rules.OrgKinds[m.lemma(c)]) == 0 {
			continue
		}
		switch r := base(m.toks[c].Rel); {
		case r == "obj":
			return true
		case r == "obl":
			switch m.caseOf(c) {
			case "at", "for", "with", "in":
				return true
			}
		}
	}
	return false
}

// shareSuccession gives a post taken in a clause coordinated with the
// leaving of it the organization and role it leaves, and its plan: "Aas
// will retire as governor of the Reserve in June and be succeeded by
// Egeberg" — Egeberg will start as governor there.
func (m *matcher) shareSuccession(ms []Match) {
	for k := range ms {
		mt := &ms[k]
		if mt.Frame.Type != "position" || len(mt.Slots[Target]) > 0 || len(mt.Slots[Source]) == 0 || m.toks[mt.Trigger].Rel != "conj" || m.ownBody(mt.Trigger) {
			continue
		}
		h := m.toks[mt.Trigger].Head
		for _, o := range ms {
			if o.Trigger != h || o.Frame.Type != "position" || len(o.Slots[Target]) == 0 || o.Frame.Status == mt.Frame.Status {
				continue
			}
			for _, f := range o.Slots[Target] {
				f.Weak = true
				mt.Slots[Target] = append(mt.Slots[Target], f)
			}
			if mt.RoleFirst < 0 {
				mt.RoleFirst, mt.RoleLast = o.RoleFirst, o.RoleLast
			}
			mt.Planned = mt.Planned || o.Planned
			break
		}
	}
}

// itsTargets gives a post with no organization the one its role
// phrase's "its" refers to, the organization named last before it in the
// sentence: "… the Thames Estuary Trust, while Kilbride stepped down as
// its treasurer".
func (m *matcher) itsTargets(ms []Match) {
	for k := range ms {
		mt := &ms[k]
		if mt.Frame.Type != "position" || len(mt.Slots[Target]) > 0 || m.s.IsOrg == nil {
			continue
		}
		its := -1
		for x := mt.RoleFirst; x >= 0 && x <= mt.RoleLast; x++ {
			if m.lemma(x) == "its" {
				its = x
			}
		}
		if its < 0 && mt.RoleLast >= 0 {
			for _, c := range m.children[mt.RoleLast] {
				if m.lemma(c) == "its" {
					its = c
				}
			}
		}
		if its < 0 {
			// "resigned from its board", "joined its staff": the body
			// the post is in is the organization's.
			for _, c := range m.children[mt.Trigger] {
				if base(m.toks[c].Rel) != "obl" || m.toks[c].UPOS != "NOUN" {
					continue
				}
				switch m.caseOf(c) {
				case "from", "to", "at", "on", "of":
					if p := m.child(c, "nmod:poss"); p >= 0 && m.lemma(p) == "its" {
						its = p
					}
				}
			}
		}
		if its < 0 {
			continue
		}
		for x := its - 1; x >= 0; x-- {
			if e := m.s.Entity[x]; e >= 0 && m.s.IsOrg(e) {
				mt.Slots[Target] = []Filler{{Entity: e, Tok: x, Weak: true}}
				break
			}
		}
	}
}

// reconcileOverMeeting drops a meeting matched at the trigger of a
// reconciliation told with "call" ("called a truce" is no phone call).
func reconcileOverMeeting(ms []Match) []Match {
	rec := map[int]bool{}
	for _, mt := range ms {
		// (only where the verb's meeting sense is another word's:
		// "reunited with" is both)
		if mt.Frame.Type == "reconcile" && len(mt.Slots[Actors]) >= 2 && mt.Frame.Lemma == "call" {
			rec[mt.Trigger] = true
		}
	}
	if len(rec) == 0 {
		return ms
	}
	out := ms[:0]
	for _, mt := range ms {
		if mt.Frame.Type == "meet" && rec[mt.Trigger] {
			continue
		}
		out = append(out, mt)
	}
	return out
}

// reciprocal makes a directed match whose object is "each other" or "one
// another" run both ways among its sources: "A and B, who sued each
// other in 2019" is A suing B and B suing A.
func (m *matcher) reciprocal(ms []Match) {
	for k := range ms {
		mt := &ms[k]
		if undirectedType(mt.Frame.Type) || len(mt.Slots[Target]) > 0 || len(mt.Slots[Source]) < 2 {
			continue
		}
		if t := mt.Trigger; t+2 < len(m.toks) {
			// (right after the verb, however the parser hung it:
			// "accused each other of corruption")
			if pair := m.lemma(t+1) + " " + m.lemma(t+2); pair == "each other" || pair == "one another" {
				for _, f := range mt.Slots[Source] {
					f.Weak = true
					mt.Slots[Target] = append(mt.Slots[Target], f)
				}
				continue
			}
		}
		for _, c := range m.children[mt.Trigger] {
			if r := base(m.toks[c].Rel); (r == "obj" || r == "obl") && c+1 < len(m.toks) {
				// "each other", "one another", the treebank's way (the
				// second word fixed to the first) or the other.
				pair := m.lemma(c) + " " + m.lemma(c+1)
				if c > 0 && (m.lemma(c) == "other" || m.lemma(c) == "another") {
					pair = m.lemma(c-1) + " " + m.lemma(c)
				}
				if pair == "each other" || pair == "one another" {
					for _, f := range mt.Slots[Source] {
						f.Weak = true
						mt.Slots[Target] = append(mt.Slots[Target], f)
					}
				}
			}
		}
	}
}

// threatTargets gives a threat without a target the one its infinitive
// would harm: "her threat to file a complaint against Vandermeer", "his
// threat to sue the paper", "threatened to pull his project out of
// Dunn's district".
func (m *matcher) threatTargets(ms []Match) {
	for k := range ms {
		mt := &ms[k]
		if mt.Frame.Type != "threaten" || len(mt.Slots[Target]) > 0 {
			continue
		}
		for _, c := range m.children[mt.Trigger] {
			if r := base(m.toks[c].Rel); r != "acl" && r != "xcomp" || !m.infinitive(c) {
				continue
			}
			if m.toks[mt.Trigger].UPOS == "VERB" {
				// "threatened to pull his project out of Dunn's district",
				// "to dump his stake in Solmar Energy": the one named in
				// the act threatened.
				cond := map[int]bool{} // a condition names no one harmed ("… if Ferrante's pay is approved")
				for _, a := range m.children[c] {
					if base(m.toks[a].Rel) == "advcl" {
						for _, x := range m.subtree(a) {
							cond[x] = true
						}
					}
				}
				for _, x := range m.subtree(c) {
					if e := m.s.Entity[x]; e >= 0 && x != c && !cond[x] && (len(mt.Slots[Source]) == 0 || e != mt.Slots[Source][0].Entity) && m.toks[x].UPOS != "PRON" {
						mt.Slots[Target] = []Filler{{Entity: e, Tok: x, Weak: true}}
						break
					}
				}
				continue
			}
			x, v := m.harmAct(c)
			if x < 0 {
				x = c
			}
			if v < 0 {
				v = m.logicalObj(x)
			}
			if v < 0 {
				v = m.marked(x, "against")
			}
			if tgt := m.resolve(v); len(tgt) > 0 && (len(mt.Slots[Source]) == 0 || tgt[0].Entity != mt.Slots[Source][0].Entity) {
				mt.Slots[Target] = tgt
			}
		}
	}
}

// shareThreatTargets gives a threat without a target the target of the
// attack coordinated with it, by the same party: "filed a grievance
// against the league and threatened a strike".
func shareThreatTargets(ms []Match, m *matcher) {
	for k := range ms {
		t := &ms[k]
		if t.Frame.Type != "threaten" || len(t.Slots[Target]) > 0 || len(t.Slots[Source]) == 0 {
			continue
		}
		// A threat that names someone else ("threatened to do the same
		// to Jost") is not against the attack's target.
		other := false
		for _, x := range m.subtree(t.Trigger) {
			if e := m.s.Entity[x]; e >= 0 && e != t.Slots[Source][0].Entity && m.toks[x].Head != -1 && x > t.Trigger {
				other = true
			}
		}
		if other {
			continue
		}
		for _, o := range ms {
			if o.Frame.Type != "oppose" || len(o.Slots[Target]) == 0 || len(o.Slots[Source]) == 0 || o.Slots[Source][0].Entity != t.Slots[Source][0].Entity {
				continue
			}
			// The two verbs are conjuncts (either way), the attack's
			// trigger being a verb or a noun its verb governs.
			a, b := t.Trigger, o.Trigger
			if o.Governor >= 0 {
				b = o.Governor
			}
			if m.toks[a].Head == b && m.toks[a].Rel == "conj" || m.toks[b].Head == a && m.toks[b].Rel == "conj" {
				for _, f := range o.Slots[Target] {
					f.Weak = true
					t.Slots[Target] = append(t.Slots[Target], f)
				}
				break
			}
		}
	}
}

// unbindPronoun fixes a target pronoun resolved to the source of its own
// verb: "him" in "Villalobos threatened to sue him" is not Villalobos
// (one would say "herself"), but the other person the sentence named
// last before it.
func (m *matcher) unbindPronoun(mt *Match) {
	src, tgt := mt.Slots[Source], mt.Slots[Target]
	if len(src) > 0 && len(tgt) == 0 && !undirectedType(mt.Frame.Type) && mt.Frame.POS == "VERB" {
		// "The complaint filed by Clean Capitol against Hale accuses him
		// …": an object pronoun coreference left unresolved is the
		// person named last before it, not the source.
		if o := m.child(mt.Trigger, "obj"); o >= 0 && m.toks[o].UPOS == "PRON" && m.s.Entity[o] < 0 && personPronouns[m.lemma(o)] {
			for k := o - 1; k >= 0; k-- {
				if e := m.s.Entity[k]; e >= 0 && e != src[0].Entity && m.toks[k].UPOS != "PRON" && (m.s.IsOrg == nil || !m.s.IsOrg(e)) {
					mt.Slots[Target] = []Filler{{Entity: e, Tok: k, Weak: true}}
					return
				}
			}
		}
		return
	}
	if len(src) == 0 || len(tgt) != 1 || tgt[0].Tok < 0 || m.toks[tgt[0].Tok].UPOS != "PRON" || tgt[0].Entity != src[0].Entity {
		return
	}
	if strings.HasSuffix(m.lemma(tgt[0].Tok), "self") || strings.HasSuffix(m.lemma(tgt[0].Tok), "selves") {
		return
	}
	for k := tgt[0].Tok - 1; k >= 0; k-- {
		if e := m.s.Entity[k]; e >= 0 && e != src[0].Entity && m.toks[k].UPOS != "PRON" && (m.s.IsOrg == nil || !m.s.IsOrg(e)) {
			mt.Slots[Target] = []Filler{{Entity: e, Tok: k, Weak: true}}
			return
		}
	}
}

// unbindMeetPronoun fixes a meeting (or a reconciliation: "Yusuf, who had
// not spoken to Garba, reconciled with her") left with one party because the
// pronoun of its with-phrase or object was resolved to its subject: "Hu, who had
// accused Le of theft, sat down with her" — "her" is not Hu but the
// other person named last before it.
func (m *matcher) unbindMeetPronoun(mt *Match) {
	acts := mt.Slots[Actors]
	if mt.Frame.Type != "meet" && mt.Frame.Type != "reconcile" || len(acts) != 1 {
		return
	}
	p := m.marked(mt.Trigger, "with")
	if p < 0 {
		p = m.child(mt.Trigger, "obj") // "Serik … met her in Astana"
	}
	if p < 0 || m.toks[p].UPOS != "PRON" || m.s.Entity[p] != acts[0].Entity {
		return
	}
	for k := p - 1; k >= 0; k-- {
		if e := m.s.Entity[k]; e >= 0 && e != acts[0].Entity && m.toks[k].UPOS != "PRON" && (m.s.IsOrg == nil || !m.s.IsOrg(e)) {
			mt.Slots[Actors] = append(acts, Filler{Entity: e, Tok: k, Weak: true})
			return
		}
	}
}

// personPronouns stand for a person as an object.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// candidacyWords name one put forward for a post, not one holding it
// ("the party's candidate for mayor").
var candidacyWords = map[string]bool{"candidate": true, "nominee": true, "pick": true, "choice": true, "contender": true, "hopeful": true}

// roleFrame is the construction "A is (the) ROLE at/of B".
var roleFrame = &Frame{Type: "position", POS: "NOUN", Name: "is-role/NOUN", Conf: 0.6, Status: "hold", Where: "frame.copularRole"}

// roleStartFrame is roleFrame for a post someone is said to be new in
// ("is the new editor of …").
var roleStartFrame = &Frame{Type: "position", POS: "NOUN", Name: "is-role/NOUN", Conf: 0.6, Status: "start", Where: "frame.copularRole"}

// copularRole matches a person said to be a role at an organization:
// "Watanabe has been a senior partner at Bellhaven Partners", "Nowak is
// the treasurer of the union". A past copula ("was") still holds for the
// time it speaks of.
func (m *matcher) copularRole(i int) (Match, bool) {
	t := m.toks[i]
	// (or of a verb of staying: "remains chair of the trust")
	stays := t.Rel == "xcomp" && t.Head >= 0 && (m.lemma(t.Head) == "remain" || m.lemma(t.Head) == "stay")
	// (or a conjunct of a copula's predicate: "is the founder and chief
	// executive of Lumora")
	conj := base(t.Rel) == "conj" && t.Head >= 0 && m.toks[t.Head].UPOS == "NOUN" && m.child(t.Head, "cop") >= 0
	if m.s.RoleWord == nil || t.UPOS != "NOUN" || m.child(i, "cop") < 0 && !stays && !conj {
		return Match{}, false
	}
	if !m.s.RoleWord(m.lemma(i)) {
		// A kind of person is a post only as the post: "has been
		// principal cellist of …", "is the conductor of …", not "is a
		// fan of …" or "a longtime critic of …".
		det := m.child(i, "det")
		if m.s.KindWord == nil || !m.s.KindWord(m.lemma(i)) || notPosts[m.lemma(i)] || det >= 0 && m.lemma(det) != "the" || m.child(i, "nmod:poss") >= 0 {
			return Match{}, false
		}
	}
	if ok, _, _ := m.stated(i, roleFrame); !ok {
		return Match{}, false
	}
	subj := i
	if conj {
		subj = t.Head
	}
	src := m.resolveAs(m.logicalSubj(subj), false)
	if len(src) == 0 || m.s.IsOrg != nil && m.s.IsOrg(src[0].Entity) {
		return Match{}, false
	}
	var tgt []Filler
	for _, p := range []string{"at", "of", "for", "with"} {
		if x := m.orgs(m.resolve(m.marked(i, p))); len(x) > 0 {
			tgt = x
			break
		}
	}
	if len(tgt) == 0 {
		// "Dube is Ubuntu Bank's new chairwoman"
		if ps := m.child(i, "nmod:poss"); ps >= 0 && m.toks[ps].UPOS != "PRON" && !notPosts[m.lemma(i)] && !candidacyWords[m.lemma(i)] {
			tgt = m.orgs(m.resolve(ps))
		}
	}
	mt := Match{Frame: roleFrame, Trigger: i, Slots: map[string][]Filler{Source: src[:1]}, Governor: -1}
	mt.RoleFirst, mt.RoleLast = m.rolePhrase(i)
	for _, a := range m.children[i] {
		// "is the new editor": a post just taken up; the word is no
		// part of the role.
		if base(m.toks[a].Rel) == "amod" && (strings.EqualFold(m.toks[a].Form, "new") || strings.EqualFold(m.toks[a].Form, "incoming")) {
			mt.Frame = roleStartFrame
			if mt.RoleFirst == a {
				mt.RoleFirst++
			}
		}
	}
	for k := mt.RoleFirst; len(tgt) == 0 && k <= mt.RoleLast; k++ {
		// "a Bellhaven Partners senior partner"
		if e := m.s.Entity[k]; e >= 0 && m.s.IsOrg != nil && m.s.IsOrg(e) {
			tgt = []Filler{{Entity: e, Tok: k}}
		}
	}
	if len(tgt) == 0 {
		return Match{}, false
	}
	mt.Slots[Target] = tgt[:1]
	return mt, true
}

// goneFrame is someone no longer at an organization.
var goneFrame = &Frame{Type: "position", POS: "NOUN", Name: "no-longer-with/NOUN", Conf: 0.6, Status: "end", Where: "frame.noLongerWith"}

// noLongerWith matches a person said to be no longer with or at an
// organization, one who has left it: "Moravec is no longer with Orrery
// Robotics", "Lund is no longer at the bank".
func (m *matcher) noLongerWith(i int) (Match, bool) {
	e := m.s.Entity[i]
	if e < 0 || m.s.IsOrg == nil || !m.s.IsOrg(e) || m.child(i, "cop") < 0 {
		return Match{}, false
	}
	if c := m.caseOf(i); c != "with" && c != "at" {
		return Match{}, false
	}
	longer := false
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "advmod" && m.lemma(c) == "long" {
			for _, n := range m.children[c] {
				longer = longer || m.lemma(n) == "no"
			}
		}
	}
	if !longer {
		return Match{}, false
	}
	src := m.resolveAs(m.child(i, "nsubj"), false)
	if len(src) == 0 || m.s.IsOrg(src[0].Entity) {
		return Match{}, false
	}
	mt := Match{Frame: goneFrame, Trigger: i, Slots: map[string][]Filler{Source: src[:1], Target: {{Entity: e, Tok: i}}}, RoleFirst: -1, RoleLast: -1, Governor: -1}
	return mt, true
}

// notPosts are kinds of people that hold no post at what they are of.
var notPosts = rules.WordClass("notPosts")

// predicateObj returns the second of two objects of verb i, the
// predicate the parser read as an object ("called him a bully"), or -1.
func (m *matcher) predicateObj(i int) int {
	n := 0
	obj := false
	for _, c := range m.children[i] {
		obj = obj || m.toks[c].Rel == "obj"
		// "called her a visionary" with the predicate read as a bare
		// noun phrase after the object.
		if obj && m.toks[c].Rel == "obl:unmarked" && m.toks[c].UPOS == "NOUN" && m.s.Entity[c] < 0 && !timeNouns[m.lemma(c)] && c > 0 && m.toks[c-1].UPOS == "DET" {
			return c
		}
		if m.toks[c].Rel == "obj" && isOpenQuote(m.toks[c].Form) {
			// "called Dumont “the most capable negotiator …”" with the
			// quotation mark read as the object and the phrase as its
			// apposition.
			for _, a := range m.children[c] {
				if m.toks[a].UPOS == "NOUN" && m.s.Entity[a] < 0 {
					return a
				}
			}
			// (or as a phrase hung on the verb: "called Ibarra “the
			// heart of this team”" with "heart" the verb's apposition)
			for a := c + 1; a < len(m.toks) && a <= c+4; a++ {
				if m.toks[a].UPOS == "NOUN" && m.toks[a].Head == i && m.s.Entity[a] < 0 {
					return a
				}
			}
		}
		if m.toks[c].Rel == "obj" || m.toks[c].Rel == "iobj" {
			n++
			if n == 2 && m.s.Entity[c] < 0 && m.toks[c].UPOS == "NOUN" {
				return c
			}
			// "called him “a bully with a boat”": a quoted phrase after
			// the object names what he was called.
			if q := c + 1; n == 1 && q < len(m.toks) && isOpenQuote(m.toks[q].Form) {
				if h := m.toks[q].Head; h > q && (m.toks[h].Head == i || m.toks[h].Head == c && m.toks[h].Rel == "appos") {
					return h
				}
			}
			// "called Navarro a “moron”" with the predicate read as the
			// object's apposition.
			if n == 1 && m.s.Entity[c] >= 0 {
				for _, a := range m.children[c] {
					if m.toks[a].Rel == "appos" && a > c && a <= c+4 && m.s.Entity[a] < 0 && m.toks[a].UPOS == "NOUN" && m.toks[c+1].UPOS == "DET" {
						return a
					}
				}
			}
		}
	}
	return -1
}

// isOpenQuote reports whether w opens a quotation.
func isOpenQuote(w string) bool { return w == "“" || w == "\"" || w == "‘" || w == "``" }

// ensureVerbs see to it that their clause comes about ("make sure",
// "ensure", "guarantee"); soughtVerbs tell what someone seeks to do or
// get ("win", "work", "serve"), so that seeing to it they never do is a
// harm (rules: ensureVerbs, soughtVerbs).
var ensureVerbs, soughtVerbs = rules.WordClass("ensureVerbs"), rules.WordClass("soughtVerbs")

// harmFrame is the construction of a promised harm, demandFrame of a
// harm demanded.
var (
	harmFrame   = &Frame{Type: "threaten", POS: "VERB", Name: "promised-harm/VERB", Conf: 0.7, Where: "frame.promisedHarm"}
	demandFrame = &Frame{Type: "oppose", POS: "VERB", Name: "demanded-harm/VERB", Conf: 0.7, Where: "frame.promisedHarm"}
)

// promisedHarm matches a harm promised: a verb of intention or warning
// governing a harmful act ("vowed to strip Markov of his seat"), or a
// speech verb reporting one in the future ("said she would take Kowal to
// court"). The one harmed is the act's object, or the person named in it.
func (m *matcher) promisedHarm(i int) (Match, bool) {
	lemma := m.lemma(i)
	if m.toks[i].UPOS != "VERB" {
		return Match{}, false
	}
	// "served notice that …", "put Seixas on notice that …": giving
	// notice tells.
	heads := []int{i}
	notice := false
	for _, c := range m.children[i] {
		if m.lemma(c) == "notice" && m.toks[c].UPOS == "NOUN" {
			notice = true
			heads = append(heads, c)
		}
	}
	if !harmIntent[lemma] && !sayVerbs[lemma] && !demandVerbs[lemma] && !attemptVerbs[lemma] && !notice && !(lemma == "raise" || lemma == "float") {
		return Match{}, false
	}
	act, victim := -1, -1
	clause := -1 // the reported clause the harm is told in
	for _, h := range heads {
		for _, c := range m.children[h] {
			r := base(m.toks[c].Rel)
			if r == "ccomp" && m.readiness(c) && m.readyAsSpeaker(c, i) {
				// "said she was prepared to open proceedings against
				// …", "said he is ready to sue": readiness told (the
				// infinitive read as an extraposed subject too: "said it
				// was prepared to go to court against …").
				if x := m.child(c, "xcomp", "csubj"); x >= 0 {
					if a, v := m.harmAct(x); a >= 0 && !m.negated(c) {
						act, victim = a, v
						break
					}
				}
			}
			x, v := m.harmAct(c)
			if x < 0 && (r == "xcomp" || r == "advcl" && m.infinitive(c)) && harmIntent[lemma] {
				// "vowed to spend millions to defeat Cole": the harm is
				// what the vowed act is for (also past a clause of its
				// object: "to spend whatever it takes to defeat Cole").
				ins := m.children[c]
				for _, a := range m.children[c] {
					if base(m.toks[a].Rel) == "ccomp" && a > c {
						ins = append(slices.Clone(ins), m.children[a]...)
					}
				}
				for _, a := range ins {
					if base(m.toks[a].Rel) == "advcl" && m.infinitive(a) {
						if ax, av := m.harmAct(a); ax >= 0 {
							x, v = ax, av
							break
						}
					}
				}
			}
			if o := m.child(c, "obj"); x < 0 && r == "ccomp" && lossVerbs[m.lemma(c)] && o >= 0 && heldNouns[m.lemma(o)] {
				// "told Ohl she would lose her committee seat": the loss
				// of what one holds, foretold to its holder (not "would
				// lose the primary", "lose money on the deal": forecasts).
				// "Cost" loses its indirect object what it holds ("warned
				// him a defection would cost him his seat").
				holder := m.entityChild(c, "nsubj")
				if m.lemma(c) == "cost" {
					// (what costs it must be the holder's own doing: "any
					// defection", "voting against it" — not "the court's
					// ruling", "his illness")
					holder = -1
					if sb := m.child(c, "nsubj", "csubj"); sb >= 0 && m.ownDoing(sb) {
						holder = m.entityChild(c, "iobj")
					}
				}
				if a := m.entityChildOnly(i, "obj", "iobj"); a >= 0 && holder >= 0 && sameFillers(m.resolveAs(a, false), m.resolveAs(holder, false)) {
					x, v = c, a
				}
			}
			if x < 0 || m.conditional(c) {
				continue // (not "asked whether he would sue")
			}
			told := r == "ccomp" || notice && (r == "acl" || r == "advcl")
			if (r == "xcomp" || r == "advcl" && m.infinitive(c)) && harmIntent[lemma] ||
				told && !m.passive(c) && (m.modal(c) != "" || strings.EqualFold(m.auxForm(c), "would")) ||
				told && m.passive(c) && (m.modal(c) != "" && m.conditionedOn(c) || deontic(m, c)) {
				// (a harm told in the passive on a condition: "announced
				// that Morgan would be dropped if he skipped …")
				act, victim, clause = x, v, c
				if m.passive(x) && v < 0 {
					victim = m.entityChild(x, "nsubj:pass")
				}
				break
			}
		}
		if act >= 0 {
			break
		}
	}
	if act < 0 && (lemma == "raise" || lemma == "float") {
		// "raised the prospect of cutting state aid to …"
		if o := m.child(i, "obj"); o >= 0 && prospectNouns[m.lemma(o)] {
			for _, c := range m.children[o] {
				if x, v := m.harmAct(c); x >= 0 && m.toks[x].XPOS == "VBG" {
					act, victim = x, v
				}
				// "raised the spectre of a lawsuit against Ohl"
				// (not one another brings: "… against Ohlin by his former
				// partners")
				if k := m.marked(c, "against"); harmActNouns[m.lemma(c)] && m.caseOf(c) == "of" && k >= 0 && m.s.Entity[k] >= 0 && m.marked(c, "by") < 0 && m.marked(c, "from") < 0 && m.marked(k, "by") < 0 {
					act, victim = c, k
				}
			}
		}
	}
	if act < 0 {
		return m.demandedHarm(i)
	}
	if lemma == "threaten" {
		return Match{}, false // "threatened to …" is a frame of its own
	}
	if consequenceVerbs[m.lemma(act)] && !harmIntent[lemma] {
		return Match{}, false // "said another loss would lead to his removal" forecasts; "warned that …" threatens
	}
	// (a refusal to give is the harm itself: "never to give")
	if ok, _, _ := m.stated(i, harmFrame); !ok || m.negated(act) && !givingVerb(m.lemma(act)) {
		return Match{}, false
	}
	src := m.resolveAs(m.logicalSubj(i), false)
	if len(src) == 0 && lemma == "prepare" && m.passive(i) {
		src = m.resolveAs(m.entityChild(i, "nsubj:pass"), false) // "she was prepared to revoke …"
	}
	if sb := m.child(act, "nsubj"); len(src) > 0 && sb >= 0 && clientNouns[m.lemma(sb)] {
		// "a lawyer for Marlund said his client would sue …": the
		// client threatens through the one who speaks for them.
		if cl := m.resolve(sb); len(cl) > 0 && cl[0].Entity != src[0].Entity {
			src = cl
		}
	}
	if len(src) == 0 {
		return Match{}, false
	}
	// A harm someone else is to do is no promise of the speaker's: "said
	// the Justice Department should investigate him" demands it (and
	// "said the board would fire him" only reports it).
	// (the act's own subject: not one who suffers it, "he would face a
	// challenger", nor what is the speaker's, "his papers would
	// campaign to unseat her")
	other, body := false, -1
	d := m.child(act, "nsubj")
	if d < 0 && clause >= 0 && clause != act && m.toks[clause].UPOS == "VERB" {
		// the subject of the clause the harm hangs in: "said Brede would
		// introduce a bill to strip …", "said the city would move to cut …"
		d = m.child(clause, "nsubj")
	}
	if d >= 0 && act != i && d != victim && !receiveVerbs[m.lemma(act)] && !lossVerbs[m.lemma(act)] && !consequenceVerbs[m.lemma(act)] && (m.s.Entity[d] >= 0 || m.toks[d].UPOS == "NOUN" || m.toks[d].UPOS == "PROPN") {
		// (a consequence's subject is its cause, no one's doing: "any
		// further violation would lead to his suspension")
		speaker := func(f Filler) bool { return f.Entity == src[0].Entity }
		other = !slices.ContainsFunc(m.resolveAs(d, false), speaker) && !slices.ContainsFunc(m.resolveAs(m.child(d, "nmod:poss"), false), speaker)
		if other && m.speakerBody(d, src[0].Entity) {
			// (the body is the speaker's side, never the one harmed:
			// "warned that the bank would pull the deal")
			other, body = false, m.s.Entity[d]
		}
	}
	if quitVerbs[m.lemma(act)] || m.passive(act) && deontic(m, act) {
		// "said she should resign", "said he should be replaced (or
		// fired)": what someone else is to do or suffer, demanded
		// (harmAct took quitting only under "should", "must" or
		// "ought").
		other = true
	}
	if other && !deontic(m, act) {
		return Match{}, false
	}
	// The one harmed is never the one promising ("said she would have
	// Obi removed" with "she" misread as the passive's subject too).
	var tgt []Filler
	if victim >= 0 {
		tgt = m.resolve(victim)
	}
	if o := m.logicalObj(act); o >= 0 && len(tgt) == 0 {
		for _, f := range m.resolve(o) {
			if f.Entity != src[0].Entity {
				tgt = append(tgt, f)
			}
		}
	}
	if o := m.logicalObj(act); o >= 0 && len(tgt) == 0 && m.toks[o].UPOS == "PRON" && thirdPersons[strings.ToLower(m.toks[o].Form)] {
		// "cautioned the directors that she will sue them": a pronoun
		// left unresolved stands for the ones told.
		for _, f := range m.addressed(i) {
			if f.Entity != src[0].Entity {
				tgt = append(tgt, f)
			}
		}
	}
	if len(tgt) == 0 {
		// "would file a complaint with the ethics board unless Haug
		// recused herself": the one the condition asks to act.
		for _, h := range []int{act, i} {
			for _, c := range m.children[h] {
				if base(m.toks[c].Rel) != "advcl" || !slices.ContainsFunc(m.children[c], func(k int) bool {
					return m.toks[k].Rel == "mark" && (m.lemma(k) == "unless" || m.lemma(k) == "if")
				}) {
					continue
				}
				for _, f := range m.resolveAs(m.entityChild(c, "nsubj"), false) {
					if f.Entity != src[0].Entity && len(tgt) == 0 {
						tgt = append(tgt, Filler{Entity: f.Entity, Tok: f.Tok, Weak: true})
					}
				}
			}
		}
	}
	if len(tgt) == 0 {
		for _, x := range m.subtree(act) {
			if e := m.s.Entity[x]; e >= 0 && x != act && e != src[0].Entity {
				tgt = []Filler{{Entity: e, Tok: x, Weak: true}}
				break
			}
		}
	}
	if len(tgt) == 0 {
		tgt = m.promptedBy(act, src[0].Entity) // "vowed to sue after the Ledger published …"
	}
	if body >= 0 {
		tgt = slices.DeleteFunc(tgt, func(f Filler) bool { return f.Entity == body })
	}
	if len(tgt) == 0 {
		return Match{}, false
	}
	if other {
		return Match{Frame: demandFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
	}
	return Match{Frame: harmFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
}

// speakerBody reports whether noun d, the subject of a harm in the
// reported clause of speaker entity e, is "the" and a body e speaks for
// by a role the article gives them ("Mayor Quill said the city would
// cancel the contract", "the chief executive warned that the company
// would sue"), with nothing of its own that makes it another's ("the
// rival company", "the company's lawyers", "the union that represents
// them" are no such plain mention). Someone given no such role only
// reports or forecasts the body's act ("Ana Ruiz said the city would
// slash …", "Senator Brandvold said the board would fire him").
func (m *matcher) speakerBody(d, e int) bool {
	if m.toks[d].UPOS != "NOUN" || m.toks[d].XPOS == "NNS" || m.s.DescribedAs == nil {
		return false
	}
	body := m.s.Entity[d]
	if body >= 0 && (m.s.IsOrg == nil || !m.s.IsOrg(body)) {
		return false
	}
	roles := speakerBodies[m.lemma(d)]
	if len(roles) == 0 || !slices.ContainsFunc(roles, func(r string) bool { return m.s.DescribedAs(e, r, body) }) {
		return false
	}
	det := false
	for _, c := range m.children[d] {
		switch r := base(m.toks[c].Rel); {
		case r == "det":
			det = strings.EqualFold(m.toks[c].Form, "the")
		case r == "amod" && rivalWords[m.lemma(c)], r == "nmod", r == "compound", r == "acl", r == "appos", r == "conj":
			return false
		}
	}
	return det
}

// speakerBodies give, for each noun of a body one speaks for, the role
// nouns of those who speak for it (rules/speakerbodies.txt); rivalWords
// make it another's ("the rival company").
var (
	speakerBodies = func() map[string][]string {
		out := map[string][]string{}
		for _, line := range rules.Lines("speakerbodies.txt") {
			bodies, roles, ok := strings.Cut(line, ":")
			if !ok {
				panic("rules/speakerbodies.txt: line without a colon: " + line)
			}
			for _, b := range strings.Fields(bodies) {
				out[b] = append(out[b], strings.Fields(roles)...)
			}
		}
		return out
	}()
	rivalWords = map[string]bool{"rival": true, "other": true, "opposing": true, "competing": true}
)

// deontic reports whether verb v is said with a modal of obligation
// ("should", "must", "ought to", "needs to").
func deontic(m *matcher, v int) bool {
	for _, c := range m.children[v] {
		if base(m.toks[c].Rel) != "aux" {
			continue
		}
		switch strings.ToLower(m.toks[c].Form) {
		case "should", "must", "ought":
			return true
		}
	}
	if h := m.toks[v].Head; h >= 0 && base(m.toks[v].Rel) == "xcomp" && (m.lemma(h) == "need" || m.lemma(h) == "have" || m.lemma(h) == "ought") {
		return true // "needs to investigate", "has to go"
	}
	return false
}

// heldNouns are held by grant of others, and so may be taken away: "would
// lose her committee seat".
var heldNouns = rules.WordClass("heldNouns")

// sameFillers reports whether a and b each fill with one entity, the
// same one.
func sameFillers(a, b []Filler) bool {
	return len(a) == 1 && len(b) == 1 && a[0].Entity == b[0].Entity
}

// prospectNouns are raised to threaten: "raised the prospect of …".
var prospectNouns = rules.WordClass("prospectNouns")

// harmAct returns the harmful act verb c names, or -1, and the one it
// harms when the verb says so apart from its object: a harm verb ("sue",
// "strip"); a harm caused ("have Tuncer stripped of her immunity": the
// participle, and Tuncer); "see her in court".
func (m *matcher) harmAct(c int) (act, victim int) {
	l := m.lemma(c)
	switch {
	case harmVerbs[l] && !(l == "take" && !m.toCourt(c)):
		// ("take" harms only to court: "take them to court", not "take
		// over as conductor")
		return c, -1
	case l == "go" && m.toCourt(c):
		// "would go to court against Ferro": the one it is against
		// (on the verb or on "court").
		v := m.marked(c, "against")
		if k := m.marked(c, "to"); v < 0 && k >= 0 {
			v = m.marked(k, "against")
		}
		if v < 0 || m.s.Entity[v] < 0 {
			return -1, -1
		}
		return c, v
	case (l == "replace" && m.passive(c) || quitVerbs[l]) && deontic(m, c):
		// "said he should be replaced", "said she should resign": a
		// post lost, demanded of its holder.
		return c, m.entityChild(c, "nsubj", "nsubj:pass")
	case l == "pay" && m.suffers(c) && m.child(c, "obj") < 0 && m.modal(c) != "" && m.toks[c].XPOS == "VB":
		// "said Cedar Media would pay for this": the idiom of a
		// threat, what befalls the clause's subject (not a forecast,
		// "said Marlowe would pay a price for his vote", nor one for
		// others: "voters would pay for it").
		if sb := m.child(c, "nsubj"); sb >= 0 && m.s.Entity[sb] < 0 && m.toks[sb].UPOS != "PRON" {
			return -1, -1
		}
		return c, m.entityChild(c, "nsubj")
	case attemptVerbs[l]:
		if x := m.child(c, "xcomp"); x >= 0 && m.infinitive(x) {
			return m.harmAct(x)
		}
	case l == "have" || l == "get":
		for _, x := range m.children[c] {
			if r := base(m.toks[x].Rel); (r == "xcomp" || r == "ccomp") && harmVerbs[m.lemma(x)] && m.toks[x].XPOS == "VBN" {
				v := m.entityChild(c, "obj")
				if v < 0 {
					v = m.entityChild(x, "nsubj", "nsubj:pass")
				}
				return x, v
			}
		}
	case givingVerb(l) && m.withheld(c):
		// "vowed never to give another dollar to Reyes": money withheld
		// from the one it would go to.
		v := m.marked(c, "to")
		if v < 0 {
			if o := m.child(c, "obj"); o >= 0 {
				v = m.marked(o, "to")
			}
		}
		if v < 0 {
			v = m.entityChild(c, "iobj")
		}
		if v >= 0 {
			return c, m.named(v)
		}
	case l == "see":
		if m.inCourt(c) {
			return c, -1
		}
	case ensureVerbs[l]:
		// "vowed to make sure Brennan never wins another election", "will
		// ensure that she is never elected again": seeing to it that
		// someone no longer does or gets what they seek (not "never has
		// to worry about money": a care spared).
		cl := m.child(c, "ccomp")
		if l == "make" {
			cl = -1
			if x := m.child(c, "xcomp"); x >= 0 && (m.lemma(x) == "sure" || m.lemma(x) == "certain") {
				cl = m.child(x, "ccomp")
			}
		}
		if cl >= 0 && m.toks[cl].UPOS == "VERB" && m.negated(cl) && soughtVerbs[m.lemma(cl)] {
			if v := m.entityChild(cl, "nsubj", "nsubj:pass"); v >= 0 && m.s.Entity[v] >= 0 {
				return c, v
			}
		}
	case l == "lead" || l == "result":
		// "any further violation would lead to his suspension", "would
		// result in her removal": a harm befalling the harm noun's
		// possessor (not one's own resignation: "would lead to my
		// resignation" harms no one else).
		k := m.marked(c, "to")
		if l == "result" {
			k = m.marked(c, "in")
		}
		if k >= 0 && harmNouns[m.lemma(k)] && m.lemma(k) != "resignation" {
			if v := m.child(k, "nmod:poss"); v >= 0 && len(m.resolve(v)) > 0 {
				return c, v
			}
		}
	case l == "report" || l == "refer" || l == "turn" || l == "hand":
		// "report him to the ethics board", "refer her to prosecutors",
		// "turn them over to the police": someone sent to those who
		// judge.
		if o := m.child(c, "obj"); o >= 0 && len(m.resolveAs(o, false)) > 0 {
			// (the object a name, or a description with one: "Vik's
			// former deputy, Tove Rasch")
			k := m.marked(c, "to")
			if k < 0 {
				k = m.marked(o, "to") // (hung on the object by the parser)
			}
			if k >= 0 && authorityNouns[m.lemma(k)] {
				return c, o
			}
		}
	}
	// "take legal action against", "file a complaint against", "recruit a
	// primary challenger against", "go on strike": an act of harm named
	// by its noun, against the one its phrase names.
	if m.toks[c].UPOS == "VERB" {
		for _, o := range m.children[c] {
			r := base(m.toks[o].Rel)
			if !(r == "obj" || r == "obl" && m.caseOf(o) == "on") || !harmActNouns[m.lemma(o)] {
				continue
			}
			v := m.marked(o, "against")
			if v < 0 {
				v = m.marked(c, "against")
			}
			if v >= 0 {
				v = m.named(v)
			}
			return c, v
		}
		// "introduce a measure to strip his office of its powers", "file
		// a motion to remove her": a harm a measure is put forward to do,
		// by the one who puts it forward (not "oppose a measure to …").
		if o := m.child(c, "obj"); o >= 0 && harmInstruments[m.lemma(o)] && proposeVerbs[m.lemma(c)] {
			for _, h := range []int{c, o} {
				for _, x := range m.children[h] {
					if r := base(m.toks[x].Rel); (r == "advcl" || r == "acl") && m.infinitive(x) {
						if a, v := m.harmAct(x); a >= 0 {
							return a, v
						}
					}
				}
			}
		}
	}
	return -1, -1
}

// consequenceVerbs tell what a cause brings about ("would lead to his
// suspension", "would result in her removal").
var consequenceVerbs = map[string]bool{"lead": true, "result": true}

// harmInstruments are measures put forward to do what their infinitive
// says ("a bill to strip …", "a motion to remove …") (rules:
// harmInstruments).
var harmInstruments = rules.WordClass("harmInstruments")

// proposeVerbs put a measure forward (rules: proposeVerbs).
var proposeVerbs = rules.WordClass("proposeVerbs")

// subjunctive reports whether verb c, hung on a verb of demand by
// relation r, is the bare form a demand puts after "that" ("demanded
// that the board fire Ash"): no modal ("asked whether he would sue" is
// no demand) and no other mark.
func (m *matcher) subjunctive(c int, r string) bool {
	if m.toks[c].XPOS != "VB" || base(r) != "ccomp" || m.child(c, "aux") >= 0 {
		return false
	}
	mk := m.child(c, "mark")
	return mk < 0 || m.lemma(mk) == "that"
}

// givingVerb reports whether lemma gives money or help: refused, it is
// withheld (rules: giveVerbs, moneyVerbs).
func givingVerb(lemma string) bool { return giveVerbs[lemma] || moneyVerbs[lemma] }

// moneyVerbs give money (rules: wordclasses.txt).
var moneyVerbs = rules.WordClass("moneyVerbs")

// beingVerbs predicate a noun of their subject: "became a donor to …",
// "remains a critic of …" (not "turned a critic into an ally").
var beingVerbs = map[string]bool{"be": true, "become": true, "remain": true, "stay": true}

// withheld reports whether verb c is negated by "never" or "not" in its
// own clause: an act refused.
func (m *matcher) withheld(c int) bool {
	for _, x := range m.children[c] {
		if l := m.lemma(x); (l == "never" || l == "not") && (base(m.toks[x].Rel) == "advmod" || m.toks[x].Rel == "advmod:neg") {
			return true
		}
	}
	return false
}

// inCourt reports whether verb c has "in court" ("will see her in
// court").
func (m *matcher) inCourt(c int) bool {
	k := m.marked(c, "in")
	return k >= 0 && m.lemma(k) == "court"
}

// toCourt reports whether verb c goes "to court" ("take the plant's
// owner to court").
func (m *matcher) toCourt(c int) bool {
	k := m.marked(c, "to")
	if k < 0 {
		if o := m.child(c, "obj"); o >= 0 {
			k = m.marked(o, "to")
		}
	}
	return k >= 0 && courtNouns[m.lemma(k)]
}

// courtNouns are where one is taken to answer ("to court", "to task").
var courtNouns = rules.WordClass("courtNouns")

// attemptVerbs only set about the act they govern ("would move to strip
// him of his seat").
var attemptVerbs = rules.WordClass("attemptVerbs")

// readyWords tell that one stands ready to act ("prepared to", "ready
// to", "willing to").
var readyWords = rules.WordClass("readyWords")

// readyAsSpeaker reports whether the one clause c, hung on the verb of
// telling i, says is ready is the speaker: by name or pronoun, or as a
// body the speaker speaks for ("said the company was prepared to …"),
// not someone else ("said Brede was prepared to sue …"); a clause with
// no subject of its own is the speaker's.
func (m *matcher) readyAsSpeaker(c, i int) bool {
	sb := m.entityChild(c, "nsubj", "nsubj:pass") // (not a day the parser made a subject too)
	if sb < 0 {
		sb = m.child(c, "nsubj", "nsubj:pass")
	}
	if sb < 0 {
		return true
	}
	if s := m.logicalSubj(i); s >= 0 && documentNouns[m.lemma(s)] && len(m.resolveAs(s, false)) == 0 {
		return true // "The letter said Carraway was prepared to …": a writing of no one named
	}
	src := m.resolveAs(m.logicalSubj(i), false)
	if len(src) == 0 {
		return false
	}
	who := m.resolveAs(sb, false)
	speaker := func(f Filler) bool { return f.Entity == src[0].Entity }
	if slices.ContainsFunc(who, speaker) || slices.ContainsFunc(m.resolveAs(m.child(sb, "nmod:poss"), false), speaker) {
		return true // (or the speaker's own body: "said her campaign was ready to sue")
	}
	if len(who) == 0 && m.toks[sb].UPOS == "PRON" {
		return true // "said she was prepared to …" with "she" left unresolved
	}
	return m.speakerBody(sb, src[0].Entity)
}

// readiness reports whether word c tells readiness: a readyWord as an
// adjective, or as the participle the tagger may read ("was prepared
// to", lemma "prepare").
func (m *matcher) readiness(c int) bool {
	return readyWords[m.lemma(c)] || readyWords[strings.ToLower(m.toks[c].Form)]
}

// harmActNouns name an act of harm done with a verb of doing ("take
// action", "file a lawsuit", "open proceedings", "call a strike",
// "recruit a challenger").
var harmActNouns = rules.WordClass("harmActNouns")

// authorityNouns are those one reports someone to.
var authorityNouns = rules.WordClass("authorityNouns")

// ultimatum matches "… or face a lawsuit" ("demanded that Jakobsen
// retract her remarks or face a libel suit", "gave Isar Media until
// Friday to retract the story or face legal action"): the one told to
// act or face the harm is threatened by the one who told them.
func (m *matcher) ultimatum(i int) (Match, bool) {
	if m.lemma(i) != "face" || m.toks[i].Rel != "conj" || m.toks[i].UPOS != "VERB" {
		return Match{}, false
	}
	cc := m.child(i, "cc")
	o := m.child(i, "obj")
	if cc < 0 || m.lemma(cc) != "or" || o < 0 || !harmActNouns[m.lemma(o)] && !ultimatumNouns[m.lemma(o)] {
		return Match{}, false
	}
	h := m.toks[i].Head // the act demanded
	g := m.toks[h].Head // the demand
	if g < 0 || m.toks[g].UPOS != "VERB" {
		return Match{}, false
	}
	victim := m.entityChildOnly(h, "nsubj")
	if victim < 0 {
		victim = m.entityChildOnly(g, "obj", "iobj")
	}
	if victim < 0 {
		return Match{}, false
	}
	src := m.resolveAs(m.logicalSubj(g), false)
	tgt := m.resolve(victim)
	if len(src) == 0 || len(tgt) == 0 || src[0].Entity == tgt[0].Entity {
		return Match{}, false
	}
	if ok, _, _ := m.stated(g, harmFrame); !ok {
		return Match{}, false
	}
	return Match{Frame: harmFrame, Trigger: g, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
}

// conditionalThreat matches a consequence told on a condition put to
// someone else: "told the council that she would move the team to
// another state if its members did not approve the package" (the
// condition's subject, or the one told, is threatened), "warned her that
// she would lose her committee seat if she voted against it" (a loss
// befalls the consequence's own subject). A condition not negated ("if
// the council approves") makes an offer, not a threat, unless the
// consequence is a loss; a consequence that a frame of support, giving,
// meeting or making up names is an offer too.
func (l *Lexicon) conditionalThreat(m *matcher, i int) (Match, bool) {
	lemma := m.lemma(i)
	if m.s.Speaker >= 0 && m.toks[i].Head < 0 {
		if mt, ok := l.quotedConditionalThreat(m, i); ok {
			return mt, true
		}
	}
	if m.toks[i].UPOS != "VERB" || lemma == "threaten" || !sayVerbs[lemma] && !harmIntent[lemma] {
		return Match{}, false
	}
	src := m.resolveAs(m.logicalSubj(i), false)
	if s := m.logicalSubj(i); len(src) == 0 && s >= 0 && documentNouns[m.lemma(s)] {
		// "The letter said Carraway was prepared to nominate its own
		// slate if the board did not act": a writing tells the threat
		// of the one whose act it says.
		for _, c := range m.children[i] {
			if base(m.toks[c].Rel) == "ccomp" {
				src = m.resolve(m.entityChildOnly(c, "nsubj", "nsubj:pass"))
				break
			}
		}
	}
	if len(src) == 0 {
		return Match{}, false
	}
	others := func(fs []Filler) []Filler {
		var out []Filler
		for _, f := range fs {
			if f.Entity != src[0].Entity {
				out = append(out, f)
			}
		}
		return out
	}
	// The condition is put to its subject; "they" or "it" there is
	// the one told ("told the directors she would sue them if they
	// approve the sale").
	condTarget := func(cond int) []Filler {
		if m.pronounSubject(cond) {
			if a := others(m.addressed(i)); len(a) > 0 {
				return a
			}
		}
		return others(m.conditionSubject(cond))
	}
	for _, c := range m.children[i] {
		vowed := base(m.toks[c].Rel) == "xcomp" && harmIntent[lemma] && lemma != "promise" && m.toks[c].UPOS == "VERB" && !m.negated(c)
		// ("said the company was prepared to hire replacements if …":
		// readiness told)
		ready := base(m.toks[c].Rel) == "ccomp" && m.readiness(c) && m.child(c, "xcomp", "csubj") >= 0 && !m.negated(c) && m.readyAsSpeaker(c, i)
		if !vowed && !ready && (base(m.toks[c].Rel) != "ccomp" || m.toks[c].UPOS != "VERB" || m.negated(c) || m.modal(c) == "" && !strings.EqualFold(m.auxForm(c), "would")) {
			continue // (told with "will" or "would", or vowed: "vowed to move the team if …")
		}
		if m.counterfactual(c) {
			// "wrote that if Kell had not resigned, the board would have
			// fired her": what would have been, no threat.
			continue
		}
		cond, unless, act := -1, false, c
		// The condition may hang on an infinitive the consequence
		// governs: "would instruct composers to withhold all new scores
		// from the platform until it complies".
		acts := []int{c}
		for _, a := range m.children[c] {
			if (base(m.toks[a].Rel) == "advcl" || base(m.toks[a].Rel) == "xcomp") && m.infinitive(a) {
				acts = append(acts, a)
			}
		}
		// (or on the verb of telling after the consequence, where the
		// parser may hang it: "telling shareholders that the company was
		// prepared to hire replacements if the union did not return")
		acts = append(acts, i)
		for _, x := range acts {
			for _, a := range m.children[x] {
				if base(m.toks[a].Rel) != "advcl" || x == i && a < c {
					continue
				}
				if mk := m.child(a, "mark"); mk >= 0 && (m.lemma(mk) == "if" || m.lemma(mk) == "unless" || m.lemma(mk) == "until") {
					// ("would withhold its scores until it complies": a
					// harm lasting until the other yields is one unless
					// it does)
					cond, unless, act = a, m.lemma(mk) != "if", x
					if x == i {
						act = c
					}
					break
				}
			}
			if cond >= 0 {
				break
			}
		}
		if cond < 0 {
			continue
		}
		var tgt []Filler
		if lossVerbs[m.lemma(c)] {
			tgt = others(m.resolve(m.entityChildOnly(c, "nsubj")))
		} else if unless || m.negated(cond) || refusalVerbs[m.lemma(cond)] {
			tgt = condTarget(cond)
			if len(tgt) == 0 {
				tgt = others(m.addressed(i))
			}
			if len(tgt) == 0 && (harmVerbs[m.lemma(act)] || withdrawVerbs[m.lemma(act)]) {
				// "withhold all new scores from the platform until it
				// complies": the one the harm is done to or taken from.
				for _, o := range m.children[act] {
					if r := base(m.toks[o].Rel); r == "obj" || r == "obl" && (m.caseOf(o) == "from" || m.caseOf(o) == "against") {
						if t := others(m.resolve(o)); len(t) > 0 {
							tgt = t
							break
						}
					}
				}
			}
			if len(tgt) > 0 && l.offers(m, c) && !m.harms(c, tgt[0].Entity) {
				continue // (but "would back his rival unless he …" harms)
			}
		} else if t := condTarget(cond); len(t) > 0 && (m.harms(c, t[0].Entity) || withdrawVerbs[m.lemma(c)] && (m.child(c, "obj") >= 0 || m.marked(c, "from") >= 0)) {
			// "would fund her rivals if she went ahead", "would move its
			// headquarters out of the state if he signs it", "would
			// withdraw from the coalition if …": whatever the condition,
			// a consequence that harms its subject or takes something
			// away (not one who only goes: "would move to Canada if he
			// wins").
			tgt = t
		} else if len(t) == 0 && harmVerbs[m.lemma(act)] && m.actsAs(act, src[0].Entity) {
			// "would slash the union's overtime budget if officers kept
			// up the slowdown": a condition put to no one named, and a
			// harm the speaker does (not a forecast: "the city would
			// slash …") to someone named or to what is theirs.
			if o := m.logicalObj(act); o >= 0 {
				if tgt = others(m.resolve(o)); len(tgt) == 0 {
					tgt = others(m.resolve(m.child(o, "nmod:poss")))
				}
			}
		}
		if len(tgt) == 0 {
			continue
		}
		if ok, _, _ := m.stated(i, harmFrame); !ok {
			return Match{}, false
		}
		for j := range tgt {
			tgt[j].Weak = true
		}
		if sb := m.child(c, "nsubj"); sb >= 0 && clientNouns[m.lemma(sb)] {
			// "his attorney wrote that his client would file
			// counterclaims unless …": the client's threat, as above
			if cl := others(m.resolve(sb)); len(cl) > 0 {
				src = cl
			}
		}
		return Match{Frame: harmFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
	}
	return Match{}, false
}

// clientNouns name the one a lawyer speaks for (rules: clientNouns).
var clientNouns = rules.WordClass("clientNouns")

// sameParty reports whether tokens a and b stand for the same one.
func (m *matcher) sameParty(a, b int) bool {
	x, y := m.resolveAs(a, false), m.resolveAs(b, false)
	return len(x) == 1 && len(y) == 1 && x[0].Entity == y[0].Entity
}

// counterfactual reports whether clause c is told with a modal and the
// perfect "have": "would have fired her", "could have sued".
func (m *matcher) counterfactual(c int) bool {
	modal, have := false, false
	for _, a := range m.children[c] {
		if m.toks[a].Rel != "aux" {
			continue
		}
		switch l := m.lemma(a); {
		case l == "have":
			have = true
		case m.toks[a].XPOS == "MD":
			modal = true
		}
	}
	return modal && have
}

// actsAs reports whether clause c is not told of someone other than
// entity e: its subject is unstated, a pronoun or name (in a reported
// clause, the speaker's "he", "we"), or a description that stands for e
// ("the city would slash …" is a forecast, not the speaker's doing).
func (m *matcher) actsAs(c, e int) bool {
	sb := m.child(c, "nsubj")
	if sb < 0 || m.toks[sb].UPOS != "NOUN" {
		return true
	}
	for _, f := range m.resolveAs(sb, false) {
		if f.Entity == e {
			return true
		}
	}
	return false
}

// conditionSubject returns who the condition at cond is put to: its
// subject as named, or as the body or group that acts for someone ("if
// the brewer's board does not replace him": the brewer), never the
// possessor of a mere thing ("unless her shares recover").
func (m *matcher) conditionSubject(cond int) []Filler {
	if s := m.entityChildOnly(cond, "nsubj", "nsubj:pass"); s >= 0 {
		return m.resolve(s)
	}
	return m.resolveAs(m.child(cond, "nsubj", "nsubj:pass"), false)
}

// pronounSubject reports whether the clause at c has a pronoun for its
// subject.
func (m *matcher) pronounSubject(c int) bool {
	s := m.child(c, "nsubj", "nsubj:pass")
	return s >= 0 && m.toks[s].UPOS == "PRON"
}

// addressed returns the one told at verb i ("told the company's board
// that …": the company), as conditionSubject does its subject.
func (m *matcher) addressed(i int) []Filler {
	if o := m.entityChildOnly(i, "obj", "iobj"); o >= 0 {
		return m.resolve(o)
	}
	if m.passive(i) {
		// "The council was told by Orlova that she would pull …"
		if o := m.entityChildOnly(i, "nsubj:pass"); o >= 0 {
			return m.resolve(o)
		}
	}
	return m.resolveAs(m.child(i, "iobj", "obj"), false)
}

// quotedConditionalThreat matches the same in a speaker's own words:
// "“If she blocks this bill, I will put up a candidate against her,”
// Marsh wrote" — the root of the quotation, said by its speaker ("I",
// "we") with "will" or "would", on a condition whose subject is someone
// else: threatened when the condition is negated or a refusal ("unless
// she backs down") and the consequence no offer, or when the
// consequence harms them.
func (l *Lexicon) quotedConditionalThreat(m *matcher, i int) (Match, bool) {
	if mt, ok := l.imperativeThreat(m, i); ok {
		return mt, true
	}
	if m.toks[i].UPOS != "VERB" || m.negated(i) || m.modal(i) == "" && !strings.EqualFold(m.auxForm(i), "would") {
		return Match{}, false
	}
	subj := m.child(i, "nsubj")
	if subj < 0 || m.toks[subj].UPOS != "PRON" || m.lemma(subj) != "i" && m.lemma(subj) != "we" {
		return Match{}, false
	}
	for _, a := range m.children[i] {
		mk := m.child(a, "mark")
		if mk < 0 && a < i && m.toks[0].Head == i && m.toks[0].Rel == "mark" {
			mk = 0 // "If Whitfield blocks …" with "If" hung on the root
		}
		if base(m.toks[a].Rel) != "advcl" || mk < 0 || m.lemma(mk) != "if" && m.lemma(mk) != "unless" {
			continue
		}
		var tgt []Filler
		who := m.entityChildOnly(a, "nsubj", "nsubj:pass")
		if c := m.child(a, "nsubj"); who < 0 && c >= 0 && m.toks[c].UPOS == "PRON" {
			who = c // "If you sign it, …" to the one it was told to
		}
		for _, f := range m.resolve(who) {
			if f.Entity != m.s.Speaker {
				tgt = append(tgt, f)
			}
		}
		if len(tgt) == 0 {
			return Match{}, false
		}
		if m.harmsSpeaker(a) {
			continue // "If they sue me, I will see them in court": a defense
		}
		denied := m.lemma(mk) == "unless" || m.negated(a) || refusalVerbs[m.lemma(a)]
		if !(denied && !l.offers(m, i) && !lossVerbs[m.lemma(i)]) && !m.harms(i, tgt[0].Entity) && !withdrawVerbs[m.lemma(i)] {
			return Match{}, false
		}
		// (the consequence is told on a condition: that is the threat,
		// and no hypothesis to keep it from being one)
		src := []Filler{{Entity: m.s.speakerAs(m.lemma(subj)), Tok: subj}}
		return Match{Frame: harmFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
	}
	return Match{}, false
}

// harmsSpeaker reports whether clause c tells a harm done to the
// speaker ("if Corvane wants to sue me", "if she sues us").
func (m *matcher) harmsSpeaker(c int) bool {
	for _, x := range m.subtree(c) {
		if !harmVerbs[m.lemma(x)] {
			continue
		}
		if o := m.child(x, "obj"); o >= 0 && m.toks[o].UPOS == "PRON" && (m.lemma(o) == "i" || m.lemma(o) == "we") {
			return true
		}
	}
	return false
}

// imperativeThreat matches a condition told as a command, in a speaker's
// own words to someone: "Keep it up and I'll fund every opponent you ever
// have" — an imperative root, "and", and a consequence the speaker will
// bring about that harms the one told (or is no offer).
func (l *Lexicon) imperativeThreat(m *matcher, i int) (Match, bool) {
	if m.s.Addressee < 0 || m.toks[i].UPOS != "VERB" || m.toks[i].XPOS != "VB" || m.child(i, "nsubj") >= 0 || m.child(i, "aux") >= 0 {
		return Match{}, false
	}
	for _, c := range m.children[i] {
		if m.toks[c].Rel != "conj" || m.toks[c].UPOS != "VERB" || m.negated(c) || m.modal(c) == "" && !strings.EqualFold(m.auxForm(c), "would") {
			continue
		}
		cc := m.child(c, "cc")
		subj := m.child(c, "nsubj")
		if cc < 0 || m.lemma(cc) != "and" || subj < 0 || m.lemma(subj) != "i" && m.lemma(subj) != "we" {
			continue
		}
		if l.offers(m, c) && !m.harms(c, m.s.Addressee) {
			continue // "Sign it and I'll donate $1 million to your campaign"
		}
		if !m.harms(c, m.s.Addressee) && !m.harmsYou(c) && !harmVerbs[m.lemma(c)] && !withdrawVerbs[m.lemma(c)] {
			continue
		}
		src := []Filler{{Entity: m.s.speakerAs(m.lemma(subj)), Tok: subj}}
		tgt := []Filler{{Entity: m.s.Addressee, Tok: i, Weak: true}}
		return Match{Frame: harmFrame, Trigger: c, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
	}
	return Match{}, false
}

// harmsYou reports whether act c is done to "you" or what is yours
// ("I'll make sure every voter knows what you did").
func (m *matcher) harmsYou(c int) bool {
	for _, k := range m.subtree(c) {
		if w := strings.ToLower(m.toks[k].Form); w == "you" || w == "your" {
			return true
		}
	}
	return false
}

// offers reports whether the consequence c is one a frame of support,
// giving, meeting or making up names: an offer, not a threat. A frame of
// several words counts only with its other words there ("move past the
// feud" makes up; "move the team" does not). A doing against someone
// offers nothing ("would vote against every director").
func (l *Lexicon) offers(m *matcher, c int) bool {
	for _, k := range m.children[c] {
		if base(m.toks[k].Rel) == "obl" && m.caseOf(k) == "against" {
			return false
		}
	}
	for _, f := range l.ByLemma(m.lemma(c)) {
		switch f.Type {
		case "support", "fund", "meet", "reconcile":
			if f.POS == "VERB" && m.extrasFit(f, c) {
				return true
			}
		}
	}
	return false
}

// harms reports whether the act at c harms entity e: a verb of harm
// ("sue", "block") done to them, a phrase against them ("put up a
// candidate against her"), or their rivals as its object ("fund her
// rivals", "back every opponent she has").
func (m *matcher) harms(c, e int) bool {
	names := func(t int) bool {
		if t >= 0 && m.s.Entity[t] < 0 && m.toks[t].UPOS == "PRON" && thirdPersons[strings.ToLower(m.toks[t].Form)] {
			return true // a pronoun left unresolved: the one the condition names
		}
		for _, f := range m.resolve(t) {
			if f.Entity == e {
				return true
			}
		}
		return false
	}
	if (harmVerbs[m.lemma(c)] || m.lemma(c) == "see" && m.inCourt(c)) && names(m.logicalObj(c)) {
		return true // "I will sue her", "I will see her in court"
	}
	for _, k := range m.children[c] {
		if base(m.toks[k].Rel) == "obl" && m.caseOf(k) == "against" && (names(k) || names(m.child(k, "nmod:poss"))) {
			// (or "against her next spring" read as her spring)
			return true
		}
		if m.toks[k].Rel != "obj" {
			continue
		}
		for _, j := range m.children[k] {
			if base(m.toks[j].Rel) == "nmod" && m.caseOf(j) == "against" && names(j) {
				return true // "a candidate against her"
			}
			if harmVerbs[m.lemma(c)] && relationNouns[m.lemma(k)] && base(m.toks[j].Rel) == "nmod" && m.caseOf(j) == "with" && names(j) {
				return true // "sever ties with the boxer", "cut relations with her"
			}
		}
		if rivalNouns[m.lemma(k)] {
			if p := m.child(k, "nmod:poss"); p >= 0 && names(p) || m.child(k, "acl:relcl") >= 0 {
				return true // "her rivals", "every opponent you ever have"
			}
		}
		if ousterNouns[m.lemma(k)] || slices.ContainsFunc(m.children[k], func(j int) bool { return m.toks[j].Rel == "compound" && ousterNouns[m.lemma(j)] }) {
			// "I will fund a recall campaign", "would back an impeachment
			// drive": a drive to unseat someone, who, naming no one, is
			// the one the condition is put to.
			if p := m.child(k, "nmod:poss"); p < 0 || names(p) {
				return true
			}
		}
	}
	return false
}

// ousterNouns are drives to unseat an office-holder (rules: ousterNouns).
var ousterNouns = rules.WordClass("ousterNouns")

// thirdPersons are the pronouns that may stand for someone else.
var thirdPersons = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "they": true, "them": true, "their": true}

// rivalNouns are those who stand against someone ("her rivals").
var rivalNouns = rules.WordClass("rivalNouns")

// lossVerbs befall their subject ("would lose her seat").
var lossVerbs = rules.WordClass("lossVerbs")

// withdrawVerbs take something away ("would move its headquarters out of
// the state if he signs it").
var withdrawVerbs = rules.WordClass("withdrawVerbs")

// refusalVerbs make a condition a refusal ("if he refuses to pay").
var refusalVerbs = rules.WordClass("refusalVerbs")

// referralFrame is someone reported or referred to those who judge.
var referralFrame = &Frame{Type: "oppose", POS: "VERB", Name: "referral/VERB", Conf: 0.7, Where: "frame.referral"}

// referral matches someone reported or referred to an authority, which
// is a complaint against them: "referred Vik's former deputy, Rasch, to
// prosecutors", "reported him to the ethics board". Promised, the same
// words are a threat (promisedHarm).
func (m *matcher) referral(i int) (Match, bool) {
	if l := m.lemma(i); l != "refer" && l != "report" || m.toks[i].UPOS != "VERB" {
		return Match{}, false
	}
	x, v := m.harmAct(i)
	if x != i || v < 0 {
		return Match{}, false
	}
	ok, planned, intent := m.stated(i, referralFrame)
	if !ok || planned || intent || m.modal(i) != "" {
		return Match{}, false
	}
	src := m.resolveAs(m.logicalSubj(i), false)
	tgt := m.resolve(v)
	if len(src) == 0 || len(tgt) == 0 || src[0].Entity == tgt[0].Entity {
		return Match{}, false
	}
	return Match{Frame: referralFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
}

// seeFrame is a trip made to see someone.
var seeFrame = &Frame{Type: "meet", POS: "VERB", Name: "travel-to-see/VERB", Conf: 0.6, Where: "frame.travelToSee"}

// travelToSee matches a trip made to see someone, a meeting: "traveled to
// Tokyo in April to see Nishizawa", "will fly to Nairobi next month to
// see Wambui". "See" alone is too often sight or judgement.
func (m *matcher) travelToSee(i int) (Match, bool) {
	t := m.toks[i]
	if m.lemma(i) != "see" || t.UPOS != "VERB" || t.Head < 0 || !m.infinitive(i) || !travelVerbs[m.lemma(t.Head)] {
		return Match{}, false
	}
	if r := base(t.Rel); r != "advcl" && r != "xcomp" {
		return Match{}, false
	}
	var actors []Filler
	for _, p := range []int{m.logicalSubj(t.Head), m.child(i, "obj")} {
		for _, f := range m.resolveAs(p, false) {
			if !slices.ContainsFunc(actors, func(a Filler) bool { return a.Entity == f.Entity }) {
				actors = append(actors, f)
			}
		}
	}
	if len(actors) < 2 {
		return Match{}, false
	}
	ok, planned, _ := m.stated(t.Head, seeFrame)
	if !ok {
		return Match{}, false
	}
	return Match{Frame: seeFrame, Trigger: i, Slots: map[string][]Filler{Actors: actors}, RoleFirst: -1, RoleLast: -1, Governor: -1, Planned: planned}, true
}

// visitFrame is a stay at, or a trip to, someone's home.
var visitFrame = &Frame{Type: "meet", POS: "NOUN", Name: "at-home-of/NOUN", Conf: 0.5, Where: "frame.visitHome"}

// presenceVerbs, with travelVerbs, put their subject where their at- or
// to-phrase says.
var presenceVerbs = rules.WordClass("presenceVerbs")

// DwellingNoun reports whether lemma names where someone lives or works
// ("ranch", "villa"), and VisitVerb whether it puts its subject somewhere
// ("spent", "flew"): a sentence with both may tell a visit.
func DwellingNoun(lemma string) bool { return homeNouns[lemma] }

// VisitVerb: see DwellingNoun.
func VisitVerb(lemma string) bool { return presenceVerbs[lemma] || travelVerbs[lemma] }

// visitHome matches one who stays at or goes to another person's home, a
// meeting: "spent much of the weekend at Holloway's ranch", "flew to
// Wambui's estate in Kenya", "visited Ito's home".
func (m *matcher) visitHome(i int) (Match, bool) {
	t := m.toks[i]
	v := t.Head
	if m.child(i, "cop") >= 0 && m.caseOf(i) == "at" && m.homeOf(i) >= 0 {
		// "Crane was at Ochoa's home on Monday": the subject of "be" is
		// where the predicate says (not "was in Ochoa's office for six
		// years", a workplace).
		return m.presentAt(i, i)
	}
	if v >= 0 && presentRoles[m.lemma(v)] && m.child(v, "cop") >= 0 && base(t.Rel) == "nmod" && m.caseOf(i) == "at" && m.homeOf(i) >= 0 {
		// "Crane was a speaker at a dinner at Ochoa's home" with the home
		// hung on the role
		return m.presentAt(i, v)
	}
	if v >= 0 && m.toks[v].UPOS == "NOUN" && visitOccasions[m.lemma(v)] && (base(t.Rel) == "nmod" || base(t.Rel) == "obl") && m.caseOf(i) == "at" && m.homeOf(i) >= 0 {
		if m.child(v, "cop") >= 0 && m.caseOf(v) == "at" {
			// "Crane was at a dinner at Ochoa's home"
			return m.presentAt(i, v)
		}
		if g := m.toks[v].Head; g >= 0 && presentRoles[m.lemma(g)] && m.child(g, "cop") >= 0 && m.caseOf(v) == "at" {
			// "Crane was the guest of honour at a dinner at Ochoa's
			// estate", "was a speaker at a fundraiser at …": one there.
			return m.presentAt(i, g)
		}
		// "had dinner at Berg's home", "attended a fundraiser at Berg's
		// townhouse": the occasion is where its verb puts its subject.
		if g := m.toks[v].Head; g >= 0 && m.toks[g].UPOS == "VERB" && base(m.toks[v].Rel) == "obj" && !stopVerbs[m.lemma(g)] && !negImplicatve[m.lemma(g)] {
			// (not "skipped a dinner at the home of …")
			owner := m.resolveAs(m.homeOf(i), false)
			guest := m.resolveAs(m.logicalSubj(g), false)
			if len(owner) == 1 && len(guest) > 0 && (m.s.IsOrg == nil || !m.s.IsOrg(owner[0].Entity)) {
				if actors := dedupe(append(guest, owner...)); len(actors) >= 2 {
					if ok, planned, _ := m.stated(g, visitFrame); ok {
						return Match{Frame: visitFrame, Trigger: i, Slots: map[string][]Filler{Actors: actors}, RoleFirst: -1, RoleLast: -1, Governor: g, Planned: planned}, true
					}
				}
			}
		}
		return Match{}, false
	}
	if v < 0 || m.toks[v].UPOS != "VERB" || !presenceVerbs[m.lemma(v)] && !travelVerbs[m.lemma(v)] || m.homeOf(i) < 0 {
		return Match{}, false
	}
	if c := m.caseOf(i); !(base(t.Rel) == "obl" && (c == "at" || c == "to" || c == "in" && presenceVerbs[m.lemma(v)]) || base(t.Rel) == "obj" && m.lemma(v) == "visit") {
		return Match{}, false
	}
	guest := m.logicalSubj(v)
	if sp := m.child(v, "nsubj:pass"); guest < 0 && sp >= 0 {
		guest = sp // "Vaughn was hosted at Halvorsen's townhouse": the one received there
	}
	return m.visitAt(i, guest, v, false)
}

// presentAt matches the subject of predicate pred, a copula's ("was at
// Ochoa's home", "was at a dinner at …", "was the guest … at …"), a
// person, with the one whose home token home is: they met there. The
// occasion is stated as pred's clause is.
func (m *matcher) presentAt(home, pred int) (Match, bool) {
	return m.visitAt(home, m.child(pred, "nsubj"), pred, true)
}

// visitAt matches a visit to the home token home names: the one guest
// stands for (only people if people) with the home's owner, a person,
// stated as governor gov's clause is.
func (m *matcher) visitAt(home, guest, gov int, people bool) (Match, bool) {
	owner := m.resolveAs(m.homeOf(home), false)
	guests := m.resolveAs(guest, false)
	if people && m.s.IsOrg != nil {
		guests = slices.DeleteFunc(guests, func(f Filler) bool { return m.s.IsOrg(f.Entity) }) // (a board is no guest)
	}
	if len(owner) != 1 || len(guests) == 0 || m.s.IsOrg != nil && m.s.IsOrg(owner[0].Entity) {
		return Match{}, false
	}
	actors := dedupe(append(guests, owner...))
	if len(actors) < 2 {
		return Match{}, false
	}
	ok, planned, _ := m.stated(gov, visitFrame)
	if !ok {
		return Match{}, false
	}
	return Match{Frame: visitFrame, Trigger: home, Slots: map[string][]Filler{Actors: actors}, RoleFirst: -1, RoleLast: -1, Governor: gov, Planned: planned}, true
}

// presentRoles are what someone is at an occasion they attend ("the
// guest of honour", "a speaker"; rules: presentRoles).
var presentRoles = rules.WordClass("presentRoles")

// visitOccasions are gatherings held at someone's home that bring the
// one who attends and the host together (rules: gatheringNouns).
var visitOccasions = rules.WordClass("gatheringNouns")

// travelVerbs take someone somewhere.
var travelVerbs = rules.WordClass("travelVerbs")

// ultimatumNouns are harms one is told to act or face.
var ultimatumNouns = rules.WordClass("ultimatumNouns")

// infinitive reports whether verb c is marked by "to" ("vowed on Monday
// to block …" with the complement read as an adverbial clause).
func (m *matcher) infinitive(c int) bool {
	for _, x := range m.children[c] {
		if m.toks[x].Rel == "mark" && m.lemma(x) == "to" {
			return true
		}
	}
	return false
}

// harmNouns name a harm one may demand for someone: "demanded his
// resignation", "called for the ouster of …".
var harmNouns = rules.WordClass("harmNouns")

// quitVerbs end someone's hold on a post: demanded of them, they are an
// attack ("called on Raman to resign").
var quitVerbs = rules.WordClass("quitVerbs")

// sufferingFrame is a speaker's own words foretelling what someone will
// suffer: a threat.
var sufferingFrame = &Frame{Type: "threaten", POS: "VERB", Name: "foretold-suffering/VERB", Conf: 0.5, Where: "frame.foretoldSuffering"}

// foretoldSuffering matches, in a speaker's own words, a main clause that
// says with "will" or "would" that someone named will suffer: "“Cedar
// Media will pay for this,” Nasser said", "“Ortega will regret this”".
func (m *matcher) foretoldSuffering(i int) (Match, bool) {
	if m.s.Speaker < 0 || m.toks[i].Head >= 0 || m.toks[i].UPOS != "VERB" || !m.suffers(i) || m.modal(i) == "" || m.negated(i) {
		return Match{}, false
	}
	tgt := m.resolve(m.entityChild(i, "nsubj"))
	if len(tgt) == 0 || tgt[0].Entity == m.s.Speaker {
		return Match{}, false
	}
	if ok, _, _ := m.stated(i, sufferingFrame); !ok {
		return Match{}, false
	}
	return Match{Frame: sufferingFrame, Trigger: i, Slots: map[string][]Filler{Source: {{Entity: m.s.Speaker, Tok: -1}}, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
}

// effortFrame is a campaign or a legal move to harm someone: an attack.
var effortFrame = &Frame{Type: "oppose", POS: "NOUN", Name: "effort-against/NOUN", Conf: 0.6, Where: "frame.effortAgainst"}

// effortNouns are undertakings whose infinitive says what they are for;
// undertakeVerbs lead, file or launch them (rules: effortNouns,
// undertakeVerbs).
var (
	effortNouns    = rules.WordClass("effortNouns")
	undertakeVerbs = rules.WordClass("undertakeVerbs")
	// effortHarms harm only as what such an undertaking is for ("a
	// campaign to recall the mayor"; not "would always recall her
	// kindness").
	effortHarms = rules.WordClass("effortHarms")
)

// effortAgainst matches an undertaking to harm someone, led, filed or
// launched by another: "led the campaign to oust Appiah", "filed a
// motion to disqualify Virtanen", "is leading the effort to recall the
// mayor", "Lemaire's bid to unseat her". The one harmed is the object of
// the infinitive of harm the noun governs; the attacker is the noun's
// possessor or the subject of the verb that governs it.
func (m *matcher) effortAgainst(i int) (Match, bool) {
	if m.toks[i].UPOS != "NOUN" || !effortNouns[m.lemma(i)] {
		return Match{}, false
	}
	g := m.toks[i].Head // the verb that leads, files or launches it
	if g >= 0 && (m.toks[g].UPOS != "VERB" || !undertakeVerbs[m.lemma(g)] || base(m.toks[i].Rel) != "obj" && base(m.toks[i].Rel) != "obl") {
		g = -1 // (not "opposed the effort to remove her")
	}
	act := -1
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "acl" && m.toks[c].UPOS == "VERB" && m.infinitive(c) {
			act = c
		}
	}
	if act < 0 && g >= 0 {
		// "led the campaign to oust Appiah" with the infinitive hung on
		// the verb as its purpose
		for _, c := range m.children[g] {
			if base(m.toks[c].Rel) == "advcl" && c > i && m.toks[c].UPOS == "VERB" && m.infinitive(c) {
				act = c
			}
		}
	}
	if act < 0 || !harmVerbs[m.lemma(act)] && !effortHarms[m.lemma(act)] || m.negated(act) {
		return Match{}, false
	}
	tgt := m.resolve(m.entityChild(act, "obj"))
	if len(tgt) == 0 {
		return Match{}, false
	}
	src := m.resolve(m.child(i, "nmod:poss"))
	if len(src) == 0 && g >= 0 {
		src = m.resolveAs(m.logicalSubj(g), false)
	}
	if len(src) == 0 || src[0].Entity == tgt[0].Entity {
		return Match{}, false
	}
	if ok, _, _ := m.stated(i, effortFrame); !ok {
		return Match{}, false
	}
	return Match{Frame: effortFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: m.toks[i].Head}, true
}

// demandedHarm matches a demand that someone be harmed or leave their
// post, which is an attack on them: "suggested Trump should be
// impeached", "demanded that Aydin be prosecuted", "called for Sorokina
// to be fired", "called on Raman to resign", "urged him to step down".
// The demand's clause may hang from the verb or, misread, from one of
// its obliques ("demanded on Friday that …" with the clause on "Friday").
// An attempt at the harm is one too ("tried to oust Mertz as chairman").
func (m *matcher) demandedHarm(i int) (Match, bool) {
	lemma := m.lemma(i)
	if !demandVerbs[lemma] && !sayVerbs[lemma] && !attemptVerbs[lemma] {
		return Match{}, false
	}
	if h := m.toks[i].Head; h >= 0 && m.toks[i].Rel == "xcomp" && threatVerbs[m.lemma(h)] {
		return Match{}, false // "threatened to call a meeting to remove Benning": the threat tells it
	}
	heads := []int{i}
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "obl" && m.s.Entity[c] < 0 {
			heads = append(heads, c)
		}
		// "demanded his resignation", "called for the resignation of
		// Njoroge", "the resignation of X was demanded by Y": a demand for a noun of harm, whose possessor or
		// of-phrase is the one harmed.
		// (not a naming verb's object: "called the investigation into
		// Ohlin a witch hunt" judges the inquiry)
		if r := base(m.toks[c].Rel); demandVerbs[lemma] && (r == "obj" && !nameVerbs[lemma] || r == "obl" && m.caseOf(c) == "for" || m.toks[c].Rel == "nsubj:pass") && harmNouns[m.lemma(c)] && !(nameVerbs[lemma] && m.child(i, "xcomp") >= 0) {
			tgt := m.resolve(m.child(c, "nmod:poss"))
			if x := m.marked(c, "of"); len(tgt) == 0 && x >= 0 && (m.s.Entity[x] >= 0 || m.toks[x].UPOS == "PRON" || m.holdsPeople(x) || heldNouns[m.lemma(x)]) {
				// (someone, or someone's people — "the removal of its
				// director, Lionel Trask", "of Trellis Capital's entire
				// board" — not someone's thing: "sought the suspension
				// of Ohlin's sentence" helps him)
				tgt = m.resolve(x)
			}
			if inquiryNouns[m.lemma(c)] {
				for _, x := range []int{m.marked(c, "of"), m.marked(c, "into"), m.marked(i, "into")} {
					// "called for a probe of Fisk's finances", "pressed
					// for an inquiry into his spending" (the into-phrase
					// hung on the verb): whose affairs are looked into
					if len(tgt) == 0 && x >= 0 {
						if tgt = m.resolve(x); len(tgt) == 0 && m.s.Entity[x] < 0 {
							tgt = m.resolve(m.entityChild(x, "nmod:poss"))
						}
					}
				}
			}
			src := m.resolveAs(m.logicalSubj(i), false)
			if ok, _, _ := m.stated(i, demandFrame); ok && len(tgt) > 0 && len(src) > 0 && tgt[0].Entity != src[0].Entity {
				return Match{Frame: demandFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
			}
		}
	}
	for _, h := range heads {
		for _, c := range m.children[h] {
			r := m.toks[c].Rel
			if b := base(r); b != "ccomp" && b != "xcomp" && b != "advcl" && r != "acl:relcl" || m.toks[c].UPOS != "VERB" {
				continue
			}
			if (base(r) == "advcl" || r == "acl:relcl") && !m.markedBy(c, "to") && !m.markedBy(c, "that") {
				continue // "called an election after Raman resigned"
			}
			// A legal action demanded against someone ("asked
			// prosecutors to bring charges against him", "urged the
			// board to file a complaint against Ash").
			if o := m.child(c, "obj"); demandVerbs[lemma] && m.infinitive(c) && o >= 0 && harmActNouns[m.lemma(o)] {
				against := m.marked(c, "against")
				if against < 0 {
					against = m.marked(o, "against")
				}
				tgt, src := m.resolve(against), m.resolveAs(m.logicalSubj(i), false)
				if ok, _, _ := m.stated(i, demandFrame); ok && !m.negated(c) && len(tgt) > 0 && len(src) > 0 && tgt[0].Entity != src[0].Entity {
					return Match{Frame: demandFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
				}
			}
			// A harm demanded in the passive ("called for Sorokina to be
			// fired"), or done by another to an object ("called on the
			// university to fire Ash", "demanded that the board fire
			// Ash").
			// (or tried by the subject: "tried to oust Mertz as chair")
			asked := demandVerbs[lemma] || attemptVerbs[lemma] && base(r) == "xcomp"
			harm := harmVerbs[m.lemma(c)] && (m.passive(c) || asked && (m.infinitive(c) || m.subjunctive(c, r)) && (m.entityChild(c, "obj") >= 0 || m.whetherSubject(c) >= 0))
			quit := quitVerbs[m.lemma(c)] && demandVerbs[lemma]
			if quit && m.lemma(c) == "step" {
				prt := m.child(c, "compound:prt", "advmod")
				if prt < 0 && c+1 < len(m.toks) {
					prt = c + 1 // (the particle hung elsewhere: "step down.")
				}
				quit = prt >= 0 && (m.lemma(prt) == "down" || m.lemma(prt) == "aside")
			}
			if !harm && !quit || !asked && (base(r) != "ccomp" || !deontic(m, c)) {
				// (a verb of saying demands only what "should" or
				// "must" be: "said Cruz should be fired", not "announced
				// that Cruz had been fired", which tells it done)
				continue
			}
			if ok, _, _ := m.stated(i, demandFrame); !ok || m.negated(c) {
				return Match{}, false
			}
			// Who is to be harmed: the clause's subject, else the one the
			// demand is made of ("called on Raman", "urged Raman").
			var tgt []Filler
			if harm {
				tgt = m.resolve(m.logicalObj(c))
				if len(tgt) == 0 {
					tgt = m.resolve(m.whetherSubject(c)) // "to investigate whether Koury broke …"
				}
			} else if s := m.entityChildOnly(c, "nsubj"); s >= 0 {
				tgt = m.resolve(s)
			}
			for _, p := range []string{"for", "on", "obj"} {
				if len(tgt) > 0 {
					break
				}
				if p == "obj" {
					tgt = m.resolve(m.entityChildOnly(i, "obj", "iobj"))
				} else {
					tgt = m.resolve(m.marked(i, p))
				}
			}
			src := m.resolveAs(m.logicalSubj(i), false)
			if len(tgt) == 0 || len(src) == 0 || tgt[0].Entity == src[0].Entity {
				return Match{}, false
			}
			return Match{Frame: demandFrame, Trigger: i, Slots: map[string][]Filler{Source: src, Target: tgt}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
		}
	}
	return Match{}, false
}

// holdsPeople reports whether noun x names a person by role or kind
// ("its director") or a body of people ("the board", "its leadership").
func (m *matcher) holdsPeople(x int) bool {
	l := m.lemma(x)
	return m.toks[x].UPOS == "NOUN" && (m.s.RoleWord != nil && m.s.RoleWord(l) || rules.PersonNoun(l) || staffNouns[l])
}

// staffNouns name a body of people that governs or works for someone.
var staffNouns = rules.WordClass("staffNouns")

// inquiryNouns look into someone's affairs: the one named in their of- or
// into-phrase, or that phrase's possessor, is looked into.
var inquiryNouns = rules.WordClass("inquiryNouns")

// whetherSubject returns the named subject of a whether-clause verb c
// governs ("investigate whether Koury had failed to disclose …": the one
// looked into), or the subject's possessor ("whether Koury's donations
// broke …": whose affairs are looked into), or -1.
func (m *matcher) whetherSubject(c int) int {
	for _, w := range m.children[c] {
		if r := base(m.toks[w].Rel); r != "ccomp" && (r != "obj" || m.toks[w].UPOS != "VERB") {
			continue // (a clause the parser read as an object is one too)
		}
		if mk := m.child(w, "mark"); mk >= 0 && (m.lemma(mk) == "whether" || m.lemma(mk) == "if") {
			if sb := m.entityChild(w, "nsubj"); sb >= 0 {
				return sb
			}
			if sb := m.child(w, "nsubj"); sb >= 0 && m.toks[sb].UPOS == "NOUN" {
				if ps := m.entityChild(sb, "nmod:poss"); ps >= 0 {
					return ps
				}
			}
		}
	}
	return -1
}

// Reported evaluations: "Vance said Musk was making a huge mistake",
// "Navarro called Musk a moron", "Trump described Musk as incredible".
var (
	supportEval = &Frame{Type: "support", POS: "VERB", Name: "said-praise/VERB", Conf: 0.6, Where: "frame.evaluation"}
	opposeEval  = &Frame{Type: "oppose", POS: "VERB", Name: "said-attack/VERB", Conf: 0.6, Where: "frame.evaluation"}
	// sayVerbs report a judgement in a clause; nameVerbs give one as a
	// predicate of their object.
	sayVerbs  = rules.WordClass("sayVerbs")
	nameVerbs = rules.WordClass("nameVerbs")
	// ownWork are things someone makes or puts forward, whose judging
	// judges them ("her plan", "his claims").
	ownWork = rules.WordClass("ownWorkNouns")
)

// JudgementVerb reports whether lemma can report or give a judgement
// ("say", "call"), so that a sentence with one and a word of praise or
// attack may state a reported evaluation.
func JudgementVerb(lemma string) bool { return sayVerbs[lemma] || nameVerbs[lemma] || lemma == "refer" }

// DemandVerb reports whether lemma demands what its that-clause or
// infinitive states ("demanded that Burke resign", "urged the board to
// fire him").
func DemandVerb(lemma string) bool { return demandVerbs[lemma] }

// HarmVerb reports whether a verb lemma names a harm that, promised or
// demanded, is a threat or an attack ("vowed to strip", "be fired").
func HarmVerb(lemma string) bool {
	return harmVerbs[lemma] || quitVerbs[lemma]
}

// AuthorityNoun reports whether a noun lemma names those one reports or
// refers someone to ("prosecutors", "the ethics board"), so that a
// sentence with "report" or "refer" and one may state a complaint.
func AuthorityNoun(lemma string) bool { return authorityNouns[lemma] }

// DemandedHarm reports whether a noun lemma names a harm one may demand
// for someone ("his resignation", "the prosecution of …").
func DemandedHarm(lemma string) bool { return harmNouns[lemma] }

// ownDoing reports whether t names a doing of someone unnamed, one the
// one told may yet do: a verb ("voting against the bill") or a noun
// with "any", "another", "such" or "one more" ("any defection").
func (m *matcher) ownDoing(t int) bool {
	if m.toks[t].UPOS == "VERB" {
		return true
	}
	if m.toks[t].UPOS != "NOUN" || m.child(t, "nmod:poss") >= 0 {
		return false
	}
	for _, c := range m.children[t] {
		switch m.lemma(c) {
		case "any", "another", "such", "more":
			return true
		}
	}
	return false
}

// LossOfHeld reports whether a verb lemma and a noun lemma can tell the
// loss of what one holds ("would cost him his seat", "will lose her
// committee post"), which, foretold to its holder, threatens them.
func LossOfHeld(verb, noun string) bool { return lossVerbs[verb] && heldNouns[noun] }

// HarmNoun reports whether a noun lemma names an act of harm one may do
// or promise ("legal action", "a lawsuit", "a strike").
func HarmNoun(lemma string) bool { return harmActNouns[lemma] }

// conduct tells whether adverb k, the manner of the judged clause's own
// doing (its verb pred, or one coordinated with it, among the judged
// words preds; not a passive), praises (+1) or faults (-1) how it was
// done: a word of conduct ("had acted properly", "handled it badly";
// rules: conductPraise, conductFault), "better" or "worse" than another
// ("handled the crisis better than I would have"), or "right" or "wrong"
// after a verb of doing ("did everything right", "got it wrong"); else
// 0. (Not every adverb of a judging adjective: "honestly believed",
// "greatly expanded", "effectively ended" judge nothing.)
func (m *matcher) conduct(k, pred int, preds []int) int {
	h := m.toks[k].Head
	if m.toks[k].UPOS != "ADV" && m.toks[k].UPOS != "ADJ" || h < 0 || m.toks[h].UPOS != "VERB" || !slices.Contains(preds, h) || base(m.toks[k].Rel) != "advmod" && base(m.toks[k].Rel) != "xcomp" {
		return 0
	}
	if h != pred && !(m.toks[h].Rel == "conj" && m.toks[h].Head == pred) {
		return 0 // (the judged one's own doing, not one told inside it: "had accused Petrak of acting illegally")
	}
	if m.passive(h) || m.toks[h].XPOS == "VBN" && slices.ContainsFunc(m.children[h], func(c int) bool { return m.lemma(c) == "be" }) {
		return 0 // (what befell them: "had been badly injured")
	}
	if m.negated(h) || m.modal(h) != "" || strings.EqualFold(m.auxForm(h), "would") {
		return 0 // ("should act responsibly", "would properly report": what is asked or promised, not done)
	}
	if mk := m.child(h, "mark"); mk >= 0 && (m.lemma(mk) == "whether" || m.lemma(mk) == "if") {
		return 0 // ("to examine whether she had properly reported …": a question)
	}
	if g := m.toks[h].Head; g >= 0 && base(m.toks[h].Rel) == "xcomp" && (failVerbs[m.lemma(g)] || m.negated(g)) {
		return 0 // ("had failed to properly report": the fault is the failing's)
	}
	w := strings.ToLower(m.toks[k].Form)
	switch {
	case conductPraise[w]:
		return 1
	case conductFault[w]:
		return -1
	case w == "better" || w == "worse":
		if k+1 < len(m.toks) && m.lemma(k+1) == "than" {
			if w == "better" {
				return 1
			}
			return -1
		}
		return 0
	case w == "right" || w == "wrong":
		if k+1 < len(m.toks) && rightBefore[m.lemma(k+1)] || m.lemma(h) != "do" && m.lemma(h) != "get" && m.lemma(h) != "handle" {
			return 0 // ("got right to work", "did it right after the vote", "had turned right")
		}
		if w == "right" {
			return 1
		}
		return -1
	}
	return 0
}

// ConductWord reports whether word w (lower case) may judge how someone
// did what they did (see conduct), so that a sentence with one and a
// verb that reports a judgement may state an evaluation.
func ConductWord(w string) bool {
	switch w {
	case "better", "worse", "right", "wrong":
		return true
	}
	return conductPraise[w] || conductFault[w]
}

// conductPraise and conductFault are adverbs that judge how someone did
// what they did (rules: conductPraise, conductFault).
var conductPraise, conductFault = rules.WordClass("conductPraise"), rules.WordClass("conductFault")

// rightBefore may follow "right" that says where or when, not how well
// ("right now", "right after the vote") (rules: rightBefore).
var rightBefore = rules.WordClass("rightBefore")

// failVerbs leave undone what their infinitive says ("failed to properly
// report") (rules: failVerbs).
var failVerbs = rules.WordClass("failVerbs")

// evaluation matches a speech verb whose clause judges someone, or a
// naming verb whose predicate does: the speaker praises or attacks the
// one judged.
func (m *matcher) evaluation(i int) (Match, bool) {
	if m.s.Stance == nil || m.toks[i].UPOS != "VERB" {
		return Match{}, false
	}
	lemma := m.lemma(i)
	var judged, pred int = -1, -1
	switch {
	case sayVerbs[lemma]:
		c := m.child(i, "ccomp")
		if c < 0 {
			return Match{}, false
		}
		judged, pred = m.logicalSubj(c), c
		if sp := m.child(c, "nsubj:pass"); judged < 0 && sp >= 0 && m.toks[c].XPOS == "VBN" && m.child(c, "obl:agent") < 0 && m.sameParty(sp, m.logicalSubj(i)) && !m.negated(c) {
			// "said she was deeply disappointed in Okafor", read as a
			// passive: the speaker's own feeling, of whom its phrase
			// speaks (another's is their own stance, not the speaker's).
			judged = sp
		}
		if m.toks[c].UPOS == "VERB" && m.toks[c].XPOS != "VBN" && m.child(c, "cop") < 0 && m.child(c, "aux") < 0 && rules.Stance(strings.ToLower(m.toks[c].Form)) == 0 && !m.scornfulSimile(c) {
			// "said Musk sells cars": an action, not a judgement (but
			// "said Diallo deserves a second term" judges by its verb).
			judged = -1
		}
		if m.toks[c].UPOS == "VERB" && m.child(c, "obj") >= 0 && m.lex != nil && m.lex.HasType(m.lemma(c), "support", "VERB") {
			// "said Kessler had praised her plan": his praise of another,
			// which its own frame tells, not the speaker's of him.
			judged = -1
		}
		if m.toks[c].UPOS == "ADJ" && m.lex != nil && (m.lex.HasType(m.lemma(c), "support", "ADJ") || m.lex.HasType(m.lemma(c), "oppose", "ADJ")) && !m.sameParty(m.logicalSubj(c), m.logicalSubj(i)) {
			// "said the company was grateful to Ruiz", "said Vale was
			// critical of the plan": the subject's own stance, which the
			// adjective's frame tells, not the speaker's of the subject
			// (but "said he was optimistic about working with Ruiz" is
			// the speaker's, of the one the predicate names).
			judged = -1
		}
	case nameVerbs[lemma]:
		judged = m.logicalObj(i)
		pred = m.child(i, "xcomp")
		if pred >= 0 && judged > pred && m.s.Entity[pred] >= 0 && m.s.Entity[judged] < 0 {
			// "called Sharma “the most dishonest man …”" read with the
			// name the predicate and the phrase the object.
			judged, pred = pred, judged
		}
		if pred < 0 {
			pred = m.marked(i, "as")
		}
		if pred < 0 && (lemma == "compare" || lemma == "liken") {
			pred = m.marked(i, "to") // "likened Park to a petty tyrant"
		}
		if c := m.labelOblique(i); pred < 0 && judged >= 0 && c > judged && m.s.Entity[c] < 0 && !m.onlyTime(c) && (m.s.Entity[judged] >= 0 || ownWork[m.lemma(judged)] || m.entityChild(judged, "appos") >= 0) {
			// "called Park's claims “baseless”" read as a bare oblique
			// (of someone, named or described and named, or their work,
			// not "called her exit “great news”")
			pred = c
		}
		if pred < 0 {
			pred = m.predicateObj(i)
		}
	case lemma == "refer":
		// "referred to Mellon as “a great American citizen”".
		judged, pred = m.marked(i, "to"), m.marked(i, "as")
	default:
		return Match{}, false
	}
	var predToks []int
	if pred >= 0 {
		predToks = m.subtree(pred)
		// Not a clause joined to it with its own subject: "saying Varga
		// had “broken every promise” and that the club “deserves
		// better”" judges the club there, not Varga.
		for _, c := range m.children[pred] {
			if m.toks[c].Rel == "conj" && m.child(c, "nsubj", "nsubj:pass") >= 0 {
				other := m.subtree(c)
				predToks = slices.DeleteFunc(predToks, func(k int) bool { return slices.Contains(other, k) })
			}
		}
	} else if judged >= 0 && nameVerbs[lemma] {
		// "portrayed Voss as disgruntled and reckless" with the
		// as-phrase misparsed: the words after "as", to the clause's end.
		if k := judged + 1; k < len(m.toks) && m.lemma(k) == "as" {
			for k++; k < len(m.toks) && m.toks[k].UPOS != "PUNCT" && m.toks[k].UPOS != "VERB"; k++ {
				predToks = append(predToks, k)
			}
		}
	}
	if judged < 0 || len(predToks) == 0 {
		return Match{}, false
	}
	who := m.resolveAs(judged, false)
	if len(who) == 0 && sayVerbs[lemma] && tenureNouns[m.lemma(judged)] && pred == m.toks[judged].Head {
		// "said the Tobin administration was reckless": an office
		// judged judges its holder.
		who = m.resolveAs(judged, true)
	}
	if len(who) == 0 && nameVerbs[lemma] {
		// "called her tenure “an embarrassment”": what someone did or
		// holds, judged, judges them.
		who = m.resolveAs(judged, true)
	}
	// "called the lawsuit baseless", "said the claims were without
	// merit": an act named by "the" and a noun, whose author the event
	// stage finds among what the article told before (an empty target).
	act := len(who) == 0 && m.toks[judged].UPOS == "NOUN" && m.s.Entity[judged] < 0 && Definite(m.toks, judged)
	src := m.resolveAs(m.logicalSubj(i), false)
	if len(who) == 1 && len(src) == 1 && who[0].Entity == src[0].Entity {
		// "he was disappointed with Musk", "she was proud of Raman": the
		// speaker judges the one the predicate names.
		who = nil
		for _, p := range []string{"with", "in", "of", "by", "about"} {
			if pred < 0 {
				break
			}
			if mk := m.marked(pred, p); mk >= 0 && (harmNouns[m.lemma(mk)] || misfortuneNouns[m.lemma(mk)]) {
				break // "delighted by Crane's resignation": glad of her fall
			}
			if x := m.resolve(m.marked(pred, p)); len(x) > 0 {
				who = x
				break
			}
		}
	}
	if len(who) == 0 && !act {
		return Match{}, false
	}
	score := 0
	for _, k := range predToks {
		if k == judged || m.s.Entity[k] >= 0 {
			continue
		}
		if m.toks[k].Rel == "compound" && m.toks[k].UPOS == "NOUN" {
			continue // a noun naming a kind of thing: "a trust fund with a ring light"
		}
		if h := m.toks[k].Head; h >= 0 && m.s.RoleWord != nil && m.s.RoleWord(strings.ToLower(m.toks[h].Lemma)) && m.caseOf(k) == "of" && m.child(k, "amod") < 0 && !m.indefinite(h) {
			// the field of a post: "its vice-president of product
			// integrity" (not a quality: "a senator of uncommon courage",
			// "a model of integrity")
			continue
		}
		st := m.s.Stance(strings.ToLower(m.toks[k].Form))
		if st == 0 {
			st = m.conduct(k, pred, predToks)
		}
		if st > 0 && m.lost(k) {
			score-- // "had lost the trust of the people"
			continue
		}
		if h := m.toks[k].Head; st > 0 && h >= 0 && m.toks[h].UPOS == "VERB" && slices.Contains(predToks, h) && m.s.Stance(strings.ToLower(m.toks[h].Form)) < 0 {
			continue // what an attack harms: "had undermined public confidence"
		}
		if st != 0 && k+1 < len(m.toks) && strings.EqualFold(m.toks[k].Form, "effective") && (m.toks[k+1].UPOS == "ADV" || m.toks[k+1].UPOS == "PROPN" || m.toks[k+1].UPOS == "NUM" || m.toks[k+1].UPOS == "ADP") {
			// "resigned, effective immediately", "effective March 1",
			// "effective from Monday": when, not how well.
			st = 0
		}
		if st != 0 && k > 0 && rules.StanceFlip(strings.ToLower(m.toks[k-1].Form)) {
			// "had done nothing wrong": a defense ("was not
			// honest" says neither).
			st = max(-st, 0)
		} else if m.negated(k) {
			return Match{}, false
		}
		score += st
	}
	if score == 0 && sayVerbs[lemma] && m.scornfulSimile(pred) {
		score = -1 // "said Parcelon treats its workers like spare parts"
	}
	f := supportEval
	switch {
	case score < 0:
		f = opposeEval
	case score == 0:
		return Match{}, false
	}
	ok, planned, _ := m.stated(i, f)
	if !ok {
		return Match{}, false
	}
	if len(src) == 0 {
		return Match{}, false
	}
	return Match{Frame: f, Trigger: i, Slots: map[string][]Filler{Source: src, Target: who}, RoleFirst: -1, RoleLast: -1, Planned: planned, Governor: -1}, true
}

// labelOblique returns the label naming verb i gives its object that
// the parser hung on the verb as a bare oblique ("called Park's claims
// “baseless”"), or, in quotation marks, as a clause or loose dependent
// ("called the owner, Conti, “a liar”" with the apposition misread), or
// -1.
func (m *matcher) labelOblique(i int) int {
	if c := m.child(i, "obl:unmarked"); c >= 0 {
		return c
	}
	for _, c := range m.children[i] {
		if r := base(m.toks[c].Rel); r != "advcl" && r != "dep" && r != "parataxis" || m.toks[c].UPOS != "NOUN" && m.toks[c].UPOS != "ADJ" {
			continue
		}
		sub := m.subtree(c)
		slices.Sort(sub)
		for _, k := range sub {
			if isOpenQuote(m.toks[k].Form) {
				return c
			}
			if m.toks[k].Form != "," {
				break // (a comma before the quotation may hang on it)
			}
		}
	}
	return -1
}

// scornfulSimile reports whether verb c says its subject treats
// something like what it is not: "treat", active and not negated, with a
// like-phrase (or an as-if clause) whose noun is no word of regard
// ("treats its workers like spare parts"; not "treats them like family").
func (m *matcher) scornfulSimile(c int) bool {
	if c < 0 || m.lemma(c) != "treat" || m.toks[c].UPOS != "VERB" || m.child(c, "aux:pass", "nsubj:pass") >= 0 || m.negated(c) {
		return false
	}
	like := m.marked(c, "like")
	if o := m.child(c, "obj"); like < 0 && o >= 0 {
		like = m.marked(o, "like") // (the phrase hung on the object)
	}
	if like < 0 {
		for _, k := range m.children[c] {
			if base(m.toks[k].Rel) == "advcl" && m.markedBy(k, "as") && (m.markedBy(k, "if") || m.markedBy(k, "though")) {
				return true // "treats the state as if it were his"
			}
		}
		return false
	}
	if m.toks[like].XPOS != "NNS" && m.child(like, "det") < 0 && m.child(like, "nmod:poss") < 0 {
		return false // "treats diseases like malaria": such as
	}
	return !regardKinds[m.lemma(like)]
}

// tenureNouns are a holder's time in office, whose judging judges the
// holder ("the Tobin administration", "his tenure"; rules: tenureNouns).
var tenureNouns = rules.WordClass("tenureNouns")

// regardKinds are what treating someone like honours them ("like
// family"; rules: regardKinds).
var regardKinds = rules.WordClass("regardKinds")

// lost reports whether noun k is what a verb of losing or lacking, not
// negated, takes as its object ("lost the trust of the people", "lacks
// the courage").
func (m *matcher) lost(k int) bool {
	h := m.toks[k].Head
	return h >= 0 && base(m.toks[k].Rel) == "obj" && m.toks[h].UPOS == "VERB" && lackVerbs[m.lemma(h)] && !m.negated(h)
}

// lackVerbs lose or lack what their object names (rules: lackVerbs).
var lackVerbs = rules.WordClass("lackVerbs")

// misfortuneNouns name someone's fall, which one may be glad of without
// praising them (rules: misfortuneNouns).
var misfortuneNouns = rules.WordClass("misfortuneNouns")

// restoredFrame is a relation said to be restored or a conflict said to
// be over.
var restoredFrame = &Frame{Type: "reconcile", POS: "ADJ", Name: "relation-restored/ADJ", Conf: 0.6, Where: "frame.restoredState"}

// restoredState matches a state that says two parties have mended their
// relation: "A and B are back on speaking terms", "A is back on good
// terms with B", "the two are friends again", "the feud between A and B
// is over", "declared their feud over". The parties are the state's
// subject with its with-phrase, or the conflict's between-, with- and
// possessor phrases.
func (m *matcher) restoredState(i int) (Match, bool) {
	t := m.toks[i]
	var parties []int
	var pair []Filler
	switch l := m.lemma(i); {
	case l == "back" && t.UPOS == "ADV":
		terms := -1
		for _, c := range m.children[i] {
			if m.lemma(c) == "term" || (m.lemma(c) == "speak" || m.lemma(c) == "speaking") && m.child(c, "obj") >= 0 && m.lemma(m.child(c, "obj")) == "term" {
				terms = c
			}
		}
		if terms < 0 {
			return Match{}, false
		}
		parties = append(parties, m.logicalSubj(i), m.marked(i, "with"), m.marked(terms, "with"))
	case healVerbs[l] && t.UPOS == "VERB":
		// "The rift between Ishida and Mori has healed", "their feud
		// has ended": a conflict that is over.
		s := m.child(i, "nsubj")
		if s < 0 || !conflictNouns[m.lemma(s)] || m.negated(i) {
			return Match{}, false
		}
		parties = append(parties, m.marked(s, "between"), m.marked(s, "with"), m.child(s, "nmod:poss"))
		if d := m.child(s, "det"); d >= 0 && m.lemma(d) == "the" && m.marked(s, "between") < 0 && m.marked(s, "with") < 0 && len(m.s.Pair) == 2 {
			// "… were not on speaking terms. The archbishop now says the
			// rift has healed": the rift of the two spoken of before.
			pair = m.pairFillers(s)
		}
	case l == "term" && t.UPOS == "NOUN" && m.child(i, "cop") >= 0:
		// "A and B are back on speaking terms", "… are now on good terms
		// again" with the terms the predicate.
		back := false
		for _, c := range m.children[i] {
			back = back || base(m.toks[c].Rel) == "advmod" && (m.lemma(c) == "back" || m.lemma(c) == "again")
		}
		back = back || i+1 < len(m.toks) && m.lemma(i+1) == "again" // (hung elsewhere by the parser)
		if !back {
			return Match{}, false
		}
		subj := m.child(i, "nsubj")
		if subj < 0 {
			subj = m.logicalSubj(i) // (a predicate coordinated with one that has it)
		}
		parties = append(parties, subj, m.marked(i, "with"))
	case bondNouns[l] && t.UPOS == "NOUN" && m.child(i, "cop") >= 0:
		// "A and B are friends again", "allies again".
		if a := m.child(i, "advmod"); a < 0 || m.lemma(a) != "again" || m.negated(i) {
			return Match{}, false
		}
		parties = append(parties, m.child(i, "nsubj"), m.marked(i, "with"))
	case mendVerbs[l] && t.UPOS == "VERB" && m.passive(i):
		// "Their friendship was mended in 2024", "ties between A and B
		// were restored": a bond repaired, its parties the bond's.
		s := m.child(i, "nsubj:pass")
		if s < 0 || !relationNouns[m.lemma(s)] && !bondWords[m.lemma(s)] || m.negated(i) {
			return Match{}, false
		}
		parties = append(parties, m.marked(s, "between"), m.marked(s, "with"), m.child(s, "nmod:poss"))
	case improveVerbs[l] && t.UPOS == "VERB":
		// "Relations between A and B have thawed", "Tempers have cooled
		// between A and B", "ties with B have improved".
		s := m.child(i, "nsubj")
		if s < 0 || !relationNouns[m.lemma(s)] || m.negated(i) {
			return Match{}, false
		}
		if l == "cool" && m.lemma(s) != "temper" && m.lemma(s) != "tension" {
			return Match{}, false // relations that cooled grew worse
		}
		parties = append(parties, m.marked(s, "between"), m.marked(i, "between"), m.marked(s, "with"), m.child(s, "nmod:poss"))
	case l == "over" && (m.child(i, "cop") >= 0 || (base(t.Rel) == "xcomp" || t.Rel == "advmod") && t.Head >= 0 && declareVerbs[m.lemma(t.Head)]):
		// "the feud … is over"; "declared their feud over" (the feud the
		// declaring verb's object).
		conflict := m.child(i, "nsubj")
		if conflict < 0 && t.Head >= 0 && declareVerbs[m.lemma(t.Head)] {
			conflict = m.child(t.Head, "obj")
		}
		if conflict < 0 || !conflictNouns[m.lemma(conflict)] {
			return Match{}, false
		}
		parties = append(parties, m.child(conflict, "nmod:poss"), m.marked(conflict, "between"), m.marked(conflict, "with"))
		if d := m.child(conflict, "det"); d >= 0 && m.lemma(d) == "the" && len(parties) > 0 && m.marked(conflict, "between") < 0 && m.marked(conflict, "with") < 0 && len(m.s.Pair) == 2 {
			pair = m.pairFillers(conflict) // "… feuded for years. By May, the feud was over."
		}
		if t.Head >= 0 && declareVerbs[m.lemma(t.Head)] {
			parties = append(parties, m.logicalSubj(t.Head))
		}
		if h := t.Head; h >= 0 && base(t.Rel) == "ccomp" && (sayVerbs[m.lemma(h)] || declareVerbs[m.lemma(h)]) {
			// "the two announced on Sunday that the rift was over": those
			// who say it is over are its parties.
			parties = append(parties, m.logicalSubj(h))
		}
	default:
		return Match{}, false
	}
	actors := pair
	for _, p := range parties {
		for _, f := range m.resolveAs(p, false) {
			if !slices.ContainsFunc(actors, func(a Filler) bool { return a.Entity == f.Entity }) {
				actors = append(actors, f)
			}
		}
	}
	if len(actors) < 2 {
		return Match{}, false
	}
	if ok, _, _ := m.stated(i, restoredFrame); !ok {
		return Match{}, false
	}
	return Match{Frame: restoredFrame, Trigger: i, Slots: map[string][]Filler{Actors: actors}, RoleFirst: -1, RoleLast: -1, Governor: -1}, true
}

// mendVerbs repair a bond; bondWords name one that may be repaired
// (rules: mendVerbs, bondWords).
var (
	mendVerbs = rules.WordClass("mendVerbs")
	bondWords = rules.WordClass("bondWords")
)

// ConflictNoun reports whether a noun lemma names a conflict ("rift",
// "feud").
func ConflictNoun(lemma string) bool { return conflictNouns[lemma] }

// RestoredWord reports whether a noun lemma may tell a restored relation
// in a state the frames do not trigger on ("the rift … is over", "back
// on good terms").
func RestoredWord(lemma string) bool {
	return conflictNouns[lemma] || relationNouns[lemma] || bondNouns[lemma] || lemma == "term"
}

// bondNouns name a bond that, said to hold again, is restored.
var bondNouns = rules.WordClass("bondNouns")

// healVerbs tell a conflict is over ("the rift has healed").
var healVerbs = rules.WordClass("healVerbs")

// improveVerbs tell a relation got better (or a tension less).
var improveVerbs = rules.WordClass("improveVerbs")

// relationNouns name a relation or the strain in it.
var relationNouns = rules.WordClass("relationNouns")

// declareVerbs declare a state of their object ("declared their feud
// over").
var declareVerbs = rules.WordClass("declareVerbs")

// conflictNouns name a conflict between parties.
var conflictNouns = rules.WordClass("conflictNouns")

// togetherFrame is a doing of parties together.
var togetherFrame = &Frame{Type: "meet", POS: "VERB", Name: "together/VERB", Conf: 0.5, Where: "frame.together"}

// together matches a doing that names its parties' being together:
// "A and B played eighteen holes together", "A and B had coffee
// together on Monday", "took questions side by side" — the coordinated
// subject, with the verb's
// with-phrase. Working, voting or standing together is no meeting.
func (m *matcher) together(i int) (Match, bool) {
	if m.toks[i].UPOS != "VERB" || notTogether[m.lemma(i)] {
		return Match{}, false
	}
	tg := -1
	for _, c := range m.children[i] {
		if m.lemma(c) == "together" && (m.toks[c].UPOS == "ADV" || m.toks[c].Rel == "advmod") || m.sideBySide(c) {
			tg = c
		}
	}
	if tg < 0 {
		return Match{}, false
	}
	var actors []Filler
	for _, p := range []int{m.logicalSubj(i), m.marked(i, "with")} {
		for _, f := range m.resolveAs(p, false) {
			if !slices.ContainsFunc(actors, func(a Filler) bool { return a.Entity == f.Entity }) {
				actors = append(actors, f)
			}
		}
	}
	if len(actors) < 2 {
		return Match{}, false
	}
	ok, planned, _ := m.stated(i, togetherFrame)
	if !ok {
		return Match{}, false
	}
	return Match{Frame: togetherFrame, Trigger: i, Slots: map[string][]Filler{Actors: actors}, RoleFirst: -1, RoleLast: -1, Governor: -1, Planned: planned}, true
}

// sideBySide reports whether token c heads "side by side", which says
// "together".
func (m *matcher) sideBySide(c int) bool {
	return m.lemma(c) == "side" && c+2 < len(m.toks) && m.toks[c+1].Form == "by" && m.lemma(c+2) == "side"
}

// notTogether are doings together that are no meeting.
var notTogether = rules.WordClass("notTogether")

// indefinite reports whether noun n has "a" or "an" for its determiner.
func (m *matcher) indefinite(n int) bool {
	d := m.child(n, "det")
	return d >= 0 && (strings.EqualFold(m.toks[d].Form, "a") || strings.EqualFold(m.toks[d].Form, "an"))
}
