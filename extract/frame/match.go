package frame

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// Sentence is one parsed sentence with the entities its words name.
type Sentence struct {
	Tokens []syntax.Token
	// Entity gives, for each token, the entity it names (through a name,
	// a title, a description or a pronoun), or -1.
	Entity []int
	// IsOrg reports whether an entity is an organization.
	IsOrg func(e int) bool
	// Gender returns the sex an entity's name or pronouns tell, "M",
	// "F" or ""; nil when unknown.
	Gender func(e int) string
	// Question is true for a sentence that asks rather than states.
	Question bool
	// Money marks the words of sums of money ("$", "2", "million").
	Money []bool
	// RoleWord reports whether a lower-case noun names a role ("chair",
	// "treasurer", "partner"); nil turns off copular roles.
	RoleWord func(word string) bool
	// KindWord reports whether a lower-case noun names a kind of person
	// ("cellist", "conductor"), which with "the" or no article and an
	// organization states a post ("has been principal cellist of the
	// Tiber Symphony"); nil leaves copular roles to RoleWord.
	KindWord func(word string) bool
	// Stance tells whether a word (lower case) praises (+1) or attacks
	// (-1); nil turns off reported evaluations.
	Stance func(word string) int
	// DescribedAs reports whether the article gives entity e the role
	// noun ("mayor", "executive") by a title or a description, at no
	// organization named beside it but body (-1 for none: "the chief
	// executive of Orrin Freight" speaks for Orrin Freight); nil when
	// unknown.
	DescribedAs func(e int, noun string, body int) bool
	// Speaker is the entity whose own words the sentence is (the author
	// of an embedded post), or -1: "I", "me" and "we" name it, and a
	// clause without a subject ("Had a lovely dinner with …") is its.
	Speaker int
	// We is whom "we", "us" and "our" in the speaker's words stand for
	// when that is not the speaker: the organization a lawyer or
	// spokesperson quoted speaks for ("…,” said Dana Holt, a lawyer for
	// Corvane"); -1 otherwise.
	We int
	// Addressee is the one a quotation was told or written to ("…,”
	// Okonjo wrote to Representative Pike"), or -1: "you" and "your" in
	// it name them.
	Addressee int
	// Pair is the two people the sentence before spoke of, whom "they",
	// "the pair", "the two men" or "both" may stand for when the sentence
	// itself names no group, or the three "the three" or "the trio" may;
	// nil when there are no such people.
	Pair []int
}

// Filler is an entity that fills a slot, with the token that names it.
type Filler struct {
	Entity int
	Tok    int
	// Weak is true where the entity was reached through a possessor or a
	// modifier ("criticized Raman's plan") rather than named in the slot.
	Weak bool
}

// Match is one frame that fires in a sentence.
type Match struct {
	Frame   *Frame
	Trigger int // token index
	Slots   map[string][]Filler
	// RoleFirst and RoleLast are the tokens of the role phrase of a
	// position event (inclusive), or -1.
	RoleFirst, RoleLast int
	Planned             bool
	// Intent is true for an oppose frame under a verb of intention ("vowed
	// to sue X"): the statement is a threat, not an attack yet.
	Intent bool
	// Governor is the token of the verb that lends a noun trigger its
	// subject ("made a donation"), or -1.
	Governor int
	// Gifts are the sums of money a fund match states one by one ("gave
	// $50,000 to A and $30,000 to B"), when there are two or more.
	Gifts []Gift
	// When is the token of the time a gapped clause states for its own
	// occasion ("… and Malhotra on Wednesday"), or 0 when the match has
	// none of its own.
	When int
}

// Gift is one sum of money of a fund match: the token heading the sum
// and the slots its own phrases fill ("$30,000 to B"), which take the
// place of the match's.
type Gift struct {
	Tok   int
	Slots map[string][]Filler
	// Unnamed is true when the sum's own phrase names a party that is
	// no known entity ("$24 million from a16z"): the gift is someone
	// else's, not the match's.
	Unnamed bool
}

// Negating adverbs and determiners, modal auxiliaries, and verbs whose
// complement did not happen, is only intended, or is planned.
var (
	negWords     = map[string]bool{"not": true, "never": true, "n't": true, "no": true, "neither": true, "nor": true}
	hypoModals   = map[string]bool{"could": true, "would": true, "might": true, "may": true, "should": true, "must": true, "can": true, "ought": true}
	futureModals = map[string]bool{"will": true, "shall": true, "'ll": true, "’ll": true}
	// desireVerbs only wish or weigh what they govern; planAdjectives
	// schedule it ("is set to meet", "is due to sign").
	desireVerbs    = rules.WordClass("desireVerbs")
	planAdjectives = rules.WordClass("planAdjectives")
	// factiveAdjectives are glad of what their infinitive does ("proud to
	// support her").
	factiveAdjectives = rules.WordClass("factiveAdjectives")
	// prospectiveNouns and prospectiveAdjectives put what they govern in
	// prospect ("a contender to succeed her", "in talks to hire him",
	// "close to naming her").
	prospectiveNouns      = rules.WordClass("prospectiveNouns")
	prospectiveAdjectives = rules.WordClass("prospectiveAdjectives")
	negImplicatve         = rules.WordClass("negImplicatve")
	// allegeVerbs report a claim the article does not stand behind
	// (rules: allegeVerbs).
	allegeVerbs = rules.WordClass("allegeVerbs")
	intentVerbs = rules.WordClass("intentVerbs")
	// harmIntent verbs turn an attack they govern into a threat.
	harmIntent = rules.WordClass("harmIntent")
	// objectControl verbs give their object as the subject of their
	// complement ("urged Raman to meet", "picked Ortiz to run …").
	objectControl = rules.WordClass("objectControl")
	// appointVerbs put their object in the post their complement names:
	// "picked Ortiz to run the commission" is her start there.
	appointVerbs = rules.WordClass("appointVerbs")
	// receiveVerbs give their subject as the target of a noun trigger
	// that is their object ("received a donation from").
	receiveVerbs = rules.WordClass("receiveVerbs")
	// stopVerbs end or prevent what their object names.
	stopVerbs = rules.WordClass("stopVerbs")
	// falsityWords judge a claim untrue ("reports that … were false");
	// hearsayNouns are claims, whose that-clause the parser may read as
	// relative ("a rumor that she had donated … was untrue").
	falsityWords = rules.WordClass("falsityWords")
	hearsayNouns = rules.WordClass("hearsayNouns")
	// rumorNouns are claims no one stands behind ("rumors that …").
	rumorNouns = rules.WordClass("rumorNouns")
	// rumorVerbs, passive over an infinitive, tell of talk ("is tipped to").
	rumorVerbs = rules.WordClass("rumorVerbs")
	// absenceNouns after "no" deny their clause ("no evidence that").
	absenceNouns = rules.WordClass("absenceNouns")
	// threatVerbs hold a harm over someone when their object names it.
	threatVerbs = rules.WordClass("threatVerbs")
	// paymentNouns are written or cut, not stopped, when "cut": "cut a
	// $5,000 check to …".
	paymentNouns = rules.WordClass("paymentNouns")
	// demandVerbs ask for something to be done.
	demandVerbs = rules.WordClass("demandVerbs")
	// harmVerbs name harm that, promised, is a threat ("vowed to strip
	// him of his seat", "warned she would take him to court").
	harmVerbs = rules.WordClass("harmVerbs")
	// othersDoing verbs take as object a doing that is someone else's.
	othersDoing  = rules.WordClass("othersDoing")
	relPronouns  = map[string]bool{"who": true, "whom": true, "that": true, "which": true, "whose": true}
	conditionals = map[string]bool{"if": true, "unless": true, "whether": true, "lest": true}
)

// matcher holds one sentence's tree while frames are matched against it.
type matcher struct {
	s        *Sentence
	toks     []syntax.Token
	children [][]int
	lex      *Lexicon
	lemmas   []string // the tokens' lemmas in lower case
	// resolving holds the tokens whose entities resolveAs is finding, so
	// that a token standing for itself through others ("Most of them
	// praised …": "Most" stands for "them", whose group is the subject,
	// "Most") names no one rather than recursing without end.
	resolving []int
}

// Match returns the frames of l that fire in s: triggers whose lemma and
// part of speech fit, stated (not negated, hypothetical or conditional),
// with their slots filled by the entities the tree relates to them.
func (l *Lexicon) Match(s *Sentence) []Match {
	m := &matcher{s: s, toks: s.Tokens, children: make([][]int, len(s.Tokens)), lex: l, lemmas: make([]string, len(s.Tokens))}
	for i, t := range s.Tokens {
		if t.Head >= 0 && t.Head < len(s.Tokens) {
			m.children[t.Head] = append(m.children[t.Head], i)
		}
		m.lemmas[i] = strings.ToLower(t.Lemma)
	}
	var out []Match
	if s.Question {
		return nil
	}
	for i, t := range s.Tokens {
		fs := l.frames(t)
		if l.occasionParticiple(m, i) {
			fs = nil // "attended a dinner honoring Obi": the dinner honors him
		}

		for _, f := range fs {
			if !posFits(f.POS, t) || !m.extrasFit(f, i) || m.excluded(f, i) {
				continue
			}
			var ok, planned, intent bool
			if f.Type == "support" && f.POS == "NOUN" && m.noTrust(i) {
				// "a vote of no confidence in Keel", "has no confidence in
				// Pike": trust denied is an attack, stated as its verb is.
				g := *f
				g.Type, g.Name = "oppose", f.Name+" (denied)"
				f = &g
				ok = true
				if h := m.toks[i].Head; h >= 0 {
					ok, planned, intent = m.stated(h, f)
				}
			} else {
				ok, planned, intent = m.stated(i, f)
			}
			if !ok {
				continue
			}
			if f.Type == "position" && f.Lemma == "spend" && (!m.spentTime(i) || m.marked(i, "as") < 0 && !m.orgMarked(i, "at", "in", "for")) {
				// "spent a decade as treasurer", "spent 20 years at
				// Halvorsen Capital"; not "spent $2 million as …", nor
				// "spent two hours with the minister" or with a firm (a
				// meeting)
				continue
			}
			if f.Type == "threaten" && f.POS == "VERB" && cautionVerbs[f.Lemma] && m.warnsOfWhat(i) && !m.warnsOfHarm(i) {
				// "warned Valdez about the icy roads", "warned her that
				// the polls looked bad": advice, no harm held over anyone.
				continue
			}
			if f.Type == "meet" && f.Lemma == "call" && len(f.Extra) > 0 && m.asksTo(i) {
				// "called on the administration to return his money":
				// a demand, not a visit.
				continue
			}
			if p := m.predicateObj(i); f.Type == "meet" && f.POS == "VERB" && (m.child(i, "xcomp") >= 0 || p >= 0 && !f.ExtraWord(m.lemma(p))) {
				// "called him a moron", "named her chair": a verb with a
				// predicate says what someone is, not that they met.
				// (but "gave him a call", "paid her a visit": the second
				// object is a word of the trigger)
				continue
			}
			mt := Match{Frame: f, Trigger: i, Slots: map[string][]Filler{}, RoleFirst: -1, RoleLast: -1, Planned: planned || f.Planned, Intent: intent, Governor: m.governor(i, f)}
			var people []Filler // the people a frame that takes only organizations found instead
			for slot, groups := range f.Slots {
				if slot == Role {
					continue
				}
				var fill []Filler
				orgOnly := slot == Target && (f.Org || f.Type == "position")
				for _, alts := range groups {
					for _, p := range alts {
						got := m.fill(i, f, &mt, slot, p)
						if orgOnly {
							all := got
							got = m.orgs(got)
							if f.Org && p == "obj" && len(all) > 0 && len(got) == 0 {
								people = append(people, all...) // (the thing joined or entered, not the appointer)
							}
						}
						if len(got) > 0 {
							fill = append(fill, got...)
							break
						}
					}
				}
				mt.Slots[slot] = dedupe(fill)
			}
			if o := m.logicalObj(i); f.Type == "position" && o >= 0 && m.s.Entity[o] < 0 && m.toks[o].UPOS == "NOUN" && documentNouns[m.lemma(o)] && slotHas(f.Slots[Source], "obj") {
				// "Qureshi's lawsuit against Everpine was dismissed": a
				// document dismissed or withdrawn holds no post, nor does
				// its author lose one.
				continue
			}
			if groups, ok := f.Slots[Role]; ok {
				m.role(&mt, groups)
				if o := m.child(i, "obj"); f.Type == "position" && o >= 0 && o >= mt.RoleFirst && o <= mt.RoleLast && slotHas(groups, "obj") && !f.ExtraWord(m.lemma(o)) && !m.namesRole(mt.RoleFirst, mt.RoleLast) {
					// "took aim at Whitlock on Facebook" is no post of
					// "aim" taken on: an object a frame reads as the role
					// ("took on the role of …") must name one.
					continue
				}
			}
			if x := m.marked(i, "for"); f.Type == "support" && f.POS == "VERB" && x >= 0 && harmNouns[m.lemma(x)] {
				// "voted for the removal of Holt", "campaigned for her
				// ouster": backing a harm to someone is a demand against
				// them.
				tgt := m.resolve(m.child(x, "nmod:poss"))
				if o := m.marked(x, "of"); len(tgt) == 0 && o >= 0 && (m.s.Entity[o] >= 0 || m.toks[o].UPOS == "PRON" || m.holdsPeople(o) || heldNouns[m.lemma(o)]) {
					// (someone, or someone's post — not someone's thing:
					// "the removal of Bask's suspension" helps him, "of a
					// statue of Bask" is no harm to him)
					tgt = m.resolve(o)
				}
				if src := mt.Slots[Source]; len(tgt) == 0 || len(src) == 0 || tgt[0].Entity == src[0].Entity {
					continue
				}
				mt.Frame, mt.Slots[Target] = demandFrame, tgt
			}
			if f.Type == "position" && len(mt.Slots[Target]) == 0 && mt.RoleFirst < 0 && slices.ContainsFunc(people, func(p Filler) bool {
				return !slices.ContainsFunc(mt.Slots[Source], func(s Filler) bool { return s.Entity == p.Entity })
			}) {
				// "joined Tom Brandt at a rally": the one joined is
				// another person and no role is named, so no post is
				// taken (not "named Tanabe director of …", whose object
				// is the one who takes it).
				continue
			}
			if tgt := mt.Slots[Target]; f.Type == "position" && f.Status == "start" && appointVerbs[m.lemma(i)] && len(tgt) > 0 && tgt[0].Tok >= 0 && tgt[0].Tok == m.logicalSubj(i) {
				// "The French government named her to chair a new
				// council": the post is the council's, which the
				// infinitive's own frame tells, not the appointer's.
				if x := m.child(i, "xcomp"); x >= 0 && m.toks[x].UPOS == "VERB" && m.orgAt(m.child(x, "obj")) {
					continue
				}
			}
			if f.Type == "fund" && len(mt.Slots[Target]) == 0 {
				// "spent $4.3 million supporting Whitcomb", "… to elect
				// Whitcomb": the one the spending is for.
				if c := m.spentFor(i); c >= 0 {
					mt.Slots[Target] = m.resolve(m.logicalObj(c))
				}
			}
			if f.Type == "threaten" || f.Type == "oppose" {
				if at := m.aimedAt(i); len(at) > 0 {
					mt.Slots[Target] = at
				}
			}
			if f.POS == "NOUN" && !undirectedType(f.Type) && len(mt.Slots[Source]) == 0 {
				// "threats of legal action from Nolan": the by- or
				// from-phrase of the of-phrase.
				if of := m.marked(i, "of"); of >= 0 {
					for _, p := range []string{"from", "by"} {
						if got := m.resolve(m.marked(of, p)); len(got) > 0 {
							mt.Slots[Source] = got
							break
						}
					}
				}
			}
			if (f.Type == "threaten" || f.Type == "oppose") && f.POS == "NOUN" && len(mt.Slots[Target]) == 0 {
				// "became the target of a blistering attack by Santos".
				mt.Slots[Target] = m.targetOf(i)
			}
			if f.Type == "threaten" && len(mt.Slots[Target]) == 0 && !f.Stated {
				mt.Slots[Target] = m.threatened(i, mt.Slots[Source])
			}
			if (f.Type == "threaten" || f.Type == "oppose") && len(mt.Slots[Target]) == 0 && !f.Stated {
				// "took aim at Murdoch, threatening to …": the one the
				// governing clause aims at.
				// (not when its own object names no one: "while two
				// Republicans voted against it")
				if h := s.Tokens[i].Head; h >= 0 && (base(s.Tokens[i].Rel) == "advcl" || base(s.Tokens[i].Rel) == "conj") && m.child(i, "obj") < 0 && m.marked(i, "against") < 0 && m.marked(i, "at") < 0 {
					for _, p := range []string{"obj", "at", "against"} {
						var got []Filler
						if p == "obj" {
							got = m.resolve(m.logicalObj(h))
						} else {
							got = m.resolve(m.marked(h, p))
						}
						if len(got) > 0 {
							for j := range got {
								got[j].Weak = true
							}
							mt.Slots[Target] = got
							break
						}
					}
				}
			}
			if (f.Type == "threaten" || f.Type == "oppose") && len(mt.Slots[Target]) == 0 && !f.Stated && len(mt.Slots[Source]) > 0 {
				// "threatened legal action after the Ledger published the
				// letter": at the one whose act prompted it.
				mt.Slots[Target] = m.promptedBy(i, mt.Slots[Source][0].Entity)
			}
			if a := m.agent(i); f.Type == "reconcile" && f.POS == "VERB" && a >= 0 && m.passive(i) && len(mt.Slots[Mediator]) == 0 {
				// "A and B were reconciled by their former mentor, Enzo
				// Marchetti", "the dispute between A and B was resolved
				// by mediator Efua Owusu": the agent of the peace made
				// between two others brokered it.
				if med := m.resolve(a); len(med) == 1 {
					rest := slices.DeleteFunc(slices.Clone(mt.Slots[Actors]), func(x Filler) bool { return x.Entity == med[0].Entity })
					if len(rest) >= 2 {
						mt.Slots[Actors], mt.Slots[Mediator] = rest, med
					}
				}
			}
			if f.Type == "support" && f.POS == "NOUN" && rescueNouns[m.lemma(i)] && m.caseOf(i) == "to" && mt.Governor >= 0 {
				// "rushed to her defense", "came to the aid of Ruiz": the
				// possessor is the one defended, the mover the defender.
				tgt := m.resolve(m.child(i, "nmod:poss"))
				if len(tgt) == 0 {
					tgt = m.resolve(m.marked(i, "of"))
				}
				mt.Slots[Source], mt.Slots[Target] = m.resolveAs(m.logicalSubj(mt.Governor), false), tgt
			}
			if a := m.advocate(i); (f.Type == "support" || f.Type == "oppose") && len(mt.Slots[Source]) == 0 && a >= 0 {
				mt.Slots[Source] = m.resolve(m.logicalSubj(a))
			}
			if h := s.Tokens[i].Head; f.Type == "position" && len(mt.Slots[Source]) == 0 && s.Tokens[i].Rel == "amod" && h >= 0 && s.Tokens[h].Rel == "appos" {
				// "Ndiaye, elected president of the Lawyers' Guild,
				// said …" with the participle read as the role's
				// modifier: the one the apposition describes.
				if n := s.Tokens[h].Head; n >= 0 && m.s.Entity[n] >= 0 {
					mt.Slots[Source] = []Filler{{Entity: m.s.Entity[n], Tok: n}}
				}
			}
			if f.Type == "position" && len(mt.Slots[Source]) == 0 {
				m.namedInRole(&mt)
			}
			if f.Type == "position" && len(mt.Slots[Target]) == 0 && !f.Stated {
				// "chairs the board of Corvid", "heads the sales team at
				// Kestrel": the organization the object belongs to (not
				// for a frame whose organization is elsewhere: "joined
				// the board of Nexora" leaves no post "from" it).
				if o := m.logicalObj(i); o >= 0 && m.s.Entity[o] < 0 && m.toks[o].UPOS == "NOUN" {
					mt.Slots[Target] = m.orgWithin(o, o)
				}
			}
			if src := mt.Slots[Source]; f.Type == "position" && mt.RoleFirst < 0 && len(src) > 0 && src[0].Tok >= 0 && m.toks[src[0].Tok].Rel == "appos" {
				// "fired its president, Carla Jenkins": the noun the name
				// is set beside is the post.
				if h := m.toks[src[0].Tok].Head; h >= 0 && h < src[0].Tok && m.s.Entity[h] < 0 && m.toks[h].UPOS == "NOUN" && m.s.RoleWord != nil && m.s.RoleWord(m.lemma(h)) {
					mt.RoleFirst, mt.RoleLast = m.rolePhrase(h)
				}
			}
			if f.Type == "position" && (mt.RoleFirst < 0 || len(mt.Slots[Target]) == 0) && len(mt.Slots[Source]) > 0 && !f.Stated {
				// "fired Venkatesan, its chief financial officer", "Park,
				// the vice chairman of Hanbit Electronics, was forced
				// out": the role an apposition gives the one who holds it.
				// (the apposition may be a description of the same
				// person: "Castell, the vice chairman of Ostrava Steel")
				src := mt.Slots[Source][0]
				if a := m.child(src.Tok, "appos"); a >= 0 && (m.s.Entity[a] < 0 || m.s.Entity[a] == src.Entity) && m.toks[a].UPOS == "NOUN" && m.s.RoleWord != nil && m.s.RoleWord(m.lemma(a)) && !(f.Status == "start" && m.pastOrOther(a)) {
					// (a post taken is no post described as one of many
					// or as held before: "hired Vik, a former executive
					// at Orrin Group, to replace her")
					// (only when the sentence names no other post: "named
					// Lindgren, the Quillon Labs co-founder, as director of
					// the Office of …" — the apposition tells what he was)
					if mt.RoleFirst < 0 && m.marked(i, "as") < 0 {
						// (nor when the verb gives a post of its own:
						// "added Constantin, a partner at Halcyon, as a
						// director")
						mt.RoleFirst, mt.RoleLast = m.rolePhrase(a)
						if len(mt.Slots[Target]) == 0 {
							mt.Slots[Target] = m.orgWithin(a, a)
						}
					}
				}
			}
			if f.Type == "position" && len(mt.Slots[Target]) == 0 && mt.RoleFirst >= 0 && !f.Stated {
				// (not for a frame whose organization only its own path
				// names: "Its chief operating officer, Dana Whitfield,
				// joined in 2012" left no post "from" anywhere)
				mt.Slots[Target] = m.orgWithin(mt.RoleFirst, mt.RoleLast)
			}
			if f.Type == "position" && len(mt.Slots[Target]) == 0 && mt.RoleLast >= 0 && !f.Stated {
				// "… as chief executive of Atlas Maritime": the
				// organization right after the role.
				if k := mt.RoleLast + 1; k+1 < len(m.toks) && (m.lemma(k) == "of" || m.lemma(k) == "at" || m.lemma(k) == "for") {
					for j := k + 1; j < len(m.toks) && j <= k+2; j++ {
						if e := m.s.Entity[j]; e >= 0 && m.s.IsOrg != nil && m.s.IsOrg(e) {
							mt.Slots[Target] = []Filler{{Entity: e, Tok: j}}
							break
						}
					}
				}
			}
			if g := mt.Governor; f.Type == "position" && f.POS == "NOUN" && len(mt.Slots[Target]) == 0 && g >= 0 && !f.Stated && !stanceGovernor(m.lemma(g)) && m.orgAt(m.logicalSubj(g)) {
				// "Hargrove Mutual announced the appointment of Oyelowo
				// as general counsel": the firm that tells of a post it
				// gave (not "a super PAC supporting his re-election",
				// which backs one).
				mt.Slots[Target] = m.orgs(m.resolve(m.logicalSubj(g)))
			}
			if f.Type == "position" && len(mt.Slots[Target]) == 0 && (mt.RoleFirst >= 0 || f.Status == "end" && m.passive(i)) {
				// "Westmarch Bank said that Appiah would succeed Farraday
				// as chief executive": the organization announcing it
				// (or one that tells someone was let go: "The Kestrels
				// said that Cruz had been dismissed").
				c := i
				if h := s.Tokens[i].Head; h >= 0 && base(s.Tokens[i].Rel) == "conj" && base(s.Tokens[h].Rel) == "ccomp" {
					c = h // ("announced that Cruz had been dismissed and that Reno would take over": the second clause too)
				}
				if h := s.Tokens[c].Head; h >= 0 && base(s.Tokens[c].Rel) == "ccomp" && sayVerbs[m.lemma(h)] {
					// (or by a description of it: "The studio said that …")
					if sb := m.entityChild(h, "nsubj"); sb >= 0 && m.s.Entity[sb] >= 0 && (m.toks[sb].UPOS == "PROPN" || m.toks[sb].UPOS == "NOUN") && m.s.IsOrg != nil && m.s.IsOrg(m.s.Entity[sb]) {
						mt.Slots[Target] = []Filler{{Entity: m.s.Entity[sb], Tok: sb, Weak: true}}
					}
				}
			}
			if h := s.Tokens[i].Head; f.Type == "meet" && f.POS == "NOUN" && h >= 0 && base(s.Tokens[i].Rel) == "obj" && recountVerbs[m.lemma(h)] && m.child(i, "nmod:poss") < 0 && m.marked(i, "with") >= 0 && m.marked(i, "between") < 0 {
				// "described a tense encounter with Ashby": one's own
				// encounter with someone, told.
				mt.Slots[Actors] = dedupe(append(mt.Slots[Actors], m.resolveAs(m.logicalSubj(h), false)...))
			}
			if f.Type == "meet" && f.POS == "NOUN" {
				// "a dinner honoring Obi", "a gala hosted by Obi": the one
				// the occasion is for or given by was there.
				mt.Slots[Actors] = dedupe(append(mt.Slots[Actors], m.occasionParties(i, mt.Governor)...))
			}
			if g := mt.Governor; f.Type == "meet" && f.POS == "NOUN" && g >= 0 && m.child(i, "nmod:poss") >= 0 && (m.caseOf(i) == "at" || base(s.Tokens[i].Rel) == "obj" && attendVerbs[m.lemma(g)]) {
				// "was among the guests at Amadi's inaugural dinner",
				// "attended Amadi's fundraiser": the one at someone's
				// occasion was there with them.
				mt.Slots[Actors] = dedupe(append(mt.Slots[Actors], m.resolveAs(m.logicalSubj(g), false)...))
			}
			if g := mt.Governor; f.Type == "oppose" && f.POS == "NOUN" && g >= 0 && threatVerbs[m.lemma(g)] && (base(s.Tokens[i].Rel) == "obj" || m.lemma(g) == "warn" && m.caseOf(i) == "of") {
				// "threatened legal action against …", "warned of
				// sanctions against …": a harm held over someone.
				mt.Frame = threatened(f)
			}
			if h := s.Tokens[i].Head; f.Type == "position" && f.Status == "hold" && h >= 0 && (base(s.Tokens[i].Rel) == "xcomp" || base(s.Tokens[i].Rel) == "advcl" && m.infinitive(i)) && appointVerbs[m.lemma(h)] {
				// "picked Ortiz to run the commission": she starts there.
				mt.Frame = started(f)
			}
			if g := mt.Governor; f.Type == "meet" && f.POS == "NOUN" && g >= 0 && base(s.Tokens[i].Rel) == "obl" && (negImplicatve[m.lemma(g)] || stopVerbs[m.lemma(g)]) && !m.doneToAt(g, i) {
				// "denied meeting Grant at the conference": an occasion
				// of what the verb denies or undoes states nothing (but
				// one is there when done to in it: "was dismissed in a
				// phone call from Voth").
				continue
			}
			if f.Type == "meet" && f.POS == "NOUN" && mt.Governor >= 0 && base(s.Tokens[i].Rel) == "obl" && !m.otherTime(i) && !m.pressOccasion(i) && !m.remarkAmongOthers(i, mt.Governor) {
				// "wished Modi a happy birthday on a phone call": the one
				// the governing verb addresses was on the call too (not
				// on one before or after: "criticized Voss after the
				// meeting with Berg").
				mt.Slots[Actors] = dedupe(append(mt.Slots[Actors], m.resolveAs(m.logicalObj(mt.Governor), false)...))
				// (or the one it is said to: "Over lunch, Vasquez-Reyes
				// made her pitch to Holloway", "complained to Holloway")
				to := m.marked(mt.Governor, "to")
				if o := m.child(mt.Governor, "obj"); to < 0 && o >= 0 {
					to = m.marked(o, "to")
				}
				mt.Slots[Actors] = dedupe(append(mt.Slots[Actors], m.resolveAs(to, false)...))
			}
			if !undirectedType(f.Type) && len(mt.Slots[Source]) == 0 && len(mt.Slots[Target]) > 0 && mt.Governor >= 0 && m.receives(&mt) {
				// "won the endorsement of Lindqvist", "received the backing
				// of …": the of-phrase is the doer, the receiver the one
				// it is for.
				if of := m.resolve(m.marked(i, "of")); len(of) > 0 && of[0].Entity == mt.Slots[Target][0].Entity {
					mt.Slots[Source], mt.Slots[Target] = of, nil
				}
			}
			if !undirectedType(f.Type) && len(mt.Slots[Target]) == 0 && mt.Governor >= 0 && m.receives(&mt) {
				// "received a donation from …", "faces a lawsuit from …",
				// "came under attack from …": the one it lands on.
				mt.Slots[Target] = m.resolve(m.logicalSubj(mt.Governor))
			}
			if h := s.Tokens[i].Head; f.Type == "fund" && f.POS == "NOUN" && len(mt.Slots[Target]) == 0 && h >= 0 && base(s.Tokens[i].Rel) == "obl" && m.caseOf(i) == "for" && thankVerbs[m.lemma(h)] && m.marked(i, "to") < 0 && m.marked(i, "for") < 0 {
				// "The council thanked Adebayo for her generous
				// donation": the gift was to the one who thanks.
				mt.Slots[Target] = m.resolve(m.logicalSubj(h))
			}
			if each := m.separately(mt); len(each) > 0 {
				out = append(out, each...)
				continue
			}
			out = append(out, mt)
			out = append(out, m.gapped(mt)...)
		}
		if t.UPOS == "VERB" && !hasFund(out, i) {
			if mt, ok := m.moneyTo(i); ok {
				out = append(out, mt)
			} else if mt, ok := m.moneyWent(i); ok {
				out = append(out, mt)
			}
		}
	}
	for i := range s.Tokens {
		if mt, ok := m.evaluation(i); ok {
			out = append(out, mt)
		}
		if mt, ok := m.promisedHarm(i); ok {
			out = append(out, mt)
		}
		if mt, ok := m.ultimatum(i); ok {
			out = append(out, mt)
		} else if mt, ok := l.conditionalThreat(m, i); ok && !hasType(out, i, "threaten") {
			out = append(out, mt)
		}
		if mt, ok := m.referral(i); ok {
			out = append(out, mt)
		}
		if mt, ok := m.foretoldSuffering(i); ok && !hasType(out, i, "threaten") {
			out = append(out, mt)
		}
		if mt, ok := m.effortAgainst(i); ok && !slices.ContainsFunc(out, func(x Match) bool {
			return x.Trigger == i && x.Frame.Type == "oppose" && len(x.Slots[Target]) > 0
		}) {
			out = append(out, mt)
		}
		if mt, ok := m.travelToSee(i); ok && !hasType(out, i, "meet") {
			out = append(out, mt)
		}
		if mt, ok := m.visitHome(i); ok && !hasType(out, i, "meet") && !hasMeeting(out, m.toks[i].Head) {
			out = append(out, mt)
		}
		if mt, ok := m.restoredState(i); ok {
			out = append(out, mt)
		}
		if mt, ok := m.together(i); ok && !hasType(out, i, "meet") {
			out = append(out, mt)
		}
		if mt, ok := m.noLongerWith(i); ok {
			out = append(out, mt)
		}
		if mt, ok := m.copularRole(i); ok {
			out = append(out, mt)
		}
	}
	for k := range out {
		if out[k].Frame.Type == "fund" {
			out[k].Gifts = m.gifts(&out[k])
		}
	}
	out = append(out, m.addedGifts(out)...)
	m.reciprocal(out)
	m.shareSuccession(out)
	m.itsTargets(out)
	m.threatTargets(out)
	shareThreatTargets(out, m)
	out = m.describedSource(out)
	out = m.fundsNotStances(out)
	out = positionOverMeeting(out)
	out = l.movesNotRoles(m, out)
	out = reconcileOverMeeting(out)
	shareFundTargets(out)
	for k := range out {
		m.unbindPronoun(&out[k])
		m.unbindMeetPronoun(&out[k])
	}
	return out
}

// movesNotRoles drops a verb's post whose role is a noun of moving into
// or out of a post: "His ouster as president was confirmed" tells of the
// ouster, which the noun's own frame states, not of a post "ouster"; and
// a post whose role is a number or a pronoun ("became one of …"); and of
// the two frames of "welcome", the one its to-phrase rules out
// (welcomedInto).
func (l *Lexicon) movesNotRoles(m *matcher, ms []Match) []Match {
	out := ms[:0]
	for _, mt := range ms {
		if r := mt.RoleFirst; mt.Frame.Type == "position" && mt.Frame.POS == "VERB" && r >= 0 && r == mt.RoleLast && l.HasType(m.lemma(r), "position", "NOUN") {
			continue
		}
		if r := mt.RoleLast; mt.Frame.Type == "position" && r >= 0 && (m.toks[r].UPOS == "NUM" || m.toks[r].UPOS == "PRON" || m.toks[r].UPOS == "DET") {
			continue // "has become one of Washington's most sought-after guests": no post
		}
		if f := mt.Frame; f.Lemma == "welcome" && f.POS == "VERB" && len(f.Extra) == 0 && (f.Type == "meet" || f.Type == "support") && (f.Type == "meet") == (m.welcomedInto(mt.Trigger) || m.welcomesThing(mt.Trigger)) {
			// "welcomed her to the party" backs one who joins, and
			// "welcomed Crane's decision" the one who made it;
			// "welcomed him to the White House" (or just "welcomed him")
			// meets.
			continue
		}
		out = append(out, mt)
	}
	return out
}

// welcomedInto reports whether welcoming verb i has a to-phrase naming a
// body one joins ("to the team", "to the board", "to the party" for a
// party named): not a place one may visit ("to his office", "to the
// university"), nor a name, which may be a place's ("to the Union
// Buildings").
func (m *matcher) welcomedInto(i int) bool {
	to := m.marked(i, "to")
	if to < 0 {
		return false
	}
	if m.toks[to].UPOS != "NOUN" {
		return false
	}
	if m.lemma(to) == "party" {
		// a party one joins is one named ("the party" for the Unity
		// Party), not one held at someone's house
		e := m.s.Entity[to]
		return e >= 0 && m.s.IsOrg != nil && m.s.IsOrg(e)
	}
	return memberBodies[m.lemma(to)]
}

// welcomesThing reports whether welcoming verb i has for its object a
// thing, not anyone who may be met: "welcomed the decision", "welcomed
// Crane's appointment" (not "welcomed the delegation", "welcomed the
// senator").
func (m *matcher) welcomesThing(i int) bool {
	o := m.child(i, "obj")
	if o < 0 || m.toks[o].UPOS != "NOUN" || m.s.Entity[o] >= 0 {
		return false
	}
	l := m.lemma(o)
	if harmNouns[l] || misfortuneNouns[l] || m.marked(o, "by") >= 0 {
		// (not one's fall, "welcomed Haines's conviction", nor an act
		// whose doer is told apart: "the takeover of Lunden Press by
		// Orvik Media")
		return false
	}
	return !(m.s.RoleWord != nil && m.s.RoleWord(l)) && !(m.s.KindWord != nil && m.s.KindWord(l)) && !groupNouns[l] && !agentPlurals[strings.ToLower(m.toks[o].Form)] && !bodyPeople[strings.ToLower(m.toks[o].Form)]
}

// memberBodies are kinds of body one is welcomed into as a member (rules:
// memberBodies).
var memberBodies = rules.WordClass("memberBodies")

// Triggers reports whether tagged token t may trigger a frame: one with
// its lemma and its part of speech.
func (l *Lexicon) Triggers(t syntax.Token) bool {
	for _, f := range l.frames(t) {
		if posFits(f.POS, t) {
			return true
		}
	}
	return false
}

// frames returns the frames token t may trigger. For a verb form the
// lemmatizer has not seen, the lemma with an "e" restored is tried too:
// "lambasted" may be "lambast" or "lambaste", and only one is a trigger.
func (l *Lexicon) frames(t syntax.Token) []*Frame {
	lemma := strings.ToLower(t.Lemma)
	fs := l.byLemma[lemma]
	switch t.XPOS {
	case "VBD", "VBN", "VBG", "VBZ":
		// (both when both have frames: "waged" may be "wag" or "wage",
		// and "wag finger" and "wage war" each need their other word)
		if ef := l.byLemma[lemma+"e"]; len(fs) > 0 && len(ef) > 0 && !strings.HasSuffix(lemma, "e") && !sameTriggers(fs, ef) {
			return append(append([]*Frame(nil), fs...), ef...)
		}
	}
	if len(fs) > 0 {
		return fs
	}
	if k := strings.LastIndexByte(lemma, '-'); k > 0 && k < len(lemma)-3 {
		// "mega-donation", "co-sponsor": the last part is the word.
		if fs := l.byLemma[lemma[k+1:]]; len(fs) > 0 {
			return fs
		}
	}
	switch t.XPOS {
	case "VBD", "VBN", "VBG", "VBZ":
		if !strings.HasSuffix(lemma, "e") {
			if fs := l.byLemma[lemma+"e"]; len(fs) > 0 {
				return fs
			}
		}
	}
	// A doubled final consonant the lemmatizer kept: "extolled" → "extol".
	if n := len(lemma); n > 3 && lemma[n-1] == lemma[n-2] && !strings.ContainsRune("aeiou", rune(lemma[n-1])) {
		if fs := l.byLemma[lemma[:n-1]]; len(fs) > 0 {
			return fs
		}
	}
	// A doubled final consonant the lemmatizer dropped: "butted" read as
	// a form of "but" is one of "butt".
	if n, form := len(lemma), strings.ToLower(t.Form); n >= 2 && t.UPOS == "VERB" && !strings.ContainsRune("aeiou", rune(lemma[n-1])) {
		double := lemma + lemma[n-1:]
		if strings.HasPrefix(form, double) && (form == double+"ed" || form == double+"ing") {
			if fs := l.byLemma[double]; len(fs) > 0 {
				return fs
			}
		}
	}
	// An irregular past the tagger took for a base form ("froze" as VB):
	// its lemma is the form itself.
	if t.UPOS == "VERB" {
		if v, ok := syntax.IrregularVerb(lemma); ok && v != lemma {
			if fs := l.byLemma[v]; len(fs) > 0 {
				return fs
			}
		}
	}
	// British spelling: "criticise", "criticised", "apologise".
	for _, suf := range [...][2]string{{"ise", "ize"}, {"is", "iz"}, {"yse", "yze"}, {"our", "or"}} {
		if strings.HasSuffix(lemma, suf[0]) {
			us := strings.TrimSuffix(lemma, suf[0]) + suf[1]
			if fs := l.byLemma[us]; len(fs) > 0 {
				return fs
			}
			if fs := l.byLemma[us+"e"]; len(fs) > 0 {
				return fs
			}
		}
	}
	return nil
}

// sameTriggers reports whether two lemmas' frames are the same triggers
// spelt two ways ("lambast", "lambaste"): every frame of a has one of b
// of the same type, part of speech and other words.
func sameTriggers(a, b []*Frame) bool {
	for _, f := range a {
		if !slices.ContainsFunc(b, func(g *Frame) bool {
			return g.Type == f.Type && g.POS == f.POS && slices.Equal(g.Extra, f.Extra)
		}) {
			return false
		}
	}
	return true
}

// undirectedType reports whether events of type t have actors, not a
// source and a target.
func undirectedType(t string) bool { return t == "meet" || t == "reconcile" }

// posFits reports whether token t can be a trigger of part of speech pos.
func posFits(pos string, t syntax.Token) bool {
	switch pos {
	case "VERB":
		return t.UPOS == "VERB" || t.UPOS == "ADJ" && (t.XPOS == "VBN" || t.XPOS == "VBG")
	case "NOUN":
		return t.UPOS == "NOUN"
	case "ADJ":
		return t.UPOS == "ADJ"
	}
	return false
}

// extrasFit reports whether the other words of a multi-word trigger are
// dependents of token i.
func (m *matcher) extrasFit(f *Frame, i int) bool {
	for _, w := range f.Extra {
		found := false
		alts := strings.Split(w, "|") // a class of words ("@conflict"): any of them
		is := func(k int) bool {
			return slices.ContainsFunc(alts, func(a string) bool {
				return strings.EqualFold(m.toks[k].Lemma, a) || strings.EqualFold(m.toks[k].Form, a)
			})
		}
		for _, c := range m.children[i] {
			if is(c) && f.Type == "position" && m.toks[c].UPOS == "NOUN" && m.caseOf(c) == "with" {
				continue // (a post is never taken "with": "took the fight public with a post on X")
			}
			if is(c) && !(m.toks[c].UPOS == "VERB" && (m.toks[c].XPOS == "VBG" || m.toks[c].XPOS == "VBD") && (base(m.toks[c].Rel) == "advcl" || base(m.toks[c].Rel) == "conj" || m.toks[c].Rel == "parataxis")) {
				// (a clause of its own is no word of the trigger: "paid
				// tribute to Brook, calling her …" pays no call)
				found = true
				break
			}
			// "go to bat", "pushed him out": a word may hang from another
			// word of the trigger ("to" from "bat"), or be a particle the
			// parser hung from the object.
			inTrigger := f.ExtraWord(m.lemma(c))
			if u := m.toks[c].UPOS; (u == "VERB" || u == "AUX") && !inTrigger {
				continue // (another verb's particle: "stepped down …, and the company brought in Vik" is no "step in")
			}
			for _, cc := range m.children[c] {
				r := m.toks[cc].Rel
				if is(cc) && (inTrigger || r == "compound:prt" || r == "advmod" || r == "fixed" || r == "case" && base(m.toks[c].Rel) == "obl" && !(m.timeWord(c) && datePrepositions[m.lemma(cc)])) {
					// ("put their differences behind them": the
					// preposition of an oblique of the verb.)
					found = true
				}
			}
		}
		// A noun's of- or to-phrase right after it that the parser hung
		// from the verb: "announced an end to their feud".
		if !found && m.toks[i].UPOS == "NOUN" && m.toks[i].Head >= 0 && i+1 < len(m.toks) && (m.lemma(i+1) == "to" || m.lemma(i+1) == "of") {
			for k := i + 2; k < len(m.toks) && k <= i+8; k++ {
				if is(k) && m.toks[k].Head == m.toks[i].Head && base(m.toks[k].Rel) == "obl" && m.toks[i+1].Head == k {
					found = true
				}
			}
		}
		// A particle right after the verb, whatever the parser hung it
		// from ("took over as director" with "over" read as the role's
		// preposition).
		if !found && i+1 < len(m.toks) && is(i+1) && len(m.toks[i+1].Form) <= 5 && m.toks[i].UPOS == "VERB" {
			switch m.toks[i+1].UPOS {
			case "ADP", "ADV", "PART":
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// datePrepositions mark a date ("in 2024", "on Monday"); a trigger's
// particle is never one of a date's ("stepped down … in 2024" is no "step
// in"), though "until Friday" may be ("gave her until Friday").
var datePrepositions = map[string]bool{"in": true, "on": true, "at": true}

// decisionVerbs, in the past, take the stance their infinitive states
// ("voted to endorse", "decided to back") (rules: wordclasses.txt).
var decisionVerbs = rules.WordClass("decisionVerbs")

// timeWord reports whether token i is a year, a weekday, a month or a
// noun of time.
func (m *matcher) timeWord(i int) bool {
	return m.toks[i].UPOS == "NUM" || timeNouns[m.lemma(i)] || rules.WeekdayOrMonth(m.toks[i].Form)
}

// excluded reports whether token i has a dependent that frame f's
// option not= rules out ("settled scores with" is no settlement).
func (m *matcher) excluded(f *Frame, i int) bool {
	for _, c := range m.children[i] {
		if k := m.caseOf(c); k == "after" || k == "before" || k == "since" || k == "until" {
			continue // "joined Ferrovane in May after a dinner with its founder"
		}
		if slices.Contains(f.Not, m.lemma(c)) || slices.Contains(f.Not, strings.ToLower(m.toks[c].Form)) {
			return true
		}
		if base(m.toks[c].Rel) == "obj" {
			// (or a phrase the parser hung on the object: "joined the
			// party for dessert")
			for _, n := range m.children[c] {
				if base(m.toks[n].Rel) == "nmod" && slices.Contains(f.Not, m.lemma(n)) {
					return true
				}
			}
		}
	}
	if o := m.child(i, "obj"); f.Type == "meet" && f.POS == "VERB" && o >= 0 && len(m.s.Money) == len(m.toks) && (m.s.Money[o] || m.moneyBelow(o)) {
		return true // "received $10 million from Griffin": no guest received
	}
	return f.Type == "position" && f.Status == "end" && m.lemma(i) == "leave" && m.causative(i)
}

// causative reports whether "leave" at token i leaves its object in a
// state ("left Kessler's rival scrambling", "left her furious"), which
// leaves no post.
func (m *matcher) causative(i int) bool {
	o := m.child(i, "obj")
	if o < 0 {
		return false
	}
	if e := m.s.Entity[o]; e >= 0 && m.s.IsOrg != nil && m.s.IsOrg(e) || e < 0 && !rules.PersonNoun(m.lemma(o)) && !(m.s.RoleWord != nil && m.s.RoleWord(m.lemma(o))) {
		return false // (one leaves an organization, not a person, "citing …")
	}
	for _, c := range m.children[i] {
		switch base(m.toks[c].Rel) {
		case "xcomp":
			if m.child(c, "mark") < 0 {
				return true // (not "left Harwell to join Corvex")
			}
		case "advcl":
			// (not a participle set off by a comma: "left the board,
			// saying …")
			if m.toks[c].XPOS != "VBG" || m.child(c, "mark") >= 0 || c < 2 {
				continue
			}
			if a := m.child(m.child(i, "obj"), "appos"); m.toks[c-1].Form != "," || a >= 0 && slices.Contains(m.subtree(a), c-2) {
				return true // (the comma may close the object's apposition)
			}
		}
	}
	return false
}

func (m *matcher) lemma(i int) string { return m.lemmas[i] }

// base returns a relation without its subtype ("nsubj:pass" → "nsubj").
func base(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}

// child returns the first child of i with relation rel (exact, or its
// base when rel has no subtype), or -1.
func (m *matcher) child(i int, rels ...string) int {
	for _, c := range m.children[i] {
		for _, r := range rels {
			if m.toks[c].Rel == r {
				return c
			}
		}
	}
	return -1
}

// entityChild is child, preferring a child that names an entity: a
// misparsed title may stand beside the name as a second subject.
func (m *matcher) entityChild(i int, rels ...string) int {
	first, rel := -1, -1
	for _, c := range m.children[i] {
		for _, r := range rels {
			if m.toks[c].Rel != r {
				continue
			}
			switch {
			case m.s.Entity[c] >= 0:
				return c
			case m.isRelPronoun(c) && rel < 0:
				rel = c
			case first < 0 && !(m.lemma(c) == "that" && m.toks[c].UPOS == "PRON"):
				// (a "that" opening a clause, misread as its object, is
				// none: "claimed that Marchetti had threatened Demir")
				first = c
			}
		}
	}
	if rel >= 0 {
		return rel
	}
	return first
}

// entityChildOnly returns the first child of i in one of rels that names
// an entity, or -1.
func (m *matcher) entityChildOnly(i int, rels ...string) int {
	for _, c := range m.children[i] {
		for _, r := range rels {
			if m.toks[c].Rel == r && m.s.Entity[c] >= 0 {
				return c
			}
		}
	}
	return -1
}

// negated reports whether token i has a negating dependent: "not",
// "never", "no" — also on an oblique ("at no point did …") or before its
// subject ("neither A nor B met …") — or a negation the parser hung
// elsewhere between the subject and the verb ("did not, despite weeks of
// speculation, endorse …").
func (m *matcher) negated(i int) bool {
	if m.toks[i].UPOS == "VERB" {
		jumped := false
		adj := i - 1 // the word before the verb, past its adverbs ("…, ever meet")
		for adj >= 0 && m.toks[adj].UPOS == "ADV" && !negWords[strings.ToLower(m.toks[adj].Form)] {
			adj--
		}
		for k := i - 1; k >= 0 && k >= i-16; k-- {
			if m.toks[k].Form == "," && !jumped && k == adj {
				// "did not, as outlets had reported, give …": past a
				// clause set off by commas right before the verb.
				jumped = true
				for k--; k >= 0 && k >= i-16 && m.toks[k].Form != ","; k-- {
				}
				continue
			}
			if b := base(m.toks[k].Rel); b == "nsubj" || b == "mark" || m.s.Entity[k] >= 0 {
				break // the clause starts at its subject
			}
			if w := strings.ToLower(m.toks[k].Form); w == "not" || w == "n't" || w == "n’t" || w == "never" {
				h := m.toks[k].Head
				if h == i || h < 0 || m.toks[h].UPOS != "VERB" || m.dominates(h, i) {
					return true
				}
			}
		}
		for _, c := range m.children[i] {
			r := base(m.toks[c].Rel)
			if (r == "obl" || r == "nsubj") && !m.uncertainTerms(c) {
				for _, cc := range m.children[c] {
					if w := m.lemma(cc); (w == "no" || w == "neither") && (m.toks[cc].Rel == "det" || m.toks[cc].Rel == "cc:preconj" || m.toks[cc].Rel == "cc") {
						return true
					}
				}
			}
		}
	}
	if h := m.toks[i].Head; h >= 0 && base(m.toks[i].Rel) == "acl" && m.toks[i].UPOS == "VERB" {
		// "had nothing to discuss with him", "no one to meet": the
		// infinitive of a thing that is not
		if w := m.lemma(h); w == "nothing" || w == "nobody" || w == "none" {
			return true
		}
		if dt := m.child(h, "det"); dt >= 0 && m.lemma(dt) == "no" {
			return true
		}
	}
	for _, c := range m.children[i] {
		r := base(m.toks[c].Rel)
		if (r == "advmod" || r == "det" || r == "cc") && negWords[m.lemma(c)] {
			return true
		}
		if negWords[strings.ToLower(m.toks[c].Form)] && (r == "advmod" || r == "det") {
			return true
		}
		if r == "advmod" && m.lemma(c) == "long" && m.child(c, "advmod") >= 0 && m.lemma(m.child(c, "advmod")) == "no" {
			return true // "no longer angry with", "no longer backs"
		}
	}
	return false
}

// withinRelative reports whether token x stands in a relative clause
// inside the phrase headed by top.
func (m *matcher) withinRelative(x, top int) bool {
	for k := x; k >= 0 && k != top; k = m.toks[k].Head {
		if m.toks[k].Rel == "acl:relcl" {
			return true
		}
	}
	return false
}

// noTrust reports whether noun trigger i, or a word of trust it governs
// ("a vote of no confidence"), is denied by "no": "no confidence", "no
// trust", "no faith" (rules: trustNouns).
func (m *matcher) noTrust(i int) bool {
	for _, x := range append([]int{i}, m.children[i]...) {
		if x != i && base(m.toks[x].Rel) != "nmod" {
			continue
		}
		if !trustNouns[m.lemma(x)] {
			continue
		}
		if d := m.child(x, "det"); d >= 0 && m.lemma(d) == "no" {
			return true
		}
	}
	return false
}

// trustNouns name a good opinion of someone that "no" turns into its
// opposite (rules: trustNouns).
var trustNouns = rules.WordClass("trustNouns")

// uncertainTerms reports whether c is "terms" of "in no uncertain
// terms", whose "no" asserts: "condemned Voss in no uncertain terms".
func (m *matcher) uncertainTerms(c int) bool {
	if m.lemma(c) != "term" {
		return false
	}
	for _, a := range m.children[c] {
		if m.lemma(a) == "uncertain" {
			return true
		}
	}
	return false
}

// modal returns the modal auxiliary of token i: "hypo", "future" or "".
func (m *matcher) modal(i int) string {
	be, to := false, false
	for _, c := range m.children[i] {
		be = be || base(m.toks[c].Rel) == "aux" && m.lemma(c) == "be"
		to = to || m.toks[c].Rel == "mark" && m.lemma(c) == "to"
	}
	if be && to {
		return "future" // "she was to meet Kell", "is to meet": arranged
	}
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) != "aux" {
			continue
		}
		w := strings.ToLower(m.toks[c].Form)
		switch {
		case w == "can" && m.shownPassive(i):
			// "can be seen golfing with …" (in a photograph): what is
			// shown, not what may be
		case hypoModals[w] || hypoModals[m.lemma(c)]:
			return "hypo"
		case futureModals[w] || m.lemma(c) == "will":
			return "future"
		}
	}
	return ""
}

// shownPassive reports whether token i is a passive verb of seeing or
// hearing ("can be seen", "can be heard"): with "can" it tells what a
// picture or a recording shows ("could be seen … next week" may be).
func (m *matcher) shownPassive(i int) bool {
	switch m.lemma(i) {
	case "see", "hear", "spot", "show", "observe", "watch":
		return m.child(i, "aux:pass") >= 0
	}
	return false
}

// markedBy reports whether clause i is opened by the word w ("from").
func (m *matcher) markedBy(i int, w string) bool {
	for _, c := range m.children[i] {
		if m.toks[c].Rel == "mark" && m.lemma(c) == w {
			return true // (any of its marks: "for her to be fired")
		}
	}
	return false
}

// perfectGerund reports whether verb i has "having" for its auxiliary
// ("having criticized").
func (m *matcher) perfectGerund(i int) bool {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "aux" && strings.EqualFold(m.toks[c].Form, "having") {
			return true
		}
	}
	return false
}

// judgedFalse reports whether the parser hung a judgement of untruth
// with its copula on clause c ("… had reconciled are completely false"
// with "false" a conjunct or adverbial of the clause).
func (m *matcher) judgedFalse(c int) bool {
	for _, x := range m.children[c] {
		if falsityWords[m.lemma(x)] && m.child(x, "cop") >= 0 {
			return true
		}
	}
	return false
}

// conditional reports whether token i heads a clause opened by "if" or
// "unless".
func (m *matcher) conditional(i int) bool {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "mark" && conditionals[m.lemma(c)] {
			return true
		}
	}
	return false
}

// judgedUnlikely reports whether predicate h says its subject is not to
// happen: a negative adjective as the predicate ("is unlikely") or as
// the complement of a linking verb ("seems unlikely", "looks doubtful").
func (m *matcher) judgedUnlikely(h int) bool {
	unlikely := func(k int) bool {
		return m.toks[k].UPOS == "ADJ" && (negImplicatve[m.lemma(k)] || speculative[m.lemma(k)])
	}
	if unlikely(h) && m.child(h, "cop") >= 0 {
		return true
	}
	if x := m.child(h, "xcomp"); x >= 0 && unlikely(x) {
		return true
	}
	return false
}

// conditionedOn reports whether clause i has a conditional clause of its
// own ("… if he entered the race", "only if the suit were dropped").
func (m *matcher) conditionedOn(i int) bool {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "advcl" && (m.conditional(c) || m.inverted(c)) {
			return true
		}
	}
	return false
}

// ifClause reports whether clause c has an "if" clause of its own that
// sets a condition.
func (m *matcher) ifClause(c int) bool {
	for _, a := range m.children[c] {
		if base(m.toks[a].Rel) == "advcl" && m.setsCondition(a) {
			return true
		}
	}
	return false
}

// setsCondition reports whether clause a opens with an "if" that sets a
// condition: not "even if" or "as if".
func (m *matcher) setsCondition(a int) bool {
	mk := m.child(a, "mark")
	return mk >= 0 && m.lemma(mk) == "if" && (mk == 0 || !strings.EqualFold(m.toks[mk-1].Form, "even") && !strings.EqualFold(m.toks[mk-1].Form, "as"))
}

// reportedOnCondition reports whether clause c is reported by a verb of
// saying that a fronted condition governs: "If Tilden wins, Berger has
// said he would endorse her" (the condition is the promise's).
func (m *matcher) reportedOnCondition(c int) bool {
	h := m.toks[c].Head
	if h < 0 || base(m.toks[c].Rel) != "ccomp" || !sayVerbs[m.lemma(h)] {
		return false
	}
	for _, a := range m.children[h] {
		if base(m.toks[a].Rel) == "advcl" && a < h && m.setsCondition(a) {
			return true
		}
	}
	return false
}

// inverted reports whether clause c opens with an auxiliary before its
// subject, a condition without "if": "Were Clarke to enter the race, …",
// "Had Bahrami backed her, …", "Should the talks fail, …".
func (m *matcher) inverted(c int) bool {
	first := c
	for _, k := range m.subtree(c) {
		first = min(first, k)
	}
	switch strings.ToLower(m.toks[first].Form) {
	case "were", "had", "should":
		// (at the sentence's start or after a comma, the clause's
		// subject after it)
		return first < c && (first == 0 || m.toks[first-1].Form == ",") && first+1 < c && m.s.Entity[first+1] >= 0
	}
	return false
}

// speculative adjectives judge an event only possible: "a meeting is
// possible later this year", "a deal is unlikely".
var speculative = rules.WordClass("speculative")

// stated reports whether the trigger at i is asserted: not negated,
// hypothetical or conditional, through the chain of clauses that govern
// it. planned is true for a future or intended event; intent for an
// attack under a verb of intention ("vowed to sue").
// wishVerbs seek, refuse or await what their object names, which need
// not exist ("sought his donation", "refused her pledge") (rules:
// wishVerbs).
var wishVerbs = rules.WordClass("wishVerbs")

func (m *matcher) stated(i int, f *Frame) (ok, planned, intent bool) {
	if f.Type == "fund" && m.toks[i].UPOS == "NOUN" && m.child(i, "nmod:poss") >= 0 && !m.negated(i) && m.toks[i].Head >= 0 && base(m.toks[i].Rel) == "obj" && !wishVerbs[m.lemma(m.toks[i].Head)] {
		// "threatened to cancel his $40 million pledge to …": one's
		// gift, spoken of as the object of another act, was made
		// whatever becomes of it.
		return true, false, false
	}
	cur := i
	for depth := 0; depth < 6 && cur >= 0; depth++ {
		if m.negated(cur) || m.conditional(cur) {
			return false, false, false
		}
		switch m.modal(cur) {
		case "hypo":
			// "said she would meet him next week": a plan, told — unless
			// it hangs on a condition ("would endorse him if he ran"); a
			// harm that does is still a threat ("would sue if …").
			if m.conditionedOn(cur) && f.Type != "oppose" && f.Type != "threaten" {
				return false, false, false
			}
			if strings.EqualFold(m.auxForm(cur), "would") && m.underSpeech(cur) {
				planned = true
			} else {
				return false, false, false
			}
		case "future":
			planned = true
		}
		if planned && (f.Type == "support" || f.Type == "fund") && (m.ifClause(cur) || m.reportedOnCondition(cur)) {
			// "If Tilden wins, Berger will endorse her", "If Tilden
			// wins, Berger has said he would endorse her": a promise of
			// backing or money on a condition is a hypothetical, not a
			// plan (a meeting or a move planned "if the ceasefire holds"
			// stays planned; "even if" and "as if" set no condition).
			return false, false, false
		}
		if planned && f.Type == "oppose" {
			// "will sue", "said she would sue": a stated intention to
			// harm is a threat.
			planned, intent = false, true
		}
		t := m.toks[cur]
		h := t.Head
		if m.inverted(cur) && (h < 0 || base(t.Rel) == "ccomp" || base(t.Rel) == "advcl" || t.Rel == "parataxis") {
			// "Had Pappas met Medeiros before the vote, the shutdown
			// might have been avoided" read with the condition as the
			// main clause; "Were A and B to patch up their feud,
			// strategists said, …".
			return false, false, false
		}
		if h < 0 {
			break
		}
		if r := base(t.Rel); (r == "xcomp" || r == "advcl") && m.infinitive(cur) && (m.lemma(h) == "have" || m.lemma(h) == "be") && m.childLemma(h, "advmod", "yet") {
			// "has yet to meet Kessler", "is yet to endorse": not so far.
			return false, false, false
		}
		if base(t.Rel) == "obj" && t.UPOS == "NOUN" && f.Type == "support" && (m.lemma(h) == "lose" || m.lemma(h) == "lack") {
			// "had lost confidence in Kessler", "lacks the support of …"
			return false, false, false
		}
		if r := base(t.Rel); (r == "acl" || r == "ccomp") && m.toks[h].UPOS == "NOUN" && absenceNouns[m.lemma(h)] && m.childLemma(h, "det", "no") {
			// "There is no evidence that Delane met Park": a claim
			// nothing bears out.
			return false, false, false
		}
		switch base(t.Rel) {
		case "xcomp", "ccomp", "csubj":
			g := m.lemma(h)
			if negImplicatve[g] && (base(t.Rel) == "xcomp" || t.UPOS == "VERB" && t.XPOS == "VBG") {
				return false, false, false
			}
			if base(t.Rel) == "xcomp" && rumorVerbs[g] && m.toks[h].XPOS == "VBN" {
				// "is tipped to become chair", "was rumoured to have
				// met …": talk, not a plan or a deed.
				return false, false, false
			}
			if base(t.Rel) == "xcomp" && m.toks[h].UPOS == "NOUN" && prospectiveNouns[g] {
				// "is a contender to become chief", "is in talks to hire
				// Ricci": in the running, not done or arranged.
				return false, false, false
			}
			if base(t.Rel) == "xcomp" && intentVerbs[g] && m.abandoned(h) {
				// "had planned to donate … but dropped the idea"
				return false, false, false
			}
			if base(t.Rel) == "xcomp" && (intentVerbs[g] || desireVerbs[g] || effortVerbs[g] || m.toks[h].UPOS == "ADJ") {
				switch {
				case decisionVerbs[g] && m.toks[h].XPOS == "VBD" && (f.Type == "support" || f.Type == "oppose"):
					// "The council voted to endorse Brisco", "decided to
					// back her": a decision made is the stance taken.
				case f.Type == "oppose" && (harmIntent[g] || g == "go" && m.toks[h].XPOS == "VBG" && !pastForms[strings.ToLower(m.auxForm(h))]):
					// ("is going to sue": a harm promised; "was going to
					// sue … but changed her mind" is a plan of the past)
					intent = true
				case (g == "try" || g == "seek" || g == "attempt") && (f.Type == "oppose" || f.Type == "support" && defenseVerbs[f.Lemma]) && m.modal(h) == "" && !m.negated(h):
					// "tried to destroy me", "sought to discredit Quade",
					// "tried to defend him": an attack or a defense
					// attempted is made (an endorsement tried may have
					// been barred).
				case m.toks[h].UPOS == "ADJ" && factiveAdjectives[g] && m.modal(h) == "" && !m.negated(h) && (f.Type == "support" || f.Type == "fund" || f.Type == "meet"):
					// "is proud to support Crane", "was delighted to
					// welcome …": glad of what is done
				case desireVerbs[g] || m.toks[h].UPOS == "ADJ" && !planAdjectives[g]:
					// "wants to meet", "is unlikely to reconcile": not
					// arranged, only wished or judged likely.
					return false, false, false
				case effortVerbs[g] && f.Type == "position" && f.Status == "end":
					// "is pushing to oust Mertz", "campaigned to replace
					// him": an ouster sought is none yet (the effort is a
					// demand against him: demandedHarm).
					return false, false, false
				case demandVerbs[g] && !(effortVerbs[g] && m.child(h, "obj", "iobj") < 0) && f.Type != "threaten" && f.Type != "support" && f.Type != "oppose":
					// ("pushed to hire …" with no one pushed is the
					// subject's own effort; "pressed them to settle" is
					// asked of them)
					// "asked Hale to meet Reyes", "urged the two to make
					// peace": asked of others, neither done nor arranged.
					return false, false, false
				case (f.Type == "support" || f.Type == "oppose") && m.advocate(cur) >= 0:
					// "urged voters to back Qureshi": the urger's stance.
				case g == "threaten" && f.Type != "threaten" && f.Type != "oppose":
					// "threatened to quit the board": a harm held over
					// others, neither done nor arranged.
					return false, false, false
				case f.Type != "threaten" && f.Type != "support" && f.Type != "oppose":
					planned = true
				case !harmIntent[g]:
					return false, false, false
				}
			}
			if base(t.Rel) == "ccomp" && demandVerbs[g] && t.UPOS == "VERB" && (t.XPOS == "VB" || m.child(cur, "aux") >= 0 && deontic(m, cur)) {
				// "demanded that Acme sue Burkeley": what is demanded
				// has not happened (the demand itself may be an attack:
				// demandedHarm).
				return false, false, false
			}
			if base(t.Rel) == "ccomp" {
				// A reported clause stands on its own; only negation of
				// the reporting verb ("denied that …") cancels it — or,
				// for a claim noun, a judgement of untruth ("Reports that
				// A and B had reconciled are completely false").
				if negImplicatve[g] || m.negated(h) || hearsayNouns[g] && m.judgedFalse(cur) {
					return false, false, false
				}
				for _, a := range m.children[h] {
					if l := m.lemma(a); base(m.toks[a].Rel) == "advmod" && (l == "falsely" || l == "wrongly" || l == "erroneously" || l == "mistakenly") {
						return false, false, false // "falsely claimed he has the backing of …"
					}
				}
				if falsityWords[g] && m.toks[h].UPOS == "ADJ" && g != "wrong" && g != "premature" && g != "mistaken" {
					// "It is untrue that she gave …" (not "It is wrong
					// that she gave …", a judgement of the deed)
					return false, false, false
				}
				if sb := m.child(h, "nsubj"); sb >= 0 && rumorNouns[m.lemma(sb)] {
					// "Rumors swirled on Tuesday that A had dined with B":
					// what is rumored the article does not tell.
					return false, false, false
				}
				if sb := m.child(h, "nsubj"); sb >= 0 && claimVerbs[g] && unnamedClaimants[m.lemma(sb)] && m.s.Entity[sb] < 0 {
					// "Critics claim, without offering evidence, that
					// Fenwick funded Ekwall's campaign": what people
					// left unnamed allege, the article does not tell.
					return false, false, false
				}
				if allegeVerbs[g] && f.Type != "oppose" && f.Type != "threaten" {
					// "Okoro claimed that Pell had secretly bankrolled
					// Moss": a claim the article reports, not a gift it
					// tells (an attack or threat claimed is still told
					// of its claimant's words).
					return false, false, false
				}
				return true, planned, intent
			}
			cur = h
		case "obj", "nsubj", "obl", "nsubj:pass":
			// A noun trigger: "did not hold talks", "no plans to meet".
			if t.UPOS != "NOUN" {
				return true, planned, intent
			}
			if f.Type != "oppose" && f.Type != "threaten" && (askForVerbs[m.lemma(h)] && base(t.Rel) == "obj" || demandVerbs[m.lemma(h)] && base(t.Rel) == "obl" && m.caseOf(cur) == "for") {
				// "demanded his resignation", "called for a meeting with
				// …": asked for, not done (the demand itself may be an
				// attack: demandedHarm).
				return false, false, false
			}
			if base(t.Rel) == "obj" && (stopVerbs[m.lemma(h)] && !(m.lemma(h) == "cut" && paymentNouns[m.lemma(cur)]) || desireVerbs[m.lemma(h)]) {
				// "cut off funding to …", "called off the meeting", "was
				// considering an endorsement of …".
				return false, false, false
			}
			if t.Rel == "nsubj:pass" && stopVerbs[m.lemma(h)] {
				// "the meeting was cancelled", "talks were called off".
				return false, false, false
			}
			if base(t.Rel) == "nsubj" && m.judgedUnlikely(h) {
				// "a reconciliation seems unlikely", "a deal is doubtful".
				return false, false, false
			}
			if base(t.Rel) == "nsubj" && m.child(h, "cop") >= 0 && m.modal(h) == "hypo" {
				// "A meeting between A and B would be a coup": judged
				// as if it happened, which it has not.
				return false, false, false
			}
			if base(t.Rel) == "nsubj" && m.toks[h].UPOS == "VERB" && !occurVerbs[m.lemma(h)] && m.modal(h) == "" && !m.conditional(h) {
				// "His call with Owusu did not appear on his schedule":
				// what is said of a doing does not undo it (but "the
				// meeting did not happen", "talks will take place").
				return true, planned, intent
			}
			cur = h
		case "advcl":
			if mk := m.child(cur, "mark"); mk >= 0 && m.lemma(mk) == "to" {
				if g := m.lemma(h); m.toks[h].UPOS == "ADJ" && prospectiveAdjectives[g] {
					// "is close to hiring Ricci": not yet done.
					return false, false, false
				}
				for _, a := range m.children[h] {
					if a < cur && m.toks[a].Rel == "advmod" && prospectiveAdjectives[m.lemma(a)] {
						return false, false, false // "came close to hiring Ricci"
					}
				}
			}
			if mk := m.child(cur, "mark", "case"); mk >= 0 && m.lemma(mk) == "of" && accuseVerbs[m.lemma(h)] {
				// "accused the president of running the Senate like a
				// casino": what one is accused of is alleged, not told.
				return false, false, false
			}
			if (m.infinitive(cur) || m.toks[cur].XPOS == "VBG" && cur > h && m.child(cur, "mark") < 0) && negImplicatve[m.lemma(h)] {
				// (or a gerund so read: "denied ever giving money to …";
				// not "Touring the site …, she stopped", nor "did not stop
				// them from electing him")
				// "declined on Sunday to endorse …" with the infinitive
				// read as an adverbial: declined all the same.
				return false, false, false
			}
			if mk := m.child(cur, "mark"); mk >= 0 && m.lemma(mk) == "that" && (negImplicatve[m.lemma(h)] || m.negated(h)) {
				// "denied on Tuesday that she had ever met …" with the
				// clause read as an adverbial: denied all the same.
				return false, false, false
			}
			if m.conditional(cur) || m.inverted(cur) || m.heldBack(cur, h) {
				return false, false, false
			}
			if hh := m.toks[h].Head; m.infinitive(cur) && m.reducedPassive(h) && hh >= 0 && m.toks[hh].UPOS == "NOUN" && f.Type != "support" && f.Type != "oppose" {
				// "a group created to elect Holt": what a body was made
				// for is its aim (a stance, but no post given or money
				// paid yet).
				return false, false, false
			}
			if m.infinitive(cur) && m.toks[h].UPOS == "VERB" && (m.modal(h) != "" || m.conditionedOn(h) || m.infinitive(h)) {
				// "If elected, she would appoint Qureshi to head the
				// office": a purpose infinitive is as hypothetical as the
				// verb it serves — and, served by an infinitive, as real
				// as that one ("threatened to call a meeting to remove
				// Hale": threatened, not done).
				cur = h
				continue
			}
			return true, planned, intent
		case "acl":
			if hh := m.toks[h].Head; hh >= 0 && hearsayNouns[m.lemma(h)] && strings.HasPrefix(m.toks[h].Rel, "nsubj") && falsityWords[m.lemma(hh)] {
				return false, false, false // ("The claim that Vera sued … is false", its clause read as relative)
			}
			if t.UPOS == "VERB" && m.misreadFinite(cur) {
				// A finite verb misread as modifying a noun ("A and B,
				// who had not spoken since the contest, reconciled in
				// March"): a clause of its own.
				return true, planned, intent
			}
			// "rejected claims that she had made peace": a claim denied
			// (its that-clause may be misread as relative: "dismissed
			// rumors that he had bankrolled …").
			if hh := m.toks[h].Head; hh >= 0 && (t.Rel == "acl" || hearsayNouns[m.lemma(h)]) && (negImplicatve[m.lemma(hh)] || m.negated(hh)) {
				return false, false, false
			}
			if rumorNouns[m.lemma(h)] && (t.Rel == "acl" || m.child(cur, "nsubj") >= 0) {
				// "Rumors that Lie had bankrolled the party …": what is
				// rumored the article does not tell, whatever is said
				// of the rumor.
				return false, false, false
			}
			// "Reports that she would step down were false", "Plans to
			// name him chief were abandoned": a claim judged untrue, a
			// plan given up.
			if hh := m.toks[h].Head; hh >= 0 && (t.Rel == "acl" || hearsayNouns[m.lemma(h)]) && strings.HasPrefix(m.toks[h].Rel, "nsubj") && (falsityWords[m.lemma(hh)] || stopVerbs[m.lemma(hh)] && m.toks[h].Rel == "nsubj:pass") {
				return false, false, false
			}
			if hearsayNouns[m.lemma(h)] && m.judgedFalse(cur) {
				// (the judgement hung on the clause: "Rumours that A and
				// B had patched up their feud were false" misread)
				return false, false, false
			}
			// "cancelled his trip to Accra, where he was due to meet …":
			// a plan told of an occasion called off is off too.
			for p, n := h, 0; planned && t.Rel == "acl:relcl" && p >= 0 && n < 3 && (m.toks[p].UPOS == "NOUN" || m.toks[p].UPOS == "PROPN"); p, n = m.toks[p].Head, n+1 {
				if hp := m.toks[p].Head; hp >= 0 && (base(m.toks[p].Rel) == "obj" && stopVerbs[m.lemma(hp)] || m.toks[p].Rel == "nsubj:pass" && stopVerbs[m.lemma(hp)]) {
					return false, false, false
				}
			}
			// "plans to meet", "a decision to endorse": the noun decides
			// (a relative clause says nothing of its noun's intent).
			g := m.lemma(h)
			if t.Rel == "acl" && prospectiveNouns[g] {
				// "is in talks to become chief executive", "a contender
				// to succeed her": not settled.
				return false, false, false
			}
			if t.Rel == "acl:relcl" {
				g = ""
			}
			if proposalNouns[g] {
				return false, false, false // "filed a request to meet …": put forward, not done or arranged
			}
			if intentVerbs[g] || g == "plan" || g == "effort" || g == "bid" || g == "attempt" || g == "threat" || g == "promise" || g == "pledge" || g == "vow" {
				if f.Type == "oppose" && (g == "threat" || g == "promise" || g == "pledge" || g == "vow") {
					intent = true
				} else if f.Type == "meet" || f.Type == "fund" || f.Type == "position" || f.Type == "reconcile" {
					planned = true
				} else {
					return false, false, false
				}
			}
			if m.negated(h) {
				return false, false, false
			}
			return true, planned, intent
		case "conj":
			// "had never met or spoken to …", "did not praise A or
			// thank B": a conjunct without a subject of its own shares its
			// head's negation, modality and reporting; "denied having
			// criticized …" read as a conjunct of the denial is denied.
			if m.child(cur, "nsubj") >= 0 || m.child(cur, "nsubj:pass") >= 0 || m.toks[h].UPOS != "VERB" {
				return true, planned, intent
			}
			if negImplicatve[m.lemma(h)] && m.perfectGerund(cur) {
				return false, false, false
			}
			cur = h
		case "nmod":
			if f.Type != "oppose" && f.Type != "threaten" && t.UPOS == "NOUN" && m.caseOf(cur) == "for" && demandNouns[m.lemma(h)] {
				return false, false, false // "faces calls for his resignation"
			}
			if t.UPOS == "NOUN" && m.caseOf(cur) == "of" && (rumorNouns[m.lemma(h)] || hearsayNouns[m.lemma(h)] && m.hearsayDenied(h)) {
				// "Rumors of a reconciliation between A and B", "reports of
				// a meeting … were false": what is rumored, or reported
				// and denied, the article does not tell.
				return false, false, false
			}
			return true, planned, intent
		default:
			return true, planned, intent
		}
	}
	return true, planned, intent
}

// hearsayDenied reports whether hearsay noun h is judged untrue or
// denied: the subject of a word of falsity ("reports … were false"), the
// passive subject of a verb of denial or stopping ("were denied"), or
// the object of one ("denied reports of …").
func (m *matcher) hearsayDenied(h int) bool {
	hh := m.toks[h].Head
	if hh < 0 {
		return false
	}
	switch base(m.toks[h].Rel) {
	case "nsubj":
		return falsityWords[m.lemma(hh)] || m.judgedFalse(hh)
	case "nsubj:pass", "obj":
		return negImplicatve[m.lemma(hh)] || stopVerbs[m.lemma(hh)]
	}
	return false
}

// orgMarked reports whether one of the prepositions ps marks an
// organization's name among i's obliques.
func (m *matcher) orgMarked(i int, ps ...string) bool {
	for _, p := range ps {
		for _, f := range m.resolve(m.marked(i, p)) {
			if m.s.IsOrg != nil && m.s.IsOrg(f.Entity) {
				return true
			}
		}
	}
	return false
}

// demandNouns ask for what their for-phrase names ("calls for his
// resignation"); askForVerbs take the thing asked for as object
// ("demanded his resignation"); effortVerbs are demand verbs that, with
// an infinitive, tell the subject's own effort ("pushed to hire …").
var (
	demandNouns = rules.WordClass("demandNouns")
	askForVerbs = rules.WordClass("askForVerbs")
	// proposalNouns put forward what their infinitive names, not yet
	// done: "filed a request to meet …", "introduced a bill to fund …".
	proposalNouns = rules.WordClass("proposalNouns")
	effortVerbs   = rules.WordClass("effortVerbs")
)

// heldBack reports whether clause c, adverbial to h, is an act held back
// or given up: "refrained from criticizing", "stopped short of
// endorsing", "was barred from meeting", "dropped her plan to sue" (the
// plan's clause read as the verb's).
func (m *matcher) heldBack(c, h int) bool {
	mk := m.child(c, "mark")
	if mk < 0 {
		return false
	}
	g := m.lemma(h)
	switch m.lemma(mk) {
	case "from":
		// ("That did not stop the party from electing him": a stop
		// denied holds nothing back.)
		return (negImplicatve[g] || stopVerbs[g] || g == "prevent" || g == "bar" || g == "keep" || g == "ban") && !m.negated(h)
	case "of":
		return g == "short"
	case "to":
		return stopVerbs[g] && m.child(h, "obj") >= 0
	}
	return false
}

// auxForm returns the form of token i's first auxiliary, or "".
func (m *matcher) auxForm(i int) string {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "aux" {
			return m.toks[c].Form
		}
	}
	return ""
}

// underSpeech reports whether clause i is the complement of a verb, or
// a second one opened by "that" after "and".
func (m *matcher) underSpeech(i int) bool {
	if h := m.toks[i].Head; base(m.toks[i].Rel) == "conj" && h >= 0 && m.markedBy(i, "that") {
		i = h // (a second reported clause: "said that … and that Reno would take over")
	}
	return base(m.toks[i].Rel) == "ccomp" && m.toks[i].Head >= 0
}

// doneToAt reports whether passive verb g is done to its subject at
// occasion i: "was dismissed in a phone call from Voth" (not "was denied
// a seat at the dinner", "was dropped from the dinner", "was refused
// entry to the call": kept out of it).
func (m *matcher) doneToAt(g, i int) bool {
	if !m.passive(g) || m.child(g, "obj", "iobj") >= 0 {
		return false
	}
	c := m.caseOf(i)
	return c != "from" && c != "to" && c != "out"
}

// opensSentence reports whether token i opens its sentence, after at
// most punctuation, a conjunction or an adverb ("But, appointed …",
// "Once appointed …").
func (m *matcher) opensSentence(i int) bool {
	for k := 0; k < i; k++ {
		if u := m.toks[k].UPOS; u != "PUNCT" && u != "CCONJ" && u != "ADV" && u != "SCONJ" {
			return false
		}
	}
	return true
}

// passive reports whether verb i is in the passive voice.
func (m *matcher) passive(i int) bool {
	subjPass, perfect := false, false
	for _, c := range m.children[i] {
		switch m.toks[c].Rel {
		case "aux:pass":
			return true
		case "nsubj:pass", "csubj:pass":
			subjPass = true
		case "aux":
			if m.lemma(c) == "have" {
				perfect = true
			}
		}
	}
	if subjPass && !perfect && m.child(i, "aux") >= 0 {
		// A passive needs "be" or "get"; a subject marked passive on a
		// bare past form is a misread active verb ("Starmer hosted …").
		for _, c := range m.children[i] {
			if base(m.toks[c].Rel) == "aux" && (m.lemma(c) == "be" || m.lemma(c) == "get") {
				return true
			}
		}
	}
	// "was ousted … and replaced by Wójcik": a participle conjoined to a
	// passive, with no subject or auxiliary of its own, is passive too.
	if t := m.toks[i]; t.Rel == "conj" && t.XPOS == "VBN" && t.Head >= 0 && t.Head < i && m.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 && m.passive(t.Head) {
		return true
	}
	// A participle clause with its agent before the main clause:
	// "Praised by Berg on Friday, Hayashi announced …".
	// (the by-phrase may hang from an oblique before it: "Mocked for
	// years by Ilunga, …")
	if base(m.toks[i].Rel) == "advcl" && m.toks[i].XPOS == "VBN" && m.toks[i].Head > i && m.child(i, "nsubj") < 0 && m.agent(i) >= 0 {
		return true
	}
	// So is one that opens its sentence with no agent and no object:
	// "Appointed in March as chief executive of Brandt Capital, Kapoor
	// has …", "Named last week to lead the commission, Kapoor …".
	if base(m.toks[i].Rel) == "advcl" && m.toks[i].XPOS == "VBN" && m.toks[i].Head > i && m.child(i, "nsubj", "obj", "iobj") < 0 && m.opensSentence(i) {
		return true
	}
	// A participle modifying a noun: "a senator criticized by …" — but
	// not "Okafor praised Voss" misread as one: a name after it with no
	// by-phrase is its object, and the verb is active.
	if m.toks[i].Rel != "acl" || m.toks[i].XPOS != "VBN" {
		return false
	}
	if m.marked(i, "by") >= 0 || m.child(i, "obl:agent") >= 0 {
		return true
	}
	for _, c := range m.children[i] {
		if c > i && (m.s.Entity[c] >= 0 || m.toks[c].Rel == "obj") {
			switch base(m.toks[c].Rel) {
			case "obj", "xcomp", "iobj", "dep", "ccomp":
				return false
			}
		}
	}
	return true
}

// agent returns the by-phrase of passive verb i, or -1.
func (m *matcher) agent(i int) int {
	if c := m.child(i, "obl:agent"); c >= 0 {
		return c
	}
	if c := m.marked(i, "by"); c >= 0 {
		return c
	}
	// "was welcomed to Warsaw by the mayor": the by-phrase misattached
	// to the oblique before it.
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "obl" {
			if a := m.marked(c, "by"); a >= 0 && m.s.Entity[a] >= 0 {
				return a
			}
		}
	}
	return -1
}

// marked returns the oblique or nominal modifier of i marked by
// preposition p, or -1.
func (m *matcher) marked(i int, p string) int {
	if i < 0 {
		return -1
	}
	// ("On Tuesday she heaped praise on Sorrel & Vine": a time with the
	// same preposition gives way to a later phrase.)
	first := -1
	for _, c := range m.children[i] {
		r := m.toks[c].Rel
		b := base(r)
		if r == "nmod:poss" || !(b == "obl" || b == "nmod" || b == "advcl" || b == "acl" || b == "xcomp") {
			continue
		}
		for _, cc := range m.children[c] {
			if (base(m.toks[cc].Rel) == "case" || base(m.toks[cc].Rel) == "mark") && m.lemma(cc) == p {
				if p == "with" && m.absolute(c) {
					break // "with Ada Quill away in Ottawa": a state of hers, no company
				}
				if m.s.Entity[c] < 0 && (timeWord(m.toks[c].Form) || timeNouns[m.lemma(c)]) {
					if first < 0 {
						first = c
					}
					break
				}
				return c
			}
			// "between A and B" whose case hangs from the first conjunct.
		}
	}
	return first
}

// absolute reports whether the noun c of a with-phrase is the subject of
// an absolute construction: a predicate of absence or a participle
// right after it ("with Ada Quill away in Ottawa", "with Reyes still in
// custody", "with Brandt in mind", "with Quill watching"), so that the
// phrase tells no one's company.
func (m *matcher) absolute(c int) bool {
	n := c + 1
	if n >= len(m.toks) {
		return false
	}
	w := strings.ToLower(m.toks[n].Form)
	if absentWords[w] || m.toks[n].XPOS == "VBG" {
		return true
	}
	return w == "in" && n+1 < len(m.toks) && absentPlaces[strings.ToLower(m.toks[n+1].Form)]
}

// absentWords, right after a with-phrase's noun, make it an absolute
// construction; absentPlaces after "in" too (rules: absentWords,
// absentPlaces).
var (
	absentWords  = rules.WordClass("absentWords")
	absentPlaces = rules.WordClass("absentPlaces")
)

// makerVerbs make or put forward what their object is, so that their
// agent is its author ("the allegations made by Bena", "the plan
// approved by the council"; rules: makerVerbs).
var makerVerbs = rules.WordClass("makerVerbs")

// logicalSubj returns the token that is the logical subject of predicate
// i: its subject, its by-phrase when passive, or the subject it shares
// with the verb that governs it (control, coordination, participles).
func (m *matcher) logicalSubj(i int) int {
	from := -1
	for depth := 0; depth < 5 && i >= 0; depth++ {
		if m.passive(i) {
			if demandVerbs[m.lemma(i)] {
				// "was urged by Kessler to endorse Park": what is asked is
				// not done; the asker's stance ("was asked to lead …"
				// with no asker named: the one asked).
				if a := m.agent(i); a >= 0 {
					return a
				}
			}
			if from >= 0 && (base(m.toks[from].Rel) == "xcomp" || m.toks[from].XPOS == "VBG" && base(m.toks[from].Rel) == "advcl" ||
				base(m.toks[from].Rel) == "advcl" && m.infinitive(from) && m.controls(i, from)) {
				// "Marchesi was photographed having coffee with …", "was
				// seen dining with …", "is scheduled to meet …", "was
				// asked to lead …" (or "was tapped to lead …" with the
				// infinitive read as a clause of purpose), "was picked
				// by Kessler to run the foundation": the passive's
				// subject does the act, not its agent.
				if c := m.entityChild(i, "nsubj:pass"); c >= 0 {
					return m.relative(i, c)
				}
			}
			if a := m.agent(i); a >= 0 {
				return a
			}
		} else if c := m.entityChild(i, "nsubj", "nsubj:outer", "nsubj:pass"); c >= 0 {
			return m.relative(i, c)
		}
		t := m.toks[i]
		h := t.Head
		if m.child(i, "nsubj", "nsubj:pass", "csubj", "expl") < 0 && base(t.Rel) != "xcomp" && m.misreadFinite(i) {
			// A finite verb the parser left without a subject: the name
			// right before it is one, or the one before a clause set off
			// by commas ("Musk, who runs Tesla, lambasted …"; "In an
			// op-ed on Sunday, Lombardi accused …" with the name read as
			// an apposition of the fronted phrase).
			if j := m.leftSubject(i); j >= 0 {
				return j
			}
		}
		if h < 0 {
			return -1
		}
		if mk := m.child(i, "mark"); mk >= 0 && m.lemma(mk) == "by" && t.XPOS == "VBG" && base(t.Rel) == "advcl" {
			// "… is intensifying his efforts to swing the race by
			// piling $20 million into …": the means is the doer's of the
			// clause it serves, however high the parser hung it.
			for a, n := h, 0; a >= 0 && n < 5; a, n = m.toks[a].Head, n+1 {
				if c := m.entityChild(a, "nsubj"); c >= 0 {
					return m.relative(a, c)
				}
			}
		}
		switch t.Rel {
		case "advcl", "xcomp":
			if o := m.forSubject(h, i); o >= 0 {
				return o
			}
			if hh := m.toks[h].Head; base(t.Rel) == "advcl" && m.infinitive(i) && m.reducedPassive(h) && hh >= 0 && m.toks[hh].UPOS == "NOUN" {
				// "a super PAC formed to support Holt", "a group set up
				// to promote her candidacy": what was made for a purpose
				// pursues it.
				return hh
			}
			// "appointed Lindgren to lead the agency" with the
			// infinitive read as a clause of purpose: still his to lead.
			if o := m.child(h, "obj"); o >= 0 && m.controls(h, i) && (t.Rel == "xcomp" || m.infinitive(i)) {
				return o
			}
			if o := m.child(h, "obj"); o >= 0 && t.XPOS == "VBG" && m.markedBy(i, "from") {
				return o // "did not stop the party from electing him": the party elects
			}
			if o := m.entityChild(h, "obj"); o >= 0 && t.XPOS == "VBG" && m.markedBy(i, "for") {
				// "blasted Kessler for attacking Ortiz", "thanked her for
				// backing him": one is judged for one's own deed.
				return o
			}
		}
		switch t.Rel {
		case "xcomp":
			if o := m.child(h, "obj"); o >= 0 && m.controls(h, i) && !(t.XPOS == "VBG" && m.s.Entity[o] < 0 && issueVerbs[m.lemma(h)]) {
				// (but "filed a complaint asking it to …": what one put
				// out asks in its maker's name)
				return o
			}
			from, i = i, h
		case "conj", "advcl":
			if up := m.toks[h].UPOS; up == "NOUN" && t.XPOS == "VBG" {
				// "was making a huge mistake going after Trump": the
				// participle hangs from the object of the clause whose
				// subject it shares.
				if hh := m.toks[h].Head; hh >= 0 && m.toks[hh].UPOS == "VERB" && (base(m.toks[h].Rel) == "obj" || base(m.toks[h].Rel) == "obl") {
					i = hh
					continue
				}
				return -1
			} else if up != "VERB" && up != "ADJ" && up != "AUX" {
				return -1
			}
			from, i = i, h
		case "acl:relcl":
			// "A, B and C are among those who have shared a meal with …",
			// "are just three who have dined with …": the predicate's
			// subject.
			if m.s.Entity[h] < 0 {
				if sb := m.predicateSubject(h); sb >= 0 {
					return sb
				}
				if a := m.appositionOf(h); a >= 0 {
					return a
				}
			}
			return h
		case "acl":
			if hv := m.toks[h].Head; hv >= 0 && m.infinitive(i) && m.toks[h].UPOS == "NOUN" && m.s.Entity[h] < 0 && base(m.toks[h].Rel) == "obj" && vehicleVerbs[m.lemma(hv)] && !capacityNouns[m.lemma(h)] {
				// "used a rally to accuse Fisk", "introduced a resolution
				// to impeach her", "held a news conference to denounce
				// him": the occasion or effort one used or led is one's
				// own doing.
				from, i = i, hv
				continue
			}
			if up := m.toks[h].UPOS; up == "VERB" && t.XPOS == "VBG" {
				// "filed a lawsuit in a Berlin court accusing Ferrovane
				// …" with the participle hung on the verb: an adverbial
				// clause, the verb's subject its doer.
				from, i = i, h
				continue
			}
			if m.infinitive(i) && decidedNouns[m.lemma(h)] && m.s.Entity[h] < 0 {
				// "Tell's decision to endorse Castell", "the move by Tell
				// to fire her": the one who decided does it.
				if ps := m.entityChild(h, "nmod:poss"); ps >= 0 {
					return ps
				}
				if b := m.marked(h, "by"); b >= 0 && m.s.Entity[b] >= 0 {
					return b
				}
			}
			if t.XPOS == "VBG" || !m.passive(i) {
				// "A and B are among the companies bankrolling …": the
				// noun is a predicate; its subject does the bankrolling.
				if sb := m.predicateSubject(h); sb >= 0 {
					return sb
				}
				// "Whitfield's flurry of posts attacking Voss", "her ads
				// praising Okafor": what someone made does their act.
				// (Not what someone has: "her lawyers suing …".)
				for p, depth := h, 0; t.XPOS == "VBG" && p >= 0 && depth < 2 && m.s.Entity[p] < 0 && m.toks[p].UPOS == "NOUN" && !(m.s.RoleWord != nil && m.s.RoleWord(m.lemma(p))); depth++ {
					if ps := m.entityChild(p, "nmod:poss"); ps >= 0 {
						return ps
					}
					if m.caseOf(p) != "of" || base(m.toks[p].Rel) != "nmod" {
						break
					}
					p = m.toks[p].Head
				}
				// "sent a letter to Akana warning that …", "a letter from
				// Dunmore warning …": what someone sent or put out does
				// their act.
				if t.XPOS == "VBG" && m.toks[h].UPOS == "NOUN" && m.s.Entity[h] < 0 && !(m.s.RoleWord != nil && m.s.RoleWord(m.lemma(h))) {
					if f := m.marked(h, "from"); f >= 0 && m.named(f) >= 0 {
						return m.named(f)
					}
					if s := m.adSponsor(h); s >= 0 {
						return s // "spent the cash on television ads attacking Aziz"
					}
					if hv := m.toks[h].Head; hv >= 0 && base(m.toks[h].Rel) == "obj" && issueVerbs[m.lemma(hv)] {
						from, i = i, hv
						continue
					}
				}
				return h
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// vehicleVerbs take an occasion or an effort whose infinitive tells what
// their subject did by it ("used a rally to accuse …", "held a news
// conference to denounce …"); capacityNouns are what one may hold
// without using ("holds the power to fire …").
var (
	vehicleVerbs  = rules.WordClass("vehicleVerbs")
	capacityNouns = rules.WordClass("capacityNouns")
)

// issueVerbs put out what then speaks for its maker: "sent a letter
// warning …", "issued a statement accusing …".
var issueVerbs = rules.WordClass("issueVerbs")

// misreadFinite reports whether verb i is finite, or a past form the
// tagger took for a participle though nothing makes it one ("Okafor, who
// gave …, praised Pryce" with "praised" read as modifying "Pryce").
func (m *matcher) misreadFinite(i int) bool {
	t := m.toks[i]
	switch t.XPOS {
	case "VBD", "VBZ", "VBP":
		// A finite form cannot head a participial modifier: "…, the
		// billionaire founder of a company, dined with …" read as one.
		return true
	case "VBN":
		if m.child(i, "aux", "aux:pass") >= 0 || m.agent(i) >= 0 {
			return false
		}
		if m.child(i, "obj") >= 0 && base(t.Rel) != "acl" && base(t.Rel) != "xcomp" {
			return true // a participle with an object is a misread past
		}
		if m.child(i, "obj") >= 0 && base(t.Rel) == "acl" && i > 0 && m.toks[i-1].Form == "," && !m.finiteRoot() {
			// "Mellon, a banking heir, donated $5 million …" read as a
			// participle of the apposition, leaving no main verb.
			return true
		}
		if i+1 < len(m.toks) && m.named(i+1) >= 0 && (base(t.Rel) == "amod" || base(t.Rel) == "acl" || base(t.Rel) == "conj") {
			return true
		}
		if m.afterRelative(i) {
			return true // "A and B, who had not spoken since …, reconciled in March"
		}
		// A participle before its noun follows a determiner or an
		// adjective ("the criticised plan"), not a comma or a name
		// ("Badenoch, the party's leader, criticised Starmer's plans").
		return base(t.Rel) == "amod" && i > 0 && t.Head > i && (m.toks[i-1].Form == "," || m.toks[i-1].UPOS == "PROPN")
	}
	return false
}

// derivedFrames holds the frames derived from others by derived.
var derivedFrames sync.Map // derivedKey -> *Frame

// derivedKey names a derived frame: the frame it comes from and how.
type derivedKey struct {
	f    *Frame
	kind string
}

// derived returns frame f changed by change, made once per frame and
// kind: "threatened" (an attack held over someone, "threatened legal
// action"), "started" (a post taken up, an appointment's complement).
func derived(f *Frame, kind string, change func(*Frame)) *Frame {
	key := derivedKey{f, kind}
	if t, ok := derivedFrames.Load(key); ok {
		return t.(*Frame)
	}
	t := *f
	change(&t)
	got, _ := derivedFrames.LoadOrStore(key, &t)
	return got.(*Frame)
}

// pastForms are the past auxiliaries.
var pastForms = map[string]bool{"was": true, "were": true, "had": true}

// childLemma reports whether token i has a dependent of relation rel
// (its base) with lemma l.
func (m *matcher) childLemma(i int, rel, l string) bool {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == rel && m.lemma(c) == l {
			return true
		}
	}
	return false
}

// sufferVerbs tell what befalls their subject ("would pay a heavy
// price", "will face consequences", "would regret it"); sufferNouns are
// what "pay" and "face" take as a punishment.
var (
	sufferVerbs = rules.WordClass("sufferVerbs")
	sufferNouns = rules.WordClass("sufferNouns")
)

// suffers reports whether verb c tells a punishment befalling its
// subject: "would regret it", "would pay a heavy price" (not "would face
// a tough race", a forecast).
func (m *matcher) suffers(c int) bool {
	switch l := m.lemma(c); {
	case !sufferVerbs[l]:
		return false
	case l == "pay" && m.child(c, "obj") < 0:
		// "will pay for this", "would pay dearly for that" (not "would
		// pay for it out of its budget", nor "will pay for this, not
		// the taxpayers"): the idiom, with nothing else said of paying
		f := m.marked(c, "for")
		if f < 0 || m.lemma(f) != "this" && m.lemma(f) != "that" {
			return false
		}
		for _, a := range m.children[c] {
			switch base(m.toks[a].Rel) {
			case "nsubj", "aux", "advmod", "punct", "mark":
			default:
				if a != f {
					return false
				}
			}
		}
		return true
	case l == "pay" || l == "face":
		o := m.child(c, "obj")
		return o >= 0 && sufferNouns[m.lemma(o)]
	}
	return true
}

// threatened returns the threatened form of attack frame f.
func threatened(f *Frame) *Frame {
	return derived(f, "threatened", func(t *Frame) { t.Type, t.Name = "threaten", "threatened "+f.Name })
}

// started returns the form of position frame f that starts the post.
func started(f *Frame) *Frame {
	return derived(f, "started", func(t *Frame) { t.Status = "start" })
}

// separately splits a meeting whose coordinated subjects each met the
// others on an occasion of their own — "A, B and C have all dined with
// D", "A and B are among those who have met D", "are two who have …"
// (the corpus guide: separate occasions are separate events) — into one
// match per subject, and separate occasions with several others into one
// per other (separateOccasions); it returns nil for any other match.
func (m *matcher) separately(mt Match) []Match {
	i := mt.Trigger
	if mt.Frame.Type != "meet" {
		return nil
	}
	if mt.Frame.POS == "NOUN" {
		if out := m.separateOccasions(mt); out != nil {
			return out
		}
		// "shared a meal with …": the verb whose object the noun is.
		if i = mt.Governor; i < 0 || base(m.toks[mt.Trigger].Rel) != "obj" {
			return nil
		}
	}
	each := false
	for _, c := range m.children[i] {
		if l := m.lemma(c); (l == "all" || l == "each" || l == "separately" || l == "individually") && (base(m.toks[c].Rel) == "advmod" || base(m.toks[c].Rel) == "det" || base(m.toks[c].Rel) == "obl:npmod") {
			each = true
		}
		if base(m.toks[c].Rel) == "nsubj" && m.isRelPronoun(c) && m.toks[i].Rel == "acl:relcl" && m.s.Entity[m.toks[i].Head] < 0 {
			each = true // "… are among those who have dined with …"
		}
	}
	if !each {
		return nil
	}
	subj := m.resolve(m.logicalSubj(i))
	if len(subj) < 2 {
		return nil
	}
	var others []Filler
	for _, a := range mt.Slots[Actors] {
		if !slices.ContainsFunc(subj, func(s Filler) bool { return s.Entity == a.Entity }) {
			others = append(others, a)
		}
	}
	if len(others) == 0 {
		return nil
	}
	var out []Match
	for _, s := range subj {
		one := mt
		one.Slots = map[string][]Filler{}
		for k, v := range mt.Slots {
			one.Slots[k] = v
		}
		one.Slots[Actors] = append([]Filler{s}, others...)
		out = append(out, one)
	}
	return out
}

// separateOccasions splits a nominal meeting said to be several ("held
// separate phone calls with A and B", "A and B held separate meetings
// with C") into one match for each subject of the verb the noun is the
// object of and each of the others; it returns nil for any other match.
func (m *matcher) separateOccasions(mt Match) []Match {
	t, g := mt.Trigger, mt.Governor
	if g < 0 || base(m.toks[t].Rel) != "obj" || m.toks[t].XPOS != "NNS" {
		return nil
	}
	separate := false
	for _, c := range m.children[t] {
		if l := m.lemma(c); base(m.toks[c].Rel) == "amod" && (l == "separate" || l == "individual") {
			separate = true
		}
	}
	subj := m.resolve(m.logicalSubj(g))
	if !separate || len(subj) == 0 {
		return nil
	}
	var others []Filler
	for _, a := range mt.Slots[Actors] {
		if !slices.ContainsFunc(subj, func(s Filler) bool { return s.Entity == a.Entity }) {
			others = append(others, a)
		}
	}
	if len(others) == 0 || len(subj)+len(others) < 3 {
		return nil
	}
	// One occasion for each subject and each other: "A held separate
	// calls with B and C", "A and B held separate meetings with C".
	var out []Match
	for _, sb := range subj {
		for _, o := range others {
			one := mt
			one.Slots = map[string][]Filler{}
			for k, v := range mt.Slots {
				one.Slots[k] = v
			}
			one.Slots[Actors] = []Filler{sb, o}
			out = append(out, one)
		}
	}
	return out
}

// predicateSubject returns the subject of the copula whose predicate is
// noun h, or the noun an among-phrase h belongs to ("A and B are among
// the companies …"), through "of" phrases ("… among the dozens of
// corporations …"), or -1.
func (m *matcher) predicateSubject(h int) int {
	for p, depth := h, 0; p >= 0 && depth < 3 && m.s.Entity[p] < 0; depth++ {
		if m.child(p, "cop") >= 0 || m.caseOf(p) == "among" {
			sb := m.entityChild(p, "nsubj")
			if sb < 0 && m.caseOf(p) == "among" {
				// the among-phrase of a copula: "are among those …"
				if hh := m.toks[p].Head; hh >= 0 {
					sb = m.entityChild(hh, "nsubj")
				}
			}
			return sb
		}
		if base(m.toks[p].Rel) != "nmod" {
			break
		}
		p = m.toks[p].Head
	}
	return -1
}

// afterRelative reports whether token i follows a comma that closes a
// relative clause on a name: "Okafor, who …, praised …".
func (m *matcher) afterRelative(i int) bool {
	if i < 2 || m.toks[i-1].Form != "," {
		return false
	}
	for k, n := i-2, 0; k >= 0 && n < 12; k, n = m.toks[k].Head, n+1 {
		if m.toks[k].Rel == "acl:relcl" {
			h := m.toks[k].Head
			return h >= 0 && h < k && m.s.Entity[h] >= 0
		}
	}
	return false
}

// timeNouns say when, never what post: "was appointed last month as …".
var timeNouns = rules.WordClass("timeNouns")

// onlyTime reports whether noun r is a word of time, or a day's or
// month's name or a year (timeWord), with no role word in its phrase
// ("last month", "on Saturday"; not "chief executive spring", a role read
// with the time after it).
func (m *matcher) onlyTime(r int) bool {
	if !timeNouns[m.lemma(r)] && !timeWord(m.toks[r].Form) {
		return false // (a day or a month too: "On Saturday, they sat down …")
	}
	first, last := m.rolePhrase(r)
	for k := first; k >= 0 && k <= last; k++ {
		if m.s.RoleWord != nil && m.s.RoleWord(strings.ToLower(m.toks[k].Form)) {
			return false
		}
	}
	return true
}

// describedSource drops a match of a noun trigger that is itself a
// description naming someone when someone else is its source: "the
// longtime GOP donor donated …" states Mellon's giving, but "referred to
// the donor as …" states nothing of the referrer's.
func (m *matcher) describedSource(ms []Match) []Match {
	out := ms[:0]
	for _, mt := range ms {
		if e := m.s.Entity[mt.Trigger]; e >= 0 && m.toks[mt.Trigger].UPOS == "NOUN" && !undirectedType(mt.Frame.Type) && len(mt.Slots[Source]) > 0 &&
			!slices.ContainsFunc(mt.Slots[Source], func(f Filler) bool { return f.Entity == e }) {
			continue
		}
		out = append(out, mt)
	}
	return out
}

// fundsNotStances drops the support a sum of money was spent for: "spent
// $290 million to back Trump and Republicans", "on ads supporting Ruiz"
// is a gift (the money construction states it), not praise.
func (m *matcher) fundsNotStances(ms []Match) []Match {
	out := ms[:0]
	// (a fund match of a sentence with a sum: "sent a letter to directors
	// defending Obi" spends nothing)
	fund := slices.ContainsFunc(ms, func(mt Match) bool { return mt.Frame.Type == "fund" }) && slices.Contains(m.s.Money, true)
	for _, mt := range ms {
		i := mt.Trigger
		if t := m.toks[i]; fund && mt.Frame.Type == "support" && t.UPOS == "VERB" && base(t.Rel) == "acl" && t.Head >= 0 && documentNouns[m.lemma(t.Head)] {
			// "spent $2 million on ads supporting Ruiz": the ads the
			// money bought back her; the spending is the gift.
			continue
		}
		if t := m.toks[i]; fund && mt.Frame.Type == "support" && t.UPOS == "VERB" && base(t.Rel) == "advcl" && t.Head >= 0 && slices.ContainsFunc(m.children[t.Head], func(c int) bool {
			return c < i && base(m.toks[c].Rel) == "obl" && documentNouns[m.lemma(c)]
		}) {
			// (the participle hung on the verb, right after the ads)
			continue
		}
		if (mt.Frame.Type == "support" || mt.Frame.Type == "position") && fund && slices.ContainsFunc(ms, func(f Match) bool {
			return f.Frame.Type == "fund" && m.spentFor(f.Trigger) == i
		}) {
			// "spent $4.3 million supporting Whitcomb", "… to elect
			// Whitcomb": what the money was for, told in the gift.
			continue
		}
		if mt.Frame.Type == "support" && mt.Frame.POS == "VERB" && m.infinitive(i) && m.toks[i].Head >= 0 {
			if h := m.toks[i].Head; base(m.toks[i].Rel) == "advcl" || base(m.toks[i].Rel) == "xcomp" {
				spent := false
				for _, c := range m.children[h] {
					if b := base(m.toks[c].Rel); (b == "obj" || b == "obl") && (m.s.Money != nil && m.s.Money[c] || m.moneyBelow(c)) {
						spent = true
					}
				}
				if spent {
					continue
				}
			}
		}
		out = append(out, mt)
	}
	return out
}

// spentFor returns the clause that says what fund trigger i's money was
// spent for: a participle or an infinitive of promoting or electing hung
// on it, with an object ("spent $2 million supporting Whitcomb", "poured
// $5 million into the race to elect Ruiz"); -1 when none.
func (m *matcher) spentFor(i int) int {
	for _, c := range m.children[i] {
		if r := base(m.toks[c].Rel); (r == "advcl" || r == "xcomp") && m.toks[c].UPOS == "VERB" && (m.toks[c].XPOS == "VBG" || m.infinitive(c)) {
			if l := m.lemma(c); l == "help" || l == "try" {
				// "spent $5 million to help elect Okonkwo"
				if x := m.child(c, "xcomp"); x >= 0 {
					c = x
				}
			}
			if (promoteVerbs[m.lemma(c)] || electVerbs[m.lemma(c)]) && m.logicalObj(c) >= 0 {
				return c
			}
		}
	}
	return -1
}

// electVerbs put someone in office by vote.
var electVerbs = rules.WordClass("electVerbs")

// claimVerbs allege; unnamedClaimants are the people left unnamed who
// do (rules: claimVerbs, unnamedClaimants).
var claimVerbs, unnamedClaimants = rules.WordClass("claimVerbs"), rules.WordClass("unnamedClaimants")

// accuseVerbs charge someone with a doing, which the of-clause tells
// (rules: accuseVerbs).
var accuseVerbs = rules.WordClass("accuseVerbs")

// postNouns stand for a post whose name follows "of": "the role of
// chief technology officer".
var postNouns = rules.WordClass("postNouns")

// positionOverMeeting drops a meeting whose trigger also takes up a post
// it names: "will join Rhein-Main as chief operating officer" is a job,
// not a visit.
func positionOverMeeting(ms []Match) []Match {
	post := map[int]bool{}
	// joined[trigger] holds the person and organization of a post taken
	// without a role ("joined the Harare Chamber of Commerce").
	// (every such pair: "joined Harlow Foods from Brightmoor Dairy"
	// takes one post and leaves another)
	joined := map[int][][2]int{}
	for _, mt := range ms {
		if mt.Frame.Type == "position" && len(mt.Slots[Target]) > 0 {
			if mt.RoleFirst >= 0 && !mt.Slots[Target][0].Weak {
				// (an organization only said to announce it leaves a
				// meeting the word tells standing)
				post[mt.Trigger] = true
			} else if len(mt.Slots[Source]) > 0 {
				joined[mt.Trigger] = append(joined[mt.Trigger], [2]int{mt.Slots[Source][0].Entity, mt.Slots[Target][0].Entity})
			}
		}
	}
	if len(post) == 0 && len(joined) == 0 {
		return ms
	}
	out := ms[:0]
	for _, mt := range ms {
		if mt.Frame.Type == "meet" && post[mt.Trigger] {
			continue
		}
		if js, ok := joined[mt.Trigger]; ok && mt.Frame.Type == "meet" && len(mt.Slots[Actors]) == 2 {
			a, b := mt.Slots[Actors][0].Entity, mt.Slots[Actors][1].Entity
			if slices.ContainsFunc(js, func(j [2]int) bool { return a == j[0] && b == j[1] || a == j[1] && b == j[0] }) {
				continue // one joining an organization meets no one
			}
		}
		out = append(out, mt)
	}
	return out
}

// finiteRoot reports whether the sentence's root is a verb or has a
// copula: whether it has a main clause of its own.
func (m *matcher) finiteRoot() bool {
	for i, t := range m.toks {
		if t.Head < 0 {
			return t.UPOS == "VERB" || t.UPOS == "AUX" || m.child(i, "cop") >= 0
		}
	}
	return false
}

// leftSubject returns the entity standing before verb i as its subject,
// past adverbs and auxiliaries and past one parenthetical clause set off
// by commas, or -1.
func (m *matcher) leftSubject(i int) int {
	jumped := false
	for j := i - 1; j >= 0; j-- {
		t := m.toks[j]
		switch {
		case m.s.Entity[j] >= 0:
			// The first of coordinated names: "A and B, who …, met".
			for base(m.toks[j].Rel) == "conj" && m.toks[j].Head >= 0 && m.toks[j].Head < j && m.s.Entity[m.toks[j].Head] >= 0 {
				j = m.toks[j].Head
			}
			return j
		case t.UPOS == "ADV" || t.UPOS == "AUX" || t.UPOS == "PART" && !negWords[m.lemma(j)]:
			continue
		case t.Form == "," && !jumped:
			jumped = true
			k := j - 1
			for k >= 0 && m.toks[k].Form != "," {
				k--
			}
			if k < 0 {
				return -1
			}
			j = k
			continue
		}
		return -1
	}
	return -1
}

// logicalObj returns the logical object of verb i: its object, or its
// subject when passive, or the noun a relative clause or participle
// modifies when the clause lacks it.
func (m *matcher) logicalObj(i int) int {
	if t := m.toks[i]; t.XPOS == "VBN" && m.child(i, "aux", "aux:pass", "nsubj") < 0 && i >= 2 && m.toks[i-1].Form == "," && m.s.Entity[i-2] >= 0 &&
		(m.child(i, "nsubj:pass") < 0 || m.child(i, "nsubj:pass") == i-2) {
		// "Quispe, appointed last week as finance director of …, said":
		// a participle set off after a name is said of it (also with
		// the name read as its subject).
		return i - 2
	}
	if m.passive(i) {
		if c := m.entityChild(i, "nsubj:pass"); c >= 0 {
			return m.relative(i, c)
		}
		if r := m.toks[i].Rel; r == "acl" || r == "acl:relcl" {
			return m.toks[i].Head
		}
		if h := m.toks[i].Head; base(m.toks[i].Rel) == "advcl" && h >= 0 && h > i {
			// "Praised by Berg on Friday, Hayashi announced …": a
			// participle clause before its main clause is said of the
			// main clause's subject.
			return m.entityChildOnly(h, "nsubj")
		}
		if h := m.toks[i].Head; m.toks[i].Rel == "conj" && h >= 0 && h < i && m.passive(h) {
			// "was ousted … and replaced by Wójcik": the subject of the
			// passive it is conjoined to.
			if c := m.entityChild(h, "nsubj:pass"); c >= 0 {
				return m.relative(h, c)
			}
		}
		// "Raman was urged to …": the passive's subject in a conjunct.
		return -1
	}
	if c := m.entityChild(i, "obj"); c >= 0 {
		return m.relative(i, c)
	}
	// A name the parser hung from the verb by another relation where an
	// object belongs ("praised Pryce" read as a complement).
	if c := m.entityChildOnly(i, "xcomp", "iobj", "obl:unmarked", "dep", "ccomp"); c >= 0 && c > i {
		return c
	}
	// A name right after a misread verb, which the parser made its head,
	// or the noun it was read as modifying ("criticised Starmer's plans").
	if m.toks[i].XPOS == "VBN" && m.misreadFinite(i) && m.toks[i].Head > i {
		return m.toks[i].Head
	}
	// A name or pronoun right after the verb that the parser hung
	// elsewhere ("had insulted her repeatedly" with "her" read as a
	// possessive): an object stands there.
	if j := i + 1; j < len(m.toks) && (m.s.Entity[j] >= 0 || m.s.Speaker >= 0 && m.toks[j].UPOS == "PRON") && m.caseOf(j) == "" && (base(m.toks[j].Rel) != "nsubj" || m.twoSubjects(m.toks[j].Head)) {
		return j
	}
	if sb := m.child(i, "nsubj"); m.toks[i].Rel == "acl:relcl" && sb >= 0 && !m.isRelPronoun(sb) {
		// "the man she insulted": the modified noun is the object (but
		// not in "Saxby, who had threatened …", where it is the subject).
		return m.toks[i].Head
	}
	return -1
}

// twoSubjects reports whether verb h was given two subjects, one of them
// misread ("Vance's threat to sue Qureshi rattled the board" with
// "Qureshi" read as a second subject of "rattled").
func (m *matcher) twoSubjects(h int) bool {
	n := 0
	for _, c := range m.children[h] {
		if base(m.toks[c].Rel) == "nsubj" {
			n++
		}
	}
	return n > 1
}

// isRelPronoun reports whether token c is a relative pronoun ("who",
// "whom", "which", relative "that" — not the demonstrative "That
// goodwill").
func (m *matcher) isRelPronoun(c int) bool {
	switch m.toks[c].XPOS {
	case "WP", "WDT", "WP$":
		if m.lemma(c) == "that" {
			// "claimed that Marchetti had threatened Demir": a "that"
			// before its clause's own subject opens the clause.
			if h := m.toks[c].Head; h >= 0 {
				if s := m.child(h, "nsubj", "nsubj:pass"); s > c {
					return false
				}
			}
		}
		return relPronouns[m.lemma(c)]
	}
	return false
}

// appositionOf returns the named token that h, which names no one, is
// set beside as an apposition, or -1: "Henriksen, the 47-year-old
// Norwegian who was appointed manager" — the clause is of the one named.
func (m *matcher) appositionOf(h int) int {
	if a := m.toks[h].Head; a >= 0 && m.toks[h].Rel == "appos" && m.s.Entity[a] >= 0 {
		return a
	}
	return -1
}

// relative maps a relative pronoun c, a dependent of i, to the noun its
// relative clause modifies.
func (m *matcher) relative(i, c int) int {
	if !m.isRelPronoun(c) {
		return c
	}
	for j, depth := i, 0; j >= 0 && depth < 4; depth++ {
		if m.toks[j].Rel == "acl:relcl" {
			h := m.toks[j].Head
			if h >= 0 && m.s.Entity[h] < 0 {
				// "A and B are among those who …", "are two who …".
				if sb := m.predicateSubject(h); sb >= 0 {
					return sb
				}
				if a := m.appositionOf(h); a >= 0 {
					return a
				}
			}
			if h >= 0 && (m.toks[h].UPOS == "NOUN" || m.toks[h].UPOS == "PROPN" || m.s.Entity[h] >= 0) {
				return h
			}
			break // attached to a verb: find the noun before the pronoun
		}
		j = m.toks[j].Head
	}
	// The parser did not attach the clause as a relative one ("Bezos,
	// who contributed …" read as an adverbial clause): the antecedent
	// is the noun right before the pronoun.
	for j := c - 1; j >= 0 && j >= c-3; j-- {
		switch m.toks[j].UPOS {
		case "PUNCT":
			continue
		case "NOUN", "PROPN":
			return j
		}
		if m.s.Entity[j] >= 0 {
			return j
		}
		break
	}
	return c
}

// gapped returns the matches a clause with its verb left out adds: "met
// Al-Sayed on Monday and Malhotra on Wednesday", "made peace with Chou in
// May and with Quintero in June" — a name coordinated with the time of
// the trigger's phrase is a second occasion, with the name in place of
// the one stated before that time (the GUIDE: separate occasions are
// separate events).
func (m *matcher) gapped(mt Match) []Match {
	var out []Match
	for _, h := range m.subtree(mt.Trigger) {
		if h == mt.Trigger || !timeWord(m.toks[h].Form) {
			continue
		}
		for _, c := range m.children[h] {
			if m.toks[c].Rel != "conj" || m.s.Entity[c] < 0 {
				continue
			}
			// The filler stated nearest before the time, other than the
			// subject, is the one the gapped name parallels.
			slot, at := "", -1
			for sl, fs := range mt.Slots {
				for k, f := range fs {
					if f.Tok < h && f.Tok > mt.Trigger && (at < 0 || f.Tok > mt.Slots[slot][at].Tok) {
						slot, at = sl, k
					}
				}
			}
			if at < 0 {
				continue
			}
			g := mt
			g.Slots = map[string][]Filler{}
			for sl, fs := range mt.Slots {
				g.Slots[sl] = append([]Filler(nil), fs...)
			}
			g.Slots[slot][at] = Filler{Entity: m.s.Entity[c], Tok: c}
			g.Gifts = nil
			for k := c + 1; k < len(m.toks) && k <= c+4; k++ {
				if timeWord(m.toks[k].Form) {
					g.When = k
					break
				}
			}
			out = append(out, g)
		}
	}
	return out
}

// timeWord reports whether w names a day, a month or a year.
func timeWord(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w == d.String() {
			return true
		}
	}
	for mo := time.January; mo <= time.December; mo++ {
		if w == mo.String() {
			return true
		}
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		_, err := strconv.Atoi(w)
		return err == nil
	}
	return false
}

// timeOfRole are words that say when someone holds a role, not which.
var timeOfRole = rules.WordClass("timeOfRole")

// ordinals count holders of a role ("the first female sheriff"): no part
// of the role before a word of the holder's kind.
var ordinals = map[string]bool{"first": true, "second": true, "third": true}

// roleEpithets judge a role's holder ("the embattled chief executive").
var roleEpithets = rules.WordClass("roleEpithets")

// occasionParticiple reports whether token i is a participle the parser
// hung from a verb though it describes that verb's object, an occasion
// ("attended a dinner honoring Obi"): the occasion honors, not the
// verb's subject.
func (l *Lexicon) occasionParticiple(m *matcher, i int) bool {
	t := m.toks[i]
	if t.XPOS != "VBG" || base(t.Rel) != "advcl" || t.Head < 0 {
		return false
	}
	for _, o := range m.children[t.Head] {
		if base(m.toks[o].Rel) != "obj" || o >= i || i-o > 2 || m.toks[o].UPOS != "NOUN" {
			continue
		}
		for _, f := range l.frames(m.toks[o]) {
			if f.Type == "meet" && f.POS == "NOUN" {
				return true
			}
		}
	}
	return false
}

// occasionParties returns who a meeting noun's participle says the
// occasion was for or given by: "a dinner honoring Obi", "a reception
// hosted by Obi", also with the participle misread as hanging from the
// verb that governs the noun ("attended a dinner honoring Obi").
func (m *matcher) occasionParties(i, gov int) []Filler {
	var out []Filler
	cands := slices.Clone(m.children[i])
	if gov >= 0 {
		for _, c := range m.children[gov] {
			if base(m.toks[c].Rel) == "advcl" && c > i && c <= i+2 && m.toks[c].XPOS == "VBG" {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range cands {
		if r := base(m.toks[c].Rel); r != "acl" && r != "advcl" || m.toks[c].UPOS != "VERB" || r == "advcl" && m.toks[c].Head == i {
			continue
		}
		if JudgementVerb(m.lemma(c)) || m.child(c, "ccomp") >= 0 {
			continue // "an interview saying the CEO is …": words, not guests
		}
		if m.toks[c].XPOS == "VBN" {
			if a := m.agent(c); a >= 0 {
				out = append(out, m.resolveAs(a, false)...)
			}
		} else if m.toks[c].XPOS == "VBG" {
			out = append(out, m.resolveAs(m.entityChildOnly(c, "obj"), false)...)
		}
	}
	return out
}

// thankVerbs thank someone for what they did (rules: thankVerbs).
var thankVerbs = rules.WordClass("thankVerbs")

// receives reports whether the verb governing noun trigger mt makes its
// subject the one the noun's act lands on ("received a donation", "came
// under attack", "came in for criticism") rather than its doer ("came to
// the defense of …").
func (m *matcher) receives(mt *Match) bool {
	g := m.lemma(mt.Governor)
	if g == "come" {
		c := m.caseOf(mt.Trigger)
		return c == "under" || c == "for"
	}
	switch g {
	case "have":
		// "has the backing of the union" (not "has praise for her", "has
		// harsh criticism of him")
		return mt.Frame.Type == "support" && m.marked(mt.Trigger, "of") >= 0 && m.marked(mt.Trigger, "for") < 0 && m.child(mt.Trigger, "nmod:poss") < 0
	case "announce", "unveil", "celebrate", "welcome", "acknowledge", "thank", "credit", "hail", "salute":
		// "Pemberton College announced a $40 million donation from
		// Crane", "thanked Adebayo for her generous donation": a gift
		// from another lands on the one who tells of it.
		return mt.Frame.Type == "fund" && (m.marked(mt.Trigger, "from") >= 0 || m.marked(mt.Governor, "from") >= 0 || m.child(mt.Trigger, "nmod:poss") >= 0)
	case "secure", "keep", "retain", "collect", "gain", "garner", "land":
		// "secured Reyes's endorsement", "gained the endorsement of the
		// union" (not "kept up its criticism of her", "secured funding
		// for her campaign"): only when one named gives it.
		p := m.child(mt.Trigger, "nmod:poss")
		return p >= 0 && m.toks[p].UPOS != "PRON" || m.marked(mt.Trigger, "of") >= 0 && mt.Frame.Type == "support" && p < 0 && g != "keep" && g != "retain"
	}
	return receiveVerbs[g]
}

// governor returns the verb whose object (or oblique) noun trigger i is,
// the verb that lends the noun its subject: "made a donation", "held
// talks", "at a dinner with …" for meetings. Else -1.
func (m *matcher) governor(i int, f *Frame) int {
	t := m.toks[i]
	if t.UPOS != "NOUN" {
		return -1
	}
	if v := m.relativeLightVerb(i); v >= 0 {
		return v // "the $50 million pledge he made to Eastbrook"
	}
	if t.Head < 0 {
		return -1
	}
	h := t.Head
	if m.toks[h].UPOS == "NOUN" && measureNouns[m.lemma(h)] && base(t.Rel) == "nmod" && m.caseOf(i) == "of" && m.toks[h].Head >= 0 {
		// "held two hours of talks with …", "a second round of talks":
		// the measure stands where the noun would.
		i, t = h, m.toks[h]
		h = t.Head
	}
	g := m.lemma(h)
	if (m.toks[h].UPOS == "NOUN" || m.toks[h].UPOS == "ADJ") && m.child(h, "cop") >= 0 && f.Type == "meet" && m.caseOf(i) == "at" {
		// "was a guest at a reception hosted by …", "was present at
		// the dinner": the one said to be there.
		return h
	}
	if m.toks[h].UPOS == "ADJ" && m.child(h, "cop") >= 0 && base(t.Rel) == "obl" {
		// "was full of praise for …", "was generous with support":
		// the one the adjective is said of does what the noun names.
		if c := m.caseOf(i); c == "of" || c == "with" || c == "in" {
			return h
		}
	}
	if m.toks[h].UPOS != "VERB" && m.toks[h].UPOS != "AUX" {
		return -1
	}
	rel := base(t.Rel)
	if t.Rel == "obl:unmarked" {
		rel = "obj" // an object the parser took for a bare oblique
	}
	switch rel {
	case "ccomp", "xcomp", "advcl", "dep":
		if m.caseOf(i) != "" {
			rel = "obl" // "… during a meeting with …" read as a clause
		}
	}
	switch rel {
	case "obj":
		// "made a donation", "heaped praise on", "lavished praise": the
		// verb's subject does what the noun names — unless the verb
		// reports, judges or undoes someone else's doing ("criticized
		// the donation", "denied the meeting").
		if !othersDoing[g] {
			return h
		}
		if g == "show" && m.child(i, "nmod:poss") < 0 && m.entityChild(h, "nsubj") >= 0 {
			// "Khan showed open hostility toward …": a person shows
			// their own (records show others' doings).
			return h
		}
	case "nsubj":
		if m.passive(h) && t.Rel != "nsubj:pass" {
			return -1
		}
	case "obl":
		// "at a dinner with …", "came to the defense of …", "spoke out
		// in support of …" — but not someone else's occasion before or
		// after the verb's ("met Voss ahead of Halvorsen's negotiations").
		if m.otherTime(i) && m.child(i, "nmod:poss") >= 0 {
			return -1
		}
		if c := m.caseOf(i); f.Type == "meet" || c == "to" || c == "in" || c == "under" {
			return h
		}
	}
	if t.Rel == "nsubj:pass" && !othersDoing[g] && !receiveVerbs[g] {
		// "A $3,300 contribution … was made by Vandermo": the passive's
		// agent does what the noun names (but "was received by" the
		// one it is for).
		return h
	}
	return -1
}

// decidedNouns tell of a doing decided and done, which their infinitive
// names ("the decision to endorse", "the move to fire"); nouns of plans,
// bids and threats tell of one not done.
var decidedNouns = rules.WordClass("decidedNouns")

// relativeLightVerb returns the verb of a relative clause on noun i
// whose gapped object the noun is, when the verb does what the noun names
// ("the $50 million pledge he made to Eastbrook", "the support she
// offered Ruiz"): active, with a subject and no object of its own, and
// no verb of reporting, judging or undoing someone else's doing ("the
// donation he criticized"); else -1.
func (m *matcher) relativeLightVerb(i int) int {
	for _, v := range m.children[i] {
		if m.toks[v].Rel != "acl:relcl" || m.toks[v].UPOS != "VERB" || m.passive(v) || othersDoing[m.lemma(v)] {
			continue
		}
		if m.child(v, "obj") >= 0 && m.toks[m.child(v, "obj")].UPOS != "PRON" {
			continue // (an object of its own; "that" as the object is the noun)
		}
		if s := m.child(v, "nsubj"); s >= 0 && m.toks[s].XPOS != "WDT" && m.toks[s].XPOS != "WP" {
			return v
		}
	}
	return -1
}

// remarkAmongOthers reports whether verb g, a word of praise or attack,
// is said of its object at occasion i, which names others by its
// with-phrase: "criticized Park during a town hall meeting with voters"
// — Park need not have been there (but "confronted Kessler during a
// meeting with local leaders" puts him there).
func (m *matcher) remarkAmongOthers(i, g int) bool {
	w := m.marked(i, "with")
	if w < 0 || len(m.resolveAs(w, false)) > 0 || m.lex == nil || faceToFaceVerbs[m.lemma(g)] {
		return false
	}
	return m.lex.HasType(m.lemma(g), "oppose", "VERB") || m.lex.HasType(m.lemma(g), "support", "VERB")
}

// faceToFaceVerbs are done to someone there ("confronted", "greeted").
var faceToFaceVerbs = rules.WordClass("faceToFaceVerbs")

// measureNouns measure out a doing named by their of-phrase ("two hours
// of talks", "a round of meetings").
var measureNouns = rules.WordClass("measureNouns")

// otherTime reports whether noun i is marked as coming before or after
// what governs it: "before", "after", "since", "following", "until",
// "ahead of", "prior to".
func (m *matcher) otherTime(i int) bool {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) != "case" {
			continue
		}
		switch m.lemma(c) {
		case "before", "after", "since", "following", "until", "till":
			return true
		case "of", "to":
			if k := c - 1; k >= 0 && (m.lemma(k) == "ahead" || m.lemma(k) == "prior") {
				return true
			}
		}
	}
	return false
}

// described returns the one a noun trigger describes: the name it
// stands before or beside ("donor George Soros", "Raman, a donor to …",
// "a donor, Raman,") or the subject it is predicated of ("Raman is a
// donor to …"); else -1.
func (m *matcher) described(i int) int {
	t := m.toks[i]
	if h := t.Head; h >= 0 && m.s.Entity[h] >= 0 {
		switch base(t.Rel) {
		case "compound", "appos", "amod", "flat", "nmod":
			return h
		}
	}
	if a := m.child(i, "appos"); a >= 0 {
		return a
	}
	if m.child(i, "cop") >= 0 {
		return m.child(i, "nsubj")
	}
	if h := t.Head; h >= 0 && m.toks[h].UPOS == "VERB" && !m.negated(h) {
		// "became a major donor to …", "emerged as a leading critic of
		// …", "remains among the biggest backers of …": a verb of being
		// predicates the noun of its subject (but "praised him as a
		// champion of …" describes the one praised).
		r, c := base(t.Rel), m.caseOf(i)
		if (r == "xcomp" || r == "obj") && beingVerbs[m.lemma(h)] || r == "obl" && (c == "as" || c == "among") && m.child(h, "obj") < 0 {
			return m.logicalSubj(h)
		}
	}
	if n := m.identifiedAs(i); n >= 0 {
		return n // "The largest donor to the PAC was Zielińska"
	}
	if h := t.Head; h >= 0 && base(t.Rel) == "nmod" && m.caseOf(i) == "of" && partitives[m.lemma(h)] {
		// "Mbeki, one of Whitaker's most vocal critics": one of those
		// described is.
		if d := m.described(h); d >= 0 {
			return d
		}
	}
	for _, c := range m.children[i] {
		// "Whitaker's critics, including Mayor Tom Bell, …"
		if base(m.toks[c].Rel) == "nmod" && m.s.Entity[c] >= 0 && (m.caseOf(c) == "include" || m.caseOf(c) == "like") {
			return c
		}
	}
	if h := t.Head; h >= 0 && base(t.Rel) == "nsubj" && m.lemma(h) == "include" && !m.negated(h) {
		// "Whitaker's donors include Mbeki and Kamau"
		if o := m.entityChild(h, "obj"); o >= 0 {
			return o
		}
	}
	// "Billionaire backer of Trump, Timothy Mellon, …" with the name set
	// beside the description's head.
	for _, h := range []int{i, t.Head} {
		if h >= 0 {
			if a := m.entityChildOnly(h, "appos", "list", "parataxis"); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// pressOccasion reports whether noun i is an occasion of speaking to the
// press ("interview", "briefing"), or one the press or the news names
// ("a news conference", "a press event"): the one spoken of there was
// not met there.
func (m *matcher) pressOccasion(i int) bool {
	if pressOccasions[m.lemma(i)] {
		return true
	}
	for _, c := range m.children[i] {
		if m.toks[c].Rel == "compound" && pressWords[m.lemma(c)] {
			return true
		}
	}
	return false
}

// attackNouns are attacks whose of-phrase names the one attacked, not
// their author ("criticism of Vale") (rules: attackNouns).
var attackNouns = rules.WordClass("attackNouns")

// pressWords name the press ("news", "press", "media").
var pressWords = rules.WordClass("pressWords")

// fill returns the entities path p of trigger i finds for slot.
func (m *matcher) fill(i int, f *Frame, mt *Match, slot, p string) []Filler {
	var toks []int
	add := func(t int) {
		if t >= 0 {
			toks = append(toks, t)
		}
	}
	noun := m.toks[i].UPOS == "NOUN"
	switch p {
	case "subj":
		if noun {
			if g := mt.Governor; g >= 0 && m.passive(g) && m.agent(g) < 0 && m.caseOf(i) == "in" {
				// "is locked in a feud with …", "was embroiled in a
				// dispute with …": a state the passive's subject is in.
				add(m.entityChild(g, "nsubj:pass"))
			} else if mt.Governor >= 0 && !m.receives(mt) && (!agentNoun(f, slot) || beingVerbs[m.lemma(mt.Governor)]) {
				// (an agent noun only through a verb of being:
				// "became a donor to …", not "reassured his backers")
				add(m.logicalSubj(mt.Governor))
			} else if c := m.child(i, "nsubj"); c >= 0 {
				add(c) // "It was a meeting of …": copular subject
			}
		} else {
			add(m.logicalSubj(i))
			if len(toks) == 0 && f.Type == "fund" && m.passive(i) {
				// "was financed with $1.2 million from Tanabe"
				add(m.marked(i, "from"))
			}
		}
		if len(toks) == 0 && m.s.Speaker >= 0 && m.child(i, "nsubj") < 0 && m.toks[i].Head < 0 {
			return []Filler{{Entity: m.s.Speaker, Tok: i, Weak: true}}
		}
	case "obj":
		if o, lo := m.child(i, "iobj"), m.logicalObj(i); o >= 0 && lo >= 0 && (nameVerbs[m.lemma(i)] || appointVerbs[m.lemma(i)]) && f.Type == "position" && m.s.Entity[lo] < 0 {
			// "named her its new chair" with the role the object: the
			// one named is the indirect object.
			add(o)
			break
		}
		add(m.logicalObj(i))
	case "iobj":
		add(m.child(i, "iobj"))
		if m.child(i, "iobj") < 0 && m.passive(i) && m.child(i, "obj") >= 0 {
			// "the PAC was given $500,000 by Fairfax": a passive that
			// keeps its object has the indirect object for subject.
			add(m.entityChild(i, "nsubj:pass"))
		}
	case "poss":
		// (an "its" or "their" that names no one leaves the slot to the
		// governing verb's subject: "the union threw its support behind
		// …")
		// (a noun conjunct with no determiner of its own shares the
		// first's possessor: "his former ally and key campaign donor")
		c := m.child(i, "nmod:poss")
		if h := m.toks[i].Head; c < 0 && noun && m.toks[i].Rel == "conj" && h >= 0 && h < i && m.toks[h].UPOS == "NOUN" && m.child(i, "det") < 0 {
			c = m.child(h, "nmod:poss")
		}
		if c >= 0 && m.s.Entity[c] < 0 && m.toks[c].UPOS == "NOUN" && !(m.s.RoleWord != nil && m.s.RoleWord(m.lemma(c))) && !(m.s.KindWord != nil && m.s.KindWord(m.lemma(c))) &&
			f.Type == "support" && mt.Governor >= 0 && offerVerbs[m.lemma(mt.Governor)] && m.child(mt.Governor, "obj") == i {
			// "pledged the federation's full support to the dockers":
			// a body no name stands for offers its backing through the
			// one who pledges it (not a person: "voiced the governor's
			// support" is the governor's).
			c = -1
		}
		if c >= 0 && (m.s.Entity[c] >= 0 || m.toks[c].UPOS != "PRON" || m.s.Speaker >= 0 || m.relativeAntecedent(c) >= 0 || len(m.groupAntecedent(c)) >= 2) {
			// ("their joint news conference": the group "their" stands
			// for)
			add(c)
		}
		if noun && len(toks) == 0 && m.s.Speaker >= 0 && slot != Target {
			// "Had a lovely dinner with …" in a post: its author's.
			if h := m.toks[i].Head; h >= 0 && m.child(h, "nsubj") < 0 && m.toks[h].Head < 0 || h < 0 && m.child(i, "nsubj") < 0 {
				return []Filler{{Entity: m.s.Speaker, Tok: i, Weak: true}}
			}
		}
		if noun && len(toks) == 0 && mt.Governor >= 0 && slot != Target && !m.receives(mt) && !(f.Type == "position" && m.orgAt(m.logicalSubj(mt.Governor))) {
			// (not the firm that "announced the appointment of …")
			add(m.logicalSubj(mt.Governor))
		}
		if noun && len(toks) == 0 && slot != Target {
			// "She had breakfast with …" parsed with the noun as the
			// predicate: its subject is the one who had it.
			add(m.entityChild(i, "nsubj"))
		}
	case "compound":
		for _, c := range m.children[i] {
			if m.toks[c].Rel == "compound" {
				add(c)
			}
		}
		if h := m.toks[i].Head; len(toks) == 0 && h >= 0 && m.toks[i].Rel == "compound" {
			// "Trump donor George Soros": modifiers of one name side by side.
			for _, c := range m.children[h] {
				if c < i && m.toks[c].Rel == "compound" && m.s.Entity[c] >= 0 && m.s.Entity[c] != m.s.Entity[h] {
					add(c)
				}
			}
		}
	case "clause":
		// "alleges that developer Calloway steered applicants away":
		// the subject of the clause the trigger governs, whatever it
		// says, unless denied.
		if c := m.child(i, "ccomp"); c >= 0 && !m.negated(c) {
			add(m.entityChild(c, "nsubj"))
		}
	case "described":
		add(m.described(i))
	case "xcomp":
		add(m.child(i, "xcomp"))
	case "that":
		// "was optimistic that Navarro would turn the company around":
		// the subject of the clause the trigger governs, when the clause
		// says nothing against it.
		if c := m.child(i, "ccomp"); c >= 0 && !m.negated(c) && !m.attacks(c) {
			add(m.entityChild(c, "nsubj"))
		}
	default:
		if p == "by" && m.passive(i) {
			break
		}
		x := m.marked(i, p)
		if f.Type == "fund" && x >= 0 && m.s.Entity[x] < 0 && (documentNouns[m.lemma(x)] || documentNouns[strings.ToLower(m.toks[x].Form)]) {
			// "spent $1.2 million on digital ads boosting Keane's
			// bid": money spent on ads that promote someone goes to
			// them.
			// (the participle may hang on the verb, right after the ads)
			for _, a := range append(append([]int{}, m.children[x]...), m.children[i]...) {
				if r := base(m.toks[a].Rel); (r == "acl" || r == "advcl" && a > x) && m.toks[a].XPOS == "VBG" && promoteVerbs[m.lemma(a)] {
					if o := m.child(a, "obj"); o >= 0 {
						x = o
						break
					}
				}
				if r := base(m.toks[a].Rel); m.toks[a].Head == x && (r == "nmod" || r == "obl") && m.caseOf(a) == "for" && (m.s.Entity[a] >= 0 || campaignNouns[m.lemma(a)]) && len(m.resolve(a)) > 0 {
					x = a // "spent $750,000 on advertising for Salcedo's campaign" (not "for his restaurant chain")
					break
				}
			}
		}
		if x >= 0 && m.toks[x].UPOS == "VERB" && m.s.Entity[x] < 0 {
			// "complained about Voss breaking his promises": the
			// clause's subject is the one it is about (but "with Stamper
			// acting as a go-between" names a helper, no party).
			if l := m.lemma(x); l == "act" || l == "serve" {
				x = -1
			} else {
				x = m.entityChild(x, "nsubj")
			}
		}
		if x >= 0 && len(m.resolve(x)) == 0 {
			// "spent $750,000 on mailers … on behalf of Crane": a later
			// phrase with the same preposition may name someone.
			for _, c := range m.children[i] {
				if c > x && base(m.toks[c].Rel) == "obl" && m.caseOf(c) == p && len(m.resolve(c)) > 0 {
					x = c
					break
				}
			}
		}
		if x >= 0 && legalType(f) && m.forum(x, p) {
			x = -1 // "filed suit in Tokyo District Court": where the case is heard
		}
		if x >= 0 && len(m.resolve(x)) == 0 && (timeWord(m.toks[x].Form) || timeNouns[m.lemma(x)]) {
			// "served notice on Reyes on Monday": a time with the same
			// preposition, read first, names no one; the phrase may hang
			// from a word of the trigger.
			x = -1
		}
		add(x)
		if len(toks) == 0 {
			// "stepped away from DOGE", "lashed out at …": the phrase may
			// hang from the particle.
			for _, c := range m.children[i] {
				if r := m.toks[c].Rel; r == "compound:prt" || r == "advmod" && (m.toks[c].UPOS == "ADV" || m.toks[c].UPOS == "ADP") {
					if x := m.marked(c, p); x >= 0 {
						add(x)
						break
					}
					if r == "compound:prt" && m.lemma(c) == p {
						// "turned on her ally Varga" with the preposition
						// read as a particle: the bare oblique after it.
						for _, o := range m.children[i] {
							if o > c && base(m.toks[o].Rel) == "obl" && m.child(o, "case") < 0 {
								add(o)
								break
							}
						}
					}
				}
			}
		}
		if len(toks) == 0 && mt.Governor >= 0 {
			if x := m.marked(mt.Governor, p); x < 0 || !legalType(f) || !m.forum(x, p) {
				add(x)
			}
		}
		if h := m.toks[i].Head; len(toks) == 0 && noun && slot == Target && h >= 0 && base(m.toks[i].Rel) == "nsubj" && giveVerbs[m.lemma(h)] && m.toks[h].UPOS == "VERB" {
			// "The endorsement from Haddad gives Ocampo a boost": what
			// the noun gives goes to the one it is for.
			add(m.entityChildOnly(h, "iobj"))
		}
		if len(toks) == 0 && noun && slot == Target && mt.Governor >= 0 && giveVerbs[m.lemma(mt.Governor)] && base(m.toks[i].Rel) == "obj" {
			// "gave coach Zelenka a vote of confidence", "handed Ruiz
			// her endorsement": the one given it.
			add(m.entityChildOnly(mt.Governor, "iobj", "obj"))
		}
		if len(toks) == 0 && noun && p != "of" {
			// "her seal of approval to Marin": the phrase may hang from
			// the noun's of-phrase.
			if o := m.marked(i, "of"); o >= 0 && m.s.Entity[o] < 0 && m.toks[o].UPOS == "NOUN" {
				add(m.marked(o, p))
			}
		}
		if len(toks) == 0 && noun {
			// "a suit filed by Delacroix against Obi", "a tribute
			// published by …": the participle's phrases are the noun's.
			for _, c := range m.children[i] {
				if base(m.toks[c].Rel) == "acl" && m.toks[c].XPOS == "VBN" {
					if x := m.marked(c, p); x >= 0 {
						add(x)
						break
					}
				}
			}
		}
		if len(toks) == 0 && !noun {
			// "brokered a truce between A and B", "arranged a meeting
			// with B", "went to bat for B", "spoke by phone with B": the
			// phrase hangs from the verb's object, a word of the trigger,
			// or (for a meeting) the means or occasion it was held by.
			for _, c := range m.children[i] {
				byMeans := undirectedType(f.Type) && base(m.toks[c].Rel) == "obl" && (m.caseOf(c) == "by" || m.caseOf(c) == "over" || m.caseOf(c) == "on")
				if (m.toks[c].Rel == "obj" || f.ExtraWord(m.lemma(c)) || byMeans) && m.s.Entity[c] < 0 {
					if x := m.marked(c, p); x >= 0 {
						add(x)
						break
					}
				}
			}
		}
		if len(toks) == 0 && !noun && m.passive(i) && slices.ContainsFunc(m.children[i], func(c int) bool { return m.toks[c].Rel == "compound:prt" && m.lemma(c) == p }) {
			// "the campaign was paid for by Holt": the passive's subject
			// is the object its stranded preposition lost.
			add(m.logicalObj(i))
		}
		if len(toks) == 0 && p == "between" {
			// "a call between A and B": "between" may hang from A.
			for _, c := range m.children[i] {
				if b := base(m.toks[c].Rel); b == "nmod" || b == "obl" {
					for _, cc := range m.children[c] {
						if m.lemma(cc) == "between" || m.lemma(cc) == "among" {
							add(c)
						}
					}
				}
			}
		}
	}
	var out []Filler
	// Only the one acted on may be reached through a possessor ("praised
	// Musk's work"); the actor must be named in the slot.
	descend := f.Type != "meet" && f.Type != "reconcile" && slot == Target
	for _, t := range toks {
		out = append(out, m.resolveAs(t, descend)...)
	}
	return out
}

// pressOccasions are occasions of speaking to the press: "defended Obi
// in an interview" was no interview with Obi (rules: pressOccasions).
var pressOccasions = rules.WordClass("pressOccasions")

// agentNoun reports whether f's slot names the one its noun describes
// ("donor", "critic"), not someone acting with the noun.
func agentNoun(f *Frame, slot string) bool {
	for _, group := range f.Slots[slot] {
		if slices.Contains(group, "described") {
			return true
		}
	}
	return false
}

// resolve returns the entities token t names: itself, its coordinated
// conjuncts, an appositive ("the banker, Ngozi Adeyemi"), or, weakly, the
// possessor or modifier of a noun that names none ("Raman's campaign").
func (m *matcher) resolve(t int) []Filler {
	return m.resolveAs(t, true)
}

// misconductNouns are wrongs an organization may be charged with, whose
// at-phrase names it (rules: misconductNouns).
var misconductNouns = rules.WordClass("misconductNouns")

// teamNouns are the people who work under someone, whose doings are
// that one's ("her team's work") (rules: teamNouns).
var teamNouns = rules.WordClass("teamNouns")

// resolveAs is resolve; a possessor or modifier stands for the noun
// only where descend is true (one criticizes Raman by criticizing her
// plan, but does not meet her by welcoming her nomination).
func (m *matcher) resolveAs(t int, descend bool) []Filler {
	if t < 0 || slices.Contains(m.resolving, t) {
		return nil
	}
	m.resolving = append(m.resolving, t)
	defer func() { m.resolving = m.resolving[:len(m.resolving)-1] }()
	var out []Filler
	var visit func(t int, depth int)
	visit = func(t int, depth int) {
		if depth > 4 {
			return
		}
		if n := m.named(t); n >= 0 {
			out = append(out, Filler{Entity: m.s.Entity[n], Tok: n})
		} else if w := m.lemma(t); m.s.Speaker >= 0 && m.toks[t].UPOS == "PRON" && (w == "i" || w == "me" || w == "we" || w == "us" || w == "my") {
			out = append(out, Filler{Entity: m.s.speakerAs(w), Tok: t})
		} else if w := strings.ToLower(m.toks[t].Form); m.s.Addressee >= 0 && m.s.Speaker >= 0 && m.toks[t].UPOS == "PRON" && (w == "you" || w == "your") {
			out = append(out, Filler{Entity: m.s.Addressee, Tok: t, Weak: true})
		} else if a := m.entityChildOnly(t, "appos", "flat", "nmod:desc", "list"); a >= 0 {
			// "the banker, Ngozi Adeyemi", "owner Rupert Murdoch", "former
			// rivals A, B and C" (with the names coordinated with it)
			visit(a, depth+1)
		} else if n := m.identifiedAs(t); n >= 0 {
			// "The senator who met Nakamura was Edith Barlow".
			out = append(out, Filler{Entity: m.s.Entity[n], Tok: n})
		} else if n := m.nameAfter(t); n >= 0 {
			// "to the super PAC Make America Great Again" with the name
			// set beside its description rather than under it.
			out = append(out, Filler{Entity: m.s.Entity[n], Tok: n})
		} else if x := m.standsFor(t); x >= 0 {
			visit(x, depth+1)
		} else if g := m.groupAntecedent(t); len(g) > 0 {
			// "A, B and C announced that they had settled their
			// differences": "they" are the names its clause reports.
			out = append(out, g...)
		} else if h := m.relativeAntecedent(t); h >= 0 && depth < 3 {
			// "Watanabe, whose lunch with Kobayashi …", "the super PAC
			// to which Malhotra pledged …": the noun the clause is of.
			visit(h, depth+1)
		} else if h := m.toks[t].Head; m.toks[t].Rel == "appos" && h >= 0 && h < t && m.s.Entity[h] >= 0 && (m.toks[t].UPOS == "NOUN" || m.toks[t].UPOS == "PROPN") {
			// "Forward Together, the super PAC": the name the
			// description is set beside (and those listed with it:
			// "A and B, the business partners who …").
			visit(h, depth+1)
		} else if f := m.marked(t, "for"); f >= 0 && m.toks[t].UPOS == "NOUN" && agentPlurals[strings.ToLower(m.toks[t].Form)] && m.named(f) >= 0 {
			// "Lawyers for Farahani sent …": those acting for someone
			// act as them.
			n := m.named(f)
			out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
		} else if ps := m.child(t, "nmod:poss"); ps >= 0 && m.toks[t].UPOS == "NOUN" && m.named(ps) >= 0 && (agentPlurals[strings.ToLower(m.toks[t].Form)] || bodyPeople[strings.ToLower(m.toks[t].Form)] && m.s.IsOrg != nil && m.s.IsOrg(m.s.Entity[m.named(ps)])) {
			// "the union's leaders accused …", "its officials said …",
			// "Okafor's lawyers sued …": those who act for a body or a
			// person act as them.
			n := m.named(ps)
			out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
		} else if b := m.bodyName(t); b >= 0 {
			// "the Millbrook school board and Okafor reached a
			// settlement": a body named by the organization before it is
			// that organization.
			out = append(out, Filler{Entity: m.s.Entity[b], Tok: b})
		} else if in := m.includedIn(t); in >= 0 {
			// "a coalition of lawmakers, including Sen. Chuck Schumer,
			// criticized …": the one named among them (and those named
			// with them: "leaders including Morozova and Khoury").
			out = append(out, Filler{Entity: m.s.Entity[in], Tok: in, Weak: true})
			for _, c := range m.children[in] {
				if base(m.toks[c].Rel) == "conj" && m.s.Entity[c] >= 0 {
					out = append(out, Filler{Entity: m.s.Entity[c], Tok: c, Weak: true})
				}
			}
		} else if descend && !rivalNouns[m.lemma(t)] && !otherPersonNouns[m.lemma(t)] {
			// (but "her rivals" are not she, nor "her predecessor")
			for _, c := range m.children[t] {
				if m.lemma(c) == "behalf" && base(m.toks[c].Rel) == "nmod" {
					visit(c, depth+1) // "spent $125,000 on ads on behalf of …"
				}
			}
			rels := []string{"nmod:poss", "compound", "nmod"}
			if of := m.marked(t, "of"); of >= 0 && m.named(of) >= 0 && (m.s.IsOrg == nil || !m.s.IsOrg(m.s.Entity[m.named(of)])) {
				// "the Senate campaign of Imani Carter": the person the
				// of-phrase names before the body a compound does.
				rels = []string{"nmod:poss", "nmod", "compound"}
			}
			found := false
			for _, rel := range rels {
				c := m.child(t, rel)
				if rel == "nmod" && misconductNouns[m.lemma(t)] {
					// "alleged safety lapses at Orbis", "fraud within the
					// agency": where the misconduct lies is whose it is
					// (else its of-phrase: "the corruption of the mayor").
					at := m.marked(t, "at")
					if at < 0 {
						at = m.marked(t, "within")
					}
					if h := m.toks[t].Head; at < 0 && h >= 0 && base(m.toks[t].Rel) == "obj" {
						at = m.marked(h, "at") // (the phrase hung on the verb)
					}
					if at >= 0 && m.named(at) >= 0 {
						c = at
					}
				}
				if c < 0 || rel == "nmod" && m.caseOf(c) != "of" && !(misconductNouns[m.lemma(t)] && (m.caseOf(c) == "at" || m.caseOf(c) == "within")) {
					continue
				}
				if rel == "nmod" && attackNouns[m.lemma(t)] {
					continue // "dismissed criticism of Fraser Group": its of-phrase is whom it attacks, not its author
				}
				n := m.named(c)
				if a := m.entityChildOnly(c, "appos"); n < 0 && a >= 0 {
					n = m.named(a) // "the campaign of his former teammate, Alessio Conti"
				}
				if n >= 0 {
					out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
					found = true
					break
				}
			}
			if c := m.child(t, "nmod:poss"); !found && c >= 0 && m.named(c) < 0 && teamNouns[m.lemma(c)] {
				// "lauded her team's work", "Ruiz's campaign's ads": what
				// one's team does is theirs.
				if p := m.child(c, "nmod:poss"); p >= 0 {
					if n := m.named(p); n >= 0 {
						out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
						found = true
					}
				}
			}
			if by := m.marked(t, "by"); !found && by >= 0 && m.toks[t].UPOS == "NOUN" && base(m.toks[by].Rel) == "nmod" {
				// "dismissed the allegations by Lucia Bena": the author
				// of what is judged, as its possessor would be.
				if n := m.named(by); n >= 0 {
					out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
					found = true
				}
			}
			for _, c := range m.children[t] {
				// "the allegations made by Lucia Bena", "the speech given
				// by Governor Hale": a participle's agent.
				if found || m.toks[t].UPOS != "NOUN" || base(m.toks[c].Rel) != "acl" || m.toks[c].XPOS != "VBN" || !makerVerbs[m.lemma(c)] {
					continue // (not "an estate owned by Vail": its owner made nothing)
				}
				if a := m.agent(c); a >= 0 {
					if n := m.named(a); n >= 0 {
						out = append(out, Filler{Entity: m.s.Entity[n], Tok: n, Weak: true})
						found = true
					}
				}
			}
		}
		for _, c := range m.children[t] {
			if m.toks[c].Rel == "conj" {
				visit(c, depth+1)
			}
			// "Trump and tech mogul Elon Musk" misread as a compound of
			// the second name holding the "and": a coordinated person.
			if m.toks[c].Rel == "compound" && c < t && m.s.Entity[c] >= 0 && m.s.Entity[c] != m.s.Entity[t] &&
				(m.s.IsOrg == nil || !m.s.IsOrg(m.s.Entity[c])) && (m.child(c, "cc") >= 0 || m.child(c, "conj") >= 0) {
				visit(c, depth+1)
			}
		}
	}
	visit(t, 0)
	return out
}

// otherPersonNouns name someone by their tie to the possessor, who is
// not they: "her predecessor stepped down" (rules: otherPersonNouns).
var otherPersonNouns = rules.WordClass("otherPersonNouns")

// bodyNouns, after an organization's name, are that organization.
var bodyNouns = rules.WordClass("bodyNouns")

// bodyName returns the organization's name that compound modifies noun t
// when t is a body that is the organization ("the Millbrook school
// board", "the Harwick city council"; not "the Senate campaign") or
// those who act for it ("Crestmark executives"), or -1.
func (m *matcher) bodyName(t int) int {
	if m.toks[t].UPOS != "NOUN" || !bodyNouns[m.lemma(t)] && !(orgPeople[m.lemma(t)] && m.toks[t].XPOS == "NNS") || m.s.IsOrg == nil || m.child(t, "nmod:poss") >= 0 || m.marked(t, "of") >= 0 {
		return -1
	}
	for _, c := range m.children[t] {
		if m.toks[c].Rel == "compound" && c < t && m.s.Entity[c] >= 0 && m.s.IsOrg(m.s.Entity[c]) {
			return c
		}
	}
	return -1
}

// orgPeople are those who act for an organization named before them, in
// the plural: "a bargaining session with Crestmark executives", "Tesla
// lawyers argued" (rules: orgPeople).
var orgPeople = rules.WordClass("orgPeople")

// advocate returns the verb of asking whose complement verb i is, when
// those it asks, if any, go unnamed: "urged voters to back Qureshi",
// "called on members to reject Vane" — the asker's own stance; else -1.
func (m *matcher) advocate(i int) int {
	h := m.toks[i].Head
	if h >= 0 && base(m.toks[i].Rel) == "acl" && m.infinitive(i) && m.s.Entity[h] < 0 && m.toks[h].UPOS == "NOUN" && (base(m.toks[h].Rel) == "obl" || base(m.toks[h].Rel) == "obj") {
		// "called on party members to vote for …" with the infinitive
		// hung on the ones asked.
		h = m.toks[h].Head
	} else if base(m.toks[i].Rel) != "xcomp" && !(base(m.toks[i].Rel) == "advcl" && m.infinitive(i)) {
		return -1
	}
	if h < 0 || !advocacyVerbs[m.lemma(h)] {
		return -1
	}
	for _, c := range m.children[h] {
		switch m.toks[c].Rel {
		case "obj", "iobj", "obl":
			if m.s.Entity[c] >= 0 || m.toks[c].UPOS == "PRON" && m.toks[c].Rel != "obl" {
				return -1
			}
		}
	}
	return h
}

// attacks reports whether the clause at c holds a word of attack.
func (m *matcher) attacks(c int) bool {
	for _, k := range m.subtree(c) {
		if rules.Stance(strings.ToLower(m.toks[k].Form)) < 0 {
			return true
		}
	}
	return false
}

// occurVerbs tell whether a doing happens ("the meeting did not take
// place"): their negation or modality is the doing's own.
var occurVerbs = rules.WordClass("occurVerbs")

// recountVerbs tell of a doing ("described an encounter with …").
var recountVerbs = rules.WordClass("recountVerbs")

// abandoned reports whether the intention at verb h is given up in a
// clause coordinated with it: "had planned to donate … but dropped the
// idea", "intended to run but abandoned the plan".
func (m *matcher) abandoned(h int) bool {
	for _, c := range m.children[h] {
		if m.toks[c].Rel == "conj" && m.toks[c].UPOS == "VERB" && (stopVerbs[m.lemma(c)] || abandonVerbs[m.lemma(c)]) {
			return true
		}
	}
	return false
}

// abandonVerbs give up an intention ("dropped the idea").
var abandonVerbs = rules.WordClass("abandonVerbs")

// rescueNouns, after "to", name a help given to their possessor ("rushed
// to her defense").
var rescueNouns = rules.WordClass("rescueNouns")

// advocacyVerbs ask others to do what they govern.
var advocacyVerbs = rules.WordClass("advocacyVerbs")

// giveVerbs hand what their object names to their indirect object.
var giveVerbs = rules.WordClass("giveVerbs")

// forSubject returns the subject of to-infinitive i that the parser
// hung on i's head h as an oblique with "for" ("called for Reyes to
// resign"), or -1 (ForSubject).
func (m *matcher) forSubject(h, i int) int { return ForSubject(m.toks, h, i) }

// ForSubject returns the subject of to-infinitive i of toks that the
// parser hung on i's head h as an oblique with "for" right before the
// "to" ("called for Reyes to resign", "pushed for the chairman to step
// down": Reyes resigns, not the one who called), or -1.
func ForSubject(toks []syntax.Token, h, i int) int {
	if i < 2 || !strings.EqualFold(toks[i-1].Form, "to") || toks[i-1].Head != i {
		return -1
	}
	o := i - 2
	if toks[o].Head != h || base(toks[o].Rel) != "obl" {
		return -1
	}
	for c := range toks {
		if toks[c].Head == o && base(toks[c].Rel) == "case" && strings.EqualFold(toks[c].Lemma, "for") {
			return o
		}
	}
	return -1
}

// slotHas reports whether a slot's groups of alternatives hold path p.
func slotHas(groups [][]string, p string) bool {
	for _, alts := range groups {
		if slices.Contains(alts, p) {
			return true
		}
	}
	return false
}

// namesRole reports whether tokens [first, last] hold a role word or a
// noun of a post ("chair", "the job of treasurer").
func (m *matcher) namesRole(first, last int) bool {
	for k := first; k <= last && k < len(m.toks); k++ {
		if m.s.RoleWord == nil || m.s.RoleWord(strings.ToLower(m.toks[k].Form)) || m.s.RoleWord(m.lemma(k)) || postNouns[m.lemma(k)] {
			return true
		}
	}
	return false
}

// controls reports whether verb h gives its object as the subject of its
// complement i: "urged Raman to resign", "had Kell back her up" — a
// causative only with a bare base form ("Had Bahrami backed her, …" is
// an inverted condition, not a causative).
func (m *matcher) controls(h, i int) bool {
	if !objectControl[m.lemma(h)] {
		return false
	}
	if causative[m.lemma(h)] {
		return m.toks[i].XPOS == "VB" && !m.infinitive(i)
	}
	if personControl[m.lemma(h)] {
		// "brought in Vik to replace her", not "brought her campaign to
		// Harlow to attack Vik": only one named or a kind of person
		o := m.child(h, "obj")
		return o >= 0 && (m.s.Entity[o] >= 0 || m.s.KindWord != nil && m.s.KindWord(m.lemma(o)))
	}
	return true
}

// causative verbs control their object only with a bare base form;
// personControl verbs only an object that names someone.
var (
	causative     = rules.WordClass("causative")
	personControl = rules.WordClass("personControl")
)

// standsFor returns the word that common noun t stands for as a party,
// or -1: an organization named before its kind ("the Green Dawn
// party"), a document's author ("A lawsuit filed by Fenwick accuses …"), a
// home's owner ("a visit to Chikwanha's farm"), a lawyer's or
// spokesperson's principal ("whose lawyers have threatened …"), a
// group's leader ("critics led by Ostrow"), the organization unnamed
// people come from ("executives from OpenAI"), or what a framing noun
// frames ("on behalf of Achterberg", "much of Fairweather's bid").
func (m *matcher) standsFor(t int) int {
	for _, f := range []func(int) int{m.documentAuthor, m.homeOf, m.principal, m.groupLeader, m.groupFrom, m.transparent, m.namedKind} {
		if x := f(t); x >= 0 {
			return x
		}
	}
	return -1
}

// documentAuthor returns who wrote, filed or sent document noun t: the
// filer filedBy finds ("filed a complaint that accuses …"), else, when t
// is a subject that acts, the agent, possessor or from-phrase that names
// its author ("A lawsuit filed by Fenwick accuses …", "a letter from
// Dunmore warned …"); or -1.
func (m *matcher) documentAuthor(t int) int {
	if a := m.filedBy(t); a >= 0 {
		return a
	}
	if !documentNouns[m.lemma(t)] || !strings.HasPrefix(m.toks[t].Rel, "nsubj") {
		return -1
	}
	for _, c := range m.children[t] {
		if base(m.toks[c].Rel) == "acl" && m.toks[c].XPOS == "VBN" {
			// (a name among the agents first: "filed by the watchdog
			// group Clean Capitol" read as two)
			for _, a := range m.children[c] {
				if m.toks[a].Rel == "obl:agent" && m.named(a) >= 0 {
					return a
				}
			}
			if a := m.agent(c); a >= 0 {
				return a
			}
		}
	}
	if p := m.child(t, "nmod:poss"); p >= 0 {
		return p
	}
	for _, p := range []string{"from", "by"} {
		if x := m.marked(t, p); x >= 0 {
			return x
		}
	}
	return -1
}

// filedBy returns the one who filed, sent or wrote document noun t: the
// logical subject of a verb of doing so that t is the object of
// ("Pruitt for Senate filed a complaint that accuses …"), or the subject
// of a relative clause of doing so on t ("criticized the letter that
// Brell sent"); or -1.
func (m *matcher) filedBy(t int) int {
	if !documentNouns[m.lemma(t)] {
		return -1
	}
	if v := m.toks[t].Head; v >= 0 && base(m.toks[t].Rel) == "obj" && authorVerbs[m.lemma(v)] && m.filed(v) {
		return m.logicalSubj(v)
	}
	for _, v := range m.children[t] {
		// "the letter that Brell sent": the subject of a relative
		// clause of filing on it
		if m.toks[v].Rel == "acl:relcl" && authorVerbs[m.lemma(v)] && !m.passive(v) && m.filed(v) {
			if c := m.entityChild(v, "nsubj"); c >= 0 && !m.isRelPronoun(c) {
				return c
			}
		}
	}
	return -1
}

// filed reports whether verb v of filing tells a filing done: not
// negated ("never filed the complaint"), nor in a clause that a verb of
// denial or refusal governs ("denied that he wrote the letter").
func (m *matcher) filed(v int) bool {
	for i, n := v, 0; i >= 0 && n < 4; i, n = m.toks[i].Head, n+1 {
		if m.negated(i) || i != v && negImplicatve[m.lemma(i)] {
			return false
		}
	}
	return true
}

// authorVerbs file, send or write a document (rules: authorVerbs).
var authorVerbs = rules.WordClass("authorVerbs")

// adSponsor returns who paid for or put out the ads at t, the subject
// of a verb of sponsoring they are the object or oblique of ("The super
// PAC has spent the cash on television ads attacking Aziz": the PAC
// attacks her), or -1.
func (m *matcher) adSponsor(t int) int {
	if !documentNouns[m.lemma(t)] || m.toks[t].UPOS != "NOUN" {
		return -1
	}
	v := m.toks[t].Head
	if v >= 0 && base(m.toks[t].Rel) == "nmod" && m.toks[v].UPOS == "NOUN" && base(m.toks[v].Rel) == "obj" {
		v = m.toks[v].Head // "used the cash on television ads …"
	} else if base(m.toks[t].Rel) != "obj" && base(m.toks[t].Rel) != "obl" {
		return -1
	}
	if v < 0 || !sponsorVerbs[m.lemma(v)] {
		return -1
	}
	if s := m.logicalSubj(v); s >= 0 && len(m.resolveAs(s, false)) > 0 {
		return s
	}
	return -1
}

// sponsorVerbs pay for or put out ads (rules: sponsorVerbs).
var sponsorVerbs = rules.WordClass("sponsorVerbs")

// promoteVerbs, as the participle after an ad, promote someone (rules:
// promoteVerbs).
var promoteVerbs = rules.WordClass("promoteVerbs")

// documentNouns are writings that speak for their authors.
var documentNouns = rules.WordClass("documentNouns")

// groupFrom returns the organization that people unnamed come from or
// stand for ("executives from OpenAI", "a delegation of Kestrel
// Mining", "officials at the ministry"), or -1.
func (m *matcher) groupFrom(t int) int {
	tk := m.toks[t]
	if tk.UPOS != "NOUN" || m.s.Entity[t] >= 0 {
		return -1
	}
	l := m.lemma(t)
	if governingBodies[l] || governingBodies[strings.ToLower(tk.Form)] {
		// "the Sentinel's editorial board endorsed …", "the board of
		// Kestrel Bank voted to …": an organization's governing body
		// acts for it.
		for _, x := range []int{m.child(t, "nmod:poss"), m.marked(t, "of")} {
			if x >= 0 && m.s.Entity[x] >= 0 && m.s.IsOrg != nil && m.s.IsOrg(m.s.Entity[x]) {
				return x
			}
		}
	}
	kind := m.s.KindWord != nil && m.s.KindWord(l) || m.s.RoleWord != nil && m.s.RoleWord(l)
	if !(kind && tk.XPOS == "NNS" || groupNouns[l]) {
		return -1
	}
	for _, p := range []string{"from", "of", "at"} {
		if x := m.marked(t, p); x >= 0 && m.s.Entity[x] >= 0 && m.s.IsOrg != nil && m.s.IsOrg(m.s.Entity[x]) {
			return x
		}
	}
	return -1
}

// governingBodies act for the organization they govern.
var governingBodies = rules.WordClass("governingBodies")

// homeOf returns the owner of the home or office noun t names ("her
// Lagos home", "the farm of Chikwanha"), or -1.
func (m *matcher) homeOf(t int) int {
	if m.toks[t].UPOS != "NOUN" || !homeNouns[m.lemma(t)] {
		return -1
	}
	if p := m.child(t, "nmod:poss"); p >= 0 && m.s.Entity[p] >= 0 {
		return p
	}
	if o := m.marked(t, "of"); o >= 0 && m.s.Entity[o] >= 0 {
		return o
	}
	if o := m.marked(t, "of"); o >= 0 && m.toks[o].UPOS == "NOUN" {
		// "the office of the mines minister, Helena Tavares": the one
		// set beside the noun
		if a := m.entityChildOnly(o, "appos"); a >= 0 {
			return a
		}
	}
	return -1
}

// homeNouns are where someone lives or works, to visit them.
var homeNouns = rules.WordClass("homeNouns")

// principal returns the one that noun t, a lawyer or spokesperson,
// acts for: its possessor, or through "whose" the noun its relative
// clause describes; else -1.
func (m *matcher) principal(t int) int {
	if m.toks[t].UPOS != "NOUN" || m.s.Entity[t] >= 0 || !agentNouns[m.lemma(t)] {
		return -1
	}
	p := m.child(t, "nmod:poss")
	if p < 0 {
		return -1
	}
	if m.lemma(p) != "whose" {
		if m.s.Entity[p] >= 0 {
			return p
		}
		return -1
	}
	for h, n := m.toks[t].Head, 0; h >= 0 && n < 4; h, n = m.toks[h].Head, n+1 {
		if m.toks[h].Rel == "acl:relcl" {
			if a := m.toks[h].Head; a >= 0 && m.s.Entity[a] >= 0 {
				return a
			}
			return -1
		}
	}
	return -1
}

// promptedBy returns the one whose act, told in a clause of "after" or
// "when" on word i or a verb above it (up to the first verb: "vowed to
// sue after …"), prompted a threat or attack that names no one: the
// clause's named subject, other than src.
func (m *matcher) promptedBy(i, src int) []Filler {
	heads := []int{i}
	for h := m.toks[i].Head; h >= 0 && len(heads) < 4; h = m.toks[h].Head {
		heads = append(heads, h)
		if m.toks[h].UPOS == "VERB" {
			break
		}
	}
	for _, h := range heads {
		for _, c := range m.children[h] {
			if base(m.toks[c].Rel) != "advcl" {
				continue
			}
			if mk := m.child(c, "mark"); mk < 0 || m.lemma(mk) != "after" && m.lemma(mk) != "when" {
				continue
			}
			if sb := m.entityChildOnly(c, "nsubj"); sb >= 0 {
				var out []Filler
				for _, f := range m.resolve(sb) {
					if f.Entity != src {
						f.Weak = true
						out = append(out, f)
					}
				}
				return out
			}
		}
	}
	return nil
}

// agentNouns act for someone else.
var agentNouns = rules.WordClass("agentNouns")

// campaignNouns are a candidate's run for office: money for one is for
// the candidate (rules: campaignNouns).
var campaignNouns = rules.WordClass("campaignNouns")

// speakerAs returns whom the speaker's own pronoun w (a lemma: "i",
// "we") names: "we" and "us" the one the speaker speaks for, if any.
func (s *Sentence) speakerAs(w string) int {
	if (w == "we" || w == "us") && s.We >= 0 {
		return s.We
	}
	return s.Speaker
}

// groupLeader returns who leads the unnamed people noun t names
// ("critics led by Ostrow", "shareholders organized by Corvus"), or -1.
func (m *matcher) groupLeader(t int) int {
	if m.toks[t].UPOS != "NOUN" || m.s.Entity[t] >= 0 || m.toks[t].XPOS != "NNS" && !groupNouns[m.lemma(t)] {
		return -1
	}
	for _, c := range m.children[t] {
		if base(m.toks[c].Rel) == "acl" && m.toks[c].XPOS == "VBN" && leadVerbs[m.lemma(c)] {
			if a := m.agent(c); a >= 0 && m.s.Entity[a] >= 0 {
				return a
			}
		}
	}
	return -1
}

// leadVerbs lead or gather a group: "led by", "organized by".
var leadVerbs = rules.WordClass("leadVerbs")

// attendVerbs put their subject at the occasion that is their object.
var attendVerbs = rules.WordClass("attendVerbs")

// groupNouns are bodies of people sent or led together.
var groupNouns = rules.WordClass("groupNouns")

// namedKind returns the organization's name that kind noun t is named
// by, as its compound ("The Green Dawn party criticized …", "the Orion
// group"), or -1.
func (m *matcher) namedKind(t int) int {
	if m.toks[t].UPOS != "NOUN" || m.s.IsOrg == nil || !orgKindNouns[m.lemma(t)] {
		return -1
	}
	for _, c := range m.children[t] {
		if m.toks[c].Rel == "compound" && c == t-1 && m.s.Entity[c] >= 0 && m.s.IsOrg(m.s.Entity[c]) {
			return c
		}
	}
	return -1
}

// orgKindNouns name a kind of organization a name may come before
// (rules: orgKindNouns).
var orgKindNouns = rules.WordClass("orgKindNouns")

// transparent returns the of-phrase or possessor that noun t stands for
// when t only measures or frames it ("behalf", "much", "part", "bulk"),
// or -1.
func (m *matcher) transparent(t int) int {
	if !transparentNouns[m.lemma(t)] {
		return -1
	}
	if o := m.marked(t, "of"); o >= 0 {
		return o
	}
	return m.child(t, "nmod:poss")
}

// transparentNouns frame or measure what their of-phrase names.
var transparentNouns = rules.WordClass("transparentNouns")

// groupAntecedent returns the names that plural pronoun t ("they",
// "them", "their") stands for when a clause above it has them as its
// coordinated subject, before the pronoun ("A and B said they had buried
// the hatchet"); else nil.
func (m *matcher) groupAntecedent(t int) (got []Filler) {
	if t > 0 && m.lemma(t) == "two" && strings.EqualFold(m.toks[t-1].Form, "the") && m.s.Entity[t] < 0 {
		// "Moreau, who once called Sharma a liar, said the two had
		// reconciled": the two people named nearest before it.
		if got := m.peopleBefore(t, 2, ""); len(got) == 2 {
			return got
		}
	}
	if m.s.Entity[t] < 0 && m.groupSize(t) == 2 && m.definitePeople(t) {
		// "Sá, a longtime friend of Menezes, said the two men had
		// spoken": exactly two people named before it in its sentence,
		// of the group noun's sex if it tells one.
		g := ""
		switch m.lemma(t) {
		case "man":
			g = "M"
		case "woman":
			g = "F"
		}
		if got := m.peopleBefore(t, 3, g); len(got) == 2 {
			return got
		}
	}
	if n := m.groupSize(t); m.s.Entity[t] < 0 && n > 0 && len(m.s.Pair) == n {
		// "The pair reconnected at …", "the two men", "both", "the
		// three": the people the sentence before spoke of.
		return m.pairFillers(t)
	}
	if m.toks[t].UPOS != "PRON" {
		return nil
	}
	switch m.lemma(t) {
	case "they", "them", "their", "themselves":
	default:
		return nil
	}
	defer func() {
		if len(got) == 0 && len(m.s.Pair) == 2 && !m.personBefore(t) {
			got = m.pairFillers(t)
		}
	}()
	for h, n := m.toks[t].Head, 0; h >= 0 && n < 6; h, n = m.toks[h].Head, n+1 {
		s := m.child(h, "nsubj")
		if s < 0 && m.toks[h].UPOS == "VERB" && m.child(h, "csubj", "expl") < 0 && m.misreadFinite(h) {
			// "…, A and B, co-founders of Loopcast, said they had …"
			// with the names left out of the clause: those before it.
			s = m.leftSubject(h)
		}
		if s < 0 || s >= t || s == t {
			continue
		}
		var got []Filler
		for _, f := range m.resolveAs(s, false) {
			if !slices.ContainsFunc(got, func(g Filler) bool { return g.Entity == f.Entity }) {
				got = append(got, Filler{Entity: f.Entity, Tok: f.Tok, Weak: true})
			}
		}
		if len(got) >= 2 {
			return got
		}
	}
	return nil
}

// spentTime reports whether verb i ("spend") has a span of time for its
// object: "spent eleven years as general counsel".
func (m *matcher) spentTime(i int) bool {
	o := m.child(i, "obj")
	return o >= 0 && (timeNouns[m.lemma(o)] || measureNouns[m.lemma(o)] || m.lemma(o) == "decade" || m.lemma(o) == "career")
}

// relativeAntecedent returns the noun a relative pronoun at t stands
// for ("whose", "which", "whom" in a relative clause), or -1.
func (m *matcher) relativeAntecedent(t int) int {
	switch m.lemma(t) {
	case "whose", "which", "whom", "who":
	default:
		return -1
	}
	if m.s.Entity[t] >= 0 {
		return -1
	}
	for j, n := m.toks[t].Head, 0; j >= 0 && n < 4; j, n = m.toks[j].Head, n+1 {
		if m.toks[j].Rel == "acl:relcl" {
			if h := m.toks[j].Head; h >= 0 && h < t && (m.toks[h].UPOS == "NOUN" || m.toks[h].UPOS == "PROPN") {
				return h
			}
			return -1
		}
	}
	// The parser did not read the clause as relative: the noun right
	// before the pronoun, its comma or its preposition ("Watanabe,
	// whose …", "the PAC to which …").
	k := t - 1
	if k >= 0 && (m.toks[k].Form == "," || m.toks[k].UPOS == "ADP") {
		k--
	}
	if k >= 0 && k < t-1 && (m.toks[k].UPOS == "NOUN" || m.toks[k].UPOS == "PROPN") {
		return k
	}
	return -1
}

// groupSize returns how many people already spoken of token t stands
// for, or 0: two for "the pair", "the duo", "the two", "both", "the two
// men", "both women"; three for "the three", "all three", "the trio",
// "the three executives".
func (m *matcher) groupSize(t int) int {
	d := t - 1
	for d > 0 && m.toks[d].UPOS == "ADJ" && m.toks[d].Head == t {
		d-- // "the former couple"
	}
	the := d >= 0 && (strings.EqualFold(m.toks[d].Form, "the") || strings.EqualFold(m.toks[d].Form, "all"))
	// (a bare number as a subject: "all three" with its "all" dropped)
	the = the || m.toks[t].UPOS == "NUM" && strings.HasPrefix(m.toks[t].Rel, "nsubj")
	switch m.lemma(t) {
	case "pair", "duo", "two", "couple":
		if the {
			return 2
		}
		return 0
	case "trio", "three":
		if the {
			return 3
		}
		return 0
	case "both":
		if m.toks[t].UPOS == "PRON" || m.toks[t].UPOS == "DET" && m.toks[t].Head < 0 {
			return 2
		}
		return 0
	case "each":
		// "each accused the other of lying": each of the two
		if h := m.toks[t].Head; strings.HasPrefix(m.toks[t].Rel, "nsubj") || h >= 0 && m.toks[h].UPOS == "VERB" && h > t {
			return 2 // (read as the verb's determiner)
		}
		return 0
	case "other":
		if the && t+1 < len(m.toks) && !(m.toks[t+1].UPOS == "NOUN" || m.toks[t+1].UPOS == "PROPN") {
			return 2 // "… the other of lying"
		}
		return 0
	}
	if m.toks[t].UPOS != "NOUN" || m.toks[t].XPOS != "NNS" {
		return 0
	}
	for _, c := range m.children[t] {
		switch l := m.lemma(c); {
		case l == "two" && m.toks[c].Rel == "nummod" || l == "both":
			return 2 // "the two men", "both leaders"
		case l == "three" && m.toks[c].Rel == "nummod":
			return 3 // "the three executives"
		}
	}
	onlyModified := true // by its article and modifiers ("the old adversaries", "the former business partners")
	for _, c := range m.children[t] {
		if r := m.toks[c].Rel; r != "det" && r != "amod" && !(r == "compound" && m.toks[c].UPOS == "NOUN" && m.s.Entity[c] < 0) {
			onlyModified = false
		}
	}
	modified := false // "the" before at most two modifiers
	for k := t - 1; k >= 1 && k >= t-2 && (m.toks[k].UPOS == "ADJ" || m.toks[k].UPOS == "NOUN" && m.s.Entity[k] < 0); k-- {
		modified = modified || strings.EqualFold(m.toks[k-1].Form, "the")
	}
	if onlyModified && t > 0 && m.toks[t-1].UPOS != "PROPN" && (the || modified) && m.s.KindWord != nil && m.s.KindWord(m.lemma(t)) {
		// "the sisters reconciled", "the rivals met": a plural kind of
		// person alone stands for the two spoken of before.
		return 2
	}
	return 0
}

// defenseVerbs defend someone (rules: defenseVerbs).
var defenseVerbs = rules.WordClass("defenseVerbs")

// peopleBefore returns up to limit distinct people named before token t
// in its sentence, nearest first; with gender set ("M", "F"), none of
// the other sex may be among them (then none is returned).
func (m *matcher) peopleBefore(t, limit int, gender string) []Filler {
	var got []Filler
	for k := t - 1; k >= 0 && len(got) < limit; k-- {
		e := m.s.Entity[k]
		if e < 0 || m.s.IsOrg != nil && m.s.IsOrg(e) || slices.ContainsFunc(got, func(g Filler) bool { return g.Entity == e }) {
			continue
		}
		if gender != "" && m.s.Gender != nil {
			if eg := m.s.Gender(e); eg != "" && eg != gender {
				return nil // "the two men" after a woman named
			}
		}
		got = append(got, Filler{Entity: e, Tok: k, Weak: true})
	}
	return got
}

// definitePeople reports whether group word t, of two, is definite and
// of people: "the pair", "both", "the two men", "both leaders" (not "two
// more witnesses", not "the two governments").
func (m *matcher) definitePeople(t int) bool {
	l := m.lemma(t)
	switch l {
	case "pair", "duo", "two", "couple", "both":
		return true
	}
	people := l == "man" || l == "woman" || l == "person" || rules.PersonNoun(l) || rules.PersonNounPlural(strings.ToLower(m.toks[t].Form)) ||
		m.s.KindWord != nil && m.s.KindWord(l)
	if !people {
		return false
	}
	for _, c := range m.children[t] {
		if cl := m.lemma(c); cl == "both" || cl == "the" && m.toks[c].Rel == "det" {
			return true
		}
	}
	return false
}

// pairFillers returns the sentence's Pair as fillers of token t.
func (m *matcher) pairFillers(t int) []Filler {
	got := make([]Filler, len(m.s.Pair))
	for i, e := range m.s.Pair {
		got[i] = Filler{Entity: e, Tok: t, Weak: true}
	}
	return got
}

// personBefore reports whether two people or more are named in the
// sentence before token t (then "they" may be them, not the pair of the
// sentence before; one person alone is no "they": "A mutual friend,
// Paolo Greco, brokered a truce between them").
func (m *matcher) personBefore(t int) bool {
	first := -1
	for k := 0; k < t; k++ {
		if e := m.s.Entity[k]; e >= 0 && (m.s.IsOrg == nil || !m.s.IsOrg(e)) {
			if first >= 0 && e != first {
				return true
			}
			first = e
		}
	}
	return false
}

// identifiedAs returns the name a copula identifies common noun t with,
// t being its subject ("the senator … was Edith Barlow"), or -1.
func (m *matcher) identifiedAs(t int) int {
	h := m.toks[t].Head
	if m.toks[t].UPOS != "NOUN" || base(m.toks[t].Rel) != "nsubj" || h < 0 || m.s.Entity[h] < 0 || m.child(h, "cop") < 0 {
		return -1
	}
	return h
}

// partitives stand for some of a described group: "one of her critics".
var partitives = rules.WordClass("partitives")

// nameAfter returns the name right after common noun t that the parser
// hung beside it instead of under it ("the super PAC Make America Great
// Again" read as "super" plus a bare oblique), or -1.
func (m *matcher) nameAfter(t int) int {
	n := t + 1
	if m.toks[t].UPOS != "NOUN" || n >= len(m.toks) || m.s.Entity[n] < 0 || m.toks[n].Start == m.toks[t].End && m.toks[n].Start != 0 {
		return -1
	}
	if m.toks[n].Head == t {
		return n
	}
	switch m.toks[n].Rel {
	case "obl:unmarked", "appos", "flat", "compound", "dep":
		if m.toks[n].Head == m.toks[t].Head {
			return n
		}
	case "obl", "nmod", "obj":
		// "with Irish trade commissioner Siobhan McGarrity" read as two
		// obliques: a role word right before a name describes it.
		if m.toks[n].Head == m.toks[t].Head && m.s.RoleWord != nil && m.s.RoleWord(strings.ToLower(m.toks[t].Form)) && m.caseOf(n) == "" {
			return n
		}
	}
	return -1
}

// named returns t if it names an entity, or its flat or compound part
// that does ("Mr Starmer" with "Mr" as the head), or -1.
func (m *matcher) named(t int) int {
	if m.s.Entity[t] >= 0 {
		return t
	}
	if up := m.toks[t].UPOS; up == "PROPN" {
		for _, c := range m.children[t] {
			if r := m.toks[c].Rel; (r == "flat" || r == "compound") && m.s.Entity[c] >= 0 {
				return c
			}
		}
	}
	return -1
}

// includedIn returns a named member of the group noun t ("lawmakers,
// including Schumer", "donors such as Mellon"), searched one level below
// t and its of-phrase, or -1.
func (m *matcher) includedIn(t int) int {
	if m.toks[t].UPOS != "NOUN" || m.toks[t].XPOS != "NNS" && !collectives[m.lemma(t)] {
		return -1 // a group: a plural or a collective noun
	}
	heads := []int{t}
	if c := m.child(t, "nmod"); c >= 0 && m.caseOf(c) == "of" {
		heads = append(heads, c)
	}
	for _, h := range heads {
		for _, c := range m.children[h] {
			if base(m.toks[c].Rel) != "nmod" && base(m.toks[c].Rel) != "acl" {
				continue
			}
			for _, cc := range m.children[c] {
				if w := m.lemma(cc); (w == "include" || w == "including" || w == "such") && m.s.Entity[c] >= 0 {
					return c
				}
			}
		}
	}
	return -1
}

// collectives are singular nouns for a group of people.
var collectives = rules.WordClass("collectives")

// caseOf returns the preposition marking token i, or "".
func (m *matcher) caseOf(i int) string {
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "case" {
			return m.lemma(c)
		}
	}
	return ""
}

// asksTo reports whether verb i, or the one it is asked of, governs an
// infinitive: "called on the board to act", with the infinitive hung on
// the verb or on its object.
func (m *matcher) asksTo(i int) bool {
	for _, c := range m.children[i] {
		if r := base(m.toks[c].Rel); (r == "xcomp" || r == "advcl" || r == "ccomp") && m.infinitive(c) {
			return true
		}
		if r := base(m.toks[c].Rel); r == "obj" || r == "obl" {
			for _, x := range m.children[c] {
				if base(m.toks[x].Rel) == "acl" && m.infinitive(x) {
					return true
				}
			}
		}
	}
	return false
}

// cautionVerbs warn or caution someone, a threat only with a harm told
// (rules: cautionVerbs).
var cautionVerbs = rules.WordClass("cautionVerbs")

// warnsOfHarm reports whether verb i, one of warning, tells a harm in
// the words after it (read in order, as the parser may hang the clause
// elsewhere): a verb or noun of harm or of one's suffering ("warned that
// he would sue", "warned Obi of legal action", "warned she would pay a
// price"), a consequence on a condition ("… if the tax passed"), what a
// clause with "will" or "would" says befalls or is done by someone
// ("that he would be sold", "that her contract would not be renewed"),
// "or else", a deadline or a "must" ("had until Friday to pay"), or a
// warning not to do something ("warned him not to run").
func (m *matcher) warnsOfHarm(i int) bool {
	for x := i + 1; x < len(m.toks); x++ {
		if f := m.toks[x].Form; f == ";" || f == "." && x == len(m.toks)-1 {
			break
		}
		l := m.lemma(x)
		if base(m.toks[x].Rel) == "mark" && (l == "if" || l == "unless") {
			return true
		}
		if l == "must" || l == "until" || l == "deadline" {
			return true // "warned him that he had until Friday to pay", "that it must repay the loan"
		}
		switch m.toks[x].UPOS {
		case "VERB":
			if harmVerbs[l] || m.suffers(x) || l == "face" || m.foretold(x) {
				return true
			}
			if m.infinitive(x) && m.negated(x) {
				return true
			}
		case "NOUN":
			if harmActNouns[l] || ultimatumNouns[l] || sufferNouns[l] || harmNouns[l] || m.lex != nil && m.lex.HasType(l, "threaten", "NOUN") {
				return true
			}
		case "ADV", "CCONJ":
			if l == "else" || l == "otherwise" {
				return true
			}
		}
	}
	return false
}

// warnsOfWhat reports whether verb i, one of warning, says what it warns
// of: a that-clause, an infinitive, or an about-, of- or against-phrase
// (a bare "warned Obi on Monday" may be a threat told elsewhere).
func (m *matcher) warnsOfWhat(i int) bool {
	for _, c := range m.children[i] {
		switch base(m.toks[c].Rel) {
		case "ccomp", "xcomp":
			return true
		case "obl", "advcl":
			switch m.caseOf(c) {
			case "about", "of", "against", "over", "on":
				return !m.onlyTime(c)
			}
			if mk := m.child(c, "mark"); mk >= 0 && (m.lemma(mk) == "that" || m.lemma(mk) == "to") {
				return true
			}
		}
	}
	return false
}

// foretold reports whether clause x tells with a modal ("will",
// "would", "could" …) what befalls or is done by someone named or pointed to —
// a pronoun, a name or someone's thing ("that he would be sold", "that
// her contract would not be renewed", "that his members would strike"),
// not a forecast of the world ("that the economy would slow").
func (m *matcher) foretold(x int) bool {
	if m.modal(x) == "" {
		return false
	}
	sb := m.child(x, "nsubj")
	if sb < 0 {
		sb = m.child(x, "nsubj:pass")
	}
	if sb < 0 {
		return false
	}
	switch {
	case m.toks[sb].UPOS == "PRON":
		return m.lemma(sb) != "there"
	case m.s.Entity[sb] >= 0:
		return true
	case m.toks[sb].UPOS == "NOUN" && (collectives[m.lemma(sb)] || m.s.KindWord != nil && m.s.KindWord(m.lemma(sb))):
		return true // "that staff would walk out", "that the members would strike"
	}
	return m.child(sb, "nmod:poss") >= 0
}

// mediumCases mark, in a phrase before the verb, where something was said
// ("on CNN", "in an interview with the Herald", "via X").
var mediumCases = map[string]bool{"on": true, "with": true, "via": true, "through": true}

// threatened finds the one a threat is aimed at when the verb has no
// object: the object of the action threatened ("threatened to sue the
// company", "threatened to pull funding from the city").
func (m *matcher) threatened(i int, self []Filler) []Filler {
	others := func(fs []Filler) []Filler {
		var out []Filler
		for _, f := range fs {
			if !slices.ContainsFunc(self, func(s Filler) bool { return s.Entity == f.Entity }) {
				out = append(out, f)
			}
		}
		return out
	}
	if out := others(m.aimedAt(i)); len(out) > 0 {
		return out
	}
	// "threatened to move Kestrel's jobs out of the state if Governor
	// Dubois signed the bill", "his threat to move …": an act that is no
	// harm in itself, done on a condition put to someone named, is held
	// over that one, not over whose things it moves.
	for _, c := range m.children[i] {
		if r := base(m.toks[c].Rel); r != "xcomp" && r != "acl" && !(r == "advcl" && m.infinitive(c)) || m.toks[c].UPOS != "VERB" || harmVerbs[m.lemma(c)] {
			continue
		}
		if o := m.child(c, "obj"); o >= 0 && m.named(o) >= 0 && (m.s.IsOrg == nil || !m.s.IsOrg(m.s.Entity[m.named(o)])) {
			continue // (a person the act is done to: "threatened to replace Lisk as coach if the Hawks lost")
		}
		for _, a := range m.children[c] {
			if base(m.toks[a].Rel) != "advcl" {
				continue
			}
			if mk := m.child(a, "mark"); mk >= 0 && (m.lemma(mk) == "if" || m.lemma(mk) == "unless") {
				if out := others(m.resolve(m.entityChildOnly(a, "nsubj"))); len(out) > 0 {
					return out
				}
			}
		}
	}
	if o := m.child(i, "obj"); o >= 0 && harmActNouns[m.lemma(o)] {
		// "threatened a citywide strike against Ridewell", "a walkout at
		// Goldreef Resources": the one the harm is against.
		for _, p := range []string{"against", "on", "over", "at"} {
			if out := others(m.resolve(m.marked(o, p))); len(out) > 0 {
				return out
			}
		}
	}
	for _, c := range m.children[i] {
		if m.toks[c].Rel == "xcomp" {
			// "threatened to call a shareholder meeting to remove Benning
			// as chair": the one a harm done to that end falls on.
			for _, x := range m.subtree(c) {
				if x != c && m.toks[x].UPOS == "VERB" && harmVerbs[m.lemma(x)] && base(m.toks[x].Rel) == "advcl" && m.infinitive(x) {
					if out := others(m.resolve(m.logicalObj(x))); len(out) > 0 {
						return out
					}
				}
			}
		}
	}
	for _, c := range m.children[i] {
		if base(m.toks[c].Rel) == "advcl" && m.infinitive(c) {
			// "threatened to strip Castro and Umarov of …" with the
			// infinitive read as an adverbial: its objects, all of them.
			if out := others(m.resolve(m.logicalObj(c))); len(out) > 0 {
				return out
			}
		}
		if r := base(m.toks[c].Rel); r == "obl" || r == "advcl" || r == "ccomp" {
			// "warned that the board would ask the Treasury to freeze
			// Voxel's licences": the object of the harm the clause
			// tells, when it has one.
			for _, x := range m.subtree(c) {
				if m.toks[x].UPOS == "VERB" && harmVerbs[m.lemma(x)] {
					if out := others(m.resolve(m.logicalObj(x))); len(out) > 0 {
						return out
					}
				}
			}
			// "threatened to fire the chair" misparsed: the first person
			// named in the phrase of the action (in a that-clause, only
			// of the speaker's own act: "warned that Kessler's budget
			// would hurt families" holds no harm over Kessler).
			if r == "ccomp" {
				if sb := m.child(c, "nsubj"); sb >= 0 {
					who := m.resolveAs(sb, false)
					if len(others(who)) > 0 && !m.suffers(c) || len(who) == 0 && m.toks[sb].UPOS == "NOUN" {
						// (but "warned that Serwaa would pay a heavy
						// price": what befalls the one named)
						continue
					}
				}
			}
			var org []Filler
			for _, x := range m.subtree(c) {
				if cs := m.caseOf(x); c < i && mediumCases[cs] && (cs != "with" || m.s.Entity[x] >= 0 && m.s.IsOrg != nil && m.s.IsOrg(m.s.Entity[x])) {
					// "Speaking on CNN, …", "In an interview with the
					// Herald, …": where it was said (but "In a phone call
					// with Reyes, …" is to him)
					continue
				}
				if c < i && m.withinRelative(x, c) {
					continue // "In a letter, which was obtained by the Herald, …": the letter's story
				}
				if e := m.s.Entity[x]; e >= 0 && len(others([]Filler{{Entity: e}})) > 0 {
					if m.s.IsOrg == nil || !m.s.IsOrg(e) {
						return []Filler{{Entity: e, Tok: x, Weak: true}}
					}
					if org == nil {
						org = []Filler{{Entity: e, Tok: x, Weak: true}}
					}
				}
			}
			if org != nil {
				return org
			}
			continue
		}
		if m.toks[c].Rel != "xcomp" && m.toks[c].Rel != "acl" {
			continue
		}
		if x := m.child(c, "xcomp"); x >= 0 && demandVerbs[m.lemma(c)] && harmVerbs[m.lemma(x)] {
			// "threatened to ask the Treasury to freeze Voxel's
			// accounts": the one the harm asked for befalls, not the
			// one asked.
			if out := others(m.resolve(m.logicalObj(x))); len(out) > 0 {
				return out
			}
		}
		if out := others(m.resolve(m.logicalObj(c))); len(out) > 0 {
			return out
		}
		// "threatened to pull its contract with Obi's firm": the other
		// party of what the act takes away.
		for _, p := range []string{"from", "against", "on", "to", "for", "with"} {
			if out := others(m.resolve(m.marked(c, p))); len(out) > 0 {
				return out
			}
		}
		if o := m.child(c, "obj"); o >= 0 {
			for _, p := range []string{"from", "for", "to", "of", "with"} {
				if out := others(m.resolve(m.marked(o, p))); len(out) > 0 {
					return out
				}
			}
		}
	}
	// "threatened to move the team unless Mayor Ng approves a stadium",
	// "… if Gov. Merriweather signs the bill": the one whose doing the
	// threat is to prevent or compel.
	for _, h := range append([]int{i}, m.children[i]...) {
		if h != i && m.toks[h].Rel != "xcomp" && !(base(m.toks[h].Rel) == "advcl" && m.infinitive(h)) {
			continue
		}
		for _, c := range m.children[h] {
			if base(m.toks[c].Rel) != "advcl" {
				continue
			}
			if mk := m.child(c, "mark"); mk < 0 || m.lemma(mk) != "if" && m.lemma(mk) != "unless" {
				continue
			}
			if out := others(m.resolve(m.entityChildOnly(c, "nsubj"))); len(out) > 0 {
				for j := range out {
					out[j].Weak = true
				}
				return out
			}
		}
	}
	return nil
}

// targetOf returns who a hostile noun lands on when the sentence makes
// them its target or victim: "Karimov became the target of an attack by
// Santos", "Raman was the victim of a smear campaign".
func (m *matcher) targetOf(i int) []Filler {
	h := m.toks[i].Head
	if h < 0 || m.caseOf(i) != "of" {
		return nil
	}
	switch m.lemma(h) {
	case "target", "victim", "object", "subject", "focus", "butt":
	default:
		return nil
	}
	if m.child(h, "cop") >= 0 {
		return m.resolve(m.child(h, "nsubj"))
	}
	if g := m.toks[h].Head; g >= 0 && (m.lemma(g) == "become" || m.lemma(g) == "remain") {
		return m.resolve(m.entityChildOnly(g, "nsubj"))
	}
	if g := m.toks[h].Head; g >= 0 && m.toks[h].Rel == "appos" && m.s.Entity[g] >= 0 {
		// "Hamdi, the target of a blistering attack by Chaker, …"
		return []Filler{{Entity: m.s.Entity[g], Tok: g}}
	}
	return nil
}

// aimedAt finds the one an attack or threat is said to be aimed at, in
// the trigger's phrase: "…, a warning aimed at Governor Pryce".
func (m *matcher) aimedAt(i int) []Filler {
	for _, c := range m.subtree(i) {
		switch m.lemma(c) {
		case "aim", "direct", "target":
			if out := m.resolve(m.marked(c, "at")); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// role finds the role phrase of a position frame.
func (m *matcher) role(mt *Match, groups [][]string) {
	defer func() {
		// A role ends with its last role word: "chief executive last
		// spring" read as one phrase is "chief executive".
		if mt.RoleFirst < 0 || m.s.RoleWord == nil {
			return
		}
		// "the role of chief technology officer", "the post of
		// treasurer": the role is what the post is of.
		for k := mt.RoleFirst; k <= mt.RoleLast && k < len(m.toks); k++ {
			if !postNouns[m.lemma(k)] {
				continue
			}
			if o := m.marked(k, "of"); o > k && m.s.Entity[o] < 0 {
				mt.RoleFirst, mt.RoleLast = m.rolePhrase(o)
			}
			break
		}
		// The role runs on over the nouns and modifiers after it
		// ("chief operating officer" read as "chief" and a conjunct).
		for k := mt.RoleLast + 1; k < len(m.toks) && m.s.Entity[k] < 0 && k != mt.Trigger; k++ {
			if up := m.toks[k].UPOS; up != "NOUN" && up != "ADJ" && !(up == "VERB" && m.toks[k].XPOS == "VBG") {
				break
			}
			if m.s.RoleWord(strings.ToLower(m.toks[k].Form)) {
				mt.RoleLast = k
			}
		}
		// Words of time are no part of the role: "its new chief
		// executive", "the outgoing chair".
		for mt.RoleFirst < mt.RoleLast && (timeOfRole[m.lemma(mt.RoleFirst)] || roleEpithets[strings.ToLower(m.toks[mt.RoleFirst].Form)]) {
			mt.RoleFirst++
		}
		for k := mt.RoleFirst + 1; k < mt.RoleLast; k++ {
			if m.lemma(k) == "of" && m.s.RoleWord(strings.ToLower(m.toks[k-1].Form)) {
				return // the field the role is of: "vice president of public affairs"
			}
		}
		for k := mt.RoleLast; k > mt.RoleFirst; k-- {
			if m.s.RoleWord(strings.ToLower(m.toks[k].Form)) {
				mt.RoleLast = k
				return
			}
		}
	}()
	defer func() {
		// The trigger is never part of its role ("was elected president"
		// with "elected" parsed as modifying "president").
		if mt.RoleFirst >= 0 && mt.RoleFirst <= mt.Trigger && mt.Trigger <= mt.RoleLast {
			mt.RoleFirst = mt.Trigger + 1
			if mt.RoleFirst > mt.RoleLast {
				mt.RoleFirst, mt.RoleLast = -1, -1
			}
		}
	}()
	defer func() {
		if mt.RoleFirst >= 0 {
			return
		}
		i := mt.Trigger
		// "was elected president of …" with the participle read as
		// modifying the role noun after it.
		if h := m.toks[i].Head; h > i && base(m.toks[i].Rel) == "amod" && m.toks[h].UPOS == "NOUN" && m.s.Entity[h] < 0 && !m.onlyTime(h) {
			mt.RoleFirst, mt.RoleLast = m.rolePhrase(h)
			return
		}
		// "was named chief executive": the object of a passive is the
		// role it gives.
		if m.passive(i) {
			if o := m.child(i, "obj"); o > i && m.s.Entity[o] < 0 && m.toks[o].UPOS == "NOUN" && !m.onlyTime(o) {
				mt.RoleFirst, mt.RoleLast = m.rolePhrase(o)
				return
			}
		}
		// "named Herrera its chief executive": a second object is the
		// role the naming verb gives the first.
		if nameVerbs[m.lemma(i)] || appointVerbs[m.lemma(i)] {
			if r := m.predicateObj(i); r > i && !m.onlyTime(r) {
				mt.RoleFirst, mt.RoleLast = m.rolePhrase(r)
				return
			}
		}
		// "serves as chief executive of …" with "as" not parsed as its
		// role's preposition: the words after it.
		for k := i + 1; k < len(m.toks) && k <= i+6; k++ {
			if up := m.toks[k].UPOS; up == "VERB" || up == "AUX" || up == "PUNCT" {
				break // the role's "as" is in the trigger's own phrase
			}
			if m.lemma(k) != "as" {
				continue
			}
			j := k + 1
			for j < len(m.toks) && (m.toks[j].UPOS == "DET" || m.toks[j].UPOS == "PRON") {
				j++
			}
			first := j
			for j < len(m.toks) && m.s.Entity[j] < 0 && (m.toks[j].UPOS == "NOUN" || m.toks[j].UPOS == "ADJ") {
				j++
			}
			if j > first {
				mt.RoleFirst, mt.RoleLast = first, j-1
				return
			}
		}
		// "tapped X to serve as managing editor", "recruited X to be its
		// chief risk officer": the role is in the complement (not the
		// post one leaves for: "resigned to join Corvane as its
		// director").
		for _, c := range m.children[mt.Trigger] {
			if mt.Frame.Status == "end" && m.infinitive(c) {
				continue
			}
			if m.toks[c].Rel != "xcomp" && !(base(m.toks[c].Rel) == "advcl" && m.infinitive(c)) {
				continue // (the complement may be read as an adverbial clause)
			}
			r := m.marked(c, "as")
			if r < 0 && m.child(c, "cop") >= 0 && m.toks[c].UPOS == "NOUN" {
				r = c
			}
			if r >= 0 && m.s.Entity[r] < 0 {
				mt.RoleFirst, mt.RoleLast = m.rolePhrase(r)
				return
			}
		}
	}()
	for _, alts := range groups {
		for _, p := range alts {
			var r int
			switch p {
			case "xcomp":
				r = m.child(mt.Trigger, "xcomp")
			case "obj":
				r = m.logicalObj(mt.Trigger)
			case "subj":
				r = m.logicalSubj(mt.Trigger)
			default:
				r = m.marked(mt.Trigger, p)
			}
			if r < 0 || m.s.Entity[r] >= 0 && !m.holderDescribed(mt, r) || m.toks[r].UPOS == "PRON" || m.toks[r].UPOS == "AUX" || m.onlyTime(r) {
				continue // (not "appointed last month as treasurer": "month")
			}
			first, last := m.rolePhrase(r)
			if first < 0 {
				continue
			}
			mt.RoleFirst, mt.RoleLast = first, last
			return
		}
	}
}

// holderDescribed reports whether common noun r, which the article
// resolved to someone, describes the position's own holder ("was
// installed as the manager of Portsea United", the manager being Ruiz):
// the description is the post, not another party.
func (m *matcher) holderDescribed(mt *Match, r int) bool {
	return m.toks[r].UPOS == "NOUN" && slices.ContainsFunc(mt.Slots[Source], func(f Filler) bool { return f.Entity == m.s.Entity[r] })
}

// namedInRole fills the holder of a position whose object is a role with
// the person's name read as its modifier: "appointed Tomasz Wieczorek
// chairman" parsed as one noun phrase "Wieczorek chairman". The name is
// the holder; the words after it are the role.
func (m *matcher) namedInRole(mt *Match) {
	o := m.logicalObj(mt.Trigger)
	if o < 0 || m.s.Entity[o] >= 0 || m.toks[o].UPOS != "NOUN" {
		return
	}
	for _, c := range m.children[o] {
		e := m.s.Entity[c]
		if c > o || e < 0 || m.s.IsOrg != nil && m.s.IsOrg(e) {
			continue
		}
		if slices.ContainsFunc(m.children[o], func(d int) bool {
			return d < c && (m.toks[d].Rel == "det" || m.toks[d].Rel == "nmod:poss")
		}) {
			// "replaces a longtime Pemberton aide": a name inside a noun
			// phrase opened by an article or a possessor is whom the
			// noun is tied to, not the one it names.
			return
		}
		if b := base(m.toks[c].Rel); b != "compound" && b != "flat" && b != "nmod" && b != "amod" || m.toks[c].Rel == "nmod:poss" && m.child(c, "case") >= 0 {
			continue // (a possessor with "'s" is someone else: "promoting Ascencio's bid"; "elected her president" is hers)
		}
		mt.Slots[Source] = []Filler{{Entity: e, Tok: c}}
		if first, last := m.rolePhrase(o); mt.RoleFirst < 0 || mt.RoleFirst <= c {
			mt.RoleFirst, mt.RoleLast = max(first, c+1), last
		}
		return
	}
}

// pastOrOther reports whether role noun a is described as a post held
// before ("former", "ex-") or as one of many ("a partner at …"), and
// does not hold the verb's as-phrase, which the parser may hang inside
// it ("appointed Vik, a longtime aide, as chief of staff at …").
func (m *matcher) pastOrOther(a int) bool {
	if slices.ContainsFunc(m.subtree(a), func(k int) bool { return m.lemma(k) == "as" }) {
		return false
	}
	for _, c := range m.children[a] {
		switch l := m.lemma(c); {
		case m.toks[c].Rel == "det" && (l == "a" || l == "an"):
			return true
		case m.toks[c].Rel == "amod" && (l == "former" || l == "ex"):
			return true
		}
	}
	return false
}

// rolePhrase returns the words of the role headed by token r: its
// modifiers before it ("chief technology officer", "senior partner")
// and an "of" phrase after it that names no one ("chief of staff").
func (m *matcher) rolePhrase(r int) (first, last int) {
	if m.toks[r].UPOS == "VERB" {
		// "became managing partner" with the participle read as a verb
		// taking the role noun as its object; any other verb is no role.
		if r+1 < len(m.toks) && m.toks[r].XPOS == "VBG" && m.toks[r+1].Head == r && m.toks[r+1].UPOS == "NOUN" && m.s.Entity[r+1] < 0 {
			_, last = m.rolePhrase(r + 1)
			return r, last
		}
		return -1, -1
	}
	if u := m.toks[r].UPOS; u == "ADJ" || u == "ADV" {
		return -1, -1 // "will remain open": a state, no post
	}
	first, last = r, r
	for k := r - 1; k >= 0; k-- {
		t := m.toks[k]
		if m.s.Entity[k] >= 0 && (m.s.Entity[k] != m.s.Entity[r] || t.UPOS == "PROPN") || t.UPOS == "DET" || t.UPOS == "PRON" || t.UPOS == "PUNCT" || t.UPOS == "ADP" || t.UPOS == "NUM" || t.XPOS == "VBN" || t.XPOS == "VBD" {
			break // not "chief executive stunned investors" (but the words of a description the role is: "as the chief executive")
		}
		if !m.dominates(r, k) {
			break
		}
		switch base(t.Rel) {
		case "amod", "compound", "advmod", "flat", "fixed", "nmod":
			first = k
			continue
		}
		break
	}
	if r+2 < len(m.toks) && m.lemma(r+1) == "of" {
		// The field a role is of, when it is no organization: "head of
		// safety", "vice president of public affairs".
		for o := r + 2; o < len(m.toks) && o <= r+5; o++ {
			t := m.toks[o]
			if m.s.Entity[o] >= 0 || t.UPOS != "NOUN" && t.UPOS != "ADJ" {
				break
			}
			if t.Head == r && t.UPOS == "NOUN" {
				last = o
				break
			}
		}
	}
	// The pieces of a hyphenated word ("editor-in-chief") are one role.
	for last+1 < len(m.toks) && m.toks[last+1].Start == m.toks[last].End && m.s.Entity[last+1] < 0 && m.toks[last+1].Form != "," && m.toks[last+1].Form != "." {
		last++
	}
	for first > 0 && m.toks[first-1].End == m.toks[first].Start && m.s.Entity[first-1] < 0 && m.toks[first-1].UPOS != "PUNCT" || first > 0 && m.toks[first-1].Form == "-" && m.toks[first-1].End == m.toks[first].Start {
		first--
	}
	for first < r && (roleEpithets[strings.ToLower(m.toks[first].Form)] || ordinals[strings.ToLower(m.toks[first].Form)] && first+1 < r && roleEpithets[strings.ToLower(m.toks[first+1].Form)]) {
		first++ // "the embattled chief executive", "the first female sheriff"
	}
	return first, last
}

// dominates reports whether token k is in the subtree of token r.
func (m *matcher) dominates(r, k int) bool {
	for depth := 0; k >= 0 && depth < 20; depth++ {
		if k == r {
			return true
		}
		k = m.toks[k].Head
	}
	return false
}

// subtree returns the tokens under i, i included.
func (m *matcher) subtree(i int) []int {
	out := []int{i}
	for k := 0; k < len(out) && k < 200; k++ {
		out = append(out, m.children[out[k]]...)
	}
	return out
}

// orgWithin returns the organization named in the subtree of the role
// phrase tokens first..last ("chief executive of Halvorsen Capital",
// "Halvorsen's chief executive").
func (m *matcher) orgWithin(first, last int) []Filler {
	for r := first; r <= last && r >= 0; r++ {
		for _, c := range m.subtree(r) {
			if e := m.s.Entity[c]; e >= 0 && m.s.IsOrg != nil && m.s.IsOrg(e) {
				return []Filler{{Entity: e, Tok: c}}
			}
		}
	}
	// The role's head may be governed by the org: "Halvorsen's chief".
	return nil
}

// agentPlurals act for the one named after "for" ("lawyers for …").
var agentPlurals = rules.WordClass("agentPlurals")

// bodyPeople, with an organization for their possessor, act as it ("the
// union's leaders", "its executives") (rules: bodyPeople).
var bodyPeople = rules.WordClass("bodyPeople")

// orgAt reports whether token t names an organization.
func (m *matcher) orgAt(t int) bool {
	if t < 0 || m.s.IsOrg == nil {
		return false
	}
	fs := m.resolve(t)
	return len(fs) > 0 && m.s.IsOrg(fs[0].Entity)
}

// orgs keeps the fillers that are organizations.
func (m *matcher) orgs(fs []Filler) []Filler {
	var out []Filler
	for _, x := range fs {
		if m.s.IsOrg != nil && m.s.IsOrg(x.Entity) {
			out = append(out, x)
		}
	}
	return out
}

// dedupe keeps the first filler of each entity.
func dedupe(fs []Filler) []Filler {
	var out []Filler
	seen := map[int]bool{}
	for _, f := range fs {
		if !seen[f.Entity] {
			seen[f.Entity] = true
			out = append(out, f)
		}
	}
	return out
}

// RepairVerbs gives back their verb reading to words the tagger read
// otherwise right after a name, when that reading triggers a frame and
// an object or a preposition follows: "Marchetti pressured Borg", "Kiss
// tore into Gallagher", with "pressured" read as an adjective and "tore"
// as an adverb. A tagger trained on web text has seen few such verbs
// after an unknown surname. So too a past right after a word for a group
// in a sentence with no finite verb ("The two spoke for an hour").
// isName marks the tokens that are names.
func (l *Lexicon) RepairVerbs(toks []syntax.Token, isName []bool, model *syntax.Model) {
	// asVerb makes t a verb of tense xpos when that reading triggers a
	// frame (or, in the present, reports speech).
	asVerb := func(t *syntax.Token, xpos string) {
		v := model.Lemma(t.Form, "VERB", xpos)
		if b, ok := syntax.IrregularVerb(t.Form); ok && xpos == "VBD" {
			v = b
		}
		if cand := (syntax.Token{Form: t.Form, Lemma: v, UPOS: "VERB", XPOS: xpos}); l.Triggers(cand) || xpos == "VBZ" && sayVerbs[v] {
			t.UPOS, t.XPOS, t.Lemma = "VERB", xpos, v
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		// (a verb of two words joined by a hyphen too: "bad-mouthed")
		if isName[k] || t.UPOS == "VERB" || t.UPOS == "AUX" || !lowerWord(strings.Replace(t.Form, "-", "", 1)) {
			continue
		}
		if n := toks[k+1]; !isName[k-1] && toks[k-1].Form == "," && t.XPOS == "NNS" && strings.HasSuffix(t.Form, "s") && !model.CommonNoun(t.Form) && (n.UPOS == "SCONJ" || n.UPOS == "PRON" && strings.EqualFold(n.Form, "that")) {
			// "The lawsuit, brought by the coalition, alleges that …":
			// after an apposition's comma, a present tense read as a
			// plural noun the treebank never uses as one.
			asVerb(t, "VBZ")
			continue
		}
		if group := strings.ToLower(toks[k-1].Form); groupWords[group] && (!hasVerb(toks) || k+1 < len(toks) && (toks[k+1].UPOS == "ADP" || toks[k+1].UPOS == "ADV" || toks[k+1].UPOS == "PUNCT")) {
			// "The two spoke for an hour" with "spoke" read as a noun
			// after the number: in a sentence with no verb, a past after
			// the word for the group is its verb (or before a preposition
			// or an adverb whatever other verbs follow: "The two met at
			// the Ritz and talked for hours").
			if _, ok := syntax.IrregularVerb(t.Form); ok || strings.HasSuffix(t.Form, "ed") {
				asVerb(t, "VBD")
				continue
			}
		}
		if !isName[k-1] {
			// After a common noun only an irregular past that is no
			// noun: "The former anchor tore into his old employer".
			if v, ok := syntax.IrregularVerb(t.Form); toks[k-1].UPOS == "NOUN" && ok && v != t.Form && !model.CommonNoun(t.Form) {
				asVerb(t, "VBD")
			}
			continue
		}
		if n := toks[k+1]; t.XPOS == "NNS" && strings.HasSuffix(t.Form, "s") && (!model.CommonNoun(t.Form) && (isName[k+1] || n.UPOS == "DET" || n.UPOS == "PRON" || n.UPOS == "ADP" || n.UPOS == "SCONJ") || isName[k+1] && n.UPOS == "PROPN") {
			// "The coalition alleges that …": a present tense read as a
			// plural noun the treebank never uses as one; between two
			// names, any ("Pryce praises Reeves").
			asVerb(t, "VBZ")
			continue
		}
		v, ok := syntax.IrregularVerb(t.Form)
		past := ok && v != t.Form && !model.CommonNoun(t.Form) // an irregular past that is no noun
		if n := toks[k+1]; !past && !isName[k+1] && n.UPOS != "DET" && n.UPOS != "PRON" && n.UPOS != "ADP" && n.UPOS != "NUM" && n.UPOS != "ADV" {
			continue
		}
		if !ok {
			if !strings.HasSuffix(t.Form, "ed") && !model.PastTense(t.Form) {
				continue // ("set", "put": a past the same as the base)
			}
			v = model.Lemma(t.Form, "VERB", "VBD")
		}
		cand := syntax.Token{Form: t.Form, Lemma: v, UPOS: "VERB", XPOS: "VBD"}
		if l.Triggers(cand) || past {
			// (an irregular past that is no noun is a verb, trigger or
			// not: "Mancuso, a contractor, swore revenge on …")
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VBD", v
		}
	}
}

// groupWords stand for the people named before as a group ("the two",
// "the pair", "both").
var groupWords = map[string]bool{"two": true, "three": true, "pair": true, "duo": true, "trio": true, "couple": true, "both": true}

// hasVerb reports whether any of toks is tagged a finite verb or an
// auxiliary (not "according to").
func hasVerb(toks []syntax.Token) bool {
	return slices.ContainsFunc(toks, func(t syntax.Token) bool {
		return t.UPOS == "AUX" || t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP")
	})
}

// lowerWord reports whether w is all lower-case ASCII letters.
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// forum reports whether token x, marked by preposition p, is a court
// that a case is filed in or heard before ("sued her in the Tokyo District
// Court", "a complaint before the tribunal"): where, not whom.
func (m *matcher) forum(x int, p string) bool {
	if p != "in" && p != "before" {
		return false
	}
	if forumNouns[m.lemma(x)] {
		return true
	}
	f := m.toks[x].Form
	if k := strings.LastIndexAny(f, " \u00a0"); k >= 0 && forumNouns[strings.ToLower(f[k+1:])] {
		return true // a name: "Santa Clara County Superior Court"
	}
	return strings.Contains(f, " Court of ") // "the Delaware Court of Chancery"
}

// legalType reports whether frame f is of a type legal action states
// (oppose, threaten): only there is a court where a case is heard rather
// than whom something is about ("full confidence in the Marlow Superior
// Court" supports the court).
func legalType(f *Frame) bool { return f.Type == "oppose" || f.Type == "threaten" }

// forumNouns are courts and tribunals.
var forumNouns = rules.WordClass("forumNouns")

// stanceGovernor reports whether a verb that governs a noun of a post
// takes a stance on it ("supporting his re-election", "opposed her
// nomination") rather than telling of a post its subject gives.
func stanceGovernor(l string) bool { return stanceVerbs()[l] }

// stanceVerbs are the lemmas of the shipped verb frames of support and
// opposition.
var stanceVerbs = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, f := range Default().Frames {
		if f.POS == "VERB" && (f.Type == "support" || f.Type == "oppose") {
			out[f.Lemma] = true
		}
	}
	return out
})

// reducedPassive reports whether verb h is a past participle modifying a
// noun on its own ("a group formed to …", "a PAC set up to …"): no
// relative clause with a subject or auxiliary of its own.
func (m *matcher) reducedPassive(h int) bool {
	return m.toks[h].Rel == "acl" && m.toks[h].XPOS == "VBN" && m.child(h, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0
}

// Definite reports whether noun t of toks has "the" for its determiner
// and no modifier that tells whose or which it is ("the lawsuit", "the
// allegations"; not "the Ames lawsuit", "the lawsuit against …"): an
// act named as one the reader already knows of.
func Definite(toks []syntax.Token, t int) bool {
	the := false
	for c := range toks {
		if toks[c].Head != t {
			continue
		}
		switch r := base(toks[c].Rel); {
		case r == "det":
			the = strings.EqualFold(toks[c].Form, "the")
		case r == "nmod" || r == "compound" || r == "acl" || r == "appos":
			return false
		}
	}
	return the
}
