package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/quotes"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// DefaultFrames returns the embedded event frames (frame.Default).
// The lexicon is shared: merge others into a new one (frame.Lexicon.Merge)
// rather than change it.
func DefaultFrames() *frame.Lexicon { return frame.Default() }

// parsed is one sentence's syntax: its words, tagged and (when a frame
// may fire in it) parsed.
type parsed struct {
	toks   []syntax.Token
	parsed bool
}

// analyse tags sentence si when it names two parties, and parses it when
// it also holds a trigger word, a sum of money, a judgement with a verb
// that reports it, a role with "be", or a verb of harm: a sentence without them cannot
// state an event, and tagging and parsing are the costly stages. Each name
// is given to the tagger and parser as one proper noun.
func (d *stage) analyse(si int) *parsed {
	if d.syntax == nil {
		d.syntax = make([]*parsed, len(d.Sentences))
	}
	if p := d.syntax[si]; p != nil {
		return p
	}
	p := &parsed{}
	d.syntax[si] = p
	if n := d.mentionsIn(si); n < 2 && !(d.groupWordIn(si) && len(d.pairBefore(si)) >= 2) && !d.holderIn(si) && !d.postNamedIn(si) && !d.retortIn(si) && !(n == 1 && d.itOfOwner(si)) {
		return p
	}
	d.parseSpan(si, d.afterDateline(si), d.Sentences[si].End, p)
	return p
}

// parseSpan tags and parses the bytes [lo, hi) of sentence si into p —
// the whole sentence, or a quotation in it — when they may state an
// event (see analyse); a whole sentence's long quotations are one word.
func (d *stage) parseSpan(si, lo, hi int, p *parsed) {
	p.toks = syntax.Tokenize(d.Text, lo, hi)
	if len(p.toks) == 0 || len(p.toks) > 150 {
		return
	}
	d.mergeHyphenTriggers(p)
	if lo == d.afterDateline(si) && hi == d.Sentences[si].End {
		d.collapseQuotes(si, p)
	}
	names := d.mergeNames(si, p)
	p.toks, names = d.dropOrgDescriptions(si, p.toks, names)
	p.toks, names = dropShortQuoteMarks(p.toks, names)
	commasOutsideQuotes(p.toks, names)
	p.toks, names = dropFloatingQuantifiers(p.toks, names)
	// The tagger and parser see a merged name as its last word, a single
	// proper noun like those they learned from ("Keane", "Bancorp").
	for _, i := range names {
		t := &p.toks[i]
		if k := strings.LastIndexAny(t.Form, " \u00a0"); k >= 0 {
			t.Form = t.Form[k+1:]
		}
	}
	model := syntax.Default()
	model.TagNames(p.toks, names)
	d.repairInfinitives(p.toks)
	d.repairSubjunctives(model, p.toks)
	d.repairLightNouns(p.toks)
	repairLowerPropers(p.toks)
	repairActingRoles(p.toks)
	d.repairParticiples(model, p.toks)
	repairRoleNouns(model, p.toks)
	p.toks, names = d.absorbDescriptions(model, p.toks, names)
	for _, i := range names {
		if r, _ := utf8.DecodeRuneInString(d.Text[p.toks[i].Start:]); i > 0 && unicode.IsLower(r) && strings.EqualFold(p.toks[i-1].Form, "her") {
			// "called her former protégé Jonas Eriksen …": the name holds
			// its description, which "her" owns.
			p.toks[i-1].XPOS, p.toks[i-1].Lemma = "PRP$", "her"
		}
	}
	p.toks, names = d.dropAmountHedges(si, p.toks, names)
	repairPossessiveHer(p.toks)
	isName := make([]bool, len(p.toks))
	for _, i := range names {
		t := &p.toks[i]
		t.UPOS, t.XPOS, t.Lemma = "PROPN", "NNP", t.Form
		isName[i] = true
	}
	d.repairVerbAfterName(p.toks, isName)
	// Keep a description that names someone (a description or pronoun
	// mention too: "a donor to the governor") or can state an event.
	keep := func(t syntax.Token) bool {
		if t.UPOS == "NOUN" && d.frames.Triggers(t) {
			return true // "a donor to …", "a critic of …"
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if m := d.Mentions[mi]; m.Entity >= 0 && t.Start < m.End && t.End > m.Start && d.Entities[m.Entity].Type != doc.Place {
				if d.restatesName(mi) {
					// "Nguyen, the shipping magnate, lunched …": an
					// apposition naming the name before it says no more.
					continue
				}
				return true // (a place in a description leaves with it: "a Naples contractor")
			}
		}
		return false
	}
	// A place in a description leaves with it ("Callum Fraser, a surgeon
	// from Glasgow, contributed …").
	for i, t := range p.toks {
		if isName[i] && d.placeSpan(si, t.Start, t.End) {
			isName[i] = false
		}
	}
	p.toks, names = dropAppositives(p.toks, isName, names, keep, model.PastTense)
	isName = make([]bool, len(p.toks))
	for _, i := range names {
		isName[i] = true
	}
	p.toks, names = d.dropInsertions(si, p.toks, isName, names)
	p.toks, names = dropGroupHead(p.toks, names)
	isName = make([]bool, len(p.toks))
	for _, i := range names {
		isName[i] = true
	}
	d.frames.RepairVerbs(p.toks, isName, model)
	for k := range p.toks {
		// "editor-in-chief" tagged a number: a role word is a noun.
		if t := &p.toks[k]; t.UPOS == "NUM" && rules.RoleWord(strings.ToLower(t.Form)) {
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
		}
	}
	defer func() {
		for _, i := range names {
			t := &p.toks[i]
			t.Form = d.Text[t.Start:t.End]
			t.Lemma = t.Form
		}
	}()
	// A frame's trigger, a sum of money, or a word of praise or attack
	// with a verb that reports a judgement.
	trigger := d.amountInSentence(si)
	judged, judging, role, copula, harm, together, see, travel, refer, authority, condition, longer, dwelling, visit := false, false, false, false, false, false, false, false, false, false, false, false, false, false
	// A kind of person states a post only with an organization after
	// "of" or "at" ("principal cellist of the Tiber Symphony").
	postOf := false
	for _, t := range p.toks {
		if w := strings.ToLower(t.Form); w == "of" || w == "at" {
			postOf = true
		}
	}
	for k, t := range p.toks {
		if d.frames.Triggers(t) {
			trigger = true
			break
		}
		l := strings.ToLower(t.Lemma)
		judged = judged || rules.Stance(strings.ToLower(t.Form)) != 0
		judging = judging || frame.JudgementVerb(l)
		role = role || t.UPOS == "NOUN" && (rules.RoleWord(l) || rules.PersonNoun(l) && postOf)
		copula = copula || l == "be" || l == "remain" || l == "stay"
		together = together || l == "together" || l == "side" && k+2 < len(p.toks) && p.toks[k+1].Form == "by" && p.toks[k+2].Form == "side"
		condition = condition || l == "if" || l == "unless"
		longer = longer || strings.EqualFold(t.Form, "longer")
		see = see || l == "see"
		refer = refer || t.UPOS == "VERB" && (l == "report" || l == "refer")
		authority = authority || t.UPOS == "NOUN" && frame.AuthorityNoun(l)
		travel = travel || t.UPOS == "VERB" && travelVerbs[l]
		dwelling = dwelling || t.UPOS == "NOUN" && frame.DwellingNoun(l)
		visit = visit || t.UPOS == "VERB" && frame.VisitVerb(l)
		harm = harm || t.UPOS == "VERB" && frame.HarmVerb(l) || t.UPOS == "NOUN" && (frame.HarmNoun(l) || frame.DemandedHarm(l) || frame.RestoredWord(l))
		if t.UPOS == "VERB" && k+1 < len(p.toks) {
			// a loss of what one holds ("would cost him his seat")
			for _, o := range p.toks[k+1 : min(k+6, len(p.toks))] {
				harm = harm || o.UPOS == "NOUN" && frame.LossOfHeld(l, strings.ToLower(o.Lemma))
			}
		}
	}
	// A judgement with a verb that reports it; a role stated with "be";
	// a harm, which may be promised or demanded; "no longer" with "be",
	// which may be a post left ("is no longer with …"); a doing together or a
	// trip made to see someone, which may be a meeting; a consequence told
	// on a condition, which may be a threat; in a sentence the tagger left without a verb, a
	// past tense that triggers a verb frame ("A and B, once fierce
	// rivals, set aside …").
	trigger = trigger || judged && judging || role && copula || longer && copula || harm || together || see && travel || dwelling && visit || refer && authority || judging && condition || d.verbless(p.toks, model)
	if !trigger {
		return
	}
	model.Parse(p.toks)
	reparseFronted(model, p.toks)
	reparseRelatives(model, p.toks, isName)
	repairPunctHeads(p.toks)
	repairTimeRoots(p.toks)
	repairDemandInfinitives(p.toks)
	repairXcompSubjects(p.toks)
	repairPerfectParticiples(p.toks)
	repairThatDeterminers(p.toks)
	repairThatClauses(p.toks)
	repairWhetherClauses(p.toks)
	repairAmongInversion(model, p.toks, isName)
	repairNameModifiers(p.toks, isName)
	d.repairOrgBeforeTitle(p.toks, isName)
	d.repairPersonOfOrg(p.toks, isName)
	repairPrepositionTo(p.toks, isName)
	repairAdverbPrepositions(p.toks)
	repairVerbCompounds(p.toks)
	repairFrontedSubjects(p.toks, isName)
	repairMoneyModifiers(p.toks)
	repairMoneyRecipients(p.toks, isName, func(l string) bool { return d.frames.HasType(l, "fund", "VERB") })
	repairSinceVerbs(p.toks)
	repairTimeInPassive(p.toks)
	repairTimeAppositionSubjects(p.toks)
	repairWhoConjuncts(p.toks, isName)
	repairWhoAfterOf(p.toks, isName)
	d.repairRoleAppositions(p.toks, isName)
	repairMoneyAppositions(p.toks)
	repairColonClauses(p.toks)
	repairTitleAppositions(p.toks, isName)
	repairConjAppositions(p.toks, isName)
	repairRelativeSubjects(p.toks)
	repairWhoAntecedents(p.toks, isName)
	repairNegatedInfinitives(p.toks)
	repairSplitPossessives(p.toks, isName)
	repairBehindPronouns(p.toks)
	repairCopulaAfterAside(p.toks, isName)
	repairFrontedAppositions(p.toks, isName)
	repairClefts(p.toks, isName)
	repairAdverbNouns(p.toks)
	repairParticleObjects(p.toks)
	repairRepeatedNounAdverbs(p.toks, isName)
	repairOfGerunds(p.toks)
	repairNominalComplements(p.toks)
	repairRootNameObjects(p.toks, isName)
	repairRelativeRoots(p.toks, isName)
	repairRelativeAdverbials(p.toks, isName)
	repairFalseAuxiliaries(p.toks)
	repairPlanInfinitives(p.toks)
	repairVerbAfterApposition(p.toks)
	repairDoubleObjects(p.toks, isName)
	repairAppositionTails(p.toks)
	repairTrailingAppositions(p.toks)
	repairSubordinatePrepositions(p.toks)
	repairClausalModifiers(p.toks)
	repairCausatives(p.toks)
	repairGappedObjects(p.toks, isName)
	repairNameBeforeTime(p.toks, isName)
	repairNameSubjectOfTime(p.toks, isName)
	repairTimeAfterSaid(p.toks)
	repairPhraseAfterTime(p.toks, isName)
	repairTimeAsSubject(p.toks)
	repairSaidClauses(p.toks)
	repairSaidObjects(p.toks)
	repairObjectHer(p.toks)
	repairSightingWith(p.toks, func(l string) bool { return d.frames.InClass("sighted", l) })
	repairBareClauseSubjects(p.toks)
	repairInfinitiveCompounds(p.toks, isName)
	repairSaidConjuncts(p.toks)
	repairWhoseClauses(p.toks, isName)
	repairWhoseSubjects(p.toks)
	d.repairVerbWithPP(p.toks, isName)
	repairDoubleSubjects(p.toks)
	repairObjectNameSubjects(p.toks, isName)
	repairStrandedSubjects(p.toks, isName)
	d.repairTriggerPPs(p.toks)
	repairBetween(p.toks, isName)
	repairEachSubject(p.toks)
	d.repairConjunctsAfterQuotes(p.toks)
	repairVerbConjuncts(p.toks)
	p.parsed = true
}

// entityTypeOf returns the type of the entity parsed token t names (its
// last word's mention), or "".
func (d *stage) entityTypeOf(t syntax.Token) doc.MentionType {
	k, _ := d.TokenRange(t.End-1, t.End)
	j := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Last > k })
	if k < 0 || j >= len(d.Mentions) || d.Mentions[j].First > k || d.Mentions[j].Entity < 0 {
		return ""
	}
	return d.Entities[d.Mentions[j].Entity].Type
}

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
}

// adverbPrepositions may be adverbs or prepositions (rules: adverbPrepositions).
var adverbPrepositions = rules.WordClass("adverbPrepositions")

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
		switch strings.ToLower(toks[c].Form) {
		case "to", "with", "between":
		default:
			continue
		}
		o := toks[c].Head
		if o <= c || o >= len(toks) || toks[o].Head != t.Head || toks[o].Rel != "obl" || strings.HasPrefix(t.Rel, "obj") {
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

// allUnder reports whether every token from..to-1 is in root's subtree.
func allUnder(toks []syntax.Token, from, to, root int) bool {
	for k := from; k < to; k++ {
		if !inSubtree(toks, k, root) {
			return false
		}
	}
	return true
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

// againstAfterPP hangs an against-phrase that follows trigger noun n's own
// prepositional phrase, and that the parser hung on that phrase's noun or
// on the verb, on n: "filed a complaint with the ethics commission
// against Rousseau" (the complaint is against her, not the commission).
func againstAfterPP(toks []syntax.Token, n int) {
	for c := n + 1; c < len(toks) && c <= n+8; c++ {
		t := toks[c]
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PUNCT" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" {
			return
		}
		if t.UPOS != "ADP" || !strings.EqualFold(t.Form, "against") {
			continue
		}
		o := t.Head
		if o <= c || o >= len(toks) {
			return
		}
		w := toks[o].Head
		if w == toks[n].Head && toks[o].Rel == "obl" || w > n && w < c && toks[w].UPOS == "NOUN" && (toks[w].Head == n || toks[w].Head == toks[n].Head) && toks[o].Rel == "nmod" {
			toks[o].Head, toks[o].Rel = n, "nmod"
		}
		return
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

// repairRootNameObjects mends a sentence the parser rooted on its object
// name, with the past-tense verb before it read as the name's adjective
// and the subject name as a compound of it: "Dana Price, who is backed by
// Holloway, attacked Leon Park." The verb becomes the root, the subject
// name its subject and the object name its object.
func repairRootNameObjects(toks []syntax.Token, isName []bool) {
	for v := 1; v+1 < len(toks); v++ {
		n := v + 1
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || toks[v].Rel != "amod" || toks[v].Head != n || toks[v-1].Form != "," || !isName[n] || toks[n].Head >= 0 {
			continue
		}
		subj := -1
		for c := 0; c < v; c++ {
			if toks[c].Head == n && isName[c] && (toks[c].Rel == "compound" || strings.HasPrefix(toks[c].Rel, "nsubj")) {
				subj = c
				break
			}
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
	// "issued Ohl an ultimatum", "wrote him a $15,000 check": a name or a
	// pronoun right before a second object of the same verb, with no comma
	// between, is the one it is given to.
	for o1, t := range toks {
		if t.Rel != "obj" || t.Head < 0 || !isName[o1] && t.UPOS != "PRON" || o1+1 >= len(toks) || toks[o1+1].Form == "," || !doubleObjectVerbs[strings.ToLower(toks[t.Head].Lemma)] {
			continue // (not a verb of naming: "called him a menace")
		}
		for o2 := o1 + 1; o2 < len(toks); o2++ {
			if toks[o2].Head != t.Head || toks[o2].UPOS != "NOUN" || timeNounWords[strings.ToLower(toks[o2].Lemma)] || strings.HasSuffix(toks[o2].Form, "ing") || !inSubtree(toks, o1+1, o2) {
				continue // ("paid him last week": a time; "sent her packing")
			}
			// (an unmarked oblique only when it is "a …": "wrote him a
			// $15,000 check")
			if toks[o2].Rel == "obj" || toks[o2].Rel == "obl:unmarked" && strings.EqualFold(toks[o1+1].Form, "a") {
				toks[o1].Rel, toks[o2].Rel = "iobj", "obj"
				break
			}
		}
	}
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

// datesPhrase reports whether the date at byte start lies in the phrase
// of noun n, or in the clause n is the predicate of (the object or
// complement of its verb, not an apposition).
func (p *parsed) datesPhrase(start, n int) bool {
	t := p.tokenAt(start)
	top := n
	if r := base(p.toks[n].Rel); (r == "xcomp" || r == "obj" || r == "root" || r == "obl" && hasCase(p.toks, n, "as")) && p.toks[n].Head >= 0 {
		top = p.toks[n].Head // (or "emerged on Monday as the most vocal critic of …")
	}
	for hops := 0; t >= 0 && hops < len(p.toks); hops++ {
		if t == n || t == top {
			return true
		}
		t = p.toks[t].Head
	}
	return false
}

// inPlannedClause reports whether the words at bytes [start, end) date
// the clause of trigger trig itself: they hang on the trigger, or on a
// word below it ("will become chairman when the sale completes in
// July"), not through a phrase of a subject, and on no verb in a past
// form ("In February she had agreed to meet him", "Holt, appointed in
// January, will take over", "reached by phone on Tuesday, said she plans
// to meet him").
func (p *parsed) inPlannedClause(start, end, trig int) bool {
	h := -1
	for _, t := range p.toks {
		if t.Start >= start && t.End <= end && t.Head >= 0 {
			if ht := p.toks[t.Head]; ht.Start < start || ht.End > end {
				h = t.Head
				break
			}
		}
	}
	if h < 0 {
		return false
	}
	for n := 0; n < len(p.toks); n++ {
		t := p.toks[h]
		if t.XPOS == "VBD" || t.XPOS == "VBN" {
			return false
		}
		if h == trig {
			return true
		}
		switch base(t.Rel) {
		case "nsubj", "appos", "acl", "parataxis":
			return false // (a phrase of the subject's: "Holt, named in January, …")
		}
		if h = t.Head; h < 0 {
			return false
		}
	}
	return false
}

// tokenAt returns the parsed token that holds byte offset pos, or -1.
func (p *parsed) tokenAt(pos int) int {
	for i, t := range p.toks {
		if t.Start <= pos && pos < t.End {
			return i
		}
	}
	return -1
}

// phraseHead returns the token of the bytes [start, end) whose head lies
// outside them ("year" of "last year"), or -1.
func (p *parsed) phraseHead(start, end int) int {
	first, last := p.tokenAt(start), p.tokenAt(end-1)
	if first < 0 || last < first {
		return first
	}
	for i := first; i <= last; i++ {
		if h := p.toks[i].Head; h < first || h > last {
			return i
		}
	}
	return first
}

// relativeClause returns the head of the innermost relative clause
// opened by a relative word ("who", "which", "where" …) that token i is
// in, or -1 when it is in none. (A clause without one is as often a
// misparse: "In 2019, then-Delegate Pryce criticized …" read as
// "Delegate [whom] Pryce criticized".)
func relativeClause(toks []syntax.Token, i int) int {
	for n := 0; i >= 0 && n <= len(toks); n++ {
		if toks[i].Rel == "acl:relcl" {
			for c := i - 1; c >= 0 && c >= i-8; c-- {
				if toks[c].Head == i && relativeWords[strings.ToLower(toks[c].Form)] {
					return i
				}
			}
		}
		i = toks[i].Head
	}
	return -1
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true, "where": true, "when": true}

// reparseFronted parses apart a phrase that opens the sentence up to a
// comma ("In a report released Tuesday, his firm accused …", "In 2019,
// Pryce criticized …") when the parser made it the sentence's head, or
// hung a word after the comma inside it ("Over breakfast on Wednesday,
// the billionaire A and the union boss B hammered out …" with A in the
// phrase), though a finite verb follows the comma: the clause after the
// comma is parsed alone as the main clause, the phrase alone as its
// modifier. A participle's clause ("Having traded insults, A and B …")
// is parsed apart only in the first case. A greedy parser that has not
// seen the comma's role early goes wrong in the whole sentence from
// there.
func reparseFronted(model *syntax.Model, toks []syntax.Token) {
	// (or a participle's clause: "Having traded insults for months, A
	// and B shook hands …", "Asked about the deal, …")
	participle := toks[0].XPOS == "VBG" || toks[0].XPOS == "VBN" || strings.EqualFold(toks[0].Form, "having")
	if len(toks) < 6 || toks[0].UPOS != "ADP" && toks[0].UPOS != "SCONJ" && !participle {
		return
	}
	c := -1
	for k, t := range toks {
		if t.Form == "," {
			c = k
			break
		}
	}
	if c < 2 || c > len(toks)-4 || relativeWords[strings.ToLower(toks[c+1].Form)] {
		return
	}
	root := -1
	for k, t := range toks {
		if t.Head < 0 {
			root = k
		}
	}
	hangsBack := false // a word after the comma hung inside the phrase
	for k := c + 1; k < len(toks); k++ {
		hangsBack = hangsBack || toks[k].Head >= 0 && toks[k].Head < c && toks[k].Rel != "punct"
	}
	if root < 0 || root > c && (!hangsBack || participle) {
		// the main clause is after the comma already, and whole (a
		// participle's clause is parsed apart only when the parser made
		// it the head)
		return
	}
	for _, t := range toks[:c] {
		if t.Rel == "cop" || t.XPOS == "MD" || strings.HasPrefix(t.Rel, "nsubj") && t.Head >= 0 && t.Head < c {
			// a clause of its own before the comma: "At its centre is
			// Ashworth, …", "On Thursday it said it would take the
			// owner, …" (not "In a report released Tuesday, …")
			return
		}
	}
	finite := false
	for _, t := range toks[c+1:] {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD", "VBN": // (a past tense the tagger read as a participle)
			finite = true
		}
	}
	if !finite {
		return
	}
	front, tail := toks[:c], toks[c+1:]
	model.Parse(front)
	model.Parse(tail)
	fr, tr := -1, -1
	for k := range front {
		if front[k].Head < 0 {
			fr = k
		}
	}
	for k := range tail {
		if tail[k].Head < 0 {
			tr = k + c + 1
		} else {
			tail[k].Head += c + 1
		}
	}
	if fr < 0 || tr < 0 {
		return
	}
	toks[fr].Head, toks[fr].Rel = tr, "obl"
	if toks[fr].UPOS == "VERB" {
		toks[fr].Rel = "advcl"
	}
	toks[c].Head, toks[c].Rel = tr, "punct"
}

// reparseRelatives parses apart a relative clause set off by commas
// between a name and the rest of its clause ("Bongani Dlamini, who spent
// years negotiating with the company, on Thursday accused Kestrel Mining
// of …") when the parser did not make the name the subject of a verb
// after the clause: the name with the rest of the clause is parsed alone
// as the main clause, the relative clause alone as the name's modifier.
// Across a long clause the parser loses the subject, or hangs the main
// verb inside the clause.
func reparseRelatives(model *syntax.Model, toks []syntax.Token, isName []bool) {
	for n := 0; n+3 < len(toks); n++ {
		if !isName[n] || toks[n+1].Form != "," {
			continue
		}
		switch strings.ToLower(toks[n+2].Form) {
		case "who", "whom", "whose":
		default:
			continue
		}
		if slices.ContainsFunc(toks[:n], func(t syntax.Token) bool { return finiteTags[t.XPOS] || t.XPOS == "MD" }) {
			continue // the name is no clause's subject: "Lund praised Ben Pratt, who …"
		}
		end := -1 // the comma that closes the clause: the first after its verb
		for k := n + 3; k+1 < len(toks) && end < 0; k++ {
			if toks[k].Form == "," && finiteBetween(toks, n+3, k) {
				end = k
			}
		}
		if end < 0 || !finiteBetween(toks, end+1, len(toks)) {
			continue // (no verb of the name's own after it: "…, and Cal Reyes, who …")
		}
		// (a clause after coordinated names modifies them all, hung on
		// the first: "A and B, who sued each other, …")
		ante := n
		if toks[n].Rel == "conj" && toks[n].Head >= 0 && toks[n].Head < n && isName[toks[n].Head] {
			ante = toks[n].Head
		}
		if strings.HasPrefix(toks[ante].Rel, "nsubj") && toks[ante].Head > end {
			continue // parsed as it should be
		}
		main := make([]syntax.Token, 0, len(toks))
		var at []int
		for k := range toks {
			if k <= n || k > end {
				main = append(main, toks[k])
				at = append(at, k)
			}
		}
		model.Parse(main)
		rel := slices.Clone(toks[n+2 : end])
		model.Parse(rel)
		for j, t := range main {
			h := -1
			if t.Head >= 0 {
				h = at[t.Head]
			}
			toks[at[j]].Head, toks[at[j]].Rel = h, t.Rel
		}
		ante = n // (as the new parse coordinates the names)
		if toks[n].Rel == "conj" && toks[n].Head >= 0 && toks[n].Head < n && isName[toks[n].Head] {
			ante = toks[n].Head
		}
		root := -1
		for j, t := range rel {
			k := n + 2 + j
			if t.Head < 0 {
				root = k
				toks[k].Head, toks[k].Rel = ante, "acl:relcl"
				continue
			}
			toks[k].Head, toks[k].Rel = n+2+t.Head, t.Rel
		}
		if root >= 0 {
			toks[n+1].Head, toks[n+1].Rel = root, "punct"
			toks[end].Head, toks[end].Rel = root, "punct"
		}
		if w := n + 2; strings.EqualFold(toks[w].Form, "whom") && w != root && toks[w].Rel != "obj" && !hasChild(toks, w, "case") {
			// "whom Jovanovic endorsed last spring", parsed alone with
			// the spring the object: "whom" is.
			v := toks[w].Head
			for c := range toks {
				if c != w && toks[c].Head == v && toks[c].Rel == "obj" && weekdayOrTime(toks[c]) {
					toks[c].Rel = "obl:tmod"
				}
			}
			if v >= 0 && !hasChild(toks, v, "obj") {
				toks[w].Rel = "obj"
			}
		}
		return
	}
}

// finiteBetween reports whether tokens [i, j) hold a finite verb (or a
// past tense the tagger read as a participle), before any comma.
func finiteBetween(toks []syntax.Token, i, j int) bool {
	for k := i; k < j && toks[k].Form != ","; k++ {
		switch toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD", "VBN":
			return true
		}
	}
	return false
}

// repairPossessiveHer reads "her" before a kind of person or of
// organization, after at most two modifiers, as the possessive the
// tagger took for an object: "sued her former employer", "thanked her
// longtime backer".
func repairPossessiveHer(toks []syntax.Token) {
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Form, "her") || toks[i].XPOS != "PRP" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			w := strings.ToLower(toks[j].Form)
			if toks[j].UPOS == "NOUN" {
				if rules.PersonNoun(w) || rules.PersonNoun(strings.TrimSuffix(w, "s")) || len(rules.OrgKinds[w]) > 0 {
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

// hasCase reports whether token h has a case marker of the given form
// among its dependents ("with" of "with Gallina").
func hasCase(toks []syntax.Token, h int, form string) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == h && t.Rel == "case" && strings.EqualFold(t.Form, form) })
}

// movingVerbs go in or out of a place (rules: movingVerbs).
var movingVerbs = rules.WordClass("movingVerbs")

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

// documentRecipient returns the entity a writing was sent to when the
// participle at token t of sentence si's parse goes with a verb of
// sending, or with the writing it sends ("sent a letter to Tanaka-Reid
// threatening legal action", "mailed her a notice threatening …"), or
// -1.
func (d *stage) documentRecipient(si int, p *parsed, t int) int {
	v := p.toks[t].Head
	if v < 0 || p.toks[t].XPOS != "VBG" {
		return -1
	}
	if base(p.toks[t].Rel) == "acl" && p.toks[v].UPOS == "NOUN" {
		v = p.toks[v].Head // the writing, then its verb
	}
	if v < 0 || !sendVerbs[strings.ToLower(p.toks[v].Lemma)] {
		return -1
	}
	for c, tok := range p.toks {
		if tok.Head != v || tok.Rel != "iobj" && !(strings.HasPrefix(tok.Rel, "obl") && hasCase(p.toks, c, "to")) {
			continue
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if m := d.Mentions[mi]; m.Entity >= 0 && m.Start < tok.End && m.End > tok.Start && d.Entities[m.Entity].Type != doc.Place {
				return m.Entity
			}
		}
	}
	return -1
}

// sendVerbs send a writing to someone (rules: sendVerbs).
var sendVerbs = rules.WordClass("sendVerbs")

// repairVerbAfterApposition mends a sentence the parser left headed by
// its subject: "Abara, the embattled chairman of Redfern Textiles,
// resigned on Monday" read with the name the root and "resigned" a
// modifier of "chairman". A verb after the apposition's closing comma,
// with no subject of its own, is the sentence's head, and the name its
// subject.
func repairVerbAfterApposition(toks []syntax.Token) {
	r := -1
	for k, t := range toks {
		if t.Head < 0 {
			r = k
		}
	}
	if r < 0 || toks[r].UPOS != "PROPN" && toks[r].UPOS != "NOUN" {
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

// intentNouns name what one means or tries to do ("no plans to leave").
var intentNouns = map[string]bool{"plan": true, "intention": true, "intent": true, "desire": true, "interest": true, "wish": true, "ambition": true, "effort": true, "bid": true, "attempt": true}

// base is a relation without its subtype ("obl" of "obl:tmod").
func base(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// presentProgressive reports whether verb v is in the present
// progressive ("is leaving", "are meeting").
func presentProgressive(toks []syntax.Token, v int) bool {
	if toks[v].XPOS != "VBG" || toks[v].UPOS != "VERB" {
		return false
	}
	for _, t := range toks {
		if t.Head == v && t.Rel == "aux" {
			switch strings.ToLower(t.Form) {
			case "is", "are", "am", "'s", "’s", "'re", "’re":
				return true
			}
		}
	}
	return false
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

// auxLemmas are the auxiliaries of English.
var auxLemmas = map[string]bool{"be": true, "have": true, "do": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "might": true, "must": true, "ought": true, "get": true, "to": true}

// inSubtree reports whether token c is root or depends on it; with root
// -1, whether c reaches the top of the tree (no cycle on its way).
func inSubtree(toks []syntax.Token, c, root int) bool {
	for n := 0; n <= len(toks); n++ {
		if c == root {
			return true
		}
		if c < 0 {
			return false
		}
		c = toks[c].Head
	}
	return false
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

// causativeVerbs have their object do what the verb after it says.
var causativeVerbs = rules.WordClass("causativeVerbs")

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
				stolenObject(toks, v, first, c)
				continue
			}
			toks[c].Head, toks[c].Rel = first, "conj"
			toks[and].Head, toks[and].Rel = c, "cc"
		}
	}
}

// stolenObject gives back to a verb inside the first subject of verb v
// the object the parser took for v's second subject: "Paredes's threat
// to sue the Daily Meridian drew condemnation" read with "Meridian" a
// subject of "drew". The second subject c, right after a verb of the
// first subject's phrase that has no object (a determiner between at
// most), is that verb's object.
func stolenObject(toks []syntax.Token, v, first, c int) {
	w := c - 1
	if w > first && toks[w].UPOS == "DET" && toks[w].Head == c {
		w--
	}
	if w <= first || toks[w].UPOS != "VERB" || toks[w].Rel == "root" || hasChild(toks, w, "obj") {
		return
	}
	for a, n := w, 0; a >= 0 && n < len(toks); a, n = toks[a].Head, n+1 {
		if a == first {
			toks[c].Head, toks[c].Rel = w, "obj"
			return
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

// finiteTags are the Penn tags of finite verbs.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

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
		if on := strings.ToLower(toks[h+1].Form); strings.EqualFold(toks[h].Lemma, "call") && on != "on" && on != "upon" {
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

// demandWords ask someone to do something (rules: demandVerbs).
var demandWords = rules.WordClass("demandVerbs")

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

// hasChild reports whether token h has a dependent in relation rel.
func hasChild(toks []syntax.Token, h int, rel string) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == h && t.Rel == rel })
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

// deadlineWords mark a time by which something must be done ("until
// Friday", "by Monday").
var deadlineWords = map[string]bool{"until": true, "till": true, "by": true}

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
// Saturday that Markova had lied" (what was said, not which interview).
func repairSaidClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" || t.Rel != "acl" || t.Head < 0 {
			continue
		}
		that := markWord(toks, c, "that") >= 0
		w := t.Head
		for w >= 0 && toks[w].Rel == "nmod" {
			w = toks[w].Head
		}
		if !that || w < 0 || toks[w].Rel != "obl" || toks[w].Head < 0 {
			continue
		}
		v := toks[w].Head
		if !sayWords[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		giveComplement(toks, v, c)
	}
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

// giveComplement hangs clause c on verb v as its complement, unless v
// has one already.
func giveComplement(toks []syntax.Token, v, c int) {
	for k := range toks {
		if toks[k].Head == v && toks[k].Rel == "ccomp" {
			return
		}
	}
	toks[c].Head, toks[c].Rel = v, "ccomp"
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

// markWord returns the last token that marks clause h with the word form
// ("that", "whether", "of"), or -1.
func markWord(toks []syntax.Token, h int, form string) int {
	mk := -1
	for k := range toks {
		if toks[k].Head == h && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Form, form) {
			mk = k
		}
	}
	return mk
}

// repairWhetherClauses hangs a whether-clause the parser made an
// adverbial of a verb further up on the verb right before it, whose
// question it is: "filed a complaint asking it to investigate whether
// Koury had failed to disclose …" with "failed" under "filed".
func repairWhetherClauses(toks []syntax.Token) {
	for c, t := range toks {
		if t.UPOS != "VERB" || base(t.Rel) != "advcl" {
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

// repairPerfectParticiples makes a verb again a participle the parser
// read as an adjective of the noun after it when an auxiliary "have"
// before it hangs on that noun too: "The brothers have since made
// amends" read as the noun phrase "made amends" with "brothers" its
// subject. The participle takes the noun's place, the noun becomes its
// object, and what came before the participle is the verb's.
func repairPerfectParticiples(toks []syntax.Token) {
	for v, t := range toks {
		n := t.Head
		if t.XPOS != "VBN" || t.Rel != "amod" || n <= v || toks[n].UPOS != "NOUN" {
			continue
		}
		aux := -1
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if toks[k].Head == n && toks[k].Rel == "aux" && strings.EqualFold(toks[k].Lemma, "have") {
				aux = k
			}
		}
		if aux < 0 {
			continue
		}
		toks[v].UPOS, toks[v].Head, toks[v].Rel = "VERB", toks[n].Head, toks[n].Rel
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

// clauseVerbs take a clause without "that" (rules: clauseVerbs).
var clauseVerbs = rules.WordClass("clauseVerbs")

// sayWords report speech (rules: sayVerbs).
var sayWords = rules.WordClass("sayVerbs")

// weekdayOrTime reports whether t names a day or a span of time.
func weekdayOrTime(t syntax.Token) bool {
	l := strings.ToLower(t.Lemma)
	switch l {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return timeMeasures[l] || timeWords[l]
}

// timeWords say when (rules: timeNouns).
var timeWords = rules.WordClass("timeNouns")

// timeRelative words count a span of time from an occasion ("years
// after", "weeks before", "months later").
var timeRelative = rules.WordClass("timeRelative")

// timeMeasures are spans of time a phrase of time counts in.
var timeMeasures = rules.WordClass("timeMeasures")

// hasWhose reports whether noun c has "whose" for its possessor.
func hasWhose(toks []syntax.Token, c int) bool {
	for _, t := range toks {
		if t.Head == c && t.Rel == "nmod:poss" && strings.EqualFold(t.Form, "whose") {
			return true
		}
	}
	return false
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

// linkingVerbs take a predicate, not an object ("became the chief
// executive").
var linkingVerbs = rules.WordClass("linkingVerbs")

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
		if v <= a || toks[v].UPOS != "VERB" || slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == v && strings.HasPrefix(x.Rel, "nsubj") }) {
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

// adverbNouns are words of place or time that follow a verb's object as
// adverbs (rules: adverbNouns).
var adverbNouns = rules.WordClass("adverbNouns")

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

// retortIn reports whether sentence si may answer an attack on the one
// it names: a word of retort ("back", "retorted") and someone whom the
// events before attacked ("Pell hit back in a post on Saturday").
func (d *stage) retortIn(si int) bool {
	// (someone attacked first: most sentences stop here, before their
	// words are looked up)
	attacked := false
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si && !attacked; mi++ {
		e := d.Mentions[mi].Entity
		attacked = e >= 0 && (d.lastAttacker(si, e) >= 0 || d.quotedTarget(si, e) >= 0)
	}
	if !attacked {
		return false
	}
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		if w == "back" || slices.ContainsFunc([]string{"VBD", "VBZ", "VBG", "VB"}, func(x string) bool { return retortVerbs[syntax.Default().Lemma(w, "VERB", x)] }) {
			return true
		}
	}
	return false
}

// quotedTarget returns the one person or organization other than speaker
// e named in e's quotation in sentence si or the next sentence of its
// paragraph, or -1.
func (d *stage) quotedTarget(si, e int) int {
	found := -1
	for qi, q := range d.Quotes {
		sq := d.SentenceOfByte(q.Span.Start)
		if d.QuoteSpeaker[qi] != e || sq < si || sq > si+1 || !d.SameParagraph(si, sq) {
			continue
		}
		for mi := d.FirstMentionIn(sq); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Start < q.Span.End; mi++ {
			m := d.Mentions[mi]
			if m.Start < q.Span.Start || m.Entity < 0 || m.Entity == e || m.Pronoun || (m.Type != doc.Person && m.Type != doc.Org) {
				continue
			}
			if found >= 0 && found != m.Entity {
				return -1 // two named: neither is surely the one answered
			}
			found = m.Entity
		}
	}
	return found
}

// retort reports whether frame f answers an attack: "fire back", "hit
// back", "retort", "retaliate".
func retort(f *frame.Frame) bool {
	return slices.Contains(f.Extra, "back") || retortVerbs[f.Lemma]
}

// retortVerbs answer an attack in a word of their own (rules:
// wordclasses.txt).
var retortVerbs = rules.WordClass("retortVerbs")

// lastAttacker returns the entity that the events found so far say
// attacked or threatened entity e in sentence si or the three before it,
// the latest first; or -1.
func (d *stage) lastAttacker(si, e int) int {
	name := d.Entities[e].Name
	for i := len(d.Events) - 1; i >= 0; i-- {
		ev := d.Events[i]
		sj := d.SentenceOfByte(ev.Evidence.Start)
		if sj > si || sj < si-3 {
			continue
		}
		if (ev.Type == powermap.EventOppose || ev.Type == powermap.EventThreaten) && ev.Target == name && ev.Source != name {
			for k, ent := range d.Entities {
				if ent.Name == ev.Source {
					return k
				}
			}
		}
	}
	return -1
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
// president" with "Eastbrook" and "president" two complements).
func repairSplitPossessives(toks []syntax.Token, isName []bool) {
	for i := 0; i+2 < len(toks); i++ {
		if !isName[i] || toks[i+1].Form != "'s" && toks[i+1].Form != "’s" {
			continue
		}
		n := i + 2
		for n < len(toks) && n <= i+4 && (toks[n].UPOS == "ADJ" || toks[n].UPOS == "NOUN" && n+1 < len(toks) && toks[n+1].UPOS == "NOUN") {
			n++
		}
		if n >= len(toks) || toks[n].UPOS != "NOUN" || toks[i].Head == n || toks[i].Head != toks[n].Head {
			continue
		}
		toks[i].Head, toks[i].Rel = n, "nmod:poss"
		toks[i+1].Head, toks[i+1].Rel = i, "case"
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
// Rovers, who sacked their coach"): "who" stands for someone.
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

// hasSubject reports whether token v has a nominal subject.
func hasSubject(toks []syntax.Token, v int) bool {
	for c := range toks {
		if toks[c].Head == v && strings.HasPrefix(toks[c].Rel, "nsubj") {
			return true
		}
	}
	return false
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
		if slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == v && strings.HasPrefix(x.Rel, "nsubj") }) {
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

// possessives are the possessive determiners.
var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true}

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

// repairRepeatedNounAdverbs reads "face to face", "head to head", "one
// on one" after a verb's object as the adverb it is: the parser made the
// first noun the object and the name before it its compound ("met club
// president Fairweather face to face"), so the name was no one's object.
func repairRepeatedNounAdverbs(toks []syntax.Token, isName []bool) {
	for k := 1; k+2 < len(toks); k++ {
		a, p, b := toks[k], strings.ToLower(toks[k+1].Form), toks[k+2]
		if !strings.EqualFold(a.Form, b.Form) || p != "to" && p != "on" && p != "by" || a.Rel != "obj" || a.Head < 0 {
			continue
		}
		n := -1
		for c := k - 1; c >= 0 && c >= k-2; c-- {
			if isName[c] && toks[c].Head == k {
				n = c
			}
		}
		if n < 0 {
			continue
		}
		v := a.Head
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[k].Rel = "advmod"
		toks[k+1].Head, toks[k+1].Rel = k+2, "case"
		toks[k+2].Head, toks[k+2].Rel = k, "nmod"
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

// absorbDescriptions makes the nouns and adjectives right before a name
// that opens with its role word part of the name's phrase ("Pakistani
// shipping tycoon Tariq Qureshi", "Italian energy executive Claudia
// Ferraresi"): left apart, the parser reads the first of them as the
// preposition's object and the name as a second one. A word that may
// state an event ("dinner host …") stays out; so does a verb, but for a
// word the treebank never used as one ("to mayoral candidate Sarah
// Linwood" read as an infinitive). It returns the tokens and
// the new indexes of the names.
func (d *stage) absorbDescriptions(model *syntax.Model, toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	isName := make([]bool, len(toks))
	for _, i := range names {
		isName[i] = true
	}
	drop := make([]bool, len(toks))
	any := false
	for _, i := range names {
		r, _ := utf8.DecodeRuneInString(d.Text[toks[i].Start:])
		if !unicode.IsLower(r) {
			// "to state Representative Gloria Naka": a word that says of
			// which body a title is joins the titled name.
			if k := i - 1; k >= 0 && !isName[k] && !drop[k] && titleModifiers[strings.ToLower(toks[k].Form)] && toks[i].Start-toks[k].End == 1 {
				if f, _, _ := strings.Cut(d.Text[toks[i].Start:toks[i].End], " "); rules.IsTitle(f) {
					if k >= 1 && toks[k-1].UPOS == "PART" && strings.EqualFold(toks[k-1].Form, "to") {
						toks[k-1].UPOS, toks[k-1].XPOS = "ADP", "IN"
					}
					drop[k] = true
					toks[i].Start = toks[k].Start
					any = true
				}
			}
			// "her former protégé Jonas Eriksen": a kind of person the
			// mention left out is absorbed all the same.
			if k := i - 1; k < 0 || isName[k] || drop[k] || toks[k].XPOS != "NN" || !rules.PersonNoun(strings.ToLower(toks[k].Form)) && !d.stanceTitle(toks, k, isName) || toks[i].Start-toks[k].End != 1 {
				continue
			}
		}
		j := i
		modifier := func(t syntax.Token) bool {
			switch t.UPOS {
			case "NOUN", "ADJ":
				return true
			case "PROPN":
				// "Tanzanian labor activist …": a capitalised modifier
				// that names no one.
				return true
			case "VERB":
				// "to mayoral candidate …" read as an infinitive.
				return !model.SeenAsVerb(t.Form) && !strings.HasSuffix(t.Form, "ed")
			}
			return false
		}
		// (a verb after a modal is no modifier: "will host Quebec trade
		// delegate Hortense Lavigne")
		afterModal := func(k int) bool {
			return k >= 1 && (toks[k-1].XPOS == "MD" || toks[k-1].UPOS == "AUX") && model.SeenAsVerb(toks[k].Form)
		}
		for j-1 >= 0 && !isName[j-1] && !drop[j-1] {
			if j-3 >= 0 && toks[j-2].Form == "-" && toks[j-3].End == toks[j-2].Start && toks[j-2].End == toks[j-1].Start && toks[j].Start-toks[j-1].End == 1 &&
				isLowerWord(toks[j-3].Form) && isLowerWord(toks[j-1].Form) {
				j -= 3 // a hyphenated modifier: "talk-show host Devon Pryce"
				continue
			}
			// (a participle between a determiner and the name's words is
			// an adjective: "his estranged former partner Lucio …")
			participle := toks[j-1].XPOS == "VBN" && j-2 >= 0 && (toks[j-2].UPOS == "DET" || toks[j-2].XPOS == "PRP$") ||
				// (or after a preposition: "paid a visit to jailed
				// opposition leader Kwabena Asante-Darko")
				(toks[j-1].XPOS == "VBN" || toks[j-1].XPOS == "VBD") && strings.HasSuffix(toks[j-1].Form, "ed") && j-2 >= 0 && (toks[j-2].UPOS == "ADP" || strings.EqualFold(toks[j-2].Form, "to"))
			// (a word of an event stays out, "dinner host Devon Pryce",
			// but not one that only names a role's field: "campaign
			// manager Rebecca Stoltz")
			if j-2 >= 0 && relativeOrSubject[strings.ToLower(toks[j-2].Form)] {
				break // "who chairs Eastbrook's board": a verb after its subject, no modifier
			}
			if w := strings.ToLower(toks[j-1].Form); j-2 >= 0 && strings.EqualFold(toks[j-2].Form, "to") && frame.HarmVerb(w) {
				break // "asked the bar to discipline attorney Fairbanks": an infinitive, no modifier
			}
			next, _, _ := strings.Cut(d.Text[toks[j].Start:toks[j].End], " ")
			trigger := d.frames.Triggers(toks[j-1]) && !(toks[j-1].UPOS == "NOUN" && rules.PersonNoun(strings.ToLower(next)) && !d.frames.HasType(strings.ToLower(toks[j-1].Lemma), "meet", "NOUN")) &&
				!(j == i && d.stanceTitle(toks, j-1, isName))
			if !((modifier(toks[j-1]) || participle) && toks[j].Start-toks[j-1].End == 1 &&
				!trigger && !strings.ContainsAny(toks[j-1].Form, "$%0123456789") && !afterModal(j-1)) {
				break
			}
			j--
		}
		if j < i && j-1 >= 0 && toks[j-1].XPOS == "PRP$" && !isName[j-1] && toks[j].Start-toks[j-1].End == 1 {
			// "his estranged former partner Lucio Ferraresi": the
			// possessive goes with the description it opens (a parser
			// trained on web text knows no possessive before a name).
			j--
		}
		if j == 1 && j < i && (toks[0].XPOS == "VBG" || toks[0].XPOS == "VBN") && toks[j].Start-toks[0].End == 1 {
			// "Feuding party elders Mwale and Chanda …", "Disgraced
			// financier …": a participle opening the sentence describes.
			j = 0
		}
		if j == i || j > 0 && isName[j-1] && !(d.roleWordsBefore(toks, j, i) && toks[j-1].Start < toks[j].Start && j-2 >= 0 && toks[j-2].UPOS == "ADP") {
			// "Halvorsen Capital chief executive Yelena Sorokina": the
			// organization's name before the role is left to the parser.
			continue
		}
		if k := j - 1; k >= 0 && toks[k].UPOS == "PART" && strings.EqualFold(toks[k].Form, "to") {
			toks[k].UPOS, toks[k].XPOS = "ADP", "IN" // "to" before a name is its preposition
		}
		for x := j; x < i; x++ {
			drop[x] = true
		}
		toks[i].Start = toks[j].Start // the parser still sees the name's last word
		any = true
	}
	if !any {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// relativeOrSubject are words a verb follows, never a noun modifying a
// name: "who chairs Eastbrook", "she leads Acme" (not "that", which also
// opens a clause whose subject it may be: "alleges that landlord Varga").
var relativeOrSubject = map[string]bool{"who": true, "which": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// stanceTitle reports whether toks[k], right before a name, is a noun of
// stance used as the name's title ("Sailing champion Greta Lindholm",
// "longtime critic Omar Reyes"): a word some frame triggers whose noun
// frames, if any, are all of support or opposition (its verb frames do
// not read a noun before a name), with no name or possessive before it
// that could be whom the stance is towards ("Trump critic …", "her
// champion …"). Nouns of giving and meeting stay out: a description that
// states giving is an event (GUIDE).
func (d *stage) stanceTitle(toks []syntax.Token, k int, isName []bool) bool {
	t := toks[k]
	if t.UPOS != "NOUN" || k > 0 && (isName[k-1] || toks[k-1].XPOS == "PRP$" || toks[k-1].XPOS == "POS") {
		return false
	}
	fs := d.frames.ByLemma(strings.ToLower(t.Lemma))
	for _, f := range fs {
		// (its verb frames say nothing of the noun before a name:
		// "cryptocurrency exchange Coinbase", "talk-show host …")
		if f.POS == "NOUN" && f.Type != "support" && f.Type != "oppose" {
			return false
		}
	}
	return len(fs) > 0
}

// roleWordsBefore reports whether toks[j:i] are lower-case role words
// ("chief executive"), which a name after an organization's may take.
func (d *stage) roleWordsBefore(toks []syntax.Token, j, i int) bool {
	for k := j; k < i; k++ {
		if !isLowerWord(toks[k].Form) || !rules.PersonNoun(strings.ToLower(toks[k].Form)) && !rules.RoleNouns[strings.ToLower(toks[k].Form)] && toks[k].Form != "chief" {
			return false
		}
	}
	return j < i
}

// dropTokens returns toks without those drop marks, and the new indexes
// of the names not dropped.
func dropTokens(toks []syntax.Token, names []int, drop []bool) ([]syntax.Token, []int) {
	newIndex := make([]int, len(toks))
	out := toks[:0:0]
	for i, t := range toks {
		newIndex[i] = len(out)
		if !drop[i] {
			out = append(out, t)
		}
	}
	kept := make([]int, 0, len(names))
	for _, i := range names {
		if !drop[i] {
			kept = append(kept, newIndex[i])
		}
	}
	return out, kept
}

// dropOrgDescriptions leaves out of the parse a description of an
// organization set before its name ("the union, Harbor Nurses United,
// accused …", "his firm, Nightjar Research, said …"), with the commas
// around the name: left in, the tagger reads the verb after the name as
// an adjective of the next name ("accused Calloway Health"), and the
// name alone says who acts.
func (d *stage) dropOrgDescriptions(si int, toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	var drop []bool
	for _, i := range names {
		if i < 2 || i+1 >= len(toks) || toks[i-1].Form != "," || toks[i+1].Form != "," {
			continue
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi+1 < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			m, n := d.Mentions[mi], d.Mentions[mi+1]
			if m.Rule != "description" || m.Type != doc.Org || m.Entity < 0 || n.Start != toks[i].Start || n.Entity != m.Entity {
				continue
			}
			if drop == nil {
				drop = make([]bool, len(toks))
			}
			for k := range toks[:i] {
				if toks[k].Start >= m.Start {
					drop[k] = true
				}
			}
			drop[i+1] = true
			break
		}
	}
	if drop == nil {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// dropGroupHead leaves out of the parse a plural noun that opens a
// sentence and the commas around the names it is set beside ("Both
// senators, Okwu and Halloran, endorsed …", "The two men, Quaye and
// Worrell, dined …"): the parser reads the names as the noun's
// conjuncts and loses the verb, but it reads the names alone as the
// subject they are.
func dropGroupHead(toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	isName := make([]bool, len(toks))
	for _, i := range names {
		isName[i] = true
	}
	k := 0
	for k < len(toks) && k < 3 && (toks[k].UPOS == "DET" || toks[k].UPOS == "NUM") {
		k++ // "The two", "Both", "All three"
	}
	if k+2 >= len(toks) || toks[k].XPOS != "NNS" || toks[k+1].Form != "," || !isName[k+2] {
		return toks, names
	}
	end := k + 2
	for end < len(toks) && (isName[end] || toks[end].Form == "and" || toks[end].Form == ",") && !(toks[end].Form == "," && (end+1 >= len(toks) || !isName[end+1] && toks[end+1].Form != "and")) {
		end++
	}
	if end+1 >= len(toks) || toks[end].Form != "," || toks[end-1].Form == "," || !isName[end-1] {
		return toks, names
	}
	drop := make([]bool, len(toks))
	for j := 0; j <= k+1; j++ {
		drop[j] = true
	}
	drop[end] = true
	return dropTokens(toks, names, drop)
}

// copulaForms link a subject to a predicate ("was “bullish”").
var copulaForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "am": true,
	"remains": true, "remained": true, "seems": true, "seemed": true, "sounded": true, "felt": true, "looked": true, "became": true}

// dropShortQuoteMarks leaves out of the parse the quotation marks around
// a few words woven into a clause ("is “very wrong” about the bill"):
// the words are the clause's, and the marks throw the parser, which
// learned few of them. A single quoted word (a scare quote), a title
// ("the “Big Beautiful Bill”"), a quoted noun phrase and a quotation of
// more than six words keep their marks; a single word after a copula
// ("was “bullish”") loses them, as the predicate it is.
func dropShortQuoteMarks(toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	var drop []bool
	for i := 0; i < len(toks); i++ {
		if !openingQuote(toks[i].Form) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 7 && !closingQuote(toks[j].Form) && !openingQuote(toks[j].Form) {
			j++
		}
		if j == i+2 && i > 0 && j < len(toks) && closingQuote(toks[j].Form) && copulaForms[strings.ToLower(toks[i-1].Form)] && isLowerWord(toks[i+1].Form) {
			// "said he was “bullish” on …": a word quoted as the
			// predicate is the clause's own, like a longer one.
			if drop == nil {
				drop = make([]bool, len(toks))
			}
			drop[i], drop[j] = true, true
			i = j
			continue
		}
		if j >= len(toks) || !closingQuote(toks[j].Form) || j-i > 7 || j <= i+2 {
			continue
		}
		title := true // "“Big Beautiful Bill”": a title the marks set off keeps them
		for _, t := range toks[i+1 : j] {
			title = title && (t.UPOS == "PUNCT" || t.Form != strings.ToLower(t.Form))
		}
		if first := strings.ToLower(toks[i+1].Form); title || first == "a" || first == "an" || first == "the" {
			// (a quoted noun phrase, "called him “a bully with a
			// boat”", is set off whole as what he was called)
			i = j
			continue
		}
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		drop[i], drop[j] = true, true
		i = j
	}
	if drop == nil {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// commasOutsideQuotes moves a comma that American style sets inside a
// closing quotation mark after it (“praised Iwu as "the only adult in
// the race," has given …”): the parser reads the comma inside as ending
// the clause the quotation belongs to. The tokens keep their offsets;
// only their order changes. Names are indexes and follow the swap.
func commasOutsideQuotes(toks []syntax.Token, names []int) {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Form != "," || !closingQuote(toks[i+1].Form) || toks[i+1].Start != toks[i].End {
			continue
		}
		toks[i], toks[i+1] = toks[i+1], toks[i]
		for k, n := range names {
			switch n {
			case i:
				names[k] = i + 1
			case i + 1:
				names[k] = i
			}
		}
		i++
	}
}

// dropFloatingQuantifiers leaves out of the parse "each", "both" and
// "all" floated between a subject and its verb ("A and B each
// contributed $6,600 to …", "A and B, who agree on nothing, both
// lambasted …"): they say how the subjects act, and the parser, which
// rarely saw them there, reads them as the subject. They must follow a
// name, a pronoun or a comma and come before a lower-case word.
func dropFloatingQuantifiers(toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	var drop []bool
	isName := func(k int) bool { return slices.Contains(names, k) }
	for i := 1; i+1 < len(toks); i++ {
		switch strings.ToLower(toks[i].Form) {
		case "each", "both", "all":
		default:
			continue
		}
		prev, next := toks[i-1].Form, toks[i+1].Form
		if !(isName(i-1) || prev == "," || prev == "they" || prev == "we") || next == "" || next != strings.ToLower(next) || next == "of" || next == "the" || next == "," {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		drop[i] = true
	}
	if drop == nil {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// openingQuote and closingQuote report whether w is a quotation mark
// standing alone that opens, or closes, a quotation (a straight mark
// does both; "’" alone may be a plural's possessive, never an opening).
func openingQuote(w string) bool { return w == "“" || w == "\"" || w == "‘" || w == "«" }

func closingQuote(w string) bool { return w == "”" || w == "\"" || w == "’" || w == "»" }

// titleModifiers say of which body a title is ("state senator", "city
// councillor").
var titleModifiers = rules.WordClass("titleModifiers")

// modalWords are modal auxiliaries: a word after one is a verb ("to" is
// not one: "to columnist Marlene Jost").
var modalWords = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "must": true}

// travelVerbs take someone somewhere ("traveled to Tokyo to see …").
var travelVerbs = rules.WordClass("travelVerbs")

// amountHedges are the words that bound or round a sum of money ("more
// than $400,000", "nearly $2 million"), as lower-case word sequences.
var amountHedges = [][]string{{"more", "than"}, {"less", "than"}, {"at", "least"}, {"at", "most"}, {"nearly"}, {"almost"},
	{"roughly"}, {"approximately"}, {"up", "to"}, {"as", "much", "as"}, {"upwards", "of"}, {"well", "over"}, {"just", "over"},
	{"just", "under"}, {"close", "to"}, {"north", "of"}, {"in", "excess", "of"}}

// afterVerbHedges round a sum of money only right after a verb ("piled
// over $20 million into …", "have given about $60,000 to …"); elsewhere
// they may be prepositions ("a dispute over $2 million") (rules: afterVerbHedges).
var afterVerbHedges = rules.WordClass("afterVerbHedges")

// dropAmountHedges leaves out of the parse the words that bound or round
// a sum of money right before it ("has given more than $400,000 to …"):
// the parser reads "more" as the object and the sum as an oblique, and
// the sum's value is the amount stage's. afterVerbHedges go too after a
// verb. It returns the tokens and the new
// indexes of the names.
func (d *stage) dropAmountHedges(si int, toks []syntax.Token, names []int) ([]syntax.Token, []int) {
	money := func(i int) bool {
		for _, a := range d.Amounts {
			if a.Sent == si && toks[i].Start < a.End && toks[i].End > a.Start {
				return true
			}
		}
		return false
	}
	var drop []bool
	for i := range toks {
		if !money(i) || i > 0 && money(i-1) {
			continue
		}
		n := 0
		for _, h := range amountHedges {
			if k := i - len(h); k >= 0 && n == 0 {
				ok := true
				for j, w := range h {
					ok = ok && strings.EqualFold(toks[k+j].Form, w)
				}
				if ok {
					n = len(h)
				}
			}
		}
		if n == 0 && i >= 2 && afterVerbHedges[strings.ToLower(toks[i-1].Form)] && toks[i-2].UPOS == "VERB" {
			n = 1
		}
		if n == 0 {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		for k := i - n; k < i; k++ {
			drop[k] = true
		}
	}
	if drop == nil {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// verbless reports whether toks have no verb but a lower-case past tense
// that, read as a verb, may trigger a frame.
func (d *stage) verbless(toks []syntax.Token, model *syntax.Model) bool {
	cand := false
	for _, t := range toks {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
		if t.UPOS != "PROPN" && model.PastTense(strings.ToLower(t.Form)) && d.frames.HasVerb(model.Lemma(strings.ToLower(t.Form), "VERB", "VBD")) {
			cand = true
		}
	}
	return cand
}

// placeSpan reports whether bytes [start, end) of sentence si are a
// place's mention.
func (d *stage) placeSpan(si, start, end int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Type == doc.Place && m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}

// dropAppositives leaves out of the parse the descriptions set off by
// commas between a name and its verb ("Callum Fraser, 71, a retired
// surgeon from Glasgow, contributed …"): the parser, trained on shorter
// sentences, often loses the subject across them, and they name no
// party of an event — descriptions that name someone or hold a word keep
// says may state an event ("Raman, a donor to the governor, …"), a verb
// or a relative clause are kept. It returns the tokens kept and the new
// indexes of the names.
func dropAppositives(toks []syntax.Token, isName []bool, names []int, keep func(syntax.Token) bool, pastTense func(string) bool) ([]syntax.Token, []int) {
	drop := make([]bool, len(toks))
	any := false
	for k := 0; k+1 < len(toks); k++ {
		if !isName[k] || toks[k+1].Form != "," {
			continue
		}
		// Up to three comma-separated descriptions, then a verb.
		j, end := k+1, -1
		for seg := 0; seg < 3 && end < 0; seg++ {
			n := j + 1
			if n >= len(toks) {
				break
			}
			if f := toks[n]; f.UPOS != "DET" && f.UPOS != "NUM" && f.UPOS != "ADJ" && f.UPOS != "NOUN" &&
				!((f.UPOS == "ADV" || strings.EqualFold(f.Form, "once")) && n+1 < len(toks) && (toks[n+1].UPOS == "ADJ" || toks[n+1].UPOS == "NOUN")) {
				break // (", once bitter rivals,": an adverb may open it)
			}
			c := n
			for c < len(toks) && c-n < 20 && toks[c].Form != "," {
				t := toks[c]
				inWord := t.Form == "-" && c > n && toks[c-1].End == t.Start && c+1 < len(toks) && toks[c+1].Start == t.End // "salmon-farming"
				if isName[c] || keep(t) || t.UPOS == "VERB" && t.XPOS != "VBN" && t.XPOS != "VBG" || t.UPOS == "AUX" || t.UPOS == "PRON" || t.UPOS == "PUNCT" && !inWord {
					c = -1
					break
				}
				c++
			}
			if c < 0 || c+1 >= len(toks) || toks[c].Form != "," {
				break
			}
			if v := toks[c+1]; v.UPOS == "VERB" && v.XPOS != "VBG" || syntax.PastForm(v.Form) || pastTense != nil && pastTense(v.Form) {
				end = c
			}
			j = c
		}
		if end < 0 {
			continue
		}
		for x := k + 1; x <= end; x++ {
			drop[x] = true
		}
		any = true
		k = end
	}
	if !any {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// dropInsertions leaves out an aside set off by a pair of dashes or by
// parentheses right after a name, before the rest of its clause
// ("Ottoline Vasquez-Reyes — the hedge-fund founder who once called the
// plan “theft” — met with …", "Bram Holloway (then a junior senator) had
// lunched …"): the parser, trained on web text, hangs the clause's verb
// inside it. An aside that names anyone other than the name before it
// stays, and so does one the sentence ends with. It returns the tokens
// and the new indexes of the names.
func (d *stage) dropInsertions(si int, toks []syntax.Token, isName []bool, names []int) ([]syntax.Token, []int) {
	var drop []bool
	for k := 0; k+2 < len(toks); k++ {
		open := toks[k+1].Form
		if !isName[k] || open != "—" && open != "–" && open != "--" && open != "(" {
			continue
		}
		close := open
		if open == "(" {
			close = ")"
		}
		c := -1
		for j := k + 2; j < len(toks) && j <= k+30; j++ {
			if toks[j].Form == close || open != "(" && (toks[j].Form == "—" || toks[j].Form == "–" || toks[j].Form == "--") {
				c = j
				break
			}
			if isName[j] && !d.placeSpan(si, toks[j].Start, toks[j].End) || d.namesOther(si, toks[j], toks[k]) {
				break // (a place names no one: "(then a junior senator from Ohio)")
			}
		}
		if c < 0 || c+1 >= len(toks) || toks[c+1].UPOS == "PUNCT" {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		for x := k + 1; x <= c; x++ {
			drop[x] = true
		}
		k = c
	}
	if drop == nil {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// namesOther reports whether token t lies in a mention of sentence si that
// names someone other than the one name names (a description or pronoun
// resolved to the name itself names no one else).
func (d *stage) namesOther(si int, t, name syntax.Token) bool {
	self := -1
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.End == name.End {
			self = m.Entity
		}
	}
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; t.Start < m.End && t.End > m.Start && m.Entity >= 0 && m.Entity != self && d.Entities[m.Entity].Type != doc.Place {
			return true
		}
	}
	return false
}

// repairRoleNouns reads as a noun a role word the tagger took for an
// adjective where no noun follows it ("as chief executive stunned
// investors", "took over as chief executive last spring"): "executive",
// "official", "principal" head their phrase there. So too a role word
// read as a verb right after "as" ("hired as superintendent").
func repairRoleNouns(model *syntax.Model, toks []syntax.Token) {
	for k, t := range toks {
		if t.UPOS == "VERB" && k > 0 && strings.EqualFold(toks[k-1].Form, "as") && rules.RoleWord(strings.ToLower(t.Form)) && !strings.HasSuffix(t.Form, "ed") && !strings.HasSuffix(t.Form, "ing") {
			// "was hired as superintendent in 2022" with the role read
			// as a verb after "as"
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

// afterDateline returns where the words of sentence si start after a
// dateline that opens it ("ANNAPOLIS, Md. — ", "Lagos, Nigeria - "): the
// article's own, or capitalised place words and commas before a dash.
func (d *stage) afterDateline(si int) int {
	s := d.Sentences[si]
	if dl := d.Article.Dateline; dl != "" && strings.HasPrefix(d.Text[s.Start:s.End], dl) {
		i := s.Start + len(dl)
		for i < s.End && strings.ContainsRune(" \t—–-:", rune(d.Text[i])) || i+2 < s.End && (d.Text[i:i+3] == "—" || d.Text[i:i+3] == "–") || i < s.End && d.Text[i] == '(' {
			if d.Text[i] == '(' {
				// "WASHINGTON (AP) —": the wire's name is the dateline's.
				c := strings.IndexByte(d.Text[i:min(s.End, i+25)], ')')
				if c < 0 {
					break
				}
				i += c + 1
			} else if d.Text[i] < 0x80 {
				i++
			} else {
				i += 3
			}
		}
		return i
	}
	place := false
	for k := s.First; k < s.Last && k < s.First+12; k++ {
		t := d.Tokens[k]
		switch {
		case t.Text == "—" || t.Text == "–" || t.Text == "-":
			if place && k+1 < s.Last {
				return d.Tokens[k+1].Start
			}
			return s.Start
		case t.Text == "," || t.Text == "." || t.Text == "(" || t.Text == ")":
		case t.Cap:
			// A known place, or a wire dateline's city in capitals
			// ("BOGOTA, May 12 (Reuters) -").
			if d.tokenIsPlace(k) || k == s.First && len(t.Text) >= 3 && t.Text == strings.ToUpper(t.Text) {
				place = true
			}
		case t.Word && strings.Trim(t.Text, "0123456789") == "":
			// the day of a dateline's date
		default:
			return s.Start
		}
	}
	return s.Start
}

// tokenIsPlace reports whether token k is in a place mention.
func (d *stage) tokenIsPlace(k int) bool {
	j := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Last > k })
	return j < len(d.Mentions) && d.Mentions[j].First <= k && d.Mentions[j].Type == doc.Place
}

// collapseQuotes gives the parser a long quotation of sentence si as one
// word, "this": its words are the speaker's, never the narration's
// parties or triggers, and a parser trained on web text loses the
// narration's structure across them ('"We had a great relationship,"
// Whitfield said, adding, "I don't know if we will anymore," during a
// meeting with Obi'). Short quotations, often a judgement the narration
// reports ('called him a "disgrace"'), are kept.
func (d *stage) collapseQuotes(si int, p *parsed) {
	for _, q := range d.QuoteSpans {
		if q.Sent != si || q.RunOn || q.Close-q.Open-1 <= 5 || q.Close >= len(d.Tokens) {
			continue
		}
		if t := d.Tokens[q.Open+1]; t.Word && !t.Cap && q.Open > d.Sentences[si].First && d.clauseWordBefore(q.Open) {
			continue // words woven into the clause, of any length: "said Nwankwo had “betrayed every farmer in this state”"
		}
		lo, hi := d.Tokens[q.Open].Start, d.Tokens[q.Close].End
		out := p.toks[:0]
		placed := false
		for _, t := range p.toks {
			if t.Start >= lo && t.End <= hi {
				if !placed {
					out = append(out, syntax.Token{Start: lo, End: hi, Form: "this"})
					placed = true
				}
				continue
			}
			out = append(out, t)
		}
		p.toks = out
	}
}

// mergeHyphenTriggers joins the pieces of a hyphenated word that the
// tokenizer split by treebank convention ("sit - down", "shout - out")
// into one word when the whole is a trigger (the frames list such nouns
// whole) or has three parts or more ("brother-in-law").
func (d *stage) mergeHyphenTriggers(p *parsed) {
	out := p.toks[:0]
	for i := 0; i < len(p.toks); i++ {
		j := i
		for j+2 < len(p.toks) && p.toks[j+1].Form == "-" && p.toks[j+1].Start == p.toks[j].End && p.toks[j+2].Start == p.toks[j+1].End {
			j += 2
		}
		if j == i+2 && (compoundParticles[strings.ToLower(p.toks[j].Form)] || adjectiveEnds[strings.ToLower(p.toks[j].Form)]) && isLowerWord(p.toks[i].Form) {
			// "falling-out", "shake-up", "sit-down": a noun of a verb and
			// its particle; "years-long", "Texas-based": a modifier. The
			// parser would take them apart.
			whole := d.Text[p.toks[i].Start:p.toks[j].End]
			t := p.toks[i]
			t.End, t.Form = p.toks[j].End, whole
			out = append(out, t)
			i = j
			continue
		}
		if j == i && i+2 < len(p.toks) && p.toks[i+1].Form == "in" && p.toks[i+2].Form == "chief" && rules.PersonNoun(strings.ToLower(p.toks[i].Form)) {
			// "editor in chief", "commander in chief": one role, as
			// when hyphenated.
			j = i + 2
		}
		if j == i+2 && isLowerWord(p.toks[i].Form) && d.hyphenVerb(p.toks[i].Form, p.toks[j].Form) {
			// "strong-armed", "bad-mouthed": a verb trigger of two
			// words, which the parser would take apart.
			t := p.toks[i]
			t.End, t.Form = p.toks[j].End, d.Text[p.toks[i].Start:p.toks[j].End]
			out = append(out, t)
			i = j
			continue
		}
		if j > i {
			whole := strings.ToLower(d.Text[p.toks[i].Start:p.toks[j].End])
			// A trigger ("co-founder"), or a compound of three words or
			// more ("brother-in-law", "editor-in-chief", "striker-turned-
			// pundit"), which the parser would take apart.
			if d.frames.Triggers(syntax.Token{Form: whole, Lemma: whole, UPOS: "NOUN", XPOS: "NN"}) || j-i >= 4 || p.toks[i+1].Form == "in" {
				t := p.toks[i]
				t.End, t.Form = p.toks[j].End, d.Text[p.toks[i].Start:p.toks[j].End]
				out = append(out, t)
				i = j
				continue
			}
		}
		out = append(out, p.toks[i])
	}
	p.toks = out
}

// hyphenVerb reports whether first-last is a form of a verb trigger of
// two words joined by a hyphen: "strong-armed" of "strong-arm",
// "bad-mouthing" of "bad-mouth".
func (d *stage) hyphenVerb(first, last string) bool {
	last = strings.ToLower(last)
	if !isLowerWord(last) {
		return false
	}
	model := syntax.Default()
	for _, tag := range [...]string{"VBD", "VBN", "VBG", "VBZ", "VB"} {
		lemma := strings.ToLower(first) + "-" + model.Lemma(last, "VERB", tag)
		if d.frames.Triggers(syntax.Token{Form: first + "-" + last, Lemma: lemma, UPOS: "VERB", XPOS: tag}) {
			return true
		}
	}
	return false
}

// levelWords name a level of government before a title ("state
// Assembly candidate", "county Supervisor").
var levelWords = rules.WordClass("levelWords")

// adjectiveEnds end modifiers of two words joined by a hyphen
// ("years-long", "state-owned", "family-run").
var adjectiveEnds = rules.WordClass("adjectiveEnds")

// compoundParticles end nouns made of a verb and its particle
// ("falling-out", "shake-up").
var compoundParticles = rules.WordClass("compoundParticles")

// isLowerWord reports whether w is all lower-case letters.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// descriptionStart extends the start of a name's title or role word to
// the capitalised words that modify it ("Polish Ambassador Katarzyna
// Nowicka", "Colombian Interior Minister …", "Russian-born financier …"):
// up to three, never a function word, punctuation or a word of another
// name (done holds the words kept so far), which the parser, seeing an
// unknown capitalised word, would read as a name of its own.
func (d *stage) descriptionStart(si, start int, done []syntax.Token) int {
	k, _ := d.TokenRange(start, start+1)
	if k < 0 {
		return start
	}
	first := d.Sentences[si].First
	for n := 0; n < 3 && k-1 >= first; n++ {
		t := d.Tokens[k-1]
		w := strings.ToLower(t.Text)
		if !t.Word || rules.FunctionWords[t.Text] || rules.FunctionWords[w] || rules.Prepositions[w] || d.Quoted[k-1] ||
			len(done) > 0 && done[len(done)-1].End > t.Start {
			break
		}
		if !t.Cap && !(levelWords[w] && n > 0 && d.Tokens[k].Cap) {
			// only capitalised modifiers: the parser reads lower-case
			// ones well (but "state Assembly candidate", "county
			// Supervisor": a level of government before a capital)
			break
		}
		named := false
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if m := d.Mentions[mi]; m.First <= k-1 && k-1 < m.Last && m.Entity >= 0 {
				named = true // another name ("OpenAI CEO Sam Altman" keeps OpenAI apart)
			}
		}
		if named {
			break
		}
		k--
	}
	return d.Tokens[k].Start
}

// mergeNames makes each name the mention stage found one word of the
// sentence ("Priya Raman", "Greenlight America PAC"), so that the parser
// sees a name as the one proper noun it is, whatever its words; it
// returns the words that are names.
func (d *stage) mergeNames(si int, p *parsed) []int {
	var names []int
	out := p.toks[:0]
	k := 0
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Pronoun || m.Rule == "description" || m.Type == doc.Candidate || m.Type == doc.Pending {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.Text[m.Start:]); !unicode.IsUpper(r) && r != '@' {
			continue
		}
		start := m.Start
		if m.TitleFirst < m.First && m.TitleFirst >= 0 {
			// "Governor Lars Eklund", "Chief executive Priya Raman": the
			// title is part of the name's phrase.
			start = d.Tokens[m.TitleFirst].Start
		} else if f := m.First; m.Type != doc.Place && f > 0 && d.Sentences[si].First < f && (rules.PersonNoun(strings.ToLower(d.Tokens[f-1].Text)) || rules.PersonNounPlural(strings.ToLower(d.Tokens[f-1].Text))) &&
			!(f >= 2 && (modalWords[strings.ToLower(d.Tokens[f-2].Text)] || relativeOrSubject[strings.ToLower(d.Tokens[f-2].Text)])) {
			// "investor Grace Okafor", "businesswoman Ngozi Adeyemi" (not a
			// place, nor a verb after a modal or a subject: "will host
			// Quebec …", "who chairs Eastbrook's board").
			start = d.Tokens[f-1].Start
			for b := f - 2; b > d.Sentences[si].First && b >= f-4; b-- {
				// with the words of the role before it: "chief executive
				// Elliot Nakamura", "deputy finance minister …"
				w := d.Tokens[b].Text
				if d.Tokens[b].Cap || !roleModifiers[w] && !rules.RoleNouns[w] || strings.EqualFold(d.Tokens[b-1].Text, "to") {
					break // (not a verb after "to": "asked the bar to discipline attorney Fairbanks")
				}
				start = d.Tokens[b].Start
			}
		}
		if start < m.Start {
			start = d.descriptionStart(si, start, out)
		}
		for k < len(p.toks) && p.toks[k].End <= start {
			out = append(out, p.toks[k])
			k++
		}
		if k < len(p.toks) && p.toks[k].Start > start && p.toks[k].Start <= m.Start {
			// The title overlaps a name merged before ("OpenAI CEO Sam
			// Altman"): merge the name alone.
			start = m.Start
			for k < len(p.toks) && p.toks[k].End <= start {
				out = append(out, p.toks[k])
				k++
			}
		}
		if k >= len(p.toks) || p.toks[k].Start != start {
			continue // the mention does not start on a word boundary
		}
		j := k
		for j < len(p.toks) && p.toks[j].End <= m.End {
			j++
		}
		if j == k || p.toks[j-1].End != m.End {
			continue
		}
		t := p.toks[k]
		t.End = p.toks[j-1].End
		if n := len(names); n > 0 && names[n-1] == len(out)-1 && m.Type == doc.Person && start < m.Start &&
			strings.TrimSpace(d.Text[out[len(out)-1].End:start]) == "" {
			// "Netflix co-CEO Ted Sarandos", "OpenAI's chief Sam Altman":
			// an organization naming a titled person's role belongs to
			// the person's phrase.
			t.Start = out[len(out)-1].Start
			out = out[:len(out)-1]
			names = names[:n-1]
		}
		t.Form = d.Text[t.Start:t.End]
		names = append(names, len(out))
		out = append(out, t)
		k = j
	}
	out = append(out, p.toks[k:]...)
	p.toks = out
	return names
}

// amountInSentence reports whether sentence si names a sum of money.
func (d *stage) amountInSentence(si int) bool {
	for _, a := range d.Amounts {
		if a.Sent == si {
			return true
		}
	}
	return false
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

// repairVerbAfterName reads as a verb in the past a word right after a
// name that the tagger made a noun, when it is an irregular past (one
// WordNet lists, or one the treebank shows in the past: "hit", "set") of
// a verb a frame knows, and a phrase follows it ("Holt hit back at …").
func (d *stage) repairVerbAfterName(toks []syntax.Token, isName []bool) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if !isName[k-1] || t.UPOS != "NOUN" || !isLowerWord(t.Form) {
			continue
		}
		w := strings.ToLower(t.Form)
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

// repairLowerPropers reads as a common noun a lower-case word after a
// determiner that the tagger took for a proper noun ("led a march
// against …", read as the month).
func repairLowerPropers(toks []syntax.Token) {
	for k := 1; k < len(toks); k++ {
		if t := &toks[k]; t.UPOS == "PROPN" && isLowerWord(t.Form) && toks[k-1].UPOS == "DET" {
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
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

// doubleObjectVerbs give their second object to their first (rules:
// giveVerbs, "pay", "owe").
var doubleObjectVerbs = func() map[string]bool {
	m := map[string]bool{"pay": true, "owe": true}
	for w := range rules.WordClass("giveVerbs") {
		m[w] = true
	}
	return m
}()

// timeNounWords name a stretch of time ("last week").
var timeNounWords = rules.WordClass("timeNouns")

// lightVerbs lend their object the event it names (rules: wordclasses.txt).
var lightVerbs = rules.WordClass("lightVerbs")

// repairSubjunctives reads as a verb the base form a demand puts after
// its subject ("demanded that Burke resign", "insisted that the board
// step down"), which the tagger, seeing a name before it, took for a
// noun.
func (d *stage) repairSubjunctives(model *syntax.Model, toks []syntax.Token) {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].UPOS != "VERB" || !frame.DemandVerb(strings.ToLower(toks[k].Lemma)) || !strings.EqualFold(toks[k+1].Form, "that") {
			continue
		}
		for v := k + 3; v < len(toks) && v <= k+6; v++ {
			t := &toks[v]
			if t.UPOS == "VERB" || t.UPOS == "AUX" {
				break
			}
			if t.UPOS == "NOUN" && (toks[v-1].UPOS == "PROPN" || toks[v-1].UPOS == "NOUN") && isLowerWord(t.Form) && (model.SeenAsVerb(t.Form) || d.frames.HasVerb(strings.ToLower(t.Form))) && !(strings.HasSuffix(t.Form, "s") && !strings.HasSuffix(t.Form, "ss")) {
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VB", strings.ToLower(t.Form)
				break
			}
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

// pairBefore returns the two people the sentence before si speaks of,
// when it speaks of exactly two and si is no headline (or, when it
// speaks of fewer, the sentences before it in the paragraph make two):
// those "they", "the pair" or "the two men" in si may stand for; or its
// three when si speaks of "the three". Else nil.
func (d *stage) pairBefore(si int) []int {
	if si == 0 || d.Sentences[si].Title || d.Sentences[si-1].Title || d.Sentences[si].Post != d.Sentences[si-1].Post {
		return nil
	}
	typ := doc.Person
	if d.groupsOfOrgs(si) {
		typ = doc.Org // "the two groups said they had reconciled"
	}
	var pair []int
	add := func(sj int) {
		for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
			e := d.Mentions[mi].Entity
			if e < 0 || d.Entities[e].Type != typ || slices.Contains(pair, e) || d.Quoted[d.Mentions[mi].First] {
				continue
			}
			pair = append(pair, e)
		}
	}
	add(si - 1)
	if len(pair) == 3 && typ == doc.Person && !d.trioWordIn(si) {
		// "The two men …" after a sentence naming two men and a woman:
		// the men.
		var of []int
		g := d.gendered(si)
		for _, e := range pair {
			if g != "" && d.Entities[e].Gender == g {
				of = append(of, e)
			}
		}
		if len(of) == 2 {
			pair = of
		}
	}
	if len(pair) > 2 && !(len(pair) == 3 && typ == doc.Person && d.trioWordIn(si)) {
		// More are named, but two open the sentence before as its
		// coordinated subject: those two ("Greer Holdings and Bastion
		// Capital spent 2025 fighting over control of Lakeline Resorts.
		// The two firms …").
		if a, b := d.subjectPair(si-1, typ); a >= 0 {
			pair = []int{a, b}
		}
	}
	// The sentence before names fewer: the two sentences before it in
	// the same paragraph may make up the pair ("Claudia Reyes is a former
	// star. Esteban Lozano is the director who made her famous. The two
	// have made peace").
	for sj := si - 2; len(pair) < 2 && sj >= 0 && sj >= si-3 && !d.Sentences[sj].Title && d.SameParagraph(sj, si); sj-- {
		add(sj)
	}
	if len(pair) == 3 && typ == doc.Person && d.trioWordIn(si) {
		return pair // "… On Friday night, the three dined together"
	}
	// "Both sides", "the two sides" after a person and an organization
	// named before, and no two of either: "Asamoah sued Lumière Apparel
	// in 2023. Both sides said Friday they had resolved their
	// differences" ("the two" alone is two people).
	mixed := func() []int {
		var both []int
		for _, t := range []doc.MentionType{doc.Person, doc.Org} {
			typ, pair = t, nil
			add(si - 1)
			if len(pair) != 1 {
				return nil
			}
			both = append(both, pair[0])
		}
		return both
	}
	if len(pair) != 2 {
		if typ == doc.Org {
			// "both sides" that are no two organizations named before
			// ("surprised colleagues on both sides"): the people may be.
			typ, pair = doc.Person, nil
			add(si - 1)
			for sj := si - 2; len(pair) < 2 && sj >= 0 && sj >= si-3 && !d.Sentences[sj].Title && d.SameParagraph(sj, si); sj-- {
				add(sj) // ("A sued B in 2021. On Tuesday she dropped the suit. Both sides said …")
			}
			if len(pair) == 2 {
				return pair
			}
			return mixed()
		}
		if typ == doc.Person && d.conflictWordIn(si) {
			// "Fairlane Motors and the dealers' council clashed for
			// months. The dispute ended Wednesday …": the conflict of
			// two organizations, when no two people were named.
			typ, pair = doc.Org, nil
			add(si - 1)
			if len(pair) > 2 {
				if a, b := d.subjectPair(si-1, typ); a >= 0 {
					pair = []int{a, b}
				}
			}
			if len(pair) == 2 {
				return pair
			}
			return mixed()
		}
		return d.protagonists(si)
	}
	return pair
}

// conflictWordIn reports whether sentence si speaks of a conflict as
// "the dispute", "the feud", "their rift".
func (d *stage) conflictWordIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First + 1; k < s.Last; k++ {
		if w := strings.ToLower(d.Tokens[k-1].Text); (w == "the" || w == "their") && frame.ConflictNoun(strings.ToLower(d.Tokens[k].Text)) {
			return true
		}
	}
	return false
}

// subjectPair returns the two entities of type typ that open sentence si
// joined by "and" ("A and B spent …"), or -1, -1.
func (d *stage) subjectPair(si int, typ doc.MentionType) (int, int) {
	mi := d.FirstMentionIn(si)
	if mi < 0 || mi+1 >= len(d.Mentions) || d.Mentions[mi+1].Sent != si {
		return -1, -1
	}
	a, b := d.Mentions[mi], d.Mentions[mi+1]
	if a.TitleFirst > d.Sentences[si].First+1 || a.Entity < 0 || b.Entity < 0 || a.Entity == b.Entity ||
		d.Entities[a.Entity].Type != typ || d.Entities[b.Entity].Type != typ {
		return -1, -1
	}
	// Only "and" (and a title or "the") between them.
	between := 0
	for k := a.Last; k < b.TitleFirst; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "and":
			between++
		case "the":
		default:
			return -1, -1
		}
	}
	if between != 1 {
		return -1, -1
	}
	return a.Entity, b.Entity
}

// trioWordIn reports whether sentence si speaks of three people as a
// group: "the three", "all three", "the trio".
func (d *stage) trioWordIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First + 1; k < s.Last; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "three", "trio":
			if w := strings.ToLower(d.Tokens[k-1].Text); w == "the" || w == "all" {
				return true
			}
		}
	}
	return false
}

// gendered returns the gender sentence si gives a group of two ("the two
// men", "both women"), or "".
func (d *stage) gendered(si int) string {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if w := strings.ToLower(d.Tokens[k].Text); w == "two" || w == "both" {
			switch strings.ToLower(d.Tokens[k+1].Text) {
			case "men", "brothers", "fathers", "sons":
				return "M"
			case "women", "sisters", "mothers", "daughters":
				return "F"
			}
		}
	}
	return ""
}

// groupsOfOrgs reports whether sentence si speaks of two organizations
// as a group: "the two groups", "both companies", "the two sides".
func (d *stage) groupsOfOrgs(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if w := strings.ToLower(d.Tokens[k].Text); (w == "two" || w == "both") && orgPlurals[strings.ToLower(d.Tokens[k+1].Text)] {
			return true
		}
	}
	return false
}

// orgPlurals name organizations in the plural ("the two groups").
var orgPlurals = rules.WordClass("orgPlurals")

// protagonists returns the article's two main people when sentence si
// speaks of "the pair", "the duo" or "the two men" and the sentence before
// names no two: the two people named most often, each at least three
// times and clearly more than anyone else ("Despite the fallout, the
// relationship has recovered. The pair reconnected at …"). Else nil.
func (d *stage) protagonists(si int) []int {
	s := d.Sentences[si]
	pairWord := false
	for k := s.First; k < s.Last; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "pair", "duo", "two":
			pairWord = pairWord || k > s.First && strings.EqualFold(d.Tokens[k-1].Text, "the")
		}
	}
	if !pairWord {
		return nil
	}
	type count struct{ e, n int }
	var cs []count
	for i, ent := range d.Entities {
		if ent.Type == doc.Person {
			cs = append(cs, count{i, len(ent.Mentions)})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	if len(cs) == 2 {
		return []int{cs[0].e, cs[1].e} // the article's only two people
	}
	if len(cs) < 2 || cs[1].n < 3 || cs[2].n*2 > cs[1].n {
		return nil
	}
	return []int{cs[0].e, cs[1].e}
}

// groupWordIn reports whether sentence si holds a word that may stand for
// two people spoken of before ("they", "the pair", "both", "the
// sisters").
func (d *stage) groupWordIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch w := strings.ToLower(d.Tokens[k].Text); w {
		case "they", "them", "their", "pair", "duo", "both", "two", "three", "trio", "couple":
			return true
		default:
			// (with up to two modifiers: "the former business partners")
			lower := func(x int) bool { return !d.Tokens[x].Cap && d.Tokens[x].Word }
			the := k > s.First && strings.EqualFold(d.Tokens[k-1].Text, "the") ||
				k > s.First+1 && strings.EqualFold(d.Tokens[k-2].Text, "the") && lower(k-1) ||
				k > s.First+2 && strings.EqualFold(d.Tokens[k-3].Text, "the") && lower(k-1) && lower(k-2)
			if the && (rules.PersonNounPlural(w) || frame.ConflictNoun(w)) {
				return true // "the sisters", "the old adversaries", "the rift"
			}
		}
	}
	return false
}

// postNamedIn reports whether sentence si names a person and a role word
// in a paragraph that has just named an organization: "Lanternbox is
// reshuffling. Ilse Brouwer was named head of content" may tell a post
// taken there.
func (d *stage) postNamedIn(si int) bool {
	s := d.Sentences[si]
	role := false
	for k := s.First; k < s.Last && !role; k++ {
		t := d.Tokens[k]
		// (or the post named as such: "was elected to the post")
		role = t.Word && !t.Cap && (rules.RoleNouns[t.Text] || postNounWords[t.Text] && k > s.First && d.Tokens[k-1].Text == "the")
	}
	if !role {
		return false
	}
	person := false
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
			person = true
		}
	}
	return person && d.paragraphOrg(si) >= 0
}

// holderIn reports whether sentence si names someone whose post the
// events of its paragraph have told in the three sentences before, or
// whose title names an organization the article names: a sentence of one
// name may then say they left it ("He resigned on Monday", "Labor
// Secretary Villa resigned").
func (d *stage) holderIn(si int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person {
			continue
		}
		if m.Title != "" && rules.Titles[m.Title].Org != "" && d.titleOrg(m.Entity) >= 0 {
			return true // "Labor Secretary Villa resigned": the post her title names
		}
		for _, e := range d.Events {
			if ej := d.SentenceOfByte(e.Evidence.Start); e.Type == powermap.EventPosition && e.Source == d.Entities[m.Entity].Name && ej < si && ej >= si-3 && d.SameParagraph(ej, si) {
				return true
			}
		}
	}
	return false
}

// mentionsIn counts the distinct people and organizations sentence si
// mentions, at most two (an event needs two parties; the author of a post
// may be one of them).
func (d *stage) mentionsIn(si int) int {
	first, n := -1, 0
	if post := d.Sentences[si].Post; post >= 0 {
		n = 1
	}
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si && n < 2; mi++ {
		e := d.Mentions[mi].Entity
		if e < 0 || e == first || d.Entities[e].Type == doc.Place {
			continue
		}
		if first < 0 {
			first = e
		}
		n++
	}
	return n
}

// formerAppositionOf reports whether token t lies in an apposition of
// the name at n that tells a former post ("Marchbanks, a former
// Crestmoor Beverages executive,"): an organization there is one the
// person has left.
func formerAppositionOf(toks []syntax.Token, n, t int) bool {
	if n < 0 || t < 0 {
		return false
	}
	for a, tk := range toks {
		if tk.Head != n || tk.Rel != "appos" || !inSubtree(toks, t, a) {
			continue
		}
		clause := false // (not in a clause of the apposition: "…, whom the paper hired as editor")
		for k := t; k != a && k >= 0; k = toks[k].Head {
			clause = clause || strings.HasPrefix(toks[k].Rel, "acl") || toks[k].UPOS == "VERB"
		}
		if clause {
			continue
		}
		for _, x := range toks {
			if x.Head == a && x.Rel == "amod" {
				switch strings.ToLower(x.Form) {
				case "former", "onetime", "ex", "erstwhile":
					return true
				}
			}
		}
	}
	return false
}

// gatheredAt reports whether the word at t (or the verb g governing it,
// or the verb t is the subject of) has a phrase naming an occasion people
// gather for ("at a family wedding", "at the brand's anniversary party",
// "on stage at the festival", "during a long lunch"), a meal ("over
// coffee") or a gesture ("with a handshake"); not an interview or a call,
// which one may give alone.
func (d *stage) gatheredAt(toks []syntax.Token, t, g int) bool {
	v := -1
	if strings.HasPrefix(toks[t].Rel, "nsubj") {
		v = toks[t].Head // "their rapprochement was sealed with a handshake"
	}
	for c, tk := range toks {
		if tk.Head != t && (g < 0 || tk.Head != g) && (v < 0 || tk.Head != v) || !strings.HasPrefix(tk.Rel, "obl") && !(tk.Head == t && base(tk.Rel) == "nmod") {
			continue
		}
		if hasCase(toks, c, "at") && gathering(tk) {
			return true
		}
		l := strings.ToLower(tk.Lemma)
		if tk.UPOS == "NOUN" && (hasCase(toks, c, "over") && mealNouns[l] && sharedMeal(toks, c) || hasCase(toks, c, "with") && gestureNouns[l] ||
			hasCase(toks, c, "during") && (gathering(tk) || mealNouns[l])) {
			return true
		}
		for n, x := range toks {
			// "on stage at the Harrow Festival": the occasion one step down
			if x.Head == c && base(x.Rel) == "nmod" && gathering(x) && n > c && hasCase(toks, n, "at") {
				return true
			}
		}
	}
	return false
}

// sharedMeal reports whether meal noun c is a meal had, not a thing: no
// possessor and no article but "a" ("over coffee", "over a long lunch";
// not "over the restaurant's wine").
func sharedMeal(toks []syntax.Token, c int) bool {
	for _, t := range toks {
		if t.Head != c {
			continue
		}
		if t.Rel == "nmod:poss" {
			return false
		}
		if t.Rel == "det" && !strings.EqualFold(t.Form, "a") && !strings.EqualFold(t.Form, "an") {
			return false
		}
	}
	return true
}

// mealNouns are what people share at table ("ended the standoff over
// coffee"; a feud "over the summit" is about it); gestureNouns are made
// in person ("sealed with a handshake") (rules: wordclasses.txt).
var (
	mealNouns    = rules.WordClass("mealNouns")
	gestureNouns = rules.WordClass("gestureNouns")
)

// gathering reports whether token t names an occasion people gather at:
// the noun, or the last word of a name ("the Harrow Festival").
func gathering(t syntax.Token) bool {
	w := strings.ToLower(t.Lemma)
	if k := strings.LastIndexByte(t.Form, ' '); k >= 0 {
		w = strings.ToLower(t.Form[k+1:])
	}
	return gatheringNouns[w]
}

// gatheringNouns are occasions people gather at (rules: gatheringNouns).
var gatheringNouns = rules.WordClass("gatheringNouns")

// restatesName reports whether description mention mi is an apposition
// of the name right before it ("Castell, the vice chairman of …"), which
// names no one else: the same entity, set off by a comma after a mention
// that is no description itself ("In a letter to the board, the firm
// said …" sets two phrases side by side, not one beside the other).
func (d *stage) restatesName(mi int) bool {
	m := d.Mentions[mi]
	if m.Rule != "description" || mi == 0 {
		return false
	}
	p := d.Mentions[mi-1]
	return p.Entity == m.Entity && p.Rule != "description" && p.Last+1 == m.First && d.Tokens[m.First-1].Text == ","
}

// judgesWork reports whether verb v can judge a work: a verb of praise
// or attack that is no verb of meeting ("visited it", "called it" are
// no judgements of its maker).
func (d *stage) judgesWork(v syntax.Token) bool {
	l := strings.ToLower(v.Lemma)
	return v.UPOS == "VERB" && (d.frames.HasType(l, powermap.EventOppose, "VERB") || d.frames.HasType(l, powermap.EventSupport, "VERB")) && !d.frames.HasType(l, powermap.EventMeet, "VERB")
}

// nounBefore reports whether a thing is named before token i of its
// parsed sentence as a verb's subject or object ("read a new audit … and
// condemned it"): "it" may be that.
func nounBefore(toks []syntax.Token, i int) bool {
	for k := 0; k < i; k++ {
		if t := toks[k]; t.UPOS == "NOUN" && (base(t.Rel) == "obj" || t.Rel == "nsubj:pass" || base(t.Rel) == "nsubj") && !rules.PersonNoun(strings.ToLower(t.Lemma)) {
			return true
		}
	}
	return false
}

// itOfOwner reports whether sentence si has an "it" that may stand for
// someone's work (thingOwner).
func (d *stage) itOfOwner(si int) bool {
	s := d.Sentences[si]
	for k := s.First + 1; k < s.Last; k++ {
		if strings.EqualFold(d.Tokens[k].Text, "it") && !d.Quoted[k] && d.thingOwner(si, k) >= 0 {
			return true
		}
	}
	return false
}

// thingOwner returns the person whose work "it" at token k stands for:
// the owner of the last thing a sentence before it in its paragraph
// named with a possessive ("her housing plan", "Whitcombe's new album",
// "his memoir"), when no organization was named after it; else -1.
func (d *stage) thingOwner(si, k int) int {
	if k == d.Sentences[si].First || d.thingNamed(si, d.Sentences[si].First, k) {
		return -1
	}
	for p := si - 1; p >= 0 && p >= si-2 && d.SameParagraph(p, si); p-- {
		owner, org := -1, false
		for mi := d.FirstMentionIn(p); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == p; mi++ {
			m := d.Mentions[mi]
			if m.Entity < 0 {
				continue
			}
			if d.Entities[m.Entity].Type == doc.Org {
				org = true
				continue
			}
			n := m.Last // the possessed noun after "her", "Whitcombe's"
			if !m.Pronoun || !strings.EqualFold(d.Tokens[m.First].Text, "her") && !strings.EqualFold(d.Tokens[m.First].Text, "his") {
				if n >= d.Sentences[p].Last || d.Tokens[n].Text != "’s" && d.Tokens[n].Text != "'s" {
					continue
				}
				n++
			} else if n < d.Sentences[p].Last && articles[strings.ToLower(d.Tokens[n].Text)] {
				continue // "showed her a plan": an object, no owner
			}
			for j := n; j < d.Sentences[p].Last && j < n+3; j++ {
				t := d.Tokens[j]
				if !t.Word || t.Cap {
					break
				}
				if w := strings.ToLower(t.Text); ownWorkNouns[w] {
					owner, org = m.Entity, false
					break
				}
			}
		}
		if owner >= 0 && !org {
			return owner
		}
		if owner >= 0 || org || d.thingNamed(p, d.Sentences[p].First, d.Sentences[p].Last) {
			return -1 // ("a water main burst …": another thing "it" may be)
		}
	}
	return -1
}

// articles open a noun phrase.
var articles = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "another": true}

// thingNamed reports whether tokens [from, to) of sentence si name a
// thing with an article, not after a preposition ("a water main burst",
// "read a new audit"), which "it" after them may stand for.
func (d *stage) thingNamed(si, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if !articles[strings.ToLower(d.Tokens[k].Text)] || k > d.Sentences[si].First && rules.Prepositions[strings.ToLower(d.Tokens[k-1].Text)] {
			continue
		}
		for j := k + 1; j < to && j <= k+3; j++ {
			t := d.Tokens[j]
			if !t.Word || t.Cap {
				break
			}
			if w := strings.ToLower(t.Text); !rules.PersonNoun(w) && !rules.WeekdayOrMonth(w) && !timeWords[w] && syntax.Default().CommonNoun(w) {
				return true
			}
		}
	}
	return false
}

// ownWorkNouns are things someone makes or puts forward, whose judging
// judges them: plans, bills, books, albums (rules: ownWorkNouns).
var ownWorkNouns = rules.WordClass("ownWorkNouns")

// speaksFor returns the organization person e acts for as its lawyer or
// spokesperson, as sentence si or one beside it in its paragraph says
// ("Dana Holt, a lawyer for Corvane Holdings", "Corvane spokeswoman Dana
// Holt"), or -1.
func (d *stage) speaksFor(si, e int) int {
	if e < 0 || d.Entities[e].Type != doc.Person {
		return -1
	}
	for s := max(si-1, 0); s <= si+1 && s < len(d.Sentences); s++ {
		if !d.SameParagraph(s, si) {
			continue
		}
		for mi := d.FirstMentionIn(s); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == s; mi++ {
			m := d.Mentions[mi]
			if m.Entity != e || m.Pronoun {
				continue
			}
			// after the name: ", a lawyer for Corvane"
			k, end := m.Last, d.Sentences[s].Last
			if k < end && d.Tokens[k].Text == "," {
				k++
				agent := false
				for n := 0; k < end && n < 4 && d.Tokens[k].Word && !d.Tokens[k].Cap; n, k = n+1, k+1 {
					if w := strings.ToLower(d.Tokens[k].Text); w == "former" || w == "ex" {
						break // "a former lawyer for Corvane" speaks for it no more
					} else if agentNouns[w] {
						agent = true
					} else if agent && (w == "for" || w == "of" || w == "representing") {
						if o := d.orgAt(k + 1); o >= 0 {
							return o
						}
						break
					}
				}
			}
			// before it: "Corvane spokeswoman Dana Holt", "Corvane's lawyer, Dana Holt,"
			k = m.First - 1
			if k >= 0 && d.Tokens[k].Text == "," {
				k--
			}
			if k > 0 && agentNouns[strings.ToLower(d.Tokens[k].Text)] {
				k--
				if k >= 0 && (d.Tokens[k].Text == "’s" || d.Tokens[k].Text == "'s") {
					k--
				}
				if o := d.orgEndingAt(k); o >= 0 {
					return o
				}
			}
		}
	}
	return -1
}

// agentNouns act for someone else (rules: agentNouns).
var agentNouns = rules.WordClass("agentNouns")

// orgAt returns the organization a mention starting at token k (after an
// article) names, when the phrase ends with it ("for Corvane Holdings,"
// — not "for Corvane Holdings workers", "for Corvane's chief"), or -1.
func (d *stage) orgAt(k int) int {
	if k < len(d.Tokens) && strings.EqualFold(d.Tokens[k].Text, "the") {
		k++
	}
	for mi := range d.Mentions {
		if m := d.Mentions[mi]; m.First == k && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Org {
			if n := m.Last; n < len(d.Tokens) && (d.Tokens[n].Word || d.Tokens[n].Text == "’s" || d.Tokens[n].Text == "'s" || d.Tokens[n].Text == "’" || d.Tokens[n].Text == "'") {
				if w := strings.ToLower(d.Tokens[n].Text); w != "said" && w != "says" && w != "told" && w != "and" {
					return -1
				}
			}
			return m.Entity
		}
	}
	return -1
}

// orgEndingAt returns the organization a mention ending at token k
// names, or -1.
func (d *stage) orgEndingAt(k int) int {
	for mi := range d.Mentions {
		if m := d.Mentions[mi]; m.Last == k+1 && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Org {
			return m.Entity
		}
	}
	return -1
}

// frameSentence maps the words of a parsed sentence to the entities of
// the mentions they fall in; words inside a quotation name nobody (a
// quotation's words are the speaker's, not the narration's).
func (d *stage) frameSentence(si int, p *parsed, quoted int) *frame.Sentence {
	fs := &frame.Sentence{Tokens: p.toks, Entity: make([]int, len(p.toks)), Speaker: -1, We: -1, Addressee: -1,
		IsOrg: func(e int) bool { return d.Entities[e].Type == doc.Org }, Stance: rules.Stance,
		RoleWord: rules.RoleWord, KindWord: rules.PersonNoun}
	if post := d.Sentences[si].Post; post >= 0 && post < len(d.Article.Posts) {
		fs.Speaker = quotes.PostAuthor(d.Doc, d.Article.Posts[post])
	}
	if quoted >= 0 {
		fs.Speaker = quoted // "I" and "we" in a quotation are its speaker
		fs.We = d.speaksFor(si, quoted)
	} else {
		fs.Pair = d.pairBefore(si)
	}
	for i := range fs.Entity {
		fs.Entity[i] = -1
	}
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Entity < 0 || d.Entities[m.Entity].Type == doc.Place {
			continue
		}
		if d.Quoted[m.First] && !d.inWovenQuote(m.First) && quoted < 0 {
			continue
		}
		if d.restatesName(mi) {
			continue // "Castell, the vice chairman of …": the role, not another name
		}
		for i, t := range p.toks {
			if t.Start < m.End && t.End > m.Start {
				fs.Entity[i] = m.Entity
			}
		}
	}
	for i, t := range p.toks {
		// "Dlamini unveiled her housing plan. … Ashcombe called it “a
		// giveaway”": what is done to someone's work is done to them.
		if fs.Entity[i] < 0 && t.UPOS == "PRON" && strings.EqualFold(t.Form, "it") && (base(t.Rel) == "obj" || t.Rel == "nsubj:pass") && t.Head >= 0 && d.judgesWork(p.toks[t.Head]) {
			if k, _ := d.TokenRange(t.Start, t.End); k >= 0 && !d.Quoted[k] && !nounBefore(p.toks, i) {
				fs.Entity[i] = d.thingOwner(si, k)
			}
		}
	}
	s := d.Sentences[si]
	fs.Question = strings.HasSuffix(strings.TrimRight(d.Text[s.Start:s.End], "”\"’' )"), "?")
	fs.Money = make([]bool, len(p.toks))
	for _, a := range d.Amounts {
		if a.Sent != si {
			continue
		}
		for i, t := range p.toks {
			if t.Start < a.End && t.End > a.Start {
				fs.Money[i] = true
			}
		}
	}
	return fs
}

// frameEvents finds the events the frames state in every body and post
// sentence.
func (d *stage) frameEvents() {
	for si, s := range d.Sentences {
		if s.Title {
			continue
		}
		p := d.analyse(si)
		if !p.parsed {
			continue
		}
		fs := d.frameSentence(si, p, -1)
		first := len(d.Events)
		var trigs []int // the trigger of each event the sentence gave
		for _, m := range d.frames.Match(fs) {
			trig := p.toks[m.Trigger]
			k, _ := d.TokenRange(trig.Start, trig.End)
			if k < 0 || d.Quoted[k] && !d.inWovenQuote(k) {
				continue
			}
			d.frameEvent(si, k, p, m)
			for len(trigs) < len(d.Events)-first {
				trigs = append(trigs, m.Trigger)
			}
		}
		d.dropMannerActs(first, trigs, p.toks)
	}
	d.quotedEvents()
}

// stanceType reports whether events of type typ are stances taken
// (attack, praise, threat), the acts a manner participle restates; moves
// between posts are not ("stepped down as chief, becoming chairman" is
// two).
func stanceType(typ string) bool {
	return typ == powermap.EventOppose || typ == powermap.EventSupport || typ == powermap.EventThreaten
}

// dropMannerActs keeps one event where a participle clause tells how
// the act of its verb was done, naming the same parties: "sued Kraemer,
// alleging he evicted tenants" is one attack, as is "praised Lindgren,
// calling her …" one praise (coordinated verbs stay two acts: "sued
// Kraemer and accused him of …"). Events from first on are the
// sentence's, trigs their triggers in toks.
func (d *stage) dropMannerActs(first int, trigs []int, toks []syntax.Token) {
	drop := map[int]bool{}
	for i := first; i < len(d.Events); i++ {
		for j := first; j < len(d.Events); j++ {
			a, b := &d.Events[i], &d.Events[j]
			ta, tb := trigs[i-first], trigs[j-first]
			if i == j || drop[j] || a.Type != b.Type || !stanceType(a.Type) || !sameParticipants(a, b) || toks[tb].Head != ta || toks[tb].Rel != "advcl" || toks[tb].XPOS != "VBG" {
				continue
			}
			drop[j] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	out := d.Events[:first]
	for i := first; i < len(d.Events); i++ {
		if !drop[i] {
			out = append(out, d.Events[i])
		}
	}
	d.Events = out
}

// quotedEvents finds the events a speaker states in their own words: a
// quotation of a sentence or more is parsed on its own, with "I" and "we"
// its speaker ("“I have complete confidence in Lindgren,” Kerr said"),
// and only events its speaker takes part in are kept, less certain than
// narrated ones.
func (d *stage) quotedEvents() {
	for qi, q := range d.Quotes {
		speaker := d.QuoteSpeaker[qi]
		first, last := d.TokenRange(q.Span.Start, q.Span.End)
		if speaker < 0 || first < 0 || last-first < 6 || d.Sentences[d.SentenceOf(first)].Post >= 0 {
			continue
		}
		si := d.SentenceOf(first)
		if si != d.SentenceOf(last-1) || d.Sentences[si].Title {
			continue // (a quotation over sentences is read by the sentences)
		}
		if d.accusedOf(si, first) {
			continue // "accused him of “running the Senate like a casino”": what is alleged, not told
		}
		p := &parsed{}
		d.parseSpan(si, q.Span.Start, q.Span.End, p)
		if !p.parsed {
			continue
		}
		fs := d.frameSentence(si, p, speaker)
		fs.Addressee = d.addressee(si, first, last, speaker)
		for _, m := range d.frames.Match(fs) {
			if !speaks(m, speaker) && (fs.We < 0 || !speaks(m, fs.We)) {
				continue // (or the one a lawyer's "we" is)
			}
			trig := p.toks[m.Trigger]
			k, _ := d.TokenRange(trig.Start, trig.End)
			if k < 0 {
				continue
			}
			n := len(d.Events)
			d.frameEvent(si, k, p, m)
			for i := n; i < len(d.Events); i++ {
				e := &d.Events[i]
				e.Confidence *= 0.8
				e.Rule = "quoted " + e.Rule
				e.Note = strings.TrimPrefix(e.Note+"; stated in a quotation by its speaker", "; ")
			}
		}
	}
}

// accusedOf reports whether the quotation opening at token k of
// sentence si is what someone is accused of: right after "of" with a
// verb of accusing before it ("accused the president of “…”").
func (d *stage) accusedOf(si, k int) bool {
	o := k - 1
	for o > d.Sentences[si].First && !d.Tokens[o].Word {
		o-- // (the opening mark)
	}
	if !strings.EqualFold(d.Tokens[o].Text, "of") {
		return false
	}
	for j := d.Sentences[si].First; j < o; j++ {
		switch strings.ToLower(d.Tokens[j].Text) {
		case "accused", "accuses", "accusing", "accuse", "charged", "charging", "suspected", "convicted":
			return true
		}
	}
	return false
}

// addressee returns the person the quotation [first, last) of sentence
// si was told or written to, outside it in the sentence ("…,” Okonjo
// wrote to Representative Pike", "told the senator"), or -1.
func (d *stage) addressee(si, first, last, speaker int) int {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if k >= first-1 && k <= last || d.Quoted[k] {
			continue
		}
		w := strings.ToLower(d.Tokens[k].Text)
		to := k + 1
		switch {
		case tellVerbs[w]:
		case rules.SpeechVerbs[w] && strings.EqualFold(d.Tokens[k+1].Text, "to"):
			to = k + 2 // "wrote to", "said to"
		default:
			continue
		}
		if mi := d.NextMentionAfter(to-1, si); mi >= 0 && d.Mentions[mi].TitleFirst <= to+1 {
			if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person {
				return e
			}
		}
	}
	return -1
}

// tellVerbs speak to the one named right after them ("told Pike",
// "warned the senator"; rules/wordclasses.txt).
var tellVerbs = rules.WordClass("tellVerbs")

// speaks reports whether the speaker fills a slot of match m.
func speaks(m frame.Match, speaker int) bool {
	for _, fs := range m.Slots {
		for _, f := range fs {
			if f.Entity == speaker {
				return true
			}
		}
	}
	return false
}

// startsPost reports whether verb t gives someone a post: a position
// frame of its lemma starts one ("appoint", "name", "pick").
func (d *stage) startsPost(t syntax.Token) bool {
	if t.UPOS != "VERB" {
		return false
	}
	for _, f := range d.frames.ByLemma(t.Lemma) {
		if f.Type == "position" && f.Status == "start" && f.POS == "VERB" {
			return true
		}
	}
	return false
}

// inContent reports whether token t lies in a clause the trigger trig
// governs as what it is about ("accused Serra Alta of ignoring warnings
// in 2025", "said that the talks had begun in May"): its time is the
// content's, not the trigger's.
func inContent(toks []syntax.Token, t, trig int) bool {
	for n := 0; t >= 0 && n < len(toks); n++ {
		h := toks[t].Head
		if h == trig {
			r := base(toks[t].Rel)
			if toks[t].UPOS != "VERB" {
				return false
			}
			if r == "ccomp" || r == "acl" && !strings.HasSuffix(toks[t].Rel, "relcl") {
				return true
			}
			// (an adverbial clause only when it says what the act is
			// about or for: "of ignoring …", "for failing …"; "starting
			// in September" times the act)
			for c := range toks {
				if toks[c].Head == t && (toks[c].Rel == "mark" || toks[c].Rel == "case") {
					switch strings.ToLower(toks[c].Form) {
					case "of", "for", "about", "over":
						return r == "advcl"
					}
				}
			}
			return false
		}
		t = h
	}
	return false
}

// onClauseVerb reports whether time token t hangs on a verb of the
// clause rooted at c as its time ("had donated … in 2022"), not inside a
// noun's phrase ("Kessler's 2027 reelection bid") nor as a deadline ("by
// the end of March").
func onClauseVerb(toks []syntax.Token, t, c int) bool {
	for n := 0; t >= 0 && n < 6; n++ {
		h := toks[t].Head
		if h < 0 {
			return false
		}
		if hasCase(toks, t, "by") || hasCase(toks, t, "until") {
			return false
		}
		if toks[h].UPOS == "VERB" || toks[h].UPOS == "AUX" {
			return true
		}
		if toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN" {
			// (a phrase of time the parser hung on the object is the
			// verb's all the same: "donated $5,000 to his campaign in
			// 2022"; a bare year modifying the noun is the noun's)
			return hasCase(toks, t, "in") || hasCase(toks, t, "on") || hasCase(toks, t, "during")
		}
		t = h
	}
	return false
}

// namingQuoteAfter reports whether a quotation opens within a few words
// after token k of sentence si, with no verb between: what a verb of
// naming calls its object.
func (d *stage) namingQuoteAfter(si, k int) bool {
	for j := k + 1; j < d.Sentences[si].Last && j <= k+8; j++ {
		if _, ok := d.QuoteOpenedAt(j); ok {
			return j > k+1
		}
		// (only the object between: "called Park on Sunday to offer
		// “whatever help he needs”" is a call)
		switch strings.ToLower(d.Tokens[j].Text) {
		case "him", "her", "them", "it", "the", "a", "an", "his", "their", "its", "'s", "’s":
			continue
		}
		if !d.TokenInMention(j) {
			return false
		}
	}
	return false
}

// reportedClause returns the root of the clause a verb of saying reports
// that token trig lies in ("said Friday [she had donated … in 2022]"),
// or -1.
func reportedClause(toks []syntax.Token, trig int) int {
	for c, n := trig, 0; c >= 0 && n < 8; c, n = toks[c].Head, n+1 {
		if base(toks[c].Rel) == "ccomp" {
			return c
		}
	}
	return -1
}

// ahead reports whether date expression de points past the day of
// publication ("in next year's primary").
func (d *stage) ahead(de doc.DateExpr) bool {
	return de.Future || doc.CompareDay(de.Value, d.Published) > 0
}

// inThreatened reports whether token t lies in the infinitive of a
// threat, what is threatened ("vowed on Thursday to fund a challenger in
// next year's primary"): a time to come there is the harm's, not the
// threat's (a past one the parser hung there is the threat's: "threatened
// to sue him on Tuesday").
func inThreatened(toks []syntax.Token, t, trig int) bool {
	for n := 0; t >= 0 && n < len(toks); n++ {
		if toks[t].Head == trig {
			return base(toks[t].Rel) == "xcomp"
		}
		t = toks[t].Head
	}
	return false
}

// frameEvent turns one frame match into events.
func (d *stage) frameEvent(si, k int, p *parsed, m frame.Match) {
	f := m.Frame
	typ := f.Type
	rule := f.Name
	if typ == powermap.EventMeet && f.Lemma == "call" && d.namingQuoteAfter(si, k) {
		return // "called the ambassador “a guest who has spat on the table”": naming, no call
	}
	if f.Lemma == "recall" && m.RoleFirst > 0 {
		r := m.RoleFirst - 1
		for r > 0 && p.toks[r].UPOS == "DET" {
			r--
		}
		if strings.EqualFold(p.toks[r].Form, "as") {
			return // "recalled him as a demanding boss": remembered
		}
	}
	if m.Intent && typ == powermap.EventOppose {
		typ, rule = powermap.EventThreaten, f.Name+" (intended)"
	}
	ev := powermap.Event{Type: typ, Rule: rule, Confidence: f.Conf, Planned: m.Planned,
		Evidence: powermap.Span{Start: d.Sentences[si].Start, End: d.Sentences[si].End}, Status: f.Status}
	if t := p.toks[m.Trigger]; ev.Status == "hold" && t.Head >= 0 && ((t.Rel == "xcomp" || t.Rel == "advcl") && d.startsPost(p.toks[t.Head]) ||
		t.Rel == "acl" && p.toks[t.Head].Rel == "obj" && p.toks[t.Head].Head >= 0 && d.startsPost(p.toks[p.toks[t.Head].Head])) {
		// "appointed the heiress to chair the commission" (the infinitive
		// read as the verb's or its object's): a post held from now on
		// is a post taken.
		ev.Status = "start"
	}
	// A date dates the event only from the trigger's own side of a
	// relative clause: not "since 2019" in "Marsh, who had run the
	// company since 2019, is leaving", nor "on April 1" for a relative
	// clause's "who stepped down last month".
	sameIsland := func(de doc.DateExpr) bool {
		t := p.tokenAt(de.Start)
		return t < 0 || relativeClause(p.toks, t) == relativeClause(p.toks, m.Trigger) && !inContent(p.toks, t, m.Trigger) &&
			!(typ == powermap.EventThreaten && d.ahead(de) && inThreatened(p.toks, t, m.Trigger))
	}
	when := d.dateExprNear(si, k, sameIsland)
	if c := reportedClause(p.toks, m.Trigger); c >= 0 && when != nil && !inSubtree(p.toks, p.tokenAt(when.Start), c) {
		// "said Friday she had donated $5,000 to his campaign in 2022":
		// a reported clause's own time dates what it reports, before
		// the day of the telling.
		if own := d.dateExprNear(si, k, func(de doc.DateExpr) bool {
			t := p.phraseHead(de.Start, de.End)
			return t >= 0 && inSubtree(p.toks, t, c) && sameIsland(de) && onClauseVerb(p.toks, t, c)
		}); own != nil {
			when = own
		}
	}
	if f.AgentNoun() && when != nil && !p.datesPhrase(when.Start, m.Trigger) {
		// "Sabet, a longtime donor to Vex, met the mayor on Monday": what
		// a noun describes someone as is dated only in its own phrase
		// ("a donor to Vex since 2025") or clause ("became a donor to
		// Vex in 2025").
		when = nil
	}
	if when != nil {
		ev.Date = when.Value
	}
	if m.When > 0 {
		// A gapped clause's own time ("… and Malhotra on Wednesday").
		if w, _ := d.TokenRange(p.toks[m.When].Start, p.toks[m.When].End); w >= 0 {
			ev.Date = d.dateNear(si, w)
		}
	}
	if ev.Date == "" && !f.AgentNoun() && !d.vagueTime(si, sameIsland) && !background(p.toks, m.Trigger) && !perfect(p.toks, m.Trigger) {
		// "On Sunday, Musk said that … He added that …": the last dated
		// sentence before it in the same paragraph dates the event (not
		// what came before it, "She had criticized him during the
		// primary", nor a perfect that names no time, "She has since
		// criticized him").
		if v := d.paragraphDate(si); v != "" {
			ev.Date = v
			ev.Confidence *= 0.9
			ev.Note = "date taken from a sentence before, in the same paragraph"
		}
	}
	if ev.Date == "" && d.LeadDay != "" && d.leadSentence(si) && !d.vagueTime(si, sameIsland) && !d.givesDay(si, d.LeadDay) && p.toks[m.Trigger].UPOS == "VERB" && (!m.Planned || typ == powermap.EventReconcile) && ev.Status != "hold" && !background(p.toks, m.Trigger) {
		// "Tessellate has removed its co-founder as chief executive":
		// an act the lead tells without a date of its own is the lead's
		// news (not a state it names, "a longtime donor", "has chaired
		// the board", nor a plan; a truce agreed to is made).
		ev.Date = d.LeadDay
		ev.Confidence *= 0.9
		ev.Note = "date taken from the article's lead event"
	}
	if ev.Date == "" && (typ == "support" || typ == "oppose" || typ == "threaten") && !f.AgentNoun() && d.LeadDay != "" && d.reportedSpeech(si) && !background(p.toks, m.Trigger) {
		// Words reported without a date of their own were said on the
		// day of the news the article reports.
		ev.Date = d.LeadDay
		ev.Confidence *= 0.9
		ev.Note = "date taken from the article's lead event"
	}
	if d.Sentences[si].Post < 0 && (typ == "meet" || typ == "fund" || typ == "position") && d.dateIsFuture(si, sameIsland) {
		ev.Planned = true
	}
	if (typ == "meet" || typ == "position" && ev.Status != "hold") && presentProgressive(p.toks, m.Trigger) {
		// "Kwan is leaving the White House", "is stepping down", "is
		// meeting the mayor on Friday": news tells what is arranged in
		// the present progressive.
		ev.Planned = true
	}
	if ev.Planned && (typ == "meet" || typ == "fund" || typ == "position") && when != nil && ev.Date == when.Value && when.Ahead != "" && p.inPlannedClause(when.Start, when.End, m.Trigger) {
		// A meeting, gift or move still to come happens in the coming
		// March, whatever past-looking words stand near the month ("will
		// become president of the institute, a group focused on labor
		// policy, in March"). (A truce "agreed to" is made when agreed.)
		ev.Date = when.Ahead
	}
	weak := func(fs ...frame.Filler) {
		for _, x := range fs {
			if x.Weak || x.Tok >= 0 && d.weakToken(p, x.Tok) {
				ev.Confidence *= 0.75
				ev.Note = "a participant was resolved from a pronoun, a description or a possessor"
				return
			}
		}
	}
	name := func(e int) string { return d.Entities[e].Name }
	isPerson := func(e int) bool { return d.Entities[e].Type == doc.Person }

	if powermap.Undirected(typ) {
		// The parties (people, or organizations as parties: "was joined
		// by executives of OpenAI and Oracle"). A mediator is one only
		// when two others are reconciled.
		people := func(skip int) []frame.Filler {
			var out []frame.Filler
			seen := map[int]bool{skip: true}
			for _, a := range m.Slots[frame.Actors] {
				if !seen[a.Entity] {
					seen[a.Entity] = true
					out = append(out, a)
				}
			}
			return out
		}
		var med string
		actors := people(-1)
		if ms := m.Slots[frame.Mediator]; len(ms) > 0 && isPerson(ms[0].Entity) {
			if rest := people(ms[0].Entity); len(rest) >= 2 {
				med, actors = name(ms[0].Entity), rest
			}
		}
		if ms := m.Slots[frame.Mediator]; len(actors) < 2 && len(ms) >= 2 {
			// "A and B have made their peace": the subject of the
			// verb governing the noun, when two, are the parties.
			actors, med = ms, ""
		}
		if len(actors) < 2 && typ == powermap.EventReconcile && m.Governor >= 0 && d.definite(p, m.Trigger) {
			// "Vance helped broker the reconciliation": the two the
			// article is about, less the broker.
			if ms := m.Slots[frame.Mediator]; len(ms) > 0 && isPerson(ms[0].Entity) {
				if pair := d.mainPair(ms[0].Entity); len(pair) == 2 {
					med, actors = name(ms[0].Entity), pair
					ev.Confidence *= 0.6
					ev.Note = "the reconciled pair is the article's two main people"
				}
			}
		}
		if len(actors) < 2 {
			return
		}
		ev.Mediator = med
		for _, a := range actors {
			ev.Actors = append(ev.Actors, name(a.Entity))
		}
		weak(actors...)
		if typ == powermap.EventMeet {
			ev.Place = d.placeIn(si, k)
		}
		d.Events = append(d.Events, ev)
		if typ == powermap.EventReconcile && med == "" && d.gatheredAt(p.toks, m.Trigger, m.Governor) {
			// "The brothers healed the rift at a family wedding in
			// Guadalajara": made up in person, at an occasion, they met.
			mt := ev
			mt.Type, mt.Rule = powermap.EventMeet, ev.Rule+" at an occasion"
			mt.Confidence *= 0.8
			mt.Place = d.placeIn(si, k)
			d.Events = append(d.Events, mt)
		}
		return
	}
	srcs, tgts := m.Slots[frame.Source], m.Slots[frame.Target]
	if f.Succession && sourcePath(f) == "subj" && d.withParty(si, p, m.Trigger) {
		return // "the governor replaced Baker with Ortiz": not the subject's post
	}
	if f.Succession && len(srcs) > 0 && (len(tgts) == 0 || !asRole(p, m)) {
		d.noteSuccession(si, k, p, m, ev)
		return
	}
	if f.Succession {
		d.noteParty(si, k, m)
	}
	if f.Stated && len(tgts) == 0 {
		return // ("joined the board of Vantor" leaves no post: only "from" names one)
	}
	if !f.Succession && typ == powermap.EventPosition && ev.Status == "end" && len(srcs) > 0 && len(tgts) == 0 {
		d.noteDeparture(si, k, p, m, ev)
		return
	}
	if !f.Succession && typ == powermap.EventPosition && (ev.Status == "start" || ev.Status == "hold") && len(srcs) > 0 && len(tgts) == 0 && (m.RoleFirst >= 0 || postPhrase(p, m.Trigger)) {
		d.noteArrival(si, k, p, m, ev)
		return
	}
	tgts = d.withoutMedium(p, tgts)
	if len(tgts) == 0 && len(srcs) == 1 && typ == powermap.EventOppose && retort(f) {
		// "Hardy criticized Pell on Friday. Pell fired back on
		// Saturday": a retort is aimed at the one who attacked first.
		if a := d.lastAttacker(si, srcs[0].Entity); a >= 0 {
			tgts = []frame.Filler{{Entity: a, Tok: -1, Weak: true}}
			ev.Note = "the target is the one who attacked the speaker just before"
		} else if a := d.quotedTarget(si, srcs[0].Entity); a >= 0 {
			// "Wrenfield fired back in a statement. “Kessler has spent
			// her career …,” he said": at the one the retort's words
			// name.
			tgts = []frame.Filler{{Entity: a, Tok: -1, Weak: true}}
			ev.Note = "the target is the one the speaker's quotation names"
		}
	}
	if len(tgts) == 0 && len(srcs) >= 2 && f.POS == "VERB" && reciprocalVerbs[f.Lemma] && typ != powermap.EventPosition && typ != powermap.EventFund {
		// "Kettering and Achebe traded insults": each at the other.
		tgts = srcs
	}
	if len(tgts) == 0 && len(srcs) > 0 && (typ == powermap.EventThreaten || typ == powermap.EventOppose) {
		// "sent a letter to Tanaka-Reid threatening legal action": a
		// threat or attack that names no one is aimed at the one the
		// writing went to.
		if r := d.documentRecipient(si, p, m.Trigger); r >= 0 && r != srcs[0].Entity {
			tgts = []frame.Filler{{Entity: r, Tok: -1, Weak: true}}
			ev.Note = "the target is the one the writing was sent to"
		}
	}
	if typ == powermap.EventFund && len(srcs) > 0 && len(tgts) == 0 && len(m.Gifts) >= 2 {
		// "gave $9,000 to three aldermen who backed the plan: $5,000 to
		// Kim Lee, …": the gifts listed, each with its own recipient.
		d.giftEvents(si, p, m, ev, srcs[0], frame.Filler{Entity: -1, Tok: -1}, weak)
		return
	}
	if len(srcs) == 0 || len(tgts) == 0 {
		return
	}
	switch typ {
	case powermap.EventFund:
		amt, own, found := d.amountNear(si, p, m.Trigger)
		if f.Amount && !own && (!found || d.otherClauseSum(p, m.Trigger) || d.modifierClause(p, m.Trigger)) {
			return // (a frame that needs a sum: its own, not another clause's)
		}
		if amt > 0 {
			ev.AmountUSD = &amt
		}
	case powermap.EventPosition:
		if ev.Status == "start" && formerAppositionOf(p.toks, srcs[0].Tok, tgts[0].Tok) {
			return // "Marchbanks, a former Crestmoor Beverages executive, would fill the post": not Crestmoor's
		}
		if m.RoleFirst >= 0 {
			ev.Role = strings.ToLower(d.Text[p.toks[m.RoleFirst].Start:p.toks[m.RoleLast].End])
		}
		if ev.Role == "" {
			ev.Role = d.titleRole(p.toks[srcs[0].Tok])
		}
		if ev.Role == "" {
			ev.Role = appositiveRole(p.toks, srcs[0].Tok) // "fired Venkatesan, its chief financial officer,"
		}
		if r := ev.Role; m.Frame.Status == "start" && (strings.HasPrefix(r, "former ") || strings.HasPrefix(r, "onetime ") || strings.HasPrefix(r, "ex-")) {
			ev.Role = "" // "added Rusk, a former chief of staff, to its board": no post taken up
		}
		for _, w := range strings.Fields(ev.Role) {
			if rules.Stance(w) != 0 {
				return // "dismissing him as a disgruntled contractor": a judgement, no post
			}
		}
		if ev.Role == "" && boardSeat(p.toks, m.Trigger) {
			ev.Role = "board member" // "elected Chukwu to the board", "resigned from the board of …", "joined the board"
		}
		if ev.Role == "" {
			ev.Role = m.Frame.Role // "led the agency": its head
		}
		if k := strings.LastIndexByte(ev.Role, ' ') + 1; strings.HasSuffix(ev.Role, "s") && rules.PersonNounPlural(ev.Role[k:]) {
			// "were elected co-chairs": each holds one post of the kind.
			ev.Role = strings.TrimSuffix(ev.Role, "s")
		}
		if d.Entities[tgts[0].Entity].Type != doc.Org {
			return
		}
		// One event per person ("Mori and Okonkwo joined the board").
		var people []frame.Filler
		for _, s := range srcs {
			if isPerson(s.Entity) {
				people = append(people, s)
			}
		}
		if len(people) == 0 {
			return
		}
		srcs, tgts = people, tgts[:1]
	}
	if f.Org && d.Entities[tgts[0].Entity].Type != doc.Org {
		return
	}
	if len(m.Gifts) >= 2 {
		d.giftEvents(si, p, m, ev, srcs[0], tgts[0], weak)
		return
	}
	for _, s := range srcs {

		targets := tgts
		each := typ == powermap.EventFund && eachGets(p.toks, m.Trigger)
		if typ == powermap.EventFund && !each {
			targets = tgts[:1]
		}
		for _, t := range targets {
			if t.Entity == s.Entity {
				continue
			}
			e := ev
			e.Source, e.Target = name(s.Entity), name(t.Entity)
			if typ == powermap.EventFund && !each {
				for _, x := range tgts[1:] {
					if x.Entity != s.Entity {
						e.Also = append(e.Also, name(x.Entity))
					}
				}
			}
			weak(s, t)
			d.Events = append(d.Events, e)
		}
	}
}

// eachGets reports whether the sum of fund trigger v went to each of its
// recipients ("has given $10,000 each to Beltran and Dawson", "$5,000
// apiece"): one gift per recipient, not a total.
func eachGets(toks []syntax.Token, v int) bool {
	for c, t := range toks {
		if w := strings.ToLower(t.Form); (w == "each" || w == "apiece") && (t.Head == v || t.Head >= 0 && toks[t.Head].Head == v && toks[t.Head].XPOS == "$" || c > 0 && toks[c-1].UPOS == "NUM" && inSubtree(toks, c, v)) {
			return true
		}
	}
	return false
}

// appositiveRole returns the role an apposition of the name at n gives,
// lower case and without its determiner ("Venkatesan, its chief
// financial officer,"), or "": the post the sentence's act begins or
// ends.
func appositiveRole(toks []syntax.Token, n int) string {
	for a, t := range toks {
		if t.Head != n || t.Rel != "appos" || t.UPOS != "NOUN" || !rules.RoleNouns[strings.ToLower(t.Lemma)] {
			continue
		}
		first := a
		for first > n+1 && toks[first-1].Head == a && (toks[first-1].Rel == "amod" || toks[first-1].Rel == "compound") {
			first--
		}
		return strings.ToLower(strings.Join(formsOf(toks[first:a+1]), " "))
	}
	// The parser may hang the apposition elsewhere: read the words set
	// off by commas right after the name ("…, its chief financial
	// officer, …"): a determiner, then words ending in a role word.
	if n+3 < len(toks) && toks[n+1].Form == "," {
		k := n + 2
		if d := strings.ToLower(toks[k].Form); d == "its" || d == "his" || d == "her" || d == "their" || d == "the" {
			k++
		}
		e := k
		for e < len(toks) && e-k < 5 && toks[e].Form != "," && (toks[e].UPOS == "NOUN" || toks[e].UPOS == "ADJ") {
			e++
		}
		if e > k && e < len(toks) && toks[e].Form == "," && rules.RoleNouns[strings.ToLower(toks[e-1].Lemma)] {
			return strings.ToLower(strings.Join(formsOf(toks[k:e]), " "))
		}
	}
	return ""
}

// formsOf returns the forms of toks.
func formsOf(toks []syntax.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Form
	}
	return out
}

// boardSeat reports whether the trigger at k takes "the board" as its
// object or its to-, from-, on- or off-phrase: a seat on it is the post.
func boardSeat(toks []syntax.Token, k int) bool {
	for i, t := range toks {
		if t.Head != k || strings.ToLower(t.Lemma) != "board" {
			continue
		}
		if t.Rel == "obj" {
			// "joined the board of …", "quit the board" (but "chair the
			// board" is the chair's post)
			switch strings.ToLower(toks[k].Lemma) {
			case "join", "rejoin", "leave", "quit", "exit":
				return true
			}
			continue
		}
		for _, c := range toks {
			if c.Head == i && c.Rel == "case" {
				switch strings.ToLower(c.Form) {
				case "to", "from", "on", "off":
					return true
				}
			}
		}
	}
	return false
}

// titleRole returns the role words that stand as a title right before
// the name at token t ("fired chief executive Paola Vanni"), lower case,
// or "": the post the sentence's act begins or ends when it names none.
func (d *stage) titleRole(t syntax.Token) string {
	for mi, m := range d.Mentions {
		if m.Start < t.End && m.End > t.Start && m.First > 0 {
			return d.mentionTitleRole(mi)
		}
	}
	return ""
}

// mentionTitleRole returns the role words that stand as a title right
// before mention mi's name, lower case, or "" (see titleRole).
func (d *stage) mentionTitleRole(mi int) string {
	m := d.Mentions[mi]
	if m.First == 0 {
		return ""
	}
	first := m.TitleFirst
	if first >= m.First {
		first = m.First
		if !rules.RoleNouns[strings.ToLower(d.Tokens[first-1].Text)] {
			return ""
		}
		for first > 0 && d.Tokens[first-1].Word && d.SentenceOf(first-1) == m.Sent && first > m.First-4 {
			w := strings.ToLower(d.Tokens[first-1].Text)
			if !rules.RoleNouns[w] && !roleModifiers[w] || mi > 0 && d.Mentions[mi-1].Last >= first && d.Mentions[mi-1].First < first {
				break // (nor a word of the name before: "Fenwick Athletic manager")
			}
			first--
		}
	}
	words := d.Tokens[first:m.First]
	for _, w := range words {
		if !w.Word || !rules.RoleNouns[strings.ToLower(w.Text)] && !roleModifiers[strings.ToLower(w.Text)] {
			return ""
		}
	}
	return strings.ToLower(d.Text[words[0].Start:words[len(words)-1].End])
}

// withoutMedium drops from fillers a platform named by "on", where words
// were said and no one they were said to ("traded barbs on X", "an
// attack on Truth Social").
func (d *stage) withoutMedium(p *parsed, fillers []frame.Filler) []frame.Filler {
	out := fillers[:0:0]
	for _, f := range fillers {
		if k := d.Entities[f.Entity].KB; k != nil && k.Kind == "platform" && f.Tok >= 0 && hasCase(p.toks, f.Tok, "on") {
			continue
		}
		out = append(out, f)
	}
	return out
}

// reciprocalVerbs, with two or more subjects and no one else named, say
// each did it to the others ("traded insults", "exchanged barbs").
var reciprocalVerbs = rules.WordClass("reciprocalVerbs")

// roleModifiers go before a role word in a title ("chief executive",
// "managing director", "deputy head").
var roleModifiers = rules.WordClass("roleModifiers")

// giftEvents makes one event of each sum of money a fund match states
// one by one (each separately stated gift is its own event), with the
// giver, recipient and date its own phrases name, else the match's.
func (d *stage) giftEvents(si int, p *parsed, m frame.Match, ev powermap.Event, src, tgt frame.Filler, weak func(...frame.Filler)) {
	for k, g := range m.Gifts {
		if g.Unnamed {
			continue
		}
		e := ev
		s, t := src, tgt
		if x := g.Slots[frame.Source]; len(x) > 0 {
			s = x[0]
		}
		if x := g.Slots[frame.Target]; len(x) > 0 {
			t = x[0]
		}
		if s.Entity == t.Entity || t.Entity < 0 {
			continue // (the total went to people the sentence does not name: "to three aldermen")
		}
		e.Source, e.Target = d.Entities[s.Entity].Name, d.Entities[t.Entity].Name
		e.Also = nil
		if x := g.Slots[frame.Target]; len(x) > 1 {
			// a total to several: the others are its other recipients
			for _, o := range x[1:] {
				if o.Entity >= 0 && o.Entity != s.Entity && o.Entity != t.Entity {
					e.Also = append(e.Also, d.Entities[o.Entity].Name)
				}
			}
		}
		e.AmountUSD = nil
		tok := p.toks[g.Tok]
		for _, a := range d.Amounts {
			if a.Sent == si && a.USD > 0 && a.Start < tok.End && tok.Start < a.End {
				usd := a.USD
				e.AmountUSD = &usd
				break
			}
		}
		// A date within the sum's own phrase, which runs to the next
		// sum ("$1 million in 2016, $4.5 million in 2018").
		lo, hi := tok.Start, d.Sentences[si].End
		if k+1 < len(m.Gifts) {
			hi = p.toks[m.Gifts[k+1].Tok].Start
		}
		for _, de := range d.Dates {
			if de.Sent == si && de.Value != "" && de.Start >= lo && de.End <= hi {
				e.Date = de.Value
				break
			}
		}
		weak(s, t)
		d.Events = append(d.Events, e)
	}
}

// definite reports whether noun i of a parsed sentence has "the": a
// happening the article has spoken of ("the reconciliation").
func (d *stage) definite(p *parsed, i int) bool {
	for _, t := range p.toks {
		if t.Head == i && t.Rel == "det" && strings.EqualFold(t.Form, "the") {
			return true
		}
	}
	return false
}

// mainPair returns the two people the article mentions most, other than
// skip.
func (d *stage) mainPair(skip int) []frame.Filler {
	type c struct{ e, n int }
	var cs []c
	for i, ent := range d.Entities {
		if ent.Type == doc.Person && i != skip {
			cs = append(cs, c{i, len(ent.Mentions)})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	if len(cs) < 2 {
		return nil
	}
	return []frame.Filler{{Entity: cs[0].e, Tok: -1, Weak: true}, {Entity: cs[1].e, Tok: -1, Weak: true}}
}

// background reports whether the verb at t tells of what came before
// the news: in the past perfect ("had clashed"), or with "long",
// "previously", "once", "already", "for years" or a perfect's "since"
// ("has since criticized her").
func background(toks []syntax.Token, t int) bool {
	for c, tk := range toks {
		if tk.Head != t {
			continue
		}
		w := strings.ToLower(tk.Form)
		switch {
		case tk.Rel == "aux" && w == "had":
			return true
		case base(tk.Rel) == "advmod" && (w == "long" || w == "previously" || w == "once" || w == "already" || w == "formerly" || w == "earlier"):
			return true
		case w == "since" && c+1 == t && hasChild(toks, t, "aux"):
			return true // "has since criticized" (the tagger may call it a marker)
		case base(tk.Rel) == "obl" && hasCase(toks, c, "for") && (w == "years" || w == "decades" || w == "months") && !hasChild(toks, c, "nmod"):
			return true // (not "thanked him for eight years of service")
		}
	}
	return false
}

// perfect reports whether the verb at t is in the present perfect ("has
// criticized", "have met"), which names no time of its own.
func perfect(toks []syntax.Token, t int) bool {
	for _, tk := range toks {
		if tk.Head == t && tk.Rel == "aux" {
			switch strings.ToLower(tk.Form) {
			case "has", "have", "'ve", "’ve":
				return true
			}
		}
	}
	return false
}

// vagueTime reports whether sentence si states a time that gives no date
// ("recently", "at the time" of a when-clause), that keep allows: its
// event takes no date from around it.
func (d *stage) vagueTime(si int, keep func(doc.DateExpr) bool) bool {
	for _, de := range d.Dates {
		if de.Sent == si && de.Value == "" && keep(de) {
			return true
		}
	}
	return false
}

// givesDay reports whether sentence si has a date expression of value v
// (the lead's day from a date the event's own sentence gives does not
// date the event when that date was found not to: "gave her until
// Friday to …").
func (d *stage) givesDay(si int, v string) bool {
	for _, de := range d.Dates {
		if de.Sent == si && de.Value == v {
			return true
		}
	}
	return false
}

// leadSentence reports whether sentence si is one of the first two of
// the article's body.
func (d *stage) leadSentence(si int) bool {
	body := 0
	for i, s := range d.Sentences {
		if s.Title || s.Post >= 0 {
			continue
		}
		if body++; body > 2 {
			return false
		}
		if i == si {
			return true
		}
	}
	return false
}

// paragraphDate returns the one date given by the last sentence before si
// in the same paragraph that has date expressions, when they give exactly
// one past or present date; else "".
func (d *stage) paragraphDate(si int) string {
	for p := si - 1; p >= 0; p-- {
		if d.Sentences[p].Post != d.Sentences[si].Post || strings.Contains(d.Text[d.Sentences[p].End:d.Sentences[p+1].Start], "\n") {
			return ""
		}
		v, any := "", false
		for _, de := range d.Dates {
			if de.Sent != p {
				continue
			}
			if q, _ := d.TokenRange(de.Start, de.End); q >= 0 {
				if lo, _ := d.relativeAround(p, q); lo >= 0 {
					continue // "Holt, who worked for him in 2019, is now …": the clause's own time
				}
			}
			any = true
			if de.Value == "" || de.Future || v != "" && v != de.Value {
				return ""
			}
			v = de.Value
		}
		if any {
			return v
		}
	}
	return ""
}

// weakToken reports whether word i of a parsed sentence names its entity
// only through a pronoun or a description.
func (d *stage) weakToken(p *parsed, i int) bool {
	t := p.toks[i]
	j := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].End > t.Start })
	for ; j < len(d.Mentions) && d.Mentions[j].Start <= t.Start; j++ {
		if m := d.Mentions[j]; t.End <= m.End {
			return m.Pronoun || m.Rule == "description"
		}
	}
	return false
}

// amountNear returns the sum of money of sentence si that belongs to the
// trigger at word trig: inside its phrase ("donated $5 million",
// "a $5 million gift") if one is (own), else the sentence's first; found
// tells whether the sentence states a sum at all.
func (d *stage) amountNear(si int, p *parsed, trig int) (usd float64, own, found bool) {
	lo, hi := p.toks[trig].Start, p.toks[trig].End
	// The trigger's phrase: its subtree, through its head for a light
	// verb ("made a $5 million donation").
	span := func(root int) {
		stack := []int{root}
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			lo, hi = min(lo, p.toks[i].Start), max(hi, p.toks[i].End)
			for j, t := range p.toks {
				if t.Head == i && j != root && t.Rel != "punct" && !(i == root && otherClause[base(t.Rel)]) {
					// (not another clause coordinated with the trigger's:
					// "will drop the suit, and Kisaragi will donate ¥500
					// million")
					stack = append(stack, j)
				}
			}
		}
	}
	span(trig)
	best := 0.0
	for _, a := range d.Amounts {
		if a.Sent != si {
			continue
		}
		if a.Start >= lo && a.End <= hi {
			return a.USD, true, true // (a sum in another currency has none in dollars)
		}
		found = true
		if best == 0 && a.USD > 0 {
			best = a.USD
		}
	}
	return best, false, found
}

// otherClauseSum reports whether every sum of money of the sentence
// lies in another clause hung on the trigger trig ("Okabe will drop the
// suit, and Kisaragi will donate ¥500 million"): none is the trigger's.
func (d *stage) otherClauseSum(p *parsed, trig int) bool {
	in := func(k int) bool {
		for j := k; j >= 0; j = p.toks[j].Head {
			if p.toks[j].Head == trig && otherClause[base(p.toks[j].Rel)] {
				return true
			}
			if j == trig {
				return false
			}
		}
		return false
	}
	n := 0
	for _, a := range d.Amounts {
		k := p.tokenAt(a.Start)
		if k < 0 {
			continue // (another sentence's)
		}
		if !in(k) {
			return false
		}
		n++
	}
	return n > 0
}

// modifierClause reports whether trigger trig heads a clause that
// modifies a noun ("Golden State Forward, a super PAC backing Oyelaran"):
// a sum outside it is what the sentence's main clause gave, not what the
// modifier did. (The caller asks only when the trigger has no sum of its
// own.)
func (d *stage) modifierClause(p *parsed, trig int) bool {
	toks := p.toks
	h := toks[trig].Head
	if h < 0 {
		return false
	}
	for _, a := range d.Amounts {
		if toks[h].Start >= a.Start && toks[h].End <= a.End {
			return false // "the $25 million that Osei has poured into …": the sum's own clause
		}
	}
	if strings.HasSuffix(toks[trig].Rel, ":relcl") {
		return true // (a relative clause, wherever the parser hung it)
	}
	return base(toks[trig].Rel) == "acl" && toks[h].UPOS != "VERB"
}

// otherClause are relations that hang another clause on a verb.
var otherClause = map[string]bool{"conj": true, "parataxis": true, "advcl": true, "ccomp": true}
