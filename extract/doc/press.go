package doc

import (
	"slices"
	"strings"

	"github.com/powermap/powermap/extract/rules"
)

// NewsOutlet reports whether entity e is a news outlet: of the knowledge
// base's media kind, named as one ("… News", "… Times"), or described as
// one ("Pulse, a daily,").
func (d *Doc) NewsOutlet(e int) bool {
	ent := d.Entities[e]
	if ent.Type != Org {
		return false
	}
	if ent.KB != nil && ent.KB.Kind == "media" {
		return true
	}
	words := strings.Fields(ent.Name)
	if len(words) > 0 && slices.Contains(rules.OrgKinds[words[len(words)-1]], "media") {
		return true
	}
	for _, mi := range ent.Mentions {
		// "Pulse, a daily,", "the Harbinger, a weekly newspaper": an
		// apposition of the media kind.
		k := d.Mentions[mi].Last
		if k+2 >= len(d.Tokens) || d.Tokens[k].Text != "," {
			continue
		}
		if w := d.Tokens[k+1].Lower; w != "a" && w != "an" && w != "the" {
			continue
		}
		for j := k + 2; j < len(d.Tokens) && j <= k+5 && d.Tokens[j].Word; j++ {
			if slices.Contains(rules.OrgKinds[d.Tokens[j].Lower], "media") && (j+1 >= len(d.Tokens) || !d.Tokens[j+1].Word) {
				return true
			}
		}
	}
	return false
}

// CitedSource reports whether mention mi names a news outlet as the
// source of what the article reports: after "to", "told", "by", "with",
// "according to" or "(" ("told the Associated Press", "WASHINGTON (AP)"),
// or before "reported" ("Politico reported").
func (d *Doc) CitedSource(mi int) bool {
	m := d.Mentions[mi]
	if m.Entity >= 0 && d.WireAgency(mi) {
		return true
	}
	if m.Entity < 0 || !d.NewsOutlet(m.Entity) && !slices.Contains(rules.OrgKinds[d.Tokens[m.Last-1].Text], "media") {
		return false // (named as an outlet here: the knowledge base's "Bloomberg" as "Bloomberg News")
	}
	if k := m.TitleFirst - 1; k >= 0 {
		if strings.EqualFold(d.Tokens[k].Text, "the") && k > 0 {
			k--
		}
		switch d.Tokens[k].Lower {
		case "to", "told", "by", "with", "according", "(":
			return true
		}
	}
	if m.Last < len(d.Tokens) {
		switch d.Tokens[m.Last].Lower {
		case "reported", "reports":
			return true
		}
	}
	return false
}

// WireAgency reports whether mention mi is the agency of a wire
// dateline, in parentheses before its dash: "LONDON (Meridian Wire) - …",
// whatever the agency's name.
func (d *Doc) WireAgency(mi int) bool {
	m := d.Mentions[mi]
	open, closing := m.TitleFirst-1, m.Last
	if open < 1 || closing+1 >= len(d.Tokens) || d.Tokens[open].Text != "(" || d.Tokens[closing].Text != ")" {
		return false
	}
	switch d.Tokens[closing+1].Text {
	case "-", "–", "—", "--":
	default:
		return false
	}
	s := d.Sentences[m.Sent]
	return open-s.First <= 4 && d.Tokens[s.First].Cap
}
