// Package roster is the last stage of the extraction pipeline: it decides
// which organizations an article's facts list. The corpus guide lists the
// organizations that take part in an event, speak, or are named as
// someone's organization ("an analyst at Kestrel Partners", "told the
// Daily Current"). A name that the mention stage typed an organization by
// its words alone ("… Club", "… Hall", "… Court") but that every mention
// gives only as the place where something happened ("dined at the
// Brightwater Club", "a forum at the Millersburg Grange Hall", "sued in
// Tokyo District Court") is a venue: if it takes part in nothing, the
// facts leave it out.
//
// So is a place typed an organization as the seat of an office ("the
// mayor of Port Ellis", see mentions) when no post there is taken, held
// or left in the article's events.
//
// So is an organization named only as the credit of a photograph
// ("PHOTO: AP"): the source of the picture, not of anything the story
// tells. (A wire's name in a dateline, "NAIROBI (Reuters) -", stays: the
// dev gold lists it as the outlet the story is cited from.)
//
// The stage only marks entities (doc.Entity.Passing); their mentions stay
// on the document. Organizations the knowledge base knows ("at the White
// House") are always listed, as the dev gold lists them, unless they are
// only credits.
package roster

import (
	"slices"
	"strings"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
)

// Run marks the organizations of d named only as venues.
func Run(d *doc.Doc) {
	s := &stage{d}
	taking := s.takingPart()
	for e, ent := range d.Entities {
		if ent.Type != doc.Org || taking[e] || len(ent.Mentions) == 0 {
			continue
		}
		if !slices.ContainsFunc(ent.Mentions, func(mi int) bool { return !s.creditMention(mi) }) {
			ent.Passing = true
			continue
		}
		if ent.KB != nil {
			continue
		}
		ent.Passing = !slices.ContainsFunc(ent.Mentions, func(mi int) bool { return !s.venueMention(mi) && !s.officeSeat(mi) && !s.creditMention(mi) })
	}
}

// creditMention reports whether mention mi is a photograph's credit: a
// name after a credit word and its mark ("PHOTO: AP", "Photo/Reuters",
// "Photograph by AP").
func (s *stage) creditMention(mi int) bool {
	m := s.Mentions[mi]
	if m.Pronoun || m.First == 0 {
		return false
	}
	first := s.Sentences[m.Sent].First
	for k := m.First - 1; k > first && k >= m.First-2; k-- {
		if mark := s.Tokens[k].Text; mark == ":" || mark == "/" || mark == "by" {
			// (a picture's credit word, capitalised as a caption writes
			// it: not "according to reporting by the Associated Press",
			// nor "a photo by the Harlan Gazette" in a sentence)
			if w := s.Tokens[k-1]; w.Cap && pictureWords[strings.ToLower(w.Text)] {
				return true
			}
		}
	}
	return false
}

// pictureWords credit a picture (rules: pictureCredits).
var pictureWords = rules.WordClass("pictureCredits")

type stage struct{ *doc.Doc }

// takingPart returns the entities that are a party to an event or speak a
// quote.
func (s *stage) takingPart() map[int]bool {
	byName := map[string]int{}
	for e, ent := range s.Entities {
		byName[ent.Name] = e
	}
	out := map[int]bool{}
	mark := func(name string) {
		if e, ok := byName[name]; ok && name != "" {
			out[e] = true
		}
	}
	for _, ev := range s.Events {
		mark(ev.Source)
		mark(ev.Target)
		mark(ev.Mediator)
		for _, n := range ev.Actors {
			mark(n)
		}
		for _, n := range ev.Also {
			mark(n)
		}
	}
	for _, e := range s.QuoteSpeaker {
		if e >= 0 {
			out[e] = true
		}
	}
	return out
}

// venueMention reports whether mention mi names a building, a ground or a
// court as where something happened: a name of two words or more whose
// last word is a word for a venue ("the Harborview Hotel", "Tokyo
// District Court") or whose first is ("Hôtel de Brienne"), after a
// preposition of place ("at", "in", "before" …), but not after a person
// ("a fellow at the Wilson Center" names her organization).
func (s *stage) venueMention(mi int) bool {
	m := s.Mentions[mi]
	if m.Pronoun || m.Last-m.First < 2 || m.Last > len(s.Tokens) {
		return false
	}
	first, last := strings.ToLower(s.Tokens[m.First].Text), strings.ToLower(s.Tokens[m.Last-1].Text)
	if !venueWords[last] && !venueHeads[first] {
		return false
	}
	p := s.wordBefore(m.First)
	if p < 0 || !locatives[strings.ToLower(s.Tokens[p].Text)] {
		return false
	}
	if at := strings.ToLower(s.Tokens[p].Text); (at == "at" || at == "in") && p > s.Sentences[m.Sent].First {
		// "a fellow at the Carrick Center", "a judge in Galloway County
		// Circuit Court", "a stake in the Harborview Hotel": the
		// organization of a person, or one owned.
		w := strings.ToLower(s.Tokens[p-1].Text)
		if rules.PersonNoun(w) || rules.RoleWord(w) || rules.PersonNounPlural(w) || ownedIn[w] {
			return false
		}
	}
	return true
}

// officeSeat reports whether mention mi is a place the mention stage
// typed an organization only as the seat of an office ("the mayor of
// Port Ellis"): its government, which is listed when someone takes or
// leaves the post there, not when the office only describes someone.
func (s *stage) officeSeat(mi int) bool { return s.Mentions[mi].Rule == "office-of" }

// wordBefore returns the token before k in its sentence, past "the", or -1.
func (s *stage) wordBefore(k int) int {
	first := s.Sentences[s.SentenceOf(k)].First
	k--
	if k >= first && strings.EqualFold(s.Tokens[k].Text, "the") {
		k--
	}
	if k < first {
		return -1
	}
	return k
}

var (
	// locatives put a place after them: a venue, or a court a case is
	// filed in or heard before.
	locatives = rules.WordClass("venueLocatives")
	// venueWords end the names of buildings, grounds and courts;
	// venueHeads begin them.
	venueWords = rules.WordClass("venueWords")
	venueHeads = rules.WordClass("venueHeads")
	// ownedIn are the words of a holding in something ("a stake in").
	ownedIn = rules.WordClass("ownedIn")
)
