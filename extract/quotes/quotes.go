// Package quotes is the stage of extraction that finds the speaker of
// each quotation the token stage paired, and of each embedded post, and
// adds them as Doc.Quotes (with Doc.QuoteSpeaker, the entity of each). It
// reads tokens, sentences, quotation marks, mentions and entities.
package quotes

import (
	"maps"
	"regexp"
	"strings"
	"unicode"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// How quotations are found and attributed
//
// The token stage pairs quotation marks within each paragraph: curly “…”,
// straight "…" in turn, and single ‘…’ (the British style) outside a
// double quotation. A quotation that opens a paragraph and is still open
// at its end runs on when the next paragraph opens with a quotation mark,
// as news writing marks a quotation over several paragraphs; the parts
// form one quotation.
//
// attributeQuotes then looks for the speaker of each quotation, in order:
//
//  1. right after it, in its sentence: “…,” Raman said / “…,” said Sen.
//     Priya Raman / “…,” the senator added / “…,” she told reporters /
//     “…,” the company said in a statement / “…,” according to Raman;
//  2. before it, in its clause: Raman said: “…” / Raman wrote on X that
//     it was “…” / in a post, Raman wrote, “…”;
//  3. in a short next sentence of its paragraph: “We won.” Raman said.
//  4. a paragraph that ends with a colon introduces the quotations of the
//     paragraphs that follow it: Raman added in a statement:¶“…”¶“…”;
//  5. the speaker of the quotation just before, when nobody else is named
//     in between (a quotation broken by its attribution, a second
//     quotation of the same person).
//
// Speakers are mentions resolved by coreference (surnames, titles such as
// "the senator", pronouns); an organization speaks through a statement
// ("the company said"), and a description such as "the company" or "the
// campaign" stands for the organization last named before it. A quotation
// of one or two words is a scare quote unless its own sentence shows
// someone saying it ("called it a “witch hunt”", "“Fake,” she said"): it is
// never attributed by a colon, a next sentence or continuation.

// stage is the document while the stage runs.
type stage struct{ *doc.Doc }

// Run adds the quotation layer to d, which must have its entities.
func Run(d *doc.Doc) {
	(&stage{d}).attributeQuotes()
}

// PostAuthor returns the entity of d that wrote embedded post p, or -1:
// by handle through the knowledge base or the article's own entities,
// then by name.
func PostAuthor(d *doc.Doc, p powermap.Post) int {
	return (&stage{d}).postAuthor(p)
}

// orgDescriptions head the definite descriptions that stand for an
// organization named before: "the company said", "the campaign wrote".
var orgDescriptions = rules.WordSet("quoteorgs.txt")

// attributeQuotes finds the speaker of each quotation and of each embedded
// post.
func (d *stage) attributeQuotes() {
	type found struct {
		speaker int
		rule    string
		conf    float64
	}
	res := make([]found, len(d.QuoteSpans))
	for i := range res {
		res[i].speaker = -1
	}
	lastSpeaker, lastSent := -1, -1
	colonSpeaker := -1 // the speaker a colon paragraph introduced
	for qi, q := range d.QuoteSpans {
		if q.Close-q.Open < 2 {
			continue
		}
		scare := d.isScareQuote(q)
		text := strings.TrimSpace(d.Text[d.Tokens[q.Open].End:d.Tokens[q.Close].Start])
		if !q.RunOn && isTitleCase(text) {
			continue // the name of a thing: “Big Beautiful Bill”
		}
		paraStart := d.opensParagraph(q.Open)
		speaker, rule, conf := d.speakerAfter(q)
		blocked := false
		if speaker < 0 {
			speaker, rule, conf, blocked = d.speakerBefore(qi, scare)
		}
		if speaker < 0 && !blocked && !scare {
			speaker, rule, conf = d.speakerNextSentence(q)
		}
		if speaker < 0 && !blocked && !scare && !paraStart {
			speaker, rule, conf = d.speakerSentenceBefore(q)
		}
		if speaker < 0 && !blocked && !scare && paraStart {
			if e := d.colonIntro(q); e >= 0 {
				speaker, rule, conf = e, "colon-paragraph", 0.7
				colonSpeaker = e
			} else if colonSpeaker >= 0 && qi > 0 && d.quoteParagraphsAdjacent(qi-1, qi) {
				speaker, rule, conf = colonSpeaker, "colon-paragraph", 0.65
			}
		}
		if !paraStart || speaker >= 0 && rule != "colon-paragraph" {
			colonSpeaker = -1
		}
		// A scare quote carries on a speaker only when joined to the
		// previous quotation: “a great citizen” and a “good man”.
		if speaker < 0 && !blocked && (!scare || d.coordinatedQuote(qi) || d.sameReport(qi)) && lastSpeaker >= 0 && d.isContinuation(qi, lastSent, lastSpeaker) {
			speaker, rule, conf = lastSpeaker, "continued", 0.7
		}
		if qi > 0 && d.QuoteSpans[qi-1].RunOn && res[qi-1].speaker >= 0 && speaker < 0 {
			speaker, rule, conf = res[qi-1].speaker, res[qi-1].rule, res[qi-1].conf
		}
		if blocked {
			lastSpeaker = -1
		}
		if speaker < 0 {
			continue
		}
		res[qi] = found{speaker, rule, conf}
		lastSpeaker, lastSent = speaker, d.SentenceOf(q.Close)
		if q.RunOn {
			lastSent = d.SentenceOf(q.Close - 1)
		}
	}
	// The parts of a quotation over several paragraphs share the speaker
	// found for any of them and are given as one quotation.
	for qi := len(d.QuoteSpans) - 2; qi >= 0; qi-- {
		if d.QuoteSpans[qi].RunOn && res[qi].speaker < 0 && res[qi+1].speaker >= 0 {
			res[qi] = res[qi+1]
		}
	}
	for qi := 0; qi < len(d.QuoteSpans); qi++ {
		r := res[qi]
		q := d.QuoteSpans[qi]
		if r.speaker < 0 {
			continue
		}
		start, end := d.Tokens[q.Open].End, d.Tokens[q.Close].Start
		var parts []string
		parts = append(parts, strings.TrimSpace(d.Text[start:end]))
		for q.RunOn && qi+1 < len(d.QuoteSpans) {
			qi++
			q = d.QuoteSpans[qi]
			end = d.Tokens[q.Close].Start
			parts = append(parts, strings.TrimSpace(d.Text[d.Tokens[q.Open].End:d.Tokens[q.Close].Start]))
		}
		text := strings.TrimSpace(d.Text[start:end])
		if len(parts) > 1 {
			// The span runs from the first part to the last, with the
			// paragraph breaks and opening marks between; the text joins
			// the parts.
			text = strings.Join(parts, " ")
			for end > start && (d.Text[end-1] == ' ' || d.Text[end-1] == '\n') {
				end--
			}
		}
		d.Quotes = append(d.Quotes, powermap.Quote{Speaker: d.Entities[r.speaker].Name, Text: text,
			Span: powermap.Span{Start: start, End: end}, Rule: r.rule, Confidence: r.conf})
		d.QuoteSpeaker = append(d.QuoteSpeaker, r.speaker)
	}
	for _, p := range d.Article.Posts {
		if p.TextEnd <= p.TextStart {
			continue
		}
		e := d.postAuthor(p)
		if e < 0 {
			continue
		}
		d.Quotes = append(d.Quotes, powermap.Quote{Speaker: d.Entities[e].Name, Text: d.Text[p.TextStart:p.TextEnd],
			Span: powermap.Span{Start: p.TextStart, End: p.TextEnd}, Rule: "embedded-post", Confidence: 0.95})
		d.QuoteSpeaker = append(d.QuoteSpeaker, e)
	}
}

// coordinatedQuote reports whether quotation qi is joined to the one
// before it by a few words without punctuation: “a great citizen” and a
// “good man”.
func (d *stage) coordinatedQuote(qi int) bool {
	if qi == 0 {
		return false
	}
	prev := d.QuoteSpans[qi-1]
	q := d.QuoteSpans[qi]
	if q.Open-prev.Close > 4 || d.SentenceOf(prev.Close) != d.SentenceOf(q.Open) {
		return false
	}
	for k := prev.Close + 1; k < q.Open; k++ {
		if !d.Tokens[k].Word {
			return false
		}
	}
	return true
}

// isScareQuote reports whether quotation q may be a scare quote: one or
// two words that are not a sentence of their own (“We won.” and “Fake,”
// opening a sentence are speech; a “witch hunt” inside one may not be).
func (d *stage) isScareQuote(q doc.QuoteSpan) bool {
	if d.quoteWords(q) > 2 {
		return false
	}
	s := d.Sentences[d.SentenceOf(q.Open)]
	if q.Open == s.First && q.Close-1 > q.Open {
		switch d.Tokens[q.Close-1].Text {
		case ".", ",", "!", "?", "…":
			return false
		}
	}
	return true
}

// quoteWords counts the words inside quotation q.
func (d *stage) quoteWords(q doc.QuoteSpan) int {
	n := 0
	for k := q.Open + 1; k < q.Close; k++ {
		if d.Tokens[k].Word {
			n++
		}
	}
	return n
}

// opensParagraph reports whether token k is the first of its paragraph.
func (d *stage) opensParagraph(k int) bool {
	si := d.SentenceOf(k)
	if si < 0 || d.Sentences[si].First != k {
		return false
	}
	return si == 0 || strings.Contains(d.Text[d.Sentences[si-1].End:d.Sentences[si].Start], "\n")
}

// quoteParagraphsAdjacent reports whether quotations a and b stand in
// consecutive paragraphs that hold nothing but quotations.
func (d *stage) quoteParagraphsAdjacent(a, b int) bool {
	qa, qb := d.QuoteSpans[a], d.QuoteSpans[b]
	if !d.opensParagraph(qa.Open) {
		return false
	}
	end := qa.Close + 1
	for end < len(d.Tokens) && end < qb.Open && !d.Tokens[end].Word {
		end++
	}
	return end == qb.Open
}

// colonIntro returns the speaker introduced by the paragraph before the
// one quotation q opens, when that paragraph ends with a colon ("Raman
// said in a statement:", "The senator added:"), or -1.
func (d *stage) colonIntro(q doc.QuoteSpan) int {
	si := d.SentenceOf(q.Open)
	if si <= 0 {
		return -1
	}
	prev := d.Sentences[si-1]
	if d.Tokens[prev.Last-1].Text != ":" || d.Sentences[si].Post != prev.Post {
		return -1
	}
	colon := prev.Last - 1
	for k := colon - 1; k >= prev.First; k-- {
		if d.Quoted[k] {
			continue
		}
		if rules.SpeechVerbs[d.Tokens[k].Text] {
			if e := d.subjectBefore(si-1, k); e >= 0 {
				return e
			}
			break
		}
	}
	return -1
}

// isTitleCase reports whether every word of s starts with a capital, as in
// the names of bills and programs; all-capital shouts are not.
func isTitleCase(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) == 0 || strings.ToUpper(s) == s || strings.TrimRight(s, "!?") != s {
		return false // (an exclamation or a question is said: "Congratulations, Madam Governor!")
	}
	for i, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) && (i == 0 || !titleMinorWords[w]) {
			return false // (the short words of a title may be lower-case: "Meet the Nation")
		}
	}
	return true
}

// titleMinorWords may stand lower-case inside a title in capitals.
var titleMinorWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "in": true, "on": true, "for": true, "to": true, "at": true, "with": true, "or": true}

// speakerWindow is how many tokens after a quotation its attribution may
// take: "…,” the Pentagon’s chief spokesman Sean Parnell said".
const speakerWindow = 10

// speakerAfter handles “…,” X said / “…,” said X / “…” X wrote / “…,”
// according to X: a quotation attributed right after its closing mark,
// in its sentence.
func (d *stage) speakerAfter(q doc.QuoteSpan) (int, string, float64) {
	if q.RunOn {
		return -1, "", 0
	}
	s := d.Sentences[d.SentenceOf(q.Open)]
	si := d.SentenceOf(q.Close)
	k := q.Close + 1
	for k < d.Sentences[si].Last && (d.Tokens[k].Text == "," || d.Tokens[k].Text == "—" || d.Tokens[k].Text == "–") {
		k++
	}
	if k >= d.Sentences[si].Last {
		return -1, "", 0 // the quotation ended its sentence
	}
	// A quotation inside a sentence ("X called it “a disgrace” and said …")
	// is attributed after it only when a comma or dash closes it and no
	// speech verb before it claims it ("X called it “a disgrace,” Y said"
	// reports X's words).
	if q.Open != s.First {
		if k == q.Close+1 {
			return -1, "", 0
		}
		for j := s.First; j < q.Open; j++ {
			if !d.Quoted[j] && rules.SpeechVerbs[d.Tokens[j].Text] {
				return -1, "", 0
			}
		}
	}
	return d.attributionFrom(si, k, d.Sentences[si].Last)
}

// attributionFrom reads an attribution starting at token k of sentence si
// (up to token end): "X said", "X, the senator, said", "said X", "the
// company said", "according to X". It returns the speaker's entity.
func (d *stage) attributionFrom(si, k, end int) (int, string, float64) {
	// "according to X"
	if k+2 < end && strings.EqualFold(d.Tokens[k].Text, "according") && d.Tokens[k+1].Text == "to" {
		if e := d.speakerMentionFrom(si, k+2, min(end, k+8)); e >= 0 {
			return e, "quote-according-to", 0.8
		}
		return -1, "", 0
	}
	if e := d.appositiveSpeaker(si, k, end); e >= 0 {
		return e, "quote-then-speaker", 0.85
	}
	if e := d.describedSpeaker(si, k, end); e >= 0 {
		return e, "quote-then-speaker", 0.85
	}
	limit := min(end, k+speakerWindow)
	for v := k; v < limit; v++ {
		t := d.Tokens[v]
		if d.Quoted[v] || t.Text == "“" || t.Text == "\"" || t.Text == "." {
			return -1, "", 0
		}
		if !rules.SpeechVerbs[t.Text] && !(ambiguousSpeechVerbs[t.Text] && v > k) {
			continue
		}
		if v == k {
			// said X / added the senator
			if e := d.speakerMentionFrom(si, v+1, min(end, v+11)); e >= 0 {
				return e, "quote-said-speaker", 0.9
			}
			return -1, "", 0
		}
		// X [adverb] said: the mention that ends right before the verb.
		w := v
		if strings.HasSuffix(d.Tokens[w-1].Text, "ly") && w-1 > k {
			w--
		}
		if e := d.speakerEndingAt(si, k, w); e >= 0 {
			return e, "quote-then-speaker", 0.9
		}
		return -1, "", 0
	}
	return -1, "", 0
}

// appositiveSpeaker reads "X, APPOSITION, said" from token k (up to
// token end): a person or organization named at k, a comma, a phrase
// about them ("the fund's founder", "54", "who chairs the panel") closed
// by a comma, then a verb of saying (an adverb may come first). It
// returns the speaker's entity, or -1.
func (d *stage) appositiveSpeaker(si, k, end int) int {
	c := k
	for c < end && c < k+6 && d.Tokens[c].Text != "," {
		c++
	}
	if c >= end || c == k || d.Tokens[c].Text != "," {
		return -1
	}
	e := d.speakerEndingAt(si, k, c)
	if e < 0 {
		return -1
	}
	for j := c + 1; j < end && j <= c+appositionWindow; j++ {
		t := d.Tokens[j]
		if d.Quoted[j] || t.Text == "“" || t.Text == "\"" || t.Text == "." || t.Text == ";" {
			return -1
		}
		if t.Text != "," || j == c+1 {
			continue
		}
		if n := d.Tokens[min(j+1, end-1)].Lower; n == "and" || n == "or" {
			return -1 // "X, a lawyer, and Y, a banker, said": a list of speakers
		}
		if d.saidAt(j+1, end) {
			return e
		}
	}
	return -1
}

// roleRunBefore reports whether the lower-case words from token j up to
// token first (a name's start) end in a role word or a title word:
// "police union president" before "Carl Boyd".
func (d *stage) roleRunBefore(j, first int) bool {
	if first <= j {
		return false
	}
	last := d.Tokens[first-1].Lower
	return rules.RoleWord(last) || titleTokenLower(last) || rules.PersonNoun(last)
}

// describedSpeaker reads "DESCRIPTION, X, said" from token k (up to token
// end): a description of a few words without a verb ("the union's
// president"), a comma, a person named, a comma, then a verb of saying.
// It returns the person's entity, or -1.
func (d *stage) describedSpeaker(si, k, end int) int {
	c := k
	for c < end && c < k+7 && d.Tokens[c].Text != "," {
		t := d.Tokens[c]
		if d.Quoted[c] || !t.Word && t.Text != "’s" && t.Text != "'s" && t.Text != "-" || rules.SpeechVerbs[t.Text] {
			return -1
		}
		c++
	}
	if c >= end || c == k || d.Tokens[c].Text != "," || !descriptionOpeners[d.Tokens[k].Lower] {
		return -1
	}
	mi := d.FirstMentionIn(si)
	for mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si && d.Mentions[mi].TitleFirst < c+1 {
		mi++
	}
	if mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Sent != si {
		return -1
	}
	m := d.Mentions[mi]
	if m.TitleFirst != c+1 || m.Type != doc.Person || m.Entity < 0 || m.Pronoun || m.Last+1 >= end || d.Tokens[m.Last].Text != "," {
		return -1
	}
	if !d.saidAt(m.Last+1, end) {
		return -1
	}
	return m.Entity
}

// descriptionOpeners open a description set before a speaker's name.
var descriptionOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// saidAt reports whether a verb of saying stands at token v (before
// end), perhaps after an adverb in -ly ("…, flatly said").
func (d *stage) saidAt(v, end int) bool {
	if v+1 < end && strings.HasSuffix(d.Tokens[v].Text, "ly") && !d.Tokens[v].Cap {
		v++
	}
	return v < end && rules.SpeechVerbs[d.Tokens[v].Text]
}

// appositionWindow is how many tokens a phrase set between a speaker's
// name and the verb of saying may run to.
const appositionWindow = 16

// speakerEndingAt returns the entity of the person or organization
// mention that ends at token w and starts at or after token k, with only
// a title, a role or an organization's name before it ("CLF president Dan
// Conston", "the Pentagon’s chief spokesman Sean Parnell"), or -1. A
// description ("the company") stands for the organization named last.
func (d *stage) speakerEndingAt(si, k, w int) int {
	w = d.homeBefore(k, w)
	mi := d.LastMentionBefore(w)
	if mi >= 0 && d.Mentions[mi].Last == w && d.Mentions[mi].First >= k && d.Mentions[mi].Entity >= 0 {
		m := d.Mentions[mi]
		// Only title words, roles, names and "the" may come between — and
		// any words that modify a role right before the name ("the
		// shipping executive Lars Gundersen said").
		role := m.TitleFirst > k && (titleTokenLower(d.Tokens[m.TitleFirst-1].Text) || rules.PersonNoun(d.Tokens[m.TitleFirst-1].Text))
		for j := k; j < m.TitleFirst; j++ {
			t := d.Tokens[j]
			if t.Cap || t.Text == "’s" || t.Text == "'s" || t.Text == "-" || titleTokenLower(t.Text) || rules.PersonNoun(t.Text) || role && t.Word && !rules.SpeechVerbs[t.Text] {
				continue
			}
			if lw := strings.ToLower(t.Text); j >= m.TitleFirst-3 && t.Word && !t.Cap && !rules.FunctionWords[lw] && !rules.Prepositions[lw] && !rules.SpeechVerbs[lw] && (m.TitleFirst < m.First || d.roleRunBefore(j, m.TitleFirst)) {
				continue // "police union president Carl Boyd told reporters": words that qualify the title
			}
			switch strings.ToLower(t.Text) {
			case "the", "a", "an", "former", "then", "chief", "senior", "deputy", "top", "press", "spokesman", "spokeswoman", "spokesperson", "secretary", "president", "director", "executive", "officer", "of", "for":
				continue
			}
			return -1
		}
		return m.Entity
	}
	// "the company said", "the campaign said in a statement"
	if w-1 >= k && orgDescriptions[d.Tokens[w-1].Lower] && w-2 >= k && strings.EqualFold(d.Tokens[w-2].Text, "the") {
		return d.lastOrgBefore(si, w-2)
	}
	// "a Brightline spokesperson said", "a company spokesman said": the
	// organization speaks through one unnamed.
	if w-2 >= k && spokesNouns[d.Tokens[w-1].Lower] {
		if mi := d.LastMentionBefore(w - 1); mi >= 0 && d.Mentions[mi].Last == w-1 && d.Mentions[mi].TitleFirst >= k && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Org {
			return d.Mentions[mi].Entity
		}
		if orgDescriptions[d.Tokens[w-2].Lower] {
			return d.lastOrgBefore(si, w-2)
		}
	}
	return -1
}

// personBeforeOf returns the person named right before organization
// mention mi and an "of", "at" or "from" ("Ababio of Greater Zion
// Tabernacle"), or -1.
func (d *stage) personBeforeOf(mi int) int {
	m := d.Mentions[mi]
	if m.Type != doc.Org || mi == 0 {
		return -1
	}
	k := m.TitleFirst - 1
	if k > 0 && strings.EqualFold(d.Tokens[k].Text, "the") {
		k--
	}
	switch {
	case k < 1:
		return -1
	case d.Tokens[k].Text != "of" && d.Tokens[k].Text != "at" && d.Tokens[k].Text != "from":
		return -1
	}
	if p := d.Mentions[mi-1]; p.Last == k && p.Type == doc.Person && p.Entity >= 0 {
		return p.Entity
	}
	return -1
}

// homeBefore returns where a lawmaker's home or party tag that ends at
// token w starts, right after a name: "Sen. Margit Lindqvist of
// Minnesota said", "Lindqvist, D-Minn., said", "Lindqvist (R-Ohio)
// said"; else w.
func (d *stage) homeBefore(k, w int) int {
	j := w
	for j > k && d.Tokens[j-1].Text != "of" && d.Tokens[j-1].Cap {
		j--
	}
	if j > k && (d.Tokens[j-1].Text == "of" || strings.EqualFold(d.Tokens[j-1].Text, "the") && j-1 > k && d.Tokens[j-2].Text == "of") {
		// "of Minnesota", "of the Harbor Trust": a place or a body after
		// "of", right after a person's name, is where they are from
		of := j - 1
		if d.Tokens[of].Text != "of" {
			of--
		}
		if mi := d.LastMentionBefore(of); mi >= 0 && d.Mentions[mi].Last == of && d.Mentions[mi].Type == doc.Person {
			return of
		}
		return w
	}
	// ", D-Minn.,": a party and state set off after the name
	for mi := d.LastMentionBefore(w); mi >= 0 && d.Mentions[mi].Last >= k; mi-- {
		if d.Mentions[mi].Type != doc.Person {
			continue // (the state may read as a place: "Minn.")
		}
		if end := d.Mentions[mi].Last; end < w && partyTag.MatchString(strings.TrimSpace(d.Text[d.Tokens[end-1].End:d.Tokens[w-1].End])) {
			return end
		}
		break
	}
	return w
}

// partyTag matches a lawmaker's party and state set off after the name:
// ", D-Minn.,", " (R-Ohio)".
var partyTag = regexp.MustCompile(`^[,(]\s*[RDI]-[A-Z][A-Za-z.]*\s*[,)]$`)

// titleTokenLower reports whether w is a word of a known title ("senator",
// "president", "secretary").
func titleTokenLower(w string) bool {
	if _, ok := rules.TitleTokens[w]; ok {
		return true
	}
	_, ok := rules.TitleTokens[strings.ToLower(w)]
	return ok
}

// speakerMentionFrom returns the entity of the first person or
// organization mention that starts (with its title, if any) in tokens
// [k, end), skipping "the", a title and a role; or an organization
// description; or -1.
func (d *stage) speakerMentionFrom(si, k, end int) int {
	for j := k; j < end; j++ {
		for mi, m := range d.Mentions {
			if m.First > j {
				break
			}
			if (m.First == j || m.TitleFirst == j) && m.Entity >= 0 && m.Type != doc.Place {
				if m.Type == doc.Org && d.servedBy(k, m.TitleFirst) && m.Last+1 < end && d.Tokens[m.Last].Text == "," {
					// "said a spokesman for the White House, Garrett
					// Mwan": the one named after whom the role serves
					if p := d.NextMentionAfter(m.Last, si); p >= 0 && d.Mentions[p].TitleFirst == m.Last+1 && d.Mentions[p].Type == doc.Person && d.Mentions[p].Entity >= 0 && !d.Mentions[p].Pronoun {
						return d.Mentions[p].Entity
					}
				}
				if d.possessorAt(mi) && !m.Pronoun {
					// "said state Sen. Ward Hill's chief of staff, Kim
					// Park": the one named after the possessor's role
					if p := d.NextMentionAfter(m.Last, si); p >= 0 && d.Mentions[p].Type == doc.Person && d.Mentions[p].Entity >= 0 && !d.Mentions[p].Pronoun && d.Mentions[p].TitleFirst <= m.Last+7 && d.roleBetweenComma(m.Last, d.Mentions[p].TitleFirst) {
						return d.Mentions[p].Entity
					}
					return -1
				}
				if m.Type == doc.Org && mi+1 < len(d.Mentions) {
					// "said Republican state Sen. Jane Doe", "said Acme
					// chief executive Ann Roe": the party or firm
					// describes the person named right after it.
					if p := d.Mentions[mi+1]; p.Type == doc.Person && p.Entity >= 0 && !p.Pronoun && p.Sent == m.Sent && p.TitleFirst >= m.Last && p.TitleFirst <= m.Last+5 && (p.TitleFirst <= m.Last+3 && d.onlyTitleWords(m.Last, p.First) || d.roleBetween(m.Last, p.TitleFirst)) {
						return p.Entity
					}
				}
				return d.Mentions[mi].Entity
			}
		}
		t := d.Tokens[j]
		lw := strings.ToLower(t.Text)
		if orgDescriptions[lw] && j > k && strings.EqualFold(d.Tokens[j-1].Text, "the") {
			// "said the council's chair, Hamid Soltani": the person the
			// description's role names
			if p := d.NextMentionAfter(j, si); p >= 0 && d.Mentions[p].Type == doc.Person && d.Mentions[p].Entity >= 0 && !d.Mentions[p].Pronoun && d.Mentions[p].TitleFirst <= j+6 && d.roleBetween(j+1, d.Mentions[p].TitleFirst) {
				return d.Mentions[p].Entity
			}
			return d.lastOrgBefore(si, j-1)
		}
		if t.Text == "," && j > k {
			// "said a spokesman for the White House, Garrett Mwan": the
			// one named after a description of a role set before them.
			if p := d.NextMentionAfter(j, si); p >= 0 && d.Mentions[p].TitleFirst == j+1 && d.Mentions[p].Type == doc.Person && d.Mentions[p].Entity >= 0 && !d.Mentions[p].Pronoun && d.roleDescription(k, j) {
				return d.Mentions[p].Entity
			}
			return -1
		}
		if !t.Word && t.Text != "’s" && t.Text != "'s" {
			return -1
		}
		if !(t.Cap || lw == "the" || lw == "a" || titleTokenLower(t.Text) || rules.PersonNoun(lw) || titleQualifiers[lw] && j+1 < end && d.Tokens[j+1].Cap || d.modifiesRoleBeforeName(j, end) || lw == "for" && j > k && d.roleDescription(k, j)) {
			return -1
		}
	}
	return -1
}

// servedBy reports whether a role description from token k ends with
// "for" or "of" (and "the") right before token f: the one named at f is
// whom the role serves ("a spokesman for the White House").
func (d *stage) servedBy(k, f int) bool {
	x := f - 1
	if x > k && strings.EqualFold(d.Tokens[x].Text, "the") {
		x--
	}
	if x <= k {
		return false
	}
	if w := d.Tokens[x].Lower; w != "for" && w != "of" {
		return false
	}
	return d.roleDescription(k, x)
}

// roleDescription reports whether tokens [k, j) are an indefinite or
// definite description of a role, perhaps with whom it is for ("a
// spokesman", "a spokesman for the White House", "the mayor's chief of
// staff"): an article first, a role word or a kind of person among them,
// and no verb of saying.
func (d *stage) roleDescription(k, j int) bool {
	if !descriptionOpeners[d.Tokens[k].Lower] {
		return false
	}
	role := false
	for x := k + 1; x < j; x++ {
		w := d.Tokens[x].Lower
		if rules.SpeechVerbs[w] || d.Quoted[x] {
			return false
		}
		role = role || rules.RoleWord(w) || rules.PersonNoun(w) || spokesNouns[w]
	}
	return role
}

// modifiesRoleBeforeName reports whether lower-case word j opens a run of
// at most three lower-case words that ends in a role or a kind of person
// right before a capitalised word: "said union leader Carlos Mendoza",
// "shouted protest organizer Esi Mensah".
func (d *stage) modifiesRoleBeforeName(j, end int) bool {
	for r := j; r < end && r <= j+2; r++ {
		t := d.Tokens[r]
		if !t.Word || t.Cap || rules.FunctionWords[strings.ToLower(t.Text)] || rules.Prepositions[strings.ToLower(t.Text)] {
			return false // (not "said a lawyer for union leader Carlos Mendoza")
		}
		if w := strings.ToLower(t.Text); (rules.RoleWord(w) || rules.PersonNoun(w)) && r+1 < end && d.Tokens[r+1].Cap {
			return true
		}
	}
	return false
}

// onlyTitleWords reports whether tokens [from, to) are words of a title
// or role, or words that qualify one ("state Sen.", "chief executive",
// "former state treasurer"), not a clause ("which Jane Doe leads").
func (d *stage) onlyTitleWords(from, to int) bool {
	for j := from; j < to; j++ {
		t := d.Tokens[j]
		if w := strings.ToLower(t.Text); !t.Word || !(titleTokenLower(t.Text) || rules.RoleWord(w) || titleQualifiers[w]) {
			return false
		}
	}
	return true
}

// roleBetween reports whether tokens [from, to) are an organization's
// role for the name after them: perhaps "'s", at most three lower-case
// words ending in a role or a kind of person, perhaps a comma ("Kestwick
// Partners rate strategist Priyanka Dole", "the council's chair, Hamid
// Soltani").
func (d *stage) roleBetween(from, to int) bool { return d.roleWords(from, to, false) }

// roleBetweenComma is roleBetween allowing an of-phrase in the role, any
// of its words a role ("'s chief of staff,").
func (d *stage) roleBetweenComma(from, to int) bool { return d.roleWords(from, to, true) }

// roleWords is roleBetween (loose false) and roleBetweenComma (true).
func (d *stage) roleWords(from, to int, loose bool) bool {
	if from < to && (d.Tokens[from].Text == "'s" || d.Tokens[from].Text == "’s") {
		from++
	}
	if to > from && d.Tokens[to-1].Text == "," {
		to--
	}
	if to <= from {
		return false
	}
	role := false
	for j := from; j < to; j++ {
		t := d.Tokens[j]
		if !t.Word || t.Cap {
			return false
		}
		w := strings.ToLower(t.Text)
		role = (loose && role) || rules.RoleWord(w) || rules.PersonNoun(w)
	}
	return role && (loose || to-from <= 3)
}

// titleQualifiers may stand before a title in a person's description
// (rules: titleQualifiers).
var titleQualifiers = rules.WordClass("titleQualifiers")

// lastOrgBefore returns the organization named last before token k,
// within the sentence and the three before it, or -1.
func (d *stage) lastOrgBefore(si, k int) int {
	for mi := d.LastMentionBefore(k); mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.Sent < si-3 {
			break
		}
		if m.Entity >= 0 && m.Type == doc.Org && !d.Quoted[m.First] {
			return m.Entity
		}
	}
	return -1
}

// speakerNextSentence handles a quotation that ends its sentence and is
// attributed by a short sentence of its own: “We won.” Raman said. The
// attribution sentence must start right after the quotation, in the same
// paragraph, and hold nothing but the attribution.
func (d *stage) speakerNextSentence(q doc.QuoteSpan) (int, string, float64) {
	if q.RunOn {
		return -1, "", 0
	}
	si := d.SentenceOf(q.Close)
	if si+1 >= len(d.Sentences) || d.Sentences[si].Last != q.Close+1 {
		return -1, "", 0
	}
	next := d.Sentences[si+1]
	if strings.Contains(d.Text[d.Sentences[si].End:next.Start], "\n") || next.Last-next.First > 8 {
		return -1, "", 0
	}
	e, _, _ := d.attributionFrom(si+1, next.First, next.Last)
	if e < 0 {
		return -1, "", 0
	}
	return e, "quote-next-sentence", 0.8
}

// afterTheirPeople reports whether mention mi follows a preposition after
// people of theirs ("aides to Marlowe", "the family of Okafor"): a
// relative "who" after it stands for those people.
func (d *stage) afterTheirPeople(mi int) bool {
	p := d.Mentions[mi].TitleFirst - 2
	if p < 0 || !rules.Prepositions[d.Tokens[p+1].Lower] {
		return false
	}
	w := d.Tokens[p].Lower
	return rules.PersonNounPlural(w) || w == "family" || w == "staff" || w == "team" || w == "camp"
}

// speakerSentenceBefore returns the speaker of a quotation that is a
// sentence of its own right after a short sentence about one person of
// the same paragraph, with no quotation of its own ("Pell was blunt. “We
// are not going anywhere.”"): that person, its subject. Else -1.
func (d *stage) speakerSentenceBefore(q doc.QuoteSpan) (int, string, float64) {
	si := d.SentenceOf(q.Open)
	if q.RunOn || si < 1 || d.Sentences[si].First != q.Open || d.Sentences[si].Last != q.Close+1 || !d.SameParagraph(si-1, si) {
		return -1, "", 0 // (the whole sentence: not "“It was a rout,” one aide said.")
	}
	if w := d.Tokens[q.Open+1].Lower; w == "he" || w == "she" || w == "they" || w == "his" || w == "her" {
		return -1, "", 0 // "… was not at the meeting. “He has lost the room.”": said of them
	}
	prev := d.Sentences[si-1]
	if prev.Last-prev.First > 10 {
		return -1, "", 0
	}
	for k := prev.First; k < prev.Last; k++ {
		if d.Quoted[k] {
			return -1, "", 0
		}
	}
	one := -1
	for mi := d.FirstMentionIn(si - 1); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si-1; mi++ {
		if e := d.Mentions[mi].Entity; e >= 0 && d.Entities[e].Type != doc.Place {
			if one >= 0 && one != e || d.Entities[e].Type != doc.Person {
				return -1, "", 0
			}
			one = e
		}
	}
	if s := coref.SubjectOf(d.Doc, si-1, prev.Last); one < 0 || s < 0 || d.Mentions[s].Entity != one || d.possessorAt(s) {
		return -1, "", 0 // (not "Marlowe's lawyer was blunt.")
	}
	return one, "quote-sentence-before", 0.6
}

// speechNouns after a possessive name give the quote's speaker: "the Vice
// President's commentary that it had been a “slow news day”"
// (rules/quotewords.txt).
var speechNouns = rules.Set(quoteWords["noun"])

// quoteWords are the classes of rules/quotewords.txt.
var quoteWords = rules.Classes("quotewords.txt")

// speakerBefore handles X said: “…” / X said that he was “…” / X posted
// on X, “…”: the nearest speech verb before the quote in its clause, and
// the subject before that verb; a possessive name before a speech noun
// ("Vance's commentary"); a quote after a colon takes the person the
// sentence is about. blocked means the words belong to something that is
// not a person ("a post that said", "Grok's response"). A scare quote
// (one or two words) is not attributed by a colon.
func (d *stage) speakerBefore(qi int, scare bool) (speaker int, rule string, conf float64, blocked bool) {
	q := d.QuoteSpans[qi]
	s := d.Sentences[q.Sent]
	stop := s.First
	for pi := qi - 1; pi >= 0 && d.QuoteSpans[pi].Close >= s.First; pi-- {
		p := d.QuoteSpans[pi]
		if p.Close >= q.Open {
			continue
		}
		if !p.RunOn && isTitleCase(strings.TrimSpace(d.Text[d.Tokens[p.Open].End:d.Tokens[p.Close].Start])) {
			continue // a title is no quotation: "said on “Face the Facts” that she “…”"
		}
		stop = p.Close + 1 // a verb before an earlier quote is that quote's
		break
	}
	// (a word or two after "as" are a judgement quoted too: "dismissed
	// the remarks as “beneath comment”")
	if (!scare || q.Open > 0 && d.Tokens[q.Open-1].Text == "as") && d.LabelLike(q) {
		if k := d.namingVerbBefore(q); k >= 0 {
			// "Falk called her “the bravest reporter …”": the words are
			// the one who names — in a relative clause, the one "who"
			// stands for ("welcomed by Representative Faherty, who
			// called her “a superb choice”").
			if k >= 3 && strings.EqualFold(d.Tokens[k-1].Text, "who") && d.Tokens[k-2].Text == "," {
				if mi := d.LastMentionBefore(k - 2); mi >= 0 && d.Mentions[mi].Last == k-2 && d.Mentions[mi].Entity >= 0 {
					// ("the Rev. Ababio of Greater Zion Tabernacle, who
					// called …": "who" is the person, not the body
					// named after "of")
					if p := d.personBeforeOf(mi); p >= 0 {
						return p, "naming-verb-quote", 0.7, false
					}
					return d.Mentions[mi].Entity, "naming-verb-quote", 0.7, false
				}
			}
			if k > s.First && d.Tokens[k-1].Text == "," && strings.HasSuffix(d.Tokens[k].Text, "ing") {
				// "The union endorsed Brandt on Monday, calling him “…”":
				// a participle after a comma names for the sentence's
				// subject — a body opening the sentence too, which the
				// search for a person below would pass over for the
				// verb's object.
				if mi := coref.FirstSubjectOf(d.Doc, q.Sent, k); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Org && !d.quoteObjectPosition(mi) &&
					!d.AfterAccordingTo(d.Mentions[mi].First) && !d.reportsBetween(d.Mentions[mi].Last, k) {
					// (not "According to the union, Eze endorsed Pell,
					// calling him …", nor "The union said Eze had endorsed
					// Pell, calling him …": the participle is the
					// reported clause's)
					return d.Mentions[mi].Entity, "naming-verb-quote", 0.7, false
				}
			}
			if e := d.subjectBefore(q.Sent, k); e >= 0 {
				return e, "naming-verb-quote", 0.7, false
			}
		}
	}
	// (a word or two after "as" and a verb that judges: "dismissed the
	// report as “nonsense”")
	asJudged := q.Open > 0 && d.Tokens[q.Open-1].Text == "as"
	for k := q.Open - 1; k >= stop; k-- {
		if d.Quoted[k] {
			continue
		}
		t := d.Tokens[k].Text
		if speechNouns[t] && k-1 >= stop && (d.Tokens[k-1].Text == "’s" || d.Tokens[k-1].Text == "'s") && !(k+1 < q.Open && d.Tokens[k+1].Text == "as") {
			if v := d.namingVerbBefore(q); v >= 0 {
				// "called Kessler's comments “offensive”": the words
				// are the namer's, said of the comments.
				if e := d.subjectBefore(q.Sent, v); e >= 0 {
					return e, "naming-verb-quote", 0.7, false
				}
				return -1, "", 0, true
			}
			if mi := d.LastMentionBefore(k - 1); mi >= 0 && d.Mentions[mi].Last == k-1 && d.Mentions[mi].Entity >= 0 {
				if e := d.Mentions[mi].Entity; d.Entities[e].Type == doc.Person || d.Entities[e].Type == doc.Org && k+1 < q.Open && d.Tokens[k+1].Text == "that" {
					// (an organization's reported words too: "Halvorsen's
					// statement that it would …")
					return e, "possessive-speech-noun", 0.7, false
				}
			}
			return -1, "", 0, true
		}
		if (!scare || asJudged) && judgingVerbs[t] && k > s.First && passiveAux[d.Tokens[k-1].Lower] {
			// "was dismissed by a company spokeswoman as “baseless”": the
			// judge is the by-phrase's, not the subject's
			if mi := d.NextMentionAfter(k, q.Sent); mi >= 0 && d.Mentions[mi].First < q.Open && d.Mentions[mi].TitleFirst > 0 && strings.EqualFold(d.Tokens[d.Mentions[mi].TitleFirst-1].Text, "by") && d.Mentions[mi].Entity >= 0 {
				return d.Mentions[mi].Entity, "judging-verb-quote", 0.65, false
			}
			return -1, "", 0, true
		}
		if (!scare || asJudged) && judgingVerbs[t] && k > s.First {
			// "accused Kothari of wanting “a megaphone, not a
			// newspaper”", "issued a statement praising Obi's “steady
			// leadership”": words of judgement quoted after a verb that
			// judges are its subject's.
			if e := d.subjectBefore(q.Sent, k); e >= 0 {
				return e, "judging-verb-quote", 0.7, false
			}
			if strings.HasSuffix(t, "ing") {
				if mi := coref.SubjectOf(d.Doc, q.Sent, k); mi >= 0 && d.Mentions[mi].Entity >= 0 {
					return d.Mentions[mi].Entity, "judging-verb-quote", 0.65, false
				}
			}
		}
		if rules.SpeechVerbs[t] || ambiguousSpeechVerbs[t] && k > s.First && d.subjectWordBefore(k) {
			// "he speaks", "… said, adding": a participle after a comma
			// speaks for the sentence's subject.
			if k > s.First && d.Tokens[k-1].Text == "," && strings.HasSuffix(t, "ing") {
				if e := d.withSubject(q.Sent, k); e >= 0 {
					// "…, with its director, Makoa Kealoha, calling the
					// singer “…”": the with-phrase is the participle's
					// subject.
					return e, "speaker-participle-quote", 0.75, false
				}
				if mi := coref.SubjectOf(d.Doc, q.Sent, k); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Person {
					return d.Mentions[mi].Entity, "speaker-participle-quote", 0.75, false
				}
			}
			if k > s.First {
				prev := d.Tokens[k-1].Lower
				if prev == "that" || prev == "which" {
					return -1, "", 0, true // "a post that said": not a person speaking
				}
			}
			if k >= 3 && k-2 >= s.First && strings.EqualFold(d.Tokens[k-1].Text, "who") && d.Tokens[k-2].Text == "," {
				// "drew a rebuke from Pell, who said they were “…”": the
				// one "who" stands for.
				// (not a name after people of theirs: "aides to Marlowe,
				// who said")
				if mi := d.LastMentionBefore(k - 2); mi >= 0 && d.Mentions[mi].Last == k-2 && d.Mentions[mi].Entity >= 0 && !d.afterTheirPeople(mi) {
					return d.Mentions[mi].Entity, "speaker-verb-quote", 0.75, false
				}
			}
			if k > s.First && strings.EqualFold(d.Tokens[k-1].Text, "and") {
				// "Voss said Whitfield was wrong and asked, …": a verb
				// coordinated with the sentence's first speaks for its
				// subject, not for the name nearest before it (an
				// organization too: "The federation praised Reyes … and
				// said …").
				mi := coref.SubjectOf(d.Doc, q.Sent, k)
				if mi >= 0 && d.quoteObjectPosition(mi) && !d.relativeBetween(d.Mentions[mi].Last, k) {
					// (the person found is the first verb's object — not
					// the antecedent of "who … and said")
					mi = coref.FirstSubjectOf(d.Doc, q.Sent, k)
				}
				if mi >= 0 && d.Mentions[mi].Entity >= 0 {
					return d.Mentions[mi].Entity, "speaker-verb-quote", 0.75, false
				}
			}
			if d.unnamedSubjectBefore(k) {
				return -1, "", 0, true // "in what one aide described as a “peace summit”": no one named speaks
			}
			if e := d.subjectBefore(q.Sent, k); e >= 0 {
				return e, "speaker-verb-quote", 0.8, false
			}
			if mi := coref.SubjectOf(d.Doc, q.Sent, k); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Org {
				// "Cobalt Bay Partners, an activist fund that owns 4
				// percent of Kisaragi, said the deal was made “…”": the
				// organization the clause has for subject.
				return d.Mentions[mi].Entity, "speaker-verb-quote", 0.7, false
			}
			return -1, "", 0, true
		}
	}
	if !scare && q.Open > s.First && d.Tokens[q.Open-1].Text == ":" {
		if e := d.nearestPersonBefore(q.Sent, q.Open); e >= 0 {
			return e, "colon-quote", 0.6, false
		}
	}
	return -1, "", 0, false
}

// reportsBetween reports whether a verb of speech stands among tokens
// [from, to): what follows it is a reported clause.
func (d *stage) reportsBetween(from, to int) bool {
	for k := from; k < to && k < len(d.Tokens); k++ {
		if rules.SpeechVerbs[d.Tokens[k].Text] && !d.Quoted[k] {
			return true
		}
	}
	return false
}

// unnamedSubjectBefore reports whether the verb at token k has for its
// subject, right before it, someone left unnamed: "one aide described",
// "a person briefed on the talks said", "two officials said".
func (d *stage) unnamedSubjectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := d.Tokens[j]
		if !t.Word || t.Cap || d.Quoted[j] {
			return false
		}
		if !rules.PersonNoun(strings.ToLower(t.Text)) {
			continue
		}
		if j > 0 {
			switch d.Tokens[j-1].Lower {
			case "one", "a", "an", "another", "two", "three", "several", "some", "many", "other":
				return true
			}
		}
		return false
	}
	return false
}

// sameReport reports whether quotation qi stands in a second clause of
// the report the quotation before it in its sentence stands in (see
// reportedAgain).
func (d *stage) sameReport(qi int) bool {
	if qi == 0 {
		return false
	}
	prev, q := d.QuoteSpans[qi-1], d.QuoteSpans[qi]
	return d.SentenceOf(prev.Close) == d.SentenceOf(q.Open) && d.reportedAgain(prev.Close+1, q.Open)
}

// reportedAgain reports whether tokens [from, to), between two
// quotations of one sentence, open a second clause of the same report
// ("… and that the club …"): "that" after "and", no verb of saying and
// no quotation among them.
func (d *stage) reportedAgain(from, to int) bool {
	and := false
	for k := from; k < to; k++ {
		w := d.Tokens[k].Lower
		if d.Quoted[k] || rules.SpeechVerbs[w] || w == "." || w == ";" {
			return false
		}
		if w == "that" && and {
			return true
		}
		and = w == "and" || w == "but"
	}
	return false
}

// passiveAux make a participle after them passive.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true}

// judgingVerbs praise, thank, accuse or condemn: a quotation after one
// gives its subject's words (rules: wordclasses.txt).
var judgingVerbs = rules.WordClass("judgingVerbs")

// namingVerbBefore returns the token of a verb that names its object in
// the words of quotation q ("called her “…”", "described Obi as “…”"):
// the object is one mention ending right before the quotation (or its
// "as"), the verb right before the mention's title. Else -1.
func (d *stage) namingVerbBefore(q doc.QuoteSpan) int {
	end, as := q.Open, false
	if end > 0 && d.Tokens[end-1].Text == "as" {
		end, as = end-1, true
	}
	if c := d.AsideOpening(end - 1); c > 0 {
		end = c // "described Abernethy, who plays her brother, as “…”", "called Holt, a rival, “…”"
	}
	mi := d.LastMentionBefore(end)
	if mi < 0 {
		return -1
	}
	m := d.Mentions[mi]
	if m.Last != end && m.Sent == q.Sent && m.Last < end && end-m.Last <= 3 && d.possessorAt(mi) {
		// "calling his new menu “an insult …”": the object is a thing
		// of the one the mention before it names.
		for x := m.Last; x < end; x++ {
			if t := d.Tokens[x].Text; x == m.Last && (t == "'s" || t == "’s") {
				continue // "dismissed Pell's remarks as “…”"
			}
			if !d.Tokens[x].Word || d.Tokens[x].Cap {
				return -1
			}
		}
	} else if m.Last == end-1 && !as && d.Tokens[end-1].Text == "," && m.Sent == q.Sent && m.TitleFirst >= 2 && d.Tokens[m.TitleFirst-1].Text == "," {
		// "branded his rival, Tom Brack, “…”": the name set beside a
		// description of the one named
		k := m.TitleFirst - 2
		for n := 0; n < 4 && k > d.Sentences[q.Sent].First && d.Tokens[k].Word && !d.Tokens[k].Cap && (rules.PersonNoun(d.Tokens[k].Lower) || rules.RoleWord(d.Tokens[k].Lower) || describerWords[d.Tokens[k].Lower]); n++ {
			k--
		}
		if k+1 < m.TitleFirst-1 && namingForms[d.Tokens[k].Text] {
			return k
		}
		return -1
	} else if m.Last != end || m.Sent != q.Sent {
		return -1
	}
	k := m.TitleFirst - 1
	for k > d.Sentences[q.Sent].First && d.Tokens[k].Word && !d.Tokens[k].Cap && (rules.PersonNoun(d.Tokens[k].Lower) || k == m.TitleFirst-1 && describerWords[d.Tokens[k].Text]) {
		k-- // "called her former protégé Jonas Eriksen “…”"
	}
	if k < d.Sentences[q.Sent].First || !namingForms[d.Tokens[k].Text] && !(as && asNamingForms[d.Tokens[k].Text]) {
		return -1
	}
	return k
}

// describerWords open a description of a person before its noun: "her
// former protégé", "the team's owner", "his longtime rival" (rules:
// describerWords).
var describerWords = rules.WordClass("describerWords")

// asNamingForms judge their object as what the quotation after "as"
// says ("dismissed Pell's remarks as “beneath comment”").
var asNamingForms = rules.WordClass("asNamingForms")

// possessorAt reports whether mention mi is a possessive: "his", "her",
// "their", or a name before "'s".
func (d *stage) possessorAt(mi int) bool {
	m := d.Mentions[mi]
	switch d.Tokens[m.First].Lower {
	case "his", "her", "their", "its":
		return m.Pronoun
	}
	return m.Last < len(d.Tokens) && (d.Tokens[m.Last].Text == "'s" || d.Tokens[m.Last].Text == "’s")
}

// namingForms give their object a name or judgement in their own words.
var namingForms = rules.WordClass("namingForms")

// subjectBefore returns the speaker of a speech verb at token k of
// sentence si: the nearest person before it in the sentence that is not
// an object, else an organization or organization description right
// before the verb ("America PAC said", "the company wrote"), or -1.
func (d *stage) subjectBefore(si, k int) int {
	if e := d.spokesOrg(si, k); e >= 0 {
		return e
	}
	if e := d.coordinatedSubject(si, k); e >= 0 {
		return e
	}
	if e := d.nearestPersonBefore(si, k); e >= 0 {
		return e
	}
	w := k
	if w > d.Sentences[si].First && strings.HasSuffix(d.Tokens[w-1].Text, "ly") {
		w--
	}
	// "The company said in a statement": the subject right before the verb
	// (or set off by commas before it: "Fenn's label, Bluefin Audio, said").
	if w > d.Sentences[si].First && d.Tokens[w-1].Text == "," {
		if mi := d.LastMentionBefore(w - 1); mi >= 0 && d.Mentions[mi].Last == w-1 && d.Mentions[mi].TitleFirst > 0 && d.Tokens[d.Mentions[mi].TitleFirst-1].Text == "," && d.Mentions[mi].Sent == si && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == doc.Org {
			return d.Mentions[mi].Entity
		}
	}
	if mi := d.LastMentionBefore(w); mi >= 0 && d.Mentions[mi].Last == w && d.Mentions[mi].Sent == si && d.Mentions[mi].Entity >= 0 &&
		d.Entities[d.Mentions[mi].Entity].Type == doc.Org {
		return d.Mentions[mi].Entity
	}
	if w-2 >= d.Sentences[si].First && orgDescriptions[d.Tokens[w-1].Lower] && strings.EqualFold(d.Tokens[w-2].Text, "the") {
		return d.lastOrgBefore(si, w-2)
	}
	return -1
}

// coordinatedSubject returns, for a verb at token k right after
// "and" (perhaps with an adverb between), the person the sentence opens
// with when the one person named between them is the object of the
// first verb: "Odhiambo met envoy Bradley Stroud on Wednesday and
// afterwards praised the American diplomat as “…”" is Odhiambo's praise,
// not Stroud's. Else -1.
func (d *stage) coordinatedSubject(si, k int) int {
	first := d.Sentences[si].First
	j := k - 1
	for j > first && (strings.HasSuffix(d.Tokens[j].Text, "ly") || coordAdverbs[d.Tokens[j].Lower]) {
		j--
	}
	if j <= first || !strings.EqualFold(d.Tokens[j].Text, "and") {
		return -1
	}
	s := coref.FirstSubjectOf(d.Doc, si, j)
	if s < 0 || d.Mentions[s].Entity < 0 || d.Mentions[s].Pronoun || d.Entities[d.Mentions[s].Entity].Type != doc.Person {
		return -1
	}
	// Between the subject and "and": one other person, right after a
	// lower-case word (the first verb: "met envoy Bradley Stroud").
	other := -1
	for mi := s + 1; mi < len(d.Mentions) && d.Mentions[mi].First < j; mi++ {
		m := d.Mentions[mi]
		if m.Entity < 0 || m.Entity == d.Mentions[s].Entity || m.Type != doc.Person {
			continue
		}
		if other >= 0 && other != m.Entity {
			return -1
		}
		b := m.TitleFirst - 1
		for n := 0; n < 3 && b > first && d.Tokens[b].Cap && d.Tokens[b].Word && !d.TokenInMention(b); n++ {
			b-- // past title words the mention left out: "behind Council President Nadia Farouq"
		}
		if b <= first || !d.Tokens[b].Word || d.Tokens[b].Cap || d.Tokens[b-1].Text == "," {
			return -1
		}
		other = m.Entity
	}
	if other < 0 {
		return -1
	}
	return d.Mentions[s].Entity
}

// coordAdverbs may stand between "and" and a second verb: "and afterwards
// praised", "and then called".
var coordAdverbs = map[string]bool{"then": true, "afterwards": true, "afterward": true, "later": true, "also": true}

// spokesOrg returns the organization an unnamed spokesperson speaks
// for when one opens sentence si's clause before token k: "A Ferrovane
// spokesperson denied …, dismissing it as “…”", "A spokeswoman for Helix
// Forge said the company “…”". A spokesperson named beside the noun
// ("a spokesman, Garrett Lund,") speaks for himself; -1.
func (d *stage) spokesOrg(si, k int) int {
	s := d.Sentences[si]
	for j := s.First; j < k && j < s.First+6; j++ {
		if !spokesNouns[d.Tokens[j].Lower] {
			continue
		}
		if j+2 < len(d.Tokens) && d.Tokens[j+1].Text == "," && d.Tokens[j+2].Cap {
			return -1 // named beside the noun
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si && d.Mentions[mi].First < k; mi++ {
			if m := d.Mentions[mi]; m.First > j && m.TitleFirst > 0 && d.Tokens[m.TitleFirst-1].Text == "," && m.Type == doc.Person && !m.Pronoun && m.Entity >= 0 && !d.pastVerbBetween(j+1, m.TitleFirst) {
				return -1 // "a spokesman for the system, Dmitri Obi, said" (not a name in what was denied)
			}
		}
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si && d.Mentions[mi].First <= j+3; mi++ {
			m := d.Mentions[mi]
			if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org {
				if m.Entity >= 0 && m.First < j {
					return -1 // a person before the noun: "Pell's spokesman"
				}
				continue
			}
			w := ""
			if m.TitleFirst > d.Sentences[si].First {
				w = d.Tokens[m.TitleFirst-1].Lower
			}
			if m.Last == j || m.Last == j-1 && (d.Tokens[j-1].Text == "'s" || d.Tokens[j-1].Text == "’s") || m.First > j && (w == "for" || w == "of" || w == "the" && j+2 < len(d.Tokens) && (d.Tokens[j+1].Text == "for" || d.Tokens[j+1].Text == "of")) {
				return m.Entity
			}
		}
		return -1
	}
	return -1
}

// pastVerbBetween reports whether a verb in the past stands among
// tokens [from, to) ("denied a report that …").
func (d *stage) pastVerbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.Tokens[k]; t.Word && !t.Cap && syntax.Default().PastTense(t.Text) {
			return true
		}
	}
	return false
}

// spokesNouns speak for someone unnamed in their stead (rules:
// spokesNouns), and so, unnamed, does a representative ("a Norvik
// representative said").
var spokesNouns = withWord(rules.WordClass("spokesNouns"), "representative")

// withWord returns a copy of class with w added.
func withWord(class map[string]bool, w string) map[string]bool {
	out := map[string]bool{w: true}
	for k := range class {
		out[k] = true
	}
	return out
}

// ambiguousSpeechVerbs are also nouns ("calls", "claims"): they attribute a
// quote only right after their subject or an adverb.
var ambiguousSpeechVerbs = rules.Set(quoteWords["ambiguous"])

// subjectWordBefore reports whether token k follows a pronoun, a name or
// an adverb, so that it reads as a verb.
func (d *stage) subjectWordBefore(k int) bool {
	prev := d.Tokens[k-1].Text
	if rules.Pronouns[strings.ToLower(prev)] != "" || strings.HasSuffix(prev, "ly") {
		return true
	}
	mi := d.LastMentionBefore(k)
	return mi >= 0 && d.Mentions[mi].Last == k
}

// withSubject returns the person named in a with-phrase, set off after
// a comma, that ends right before the participle at token k: ", with its
// director, Makoa Kealoha, calling …" (the participle's own subject, in
// an absolute construction); or -1.
func (d *stage) withSubject(si, k int) int {
	first := d.Sentences[si].First
	for w := k - 1; w > first && w >= k-10; w-- {
		if !strings.EqualFold(d.Tokens[w].Text, "with") {
			continue
		}
		if !d.absoluteWith(w, k) {
			return -1
		}
		e := -1
		for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
			if m := d.Mentions[mi]; m.First > w && m.Last < k && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
				if e >= 0 && e != m.Entity {
					return -1
				}
				e = m.Entity
			}
		}
		return e
	}
	return -1
}

// absoluteWith reports whether "with" at token w, after a comma, opens
// the subject of the participle at token k: ", with its director, Makoa
// Kealoha, calling the singer …" (not "met with Reyes, calling him …",
// where "with" follows its verb).
func (d *stage) absoluteWith(w, k int) bool {
	return w > 0 && strings.EqualFold(d.Tokens[w].Text, "with") && d.Tokens[w-1].Text == "," && strings.HasSuffix(d.Tokens[k].Text, "ing") && k-w <= 10
}

// nearestPersonBefore returns the entity of the person mention closest
// before token k in sentence si, outside quotations.
func (d *stage) nearestPersonBefore(si, k int) int {
	for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.Sent > si || m.First >= k {
			continue
		}
		if m.Sent < si {
			break
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person || d.Quoted[m.First] {
			continue
		}
		// "Okafor, a major donor to the governor, said" and "Voss criticized
		// Whitfield … and said": the speaker is not a preposition's or a
		// verb's object.
		// A subject pronoun ("he calls") and the subject of a gerund right
		// before it ("respond to Musk calling it") speak.
		subjPronoun := m.Pronoun && (strings.EqualFold(d.Tokens[m.First].Text, "he") || strings.EqualFold(d.Tokens[m.First].Text, "she"))
		gerund := m.Last == k && strings.HasSuffix(d.Tokens[k].Text, "ing")
		if m.TitleFirst > d.Sentences[si].First && !subjPronoun && !gerund {
			prev := d.Tokens[m.TitleFirst-1].Lower
			// (but "…, with its director, Makoa Kealoha, calling the
			// singer …": the with-phrase is the participle's subject)
			if rules.Prepositions[prev] && !d.absoluteWith(m.TitleFirst-1, k) || d.quoteObjectPosition(mi) {
				continue
			}
			if prev == "," && mi > 0 && d.Mentions[mi-1].Entity == m.Entity && d.Mentions[mi-1].Last == m.TitleFirst-1 {
				// "Ashby endorsed Colt Renner, the former Marine, calling
				// him …": an apposition stands where its name does.
				continue
			}
			if prev == "," && d.possessorAt(mi) && mi > 0 && d.Mentions[mi-1].Sent == si && d.Mentions[mi-1].Last == m.TitleFirst-1 && !d.Mentions[mi-1].Pronoun {
				// "Ilse Dorn, Raman's chief of staff, described …": the
				// possessor inside the apposition is not the subject.
				continue
			}
		}
		if m.Pronoun && !subjPronoun && d.possessorAt(mi) && m.Last < k && !d.speaksForPossessor(m.Last, k) {
			// "His rival, in a statement, said …", "Her husband said …":
			// someone of the possessor's who does not speak for them.
			continue
		}
		if m.Pronoun && !subjPronoun && d.possessorAt(mi) && d.CommaBetween(m.Last, k) && m.First > d.Sentences[si].First && d.Tokens[m.First-1].Word && !strings.EqualFold(d.Tokens[m.First-1].Text, "and") {
			// "Acker, who had called for her firing over what he
			// described as her hostility to business, said …": a
			// possessive inside a phrase set off before the verb is no
			// one's speaking (but one opening the subject speaks for its
			// possessor: "Her office, in a statement, said", "On Monday,
			// her lawyers, in a filing, said", "her office said", "His
			// message was direct: …").
			continue
		}
		if !m.Pronoun && d.possessorAt(mi) && m.Last+1 < k && !d.ownWords(m.Last+1, k) {
			// "Rocco Fenn's record label, Bluefin Audio, called …": the
			// thing possessed is the subject, not its possessor (but
			// "Smith's statement said", "Hart's letter called": one's
			// own words speak for one).
			continue
		}
		if m.TitleFirst > d.Sentences[si].First && quoteClauseOpeners[d.Tokens[m.TitleFirst-1].Lower] && d.CommaBetween(m.Last, k) && d.insideInsertion(si, m.TitleFirst-1) {
			// "Moore, who entered politics when Gov. Ben Hart was in
			// office, called him …": a name in a clause set off after
			// the subject, before the verb, is not its subject.
			continue
		}
		return m.Entity
	}
	return -1
}

// speaksForPossessor reports whether the noun after a possessive pronoun
// at token from (before the verb at k) is one who or what speaks for the
// possessor: their office, lawyers, spokesman, campaign, or their own
// words ("Her office said", "His lawyers, in a filing, said"), not
// someone else of theirs ("His rival said", "Her husband said").
func (d *stage) speaksForPossessor(from, k int) bool {
	if d.ownWords(from, k) {
		return true
	}
	for j := from; j < k && j < from+4; j++ {
		t := d.Tokens[j]
		if !t.Word {
			break
		}
		if w := strings.ToLower(t.Text); forPossessor[w] {
			return true
		}
	}
	return false
}

// forPossessor are those who speak for the one whose they are (rules
// quotewords.txt: for).
var forPossessor = rules.Set(quoteWords["for"])

// ownWords reports whether the words from token from up to the verb at
// k (after a possessor's "'s") open with a writing or speech of the
// possessor's own: "statement", "letter", "post", "speech", "memoir".
func (d *stage) ownWords(from, k int) bool {
	if from < k && (d.Tokens[from].Text == "'s" || d.Tokens[from].Text == "’s") {
		from++
	}
	for j := from; j < k && j < from+3; j++ {
		t := d.Tokens[j]
		if !t.Word || t.Cap {
			return false
		}
		if w := strings.ToLower(t.Text); ownWordNouns[w] || ownWordNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// ownWordNouns are writings and speech that speak for their author
// (rules: documentNouns, ownWordNouns).
var ownWordNouns = func() map[string]bool {
	out := maps.Clone(rules.WordClass("documentNouns"))
	maps.Copy(out, rules.WordClass("ownWordNouns"))
	return out
}()

// insideInsertion reports whether token k of sentence si stands in a
// phrase set off by a comma after a person named before it, not yet
// closed ("Moore, who entered politics when …").
func (d *stage) insideInsertion(si, k int) bool {
	for mi := d.LastMentionBefore(k); mi >= 0 && d.Mentions[mi].Sent == si; mi-- {
		m := d.Mentions[mi]
		if m.Entity < 0 || m.Pronoun || d.Entities[m.Entity].Type != doc.Person || m.Last >= k {
			continue
		}
		return d.Tokens[m.Last].Text == "," && !d.CommaBetween(m.Last+1, k)
	}
	return false
}

// quoteClauseOpeners open a clause whose subject follows them.
var quoteClauseOpeners = map[string]bool{"when": true, "after": true, "because": true, "while": true, "since": true, "until": true, "before": true, "though": true, "although": true, "if": true, "unless": true, "once": true, "where": true, "whereas": true}

// relativeBetween reports whether a relative word ("who", "where",
// "which", "whom", "when") stands among tokens [from, to).
func (d *stage) relativeBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.Tokens[k].Lower {
		case "who", "whom", "where", "which", "when":
			return true
		}
	}
	return false
}

// quoteObjectPosition reports whether mention mi follows a lower-case word
// other than a conjunction or relative word, as the object of a verb
// does ("criticized Whitfield").
func (d *stage) quoteObjectPosition(mi int) bool {
	m := d.Mentions[mi]
	if m.TitleFirst <= d.Sentences[m.Sent].First {
		return false // (opening its sentence; the word before is another's, a headline's perhaps)
	}
	p := d.Tokens[m.TitleFirst-1]
	if !p.Word || p.Cap {
		return false
	}
	if quoteClauseOpeners[p.Text] {
		return false // a clause's subject: "The feud began when Oyelowo said …"
	}
	switch p.Text {
	case "and", "or", "but", "that", "who", "which", "as", "then", "the",
		// (and after a time that opens a clause: "at the time Holm
		// accused him")
		"so", "than", "time", "day", "moment", "night", "week", "year":
		return false
	}
	// "the media baron Heinrich Falk": a kind of person describes the
	// name; it does not take it as an object — unless a verb takes the
	// two ("met envoy Bradley Stroud").
	if !rules.PersonNoun(p.Text) {
		return true
	}
	k := m.TitleFirst - 2
	for k >= 0 && d.Tokens[k].Word && !d.Tokens[k].Cap && rules.PersonNoun(d.Tokens[k].Text) {
		k--
	}
	if k < 0 || !d.Tokens[k].Word || d.Tokens[k].Cap {
		return false
	}
	switch d.Tokens[k].Text {
	case "and", "or", "but", "that", "who", "which", "as", "then", "the", "a", "an", "former", "his", "her", "their", "its":
		return false
	}
	// (not a speech verb: "said councillor Reyes had called it …" has
	// Reyes for the subject of what was said)
	return syntax.Default().PastTense(d.Tokens[k].Text) && !rules.SpeechVerbs[d.Tokens[k].Text]
}

// isContinuation reports whether quote qi carries on the speaker of the
// previous attributed quote: it stands in the same paragraph, in the same
// or the next sentence, with nobody else named outside quotations
// between them or before it in its sentence.
func (d *stage) isContinuation(qi, lastSent, speaker int) bool {
	q := d.QuoteSpans[qi]
	si := d.SentenceOf(q.Open)
	if lastSent < 0 || si-lastSent > 1 || si < lastSent || qi == 0 {
		return false
	}
	prev := d.QuoteSpans[qi-1]
	from := prev.Close
	if si != lastSent {
		between := d.Text[d.Sentences[lastSent].End:d.Sentences[si].Start]
		if strings.Contains(between, "\n") {
			return false
		}
		from = max(from, d.Sentences[si].First-1)
	}
	if si == lastSent && d.reportedAgain(prev.Close+1, q.Open) {
		return true // "saying Varga had “…” and that the club “…”": one report
	}
	// "The agency accepted the gift under “…”": a new subject.
	for _, m := range d.Mentions {
		if m.First > from && m.Last <= q.Open && !m.Pronoun && !d.Quoted[m.First] && m.Type != doc.Place && m.Entity != speaker {
			return false
		}
	}
	return true
}

// postAuthor resolves an embedded post's author: by handle through the
// knowledge base or the article's own entities, then by name, then by
// the handle its opening line names.
func (d *stage) postAuthor(p powermap.Post) int {
	if e := d.KB.Handle(p.Handle, p.Posted); e != nil {
		for i, ent := range d.Entities {
			if ent.KB == e {
				return i
			}
		}
	}
	for i, ent := range d.Entities {
		if (ent.Type == doc.Person || ent.Type == doc.Org) && (ent.Name == p.Author || ent.Aliases[p.Author]) {
			return i
		}
	}
	// The handle read in the post's opening line, resolved by the
	// article's names ("@sloanewhitcombe" over the text).
	for _, m := range d.Mentions {
		if m.Start >= p.Start && m.End <= p.TextStart && m.Entity >= 0 && !m.Pronoun {
			if t := d.Entities[m.Entity].Type; t == doc.Person || t == doc.Org {
				return m.Entity
			}
		}
	}
	return d.postIntroducer(p)
}

// postIntroducer returns the one the sentence right before post p says
// posted it, when that sentence ends in a colon and has a verb of
// posting or replying ("Wrenfield posted a reply on X the next morning:"),
// or -1.
func (d *stage) postIntroducer(p powermap.Post) int {
	k, _ := d.TokenRange(p.Start, p.End)
	if k <= 0 {
		return -1
	}
	si := d.SentenceOf(k - 1)
	if si < 0 || d.Tokens[k-1].Text != ":" {
		return -1
	}
	s := d.Sentences[si]
	posting := false
	for j := s.First; j < s.Last; j++ {
		posting = posting || postingVerbs[d.Tokens[j].Lower]
	}
	if !posting {
		return -1
	}
	if mi := coref.FirstSubjectOf(d.Doc, si, s.Last); mi >= 0 && d.Mentions[mi].Entity >= 0 {
		if t := d.Entities[d.Mentions[mi].Entity].Type; t == doc.Person || t == doc.Org {
			return d.Mentions[mi].Entity
		}
	}
	return -1
}

// postingVerbs put out or answer with a post (rules: postingVerbs).
var postingVerbs = rules.WordClass("postingVerbs")
