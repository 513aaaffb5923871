// Package mentions is the stage of extraction that finds the mentions of
// people, organizations and places in every sentence: knowledge-base
// names and handles, titles ("President-elect Donald Trump", "the First
// Lady"), capitalised names typed by their words and their context
// ("businesswoman Ngozi Adeyemi", "automaker Stellantis", "Adeyemi said"),
// and pronouns. It reads tokens, sentences and quotation marks and adds
// Doc.Mentions; which entity each mention names is left to coreference.
package mentions

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
	"github.com/powermap/powermap/kb"
)

// orgRoles are role words that follow an organization to name a person,
// with the role they name: "the Tesla CEO", "Google's CEO", "the Amazon
// founder" (rules/orgroles.txt).
var orgRoles = func() map[string]string {
	out := map[string]string{}
	for _, line := range rules.Lines("orgroles.txt") {
		phrase, role, ok := strings.Cut(line, "\t")
		if !ok {
			panic("rules/orgroles.txt: want PHRASE<TAB>ROLE: " + line)
		}
		out[phrase] = strings.TrimSpace(role)
	}
	return out
}()

// webNames are the endings of web addresses used as names
// (rules/webnames.txt).
var webNames = strings.Fields(strings.Join(rules.Lines("webnames.txt"), " "))

// stage is the document while the stage runs, with the index of where
// each capitalised word stands alone, built on first use.
type stage struct {
	*doc.Doc
	wordAt map[string][]int // capitalised word → where it stands alone, for name lookups
}

// Run adds the mention layer to d, which must have its tokens and
// sentences.
func Run(d *doc.Doc) {
	(&stage{Doc: d}).findMentions()
}

// GivenName reports whether w is a known given name: from the rules'
// lists or the first name of a person of d's knowledge base.
func GivenName(d *doc.Doc, w string) bool {
	return rules.FirstNames[w] || (d.KB.IsGivenName(w) || rules.NameGender[w] != "") && !rules.FunctionWords[w] && !rules.NonNames[w] && !rules.PlaceNames[w]
}

// findMentions finds the mentions of people, organizations and places in
// every sentence: knowledge-base names and handles, titles, capitalised
// names typed by their words and context, and pronouns.
func (d *stage) findMentions() {
	items := map[int][2]int{} // sentence -> the listed name it is
	for _, l := range d.NameLists() {
		for k, si := range l.Sents {
			items[si] = l.Items[k]
		}
	}
	for si, s := range d.Sentences {
		n := len(d.Mentions)
		i := s.First
		for i < s.Last {
			if next := d.mentionAt(si, i, s.Last); next > i {
				i = next
			} else {
				i++
			}
		}
		d.governmentMentions(si, n)
		d.officePlaces(si, n)
		if it, ok := items[si]; ok {
			d.listedName(si, it[0], it[1], n)
		}
	}
	d.findOrgRoleMentions()
	// (in text order, as FirstMentionIn searches them: the mentions of
	// knowledge-base roles were added after all the others)
	slices.SortStableFunc(d.Mentions, func(a, b doc.Mention) int { return a.Start - b.Start })
	d.promoteCandidates()
	d.dropPartyMembers()
}

// governmentMentions adds, among sentence si's mentions from index n on,
// a country's government named by its people's word or its place
// ("the French government", "the Kyrgyz government", "the U.S.
// government"): an organization (GUIDE: governments are organizations,
// countries places), named by those words.
func (d *stage) governmentMentions(si, n int) {
	s := d.Sentences[si]
	for k := s.First; k+1 < s.Last; k++ {
		if !strings.EqualFold(d.Tokens[k+1].Text, "government") || d.Tokens[k+1].Cap && k+1 != s.First {
			continue
		}
		first := k
		place := -1
		for mi := n; mi < len(d.Mentions); mi++ {
			// (the people's word may have been taken for a name alone:
			// "Norwegian")
			if m := d.Mentions[mi]; m.Last == k+1 && (m.Type == doc.Place || m.Type == doc.Pending && m.First == k) {
				place, first = mi, m.First
			}
		}
		if (place < 0 || d.Mentions[place].Type == doc.Pending) && !(d.Tokens[k].Cap && rules.IsDemonym(d.Tokens[k].Text)) {
			continue
		}
		if d.TokenInMention(k+1) || place < 0 && d.TokenInMention(k) {
			continue
		}
		m := doc.Mention{Start: d.Tokens[first].Start, End: d.Tokens[k+1].End, First: first, Last: k + 2, TitleFirst: first,
			Sent: si, Type: doc.Org, Entity: -1, Rule: "government"}
		if place >= 0 {
			d.Mentions[place] = m // (the place, or the people's word, names the government)
			continue
		}
		at := len(d.Mentions)
		for at > n && d.Mentions[at-1].Start > m.Start {
			at--
		}
		d.Mentions = slices.Insert(d.Mentions, at, m)
	}
}

// officePlaces types as an organization, among sentence si's mentions
// from index n on, a place named as the seat of a local or regional
// office: "mayor of Port Ellis", "governor of Arlen", "premier of
// Ontario". What one holds the post at is the place's government (GUIDE:
// governments are organizations), which the place's name stands for.
func (d *stage) officePlaces(si, n int) {
	for mi := n; mi < len(d.Mentions); mi++ {
		m := &d.Mentions[mi]
		if m.Type != doc.Place && !(m.Type == doc.Pending && m.Last-m.First == 1) || m.First < 2 || d.Tokens[m.First-1].Text != "of" {
			continue
		}
		if k := m.First - 2; k >= d.Sentences[si].First && placeOffices[d.Tokens[k].Lower] {
			m.Type, m.Rule = doc.Org, "office-of"
		}
	}
}

// inPlaceWords put a place after them: "in", "near", "outside" … (not
// "at" or "from", which people follow as often: "shouted at", "a gift
// from").
var inPlaceWords = rules.WordClass("inPlaceWords")

// findsPersonIn reports whether word k is one after which "in" puts a
// person or a publication, not a place: a kind of person, one of them
// ("an ally in", "a fierce critic in"), or a word of trust, stake or writing
// ("confidence in", "invested in", "writing in").
func (d *stage) findsPersonIn(k int) bool {
	w := d.Tokens[k].Lower
	if personIn[w] {
		return true
	}
	if !rules.PersonNoun(w) && !rules.RoleWord(w) {
		return false // (a plural too: "met donors in Cedar Bluff")
	}
	// One found or had in someone ("has found a fierce critic in", "has an
	// ally in"), not one who lives or works there ("a lawyer in Palo Alto").
	first := d.Sentences[d.SentenceOf(k)].First
	for j := k - 1; j >= first && j >= k-4; j-- {
		if foundIn[d.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// foundIn are the verbs of finding or having someone in another: "found
// an ally in", "has a friend in".
var foundIn = rules.WordClass("foundIn")

// personIn are the words after which "in" puts a person or a
// publication: "confidence in", "invested in", "writing in".
var personIn = rules.WordClass("personIn")

// giverNouns describe one who gives money (rules: giverNouns).
var giverNouns = rules.WordClass("giverNouns")

// placeOffices are the posts held at a town's, a county's, a state's or a
// province's government.
var placeOffices = rules.WordClass("placeOffices")

// dropPartyMembers drops the organization mentions that are a party's
// member word after an article, with a place between at most: "the
// Colorado Democrat", "a Texas Republican" describe a person (coref
// reads them as descriptions), not the party.
func (d *stage) dropPartyMembers() {
	out := d.Mentions[:0]
	for _, m := range d.Mentions {
		if last := d.Tokens[m.Last-1]; m.Type == doc.Org && last.Cap && partyMembers[strings.ToLower(last.Text)] && m.Last-m.First <= 2 && m.TitleFirst == m.First {
			k := m.First - 1
			if k >= 0 && m.Last-m.First == 1 && d.placeWord(k) {
				k-- // "a Texas Republican" with Texas a place of its own
			}
			if m.Last-m.First == 2 && !d.placeWord(m.First) {
				k = -1
			}
			if k >= 0 {
				if a := d.Tokens[k].Lower; a == "the" || a == "a" || a == "an" {
					continue
				}
			}
		}
		out = append(out, m)
	}
	d.Mentions = out
}

// placeWord reports whether token k is a place's name (one word).
func (d *stage) placeWord(k int) bool {
	if rules.PlaceNames[d.Tokens[k].Text] {
		return true
	}
	for _, m := range d.Mentions {
		if m.Type == doc.Place && m.First <= k && k < m.Last {
			return true
		}
	}
	return false
}

// partyMembers, capitalised, name a member of a party
// (rules/wordclasses.txt).
var partyMembers = rules.WordClass("partyMembers")

// listedName makes line [first, last) of a list of names (doc.NameLists)
// one name, unless the mentions found in it from mention n on already
// cover it or name people ("José and Emilia Fanjul"): a line of a list
// names someone even as a single word ("Caterpillar") or with initials
// ("Tomas E. Lindqvist"), and with no person's given name it is an
// organization's.
func (d *stage) listedName(si, first, last, n int) {
	for last > first && !d.Tokens[last-1].Word && d.Tokens[last-1].Text != "." {
		last--
	}
	if last > first && d.Tokens[last-1].Text == "." && (last-first < 2 || len(d.Tokens[last-2].Text) > 1) {
		last-- // a full stop, not an initial's
	}
	if last <= first {
		return
	}
	for k, m := range d.Mentions[n:] {
		if m.First == first && m.Last == last && m.Entry == nil && (m.Type == doc.Pending || m.Type == doc.Candidate || m.Type == doc.Org && last-first == 1) {
			d.Mentions[n+k].Type, d.Mentions[n+k].Rule = d.listedType(first, last), "list-item"
			return
		}
		if m.First == first && m.Last == last || m.Entry != nil || m.Type == doc.Person && !m.Pronoun {
			return
		}
	}
	d.Mentions = d.Mentions[:n]
	typ, rule := d.typeRun(first, last, "")
	if typ != doc.Person && typ != doc.Org {
		typ, rule = d.listedType(first, last), "list-item"
	}
	d.AddMention(si, first, last, typ, rule, nil, "")
}

// listedType types a listed name nothing else types: a person's when it
// opens with a given name and has two to four words or has a middle
// initial, else an organization's.
func (d *stage) listedType(first, last int) doc.MentionType {
	if last-first >= 2 && last-first <= 5 && GivenName(d.Doc, d.Tokens[first].Text) {
		return doc.Person
	}
	for k := first + 1; k+1 < last; k++ {
		t := d.Tokens[k].Text
		if d.Tokens[k].Cap && (len(t) == 2 && t[1] == '.' || len(t) == 1 && d.Tokens[k+1].Text == ".") {
			return doc.Person // a middle initial: "Tomas E. Lindqvist"
		}
	}
	return doc.Org
}

// mentionAt looks for a mention starting at token i and returns the index
// after it (or i if there is none).
func (d *stage) mentionAt(si, i, last int) int {
	tok := d.Tokens[i]
	if tok.Word && tok.Text == "Its" && i == d.Sentences[si].First && i+1 < len(d.Tokens) && d.Tokens[i+1].Word && !d.Tokens[i+1].Cap {
		// "Its board said …" opening a sentence: the organization the
		// sentence before spoke of (coreference decides).
		d.AddMention(si, i, i+1, doc.Org, "pronoun", nil, "")
		d.Mentions[len(d.Mentions)-1].Pronoun = true
		return i + 1
	}
	if tok.Word && strings.EqualFold(tok.Text, "it") && d.reportedIt(i) {
		// "Halvorsen said it would sue": an organization's own words.
		d.AddMention(si, i, i+1, doc.Org, "pronoun", nil, "")
		d.Mentions[len(d.Mentions)-1].Pronoun = true
		return i + 1
	}
	if tok.Word && rules.Pronouns[strings.ToLower(tok.Text)] != "" {
		d.AddMention(si, i, i+1, doc.Person, "pronoun", nil, "")
		d.Mentions[len(d.Mentions)-1].Pronoun = true
		return i + 1
	}
	if strings.HasPrefix(tok.Text, "@") {
		e := d.KB.Handle(tok.Text, d.Published)
		typ := doc.Person
		if e != nil && e.Type == "org" {
			typ = doc.Org
		}
		d.AddMention(si, i, i+1, typ, "handle", e, "")
		return i + 1
	}
	if !tok.Word {
		return i
	}
	if n := d.wireDateline(si, i); n > 0 {
		return i + n // "BOGOTA, May 12 (Reuters) -": where, not who
	}
	if dl := d.Article.Dateline; dl != "" && i == d.Sentences[si].First && strings.HasPrefix(d.Text[tok.Start:], dl) && tok.Start == d.datelineStart() {
		// "SPRINGFIELD, Ill., March 26, 2026 - …": the article's
		// dateline, where and when, not who.
		k := i
		for k < last && d.Tokens[k].End <= tok.Start+len(dl) {
			k++
		}
		return k
	}
	if e := d.hyphenAdjectiveEnd(i, last); e > i {
		return e // "the Berlin-based startup", "the Abu Dhabi-born investor"
	}
	// A title, then a name ("President-elect Donald Trump"), or a title
	// alone that names whoever held it ("the First Lady").
	title, tj := d.titleAt(i, last)
	if tj > i && tj < last {
		// "the Justice Now Coalition": a title word opening an
		// organization's name is no title.
		if e := d.capRun(i, last); e > tj && rules.OrgTails[d.Tokens[e-1].Text] {
			tj = i
		}
	}
	if tj > i {
		if tj < last && d.startsName(tj) {
			if next := d.nameAt(si, tj, last, title); next > tj {
				d.setTitleStart(tj, i)
				return next
			}
		}
		// (not "the President of Halvorsen Capital": a post at the
		// organization the of-phrase names)
		ofOther := tj+1 < last && d.Tokens[tj].Text == "of" && d.Tokens[tj+1].Cap && !strings.HasPrefix(d.Text[d.Tokens[tj+1].Start:], "United States")
		if tj+2 < last && d.Tokens[tj].Text == "of" && !d.Tokens[tj+1].Cap {
			// "the president of the Law Society", "the president of the
			// party": a post at a body (not "of the United States", "of
			// the country")
			switch d.Tokens[tj+1].Lower {
			case "the", "its", "his", "her", "their", "a":
				ofOther = !strings.HasPrefix(d.Text[d.Tokens[tj+2].Start:], "United States") && !nationWords[d.Tokens[tj+2].Lower]
			}
		}
		// (nor "the chief of staff, Mark Dolan,": the name set beside the
		// title is its holder)
		named := tj+2 < last && d.Tokens[tj].Text == "," && d.startsName(tj+1) && d.Tokens[tj+2].Cap && (GivenName(d.Doc, d.Tokens[tj+1].Text) || d.appositeName(tj+1, last))
		// (nor "President @ConradAshby": the handle after the title
		// names its holder)
		named = named || tj < last && strings.HasPrefix(d.Tokens[tj].Text, "@")
		if tr := rules.Titles[title]; tr.Role != "" && !ofOther && !named && (tok.Cap || (i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "the"))) {
			var e *kb.Entry
			if tr.Elect {
				e = d.KB.Elect(tr.Role, tr.Org, d.Published)
			} else {
				e = d.KB.Holder(tr.Role, tr.Org, d.Published)
			}
			if e != nil {
				start := i
				if i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "the") && d.SentenceOf(i-1) == si {
					start = i - 1 // "the speaker" is the mention
				}
				d.AddMention(si, start, tj, doc.Person, "title", e, title)
				return tj
			}
		}
		return tj
	}
	if !d.startsName(i) {
		return i
	}
	return d.nameAt(si, i, last, "")
}

// hyphenAdjectiveEnd returns the end of a run of capitalised words
// starting at token i that ends in an adjective made from a name and a
// lower-case word after a hyphen ("Berlin-based", "Abu Dhabi-born",
// "Silicon Valley-backed"), or i: such a run names no one.
func (d *stage) hyphenAdjectiveEnd(i, last int) int {
	for k := i; k < last && k < i+4; k++ {
		t := d.Tokens[k]
		if !t.Word || !t.Cap {
			return i
		}
		if h := strings.LastIndexByte(t.Text, '-'); h > 0 && h < len(t.Text)-1 {
			// (a participle or a word of the list: not the second part of
			// a given name, "Mei-ling", "Jae-won")
			if tail := t.Text[h+1:]; len(tail) > 3 && strings.HasSuffix(tail, "ed") && strings.ToLower(tail) == tail || nameAdjectiveTails[tail] {
				return k + 1
			}
			return i
		}
	}
	return i
}

// nameAdjectiveTails make an adjective of a name before them, as
// participles in -ed do ("Abu Dhabi-born").
var nameAdjectiveTails = rules.WordClass("nameAdjectiveTails")

// wireDateline returns the number of words of the city of a wire
// dateline starting at token i, or 0: the first words of its sentence, in
// capitals, then a comma and a date or an agency in parentheses
// ("BOGOTA, May 12 (Reuters) -", "LAGOS, Nigeria (AP) —"), or a dash
// ("SAN FRANCISCO —").
func (d *stage) wireDateline(si, i int) int {
	t := d.Tokens[i]
	if i != d.Sentences[si].First || len(t.Text) < 3 || t.Text != strings.ToUpper(t.Text) || IsAcronym(t.Text) && len(d.KB.Match(t.Text)) > 0 {
		return 0
	}
	n := 1
	for n < 3 && i+n < len(d.Tokens) && d.Tokens[i+n].Word && len(d.Tokens[i+n].Text) >= 2 && d.Tokens[i+n].Text == strings.ToUpper(d.Tokens[i+n].Text) && !isNumber(d.Tokens[i+n].Text) {
		n++
	}
	if i+n+1 >= len(d.Tokens) {
		return 0
	}
	switch d.Tokens[i+n].Text {
	case "—", "–":
		return n
	case ",", "(":
	default:
		return 0
	}
	for k := i + n; k < len(d.Tokens) && k <= i+n+6; k++ {
		switch d.Tokens[k].Text {
		case "—", "–", "-":
			return n
		}
	}
	return 0
}

// startsName reports whether token i can start a name.
func (d *stage) startsName(i int) bool {
	t := d.Tokens[i]
	if !t.Word {
		return false
	}
	if !t.Cap {
		// Names the knowledge base spells in lower case ("xAI").
		return len(d.KB.Match(t.Text)) > 0 && d.KB.Match(t.Text)[0].Name == t.Text
	}
	return true
}

// indefinitePronouns are the compound pronouns ("everything", "someone",
// "nobody"), capitalised when they open a sentence (rules:
// indefinitePronouns).
var indefinitePronouns = rules.WordClass("indefinitePronouns")

// titleAt returns the longest title phrase starting at token i.
func (d *stage) titleAt(i, last int) (string, int) {
	for n := min(rules.TitleWords, last-i); n >= 1; n-- {
		s := d.Text[d.Tokens[i].Start:d.Tokens[i+n-1].End]
		if _, ok := rules.Titles[s]; ok {
			// An abbreviated title before another is one with it ("Lt.
			// Gov. Deshawn Barnes"): the name starts after the last.
			if strings.HasSuffix(s, ".") {
				if _, j := d.titleAt(i+n, last); j > i+n {
					return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End], j
				}
			}
			return s, i + n
		}
	}
	// "Senators Hollis and Delvecchio", "Brothers Lars and Nils Eklund":
	// a title or kind of person in the plural opening a run of names (not
	// inside one, nor before an organization's: "Northgate Residents
	// Association"); "Governor-elect Nia Fontaine": a title about to be
	// held.
	if t := d.Tokens[i]; t.Cap && i+1 < last && d.Tokens[i+1].Cap && (i == 0 || !d.Tokens[i-1].Cap || !d.Tokens[i-1].Word) &&
		!rules.OrgTails[d.Tokens[d.capRun(i+1, last)-1].Text] {
		w := t.Text
		if b, ok := strings.CutSuffix(w, "-elect"); ok && rules.IsTitle(b) {
			return w, i + 1
		}
		// (a kind of person only before a given name: "Steelworkers
		// Local 1187" is a union)
		if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 3 && !GivenName(d.Doc, w) &&
			(rules.IsTitle(b) || rules.PersonNounPlural(strings.ToLower(w)) && GivenName(d.Doc, d.Tokens[i+1].Text)) {
			return w, i + 1
		}
	}
	return "", i
}

// nameAt matches a name starting at token i: the longest of a
// knowledge-base name, a place, or a run of capitalised words.
func (d *stage) nameAt(si, i, last int, title string) int {
	// Knowledge base and places: longest match wins, the KB on a tie.
	kbEnd, placeEnd := i, i
	var kbEntries []*kb.Entry
	runEnd := d.capRun(i, last)
	// Names in a byline or a photo credit are not people or
	// organizations in the story, known ones included.
	if d.creditBefore(i) || d.creditAfter(runEnd) {
		return max(runEnd, i+1)
	}
	// A participle opening a sentence before a name ("Thanking Abebe
	// Tesfaye for …, Moretti said", "Ousted as chief, Sabine Roth …")
	// opens a clause; it is no part of the name.
	if l := d.Tokens[i].Lower; title == "" && (runEnd-i == 1 || d.Tokens[i+1].Cap) && i == d.Sentences[si].First && l != d.Tokens[i].Text && len(l) > 4 &&
		participleOfVerb(l) && !GivenName(d.Doc, d.Tokens[i].Text) && !rules.OrgTails[d.Tokens[runEnd-1].Text] && d.clauseGoesOn(runEnd) {
		// (not a name that is its sentence's subject: "Blessing Uzoma
		// is little known", "Blessing Okereke and Hallvard Dahl have
		// made up")
		return i + 1
	}
	// "the Minister of Finance, Tomas Weir", "Secretary of Health Ada
	// Ruiz": a title with the field it is of names no one itself; a field
	// of common words ("Finance", "Foreign Affairs") is no organization.
	if runEnd == i+1 && title == "" && titleWord(d.Tokens[i].Text) && i+2 < last && d.Tokens[i+1].Text == "of" && d.Tokens[i+2].Cap {
		k := i + 2
		for k < last && (d.Tokens[k].Word && d.Tokens[k].Cap || d.Tokens[k].Text == "and" && k+1 < last && d.Tokens[k+1].Cap) {
			k++
		}
		if d.commonCaps(i+2, k) && !rules.OrgHeads[d.Tokens[i+2].Text] {
			return k
		}
		return i + 1
	}
	// Names are capitalised runs (with joiners): no need to look further.
	longest := max(runEnd-i, 1)
	for n := min(d.KB.MaxWords()+1, last-i, longest); n >= 1; n-- {
		end := i + n
		if !d.Tokens[end-1].Word {
			continue
		}
		s := d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]
		if kbEnd == i {
			if es := d.KB.Match(s); len(es) > 0 {
				if es = d.contextOK(es, i, end); len(es) > 0 {
					kbEnd, kbEntries = end, es
				}
			}
		}
		if placeEnd == i && n <= 4 && rules.PlaceNames[s] {
			placeEnd = end
		}
	}
	if kbEnd == i && placeEnd > i && placeEnd < runEnd && !nationalNames[d.Text[d.Tokens[i].Start:d.Tokens[placeEnd-1].End]] {
		// "the Colorado Department of the Treasury": a state's or a
		// city's own body, not the national one the knowledge base
		// knows by the rest of the name.
		for _, e := range d.KB.Match(d.Text[d.Tokens[placeEnd].Start:d.Tokens[runEnd-1].End]) {
			if e.Type == "org" && e.Kind == "government" {
				d.AddMention(si, i, runEnd, doc.Org, "org-place", nil, title)
				return runEnd
			}
		}
	}
	if kbEnd > i && kbEnd+1 < runEnd && d.Tokens[kbEnd].Text == "of" && rules.OrgTails[d.Tokens[kbEnd-1].Text] && rules.PlaceNames[d.Text[d.Tokens[kbEnd+1].Start:d.Tokens[runEnd-1].End]] {
		// "the Democratic Party of Illinois": a place's own branch of the
		// body the knowledge base knows, an organization of its own.
		d.AddMention(si, i, runEnd, doc.Org, "org-place", nil, title)
		return runEnd
	}
	if kbEnd > i && runEnd > kbEnd && !rules.OrgTails[d.Tokens[runEnd-1].Text] && !GivenName(d.Doc, d.Tokens[i].Text) && !d.fieldGoesOn(i, kbEnd, runEnd) {
		runEnd = kbEnd // "SpaceX CEO", "Elon Musk Bury the Hatchet": the known name
	}
	if kbEnd > i && runEnd > kbEnd && GivenName(d.Doc, d.Tokens[i].Text) && kbEnd-i >= 2 {
		runEnd = kbEnd // a known full name inside a headline-case run
	}
	if kbEnd > i && kbEnd >= placeEnd && kbEnd >= runEnd {
		e := d.pickEntry(kbEntries)
		typ := doc.Person
		if e != nil && e.Type == "org" {
			typ = doc.Org
		} else if e == nil && kbEntries[0].Type == "org" {
			typ = doc.Org
		}
		if e == nil && typ == doc.Person {
			// Ambiguous person name: keep it as a name of its own.
			d.AddMention(si, i, kbEnd, doc.Person, "name", nil, title)
			return kbEnd
		}
		d.AddMention(si, i, kbEnd, typ, "kb", e, title)
		return kbEnd
	}
	if placeEnd > i && placeEnd >= runEnd {
		d.AddMention(si, i, placeEnd, doc.Place, "place", nil, "")
		return placeEnd
	}
	if runEnd == i {
		return i
	}
	// A title inside a run ("Kessler Bank President Giles Thornbury"):
	// what comes before it is a name of its own (an organization's, if
	// anything), and the title opens the person's name — but not in an
	// organization's name ("Harwick General Hospital").
	if title == "" && !rules.OrgTails[d.Tokens[runEnd-1].Text] {
		for k := i + 1; k < runEnd-1; k++ {
			_, tj := d.titleAt(k, runEnd)
			if rest := runEnd - k - 1; tj == k && rules.RoleNouns[d.Tokens[k].Lower] && rest >= 2 && rest <= 3 && d.nameLike(k+1, runEnd) {
				tj = k + 1 // "… Chief Executive Lena Park": a role word, then a name
			}
			if tj > k && tj < runEnd && d.Tokens[tj].Cap {
				for k-1 > i && rules.RoleNouns[d.Tokens[k-1].Lower] {
					k-- // "Chief Executive": the role words before the title
				}
				if typ, rule := d.typeRun(i, k, ""); typ == doc.Org {
					d.AddMention(si, i, k, doc.Org, rule, nil, "")
				}
				return k
			}
		}
	}
	// A role word opening a run ("Comedian Dana Whitcomb said", "the
	// Pentagon’s Chief Spokesperson Sean Parnell") is a title, not part of
	// the name; so is a title phrase inside it ("Deputy Chief of Staff").
	if runEnd-i >= 3 && d.roleOpensRun(i) && !rules.OrgTails[d.Tokens[runEnd-1].Text] && !d.orgWordIn(i+1, runEnd) {
		t := d.Tokens[i].Text
		if title != "" {
			t = title
		}
		if tt, tj := d.titleAt(i+1, last); tj > i+1 && tj < last && d.startsName(tj) {
			t = tt
			if next := d.nameAt(si, tj, last, t); next > tj {
				d.setTitleStart(tj, i)
				return next
			}
		}
		next := d.nameAt(si, i+1, last, t)
		d.setTitleStart(i+1, i)
		return next
	}
	// A role word opening a sentence or headline before a lone surname
	// ("Activist Brandt threatens proxy fight", "Billionaire Voss said")
	// is a title too: the name is the surname the article gives in full
	// elsewhere.
	if l := d.Tokens[i].Lower; title == "" && runEnd-i == 2 && i == d.Sentences[si].First && l != d.Tokens[i].Text && rules.RoleNouns[l] && len(rules.OrgKinds[l]) == 0 &&
		!GivenName(d.Doc, d.Tokens[i].Text) && !GivenName(d.Doc, d.Tokens[i+1].Text) && !syntax.Default().CommonWord(d.Tokens[i+1].Lower) && d.nameLike(i+1, runEnd) && !rules.OrgTails[d.Tokens[i+1].Text] {
		next := d.nameAt(si, i+1, runEnd, d.Tokens[i].Text)
		d.setTitleStart(i+1, i)
		return next
	}
	// A kind of business opening a sentence before a name ("Automaker
	// Stellwerk Motors threatened …") is no part of it.
	if l := d.Tokens[i].Lower; i == d.Sentences[si].First && runEnd-i >= 3 && l != d.Tokens[i].Text && len(rules.OrgKinds[l]) > 0 && len(rules.OrgKinds[d.Tokens[i].Text]) == 0 {
		return i + 1
	}
	// "Streamer Flixcast named …": the kind types a one-word name after it.
	if l := d.Tokens[i].Lower; i == d.Sentences[si].First && runEnd-i == 2 && l != d.Tokens[i].Text && len(rules.OrgKinds[l]) > 0 && !rules.PersonNoun(l) && !rules.OrgHeads[d.Tokens[i].Text] &&
		!syntax.Default().CommonWord(d.Tokens[i+1].Text) && !GivenName(d.Doc, d.Tokens[i+1].Text) && d.nameLike(i+1, runEnd) {
		d.AddMention(si, i+1, runEnd, doc.Org, "org-context", nil, "")
		return runEnd
	}
	// People acting for someone, opening a sentence ("Lawyers for Reza
	// Farahani sent …", "Attorneys for Meridian Media warned …"), are no
	// part of the name after "for" (unlike "Citizens for Clean Water").
	if l := d.Tokens[i].Lower; i == d.Sentences[si].First && runEnd-i >= 3 && d.Tokens[i+1].Text == "for" && agentPlurals[l] {
		return i + 2
	}
	// A party's member before a name ("backing Democrat Callie
	// Northrup") describes its holder, as a title does.
	if title == "" && runEnd-i >= 3 && partyMembers[d.Tokens[i].Lower] && d.memberBeforeName(i) {
		next := d.nameAt(si, i+1, runEnd, d.Tokens[i].Text)
		d.setTitleStart(i+1, i)
		return next
	}
	// A function word opening a run ("The", "On") is not part of it.
	first := d.Tokens[i].Text
	if nameOpeners[strings.ToLower(first)] && runEnd-i >= 2 && (rules.OrgTails[d.Tokens[runEnd-1].Text] || i > 0 && rules.OrgBefore[d.Tokens[i-1].Text] && !d.Tokens[i-1].Cap) {
		// "The Evening Ledger", "New Dawn Foundation", "the party New
		// Horizon": a word of time or age that opens an organization's
		// name.
		first = ""
	}
	if first != "" && runEnd-i >= 2 && i > d.Sentences[si].First && !d.Tokens[i-1].Cap && d.orgAppositiveAfter(runEnd) {
		// "gave $10 million to Next American Century, the super PAC …":
		// capitalised in mid-sentence, in a run that an apposition
		// describes as an organization, the opening word is its name's.
		first = ""
	}
	if title == "" && runEnd-i >= 2 && first == "PAC" && i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "super") {
		// "the super PAC Blue Horizon PAC": the kind of body before its
		// name is no part of it.
		return i + 1
	}
	if title == "" && runEnd-i >= 2 && i == d.Sentences[si].First && descriptorAdjectives[strings.ToLower(first)] {
		// "Prominent Unity Party donor Felix Oberholzer": an adjective
		// of standing opening the sentence is no part of the name after
		// it.
		return i + 1
	}
	if title == "" && runEnd-i >= 2 && indefinitePronouns[strings.ToLower(first)] && !rules.OrgTails[d.Tokens[runEnd-1].Text] {
		// "Everything Yara has said is true": an indefinite pronoun
		// opening a run of capitalised words is no part of a name that
		// ends in no word of organizations (it may open a firm's:
		// "Nothing Technology", "Someone Special Foundation").
		return i + 1
	}
	if title == "" && first != "" && (rules.FunctionWords[first] && !(monthAbbrevs[strings.ToLower(first)] && runEnd-i >= 2) && !(nameOrdinals[strings.ToLower(first)] && runEnd-i >= 3 && d.orgTailEnds(i+1, runEnd)) || rules.NonNames[first] && !(runEnd-i >= 2 && (GivenName(d.Doc, first) || d.orgTailEnds(i+1, runEnd)))) && !(nameWord(first) && d.wordAsGivenName(i, runEnd)) && !(rules.NonNames[first] && !rules.FunctionWords[first] && d.orgWordIn(i+1, runEnd)) {
		if runEnd == i+1 {
			return i + 1
		}
		return i + 1 // let the next token start the name
	}
	// An organization named after its kind: "the crypto PAC Fairshake",
	// "Crypto PAC Fairshake".
	for k := i; title == "" && k < runEnd-1 && k <= i+2; k++ {
		if rules.OrgBefore[d.Tokens[k].Text] && d.Tokens[k].Cap && (!rules.OrgTails[d.Tokens[runEnd-1].Text] || rules.CompanySuffixes[d.Tokens[runEnd-1].Text] && runEnd-k > 2) {
			d.AddMention(si, k+1, runEnd, doc.Org, "org-context", nil, "")
			return runEnd
		}
	}
	// A person's name at the end of a longer run that is no name itself
	// ("… for South Asia Brendan Lynch", "Staff Nick Dyer").
	if k := d.innerNameStart(i, runEnd); k > i {
		if placeEnd > i && placeEnd <= k {
			d.AddMention(si, i, placeEnd, doc.Place, "place", nil, "")
		}
		return k
	}
	// In a headline, a run longer than the name the body uses ("Peter
	// Navarro Moron") is cut to that name.
	if d.headlineLike(si) {
		runEnd = d.headlineName(i, runEnd)
		if runEnd == i {
			return i + 1
		}
	}
	typ, rule := d.typeRun(i, runEnd, title)
	if title == "" && runEnd-i >= 2 && !namedByItsWords[rule] && !GivenName(d.Doc, d.Tokens[i].Text) && d.quotedExactly(i, runEnd) {
		// "told CNBC's “Squawk Box”", "the “Glass Houses” singer": a
		// title in quotation marks is a show's, a song's or a film's;
		// no one's name is quoted so, and an organization's only with
		// its words of kind ("gave to “Citizens for Clean Water”").
		return runEnd
	}
	if typ == doc.Candidate && d.knownNameAt(i+1, runEnd) {
		typ = "" // "Sir Keir Starmer": let the known name start a word later
	}
	if typ == "" && runEnd == i+1 && d.lastWordOfOrg(d.Tokens[i].Text, i) {
		// "… for Rovers, who sacked …" after "Harwick Rovers": the last
		// word of an organization named in full is its short name.
		typ, rule = doc.Pending, "single"
	}
	if typ == "" {
		// Nothing types the run as a whole; a name may still start inside
		// it ("California Governor Gavin Newsom"), so step past one word.
		if placeEnd > i {
			d.AddMention(si, i, placeEnd, doc.Place, "place", nil, "")
			return placeEnd
		}
		return i + 1
	}
	d.AddMention(si, i, runEnd, typ, rule, nil, title)
	return runEnd
}

// adjectiveOpening reports whether the one-word run [i, end) is a common
// adjective capitalised only because it opens the sentence ("Political
// analysts said …", "Legal experts …"), not a name.
func (d *stage) adjectiveOpening(i, end int) bool {
	w := d.Tokens[i].Lower
	if end != i+1 || i != d.Sentences[d.SentenceOf(i)].First || !syntax.Default().CommonWord(w) {
		return false
	}
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ful"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lastWordOfOrg reports whether w ends the name of an organization of
// two or more words named before, with a plural or a word of no known
// kind ("Rovers" of "Harwick Rovers"; not "Bank" of "Harbor Bank").
//
// A word of organizations ("Herald", "Bank") is one only after "the" and
// when one organization alone ends in it ("The Chesapeake Herald … left
// the Herald"): "the Bank" may be any bank.
func (d *stage) lastWordOfOrg(w string, i int) bool {
	if rules.FunctionWords[w] {
		return false
	}
	tail := rules.OrgTails[w]
	if tail && (i == 0 || !strings.EqualFold(d.Tokens[i-1].Text, "the")) {
		return false
	}
	found := ""
	for _, m := range d.Mentions {
		if m.Type == doc.Org && m.Last-m.First >= 2 && d.Tokens[m.Last-1].Text == w {
			name := d.Text[m.Start:m.End]
			if !tail {
				return true
			}
			if found != "" && found != name {
				return false
			}
			found = name
		}
	}
	return found != ""
}

// familyName reports whether plural w names a family: its singular ("s"
// or "es" off: "Smiths", "Joneses") is a surname the knowledge base knows
// or a person named before token i bears.
func (d *stage) familyName(w string, i int) bool {
	for _, suf := range []string{"s", "es"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || b == "" {
			continue
		}
		if d.KB.HasSurname(b) {
			return true
		}
		for _, m := range d.Mentions {
			if m.First < i && m.Type == doc.Person && !m.Pronoun && d.Tokens[m.Last-1].Text == b {
				return true
			}
		}
	}
	return false
}

// demonymPlural reports whether w is the plural of a people's name the
// places list knows ("Kenyans", "Italians").
func demonymPlural(w string) bool {
	b, ok := strings.CutSuffix(w, "s")
	return ok && rules.IsDemonym(b)
}

// titleWord reports whether capitalised w is a title or a role
// ("President", "Minister", "Chairman"): before "of" it opens a title
// phrase, not an organization's name.
func titleWord(w string) bool {
	return rules.IsTitle(w) || rules.RoleNouns[strings.ToLower(w)]
}

// localGovernments end the names of places whose governments act in the
// news ("Dunmore County", "Harwick Township"); locatives put a place after
// them; onHeads take "on" into an organization's name (rules: word
// classes of those names).
var (
	localGovernments = rules.WordClass("localGovernments")
	placeTails       = rules.WordClass("placeTails")
	placeOpeners     = rules.WordClass("placeOpeners")
	locatives        = rules.WordClass("locatives")
	onHeads          = rules.WordClass("onHeads")
)

// modifiesRole reports whether the lower-case words from token end are a
// role ("Polish diplomat", "Dutch shipping magnate"): the capitalised word
// before them modifies the role and names no one.
func (d *stage) modifiesRole(end int) bool {
	for k := end; k < len(d.Tokens) && k < end+2; k++ {
		t := d.Tokens[k]
		if !t.Word || t.Cap || rules.FunctionWords[t.Text] || rules.Prepositions[t.Text] || strings.HasSuffix(t.Text, "ed") {
			return false
		}
		if rules.PersonNoun(t.Text) {
			return true
		}
	}
	return false
}

// pluralWord reports whether w is the plural of an ordinary English noun
// ("Analytics", "Logistics", "Partners") and no known surname ("Banks").
func (d *stage) pluralWord(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 5 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || d.KB.HasSurname(w) {
		return false
	}
	if n := len(l); n >= 7 && strings.HasSuffix(l, "ics") && strings.ContainsRune("tmnr", rune(l[n-4])) {
		return true // "Analytics", "Genomics", "Electronics"
	}
	m := syntax.Default()
	// (or a kind of person in the plural, as teams are named: "Ballymore
	// Rovers", "Port Adair Mariners")
	return m.CommonWord(l) && m.CommonWord(l[:len(l)-1]) || rules.PersonNounPlural(l)
}

// officeAfter reports whether token k is a word for an office or
// department ("Sheriff's Office").
func (d *stage) officeAfter(k, last int) bool {
	if k >= last {
		return false
	}
	switch d.Tokens[k].Text {
	case "Office", "Department", "Bureau":
		return true
	}
	return false
}

// orgWordBefore reports whether one of tokens [i, k) ends organizations'
// names ("the Kennedy Center Honors": an occasion of the Center's).
func (d *stage) orgWordBefore(i, k int) bool {
	for _, t := range d.Tokens[i:k] {
		if rules.OrgTails[t.Text] {
			return true
		}
	}
	return false
}

// eventPlurals end the names of occasions, not of groups.
var eventPlurals = rules.WordClass("eventPlurals")

// pluralLike reports whether capitalised word w reads as a plural noun
// ("Rockets", "Comets"), not a surname ending in s.
func (d *stage) pluralLike(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 5 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") || strings.HasSuffix(l, "is") || d.KB.HasSurname(w) {
		return false
	}
	return true
}

// pluralOfCommonNoun reports whether w is the plural of a common English
// noun ("Terminals", "Ales", "Cellars") and no known surname.
func (d *stage) pluralOfCommonNoun(w string) bool {
	if !d.pluralLike(w) || surnamePlurals[strings.ToLower(w)] {
		return false
	}
	l := strings.ToLower(w)
	sg := syntax.Default().Lemma(l, "NOUN", "NNS")
	return sg != l && syntax.Default().CommonWord(sg) && rules.Stance(sg) == 0
}

// surnamePlurals are surnames shaped like the plural of a common noun
// (rules: surnamePlurals).
var surnamePlurals = rules.WordClass("surnamePlurals")

// reportedIt reports whether "it" at token i opens a clause reported by
// a speech verb right before it ("said it would", "said that it had"):
// the one place where "it" is reliably the organization speaking rather
// than a thing or an empty subject ("it is unclear").
func (d *stage) reportedIt(i int) bool {
	si := d.SentenceOf(i)
	v := i + 1
	if v+1 < d.Sentences[si].Last && sentenceAdverbs[d.Tokens[v].Text] {
		v++ // "It also disclosed …"
	}
	if i == d.Sentences[si].First && v < d.Sentences[si].Last && d.Tokens[i].Text == "It" && d.Tokens[v].Word && !d.Tokens[v].Cap {
		// "It gave $500,000 to …" opening a sentence: an organization
		// the sentence before spoke of, if any (coreference decides);
		// so too a doing in progress or done ("It is suing …", "It has
		// hired …"), not a verb that makes it empty ("It is unclear",
		// "It has emerged", "It was announced").
		if n := d.Tokens[v].Text; syntax.Default().PastTense(n) && !auxiliaries[n] {
			return true
		}
		if v+2 < d.Sentences[si].Last && doingAfterIt(d.Tokens[v].Text, d.Tokens[v+1].Text, d.Tokens[v+2].Text) {
			return true
		}
	}
	if d.Tokens[i].Text == "it" && i+2 < d.Sentences[si].Last && i > d.Sentences[si].First && (itOpeners[d.Tokens[i-1].Lower] || isWeekday(d.Tokens[i-1].Text) || d.frontedComma(i-1)) {
		// "This time it has spent $400,000 on …", "…, and it gave …",
		// "After weeks of debate, it formally endorsed …": "it" opening
		// a clause as the subject of a doing, past, perfect or in
		// progress, not of a verb that makes it empty ("it emerged",
		// "it has been", "it is looking").
		n := d.Tokens[i+1].Lower
		if j := i + 1; strings.HasSuffix(n, "ly") && j+1 < d.Sentences[si].Last && !syntax.Default().PastTense(n) {
			n = d.Tokens[j+1].Lower // "it formally endorsed"
		}
		if syntax.Default().PastTense(n) && !auxiliaries[n] || i+3 < d.Sentences[si].Last && doingAfterIt(n, d.Tokens[i+2].Text, d.Tokens[i+3].Text) {
			return true // ("This year it is making an exception": a doing in progress)
		}
	}
	if d.moneyTo(i) || d.conditionIt(i) {
		return true
	}
	k := i - 1
	if k >= 0 && d.Tokens[k].Text == "that" {
		k--
	}
	if k >= 0 && isWeekday(d.Tokens[k].Text) {
		k-- // "said Thursday that it had contributed"
		if k >= 0 && strings.EqualFold(d.Tokens[k].Text, "on") {
			k-- // "said on Wednesday that it …"
		}
	}
	if n := i + 1; n < len(d.Tokens) && (strings.Contains(",.;:)", d.Tokens[n].Text) || rules.Prepositions[d.Tokens[n].Lower]) {
		return false // "warned it on Friday": the object, not a reported clause's subject
	}
	return k >= 0 && d.SentenceOf(k) == d.SentenceOf(i) && rules.SpeechVerbs[d.Tokens[k].Lower]
}

// conditionIt reports whether "it" at token i is the subject of a
// condition put to someone who must act: right after "unless", "if" or
// "until", before a verb of doing in the past or the present ("unless it
// improved its offer", "if it pays", "until it does not"), not one that
// makes it empty or a thing ("if it is approved", "unless it rains").
func (d *stage) conditionIt(i int) bool {
	si := d.SentenceOf(i)
	if d.Tokens[i].Text != "it" || i == d.Sentences[si].First || i+2 >= d.Sentences[si].Last {
		return false
	}
	switch d.Tokens[i-1].Lower {
	case "unless", "if", "until":
	default:
		return false
	}
	n := d.Tokens[i+1].Lower
	if n == "does" || n == "did" {
		nx := d.Tokens[i+2].Lower
		return nx == "not" || nx == "n't"
	}
	if auxiliaries[n] || thingItVerbs[n] {
		return false
	}
	return syntax.Default().PastTense(n) || syntax.VerbInS(n) && !syntax.Default().CommonNoun(n)
}

// thingItVerbs in a condition mostly have a thing or nothing for their
// "it" ("unless it rains", "if it passes", "if it fails") (rules:
// thingItVerbs).
var thingItVerbs = rules.WordClass("thingItVerbs")

// nationWords after "of the" keep a national title the nation's: "the
// president of the country" (rules: nationWords).
var nationWords = rules.WordClass("nationWords")

// moneyTo reports whether "it" at token i is where money went: given a
// sum ("gave it $250,000"), or after "to" that follows a sum in its clause
// ("pledged $10 million to it over five years"), not a charge ("paid a
// $5,000 fine to it"). Nothing but a body takes money so.
func (d *stage) moneyTo(i int) bool {
	si := d.SentenceOf(i)
	if i >= 1 && i+1 < d.Sentences[si].Last && d.Tokens[i].Text == "it" && givingForms[d.Tokens[i-1].Lower] && syntax.CurrencySign(d.Tokens[i+1].Text) {
		return true // "Voss gave it $250,000": the one given the sum
	}
	if i < 2 || d.Tokens[i].Text != "it" || !strings.EqualFold(d.Tokens[i-1].Text, "to") {
		return false
	}
	for k := i - 2; k >= d.Sentences[si].First && k >= i-7; k-- {
		w := d.Tokens[k].Lower
		if w == "," || w == ";" || chargeNouns[w] {
			return false // (not "paid a $5,000 fine to it")
		}
		if strings.HasPrefix(w, "$") || w == "million" || w == "billion" {
			return true
		}
	}
	return false
}

// givingForms are forms of verbs that give someone a sum as their first
// object ("gave it $250,000").
var givingForms = rules.WordClass("givingForms")

// chargeNouns are sums owed or exacted, not given (rules: chargeNouns).
var chargeNouns = rules.WordClass("chargeNouns")

// frontedComma reports whether token c is the comma that closes a short
// phrase opening its sentence ("After weeks of debate,"): the sentence's
// first comma, with no name of anyone before it.
func (d *stage) frontedComma(c int) bool {
	si := d.SentenceOf(c)
	first := d.Sentences[si].First
	if d.Tokens[c].Text != "," || c-first < 2 || c-first > 10 {
		return false
	}
	for k := first; k < c; k++ {
		if t := d.Tokens[k]; t.Text == "," || t.Cap && k > first && !rules.WeekdayOrMonth(t.Text) {
			return false
		}
	}
	return true
}

// doingAfterIt reports whether the words n and m (then next) after "it" are a doing
// it does, perfect ("has hired") or in progress ("is suing"), rather than
// a verb that makes it empty ("has been", "is unclear", "has emerged").
func doingAfterIt(n, m, next string) bool {
	n, m = strings.ToLower(n), strings.ToLower(m)
	if next = strings.ToLower(next); next == "that" || next == "to" {
		return false // "It is disappointing that …", "It was amazing to see …"
	}
	if auxiliaries[m] {
		return false
	}
	if (n == "has" || n == "had") && syntax.Default().PastTense(m) {
		return true
	}
	// (a verb's, not an adjective's: "It is disappointing")
	return (n == "is" || n == "was") && len(m) > 4 && strings.HasSuffix(m, "ing") && !syntax.Default().CommonAdjective(m)
}

// sentenceAdverbs may stand between a subject and its verb ("It also
// gave …") (rules: sentenceAdverbs).
var sentenceAdverbs = rules.WordClass("sentenceAdverbs")

// auxiliaries after "It" make it an expletive ("It is unclear", "It was
// not until …").
var auxiliaries = rules.WordClass("itAuxiliaries")

// nameOrdinals may open an organization's name of three words or more
// that ends in an organization's word ("Second Term Inaugural
// Committee", "New Horizon Party"), though alone they are no name
// (rules: nameOrdinals).
var nameOrdinals = rules.WordClass("nameOrdinals")

// foreignArticles open the names of newspapers, parties and firms in other
// languages, never a person's given name ("Le Quotidien Libre").
var foreignArticles = rules.WordClass("foreignArticles")

// monthAbbrevs are months written short without a period: before a
// capitalised word rather than a day they are a name's ("the Jan
// Samriddhi Party").
var monthAbbrevs = rules.WordClass("monthAbbrevs")

// itOpeners may stand right before an "it" that opens a clause ("This
// time it spent …", "…, and it gave …").
var itOpeners = rules.WordClass("itOpeners")

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w == d.String() {
			return true
		}
	}
	return false
}

// nameWord reports whether w, a word the name lists set aside, is also
// given as a name: a modal or a month ("Will", "May", "Jun") or a
// non-name word of rules/nonnames.txt — never a conjunction, preposition,
// pronoun or determiner ("While Trump said …").
func nameWord(w string) bool {
	switch w {
	case "Will", "May":
		return true
	}
	for m := time.January; m <= time.December; m++ {
		if n := m.String(); w == n || len(w) == 3 && w == n[:3] {
			return true
		}
	}
	return rules.NonNames[w] && !rules.FunctionWords[w]
}

// wordAsGivenName reports whether the run i..end that opens with a word
// English also uses otherwise ("Will", "May", "Jun") is a name all the
// same: two or three name-like words where no modal, month or other
// function word can stand — right before a past-tense verb ("Will Bishop
// met", "Jun Watanabe rebuked") or right after one ("met Will Bishop").
func (d *stage) wordAsGivenName(i, end int) bool {
	if end-i >= 3 && end-i <= 4 && rules.NameJoiners[d.Tokens[i+1].Text] && d.Tokens[end-1].Cap {
		return true // "Jan de Vries", "May van der Berg": a surname's particle
	}
	if end-i < 2 || end-i > 3 {
		return false
	}
	for k := i + 1; k < end; k++ {
		// A title word ends a name as a surname ("Will Bishop met").
		if !d.nameLike(k, k+1) && !(k == end-1 && rules.IsTitle(d.Tokens[k].Text) && d.Tokens[k].Cap) {
			return false
		}
	}
	if i >= 2 && (d.Tokens[i-1].Text == "and" || d.Tokens[i-1].Text == ",") && d.SentenceOf(i-2) == d.SentenceOf(i) {
		// Listed with a person: "Ewa Nowak and Jan Zielinski".
		if mi := d.LastMentionBefore(i - 1); mi >= 0 && d.Mentions[mi].Last == i-1 && d.Mentions[mi].Type == doc.Person {
			return true
		}
	}
	return d.pastVerbAt(end) || i > 0 && d.SentenceOf(i-1) == d.SentenceOf(i) && d.pastVerbAt(i-1)
}

// pastVerbAt reports whether token k is a lower-case past-tense verb: a
// word in -ed, an irregular past ("met", "had") or a speech verb.
func (d *stage) pastVerbAt(k int) bool {
	if k < 0 || k >= len(d.Tokens) || d.Tokens[k].Cap || !d.Tokens[k].Word {
		return false
	}
	w := d.Tokens[k].Text
	return syntax.PastForm(w) || rules.SpeechVerbs[w]
}

// numberedWord reports whether t is a capitalised word that a number
// after it completes inside a name (rules: numberedNames): "Local 1230",
// "Channel 7".
func numberedWord(t doc.Token) bool {
	return t.Cap && numberedNames[strings.ToLower(t.Text)]
}

// numberedNames are numberedWord's words.
var numberedNames = rules.WordClass("numberedNames")

// datelineStart returns where the article's dateline opens its text: the
// start of the first body block that begins with it, or -1.
func (d *stage) datelineStart() int {
	dl := d.Article.Dateline
	for _, b := range d.Article.Blocks {
		if b.Kind == powermap.BlockBody && strings.HasPrefix(d.Text[b.Start:b.End], dl) {
			return b.Start
		}
	}
	return -1
}

// nationalNames name the United States, whose departments the knowledge
// base knows ("the U.S. Department of Justice" is the one it knows).
var nationalNames = map[string]bool{"U.S.": true, "US": true, "United States": true, "United States of America": true, "America": true, "USA": true}

// knownNameAt reports whether a knowledge-base name starts at token i and
// ends by token end.
func (d *stage) knownNameAt(i, end int) bool {
	for n := end - i; n >= 2; n-- {
		if len(d.KB.Match(d.Text[d.Tokens[i].Start:d.Tokens[i+n-1].End])) > 0 {
			return true
		}
	}
	return false
}

// setTitleStart records that the mention starting at token first has a
// title from token from.
func (d *stage) setTitleStart(first, from int) {
	if n := len(d.Mentions); n > 0 && d.Mentions[n-1].First == first {
		d.Mentions[n-1].TitleFirst = from
	}
}

// contextOK drops entries that need context ("X", "Time") where the text
// does not give it: "on X", "X post", "his X platform".
func (d *stage) contextOK(es []*kb.Entry, i, end int) []*kb.Entry {
	if end == i+1 && partyMembers[d.Tokens[i].Lower] && d.memberNoun(i) {
		return nil // "the two-term Democrat challenging Whitcomb": a person
	}
	var out []*kb.Entry
	for _, e := range es {
		if !e.NeedsContext {
			out = append(out, e)
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = d.Tokens[i-1].Lower
		}
		if end < len(d.Tokens) {
			next = d.Tokens[end].Lower
		}
		switch {
		case prev == "on" || prev == "platform" || prev == "his" || prev == "her" || prev == "their" || prev == "via" || prev == "its":
		case next == "post" || next == "posts" || next == "platform" || next == "account" || next == "(" || next == "feed" || next == "user" || next == "users":
		default:
			continue
		}
		out = append(out, e)
	}
	return out
}

// memberNoun reports whether the party member's word at token i is a
// noun for a person: after an article, with only lower-case words or a
// place between ("a Democrat", "the two-term Republican", "the Ohio
// Democrat"), or before a person's given name ("backing Democrat Callie
// Northrup"); not before a noun of giving, which it qualifies as the
// party's ("a longtime Republican donor").
func (d *stage) memberNoun(i int) bool {
	if d.memberBeforeName(i) {
		return true
	}
	if i+1 < len(d.Tokens) && giverNouns[d.Tokens[i+1].Lower] {
		return false // "a longtime Republican donor": the party's giver
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := d.Tokens[k].Text; strings.ToLower(w) {
		case "a", "an", "the", "fellow", "another":
			return true
		default:
			if !d.Tokens[k].Word || d.Tokens[k].Cap && !rules.PlaceNames[w] {
				return false
			}
		}
	}
	return false
}

// municipalHeads open the names of local governments before "of" ("the
// City of Marlow Falls") (rules: municipalHeads).
var municipalHeads = rules.WordClass("municipalHeads")

// namedByItsWords are the rules that type a run by words of
// organizations inside it.
var namedByItsWords = map[string]bool{"org-word": true, "org-for": true, "org-acronym": true, "org-brand": true, "web": true}

// committeeTails end the names of committees and funds; officeBodies
// are what candidates run for (rules: committeeTails, officeBodies).
var committeeTails, officeBodies = rules.WordClass("committeeTails"), rules.WordClass("officeBodies")

// memberBeforeName reports whether a person's name follows the party
// member's word at token i: a given name, or two capitalised words no
// list makes other than a name's ("Democrat Callie Northrup", not "the
// Conservative Governors Forum").
func (d *stage) memberBeforeName(i int) bool {
	n := i + 1
	return n+1 < len(d.Tokens) && d.Tokens[n].Cap && d.SentenceOf(n) == d.SentenceOf(i) &&
		(GivenName(d.Doc, d.Tokens[n].Text) || plainCap(d.Tokens[n]) && plainCap(d.Tokens[n+1]))
}

// plainCap reports whether t is a capitalised word that no list makes
// other than a name's: no function word, organization word or non-name.
func plainCap(t doc.Token) bool {
	return t.Cap && t.Word && !rules.FunctionWords[t.Text] && !rules.OrgTails[t.Text] && !rules.OrgHeads[t.Text] && !rules.NonNames[t.Text] && !rules.PlaceNames[t.Text]
}

// pickEntry chooses among entries sharing a name: the only one, or the
// only one holding a role on the publication day; nil if still ambiguous.
func (d *stage) pickEntry(es []*kb.Entry) *kb.Entry {
	if len(es) == 1 {
		return es[0]
	}
	day := d.Published.Format("2006-01-02")
	var found *kb.Entry
	for _, e := range es {
		for _, r := range e.Roles {
			if r.HeldAt(day) {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// listedAfterTo reports whether token f follows a comma or "and" in a
// list that "to" opens in its sentence ("gave to Friends of Ann Cole, Cole
// for Denver and …").
func (d *stage) listedAfterTo(f int) bool {
	if p := d.Tokens[f-1].Text; p != "," && p != "and" {
		return false
	}
	si := d.SentenceOf(f)
	for k := f - 2; k >= d.Sentences[si].First && k >= f-12; k-- {
		if d.Tokens[k].Text == "to" {
			return true
		}
	}
	return false
}

// friendsOf reports whether token i opens a candidate's committee named
// "Friends of" and a given name ("Friends of Ann Cole").
func (d *stage) friendsOf(i int) bool {
	return i+2 < len(d.Tokens) && d.Tokens[i].Text == "Friends" && d.Tokens[i+1].Text == "of" && GivenName(d.Doc, d.Tokens[i+2].Text)
}

// postHolders are the plurals of posts' holders, whose "of" names what
// they hold a post in, not a group ("Members of Parliament").
var postHolders = rules.WordClass("postHolders")

// yearLike reports whether digits w read as a year (1900 to 2099).
func yearLike(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// membersOf reports whether the capitalised word at i, "of" and the
// capitalised words after it (past "the") name a group for its members:
// a plural common noun or kind of person, not the first word of its
// sentence ("Builders of Tomorrow", "Friends of the Tiber", "Guardians of
// Clearwater"; not "Residents of Maple Street said …", where the capital
// is the sentence's).
func (d *stage) membersOf(i, last int) bool {
	if i+2 >= last || d.Tokens[i+1].Text != "of" || i == d.Sentences[d.SentenceOf(i)].First {
		return false
	}
	k := i + 2
	if strings.EqualFold(d.Tokens[k].Text, "the") {
		k++
	}
	if k >= last || !d.Tokens[k].Cap || !d.Tokens[k].Word {
		return false
	}
	w := d.Tokens[i].Text
	l := strings.ToLower(w)
	if postHolders[l] || rules.OrgHeads[d.Tokens[k].Text] || officeBodies[d.Tokens[k].Lower] || rules.IsTitle(d.Tokens[k].Text) {
		return false // "Members of Parliament", "Heads of State": holders of a post, no group's name
	}
	return d.Tokens[i].Cap && !GivenName(d.Doc, w) && !titleWord(w) && len(l) > 4 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") &&
		(rules.PersonNounPlural(l) || syntax.Default().CommonWord(l) && syntax.Default().CommonWord(l[:len(l)-1]))
}

// orgRunAfter reports whether a run of minWords to maxWords capitalised words
// starts at k and ends in an organization's last word ("Africa Trade
// Council" of "Horn of Africa Trade Council", "Partners" of "Route 9
// Partners").
func (d *stage) orgRunAfter(k, last, minWords, maxWords int) bool {
	e := k
	for e < last && e-k < maxWords && d.Tokens[e].Word && d.Tokens[e].Cap {
		e++
	}
	return e-k >= minWords && rules.OrgTails[d.Tokens[e-1].Text] && (e == last || !d.Tokens[e].Cap)
}

// commonRun reports whether tokens [i, j) are capitalised common words
// ("Carpenters", "Hotel"), as a trade a union is named for.
func (d *stage) commonRun(i, j int) bool {
	for k := i; k < j; k++ {
		w := d.Tokens[k].Text
		l := strings.ToLower(w)
		if !d.Tokens[k].Cap || GivenName(d.Doc, w) || !syntax.Default().CommonWord(l) && !rules.PersonNounPlural(l) && !(len(l) > 4 && strings.HasSuffix(l, "s")) {
			return false
		}
	}
	return j > i
}

// unionAfter reports whether the capitalised words from token k name a
// union: they end in a union local's number or in a word for a body of
// workers ("Millwrights Local 412", "Restaurant Workers Union").
func (d *stage) unionAfter(k, last int) bool {
	if d.localAfter(k, last) {
		return true
	}
	e := k
	for e < last && e-k < 4 && d.Tokens[e].Word && d.Tokens[e].Cap {
		e++
	}
	return e-k >= 2 && unionTails[d.Tokens[e-1].Lower]
}

// unionTails end the names of bodies of workers.
var unionTails = rules.WordClass("unionTails")

// localAfter reports whether capitalised words from token k end in a
// union local's number ("Millwrights Local 412").
func (d *stage) localAfter(k, last int) bool {
	for e := k; e+1 < last && e-k < 4; e++ {
		if d.Tokens[e].Text == "Local" && isNumber(d.Tokens[e+1].Text) {
			return e > k
		}
		if !d.Tokens[e].Cap {
			return false
		}
	}
	return false
}

// currencyLetters reports whether token j is the letters of a dollar
// other than the US one, written against its sign ("A$", "NZ$", "HK$"):
// no part of a name before it ("Green Alliance A$2 million").
func (d *stage) currencyLetters(j int) bool {
	t := d.Tokens[j]
	return j+1 < len(d.Tokens) && len(t.Text) <= 3 && strings.ToUpper(t.Text) == t.Text && d.Tokens[j+1].Start == t.End && strings.HasPrefix(d.Tokens[j+1].Text, "$")
}

// appositeName reports whether the capitalised words from token k are a
// person's name set off by commas after a title ("the speaker, Anneke
// Visser, said"): two or three words, none an organization's, closed by a
// comma or the sentence's end.
func (d *stage) appositeName(k, last int) bool {
	e := d.capRun(k, last)
	if n := e - k; n < 2 || n > 3 || e < last && d.Tokens[e].Text != "," {
		return false
	}
	for _, t := range d.Tokens[k:e] {
		if rules.OrgTails[t.Text] || rules.OrgHeads[t.Text] || !t.Word {
			return false
		}
	}
	return true
}

// capRun returns the end of the run of capitalised words starting at i,
// with joiners inside ("bin", "of" after an organization head word) and
// name suffixes ("Jr.") at the end.
func (d *stage) capRun(i, last int) int {
	j := i
	for j < last {
		t := d.Tokens[j]
		switch {
		case t.Word && t.Cap && (j == i || !d.quoteBoundary(j)) && !(j > i && isWeekday(t.Text)) && !compoundDescription(t.Text) && !d.currencyLetters(j):
			// A weekday after a name is the date ("Softbank Tuesday").
			j++
			continue
		case j == i+1 && d.nicknameAt(j, last):
			// 'Margaret "Peg" Holt': a nickname in quotation marks
			// between a given name and a surname.
			j += 3
			continue
		case j > i && rules.NameJoiners[t.Text]:
			// "van der Berg", "bin Salman": joiners, then a capital.
			k := j
			for k < last && rules.NameJoiners[d.Tokens[k].Text] {
				k++
			}
			if k < last && d.Tokens[k].Cap && k-j <= 3 {
				j = k
				continue
			}
		case j > i && t.Text == "for" && d.forName(j, last):
			j++
			continue
		case j == i+1 && d.friendsOf(i) && j+2 < last:
			// "Friends of Ann Cole": a candidate's committee.
			j++
			continue
		case j == i+1 && t.Text == "of" && d.membersOf(i, last):
			// "Builders of Tomorrow", "Friends of the Tiber": a group
			// named for its members and what they stand for.
			j++
			if strings.EqualFold(d.Tokens[j].Text, "the") {
				j++
			}
			continue
		case j > i && t.Text == "of" && rules.OrgTails[d.Tokens[j-1].Text] && j+1 < last && rules.PlaceNames[d.Tokens[j+1].Text] && (j+2 >= last || !d.Tokens[j+2].Cap):
			// "the Labor Party of Ohio": a body of a place.
			j++
			continue
		case j > i && j-i <= 2 && t.Text == "of" && !GivenName(d.Doc, d.Tokens[i].Text) && syntax.Default().CommonWord(d.Tokens[j-1].Text) && !titleWord(d.Tokens[j-1].Text) && d.orgRunAfter(j+1, last, 2, 4) &&
			!(j-1 == d.Sentences[d.SentenceOf(j)].First && rules.PersonNounPlural(d.Tokens[j-1].Lower)):
			// "Horn of Africa Trade Council": words joined by "of" to a
			// run that ends in an organization's word (not a surname:
			// "Tesfaye of Harbor Trade Council"; nor people of it opening
			// the sentence: "Employees of Vireo Games raised …").
			j++
			continue
		case j > i && j <= i+2 && t.Text == "and" && j+1 < last && d.Tokens[j+1].Cap && d.commonRun(i, j) && d.unionAfter(j+1, last):
			// "Carpenters and Millwrights Local 412", "Hotel and
			// Restaurant Workers Union", "United Warehouse and Transit
			// Workers": a union named for two trades.
			j++
			continue
		case j > i+2 && t.Text == "and" && d.ofOrgHead(i, j) && d.fieldWord(j-1) && d.secondField(j+1, last):
			// "Office of Science and Technology Policy", "Department of
			// Health and Human Services": a body's name after "of" joins
			// two common words (not "Department of Justice and Google",
			// which the knowledge base names first).
			j++
			continue
		case j > i && d.possessiveInName(i, j, last):
			// "the People's Unity Party", "the Farmers' Liberty Forum": a
			// common noun's possessive inside an organization's name.
			j++
			continue
		case j > i && isNumber(t.Text) && d.Tokens[j-1].Cap && j+1 < last && d.Tokens[j+1].Cap && d.orgRunAfter(j+1, last, 1, 3):
			// "Route 9 Partners", "Channel 4 News": a number inside an
			// organization's name.
			j++
			continue
		case (j > i+1 && numberedWord(d.Tokens[j-1]) || j == i+1 && d.Tokens[i].Text == "Local" && !(i == d.Sentences[d.SentenceOf(i)].First && yearLike(t.Text))) && isNumber(t.Text):
			// ("Local 418" alone: the union local, named again — but not
			// "Local 2026 races drew …", a year after a capital opening
			// the sentence)
			// "Steelworkers Local 1230": a union's local by its number;
			// "WKVR Channel 7", "American Legion Post 12".
			j++
			continue
		case j > i && (t.Text == "and" || t.Text == "&") && (rules.OrgTails[d.Tokens[j-1].Text] || rules.OrgHeads[d.Tokens[j-1].Text]) && j+1 < last && !rules.OrgHeads[d.Tokens[j+1].Text] && d.commonOrgTail(j+1, last, false):
			// "Harbor Bank and Trust Company", "Lumen Studios and Media
			// Group": common words after "and" that end in an
			// organization's word name nothing on their own (but "Acme
			// Group and Union Bank", opened by a head word, are two).
			j++
			continue
		case (j >= i+2 || j == i+1 && d.afterThe(i)) && t.Text == "and" && d.Tokens[j-1].Cap && !rules.OrgTails[d.Tokens[j-1].Text] && !rules.OrgHeads[d.Tokens[j-1].Text] &&
			commonCap(d.Tokens[j-1].Text) && !GivenName(d.Doc, d.Tokens[j-1].Text) && j+1 < last && d.commonOrgTail(j+1, last, true) && !(d.ofOrgHead(i, j) && !d.fieldEnds(j+1)):
			// "Arizona Privacy and Innovation Coalition": two or more
			// capitalised words ending in a common word that names no
			// body, "and", then common words ending in an
			// organization's word, are one name (not "Vantor Bank and
			// Harlow Group"); so is one such word after "the" ("the
			// Ethics and Integrity Directorate"). After a body's head and
			// "of", not when they end in an agency's word or modify a
			// noun ("the Department of Agriculture and Farm Bureau
			// officials": fieldEnds).
			j++
			continue
		case j > i+2 && t.Text == "of" && d.ofOrgHead(i, j) && j+1 < last && d.Tokens[j+1].Cap && d.Tokens[j+1].Word && !GivenName(d.Doc, d.Tokens[j+1].Text):
			// "Council of Catholic Bishops of Veldra": a second of-phrase
			// after an organization's head and its first.
			j++
			continue
		case j > i && t.Text == "on" && (onHeads[d.Tokens[j-1].Lower] && d.Tokens[j-1].Cap || d.membersNamed(j-1)) && j+1 < last && d.Tokens[j+1].Cap && d.Tokens[j+1].Word && !rules.WeekdayOrMonth(d.Tokens[j+1].Text):
			// "the Committee on Fair Elections", "Council on Foreign
			// Relations", "Parents on Patrol" (not "the Council on
			// Monday", nor "Harbor Bank on Main Street").
			j++
			continue
		case j > i && (t.Text == "of" || t.Text == "for") && (rules.OrgHeads[d.Tokens[j-1].Text] || t.Text == "of" && j == i+1 && d.Tokens[i].Cap && municipalHeads[d.Tokens[i].Lower] || t.Text == "for" && causeTails[d.Tokens[j-1].Lower]) && j+1 < last && (d.Tokens[j+1].Cap || d.Tokens[j+1].Text == "the" || t.Text == "for" && d.Tokens[j+1].Text == "a"):
			j++
			if d.Tokens[j].Text == "the" || d.Tokens[j].Text == "a" {
				j++
			}
			continue
		case j > i && t.Text == "for" && j+1 < last && d.Tokens[j+1].Cap && d.Tokens[j+1].Word && !rules.IsTitle(d.Tokens[j+1].Text) && !officeBodies[d.Tokens[j+1].Lower] &&
			committeeTails[d.Tokens[d.capRun(j+1, last)-1].Lower]:
			// "the Price for Progress Fund", "Lund for Tomorrow PAC": a
			// committee named for its candidate and cause (not an office
			// one runs for: "endorsed Ferraro for City Council").
			j++
			continue
		case j > i && t.Text == "for" && j+2 < last && d.Tokens[j+1].Text == "a" && d.Tokens[j+2].Cap && d.membersNamed(j-1):
			// "Citizens for a Better Tomorrow".
			j += 2
			continue
		case j == i+1 && t.Text == "the" && campaignVerbs[d.Tokens[i].Lower] && i > d.Sentences[d.SentenceOf(i)].First && j+1 < last && d.Tokens[j+1].Cap:
			// "gave $4 million to Restore the Republic", "Save the
			// Fillmore Corridor": a group named for what it urges.
			j++
			continue
		case j > i && t.Text == "to" && (rules.OrgHeads[d.Tokens[j-1].Text] || rules.OrgTails[d.Tokens[j-1].Text]) && j+1 < last && d.Tokens[j+1].Cap && campaignVerbs[d.Tokens[j+1].Lower]:
			// "the Committee to Elect Ramona Beltrán", "Campaign to
			// Save Sutton Park": a group named for its aim.
			j++
			continue
		}
		break
	}
	// "the Corvex CEO,": a role's acronym after the name, no part of it
	// (but "Corvex CEO Marlon Tate" goes on to a name).
	if j-i >= 2 && rules.OrgAfter[d.Tokens[j-1].Text] && IsAcronym(d.Tokens[j-1].Text) && !(j < last && d.Tokens[j].Cap && d.Tokens[j].Word) {
		j--
	}
	// Do not end on a joiner.
	for j > i && !d.Tokens[j-1].Cap && !((j-2 > i || j-2 == i && d.Tokens[i].Text == "Local") && numberedWord(d.Tokens[j-2]) && isNumber(d.Tokens[j-1].Text)) {
		j--
	}
	// "Make America Great Again, Inc.": a company suffix after a comma;
	// "Meridian Bank plc" one written in lower case.
	if j > i && j+1 < last && d.Tokens[j].Text == "," && rules.CompanySuffixes[d.Tokens[j+1].Text] {
		j += 2
	} else if j > i && j < last && !d.Tokens[j].Cap && rules.OrgTails[d.Tokens[j].Text] {
		j++
	}
	return j
}

// ofOrgHead reports whether the run [i, j) holds an organization's head
// word and "of" after it ("Office of Science").
func (d *stage) ofOrgHead(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.Tokens[k].Text == "of" && rules.OrgHeads[d.Tokens[k-1].Text] {
			return true
		}
	}
	return false
}

// fieldWord reports whether token k, after a body's head and "of"
// ("Ministry of Labour and …"), may be the word of its field: a common
// word, or a word in title case that is no given name and no place (the
// treebank lacks "Labour", "Interior").
func (d *stage) fieldWord(k int) bool {
	w := d.Tokens[k].Text
	if commonCap(w) {
		return true
	}
	_, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	return len(w) >= 4 && rest == strings.ToLower(rest) && !GivenName(d.Doc, w) && !rules.PlaceNames[w]
}

// fieldGoesOn reports whether the run [i, runEnd) goes on past a known
// body's name [i, kbEnd) with "and" and the common words of a second
// field: "the Department of Energy and Environmental Protection" is a
// state's department, not the federal one the knowledge base knows.
func (d *stage) fieldGoesOn(i, kbEnd, runEnd int) bool {
	if d.Tokens[kbEnd].Text != "and" || !d.ofOrgHead(i, kbEnd) || !d.secondField(kbEnd+1, runEnd) {
		return false
	}
	// (not a known name after "and": "the Department of Justice and
	// Google" are two)
	return len(d.KB.Match(d.Text[d.Tokens[kbEnd+1].Start:d.Tokens[runEnd-1].End])) == 0 && len(d.KB.Match(d.Tokens[kbEnd+1].Text)) == 0
}

// secondField reports whether the capitalised common words from token k
// (commonCaps) are the second field of a body's name after "and" ("…
// and Human Services", "… and Energy"), not a body of their own ("… and
// Forest Service", ending in an agency's word) nor words modifying a
// noun after them ("… and Border agents", "… and Union leaders").
func (d *stage) secondField(k, last int) bool {
	return d.commonCaps(k, last) && d.fieldEnds(k)
}

// fieldEnds reports whether the run of capitalised words from token k
// ends a field's name: not in an agency's word ("Forest Service") and
// not before a noun it modifies ("Border agents").
func (d *stage) fieldEnds(k int) bool {
	e := k
	for e < len(d.Tokens) && d.Tokens[e].Word && d.Tokens[e].Cap {
		e++
	}
	if e == k || agencyWords[d.Tokens[e-1].Lower] {
		return false
	}
	if e >= len(d.Tokens) || !d.Tokens[e].Word || d.Tokens[e].Cap {
		return true
	}
	w := d.Tokens[e].Text
	return rules.Prepositions[w] || rules.FunctionWords[w] || !syntax.Default().CommonNoun(w)
}

// agencyWords end the name of a public body of its own (rules:
// agencyWords).
var agencyWords = rules.WordClass("agencyWords")

// commonCaps reports whether one to three capitalised common words
// ("Technology Policy", "Human Services") start at token k and end the
// run of capitals before last.
func (d *stage) commonCaps(k, last int) bool {
	n := 0
	for ; k < last && d.Tokens[k].Word && d.Tokens[k].Cap; k++ {
		if !commonCap(d.Tokens[k].Text) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// afterThe reports whether token i follows "the" in its sentence.
func (d *stage) afterThe(i int) bool {
	return i > d.Sentences[d.SentenceOf(i)].First && strings.EqualFold(d.Tokens[i-1].Text, "the")
}

// commonCap reports whether capitalised word w is an ordinary English
// word: one the treebank knows, its plural ("Sciences"), an abstract
// noun by its ending the treebank lacks ("Conciliation", "Integrity",
// "Accountability"), or such words joined by a hyphen after a prefix
// ("Anti-Corruption", "Cross-Border").
func commonCap(w string) bool {
	if b, ok := strings.CutSuffix(w, "s"); syntax.Default().CommonWord(w) || ok && len(b) > 3 && syntax.Default().CommonWord(b) {
		return true
	}
	if rules.PlaceNames[w] {
		return false // "Independence", "Providence": a place opens the name
	}
	l := strings.ToLower(w)
	if parts := strings.Split(l, "-"); len(parts) == 2 && parts[0] != "" && parts[1] != "" {
		return (wordPrefixes[parts[0]] || syntax.Default().CommonWord(parts[0])) && commonCap(parts[1])
	}
	for suf, n := range abstractEndings {
		if len(l) >= n && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// abstractEndings end English abstract nouns, which name no one: a
// capitalised word with one, at least as long as given, is a common
// word of a body's name. The lengths keep out names with the same
// endings ("Bastion", "Trinity", "Clement", "Florence", "Constance").
var abstractEndings = map[string]int{"ation": 8, "ition": 8, "ution": 8, "ction": 8, "ssion": 8, "ption": 8, "ity": 8, "ment": 9, "ance": 10, "ence": 10, "ness": 9, "ism": 8, "ship": 9, "ture": 9}

// wordPrefixes open a hyphenated common word ("anti-corruption").
var wordPrefixes = map[string]bool{"anti": true, "non": true, "co": true, "pre": true, "post": true, "multi": true, "inter": true, "cross": true, "self": true, "counter": true, "re": true}

// commonOrgTail reports whether the capitalised words from token k are
// all common words and end in an organization's word ("Trust Company",
// "Media Group"); where anyTail is true the organization's word itself
// need not be a common one ("Integrity Directorate").
func (d *stage) commonOrgTail(k, last int, anyTail bool) bool {
	e := k
	for e < last && d.Tokens[e].Word && d.Tokens[e].Cap {
		e++
	}
	if e <= k || e-k > 3 || !rules.OrgTails[d.Tokens[e-1].Text] {
		return false
	}
	if anyTail {
		return e-1 == k || d.commonCaps(k, e-1)
	}
	return d.commonCaps(k, e)
}

// possessiveInName reports whether the possessive at token j joins the
// common noun before it to an organization's name after it ("People's
// Unity Party", "Workers' Forum"): one to four capitalised words ending
// in an organization's word follow, the possessor is a common plural and
// the run from i before it has no given name. A name's possessive does not join ("Pryce's Unity
// Party", "Marcus Bell's Senate campaign" are a person's).
func (d *stage) possessiveInName(i, j, last int) bool {
	t := d.Tokens[j]
	switch t.Text {
	case "'s", "’s", "'", "’":
	default:
		return false
	}
	prev := d.Tokens[j-1]
	if prev.End != t.Start || !prev.Cap || (t.Text == "'" || t.Text == "’") && !strings.HasSuffix(prev.Text, "s") {
		return false
	}
	saint := func(k int) bool { return k >= 0 && saintWords[d.Tokens[k].Text] }
	if j-2 >= i && saint(j-2) {
		// "St. Brendan's Medical Center", "St. Brigid's Children's
		// Hospital Foundation": a saint's name opens a body's name.
		e := j + 1
		for e < last && e-j <= 5 && (d.Tokens[e].Word && d.Tokens[e].Cap || doc.Possessive(d.Tokens[e].Text)) {
			e++
		}
		if e > j+1 && doc.Possessive(d.Tokens[e-1].Text) {
			e-- // the name's own possessive: "… Hospital Foundation's gala"
		}
		return e > j+1 && rules.OrgTails[d.Tokens[e-1].Text] && (e == last || !d.Tokens[e].Cap)
	}
	// The possessor is a common plural ("Workers", "People",
	// "Fishermen"), the run
	// before it no person's name — or a title before an office
	// ("Sheriff's Office", "Attorney General's Office").
	if p := strings.ToLower(prev.Text); !(d.officeAfter(j+1, last) && (syntax.Default().CommonWord(p) || rules.IsTitle(prev.Text))) && !menPlural(p) && (!syntax.Default().CommonWord(p) && !rules.PersonNounPlural(p) || !strings.HasSuffix(p, "s") && !collectivePlurals[p]) {
		return false
	}
	cause := false // inside the cause a name states after "for" or "of"
	for k, w := range d.Tokens[i:j] {
		if (w.Text == "for" || w.Text == "of") && i+k > i && (rules.OrgHeads[d.Tokens[i+k-1].Text] || rules.OrgTails[d.Tokens[i+k-1].Text]) {
			cause = true
			continue
		}
		if doc.Possessive(w.Text) && saint(i+k-2) {
			continue // ("St. Brigid's Children's Hospital Foundation")
		}
		if !w.Cap && !(cause && (w.Text == "a" || w.Text == "the")) && !(k > 0 && (w.Text == "and" || w.Text == "&")) || GivenName(d.Doc, w.Text) && !saint(i+k-1) {
			return false // (but "Press and Media Workers' Union")
		}
	}
	e := j + 1
	for e < last && e-j <= 4 && d.Tokens[e].Word && d.Tokens[e].Cap {
		e++
	}
	// "the Okabe Foundation for Girls’ Education", "Fund for Children's
	// Health": the cause's words need no organization's word at the end.
	return e > j+1 && (rules.OrgTails[d.Tokens[e-1].Text] || cause) && (e == last || !d.Tokens[e].Cap)
}

// menPlural reports whether lower-case w is the plural in -men of a
// noun for a kind of person ("fishermen", "longshoremen").
func menPlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "men")
	return ok && len(stem) > 1 && rules.PersonNoun(stem+"man")
}

// openingParticiple reports whether the run [i, end) is one capitalised
// past participle opening its sentence before a lower-case word ("Named
// chief executive of Orchard Lane in 2019, Boyd …"): a clause's verb, no
// organization's name.
func (d *stage) openingParticiple(i, end int) bool {
	return end == i+1 && i == d.Sentences[d.SentenceOf(i)].First && end < len(d.Tokens) && d.Tokens[end].Word && !d.Tokens[end].Cap &&
		participleOfVerb(d.Tokens[i].Lower) && !GivenName(d.Doc, d.Tokens[i].Text)
}

// saintWords open a saint's name ("St. Brendan's", "Saint Jude").
var saintWords = map[string]bool{"St.": true, "St": true, "Saint": true, "Ste.": true}

// collectivePlurals are plurals without an -s.
var collectivePlurals = rules.WordClass("collectivePlurals")

// compoundDescription reports whether w is a hyphenated description, not
// a name: a part after its first is a lower-case English word of three
// letters or more ("Striker-turned-pundit", "Husband-and-wife"), where
// names capitalise theirs ("Jean-Baptiste", "Abadie-Nkosi"); it has three
// parts or more, as "Jae-won" and "Mei-ling" have not.
func compoundDescription(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 3 {
		return false // "Seo-yeon", "Jae-won": given names of two parts
	}
	for _, p := range parts[1:] {
		if len(p) >= 3 && p == strings.ToLower(p) && strings.ToUpper(p) != p && syntax.Default().CommonWord(p) {
			return true
		}
	}
	return false
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// orgWordIn reports whether a word of tokens i..end is "for" or opens an
// organization's name ("Teachers Union of Ohio", "Citizens for Clean
// Water"): a role word before it is part of the name, not a title.
func (d *stage) orgWordIn(i, end int) bool {
	for _, t := range d.Tokens[i:end] {
		if t.Text == "for" || rules.OrgHeads[t.Text] {
			return true
		}
	}
	return false
}

// companyHoldings are what only a company has, after its name (rules:
// companyHoldings).
var companyHoldings = rules.WordClass("companyHoldings")

// camelCase reports whether word has a capital after a lower-case letter
// past its first three letters, with no other capital but the first before
// it, and neither a surname's prefix nor a given name before it: a brand's
// name ("StrideWorks", "OpenAI", "LinkedIn"), not a person's ("MacLeod",
// "VanDyke", "DeLaRosa", "LeeAnn", "DeSantis", "LaToya": two letters
// before the capital are a name's).
func (d *stage) camelCase(word string) bool {
	if word == "" || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	for k := 1; k < len(word); k++ {
		if word[k] < 'A' || word[k] > 'Z' {
			continue
		}
		if k < 3 || word[k-1] < 'a' || word[k-1] > 'z' {
			return false
		}
		return !surnamePrefixes[strings.ToLower(word[:k])] && !GivenName(d.Doc, word[:k])
	}
	return false
}

// surnamePrefixes open surnames written with a capital inside (rules:
// surnamePrefixes).
var surnamePrefixes = rules.WordClass("surnamePrefixes")

// mediaCompound reports whether word is two words of organizations'
// names joined by a hyphen, the last one newspapers are named with
// ("Dispatch-Herald", "Post-Gazette"; not "Knox-Post", a surname).
func mediaCompound(word string) bool {
	k := strings.LastIndexByte(word, '-')
	return k > 0 && k+1 < len(word) && word[0] >= 'A' && word[0] <= 'Z' && rules.OrgTails[word[:k]] && rules.OrgTails[word[k+1:]] && slices.Contains(rules.OrgKinds[word[k+1:]], "media")
}

// orgTailEnds reports whether the run [i, end) ends with an
// organization's last word, or has one joined by "of" to a place or name
// after it ("Liberal Party of Ontario", "Labour Party of Wales").
func (d *stage) orgTailEnds(i, end int) bool {
	if end > i && rules.OrgTails[d.Tokens[end-1].Text] {
		return true
	}
	for k := i; k+2 < end; k++ {
		if rules.OrgTails[d.Tokens[k].Text] && d.Tokens[k+1].Text == "of" {
			return true
		}
	}
	return false
}

// forName reports whether "for" at token j joins a name: a campaign's
// ("Brennan for Senate campaign", "the Keller for Congress committee") or
// a group's named for its members and cause ("Citizens for Clean Water",
// "Americans for Growth").
func (d *stage) forName(j, last int) bool {
	if j+1 >= last || !d.Tokens[j+1].Cap || !d.Tokens[j-1].Cap {
		return false
	}
	k := j + 1
	for k < last && d.Tokens[k].Cap && d.Tokens[k].Word {
		k++
	}
	if k < last {
		switch d.Tokens[k].Lower {
		case "campaign", "committee", "pac", "fund", "effort":
			return true
		}
	}
	if f := d.firstCap(j - 1); k == j+2 && f > 0 && (d.Tokens[f-1].Text == "to" || d.Tokens[f-1].Text == "from" || strings.EqualFold(d.Tokens[f-1].Text, "the") || d.listedAfterTo(f)) {
		// "gave to Rivera for Congress": a candidate's committee named
		// for the office sought (but "endorsed Rivera for Congress" is
		// a person and an office).
		if rules.OfficeWords[d.Tokens[j+1].Text] || rules.PlaceNames[d.Tokens[j+1].Text] {
			return true
		}
	}
	if f := d.firstCap(j - 1); k == j+2 && f >= 0 && (rules.OfficeWords[d.Tokens[j+1].Text] || rules.PlaceNames[d.Tokens[j+1].Text]) && d.committeeSlot(f, k) {
		// "Kessler for Atlanta threatened …", "his campaign, Houtkamp
		// for Governor, said …": a committee opening its clause, or
		// set beside "campaign".
		return true
	}
	if f := d.firstCap(j - 1); k <= j+4 && f >= 2 && k < last && d.Tokens[f-1].Text == "," && d.Tokens[k].Text == "," {
		// "the mayor's re-election committee, Lindqvist for Kettering
		// Falls, …": set beside "campaign" or "committee", whatever
		// place it is named for.
		if w := d.Tokens[f-2].Lower; w == "campaign" || w == "committee" {
			return true
		}
	}
	return d.membersNamed(j - 1)
}

// committeeSlot reports whether a name running over tokens [f, k) stands
// where a campaign committee's name does, not a candidate's: opening its
// sentence or clause before a verb, with one word before "for" ("Kessler
// for Atlanta threatened …", "On Monday, Tallis for Senate accused …"),
// set off by commas after "campaign" ("his campaign, Houtkamp for
// Governor,"), or after a role and "for" or "of" ("campaign manager for
// Brightwater for Governor", "the chair of Ashcombe for America").
func (d *stage) committeeSlot(f, k int) bool {
	si := d.SentenceOf(f)
	if k >= d.Sentences[si].Last {
		return false
	}
	if f == d.Sentences[si].First && k-f == 3 {
		// (one name before "for": a full name there is a person's, "Ruth
		// Kane for England scored twice")
		n := d.Tokens[k]
		return n.Word && !n.Cap && (syntax.Default().PastTense(n.Text) || strings.HasSuffix(n.Text, "s"))
	}
	if f >= 2 && d.Tokens[f-1].Text == "," && d.Tokens[k].Text == "," {
		w := d.Tokens[f-2].Lower
		return w == "campaign" || w == "committee"
	}
	if f > d.Sentences[si].First && d.Tokens[f-1].Text == "," && k-f == 3 {
		// "On Monday, Tallis for Senate accused …": opening its clause
		// after a fronted phrase, with one name before "for".
		n := d.Tokens[k]
		return n.Word && !n.Cap && (syntax.Default().PastTense(n.Text) || strings.HasSuffix(n.Text, "s"))
	}
	if f >= 2 && (d.Tokens[f-1].Text == "for" || d.Tokens[f-1].Text == "of" && !syntax.Default().CommonWord(d.Tokens[f].Lower)) && rules.RoleWord(d.Tokens[f-2].Lower) {
		// "signed on as campaign manager for Brightwater for Governor",
		// "the chair of Ashcombe for America": a role held for it (not
		// "the secretary of State for Ohio", whose word is a common one).
		return true
	}
	return false
}

// membersNamed reports whether token k is a common plural a group may be
// named for: a run of its own ("Citizens", "Americans"), or a plural
// kind of people after a name or two ("Corvex Employees").
func (d *stage) membersNamed(k int) bool {
	prev := d.Tokens[k].Text
	if f := d.firstCap(k); k > f && k-f <= 2 && rules.PersonNounPlural(strings.ToLower(prev)) {
		// "Corvex Employees for Good Government", "Eastbrook Students
		// for a Free Campus": members of a named body.
		return true
	}
	return k == d.firstCap(k) && len(prev) > 4 && strings.HasSuffix(prev, "s") && (syntax.Default().CommonWord(strings.ToLower(prev)) || rules.NonNames[prev])
}

// firstCap returns where the run of capitalised words holding token k
// starts.
func (d *stage) firstCap(k int) int {
	for k > 0 && d.Tokens[k-1].Cap && d.Tokens[k-1].Word && d.SentenceOf(k-1) == d.SentenceOf(k) {
		k--
	}
	return k
}

// nicknameAt reports whether tokens j to j+2 are a nickname in quotation
// marks after the given name at j-1 and before a capitalised word:
// 'Margaret "Peg" Holt'.
func (d *stage) nicknameAt(j, last int) bool {
	if j < 1 || j+3 >= last || !GivenName(d.Doc, d.Tokens[j-1].Text) {
		return false
	}
	open, nick, closing, surname := d.Tokens[j], d.Tokens[j+1], d.Tokens[j+2], d.Tokens[j+3]
	return (open.Text == "\"" || open.Text == "“") && (closing.Text == "\"" || closing.Text == "”") && nick.Word && nick.Cap && surname.Word && surname.Cap &&
		open.End == nick.Start && nick.End == closing.Start
}

// StripNickname returns name without a nickname in quotation marks
// inside it ('Margaret "Peg" Holt' is "Margaret Holt"), and the nickname.
func StripNickname(name string) (string, string) {
	i := strings.IndexAny(name, "\"“")
	if i <= 0 || name[i-1] != ' ' {
		return name, ""
	}
	_, w := utf8.DecodeRuneInString(name[i:])
	j := strings.IndexAny(name[i+w:], "\"”")
	if j <= 0 {
		return name, ""
	}
	nick := name[i+w : i+w+j]
	_, w2 := utf8.DecodeRuneInString(name[i+w+j:])
	rest := strings.TrimLeft(name[i+w+j+w2:], " ")
	return name[:i] + rest, nick
}

// quoteBoundary reports whether a quotation mark opens right before token
// j, which then cannot continue a name begun outside the quote.
func (d *stage) quoteBoundary(j int) bool {
	return j > 0 && strings.ContainsAny(d.Tokens[j-1].Text, "“\"") && d.Tokens[j-1].End == d.Tokens[j].Start
}

// typeRun decides what a run of capitalised words names.
func (d *stage) typeRun(i, end int, title string) (doc.MentionType, string) {
	toks := d.Tokens[i:end]
	firstTok, lastTok := toks[0].Text, toks[len(toks)-1].Text
	// n counts the words of the name, not its joiners ("Jan-Willem van
	// der Berg" is two words long).
	n := len(toks)
	for k := 1; k+1 < len(toks); k++ {
		if rules.NameJoiners[toks[k].Text] {
			n--
		}
		if k == 1 && d.nicknameAt(i+1, end) {
			n -= 3 // 'Margaret "Peg" Holt' is two words long
		}
	}
	if len(toks) >= 2 && len(toks) <= 5 && campaignVerbs[strings.ToLower(firstTok)] && i > d.Sentences[d.SentenceOf(i)].First && title == "" && !GivenName(d.Doc, firstTok) {
		// "gave $500,000 to Keep Lakeshore Green", "Stand Up Arizona":
		// a group named for what it urges, in the middle of a sentence.
		if p := d.Tokens[i-1].Lower; rules.Prepositions[p] || p == "the" || p == "," || p == "and" {
			return doc.Org, "org-aim"
		}
	}
	if len(toks) == 1 && rules.NonNames[firstTok] && end < len(d.Tokens) && giverNouns[d.Tokens[end].Lower] && slices.ContainsFunc(d.KB.Match(firstTok), func(e *kb.Entry) bool { return e.Type == "org" }) {
		// "Vik, a longtime Republican donor,": the party a giver is
		// described by, which the knowledge base knows by that word.
		return doc.Org, "org-giver"
	}
	if len(toks) == 1 && rules.NonNames[firstTok] {
		return "", ""
	}
	if len(toks) == 1 && title == "" && (d.camelCase(firstTok) || mediaCompound(firstTok)) && !(toks[0].Start > 0 && (d.Text[toks[0].Start-1] == '#' || d.Text[toks[0].Start-1] == '@')) {
		// "sued StrideWorks", "told the Dispatch-Herald": a capital inside
		// a word names a brand (not "McAllister", "DeSantis"); a
		// hyphenated word ending in a newspaper's word, a paper (not a
		// hashtag: "#DarnellForMayor").
		return doc.Org, "org-brand"
	}
	if len(toks) == 2 && firstTok == "Big" && title == "" {
		return "", "" // "Big Tech", "Big Pharma": an industry's nickname, no one body
	}
	if pluralAcronym(lastTok) {
		return "", "" // "Three senior MPs", "two CEOs": a kind, many of them
	}
	innerFor := len(toks) > 2 && slices.ContainsFunc(toks[1:len(toks)-1], func(t doc.Token) bool { return t.Text == "for" })
	if len(toks) >= 2 && title == "" && !rules.OrgTails[lastTok] && !innerFor && (placeTails[strings.ToLower(lastTok)] || len(toks) == 2 && placeOpeners[strings.ToLower(firstTok)] && !GivenName(d.Doc, firstTok) ||
		landTails[strings.ToLower(lastTok)] && !slices.ContainsFunc(toks, func(t doc.Token) bool { return !t.Cap }) ||
		surnamePlaceTails[strings.ToLower(lastTok)] && !GivenName(d.Doc, firstTok) && i > 0 && placeBefore[d.Tokens[i-1].Lower] && !(end < len(d.Tokens) && doc.Possessive(d.Tokens[end].Text))) {
		// "on Harambee Avenue", "in Santa Barbara": a street, a building,
		// a town ("around Haverleigh Park", "at Wexcombe Hall", but not
		// "Ji-woo Park met …", "at Brennan Wood's home": a word that is a
		// surname too ends a place only after a word that puts a place
		// after it, and not before "'s"; a name with "for" inside is
		// named for a place: "Tallis for Brennock Heights").
		return doc.Place, "place"
	}
	if len(toks) >= 2 && localGovernments[strings.ToLower(lastTok)] && toks[len(toks)-1].Cap && title == "" {
		// "Ada Ruiz sued Dunmore County": a county's government acts (an
		// organization); "lives in Dunmore County" names the place.
		if i > 0 && locatives[d.Tokens[i-1].Lower] {
			return doc.Place, "place"
		}
		return doc.Org, "org-word"
	}
	if k, ok := strings.CutSuffix(lastTok, "s"); ok && len(rules.OrgKinds[k]) > 0 && (len(toks) == 1 ||
		len(toks) == 2 && i == d.Sentences[d.SentenceOf(i)].First && syntax.Default().CommonWord(strings.ToLower(firstTok)) && !GivenName(d.Doc, firstTok)) {
		// "Super PACs associated with …", "the two super PACs": a kind
		// of organization in the plural (capitalised by the sentence's
		// start) names none.
		return "", ""
	}
	if len(toks) >= 2 && title == "" {
		// A name of two words or more used again names what it named
		// before: "Ashgrove Interactive says it …" typed it a body, so
		// "sued Ashgrove Interactive" does not make it a person.
		text := d.Text[toks[0].Start:toks[len(toks)-1].End]
		for k := len(d.Mentions) - 1; k >= 0; k-- {
			if m := d.Mentions[k]; !m.Pronoun && (m.Type == doc.Person || m.Type == doc.Org) && m.Rule != "kb" && d.Text[m.Start:m.End] == text {
				return m.Type, "repeated"
			}
		}
	}
	if isWebName(lastTok) {
		return doc.Org, "web"
	}
	for _, t := range toks[1:] {
		if t.Text == "&" {
			return doc.Org, "org-word" // "Ellingham & Stowe": a firm of partners
		}
	}
	if len(toks) >= 2 && toks[len(toks)-2].Text == "Local" && isNumber(lastTok) {
		return doc.Org, "org-word" // "Steelworkers Local 1230"
	}
	if len(toks) == 2 && rules.OrgTails[lastTok] && !rules.OrgHeads[firstTok] && GivenName(d.Doc, firstTok) && i > 0 {
		// "union spokeswoman Kara Mills", "the steelworker Tom Banks": a
		// given name after a word for a kind of person is that person's,
		// though the surname ends firms' names too.
		if w := d.Tokens[i-1]; w.Word && !w.Cap && (rules.RoleNouns[w.Text] || rules.PersonNoun(w.Text)) {
			return doc.Person, "first-name"
		}
	}
	if rules.OrgTails[lastTok] && len(toks) > 1 || rules.OrgHeads[firstTok] && len(toks) > 1 {
		return doc.Org, "org-word"
	}
	if len(toks) > 2 && toks[1].Text == "of" && municipalHeads[strings.ToLower(firstTok)] {
		return doc.Org, "org-word" // "the City of Marlow Falls", "the Town of Westbury": its government
	}
	personLike := len(toks) >= 2 && len(toks) <= 4 && GivenName(d.Doc, firstTok)
	if len(toks) >= 2 && !personLike && title == "" && i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "the") && end < len(d.Tokens) && d.Tokens[end].Word && !d.Tokens[end].Cap && len(rules.OrgKinds[d.Tokens[end].Text]) > 0 {
		// "the Clean Jobs Colorado campaign", "the Stop the Tunnel
		// coalition": a name the kind after it types (but not "the
		// Harlan Voss campaign", a person's).
		return doc.Org, "org-kind-after"
	}
	if len(toks) >= 2 && title == "" && !personLike && IsAcronym(lastTok) && !romanNumeral(lastTok) && !slices.ContainsFunc(toks[:len(toks)-1], func(t doc.Token) bool { return strings.ToUpper(t.Text) == t.Text }) {
		// "Halberd AI", "Valbro IF", "Kestrel BV": no person's name ends
		// in capitals (but "Hollis Crane III" does, in a numeral), where
		// the words before are not capitals too (a headline's).
		return doc.Org, "org-acronym"
	}
	if title == "" && nameWord(firstTok) && d.wordAsGivenName(i, end) {
		return doc.Person, "given-name-slot" // "Will Bishop met …"
	}
	if len(toks) >= 4 && d.friendsOf(i) {
		return doc.Org, "org-word" // "Friends of Ann Cole", a candidate's committee
	}
	if len(toks) >= 3 && toks[1].Text == "of" && d.membersOf(i, end) {
		return doc.Org, "org-members" // "Builders of Tomorrow"
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text == "for" {
			return doc.Org, "org-for" // "Citizens for Clean Water", "Brennan for Senate"
		}
		if k == 1 && toks[k+1].Text == "of" && strings.HasSuffix(firstTok, "s") && (rules.OrgHeads[toks[k].Text] || rules.OrgTails[toks[k].Text]) {
			return doc.Org, "org-word" // "Teachers Union of Ohio"
		}
		if toks[k+1].Text == "of" && toks[k+2].Text != "the" && (rules.OrgHeads[toks[k].Text] || rules.OrgTails[toks[k].Text]) && !GivenName(d.Doc, firstTok) {
			return doc.Org, "org-word" // "Harare Chamber of Commerce", "Labor Party of Ohio"
		}
	}
	if len(toks) >= 2 && !personLike && title == "" && d.pluralWord(lastTok) && !IsAcronym(firstTok) && lastTok != strings.ToUpper(lastTok) {
		// "Corvid Analytics", "Harbor Dynamics": a name ending in a
		// plural common noun is a firm's, not a person's.
		return doc.Org, "org-plural"
	}
	for _, t := range toks {
		if rules.NonNames[t.Text] && len(toks) <= 2 && !personLike {
			return "", ""
		}
	}
	switch {
	case len(toks) == 1 && len(rules.OrgKinds[firstTok]) > 0:
		return "", "" // "the PAC": a description, not a name
	case rules.OrgTails[lastTok]:
		if len(toks) == 1 && i == d.Sentences[d.SentenceOf(i)].First && end < len(d.Tokens) && d.Tokens[end].Word && !d.Tokens[end].Cap {
			// "Oil heiress Camille Beaudry", "Shipping tycoon …": a
			// capitalised kind of business opening a sentence.
			return "", ""
		}
		return doc.Org, "org-word"
	case len(toks) == 1 && IsAcronym(firstTok):
		// "Big Beautiful Bill (BBB)": an acronym spelling out the words
		// before it names what they name, not an organization; nor does a
		// role written in capitals ("the MP", "the CEO").
		if d.abbreviatesPrevious(i) || rules.RoleWord(strings.ToLower(strings.TrimSuffix(firstTok, "s"))) {
			return "", ""
		}
		if d.orgContext(i, end, title) {
			return doc.Org, "org-context"
		}
		if w := d.Tokens[max(i-1, 0)].Lower; i > 0 && (w == "told" || w == "tells" || w == "telling") {
			return doc.Org, "source" // "told MNN on Friday": the outlet a speaker told
		}
		return doc.Org, "acronym"
	}
	if title == "" && d.orgContext(i, end, title) && !d.adjectiveOpening(i, end) && !(len(toks) == 1 && rules.IsDemonym(firstTok)) && !d.openingParticiple(i, end) {
		// (a people's name is no team: "the Argentine coach of Vila Nova")
		return doc.Org, "org-context"
	}
	if (title != "" || d.roleNounBefore(i)) && !(len(toks) == 1 && d.modifiesRole(end)) {
		return doc.Person, "titled-name"
	}
	if personLike && !rules.NonNames[lastTok] {
		return doc.Person, "first-name"
	}
	if n >= 2 && n <= 3 && d.roleAppositiveAfter(end) {
		return doc.Person, "described-name"
	}
	if n >= 2 && n <= 3 && d.speechVerbAfter(end) && !(i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "the") && d.pluralLike(lastTok)) {
		// (but "The Riverside Kestrels said": a plural after "the" is
		// a team's or a group's name, typed below)
		if sayingForms[d.Tokens[end].Text] && d.saysIt(end, true) && !personLike {
			// "Ironroot Interactive says it owns …": a body speaking of
			// itself.
			return doc.Org, "org-says-it"
		}
		return doc.Person, "speaker-name"
	}
	if len(toks) == 1 && end < len(d.Tokens) && d.nameLike(i, end) {
		// "Fortune reported": a news outlet; "Adeyemi said": a person.
		if rules.SourceVerbs[d.Tokens[end].Text] {
			return doc.Org, "source"
		}
		if rules.SpeakerVerbs[d.Tokens[end].Text] && !d.Quoted[i] && !d.commonPlural(i) && !(i > 0 && strings.EqualFold(d.Tokens[i-1].Text, "the") && d.pluralLike(firstTok)) {
			// (not "The Falcons said": a plural after "the" is a team's
			// or a group's name, typed below)
			if sayingForms[d.Tokens[end].Text] && d.saysIt(end, false) && !strings.Contains(d.Text[:d.Tokens[i].Start], firstTok) {
				// "Vistaplay said on Monday that it would …": a word no
				// name before has held speaks of itself as "it" (not
				// "Adeyemi said it was a mistake" after "Ngozi Adeyemi")
				return doc.Org, "org-says-it"
			}
			return doc.Person, "speaker-name"
		}
	}
	the := i > 0 && (d.Tokens[i-1].Text == "the" || d.Tokens[i-1].Text == "The") ||
		n >= 3 && foreignArticles[strings.ToLower(firstTok)] // "Le Quotidien Libre", "El Diario Austral"
	if the && n >= 3 && foreignArticles[strings.ToLower(firstTok)] && !personLike && title == "" {
		return doc.Org, "org-the"
	}
	if n >= 2 && n <= 3 && d.nameLike(i, end) && d.pronounAfter(end) == "person" && !(the && !GivenName(d.Doc, firstTok)) && !d.personEarlierIn(i) {
		return doc.Person, "pronoun-after"
	}
	// An unknown first name before a surname the article reuses ("Harlan
	// Voss … Voss said") — unless the surname is a known person's, when
	// the word before it is more likely not a name at all ("… From Space
	// Musk also said").
	if n >= 2 && n <= 3 && d.usedAlone(lastTok, i) && !d.KB.HasSurname(lastTok) {
		return doc.Person, "surname-reused"
	}
	if d.AfterAccordingTo(i) {
		return doc.Org, "source"
	}
	if len(toks) == 1 && i > 0 && (d.Tokens[i-1].Text == "the" || d.Tokens[i-1].Text == "The") && d.pluralLike(firstTok) && title == "" &&
		!GivenName(d.Doc, firstTok) && !d.familyName(firstTok, i) &&
		!eventPlurals[strings.ToLower(firstTok)] && !rules.NonNames[firstTok] && !demonymPlural(firstTok) {
		// "The Mariners signed …", "signed with the Mariners": a
		// capitalised plural after "the" names a team or group (not "the
		// Smiths" after Ada Smith, nor "the Obamas").
		return doc.Org, "org-the"
	}
	if i > 1 && doc.Possessive(d.Tokens[i-1].Text) && d.Tokens[i-2].Cap && d.pluralLike(lastTok) && title == "" && !GivenName(d.Doc, firstTok) &&
		!d.familyName(lastTok, i) && !eventPlurals[strings.ToLower(lastTok)] && !rules.NonNames[lastTok] && !demonymPlural(lastTok) &&
		!syntax.Default().CommonWord(strings.ToLower(firstTok)) {
		// "Philippa Nwachukwu's Tidewater Gulls won …": a capitalised
		// plural someone named has, opened by no common word, is their
		// team or firm, no person (not "Dmitri's Governmental Subsidies
		// and Contracts", common words capitalised in a post).
		return doc.Org, "org-possessed"
	}
	if len(toks) == 1 {
		return doc.Pending, "single"
	}
	if n >= 2 && i > 0 && (d.Tokens[i-1].Text == "the" || d.Tokens[i-1].Text == "The") && d.pluralLike(lastTok) && !GivenName(d.Doc, firstTok) && !d.orgWordBefore(i, end-1) && !eventPlurals[strings.ToLower(lastTok)] {
		// "head coach of the Sierra Norte Rockets": a name after "the"
		// that ends in a plural is a team's or a group's, no person's.
		return doc.Org, "org-the"
	}
	if n >= 2 && n <= 3 && the && !GivenName(d.Doc, firstTok) && d.nameLike(i, end) && !d.commonWords(toks) && !d.headlineLike(d.SentenceOfByte(toks[0].Start)) && !slices.ContainsFunc(toks, func(t doc.Token) bool { return GivenName(d.Doc, t.Text) || strings.Contains(t.Text, "-born") }) {
		// "editor of the Harbourside Clarion": English sets no article
		// before a person's name; a name after one is a thing's.
		return doc.Org, "org-the"
	}
	if n == 2 && !GivenName(d.Doc, firstTok) && d.pluralOfCommonNoun(lastTok) && !rules.PersonNoun(strings.ToLower(firstTok)) && !syntax.Default().CommonWord(strings.ToLower(firstTok)) {
		// "Meridian Terminals", "Stillwater Cellars": a name ending in
		// the plural of a common noun, after a word that is neither a
		// given name nor an English word ("Governmental Subsidies", a
		// fragment of a committee's name), is a firm's (surnames of that
		// shape, "Banks", "Fields", are left out by the knowledge base's
		// and the rules' lists).
		return doc.Org, "org-plural"
	}
	if title == "" && !GivenName(d.Doc, firstTok) && d.orgDescriptionBefore(i) {
		// "the combined company, Brightway Stride", "the state teachers
		// union, the Ohio Teachers Guild": a name set beside a definite
		// description of a kind of organization names one.
		return doc.Org, "described-org"
	}
	if n >= 2 && n <= 3 && title == "" && i > 1 && inPlaceWords[d.Tokens[i-1].Lower] && !d.findsPersonIn(i-2) && !GivenName(d.Doc, firstTok) && !(end < len(d.Tokens) && doc.Possessive(d.Tokens[end].Text)) {
		// "offices in Palo Alto", "campaigned in Cedar Bluff": a name
		// that opens with no given name, after a preposition that puts a
		// place after it, is a place's (but "in Ana Ruiz's office" and
		// "in Tovar Halden's favour" are people's, and so is one found
		// in someone: "an ally in Hana Kobayashi", "confidence in Lena
		// Brightwater").
		return doc.Place, "place-after"
	}
	if n >= 2 && n <= 3 && d.nameLike(i, end) && !d.headlineLike(d.SentenceOfByte(toks[0].Start)) && !d.commonWords(toks) {
		// Two or three capitalised words that are none of a function
		// word, a place, a title or an organization word: in news
		// prose, a person's name ("Ngozi Adeyemi praised …").
		return doc.Person, "name-shape"
	}
	if len(toks) <= 3 && (rules.IsTitle(lastTok) || officeTitles[strings.ToLower(lastTok)]) && !GivenName(d.Doc, firstTok) {
		// "The Foreign Minister, Ana Duarte, …": a title with its field
		// names no one, though a name is set beside it.
		return "", ""
	}
	if len(toks) <= 3 {
		return doc.Candidate, "coordinated-name"
	}
	return "", ""
}

// orgDescriptionBefore reports whether the name at token i is set off
// by a comma (and perhaps "the") right after a definite description of a
// kind of organization: "the combined company, …", "its parent firm, …".
func (d *stage) orgDescriptionBefore(i int) bool {
	c := i - 1
	if c > 0 && strings.EqualFold(d.Tokens[c].Text, "the") {
		c--
	}
	if c < 2 || d.Tokens[c].Text != "," {
		return false
	}
	noun := d.Tokens[c-1]
	if noun.Cap || !noun.Word || len(rules.OrgKinds[noun.Text]) == 0 {
		return false
	}
	for k := c - 2; k >= 0 && k >= c-5; k-- {
		t := d.Tokens[k]
		switch strings.ToLower(t.Text) {
		case "the", "its", "his", "her", "their", "'s", "’s":
			return true
		}
		if !t.Word || t.Cap && k < c-2 {
			return false
		}
	}
	return false
}

// officeTitles end the title of an office with its field ("Foreign
// Minister", "Culture Secretary").
var officeTitles = rules.WordClass("officeTitles")

// promoteCandidates types candidate names listed beside a person (joined
// by "and", "or" or a comma, titles allowed) as people and drops the rest.
func (d *stage) promoteCandidates() {
	out := d.Mentions[:0]
	for mi, m := range d.Mentions {
		switch {
		case m.Type == doc.Candidate && d.listedWithPerson(mi):
			m.Type = doc.Person
		case (m.Type == doc.Candidate || m.Type == doc.Pending) && d.listedWith(mi, doc.Org):
			// "OpenAI, Oracle, and Softbank": listed with organizations.
			m.Type, m.Rule = doc.Org, "listed-org"
		case m.Type == doc.Candidate && d.moneyRecipient(m.First):
			// "gave $2 million to Common Ground Majority": what money
			// goes to, named by no person's name, is a body.
			m.Type, m.Rule = doc.Org, "recipient"
		case m.Type == doc.Candidate && d.itsLater(mi):
			// "Common Ground Majority has hired Nico Ferrante … as its
			// executive director": a name of common words opening its
			// sentence, which "its" takes up, is a body's.
			m.Type, m.Rule = doc.Org, "org-its"
		case m.Type == doc.Candidate && d.describedAsOrg(mi):
			// "… investigating Lighthouse Senior Living … the nursing
			// home operator": described after as a kind of organization,
			// with no other one named between.
			m.Type, m.Rule = doc.Org, "described-org"
		case m.Type == doc.Candidate:
			continue
		}
		out = append(out, m)
	}
	d.Mentions = out
}

// agentPlurals act for someone named after "for" ("lawyers for …").
var agentPlurals = rules.WordClass("agentPlurals")

// itsLater reports whether candidate mention mi opens its sentence and
// "its" follows in the sentence with no other name before it.
func (d *stage) itsLater(mi int) bool {
	m := d.Mentions[mi]
	s := d.Sentences[m.Sent]
	if m.First != s.First {
		return false
	}
	for k := m.Last; k < s.Last; k++ {
		if d.passiveBefore(k) {
			return false // "Owen Blake was named its chief executive": its is another's
		}
		if d.Tokens[k].Text == "its" {
			for _, o := range d.Mentions[mi+1:] {
				if o.Sent == m.Sent && o.First < k && o.Type == doc.Org {
					return false
				}
			}
			return true
		}
	}
	return false
}

// describedAsOrg reports whether candidate mention mi is followed, in its
// sentence or the next two, by a definite description of an organization
// ("the nursing home operator", "the company") before any other
// organization or candidate name.
func (d *stage) describedAsOrg(mi int) bool {
	m := d.Mentions[mi]
	if d.Quoted[m.First] {
		return false // ("“Happy Birthday — …,” according to the newspaper")
	}
	limit := d.Sentences[min(m.Sent+2, len(d.Sentences)-1)].Last
	next := mi + 1
	for k := m.Last; k < limit; k++ {
		for next < len(d.Mentions) && d.Mentions[next].Last <= k {
			next++
		}
		if next < len(d.Mentions) && d.Mentions[next].First <= k {
			if t := d.Mentions[next].Type; t == doc.Org || t == doc.Candidate {
				return false
			}
		}
		if !strings.EqualFold(d.Tokens[k].Text, "the") {
			continue
		}
		for j := k + 1; j < limit && j <= k+4; j++ {
			t := d.Tokens[j]
			if !t.Word || t.Cap {
				break
			}
			if len(rules.OrgKinds[t.Text]) > 0 && (j+1 >= limit || len(rules.OrgKinds[d.Tokens[j+1].Text]) == 0) {
				return true
			}
		}
	}
	return false
}

// moneyRecipient reports whether the name at token i is what a sum of
// money goes to: right after "to", with the sum (a currency sign) or a
// gift noun among the six words before it ("gave $2 million to", "a
// $5,000 donation to").
func (d *stage) moneyRecipient(i int) bool {
	if i < 2 || d.Tokens[i-1].Text != "to" {
		return false
	}
	si := d.SentenceOf(i)
	for k := i - 2; k >= i-7 && k >= d.Sentences[si].First; k-- {
		w := d.Tokens[k].Text
		if strings.ContainsAny(w, "$€£¥") || giftNouns[strings.ToLower(w)] {
			return true
		}
		if !d.Tokens[k].Word && w != "," && w != "." {
			return false
		}
	}
	return false
}

// giftNouns are gifts of money ("a donation to").
var giftNouns = rules.WordClass("giftNouns")

// listedWith reports whether mention mi is joined by a list word (",",
// "and", "or") to a neighbouring mention of type typ in its sentence.
func (d *stage) listedWith(mi int, typ doc.MentionType) bool {
	m := d.Mentions[mi]
	ok := func(o doc.Mention) bool { return o.Type == typ && !o.Pronoun && o.Sent == m.Sent }
	joins := func(from, to int) bool {
		if to-from < 1 || to-from > 2 {
			return false
		}
		for k := from; k < to; k++ {
			if t := d.Tokens[k].Text; t != "and" && t != "or" && t != "," {
				return false
			}
		}
		return true
	}
	return mi+1 < len(d.Mentions) && ok(d.Mentions[mi+1]) && joins(m.Last, d.Mentions[mi+1].TitleFirst) ||
		mi > 0 && ok(d.Mentions[mi-1]) && joins(d.Mentions[mi-1].Last, m.TitleFirst)
}

// listedWithPerson reports whether mention mi is joined by a list word to
// a neighbouring person mention of its sentence.
func (d *stage) listedWithPerson(mi int) bool {
	m := d.Mentions[mi]
	isPerson := func(o doc.Mention) bool { return o.Type == doc.Person && !o.Pronoun && o.Sent == m.Sent }
	joins := func(from, to int) bool {
		if to-from < 1 || to-from > 4 {
			return false
		}
		joined := false
		for k := from; k < to; k++ {
			t := d.Tokens[k].Text
			switch {
			case t == "and" || t == "or" || t == ",":
				joined = true
			case rules.IsTitleWord(t) || rules.RoleNouns[t]:
			default:
				return false
			}
		}
		return joined
	}
	if mi+1 < len(d.Mentions) && isPerson(d.Mentions[mi+1]) && joins(m.Last, d.Mentions[mi+1].TitleFirst) {
		return true
	}
	return mi > 0 && isPerson(d.Mentions[mi-1]) && joins(d.Mentions[mi-1].Last, m.TitleFirst)
}

// roleAppositiveAfter reports whether a description of a person follows
// token end: ", the Conservative leader,", ", a former senator,".
func (d *stage) roleAppositiveAfter(end int) bool {
	if end+2 >= len(d.Tokens) || d.Tokens[end].Text != "," {
		return false
	}
	switch d.Tokens[end+1].Lower {
	case "the", "a", "an", "his", "her", "their":
	default:
		return false
	}
	for k := end + 2; k < len(d.Tokens) && k <= end+7; k++ {
		t := d.Tokens[k].Text
		if t == "," || t == "." {
			return false
		}
		if rules.PersonNoun(strings.ToLower(t)) {
			// (not "Keep Ohio Strong, the governor's super PAC": a
			// person noun that owns the head; but "an organizer with
			// the union" describes a person)
			return !(k+1 < len(d.Tokens) && doc.Possessive(d.Tokens[k+1].Text) && d.orgHeadBefore(k+2, end+8))
		}
	}
	return false
}

// orgHeadBefore reports whether the phrase from token k to the next comma
// or period (before token limit), with no preposition, ends in a kind of
// organization: "the governor's super PAC" is a PAC.
func (d *stage) orgHeadBefore(k, limit int) bool {
	for ; k < len(d.Tokens) && k < limit; k++ {
		if rules.Prepositions[d.Tokens[k].Text] {
			return false
		}
		if t := d.Tokens[k].Text; t == "," || t == "." {
			w := d.Tokens[k-1].Text
			return len(rules.OrgKinds[w]) > 0 || len(rules.OrgKinds[strings.ToLower(w)]) > 0
		}
	}
	return false
}

// usedAlone reports whether the article uses word w on its own (not as
// part of a longer capitalised name) somewhere other than at token i: a
// surname the article goes on to use ("Harlan Voss … Voss said").
func (d *stage) usedAlone(w string, i int) bool {
	if rules.FunctionWords[w] || rules.NonNames[w] || rules.OrgTails[w] || rules.PlaceNames[w] {
		return false
	}
	if d.wordAt == nil {
		// Where each word stands alone, built once: looking a name up
		// must not scan the whole article (a long one has many names).
		d.wordAt = map[string][]int{}
		for k, t := range d.Tokens {
			if !t.Cap {
				continue
			}
			prevCap := k > 0 && d.Tokens[k-1].Cap && d.Tokens[k-1].Word && d.SentenceOf(k-1) == d.SentenceOf(k)
			nextCap := k+1 < len(d.Tokens) && d.Tokens[k+1].Cap && d.Tokens[k+1].Word
			if !prevCap && !nextCap {
				d.wordAt[t.Text] = append(d.wordAt[t.Text], k)
			}
		}
	}
	for _, k := range d.wordAt[w] {
		if k < i || k > i+3 {
			return true
		}
	}
	return false
}

// abbreviatesPrevious reports whether the acronym at token i stands in
// parentheses after words whose initials it spells and which are not a
// known name: "the “Big Beautiful Bill” (BBB)".
func (d *stage) abbreviatesPrevious(i int) bool {
	if i < 2 || d.Tokens[i-1].Text != "(" {
		return false
	}
	acr := d.Tokens[i].Text
	j := i - 2
	for j >= 0 && !d.Tokens[j].Word {
		j-- // closing quotation marks
	}
	var initials []byte
	for k := j; k >= 0 && j-k < len(acr) && d.Tokens[k].Word && d.Tokens[k].Cap; k-- {
		initials = append([]byte{d.Tokens[k].Text[0]}, initials...)
	}
	if string(initials) != acr {
		return false
	}
	for _, m := range d.Mentions {
		if m.Last == j+1 {
			return false // the words are a known name: the acronym is its alias
		}
	}
	return true
}

// IsAcronym reports whether s is two to six capital letters.
func IsAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// clauseGoesOn reports whether token k, right after a participle and the
// name it governs, carries the participle's clause on: a comma or a
// preposition ("Thanking Tesfaye for …", "Praising Tesfaye, Moretti …",
// "Ousted as chief …"), not a verb whose subject the name is.
func (d *stage) clauseGoesOn(k int) bool {
	if k >= len(d.Tokens) || d.SentenceOf(k) != d.SentenceOf(k-1) {
		return false
	}
	w := d.Tokens[k].Lower
	return w == "," || rules.Prepositions[w]
}

// participleOfVerb reports whether lower-case w is a participle ("-ing"
// or "-ed") of a verb the treebank uses or an event frame is triggered by
// ("thanking", "praising", "ousted").
func participleOfVerb(w string) bool {
	m := syntax.Default()
	var stem string
	switch {
	case strings.HasSuffix(w, "ing"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "ed"):
		stem = w[:len(w)-2]
	default:
		return false
	}
	if m.SeenAsVerb(w) {
		return true
	}
	// (the treebank may know only the verb's other forms: "praising" of
	// "praise", "ousted" of "oust", "slammed" of "slam")
	cands := []string{stem, stem + "e"}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	for _, c := range cands {
		if m.SeenAsVerb(c) || m.SeenAsVerb(c+"s") || frame.Default().HasVerb(c) {
			return true
		}
	}
	return false
}

// pluralAcronym reports whether s is an acronym in the plural ("MPs",
// "CEOs", "NGOs"): a kind of person or body, not a name.
func pluralAcronym(s string) bool {
	b, ok := strings.CutSuffix(s, "s")
	return ok && IsAcronym(b)
}

// romanNumeral reports whether s is a Roman numeral of a name's
// generation ("II", "III", "IV").
func romanNumeral(s string) bool {
	return strings.Trim(s, "IVX") == ""
}

// roleOpensRun reports whether the capitalised word i, opening a run of
// names, describes the person named after it: a role word ("Comedian Dana
// Whitcomb") or, at the start of a sentence or after a dash or quotation mark, a noun for a kind of person
// that is no given name ("Hotelier Keanu Alapai", but "Hunter Ellison").
func (d *stage) roleOpensRun(i int) bool {
	w := d.Tokens[i].Lower
	if rules.FunctionWords[d.Tokens[i].Text] || rules.FunctionWords[w] {
		return false // "A Helix Forge spokesperson"
	}
	if rules.RoleNouns[w] {
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) && (rules.PersonNoun(w[k+1:]) || w[k+1:] == "born" || w[k+1:] == "based") && !GivenName(d.Doc, d.Tokens[i].Text) {
		return true // "Mega-donor Lorraine Abernathy-Cole", "Japanese-born Yuna Takahashi"
	}
	if sing := strings.TrimSuffix(w, "s"); sing != w && rules.PersonNoun(sing) && i+1 < len(d.Tokens) && d.Tokens[i+1].Cap && d.coordinatedAfter(i) {
		return true // "Developers Nkiru Obi and Pavel Sokol"
	}
	opens := i == 0 || d.SentenceOf(i-1) != d.SentenceOf(i) || !d.Tokens[i-1].Word && d.Tokens[i-1].Text != "’s" && d.Tokens[i-1].Text != "'s"
	if !opens || GivenName(d.Doc, d.Tokens[i].Text) {
		return false
	}
	// An ordinary noun capitalised only because it opens the sentence,
	// before a given name: "Neighbors Farida Begum and …".
	if rules.PersonNouns[w] || syntax.Default().CommonNoun(w) && i+1 < len(d.Tokens) && GivenName(d.Doc, d.Tokens[i+1].Text) {
		return true
	}
	// "Engineer Piet Oduya toured …" with a given name the lists lack:
	// a common noun opening the sentence, then two capitalised words that
	// are no common nouns, and the run ends there.
	return i == d.Sentences[d.SentenceOf(i)].First && (syntax.Default().CommonNoun(w) || rules.PersonVerbNouns[w]) && i+3 < len(d.Tokens) &&
		d.nameLike(i+1, i+3) && !d.Tokens[i+3].Cap && !syntax.Default().CommonNoun(d.Tokens[i+1].Text) && !syntax.Default().CommonNoun(d.Tokens[i+2].Text)
}

// coordinatedAfter reports whether a run of capitalised words starting
// at token i is followed, in its sentence, by "and" or a comma and
// another one.
func (d *stage) coordinatedAfter(i int) bool {
	si := d.SentenceOf(i)
	k := i
	for k < len(d.Tokens) && d.Tokens[k].Cap && d.SentenceOf(k) == si {
		k++
	}
	return k+1 < len(d.Tokens) && (d.Tokens[k].Text == "and" || d.Tokens[k].Text == ",") && d.Tokens[k+1].Cap && d.SentenceOf(k+1) == si
}

// roleNounBefore reports whether a lower-case role word ("comedian",
// "mogul") stands right before token i.
func (d *stage) roleNounBefore(i int) bool {
	return i > 0 && rules.PersonNoun(d.Tokens[i-1].Text)
}

// saysIt reports whether the speech verb at token end reports words
// whose subject is "it", right after it or after "that" and a time
// ("says it owns", "said on Monday that it would"): one speaking of
// itself as "it" is an organization. Unless near holds (a name of several
// words, "it" right after the verb or "that"), "it" must do something
// (itActs): "Okafor said it was a mistake" is a person's.
func (d *stage) saysIt(end int, near bool) bool {
	si := d.SentenceOf(end)
	for k := end + 1; k < len(d.Tokens) && k <= end+6 && d.SentenceOf(k) == si; k++ {
		switch w := d.Tokens[k].Lower; {
		case w == "it":
			// (a name of several words that "says it" or "says that it"
			// is taken at its word; one word, or "it" after a time, only
			// if "it" does something)
			return near && d.Tokens[k].Text == "it" && (k == end+1 || k == end+2 && d.Tokens[end+1].Lower == "that") || d.itActs(k)
		case w == "that" || w == "on" || w == "in" || w == "late" || w == "early" || w == "last" || w == "this" || timeOfDay[w] || isWeekday(d.Tokens[k].Text):
		default:
			return false
		}
	}
	return false
}

// itActs reports whether "it" at token k is the subject of a doing: a
// modal and a verb that does something ("it would sue", "it will
// appeal"), a perfect or a progressive of one ("it had fired", "it is
// suing"), or a past or present tense ("it fired", "it owns"); not an
// empty "it" ("it was a mistake", "it would be wrong", "it is time", "it
// seemed", "it would take time", "it hurt").
func (d *stage) itActs(k int) bool {
	si := d.SentenceOf(k)
	w := func(j int) string {
		if j >= d.Sentences[si].Last || !d.Tokens[j].Word {
			return ""
		}
		return d.Tokens[j].Lower
	}
	n, m := w(k+1), w(k+2)
	switch n {
	case "would", "will", "could", "might", "may", "can", "plans", "intends", "wants", "wanted", "planned", "intended":
		if m == "not" || m == "also" || m == "soon" {
			m = w(k + 3)
		}
		return m != "" && !emptyItVerbs[m] && !auxiliaries[m]
	}
	if doingAfterIt(n, m, w(k+3)) {
		return true
	}
	if n == "" || auxiliaries[n] || emptyItVerbs[n] || n == "is" || n == "was" || n == "has" {
		return false
	}
	// "it fired", "says it owns"
	return syntax.Default().PastTense(n) || len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !emptyItVerbs[strings.TrimSuffix(n, "s")]
}

// emptyItVerbs leave "it" empty: "it would be wrong", "it seemed", "it
// would take time", "it hurt to lose" (rules: emptyItVerbs).
var emptyItVerbs = rules.WordClass("emptyItVerbs")

// timeOfDay are the parts of a day after a weekday ("on Monday night").
var timeOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// speechVerbAfter reports whether a speech verb follows token end.
func (d *stage) speechVerbAfter(end int) bool {
	if end >= len(d.Tokens) || !rules.SpeechVerbs[d.Tokens[end].Text] {
		return false
	}
	// A verb that speaks only sometimes ("fired back", "shot back"),
	// with a name as its object, does something else: "Kingsway Rovers
	// fired Graham Tullett".
	if n := end + 1; n < len(d.Tokens) && d.Tokens[n].Cap && d.Tokens[n].Word && !addressVerbs[d.Tokens[end].Text] && d.SentenceOf(n) == d.SentenceOf(end) {
		return false
	}
	// (and one of those with any object: "The Ridgeport Hawks fired their
	// coach"; they speak before "back", "off" or the words themselves)
	if n := end + 1; sometimesSpeech[d.Tokens[end].Text] && n < len(d.Tokens) && d.Tokens[n].Word && d.Tokens[n].Text != "back" && d.Tokens[n].Text != "off" {
		return false
	}
	return true
}

// sometimesSpeech are speech verbs that speak only with a particle or
// the words right after them ("fired back", "shot off a letter").
var sometimesSpeech = rules.WordClass("sometimesSpeech")

// sayingForms report a claim in a clause after them ("says it owns …"),
// unlike speech verbs that take an object ("called it quits") (rules: sayingForms).
var sayingForms = rules.WordClass("sayingForms")

// addressVerbs speak to the one named after them: "told Reuters",
// "asked Okafor".
var addressVerbs = rules.WordClass("addressVerbs")

// causeTails end the part of a group's name before "for" and its cause
// ("Popular Front for Renewal", "Alliance for Clean Water").
var causeTails = rules.WordClass("causeTails")

// campaignVerbs, capitalised after "to", name the aim a group is named
// for ("Committee to Elect …").
var campaignVerbs = rules.WordClass("campaignVerbs")

// nameOpeners are capitalised words of time or age that may open an
// organization's name ("The Evening Ledger") though they open no
// person's.
var nameOpeners = rules.WordClass("nameOpeners")

// findOrgRoleMentions adds people named by an organization and a role:
// "the Tesla CEO", "Google's CEO", "the Amazon founder".
func (d *stage) findOrgRoleMentions() {
	n := len(d.Mentions)
	for mi := 0; mi < n; mi++ {
		m := d.Mentions[mi]
		if m.Type != doc.Org || m.Rule != "kb" {
			continue
		}
		j := m.Last
		if j < len(d.Tokens) && (d.Tokens[j].Text == "’s" || d.Tokens[j].Text == "'s") {
			j++
		}
		for words := 2; words >= 1; words-- {
			if j+words > len(d.Tokens) || d.SentenceOf(j+words-1) != m.Sent {
				continue
			}
			phrase := d.Text[d.Tokens[j].Start:d.Tokens[j+words-1].End]
			role, ok := orgRoles[phrase]
			if !ok {
				continue
			}
			// A name right after ("Apple CEO Tim Cook") is the mention.
			if j+words < len(d.Tokens) && d.Tokens[j+words].Cap && d.Tokens[j+words].Word {
				break
			}
			org := d.KB.ByName(d.orgName(mi))
			if org == nil {
				break
			}
			if e := d.KB.Holder(role, org.Name, d.Published); e != nil {
				start := m.First
				if m.First > 0 && strings.EqualFold(d.Tokens[m.First-1].Text, "the") {
					start = m.First - 1
				}
				d.AddMention(m.Sent, start, j+words, doc.Person, "org-role", e, "")
			}
			break
		}
	}
}

// orgName returns the knowledge-base name of org mention mi's entry.
func (d *stage) orgName(mi int) string {
	m := d.Mentions[mi]
	es := d.KB.Match(d.Text[m.Start:m.End])
	if len(es) == 0 {
		return ""
	}
	return es[0].Name
}

// creditBefore reports whether the name at token i follows the mark of a
// photo credit or a byline: "Photo/Alex Brandon", "Photo by …", "By Ada
// Quill and Tomas Reyes, The Courier".
func (d *stage) creditBefore(i int) bool {
	k := i - 1
	si := d.SentenceOf(i)
	for k > 0 && i-k < 12 && d.SentenceOf(k) == si && (d.Tokens[k].Text == "and" || d.Tokens[k].Text == "," || d.Tokens[k].Text == "&") {
		// "Reporting by Nadia Perl and Elias Brandt": the names the
		// credit lists after the first
		j := k - 1
		for j >= 0 && d.Tokens[j].Cap && d.Tokens[j].Word && !rules.CreditWords[d.Tokens[j].Text] {
			j--
		}
		if j == k-1 || j < 0 {
			break
		}
		k = j
	}
	if s := d.Sentences[si]; k >= 1 && strings.EqualFold(d.Tokens[k].Text, "from") && strings.EqualFold(d.Tokens[k-1].Text, "assistance") && s.Last-s.First <= 16 && d.creditOpening(s.First, k-1) {
		return true // "--With assistance from Devorah Kinsella." (a credit line, not "sought assistance from …")
	}
	mark := k >= 0 && (d.Tokens[k].Text == "/" || d.Tokens[k].Text == ":" || d.Tokens[k].Text == "by")
	if mark {
		k--
	}
	// (a kind of person right before the name, with no mark between, is
	// its title: "Photographer Yaw Asamoah sued …")
	if k >= 0 && rules.CreditWords[d.Tokens[k].Text] && d.Tokens[k].Text != "By" && (mark || !rules.PersonNoun(d.Tokens[k].Lower)) {
		return true
	}
	// Names joined by a slash ("Joe Raedle/Getty Images"), or in a line
	// that opens as a credit ("Photo by A via Getty Images").
	if i > 0 && d.Tokens[i-1].Text == "/" && d.Tokens[i-1].Start == d.Tokens[i].Start-1 {
		return true
	}
	if f := d.Sentences[d.SentenceOf(i)].First; f < i && i-f <= 12 {
		if t := d.Tokens[f].Text; t != "By" && rules.CreditWords[t] && f+1 < len(d.Tokens) && (d.Tokens[f+1].Text == "by" || d.Tokens[f+1].Text == ":") {
			return true // a credit line opening "Photo by" or "Credit:"
		}
	}
	// A byline: a sentence opening "By" whose words are all capitalised
	// (names, "and", an outlet).
	s := d.Sentences[d.SentenceOf(i)]
	if d.Tokens[s.First].Text != "By" || s.Last-s.First > 20 {
		return false
	}
	for _, t := range d.Tokens[s.First+1 : s.Last] {
		if t.Word && !t.Cap && t.Text != "and" && t.Text != "of" && t.Text != "the" {
			return false
		}
	}
	return true
}

// creditOpening reports whether tokens [first, k) open a credit line:
// punctuation, then "With", then at most "additional" or "reporting".
func (d *stage) creditOpening(first, k int) bool {
	j := first
	for j < k && !d.Tokens[j].Word {
		j++
	}
	if j >= k || !strings.EqualFold(d.Tokens[j].Text, "with") {
		return false
	}
	for j++; j < k; j++ {
		if w := d.Tokens[j].Lower; w != "additional" && w != "reporting" && w != "research" {
			return false
		}
	}
	return true
}

// creditAfter reports whether the names from token k on, joined by
// commas and "and", end in a line crediting their reporting: "Nadia Perl
// contributed reporting", "… and Tom Wu contributed to this report".
func (d *stage) creditAfter(k int) bool {
	si := d.SentenceOf(max(k-1, 0))
	for ; k < len(d.Tokens) && d.SentenceOf(k) == si; k++ {
		t := d.Tokens[k]
		if t.Cap || t.Text == "and" || t.Text == "," || t.Text == "in" && k+1 < len(d.Tokens) && d.Tokens[k+1].Cap {
			continue // ("Ines Moradi in Sacramento contributed …")
		}
		if t.Text != "contributed" || k+1 >= len(d.Tokens) {
			return false
		}
		n := d.Tokens[k+1].Text
		return n == "reporting" || n == "to" && k+3 < len(d.Tokens) && d.Tokens[k+2].Text == "this" && (d.Tokens[k+3].Text == "report" || d.Tokens[k+3].Text == "article" || d.Tokens[k+3].Text == "story")
	}
	return false
}

// innerNameStart returns where a person's name starts inside the run
// [i, end) when the run opens with words that are no given name and ends
// with a given name and a surname ("South Asia Brendan Lynch"), or i.
func (d *stage) innerNameStart(i, end int) int {
	if end-i < 3 || GivenName(d.Doc, d.Tokens[i].Text) || rules.OrgTails[d.Tokens[end-1].Text] || rules.OrgHeads[d.Tokens[i].Text] ||
		i == d.Sentences[d.SentenceOf(i)].First || d.friendsOf(i) {
		// ("Friends of Ann Cole" is a committee's name, whole)
		return i
	}
	for k := i + 1; k <= end-2; k++ {
		if end-k <= 3 && GivenName(d.Doc, d.Tokens[k].Text) && !rules.NonNames[d.Tokens[end-1].Text] {
			return k
		}
	}
	return i
}

// headlineName cuts a headline's run [i, end) to the longest prefix of
// two or more words that the article's body uses ("Peter Navarro Moron" →
// "Peter Navarro"), and drops a run none of whose words the body uses
// ("Apple CEO Faces Backlash"). It returns the new end.
func (d *stage) headlineName(i, end int) int {
	// Title case runs a name into the words after it: a function word
	// ends it ("Villalobos-Hart Resigns After Months"), and so do common
	// words at its end that the body does not use ("… Resigns"); a
	// common word opening it that the body does not use is none of it
	// ("Calls Amara" after "Dmitri Ostrowski").
	for k := i + 1; k < end; k++ {
		if rules.FunctionWords[d.Tokens[k].Text] {
			end = k
			break
		}
	}
	common := func(k int) bool {
		t := d.Tokens[k].Text
		return (syntax.Default().CommonWord(t) || syntax.VerbInS(t)) && !GivenName(d.Doc, t) && !rules.OrgTails[t] && !rules.OrgHeads[t] && !d.inBody(t)
	}
	for end > i+1 && common(end-1) && !d.inBody(d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]) {
		end--
	}
	if end > i+1 && common(i) && !d.inBody(d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]) {
		return i
	}
	if end-i < 2 {
		if d.inBody(d.Tokens[i].Text) {
			return end
		}
		return i
	}
	for e := end; e >= i+2; e-- {
		if d.inBody(d.Text[d.Tokens[i].Start:d.Tokens[e-1].End]) {
			return e
		}
	}
	for k := i; k < end; k++ {
		if d.inBody(d.Tokens[k].Text) {
			return end
		}
	}
	return i
}

// inBody reports whether s occurs in a sentence that is not a headline.
// It is only asked about headlines' names, a few per article.
func (d *stage) inBody(s string) bool {
	for si, sen := range d.Sentences {
		if !d.headlineLike(si) && strings.Contains(d.Text[sen.Start:sen.End], s) {
			return true
		}
	}
	return false
}

// isWebName reports whether a word is a web address used as a name
// ("RadarOnline.com").
func isWebName(w string) bool {
	for _, tld := range webNames {
		if len(w) > len(tld)+1 && strings.HasSuffix(strings.ToLower(w), tld) {
			return true
		}
	}
	return false
}

// orgContext reports whether the words around the run [i, end) say it
// names an organization: a kind of organization before it ("automaker
// Stellantis", "hedge fund Citadel"), a company role after it ("Netflix
// co-CEO", "Citadel’s board"), a person's role and "at" before it
// ("analysts at Morgan Stanley"), "its" later in its clause ("Morgan
// Stanley cut its forecast"), an appositive that describes an
// organization (", the cryptocurrency industry-backed PAC,"), or a
// platform noun after a possessive ("his Telegram channel").
func (d *stage) orgContext(i, end int, title string) bool {
	if title != "" {
		return false
	}
	if w := d.Tokens[i].Text; end-i == 1 && (rules.RoleWord(strings.ToLower(w)) || titleWord(w) || roleRanks[strings.ToLower(w)]) {
		return false // "Chief executive Julian Corr …" opening a sentence: a role, no organization
	}
	if i > 0 && rules.OrgBefore[d.Tokens[i-1].Text] && !d.Tokens[i-1].Cap && !(end-i >= 2 && end-i <= 3 && (rules.NameGender[d.Tokens[i].Text] != "" || d.pronounAfter(end) == "person" && d.subjectPronounAfter(end) && !d.personNamedBefore(i)) && !rules.OrgTails[d.Tokens[end-1].Text]) {
		// (a given name that tells a gender opens a person's name:
		// "banking regulator Amara Okonkwo"; so does "he" or "she"
		// taking the name up: "quarry operator Hendrik Mulder said he
		// …")
		// "its former publisher Anneliese Brandt": a word of time before
		// the kind makes it a person's role.
		if i > 1 && rules.WordClass("timeOfRole")[d.Tokens[i-2].Lower] {
			return false
		}
		return true
	}
	if i > 0 && rules.OrgMadeBy[d.Tokens[i-1].Text] {
		return true // "founded Quillfeather in 2014"
	}
	if d.orgNounBeside(i, end) {
		return true // "the singer's production company, Brightwater Live,"
	}
	j := end
	if j < len(d.Tokens) && (d.Tokens[j].Text == "’s" || d.Tokens[j].Text == "'s") {
		j++
		if d.personalStaffAt(i, end, j) {
			return false
		}
	}
	if j < len(d.Tokens) && rules.OrgAfter[d.Tokens[j].Text] && d.SentenceOf(j) == d.SentenceOf(i) && d.roleOfOrg(i, j) {
		// "Citadel hedge fund CEO": a kind word may come between.
		return true
	}
	if j > end && j < len(d.Tokens) && companyHoldings[d.Tokens[j].Text] && d.SentenceOf(j) == d.SentenceOf(i) && !GivenName(d.Doc, d.Tokens[i].Text) {
		return true // "Skyforge's shares", "Voltaris's revenue" (not "Wylie stores grain")
	}
	if j+1 < len(d.Tokens) && rules.OrgAfter[d.Tokens[j+1].Text] && !d.Tokens[j].Cap && len(rules.OrgKinds[d.Tokens[j].Text]) > 0 && !slices.Contains(rules.OrgKinds[d.Tokens[j].Text], "campaign") {
		// (not a campaign's: "named Sam Ortiz campaign manager", "the
		// Ortiz campaign manager" — a campaign is named for a person)
		return true
	}
	if j+2 < len(d.Tokens) && rules.OrgAfter[d.Tokens[j+2].Text] && !d.Tokens[j].Cap && !d.Tokens[j+1].Cap && len(rules.OrgKinds[d.Tokens[j+1].Text]) > 0 {
		return true
	}
	if i >= 2 && rules.OrgAt[d.Tokens[i-1].Text] {
		w := d.Tokens[i-2].Lower
		if rules.RoleNouns[w] || rules.RoleNouns[strings.TrimSuffix(w, "s")] || rules.OrgAfter[d.Tokens[i-2].Text] {
			return true
		}
		// "vice president of public affairs at Fathom Social": the field
		// a role is of comes between.
		for k := i - 2; k >= 1 && k >= i-5; k-- {
			t := d.Tokens[k]
			if t.Text == "of" {
				if rules.RoleNouns[d.Tokens[k-1].Lower] {
					return true
				}
				break
			}
			if t.Cap || !t.Word {
				break
			}
		}
	}
	// "Felix Arnaud of Corbel Aerospace": a name after a person's and
	// "of" is where they work (unless it is a place: "Arnaud of Lyon").
	if i >= 2 && d.Tokens[i-1].Text == "of" && len(d.Mentions) > 0 {
		if m := d.Mentions[len(d.Mentions)-1]; m.Last == i-1 && m.Type == doc.Person && m.Last-m.First >= 2 && m.Sent == d.SentenceOf(i) {
			return true
		}
	}
	// "the union, Harbor Nurses United,", "his firm, Nightjar Research":
	// a name set beside a description of an organization.
	if i >= 3 && d.Tokens[i-1].Text == "," && !d.Tokens[i-2].Cap && len(rules.OrgKinds[d.Tokens[i-2].Text]) > 0 &&
		end < len(d.Tokens) && d.Tokens[end].Text == "," && !GivenName(d.Doc, d.Tokens[i].Text) {
		// (set off by commas on both sides, and not a person's name: not
		// "After years at the company, Harlan Whitaker is retiring")
		switch d.Tokens[i-3].Lower {
		case "the", "its", "his", "her", "their", "our":
			return true
		}
	}
	// "chief executive of Fenwick Mills", "president of the Bexley Rail
	// board": a post held at it.
	k := i - 1
	if k > 0 && strings.EqualFold(d.Tokens[k].Text, "the") {
		k--
	}
	if k >= 1 && d.Tokens[k].Text == "of" && d.SentenceOf(k) == d.SentenceOf(i) {
		if w := d.Tokens[k-1].Text; !d.Tokens[k-1].Cap && (rules.OrgAfter[w] || rules.PostWords[w]) {
			return true
		}
	}
	if d.stakeIn(i, end) {
		return true
	}
	if d.employs(i, end) || d.joinedAs(i, end) {
		return true
	}
	if end < len(d.Tokens) && rules.PlatformNouns[d.Tokens[end].Text] && i > 0 {
		switch d.Tokens[i-1].Lower {
		case "his", "her", "their", "its", "on", "via":
			return true
		}
	}
	if end < len(d.Tokens) && strings.EqualFold(d.Tokens[end].Text, "its") && (GivenName(d.Doc, d.Tokens[i].Text) || d.roleAfter(end+1)) {
		// "named Catalina Herrera its chief executive": a person, then
		// the role she is given (a role after "its" tells it however
		// rare the given name).
		return d.orgAppositiveAfter(end)
	}
	return d.pronounAfter(end) == "org" || d.orgAppositiveAfter(end)
}

// stakeNouns are parts owned of a company ("a 7 percent stake in
// Helix Forge", "shares of Pelora Fitness"); ownVerbs hold or trade
// them, which "percent of" needs to be a stake ("owns 6 percent of
// Pelora Fitness", not "51 percent of Democrats") (rules: stakeNouns,
// ownVerbs).
var stakeNouns, ownVerbs = rules.WordClass("stakeNouns"), rules.WordClass("ownVerbs")

// stakeIn reports whether the run [i, end), not a person's or a place's
// name, is what a stake is held in: "a 7 percent stake in Helix Forge",
// "his shares of Pelora Fitness", "owns 6 percent of Pelora Fitness".
func (d *stage) stakeIn(i, end int) bool {
	k := i - 1
	if k > 0 && strings.EqualFold(d.Tokens[k].Text, "the") {
		k--
	}
	if end < len(d.Tokens) && (d.Tokens[end].Text == "'s" || d.Tokens[end].Text == "’s") {
		return false // the owner of what the stake is in: "a stake in Okonkwo Adeyemi's bakery"
	}
	if k < 2 || d.Tokens[k].Text != "of" && d.Tokens[k].Text != "in" || GivenName(d.Doc, d.Tokens[i].Text) || rules.IsDemonym(d.Tokens[end-1].Text) || rules.PlaceNames[d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]] {
		return false
	}
	w := d.Tokens[k-1].Lower
	if stakeNouns[w] {
		return true
	}
	if w == "cent" && k >= 3 && d.Tokens[k-2].Lower == "per" {
		w = "percent" // "6 per cent of"
	}
	if w != "percent" && w != "%" || d.Tokens[k].Text != "of" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && d.SentenceOf(j) == d.SentenceOf(i); j-- {
		if ownVerbs[d.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// roleAfter reports whether a role word opens the words at token k,
// after at most two lower-case modifiers ("chief executive", "new
// finance director", "interim president").
func (d *stage) roleAfter(k int) bool {
	si := d.SentenceOf(k)
	for j := k; j < len(d.Tokens) && j <= k+2 && d.SentenceOf(j) == si; j++ {
		t := d.Tokens[j]
		if !t.Word || t.Cap && j > k {
			return false
		}
		if rules.RoleWord(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

// employerVerbs take on or let go of someone as staff.
var employerVerbs = rules.WordClass("employerVerbs")

// employs reports whether the run [i, end), with no given name to make
// it a person's, takes someone on or lets them go "as" a role or "to be"
// it: "Rheinland Chemie hired Lena Hartmann as head of research",
// "Kingsway Rovers fired Graham Tullett as manager", "Hanseong
// Microdevices tapped Hyun-woo Lim, a chip engineer, to be its president".
func (d *stage) employs(i, end int) bool {
	if end >= len(d.Tokens) || !employerVerbs[d.Tokens[end].Text] || GivenName(d.Doc, d.Tokens[i].Text) {
		return false
	}
	si := d.SentenceOf(i)
	for k := end + 1; k < len(d.Tokens) && k <= end+12 && d.SentenceOf(k) == si; k++ {
		switch t := d.Tokens[k].Text; {
		case t == "as" && k <= end+6, t == "to" && k+1 < len(d.Tokens) && postVerbs[d.Tokens[k+1].Text]:
			// "… as head of research", "… to be its next president"
			return k > end+1 && d.Tokens[end+1].Cap
		}
	}
	return false
}

// joinedAs reports whether the run [i, end) is what someone joins "as" a
// role: "will join Rhein-Main Frachtwerke as chief operating officer",
// or comes back to, moves to or works at as one: "will return to
// Cinderleaf as an adviser", "worked at Dunmore as a reporter" (a role
// word must follow "as" there: not "came to Pike as a surprise").
func (d *stage) joinedAs(i, end int) bool {
	if i == 0 || end >= len(d.Tokens) || d.Tokens[end].Text != "as" {
		return false
	}
	if joinForms[d.Tokens[i-1].Text] {
		return true
	}
	if i < 2 || !arrivalForms[d.Tokens[i-2].Text] {
		return false
	}
	if p := d.Tokens[i-1].Text; p != "to" && p != "at" {
		return false
	}
	for k := end + 1; k < len(d.Tokens) && k <= end+4; k++ {
		t := d.Tokens[k]
		if !t.Word || t.Cap {
			return false
		}
		if rules.RoleNouns[t.Text] {
			return true
		}
	}
	return false
}

// joinForms are the forms of "join" before the organization joined;
// arrivalForms the words before "to" or "at" and the organization someone
// comes back to, moves to or works at (rules: wordclasses.txt).
var (
	joinForms    = rules.WordClass("joinForms")
	arrivalForms = rules.WordClass("arrivalForms")
)

// passiveBefore reports whether token k is a form of "be" before a
// participle ("was named", "is appointed"; not "is expanding") or of
// "become" ("will become its chief creative officer").
func (d *stage) passiveBefore(k int) bool {
	switch d.Tokens[k].Lower {
	case "become", "becomes", "became":
		return true // "will become its chief creative officer"
	}
	if !beForms[d.Tokens[k].Lower] || k+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[k+1].Lower
	if n == "been" && k+2 < len(d.Tokens) {
		n = d.Tokens[k+2].Lower
	}
	return strings.HasSuffix(n, "ed") || n == "made" || n == "chosen" || n == "given" || n == "named"
}

// beForms are the forms of "be".
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true}

// postVerbs after "to" say what post someone was taken on for.
var postVerbs = rules.WordClass("postVerbs")

// pronounAfter looks a few words past token end, within the clause, for a
// pronoun that refers back to the name before it: "org" for "its"
// ("Morgan Stanley cut its forecast"), "person" for he, his, she, her.
func (d *stage) pronounAfter(end int) string {
	if end >= len(d.Tokens) {
		return ""
	}
	// "its" right after the verb; a personal pronoun anywhere before the
	// next name or punctuation mark.
	si := d.SentenceOf(end - 1)
	strict := true
	for k := end; k < len(d.Tokens) && k < end+8 && d.SentenceOf(k) == si; k++ {
		t := d.Tokens[k]
		w := strings.ToLower(t.Text)
		switch {
		case w == "its" && strict && k < end+4:
			return "org"
		case d.passiveBefore(k):
			// "Owen Blake was named its chief executive": one said to be
			// made something of "its" is not what "its" stands for (but
			// "Corvex is expanding its fleet" is Corvex's).
			return ""
		case rules.PersonPronouns[w]:
			return "person"
		case !t.Word || t.Cap && !rules.WeekdayOrMonth(t.Text):
			return "" // (past a day: "announced on Monday that he …")
		case w == "the" || w == "a" || w == "an" || rules.Prepositions[w] || w == "and" || w == "that" || w == "who" || w == "as":
			strict = false
		}
	}
	return ""
}

// subjectPronounAfter reports whether the first personal pronoun within
// eight words after token end, in its sentence, is "he" or "she" opening
// a reported clause: a person taken up as the subject of what they say
// ("announced that he …"), not an object ("sued her").
func (d *stage) subjectPronounAfter(end int) bool {
	si := d.SentenceOf(end - 1)
	for k := end; k < len(d.Tokens) && k < end+8 && d.SentenceOf(k) == si; k++ {
		if w := d.Tokens[k].Lower; rules.PersonPronouns[w] {
			// (the first of them, opening the reported clause: "said he",
			// "announced that she"; not "sued her, alleging she …", nor
			// a "she" that may be someone named before)
			if w != "he" && w != "she" || k == 0 {
				return false
			}
			prev := d.Tokens[k-1].Lower
			return prev == "that" || rules.SpeechVerbs[prev]
		}
	}
	return false
}

// personNamedBefore reports whether a person is named by a name (not a
// pronoun or a description) in the two sentences before token i's or
// in its own before i: a pronoun after i may be theirs ("Anna Reyes was a
// paralegal. Law firm Baker Holt said she had been fired").
func (d *stage) personNamedBefore(i int) bool {
	si := d.SentenceOf(i)
	for k := len(d.Mentions) - 1; k >= 0 && d.Mentions[k].Sent >= si-2; k-- {
		if m := d.Mentions[k]; m.Type == doc.Person && !m.Pronoun && m.Rule != "description" && m.Last <= i {
			return true
		}
	}
	return false
}

// personEarlierIn reports whether a person is named before token i in
// its sentence: a pronoun after i may be theirs ("Engel has clashed with
// Arcadia Cable over outages in his district").
func (d *stage) personEarlierIn(i int) bool {
	si := d.SentenceOf(i)
	for k := len(d.Mentions) - 1; k >= 0 && d.Mentions[k].Sent == si; k-- {
		if m := d.Mentions[k]; m.Type == doc.Person && m.Last <= i {
			return true
		}
	}
	return false
}

// orgAppositiveAfter reports whether an appositive that describes an
// organization follows token end: ", a Lagos-based bank,", ", the
// cryptocurrency industry-backed PAC,", ", Dmitri Varga's artificial-
// intelligence startup,", ", her family's holding company,".
func (d *stage) orgAppositiveAfter(end int) bool {
	if end+2 >= len(d.Tokens) || d.Tokens[end].Text != "," {
		return false
	}
	start := end + 2
	switch d.Tokens[end+1].Lower {
	case "the", "a", "an", "his", "her", "its", "their", "our":
	default:
		// A possessor of up to four words: "Dmitri Varga's".
		start = -1
		for k := end + 1; k < len(d.Tokens) && k <= end+5 && d.SentenceOf(k) == d.SentenceOf(end); k++ {
			if t := d.Tokens[k].Text; t == "'s" || t == "’s" {
				if k > end+1 {
					start = k + 1
				}
				break
			}
			if !d.Tokens[k].Word || !d.Tokens[k].Cap {
				break
			}
		}
		if start < 0 {
			return false
		}
	}
	for k := start; k < len(d.Tokens) && k <= start+5; k++ {
		t := d.Tokens[k]
		if doc.Possessive(t.Text) && k > start {
			continue // ", the governor's super PAC,"
		}
		if !t.Word {
			return false
		}
		if k+1 < len(d.Tokens) && rules.Prepositions[d.Tokens[k+1].Text] {
			// "…, a member of parliament,": the noun before the
			// preposition heads the apposition.
			return len(rules.OrgKinds[t.Text]) > 0 && !t.Cap && !rules.RoleNouns[t.Text]
		}
		if k+1 < len(d.Tokens) && (d.Tokens[k+1].Text == "," || d.Tokens[k+1].Text == "." || clauseAfterHead(d.Tokens[k+1])) {
			// (or before a relative or a participle: "…, a super PAC
			// backing Ann Lee", "…, a group that campaigns …"; not a
			// word for a person as well as a body: "…, a former
			// regulator,")
			return len(rules.OrgKinds[t.Text]) > 0 && !t.Cap && !rules.RoleNouns[t.Text] || rules.OrgKinds[t.Text] != nil && t.Text == "PAC"
		}
	}
	return false
}

// quotedExactly reports whether quotation marks enclose exactly the
// tokens [i, end).
func (d *stage) quotedExactly(i, end int) bool {
	q, ok := d.QuoteOpenedAt(i - 1)
	return ok && q.Close == end
}

// clauseAfterHead reports whether token t opens a clause that follows
// the head noun of a description: a relative pronoun or a lower-case
// participle ("a group that campaigns …", "a PAC backing …", "the rocket
// company owned by …").
func clauseAfterHead(t doc.Token) bool {
	switch t.Text {
	case "that", "which", "who", "whose":
		return true
	}
	return t.Word && !t.Cap && (len(t.Text) > 5 && strings.HasSuffix(t.Text, "ing") || orgParticiples[t.Text])
}

// orgParticiples describe an organization after its kind: "the rocket
// company owned by …", "a charity founded in 1998" (not any verb in -ed:
// "…, the ministry announced").
var orgParticiples = rules.WordClass("orgParticiples")

// orgNounBeside reports whether the run [i, end) is set off after a kind
// of organization with a determiner or possessor before it, as its
// apposition: "the singer's production company, Brightwater Live,", "its
// parent firm, Vexor Holdings." (not a person's role: "its chair, Ann
// Lee").
func (d *stage) orgNounBeside(i, end int) bool {
	if i < 3 || d.Tokens[i-1].Text != "," || end < len(d.Tokens) && d.Tokens[end].Word {
		return false
	}
	n := d.Tokens[i-2]
	if n.Cap || !n.Word || len(rules.OrgKinds[n.Text]) == 0 || rules.RoleNouns[n.Text] || rules.PersonNoun(n.Text) || d.SentenceOf(i-2) != d.SentenceOf(i) || GivenName(d.Doc, d.Tokens[i].Text) {
		return false // (nor a person: "a spokesman for the union, Rohan Das,")
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		switch t := d.Tokens[k].Text; strings.ToLower(t) {
		case "the", "its", "his", "her", "their", "our", "'s", "’s":
			// (the noun not one someone speaks "for" or works "at")
			return k == 0 || !rules.Prepositions[d.Tokens[k-1].Lower]
		}
		if !d.Tokens[k].Word {
			return false
		}
	}
	return false
}

// personalStaffAt reports whether the run [i, end), a given name and a
// surname, owns the staff or campaign named at token j after its "'s":
// "Leon Park's campaign manager", "Tom Kessler's chief of staff", "Ana
// Ruiz's spokeswoman" — a person's, not an organization's.
func (d *stage) personalStaffAt(i, end, j int) bool {
	if end-i < 2 || end-i > 3 || !GivenName(d.Doc, d.Tokens[i].Text) || !d.nameLike(i, end) || j >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[j].Lower
	switch {
	case personalStaff[w] || w == "campaign" || w == "re-election" || w == "reelection":
		return true
	case w == "chief" && j+2 < len(d.Tokens) && d.Tokens[j+1].Text == "of" && d.Tokens[j+2].Text == "staff":
		return true
	}
	return false
}

// surnamePlaceTails end places' names but are surnames too ("Park",
// "Hall"); placeBefore put a place after them ("around", "at"); landTails
// end rivers', valleys' and regions' names (rules: landTails).
var (
	surnamePlaceTails = rules.WordClass("surnamePlaceTails")
	placeBefore       = rules.WordClass("placeBefore")
	landTails         = rules.WordClass("landTails")
)

// descriptorAdjectives size up the person or body after them and name
// none ("Prominent", "Longtime", "Embattled").
var descriptorAdjectives = rules.WordClass("descriptorAdjectives")

// officeOnlyTitles are titles of offices that are no one's surname
// ("Mayor", "Governor").
var officeOnlyTitles = rules.WordClass("officeOnlyTitles")

// personalStaff are those who work for a person ("her spokeswoman", "his
// aides").
var personalStaff = rules.WordClass("personalStaff")

// roleOfOrg reports whether the role word at token j reads as a role at
// the run starting at token i ("Netflix co-CEO Ted Sarandos", "the
// Citadel CEO", "Halvorsen's chairman") rather than a role given to a
// person the run names ("appointed Tomasz Wieczorek chairman").
func (d *stage) roleOfOrg(i, j int) bool {
	if j+1 < len(d.Tokens) && d.Tokens[j+1].Cap && d.Tokens[j+1].Word {
		return true // a name follows the role
	}
	if d.Tokens[j-1].Text == "’s" || d.Tokens[j-1].Text == "'s" {
		return true
	}
	if i > 0 {
		switch d.Tokens[i-1].Lower {
		case "the", "a", "an", "former", "ex":
			return true
		}
	}
	return i == d.Sentences[d.SentenceOf(i)].First && !GivenName(d.Doc, d.Tokens[i].Text)
}

// commonWords reports whether a run of capitalised words reads as words
// rather than a name: its first word is an ordinary English word ("East
// Room", "Happy Birthday", "Global Partnership") and not a given name, or
// every word is one.
func (d *stage) commonWords(toks []doc.Token) bool {
	model := syntax.Default()
	for _, t := range toks {
		if strings.ContainsFunc(t.Text, func(r rune) bool { return r >= '0' && r <= '9' }) || acronymPart(t.Text) {
			return true // "India-US", "G7": not a person's name
		}
	}
	if !GivenName(d.Doc, toks[0].Text) && model.CommonWord(toks[0].Text) {
		// "East Room", "Happy Birthday" — but a given name may be a word
		// too ("Will Bishop", "Jun Watanabe"): a surname that is none,
		// standing where a person does (before a verb, after a verb or a
		// preposition), makes a name.
		last := toks[len(toks)-1]
		return model.CommonWord(last.Text) || !d.inPersonSlot(toks)
	}
	for _, t := range toks {
		if !model.CommonWord(t.Text) {
			return false
		}
	}
	return true
}

// inPersonSlot reports whether a run stands where a person's name does:
// before a past or present verb or a speech verb ("Jun Watanabe
// rebuked"), or after a lower-case verb or preposition ("met Will
// Bishop"), not after an article ("the East Room").
func (d *stage) inPersonSlot(toks []doc.Token) bool {
	first := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= toks[0].Start })
	end := first + len(toks)
	if d.pastVerbAt(end) {
		return true
	}
	if first > 0 {
		p := d.Tokens[first-1]
		switch strings.ToLower(p.Text) {
		case "the", "a", "an", "this", "that", "its", "their", "his", "her", "of":
			return false
		}
		return !p.Cap && p.Word
	}
	return false
}

// acronymPart reports whether w holds two capitals in a row ("India-US").
func acronymPart(w string) bool {
	prev := false
	for _, r := range w {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// nameLike reports whether the run [i, end) could be a person's name:
// capitalised words of letters (with inner hyphens or apostrophes), none
// of them a function word, a non-name or an organization word.
func (d *stage) nameLike(i, end int) bool {
	for k, t := range d.Tokens[i:end] {
		w := t.Text
		if rules.NameJoiners[w] && k > 0 && i+k < end-1 {
			continue // "Jan-Willem van der Berg"
		}
		if first := d.Tokens[i].Text; rules.IsTitle(w) && k > 0 && i+k == end-1 && !rules.NonNames[w] &&
			(GivenName(d.Doc, first) || !officeOnlyTitles[strings.ToLower(w)] && !rules.IsTitle(first) && !rules.PlaceNames[first] && !syntax.Default().CommonWord(strings.ToLower(first))) {
			// "Rachel Bishop", "Adnan Sheikh": a title after a given
			// name (or a word no dictionary has), last in the run, is a
			// surname, as a title comes first (not "Crown Prince", nor
			// an office no one is named for after a place's name:
			// "Kestrelton Mayor").
			continue
		}
		if !t.Cap || rules.FunctionWords[w] || rules.NonNames[w] || rules.OrgTails[w] || rules.OrgHeads[w] || rules.PlaceNames[w] || IsAcronym(w) || rules.IsTitle(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// commonPlural reports whether the word at token i, opening its sentence,
// reads as a plural common noun ("Watchdogs said", "Critics said"): it
// ends in "s" and the article never uses it inside a sentence.
func (d *stage) commonPlural(i int) bool {
	w := d.Tokens[i].Text
	if !strings.HasSuffix(w, "s") || i != d.Sentences[d.SentenceOf(i)].First {
		return false
	}
	for k, t := range d.Tokens {
		if k != i && t.Text == w && k != d.Sentences[d.SentenceOf(k)].First {
			return false
		}
	}
	return true
}

// headlineLike reports whether sentence si is a headline: marked so by the
// reader, or the article's first line in title case with no closing
// punctuation ("Apple CEO Faces Backlash").
func (d *stage) headlineLike(si int) bool {
	s := d.Sentences[si]
	if s.Title {
		return true
	}
	if si > 0 && !d.Sentences[si-1].Title {
		return false // only the article's first line
	}
	if last := d.Tokens[s.Last-1].Text; last == "." || last == "!" || last == "?" || last == "”" || last == "\"" || last == ":" {
		return false
	}
	words := 0
	for _, t := range d.Tokens[s.First:s.Last] {
		if !t.Word {
			continue
		}
		words++
		if !t.Cap && len(t.Text) > 3 && !(t.Text[0] >= '0' && t.Text[0] <= '9') {
			return false
		}
	}
	return words >= 3
}

// roleRanks open a role's name ("Chief executive", "Managing director")
// and name no organization alone (rules: rankWords).
var roleRanks = rules.WordClass("rankWords")
