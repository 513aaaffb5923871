package doc

import (
	"slices"
	"strings"

	"github.com/powermap/powermap/extract/rules"
)

// OrgKinds returns the kinds of organization entity e: from the
// knowledge base, the last word of its names ("Halvorsen Capital"), a
// kind noun right before one of its mentions ("automaker Stellantis"), a
// union or a school for a word of members or of schools inside its
// name.
func (d *Doc) OrgKinds(e int) []string {
	ent := d.Entities[e]
	if ent.KB != nil && ent.KB.Kind != "" {
		return []string{ent.KB.Kind}
	}
	var out []string
	// The mentions resolved so far (the entity's list is filled only
	// after resolution).
	for _, m := range d.Mentions {
		if m.Entity != e || m.Rule == "description" {
			continue
		}
		head := m.Last - 1
		for k := m.First + 1; k+1 < m.Last; k++ {
			// "Ministry of Mines and Energy", "Coalition for Clean
			// Rivers": the word before "of" or "for" heads the name and
			// tells its kind, not "Energy".
			if (d.Tokens[k].Text == "of" || d.Tokens[k].Text == "for") && len(rules.OrgKinds[d.Tokens[k-1].Text]) > 0 {
				head = k - 1
				break
			}
		}
		out = append(out, rules.OrgKinds[d.Tokens[head].Text]...)
		if f := d.Tokens[m.First].Text; head != m.First && foreignHeads[strings.ToLower(f)] {
			// "Banco Meridional", "Grupo Alvear": a first word that heads
			// names in another language tells the kind too (not English
			// ones that also open other names: "United Airlines", "Court
			// Street Capital").
			out = append(out, rules.OrgKinds[f]...)
		}
		if m.First > d.Sentences[m.Sent].First && !d.Tokens[m.First-1].Cap {
			out = append(out, rules.OrgKinds[d.Tokens[m.First-1].Text]...)
		}
		for k := m.First; k+1 < m.Last; k++ {
			// A body named for its members is a union ("Port Workers
			// Alliance", "Allied Dockers' Association").
			if w := d.Tokens[k].Text; d.Tokens[k].Cap && (slices.Contains(rules.OrgKinds[w], "union") || rules.PersonNounPlural(strings.ToLower(w))) {
				out = append(out, "union")
			}
			// A body named for the schools it runs is one of them too
			// ("Cedar Hollow Unified School District", whose
			// superintendent is a school post).
			if w := d.Tokens[k].Text; d.Tokens[k].Cap && slices.Contains(rules.OrgKinds[w], "school") {
				out = append(out, "school")
			}
		}
	}
	return out
}

// foreignHeads open organizations' names in other languages and tell
// their kind (rules: foreignOrgHeads).
var foreignHeads = rules.WordClass("foreignOrgHeads")
