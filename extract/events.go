package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/powermap/powermap"
)

// negators and hypothetical markers right before a trigger cancel it.
var (
	negators     = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "denied": true, "denies": true, "without": true, "nor": true, "refused": true, "declined": true}
	hypothetical = map[string]bool{"would": true, "could": true, "might": true, "if": true, "should": true, "urged": true, "urging": true, "urge": true,
		"hope": true, "hopes": true, "hoped": true, "want": true, "wants": true, "wanted": true, "whether": true, "may": true, "unless": true}
	pairRe = regexp.MustCompile(`(?i)\b(?:the pair|the two men|the two women|the two|both men|the duo|the couple|they)\s*(?:\S+\s+)?$`)
)

// candidateRules returns the rules that can match sentence si, with the
// first token holding one of their keys: a match starts at most a few
// words (common ones, such as "had a") before it.
func (d *Doc) candidateRules(si int) ([]*eventRule, []int) {
	s := d.Sentences[si]
	rs := d.rules
	first := make([]int, len(rs.rules))
	var out []*eventRule
	var at []int
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		if !t.Word || len(t.Text) < 3 {
			continue
		}
		w := strings.ToLower(t.Text)
		for _, key := range [2]string{w[:3], wordKey(w)} {
			for _, ri := range rs.byKey[key] {
				if first[ri] == 0 {
					first[ri] = k + 1
					out = append(out, rs.rules[ri])
					at = append(at, k)
				}
			}
		}
	}
	for i, r := range rs.rules {
		if len(r.keys) == 0 && first[i] == 0 {
			out = append(out, r)
			at = append(at, s.First)
		}
	}
	return out, at
}

// findEvents applies every event rule to every body and post sentence.
func (d *Doc) findEvents() {
	for si, s := range d.Sentences {
		if s.Title {
			continue
		}
		rules, at := d.candidateRules(si)
		if len(rules) == 0 {
			continue
		}
		text := blankQuotes(d.Text[s.Start:s.End])
		type match struct {
			r      *eventRule
			ts, te int
		}
		var ms []match
		for ri, r := range rules {
			from := d.Tokens[max(at[ri]-8, s.First)].Start - s.Start
			for _, loc := range r.re.FindAllStringIndex(text[from:], -1) {
				ts, te := d.tokenRange(s.Start+from+loc[0], s.Start+from+loc[1])
				if ts < 0 || (d.quoted[ts] && !d.inShortQuote(ts)) || d.cancelled(si, ts) {
					continue
				}
				ms = append(ms, match{r, ts, te})
			}
		}
		// Where matches of one type overlap, the longest (most specific)
		// speaks: "left his role leading" is not also "leading".
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].te-ms[i].ts > ms[j].te-ms[j].ts })
		for i, m := range ms {
			covered := false
			for _, o := range ms[:i] {
				if o.r.typ == m.r.typ && o.ts <= m.ts && m.te <= o.te {
					covered = true
				}
			}
			if !covered {
				d.applyRule(m.r, si, m.ts, m.te)
			}
		}
	}
	d.derisiveEvents()
	d.stanceEvents()
	d.mergeEvents()
}

// stanceEvents turns a quotation whose words only praise (or only attack)
// into support (or opposition) by its speaker of the person it names or
// was told to: "“President Trump has done more than any person … to earn
// the trust of the movement he leads,” Vance said." Such events are less
// certain than stated ones and say so.
func (d *Doc) stanceEvents() {
	for qi, q := range d.Quotes {
		if q.Rule == "embedded-post" {
			continue
		}
		praise, attack := 0, 0
		for _, w := range strings.FieldsFunc(strings.ToLower(q.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if praiseWords[w] {
				praise++
			}
			if attackWords[w] {
				attack++
			}
		}
		if (praise == 0) == (attack == 0) {
			continue // neither, or both
		}
		speaker := d.quoteSpeaker[qi]
		target := d.quoteTarget(q, speaker)
		if target < 0 {
			continue
		}
		typ := powermap.EventSupport
		if attack > 0 {
			typ = powermap.EventOppose
		}
		si := d.sentenceOfByte(q.Span.End)
		s := d.Sentences[si]
		ev := powermap.Event{Type: typ, Source: d.Entities[speaker].Name, Target: d.Entities[target].Name, Evidence: powermap.Span{Start: s.Start, End: s.End},
			Rule: "quote-" + typ, Confidence: 0.5, Note: "inferred from the words of a quotation", Date: d.dateNear(si, s.First)}
		if ev.Date == "" && d.leadDay != "" && d.reportedSpeech(si) {
			ev.Date = d.leadDay
		}
		d.Events = append(d.Events, ev)
	}
}

// quoteTarget returns the person a quotation is about: one it names (not
// its speaker), or the one it was told to ("he told the President").
func (d *Doc) quoteTarget(q powermap.Quote, speaker int) int {
	for _, m := range d.Mentions {
		if m.Start >= q.Span.Start && m.End <= q.Span.End && !m.Pronoun && m.Entity >= 0 && m.Entity != speaker && d.Entities[m.Entity].Type == Person {
			return m.Entity
		}
	}
	si := d.sentenceOfByte(q.Span.End)
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if d.quoted[k] || (d.Tokens[k].Text != "told" && d.Tokens[k].Text != "thanked") {
			continue
		}
		if mi := d.nextMentionAfter(k, si); mi >= 0 && d.Mentions[mi].TitleFirst <= k+2 {
			if e := d.Mentions[mi].Entity; e >= 0 && e != speaker && d.Entities[e].Type == Person {
				return e
			}
		}
	}
	return -1
}

// sentenceOfByte returns the sentence holding byte offset off.
func (d *Doc) sentenceOfByte(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End >= off })
	return min(i, len(d.Sentences)-1)
}

// derisiveEvents adds an attack by a speaker who calls someone by a mocking
// nickname in their own words ("Jeff Bozo", "Sleepy Joe").
func (d *Doc) derisiveEvents() {
	for qi, q := range d.Quotes {
		speaker := d.quoteSpeaker[qi]
		for _, m := range d.Mentions {
			if m.Start < q.Span.Start || m.End > q.Span.End || m.entry == nil || m.Entity < 0 || m.Entity == speaker {
				continue
			}
			if !m.entry.IsDerisive(d.Text[m.Start:m.End]) {
				continue
			}
			s := d.Sentences[m.Sent]
			d.Events = append(d.Events, powermap.Event{Type: powermap.EventOppose, Source: d.Entities[speaker].Name, Target: d.Entities[m.Entity].Name,
				Date: d.dateNear(m.Sent, m.First), Evidence: powermap.Span{Start: s.Start, End: s.End}, Rule: "derisive-nickname", Confidence: 0.7})
		}
	}
}

// blankQuotes replaces quotation marks with spaces of the same byte
// length, so that patterns match across them and offsets stay put.
func blankQuotes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '“' || r == '”' || r == '"' || r == '‘':
			b.WriteString(strings.Repeat(" ", len(string(r))))
		case r == '’' && (i+3 >= len(s) || !isLetterAt(s, i+3)):
			b.WriteString("   ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// inShortQuote reports whether token k sits in a quotation of at most five
// words: a phrase woven into the narration ("he's “actually very
// optimistic” about"), not a speech of its own.
func (d *Doc) inShortQuote(k int) bool {
	for _, q := range d.quotes {
		if q.open < k && k < q.close {
			return q.close-q.open-1 <= 5
		}
	}
	return false
}

// tokenRange maps a byte range to the tokens it covers.
func (d *Doc) tokenRange(start, end int) (int, int) {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > start })
	if i >= len(d.Tokens) {
		return -1, -1
	}
	j := i
	for j < len(d.Tokens) && d.Tokens[j].Start < end {
		j++
	}
	return i, j
}

// cancelled reports whether a negation or a hypothetical stands in the few
// words before token ts.
func (d *Doc) cancelled(si, ts int) bool {
	s := d.Sentences[si]
	for k := ts - 1; k >= s.First && k >= ts-8; k-- {
		w := strings.ToLower(d.Tokens[k].Text)
		if negators[w] || hypothetical[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if w == "," || w == ";" {
			break
		}
	}
	return false
}

// participant is a resolved entity with how sure we are of it.
type participant struct {
	entity int
	weak   bool // reached through a pronoun, a description or a fallback
}

// applyRule builds the events one rule match states.
func (d *Doc) applyRule(r *eventRule, si, ts, te int) {
	// A spec joins roles with + ("subj+obj"); a|b takes the first of
	// its alternatives that finds anyone ("obj|pair").
	get := func(spec string) []participant {
		var out []participant
		for _, part := range strings.Split(spec, "+") {
			for _, alt := range strings.Split(part, "|") {
				if ps := d.participants(alt, r.typ, si, ts, te); len(ps) > 0 {
					out = append(out, ps...)
					break
				}
			}
		}
		return out
	}
	ev := powermap.Event{Type: r.typ, Rule: r.name, Confidence: r.conf, Planned: r.planned,
		Evidence: powermap.Span{Start: d.Sentences[si].Start, End: d.Sentences[si].End}, Role: r.role, Status: r.status}
	ev.Date = d.dateNear(si, ts)
	if ev.Date == "" && (r.typ == "support" || r.typ == "oppose" || r.typ == "threaten") && d.leadDay != "" && d.reportedSpeech(si) {
		// Words reported without a date of their own were said on the
		// day of the news the article reports.
		ev.Date = d.leadDay
		ev.Confidence *= 0.9
		ev.Note = "date taken from the article's lead event"
	}
	if d.Sentences[si].Post < 0 && r.typ == "meet" && d.dateIsFuture(si) {
		ev.Planned = true
	}
	weakened := func(ps ...participant) {
		for _, p := range ps {
			if p.weak {
				ev.Confidence *= 0.75
				ev.Note = "a participant was resolved from a pronoun, a description or the sentence's structure"
				return
			}
		}
	}
	if r.actors != "" {
		actors := d.peopleOnly(uniq(get(r.actors)))
		if r.mediator != "" {
			med := get(r.mediator)
			if len(med) == 0 {
				return
			}
			ev.Mediator = d.Entities[med[0].entity].Name
			var rest []participant
			for _, a := range actors {
				if a.entity != med[0].entity {
					rest = append(rest, a)
				}
			}
			actors = rest
		}
		if len(actors) < 2 {
			return
		}
		for _, a := range actors {
			ev.Actors = append(ev.Actors, d.Entities[a.entity].Name)
		}
		weakened(actors...)
		if r.typ == "meet" {
			ev.Place = d.placeIn(si, ts)
		}
		d.Events = append(d.Events, ev)
		return
	}
	srcs, tgts := uniq(get(r.src)), uniq(get(r.tgt))
	if r.typ == "support" || r.typ == "oppose" || r.typ == "threaten" || r.typ == "position" {
		srcs = d.peopleOnly(srcs)
	}
	if len(tgts) == 0 && r.typ == "threaten" && r.tgt == "obj" {
		// "took aim at Murdoch, threatening to “sue his ass off”", "criticized
		// Voss Maritime and threatened to sue the company": the one
		// threatened stands before the trigger.
		for mi := d.lastMentionBefore(ts); mi >= 0 && d.Mentions[mi].Sent == si; mi-- {
			if p, ok := d.usable(mi); ok && !d.inGroup(srcs, mi) {
				tgts = []participant{p}
				break
			}
		}
	}
	if r.targetOrg || r.typ == powermap.EventPosition {
		// The organization of a position stands right by its verb ("left his
		// role leading the Department of …", "stepped down from the board").
		tgts = nil
		if mi := d.objectMention(si, ts, te, Org); mi >= 0 && d.onlyLinkWords(te, d.Mentions[mi].TitleFirst) {
			tgts = []participant{{d.Mentions[mi].Entity, false}}
		}
	}
	if r.typ == powermap.EventOppose || r.typ == powermap.EventThreaten {
		// "…, a warning aimed at Governor Alan Pryce": the target is named.
		if mi := d.aimedAt(si); mi >= 0 {
			tgts = []participant{{d.Mentions[mi].Entity, false}}
		}
	}
	if len(srcs) == 0 || len(tgts) == 0 {
		return
	}
	if r.typ == "fund" {
		amt, ok := d.amountIn(si)
		if r.needAmount && !ok {
			return
		}
		if amt > 0 {
			ev.AmountUSD = &amt
		}
	}
	if r.typ == "position" {
		if d.Entities[srcs[0].entity].Type != Person {
			return
		}
		srcs = srcs[:1]
	}
	for _, s := range srcs {
		targets := tgts
		if r.typ == "fund" {
			targets = tgts[:1]
		}
		for _, t := range targets {
			if t.entity == s.entity {
				continue
			}
			e := ev
			e.Source, e.Target = d.Entities[s.entity].Name, d.Entities[t.entity].Name
			if r.typ == "fund" {
				for _, x := range tgts[1:] {
					if x.entity != s.entity {
						e.Also = append(e.Also, d.Entities[x.entity].Name)
					}
				}
			}
			weakened(s, t)
			d.Events = append(d.Events, e)
		}
	}
}

// inObjectPosition reports whether mention mi follows a verb directly (a
// lower-case word that is not a joiner): "criticized Voss Maritime".
func (d *Doc) inObjectPosition(mi int) bool {
	m := d.Mentions[mi]
	if m.TitleFirst == 0 {
		return false
	}
	p := d.Tokens[m.TitleFirst-1]
	if !p.Word || p.Cap {
		return false
	}
	switch p.Text {
	case "and", "or", "but", "that", "who", "which", "as", "then", "the":
		return false
	}
	return true
}

// aimedAt returns the mention a sentence says its words were aimed at
// ("aimed at", "directed at", "targeting"), or -1.
func (d *Doc) aimedAt(si int) int {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		if !((w == "aimed" || w == "directed") && d.Tokens[k+1].Text == "at" || w == "targeting") {
			continue
		}
		if mi := d.nextMentionAfter(k, si); mi >= 0 && d.Mentions[mi].First <= k+5 {
			if _, ok := d.usable(mi); ok {
				return mi
			}
		}
	}
	return -1
}

// onlyLinkWords reports whether tokens [from, to) are only words that link
// a verb to its organization ("from", "as", "of", "at", "the", …) or a
// possessive name.
func (d *Doc) onlyLinkWords(from, to int) bool {
	for k := from; k < to; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "the", "from", "as", "of", "at", "in", "to", "its", "a", "an", "’s", "'s", "board", "helm":
		default:
			// "led Trump’s Department of …", "took her seat as chair of …"
			if !d.tokenInMention(k) && !roleNouns[strings.ToLower(d.Tokens[k].Text)] {
				return false
			}
		}
	}
	return true
}

// adjacentToNext reports whether mention mi is followed directly by a
// word (no punctuation between it and what follows).
func (d *Doc) adjacentToNext(mi int) bool {
	m := d.Mentions[mi]
	return m.Last < len(d.Tokens) && d.Tokens[m.Last].Word && d.sentenceOf(m.Last) == m.Sent
}

// prepositional reports whether mention mi is a preposition's object ("chief
// of staff to Senator Dana Whitfield"), which cannot be a subject.
func (d *Doc) prepositional(mi int) bool {
	m := d.Mentions[mi]
	return m.TitleFirst > 0 && prepositions[strings.ToLower(d.Tokens[m.TitleFirst-1].Text)]
}

// isObjectPronoun reports whether a pronoun cannot be a subject.
func isObjectPronoun(t string) bool {
	switch strings.ToLower(t) {
	case "him", "his", "her", "hers", "them", "their":
		return true
	}
	return false
}

// peopleOnly keeps the participants who are people.
func (d *Doc) peopleOnly(ps []participant) []participant {
	var out []participant
	for _, p := range ps {
		if d.Entities[p.entity].Type == Person {
			out = append(out, p)
		}
	}
	return out
}

func uniq(ps []participant) []participant {
	seen := map[int]bool{}
	var out []participant
	for _, p := range ps {
		if !seen[p.entity] {
			seen[p.entity] = true
			out = append(out, p)
		}
	}
	return out
}

// participants finds the entities a rule's role spec points to.
func (d *Doc) participants(spec, rtyp string, si, ts, te int) []participant {
	s := d.Sentences[si]
	switch spec {
	case "pair":
		return d.mainPair()
	case "first":
		if mi := d.subjectOf(si, ts); mi >= 0 && d.Mentions[mi].Entity >= 0 {
			return []participant{{d.Mentions[mi].Entity, d.Mentions[mi].Pronoun}}
		}
		return nil
	case "before":
		for mi := d.lastMentionBefore(ts); mi >= 0 && d.Mentions[mi].Sent == si; mi-- {
			if p, ok := d.usable(mi); ok {
				return []participant{p}
			}
		}
		return nil
	case "obj":
		kind := MentionType("")
		if rtyp == "meet" || rtyp == "reconcile" {
			kind = Person
		}
		mi := d.objectMention(si, ts, te, kind)
		if mi < 0 {
			return nil
		}
		return d.group(mi, si, +1)
	case "subj":
		// A participle after a comma (", threatening to …") has the
		// sentence's subject; a verb joined to an earlier one
		// ("criticized X and threatened …") has that verb's subject, which
		// stands before the earlier verb's object.
		if ts > s.First && d.Tokens[ts-1].Text == "," && strings.HasSuffix(d.Tokens[ts].Text, "ing") {
			if mi := d.subjectOf(si, ts); mi >= 0 && d.Mentions[mi].Entity >= 0 {
				return d.group(mi, si, +1)
			}
		}
		if ts > s.First && d.Tokens[ts-1].Text == "and" && !d.Tokens[ts].Cap {
			for mi := d.lastMentionBefore(ts); mi >= 0 && d.Mentions[mi].Sent == si; mi-- {
				if d.inObjectPosition(mi) || isObjectPronoun(d.Tokens[d.Mentions[mi].First].Text) {
					continue
				}
				if g := d.group(mi, si, -1); len(g) > 0 {
					return g
				}
				break
			}
		}
		// "The pair reconnected", "the two men": the article's main pair.
		if pairRe.MatchString(d.Text[s.Start:d.Tokens[ts].Start]) {
			return d.mainPair()
		}
		from := d.lastMentionBefore(d.skipRelative(si, ts))
		for from >= 0 && d.Mentions[from].Sent == si {
			g := d.group(from, si, -1)
			if len(g) == 0 {
				break
			}
			// People meet; an organization before the verb ("in Downing
			// Street …, hours after the … meeting with") is passed over.
			if (rtyp != "meet" && rtyp != "reconcile") || len(d.peopleOnly(g)) > 0 {
				return g
			}
			from = d.lastMentionBefore(d.Mentions[from].First)
		}
		if s.Post >= 0 {
			if e := d.postAuthor(d.Article.Posts[s.Post]); e >= 0 {
				return []participant{{e, false}}
			}
		}
		// No subject before: the main clause follows ("In a conversation
		// with X, Musk reflected", "After spending $290 million to back
		// Trump, … Musk").
		var obj []participant
		if mi := d.objectMention(si, ts, te, ""); mi >= 0 {
			obj = d.group(mi, si, +1)
		}
		after := d.nextMentionAfter(te-1, si)
		for mi := after; mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if d.inGroup(obj, mi) || d.inAppositive(mi) {
				continue
			}
			if p, ok := d.usable(mi); ok && d.Entities[p.entity].Type == Person {
				p.weak = true
				return []participant{p}
			}
		}
	}
	return nil
}

// objectMention returns the first usable mention after the trigger's first
// token: inside the trigger ("joined Bezos for dinner") or at most eight
// tokens after it, with no comma before it (a comma ends the clause). With
// a kind, mentions of other kinds are passed over ("led Trump’s Department
// of …", "attended a White House dinner honoring …").
func (d *Doc) objectMention(si, ts, te int, kind MentionType) int {
	for mi := d.nextMentionAfter(ts, si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.First > te+8 {
			break
		}
		if m.First > te && d.commaBetween(te, m.First) {
			break
		}
		if m.TitleFirst > te && !d.objectGap(te, m.TitleFirst) {
			break // "criticized the cuts in an interview with CBS News"
		}
		p, ok := d.usable(mi)
		if !ok || d.isModifier(mi) {
			continue
		}
		if kind != "" && d.Entities[p.entity].Type != kind {
			continue
		}
		return mi
	}
	return -1
}

// circumstantial words open a phrase of time, place or manner after which
// a name is no longer the verb's object: "criticized the cuts in an
// interview with CBS News".
var circumstantial = map[string]bool{"in": true, "during": true, "after": true, "before": true, "while": true, "amid": true, "since": true, "when": true}

// objectGap reports whether tokens [from, to) can separate a verb from its
// object: anything but a circumstantial phrase.
func (d *Doc) objectGap(from, to int) bool {
	for k := from; k < to; k++ {
		if circumstantial[strings.ToLower(d.Tokens[k].Text)] && !d.quoted[k] {
			return false
		}
	}
	return true
}

// skipRelative returns where to look for the subject of a trigger at
// token ts: before a relative clause (", who runs Tesla and SpaceX,") that
// ends right before it.
func (d *Doc) skipRelative(si, ts int) int {
	s := d.Sentences[si]
	k := ts - 1
	for k > s.First && d.Tokens[k].Text != "," {
		k--
	}
	if k <= s.First || d.Tokens[k].Text != "," {
		return ts
	}
	// k is the comma closing the clause; find ", who|which" before it.
	for j := k - 1; j > s.First; j-- {
		w := strings.ToLower(d.Tokens[j].Text)
		if (w == "who" || w == "which") && d.Tokens[j-1].Text == "," {
			return j - 1
		}
		if d.Tokens[j].Text == "," {
			continue
		}
	}
	return ts
}

// usable reports whether mention mi can be an event participant: resolved
// to a person or organization and outside quotations.
func (d *Doc) usable(mi int) (participant, bool) {
	m := d.Mentions[mi]
	if m.Entity < 0 || d.quoted[m.First] || m.Type == Place {
		return participant{}, false
	}
	return participant{m.Entity, m.Pronoun || m.Rule == "description"}, true
}

func (d *Doc) inGroup(g []participant, mi int) bool {
	for _, p := range g {
		if p.entity == d.Mentions[mi].Entity {
			return true
		}
	}
	return false
}

// inAppositive reports whether mention mi sits inside ", wife of X," style
// apposition or after a preposition, where it is not a clause's subject.
func (d *Doc) inAppositive(mi int) bool {
	m := d.Mentions[mi]
	if m.TitleFirst == 0 {
		return false
	}
	prev := strings.ToLower(d.Tokens[m.TitleFirst-1].Text)
	if prepositions[prev] || roleNouns[prev] {
		return true
	}
	return false
}

// group returns the usable mention at mi (searching in direction dir for
// the first usable one) and the mentions joined to it by "and", commas,
// "Both … and", and possessive or "of" modifiers ("Apple's Tim Cook",
// "Mark Zuckerberg of Meta").
func (d *Doc) group(mi, si, dir int) []participant {
	start := mi
	for mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si {
		// Looking back for a subject, pass over object pronouns and the
		// objects of prepositions — unless the name stands right against
		// the verb ("with Trump presenting him", "with Google's CEO set to
		// meet").
		skip := dir < 0 && (isObjectPronoun(d.Tokens[d.Mentions[mi].First].Text) || d.prepositional(mi) && !(d.Mentions[mi].Last >= d.Mentions[start].Last && d.adjacentToNext(mi)))
		if _, ok := d.usable(mi); ok && !d.isModifier(mi) && !skip {
			break
		}
		mi += dir
	}
	if mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Sent != si {
		return nil
	}
	p, _ := d.usable(mi)
	out := []participant{p}
	cur := mi
	for {
		next := cur + dir
		// Skip modifiers between conjuncts.
		for next >= 0 && next < len(d.Mentions) && d.Mentions[next].Sent == si && d.isModifier(next) {
			next += dir
		}
		if next < 0 || next >= len(d.Mentions) || d.Mentions[next].Sent != si {
			break
		}
		a, b := d.Mentions[cur], d.Mentions[next]
		if dir < 0 {
			a, b = b, a
		}
		if !d.conjoined(a.Last, b.First) {
			break
		}
		q, ok := d.usable(next)
		if !ok {
			break
		}
		out = append(out, q)
		cur = next
	}
	return out
}

// isModifier reports whether mention mi modifies a neighbouring name: an
// organization before "’s" followed by a name ("Apple’s Tim Cook"), or
// after "of" following a person ("Mark Zuckerberg of Meta").
func (d *Doc) isModifier(mi int) bool {
	m := d.Mentions[mi]
	if m.Entity < 0 {
		return false
	}
	ent := d.Entities[m.Entity]
	if ent.Type == Org && m.Last+1 < len(d.Tokens) && (d.Tokens[m.Last].Text == "’s" || d.Tokens[m.Last].Text == "'s") && d.Tokens[m.Last+1].Cap {
		return true
	}
	if ent.Type == Org && m.First > 0 && d.Tokens[m.First-1].Text == "of" && mi > 0 && d.Mentions[mi-1].Last == m.First-1 {
		return true
	}
	// "Federal Reserve Chair Jerome Powell", "Apple CEO Tim Cook": the
	// organization describes the titled person after it.
	if ent.Type == Org && mi+1 < len(d.Mentions) {
		next := d.Mentions[mi+1]
		if next.TitleFirst == m.Last && next.First > next.TitleFirst && next.Entity >= 0 && d.Entities[next.Entity].Type == Person {
			return true
		}
	}
	return false
}

// conjoined reports whether the tokens between two mentions only join
// them: commas, "and", "or", "&", "as well as", or modifiers.
func (d *Doc) conjoined(from, to int) bool {
	if to <= from {
		return false
	}
	joined, described := false, false
	for k := from; k < to; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "and", "or", "&", "as", "well", "both":
			joined = true
		case ",", "’s", "'s", "of":
		default:
			// Modifier mentions between ("OpenAI's"), titles and role
			// words ("and tech mogul Elon Musk") belong to the names;
			// anything else breaks the list.
			t := d.Tokens[k].Text
			switch {
			case d.tokenInMention(k) || isTitleWord(t):
			case roleNouns[t]:
				described = true
			default:
				return false
			}
		}
	}
	// "Katie Miller, wife of Stephen Miller" is one person described, not
	// a list: a description needs an "and" to join.
	if described {
		return joined
	}
	return joined || strings.Count(d.Text[d.Tokens[from].Start:d.Tokens[to-1].End], ",") > 0
}

// isTitleWord reports whether t is a title or part of one ("Press",
// "Secretary", "Vice").
func isTitleWord(t string) bool {
	_, ok := titleTokens[t]
	return ok
}

// tokenInMention reports whether token k belongs to some mention.
func (d *Doc) tokenInMention(k int) bool {
	for _, m := range d.Mentions {
		if m.First <= k && k < m.Last {
			return true
		}
		if m.First > k {
			break
		}
	}
	return false
}

// lastMentionBefore returns the last mention ending at or before token k.
func (d *Doc) lastMentionBefore(k int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].First >= k })
	for i--; i >= 0; i-- {
		if d.Mentions[i].Last <= k {
			return i
		}
	}
	return -1
}

// nextMentionAfter returns the first mention of sentence si starting after
// token k, or -1.
func (d *Doc) nextMentionAfter(k, si int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].First > k })
	if i < len(d.Mentions) && d.Mentions[i].Sent == si {
		return i
	}
	return -1
}

// mainPair returns the two people the article mentions most.
func (d *Doc) mainPair() []participant {
	type c struct{ e, n int }
	var cs []c
	for i, ent := range d.Entities {
		if ent.Type == Person {
			cs = append(cs, c{i, len(ent.Mentions)})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	if len(cs) < 2 {
		return nil
	}
	return []participant{{cs[0].e, true}, {cs[1].e, true}}
}

// dateNear returns the value of the dated expression of sentence si
// nearest to token k.
func (d *Doc) dateNear(si, k int) string {
	best, bestDist := "", 1<<30
	pos := d.Tokens[k].Start
	for _, de := range d.Dates {
		if de.Sent != si || de.Value == "" {
			continue
		}
		dist := de.Start - pos
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = de.Value, dist
		}
	}
	return best
}

// pastMarkers in a sentence mean its reported words are not from the day
// of the article's news.
var pastMarkers = regexp.MustCompile(`(?i)\b(?:at the time|previously|once|earlier|ago|last (?:year|month|week)|in the past|had (?:\w+ed|said|told|called)|years|months)\b`)

// reportedSpeech reports whether sentence si reports words (a quotation or
// a speech verb) with nothing placing them in the past.
func (d *Doc) reportedSpeech(si int) bool {
	s := d.Sentences[si]
	if s.Post >= 0 || pastMarkers.MatchString(d.Text[s.Start:s.End]) {
		return false
	}
	for k := s.First; k < s.Last; k++ {
		if d.quoted[k] || speechVerbs[d.Tokens[k].Text] {
			return true
		}
	}
	return false
}

// dateIsFuture reports whether sentence si speaks of the future.
func (d *Doc) dateIsFuture(si int) bool {
	for _, de := range d.Dates {
		if de.Sent == si && de.Future {
			return true
		}
	}
	return false
}

// amountIn returns the first definite amount of sentence si; ok is false
// when the sentence names no sum at all.
func (d *Doc) amountIn(si int) (float64, bool) {
	found := false
	for _, a := range d.Amounts {
		if a.Sent != si {
			continue
		}
		found = true
		if a.USD > 0 {
			return a.USD, true
		}
	}
	return 0, found
}

// placeIn returns where a meeting in sentence si took place: the place
// or venue ("at Mar-a-Lago", "in Downing Street", "at the Harborview Club")
// nearest after the trigger at token ts, else the nearest before it — but
// never the article's dateline city.
func (d *Doc) placeIn(si, ts int) string {
	s := d.Sentences[si]
	dateline := 0 // bytes of the sentence taken by the article's dateline
	if dl := d.Article.Dateline; dl != "" && strings.HasPrefix(d.Text[s.Start:s.End], dl) {
		dateline = len(dl)
	}
	best, bestDist := "", 1<<30
	for mi := d.firstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		text := d.Text[m.Start:m.End]
		prev := ""
		if m.TitleFirst > s.First {
			prev = strings.ToLower(d.Tokens[m.TitleFirst-1].Text)
			if prev == "the" && m.TitleFirst-1 > s.First {
				prev = strings.ToLower(d.Tokens[m.TitleFirst-2].Text)
			}
		}
		venue := (prev == "at" || prev == "in") && (m.Type == Place || m.Type == Org)
		if m.Start-s.Start < dateline || !(venue || m.Type == Place && text != "US" && text != "U.S." && text != "America" || text == "White House") {
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
func (d *Doc) venueAfterAt(si int) string {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if d.Tokens[k].Text != "at" || d.quoted[k] {
			continue
		}
		j := k + 1
		if strings.EqualFold(d.Tokens[j].Text, "the") {
			j++
		}
		end := j
		for end < s.Last && d.Tokens[end].Cap && d.Tokens[end].Word && !functionWords[d.Tokens[end].Text] && !d.tokenInMention(end) {
			end++
		}
		if end > j && !weekdayOrMonth(d.Tokens[j].Text) {
			return d.Text[d.Tokens[j].Start:d.Tokens[end-1].End]
		}
	}
	return ""
}

// weekdayOrMonth reports whether w names a day of the week or a month.
func weekdayOrMonth(w string) bool {
	_, day := weekdays[strings.ToLower(w)]
	return day || isMonthWord(w)
}

// mergeEvents keeps one event per happening: the same type and sentence
// with the same participants; the same type and day with two or more
// participants in common; or a directed event told in two neighbouring
// sentences, once without a date ("Bezos has expressed support for Trump.
// … earlier in December, he said he's optimistic about a second Trump
// term").
func (d *Doc) mergeEvents() {
	var out []powermap.Event
	for _, e := range d.Events {
		dup := false
		for i := range out {
			o := &out[i]
			if o.Type != e.Type {
				continue
			}
			if (e.Type == powermap.EventSupport || e.Type == powermap.EventOppose || e.Type == powermap.EventThreaten) && e.Rule != "derisive-nickname" && o.Rule != "derisive-nickname" &&
				sameParticipants(o, &e) && (o.Date == "") != (e.Date == "") && d.adjacent(o.Evidence, e.Evidence) {
				if o.Date == "" {
					*o = e
				}
				dup = true
				break
			}
			sameSentence := o.Evidence == e.Evidence
			if sameSentence && sameParticipants(o, &e) {
				dup = true
			} else if powermap.Undirected(e.Type) && e.Date != "" && e.Date == o.Date && len(e.Date) == 10 && shared(o.Actors, e.Actors) >= 2 {
				for _, a := range e.Actors {
					if !contains(o.Actors, a) {
						o.Actors = append(o.Actors, a)
					}
				}
				dup = true
			}
			if dup {
				if e.Confidence > o.Confidence && sameSentence {
					o.Confidence, o.Rule = e.Confidence, e.Rule
				}
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	d.Events = out
}

// adjacent reports whether two evidence sentences follow one another.
func (d *Doc) adjacent(a, b powermap.Span) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	between := d.Text[a.End:b.Start]
	return !strings.ContainsAny(between, ".!?") && len(between) < 8
}

func sameParticipants(a, b *powermap.Event) bool {
	if powermap.Undirected(a.Type) {
		return shared(a.Actors, b.Actors) == len(a.Actors) && len(a.Actors) == len(b.Actors)
	}
	return a.Source == b.Source && a.Target == b.Target
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		if contains(b, x) {
			n++
		}
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
