package events

import (
	"slices"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// A candidate's campaign named only as "the campaign": money given to it,
// or a suit against it, is given to or brought against the candidate,
// as "gave $2,500 to her campaign" is (the corpus guide's gold keeps the
// candidate). "Dale Ruth is running for a fourth term. … Gus Pappa has
// given another $2,500 to the campaign" funds Ruth.

// campaignAt returns the candidate whose campaign token k, "the
// campaign" with no name, possessor or complement of its own, is: the
// one person before it, in its sentence or the four before in its
// paragraph, told running for office ("Ruth is running", "Ruth, who is
// seeking re-election") or owning a campaign ("Ruth's re-election
// campaign", "launched his campaign"), with no other campaign named
// between; or -1. A campaign the article names as an organization
// ("Ruth for Sheriff") is that organization's, not resolved here.
func (d *stage) campaignAt(k int) int {
	if k < 1 || !strings.EqualFold(d.Tokens[k].Text, "campaign") || !strings.EqualFold(d.Tokens[k-1].Text, "the") || d.Quoted[k] {
		return -1
	}
	si := d.SentenceOf(k)
	if k+1 < d.Sentences[si].Last && campaignComplements[d.Tokens[k+1].Lower] {
		return -1 // "the campaign of Tilda Marsh", "the campaign to save the park": its own phrase says whose or what for
	}
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.First <= k && k < m.Last && m.Entity >= 0 {
			return -1 // (a description coreference resolved: "the campaign" of a named committee)
		}
	}
	if d.campaignOrgBefore(si) {
		return -1
	}
	first := d.Sentences[max(si-4, 0)].First
	found := -1
	for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.First >= k || m.Sent == si && m.Last > k {
			continue
		}
		if m.First < first || !d.SameParagraph(m.Sent, si) {
			break
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person || d.Quoted[m.First] || !d.runningAfter(m) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1 // "Ruth is running for a fourth term. Marsh is running against her.": whose is not told
		}
		if found < 0 && d.otherCampaignBetween(m.Last, k) {
			return -1 // "… Brindle Foods launched a new ad campaign. … gave $2,500 to the campaign"
		}
		found = m.Entity
	}
	return found
}

// otherCampaignBetween reports whether a campaign word stands between
// tokens a and b other than in the run of words right after a (the
// candidate's own: "Ruth's re-election campaign"): another campaign "the
// campaign" may be.
func (d *stage) otherCampaignBetween(a, b int) bool {
	for j := a + 4; j < b; j++ {
		if w := d.Tokens[j].Lower; w == "campaign" || w == "campaigns" {
			return true
		}
	}
	return false
}

// stanceOrGift reports whether token t triggers a frame of giving,
// attack, threat or backing, as "the campaign" may be the party of.
func (d *stage) stanceOrGift(t syntax.Token) bool {
	l := strings.ToLower(t.Lemma)
	for _, typ := range []string{powermap.EventFund, powermap.EventOppose, powermap.EventThreaten, powermap.EventSupport} {
		if d.frames.HasType(l, typ, "") {
			return true
		}
	}
	return false
}

// campaignIn reports whether sentence si names a candidate's campaign
// as "the campaign" (campaignAt).
func (d *stage) campaignIn(si int) bool {
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if d.campaignAt(k) >= 0 {
			return true
		}
	}
	return false
}

// runningAfter reports whether the words after person mention m tell
// the person running for office: a possessive before a campaign noun
// ("Ruth's re-election campaign", "his bid"), or a verb of running within
// a few words ("is running", "who is seeking re-election", "launched his
// campaign").
func (d *stage) runningAfter(m doc.Mention) bool {
	end := min(m.Last+5, d.Sentences[m.Sent].Last)
	for j := m.Last; j < end; j++ {
		w := d.Tokens[j].Lower
		switch {
		case campaignWords[w] && j <= m.Last+3 && d.ownerMention(m):
			return true
		case runningForms[w] && d.forOffice(j+1, d.Sentences[m.Sent].Last):
			return true // "is running for", "runs again", "is seeking re-election", "is seeking a fourth term"
		case w == "campaigning":
			return true
		case w == "launched" || w == "launches" || w == "announced":
			if j+2 < d.Sentences[m.Sent].Last && possessives[d.Tokens[j+1].Lower] && campaignWords[d.Tokens[j+2].Lower] {
				return true
			}
		case !d.Tokens[j].Word && d.Tokens[j].Text != "," && d.Tokens[j].Text != "'s" && d.Tokens[j].Text != "’s":
			return false
		}
	}
	return false
}

// forOffice reports whether the words from token j, before last, tell
// what a verb of running is for: "for", "again", "re-election",
// "office", or a term or seat ("a fourth term").
func (d *stage) forOffice(j, last int) bool {
	if j >= last {
		return false
	}
	w := d.Tokens[j].Lower
	if runningAfterWords[w] {
		return true
	}
	if w != "a" && w != "an" && w != "another" {
		return false
	}
	for k := j + 1; k < last && k <= j+3; k++ {
		if t := d.Tokens[k].Lower; t == "term" || t == "seat" {
			return true
		}
	}
	return false
}

// campaignOrgBefore reports whether an organization the article names
// up to sentence si is a campaign by its name's last word or its "for"
// ("the Ruth Campaign", "Ruth for Sheriff"): "the campaign" is more
// likely that one.
func (d *stage) campaignOrgBefore(si int) bool {
	for _, m := range d.Mentions {
		if m.Sent > si {
			break
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org {
			continue
		}
		name := strings.ToLower(d.Entities[m.Entity].Name)
		if strings.HasSuffix(name, " campaign") || strings.Contains(name, " for ") || strings.HasSuffix(name, " committee") {
			return true
		}
	}
	return false
}

var (
	// campaignComplements after "campaign" give its own owner or aim.
	campaignComplements = map[string]bool{"of": true, "to": true, "for": true, "against": true, "by": true}
	// campaignWords are a candidate's run for office after a possessive
	// (rules: campaignNouns).
	campaignWords = rules.WordClass("campaignNouns")
	// runningForms tell someone running for office before one of
	// runningAfterWords (rules: runningForms, runningAfter).
	runningForms      = rules.WordClass("runningForms")
	runningAfterWords = rules.WordClass("runningAfter")
)

// A gift told with no one to take it ("Ito gave $800,000, the filing
// shows") goes to the one its paragraph has just said takes such gifts:
// "Forward Pacific PAC reported a surge in contributions. … Ito gave
// $800,000"; "Lucía Herrera's inauguration fund closed its books. …
// The real estate mogul contributed $1 million".

// implicitRecipient returns the one recipient of gifts that sentence si
// or the two before it in its paragraph name, other than giver: an
// organization named as a political committee or fund ("… PAC", "…
// Victory Fund", "Ruth for Sheriff"), or a person whose campaign or fund
// a possessive names ("Herrera's inauguration fund", "her campaign");
// -1 when none or several.
func (d *stage) implicitRecipient(si, giver int) int {
	found := -1
	for sj := max(si-2, 0); sj <= si; sj++ {
		if !d.SameParagraph(sj, si) {
			continue
		}
		for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
			m := d.Mentions[mi]
			if m.Entity < 0 || m.Entity == giver || d.Quoted[m.First] {
				continue
			}
			ok := false
			switch d.Entities[m.Entity].Type {
			case doc.Org:
				ok = !m.Pronoun && m.Rule != "description" && givingBody(d.Entities[m.Entity].Name)
			case doc.Person:
				ok = d.ownerMention(m) && d.fundNounAfter(m)
			}
			if !ok {
				continue
			}
			if found >= 0 && found != m.Entity {
				return -1
			}
			found = m.Entity
		}
	}
	return found
}

// implicitGiver returns the one giver of the money sentence si says
// went somewhere without naming whose it was ("The bulk of the money,
// $3 million, went to Frontier Future PAC"), and when the giving was:
// the source of the gifts told in the two sentences before in the
// paragraph; else the subject of the sentence before, when it states a sum
// given or spent by a verb of giving ("Holmgren spent $3.5 million in
// the last months of 2025 …"; rules: moneyGivenForms), not spent on a
// thing ("spent $10 million on roads"), and dated by its one time. Money
// raised, received, lost, paid or fined is no one's gift; -1 then, or
// when the giver would be recipient.
func (d *stage) implicitGiver(si, recipient int) (int, string) {
	found, date := "", ""
	for _, e := range d.Events {
		sj := d.SentenceOfByte(e.Evidence.Start)
		if e.Type != powermap.EventFund || e.Source == "" || sj >= si || sj < si-2 || !d.SameParagraph(sj, si) {
			continue
		}
		if found != "" && found != e.Source {
			return -1, ""
		}
		found, date = e.Source, e.Date
	}
	if found != "" {
		if i := d.entityNamed(found); i >= 0 && i != recipient {
			return i, date
		}
		return -1, ""
	}
	if si == 0 || d.Sentences[si-1].Title || !d.amountInSentence(si-1) {
		return -1, "" // (the sentence before, in its paragraph or closing the one before)
	}
	prev := d.Sentences[si-1]
	given := false
	for k := prev.First; k < prev.Last; k++ {
		w := d.Tokens[k].Lower
		if !moneyGivenForms[w] {
			continue
		}
		if strings.HasPrefix(w, "spen") {
			// (spent on something: a purchase, not a gift)
			for j := k + 1; j < prev.Last && j <= k+7; j++ {
				if strings.EqualFold(d.Tokens[j].Text, "on") {
					return -1, ""
				}
			}
		}
		given = true
	}
	if !given {
		return -1, ""
	}
	s := coref.SubjectOf(d.Doc, si-1, prev.Last)
	if s < 0 {
		return -1, ""
	}
	e := d.Mentions[s].Entity
	if e < 0 || e == recipient || d.Entities[e].Type == doc.Place {
		return -1, ""
	}
	for _, de := range d.Dates {
		if de.Sent != si-1 || de.Future {
			continue
		}
		if date != "" && date != de.Value {
			return e, "" // (two times: no telling which)
		}
		date = de.Value
	}
	return e, date
}

// moneyGivenForms are forms of verbs that give or spend money (rules:
// moneyGivenForms).
var moneyGivenForms = rules.WordClass("moneyGivenForms")

// givingBody reports whether an organization's name makes it one that
// takes political gifts: it ends in a political committee's word
// ("Forward Pacific PAC", "Prairie Horizon Action"), or in "Fund" or
// "Committee" with no word of a legislature or of investing before it
// ("Castellano Victory Fund", "the Vogt Inaugural Committee"; not "the
// Senate Ethics Committee", "the Teachers Pension Fund"), or names a
// candidate for an office ("Ruth for Sheriff").
func givingBody(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	switch {
	case givingBodyTails[last]:
		return true
	case last == "fund" || last == "committee":
		// (not a legislature's committee or an investor's fund)
		return !slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return nonPoliticalWords[strings.ToLower(w)] })
	}
	return slices.Contains(f[1:len(f)-1], "for")
}

// givenElsewhere reports whether giving verb trig of toks says where the
// money went other than to someone: back, on something, or to, for or
// into a thing no one owns ("donated $800,000 to charity", "spent
// $800,000 on ads", "gave $5,000 back").
func givenElsewhere(toks []syntax.Token, trig int) bool {
	for c, t := range toks {
		if t.Head != trig {
			continue
		}
		if strings.EqualFold(t.Form, "back") {
			return true
		}
		if r := t.Rel; !strings.HasPrefix(r, "obl") && !strings.HasPrefix(r, "nmod") {
			continue
		}
		if hasCase(toks, c, "on") && !weekdayOrTime(t) && !rules.WeekdayOrMonth(t.Form) && t.UPOS != "NUM" {
			return true // "spent $800,000 on ads" (not "gave $800,000 on Tuesday")
		}
		// A thing given to or for, not a campaign or someone's: "to
		// charity", "for a beach house" (but "to the senator's campaign"
		// is the senator's, whom the paragraph may name, and a kind of
		// body with a determiner may be the body named before, "to the
		// super PAC").
		l := strings.ToLower(t.Lemma)
		thing := t.UPOS == "NOUN" && !campaignWords[l] && (len(rules.OrgKinds[l]) == 0 || !hasChild(toks, c, "det")) && !hasChild(toks, c, "nmod:poss")
		if thing && (hasCase(toks, c, "to") || hasCase(toks, c, "for") || hasCase(toks, c, "into") || hasCase(toks, c, "toward") || hasCase(toks, c, "towards")) {
			return true
		}
	}
	return false
}

// ownerMention reports whether person mention m owns what follows it: a
// name's possessive ("Ruth's") or a possessive pronoun ("her").
func (d *stage) ownerMention(m doc.Mention) bool {
	return d.possessive(m) || m.Pronoun && possessives[d.Tokens[m.First].Lower]
}

// fundNounAfter reports whether a campaign or fund noun follows person
// mention m within three words ("Herrera's inauguration fund", "her
// re-election campaign").
func (d *stage) fundNounAfter(m doc.Mention) bool {
	for j := m.Last; j < d.Sentences[m.Sent].Last && j <= m.Last+3; j++ {
		if w := d.Tokens[j].Lower; campaignWords[w] || w == "fund" {
			return true
		}
	}
	return false
}

// givingBodyTails end the names of bodies that take political gifts;
// nonPoliticalWords in a name ending in "Fund" or "Committee" make it a
// legislature's or an investor's;
// implicitNotGiving are the fund frames' words that give no money to a
// recipient the paragraph may name: raising, investing or lending it
// (rules: wordclasses.txt).
var (
	givingBodyTails   = rules.WordClass("givingBodyTails")
	nonPoliticalWords = rules.WordClass("nonPoliticalFundWords")
	implicitNotGiving = rules.WordClass("implicitNotGiving")
)
