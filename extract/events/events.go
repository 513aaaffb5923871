// Package events is the last stage of extraction: it finds the events of
// every body and post sentence — those the event frames state over the
// dependency tree of the sentence, attacks by derisive nicknames, and
// stances in quotations — and keeps one event per happening. It reads
// every earlier layer, parses (with extract/syntax) only the sentences
// where a frame may fire, and adds Doc.Events.
package events

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// stage is the document while the stage runs, with the frames it matches
// and the syntax of each sentence, taken as the frames need it.
type stage struct {
	*doc.Doc
	frames *frame.Lexicon
	syntax []*parsed // per sentence, filled as the event stage needs it
	// successions are the parties of succession words whose sentence
	// names no post, for completeSuccessions.
	successions []succession
	// orgKinds caches the kinds of each organization entity (kindOrg).
	orgKinds map[int][]string
	// chained counts the sentences pairNear has looked back through that
	// name no one but speak of a pair.
	chained int
	// toldQuotes are the quotations that tell of an act between others
	// (quotedEvents), whose words of judgement are that act's, not
	// their speaker's.
	toldQuotes map[int]bool
}

// Run adds the event layer to d, which must have every earlier layer,
// matching the event frames of lex.
func Run(d *doc.Doc, lex *frame.Lexicon) {
	(&stage{Doc: d, frames: lex}).findEvents()
}

// findEvents finds the events of every body and post sentence: those
// the frames state, attacks by derisive nicknames, and stances in
// quotations; then keeps one event per happening.
func (d *stage) findEvents() {
	d.frameEvents()
	d.completeSuccessions()
	d.boardsAppoint()
	d.rolesFromTitles()
	d.listEvents()
	d.giftLines()
	d.derisiveEvents()
	d.describedEvents()
	d.stanceEvents()
	d.dropCancelled()
	d.dropPressInterviews()
	d.entryDates()
	d.mergeEvents()
}

// entryDates dates an event a live blog's entry tells without a time of
// its own by the entry's day: an entry's news is the day's ("Adebayo-
// Sinclair has been elected leader", "Harrow-Lim has conceded"). Not a
// plan, a post held, a description ("the party's biggest donor"), nor
// what the entry tells as before its news ("had criticized") or at a
// vague time.
func (d *stage) entryDates() {
	if d.EntryDay == nil {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Date != "" || e.Planned || e.Status == "hold" || d.agentNounRule(e.Rule) {
			continue
		}
		si := d.SentenceOfByte(e.Evidence.Start)
		if si < 0 || d.EntryDay[si] == "" || d.pluperfectIn(si) || d.vagueTime(si, func(doc.DateExpr) bool { return true }) {
			continue
		}
		e.Date = d.EntryDay[si]
		e.Note = strings.TrimPrefix(e.Note+"; date of the live blog's entry", "; ")
	}
}

// agentNounRule reports whether rule names a frame of a noun that
// describes someone ("donor"), whose event the corpus leaves undated.
func (d *stage) agentNounRule(rule string) bool {
	rule, _, _ = strings.Cut(rule, " (") // ("sue/VERB (intended)")
	for _, f := range d.frames.Frames {
		if f.Name == rule {
			return f.AgentNoun()
		}
	}
	return false
}

// pluperfectIn reports whether sentence si holds "had" before a past
// participle, regular or not: what it tells came before its entry's
// news.
func (d *stage) pluperfectIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if w := d.Tokens[k+1].Lower; strings.EqualFold(d.Tokens[k].Text, "had") && (strings.HasSuffix(w, "ed") || w == "been" || syntax.PastForm(w)) {
			return true // ("had criticized", "had met", "had been")
		}
	}
	return false
}

// dropPressInterviews leaves a news outlet out of the parties to an
// interview ("gave an interview to the Phoenix Ledger", "in an interview
// with Bloomberg News"): speaking to the press is no meeting with it.
// An interview left with fewer than two parties is no meeting.
func (d *stage) dropPressInterviews() {
	out := d.Events[:0]
	for _, e := range d.Events {
		if e.Type == powermap.EventMeet && pressRule(e.Rule) {
			var kept []string
			for _, a := range e.Actors {
				if !d.newsOutlet(a) {
					kept = append(kept, a)
				}
			}
			if len(kept) < 2 {
				continue
			}
			e.Actors = kept
		}
		out = append(out, e)
	}
	d.Events = out
}

// pressRule reports whether an event's rule is a frame of an occasion of
// speaking to the press ("interview/NOUN") or of speaking ("spoke to the
// Associated Press").
func pressRule(rule string) bool {
	lemma, _, _ := strings.Cut(rule, "/")
	return pressOccasions[lemma] || lemma == "speak" || lemma == "talk"
}

// pressOccasions are occasions of speaking to the press (rules:
// pressOccasions).
var pressOccasions = rules.WordClass("pressOccasions")

// newsOutlet reports whether the entity named name is a news outlet
// (doc.NewsOutlet).
func (d *stage) newsOutlet(name string) bool {
	for e, ent := range d.Entities {
		if ent.Name == name && d.NewsOutlet(e) {
			return true
		}
	}
	return false
}

// dropCancelled leaves out a meeting that the next sentence of its
// paragraph calls off: "A and B had planned a dinner in Basel on Friday.
// The evening was scrapped after Flint fell ill" — an occasion ("the
// evening", "the dinner", "it") that was cancelled, scrapped, called
// off or postponed as that sentence's subject.
func (d *stage) dropCancelled() {
	out := d.Events[:0]
	for _, e := range d.Events {
		if e.Type == powermap.EventMeet {
			si := d.SentenceOfByte(e.Evidence.Start)
			if si+1 < len(d.Sentences) && d.SameParagraph(si, si+1) && d.callsOff(si+1) {
				continue
			}
		}
		out = append(out, e)
	}
	d.Events = out
}

// callsOff reports whether sentence si opens by calling off an occasion:
// "The evening was scrapped …", "The meeting has been postponed …", "It
// was canceled …".
func (d *stage) callsOff(si int) bool {
	s := d.Sentences[si]
	k := s.First
	if k < s.Last && strings.EqualFold(d.Tokens[k].Text, "the") {
		k++
		if k >= s.Last || !occasionNouns[d.Tokens[k].Lower] {
			return false
		}
	} else if k >= s.Last || d.Tokens[k].Text != "It" {
		return false
	}
	k++
	passive := false // (only in the passive: "the evening ended late" calls nothing off)
	for k < s.Last && (d.Tokens[k].Text == "was" || d.Tokens[k].Text == "were" || d.Tokens[k].Text == "has" || d.Tokens[k].Text == "had" || d.Tokens[k].Text == "been" || d.Tokens[k].Text == "later" || d.Tokens[k].Text == "abruptly") {
		passive = passive || d.Tokens[k].Text == "was" || d.Tokens[k].Text == "were" || d.Tokens[k].Text == "been"
		k++
	}
	if k >= s.Last || !passive {
		return false
	}
	l := syntax.Default().Lemma(d.Tokens[k].Lower, "VERB", "VBN")
	return stopVerbs[l]
}

// occasionNouns name occasions one may call off (rules: occasionNouns).
var occasionNouns = rules.WordClass("occasionNouns")

// stopVerbs stop what they govern (rules: stopVerbs).
var stopVerbs = rules.WordClass("stopVerbs")

// boardsAppoint moves a post its sentence gives at a governing board
// named only as such ("The Board of Trustees … named Provost Stanislav
// Kovalenko-Ruiz interim president") to the organization the board
// governs: the one other organization the paragraph names, else the one
// the article names most. A seat on the board itself (no post named, or
// "chair", "member", "trustee", "director") stays the board's.
func (d *stage) boardsAppoint() {
	for i := range d.Events {
		e := &d.Events[i]
		if e.Type != powermap.EventPosition || !genericBoard(e.Target) || e.Role == "" || boardRole(e.Role) || strings.HasPrefix(e.Rule, "chair") {
			continue // (no post named: "appointed to the Board of Regents" is a seat; "chairs the board" too)
		}
		si := d.SentenceOfByte(e.Evidence.Start)
		if o := d.governedOrg(si, e.Target); o >= 0 {
			e.Target = d.Entities[o].Name
			e.Note = strings.TrimPrefix(e.Note+"; the post is at the organization the board that named it governs", "; ")
		}
	}
}

// genericBoard reports whether name is a governing board's name that
// names no organization of its own ("Board of Trustees", "the Board of
// Regents").
func genericBoard(name string) bool {
	w := strings.Fields(strings.TrimPrefix(name, "The "))
	return len(w) == 3 && w[0] == "Board" && w[1] == "of" && boardNames[strings.ToLower(w[2])]
}

// boardRole reports whether role is a seat on a board rather than a post
// it fills.
func boardRole(role string) bool {
	r := strings.ToLower(role)
	for w := range boardSeatWords {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// boardSeatWords name seats on a board, and boardNames end the names of
// boards that name no organization (rules: boardSeatWords, boardNames).
var boardSeatWords, boardNames = rules.WordClass("boardSeatWords"), rules.WordClass("boardNames")

// governedOrg returns the organization a board named board in sentence si
// most likely governs: the one other organization of si's paragraph up to
// si, else the organization the article names most often (news outlets
// and the board aside); -1 when there is no telling.
func (d *stage) governedOrg(si int, board string) int {
	one, many := -1, false
	count := map[int]int{}
	for mi, m := range d.Mentions {
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org || d.Entities[m.Entity].Name == board || d.NewsOutlet(m.Entity) || d.CitedSource(mi) {
			continue
		}
		count[m.Entity]++
		if m.Sent <= si && d.SameParagraph(m.Sent, si) {
			if one >= 0 && one != m.Entity {
				many = true
			}
			one = m.Entity
		}
	}
	if one >= 0 && !many {
		return one
	}
	best, n, tie := -1, 0, false
	for o, c := range count {
		switch {
		case c > n:
			best, n, tie = o, c, false
		case c == n:
			tie = true
		}
	}
	if tie || n < 2 {
		return -1
	}
	return best
}

// rolesFromTitles gives a post whose sentence names no role the role
// word the paragraph set before its holder's name: "Pressure had been
// building on Kestrel Rovers manager Diego Almeida … The club dismissed
// him on Sunday" — Almeida leaves the post of manager.
func (d *stage) rolesFromTitles() {
	for i := range d.Events {
		e := &d.Events[i]
		if e.Type != powermap.EventPosition || e.Role != "" || e.Source == "" {
			continue
		}
		si := d.SentenceOfByte(e.Evidence.Start)
		for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
			m := d.Mentions[mi]
			if m.Sent > si || m.Entity < 0 || d.Entities[m.Entity].Name != e.Source || m.Pronoun || !d.SameParagraph(m.Sent, si) {
				continue
			}
			if role := d.mentionTitleRole(mi); role != "" && !strings.HasSuffix(role, "founder") {
				// (a founder founded; that is no post taken or left later)
				e.Role = role
				break
			}
		}
	}
}

// feuds returns the pairs of entities (speaker, other) that the events
// found so far set against each other: the other attacked, accused, sued
// or threatened the speaker, and the speaker has not yet been found
// doing so to the other (whose quotation would tell that attack again).
// Pairs the events also show reconciling, or either backing the other,
// are left out. (Not meeting: feuding sides meet, at hearings and
// talks.)
func (d *stage) feuds() map[[2]string]bool {
	at, peace, done := map[[2]string]bool{}, map[[2]string]bool{}, map[[2]string]bool{}
	for _, e := range d.Events {
		switch e.Type {
		case powermap.EventOppose, powermap.EventThreaten:
			at[[2]string{e.Target, e.Source}] = true
			done[[2]string{e.Source, e.Target}] = true
		case powermap.EventSupport:
			peace[[2]string{e.Source, e.Target}] = true
			peace[[2]string{e.Target, e.Source}] = true
		case powermap.EventReconcile:
			for _, a := range e.Actors {
				for _, b := range e.Actors {
					peace[[2]string{a, b}] = true
				}
			}
		}
	}
	for p := range at {
		if peace[p] || done[p] {
			delete(at, p)
		}
	}
	return at
}

// feudNamed returns the one person or organization that quotation q
// names by name, other than its speaker, when the article's events set
// the two against each other (feuds), or -1. A rival named in words no
// list judges is jabbed at, not praised: "Kalani flies to her concerts
// on a private jet and lectures my captains about emissions".
func (d *stage) feudNamed(q powermap.Quote, speaker int, feuds map[[2]string]bool) int {
	if speaker < 0 || len(feuds) == 0 {
		return -1
	}
	found := -1
	for _, m := range d.Mentions {
		if m.Start < q.Span.Start || m.End > q.Span.End || m.Entity < 0 || m.Entity == speaker || m.Pronoun || m.Rule == "description" {
			continue
		}
		if t := d.Entities[m.Entity].Type; t != doc.Person && t != doc.Org {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1 // (two named: whom it jabs is not told)
		}
		found = m.Entity
	}
	if found < 0 || !feuds[[2]string{d.Entities[speaker].Name, d.Entities[found].Name}] {
		return -1
	}
	if slices.ContainsFunc(stanceWords(q.Text), func(w string) bool { return amityWords[w] || labelPraise[w] }) {
		return -1 // "Ames and I will work together", "my prayers are with Ames", "Ames is a fine governor"
	}
	si := d.SentenceOfByte(q.Span.End)
	for _, e := range d.Events {
		if d.SentenceOfByte(e.Evidence.Start) == si && slices.Contains(e.Participants(), d.Entities[found].Name) {
			return -1 // (its words already tell of them: "“I will meet with Ames next week,” Reed said")
		}
	}
	return found
}

// amityWords in a quotation about a rival tell of dealings or agreement,
// not a jab: "will work together", "have made our peace", "my prayers
// are with him" (rules: amityWords).
var amityWords = rules.WordClass("amityWords")

// stanceEvents turns a quotation whose words only praise (or only attack)
// into support (or opposition) by its speaker of the person it names or
// was told to: "“President Trump has done more than any person … to earn
// the trust of the movement he leads,” Vance said." Such events are less
// certain than stated ones and say so.
func (d *stage) stanceEvents() {
	// A second pass reads the quotations no word judged as jabs at a
	// rival (feudNamed), once every stance the first found is known.
	var feuds map[[2]string]bool
	unjudged := map[int]bool{}
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			if len(unjudged) == 0 {
				break
			}
			feuds = d.feuds()
		}
		d.stancePass(feuds, unjudged)
	}
}

// stancePass makes the events of the quotations' stances: with feuds nil,
// of those whose words judge, noting in unjudged those no word judged;
// with feuds, of those in unjudged that name a rival (feudNamed).
func (d *stage) stancePass(feuds map[[2]string]bool, unjudged map[int]bool) {
	for qi, q := range d.Quotes {
		if d.toldQuotes[qi] || feuds != nil && !unjudged[qi] {
			continue
		}
		var praise, attack, weak int
		if feuds == nil {
			// (the second pass reads only quotations no word judged)
			praise, attack, weak = d.quoteJudgement(qi, q)
		}
		feud := -1
		if praise == 0 && attack == 0 {
			if feuds == nil {
				unjudged[qi] = true
				continue
			}
			// (words that judge by no list, said of a rival by name:
			// "Selin's real product is press releases")
			if feud = d.feudNamed(q, d.QuoteSpeaker[qi], feuds); feud >= 0 {
				attack = 1
			}
		}
		if (praise == 0) == (attack == 0) {
			continue // neither, or both
		}
		if d.namingDenied(q) {
			continue // "denied calling Kessler “a crook”"
		}
		if k, _ := d.TokenRange(q.Span.Start, q.Span.End); k > 0 && d.accusedOf(d.SentenceOf(k), k) {
			continue // "accused Ferro of firing the chief “to protect his friends”": the charge, no judgement of its own
		}
		speaker := d.QuoteSpeaker[qi]
		target := d.quoteTarget(q, speaker, attack > 0)
		if feud >= 0 {
			target = feud
		}
		if target < 0 || d.Entities[target].Type == doc.Org && attack == 0 && praise <= weak {
			continue // (an organization is judged only by a word that judges)
		}
		if sq := d.SentenceOfByte(q.Span.End); d.spokesperson(sq, speaker) {
			// "“… grateful to Secretary Villa,” said Garrett Lund, a
			// White House spokesman": the judgement is the body's; a
			// spokesperson's word of the one spoken for is none.
			if d.spokesPrincipal(sq, speaker) == target {
				continue
			}
			if o := d.speaksFor(sq, speaker); o >= 0 {
				if o == target {
					continue
				}
				speaker = o
			}
		}
		typ := powermap.EventSupport
		if attack > 0 {
			typ = powermap.EventOppose
		}
		si := d.SentenceOfByte(q.Span.End)
		if d.statedStance(si, d.Entities[speaker].Name, d.Entities[target].Name, typ) {
			// "praised Tapp as “an engineer who knows every metre of
			// the desert”": the verb has judged; a label its words
			// seem to turn the other way does not undo it. (A stance
			// that turns within the sentence, "praised him for years
			// but on Tuesday called him “a fraud”", is lost with it: a
			// check for "but" cost an unread set more than it gave.)
			continue
		}
		s := d.Sentences[si]
		// (the time nearest the quotation: "Dunleavy quit the following
		// year and, in a memoir published last August, called Sulaiman
		// “…”" is last August's)
		near := s.First
		if k, _ := d.TokenRange(q.Span.Start, q.Span.End); k >= s.First && k < s.Last {
			near = k
		}
		ev := powermap.Event{Type: typ, Source: d.Entities[speaker].Name, Target: d.Entities[target].Name, Evidence: powermap.Span{Start: s.Start, End: s.End},
			Rule: "quote-" + typ, Confidence: 0.5, Note: "inferred from the words of a quotation", Date: d.dateNear(si, near)}
		if feud >= 0 {
			// (a jab is dated by its telling, not by a time its words
			// speak of: "“Ames visited our city hall in May,” Reed said")
			ev.Rule, ev.Confidence, ev.Note = "quote-feud", 0.4, "a quotation naming one the speaker is at odds with in this article"
			ev.Date = d.dateNearIn(si, near, func(de doc.DateExpr) bool { return de.Start < q.Span.Start || de.Start >= q.Span.End })
		}
		if post := s.Post; ev.Date == "" && post >= 0 && !d.Article.Posts[post].Posted.IsZero() {
			ev.Date = d.Article.Posts[post].Posted.Format("2006-01-02") // a post says it on its own day
		}
		if ev.Date == "" && s.Post < 0 {
			// "Fahl spoke on Monday night. “…,” she said": the time the
			// paragraph has just given, before the lead's.
			if first, _ := d.TokenRange(q.Span.Start, q.Span.End); first >= 0 {
				ev.Date = d.toldDate(d.SentenceOf(first), si)
			}
		}
		d.Events = append(d.Events, ev)
	}
}

// statedStance reports whether sentence si states, by a frame, a stance
// of source toward target other than typ (support against oppose).
func (d *stage) statedStance(si int, source, target, typ string) bool {
	for _, e := range d.Events {
		if e.Source == source && e.Target == target && e.Type != typ && (e.Type == powermap.EventSupport || e.Type == powermap.EventOppose) &&
			!strings.HasPrefix(e.Rule, "quote-") && d.SentenceOfByte(e.Evidence.Start) == si {
			return true
		}
	}
	return false
}

// quoteJudgement counts the words and phrases of quotation qi (q) that praise
// and attack, and those of weak praise, from what its speaker says in their
// own voice: the counts stanceEvents judges a quotation by.
func (d *stage) quoteJudgement(qi int, q powermap.Quote) (praise, attack, weak int) {
	said := q.Text
	if q.Rule == "embedded-post" {
		// A post judges whom it names in the sentences that name
		// them: "Had a lovely dinner with @POTUS. 2026 is going to be
		// amazing!" says nothing of the president.
		said = d.sentencesNaming(q.Span, d.namedIn(q.Span, d.QuoteSpeaker[qi]))
	}
	said = ownJudgements(said)
	neg := -10      // index of the last word that turns a judgement round
	attacked := -10 // index of the last word of attack
	words := stanceWords(said)
	for k, w := range words {
		if rules.StanceFlip(w) && !(k+1 < len(words) && words[k+1] == "but") {
			// (not "nothing but contempt", which only insists)
			neg = k
			continue
		}
		st := rules.Stance(w)
		switch {
		case st > 0 && lacking(words, k):
			st = -1 // "a lot less respect for her", "has got to be more thankful", "does not have the courage"
		case st != 0 && k-neg <= 3:
			// "did nothing wrong", "is not corrupt": a defense;
			// "is not a great leader" says neither.
			st = max(-st, 0)
		}
		if st > 0 && k-attacked <= 2 {
			// what an attack harms or fakes: "undermined public
			// confidence", "a fake hero"
			st = 0
		}
		switch {
		case st > 0 && weakStance[w]:
			weak++ // ("new leadership", "the trust of voters")
		case st > 0:
			praise++
		case st < 0:
			attack++
			attacked = k
		}
	}
	if attack == 0 {
		praise += weak // (a topic word beside an attack judges no one: "betrayed our trust")
	}
	text := " " + strings.Join(strings.FieldsFunc(strings.ToLower(said), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }), " ") + " "
	for _, p := range rules.PraisePhrases {
		if phraseUnturned(text, p) {
			praise++
		}
	}
	for _, p := range rules.AttackPhrases {
		if phraseUnturned(text, p) {
			attack++
		}
	}
	for _, p := range rules.AimPhrases {
		if phraseUnturned(text, p) && !aimedAtNamed(said, p) {
			attack++
		}
	}
	if praise == 0 && attack == 0 && negatedAchievement(words) {
		attack++ // "Pemberton has never built anything", "can't build a chatbot"
	}
	if praise == 0 && attack == 0 && scornfulSimile(words) {
		attack++ // "treats this club like a toy"
	}
	for k := 1; k+1 < len(words); k++ {
		// "the right leader at the right time", "the wrong man for
		// the job": a person or a role judged fit or unfit
		if words[k-1] != "the" || words[k] != "right" && words[k] != "wrong" {
			continue
		}
		if k < 2 || !copulaWords[words[k-2]] {
			continue // said of someone: "Lowe is the right leader" (not "must choose the right leader")
		}
		if n := words[k+1]; rules.RoleWord(n) || rules.PersonNoun(n) || n == "man" || n == "woman" || n == "person" || n == "choice" || n == "pick" {
			if k >= 3 && rules.StanceFlip(words[k-3]) {
				continue // "is not the right person"
			}
			if words[k] == "right" {
				praise++
			} else {
				attack++
			}
		}
	}
	if loc := onlyOneWhoRe.FindStringIndex(text); loc != nil && !strings.Contains(text, " not the only ") && !attackDone(strings.Fields(text[loc[1]:])) && !slices.ContainsFunc(strings.Fields(text[:loc[0]]), func(w string) bool { return rules.Stance(w) < 0 }) {
		// "the only candidate in this race who has actually balanced a
		// budget", "the only person who has actually put a corrupt
		// official in prison": set apart from all others for what they
		// did, a judgement in praise; a word of attack on another in
		// what they did is not said of them (but "the only one who
		// actually lied" attacks, and so does "a liar and a crook, and
		// the only one who has actually admitted it").
		praise, attack = max(praise, 1), 0
	}
	if attack == 0 && bestEverRe.MatchString(text) {
		// "the steadiest operator I have ever worked with", "the
		// most careful steward … I have worked with in thirty
		// years": a superlative set against all one has worked
		// with praises (with no word of attack: "the worst boss I
		// ever worked for").
		praise++
	}
	if d.brandedAs(q) || d.scornedAs(q) {
		// "branded Mayor Kranz “a weathervane in a nice suit”": to
		// brand someone is to label them in scorn, whatever the
		// label's words.
		praise, attack = 0, max(attack, 1)
	}
	if praise == 0 && attack == 0 && (q.Rule == "naming-verb-quote" || d.predicateQuote(q)) {
		// A label of a kind someone is called by: one that sizes a
		// person up well ("a leader who listens", "a builder who bet
		// on this city") praises; another drawn out mocks.
		words := stanceWords(q.Text)
		switch {
		case praiseKinds[labelHead(words)] && !negatedLabel(words) && !badOfObject(words):
			// (not "a leader without a plan", "a fighter who never
			// shows up")
			praise = 1
		case slices.ContainsFunc(words, func(w string) bool { return labelPraise[w] }) && !negatedLabel(words):
			praise = 1 // "a really good guy", "a decent man"
		case (neutralKinds[labelHead(words)] || servantKinds[labelHead(words)]) && ofHomeplace(words):
			// "a daughter of this city", "a servant of our people": one
			// of the place the speaker claims as home, or who serves it
			// (a clause after the place must say something good: "…
			// who has never forgotten where she came from")
			praise = 1
		case neutralKinds[labelHead(words)]:
			// "a longtime member of our board", "a mother of three":
			// what someone is, not how good
		case derisiveLabel(q.Text):
			attack = 1
		}
	}
	if praise == 0 && attack == 0 && d.labelsSuitOnSpeaker(q, d.QuoteSpeaker[qi]) {
		attack = 1 // (even a label that only says what a thing is: "a press release with a filing fee")
	}
	if praise == 0 && attack == 0 && copulaPraise(said) {
		praise = 1
	}
	return praise, attack, weak
}

// toldDate returns the day of words reported in sentence si (their
// quotation opening in sentence from): the day the paragraph has given
// before from, else the lead's day when nothing in si places the telling
// before it; or "".
func (d *stage) toldDate(from, si int) string {
	if v := d.paragraphDate(from); v != "" {
		return v
	}
	if d.LeadDay != "" && d.reportedSpeech(si) {
		return d.LeadDay
	}
	return ""
}

// ownJudgements returns the parts of a quotation that judge in the
// speaker's own voice, clause by clause: not a question ("Is Reilly a
// liar? I don't know"), nor a judgement reported of others or denied,
// after a verb of saying or naming whose subject is another's voice or
// which is negated ("People call Sandberg a fraud, but I disagree", "I
// never said he was a liar"), unless the next clause agrees ("…, and they
// are right"); what a clause says before such a verb stays ("Sandberg is
// a fraud, and everyone says so").
func ownJudgements(said string) string {
	var out []string
	for _, whole := range quoteSentences(said) {
		if strings.HasSuffix(strings.TrimRight(whole, " \"'”’)»"), "?") {
			continue
		}
		clauses := quoteClauses(whole)
		for ci, sent := range clauses {
			if ci+1 < len(clauses) && agrees(clauses[ci+1]) {
				out = append(out, sent) // "Critics call him a fraud, and they are right"
				continue
			}
			out = append(out, ownClause(sent))
		}
	}
	return strings.Join(out, " ")
}

// quoteClauses splits a sentence of a quotation at a colon or semicolon
// and before ", and" or ", but" that open a clause of their own.
func quoteClauses(sent string) []string {
	var out []string
	start := 0
	for i := 0; i < len(sent); i++ {
		switch {
		case sent[i] == ':' || sent[i] == ';':
			out = append(out, sent[start:i+1])
			start = i + 1
		case sent[i] == ',' && (strings.HasPrefix(sent[i+1:], " and ") || strings.HasPrefix(sent[i+1:], " but ")):
			out = append(out, sent[start:i+1])
			start = i + 1
		}
	}
	return append(out, sent[start:])
}

// agrees reports whether a clause agrees with what the one before it
// reports ("and they are right", "and I agree", "and I am one of them").
func agrees(clause string) bool {
	c := " " + strings.Join(stanceWords(clause), " ") + " "
	for _, p := range agreePhrases {
		if strings.Contains(c, " "+p+" ") {
			return true
		}
	}
	return false
}

// agreePhrases agree with a judgement reported just before (rules:
// agreePhrases, words joined by "_").
var agreePhrases = func() []string {
	var out []string
	for w := range rules.WordClass("agreePhrases") {
		out = append(out, strings.ReplaceAll(w, "_", " "))
	}
	return out
}()

// ownClause returns what a clause of a quotation says in the speaker's
// own voice: all of it, or what comes before a verb of saying or naming
// whose subject is another's voice or which is negated.
func ownClause(sent string) string {
	var words []string
	var starts []int
	for i := 0; i < len(sent); {
		r, n := utf8.DecodeRuneInString(sent[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(sent) {
			r, n := utf8.DecodeRuneInString(sent[j:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			j += n
		}
		words, starts = append(words, strings.ToLower(sent[i:j])), append(starts, i)
		i = j
	}
	keep := len(sent)
	for k, w := range words {
		if !reportingForms[w] {
			continue
		}
		// the subject, past auxiliaries, adverbs and a negation
		j := k - 1
		negated := false
		for j >= 0 && (rules.StanceFlip(words[j]) || reportingAux[words[j]]) {
			negated = negated || rules.StanceFlip(words[j]) || words[j] == "t"
			j--
		}
		if negated || j >= 0 && otherVoices[words[j]] {
			keep = starts[max(j, 0)]
		}
		break
	}
	return sent[:keep]
}

// lacking reports whether the word of praise at words[k] is said to be
// wanting: after "less" or "fewer" ("I have a lot less respect for
// him"), after a verb of losing or lacking ("has lost the trust of the
// people", "lacks the courage"; not "never lost") or a negated "have"
// ("what he does not have is the courage") with only a determiner between
// ("the public's"), the word not modifying a person ("we lost a great
// leader"), or after "be more" that a
// word of obligation governs ("you have got to be more thankful", "she
// needs to be more honest").
func lacking(words []string, k int) bool {
	if k >= 1 && (words[k-1] == "less" || words[k-1] == "fewer") || k >= 2 && (words[k-2] == "less" || words[k-2] == "fewer") && !rules.FunctionWords[words[k-1]] {
		return true
	}
	if k+1 < len(words) && rules.PersonNoun(words[k+1]) {
		return false // a modifier of whom is lost: "we lost a great leader"
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		negated := j >= 1 && (words[j-1] == "not" || words[j-1] == "t" || words[j-1] == "never")
		if !(lossWords[words[j]] && !negated || words[j] == "have" && negated) {
			// ("doesn't" is "doesn", "t" in stanceWords)
			continue
		}
		// Only a determiner or "is" between the verb and the word: "has
		// lost the trust", "does not have the courage", "what he does not
		// have is the courage" (not "lost none of his courage", "don't
		// have anything but respect", "don't have a better friend").
		for _, b := range words[j+1 : k] {
			if !lackedDeterminers[b] {
				return false
			}
		}
		return true
	}
	if k < 2 || words[k-1] != "more" || words[k-2] != "be" {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-6; j-- {
		switch words[j] {
		case "should", "must", "need", "needs", "got", "ought", "has", "have":
			return true
		}
	}
	return false
}

// quoteSentences splits a quotation's text after each ".", "?" or "!"
// that a space follows.
func quoteSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, text[start:i+1])
			start = i + 1
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, text[start:])
	}
	return out
}

// reportingForms are forms of verbs that report or name a judgement
// (rules: reportingForms); otherVoices are subjects of such verbs that
// are not the speaker ("they", "critics").
var (
	reportingForms = rules.WordClass("reportingForms")
	otherVoices    = rules.WordClass("otherVoices")
	// reportingAux stand between a reporting verb and its subject.
	reportingAux = map[string]bool{"did": true, "didn": true, "do": true, "don": true, "does": true, "doesn": true, "t": true,
		"have": true, "has": true, "had": true, "ever": true, "always": true, "also": true, "often": true, "will": true, "would": true}
)

// weakStance are words of praise that as often name a topic as judge
// (rules: weakStance).
var weakStance = rules.WordClass("weakStance")

// predicateQuote reports whether quotation q is the predicate of "was"
// or "is" right before it: "wrote that Diallo was “a man who governs by
// mood”", a label as a naming verb's is.
func (d *stage) predicateQuote(q powermap.Quote) bool {
	k, _ := d.TokenRange(q.Span.Start, q.Span.End)
	for k > 0 && !d.Tokens[k-1].Word && d.Tokens[k-1].Text != "," {
		k-- // the opening mark
	}
	if k < 1 {
		return false
	}
	switch d.Tokens[k-1].Lower {
	case "was", "is", "were", "are", "remains", "remained":
	default:
		return false
	}
	// (said of a person named right before: not "the recall was “a
	// decision taken in Estovia's interests”")
	mi := d.LastMentionBefore(k - 1)
	return mi >= 0 && d.Mentions[mi].Last == k-1 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Person
}

// namingDenied reports whether the verb that names someone with
// quotation q, just before it, is denied or negated: "denied calling
// Kessler “a crook”", "never called her “a liar”", "stopped short of
// calling him “corrupt”".
func (d *stage) namingDenied(q powermap.Quote) bool {
	si := d.SentenceOfByte(q.Span.Start)
	if si < 0 {
		return false
	}
	p := d.analyse(si)
	if !p.parsed {
		return false
	}
	v := -1
	for i, t := range p.toks {
		if t.End <= q.Span.Start && t.UPOS == "VERB" {
			v = i
		}
	}
	for n := 0; v >= 0 && n < 4; n++ {
		t := p.toks[v]
		// (a verb over the naming one that denies or holds it back; the
		// naming verb itself may be such a verb: "dismissed her as …")
		if n > 0 && t.UPOS == "VERB" && negImplicatives[strings.ToLower(t.Lemma)] {
			return true
		}
		for _, c := range p.toks {
			if c.Head == v && (c.Rel == "advmod" || c.Rel == "neg") {
				switch strings.ToLower(c.Form) {
				case "not", "n't", "n’t", "never":
					return true
				}
			}
		}
		switch base(t.Rel) {
		case "xcomp", "ccomp", "acl":
			v = t.Head
		case "advcl":
			// (not a participle set off by a comma, an act of its own:
			// "denied the allegations, calling Kessler “a liar”")
			if slices.ContainsFunc(p.toks[t.Head+1:max(v, t.Head+1)], func(x syntax.Token) bool { return x.Form == "," }) || v < t.Head {
				return false
			}
			v = t.Head
		default:
			return false
		}
	}
	return false
}

// negImplicatives deny or hold back what their complement says ("denied
// calling", "refused to call").
var negImplicatives = rules.WordClass("negImplicatve")

// attackDone reports whether words hold a word of attack that is not a
// modifier of a noun an article opens ("lied under oath", not "put a
// corrupt official in prison").
func attackDone(words []string) bool {
	for k, w := range words {
		if rules.Stance(w) < 0 && (k == 0 || words[k-1] != "a" && words[k-1] != "an" && words[k-1] != "the") {
			return true
		}
	}
	return false
}

// onlyOneWhoRe finds "the only … who has actually …": one set apart from
// every other for what they did (quoteJudgement).
var onlyOneWhoRe = regexp.MustCompile(`\bthe only (?:[\w'-]+ ){1,6}?(?:who|that) (?:has |have |had |'s |is |was )?actually\b`)

// bestEverRe matches a superlative measured against all the people the
// speaker has known: "the steadiest operator I have ever worked with"
// (not "the biggest mistake I have ever seen").
var bestEverRe = regexp.MustCompile(`\b(?:most|best|\w{3,}est) (?:[\w'-]+ ){0,6}?(?:i|we) (?:have |had |'ve |ve )?(?:ever )?(?:worked with|met|known|served with|worked for)\b`)

// aimedAtNamed reports whether aim phrase p (lower case) is followed in
// said by a name or an object pronoun, the one the wrongful act aims at
// ("any attempt to intimidate Tomas Vik", "meant to silence her").
func aimedAtNamed(said, p string) bool {
	lower := strings.ToLower(said)
	if len(lower) != len(said) {
		return false // (a letter whose lower case is of another length: no offsets to share)
	}
	for from := 0; ; {
		i := strings.Index(lower[from:], p)
		if i < 0 {
			return false
		}
		rest := strings.TrimLeft(said[from+i+len(p):], " ")
		w := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if len(rest) > 0 && len(w) > 0 && strings.HasPrefix(rest, w[0]) {
			if r, _ := utf8.DecodeRuneInString(w[0]); unicode.IsUpper(r) || objectPronouns[strings.ToLower(w[0])] {
				return true
			}
		}
		from += i + len(p)
	}
}

// objectPronouns stand for the one an act is aimed at.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}

// phraseUnturned reports whether phrase p (words joined by spaces)
// stands in text (lower-case words between spaces) with no word that
// turns a judgement round among the four before it: "no longer has my
// full backing", "is not bought and paid for" say neither.
func phraseUnturned(text, p string) bool {
	// (the phrase is looked for before anything else: a quotation holds
	// few of the hundreds of phrases, and this runs for each)
	at := func(from int) int {
		for {
			i := strings.Index(text[from:], p)
			if i < 0 {
				return -1
			}
			i += from
			if i > 0 && text[i-1] == ' ' && i+len(p) < len(text) && text[i+len(p)] == ' ' {
				return i - 1 // (where " "+p+" " starts)
			}
			from = i + 1
		}
	}
	i := at(0)
	if i < 0 {
		return false
	}
	if slices.ContainsFunc(strings.Fields(p), func(w string) bool { return w == "more" || w == "harder" || w == "better" || w == "than" }) {
		// a comparison is a superlative with its negation ("nobody has
		// done more for …")
		return true
	}
	for ; i >= 0; i = at(i + 2) {
		before := strings.Fields(text[:i])
		turned := false
		for k := max(0, len(before)-4); k < len(before); k++ {
			turned = turned || rules.StanceFlip(before[k])
		}
		if !turned {
			return true
		}
	}
	return false
}

// stanceWords splits a quotation into lower-case words for its stance,
// keeping a hyphen between letters ("top-notch", "hardest-working").
func stanceWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(w, "-"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// negatedAchievement reports whether words (a quotation's, from
// stanceWords) deny someone other than the speaker a thing done well: a
// negation ("never", "not", the "t" of "n't", "cannot"), at most two
// words of degree between ("never once", "can't even"), then a verb of
// achievement ("has never built anything", "can't build a chatbot that
// counts to ten", "has never signed a paycheck"), with no "i" or "we"
// among the three words before the negation ("I never built it alone").
func negatedAchievement(words []string) bool {
	for k, w := range words {
		if w != "never" && w != "not" && w != "t" && w != "cannot" {
			continue
		}
		self := false
		for j := max(k-3, 0); j < k; j++ {
			self = self || words[j] == "i" || words[j] == "we"
		}
		if self {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			if achievementForms[words[j]] {
				return true
			}
			if !degreeWords[words[j]] {
				break
			}
		}
	}
	return false
}

// scornfulSimile reports whether words (a quotation's, from stanceWords)
// say that someone other than the speaker treats something like what it
// is not: a form of "treat", not passive and not negated, then within six
// words "as if", "as though", or "like" before a determiner or a plural,
// and no word of regard among the four words after it ("treats its
// workers like spare parts", "treating the budget like a loyalty
// program"; not "treated us like family", "was treated like a criminal",
// "never treated us like servants", "we treat players like adults",
// "treats diseases like malaria", where "like" is "such as").
func scornfulSimile(words []string) bool {
	for k, w := range words {
		if !treatForms[w] {
			continue
		}
		turned := false
		for j := max(k-3, 0); j < k; j++ {
			turned = turned || words[j] == "i" || words[j] == "we" || rules.StanceFlip(words[j])
		}
		if turned || k > 0 && beingWords[words[k-1]] {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+6; j++ {
			if words[j] != "like" && (words[j] != "as" || j+1 >= len(words) || words[j+1] != "if" && words[j+1] != "though") {
				continue
			}
			regard, kind := false, false
			for n, x := range words[j+1 : min(j+5, len(words))] {
				regard = regard || regardKinds[x]
				// what it is likened to: "a toy", "his fiefdom", "spare
				// parts" (not "like malaria", "like housing and transit":
				// such as)
				kind = kind || n == 0 && likenedDeterminers[x] || n < 3 && len(x) > 3 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss")
			}
			if !regard && (kind || words[j] == "as") {
				return true
			}
			break
		}
	}
	return false
}

// likenedDeterminers open what something is treated like ("like a toy",
// "like his own fiefdom").
var likenedDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true, "some": true}

// treatForms are the forms of "treat"; beingWords, before one, make it
// passive; regardKinds are what treating someone like honours them
// (rules: treatForms, beingWords, regardKinds).
var (
	treatForms  = rules.WordClass("treatForms")
	beingWords  = rules.WordClass("beingWords")
	regardKinds = rules.WordClass("regardKinds")
)

// achievementForms are forms of verbs of doing something well, which a
// negation turns into an attack; degreeWords may stand between the two
// (rules: achievementForms, degreeWords).
var (
	achievementForms = rules.WordClass("achievementForms")
	degreeWords      = rules.WordClass("degreeWords")
)

// derisiveLabel reports whether a quotation someone is called by is a
// drawn-out label of a kind ("a casino with a website", "a man with no
// record to run on"), which, with no word of praise in it, mocks (short
// ones may praise in words no list holds: "a true partner").
func derisiveLabel(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	return len(w) >= 4 && (w[0] == "a" || w[0] == "an")
}

// servantKinds are those who serve; homeplaces are the places and
// peoples a speaker calls "this" or "our" ("this city", "our people")
// (rules: servantKinds, homeplaces).
var (
	servantKinds = rules.WordClass("servantKinds")
	homeplaces   = rules.WordClass("homeplaces")
)

// ofHomeplace reports whether label words set their head noun of a home
// place, ending there or going on with a relative clause that says
// something good of its bearer and turns nothing against them: "a
// daughter of this city", "a servant of our people", "a son of this city
// who has never forgotten where he came from". Not "a member of our
// board", "a son of a farmer", "no friend of this city", "a servant of
// this city's developers" (the place only owns what is served), "a
// so-called servant of this city", "a son of this city who lost his
// way", "… who only serves himself".
func ofHomeplace(w []string) bool {
	head := labelHead(w)
	i := slices.Index(w, head)
	if i <= 0 || i+3 >= len(w) || w[i+1] != "of" || w[i+2] != "this" && w[i+2] != "our" || !homeplaces[w[i+3]] || negatedLabel(w[:i]) {
		return false
	}
	if slices.ContainsFunc(w, func(x string) bool { return labelHedges[x] }) {
		return false
	}
	rest := w[i+4:]
	if len(rest) == 0 {
		return true
	}
	if rest[0] != "who" && rest[0] != "that" {
		return false // ("… of this city's developers", "… of this city in name only")
	}
	good := false // (the clause must say something good: "who lost her way" does not)
	for k, x := range rest {
		keeps := x == "never" && k+1 < len(rest) && forgetting[rest[k+1]]
		if labelNegations[x] && !keeps || rules.Stance(x) < 0 {
			return false
		}
		good = good || keeps || rules.Stance(x) > 0
	}
	return good
}

// labelHedges make a label a pretence ("a so-called servant of this
// city", "a servant of this city, supposedly"); forgetting, after
// "never", keeps faith ("who never forgot where she came from") (rules:
// labelHedges, forgetting).
var (
	labelHedges = rules.WordClass("labelHedges")
	forgetting  = rules.WordClass("forgetting")
)

// labelHead returns the head noun of a label of a kind ("a leader who
// listens": "leader"; "a true champion of the port": "champion"): the
// last word after its article before a preposition, relative word or
// function word; "" when the label opens with no article.
func labelHead(w []string) string {
	if len(w) < 2 || w[0] != "a" && w[0] != "an" && w[0] != "the" {
		return ""
	}
	head := ""
	for _, x := range w[1:] {
		if rules.Prepositions[x] || rules.FunctionWords[x] || x == "who" || x == "that" || x == "which" {
			break
		}
		head = x
	}
	return head
}

// copulaPraise reports whether a clause of quotation text predicates of
// a person, named or "he"/"she", a kind of person that praises:
// "Camille is the best operator in this industry", "She's the future of
// this party", "Odile Marchetti is a fighter for working families". The
// label is read up to the clause's end. It must be a kind of person ("a
// leader", not "the leader of the opposition", a post; "the best
// operator", not "the best reason"), and nothing may turn it: a negation
// in it ("is not the best"), a doubt or condition before the copula
// ("nobody believes X is", "if X is"), a possessor ("Berg's son is").
func copulaPraise(text string) bool {
	contractions := strings.NewReplacer("she’s ", "she is ", "she's ", "she is ", "he’s ", "he is ", "he's ", "he is ")
	for _, clause := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return strings.ContainsRune(",.;:!?—–\"“”()", r) }) {
		w := strings.Fields(contractions.Replace(clause + " "))
		for c := 1; c+2 < len(w); c++ {
			if w[c] != "is" && w[c] != "was" && w[c] != "remains" {
				continue
			}
			if s := w[c-1]; s == "it" || s == "this" || s == "that" || s == "there" || s == "what" || s == "which" || strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || rules.FunctionWords[s] && s != "he" && s != "she" {
				continue // ("this is the best deal we could get")
			}
			if slices.ContainsFunc(w[:c], func(x string) bool { return copulaTurners[x] || labelNegations[x] }) {
				continue
			}
			label := w[c+1:]
			if slices.ContainsFunc(label, func(x string) bool { return labelNegations[x] }) {
				continue
			}
			head := labelHead(label)
			if praiseKinds[head] && !badOfObject(label) && (label[0] == "a" || label[0] == "an" || ofPraiseKinds[head] && slices.Index(label, head)+1 < len(label) && label[slices.Index(label, head)+1] == "of") {
				return true
			}
			if label[0] != "the" || len(label) < 3 || head == "" || !(rules.PersonNoun(head) || rules.RoleWord(head)) || rules.Stance(head) < 0 || badKinds[head] {
				continue
			}
			if praiseSuperlatives[label[1]] || label[1] == "most" && praiseMosts[label[2]] {
				return true
			}
		}
	}
	return false
}

// copulaTurners, before the copula, leave a predication unasserted
// (rules: copulaTurners).
var copulaTurners = rules.WordClass("copulaTurners")

// ofPraiseKinds praise with an of-phrase and "the": "the future of this
// party", "the conscience of the Senate", "the heart of the brand".
var ofPraiseKinds = rules.WordClass("ofPraiseKinds")

// badOfObject reports whether a label's of-phrase names something bad or
// a matter, which no kind of praise is at the heart of: "the heart of
// the problem", "the soul of the smuggling ring".
func badOfObject(label []string) bool {
	i := slices.Index(label, "of")
	if i < 0 {
		return false
	}
	for _, w := range label[i+1:] {
		if badOfWords[w] || rules.Stance(w) < 0 {
			return true
		}
	}
	return false
}

// badOfWords are matters and wrongs a label's of-phrase may name (rules:
// badOfWords).
var badOfWords = rules.WordClass("badOfWords")

// badKinds are kinds of person no superlative makes praise: "the
// strongest suspect" (rules: badKinds).
var badKinds = rules.WordClass("badKinds")

// praiseSuperlatives and praiseMosts make a kind of person predicated of
// someone praise (rules: praiseSuperlatives, praiseMosts).
var praiseSuperlatives, praiseMosts = rules.WordClass("praiseSuperlatives"), rules.WordClass("praiseMosts")

// negatedLabel reports whether a word of labelNegations turns the label
// words round: not one before a word of giving up, which it turns back
// ("a fighter who never quits", "a leader who never backs down" praise).
func negatedLabel(words []string) bool {
	for i, w := range words {
		if labelNegations[w] && !(i+1 < len(words) && givingUp[words[i+1]]) {
			return true
		}
	}
	return false
}

// givingUp are words of giving up or failing: negated, they praise.
var givingUp = rules.WordClass("givingUp")

// labelNegations turn a label of praise round ("a leader with no plan",
// "a leader who doesn't listen": "t" is what is left of "n't").
var labelNegations = map[string]bool{"no": true, "not": true, "never": true, "without": true, "nothing": true, "only": true, "t": true, "nor": true, "neither": true}

// praiseKinds are kinds of person a label praises someone by calling
// them one (rules: praiseKinds).
var praiseKinds = rules.WordClass("praiseKinds")

// lossWords lose or lack what a word of praise after them names (rules:
// lossWords).
var lossWords = rules.WordClass("lossWords")

// lackedDeterminers may stand between a verb of losing or lacking and the
// word of praise it governs (rules: lackedDeterminers).
var lackedDeterminers = rules.WordClass("lackedDeterminers")

// labelPraise are plain words of praise that, in a label of a person,
// praise ("a really good guy"); neutralKinds are kinds a label may name
// without judging ("a longtime member", "a father of three") (rules:
// labelPraise, neutralKinds).
var (
	labelPraise  = rules.WordClass("labelPraise")
	neutralKinds = rules.WordClass("neutralKinds")
)

// brandedAs reports whether quotation q is the label of "brand" ("branded
// him “a vulture”"): the verb stands at most six tokens before it in its
// sentence, or ten with the object's apposition between ("branded his
// rival, Tom Brack, “a tourist …”"), and no clause opens between.
func (d *stage) brandedAs(q powermap.Quote) bool {
	k, _ := d.TokenRange(q.Span.Start, q.Span.End)
	if k < 0 {
		return false
	}
	si := d.SentenceOf(k)
	commas := 0
	for j := k - 1; j >= d.Sentences[si].First && j >= k-10; j-- {
		switch d.Tokens[j].Lower {
		case "brand", "brands", "branded", "branding":
			return j >= k-6 || commas == 2
		case ",":
			commas++
		case "who", "which", "that", "and", "but", "said", "says", "told", ";":
			return false
		}
	}
	return false
}

// scornedAs reports whether quotation q is a label given while scorning
// a person: a naming participle ("calling", "dubbing", "labeling",
// "labelling", "describing") at most four tokens before it whose object
// is a person, governed in the sentence's parse by an active verb of scorn
// (rules: scornVerbs), or by a verb whose purpose clause is one ("took to
// his show to ridicule the plan, calling her …"): "mocked the heiress on his podcast, calling her “a
// trust fund with a ring light”" (not "Crane, whom Ochoa mocked, praised
// Hale, calling him …", nor "… Hale, who had been insulted by his rivals,
// calling him …").
func (d *stage) scornedAs(q powermap.Quote) bool {
	k, _ := d.TokenRange(q.Span.Start, q.Span.End)
	if k < 0 {
		return false
	}
	si := d.SentenceOf(k)
	naming := -1
	for j := k - 1; j >= d.Sentences[si].First && j >= k-4; j-- {
		switch d.Tokens[j].Lower {
		case "calling", "dubbing", "labeling", "labelling", "describing":
			naming = j
		}
	}
	if naming < 0 || naming+1 >= k {
		return false
	}
	if w := d.Tokens[naming+1].Lower; w != "her" && w != "him" && w != "them" && !d.personAt(naming+1) {
		return false // (a label of what someone did: "calling the suit “a tantrum with a filing fee”")
	}
	p := d.analyse(si)
	t := p.tokenAt(d.Tokens[naming].Start)
	if !p.parsed || t < 0 {
		return false
	}
	h := p.toks[t].Head
	if h >= 0 && !scornVerbs[strings.ToLower(p.toks[h].Lemma)] {
		// "took to his radio show to ridicule the plan, calling her …":
		// the verb of scorn may be the purpose clause of the one the
		// participle hangs on.
		for c, x := range p.toks {
			if x.Head == h && (x.Rel == "xcomp" || x.Rel == "advcl") && x.UPOS == "VERB" && scornVerbs[strings.ToLower(x.Lemma)] && c < t {
				h = c
				break
			}
		}
	}
	if h < 0 || p.toks[h].UPOS != "VERB" || !scornVerbs[strings.ToLower(p.toks[h].Lemma)] {
		return false
	}
	for _, c := range p.toks {
		if c.Head == h && (c.Rel == "aux:pass" || c.Rel == "nsubj:pass") {
			return false // (scorned, not scorning)
		}
	}
	return true
}

// scornVerbs are verbs of scorn (rules: scornVerbs).
var scornVerbs = rules.WordClass("scornVerbs")

// personAt reports whether token k is in a mention of a person.
func (d *stage) personAt(k int) bool {
	mi := d.MentionCovering(k)
	return mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Person
}

// quoteTarget returns the person a quotation is about: one it names (not
// its speaker), or the one it was told to ("he told the President"), or
// the one a naming verb names by it; attack tells whether the quotation
// attacks.
func (d *stage) quoteTarget(q powermap.Quote, speaker int, attack bool) int {
	if q.Rule == "embedded-post" {
		// A post is about whom it names ("Ferrante is bought and paid
		// for. Sad!"); the story around it tells nothing of that.
		if e := d.namedIn(q.Span, speaker); e >= 0 {
			return e
		}
		return d.orgNamedIn(q.Span, speaker)
	}
	if q.Rule == "naming-verb-quote" {
		// "called her “the bravest reporter …”": the one named.
		if k, _ := d.TokenRange(q.Span.Start, q.Span.End); k > 0 {
			end := k - 1 // the opening mark
			if end > 0 && d.Tokens[end-1].Text == "as" {
				end--
			}
			if c := d.AsideOpening(end - 1); c > 0 {
				if mi := d.MentionCovering(c + 1); mi >= 0 && d.Mentions[mi].Last == end-1 && d.Mentions[mi].First == c+1 {
					end-- // the aside is the name: "branded his rival, Tom Brack, “…”"
				} else {
					end = c // "described Abernethy, who plays her brother, as “…”"
				}
			}
			if mi := d.LastMentionBefore(end); mi >= 0 && (d.Mentions[mi].Last == end || attack && d.Mentions[mi].Last < end && end-d.Mentions[mi].Last <= 3 && d.Mentions[mi].Sent == d.SentenceOf(end)) {
				// (or, for an attack, the owner of the thing named:
				// "calling his new menu “an insult …”" — praise of one's
				// thing may be none of one: "called her exit “great
				// news”")
				if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type != doc.Place {
					return e
				}
				if m := d.Mentions[mi]; attack && m.Entity < 0 && m.Pronoun && m.Last == end && strings.EqualFold(d.Tokens[m.First].Text, "it") {
					// "called it “a giveaway”" of her plan: its maker
					if e := d.thingOwner(m.Sent, m.First); e >= 0 && e != speaker {
						return e
					}
				}
			}
		}
	}
	if k, _ := d.TokenRange(q.Span.Start, q.Span.End); k > 2 {
		// "Holt called the lawsuit “a publicity stunt”": the one who
		// brought the suit against her, told just before. Praise of an
		// act is praise of its author only for a gift or a backing
		// ("called the pledge “an extraordinary act of faith”"), not
		// for what befell them ("called her exit “great news”").
		end := k - 1 // the opening mark
		if end > 0 && d.Tokens[end-1].Text == "as" {
			end--
		}
		noun := d.judgedAct(end)
		if noun == "" {
			noun = d.actBeforeIt(end)
		}
		if noun != "" && speaker >= 0 && (attack || giftNouns[noun] || endorsementNouns[noun]) {
			if e := d.actAuthor(d.SentenceOf(end), speaker, noun); e >= 0 && e != speaker {
				return e
			}
		}
	}
	// (a pronoun too, resolved inside the quotation: "“She is the most
	// capable negotiator I know,” he said")
	if e := d.namedIn(q.Span, speaker); e >= 0 {
		return e
	}
	si := d.SentenceOfByte(q.Span.End)
	s := d.Sentences[si]
	if k, _ := d.TokenRange(q.Span.Start, q.Span.End); k > s.First+1 && d.SentenceOf(k) == si {
		// "said that shipping boss Henrietta Crane “should be ashamed of
		// herself”": the quotation is said of the reported clause's
		// subject, named right before its opening mark.
		mark := k - 1
		if d.Tokens[k].Start == q.Span.Start && !d.Tokens[k].Word {
			mark = k // (the span holds its marks)
		}
		end := mark
		for n := 0; n < 2 && end > s.First && quoteAuxiliaries[d.Tokens[end-1].Lower]; n++ {
			end-- // "… that Governor Restrepo had “done more for …”"
		}
		if mi := d.LastMentionBefore(end); mi >= 0 && d.Mentions[mi].Last == end && d.Mentions[mi].Sent == si {
			if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person && d.saidBefore(si, d.Mentions[mi].TitleFirst) {
				return e
			}
		}
	}
	for k := s.First; k+1 < s.Last; k++ {
		if d.Quoted[k] {
			continue
		}
		// "…,” Brennan said, referring to Sandberg", "had a blunt
		// message for Sandberg: “…”": the one it was said of or to.
		if k > s.First && (strings.EqualFold(d.Tokens[k].Text, "to") && strings.EqualFold(d.Tokens[k-1].Text, "referring") ||
			strings.EqualFold(d.Tokens[k].Text, "for") && strings.EqualFold(d.Tokens[k-1].Text, "message")) {
			if mi := d.NextMentionAfter(k, si); mi >= 0 && d.Mentions[mi].TitleFirst <= k+2 && !d.possessive(d.Mentions[mi]) {
				// (not one who only owns the one referred to: "referring to
				// Sandberg's predecessor, Tom Reyes")
				if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person {
					return e
				}
			}
		}
		// "…,” Contreras said of Feldblum": the one it was said of.
		if d.Tokens[k].Text == "of" && k > s.First && rules.SpeechVerbs[d.Tokens[k-1].Text] {
			if mi := d.NextMentionAfter(k, si); mi >= 0 && d.Mentions[mi].TitleFirst <= k+2 {
				if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person {
					return e
				}
			}
		}
		if d.Tokens[k].Text != "told" && d.Tokens[k].Text != "thanked" {
			continue
		}
		if d.Tokens[k].Text == "told" && !attack && !addressesYou(q.Text) {
			// "told Musk, “this is great for the country”": praise of
			// this, not of him (an attack told is on the hearer's doing:
			// "“This plan is a disaster,” Pryce told Whitfield")
			continue
		}
		if mi := d.NextMentionAfter(k, si); mi >= 0 && d.Mentions[mi].TitleFirst <= k+2 {
			if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person {
				return e
			}
		}
	}
	return d.orgNamedIn(q.Span, speaker)
}

// suitNouns name a legal action someone brings (rules: suitNouns).
var suitNouns = rules.WordClass("suitNouns")

// threatNouns name a threat made; reportNouns a piece of reporting
// (rules: threatNouns, reportNouns).
var (
	threatNouns = rules.WordClass("threatNouns")
	reportNouns = rules.WordClass("reportNouns")
)

// namingForms and asNamingForms name a thing as what a quotation after
// them (and "as") says ("called the lawsuit “a stunt”", "remarks that she
// dismissed as “slander”") (rules: namingForms, asNamingForms).
var (
	namingForms   = rules.WordClass("namingForms")
	asNamingForms = rules.WordClass("asNamingForms")
)

// judgedAct returns, lower case, the noun of an act that the words before
// token end (a quotation's opening mark, or its "as") name, for a
// judgement the quotation passes on it: a noun with a determiner and at
// most three words of its own before it ("the lawsuit", "the ethics
// complaint", "these latest allegations"), or the noun a relative clause
// ending in a verb of naming is of ("remarks that Njoroge later dismissed
// as"); else "".
func (d *stage) judgedAct(end int) string {
	n := end - 1
	if n <= 0 {
		return ""
	}
	first := d.Sentences[d.SentenceOf(n)].First
	w := d.Tokens[n].Lower
	if namingForms[w] || asNamingForms[w] {
		// "remarks that Njoroge later dismissed as": the noun before
		// "that" or "which", with its subject and an adverb between.
		for j := n - 1; j > first && j >= n-6; j-- {
			switch t := d.Tokens[j].Lower; {
			case t == "that" || t == "which":
				if isLowerWord(d.Tokens[j-1].Text) {
					return d.Tokens[j-1].Lower
				}
				return ""
			case !d.Tokens[j].Word:
				return ""
			}
		}
		return ""
	}
	if !isLowerWord(d.Tokens[n].Text) {
		return ""
	}
	for j := n - 1; j >= first && j >= n-4; j-- {
		t := d.Tokens[j].Text
		switch strings.ToLower(t) {
		case "the", "this", "that", "these", "those":
			return w
		}
		if !isLowerWord(t) {
			return ""
		}
	}
	return ""
}

// actAuthor returns the one whose act, told by an event in sentence si
// or the three before it, "the NOUN" names, for a judgement of it: the
// one who brought "the lawsuit" or "the complaint" (against the speaker
// before anyone else), who made "the endorsement", "the donation" or
// "the threat", who handed in "the resignation", whose attack on the
// speaker "the remark" or "the allegations" were, who did the harm "the
// ruling" is of (harmerOf), or who published "the report" (reporterOf).
// Else -1.
func (d *stage) actAuthor(si, speaker int, noun string) int {
	fits := func(e powermap.Event) bool {
		switch {
		case suitNouns[noun]:
			return d.suitEvent(e)
		case departureNouns[noun]:
			return e.Type == powermap.EventPosition && e.Status == "end"
		case endorsementNouns[noun]:
			return e.Type == powermap.EventSupport
		case giftNouns[noun]:
			return e.Type == powermap.EventFund
		case threatNouns[noun]:
			return e.Type == powermap.EventThreaten
		}
		return false
	}
	if reportNouns[noun] {
		// "The Ledger reported that … Pell denied the report, calling
		// it “pure invention”": the one who published it.
		return d.reporterOf(si, speaker)
	}
	if rulingNouns[noun] {
		// "The league fined owner Piet Smalt … Smalt called the process
		// “a sham”": the one who did the harm the ruling is of.
		return d.harmerOf(si, speaker)
	}
	if remarkNouns[noun] && speaker >= 0 {
		// "Kaur accused Meridian of lying. Meridian called the remark
		// “false and inflammatory”": the one whose attack on the
		// speaker it was.
		return d.lastAttacker(si, speaker)
	}
	name := d.Entities[speaker].Name
	for _, against := range []bool{true, false} {
		for i := len(d.Events) - 1; i >= 0; i-- {
			e := d.Events[i]
			ej := d.SentenceOfByte(e.Evidence.Start)
			if ej > si || ej < si-3 || e.Source == name || against != (e.Target == name) || !fits(e) {
				continue
			}
			return d.entityNamed(e.Source)
		}
	}
	if suitNouns[noun] {
		// "the suit" a story is about, brought against the speaker
		// further back (the lead told it): the one who brought it, if
		// only one did.
		suer := ""
		for _, e := range d.Events {
			if d.SentenceOfByte(e.Evidence.Start) > si || e.Target != name || !fits(e) {
				continue
			}
			if suer != "" && suer != e.Source {
				return -1
			}
			suer = e.Source
		}
		if suer != "" {
			return d.entityNamed(suer)
		}
	}
	return -1
}

// entityNamed returns the entity whose name is name, or -1.
func (d *stage) entityNamed(name string) int {
	for k, ent := range d.Entities {
		if ent.Name == name {
			return k
		}
	}
	return -1
}

// suitEvent reports whether event e is a legal action brought: an
// oppose event of suing, a suit, a complaint or a filing — by its rule,
// or by its sentence when another frame's event stands for it ("filed a
// lawsuit … accusing Lindqvist of …" kept as the accusation).
func (d *stage) suitEvent(e powermap.Event) bool {
	if e.Type != powermap.EventOppose {
		return false
	}
	r := strings.ToLower(e.Rule)
	if strings.HasPrefix(r, "sue") || strings.Contains(r, "suit") || strings.Contains(r, "complaint") || strings.Contains(r, "file") {
		return true
	}
	if e.Evidence.End > len(d.Text) || e.Evidence.Start >= e.Evidence.End {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(d.Text[e.Evidence.Start:e.Evidence.End]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "sued" || w == "lawsuit" || w == "suit" || w == "complaint" {
			return true
		}
	}
	return false
}

// praisingVerb reports whether verb form w names in praise ("hailed",
// "lauded", "touted", "praised").
func praisingVerb(w string) bool {
	for _, p := range []string{"hail", "laud", "tout", "prais"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return rules.Stance(w) > 0
}

// labelsSuitOnSpeaker reports whether quotation q labels a legal action
// that someone brought against its speaker, told in its sentence or the
// three before ("Quillon sued Aperture … Aperture called the suit “a
// press release with a filing fee”"): the one sued who names the suit
// by anything but praise dismisses it, whatever the label's words.
func (d *stage) labelsSuitOnSpeaker(q powermap.Quote, speaker int) bool {
	k, _ := d.TokenRange(q.Span.Start, q.Span.End)
	if speaker < 0 || k <= 2 {
		return false
	}
	end := k - 1 // the opening mark
	if d.Tokens[end-1].Text == "as" {
		end--
	}
	noun := d.judgedAct(end)
	if noun == "" {
		noun = d.actBeforeIt(end)
	}
	if !suitNouns[noun] {
		return false
	}
	if neutralLabels[labelHead(stanceWords(q.Text))] {
		return false // "a matter for the courts", "the first step in a long process"
	}
	si, name := d.SentenceOf(end), d.Entities[speaker].Name
	naming := false // a verb of naming before the suit's noun: "called", "dismissed … as"
	for j := end - 1; j >= d.Sentences[si].First && j >= end-7 && !naming; j-- {
		w := d.Tokens[j].Lower
		if praisingVerb(w) {
			return false // "hailed the suit as …"
		}
		naming = namingForms[w] || asNamingForms[w]
	}
	if !naming {
		return false // ("said the lawsuit “raises questions”" labels nothing)
	}
	// the suit told last, within three sentences, must be against the
	// speaker ("Vik sued Quill … Brede sued Orrin Freight. Quill called
	// the suit …" speaks of Brede's)
	for i := len(d.Events) - 1; i >= 0; i-- {
		e := d.Events[i]
		if ej := d.SentenceOfByte(e.Evidence.Start); ej <= si && ej >= si-3 && d.suitEvent(e) {
			return e.Target == name
		}
	}
	return false
}

// neutralLabels head labels that say what a suit is without judging it
// (rules: neutralLabels).
var neutralLabels = rules.WordClass("neutralLabels")

// actBeforeIt returns, lower case, the noun of an act that "it" or
// "them", token end-1, stands for when it is judged right after the
// clause whose object the act is, set off by a comma ("denied the
// report, calling it “…”", "rejected the allegations, calling them …",
// "dismissed a report in the Ledger, calling it …"): the noun must end
// that clause, but for a phrase naming where it appeared; else "".
func (d *stage) actBeforeIt(end int) string {
	n := end - 1
	if n < 3 {
		return ""
	}
	if w := d.Tokens[n].Lower; w != "it" && w != "them" {
		return ""
	}
	if !namingForms[d.Tokens[n-1].Lower] || d.Tokens[n-2].Text != "," {
		return ""
	}
	first := d.Sentences[d.SentenceOf(n)].First
	j := n - 3
	for j > first && d.Tokens[j].Cap && d.Tokens[j].Word {
		j-- // "in the Harbor Ledger"
	}
	if j < n-3 {
		if strings.EqualFold(d.Tokens[j].Text, "the") {
			j--
		}
		if w := d.Tokens[j].Lower; w != "in" && w != "by" && w != "from" {
			return ""
		}
		j--
	}
	if j < first {
		return ""
	}
	if w := d.Tokens[j].Lower; suitNouns[w] || remarkNouns[w] || threatNouns[w] || reportNouns[w] || rulingNouns[w] {
		return w
	}
	return ""
}

// publishForms are verb forms of publishing news ("The Ledger reported
// …"); reportLeads may stand between the publisher and them ("first
// reported") (rules: publishForms, reportLeads).
var (
	publishForms = rules.WordClass("publishForms")
	reportLeads  = rules.WordClass("reportLeads")
)

// reporterOf returns who published the report that a judgement in
// sentence si names ("denied the report, calling it …"): in si or the
// three sentences before it, the latest name of a person or organization
// right before a verb of publishing ("The Ledger reported on Monday",
// "the Ledger first reported"), after a report noun and "in", "by" or
// "from" ("a report in the Daily Mirror"), or owning a report noun ("the
// Ledger's story"); never the speaker. Else -1.
func (d *stage) reporterOf(si, speaker int) int {
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		s := d.Sentences[sj]
		found := -1
		for k := s.First; k < s.Last; k++ {
			w := d.Tokens[k].Lower
			mi := -1
			switch {
			case publishForms[w]:
				j := k
				for j > s.First && reportLeads[d.Tokens[j-1].Lower] {
					j--
				}
				if m := d.LastMentionBefore(j); m >= 0 && d.Mentions[m].Last == j {
					mi = m
				}
			case reportNouns[w] && k+2 < s.Last:
				switch d.Tokens[k+1].Lower {
				case "in", "by", "from":
					if m := d.NextMentionAfter(k+1, sj); m >= 0 && d.Mentions[m].First <= k+3 {
						mi = m
					}
				}
			}
			if reportNouns[w] && k >= 2 && doc.Possessive(d.Tokens[k-1].Text) {
				if m := d.LastMentionBefore(k - 1); m >= 0 && d.Mentions[m].Last == k-1 {
					mi = m
				}
			}
			if mi < 0 {
				continue
			}
			if m := d.Mentions[mi]; m.Entity >= 0 && m.Entity != speaker && (m.Type == doc.Org || m.Type == doc.Person) {
				found = m.Entity
			}
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// harmerOf returns who, in sentence si or the three before it, did
// someone a harm a verb tells ("fined", "suspended", "banned"): the
// subject of a verb of harm whose object is victim; or -1.
func (d *stage) harmerOf(si, victim int) int {
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		p := d.analyse(sj)
		if !p.parsed {
			continue
		}
		for k, t := range p.toks {
			if t.UPOS != "VERB" || !frame.HarmVerb(strings.ToLower(t.Lemma)) {
				continue
			}
			obj, subj := -1, -1
			for ci, c := range p.toks {
				if c.Head != k {
					continue
				}
				switch c.Rel {
				case "obj", "iobj": // ("fined Smalt $1 million")
					if e := d.entityOfToken(c); e >= 0 {
						obj = e
						break
					}
					for _, g := range p.toks {
						// (the name the parser hung on the sum as its
						// compound)
						if g.Head == ci && g.Rel == "compound" {
							if e := d.entityOfToken(g); e >= 0 {
								obj = e
							}
						}
					}
				case "nsubj":
					subj = d.entityOfToken(c)
				}
			}
			if obj == victim && subj >= 0 && subj != victim {
				return subj
			}
		}
	}
	return -1
}

// remarkNouns name what someone said against another, judged as its
// speaker's (rules: remarkNouns).
var remarkNouns = rules.WordClass("remarkNouns")

// rulingNouns name a decision or a proceeding against someone, judged
// as its maker's (rules: rulingNouns).
var rulingNouns = rules.WordClass("rulingNouns")

// departureNouns, endorsementNouns and giftNouns name an act a position's
// end, a stance of support or a gift told (rules).
var (
	departureNouns   = rules.WordClass("departureNouns")
	endorsementNouns = rules.WordClass("endorsementNouns")
	giftNouns        = rules.WordClass("giftNouns")
)

// sentencesNaming returns the text of the sentences inside span that
// name entity e, joined ("" if e is -1 or none does).
func (d *stage) sentencesNaming(span powermap.Span, e int) string {
	if e < 0 {
		return ""
	}
	var out []string
	last := -1
	for _, m := range d.Mentions {
		if m.Start < span.Start || m.End > span.End || m.Entity != e || m.Sent == last {
			continue
		}
		last = m.Sent
		s := d.Sentences[m.Sent]
		out = append(out, d.Text[max(s.Start, span.Start):min(s.End, span.End)])
	}
	return strings.Join(out, " ")
}

// namedIn returns the first person other than speaker named (or
// resolved from a pronoun) inside span, or -1.
func (d *stage) namedIn(span powermap.Span, speaker int) int {
	for _, m := range d.Mentions {
		if m.Start >= span.Start && m.End <= span.End && m.Entity >= 0 && m.Entity != speaker && d.Entities[m.Entity].Type == doc.Person {
			return m.Entity
		}
	}
	return -1
}

// orgNamedIn returns the one organization named by its name at the
// opening of a sentence inside span, unless it is the speaker's own or a
// news outlet, where span names no person ("“Brightwater Energy has
// poisoned our river,” said Herrera"), or -1.
func (d *stage) orgNamedIn(span powermap.Span, speaker int) int {
	org := -1
	for mi, m := range d.Mentions {
		if m.Start < span.Start || m.End > span.End || m.Entity < 0 || m.Entity == speaker {
			continue
		}
		switch d.Entities[m.Entity].Type {
		case doc.Person:
			return -1
		case doc.Org:
			if m.Pronoun || m.Rule == "description" || m.Entity == org || !d.opensSentence(m) || d.modifiesNoun(m) {
				continue // (only one the quotation is about, its subject: not "undermines the work of Acme", "Meridian Union members")
			}
			if org >= 0 || d.NewsOutlet(m.Entity) || speaker >= 0 && d.ownOrg(speaker, m.Entity, mi) {
				org = -2 // (two, or one the speaker belongs to: none)
				continue
			}
			org = m.Entity
		}
	}
	return max(org, -1)
}

// possessive reports whether mention m is followed by "'s".
func (d *stage) possessive(m doc.Mention) bool {
	return m.Last < len(d.Tokens) && (d.Tokens[m.Last].Text == "'s" || d.Tokens[m.Last].Text == "’s")
}

// modifiesNoun reports whether mention m is set before a noun of people
// or of kind it modifies ("Meridian Union members", "Acme staff").
func (d *stage) modifiesNoun(m doc.Mention) bool {
	if m.Last >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[m.Last]
	w := strings.ToLower(t.Text)
	return t.Word && !t.Cap && (rules.PersonNoun(w) || rules.PersonNounPlural(w) || len(rules.OrgKinds[w]) > 0 || collectiveWords[w])
}

// collectiveWords name a body of people (rules: collectives).
var collectiveWords = rules.WordClass("collectives")

// opensSentence reports whether mention m opens its sentence, after at
// most "the" and an opening quotation mark.
func (d *stage) opensSentence(m doc.Mention) bool {
	k := m.TitleFirst
	if k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "the") {
		k--
	}
	for k > d.Sentences[m.Sent].First && !d.Tokens[k-1].Word {
		k--
	}
	return k == d.Sentences[m.Sent].First
}

// ownOrg reports whether person speaker belongs to organization org,
// named by mention mi: the paragraph describes them by it ("Acme's
// chief executive, Jane Roe", "Jane Roe, Acme's chief executive"), a
// title before their name names it, or an event told before says they
// hold or took a post there.
func (d *stage) ownOrg(speaker, org, mi int) bool {
	if d.Entities[speaker].Type != doc.Person {
		return false
	}
	si := d.Mentions[mi].Sent
	if d.describedBy(speaker, si) == org || d.titleOrg(speaker) == org {
		return true
	}
	for _, e := range d.Events {
		if e.Type == powermap.EventPosition && e.Source == d.Entities[speaker].Name && e.Target == d.Entities[org].Name && e.Status != "end" {
			return true
		}
	}
	return false
}

// addressesYou reports whether a quotation speaks to its hearer ("you",
// "your"): only then is praise told to someone said of them.
func addressesYou(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "you", "your", "yours", "yourself":
			return true
		}
	}
	return false
}

// quoteAuxiliaries may stand between a reported clause's subject and the
// quotation that completes it ("had", "was", "is").
var quoteAuxiliaries = rules.WordClass("quoteAuxiliaries")

// saidBefore reports whether a speech verb stands in sentence si a few
// words before token k ("said Tuesday that shipping boss …"), with no
// punctuation between.
func (d *stage) saidBefore(si, k int) bool {
	for j := k - 1; j >= d.Sentences[si].First && j >= k-6 && d.Tokens[j].Word; j-- {
		if rules.SpeechVerbs[d.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// derisiveEvents adds an attack by a speaker who calls someone by a mocking
// nickname in their own words ("Jeff Bozo", "Sleepy Joe").
func (d *stage) derisiveEvents() {
	for qi, q := range d.Quotes {
		speaker := d.QuoteSpeaker[qi]
		first := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Start >= q.Span.Start })
		for _, m := range d.Mentions[first:] {
			if m.Start >= q.Span.End {
				break
			}
			if m.End > q.Span.End || m.Entry == nil || m.Entity < 0 || m.Entity == speaker {
				continue
			}
			if !m.Entry.IsDerisive(d.Text[m.Start:m.End]) {
				continue
			}
			s := d.Sentences[m.Sent]
			d.Events = append(d.Events, powermap.Event{Type: powermap.EventOppose, Source: d.Entities[speaker].Name, Target: d.Entities[m.Entity].Name,
				Date: d.dateNear(m.Sent, m.First), Evidence: powermap.Span{Start: s.Start, End: s.End}, Rule: "derisive-nickname", Confidence: 0.7})
		}
	}
}

// describedEvents finds the events a description before a name states:
// "Wexford Party donor Ignatius Mbatha", "longtime Trump donor Lena
// Voss" — an undated gift by the one named to the one the description's
// modifier names (GUIDE: "a description that states giving"). The
// parser sees such a name and its description as one word, so the
// frames never do.
func (d *stage) describedEvents() {
	for _, m := range d.Mentions {
		if m.Type != doc.Person || m.Entity < 0 || m.Pronoun || m.First < 2 || d.Quoted[m.First] || d.Sentences[m.Sent].Title {
			continue
		}
		k := m.First - 1
		w := d.Tokens[k].Lower
		fs := d.frames.Describing(w)
		if len(fs) == 0 {
			fs = d.frames.Describing(strings.TrimSuffix(w, "s"))
		}
		if len(fs) == 0 || d.Tokens[k].Cap && k > d.Sentences[m.Sent].First {
			continue
		}
		// The modifier: a name ending right before the noun, or before a
		// few words that qualify the giving ("Wexford Party campaign
		// donor").
		j := k - 1
		for n := 0; j >= 0 && n < 2 && !d.Tokens[j].Cap && d.Tokens[j].Word && d.Sentences[m.Sent].First <= j; n++ {
			j--
		}
		if j >= 0 && (d.Tokens[j].Text == "’s" || d.Tokens[j].Text == "'s") {
			j--
		}
		mi := d.LastMentionBefore(j + 1)
		if mi < 0 {
			continue
		}
		o := d.Mentions[mi]
		if o.Last != j+1 || o.Sent != m.Sent || o.Entity < 0 || o.Entity == m.Entity || d.Entities[o.Entity].Type == doc.Place || o.Pronoun {
			continue
		}
		s := d.Sentences[m.Sent]
		f := fs[0]
		d.Events = append(d.Events, powermap.Event{Type: f.Type, Source: d.Entities[m.Entity].Name, Target: d.Entities[o.Entity].Name,
			Evidence: powermap.Span{Start: s.Start, End: s.End}, Rule: "described " + f.Name, Confidence: f.Conf * 0.9,
			Note: "stated by a description before the name"})
	}
}

// listEvents gives the names of a list of names (doc.NameLists) the
// gifts the article speaks of before it: when the introduction's
// paragraph or the three before it speak of giving ("donors", "gave"),
// the introduction names no occasion of its own, and the gifts stated
// before the list all went to one beneficiary, each listed name gave to
// it too ("Braxton Foods gave $2 million to the fund
// … The donors, according to the filing: / Kestrel Dynamics / …"). A
// listed name that gave by a sentence of its own keeps that event.
func (d *stage) listEvents() {
	paras := d.Paragraphs()
	paraOf := func(si int) int {
		return sort.Search(len(paras), func(p int) bool { return paras[p][1] >= si })
	}
	for _, l := range d.NameLists() {
		p := paraOf(l.Intro)
		intro := d.Sentences[l.Intro]
		if !d.speaksOf(d.Sentences[paras[max(0, p-3)][0]].First, intro.Last, powermap.EventFund, "") || d.speaksOfOther(intro.First, intro.Last) {
			continue // no gifts spoken of, or the list is of another occasion's people ("the speakers at the gala:")
		}
		to := d.Sentences[l.Intro].End
		target, gave := "", map[string]bool{}
		for _, e := range d.Events {
			if e.Type != powermap.EventFund {
				continue
			}
			gave[e.Source] = true
			if e.Evidence.Start >= to {
				continue
			}
			if target != "" && e.Target != target {
				target = "-" // gifts to several beneficiaries: which one is unsaid
			} else if target == "" {
				target = e.Target
			}
		}
		if target == "" || target == "-" {
			continue
		}
		for k, it := range l.Items {
			si := l.Sents[k]
			for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Start < d.Tokens[it[1]-1].End; mi++ {
				m := d.Mentions[mi]
				if m.Entity < 0 || m.Pronoun || m.First < it[0] {
					continue
				}
				name := d.Entities[m.Entity].Name
				if gave[name] || name == target {
					continue
				}
				gave[name] = true
				d.Events = append(d.Events, powermap.Event{Type: powermap.EventFund, Source: name, Target: target,
					Evidence: powermap.Span{Start: d.Tokens[it[0]].Start, End: d.Tokens[it[1]-1].End}, Rule: "name-list", Confidence: 0.5,
					Note: "listed after an introduction to gifts"})
			}
		}
	}
}

// giftLines gives each line of a breakdown of gifts ("- $12 million to
// the Committee for Fair Data", "$6 million to Arizona Housing Now, which
// backs …") to the giver named before it: the subject of the last verb
// of giving (not a relative clause's) in the list's introduction, which
// ends in a colon, or in the two sentences before it ("That is how much
// Kothandaraman has poured into three campaigns … The breakdown:"). A
// line is a sentence that opens, after a bullet, with a sum and "to"
// and a name.
func (d *stage) giftLines() {
	paras := d.Paragraphs()
	paraOf := func(si int) int {
		return sort.Search(len(paras), func(p int) bool { return paras[p][1] >= si })
	}
	for _, a := range d.Amounts {
		si := a.Sent
		s := d.Sentences[si]
		k := s.First
		for k < s.Last && !d.Tokens[k].Word && d.Tokens[k].Text != "$" {
			k++ // a bullet
		}
		ak, _ := d.TokenRange(a.Start, a.End)
		if ak != k || a.USD <= 0 {
			continue
		}
		to := -1
		for j := k; j < s.Last && j <= k+6; j++ {
			if d.Tokens[j].Text == "to" {
				to = j
				break
			}
		}
		if to < 0 {
			continue
		}
		mi := d.NextMentionAfter(to, si)
		if mi < 0 || d.Mentions[mi].Entity < 0 || d.Mentions[mi].Pronoun || d.Mentions[mi].TitleFirst > to+2 {
			continue
		}
		target := d.Entities[d.Mentions[mi].Entity].Name
		// The list's introduction, ending in a colon, comes right before
		// its lines; the giver is named there or in the two sentences
		// before it.
		intro := si - 1
		for intro >= 0 && d.giftLineAt(intro) {
			intro--
		}
		if intro < 0 || d.Tokens[d.Sentences[intro].Last-1].Text != ":" {
			continue
		}
		giver := d.giverBefore(intro+1, max(intro-2, paras[max(0, paraOf(intro)-2)][0]))
		if giver < 0 || d.Entities[giver].Name == target {
			continue
		}
		usd := a.USD
		d.Events = append(d.Events, powermap.Event{Type: powermap.EventFund, Source: d.Entities[giver].Name, Target: target, AmountUSD: &usd,
			Evidence: powermap.Span{Start: s.Start, End: s.End}, Rule: "gift-line", Confidence: 0.5,
			Note: "a line of a breakdown of gifts, given by the giver the paragraphs before name"})
	}
}

// giftLineAt reports whether sentence si opens, after a bullet, with a
// sum of money.
func (d *stage) giftLineAt(si int) bool {
	s := d.Sentences[si]
	k := s.First
	for k < s.Last && !d.Tokens[k].Word && d.Tokens[k].Text != "$" {
		k++
	}
	for _, a := range d.Amounts {
		if a.Sent == si {
			ak, _ := d.TokenRange(a.Start, a.End)
			return ak == k
		}
	}
	return false
}

// giverBefore returns the entity that gives by the last verb of giving in
// the sentences before si, back to sentence from, or -1 (also when that
// verb's giver is no one named: "The trust then distributed the money:").
func (d *stage) giverBefore(si, from int) int {
	for sj := si - 1; sj >= from && sj >= si-8; sj-- {
		p := d.analyse(sj)
		if !p.parsed && (d.mentionsIn(sj) == 1 || sj == si-1) && (sj == si-1 || d.speaksOf(d.Sentences[sj].First, d.Sentences[sj].Last, powermap.EventFund, "VERB")) {
			// (one who gives, named alone, is parsed here only: "That is
			// how much Okonjo-Vance has poured into three campaigns")
			p = &parsed{}
			d.parseSpan(sj, d.afterDateline(sj), d.Sentences[sj].End, p)
		}
		if !p.parsed {
			continue
		}
		for i := len(p.toks) - 1; i >= 0; i-- {
			t := p.toks[i]
			if t.UPOS != "VERB" || !(d.frames.HasType(strings.ToLower(t.Lemma), powermap.EventFund, "VERB") || sj == si-1 && t.Head < 0) || t.Rel == "acl:relcl" {
				// (not a relative clause's: "Arizona Housing Now, which
				// backs Prop 33"; any verb of the introduction right
				// before the list: "The trust then distributed the
				// money:")
				continue
			}
			for _, c := range p.toks {
				if c.Head == i && strings.HasPrefix(c.Rel, "nsubj") && c.Rel != "nsubj:pass" && c.XPOS != "WDT" && c.XPOS != "WP" {
					k, _ := d.TokenRange(c.End-1, c.End)
					if mi := d.LastMentionBefore(k + 1); mi >= 0 && d.Mentions[mi].First <= k && d.Mentions[mi].Entity >= 0 {
						return d.Mentions[mi].Entity // (a pronoun too: "She has given $40 million …")
					}
					return -1
				}
			}
		}
	}
	return -1
}

// speaksOf reports whether tokens [first, last) hold a word of a frame
// of event type typ in part of speech pos ("" for any): "donors",
// "contributed", "funding" speak of gifts.
func (d *stage) speaksOf(first, last int, typ, pos string) bool {
	for k := first; k < last; k++ {
		w := d.Tokens[k].Lower
		for _, suf := range [...]string{"", "s", "d", "ed", "ing"} {
			if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 && d.frames.HasType(b, typ, pos) {
				return true
			}
		}
	}
	return false
}

// speaksOfOther reports whether tokens [first, last) hold a noun of an
// event other than a gift ("the speakers at the gala", "the guests at
// the dinner").
func (d *stage) speaksOfOther(first, last int) bool {
	for _, typ := range []string{powermap.EventMeet, powermap.EventSupport, powermap.EventOppose, powermap.EventThreaten, powermap.EventPosition, powermap.EventReconcile} {
		if d.speaksOf(first, last, typ, "NOUN") {
			return true
		}
	}
	return false
}

// inWovenQuote reports whether token k sits in a quotation woven into
// its sentence's clause (woven): its words are the clause's, and its
// names its parties.
func (d *stage) inWovenQuote(k int) bool {
	for _, q := range d.QuoteSpans {
		if q.Open < k && k < q.Close {
			return d.woven(q)
		}
	}
	return false
}

// wovenPredicate reports whether the quotation holding token k is woven
// into its clause right after a form of "be", the predicate of a
// subject outside its marks that is not its speaker ("said the company
// was “grateful to …”", not "said he was “very optimistic” about …").
func (d *stage) wovenPredicate(k, speaker int) bool {
	for _, q := range d.QuoteSpans {
		if q.Open < k && k < q.Close {
			if q.Open < 2 || !d.woven(q) || !copulaWords[d.Tokens[q.Open-1].Lower] {
				return false
			}
			mi := d.LastMentionBefore(q.Open - 1)
			return mi < 0 || d.Mentions[mi].Last != q.Open-1 || d.Mentions[mi].Entity != speaker
		}
	}
	return false
}

// woven reports whether quotation q is woven into its sentence's clause:
// a short phrase ("he's “actually very optimistic” about"), or words up
// to 25 that open with a lower-case word right after a word of the
// clause and close in the same sentence ("said that it “continues to
// have confidence in Teodor Lindqvist”"), not a speech of its own.
func (d *stage) woven(q doc.QuoteSpan) bool {
	if q.Close-q.Open-1 <= 5 {
		return true
	}
	t := d.Tokens[q.Open+1]
	return !q.RunOn && q.Close-q.Open-1 <= 25 && t.Word && !t.Cap && q.Open > d.Sentences[q.Sent].First && d.clauseWordBefore(q.Open) && d.SentenceOf(q.Close) == q.Sent
}

// clauseWordBefore reports whether the token before token k belongs to
// a clause that goes on into what follows: a word, or a possessive
// ending ("praising Obi-Larsen's “steady leadership”").
func (d *stage) clauseWordBefore(k int) bool {
	t := d.Tokens[k-1]
	return t.Word || t.Text == "’s" || t.Text == "'s"
}

// dateNear returns the value of the dated expression of sentence si
// nearest to token k.
func (d *stage) dateNear(si, k int) string {
	return d.dateNearIn(si, k, nil)
}

// deadline reports whether the date expression from token q to byte end
// is a deadline set for an infinitive ("until Friday to return", "by
// Monday to decide"): the time something must be done by, not when
// anything was done.
func (d *stage) deadline(q, end int) bool {
	_, after := d.TokenRange(end, end)
	w := d.Tokens[q].Lower
	if !deadlineWords[w] {
		w = d.Tokens[q-1].Lower // (the span may hold its preposition)
	}
	return deadlineWords[w] && after < len(d.Tokens) && d.SentenceOf(after) == d.SentenceOf(q) && strings.EqualFold(d.Tokens[after].Text, "to")
}

// dateNearIn is dateNear keeping only the dates that keep(date) allows.
func (d *stage) dateNearIn(si, k int, keep func(doc.DateExpr) bool) string {
	if de := d.dateExprNear(si, k, keep); de != nil {
		return de.Value
	}
	return ""
}

// dateExprNear returns the dated expression of sentence si nearest to
// token k that keep allows (all, if keep is nil), or nil.
func (d *stage) dateExprNear(si, k int, keep func(doc.DateExpr) bool) *doc.DateExpr {
	var best *doc.DateExpr
	bestDist := 1 << 30
	pos := d.Tokens[k].Start
	for i, de := range d.Dates {
		if de.Sent != si || de.Value == "" || keep != nil && !keep(de) {
			continue
		}
		q, _ := d.TokenRange(de.Start, de.End)
		if q >= 0 && d.Quoted[q] && !d.Quoted[k] {
			continue // a date inside a quotation dates only what it says
		}
		if q > 0 && d.deadline(q, de.End) {
			continue // "gave her until Friday to return it": the day is the deadline's
		}
		if q >= 0 && !de.Future {
			if lo, hi := d.relativeAround(si, q); lo >= 0 && (k < lo || k >= hi) {
				// "Søberg, who had sat on the board since 2019, resigned":
				// the past of a relative clause is its own time (but "…
				// replacing Benítez, who is retiring at the end of the
				// year" may tell when the replacement comes)
				continue
			}
		}
		dist := de.Start - pos
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = &d.Dates[i], dist
		}
	}
	return best
}

// relativeAround returns the tokens [lo, hi) of a relative clause (set
// off by commas, or right after its noun and closed by a comma) in
// sentence si that holds token q (", who had sat on the
// board since 2019,"), or -1, -1.
func (d *stage) relativeAround(si, q int) (lo, hi int) {
	s := d.Sentences[si]
	for k := q - 1; k > s.First; k-- {
		t := d.Tokens[k].Text
		if t == "," {
			if j := d.appositionBefore(s, k); j >= 0 {
				k = j // (past an apposition inside the clause: "who sold his company, Parapet, to …")
				continue
			}
			return -1, -1
		}
		if t == ";" || t == "(" || t == "—" {
			return -1, -1
		}
		if w := strings.ToLower(t); w == "who" || w == "whom" || w == "whose" || w == "which" {
			// (set off by a comma, or right after the noun it is of:
			// "a software entrepreneur who sold his company in 2024")
			hi = q
			for hi < s.Last && d.Tokens[hi].Text != ";" {
				if d.Tokens[hi].Text == "," {
					if j := d.appositionAfter(s, hi); j >= 0 {
						hi = j + 1
						continue
					}
					break
				}
				hi++
			}
			if d.Tokens[k-1].Text == "," {
				return k - 1, hi + 1
			}
			if hi >= s.Last || d.Tokens[hi].Text != "," {
				return -1, -1 // (with no comma before, only a comma ends it: "the member who proposed it resigned on Friday")
			}
			return k, hi + 1
		}
	}
	return -1, -1
}

// appositionBefore returns the comma that opens a short apposition closed
// by the comma at k ("his company, Parapet, to …", "Oyelaran, a former
// regulator, to the post"), or -1: a name, or a phrase opened by an
// article or possessive, of at most six words.
func (d *stage) appositionBefore(s doc.Sentence, k int) int {
	for j := k - 1; j > s.First && j >= k-7; j-- {
		if d.Tokens[j].Text == "," {
			if d.apposition(j+1, k) {
				return j
			}
			return -1
		}
	}
	return -1
}

// appositionAfter returns the comma that closes a short apposition opened
// by the comma at k, or -1.
func (d *stage) appositionAfter(s doc.Sentence, k int) int {
	for j := k + 1; j < s.Last && j <= k+7; j++ {
		if d.Tokens[j].Text == "," {
			if d.apposition(k+1, j) {
				return j
			}
			return -1
		}
	}
	return -1
}

// apposition reports whether tokens [from, to) read as an apposition: a
// name (every word capitalised) or a phrase opened by an article or a
// possessive, with no relative pronoun.
func (d *stage) apposition(from, to int) bool {
	if from >= to {
		return false
	}
	name := true
	for k := from; k < to; k++ {
		switch d.Tokens[k].Lower {
		case "who", "whom", "whose", "which", "that":
			return false
		}
		name = name && d.Tokens[k].Cap
	}
	switch d.Tokens[from].Lower {
	case "a", "an", "the", "his", "her", "its", "their":
		return true
	}
	return name
}

// pastMarkers in a sentence mean its reported words are not from the day
// of the article's news; pluperfect, a past before the telling, only
// before the words are reported (not "… and said the firm had invested
// $2 billion").
var (
	pastMarkers = regexp.MustCompile(`(?i)\b(?:at the time|previously|once|earlier|ago|last (?:year|month|week)|in the past|years|months)\b`)
	pluperfect  = regexp.MustCompile(`(?i)\bhad (?:\w+ed|said|told|called)\b`)
)

// reportedSpeech reports whether sentence si reports words (a quotation or
// a speech verb) with nothing placing them in the past.
func (d *stage) reportedSpeech(si int) bool {
	s := d.Sentences[si]
	if s.Post >= 0 || pastMarkers.MatchString(d.Text[s.Start:s.End]) {
		return false
	}
	for k := s.First; k < s.Last; k++ {
		if d.Quoted[k] || rules.SpeechVerbs[d.Tokens[k].Text] {
			return !pluperfect.MatchString(d.Text[s.Start:d.Tokens[k].End])
		}
	}
	return false
}

// dateIsFuture reports whether sentence si speaks of the future.
func (d *stage) dateIsFuture(si int, keep func(doc.DateExpr) bool) bool {
	for _, de := range d.Dates {
		if de.Sent == si && de.Future && (keep == nil || keep(de)) {
			return true
		}
	}
	return false
}

// placeIn returns where a meeting in sentence si took place: the place
// or venue ("at Mar-a-Lago", "in Downing Street", "at the Harborview Club")
// nearest after the trigger at token ts, else the nearest before it — but
// never the article's dateline city.
func (d *stage) placeIn(si, ts int) string {
	s := d.Sentences[si]
	dateline := 0 // bytes of the sentence taken by the article's dateline
	if dl := d.Article.Dateline; dl != "" && strings.HasPrefix(d.Text[s.Start:s.End], dl) {
		dateline = len(dl)
	}
	best, bestDist := "", 1<<30
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		text := d.Text[m.Start:m.End]
		prev := ""
		if m.TitleFirst > s.First {
			prev = d.Tokens[m.TitleFirst-1].Lower
			if prev == "the" && m.TitleFirst-1 > s.First {
				prev = d.Tokens[m.TitleFirst-2].Lower
			}
		}
		venue := (prev == "at" || prev == "in") && (m.Type == doc.Place || m.Type == doc.Org)
		if m.Start-s.Start < dateline || !(venue || m.Type == doc.Place && text != "US" && text != "U.S." && text != "America" || text == "White House") {
			continue
		}
		dist := m.First - ts
		if dist < 0 {
			dist = 1000 - dist // before the trigger: only if nothing after
		}
		if dist < bestDist {
			best, bestDist = text, dist
		}
	}
	if best == "" {
		best = d.venueAfterAt(si)
	}
	return best
}

// venueAfterAt returns the capitalised words after "at (the)" in sentence
// si that no mention took, a venue such as "the Naval Observatory", or "".
func (d *stage) venueAfterAt(si int) string {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if d.Tokens[k].Text != "at" || d.Quoted[k] {
			continue
		}
		j := k + 1
		if strings.EqualFold(d.Tokens[j].Text, "the") {
			j++
		}
		end := j
		for end < s.Last && d.Tokens[end].Cap && d.Tokens[end].Word && !rules.FunctionWords[d.Tokens[end].Text] && !d.TokenInMention(end) {
			end++
		}
		if end > j && !rules.WeekdayOrMonth(d.Tokens[j].Text) {
			return d.Text[d.Tokens[j].Start:d.Tokens[end-1].End]
		}
	}
	return ""
}

// mergeEvents keeps one event per happening: the same type and sentence
// with the same participants; the same type and day with two or more
// participants in common; one move of a person into, out of or in a
// post at one organization; or a stance told in two neighbouring
// sentences, once without a date, once in a quotation's words, or twice by
// the same word on the same day ("Bezos has expressed support for Trump.
// … earlier in December, he said he's optimistic about a second Trump
// term"; "Brenner praised Munro. “She is a fine leader,” Brenner said";
// "Diaz attacked Reyes on Monday. Hours after she attacked him, …").
func (d *stage) mergeEvents() {
	var out []powermap.Event
	for _, e := range d.Events {
		dup := false
		for i := range out {
			o := &out[i]
			if o.Type != e.Type {
				continue
			}
			if (e.Type == powermap.EventSupport || e.Type == powermap.EventOppose || e.Type == powermap.EventThreaten) && e.Rule != "derisive-nickname" && o.Rule != "derisive-nickname" &&
				sameParticipants(o, &e) && ((o.Date == "") != (e.Date == "") || o.Date == e.Date && (quoteStance(o, &e) || o.Date != "" && o.Rule == e.Rule)) && o.Evidence != e.Evidence && d.adjacent(o.Evidence, e.Evidence) {
				if o.Date == "" && e.Date != "" || o.Date == e.Date && e.Confidence > o.Confidence {
					*o = e // the dated telling, else the surer one
				}
				dup = true
				break
			}
			sameSentence := o.Evidence == e.Evidence
			if o.AmountUSD != nil && e.AmountUSD != nil && *o.AmountUSD != *e.AmountUSD {
				continue // two gifts, each its own event
			}
			if sameSentence && sameParticipants(o, &e) && !twoActs(o, &e) && !twoPosts(o, &e) && !twoOccasions(o, &e) {
				if o.Type == powermap.EventPosition && o.Status == "hold" && e.Status == "end" {
					*o = e // (the post left speaks for the post held beside it)
				}
				dup = true
			} else if e.Type == powermap.EventReconcile && sameParticipants(o, &e) && (o.Date == "" || e.Date == "" || o.Date == e.Date) {
				// One article tells of one reconciliation however often
				// it speaks of it; the telling that names its broker
				// speaks for all.
				if o.Date == "" && e.Date != "" {
					// the dated telling speaks for both
					o.Date, o.Evidence, o.Rule = e.Date, e.Evidence, e.Rule
				}
				if o.Mediator == "" && e.Mediator != "" {
					o.Mediator, o.Evidence, o.Rule = e.Mediator, e.Evidence, e.Rule
				}
				if e.Confidence > o.Confidence {
					o.Confidence, o.Note = e.Confidence, e.Note
				}
				dup = true
			} else if e.Type == powermap.EventPosition && e.Status == o.Status && e.Planned == o.Planned && sameParticipants(o, &e) &&
				(o.Role == "" || e.Role == "" || o.Role == e.Role || strings.EqualFold(o.Role, "head") || strings.EqualFold(e.Role, "head")) && compatibleDates(o.Date, e.Date) {
				// One article tells of one move into, out of or in a post
				// however often it speaks of it ("resigned on Thursday
				// … her departure leaves …"); the dated telling speaks
				// for all, and a named post for one only led. (Two roles,
				// or two dates, are two moves: "joined as head of
				// government affairs … promoted her to president".)
				if o.Date == "" && e.Date != "" {
					o.Date, o.Evidence, o.Rule = e.Date, e.Evidence, e.Rule
				}
				if strings.EqualFold(o.Role, "head") && e.Role != "" {
					o.Role = e.Role // (the post named speaks for "led": "succeeded Brody", "elected president")
				}
				dup = true
			} else if powermap.Undirected(e.Type) && (e.Date == "") != (o.Date == "") && e.Planned == o.Planned && sameParticipants(o, &e) {
				// One article telling of one meeting twice, once with
				// its date: the dated telling speaks for both.
				if o.Date == "" {
					o.Date, o.Evidence, o.Place = e.Date, e.Evidence, firstNonEmpty(o.Place, e.Place)
				}
				dup = true
			} else if powermap.Undirected(e.Type) && e.Date != "" && e.Date == o.Date && len(e.Date) == 10 && shared(o.Actors, e.Actors) >= 2 {
				for _, a := range e.Actors {
					if !slices.Contains(o.Actors, a) {
						o.Actors = append(o.Actors, a)
					}
				}
				dup = true
			}
			if dup {
				if e.Confidence > o.Confidence && sameSentence {
					o.Confidence, o.Rule = e.Confidence, e.Rule
				}
				// What one telling states and the other does not (a sum,
				// a date, a place, a role) is kept.
				if o.AmountUSD == nil {
					o.AmountUSD = e.AmountUSD
				}
				if o.Date == "" && o.Planned == e.Planned {
					// (not a plan's day for what was done: "held talks
					// …, and are to meet again on Friday")
					o.Date = e.Date
				}
				o.Place = firstNonEmpty(o.Place, e.Place)
				o.Role = firstNonEmpty(o.Role, e.Role)
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	d.Events = out
}

// compatibleDates reports whether two event dates may be one day: either
// is unknown, or one is the other or a day within it ("2025-09" and
// "2025-09-12").
func compatibleDates(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// adjacent reports whether two evidence sentences follow one another
// (or overlap).
func (d *stage) adjacent(a, b powermap.Span) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if a.End >= b.Start {
		return true // one holds or overlaps the other
	}
	between := d.Text[a.End:b.Start]
	return !strings.ContainsAny(between, ".!?") && len(between) < 8
}

// quoteStance reports whether either of two stances was read from the
// words of a quotation (or a judgement said): the quotation restates the
// stance the other tells.
func quoteStance(a, b *powermap.Event) bool {
	q := func(r string) bool { return strings.HasPrefix(r, "quote-") || strings.HasPrefix(r, "said-") }
	return q(a.Rule) || q(b.Rule)
}

// copulaWords say what someone is: "is the right leader", "the company
// was “grateful to …”".
var copulaWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true, "s": true, "remains": true, "remained": true, "seems": true}

func sameParticipants(a, b *powermap.Event) bool {
	if powermap.Undirected(a.Type) {
		return shared(a.Actors, b.Actors) == len(a.Actors) && len(a.Actors) == len(b.Actors)
	}
	return a.Source == b.Source && a.Target == b.Target
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// twoPosts reports whether two position events of one sentence tell of
// two moves: "Marsh, who had run the company since 2019, is leaving it"
// holds a post and leaves it (a post held and taken in one sentence is
// one: "took the helm at the trust in 2021"); so do two roles ("Blake,
// who joined the club as academy director in 2023, was appointed
// caretaker manager"), unless one names the other ("chief executive",
// "chief executive officer") or is only "the job".
func twoPosts(a, b *powermap.Event) bool {
	if a.Type != powermap.EventPosition {
		return false
	}
	if leftHold(a, b) || leftHold(b, a) {
		// "Mehrotra, who steered the hospital through the pandemic,
		// resigned as its chief executive": a post held, told beside
		// its leaving, is the post left.
		return false
	}
	return twoRoles(a.Role, b.Role) || (a.Status == "end") != (b.Status == "end") && a.Status != "" && b.Status != ""
}

// leftHold reports whether position event h is a post held by leading
// ("steered", "ran", role "head") or of the same role as the post left
// in event e: the one post, told twice, undated or dated by when it
// began ("who had sat on the board since 2019, resigned"). A different
// post kept ("resigned as chief executive but will remain its
// chairwoman", "who chairs its board") is another. (A post held beside
// its taking, "has led the union since 2022, when she was elected", the
// stand-in sets' gold keeps as two events as often as one.)
func leftHold(h, e *powermap.Event) bool {
	if h.Status != "hold" || e.Status != "end" || h.Date != "" && e.Date != "" && h.Date > e.Date {
		return false
	}
	return h.Role == "" || strings.EqualFold(h.Role, "head") || !twoRoles(h.Role, e.Role)
}

// twoRoles reports whether roles a and b are two posts: both named by a
// role word ("academy director", "caretaker manager"; not "the job"),
// neither naming the other.
func twoRoles(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return postRole(a) && postRole(b) && !strings.Contains(a, b) && !strings.Contains(b, a)
}

// postRole reports whether role r names a post by a role word, its head
// or its first word ("head of sales").
func postRole(r string) bool {
	ws := strings.Fields(r)
	return len(ws) > 0 && (rules.RoleWord(ws[len(ws)-1]) || rules.RoleWord(ws[0]))
}

// twoOccasions reports whether two meetings of one sentence are dated
// on days that cannot be one ("held talks on Tuesday and are scheduled
// to meet again on Friday"): each is an occasion of its own. (Not two
// stances: frames that find one act may date it apart, "praised Odhiambo
// as … and said he expected to return before the end of March".)
func twoOccasions(a, b *powermap.Event) bool {
	return powermap.Undirected(a.Type) && a.Date != "" && b.Date != "" && !compatibleDates(a.Date, b.Date)
}

// twoActs reports whether two events of one sentence are two acts its
// coordinated verbs state ("lambasted the bill but also suggested he
// should be impeached"), not one act two frames found: attacks, praise
// or threats from verb frames with different triggers (meetings and
// gifts of one sentence are one occasion).
func twoActs(a, b *powermap.Event) bool {
	if a.Rule == "promised-harm/VERB" || b.Rule == "promised-harm/VERB" {
		// a harm told on a condition is what the act that tells it
		// threatens: "gave her until Friday to return them or face a
		// lawsuit" is one threat
		return false
	}
	verb := func(r string) bool { return strings.HasSuffix(r, "/VERB") }
	said := func(r string) bool { return strings.HasPrefix(r, "said-") }
	stance := stanceType(a.Type)
	// (a judgement that names what the verb did is the same act:
	// "criticized Hale, calling him “a fraud”")
	// (two frames of one verb are one act too: "tear into" and "tear")
	head := func(r string) string {
		w, _, _ := strings.Cut(strings.TrimSuffix(r, "/VERB"), " ")
		return w
	}
	return stance && head(a.Rule) != head(b.Rule) && verb(a.Rule) && verb(b.Rule) && said(a.Rule) == said(b.Rule)
}
