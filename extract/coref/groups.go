package coref

// Lists of names: mentions joined by "and", commas and modifiers, which
// coreference uses to find who a sentence is about.

import (
	"strings"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
)

// participant is a resolved entity with how sure we are of it.
type participant struct {
	entity int
	weak   bool // reached through a pronoun, a description or a fallback
}

// usable reports whether mention mi can be an event participant: resolved
// to a person or organization and outside quotations.
func (d *stage) usable(mi int) (participant, bool) {
	m := d.Mentions[mi]
	if m.Entity < 0 || d.Quoted[m.First] || m.Type == doc.Place {
		return participant{}, false
	}
	return participant{m.Entity, m.Pronoun || m.Rule == "description"}, true
}

// group returns the usable mention at mi (searching in direction dir for
// the first usable one) and the mentions joined to it by "and", commas,
// "Both … and", and possessive or "of" modifiers ("Apple's Tim Cook",
// "Mark Zuckerberg of Meta").
func (d *stage) group(mi, si, dir int) []participant {
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
		if a.Pronoun && strings.Contains(d.Text[d.Tokens[a.Last].Start:d.Tokens[b.First].Start], ",") {
			// "… has turned on her, and chairman Dale Ruiz called …":
			// a pronoun before ", and" ends its clause; it is no
			// conjunct of the name after.
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
func (d *stage) isModifier(mi int) bool {
	m := d.Mentions[mi]
	if m.Entity < 0 {
		return false
	}
	ent := d.Entities[m.Entity]
	if ent.Type == doc.Org && m.Last+1 < len(d.Tokens) && (d.Tokens[m.Last].Text == "’s" || d.Tokens[m.Last].Text == "'s") && d.Tokens[m.Last+1].Cap {
		return true
	}
	if ent.Type == doc.Org && m.First > 0 && d.Tokens[m.First-1].Text == "of" && mi > 0 && d.Mentions[mi-1].Last == m.First-1 {
		return true
	}
	// "Federal Reserve Chair Jerome Powell", "Apple CEO Tim Cook": the
	// organization describes the titled person after it.
	if ent.Type == doc.Org && mi+1 < len(d.Mentions) {
		next := d.Mentions[mi+1]
		if next.TitleFirst == m.Last && next.First > next.TitleFirst && next.Entity >= 0 && d.Entities[next.Entity].Type == doc.Person {
			return true
		}
	}
	return false
}

// conjoined reports whether the tokens between two mentions only join
// them: commas, "and", "or", "&", "as well as", or modifiers.
func (d *stage) conjoined(from, to int) bool {
	if to <= from {
		return false
	}
	joined, described := false, false
	for k := from; k < to; k++ {
		switch d.Tokens[k].Lower {
		case "and", "or", "&", "as", "well", "both":
			joined = true
		case ",", "’s", "'s", "of":
		default:
			// Modifier mentions between ("OpenAI's"), titles and role
			// words ("and tech mogul Elon Musk") belong to the names;
			// anything else breaks the list.
			t := d.Tokens[k].Text
			switch {
			case d.TokenInMention(k) || rules.IsTitleWord(t):
			case rules.RoleNouns[t]:
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

// prepositional reports whether mention mi is a preposition's object ("chief
// of staff to Senator Dana Whitfield"), which cannot be a subject.
func (d *stage) prepositional(mi int) bool {
	m := d.Mentions[mi]
	b := m.TitleFirst - 1
	for n := 0; n < 3 && b > d.Sentences[m.Sent].First && d.Tokens[b].Cap && d.Tokens[b].Word && !d.TokenInMention(b); n++ {
		b-- // past the words of a title the mention left out: "behind Council President Nadia Farouq"
	}
	return b >= d.Sentences[m.Sent].First && b >= 0 && rules.Prepositions[d.Tokens[b].Lower]
}

// adjacentToNext reports whether mention mi is followed directly by a
// word (no punctuation between it and what follows).
func (d *stage) adjacentToNext(mi int) bool {
	m := d.Mentions[mi]
	return m.Last < len(d.Tokens) && d.Tokens[m.Last].Word && d.SentenceOf(m.Last) == m.Sent
}

// isObjectPronoun reports whether a pronoun cannot be a subject.
func isObjectPronoun(t string) bool {
	switch strings.ToLower(t) {
	case "him", "his", "her", "hers", "them", "their":
		return true
	}
	return false
}
