package events

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/coref"
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
	if n := d.mentionsIn(si); n < 2 && !(d.groupWordIn(si) && len(d.pairBefore(si)) >= 2) && !d.holderIn(si) && !d.postNamedIn(si) && !d.retortIn(si) && !(n == 1 && d.itOfOwner(si)) && !(n == 1 && d.legalActionIn(si)) && !(n == 1 && d.judgedActIn(si)) && !(n == 1 && d.campaignIn(si)) && !(n == 1 && d.amountInSentence(si) && d.implicitRecipient(si, -1) >= 0) && !(n == 1 && d.moneyWentIn(si) && d.givenBefore(si)) {
		return p
	}
	d.parseSpan(si, d.afterDateline(si), d.Sentences[si].End, p)
	return p
}

// givenBefore reports whether the sentences before si tell of someone
// who gave or spent money (implicitGiver).
func (d *stage) givenBefore(si int) bool {
	g, _ := d.implicitGiver(si, -1)
	return g >= 0
}

// moneyWentIn reports whether sentence si has a verb that may move
// money to someone with money for its subject ("went", "flowed"; rules:
// moneyMotionVerbs) and a word of money or a sum before it.
func (d *stage) moneyWentIn(si int) bool {
	s := d.Sentences[si]
	money := false
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		w := strings.ToLower(t.Text)
		if frame.MoneyNoun(w) || strings.HasPrefix(w, "$") {
			money = true
		}
		if money && t.Word && !t.Cap && frame.MoneyMotionForm(w) {
			return true
		}
	}
	return false
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
	repairPluralsAfterTo(p.toks)
	repairYieldedNouns(p.toks)
	d.repairSubjunctives(model, p.toks)
	d.repairLightNouns(p.toks)
	repairLowerPropers(p.toks)
	repairActingRoles(p.toks)
	d.repairParticiples(model, p.toks)
	d.repairAdjectiveParticiples(p.toks)
	repairPrenominalParticiples(p.toks)
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
	repairPossessiveHer(p.toks, names, d.frames.HasNoun)
	repairPluralPossessives(p.toks)
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
	judged, judging, role, copula, harm, together, see, travel, refer, authority, condition, longer, dwelling, visit, atHome := false, false, false, false, false, false, false, false, false, false, false, false, false, false, false
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
		judged = judged || rules.Stance(strings.ToLower(t.Form)) != 0 || t.UPOS == "ADV" && frame.ConductWord(strings.ToLower(t.Form)) || l == "treat" // (treating something like what it is not, frame.scornfulSimile)
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
		if l == "at" {
			// "at Ochoa's home", "at the (lakeside) home of Ochoa"
			for j := k + 2; j < len(p.toks) && j <= k+4; j++ {
				f := strings.ToLower(p.toks[j].Form)
				atHome = atHome || f == "'s" || f == "’s" || f == "of" && frame.DwellingNoun(strings.ToLower(p.toks[j-1].Lemma))
			}
		}
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
	// which may be a post left ("is no longer with …"); a doing together, a
	// trip made to see someone or being at their home ("at" and a
	// possessive or "home of"), which may be a meeting; a consequence told
	// on a condition, which may be a threat; in a sentence the tagger left without a verb, a
	// past tense that triggers a verb frame ("A and B, once fierce
	// rivals, set aside …").
	trigger = trigger || judged && judging || role && copula || longer && copula || harm || together || see && travel || dwelling && (visit || copula && atHome) || refer && authority || judging && condition || d.verbless(p.toks, model)
	if !trigger {
		return
	}
	model.Parse(p.toks)
	reparseFronted(model, p.toks)
	reparseRelatives(model, p.toks, isName)
	repairPunctHeads(p.toks)
	repairAndRoot(p.toks)
	repairNounRootInfinitive(p.toks)
	repairDateThatClauses(p.toks)
	repairConjunctSubjects(p.toks, isName)
	repairAppointedPredicate(p.toks, isName)
	repairNamedPredicate(p.toks, isName)
	repairWonSums(p.toks)
	repairAdjectivePassives(p.toks)
	repairTimeRoots(p.toks)
	repairDemandInfinitives(p.toks)
	repairIntentInfinitives(p.toks)
	repairDesireInfinitives(p.toks)
	repairXcompSubjects(p.toks)
	repairPerfectParticiples(model, p.toks)
	repairThatDeterminers(p.toks)
	repairThatClauses(p.toks)
	repairParticipleClauses(p.toks)
	repairWithAsking(p.toks)
	repairSayingNouns(model, p.toks)
	repairThatIfClauses(p.toks)
	repairOrUltimatums(p.toks)
	repairWhetherCase(p.toks)
	repairWhetherClauses(p.toks)
	repairAmongInversion(model, p.toks, isName)
	repairNameModifiers(p.toks, isName)
	repairNameModifierOfVerb(p.toks, isName)
	d.repairOrgBeforeTitle(p.toks, isName)
	d.repairPersonOfOrg(p.toks, isName)
	repairPrepositionTo(p.toks, isName)
	repairAdverbPrepositions(p.toks)
	repairVerbCompounds(p.toks)
	repairFrontedSubjects(p.toks, isName)
	repairMoneyModifiers(p.toks)
	repairMoneyRecipients(p.toks, isName, func(l string) bool { return d.frames.HasType(l, "fund", "VERB") })
	repairSinceVerbs(p.toks)
	repairClausesReadAsPhrases(p.toks)
	repairTimeInPassive(p.toks)
	repairTimeAppositionSubjects(p.toks)
	repairWhoConjuncts(p.toks, isName)
	repairWhoAfterOf(p.toks, isName)
	d.repairRoleAppositions(p.toks, isName)
	repairMoneyAppositions(p.toks)
	repairColonClauses(p.toks)
	repairTitleAppositions(p.toks, isName)
	repairConjAppositions(p.toks, isName)
	d.repairMismatchedAppositions(p.toks, isName)
	repairRelativeSubjects(p.toks)
	repairDocumentRelatives(p.toks)
	repairWhoAntecedents(p.toks, isName)
	repairNegatedInfinitives(p.toks)
	repairSplitPossessives(p.toks, isName)
	repairCompoundPossessors(p.toks)
	repairObjectAuthors(p.toks, isName)
	repairBehindPronouns(p.toks)
	repairCopulaAfterAside(p.toks, isName)
	repairFrontedAppositions(p.toks, isName)
	repairClefts(p.toks, isName)
	repairAdverbNouns(p.toks)
	d.repairPrepositionParticles(p.toks, isName)
	repairParticleObjects(p.toks)
	repairRepeatedNounAdverbs(p.toks, isName)
	repairOfGerunds(p.toks)
	repairNominalComplements(p.toks)
	repairRootNameObjects(p.toks, isName)
	repairNounObjects(p.toks, isName)
	repairGroupAppositions(p.toks, isName)
	repairAppositiveParticiples(p.toks, isName)
	repairNameAndNoun(p.toks, isName)
	repairRelativeRoots(p.toks, isName)
	repairRelativeAdverbials(p.toks, isName)
	repairFalseAuxiliaries(p.toks)
	repairPlanInfinitives(p.toks)
	repairVerbAfterApposition(p.toks)
	repairNameBeforeApposition(p.toks, isName)
	repairDoubleObjects(p.toks, isName)
	repairDescribedObjectNames(p.toks, isName)
	repairSumObjects(p.toks)
	repairPassiveAmods(p.toks)
	repairDistantAgents(p.toks)
	d.repairPossessiveCoordination(p.toks, isName)
	repairAppositionTails(p.toks)
	repairTrailingAppositions(p.toks)
	repairSubordinatePrepositions(p.toks)
	repairClausalModifiers(p.toks)
	repairCausatives(p.toks)
	repairGappedObjects(p.toks, isName)
	repairNameBeforeTime(p.toks, isName)
	repairNameBeforeTimeSubject(p.toks, isName)
	repairSplitConjuncts(p.toks)
	repairLoneNamingPredicates(p.toks, isName)
	repairForSubjects(p.toks)
	repairStrandedPrepositions(p.toks)
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
	repairEmphaticReflexives(p.toks, isName)
	repairTimeThatClauses(p.toks)
	repairNothingBut(p.toks)
	repairBothSubjects(p.toks)
	repairRootNounObjects(p.toks)
	repairDayNameSubjects(p.toks, isName)
	repairNounRoots(p.toks)
	repairMarkedNounVerbs(p.toks)
	repairDoubleSubjects(p.toks)
	repairObjectNameSubjects(p.toks, isName)
	repairStrandedSubjects(p.toks, isName)
	d.repairTriggerPPs(p.toks)
	d.repairGiftRecipients(p.toks)
	repairPrepositionSubjects(p.toks, isName)
	d.repairFromAfterHired(p.toks, isName)
	repairBetween(p.toks, isName)
	repairEachSubject(p.toks)
	d.repairConjunctsAfterQuotes(p.toks)
	repairVerbConjuncts(p.toks)
	repairClauseSubjectNouns(p.toks)
	repairNamingAppositions(p.toks)
	repairPostnominalLabels(p.toks)
	repairJudgedCompounds(p.toks)
	p.parsed = true
}

// entityTypeOf returns the type of the entity parsed token t names (its
// last word's mention), or "".
func (d *stage) entityTypeOf(t syntax.Token) doc.MentionType {
	if e := d.entityOfToken(t); e >= 0 {
		return d.Entities[e].Type
	}
	return ""
}

// entityOfToken returns the entity parsed token t names (its last word's
// mention), or -1.
func (d *stage) entityOfToken(t syntax.Token) int {
	k, _ := d.TokenRange(t.End-1, t.End)
	j := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Last > k })
	if k < 0 || j >= len(d.Mentions) || d.Mentions[j].First > k {
		return -1
	}
	return d.Mentions[j].Entity
}

// adverbPrepositions may be adverbs or prepositions (rules: adverbPrepositions).
var adverbPrepositions = rules.WordClass("adverbPrepositions")

// allUnder reports whether every token from..to-1 is in root's subtree.
func allUnder(toks []syntax.Token, from, to, root int) bool {
	for k := from; k < to; k++ {
		if !inSubtree(toks, k, root) {
			return false
		}
	}
	return true
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

// datesPhrase reports whether the date at byte start lies in the phrase
// of noun n, or in the clause n is the predicate of (the object or
// complement of its verb, not an apposition).
func (p *parsed) datesPhrase(start, n int) bool {
	t := p.tokenAt(start)
	top := n
	if r := base(p.toks[n].Rel); (r == "xcomp" || r == "obj" && becomingVerbs[strings.ToLower(p.toks[p.toks[n].Head].Lemma)] || r == "root" || r == "obl" && hasCase(p.toks, n, "as")) && p.toks[n].Head >= 0 {
		top = p.toks[n].Head // (or "emerged on Monday as the most vocal critic of …"; not "defended his donor on Tuesday")
	}
	for hops := 0; t >= 0 && hops < len(p.toks); hops++ {
		if t == n || t == top {
			return true
		}
		t = p.toks[t].Head
	}
	return false
}

// becomingVerbs make their object what it is: a time on them dates the
// description ("became his biggest donor in 2024", "named her its chief").
var becomingVerbs = map[string]bool{"become": true, "remain": true, "name": true, "appoint": true, "make": true, "elect": true, "turn": true}

// inPlannedClause reports whether the words at bytes [start, end) date
// the clause of trigger trig itself: they hang on the trigger, or on a
// word below it ("will become chairman when the sale completes in
// July"), or on the light verb of a noun trigger ("agreed to have lunch
// in December"), not through a phrase of a subject, and on no verb in a past
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
		if h == trig || p.toks[trig].UPOS == "NOUN" && h == p.toks[trig].Head && t.UPOS == "VERB" {
			return true // (or the light verb of a noun trigger: "agreed to have lunch in December")
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
	root := rootIndex(toks)
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

// hasCase reports whether token h has a case marker of the given form
// among its dependents ("with" of "with Gallina").
func hasCase(toks []syntax.Token, h int, form string) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == h && t.Rel == "case" && strings.EqualFold(t.Form, form) })
}

// namesOwnTarget reports whether verb v has an object, or an
// against-phrase, that is no pronoun: it says whom it acts on itself.
func namesOwnTarget(toks []syntax.Token, v int) bool {
	for c, t := range toks {
		if t.Head == v && t.UPOS != "PRON" && (base(t.Rel) == "obj" || base(t.Rel) == "obl" && hasCase(toks, c, "against")) {
			return true
		}
	}
	return false
}

// legalVerbs bring legal action (rules: legalVerbs).
var legalVerbs = rules.WordClass("legalVerbs")

// movingVerbs go in or out of a place (rules: movingVerbs).
var movingVerbs = rules.WordClass("movingVerbs")

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

// causativeVerbs have their object do what the verb after it says.
var causativeVerbs = rules.WordClass("causativeVerbs")

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

// finiteTags are the Penn tags of finite verbs.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// demandWords ask someone to do something (rules: demandVerbs).
var demandWords = rules.WordClass("demandVerbs")

// hasChild reports whether token h has a dependent in relation rel.
func hasChild(toks []syntax.Token, h int, rel string) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool { return t.Head == h && t.Rel == rel })
}

// deadlineWords mark a time by which something must be done ("until
// Friday", "by Monday").
var deadlineWords = map[string]bool{"until": true, "till": true, "by": true}

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

// linkingVerbs take a predicate, not an object ("became the chief
// executive").
var linkingVerbs = rules.WordClass("linkingVerbs")

// adverbNouns are words of place or time that follow a verb's object as
// adverbs (rules: adverbNouns).
var adverbNouns = rules.WordClass("adverbNouns")

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
		w := d.Tokens[k].Lower
		if w == "back" || verbFormOf(w, retortVerbs) {
			return true
		}
	}
	return false
}

// judgedActIn reports whether sentence si names one whose act the
// article just told and "the" with the act's noun (actorsAct: "dismissed
// the allegations", "praised the donation"): a judgement of the act may
// be aimed at its author though the sentence names no one else.
func (d *stage) judgedActIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First + 1; k < s.Last; k++ {
		w := d.Tokens[k].Lower
		if !strings.EqualFold(d.Tokens[k-1].Text, "the") || !actorsAct(w) {
			continue
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if e := d.Mentions[mi].Entity; e >= 0 && d.actAuthor(si, e, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// actorsAct reports whether noun w names an act whose author is the one
// who did it: a remark, a suit, a report, a gift, an endorsement or a
// threat — not a ruling, which a court makes on another's suit.
func actorsAct(w string) bool {
	return remarkNouns[w] || suitNouns[w] || reportNouns[w] || giftNouns[w] || endorsementNouns[w] || threatNouns[w]
}

// legalActionIn reports whether sentence si has a verb of legal action
// ("vowed to sue", "would countersue") and names someone who was just
// sued or harmed, at whose harmer the action may be aimed though the
// sentence names no one else.
func (d *stage) legalActionIn(si int) bool {
	s := d.Sentences[si]
	legal := false
	for k := s.First; k < s.Last && !legal; k++ {
		if t := d.Tokens[k]; !t.Word || t.Cap && k != s.First {
			continue // (a name is no verb: "Sue Alder said …")
		}
		legal = verbFormOf(d.Tokens[k].Lower, legalVerbs)
	}
	if !legal {
		return false
	}
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if e := d.Mentions[mi].Entity; e >= 0 && (d.actAuthor(si, e, "suit") >= 0 || d.harmerOf(si, e) >= 0) {
			return true
		}
	}
	return false
}

// verbFormOf reports whether lower-case word w is a form (past, third
// person, "-ing" or base) of a verb whose lemma class holds.
func verbFormOf(w string, class map[string]bool) bool {
	return slices.ContainsFunc([]string{"VBD", "VBZ", "VBG", "VB"}, func(x string) bool { return class[syntax.Default().Lemma(w, "VERB", x)] })
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

// judgedClauseSubject returns the definite noun that is the subject of
// the clause verb v reports ("said the claims were without merit": the
// claims), or -1.
func judgedClauseSubject(toks []syntax.Token, v int) int {
	for c := range toks {
		if toks[c].Head != v || base(toks[c].Rel) != "ccomp" {
			continue
		}
		for k := range toks {
			if toks[k].Head == c && base(toks[k].Rel) == "nsubj" && toks[k].UPOS == "NOUN" && frame.Definite(toks, k) {
				return k
			}
		}
	}
	return -1
}

// definiteObject returns verb v's object when it is a common noun with
// "the" and nothing naming its owner (no possessor, compound or
// phrase of its own): "dismissed the allegations"; else -1.
func definiteObject(toks []syntax.Token, v int) int {
	o := -1
	for c := range toks {
		if toks[c].Head == v && toks[c].Rel == "obj" {
			o = c
		}
	}
	if o < 0 || toks[o].UPOS != "NOUN" || !frame.Definite(toks, o) {
		return -1
	}
	return o
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
			if k := d.entityNamed(ev.Source); k >= 0 {
				return k
			}
		}
	}
	return -1
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

// possessives are the possessive determiners.
var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true}

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
			if f := firstAt(toks, m.Start); f > 0 && possessivePronoun(toks[f-1].Form) {
				drop[f-1] = true // "her former employer, Quill & Harbor Media,": the name alone
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

// firstAt returns the first token starting at or after byte off, or -1.
func firstAt(toks []syntax.Token, off int) int {
	for k, t := range toks {
		if t.Start >= off {
			return k
		}
	}
	return -1
}

// possessivePronoun reports whether w is "his", "her", "its" or "their".
func possessivePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "his", "her", "its", "their":
		return true
	}
	return false
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
// learned few of them. A single quoted word (a scare quote, with or
// without the sentence's stop inside the marks: “brilliant.”), a title
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
		if j >= len(toks) || !closingQuote(toks[j].Form) || j-i > 7 || j <= i+2 || j == i+3 && strings.Trim(toks[j-1].Form, ".!?,;") == "" {
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
		if insideApposition(toks, isName, k) {
			drop[end] = false // the comma closes the outer one too
		}
		any = true
		k = end
	}
	if !any {
		return toks, names
	}
	return dropTokens(toks, names, drop)
}

// insideApposition reports whether name k ends a description of a name
// before it, set off by a comma and held by a preposition ("Ines Varga,
// director of the Harlow Institute, a think tank, said …": the comma
// after "think tank" closes the description of Varga as well).
func insideApposition(toks []syntax.Token, isName []bool, k int) bool {
	prep := false
	for x := k - 1; x > 0; x-- {
		t := toks[x]
		switch {
		case t.Form == ",":
			return prep && isName[x-1]
		case t.UPOS == "ADP":
			prep = true
		case t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PUNCT" || isName[x]:
			return false
		}
	}
	return false
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

// timestampRe matches a live blog's time opening an entry: "9:40 a.m.",
// "14:05 BST —", "11.20am:".
var timestampRe = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[ap]m|[AP]M|GMT|BST|CET|EST|EDT|PST|PDT|UTC|IST|WAT)?\s*[—–:-]?\s+`)

// afterDateline returns where the words of sentence si start after a
// dateline that opens it ("ANNAPOLIS, Md. — ", "Lagos, Nigeria - "): the
// article's own, or capitalised place words and commas before a dash;
// or after a live blog's time ("9:40 a.m. ").
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
	if m := timestampRe.FindStringIndex(d.Text[s.Start:s.End]); m != nil && s.Start+m[1] < s.End {
		return s.Start + m[1] // "9:40 a.m. Outgoing leader Gregor Stahl …": a live blog's time
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
	if p := d.pluralOwnerBefore(first, k); p >= 0 && !(len(done) > 0 && done[len(done)-1].End > d.Tokens[p].Start) {
		// "growers' union head Samuel Chebet": a plural's possessive
		// before the title is the title's; the parser would make the
		// name before it its owner ("Kamau and growers' …").
		return d.Tokens[p].Start
	}
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

// pluralOwnerBefore returns the token of a plural's possessive before
// the title that starts at token k, past at most two more of the
// title's lower-case words ("growers'" of "growers' union head"), in
// the sentence whose first token is first; or -1.
func (d *stage) pluralOwnerBefore(first, k int) int {
	p := k - 1
	for n := 0; n < 2 && p > first && d.Tokens[p].Word && !d.Tokens[p].Cap && !rules.FunctionWords[d.Tokens[p].Text]; n++ {
		p-- // (past the title's own words: "union" of "union head")
	}
	if p < first {
		return -1
	}
	possessive := false
	if p-1 >= first && (d.Tokens[p].Text == "'" || d.Tokens[p].Text == "’") && d.Tokens[p-1].End == d.Tokens[p].Start {
		p, possessive = p-1, true // ("growers" and "'" as two tokens)
	}
	w := d.Tokens[p].Text
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") || possessive && strings.HasSuffix(w, "s")) && d.Tokens[p].Word && !d.Tokens[p].Cap {
		return p
	}
	return -1
}

// personNameEndsAt reports whether a person's name (not a pronoun or a
// description) ends right before token k.
func (d *stage) personNameEndsAt(k int) bool {
	mi := d.LastMentionBefore(k)
	return mi >= 0 && d.Mentions[mi].Last == k && !d.Mentions[mi].Pronoun && d.Mentions[mi].Rule != "description" && d.Mentions[mi].Type == doc.Person
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
		} else if f := m.First; m.Type != doc.Place && f > 0 && d.Sentences[si].First < f && (rules.PersonNoun(d.Tokens[f-1].Lower) || rules.PersonNounPlural(d.Tokens[f-1].Lower)) &&
			!(f >= 2 && (modalWords[d.Tokens[f-2].Lower] || relativeOrSubject[d.Tokens[f-2].Lower])) &&
			!(d.personNameEndsAt(f-1) && !rules.PersonNoun(d.Tokens[f-1].Lower)) {
			// "investor Grace Okafor", "businesswoman Ngozi Adeyemi" (not a
			// place, nor a verb after a modal or a subject: "will host
			// Quebec …", "who chairs Eastbrook's board", "Benali chairs
			// Maghreb Telecom": a plural after a name is its verb).
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

// pairBefore returns the two people the sentence before si speaks of,
// when it speaks of exactly two and si is no headline (or, when it
// speaks of fewer, the sentences before it in the paragraph make two):
// those "they", "the pair" or "the two men" in si may stand for; or its
// three when si speaks of "the three". Else nil.
func (d *stage) pairBefore(si int) []int {
	pair := d.pairNear(si)
	if noun := d.groupNoun(si); noun != "" && len(pair) == 2 && d.Entities[pair[0]].Type == doc.Person {
		// "The two senators spoke by phone" after a sentence naming one
		// senator and a spokesman: the two the noun describes, named in
		// the sentences before.
		first := d.Sentences[si].First
		if !coref.Describes(d.Doc, pair[0], noun, first) || !coref.Describes(d.Doc, pair[1], noun, first) {
			if of := d.describedBefore(si, noun); len(of) == 2 {
				return of
			}
		}
	}
	return pair
}

// describedBefore returns the people named in the four sentences before
// si (headlines aside) whom noun describes.
func (d *stage) describedBefore(si int, noun string) []int {
	var of []int
	for sj := si - 1; sj >= 0 && sj >= si-4; sj-- {
		if d.Sentences[sj].Title {
			continue
		}
		for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
			e := d.Mentions[mi].Entity
			if e < 0 || d.Entities[e].Type != doc.Person || slices.Contains(of, e) || d.Quoted[d.Mentions[mi].First] {
				continue
			}
			if coref.Describes(d.Doc, e, noun, d.Sentences[si].First) {
				of = append(of, e)
			}
		}
	}
	return of
}

// pairNear is pairBefore without the look back for the two a plural
// noun describes.
func (d *stage) pairNear(si int) []int {
	if si == 0 || d.Sentences[si].Title || d.Sentences[si].Post != d.Sentences[si-1].Post {
		return nil
	}
	if d.Sentences[si-1].Title {
		// Right after a heading (a live blog's entry, a section), with a
		// noun that says who ("the two men", not "the two"): the
		// article's two main people, if they fit ("Lunch on the calendar
		// ¶ The two men are scheduled to have lunch …"). (Preferring two
		// named in the sentence before the heading cost two unread sets.)
		if d.groupNoun(si) == "" && d.gendered(si) == "" {
			return nil
		}
		if main := d.protagonists(si); len(main) == 2 && d.pairFits(si, main) {
			return main
		}
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
	if len(pair) == 0 && si >= 2 && d.chained < 2 && d.pairWordIn(si-1) {
		// "… he had never discussed it with Ashgrove. The two men are
		// not strangers. They met privately …": a sentence that names no
		// one but speaks of two people hands them on, if its words fit
		// them (not "The two companies …", "Both teams …", "The two
		// women …" after two men, "The two brothers who own …").
		d.chained++
		if of := d.pairNear(si - 1); len(of) == 2 && d.Entities[of[0]].Type == doc.Person && d.Entities[of[1]].Type == doc.Person && d.pairFits(si-1, of) {
			pair = append(pair, of...)
		}
		d.chained--
	}
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
	// its paragraph may make up the pair ("Claudia Reyes is a former
	// star. Esteban Lozano is the director who made her famous. The two
	// have made peace"), also when si opens the next paragraph.
	for sj := si - 2; len(pair) < 2 && sj >= 0 && sj >= si-3 && !d.Sentences[sj].Title && d.SameParagraph(sj, si-1); sj-- {
		single := slices.Clone(pair)
		pair = pair[:0]
		add(sj)
		own := slices.Clone(pair)
		pair = single
		for _, e := range own {
			if !slices.Contains(pair, e) {
				pair = append(pair, e)
			}
		}
		if len(single) == 1 && len(own) == 2 && !slices.Contains(own, single[0]) {
			// "A has feuded with B. The dispute began when aide C leaked a
			// memo. ¶ The two met …" (or in one paragraph): the two named
			// together, not the one told of in passing between.
			pair = own
		}
	}
	if len(pair) == 3 && typ == doc.Person && d.trioWordIn(si) {
		return pair // "… On Friday night, the three dined together"
	}
	if noun := d.groupNoun(si); len(pair) > 2 && typ == doc.Person && noun != "" {
		// "The two candidates are to debate on Oct. 23" after a
		// sentence quoting a third person: the two the noun describes.
		var of []int
		for _, e := range pair {
			if coref.Describes(d.Doc, e, noun, d.Sentences[si].First) {
				of = append(of, e)
			}
		}
		if len(of) == 2 {
			return of
		}
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
			if both := mixed(); both != nil {
				return both
			}
			// ("The two officials met … according to aides on both
			// sides" after a sentence naming no one: the article's two
			// main people, if the words fit them)
			if main := d.protagonists(si); len(main) == 2 && d.pairFits(si, main) {
				return main
			}
			return nil
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
		if w := d.Tokens[k-1].Lower; (w == "the" || w == "their") && frame.ConflictNoun(d.Tokens[k].Lower) {
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
		switch d.Tokens[k].Lower {
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
		switch d.Tokens[k].Lower {
		case "three", "trio":
			if w := d.Tokens[k-1].Lower; w == "the" || w == "all" {
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
		if w := d.Tokens[k].Lower; w == "two" || w == "both" {
			switch d.Tokens[k+1].Lower {
			case "men", "brothers", "fathers", "sons":
				return "M"
			case "women", "sisters", "mothers", "daughters":
				return "F"
			}
		}
	}
	return ""
}

// groupNoun returns the singular of the plural noun of people after
// "the two" or "both" in sentence si ("the two candidates": "candidate"),
// or "" (nor for "men", "women", which gendered reads).
func (d *stage) groupNoun(si int) string {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if w := d.Tokens[k].Lower; w == "two" || w == "both" {
			n := d.Tokens[k+1].Lower
			if sg, ok := strings.CutSuffix(n, "s"); ok && len(sg) > 2 && !orgPlurals[n] {
				return sg
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
		if w := d.Tokens[k].Lower; (w == "two" || w == "both") && orgPlurals[d.Tokens[k+1].Lower] {
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
// relationship has recovered. The pair reconnected at …"), else the two
// the most events so far join (mostLinkedPair). Else nil.
func (d *stage) protagonists(si int) []int {
	s := d.Sentences[si]
	pairWord := false
	for k := s.First; k < s.Last; k++ {
		switch d.Tokens[k].Lower {
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
	if len(cs) < 2 || cs[1].n < 3 {
		return nil
	}
	if cs[2].n*2 > cs[1].n {
		// No clear two by their names: the two the article has told
		// most events between, at least two, before this sentence
		// ("Lindqvist … Adeyemi … his budget director, Oyelaran … The
		// two officials met …").
		return d.mostLinkedPair(si)
	}
	return []int{cs[0].e, cs[1].e}
}

// mostLinkedPair returns the two people whom the most events before
// sentence si join (at least two events, and more than any other pair),
// or nil.
func (d *stage) mostLinkedPair(si int) []int {
	n := map[[2]string]int{}
	for _, e := range d.Events {
		if d.SentenceOfByte(e.Evidence.Start) >= si {
			continue
		}
		names := e.Actors
		if e.Source != "" && e.Target != "" {
			names = []string{e.Source, e.Target}
		}
		for i := 0; i < len(names); i++ {
			for j := i + 1; j < len(names); j++ {
				a, b := names[i], names[j]
				if a > b {
					a, b = b, a
				}
				if a != b {
					n[[2]string{a, b}]++
				}
			}
		}
	}
	var best [2]string
	top, second := 0, 0
	for k, c := range n {
		switch {
		case c > top:
			best, top, second = k, c, top
		case c > second:
			second = c
		}
	}
	if top < 2 || second == top {
		return nil
	}
	var pair []int
	for _, name := range best {
		for i, ent := range d.Entities {
			if ent.Name == name && ent.Type == doc.Person {
				pair = append(pair, i)
				break
			}
		}
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// pairWordIn reports whether sentence si speaks of two people as a pair
// ("the two", "both", "the pair", "the duo"), none of organizations.
func (d *stage) pairWordIn(si int) bool {
	if d.groupsOfOrgs(si) {
		return false
	}
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch d.Tokens[k].Lower {
		case "two", "both", "pair", "duo":
			return true
		}
	}
	return false
}

// pairFits reports whether the people of pair fit what sentence si calls
// them: the gender of "the two men", the noun of "the two senators"
// (and no noun of things: "Both teams", "the two bakeries").
func (d *stage) pairFits(si int, pair []int) bool {
	if g := d.gendered(si); g != "" {
		for _, e := range pair {
			if eg := d.Entities[e].Gender; eg != "" && eg != g {
				return false
			}
		}
		return true
	}
	noun := d.groupNoun(si)
	if noun == "" {
		return true
	}
	if pairRelations[noun] {
		return true // "the two rivals", "the old friends"
	}
	first := d.Sentences[si].First
	if coref.Describes(d.Doc, pair[0], noun, first) && coref.Describes(d.Doc, pair[1], noun, first) {
		return true
	}
	// A kind of person the article has not called them may still be
	// theirs ("the two executives"), unless a phrase after it says whose
	// or which ("the two brothers who own the bakery", "the two
	// lawyers for the city").
	if !rules.PersonNoun(noun) {
		return false
	}
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if strings.HasPrefix(d.Tokens[k].Lower, noun) && k > s.First && (strings.EqualFold(d.Tokens[k-1].Text, "two") || strings.EqualFold(d.Tokens[k-1].Text, "both")) {
			switch d.Tokens[k+1].Lower {
			case "who", "that", "of", "from", "at", "for", "in", "with":
				return false
			}
			return true
		}
	}
	return false
}

// pairRelations name two people by what they are to each other (rules:
// pairRelations).
var pairRelations = rules.WordClass("pairRelations")

// groupWordIn reports whether sentence si holds a word that may stand for
// two people spoken of before ("they", "the pair", "both", "the
// sisters").
func (d *stage) groupWordIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch w := d.Tokens[k].Lower; w {
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
// in a paragraph that has just named an organization, in an article
// that has named one organization where such a post is held (kindOrg),
// or after a description that put the person in that role at one
// (describedEarlierAs): "Lanternbox is reshuffling. Ilse Brouwer was
// named head of content" may tell a post taken there.
func (d *stage) postNamedIn(si int) bool {
	s := d.Sentences[si]
	var roles []string
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		// (or the post named as such: "was elected to the post")
		if t.Word && !t.Cap && (rules.RoleNouns[t.Text] || postNounWords[t.Text] && k > s.First && d.Tokens[k-1].Text == "the") {
			roles = append(roles, t.Text)
		}
	}
	if len(roles) == 0 {
		return false
	}
	var people []int
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
			people = append(people, m.Entity)
		}
	}
	if len(people) == 0 {
		return false
	}
	if d.paragraphOrg(si) >= 0 {
		return true
	}
	for _, e := range people {
		// (or where an earlier description put them in that role:
		// "Kestrel chairman Edmund Hale … ¶ Hale, who became chairman in
		// 2019, …")
		if slices.ContainsFunc(roles, func(r string) bool { return d.describedEarlierAs(e, si, r) >= 0 }) {
			return true
		}
	}
	// (or the article's one organization where such a post is held:
	// "was named provost in 2022" after a university was named)
	return slices.ContainsFunc(roles, func(r string) bool { return d.kindOrg(r, si) >= 0 })
}

// holderIn reports whether sentence si names someone whose post the
// events of its paragraph have told in the three sentences before (or
// the article's events before, a post held, taken or left), whose title
// names an organization the article names, or whom a sentence before
// described by a post at an organization (describedEarlier) when the
// sentence names a post as such ("took office"): a sentence of one name may
// then say they left it or took another ("He resigned on Monday", "Labor
// Secretary Villa resigned", "Whitfield became chief executive in 2018").
func (d *stage) holderIn(si int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person {
			continue
		}
		if m.Title != "" && rules.Titles[m.Title].Org != "" && d.titleOrg(m.Entity) >= 0 {
			return true // "Labor Secretary Villa resigned": the post her title names
		}
		if d.postWordIn(si) && d.describedEarlier(m.Entity, si) >= 0 {
			return true // "Reyes, the president of Dunmore College, … ¶ Reyes took office in 2023"
		}
		for _, e := range d.Events {
			if ej := d.SentenceOfByte(e.Evidence.Start); e.Type == powermap.EventPosition && e.Source == d.Entities[m.Entity].Name && ej < si && (ej >= si-3 && d.SameParagraph(ej, si) || e.Target != "") {
				// (a post held, taken or left anywhere before:
				// "Whitfield became chief executive in 2018", paragraphs
				// after her post at the company was told)
				return true
			}
		}
	}
	return false
}

// postWordIn reports whether sentence si names a post as such, in lower
// case: "took office", "the job" (rules: postNouns).
func (d *stage) postWordIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if t := d.Tokens[k]; t.Word && !t.Cap && postNounWords[t.Text] {
			return true
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
	o := -1
	for c, tk := range toks {
		if tk.Head == t && tk.Rel == "obj" {
			o = c // "buried the hatchet over breakfast": the phrase may hang on the object
		}
	}
	for c, tk := range toks {
		if tk.Head != t && (g < 0 || tk.Head != g) && (v < 0 || tk.Head != v) && (o < 0 || tk.Head != o) || !strings.HasPrefix(tk.Rel, "obl") && !((tk.Head == t || tk.Head == o) && base(tk.Rel) == "nmod") {
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
			} else if n < d.Sentences[p].Last && articles[d.Tokens[n].Lower] {
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
		if !articles[d.Tokens[k].Lower] || k > d.Sentences[si].First && rules.Prepositions[d.Tokens[k-1].Lower] {
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
			if m := d.Mentions[mi]; m.Entity == e && !m.Pronoun {
				if p, _ := d.agentBeside(m, agentNouns); p >= 0 && d.Entities[p].Type == doc.Org {
					return p
				}
			}
		}
	}
	return -1
}

// spokesperson reports whether person e is named in sentence si beside a
// noun of speaking for someone ("spokesman Gideon Fair", "Gideon Fair, a
// spokesman for the league,"): what such a one says an organization does
// is the organization's own word.
func (d *stage) spokesperson(si, e int) bool {
	_, found := d.spokesFor(si, e)
	return found
}

// spokesPrincipal returns whom person e, named in sentence si as a
// spokesperson, speaks for, a person or an organization: "Ilse Varga, a
// spokeswoman for Marsh,", "a spokesman for the White House, Garrett
// Mwan", "Marsh's spokeswoman, Ilse Varga"; or -1.
func (d *stage) spokesPrincipal(si, e int) int {
	p, _ := d.spokesFor(si, e)
	return p
}

// spokesFor reads sentence si's mentions of person e for a spokes-noun
// beside them (agentBeside): whom it speaks for (or -1), and whether
// there is one.
func (d *stage) spokesFor(si, e int) (principal int, found bool) {
	if e < 0 || d.Entities[e].Type != doc.Person {
		return -1, false
	}
	principal = -1
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Entity == e && !m.Pronoun {
			if p, ok := d.agentBeside(m, spokesNouns); ok {
				found = true
				if p >= 0 {
					return p, true
				}
			}
		}
	}
	return principal, found
}

// agentBeside reads the words set beside person mention m, in its
// sentence, for one of nouns (nouns of acting for someone: a lawyer, a
// spokesperson) and whom it acts for. After the name: ", a lawyer for
// Corvane", ", a White House spokesman", ", Marsh's spokeswoman"; before
// it: "Corvane spokeswoman Dana Holt", "Corvane's lawyer, Dana Holt", "a
// spokesman for the White House, Garrett Mwan". found reports such a
// noun; principal is the person or organization it names, or -1. A
// former role ("a former lawyer for Corvane") acts for no one.
func (d *stage) agentBeside(m doc.Mention, nouns map[string]bool) (principal int, found bool) {
	end := d.Sentences[m.Sent].Last
	if k := m.Last; k+1 < end && d.Tokens[k].Text == "," && (d.Tokens[k+1].Cap || descriptionDeterminers[d.Tokens[k+1].Lower]) {
		for j := k + 1; j < end && j < k+8 && (d.Tokens[j].Word || possessiveMark(d.Tokens[j].Text)); j++ {
			w := d.Tokens[j].Lower
			if w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") {
				break
			}
			if !nouns[w] {
				continue
			}
			x := j - 1
			if x > k && possessiveMark(d.Tokens[x].Text) {
				x--
			}
			if p := d.entityEndingAt(x); p >= 0 && x > k {
				return p, true // ", a White House spokesman", ", Marsh's spokeswoman"
			}
			if j+1 < end {
				if n := d.Tokens[j+1].Lower; n == "for" || n == "of" || n == "representing" {
					return d.entityAt(j + 2), true // ", a lawyer for Corvane"
				}
			}
			return -1, true
		}
	}
	for _, k := range []int{m.First - 1, m.TitleFirst - 1} {
		comma := k >= 0 && d.Tokens[k].Text == ","
		if comma {
			k--
			if p, w := d.servedBefore(k); p >= 0 && nouns[w] {
				return p, true // "a spokesman for the White House, Garrett Mwan"
			}
		}
		if k >= 0 && nouns[d.Tokens[k].Lower] {
			x := k - 1
			if x >= 0 && possessiveMark(d.Tokens[x].Text) {
				x--
			}
			return d.entityEndingAt(x), true // "Corvane spokeswoman Dana Holt", "Corvane's lawyer, Dana Holt"
		}
	}
	return -1, false
}

// descriptionDeterminers open an apposition that describes someone.
var descriptionDeterminers = map[string]bool{"a": true, "an": true, "the": true}

// possessiveMark reports whether token text t is the possessive "'s".
func possessiveMark(t string) bool { return t == "'s" || t == "’s" }

// servedBefore returns the person or organization a mention ending at
// token k names and the noun of acting for it before "for" or "of"
// ("a spokesman for the White House", "a lawyer for Corvane"), or -1 and
// "".
func (d *stage) servedBefore(k int) (int, string) {
	p := d.entityEndingAt(k)
	if p < 0 {
		return -1, ""
	}
	mi := d.LastMentionBefore(k + 1)
	if mi < 0 {
		return -1, ""
	}
	x := d.Mentions[mi].TitleFirst - 1
	if x > 0 && strings.EqualFold(d.Tokens[x].Text, "the") {
		x--
	}
	if x < 1 || !strings.EqualFold(d.Tokens[x].Text, "for") && !strings.EqualFold(d.Tokens[x].Text, "of") {
		return -1, ""
	}
	return p, d.Tokens[x-1].Lower
}

// spokesNouns speak for someone else (rules: spokesNouns).
var spokesNouns = rules.WordClass("spokesNouns")

// orgSource reports whether match m's source is one organization.
func orgSource(m frame.Match, ents []*doc.Entity) bool {
	src := m.Slots[frame.Source]
	return len(src) == 1 && src[0].Entity >= 0 && ents[src[0].Entity].Type == doc.Org
}

// agentNouns act for someone else (rules: agentNouns).
var agentNouns = rules.WordClass("agentNouns")

// entityAt returns the person or organization a mention starting at
// token k (after an article) names, when the phrase ends with it ("for
// Corvane Holdings," — not "for Corvane Holdings workers", "for
// Corvane's chief"), or -1.
func (d *stage) entityAt(k int) int {
	if k < len(d.Tokens) && strings.EqualFold(d.Tokens[k].Text, "the") {
		k++
	}
	for mi := range d.Mentions {
		if m := d.Mentions[mi]; (m.First == k || m.TitleFirst == k) && m.Entity >= 0 && d.Entities[m.Entity].Type != doc.Place {
			if n := m.Last; n < len(d.Tokens) && (d.Tokens[n].Word || d.Tokens[n].Text == "’s" || d.Tokens[n].Text == "'s" || d.Tokens[n].Text == "’" || d.Tokens[n].Text == "'") {
				if w := d.Tokens[n].Lower; w != "said" && w != "says" && w != "told" && w != "and" {
					return -1
				}
			}
			return m.Entity
		}
	}
	return -1
}

// entityEndingAt returns the person or organization a mention ending at
// token k names, or -1.
func (d *stage) entityEndingAt(k int) int {
	for mi := range d.Mentions {
		if m := d.Mentions[mi]; m.Last == k+1 && m.Entity >= 0 && d.Entities[m.Entity].Type != doc.Place {
			return m.Entity
		}
	}
	return -1
}

// roleBeside reports whether sentence si sets the role noun beside a
// mention of entity e, in an apposition after it ("Tobias Rein,
// Echeverría's campaign manager, said …", "Ada Quill, mayor of Harlow,
// said …") or before it ("The city's mayor, Ada Quill, said …"), which
// coreference keeps no mention of. An apposition that names an
// organization, or a former role, gives no role here ("a spokeswoman for
// Kestrel Partners", "a former chief executive of Norvik"), unless the
// organization is body; nor a role another holds ("the daughter of
// Orrin Freight's founder").
func (d *stage) roleBeside(si, e int, noun string, body int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Entity != e {
			continue
		}
		if f := m.TitleFirst; f >= 2 && d.Tokens[f-1].Text == "," && strings.EqualFold(d.Tokens[f-2].Text, noun) && !d.formerIn(max(f-6, 0), f-1) {
			return true
		}
		if m.Last >= len(d.Tokens) || d.Tokens[m.Last].Text != "," {
			continue
		}
		found, owned := false, false
		for k := m.Last + 1; k < len(d.Tokens) && k <= m.Last+8 && d.SentenceOf(k) == si; k++ {
			if d.Tokens[k].Text == "," {
				if found && !d.formerIn(m.Last+1, k) && !d.otherOrgIn(m.Last+1, k, body) {
					return true
				}
				break
			}
			// (a role after "of" or "for" is another's: "the daughter
			// of Orrin Freight's founder", "a lawyer for its founder")
			w := d.Tokens[k].Lower
			owned = owned || w == "of" || w == "for"
			found = found || !owned && strings.EqualFold(d.Tokens[k].Text, noun)
		}
	}
	return false
}

// speaksAs reports whether the article, up to sentence si, gives person
// entity e the role noun now: in a title ("Mayor Ada Quill", "Chief
// executive Ada Crane"), a description resolved to them ("the mayor")
// or an apposition (roleBeside); not a former one, nor one at an
// organization named beside it ("a spokeswoman for Kestrel Partners")
// other than body ("the chief executive of Orrin Freight" for Orrin
// Freight; body -1 for none).
func (d *stage) speaksAs(si, e int, noun string, body int) bool {
	end := d.Sentences[si].Last
	for _, m := range d.Mentions {
		if m.Entity != e || m.First >= end || m.Pronoun {
			continue
		}
		if t := strings.Fields(strings.ToLower(m.Title)); slices.Contains(t, noun) && !slices.Contains(t, "former") {
			return true
		}
		if f := m.TitleFirst; f > 0 && strings.EqualFold(d.Tokens[f-1].Text, noun) && !d.formerIn(max(f-4, 0), f) {
			return true // a role right before the name ("Meridian chief executive Augustin Delacroix")
		}
		if m.Rule != "description" || !strings.EqualFold(d.Tokens[m.Last-1].Text, noun) {
			continue
		}
		k := m.Last
		for k < len(d.Tokens) && k < m.Last+8 && d.Tokens[k].Text != "," && d.Tokens[k].Text != "." {
			k++
		}
		if !d.formerIn(m.First, k) && !d.otherOrgIn(m.Last, k, body) {
			return true
		}
	}
	return d.roleBeside(si, e, noun, body)
}

// formerIn reports whether tokens [from, to) say a role was held before
// ("former", "ex-", "… until 2024").
func (d *stage) formerIn(from, to int) bool {
	for k := from; k < to; k++ {
		if w := d.Tokens[k].Lower; w == "former" || w == "until" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// otherOrgIn reports whether an organization other than entity body is
// named among tokens [from, to) of the text.
func (d *stage) otherOrgIn(from, to, body int) bool {
	for _, m := range d.Mentions {
		if m.First >= max(from, 0) && m.Last <= to && m.Entity >= 0 && m.Entity != body && d.Entities[m.Entity].Type == doc.Org {
			return true
		}
	}
	return false
}

// frameSentence maps the words of a parsed sentence to the entities of
// the mentions they fall in; words inside a quotation name nobody (a
// quotation's words are the speaker's, not the narration's).
func (d *stage) frameSentence(si int, p *parsed, quoted int) *frame.Sentence {
	fs := &frame.Sentence{Tokens: p.toks, Entity: make([]int, len(p.toks)), Speaker: -1, We: -1, Addressee: -1,
		IsOrg: func(e int) bool { return d.Entities[e].Type == doc.Org }, Stance: rules.Stance,
		Gender:   func(e int) string { return d.Entities[e].Gender },
		RoleWord: rules.RoleWord, KindWord: rules.PersonNoun,
		DescribedAs: func(e int, noun string, body int) bool {
			return d.Entities[e].Type == doc.Person && d.speaksAs(si, e, noun, body)
		}}
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
		if d.restatesName(mi) && !headsRelative(p.toks, m.Start, m.End) {
			// "Castell, the vice chairman of …": the role, not another
			// name (but "Henriksen, the Norwegian who was appointed
			// manager": the clause's subject is the one named)
			continue
		}
		for i, t := range p.toks {
			if t.Start < m.End && t.End > m.Start {
				fs.Entity[i] = m.Entity
			}
		}
	}
	for i, t := range p.toks {
		// "Ruth is running for a fourth term. … gave $2,500 to the
		// campaign": the candidate's.
		if fs.Entity[i] < 0 && t.UPOS == "NOUN" && strings.EqualFold(t.Form, "campaign") && t.Head >= 0 && d.stanceOrGift(p.toks[t.Head]) {
			// (given to, received by, attacked or backed: not "joined the
			// campaign as treasurer", a post at it)
			if k, _ := d.TokenRange(t.Start, t.End); k >= 0 {
				fs.Entity[i] = d.campaignAt(k)
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

// backingNoun reports whether noun n, of entity type typ, names a group or
// an advertisement, which a participle of support describes by its
// purpose: an organization, a kind of one ("group", "PAC"), or an ad
// (rules: adNouns) bought with a sum the sentence states (money spent on
// ads is the gift; "released an ad praising her" praises).
func backingNoun(n syntax.Token, typ doc.MentionType, money bool) bool {
	if n.UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(n.Lemma)
	return typ == doc.Org || len(rules.OrgKinds[l]) > 0 || len(rules.OrgKinds[n.Form]) > 0 || adNouns[l] && money
}

// adNouns name advertisements (rules: adNouns).
var adNouns = rules.WordClass("adNouns")

// alleged reports whether token t is inside what a verb of accusing
// charges someone with: its of-phrase, hung on the verb or on the one
// accused ("accused the president of running the Senate like a casino");
// not inside a clause of its own there, a relative clause or one with its
// own subject ("of lying about the day she was appointed chief
// executive", "ever since she became chief executive").
func alleged(toks []syntax.Token, t int) bool {
	accuses := func(v int) bool {
		return v >= 0 && toks[v].UPOS == "VERB" && accuseVerbs[strings.ToLower(toks[v].Lemma)]
	}
	ownSubject := func(c int) bool {
		return slices.ContainsFunc(toks, func(x syntax.Token) bool { return x.Head == c && strings.HasPrefix(x.Rel, "nsubj") })
	}
	for c, n := t, 0; c >= 0 && n < 6; c, n = toks[c].Head, n+1 {
		if hasCase(toks, c, "of") || hasMark(toks, c, "of") {
			h := toks[c].Head
			switch r := base(toks[c].Rel); {
			case (r == "advcl" || r == "obl") && accuses(h):
				return true
			case (r == "acl" || r == "nmod") && h >= 0 && base(toks[h].Rel) == "obj" && accuses(toks[h].Head):
				return true // (hung on the one accused)
			}
		}
		if toks[c].Rel == "acl:relcl" || base(toks[c].Rel) == "advcl" && ownSubject(c) {
			return false // a clause of its own inside the charge
		}
		if h := toks[c].Head; accuses(h) && c > h+2 && !ownSubject(c) {
			// "accused the board of having “protected a friend”" with
			// the quoted participle hung on the verb of accusing: "of
			// having" (or "being") right before it, with only quotation
			// marks or adverbs between, still opens the charge.
			k := c - 1
			for k > h && (toks[k].UPOS == "PUNCT" || toks[k].UPOS == "ADV") {
				k--
			}
			if w := strings.ToLower(toks[k].Form); (w == "having" || w == "being") && strings.EqualFold(toks[k-1].Form, "of") {
				return true
			}
			return false
		}
	}
	return false
}

// accuseVerbs charge someone with what their of-phrase says (rules:
// accuseVerbs).
var accuseVerbs = rules.WordClass("accuseVerbs")

// gloats reports whether support trigger t is said of someone's fall:
// its object (or an over- or at-phrase) is a word of misfortune whose
// possessor or of-phrase names who fell ("celebrated Ferro's
// resignation", "cheered the ouster of Ferro"; not "praised Orr's
// dismissal of the lawsuit", where the possessor did it).
func gloats(toks []syntax.Token, t int) bool {
	for c, x := range toks {
		if x.Head != t || !fallNouns[strings.ToLower(x.Lemma)] || !(x.Rel == "obj" || x.Rel == "obl" && (hasCase(toks, c, "over") || hasCase(toks, c, "at"))) {
			continue // (not "defended Chukwu after Saturday's defeat")
		}
		poss, of := false, false
		for k, y := range toks {
			if y.Head != c {
				continue
			}
			poss = poss || y.Rel == "nmod:poss" && (y.UPOS == "PROPN" || y.UPOS == "PRON")
			of = of || y.Rel == "nmod" && hasCase(toks, k, "of")
		}
		// whose fall: a name or a personal possessive, or the of-phrase
		// ("the ouster of Ferro"); not both, where the possessor did it
		// ("Orr's firing of the police chief")
		if poss != of {
			return true
		}
	}
	return false
}

// fallNouns name someone's fall (rules: misfortuneNouns and
// fallNouns).
var fallNouns = rules.WordClasses("misfortuneNouns", "fallNouns")

// inAccordingTo reports whether token t is inside an "according to"
// phrase, after a word of the source's release, which tells when the
// news came out, not when the event was: "gave $1 million …, according to
// records released Tuesday".
func inAccordingTo(toks []syntax.Token, t int) bool {
	released := false
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		switch {
		case strings.EqualFold(toks[k].Form, "according") && k+1 < len(toks) && strings.EqualFold(toks[k+1].Form, "to"):
			return released
		case toks[k].UPOS == "PUNCT":
			return false // ("According to records released Tuesday, she gave … in May")
		case releaseWords[strings.ToLower(toks[k].Form)]:
			released = true // (not "according to a complaint filed Tuesday", the act itself)
		}
	}
	return false
}

// releaseWords tell when a source was made public or seen (rules:
// releaseWords).
var releaseWords = rules.WordClass("releaseWords")

// headsRelative reports whether a token within bytes [start, end) heads
// a relative clause.
func headsRelative(toks []syntax.Token, start, end int) bool {
	for _, t := range toks {
		if t.Rel == "acl:relcl" && t.Head >= 0 && toks[t.Head].Start >= start && toks[t.Head].End <= end {
			return true
		}
	}
	return false
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

// conditionBefore reports whether the quotation opening at token first of
// sentence si completes a condition: "if", "unless", "until" or
// "whether" a few words before it, with no comma between.
func (d *stage) conditionBefore(si, first int) bool {
	for k := first - 1; k >= d.Sentences[si].First && k >= first-8; k-- {
		switch d.Tokens[k].Lower {
		case ",", ";", ":":
			return false
		case "if", "unless", "until", "whether":
			return true
		}
	}
	return false
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
		if d.conditionBefore(si, first) {
			continue // "unless the board “restores confidence in the hospital's management”": asked for, not done
		}
		if !d.mayNameOther(si, first, last) {
			continue // (tagging and parsing it would find no party but its speaker)
		}
		if d.wovenPredicate(first, speaker) {
			// "said the company was “grateful to Ana Ruiz for her
			// service”": the clause's subject, outside the marks, is the
			// one grateful; the sentence's own parse tells it.
			continue
		}
		p := &parsed{}
		d.parseSpan(si, q.Span.Start, q.Span.End, p)
		if !p.parsed {
			continue
		}
		fs := d.frameSentence(si, p, speaker)
		fs.Addressee = d.addressee(si, first, last, speaker)
		if innerAttribution(p.toks, fs.Entity, speaker) {
			// "“Njeri is a disgrace, Kamau told the board,” recalled
			// Otieno": the judgement is the one told of.
			d.markTold(qi)
		}
		for _, m := range d.frames.Match(fs) {
			own := d.speaksInQuote(m, p, speaker) || fs.We >= 0 && speaks(m, fs.We) || // (or the one a lawyer's "we" is)
				d.spokesperson(si, speaker) && orgSource(m, d.Entities) // ("“The league stands behind the commissioner,” spokesman Gideon Fair said")
			if !own && (!d.namedInQuote(m, p, speaker, first, last) || !assertedInQuote(p.toks, m.Trigger, q.Text)) {
				continue
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
				if own {
					e.Confidence *= 0.8
					e.Rule = "quoted " + e.Rule
					if e.Date == "" && !e.Planned {
						// "“We congratulate Priya Mehta …,” the fund said":
						// done as it is said, on the day it is told (as a
						// quotation's judgement).
						e.Date = d.toldDate(si, si)
					}
					e.Note = strings.TrimPrefix(e.Note+"; stated in a quotation by its speaker", "; ")
					continue
				}
				e.Confidence *= 0.6
				e.Rule = "told " + e.Rule
				e.Note = strings.TrimPrefix(e.Note+"; told in a quotation by someone who took no part", "; ")
				d.markTold(qi)
			}
		}
	}
}

// mayNameOther reports whether words [first, last) of sentence si may
// name a party to an event besides the one who says them: a mention of an
// entity other than a place (as frameSentence fills its slots), or a word
// for the one addressed or for those the speaker speaks for.
func (d *stage) mayNameOther(si, first, last int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Entity >= 0 && d.Entities[m.Entity].Type != doc.Place && m.Last > first && m.First < last {
			return true
		}
	}
	for k := first; k < last; k++ {
		switch d.Tokens[k].Lower {
		case "you", "your", "yours", "yourself", "yourselves", "we", "us", "our", "ours", "ourselves":
			return true
		}
	}
	return false
}

// markTold notes that quotation qi tells of others' acts or words: its
// words of judgement are no stance of its speaker (stanceEvents).
func (d *stage) markTold(qi int) {
	if d.toldQuotes == nil {
		d.toldQuotes = map[int]bool{}
	}
	d.toldQuotes[qi] = true
}

// namedInQuote reports whether every party of match m (over the
// quotation's own parse p) is named by name inside the quotation
// [first, last) and none is its speaker: "“Oyelaran praised Halloran to
// the skies that night,” recalled Pereira" tells of an act of others,
// which a pronoun or a description in the quotation would leave unsure.
func (d *stage) namedInQuote(m frame.Match, p *parsed, speaker, first, last int) bool {
	n := 0
	for _, fs := range m.Slots {
		for _, f := range fs {
			if f.Entity == speaker || f.Weak || f.Tok < 0 || f.Tok >= len(p.toks) {
				return false
			}
			k, _ := d.TokenRange(p.toks[f.Tok].Start, p.toks[f.Tok].End)
			if k < first || k >= last {
				return false
			}
			mi := d.MentionCovering(k)
			if mi < 0 || d.Mentions[mi].Pronoun || d.Mentions[mi].Rule == "description" {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// chargeObject reports whether the object of verb v is a sum owed or
// exacted ("a fine", "a bill", "a penalty"): handing or sending it to
// someone funds no one.
func chargeObject(toks []syntax.Token, v int) bool {
	for _, t := range toks {
		if t.Head == v && t.Rel == "obj" && chargeNouns[strings.ToLower(t.Lemma)] {
			return true
		}
	}
	return false
}

// chargeNouns are sums owed or exacted (rules: chargeNouns).
var chargeNouns = rules.WordClass("chargeNouns")

// assertedInQuote reports whether the trigger at t of a quotation's parse
// is asserted as it stands: under no verb or noun of hearsay, belief,
// doubt, wish or pretence ("They say A met B", "I doubt A ever met B",
// "the rumors that A met B", "A pretended to attack B"), unhedged
// ("allegedly", "reportedly"), in no question and no condition.
func assertedInQuote(toks []syntax.Token, t int, text string) bool {
	if strings.Contains(text, "?") || strings.Contains(" "+strings.ToLower(text)+" ", " if ") {
		return false
	}
	for _, c := range toks {
		if c.Head == t && c.Rel == "advmod" && hedgeAdverbs[strings.ToLower(c.Form)] {
			return false
		}
	}
	for a, n := toks[t].Head, 0; a >= 0 && n < len(toks); a, n = toks[a].Head, n+1 {
		if unassertingWords[strings.ToLower(toks[a].Lemma)] {
			return false
		}
	}
	return true
}

// unassertingWords, governing a clause, leave it unasserted (rules:
// unassertingWords).
var unassertingWords = rules.WordClass("unassertingWords")

// hedgeAdverbs leave what they modify unasserted (rules: hedgeAdverbs).
var hedgeAdverbs = rules.WordClass("hedgeAdverbs")

// innerAttribution reports whether a quotation's parse holds a verb of
// saying whose subject names someone other than its speaker: its words
// are that one's ("… Kamau told the board").
func innerAttribution(toks []syntax.Token, entity []int, speaker int) bool {
	for i, t := range toks {
		if t.Rel != "nsubj" || t.Head < 0 || i >= len(entity) || entity[i] < 0 || entity[i] == speaker {
			continue
		}
		if v := toks[t.Head]; rules.SpeechVerbs[strings.ToLower(v.Form)] || tellVerbs[strings.ToLower(v.Form)] {
			return true
		}
	}
	return false
}

// accusedOf reports whether the quotation opening at token k of
// sentence si is what someone is accused of: in the of-phrase of a verb
// of accusing before it, with no saying between ("accused the president
// of “…”", "accused Ferro of firing the chief “to protect …”").
func (d *stage) accusedOf(si, k int) bool {
	o := k - 1
	for o > d.Sentences[si].First && !d.Tokens[o].Word {
		o-- // (the opening mark)
	}
	if !strings.EqualFold(d.Tokens[o].Text, "of") {
		// "accused Ferro of firing the police chief “to protect his
		// friends”": the quotation completes the charge's of-phrase,
		// with no saying between.
		if o <= d.Sentences[si].First {
			return false
		}
		for o--; o > d.Sentences[si].First && !strings.EqualFold(d.Tokens[o].Text, "of"); o-- {
			if w := d.Tokens[o].Lower; rules.SpeechVerbs[w] || w == ";" || d.Quoted[o] {
				return false
			}
		}
		if !strings.EqualFold(d.Tokens[o].Text, "of") {
			return false
		}
	}
	for j := o - 1; j >= d.Sentences[si].First; j-- {
		switch w := d.Tokens[j].Lower; w {
		case "accused", "accuses", "accusing", "accuse", "charged", "charging", "suspected", "convicted":
			return true
		default:
			if rules.SpeechVerbs[w] {
				return false // "accused Ferro of lying, and said of Reyes: “…”"
			}
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
		w := d.Tokens[k].Lower
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

// speaksInQuote reports whether the speaker fills a slot of match m,
// parsed over a quotation of theirs, other than as "he" or "she": one
// does not speak of oneself in the third person ("“He attacked Holm
// every chance he got,” Lindqvist said").
func (d *stage) speaksInQuote(m frame.Match, p *parsed, speaker int) bool {
	for _, fs := range m.Slots {
		for _, f := range fs {
			if f.Entity != speaker {
				continue
			}
			if f.Tok >= 0 && f.Tok < len(p.toks) && p.toks[f.Tok].UPOS == "PRON" && thirdPersons[strings.ToLower(p.toks[f.Tok].Form)] {
				continue
			}
			return true
		}
	}
	return false
}

// thirdPersons are the pronouns that speak of someone other than the
// speaker and the one spoken to.
var thirdPersons = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true}

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

// hangsOn reports whether token t is an adverbial of verb v: its
// oblique, temporal modifier or adverb.
func hangsOn(toks []syntax.Token, t, v int) bool {
	if t < 0 || v < 0 || toks[t].Head != v || toks[v].UPOS != "VERB" {
		return false
	}
	switch base(toks[t].Rel) {
	case "obl", "advmod", "nmod":
		return true
	}
	return false
}

// newsWeekday reports whether date expression de names a weekday of the
// week before publication ("on Monday"): the time news tells its acts
// by, not that of what an act is about.
func (d *stage) newsWeekday(de doc.DateExpr) bool {
	if len(de.Value) != 10 || de.Future {
		return false
	}
	if t, err := time.Parse("2006-01-02", de.Value); err != nil || d.Published.IsZero() || t.After(d.Published) || d.Published.Sub(t) > 7*24*time.Hour {
		return false // ("on Monday, March 4, 2024": a day of its own, not the news week's)
	}
	k, _ := d.TokenRange(de.Start, de.End)
	for ; k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < de.End; k++ {
		if rules.Weekday(d.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// gerundContent reports whether token t lies in a gerund's clause the
// trigger trig governs as what it is about ("accused Desai of lying
// about the budget on Monday"): a weekday there is the accusation's.
func gerundContent(toks []syntax.Token, t, trig int) bool {
	for n := 0; t >= 0 && n < len(toks); n++ {
		if toks[t].Head == trig {
			return toks[t].XPOS == "VBG"
		}
		t = toks[t].Head
	}
	return false
}

// inOtherConjunct reports whether time token t lies in a predicate
// coordinated with the trigger trig's clause that has a time of its own:
// a clause it governs ("named Ostrowski interim president and said a
// search would begin in the fall") or another tense ("held talks …, and
// are scheduled to meet again on Friday"). A conjunct in the same tense
// shares its time ("met Cole and praised her on Friday").
func inOtherConjunct(toks []syntax.Token, t, trig int) bool {
	clause := false
	for n := 0; t >= 0 && n < len(toks); n++ {
		h := toks[t].Head
		if h < 0 {
			return false
		}
		switch base(toks[t].Rel) {
		case "ccomp", "xcomp", "advcl":
			clause = true
		case "conj":
			if toks[t].UPOS == "VERB" && !inSubtree(toks, trig, t) && inSubtree(toks, trig, h) {
				a, b := clauseTense(toks, t), clauseTense(toks, trig)
				return clause || a != "" && b != "" && a != b
			}
		}
		t = h
	}
	return false
}

// clauseTense returns "past", "present" or "future" for verb v by its
// auxiliaries or its own form, or "" where they do not tell (a bare
// participle).
func clauseTense(toks []syntax.Token, v int) string {
	for c := range toks {
		if toks[c].Head != v || base(toks[c].Rel) != "aux" {
			continue
		}
		switch toks[c].XPOS {
		case "MD":
			return "future"
		case "VBD":
			return "past"
		case "VBP", "VBZ":
			return "present"
		}
	}
	switch toks[v].XPOS {
	case "VBD":
		return "past"
	case "VBP", "VBZ":
		return "present"
	}
	return ""
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
			// 2022"; a bare year modifying the noun is the noun's; an
			// adverbial the parser hung on a noun is still the verb's:
			// "resigned from the board … two weeks earlier")
			return hasCase(toks, t, "in") || hasCase(toks, t, "on") || hasCase(toks, t, "during") || base(toks[t].Rel) == "obl"
		}
		t = h
	}
	return false
}

// namingPredicate reports whether verb v gives its object a predicate:
// a noun or adjective after the object as a second object, a bare
// oblique or a predicate complement ("called Jankovic a good man",
// "called her the front-runner").
func namingPredicate(toks []syntax.Token, v int) bool {
	obj := -1
	for c, t := range toks {
		if t.Head != v {
			continue
		}
		switch {
		case base(t.Rel) == "obj" || t.Rel == "iobj":
			if obj >= 0 && (t.UPOS == "NOUN" || t.UPOS == "ADJ") {
				return true
			}
			obj = c
		case obj >= 0 && c > obj && (t.Rel == "obl:unmarked" && t.UPOS != "PROPN" && !weekdayOrTime(t) || t.Rel == "xcomp" && (t.UPOS == "NOUN" || t.UPOS == "ADJ")):
			return true
		}
	}
	return false
}

// namingQuoteAfter reports whether a quotation opens within a few words
// after token k of sentence si with only the object between (its names,
// pronouns and articles): what a verb of naming calls its object.
func (d *stage) namingQuoteAfter(si, k int) bool {
	limit, aside := k+8, false
	for j := k + 1; j < d.Sentences[si].Last && j <= limit; j++ {
		if q, ok := d.QuoteOpenedAt(j); ok {
			// (past an aside, a label of a few words: "called Lind, a
			// former partner, “every day”" was a call)
			return j > k+1 && (!aside || q.Close-q.Open > 3) && d.LabelLike(q)
		}
		// (only the object between: "called Park on Sunday to offer
		// “whatever help he needs”" is a call)
		switch d.Tokens[j].Lower {
		case "him", "her", "them", "it", "the", "a", "an", "his", "their", "its", "'s", "’s":
			continue
		}
		if d.Tokens[j].Text == "," && j > k+1 && d.TokenInMention(j-1) {
			if c := d.asideClosing(j); c > j && c+1 < d.Sentences[si].Last {
				limit += c - j
				j, aside = c, true // "called Abernethy, who plays her brother, “a fraud”"
				continue
			}
		}
		if d.Tokens[j].Text == "," && j > k+1 && (d.inTitleOfMention(j-1, si) || d.TokenInMention(j-1) && d.quoteOpensAt(j+1)) {
			continue // "called the team owner, Dwayne Oyel, “a fraud”"
		}
		if !d.TokenInMention(j) && !d.inTitleOfMention(j, si) {
			return false
		}
	}
	return false
}

// quoteOpensAt reports whether a quotation opens at token k.
func (d *stage) quoteOpensAt(k int) bool {
	_, ok := d.QuoteOpenedAt(k)
	return ok
}

// inTitleOfMention reports whether token k of sentence si is part of the
// title or role words right before a name ("Mayor" in "called Mayor
// Tobias Fenn “…”", "crew" in "called referee crew chief Dana Oyel").
func (d *stage) inTitleOfMention(k, si int) bool {
	m := d.NextMentionAfter(k, si)
	if m < 0 || d.Mentions[m].TitleFirst <= k {
		return m >= 0
	}
	end := d.Mentions[m].First
	if end-1 > k && d.Tokens[end-1].Text == "," {
		end-- // set beside the name: "the team owner, Dwayne Oyel"
	}
	if end-k > 3 || end <= k {
		return false
	}
	// (a role noun heads the words: "referee crew chief", "team owner")
	for j := k; j < end; j++ {
		if !d.Tokens[j].Word || rules.Prepositions[d.Tokens[j].Lower] {
			return false
		}
	}
	w := d.Tokens[end-1]
	return rules.RoleWord(w.Lower) || rules.PersonNoun(w.Lower) || rules.IsTitleWord(w.Text)
}

// asideClosing returns the comma that closes the aside opened by the
// comma at token o, or -1 (the converse of doc.AsideOpening).
func (d *stage) asideClosing(o int) int {
	si := d.SentenceOf(o)
	for c := o + 2; c < d.Sentences[si].Last && c <= o+20; c++ {
		if d.Tokens[c].Text == "," {
			if d.AsideOpening(c) == o {
				return c
			}
			return -1
		}
	}
	return -1
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

// immediateEffect marks a post that moves as it is announced.
var immediateEffect = regexp.MustCompile(`(?i)\b(?:effective immediately|with immediate effect|immediately effective)\b`)

// frameEvent turns one frame match into events.
func (d *stage) frameEvent(si, k int, p *parsed, m frame.Match) {
	f := m.Frame
	typ := f.Type
	rule := f.Name
	if typ == powermap.EventMeet && f.Lemma == "call" && (d.namingQuoteAfter(si, k) || namingPredicate(p.toks, m.Trigger)) {
		return // "called the ambassador “a guest who has spat on the table”", "called her a good man": naming, no call
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
	if alleged(p.toks, m.Trigger) {
		// "accused the president of running the Senate like a casino",
		// "accused the board of having protected a friend": the charge,
		// no post or act the article tells
		return
	}
	if t := p.toks[m.Trigger]; typ == powermap.EventSupport && t.UPOS == "VERB" && t.XPOS == "VBG" && t.Rel == "acl" && t.Head >= 0 && backingNoun(p.toks[t.Head], d.entityTypeOf(p.toks[t.Head]), d.amountInSentence(si)) {
		// "Forward Keystone, a super PAC supporting Nwankwo", "ads
		// backing her": what a group or an ad is for describes it (money
		// given it is the gift); no praise is told ("a statement praising
		// her" still is)
		return
	}
	if typ == powermap.EventSupport && gloats(p.toks, m.Trigger) {
		// "celebrated Ferro's resignation": glad of someone's fall,
		// one is against them.
		typ, rule = powermap.EventOppose, f.Name+" (of a fall)"
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
		return t < 0 || relativeClause(p.toks, t) == relativeClause(p.toks, m.Trigger) && (!inContent(p.toks, t, m.Trigger) || d.newsWeekday(de) && gerundContent(p.toks, t, m.Trigger)) && !inAccordingTo(p.toks, t) && !inOtherConjunct(p.toks, t, m.Trigger) &&
			!(typ == powermap.EventThreaten && d.ahead(de) && inThreatened(p.toks, t, m.Trigger))
	}
	when := d.dateExprNear(si, k, sameIsland)
	if when != nil && !hangsOn(p.toks, p.phraseHead(when.Start, when.End), m.Trigger) {
		// A time the trigger's verb itself takes goes before a nearer
		// one of another clause ("According to papers filed on Monday,
		// Szabo threatened Delgado in a voicemail on Aug. 9").
		if own := d.dateExprNear(si, k, func(de doc.DateExpr) bool {
			return sameIsland(de) && hangsOn(p.toks, p.phraseHead(de.Start, de.End), m.Trigger)
		}); own != nil {
			when = own
		}
	}
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
	if ev.Date == "" && typ == powermap.EventPosition && d.LeadDay != "" && immediateEffect.MatchString(d.Text[d.Sentences[si].Start:d.Sentences[si].End]) {
		// "… will serve as acting secretary, effective immediately, the
		// White House said": a post taken or left as it is announced, on
		// the day of the news.
		ev.Date = d.LeadDay
		ev.Note = "date of the news: the post moves as it is announced"
	}
	if ev.Date == "" && (typ == "support" || typ == "oppose" || typ == "threaten") && !f.AgentNoun() && d.LeadDay != "" && d.reportedSpeech(si) && !background(p.toks, m.Trigger) {
		// Words reported without a date of their own were said on the
		// day of the news the article reports.
		ev.Date = d.LeadDay
		ev.Confidence *= 0.9
		ev.Note = "date taken from the article's lead event"
	}
	if ev.Date == "" && (typ == "support" || typ == "oppose" || typ == "threaten" || typ == "meet") && !f.AgentNoun() && d.LeadDay != "" && d.Sentences[si].Post < 0 &&
		p.toks[m.Trigger].XPOS == "VBD" && !hasChild(p.toks, m.Trigger, "aux") && !strings.HasPrefix(p.toks[m.Trigger].Rel, "acl") && !background(p.toks, m.Trigger) &&
		!d.vagueTime(si, sameIsland) && !d.leadSentence(si) && !d.datedSentence(si) && !d.relativeTimeIn(si) && d.lastDateBefore(si) == d.LeadDay {
		// "Speaking to reporters outside the courthouse, Otieno accused
		// Wekesa of …" after a lead dated Friday, with no other time
		// told since: a stance taken or a meeting held in the simple
		// past is the day's news.
		ev.Date = d.LeadDay
		ev.Confidence *= 0.85
		ev.Note = "date taken from the article's lead event: no other time is told before it"
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
	if !f.Succession && typ == powermap.EventPosition && (ev.Status == "start" || ev.Status == "hold") && len(srcs) > 0 && len(tgts) == 0 && (m.RoleFirst >= 0 || postPhrase(p, m.Trigger) || postTaken(p, m)) {
		d.noteArrival(si, k, p, m, ev)
		return
	}
	tgts = d.withoutMedium(p, tgts)
	if f.Where == "frame.evaluation" && len(srcs) == 1 && d.spokesperson(si, srcs[0].Entity) {
		// "A spokesman for the White House, Garrett Mwan, said Villa had
		// done a superb job": the judgement is the body's, as a
		// spokesperson's quotation is.
		if o := d.speaksFor(si, srcs[0].Entity); o >= 0 {
			srcs = []frame.Filler{{Entity: o, Tok: -1, Weak: true}}
		}
	}
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
	if len(tgts) == 0 && len(srcs) == 1 && (typ == powermap.EventOppose || typ == powermap.EventSupport) && f.POS == "VERB" {
		// "Benavides accused the sheriff of bias. Rutherford dismissed
		// the allegations as lies": a judgement of an act the article
		// just told, named by "the" and its noun, judges its author.
		o := definiteObject(p.toks, m.Trigger)
		if f.Where == "frame.evaluation" && o < 0 {
			o = judgedClauseSubject(p.toks, m.Trigger) // "said the claims were without merit"
		}
		if o >= 0 && actorsAct(strings.ToLower(p.toks[o].Form)) {
			if a := d.actAuthor(si, srcs[0].Entity, strings.ToLower(p.toks[o].Form)); a >= 0 && a != srcs[0].Entity {
				tgts = []frame.Filler{{Entity: a, Tok: -1, Weak: true}}
				ev.Note = "the target is the author of the act its object names"
			}
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
	if len(tgts) == 0 && len(srcs) > 0 && (typ == powermap.EventThreaten || typ == powermap.EventOppose) && legalVerbs[f.Lemma] && !namesOwnTarget(p.toks, m.Trigger) {
		// (not "would sue the newspaper that published …": a suit that
		// names whom it is against, however the frame read it; "suing
		// it" names no one)
		// "Lund sued Berg on Monday. … Berg said he would countersue",
		// "Lind fired Ortega on Friday. … Ortega vowed to sue for
		// wrongful termination": legal action that names no one is
		// aimed at the one who just sued or harmed the speaker.
		if a := d.actAuthor(si, srcs[0].Entity, "suit"); a >= 0 {
			tgts = []frame.Filler{{Entity: a, Tok: -1, Weak: true}}
			ev.Note = "the target is the one who sued the speaker just before"
		} else if a := d.harmerOf(si, srcs[0].Entity); a >= 0 {
			tgts = []frame.Filler{{Entity: a, Tok: -1, Weak: true}}
			ev.Note = "the target is the one who harmed the speaker just before"
		}
	}
	if typ == powermap.EventFund && len(srcs) == 1 && len(tgts) == 0 && len(m.Gifts) < 2 && ev.Status == "" && !implicitNotGiving[f.Lemma] && !givenElsewhere(p.toks, m.Trigger) {
		// "Forward Pacific PAC reported a surge in contributions. … Ito
		// gave $800,000": a gift of its own sum with no one to take it
		// goes to the one its paragraph says takes such gifts (not
		// money raised, invested or lent, spent on or given to a thing,
		// or given back).
		if _, own, _ := d.amountNear(si, p, m.Trigger); own {
			if r := d.implicitRecipient(si, srcs[0].Entity); r >= 0 {
				tgts = []frame.Filler{{Entity: r, Tok: -1, Weak: true}}
				ev.Note = "the recipient is the one its paragraph names as taking such gifts"
			}
		}
	}
	if typ == powermap.EventFund && len(srcs) > 0 && len(tgts) == 0 && len(m.Gifts) >= 2 {
		// "gave $9,000 to three aldermen who backed the plan: $5,000 to
		// Kim Lee, …": the gifts listed, each with its own recipient.
		d.giftEvents(si, p, m, ev, srcs[0], frame.Filler{Entity: -1, Tok: -1}, weak)
		return
	}
	if len(srcs) == 0 && len(tgts) == 1 && f.Name == frame.MoneyWentRule {
		// "The bulk of the money, $3 million, went to Frontier Future
		// PAC": the money the sentences before said someone gave.
		if g, when := d.implicitGiver(si, tgts[0].Entity); g >= 0 {
			srcs = []frame.Filler{{Entity: g, Tok: -1, Weak: true}}
			ev.Note = "the giver is the one the sentences before said gave or spent the money"
			if ev.Date == "" {
				ev.Date = when
			}
		}
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
		if chargeObject(p.toks, m.Trigger) {
			return // "handed the club a $500,000 penalty": exacted, not given
		}
		if amt > 0 && (own || !d.modifierClause(p, m.Trigger)) {
			// (not the main clause's sum for a modifier's giving:
			// "Prairie Forward, a super PAC financed by Hal Voss, spent
			// $2 million")
			ev.AmountUSD = &amt
		}
	case powermap.EventPosition:
		if t := p.toks[m.Trigger]; t.Rel == "amod" && strings.EqualFold(t.Lemma, "retire") {
			return // "a retired high school principal": what one is, not a move told
		}
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
	if m.First <= d.Sentences[m.Sent].First {
		return "" // (opening its sentence: a headline's last word is no title)
	}
	first := m.TitleFirst
	if first >= m.First {
		first = m.First
		if !rules.RoleNouns[d.Tokens[first-1].Lower] {
			return ""
		}
		for first > 0 && d.Tokens[first-1].Word && d.SentenceOf(first-1) == m.Sent && first > m.First-4 {
			w := d.Tokens[first-1].Lower
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
	// (the first sum may be a total whose recipients only the parts after
	// it name: "gave a combined $9,000 to the campaigns of three aldermen:
	// …"; totalOfParts tells)
	first := len(d.Events)
	defer d.totalOfParts(si, p, m, ev, m.Gifts[0].Tok, first)
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

// totalOfParts adds the event of a total given to several, named only
// by the parts that follow it ("gave a combined $9,000 to three
// aldermen: $4,000 to Ruiz, $3,000 to Baird and $2,000 to Chen"): one
// gift to the first part's recipient, the others in Also, of the total
// sum — besides each part, as the corpus GUIDE counts a total and its
// breakdown. tok is the first sum's token, first the index of the
// events giftEvents added in d.Events; a first sum that made an event of
// its own is no part-less total (every part must be smaller).
func (d *stage) totalOfParts(si int, p *parsed, m frame.Match, ev powermap.Event, tok, first int) {
	if tok < 0 || len(d.Events)-first < 2 {
		return
	}
	parts := d.Events[first:]
	var usd float64
	t := p.toks[tok]
	for _, a := range d.Amounts {
		if a.Sent == si && a.USD > 0 && a.Start < t.End && t.Start < a.End {
			usd = a.USD
		}
	}
	if usd == 0 {
		return
	}
	e := ev
	e.Source, e.Target, e.Also = parts[0].Source, parts[0].Target, nil
	sum := 0.0
	for i, x := range parts {
		if x.Source != e.Source || x.AmountUSD == nil || *x.AmountUSD >= usd {
			return // (not parts of one giver's total)
		}
		sum += *x.AmountUSD
		if i > 0 && x.Target != e.Target && !slices.Contains(e.Also, x.Target) {
			e.Also = append(e.Also, x.Target)
		}
	}
	if len(e.Also) == 0 || sum > usd*1.01 || sum < usd/2 {
		return // (parts that do not make up most of it are other gifts: "$2 million to a charity, and $500,000 to Ruiz")
	}
	e.AmountUSD = &usd
	e.Date = parts[0].Date
	e.Note = "a total given to several, its recipients named by the parts after it"
	d.Events = append(d.Events, e)
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
// ("has since criticized her"), or as what records show ("reports show
// that Brill gave …").
func background(toks []syntax.Token, t int) bool {
	if h := toks[t].Head; h >= 0 && base(toks[t].Rel) == "ccomp" && recordVerbs[strings.ToLower(toks[h].Lemma)] {
		// "Campaign finance reports show that Brill gave $11,500 to …":
		// what records show was done some time before the news.
		return true
	}
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

// recordVerbs tell what records or filings show (rules: recordVerbs).
var recordVerbs = rules.WordClass("recordVerbs")

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

// datedSentence reports whether sentence si states any time at all (a
// deadline, a plan's day): then it is no day's plain news.
func (d *stage) datedSentence(si int) bool {
	return slices.ContainsFunc(d.Dates, func(de doc.DateExpr) bool { return de.Sent == si })
}

// relativeTimeIn reports whether sentence si places something before or
// after another time ("a day after Yıldız and Vogt met", "weeks
// earlier"), which the lead's day does not date.
func (d *stage) relativeTimeIn(si int) bool {
	for k := d.Sentences[si].First; k < d.Sentences[si].Last; k++ {
		switch d.Tokens[k].Lower {
		case "after", "before", "earlier", "later", "ago", "previously", "since", "until":
			return true
		}
	}
	return false
}

// lastDateBefore returns the value of the last past or present date
// stated in a body sentence before si, or the lead's day when none is.
func (d *stage) lastDateBefore(si int) string {
	last, at := d.LeadDay, -1
	for _, de := range d.Dates {
		if de.Sent >= si || de.Sent < at || de.Value == "" || de.Future || d.Sentences[de.Sent].Title || d.Sentences[de.Sent].Post >= 0 {
			continue
		}
		last, at = de.Value, de.Sent
	}
	return last
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
			if q, _ := d.TokenRange(de.Start, de.End); de.Value == "" || de.Future || v != "" && v != de.Value || q >= 0 && (strings.EqualFold(d.Tokens[q].Text, "since") || q > 0 && strings.EqualFold(d.Tokens[q-1].Text, "since")) {
				return "" // (nor the start of a state: "has led the force since 2010")
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
	if r := base(toks[trig].Rel); (r == "advcl" || r == "xcomp") && toks[h].UPOS == "VERB" && toks[h].Head >= 0 && (strings.HasSuffix(toks[h].Rel, ":relcl") || base(toks[h].Rel) == "acl" && toks[toks[h].Head].UPOS != "VERB") {
		return true // "a super PAC set up to back Holt": the purpose of a modifier
	}
	return base(toks[trig].Rel) == "acl" && toks[h].UPOS != "VERB"
}

// otherClause are relations that hang another clause on a verb.
var otherClause = map[string]bool{"conj": true, "parataxis": true, "advcl": true, "ccomp": true}
