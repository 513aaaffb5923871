package extract

import (
	"strings"
	"unicode"

	"github.com/powermap/powermap"
)

// quoteSpan is a run of quoted words: the tokens between a pair of
// quotation marks.
type quoteSpan struct {
	open, close int // tokens of the marks
	sent        int // sentence of the opening mark
}

// findQuoteSpans pairs quotation marks within each block of text (curly
// “…” pairs, or straight quotes in turn) and marks the tokens inside.
func (d *Doc) findQuoteSpans() {
	d.quoted = make([]bool, len(d.Tokens))
	for si := 0; si < len(d.Sentences); {
		// A quote may run over several sentences of one paragraph.
		para := si
		for para+1 < len(d.Sentences) && !strings.Contains(d.Text[d.Sentences[para].End:d.Sentences[para+1].Start], "\n") && d.Sentences[para+1].Post == d.Sentences[si].Post {
			para++
		}
		open := -1
		for k := d.Sentences[si].First; k < d.Sentences[para].Last; k++ {
			t := d.Tokens[k].Text
			switch {
			case t == "“" || (t == "\"" && open < 0):
				open = k
			case (t == "”" || t == "\"") && open >= 0:
				d.quotes = append(d.quotes, quoteSpan{open: open, close: k, sent: d.sentenceOf(open)})
				for j := open + 1; j < k; j++ {
					d.quoted[j] = true
				}
				open = -1
			}
		}
		si = para + 1
	}
}

// attributeQuotes finds the speaker of each quotation and of each embedded
// post.
func (d *Doc) attributeQuotes() {
	lastSpeaker, lastSent := -1, -1
	for qi, q := range d.quotes {
		if q.close-q.open < 2 {
			continue
		}
		text := strings.TrimSpace(d.Text[d.Tokens[q.open].End:d.Tokens[q.close].Start])
		if isTitleCase(text) {
			continue // the name of a thing: “Big Beautiful Bill”
		}
		speaker, rule, conf := d.speakerAfter(q)
		blocked := false
		if speaker < 0 {
			speaker, rule, conf, blocked = d.speakerBefore(qi)
		}
		if speaker < 0 && !blocked && lastSpeaker >= 0 && d.isContinuation(qi, lastSent) {
			speaker, rule, conf = lastSpeaker, "continued", 0.7
		}
		if blocked {
			lastSpeaker = -1
		}
		if speaker < 0 {
			continue
		}
		lastSpeaker, lastSent = speaker, d.sentenceOf(q.close)
		start, end := d.Tokens[q.open].End, d.Tokens[q.close].Start
		d.Quotes = append(d.Quotes, powermap.Quote{Speaker: d.Entities[speaker].Name, Text: strings.TrimSpace(d.Text[start:end]),
			Span: powermap.Span{Start: start, End: end}, Rule: rule, Confidence: conf})
		d.quoteSpeaker = append(d.quoteSpeaker, speaker)
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
		d.quoteSpeaker = append(d.quoteSpeaker, e)
	}
}

// isTitleCase reports whether every word of s starts with a capital, as in
// the names of bills and programs; all-capital shouts are not.
func isTitleCase(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) == 0 || strings.ToUpper(s) == s {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// speakerAfter handles “…,” X said / “…,” said X / “…” X wrote: a quote
// opening its sentence, attributed right after its closing mark.
func (d *Doc) speakerAfter(q quoteSpan) (int, string, float64) {
	s := d.Sentences[d.sentenceOf(q.open)]
	if q.open != s.First {
		return -1, "", 0
	}
	k := q.close + 1
	for k < len(d.Tokens) && (d.Tokens[k].Text == "," || d.Tokens[k].Text == "—") {
		k++
	}
	// "…,” Senator Ada Quill said": the name follows its title.
	for n := 0; n < 3 && k < len(d.Tokens) && isTitleWord(d.Tokens[k].Text) && d.mentionStartingAt(k) < 0; n++ {
		k++
	}
	if k >= len(d.Tokens) || d.sentenceOf(k) != d.sentenceOf(q.close) {
		return -1, "", 0 // the quote ended its sentence
	}
	// X [adverb] said
	if mi := d.mentionStartingAt(k); mi >= 0 {
		m := d.Mentions[mi]
		v := m.Last
		if v < len(d.Tokens) && strings.HasSuffix(d.Tokens[v].Text, "ly") {
			v++
		}
		if v < len(d.Tokens) && speechVerbs[d.Tokens[v].Text] && m.Entity >= 0 && d.Entities[m.Entity].Type == Person {
			return m.Entity, "quote-then-speaker", 0.9
		}
	}
	// said X
	if k < len(d.Tokens) && speechVerbs[d.Tokens[k].Text] {
		if mi := d.mentionStartingAt(k + 1); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == Person {
			return d.Mentions[mi].Entity, "quote-said-speaker", 0.9
		}
	}
	return -1, "", 0
}

// speechNouns after a possessive name give the quote's speaker: "the Vice
// President's commentary that it had been a “slow news day”".
var speechNouns = map[string]bool{"commentary": true, "comment": true, "comments": true, "remark": true, "remarks": true, "statement": true,
	"post": true, "tweet": true, "message": true, "words": true, "claim": true, "response": true, "reply": true, "answer": true, "quip": true}

// speakerBefore handles X said: “…” / X said that he was “…” / X posted
// on X, “…”: the nearest speech verb before the quote in its clause, and
// the person subject before that verb; a possessive name before a speech
// noun ("Vance's commentary"); a quote after a colon takes the person the
// sentence is about. blocked means the words belong to something that is
// not a person ("a post that said", "Grok's response").
func (d *Doc) speakerBefore(qi int) (speaker int, rule string, conf float64, blocked bool) {
	q := d.quotes[qi]
	s := d.Sentences[q.sent]
	stop := s.First
	if qi > 0 && d.quotes[qi-1].close >= s.First && d.quotes[qi-1].close < q.open {
		stop = d.quotes[qi-1].close + 1 // a verb before an earlier quote is that quote's
	}
	for k := q.open - 1; k >= stop; k-- {
		if d.quoted[k] {
			continue
		}
		t := d.Tokens[k].Text
		if speechNouns[t] && k-1 >= stop && (d.Tokens[k-1].Text == "’s" || d.Tokens[k-1].Text == "'s") {
			if mi := d.lastMentionBefore(k - 1); mi >= 0 && d.Mentions[mi].Last == k-1 && d.Mentions[mi].Entity >= 0 {
				if e := d.Mentions[mi].Entity; d.Entities[e].Type == Person {
					return e, "possessive-speech-noun", 0.7, false
				}
			}
			return -1, "", 0, true
		}
		if speechVerbs[t] || ambiguousSpeechVerbs[t] && k > s.First && d.subjectWordBefore(k) {
			// "he speaks", "… said, adding": a participle after a comma
			// speaks for the sentence's subject.
			if k > s.First && d.Tokens[k-1].Text == "," && strings.HasSuffix(t, "ing") {
				if mi := d.subjectOf(q.sent, k); mi >= 0 && d.Mentions[mi].Entity >= 0 && d.Entities[d.Mentions[mi].Entity].Type == Person {
					return d.Mentions[mi].Entity, "speaker-participle-quote", 0.75, false
				}
			}
			if k > s.First {
				prev := strings.ToLower(d.Tokens[k-1].Text)
				if prev == "that" || prev == "which" {
					return -1, "", 0, true // "a post that said": not a person speaking
				}
			}
			if e := d.nearestPersonBefore(q.sent, k); e >= 0 {
				return e, "speaker-verb-quote", 0.8, false
			}
			return -1, "", 0, true
		}
	}
	if q.open > s.First && d.Tokens[q.open-1].Text == ":" {
		if e := d.nearestPersonBefore(q.sent, q.open); e >= 0 {
			return e, "colon-quote", 0.6, false
		}
	}
	return -1, "", 0, false
}

// ambiguousSpeechVerbs are also nouns ("calls", "claims"): they attribute a
// quote only right after their subject or an adverb.
var ambiguousSpeechVerbs = map[string]bool{"calls": true, "claims": true, "posts": true, "notes": true, "remarks": true, "comments": true, "tweets": true, "states": true}

// subjectWordBefore reports whether token k follows a pronoun, a name or
// an adverb, so that it reads as a verb.
func (d *Doc) subjectWordBefore(k int) bool {
	prev := d.Tokens[k-1].Text
	if pronouns[strings.ToLower(prev)] != "" || strings.HasSuffix(prev, "ly") {
		return true
	}
	mi := d.lastMentionBefore(k)
	return mi >= 0 && d.Mentions[mi].Last == k
}

// nearestPersonBefore returns the entity of the person mention closest
// before token k in sentence si, outside quotations.
func (d *Doc) nearestPersonBefore(si, k int) int {
	for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.Sent > si || m.First >= k {
			continue
		}
		if m.Sent < si {
			break
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type != Person || d.quoted[m.First] {
			continue
		}
		// "Okafor, a major donor to the governor, said" and "Voss criticized
		// Whitfield … and said": the speaker is not a preposition's or a
		// verb's object.
		// A subject pronoun ("he calls") and the subject of a gerund right
		// before it ("respond to Musk calling it") speak.
		subjPronoun := m.Pronoun && (strings.EqualFold(d.Tokens[m.First].Text, "he") || strings.EqualFold(d.Tokens[m.First].Text, "she"))
		gerund := m.Last == k && strings.HasSuffix(d.Tokens[k].Text, "ing")
		if m.TitleFirst > 0 && !subjPronoun && !gerund {
			prev := strings.ToLower(d.Tokens[m.TitleFirst-1].Text)
			if prepositions[prev] || d.inObjectPosition(mi) {
				continue
			}
		}
		return m.Entity
	}
	return -1
}

// isContinuation reports whether quote qi carries on the speaker of the
// previous attributed quote: it stands in the same paragraph, in the same
// or the next sentence, with no other attribution.
func (d *Doc) isContinuation(qi, lastSent int) bool {
	q := d.quotes[qi]
	si := d.sentenceOf(q.open)
	if lastSent < 0 || si-lastSent > 1 || si < lastSent {
		return false
	}
	if si == lastSent {
		// Within one sentence a second quote carries on only when nobody
		// new is named between them ("“FAKE” but that “these are …”").
		prev := d.quotes[qi-1]
		for _, m := range d.Mentions {
			if m.First > prev.close && m.Last <= q.open {
				return false
			}
		}
		return true
	}
	between := d.Text[d.Sentences[lastSent].End:d.Sentences[si].Start]
	return !strings.Contains(between, "\n")
}

// mentionStartingAt returns the mention that starts at token k, or -1.
func (d *Doc) mentionStartingAt(k int) int {
	for mi, m := range d.Mentions {
		if m.First == k {
			return mi
		}
		if m.First > k {
			break
		}
	}
	return -1
}

// postAuthor resolves an embedded post's author: by handle through the
// knowledge base or the article's own entities, then by name.
func (d *Doc) postAuthor(p powermap.Post) int {
	if e := d.KB.Handle(p.Handle, p.Posted); e != nil {
		for i, ent := range d.Entities {
			if ent.KB == e {
				return i
			}
		}
	}
	for i, ent := range d.Entities {
		if ent.Type == Person && (ent.Name == p.Author || ent.Aliases[p.Author]) {
			return i
		}
	}
	return -1
}
