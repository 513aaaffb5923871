package doc

import (
	"sort"
	"strings"

	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/kb"
)

// Accessors every stage needs: where a token or a byte stands, and which
// mentions lie around a token. Mentions are kept in text order.

// NextWord returns the index of the next word token at or after k, or -1.
func (d *Doc) NextWord(k int) int {
	for ; k < len(d.Tokens); k++ {
		if d.Tokens[k].Word {
			return k
		}
	}
	return -1
}

// SentenceOf returns the index of the sentence holding token k.
func (d *Doc) SentenceOf(k int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case k < s.First:
			hi = m - 1
		case k >= s.Last:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// SentenceOfByte returns the sentence holding byte offset off.
func (d *Doc) SentenceOfByte(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End >= off })
	return min(i, len(d.Sentences)-1)
}

// TokenRange maps a byte range to the tokens it covers.
func (d *Doc) TokenRange(start, end int) (int, int) {
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

// Paragraphs returns the sentence ranges [first, last] of each paragraph
// (a post's sentences are their own paragraphs).
func (d *Doc) Paragraphs() [][2]int {
	var out [][2]int
	for si := 0; si < len(d.Sentences); {
		para := si
		for para+1 < len(d.Sentences) && !strings.Contains(d.Text[d.Sentences[para].End:d.Sentences[para+1].Start], "\n") && d.Sentences[para+1].Post == d.Sentences[si].Post {
			para++
		}
		out = append(out, [2]int{si, para})
		si = para + 1
	}
	return out
}

// TokenInMention reports whether token k belongs to some mention.
func (d *Doc) TokenInMention(k int) bool { return d.MentionCovering(k) >= 0 }

// MentionCovering returns the mention token k belongs to, or -1.
func (d *Doc) MentionCovering(k int) int {
	for i, m := range d.Mentions {
		if m.First <= k && k < m.Last {
			return i
		}
		if m.First > k {
			break
		}
	}
	return -1
}

// CommaBetween reports whether a comma token lies in [from, to).
func (d *Doc) CommaBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if d.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}

// LastMentionBefore returns the last mention ending at or before token k.
func (d *Doc) LastMentionBefore(k int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].First >= k })
	for i--; i >= 0; i-- {
		if d.Mentions[i].Last <= k {
			return i
		}
	}
	return -1
}

// NextMentionAfter returns the first mention of sentence si starting after
// token k, or -1.
func (d *Doc) NextMentionAfter(k, si int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].First > k })
	if i < len(d.Mentions) && d.Mentions[i].Sent == si {
		return i
	}
	return -1
}

// FirstMentionIn returns the index of the first mention in sentence si, or
// -1.
func (d *Doc) FirstMentionIn(si int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Sent >= si })
	if i < len(d.Mentions) && d.Mentions[i].Sent == si {
		return i
	}
	return -1
}

// AddMention records a mention of tokens [first, last) of sentence si;
// e, when set, is the knowledge-base entry it names (coreference turns
// entries into entities).
func (d *Doc) AddMention(si, first, last int, typ MentionType, rule string, e *kb.Entry, title string) {
	d.Mentions = append(d.Mentions, Mention{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End, First: first, Last: last, TitleFirst: first,
		Sent: si, Type: typ, Entity: -1, Rule: rule, Title: title, Entry: e})
}

// SameParagraph reports whether sentences a and b, in either order,
// stand in one paragraph: no line break between them.
func (d *Doc) SameParagraph(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return a == b || !strings.Contains(d.Text[d.Sentences[a].End:d.Sentences[b].Start], "\n")
}

// QuoteOpenedAt returns the quotation whose opening mark is token k, if
// one is.
func (d *Doc) QuoteOpenedAt(k int) (QuoteSpan, bool) {
	i := sort.Search(len(d.QuoteSpans), func(i int) bool { return d.QuoteSpans[i].Open >= k })
	if i < len(d.QuoteSpans) && d.QuoteSpans[i].Open == k {
		return d.QuoteSpans[i], true
	}
	return QuoteSpan{}, false
}

// AfterAccordingTo reports whether token i follows "according to (the)":
// a name there is a source cited ("According to the Harlow Builders
// Union, …").
func (d *Doc) AfterAccordingTo(i int) bool {
	j := i - 1
	if j >= 0 && strings.EqualFold(d.Tokens[j].Text, "the") {
		j--
	}
	return j >= 1 && d.Tokens[j].Text == "to" && strings.EqualFold(d.Tokens[j-1].Text, "according")
}

// Possessive reports whether token text w is the possessive "'s".
func Possessive(w string) bool { return w == "'s" || w == "’s" }

// AsideOpening returns the comma that opens an aside closed by the comma
// at token c — a relative clause or a description set off after a name
// ("Abernethy, who plays her brother,", "Abernethy, a longtime friend,")
// — or -1 when c closes none.
func (d *Doc) AsideOpening(c int) int {
	if c <= 0 || d.Tokens[c].Text != "," {
		return -1
	}
	si := d.SentenceOf(c)
	for k := c - 1; k > d.Sentences[si].First && k >= c-20; k-- {
		if d.Quoted[k] {
			return -1
		}
		if d.Tokens[k].Text != "," {
			continue
		}
		if k+1 >= c {
			return -1
		}
		switch d.Tokens[k+1].Lower {
		case "who", "whom", "whose", "a", "an", "the", "his", "her", "their", "its":
			return k
		}
		return -1
	}
	return -1
}

// LabelLike reports whether quotation q may be a label that a verb of
// naming gives its object: not a purpose or a span of time ("called
// Fenn, “to make sure he had what he needed”", "called Fenn “a few
// times” last week"; but "the man of the year").
func (d *Doc) LabelLike(q QuoteSpan) bool {
	first, last := q.Open+1, q.Close-1
	for first < last && !d.Tokens[first].Word {
		first++
	}
	for last > first && !d.Tokens[last].Word {
		last--
	}
	if first > last {
		return true
	}
	w := strings.TrimSuffix(d.Tokens[last].Lower, "s")
	return !notLabelOpeners[d.Tokens[first].Lower] && !(last-first < 3 && (timeMeasures[w] || timeNouns[w]))
}

// notLabelOpeners open words that say why, how often or when, not what
// someone is; timeMeasures and timeNouns end a span or a time (rules:
// notLabelOpeners, timeMeasures, timeNouns).
var notLabelOpeners, timeMeasures, timeNouns = rules.WordClass("notLabelOpeners"), rules.WordClass("timeMeasures"), rules.WordClass("timeNouns")
