package doc

import (
	"sort"

	"github.com/powermap/powermap"
)

// Facts collects the document's people, organizations, events and quotes.
func (d *Doc) Facts() *powermap.Facts {
	f := &powermap.Facts{People: []powermap.Entity{}, Organizations: []powermap.Entity{}, Events: d.Events, Quotes: d.Quotes}
	if f.Events == nil {
		f.Events = []powermap.Event{}
	}
	if f.Quotes == nil {
		f.Quotes = []powermap.Quote{}
	}
	for _, ent := range d.Entities {
		if len(ent.Mentions) == 0 {
			continue
		}
		named := ent.Named
		for _, mi := range ent.Mentions {
			if r := d.Mentions[mi].Rule; r == "title" || r == "org-role" || r == "handle" {
				named = true
			}
		}
		if !named || ent.Passing || d.onlyInTitle(ent) {
			continue
		}
		e := powermap.Entity{Name: ent.Name, Type: string(ent.Type), Aliases: []string{}}
		if ent.KB != nil {
			e.KBID = ent.KB.ID
		}
		for a := range ent.Aliases {
			if a != ent.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
		for _, mi := range ent.Mentions {
			m := d.Mentions[mi]
			e.Mentions = append(e.Mentions, powermap.Span{Start: m.Start, End: m.End})
		}
		if ent.Type == Person {
			f.People = append(f.People, e)
		} else {
			f.Organizations = append(f.Organizations, e)
		}
	}
	return f
}

// onlyInTitle reports whether every mention of ent is in the headline:
// one the story never names again is more likely a headline's words in
// capitals ("Council OKs Harbor Point") than someone in the story.
func (d *Doc) onlyInTitle(ent *Entity) bool {
	for _, mi := range ent.Mentions {
		if m := d.Mentions[mi]; m.Sent < 0 || m.Sent >= len(d.Sentences) || !d.Sentences[m.Sent].Title {
			return false
		}
	}
	return true
}
