// Package coref is the stage of extraction that groups the mentions of
// an article into entities: knowledge-base entries and full names first,
// then single names (surnames, first names, an organization's first
// word), acronyms spelling a name before them, definite descriptions
// ("the billionaire", "the company") and pronouns by what came before. It
// reads tokens, sentences, quotation marks and mentions, adds descriptions
// to Doc.Mentions, and fills Doc.Entities and each mention's Entity.
package coref

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
	"github.com/powermap/powermap/kb"
)

// descriptionNouns head definite descriptions that refer back to a person
// already named: "the billionaire", "the former Fox host";
// descriptionGender is the gender a description states and
// descriptionRole the knowledge-base role that fits it
// (rules/descriptions.txt).
var (
	descriptionNouns  = map[string]bool{}
	descriptionGender = map[string]string{}
	descriptionRole   = map[string]string{}
)

func init() {
	for _, line := range rules.Lines("descriptions.txt") {
		f := strings.Split(line, "\t")
		noun := strings.TrimSpace(f[0])
		descriptionNouns[noun] = true
		for _, kv := range f[1:] {
			switch k, v, _ := strings.Cut(strings.TrimSpace(kv), "="); k {
			case "gender":
				descriptionGender[noun] = v
			case "role":
				descriptionRole[noun] = v
			default:
				panic("rules/descriptions.txt: unknown field " + kv)
			}
		}
	}
}

// stage is the document while the stage runs, with the indexes of the
// people and organizations named in full.
type stage struct {
	*doc.Doc
	surnames   map[string][]int // surname → entities named in full
	givenNames map[string][]int // first name → entities named in full
}

// Run adds the entity layer to d, which must have its mentions.
func Run(d *doc.Doc) {
	(&stage{Doc: d}).resolve()
}

// Describes reports whether person entity e of d is known by the role
// noun (a title or role word before one of its mentions, a description
// of that noun resolved to it before token before, a verb of doing right
// after its name, a knowledge-base role): "the two candidates" may be
// two named as running.
func Describes(d *doc.Doc, e int, noun string, before int) bool {
	return (&stage{Doc: d}).describes(e, noun, before)
}

// SubjectOf returns the mention index of the subject of sentence si of d
// among mentions before token limit, or -1: the first person (or, failing
// that, organization) mention that is not after a preposition, not inside
// an appositive and not inside a quotation.
func SubjectOf(d *doc.Doc, si, limit int) int {
	return (&stage{Doc: d}).subjectOf(si, limit)
}

// FirstSubjectOf is SubjectOf taking the first such mention whatever it
// names: "The federation praised Reyes … and said …" has the federation
// for subject, though a person follows it.
func FirstSubjectOf(d *doc.Doc, si, limit int) int {
	return (&stage{Doc: d}).firstSubject(si, limit)
}

// resolve groups mentions into entities: knowledge-base entries and full
// names first, then single names (surnames, first names), definite
// descriptions and pronouns by what came before.
func (d *stage) resolve() {
	sort.SliceStable(d.Mentions, func(i, j int) bool {
		a, b := d.Mentions[i], d.Mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	d.findDescriptions()
	d.agreeNameTypes()
	byKey := map[string]int{}
	entity := func(key, name string, typ doc.MentionType, e *kb.Entry) int {
		if i, ok := byKey[key]; ok {
			return i
		}
		ent := &doc.Entity{Name: name, Type: typ, KB: e, Aliases: map[string]bool{}}
		if e != nil {
			ent.Gender = e.Gender
		} else if typ == doc.Person {
			// A given name that names a woman, or a man (the rules' list,
			// else every bearer the knowledge base knows), tells the
			// gender of one it does not know.
			if f, _, ok := strings.Cut(name, " "); ok {
				ent.Gender = rules.ListedGender(f)
				switch ent.Gender {
				case "":
					ent.Gender = d.KB.GivenNameGender(f)
					if ent.Gender == "" {
						ent.Gender = rules.GenderByEnding(f)
						ent.GenderGuessed = ent.Gender != ""
					}
				case "-":
					ent.Gender = "" // a name borne by both ("Morgan")
				}
			}
		}
		d.Entities = append(d.Entities, ent)
		byKey[key] = len(d.Entities) - 1
		return len(d.Entities) - 1
	}
	// Pass 1: names that identify on their own.
	later := map[int]int{} // title mention → the later mention of its holder
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		local := -1
		if m.Entry != nil && m.Rule == "title" {
			local = d.localHolder(mi)
			if local < 0 {
				if j := d.laterHolder(mi); j >= 0 {
					later[mi] = j
					m.Entry = nil
					continue
				}
			}
		}
		particle := d.particleSurname(mi)
		switch {
		case local >= 0:
			// "Anjali Rao, the president of Calloway University, … the
			// president": the article's own holder of the title, not the
			// one the knowledge base knows.
			m.Entry, m.Entity = nil, local
		case m.Entry != nil:
			typ := doc.Person
			if m.Entry.Type == "org" {
				typ = doc.Org
			}
			m.Type = typ
			m.Entity = entity("kb:"+m.Entry.ID, m.Entry.Name, typ, m.Entry)
		case m.Last-m.First == 1 && (m.Type == doc.Person || m.Type == doc.Pending) && !m.Pronoun && d.sharedSurname(mi) != "":
			// "Siblings Anwar and Leila Mansour": the given name before
			// "and" shares the surname of the full name after it.
			full := d.sharedSurname(mi)
			m.Type = doc.Person
			m.Entity = entity("person:"+kb.Fold(full), full, doc.Person, nil)
		case m.Type == doc.Person && !m.Pronoun && m.Rule != "description" && particle >= 0:
			// "De Wit criticized …" after "Pieter de Wit": the surname
			// with its particle, capitalised to open a sentence.
			full := d.Mentions[particle]
			text := d.Text[full.Start:full.End]
			m.Entity = entity(string(doc.Person)+":"+kb.Fold(text), text, doc.Person, nil)
		case (m.Type == doc.Person || m.Type == doc.Org) && !m.Pronoun && m.Rule != "description" && m.Last-m.First >= 2:
			text := d.Text[m.Start:m.End]
			typ := m.Type
			if full := d.fullOrgName(mi); full != "" {
				// "Serra Alta" after or before "Serra Alta Mineração"
				text, typ = full, doc.Org
			}
			m.Entity = entity(string(typ)+":"+kb.Fold(text), text, typ, nil)
		case m.Rule == "acronym" && mi > 0 && d.spellsOut(mi-1, mi):
			// "the National Port Council (NPC)": the acronym is an alias.
			m.Entity = d.Mentions[mi-1].Entity
		}
	}
	for mi, j := range later {
		d.Mentions[mi].Entity = d.Mentions[j].Entity
	}
	d.indexNames()
	// An acronym spelled out once names the same organization wherever
	// the article uses it again ("… Fund (CLF) … gave to CLF").
	acronyms := map[string]int{}
	for _, m := range d.Mentions {
		if m.Rule == "acronym" && m.Entity >= 0 {
			acronyms[d.Text[m.Start:m.End]] = m.Entity
		}
	}
	// Pass 2: everything that needs an antecedent, in text order.
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		owner := -1
		if m.Entity < 0 && m.Rule == "handle" && m.Entry == nil {
			owner = d.handleOwner(mi)
		}
		switch {
		case m.Entity >= 0:
		case m.Pronoun:
			if d.Quoted[m.First] {
				// "“She is the most capable negotiator I know,” he
				// said": a third person in a quotation, when only one
				// person spoken of just before has that gender.
				m.Entity = d.quotedPronoun(mi)
			} else {
				m.Entity = d.resolvePronoun(mi)
				if m.Entity < 0 {
					m.Entity = d.leadPossessor(mi)
				}
				m.Entity = d.namedLaterInClause(mi, m.Entity)
				// "he" or "she" tells the gender of one whose name did
				// not: a later "her" is someone else than the "he". (Not
				// in a headline, whose clipped grammar leaves a pronoun's
				// antecedent a guess: "Blaylock vows to oust Marchetti,
				// calls her …")
				if g := rules.Pronouns[d.Tokens[m.First].Lower]; m.Entity >= 0 && !d.Sentences[m.Sent].Title && (d.Entities[m.Entity].Gender == "" || d.Entities[m.Entity].GenderGuessed) && (g == "M" || g == "F") {
					d.Entities[m.Entity].Gender, d.Entities[m.Entity].GenderGuessed = g, false
				}
			}
		case m.Rule == "description":
			if m.Type == doc.Org && d.apposedToPending(mi) {
				// "on Chirp, the social platform he owns": the word the
				// description is set beside, before any organization
				// named earlier (handled with the other pending words
				// below).
				m.Entity = -1
			} else {
				m.Entity = d.resolveDescription(mi)
			}
			if self := d.possessorApposed(mi); self >= 0 && m.Entity == self {
				if m.Entity = d.resolveHiding(mi, self); m.Entity == self {
					m.Entity = -1
				}
			}
			if self := d.appositionOwner(mi); self >= 0 && m.Entity == self {
				// "Rapper Teo Vance, a longtime friend of the singer, …":
				// a description inside the apposition of a person is
				// someone else; resolve it with that person's mentions
				// set aside.
				m.Entity = d.resolveDescriptionWithout(mi, self)
			}
			if e := m.Entity; e >= 0 && m.Type == doc.Person {
				// An object pronoun later in its clause is someone else:
				// "But the investor is now suing her" is the man of the
				// pair named before.
				if g := d.objectPronounGender(mi); g != "" && d.Entities[e].Gender == g && !d.describes(e, d.Tokens[m.Last-1].Lower, m.First) {
					// (not one the description fits by a title or role:
					// "Mayor Leon Park … The mayor later sued him")
					if o := d.personBefore(mi, 4, func(o int) bool { return d.Entities[o].Gender != g }); o >= 0 {
						m.Entity = o
					}
				}
			}
			if want := rules.OrgKinds[d.Tokens[m.Last-1].Text]; m.Entity < 0 && m.Type == doc.Org && (len(want) != 1 || want[0] == "company" || mi > 0 && d.Mentions[mi-1].Last+1 == m.First && d.Tokens[m.First-1].Text == ",") {
				// (any kind set beside the word: "on Chirp, the social
				// platform he owns")
				// "Lanternbox has been searching for a programming chief.
				// The streamer on Wednesday tapped …": a single word of
				// no known kind that the description takes up is the
				// organization's name, wherever the article uses it.
				if j := d.pendingOrgBefore(mi); j >= 0 {
					w := d.Text[d.Mentions[j].Start:d.Mentions[j].End]
					m.Entity = entity("org:"+kb.Fold(w), w, doc.Org, nil)
					for k := range d.Mentions {
						if q := &d.Mentions[k]; q.Type == doc.Pending && q.Entity < 0 && d.Text[q.Start:q.End] == w {
							q.Type, q.Entity, q.Rule = doc.Org, m.Entity, "described-org"
						}
					}
					// (a later "…, Tessellate said" is the organization too)
					d.surnames[w] = appendOnce(d.surnames[w], m.Entity)
				}
			}
			if noun := d.Tokens[m.Last-1].Lower; m.Entity < 0 && m.Type == doc.Org && (descriptionNouns[noun] || rules.PersonNoun(noun)) {
				// "The real-estate developer played eighteen holes …"
				// with no firm spoken of: a person of that kind.
				m.Type = doc.Person
				m.Entity = d.resolveDescription(mi)
				if m.Entity < 0 {
					m.Type = doc.Org
				}
			}
		case m.Last-m.First == 1 && hasKey(acronyms, d.Text[m.Start:m.End]):
			m.Entity, m.Type = acronyms[d.Text[m.Start:m.End]], doc.Org
		case owner >= 0:
			// "Nadia Ferro (@NadiaFerro)", "@nferro": an unknown handle
			// spelled from a name the article uses.
			m.Entity = owner
		case m.Type == doc.Pending || m.Type == doc.Person || m.Type == doc.Org:
			m.Entity = d.resolveSingle(mi)
			if m.Entity < 0 && m.Last-m.First == 1 && !d.Published.IsZero() && !d.introducesGivenName(mi) && m.Type != doc.Org {
				// No full name in the article: a surname the knowledge
				// base can place ("Trump has repeatedly threatened …").
				if e := d.KB.BySurname(d.Tokens[m.First].Text, d.Published); e != nil {
					m.Entry = e
					m.Entity = entity("kb:"+e.ID, e.Name, doc.Person, e)
					d.surnames[d.Tokens[m.First].Text] = []int{m.Entity}
				}
			}
			if w := d.Tokens[m.First].Text; m.Entity < 0 && m.Last-m.First == 1 && ownEntityRules[m.Rule] && (m.Type == doc.Person || m.Type == doc.Org) &&
				!rules.IsTitle(w) && !rules.RoleNouns[strings.ToLower(w)] && !rules.FunctionWords[w] && !rules.NonNames[w] {
				// A one-word name that its context types ("Mr. Okafor",
				// "Adeyemi said", "Fortune reported", "VGTRK journalist")
				// and that names no one already in the article.
				w := d.Tokens[m.First].Text
				m.Entity = entity(string(m.Type)+":"+kb.Fold(w), w, m.Type, nil)
				d.surnames[w] = appendOnce(d.surnames[w], m.Entity)
			}
		}
		if m.Entity >= 0 {
			m.Type = d.Entities[m.Entity].Type
		}
	}
	d.sameWordLater()
	for mi, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		ent := d.Entities[m.Entity]
		ent.Mentions = append(ent.Mentions, mi)
		if !m.Pronoun && m.Rule != "description" {
			name, nick := mentions.StripNickname(d.Text[m.Start:m.End])
			ent.Aliases[name] = true
			if nick != "" {
				ent.Aliases[nick] = true // 'Margaret "Peg" Holt': "Peg"
			}
			ent.Named = true
		}
	}
	for _, ent := range d.Entities {
		ent.Name = d.canonicalName(ent)
	}
}

// agreeNameTypes gives every mention of a name of two words or more the
// type an organization's context gave one of them, when another was
// typed a person only by weaker signs: "the Helix Forge board", "Helix
// Forge shares" make "a Helix Forge spokesperson" the firm's too. A name
// that opens with a given name, or that the knowledge base knows, keeps
// its types.
func (d *stage) agreeNameTypes() {
	org := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Type == doc.Org && m.Last-m.First >= 2 && m.Entry == nil && strongOrgRules[m.Rule] {
			org[d.Text[m.Start:m.End]] = true
		}
	}
	if len(org) == 0 {
		return
	}
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Type != doc.Person || m.Pronoun || m.Entry != nil || m.Rule == "description" || m.Rule == "first-name" || !org[d.Text[m.Start:m.End]] {
			continue
		}
		if mentions.GivenName(d.Doc, d.Tokens[m.First].Text) {
			continue
		}
		m.Type, m.Rule = doc.Org, "org-elsewhere"
	}
}

// strongOrgRules type a name an organization by its own words or its
// context, not by default.
var strongOrgRules = map[string]bool{"org-word": true, "org-context": true, "org-kind-after": true, "org-the": true, "org-plural": true,
	"org-for": true, "org-acronym": true, "recipient": true, "listed-org": true, "org-says-it": true}

// fullOrgName returns the name of an organization the article names
// in full whose words are mention mi's and then only words that end
// organizations' names ("Serra Alta" of "Serra Alta Mineração",
// "Kisaragi Holdings" of "Kisaragi Holdings Group") but for a body an
// organization sets up (rules.AffiliateTails) when the mention is typed
// an organization of its own, or "".
func (d *stage) fullOrgName(mi int) string {
	m := d.Mentions[mi]
	if m.Type == doc.Person && mentions.GivenName(d.Doc, d.Tokens[m.First].Text) {
		return "" // "Tomas Weir" of "the Tomas Weir Institute": the person it is named for
	}
	n := m.Last - m.First
	for _, o := range d.Mentions {
		if o.Type != doc.Org || o.Pronoun || o.Rule == "description" || o.Last-o.First <= n {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = d.Tokens[o.First+k].Text == d.Tokens[m.First+k].Text
		}
		for k := o.First + n; k < o.Last && same; k++ {
			// (not a body set up by an organization the shorter name is
			// found to be on its own: "the shipping company Orrin
			// Freight" is not "Orrin Freight PAC"; "Pinecrest Family" of
			// "the Pinecrest Family Foundation" still is)
			w := d.Tokens[k].Text
			same = rules.OrgTails[w] && !(rules.AffiliateTails[w] && m.Type == doc.Org) || w == "," || w == "and" || w == "&"
		}
		if same {
			return d.Text[o.Start:o.End]
		}
		if m.Type == doc.Org && d.headedByKinds(m, o) {
			return d.Text[o.Start:o.End] // "Vila Serrana" of "Esporte Clube Vila Serrana"
		}
		if n == 2 && d.Tokens[m.First].Text == "Local" && d.Tokens[o.Last-2].Text == "Local" && d.Tokens[o.Last-1].Text == d.Tokens[m.Last-1].Text {
			return d.Text[o.Start:o.End] // "Local 418" of "Teamsters Local 418"
		}
	}
	return ""
}

// headedByKinds reports whether organization mention o ends in the n
// words of mention m and has only words of organizations' kinds before
// them, or words that open names in other languages: "Esporte Clube Vila
// Serrana" for "Vila Serrana", "Banco Meridional do Sul" for "Meridional
// do Sul".
func (d *stage) headedByKinds(m, o doc.Mention) bool {
	n, extra := m.Last-m.First, (o.Last-o.First)-(m.Last-m.First)
	if n < 2 || extra < 1 {
		return false
	}
	for k := 0; k < n; k++ {
		if d.Tokens[o.First+extra+k].Text != d.Tokens[m.First+k].Text {
			return false
		}
	}
	for k := o.First; k < o.First+extra; k++ {
		if w := d.Tokens[k].Text; !d.Tokens[k].Cap || !foreignOrgHeads[strings.ToLower(w)] && len(rules.OrgKinds[w]) == 0 {
			return false
		}
	}
	return true
}

// foreignOrgHeads open organizations' names in other languages (rules:
// foreignOrgHeads).
var foreignOrgHeads = rules.WordClass("foreignOrgHeads")

// ownEntityRules are the rules that type a one-word name firmly enough
// for it to stand as an entity of its own when it names no one the
// article has named in full.
var ownEntityRules = map[string]bool{"office-of": true, "org-the": true, "titled-name": true, "speaker-name": true, "source": true, "org-says-it": true, "org-context": true, "listed-org": true, "web": true, "list-item": true, "org-brand": true}

// introducesGivenName reports whether mention mi is a given name after a
// role word ("fellow billionaire Paul"): someone the article introduces,
// not a known person's surname.
func (d *stage) introducesGivenName(mi int) bool {
	m := d.Mentions[mi]
	return m.Rule == "titled-name" && m.Title == "" && mentions.GivenName(d.Doc, d.Tokens[m.First].Text)
}

// spellsOut reports whether acronym mention b stands in parentheses right
// after organization mention a and spells its capitalised words.
func (d *stage) spellsOut(a, b int) bool {
	ma, mb := d.Mentions[a], d.Mentions[b]
	if ma.Type != doc.Org || ma.Entity < 0 || mb.First != ma.Last+1 || d.Tokens[ma.Last].Text != "(" {
		return false
	}
	var initials []byte
	for _, t := range d.Tokens[ma.First:ma.Last] {
		if t.Cap {
			initials = append(initials, t.Text[0])
		}
	}
	return string(initials) == d.Tokens[mb.First].Text
}

// indexNames indexes the surnames and first names of the people named in
// full, and the first words of organizations, for single-name mentions.
func (d *stage) indexNames() {
	d.surnames = map[string][]int{}
	d.givenNames = map[string][]int{}
	for mi, m := range d.Mentions {
		if m.Entity < 0 || m.Last-m.First < 2 || m.Pronoun {
			continue
		}
		words := d.Tokens[m.First:m.Last]
		lastWord := words[len(words)-1].Text
		if rules.NameSuffixes[lastWord] && len(words) > 2 {
			lastWord = words[len(words)-2].Text
		}
		d.surnames[lastWord] = appendOnce(d.surnames[lastWord], m.Entity)
		first := words[0].Text
		if d.Entities[m.Entity].Type == doc.Person || !rules.FunctionWords[first] && !rules.NonNames[first] && !rules.OrgHeads[first] && !rules.PlaceNames[first] && !setUpBody(words) {
			// People by first name; organizations by their first word
			// ("Halvorsen" for Halvorsen Capital), but not a body set up
			// by or for what its first word names ("Parcelon" is not
			// "Parcelon Employees for Good Government", nor "Halvorsen"
			// "Halvorsen for Senate").
			d.givenNames[first] = appendOnce(d.givenNames[first], m.Entity)
		}
		_ = mi
	}
	// Knowledge-base people named in the article are known by their
	// surname even if the article only used a titled or short form.
	for i, ent := range d.Entities {
		if ent.KB == nil || ent.Type != doc.Person {
			continue
		}
		f := strings.Fields(ent.KB.Name)
		if len(f) >= 2 {
			last := f[len(f)-1]
			if rules.NameSuffixes[last] {
				last = f[len(f)-2]
			}
			d.surnames[last] = appendOnce(d.surnames[last], i)
			d.givenNames[f[0]] = appendOnce(d.givenNames[f[0]], i)
		}
	}
}

// sameWordLater gives a one-word name left pending the entity a later
// mention of the same word was found to name on its own, by its context:
// "Tessaline will cut 300 jobs … Tessaline's board met": the word the
// article first used bare names the company its context typed later.
func (d *stage) sameWordLater() {
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Entity >= 0 || m.Type != doc.Pending || m.Pronoun || m.Last-m.First != 1 {
			continue
		}
		w := d.Tokens[m.First].Text
		for _, e := range d.surnames[w] {
			if d.Entities[e].Name == w {
				m.Entity, m.Type = e, d.Entities[e].Type
				break
			}
		}
	}
}

// setUpBody reports whether the words of an organization's name are
// those of a body another sets up: a name with "for" after its first word
// ("Brennan for Senate", "Orrin Employees for Good Government") or one
// ending in a word of such bodies (rules.AffiliateTails: "Orrin Freight
// PAC", "the Kestrel Foundation").
func setUpBody(words []doc.Token) bool {
	if rules.AffiliateTails[words[len(words)-1].Text] {
		return true
	}
	for _, t := range words[1:] {
		if t.Text == "for" {
			return true
		}
	}
	return false
}

func appendOnce(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// resolveSingle resolves a one-word name to an entity the article names in
// full: by surname, then by first name, then an organization's first word.
// Among people sharing a surname (Donald and Melania Trump) it prefers the
// one named in full most often, then the office holder, then the most
// recent.
func (d *stage) resolveSingle(mi int) int {
	m := d.Mentions[mi]
	w := d.Tokens[m.First].Text
	if m.Last-m.First != 1 {
		return -1
	}
	if c := d.surnames[w]; len(c) > 0 {
		return d.bestOf(c, mi)
	}
	if c := d.givenNames[w]; len(c) > 0 {
		return d.bestOf(c, mi)
	}
	return -1
}

// bestOf picks among candidate entities for mention mi.
func (d *stage) bestOf(cands []int, mi int) int {
	if len(cands) == 1 {
		return cands[0]
	}
	best, bestScore := -1, -1
	day := d.Published.Format("2006-01-02")
	for _, c := range cands {
		score := 0
		for _, m := range d.Mentions {
			if m.Entity == c && m.Last-m.First >= 2 {
				score += 10
			}
		}
		if e := d.Entities[c].KB; e != nil {
			for _, r := range e.Roles {
				if r.HeldAt(day) && (r.Role == "president" || r.Role == "vice_president") {
					score += 5
				}
			}
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// findDescriptions marks definite descriptions of a person ("the
// billionaire", "The former Fox host") as mentions to resolve.
func (d *stage) findDescriptions() {
	// The descriptions found are set aside until all are, so that the
	// mentions stay in text order for the searches that need it.
	n := len(d.Mentions)
	var found []doc.Mention
	defer func() {
		found = append(found, d.Mentions[n:]...)
		d.Mentions = append(d.Mentions[:n], found...)
		sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	}()
	for si, s := range d.Sentences {
		for i := s.First; i < s.Last; i++ {
			found = append(found, d.Mentions[n:]...)
			d.Mentions = d.Mentions[:n]
			if w := d.Tokens[i].Lower; w == "his" || w == "her" || w == "their" || w == "its" && d.orgAndIts(si, i) {
				d.possessiveDescription(si, i)
				continue
			}
			if !strings.EqualFold(d.Tokens[i].Text, "the") {
				continue
			}
			dn := i + 1 // (past an age: "the 44-year-old Swede")
			if e := d.ageAfter(i + 1); e > 0 {
				dn = e
			}
			if dn < s.Last && d.Tokens[dn].Cap && rules.IsDemonym(d.Tokens[dn].Text) && d.demonymHead(dn+1, s.Last) && !d.namedBy(dn) && (d.onePersonBefore(i) >= 0 || d.demonymDescribed(i, d.Tokens[dn].Text) >= 0) {
				// "appointed the Uruguayan as head coach": one person of
				// that nation, the one the paragraph has named.
				d.AddMention(si, i, dn+1, doc.Person, "description", nil, "")
				continue
			}
			if e := d.ageAfter(i + 1); e > 0 && !(e < s.Last && d.Tokens[e].Word && (rules.PersonNoun(d.Tokens[e].Lower) || d.Tokens[e].Cap)) {
				// "The 52-year-old has been recruited as …": a person
				// described by age alone (not "the 52-year-old
				// executive", which its noun describes, nor a name after).
				d.AddMention(si, i, e, doc.Person, "description", nil, "")
				continue
			}
			if e := d.orgRoleAfter(i + 1); e > 0 {
				// "the Quarry Point Labs chief executive quietly steered
				// …": a person described by an organization and a role.
				d.AddMention(si, i, e, doc.Person, "description", nil, "")
				continue
			}
			if d.coveredBy(i+1) && !(d.Tokens[i+1].Cap && rules.IsDemonym(d.Tokens[i+1].Text) && i+2 < s.Last && !d.Tokens[i+2].Cap) {
				// "the president": a title the knowledge base resolves
				// (not "the Italian financier", whose people's word was
				// left pending as a name)
				continue
			}
			for j, limit := i+1, i+4; j < s.Last && j <= limit; j++ {
				if c := d.quotedTitleEnd(j); c > 0 {
					// "the “Glass Houses” singer": a title in quotation
					// marks modifies the noun after it.
					limit += c - j + 1
					j = c
					continue
				}
				t := d.Tokens[j].Text
				if kinds := rules.OrgKinds[t]; (len(kinds) > 0 || !d.Tokens[j].Cap && d.orgHeadBefore(t, i) >= 0) && (!d.Tokens[j].Cap || mentions.IsAcronym(t)) && d.orgDescriptionEnds(j, s.Last) && d.ageAfter(i+1) <= 0 {
					// (an age describes a person: "the 70-year-old
					// developer")
					d.AddMention(si, i, j+1, doc.Org, "description", nil, "")
					break
				}
				if n := j + 1; n < s.Last && len(rules.OrgKinds[d.Tokens[n].Text]) > 0 && !d.Tokens[n].Cap && !rules.PersonNoun(d.Tokens[n].Text) && d.orgDescriptionEnds(n, s.Last) {
					continue // "the activist firm": a kind of person modifying a kind of organization
				}
				if descriptionNouns[t] || d.Tokens[j].Cap && partyMembers[strings.ToLower(t)] || rules.PersonNoun(t) && !d.Tokens[j].Cap && (d.fitBefore(i, t) || d.topicDescription(i, j) || d.objectDescription(i, j)) ||
					(rules.PersonVerbNouns[t] || rules.RoleNouns[t]) && !d.Tokens[j].Cap && d.fitBefore(i, t) || // ("Referee Ana Ruiz … the referee", "Haugen, the commission's chair, … the chair")
					mentions.IsAcronym(t) && rules.RoleNouns[strings.ToLower(t)] && d.fitBefore(i, strings.ToLower(t)) || // ("Labour MP Sarah Whitfield … the MP")
					leaderNouns[t] && j > i+1 && !d.Tokens[j-1].Cap && len(rules.OrgKinds[d.Tokens[j-1].Text]) > 0 && d.runnerBefore(i, si, d.Tokens[j-1].Text) >= 0 { // ("Zulu, who chairs the union, … the union leader")
					k := j + 1
					for k < s.Last && rules.RoleNouns[d.Tokens[k].Text] {
						k++ // "the billionaire investor Lars Eklund"
					}
					if k < s.Last && d.Tokens[k].Cap && d.Tokens[k].Word {
						break // "the billionaire Elon Musk": the name is the mention
					}
					if t == "man" || t == "woman" {
						if j < 2 || !strings.HasSuffix(d.Tokens[j-1].Text, "est") {
							break // only "the world's richest man"
						}
					}
					// (the description runs over the kinds after it: "the
					// activist investor")
					d.AddMention(si, i, k, doc.Person, "description", nil, "")
					break
				}
				if !d.Tokens[j].Word && d.Tokens[j].Text != "’s" && d.Tokens[j].Text != "'s" || rules.Prepositions[t] {
					break
				}
				if l := strings.ToLower(t); clauseOpeners[l] || l == "the" || l == "a" || l == "an" {
					break // "the striker and the club": two descriptions; "the job unless the company": a clause between
				}
			}
		}
	}
}

// demonymDescribed returns a mention of the one person named before token
// k whom the article described by the people's word that noun names
// ("Uruguayan midfielder Jorge Almeida", "Ian MacLeod, a Scottish
// tycoon," for "the Scot"), or -1 when none or several were. People are
// told apart by the last word of their names.
func (d *stage) demonymDescribed(k int, noun string) int {
	adjs := demonymAdjectives(noun)
	has := func(j int) bool {
		return j >= 0 && j < len(d.Tokens) && slices.ContainsFunc(adjs, func(a string) bool { return strings.EqualFold(a, d.Tokens[j].Text) })
	}
	found, surname := -1, ""
	for mi, m := range d.Mentions {
		if m.First >= k {
			break
		}
		if m.Type != doc.Person || m.Pronoun || m.Rule == "description" {
			continue
		}
		fits := false
		for j := m.TitleFirst - 3; j < m.First; j++ {
			fits = fits || has(j) && d.SentenceOf(j) == m.Sent
		}
		if e := m.Last; e+2 < len(d.Tokens) && d.Tokens[e].Text == "," {
			for j := e + 1; j <= e+3; j++ {
				fits = fits || has(j)
			}
		}
		if !fits {
			continue
		}
		last := d.Tokens[m.Last-1].Text
		if found >= 0 && last != surname {
			return -1
		}
		found, surname = mi, last
	}
	return found
}

// demonymAdjectives returns the words that describe someone of the people
// a noun names: "Uruguayan" for "Uruguayan", "French" for "Frenchman",
// "Scottish" and "Scots" for "Scot".
func demonymAdjectives(noun string) []string {
	for _, suf := range []string{"woman", "man"} {
		if stem, ok := strings.CutSuffix(noun, suf); ok && len(stem) >= 4 {
			return []string{stem, noun}
		}
	}
	adjs := []string{noun}
	for pair := range demonymNouns {
		if n, adj, _ := strings.Cut(pair, "="); strings.EqualFold(n, noun) {
			adjs = append(adjs, adj)
		}
	}
	return adjs
}

// demonymNouns pair a people's noun with its adjective, "scot=scottish"
// (rules: demonymNouns).
var demonymNouns = rules.WordClass("demonymNouns")

// ageAfter returns the end of an age written "52-year-old" from token k
// (one token or several joined without spaces), or 0.
func (d *stage) ageAfter(k int) int {
	var b strings.Builder
	end := k
	for end < len(d.Tokens) && end < k+6 && (end == k || d.Tokens[end].Start == d.Tokens[end-1].End) {
		b.WriteString(d.Tokens[end].Text)
		end++
		if ageForm.MatchString(b.String()) {
			return end
		}
	}
	return 0
}

// ageForm is an age in years before a person: "52-year-old".
var ageForm = regexp.MustCompile(`^[0-9]{1,3}-year-old$`)

// orgRoleAfter returns the end of "ORG role" from token k when an
// organization's name (not the knowledge base's, which findOrgRoleMentions
// reads) opens there and one to three lower-case role words end the
// phrase, with no name after them ("the Halvorsen Capital chief
// executive said"), or 0.
func (d *stage) orgRoleAfter(k int) int {
	// (the mentions are in text order: only those opening at k)
	var org *doc.Mention
	for mi := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].First >= k }); mi < len(d.Mentions) && d.Mentions[mi].First == k; mi++ {
		if m := &d.Mentions[mi]; m.Type == doc.Org && m.Rule != "kb" && !m.Pronoun {
			org = m
		}
	}
	if org == nil {
		return 0
	}
	j := org.Last
	end := 0
	for x := j; x < len(d.Tokens) && x < j+3 && d.SentenceOf(x) == org.Sent; x++ {
		t := d.Tokens[x]
		if !t.Word || t.Cap || !rules.RoleNouns[t.Text] && !rules.PersonNoun(t.Text) && !roleModifiers[t.Text] {
			break
		}
		if rules.RoleNouns[t.Text] || rules.PersonNoun(t.Text) {
			end = x + 1
		}
	}
	if end == 0 || end < len(d.Tokens) && d.Tokens[end].Cap && d.Tokens[end].Word {
		return 0 // ("the Halvorsen Capital chief executive Ada Brandt": the name is the mention)
	}
	return end
}

// roleModifiers go before a role word (rules: roleModifiers).
var roleModifiers = rules.WordClass("roleModifiers")

// possessiveDescription adds a description opened by a possessive
// ("reconciled with his son", "praised her longtime rival") when someone
// named in the three sentences before is described so ("Leopold
// Harcastle and his son Edmund Harcastle …"): the kind of person, after
// at most two modifiers, with no name after it.
func (d *stage) possessiveDescription(si, i int) {
	s := d.Sentences[si]
	for j := i + 1; j < s.Last && j <= i+3; j++ {
		t := d.Tokens[j]
		if !t.Word || t.Cap {
			return
		}
		w := strings.ToLower(t.Text)
		if slices.Contains(rules.OrgKinds[w], "company") && (!rules.PersonNoun(w) || w == "employer") && !(j+1 < s.Last && d.Tokens[j+1].Cap && d.Tokens[j+1].Word) {
			// "Her company contributed …": the firm she was named with
			// (an organization described, resolved as "the company" is);
			// "his old employer" too, though an employer may be a person.
			d.AddMention(si, i+1, j+1, doc.Org, "description", nil, "")
			return
		}
		if clientNouns[w] && j == i+1 && !d.nameBesideAfter(j+1) && !(j+1 < s.Last && d.Tokens[j+1].Cap) {
			// "Marlund's attorney … said his client would …" (not "his
			// client, Harbor Freight Lines,", named)
			if k := d.clientOf(i); k >= 0 {
				typ := doc.Person
				if d.Mentions[k].Type == doc.Org {
					typ = doc.Org
				}
				d.AddMention(si, i+1, j+1, typ, "description", nil, "")
			}
			return
		}
		if !rules.PersonNoun(w) {
			continue
		}
		if j+1 < s.Last && d.Tokens[j+1].Cap && d.Tokens[j+1].Word {
			return // "his son Edmund": the name is the mention
		}
		if strings.EqualFold(d.Tokens[i].Text, "its") {
			// "The label and its star have mended fences": an
			// organization's person joined to it, the one person its
			// paragraph has named.
			if d.onePersonBefore(i) >= 0 {
				d.AddMention(si, i+1, j+1, doc.Person, "description", nil, "")
			}
			return
		}
		if d.fitBefore(i, w) || counterpartNouns[w] && !d.nameBesideAfter(j+1) && !d.describedAfter(j+1) && (d.counterpartBefore(i) >= 0 || d.twoNamedBefore(i)) && (!successionNouns[w] || d.successionBefore(i)) {
			d.AddMention(si, i+1, j+1, doc.Person, "description", nil, "")
		}
		return
	}
}

// clientNouns name the one a lawyer speaks for ("his client"); lawyerNouns
// the lawyer (rules: clientNouns, lawyerNouns).
var clientNouns, lawyerNouns = rules.WordClass("clientNouns"), rules.WordClass("lawyerNouns")

// clientOf returns the mention of the one a lawyer is told to act for
// before token i, in its sentence or the two before — "Marlund's
// attorney, Paul Greer", "Greer, a lawyer for Marlund", "Greer, who
// represents Marlund" — when that lawyer is the one "his client" at i
// is of (see below); or -1.
func (d *stage) clientOf(i int) int {
	si := d.SentenceOf(i)
	party := func(m doc.Mention) bool {
		return !m.Pronoun && (m.Type == doc.Person || m.Type == doc.Pending || m.Type == doc.Org) // (entities may not be known yet)
	}
	surname := func(mi int) string {
		if mi < 0 {
			return ""
		}
		return d.Tokens[d.Mentions[mi].Last-1].Text
	}
	// mentionEndingNear returns the mention that ends within a few words
	// before token b ("Greer, a lawyer", "Greer, who represents").
	mentionEndingNear := func(b int) int {
		if mi := d.LastMentionBefore(b); mi >= 0 && b-d.Mentions[mi].Last <= 4 && party(d.Mentions[mi]) {
			return mi
		}
		return -1
	}
	type link struct{ client, lawyer int }
	var links []link
	for k := d.LastMentionBefore(i); k >= 0 && d.Mentions[k].Sent >= si-2; k-- {
		m := d.Mentions[k]
		if !party(m) {
			continue
		}
		if n := m.Last; n+1 < len(d.Tokens) && (d.Tokens[n].Text == "'s" || d.Tokens[n].Text == "’s") {
			for j := n + 1; j < len(d.Tokens) && j <= n+3 && d.Tokens[j].Word; j++ {
				if lawyerNouns[d.Tokens[j].Lower] {
					// "Marlund's attorney, Paul Greer," (or "Marlund's
					// attorney said", naming no lawyer)
					l := -1
					if j+2 < len(d.Tokens) && d.Tokens[j+1].Text == "," {
						if mi := d.NextMentionAfter(j+1, m.Sent); mi >= 0 && d.Mentions[mi].TitleFirst == j+2 {
							l = mi
						}
					}
					links = append(links, link{k, l})
					break
				}
			}
		}
		if b := m.TitleFirst - 1; b >= 1 {
			if w := d.Tokens[b].Lower; w == "represents" || w == "represented" || w == "representing" {
				c := b - 1
				if c >= 0 && d.Tokens[c].Lower == "who" {
					c--
				}
				if c >= 0 && d.Tokens[c].Text == "," {
					c--
				}
				links = append(links, link{k, mentionEndingNear(c + 1)}) // "Greer, who represents Marlund"
			} else if w == "for" && lawyerNouns[d.Tokens[b-1].Lower] {
				links = append(links, link{k, mentionEndingNear(b - 1)}) // "Greer, a lawyer for Marlund"
			}
		}
	}
	// The lawyer "his client" is of: one whose link is told in its own
	// sentence ("Sims's attorney, Luca Rossi, wrote … that his client
	// …"); else one named first in its sentence, or in the sentence
	// before when it opens with "he" or "she" ("Rossi, a lawyer for Sims,
	// met Holt. He said his client …"), or the person last named before
	// it who is no client; the surname is what is compared ("Banks said
	// her client …").
	client := func(k int) bool {
		return slices.ContainsFunc(links, func(l link) bool { return surname(l.client) == surname(k) })
	}
	for _, l := range links {
		if l.lawyer >= 0 && d.Mentions[l.lawyer].Sent == si && d.Mentions[l.lawyer].Last <= i {
			return l.client
		}
	}
	names := map[string]bool{d.Tokens[d.Sentences[si].First].Text: true}
	firstIn := func(sj int) {
		for k := d.FirstMentionIn(sj); k >= 0 && k < len(d.Mentions) && d.Mentions[k].Sent == sj && d.Mentions[k].First < i; k++ {
			if party(d.Mentions[k]) && d.Mentions[k].Type != doc.Org {
				if !client(k) {
					names[surname(k)] = true
				}
				return
			}
		}
	}
	firstIn(si)
	if w := d.Tokens[d.Sentences[si].First].Lower; (w == "he" || w == "she") && si > 0 {
		firstIn(si - 1)
	}
	for k := d.LastMentionBefore(i); k >= 0 && d.Mentions[k].Sent >= si-2; k-- {
		if party(d.Mentions[k]) && d.Mentions[k].Type != doc.Org && !client(k) {
			names[surname(k)] = true
			break
		}
	}
	for _, l := range links {
		if l.lawyer < 0 && len(names) == 1 || l.lawyer >= 0 && names[surname(l.lawyer)] {
			return l.client
		}
	}
	return -1
}

// successionNouns name one by a post they took from or left to the
// possessor; successionForms tell such a move (rules: successionNouns,
// successionForms).
var successionNouns, successionForms = rules.WordClass("successionNouns"), rules.WordClass("successionForms")

// successionBefore reports whether the sentence of token i, or one of the
// five before it, tells of a post taken from another
// ("replaced him", "took over from", "succeeded her"): "his successor"
// and "her predecessor" stand for someone only where a succession was
// told.
func (d *stage) successionBefore(i int) bool {
	si := d.SentenceOf(i)
	for sj := si; sj >= 0 && sj >= si-5; sj-- {
		s := d.Sentences[sj]
		for k := s.First; k < s.Last && k < i; k++ {
			if successionForms[d.Tokens[k].Lower] && d.personAfter(k+1) || d.Tokens[k].Lower == "over" && k > s.First && takeForms[d.Tokens[k-1].Lower] {
				return true // ("replaced Cole", "was succeeded by Cole"; not "replaced the roof", "succeeded in passing")
			}
		}
	}
	return false
}

// personAfter reports whether a person stands at token k, after "by" if
// it is there: a capitalised word or an object pronoun.
func (d *stage) personAfter(k int) bool {
	if k < len(d.Tokens) && d.Tokens[k].Lower == "by" {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Lower {
	case "him", "her", "them":
		return true
	}
	return d.Tokens[k].Cap && d.Tokens[k].Word
}

// takeForms are the forms of "take" that "over" makes a succession
// (rules: takeForms).
var takeForms = rules.WordClass("takeForms")

// counterpartNouns name a person by their relation to the possessor
// ("her colleague", "his challenger", "their accuser"): someone other
// than the possessor, who may never have been described so.
var counterpartNouns = rules.WordClass("counterpartNouns")

// possessives open a counterpart's description.
var possessives = map[string]bool{"his": true, "her": true, "their": true}

// pronounGender is the gender a possessive states.
var pronounGender = map[string]string{"his": "M", "her": "F"}

// nameBesideAfter reports whether a name or a description is set beside
// the phrase ending before token k, or completes it ("his rival, Ada
// Brandt,", "his opponent in the race, a little-known lawyer"): then
// the phrase speaks of someone it goes on to name or describe.
func (d *stage) nameBesideAfter(k int) bool {
	if k < len(d.Tokens) && rules.Prepositions[d.Tokens[k].Lower] {
		// past a phrase that completes the noun ("in the race")
		for end := k + 8; k < len(d.Tokens) && k < end && d.Tokens[k].Word; k++ {
		}
	}
	if k+1 >= len(d.Tokens) || d.Tokens[k].Text != "," {
		return false
	}
	n := d.Tokens[k+1]
	w := strings.ToLower(n.Text)
	if w != "a" && w != "an" && w != "the" {
		return n.Cap && n.Word && w != "who"
	}
	// a description of a person: "a little-known lawyer" (not "the
	// newspaper reported", "a day after the debate")
	for j := k + 2; j < len(d.Tokens) && j <= k+5 && d.Tokens[j].Word && !d.Tokens[j].Cap; j++ {
		if x := d.Tokens[j].Lower; rules.PersonNoun(x) || rules.RoleNouns[x] {
			return j+1 >= len(d.Tokens) || !d.Tokens[j+1].Word
		}
	}
	return false
}

// describedAfter reports whether the words from token k set a
// description or a relative clause off by a comma ("his ally, a senator
// from Ohio,", "his partner, who cooks for him"): someone the words
// introduce, not the other person named before.
func (d *stage) describedAfter(k int) bool {
	if k+1 >= len(d.Tokens) || d.Tokens[k].Text != "," || d.SentenceOf(k+1) != d.SentenceOf(k) {
		return false
	}
	switch d.Tokens[k+1].Lower {
	case "a", "an", "who", "whom":
		return true
	}
	return false
}

// counterpartBefore returns the mention of the person a counterpart noun
// after the possessive at token i stands for, or -1: with the possessor
// named in the possessive's own sentence before it ("Quell attacked her
// colleague"), the one other person the paragraph has named up to
// there ("Senator Dorian Fisk filed the complaint."). Two others, or no
// possessor named, and there is no telling. People are told apart by
// the last word of their names, as descriptions are found before names
// are joined into entities.
func (d *stage) counterpartBefore(i int) int {
	named := d.namedPeopleBefore(i)
	for k := d.LastMentionBefore(i); k >= 0 && d.Mentions[k].Sent == d.SentenceOf(i); k-- {
		// a surname not yet typed: "Quist called her challenger …",
		// "Halvorsen took to the Senate floor to deride his colleague"
		if m := d.Mentions[k]; m.Type == doc.Pending && !m.Pronoun {
			if len(named) == 0 || named[0] < k {
				named = append([]int{k}, named...)
			}
			break
		}
		if d.Mentions[k].Type == doc.Person {
			break
		}
	}
	if len(named) == 0 || d.Mentions[named[0]].Sent != d.SentenceOf(i) {
		return -1
	}
	g := rules.ListedGender(d.Tokens[d.Mentions[named[0]].First].Text)
	if g == "" {
		g = d.KB.GivenNameGender(d.Tokens[d.Mentions[named[0]].First].Text)
	}
	if g != "" && g != "-" && g != pronounGender[d.Tokens[i].Lower] && d.Tokens[i].Lower != "their" {
		return -1 // "Ilse Brandvold gave $50,000 to his opponent": not hers
	}
	last := func(k int) string { return d.Tokens[d.Mentions[k].Last-1].Text }
	other := -1
	for _, k := range named[1:] {
		switch {
		case last(k) == last(named[0]):
		case other < 0:
			other = k
		case last(k) != last(other):
			return -1
		}
	}
	if other < 0 {
		// The paragraph names no one else: the one other person of the
		// three sentences before it ("Bose challenged Chief Minister Sen
		// … ¶ On Friday Bose met his old rival").
		si := d.SentenceOf(i)
		for k := d.LastMentionBefore(i); k >= 0 && d.Mentions[k].Sent >= si-3; k-- {
			m := d.Mentions[k]
			if d.SameParagraph(m.Sent, si) || m.Type != doc.Person || m.Pronoun || m.Rule == "description" || last(k) == last(named[0]) {
				continue
			}
			switch {
			case other < 0:
				other = k
			case last(k) != last(other):
				return -1
			}
		}
	}
	return other
}

// twoNamedBefore reports whether the paragraph, up to the possessive at
// token i, has named exactly two people, neither in i's own sentence
// (where counterpartBefore decides): "Senator Ndlovu and Representative
// Kjeldsen share a party but little else. … the senator took a swipe at
// her colleague". People are told apart by the last word of their names.
func (d *stage) twoNamedBefore(i int) bool {
	si := d.SentenceOf(i)
	seen := map[string]bool{}
	for _, k := range d.namedPeopleBefore(i) {
		if d.Mentions[k].Sent == si {
			return false
		}
		seen[d.Tokens[d.Mentions[k].Last-1].Text] = true
	}
	return len(seen) == 2
}

// otherOfTwo returns, of the two people the paragraph has named before
// token i, the one that is not e; -1 unless there are two and e is one.
func (d *stage) otherOfTwo(i, e int) int {
	other, with := -1, false
	for _, k := range d.namedPeopleBefore(i) {
		switch x := d.Mentions[k].Entity; {
		case x < 0:
		case x == e:
			with = true
		case other < 0:
			other = x
		case other != x:
			return -1
		}
	}
	if !with {
		return -1
	}
	return other
}

// apposedToPending reports whether description mi is set, after a
// comma, right beside a one-word name nothing has typed yet ("Chirp, the
// social platform he owns").
func (d *stage) apposedToPending(mi int) bool {
	if mi == 0 {
		return false
	}
	m, p := d.Mentions[mi], d.Mentions[mi-1]
	if m.Last < len(d.Tokens) && doc.Possessive(d.Tokens[m.Last].Text) {
		return false // ("Kessler, the company's founder": a person the description's possessor employs)
	}
	return p.Sent == m.Sent && p.Last+1 == m.First && d.Tokens[p.Last].Text == "," && p.Type == doc.Pending && p.Entity < 0 && p.Last-p.First == 1 && !d.Quoted[p.First]
}

// pendingOrgBefore returns the single capitalised word that an
// organization's description mi may take up, or -1: the nearest word of
// the sentence before or the description's own sentence that nothing has
// typed, outside quotation marks, that opens its sentence, has a role word
// after it or has the description set beside it ("on Chirp, the social
// platform he owns"), and that is no ordinary English word ("Hours later
// …", "Sailing champion …"), given name, place, weekday or month.
func (d *stage) pendingOrgBefore(mi int) int {
	m := d.Mentions[mi]
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-1; j-- {
		p := d.Mentions[j]
		if !d.SameParagraph(p.Sent, m.Sent) {
			break
		}
		if p.Type != doc.Pending || p.Entity >= 0 || p.Last-p.First != 1 || d.Quoted[p.First] {
			continue
		}
		w := d.Tokens[p.First].Text
		// "on Chirp, the social platform he owns": a capitalised word
		// inside its sentence with the description set beside it, even a
		// common word's (not "Meanwhile, the company said")
		beside := p.Last+1 == m.First && d.Tokens[p.Last].Text == "," && p.First != d.Sentences[p.Sent].First && !d.afterFrontedPhrase(p.First)
		if p.First != d.Sentences[p.Sent].First && !d.afterFrontedPhrase(p.First) && !d.roleAfter(p.Last) && !beside {
			// the organization is the subject its sentence opens with
			// ("Quorvix has been searching …"), or has someone acting
			// for it ("Fairshake spokesperson Josh Vlasto"); not "Reporters
			// asked Eze about the merger"
			continue
		}
		if prev := p.First - 1; prev >= 0 && locatives[d.Tokens[prev].Lower] && !beside {
			continue // "in Portland", "from Lyon": a place (but "in Quorvix, the app")
		}
		if next := p.Last; next < len(d.Tokens) && d.Tokens[next].Word && !d.Tokens[next].Cap && syntax.Default().CommonNoun(d.Tokens[next].Text) {
			continue // "Portland politics": a name as a modifier
		}
		if strings.ContainsAny(w, "0123456789") || !beside && (syntax.Default().CommonWord(w) || syntax.Default().SeenAsVerb(w)) || strings.HasSuffix(w, "ing") || mentions.GivenName(d.Doc, w) || rules.PlaceNames[w] || rules.WeekdayOrMonth(w) || rules.NonNames[w] || rules.FunctionWords[w] || rules.IsDemonym(w) || mentions.IsAcronym(w) || d.KB.HasSurname(w) {
			continue
		}
		return j
	}
	return -1
}

// roleAfter reports whether token k is a lower-case role word
// ("spokesperson", "chief").
func (d *stage) roleAfter(k int) bool {
	if k >= len(d.Tokens) || !d.Tokens[k].Word || d.Tokens[k].Cap {
		return false
	}
	w := d.Tokens[k].Lower
	return rules.RoleNouns[w] || rules.PersonNoun(w)
}

// genericOrgNouns describe an organization of any kind ("the group").
var genericOrgNouns = rules.WordClass("genericOrgNouns")

// locatives put a place after them (rules: locatives).
var locatives = rules.WordClass("locatives")

// orgAndIts reports whether "its" at token i follows an organization
// joined by "and" at the opening of sentence si: "The label and its star
// …", "Cinderleaf and its founder …" (but not "Okafor sued Cinderleaf and
// its founder", where its founder may be someone new).
func (d *stage) orgAndIts(si, i int) bool {
	f := d.Sentences[si].First
	if i-2 < f || d.Tokens[i-1].Text != "and" {
		return false
	}
	k := f
	if strings.EqualFold(d.Tokens[k].Text, "the") {
		k++
	}
	if k > i-2 {
		return false
	}
	for ; k < i-1; k++ {
		if t := d.Tokens[k]; !t.Word || !t.Cap && !(k == i-2 && len(rules.OrgKinds[t.Text]) > 0) {
			return false
		}
	}
	return true
}

// topicDescription reports whether "the … NOUN" from token i to the
// person noun at j describes the one person the paragraph has named so
// far, as news prose varies its names: "Odessa Vaughn had a busy
// February. The Denver developer gave $1 million to …". It must open its
// sentence as its subject (a word that is no name follows it), or follow
// a fronted phrase that names no one ("On Friday, the alderman …"), be no
// noun that brings in someone new ("The spokesman said"), and follow the
// naming of a single person in the sentences of its paragraph before it.
func (d *stage) topicDescription(i, j int) bool {
	si := d.SentenceOf(i)
	if i != d.Sentences[si].First && !d.afterFrontedPhrase(i) && !d.afterRecords(i) || j+1 >= d.Sentences[si].Last || newcomerNouns[d.Tokens[j].Text] {
		return false
	}
	next := d.Tokens[j+1]
	if !next.Word || next.Cap || rules.PersonNoun(strings.ToLower(next.Text)) || descriptionNouns[next.Text] {
		return false // (a noun after it heads the description: "The veteran lawmaker")
	}
	// With two people named, the one the sentence before opened with is
	// the paragraph's topic: "Sissoko has been among the loudest
	// skeptics. On Tuesday, the committee member demanded …" (but "the
	// head of the union" brings in someone new).
	return d.onePersonBefore(i) >= 0 || !rules.Prepositions[strings.ToLower(next.Text)] && d.openingPerson(si-1, si) >= 0
}

// possessor reports whether mention mi is a possessive ("His manager",
// "Brandt's lawyer"): it names no subject.
func (d *stage) possessor(mi int) bool {
	m := d.Mentions[mi]
	if m.Pronoun && possessives[d.Tokens[m.First].Lower] {
		return true
	}
	return m.Last < len(d.Tokens) && (d.Tokens[m.Last].Text == "’s" || d.Tokens[m.Last].Text == "'s")
}

// openingPerson returns the mention of the person named by name at the
// opening of sentence p (or after a phrase fronted there: "By breakfast,
// Perpetua Lyle had weighed in"), when p is in the paragraph of sentence si and
// names no one else but by a pronoun ("Sissoko has been among the
// loudest skeptics", not "Odhiambo met Reyes on Monday"); else -1.
func (d *stage) openingPerson(p, si int) int {
	if p < 0 || !d.SameParagraph(p, si) {
		return -1
	}
	mi := d.FirstMentionIn(p)
	if mi < 0 || mi >= len(d.Mentions) {
		return -1
	}
	m := d.Mentions[mi]
	if m.Sent != p || m.TitleFirst != d.Sentences[p].First && !d.afterFrontedPhrase(m.TitleFirst) || m.Type != doc.Person || m.Pronoun || m.Rule == "description" {
		return -1
	}
	for k := mi + 1; k < len(d.Mentions) && d.Mentions[k].Sent == p; k++ {
		if o := d.Mentions[k]; o.Type == doc.Person && !o.Pronoun && d.Tokens[o.Last-1].Text != d.Tokens[m.Last-1].Text {
			return -1
		}
	}
	return mi
}

// quoteSpeakerSlot reports whether description mi stands right after a
// quotation and its comma and before a verb of saying: “…,” the mayor
// said.
func (d *stage) quoteSpeakerSlot(mi int) bool {
	m := d.Mentions[mi]
	k := m.First
	if k < 2 || m.Last >= d.Sentences[m.Sent].Last || !rules.SpeechVerbs[d.Tokens[m.Last].Lower] {
		return false
	}
	q := d.Tokens[k-1].Text
	return (q == "\"" || q == "”") && (d.Tokens[k-2].Text == "," || d.Tokens[k-2].Text == "?" || d.Tokens[k-2].Text == "!")
}

// openingSubject returns the person mention, by name or by a pronoun
// resolved so far, that opens sentence p (or follows its fronted phrase)
// when p names no other person; else -1.
func (d *stage) openingSubject(p int) int {
	if p < 0 {
		return -1
	}
	mi := d.FirstMentionIn(p)
	if mi < 0 || mi >= len(d.Mentions) {
		return -1
	}
	m := d.Mentions[mi]
	if m.Sent != p || m.TitleFirst != d.Sentences[p].First && !d.afterFrontedPhrase(m.TitleFirst) || m.Type != doc.Person || m.Entity < 0 || m.Rule == "description" {
		return -1
	}
	for k := mi + 1; k < len(d.Mentions) && d.Mentions[k].Sent == p; k++ {
		if o := d.Mentions[k]; o.Type == doc.Person && o.Entity >= 0 && o.Entity != m.Entity {
			return -1
		}
	}
	return mi
}

// titledAs reports whether someone named before mention mi bears a title
// that noun names ("Mayor Ada Park" for "the mayor").
func (d *stage) titledAs(noun string, mi int) bool {
	for j := mi - 1; j >= 0; j-- {
		if p := d.Mentions[j]; p.Type == doc.Person && !p.Pronoun && p.Rule != "description" && strings.Contains(strings.ToLower(d.titleText(p)), noun) {
			return true
		}
	}
	return false
}

// afterRecords reports whether token i opens the clause that a short
// subject naming no one reports at the start of its sentence: "Records
// show the studio chief gave …", "Filings indicate that the investor …".
func (d *stage) afterRecords(i int) bool {
	si := d.SentenceOf(i)
	first := d.Sentences[si].First
	k := i - 1
	if k > first && strings.EqualFold(d.Tokens[k].Text, "that") {
		k--
	}
	if k <= first || k-first > 3 || !d.Tokens[k].Word || d.Tokens[k].Cap {
		return false
	}
	if v := d.Tokens[k].Lower; !rules.SpeechVerbs[v] && !evidenceForms[v] {
		return false
	}
	// (not when someone named says it)
	mi := d.FirstMentionIn(si)
	return mi < 0 || mi >= len(d.Mentions) || d.Mentions[mi].Sent != si || d.Mentions[mi].First >= k
}

// evidenceForms are the verb forms records and documents report with
// (rules: evidenceForms).
var evidenceForms = rules.WordClass("evidenceForms")

// objectDescription reports whether "the … NOUN" from token i to the
// person noun at j, right after a verb in the past, describes the one
// person its paragraph named before other than the clause's subject: "The
// Mariners signed Rafael Ibarra on Friday. General manager Ken Adair
// called the pitcher …" (a description is not its own clause's subject);
// so may a preposition a few words after such a verb ("heaped praise on
// the pitcher").
func (d *stage) objectDescription(i, j int) bool {
	si := d.SentenceOf(i)
	if i == d.Sentences[si].First || newcomerNouns[d.Tokens[j].Text] || officeNoun(d.Tokens[j].Text) {
		return false
	}
	past := func(v doc.Token) bool { return v.Word && !v.Cap && syntax.Default().PastTense(v.Text) }
	afterPreposition := !past(d.Tokens[i-1])
	if afterPreposition && !(objectPrepositions[d.Tokens[i-1].Lower] && slices.ContainsFunc(d.Tokens[max(i-4, d.Sentences[si].First):i-1], past)) {
		// (nor a preposition a verb in the past opens a few words
		// before: "heaped praise on the boss")
		return false
	}
	// After a preposition a post's noun that the one named before was
	// titled otherwise names someone else: "Coach Bellini was sacked.
	// Quinn lashed out at the referee".
	noun := d.Tokens[j].Lower
	otherPost := afterPreposition && rules.RoleNouns[noun] && !headNouns[noun]
	if j+1 < d.Sentences[si].Last {
		if next := d.Tokens[j+1]; next.Word && (next.Cap || rules.PersonNoun(strings.ToLower(next.Text)) || descriptionNouns[next.Text]) {
			return false
		}
	}
	subject, other := "", ""
	for _, k := range d.namedPeopleBefore(i) {
		m := d.Mentions[k]
		last := d.Tokens[m.Last-1].Text
		switch {
		case m.Sent == si && subject == "":
			subject = last
		case last == subject:
		case other != "" && last != other:
			if subject == "" && d.describedSubject(si, i-1) {
				// "Strand picked Barragán on Tuesday to lead the board.
				// The governor called the hydrologist …": with the
				// subject only described, the one the sentence before
				// named past its opening.
				return d.objectBefore(si) >= 0
			}
			return false // two people: which one is meant?
		default:
			other = last
			if otherPost && m.TitleFirst < m.First && !strings.Contains(strings.ToLower(d.titleText(m)), noun) {
				return false
			}
		}
	}
	return subject != "" && other != ""
}

// headNouns name one at the head of something, whatever their post
// ("the boss", "the owner"), which a title of another post does not
// rule out (rules: headNouns).
var headNouns = rules.WordClass("headNouns")

// objectPrepositions open the phrase of the one a verb is done to
// ("lashed out at …", "heaped praise on …"; rules: objectPrepositions).
var objectPrepositions = rules.WordClass("objectPrepositions")

// describedSubject reports whether the words of sentence si before verb
// v are "the" and a few lower-case words ending in a kind of person ("The
// governor", "the veteran columnist"), opening the sentence or after a
// fronted phrase.
func (d *stage) describedSubject(si, v int) bool {
	first := d.Sentences[si].First
	i := v - 1
	for i > first && v-i <= 4 && d.Tokens[i].Word && !d.Tokens[i].Cap && !strings.EqualFold(d.Tokens[i].Text, "the") {
		i--
	}
	if !strings.EqualFold(d.Tokens[i].Text, "the") || i == v-1 || i != first && !d.afterFrontedPhrase(i) {
		return false
	}
	noun := d.Tokens[v-1].Text
	return rules.PersonNoun(noun) || descriptionNouns[noun]
}

// objectBefore returns the one person the sentence before si names by
// name after the first ("Strand picked Barragán …"), in its paragraph,
// or -1.
func (d *stage) objectBefore(si int) int {
	p := si - 1
	if p < 0 || !d.SameParagraph(p, si) {
		return -1
	}
	found, first := -1, true
	for mi := d.FirstMentionIn(p); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == p; mi++ {
		m := d.Mentions[mi]
		if m.Type != doc.Person || m.Pronoun || m.Rule == "description" {
			continue
		}
		if first {
			first = false
			continue // (the first person named is its subject)
		}
		if found >= 0 && d.Tokens[d.Mentions[found].Last-1].Text != d.Tokens[m.Last-1].Text {
			return -1
		}
		found = mi
	}
	return found
}

// afterFrontedPhrase reports whether token i follows a short phrase that
// opens its sentence and ends in a comma, naming no person but by a
// pronoun: "On Friday, the …", "In a letter to shareholders, the …",
// "Two months after leaving his job at the White House, the …".
func (d *stage) afterFrontedPhrase(i int) bool {
	si := d.SentenceOf(i)
	first := d.Sentences[si].First
	if d.frontedTime(first, i) {
		return true // "This year the car dealer has given …"
	}
	if (i == first+1 || i == first+2 && d.Tokens[first+1].Text == ",") && openingConnectives[d.Tokens[first].Lower] {
		return true // "But the former trader was mocked …", "Now, the partner is suing …"
	}
	if i-first < 3 || i-first > 16 || d.Tokens[i-1].Text != "," {
		return false
	}
	named := make([]bool, i-first)
	for _, m := range d.Mentions {
		if m.Sent != si || m.First >= i {
			continue
		}
		if m.Type == doc.Person && !m.Pronoun {
			return false
		}
		for k := max(m.First, first); k < min(m.Last, i); k++ {
			named[k-first] = true
		}
	}
	for k := first; k < i-1; k++ {
		if t := d.Tokens[k]; !t.Word && t.Text != "-" || t.Cap && k > first && !named[k-first] && !rules.WeekdayOrMonth(t.Text) {
			return false
		}
	}
	return true
}

// openingConnectives open a sentence before its subject, tying it to the
// one before ("But", "Now", "Instead").
var openingConnectives = rules.WordClass("openingConnectives")

// frontedTime reports whether tokens [first, i) are a phrase of time
// that may open a sentence without a comma ("This year", "Last week",
// "On Monday", "In March 2024", "Earlier this month").
func (d *stage) frontedTime(first, i int) bool {
	if i-first < 2 || i-first > 5 {
		return false
	}
	noun := false
	for k := first; k < i; k++ {
		t := d.Tokens[k].Text
		switch l := strings.ToLower(t); {
		case timeNouns[l] || rules.WeekdayOrMonth(t) || isYear(t):
			noun = true
		case l == "this" || l == "last" || l == "next" || l == "earlier" || l == "later" || l == "on" || l == "in" || l == "the" || l == "that" || l == "same":
		default:
			return false
		}
	}
	return noun
}

// isYear reports whether t is a year written in digits ("2024").
func isYear(t string) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// demonymHead reports whether the word at k, after "the" and a people's
// name, leaves that name the head of its phrase ("the Uruguayan as head
// coach", "the Kenyan, who …"), unlike "the Kenyan president".
func (d *stage) demonymHead(k, last int) bool {
	if k >= last || !d.Tokens[k].Word {
		return true
	}
	switch w := d.Tokens[k].Text; w {
	case "and", "or", "who", "was", "is", "has", "had", "will", "would", "said", "says", "told", "as", "after", "before", "since", "over", "during":
		return true
	default:
		// a preposition, or a verb ("the Nigerian warned …", "the
		// Ugandan met …", "the Serb accuses …")
		return rules.Prepositions[w] || (strings.HasSuffix(w, "ed") || syntax.Default().PastTense(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !rules.PersonNoun(w)
	}
}

// namedBy reports whether token k is inside a mention that names someone
// or something (not a word left pending, as "Uruguayan" alone is).
func (d *stage) namedBy(k int) bool {
	for _, m := range d.Mentions {
		if m.First <= k && k < m.Last && m.Type != doc.Pending && m.Type != doc.Candidate {
			return true
		}
	}
	return false
}

// onePersonBefore returns a mention of the one person the paragraph
// names before token i (in its sentence and the three before; a full
// name rather than its surname alone), or -1 when it names none or
// several.
func (d *stage) onePersonBefore(i int) int {
	surname, best := "", -1
	for _, k := range d.namedPeopleBefore(i) {
		m := d.Mentions[k]
		last := d.Tokens[m.Last-1].Text
		if surname != "" && last != surname {
			return -1 // two people: which one is meant?
		}
		surname = last
		if best < 0 || d.Mentions[best].Last-d.Mentions[best].First < 2 && m.Last-m.First >= 2 {
			best = k
		}
	}
	return best
}

// namedPeopleBefore returns, nearest first, the mentions that name a
// person by name before token i in its sentence and the three sentences
// of its paragraph before it, outside quotations.
func (d *stage) namedPeopleBefore(i int) []int {
	si := d.SentenceOf(i)
	var out []int
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := d.Mentions[k]
		if m.First >= i {
			continue
		}
		if m.Sent < si-3 || !d.SameParagraph(m.Sent, si) {
			break
		}
		if m.Type == doc.Person && !m.Pronoun && m.Rule != "description" && !d.Quoted[m.First] {
			out = append(out, k) // (not one named inside a quotation: "“Vell has never built a house,” fumed the 52-year-old")
		}
	}
	return out
}

// newcomerNouns and partyMembers are the word classes of
// rules/wordclasses.txt of those names.
var (
	newcomerNouns = rules.WordClass("newcomerNouns")
	partyMembers  = rules.WordClass("partyMembers")
)

// fitBefore reports whether a person mentioned in the three sentences
// up to token k is described by noun, there or where the article named
// them before by the same surname ("The Rev. Ana Ruiz … Ruiz said … the
// pastor"): then "the owner", "the host" are descriptions of someone
// even where the noun is none of the usual descriptions. (Entities are
// not yet formed when descriptions are sought: a name is told by its
// last word.)
func (d *stage) fitBefore(k int, noun string) bool {
	si := d.SentenceOf(k)
	for j := d.LastMentionBefore(k); j >= 0 && d.Mentions[j].Sent >= si-3; j-- {
		m := d.Mentions[j]
		if m.Type != doc.Person {
			continue
		}
		if d.mentionFitsKind(m, noun) || d.asPostLater(m, noun, k) {
			return true
		}
		if m.Pronoun || m.Rule == "description" {
			continue
		}
		last := d.Tokens[m.Last-1].Text
		for i := j - 1; i >= 0; i-- {
			if p := d.Mentions[i]; p.Type == doc.Person && !p.Pronoun && p.Rule != "description" && d.Tokens[p.Last-1].Text == last && d.mentionFitsKind(p, noun) {
				return true
			}
		}
	}
	return false
}

// personNounOf reports whether the description starting at token i is
// the object of a preposition after a noun for a person ("a spokesman
// for the mayor, Ansel Fitz,"): a name set beside it is that person's.
func (d *stage) personNounOf(i int) bool {
	return i >= 2 && rules.Prepositions[d.Tokens[i-1].Lower] && rules.PersonNoun(d.Tokens[i-2].Lower)
}

// underRank reports whether title t holds noun only under a word of
// lower rank: "vice president" is no president, "deputy minister" no
// minister.
func underRank(t, noun string) bool {
	ws := strings.Fields(t)
	for i, w := range ws {
		if w == noun && (i == 0 || !rankWords[ws[i-1]]) {
			return false
		}
	}
	return true
}

// rankWords before a title make a lower office of it ("vice", "deputy").
var rankWords = rules.WordClass("rankWords")

// coveredBy reports whether a mention found earlier covers token k.
func (d *stage) coveredBy(k int) bool {
	// Mentions are in text order and short: only those starting shortly
	// before k can cover it.
	ms := d.Mentions
	j := sort.Search(len(ms), func(j int) bool { return ms[j].First > k })
	for j--; j >= 0 && d.Mentions[j].First >= k-maxMentionTokens; j-- {
		if m := ms[j]; m.TitleFirst <= k && k < m.Last && m.Rule != "description" && m.Type != doc.Place {
			// (a place may open a description: "the Texas Republican")
			return true
		}
	}
	return false
}

// maxMentionTokens bounds how many tokens a mention with its title spans.
const maxMentionTokens = 16

// orgDescriptionEnds reports whether the kind noun at token j ends a
// description ("the company said", "the firm’s shares"): no name follows
// ("the company Halvorsen") and no further noun ("the company town").
func (d *stage) orgDescriptionEnds(j, last int) bool {
	if j+1 >= last {
		return true
	}
	n := d.Tokens[j+1]
	if n.Cap && n.Word {
		return false
	}
	if w := strings.ToLower(n.Text); n.Word && (rules.PersonNounPlural(w) || peoplePlurals[w]) {
		return false // "the business partners": the kind modifies people
	}
	if b, ok := strings.CutSuffix(n.Text, "s"); ok && n.Word && len(rules.OrgKinds[b]) > 0 {
		return false // "the school board campaigns of …": a kind modifying kinds
	}
	if n.Text == "of" {
		// "the campaign of Senator Okafor", "the campaign of state
		// senator Ifeoma Nwachukwu": its own phrase says whose.
		for k := j + 2; k < last && k <= j+5 && d.Tokens[k].Word; k++ {
			if d.Tokens[k].Cap {
				return false
			}
		}
	}
	if !n.Cap && syntax.Default().PastTense(n.Text) {
		return true // "the chipmaker put Osterholt on notice"
	}
	if !n.Cap && len(n.Text) > 5 && strings.HasSuffix(n.Text, "ing") && syntax.Default().SeenAsVerb(n.Text) {
		// "the union representing its workers said …": a participle's
		// phrase modifies it — unless a name set off after the phrase
		// says which ("the union representing nurses, Harbor Nurses
		// United, said …").
		for k := j + 2; k+1 < last && k <= j+10; k++ {
			if d.Tokens[k].Text == "," {
				return !(d.Tokens[k+1].Cap && d.Tokens[k+1].Word)
			}
		}
		return true
	}
	if rules.Prepositions[n.Text] && j+2 < last && (rules.WeekdayOrMonth(d.Tokens[j+2].Text) || timeNouns[d.Tokens[j+2].Lower]) {
		return true // "the streamer on Wednesday tapped …"
	}
	if k := j + 2; !n.Cap && n.Word && len(n.Text) > 4 && strings.HasSuffix(n.Text, "ly") && k+1 < last && !syntax.Default().CommonNoun(n.Text) {
		// "the company quickly sued Walker": past the adverb, a verb of
		// the clause with what it does after it (not a participle with
		// its phrase, "the super PAC closely aligned with Kincaid", nor
		// the end of a phrase, "to the campaign personally, …").
		v := d.Tokens[k]
		return v.Word && !v.Cap && (syntax.Default().PastTense(v.Text) || rules.SpeechVerbs[v.Text] || v.Text == "will" || v.Text == "would" || v.Text == "has") &&
			!rules.Prepositions[d.Tokens[k+1].Text] && d.Tokens[k+1].Word
	}
	return !n.Word || n.Text == "’s" || n.Text == "'s" || rules.SpeechVerbs[n.Text] || syntax.PastForm(n.Text) || rules.FunctionWords[strings.ToUpper(n.Text[:1])+n.Text[1:]] ||
		strings.HasSuffix(n.Text, "ed") || strings.HasSuffix(n.Text, "s") && !rules.OrgAfter[n.Text] || n.Text == "will" || n.Text == "would" || n.Text == "has"
}

// peoplePlurals name the people of an organization ("the business
// partners", "the company executives").
var peoplePlurals = rules.WordClass("peoplePlurals")

// resolveDescription sends a definite description to what it describes:
// an organization ("the automaker") to the most recent one whose kind
// fits, or whose kind is not known; a person ("the billionaire") to the
// person most recently named before its sentence, preferring one whose
// titles, roles or gender fit the description.
func (d *stage) resolveDescription(mi int) int {
	m := d.Mentions[mi]
	if m.Type == doc.Org {
		return d.resolveOrgDescription(mi)
	}
	if d.ageAfter(m.First+1) == m.Last || m.First > 0 && strings.EqualFold(d.Tokens[m.First-1].Text, "its") {
		// "the 52-year-old": the paragraph's one person, else the
		// nearest person named before.
		if p := d.onePersonBefore(m.First); p >= 0 {
			return d.Mentions[p].Entity
		}
	}
	if w := d.Tokens[m.Last-1]; w.Cap && rules.IsDemonym(w.Text) {
		// "Uruguayan midfielder Jorge Almeida … ¶ The Uruguayan": the one
		// the article described by that people's word; else the
		// paragraph's one person.
		if p := d.demonymDescribed(m.First, w.Text); p >= 0 {
			return d.Mentions[p].Entity
		}
		if p := d.onePersonBefore(m.First); p >= 0 {
			return d.Mentions[p].Entity
		}
		return -1
	}
	noun := d.Tokens[m.Last-1].Lower
	if clientNouns[noun] && m.First > 0 && possessives[d.Tokens[m.First-1].Lower] {
		if k := d.clientOf(m.First - 1); k >= 0 && d.Mentions[k].Entity >= 0 {
			return d.Mentions[k].Entity // "Marlund's attorney … said his client would …"
		}
	}
	if counterpartNouns[noun] && m.First > 0 && possessives[d.Tokens[m.First-1].Lower] {
		if k := d.counterpartBefore(m.First - 1); k >= 0 && d.Mentions[k].Entity >= 0 {
			return d.Mentions[k].Entity // "attacked her colleague": the other one named
		}
		if p := d.Mentions[mi-1]; mi > 0 && p.Pronoun && p.Last == m.First && p.Entity >= 0 {
			// "the senator took a swipe at her colleague": of the two
			// the paragraph named, the one the possessive is not.
			if o := d.otherOfTwo(m.First, p.Entity); o >= 0 {
				return o
			}
		}
	}
	if k := m.Last; k+1 < len(d.Tokens) && d.Tokens[k].Text == "," && mi+1 < len(d.Mentions) {
		// "the central bank governor, Otieno Wekesa, …": a description
		// set beside the name after it.
		if p := d.Mentions[mi+1]; p.TitleFirst == k+1 && p.Sent == m.Sent && !p.Pronoun && p.Type == doc.Person && p.Entity >= 0 && p.Last-p.First >= 2 && !d.personNounOf(m.First) {
			return p.Entity
		}
	}
	if p := d.nameAfterPhrase(mi); p >= 0 {
		// "The 51-year-old founder of payments giant Ledgerline, Dmitri
		// Ostrowski, lashed out …": the name set beside the description
		// and the phrase that completes it.
		return p
	}
	if k := m.First - 1; k > 0 && d.Tokens[k].Text == "," && mi > 0 {
		// "Mei-Ling Chao, the semiconductor executive": an apposition
		// describes the name it is set beside (but "In a letter to the
		// senator, the shipping magnate accused …" sets no description
		// beside another).
		if p := d.Mentions[mi-1]; p.Last == k && p.Sent == m.Sent && p.Entity >= 0 && !p.Pronoun && p.Rule != "description" && d.Entities[p.Entity].Type == doc.Person {
			return p.Entity
		}
	}
	if m.Last-m.First >= 2 && rankWords[d.Tokens[m.Last-2].Lower] {
		// "the lieutenant governor", "the deputy mayor": a holder of
		// that rank of the office, titled so, first.
		ranked := d.Tokens[m.Last-2].Lower + " " + noun
		for j := mi - 1; j >= 0; j-- {
			if p := d.Mentions[j]; p.Type == doc.Person && p.Entity >= 0 && !p.Pronoun && strings.Contains(d.titleText(p), ranked) {
				return p.Entity
			}
		}
	}
	if e := d.runnerOf(mi, noun); e >= 0 {
		return e
	}
	// The nearest the noun describes, then the nearest described by a
	// narrower kind ("U.S. envoy Ray Ochoa … the American diplomat"), only
	// where no one fits the noun itself ("Party leader Ada Crane met
	// lawmaker Tom Hale … the leader" is Crane).
	for _, fits := range []func(e int, noun string, before int) bool{d.describes, d.describesNarrower} {
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-4; j-- {
			p := d.Mentions[j]
			// (an exact fit may come earlier in the same sentence: "the
			// office of Mayor Solberg … the mayor's calendar")
			if p.First >= m.First || p.Entity < 0 || p.Pronoun || d.Entities[p.Entity].Type != doc.Person {
				continue
			}
			if fits(p.Entity, noun, m.First) {
				return p.Entity
			}
		}
	}
	// Further back, the one person the article has described so ("Former
	// judge Alma Reyes …", paragraphs later "the former judge").
	fit := -1
	for j := mi - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if p.Entity < 0 || p.Pronoun || p.Entity == fit || d.Entities[p.Entity].Type != doc.Person || !d.describes(p.Entity, noun, m.First) {
			continue
		}
		if fit >= 0 {
			fit = -2 // two fit: no telling
			break
		}
		fit = p.Entity
	}
	if fit >= 0 {
		return fit
	}
	g := descriptionGender[noun]
	if g == "" {
		g = nounGender(noun)
	}
	if s := d.Sentences[m.Sent]; m.First == s.First || d.afterFrontedPhrase(m.First) {
		// A description opening its sentence is the person the sentence
		// before opened with, the paragraph's topic: "Sissoko has been
		// among the loudest skeptics. On Tuesday, the committee member
		// demanded …".
		if o := d.openingPerson(m.Sent-1, m.Sent); o >= 0 && d.Mentions[o].Entity >= 0 {
			e := d.Mentions[o].Entity
			if eg := d.Entities[e].Gender; (g == "" || eg == "" || eg == g) && !d.describedOtherwise(e, noun, mi) && d.titled(e) == (officeNoun(noun) || holderNouns[noun]) {
				return e
			}
		}
	}
	if d.quoteSpeakerSlot(mi) {
		// "She laughed. “He couldn't run a lemonade stand,” the mayor
		// said": a description saying a quotation is the one the
		// sentence before opened with, even by a pronoun, when no one
		// else is titled by the description's noun (and not one the
		// quotation speaks of).
		if o := d.openingSubject(m.Sent - 1); o >= 0 && d.SameParagraph(m.Sent-1, m.Sent) {
			e := d.Mentions[o].Entity
			if eg := d.Entities[e].Gender; (g == "" || eg == "" || eg == g) && !d.describedOtherwise(e, noun, mi) && !d.titled(e) && !d.titledAs(noun, mi) {
				return e // (not one titled otherwise: "Governor Moreno … the mayor said")
			}
		}
	}
	// A description that is the subject of its own sentence is not who a
	// later description there is: "the columnist accused the mayor" (a
	// possessor is no subject, "his manager stood by the 36-year-old",
	// and a quotation has its own: "you are the most inspiring …").
	own := -1
	if sm := d.subjectOf(m.Sent, m.First); sm >= 0 && sm < mi && d.Mentions[sm].Rule == "description" && !d.possessor(sm) && !d.Quoted[m.First] {
		own = d.Mentions[sm].Entity
	}
	// First the people whose title of office fits the description or
	// its lack ("the billionaire" after "Shipping magnate Lindqvist …
	// Governor Brandt" is Lindqvist; "the lawmaker" after "Senator Brandt
	// met developer Vogt" is Brandt), then anyone.
	office := officeNoun(noun) || holderNouns[noun]
	for _, strict := range []bool{true, false} {
		for j := mi - 1; j >= 0 && (!strict || d.Mentions[j].Sent >= m.Sent-4); j-- {
			p := d.Mentions[j]
			if p.Sent >= m.Sent || p.Entity < 0 || p.Pronoun || d.Entities[p.Entity].Type != doc.Person || p.Entity == own {
				continue
			}
			if eg := d.Entities[p.Entity].Gender; g != "" && eg != "" && eg != g {
				continue
			}
			if strict && d.titled(p.Entity) != office {
				continue
			}
			if d.otherOffice(p.Entity, noun, mi) {
				continue // "the governor" is not "Mayor Crane"
			}
			if !strict && office && !d.titled(p.Entity) && (d.describedOtherwise(p.Entity, noun, mi) || d.courtesyTitled(p.Entity)) {
				continue // "the governor" is no heiress named before, nor "Dr. Amina Bello"
			}
			if strict && d.describedOtherwise(p.Entity, noun, mi) {
				// described by another trade: the subject of the
				// sentence before may still be meant ("Adeyinka was
				// asked about Whitlow, the logistics entrepreneur … The
				// banker called her …")
				if subj := d.prevSubject(m.Sent); subj >= 0 && subj != p.Entity && d.titled(subj) == office {
					return subj
				}
				continue
			}
			return p.Entity
		}
	}
	return -1
}

// runnerOf returns the one person of the last five sentences who was
// said to run what description mi names by the word before its noun:
// "Kang runs the largest union at the port. Ferrers runs the port. …
// the union boss" is Kang. It returns -1 when the description has no
// such word or not exactly one person fits.
func (d *stage) runnerOf(mi int, noun string) int {
	m := d.Mentions[mi]
	if !leaderNouns[noun] || m.Last-m.First < 2 {
		return -1
	}
	mod := d.Tokens[m.Last-2]
	if mod.Cap || !mod.Word || len(rules.OrgKinds[strings.ToLower(mod.Text)]) == 0 {
		return -1
	}
	if r := d.runnerBefore(m.First, m.Sent, strings.ToLower(mod.Text)); r >= 0 {
		return d.Mentions[r].Entity
	}
	return -1
}

// runnerBefore returns a mention of the one person of the five sentences
// up to sentence si, before token k, said to run (runVerbs) what kind
// names, or -1 when none or two did. People are told apart by the last
// word of their names, as descriptions are found before names are
// joined into entities.
func (d *stage) runnerBefore(k, si int, kind string) int {
	fit, surname := -1, ""
	for mi := d.LastMentionBefore(k); mi >= 0 && d.Mentions[mi].Sent >= si-4; mi-- {
		p := d.Mentions[mi]
		if p.Type != doc.Person || p.Pronoun || p.Rule == "description" {
			continue
		}
		last := d.Tokens[p.Last-1].Text
		if fit >= 0 && last == surname {
			continue
		}
		v := p.Last
		if v+1 < len(d.Tokens) && d.Tokens[v].Text == "," && strings.EqualFold(d.Tokens[v+1].Text, "who") {
			v += 2
		}
		if v >= len(d.Tokens) || !runVerbs[d.Tokens[v].Text] {
			continue
		}
		for j := v + 1; j < len(d.Tokens) && j <= v+6 && d.SentenceOf(j) == p.Sent; j++ {
			if t := d.Tokens[j].Text; t == "'" || t == "’" {
				continue // "the dockworkers' union"
			}
			if !d.Tokens[j].Word {
				break
			}
			w := d.Tokens[j].Lower
			if rules.Prepositions[w] {
				break
			}
			// (the head of what is run, not a word modifying it: "led the
			// union campaign" runs a campaign)
			if n := j + 1; (w == kind || w == kind+"s") && (n >= len(d.Tokens) || !d.Tokens[n].Word || rules.Prepositions[d.Tokens[n].Lower] || d.Tokens[n].Cap) {
				if fit >= 0 {
					return -1 // two run one: no telling
				}
				fit, surname = mi, last
				break
			}
		}
	}
	return fit
}

// leaderNouns name the one at the head of something, and runVerbs put a
// name's bearer there (rules: leaderNouns, runVerbs).
var leaderNouns, runVerbs = rules.WordClass("leaderNouns"), rules.WordClass("runVerbs")

// objectPronounGender returns the gender of an object pronoun ("him",
// "her" not before a noun) later in the clause of description mi, which
// the clause's subject is not: "the partner is suing her"; else "".
func (d *stage) objectPronounGender(mi int) string {
	m := d.Mentions[mi]
	if sm := d.subjectOf(m.Sent, m.Last); sm != mi {
		return "" // (only for the clause's subject)
	}
	// (only right after the clause's verb, its auxiliaries and adverbs:
	// "is now suing her"; not in a phrase or clause further on, "accused
	// Whitby of lying to her", where "her" may be the subject)
	last := min(d.Sentences[m.Sent].Last, m.Last+5)
	for k := m.Last; k < last; k++ {
		t := d.Tokens[k]
		if d.Quoted[k] || !t.Word || t.Cap || rules.Prepositions[strings.ToLower(t.Text)] || strings.EqualFold(t.Text, "who") || strings.EqualFold(t.Text, "that") {
			return ""
		}
		switch strings.ToLower(t.Text) {
		case "him":
			return "M"
		case "her":
			if n := d.Tokens[min(k+1, last-1)].Lower; k+1 >= last || !d.Tokens[k+1].Word || rules.Prepositions[n] || afterObjectWords[n] {
				return "F"
			}
		}
	}
	return ""
}

// afterObjectWords follow an object pronoun, never a noun it would
// possess: "suing her over …", "called her again".
var afterObjectWords = rules.WordClass("afterObjectWords")

// personBefore returns the person last named (not by a pronoun, nor in
// a quotation) before mention mi, in its sentence or the back before it,
// for whom ok holds; else -1.
func (d *stage) personBefore(mi, back int, ok func(e int) bool) int {
	m := d.Mentions[mi]
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-back; j-- {
		p := d.Mentions[j]
		if p.Entity >= 0 && !p.Pronoun && !d.Quoted[p.First] && d.Entities[p.Entity].Type == doc.Person && ok(p.Entity) {
			return p.Entity
		}
	}
	return -1
}

// prevSubject returns the person the sentence before si has for subject,
// or -1.
func (d *stage) prevSubject(si int) int {
	if si == 0 {
		return -1
	}
	s := d.subjectOf(si-1, d.Sentences[si-1].Last)
	if s < 0 {
		return -1
	}
	if e := d.Mentions[s].Entity; e >= 0 && d.Entities[e].Type == doc.Person {
		return e
	}
	return -1
}

// describedOtherwise reports whether person entity e was described before
// mention mi by another noun of trade than noun, one that does not go with
// it: "Whitlow, the logistics entrepreneur" is not "the banker" (but a
// magnate may be "the billionaire").
func (d *stage) describedOtherwise(e int, noun string, mi int) bool {
	for _, m := range d.Mentions[:mi] {
		if m.Entity != e {
			continue
		}
		var w string
		switch {
		case m.Rule == "description":
			w = d.Tokens[m.Last-1].Lower
		case m.First > 0 && m.TitleFirst == m.First:
			w = d.Tokens[m.First-1].Lower
			if !rules.PersonNoun(w) {
				w = ""
			}
		}
		if w != "" && w != noun && descriptionNouns[w] && !(wealthNouns[w] && wealthNouns[noun]) && !rules.NarrowerKind(w, noun) {
			return true
		}
	}
	return false
}

// otherOffice reports whether person entity e was titled, before mention
// mi, with an office other than the one noun names, both offices the
// knowledge base knows: "Mayor Ellery Crane" is not "the governor" (but
// "Senator Brandt" may be "the lawmaker").
func (d *stage) otherOffice(e int, noun string, mi int) bool {
	want := descriptionRole[noun]
	if want == "" {
		return false
	}
	for _, m := range d.Mentions[:mi] {
		if m.Entity != e || m.Title == "" || courtesyTitle(m.Title) {
			continue
		}
		f := strings.Fields(strings.ToLower(m.Title))
		if r := descriptionRole[f[len(f)-1]]; r != "" && r != want {
			return true
		}
		if t := d.titleText(m); strings.Contains(t, noun) && underRank(t, noun) {
			return true // "the governor" is not "Lieutenant Governor Pike"
		}
	}
	return false
}

// wealthNouns describe the rich, and may describe one person together.
var wealthNouns = rules.WordClass("wealthNouns")

// officeNoun reports whether a description's noun names a public office
// or its holders ("the lawmaker", "the senator"), which titled people fit.
func officeNoun(noun string) bool {
	if descriptionRole[noun] != "" {
		return true
	}
	return officeNouns[noun]
}

// holderNouns describe whoever holds an office, of any title ("the
// incumbent"): titled people fit them first, as they do office nouns
// (rules: holderNouns).
var holderNouns = rules.WordClass("holderNouns")

// officeNouns name public offices or their holders (rules: officeNouns).
var officeNouns = rules.WordClass("officeNouns")

// titled reports whether a mention of person entity e so far carries a
// title of office ("Governor Ada Brandt", "Sen. …").
func (d *stage) titled(e int) bool {
	for _, m := range d.Mentions {
		if m.Entity == e && m.Title != "" && !courtesyTitle(m.Title) {
			if _, ok := rules.Titles[m.Title]; ok {
				return true
			}
			// "Transport Minister", "Deputy Mayor": a title's last word.
			if f := strings.Fields(m.Title); len(f) > 0 && (rules.IsTitle(f[len(f)-1]) || rules.IsTitleWord(f[len(f)-1])) {
				return true
			}
		}
	}
	return false
}

// courtesyTitled reports whether a mention of person entity e carries a
// title of courtesy ("Dr. Amina Bello"): what the person is, when it
// says, is no office.
func (d *stage) courtesyTitled(e int) bool {
	return slices.ContainsFunc(d.Mentions, func(m doc.Mention) bool { return m.Entity == e && courtesyTitle(m.Title) })
}

// courtesyTitles address a person and hold no office: "Dr. Amina Bello
// … the governor named her" does not make her the governor.
var courtesyTitles = rules.WordClass("courtesyTitles")

// courtesyTitle reports whether title t ("Dr.", "Ms") is of courtesy.
func courtesyTitle(t string) bool { return courtesyTitles[strings.ToLower(strings.TrimSuffix(t, "."))] }

// describes reports whether person entity e is known by the role noun:
// a title or role word before one of its mentions ("Senator Priya Raman",
// "billionaire Lars Eklund"), a description of that noun resolved to it
// ending by token before, or a knowledge-base role.
func (d *stage) describes(e int, noun string, before int) bool {
	ent := d.Entities[e]
	// The mentions resolved so far (the entity's list is filled after
	// resolution).
	for _, m := range d.Mentions {
		if m.Entity == e && (m.Rule != "description" || m.Last <= before) && (d.mentionFits(m, noun) || d.asPostLater(m, noun, before)) {
			return true
		}
	}
	if ent.KB != nil {
		role := descriptionRole[noun]
		for _, r := range ent.KB.Roles {
			if role != "" && r.Role == role {
				return true
			}
		}
	}
	return false
}

// asPostLater reports whether the words after mention m give its bearer
// the post noun in an as-phrase further on in the clause, of an organization
// ("Ferrante left the club on Friday after six years as its manager"
// for "the manager"): up to a dozen words on, before a comma, a relative
// or coordinated clause, or another person's mention; not "as his
// deputy", someone else's; and only before token before (not the
// as-phrase's own noun, which names the post, not its holder).
func (d *stage) asPostLater(m doc.Mention, noun string, before int) bool {
	if m.Pronoun || m.Rule == "description" {
		return false
	}
	for k := m.Last; k < m.Last+12 && k+1 < len(d.Tokens) && d.SentenceOf(k+1) == m.Sent; k++ {
		switch d.Tokens[k].Lower {
		case ",", ";", ":", "who", "which", "that", "and", "but", "\"", "“", "”":
			return false
		case "as":
		default:
			if d.Tokens[k].Cap && d.otherPersonAt(k, m.Entity) {
				return false
			}
			continue
		}
		for j := k + 1; j < k+5 && j < len(d.Tokens) && d.Tokens[j].Word && !d.Tokens[j].Cap && d.SentenceOf(j) == m.Sent; j++ {
			switch w := d.Tokens[j].Lower; {
			case w == "his" || w == "her" || w == "their" || rules.Prepositions[w]:
				return false
			case w == noun:
				return j < before && (j+1 >= len(d.Tokens) || !d.Tokens[j+1].Word || rules.Prepositions[d.Tokens[j+1].Lower] || d.Tokens[j+1].Text == ".")
			}
		}
		return false
	}
	return false
}

// otherPersonAt reports whether token k is in a mention of a person other
// than entity e.
func (d *stage) otherPersonAt(k, e int) bool {
	for _, m := range d.Mentions {
		if m.First <= k && k < m.Last {
			return m.Entity >= 0 && m.Entity != e && m.Type == doc.Person
		}
	}
	return false
}

// describesNarrower reports whether a mention of person entity e before
// token before describes them by a kind of person narrower than noun
// (mentionFitsNarrower).
func (d *stage) describesNarrower(e int, noun string, before int) bool {
	if len(rules.NarrowerKinds(noun)) == 0 {
		return false
	}
	return slices.ContainsFunc(d.Mentions, func(m doc.Mention) bool {
		return m.Entity == e && m.Rule != "description" && m.Last <= before && d.mentionFitsNarrower(m, noun)
	})
}

// mentionFitsKind reports whether mention m describes its bearer by noun
// or by a narrower kind of person (mentionFitsNarrower).
func (d *stage) mentionFitsKind(m doc.Mention, noun string) bool {
	return d.mentionFits(m, noun) || d.mentionFitsNarrower(m, noun)
}

// mentionFitsNarrower reports whether mention m describes its bearer by a
// kind of person narrower than noun (rules.NarrowerKinds): "U.S. envoy Ray
// Ochoa" for "the American diplomat", "the rapper" for "the singer".
func (d *stage) mentionFitsNarrower(m doc.Mention, noun string) bool {
	narrower := rules.NarrowerKinds(noun)
	if len(narrower) == 0 {
		return false
	}
	// Only the narrower kinds among the words around the mention can fit
	// it (a title, an apposition, an as-phrase): a dozen look-ups, not
	// one fit per narrower kind.
	s := d.Sentences[m.Sent]
	tried := map[string]bool{}
	for k := max(s.First, min(m.TitleFirst, m.First)-8); k < min(s.Last, m.Last+12); k++ {
		if w := d.Tokens[k].Lower; narrower[w] && !tried[w] {
			tried[w] = true
			if d.mentionFits(m, w) {
				return true
			}
		}
	}
	return false
}

// mentionFits reports whether mention m describes its bearer by noun: a
// description of that head resolved to them, a title or role word before it ("shipping boss Crane", "Sen. Ferro" for
// "the senator"), a verb of doing right after it ("Vasilescu owns a
// club" for "the owner", "Brandvold gave $5,000" for "the donor", ", who
// chairs" for "the chair"), a post an as-phrase gives ("resigned as
// president"), an appositive ("Hale, the senior pastor of …,") or a
// copula's predicate ("Reed is a boxer").
func (d *stage) mentionFits(m doc.Mention, noun string) bool {
	if t := d.titleText(m); strings.Contains(t, noun) && !underRank(t, noun) {
		return true
	}
	if m.Rule == "description" && !m.Pronoun && strings.EqualFold(d.Tokens[m.Last-1].Text, noun) && !(m.Last-m.First >= 2 && rankWords[d.Tokens[m.Last-2].Lower]) && d.besideName(m) {
		return true // "Ashgrove, the reclusive logistics billionaire, …" … "the billionaire"
	}
	for k := m.TitleFirst; k < m.First; k++ {
		if w := d.Tokens[k].Lower; (w == noun || abbreviates(w, noun) || titleImplies(w, noun)) && !(k > 0 && rankWords[d.Tokens[k-1].Lower]) {
			return true
		}
	}
	if m.First > 0 && d.Tokens[m.First-1].Lower == noun && !(m.First > 1 && rankWords[d.Tokens[m.First-2].Lower]) {
		return true
	}
	if k := m.TitleFirst - 1; k > 2 && d.Tokens[k].Text == "," {
		// "recalled its ambassador to Marranca, Katarzyna Wilk": a role
		// set before the name and a comma, with its phrase.
		for j := k - 1; j > k-7 && j > 0 && d.SentenceOf(j) == m.Sent; j-- {
			t := d.Tokens[j]
			if !t.Word {
				break
			}
			if strings.ToLower(t.Text) == noun && !t.Cap {
				switch d.Tokens[j-1].Lower {
				case "its", "the", "his", "her", "their", "our":
					// (not the object of a preposition: "a spokesman for
					// the mayor, Ansel Fitzgibbon," is the spokesman)
					return j < 2 || !rules.Prepositions[d.Tokens[j-2].Lower]
				}
				break
			}
		}
	}
	if m.Pronoun || m.Last >= len(d.Tokens) {
		return false
	}
	if doerOf(d.Tokens[m.Last].Text, noun) {
		return true
	}
	if candidateNouns[noun] {
		// "Blum and Dorsey are running for the Senate seat" for "the two
		// candidates".
		for k := m.Last; k < m.Last+6 && k+1 < len(d.Tokens) && d.SentenceOf(k) == m.Sent; k++ {
			if w := d.Tokens[k].Lower; (w == "running" || w == "runs" || w == "ran" || w == "run") && strings.EqualFold(d.Tokens[k+1].Text, "for") {
				return true
			}
		}
	}
	if w := d.Tokens[m.Last].Text; giverNouns[noun] && !d.Tokens[m.Last].Cap && giverVerbs[syntax.Default().Lemma(strings.ToLower(w), "VERB", "VBD")] {
		return true // "Brandvold gave $36,000 to …" for "the donor"
	}
	for k := m.Last; k < m.Last+3 && k+1 < len(d.Tokens) && d.SentenceOf(k+1) == m.Sent && d.Tokens[k].Word && !d.Tokens[k].Cap; k++ {
		// "Rao resigned as president of …": the post a verb right after
		// the name gives her.
		if d.Tokens[k].Text != "as" {
			continue
		}
		for j := k + 1; j < k+4 && j < len(d.Tokens) && d.Tokens[j].Word && !d.Tokens[j].Cap && d.SentenceOf(j) == m.Sent; j++ {
			if w := d.Tokens[j].Text; w == "his" || w == "her" || w == "their" || w == "its" {
				break // "named Tracy as her deputy": a description itself
			}
			if d.Tokens[j].Lower == noun {
				return true
			}
		}
		break
	}
	if k := m.Last; k+2 < len(d.Tokens) && d.Tokens[k].Text == "," && d.Tokens[k+1].Lower == "who" && doerOf(d.Tokens[k+2].Text, noun) {
		return true // "Haugen, who chairs the commission," for "the chair"
	}
	// "Kayla Drummond is an influencer; Tyson Reed is a boxer": what a
	// copula makes the name; "Marcus Hale, the senior pastor of Shiloh
	// Church,": what an appositive makes it.
	if k := m.Last; k+2 < len(d.Tokens) && d.Tokens[k].Text == "," {
		if a := d.Tokens[k+1].Lower; a == "a" || a == "an" || a == "the" || a == "its" || a == "his" || a == "her" || a == "their" {
			// ("Linda Haugen, the commission's chair,": a possessive
			// inside; "Grant Whitcomb, the incumbent senator," for "the
			// incumbent": a kind before the role it qualifies)
			for j := k + 2; j < len(d.Tokens) && j <= k+6 && (d.Tokens[j].Word && !d.Tokens[j].Cap || doc.Possessive(d.Tokens[j].Text)) && d.SentenceOf(j) == m.Sent; j++ {
				if rules.Prepositions[d.Tokens[j].Text] {
					break // "Okafor, a major donor to the governor,": not the governor
				}
				if d.Tokens[j].Lower != noun {
					continue
				}
				if j+1 >= len(d.Tokens) || !d.Tokens[j+1].Word || rules.Prepositions[d.Tokens[j+1].Text] || d.Tokens[j+1].Text == "who" ||
					!d.Tokens[j+1].Cap && rules.RoleNouns[d.Tokens[j+1].Text] && (j+2 >= len(d.Tokens) || !d.Tokens[j+2].Word) {
					return true
				}
			}
		}
	}
	if k := m.Last; k+2 < len(d.Tokens) && (d.Tokens[k].Text == "is" || d.Tokens[k].Text == "was") {
		if a := d.Tokens[k+1].Lower; a == "a" || a == "an" || a == "the" {
			for j := k + 2; j < len(d.Tokens) && j <= k+5 && d.Tokens[j].Word && d.SentenceOf(j) == m.Sent; j++ {
				if d.Tokens[j].Lower == noun && (j+1 >= len(d.Tokens) || !d.Tokens[j+1].Word || rules.Prepositions[d.Tokens[j+1].Text] || d.Tokens[j+1].Text == "who") {
					return true
				}
			}
		}
	}
	return false
}

// nounGender returns the gender a noun for a person states by its form:
// "F" for "-woman" and the feminine "-ess" nouns ("actress", "heiress"),
// "M" for "-man" ("businessman", not "chairman", which women hold too);
// else "".
func nounGender(noun string) string {
	switch {
	case strings.HasSuffix(noun, "woman") || feminineNouns[noun]:
		return "F"
	case strings.HasSuffix(noun, "man") && noun != "chairman" && len(noun) > 5 && rules.PersonNoun(noun):
		return "M"
	}
	return ""
}

// feminineNouns are "-ess" nouns for women (rules: feminineNouns).
var feminineNouns = rules.WordClass("feminineNouns")

// titleText returns mention m's title in lower case with a word of rank
// right before it ("lieutenant governor" where the title found is
// "Governor").
func (d *stage) titleText(m doc.Mention) string {
	t := strings.ToLower(m.Title)
	if m.TitleFirst < m.First {
		var ws []string
		for k := m.TitleFirst; k < m.First; k++ {
			ws = append(ws, d.Tokens[k].Lower)
		}
		if full := strings.Join(ws, " "); strings.HasSuffix(full, t) {
			t = full
		}
	}
	if k := m.TitleFirst - 1; t != "" && k >= 0 && rankWords[d.Tokens[k].Lower] {
		t = d.Tokens[k].Lower + " " + t // "Lieutenant" left out of the title found
	}
	return t
}

// besideName reports whether description m is set beside a person's
// name, right after it and a comma: its resolution is then sure.
func (d *stage) besideName(m doc.Mention) bool {
	k := m.First - 1
	if k < 1 || d.Tokens[k].Text != "," {
		return false
	}
	j := d.LastMentionBefore(k)
	if j < 0 {
		return false
	}
	p := d.Mentions[j]
	return p.Last == k && p.Type == doc.Person && !p.Pronoun && p.Rule != "description"
}

// giverNouns name one who gives money, and giverVerbs, right after a
// name, make its bearer one (rules: giverNouns, giverVerbs).
var giverNouns, giverVerbs = rules.WordClass("giverNouns"), rules.WordClass("giverVerbs")

// doerOf reports whether verb form w, right after a name, makes its
// subject the one noun names: "owns" an owner, "hosts" a host, "leads" a
// leader, "coaches" a coach, "directs" a director.
func doerOf(w, noun string) bool {
	stem := noun
	if b, ok := strings.CutSuffix(noun, "er"); ok {
		stem = b
	} else if b, ok := strings.CutSuffix(noun, "or"); ok {
		stem = b
	}
	if len(stem) < 3 || !strings.HasPrefix(w, stem) {
		return false
	}
	rest := w[len(stem):]
	return rest == "s" || rest == "es" || rest == "ed" || rest == "d"
}

// candidateNouns name those running for office (rules: candidateNouns).
var candidateNouns = rules.WordClass("candidateNouns")

// abbreviates reports whether w is an abbreviated title standing for
// noun: its letters before the period open the noun ("sen." for
// "senator", "gov." for "governor", "rep." for "representative").
func abbreviates(w, noun string) bool {
	a, ok := strings.CutSuffix(w, ".")
	return ok && len(a) >= 2 && len(noun) > len(a) && strings.HasPrefix(noun, a)
}

// Titles that make their bearer a kind of person the title does not spell
// (rules: pastorTitles, priestTitles, clericTitles, legislatorTitles and
// their nouns).
var titleKinds = []struct{ titles, nouns map[string]bool }{
	{rules.WordClass("pastorTitles"), rules.WordClass("pastorNouns")},
	{rules.WordClass("priestTitles"), rules.WordClass("priestNouns")},
	{rules.WordClass("clericTitles"), rules.WordClass("clericNouns")},
	{rules.WordClass("legislatorTitles"), rules.WordClass("legislatorNouns")},
}

// titleImplies reports whether title word w (lower case, "rev." or
// "sen") before a name makes its bearer a noun the title does not spell:
// "the Rev. Ana Ruiz" is a pastor, "Rabbi Ana Ruiz" a cleric (not a
// pastor), "Sen. Ana Ruiz" a lawmaker.
func titleImplies(w, noun string) bool {
	t := strings.TrimSuffix(w, ".")
	for _, k := range titleKinds {
		if k.titles[t] && k.nouns[noun] {
			return true
		}
	}
	return false
}

// resolveOrgDescription sends "the company", "the agency", "the
// artificial intelligence company" to the most recent organization
// (within five sentences) whose kind fits, or failing that whose kind is
// not known, or failing that the most recent one.
func (d *stage) resolveOrgDescription(mi int) (e int) {
	m := d.Mentions[mi]
	if k := m.Last; k+1 < len(d.Tokens) && d.Tokens[k].Text == "," && mi+1 < len(d.Mentions) {
		// "the union, Harbor Nurses United, …": a description set beside
		// the name after it.
		if p := d.Mentions[mi+1]; p.First == k+1 && p.Sent == m.Sent && !p.Pronoun && p.Rule != "description" && p.Type == doc.Org && p.Entity >= 0 {
			return p.Entity
		}
	}
	head := d.Tokens[m.Last-1].Lower
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-1; j-- {
		// "The investment firm said that Brandt, who left the Corvane
		// Trust Company, will join the firm": a description with the
		// same head just before stands for the same organization.
		if p := d.Mentions[j]; p.Rule == "description" && p.Type == doc.Org && p.Entity >= 0 && d.Tokens[p.Last-1].Lower == head && p.Last-p.First > m.Last-m.First {
			return p.Entity
		}
	}
	if j := d.orgHeadBefore(d.Tokens[m.Last-1].Text, m.First); j >= 0 && (d.Mentions[j].Sent >= m.Sent-5 || d.onlyHeadBefore(j, m.First)) {
		// "the Ashgrove Water Authority … the authority" (further back
		// when it is the only one so named: "the Department of Labor
		// … paragraphs later, joined the department")
		return d.Mentions[j].Entity
	}
	want := rules.OrgKinds[d.Tokens[m.Last-1].Text]
	if first := d.Sentences[m.Sent].First; m.Sent > 0 && m.Last-m.First >= 3 && (m.First == first || d.afterFrontedPhrase(m.First)) {
		// A description with a modifier, opening its sentence,
		// characterizes the sentence before's subject, when that fits:
		// "Greyhawk Partners owns 8 percent of Dunmore Foods. …, the
		// activist firm said …" (a bare "the company" is the nearest).
		if sj := d.subjectOf(m.Sent-1, d.Sentences[m.Sent-1].Last); sj >= 0 && d.Mentions[sj].Type == doc.Org && d.Mentions[sj].Entity >= 0 && !d.Mentions[sj].Pronoun && d.fitsKind(d.Mentions[sj].Entity, want) {
			return d.Mentions[sj].Entity
		}
	}
	self := d.clauseSubject(mi)
	if self < 0 && governingBodies[head] && m.First > 0 && conditionOpeners[d.Tokens[m.First-1].Lower] {
		// "Kestrel said it would nominate three directors unless the
		// board dropped the merger": a condition set on a board is set
		// on another organization's, not the one that sets it.
		if sj := d.firstSubject(m.Sent, m.First); sj >= 0 && d.Mentions[sj].Entity >= 0 && d.Entities[d.Mentions[sj].Entity].Type == doc.Org {
			self = d.Mentions[sj].Entity
		}
	}
	if governingBodies[head] {
		// "The board named Ines Darrow interim chief executive" after
		// the company and its largest customer were named: the board of
		// the organization the article speaks of most.
		if o := d.salientOrg(mi, self, want); o >= 0 {
			return o
		}
	}
	unknown, nearest := -1, -1
	defer func() {
		if e < 0 && len(want) != 1 {
			// No kind fits a noun of several kinds or none: the nearest
			// organization ("the group" for a political committee). A
			// noun of one kind stays unresolved ("the government" is no
			// party).
			e = nearest
		}
	}()
	if len(want) > 1 {
		// A kind more telling than "company" first: "the miner" is the
		// mining firm, though a steelmaker was named after it.
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-5; j-- {
			p := d.Mentions[j]
			if p.Entity < 0 || p.Entity == self || p.Pronoun || p.Rule == "description" || d.Entities[p.Entity].Type != doc.Org || d.Quoted[p.First] || d.pressSource(j, want) || d.WireAgency(j) || d.Sentences[p.Sent].Title {
				continue
			}
			for _, k := range d.OrgKinds(p.Entity) {
				if k != "company" && slices.Contains(want, k) {
					return p.Entity
				}
			}
		}
	}
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-5; j-- {
		p := d.Mentions[j]
		if p.Entity < 0 || p.Entity == self || p.Pronoun || p.Rule == "description" || d.Entities[p.Entity].Type != doc.Org || d.Quoted[p.First] || d.pressSource(j, want) || d.WireAgency(j) || d.Sentences[p.Sent].Title {
			// (nor a headline's capitals: "Council OKs Harbor Point")
			continue
		}
		if nearest < 0 && (len(want) == 0 || genericOrgNouns[d.Tokens[m.Last-1].Lower] || len(d.OrgKinds(p.Entity)) == 0 || d.fitsKind(p.Entity, want)) {
			// (not one of a kind the noun rules out: "the streamer" is
			// not the writers' union named before it)
			nearest = p.Entity
		}
		if len(d.OrgKinds(p.Entity)) == 0 {
			if unknown < 0 {
				unknown = p.Entity
			}
			continue
		}
		if d.fitsKind(p.Entity, want) {
			if o := d.mainOfKindOver(mi, j, self, want); o >= 0 {
				return o
			}
			return p.Entity
		}
	}
	if unknown < 0 && nearest < 0 {
		return d.namedLater(mi, want)
	}
	return unknown
}

// passingPhrase reports whether mention j is named in passing, as the
// object of "with", "against", "versus" or "over" ("the home clash with
// Ashby Rovers", "the defeat against Dunmore"): not a verb's object or
// subject, which a story may go on about.
func (d *stage) passingPhrase(j int) bool {
	m := d.Mentions[j]
	if m.TitleFirst <= d.Sentences[m.Sent].First {
		return false
	}
	k := m.TitleFirst - 1
	if strings.EqualFold(d.Tokens[k].Text, "the") && k > d.Sentences[m.Sent].First {
		k--
	}
	switch d.Tokens[k].Lower {
	case "with", "against", "versus", "vs", "vs.", "over":
		return true
	}
	return false
}

// mainOfKindOver returns the organization of the kinds want that the
// article has named at least three times before description mi, when
// the nearer one of those kinds, mention j, was named there only once
// and in passing (passingPhrase), in an earlier paragraph: "Lazarenko
// … the Trust threatened to boycott the home clash with Ashby Rovers …
// Lazarenko, who bought the club …" is the club the story is about.
// Else -1.
func (d *stage) mainOfKindOver(mi, j, self int, want []string) int {
	near := d.Mentions[j].Entity
	count := map[int]int{}
	for k := 0; k < mi; k++ {
		if e := d.Mentions[k].Entity; e >= 0 && e != self && d.Entities[e].Type == doc.Org && !d.Quoted[d.Mentions[k].First] {
			count[e]++
		}
	}
	if count[near] != 1 || d.SameParagraph(d.Mentions[j].Sent, d.Mentions[mi].Sent) || !d.passingPhrase(j) {
		return -1
	}
	main := -1
	for e, n := range count {
		if e == near || n < 3 || !d.fitsKind(e, want) {
			continue
		}
		if main >= 0 {
			return -1 // (two such: no telling)
		}
		main = e
	}
	return main
}

// opensSentence reports whether token i opens its sentence: first, after
// a fronted phrase, or after a dateline ("WINDSOR, Ont. — The union …").
func (d *stage) opensSentence(i int) bool {
	first := d.Sentences[d.SentenceOf(i)].First
	if i == first || d.afterFrontedPhrase(i) {
		return true
	}
	if t := d.Tokens[i-1].Text; t != "—" && t != "–" && t != "-" {
		return false
	}
	for k := first; k < i-1; k++ {
		if t := d.Tokens[k]; t.Word && !t.Cap && strings.Trim(t.Text, "0123456789") != "" {
			return false
		}
	}
	return true
}

// namedLater returns the organization a description that opens the story
// before anything of its kind was named stands for, when the next
// sentences name one that fits: "The union representing 9,000 drivers at
// Kestrel Freight said it would strike. … The Amalgamated Drivers Union,
// which …" (a lead names the actor by a description first, and by name a
// few sentences on). It asks for a name that carries the description's
// noun or a kind more telling than "company", named as one that acts
// (actsAs), and no other of the kind in those sentences; nothing of the
// kind, the headline included, may come before the description. Else -1.
func (d *stage) namedLater(mi int, want []string) int {
	m := d.Mentions[mi]
	head := d.Tokens[m.Last-1].Lower
	if len(want) == 0 || rules.PersonNoun(head) || rules.PersonNounPlural(head) || peoplePlurals[head] {
		return -1
	}
	body := 0
	for body < len(d.Sentences) && d.Sentences[body].Title {
		body++
	}
	if m.Sent > body+1 || !d.opensSentence(m.First) {
		return -1 // (only a lead's first sentences name their actor later)
	}
	fits := func(p doc.Mention) bool {
		if slices.ContainsFunc(d.Tokens[p.First:p.Last], func(t doc.Token) bool { return strings.ToLower(t.Text) == head }) {
			return true
		}
		return slices.ContainsFunc(d.OrgKinds(p.Entity), func(k string) bool { return k != "company" && slices.Contains(want, k) })
	}
	for j := range mi {
		if p := d.Mentions[j]; p.Type == doc.Org && p.Entity >= 0 && !p.Pronoun && fits(p) {
			return -1
		}
	}
	found := -1
	for j := mi + 1; j < len(d.Mentions) && d.Mentions[j].Sent <= m.Sent+4; j++ {
		p := d.Mentions[j]
		if p.Sent == m.Sent || p.Type != doc.Org || p.Entity < 0 || p.Pronoun || p.Rule == "description" || d.Quoted[p.First] || d.WireAgency(j) || d.pressSource(j, want) || !fits(p) {
			continue
		}
		if found >= 0 && found != p.Entity {
			return -1 // two of the kind: which one the lead meant is not said
		}
		if found < 0 && !d.actsAs(p) {
			return -1 // the first of the kind named only as someone's ("a member of the Halden Nurses Union")
		}
		found = p.Entity
	}
	return found
}

// actsAs reports whether organization mention p is named as one that
// acts or speaks, not only as someone's or something's: opening its
// sentence ("The Amalgamated Drivers Union has represented …"), as the
// author of a noun ("The announcement by the United Warehouse Workers"),
// or beside its leader's role ("Northern Autoworkers Union president
// Delphine Arsenault", "the union's president", "president of the
// union").
func (d *stage) actsAs(p doc.Mention) bool {
	k := p.First
	if k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "the") {
		k--
	}
	if d.opensSentence(k) || k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "by") {
		return true
	}
	if k > 1 && d.Tokens[k-1].Text == "of" && leaderNouns[d.Tokens[k-2].Lower] {
		return true // "Marla Quince, president of the Eastern Autoworkers Union"
	}
	n := p.Last
	if n < len(d.Tokens) && (d.Tokens[n].Text == "'s" || d.Tokens[n].Text == "’s") {
		n++
	}
	return n < len(d.Tokens) && leaderNouns[d.Tokens[n].Lower]
}

// salientOrg returns the one organization (but self) whose kind fits want
// or is unknown that description mi's paragraph has named in the sentences
// before mi's; else, among the organizations named in the five sentences
// before mi — those of a kind more telling than "company" if any — the one
// the article (its headline too) has named most often before mi, the
// nearest of those named as often; or -1.
func (d *stage) salientOrg(mi, self int, want []string) int {
	m := d.Mentions[mi]
	// The one organization its own paragraph has named in the sentences
	// before it, first: "Hale resigned as chief executive of Brightmoor
	// Dairy in January. The board named Lena Park …" is Brightmoor's
	// board, whatever the headline is about.
	local := -1
	for j := mi - 1; j >= 0 && d.SameParagraph(d.Mentions[j].Sent, m.Sent); j-- {
		p := d.Mentions[j]
		if p.Sent == m.Sent || p.Entity < 0 || p.Entity == self || d.Entities[p.Entity].Type != doc.Org || d.Quoted[p.First] || d.WireAgency(j) || d.pressSource(j, want) || len(d.OrgKinds(p.Entity)) > 0 && !d.fitsKind(p.Entity, want) {
			continue // (not one its own sentence names: "Jo Ruiz, chief executive of Corran Capital, criticized the board")
		}
		if local >= 0 && local != p.Entity {
			local = -2
			break
		}
		local = p.Entity
	}
	if local >= 0 {
		return local
	}
	count := map[int]int{}
	last := map[int]int{}
	for j := 0; j < mi; j++ {
		p := d.Mentions[j]
		if p.Entity < 0 || p.Entity == self || d.Entities[p.Entity].Type != doc.Org || d.Quoted[p.First] || d.WireAgency(j) || d.pressSource(j, want) || p.Sent == m.Sent && d.rolesPerson(j) {
			continue // (nor one its sentence names as someone's: "Corran founder Niamh Carrick … accused the board")
		}
		count[p.Entity]++ // (descriptions and pronouns resolved to it count too)
		if !d.Sentences[p.Sent].Title {
			// (a headline's name counts, as what the story is about,
			// but only a name in the body is near)
			last[p.Entity] = j
		}
	}
	// A kind more telling than "company" first ("the board" of the
	// university, though a company was named more).
	telling := func(e int) bool {
		return slices.ContainsFunc(d.OrgKinds(e), func(k string) bool { return k != "company" && slices.Contains(want, k) })
	}
	someTelling := false
	for e, j := range last {
		someTelling = someTelling || d.Mentions[j].Sent >= m.Sent-5 && telling(e)
	}
	best := -1
	for e, n := range count {
		if _, ok := last[e]; !ok || d.Mentions[last[e]].Sent < m.Sent-5 || len(d.OrgKinds(e)) > 0 && !d.fitsKind(e, want) || someTelling && !telling(e) {
			continue
		}
		if best < 0 || n > count[best] || n == count[best] && last[e] > last[best] {
			best = e
		}
	}
	return best
}

// rolesPerson reports whether organization mention j describes the person
// named right after it by a role ("Corran founder Niamh Carrick",
// "Acme's chief executive, Jo Ruiz"): in the sentence of a description of
// a board, that person's organization, not the board they speak of.
func (d *stage) rolesPerson(j int) bool {
	p := d.Mentions[j]
	if j+1 >= len(d.Mentions) {
		return false
	}
	n := d.Mentions[j+1]
	if n.Sent != p.Sent || n.Type != doc.Person || n.First-p.Last > 4 {
		return false
	}
	role := false
	for k := p.Last; k < n.TitleFirst && k < n.First; k++ {
		switch w := d.Tokens[k].Lower; {
		case rules.RoleWord(w):
			role = true
		case w == "'s" || w == "’s" || w == ",":
		default:
			return false
		}
	}
	return role || n.TitleFirst < n.First && n.TitleFirst == p.Last
}

// localHolder returns the entity of a person named before title mention
// mi, not the knowledge base's holder, whom the title describes ("Anjali
// Rao, the president of Calloway University, …" for "the president"), or
// -1. Only a definite description counts ("the president"), not a title
// before a name.
func (d *stage) localHolder(mi int) int {
	m := d.Mentions[mi]
	if !strings.EqualFold(d.Tokens[m.First].Text, "the") || m.Last-m.First < 2 {
		return -1
	}
	noun := d.Tokens[m.Last-1].Lower
	title := d.Text[d.Tokens[m.First+1].Start:d.Tokens[m.Last-1].End]
	for j := mi - 1; j >= 0; j-- {
		p := d.Mentions[j]
		if p.Type != doc.Person || p.Entity < 0 || p.Entry != nil || p.Pronoun || p.Rule == "description" || p.Rule == "title" {
			continue
		}
		// One word of title fits whoever it describes; a longer one
		// ("the vice president", "the prime minister") only one named
		// with that title ("Vice President Helena Marsh"): a vice
		// president is no president.
		if m.Last-m.First == 2 && d.mentionFits(p, noun) || m.Last-m.First > 2 && strings.EqualFold(p.Title, title) {
			return p.Entity
		}
	}
	return -1
}

// laterHolder returns the mention of a person the article names with
// title mention mi's title only after it ("the president singled her
// out … President Amara Obi"), when it never names the knowledge base's
// holder of the title; else -1.
func (d *stage) laterHolder(mi int) int {
	m := d.Mentions[mi]
	if !strings.EqualFold(d.Tokens[m.First].Text, "the") || m.Last-m.First < 2 {
		return -1
	}
	title := d.Text[d.Tokens[m.First+1].Start:d.Tokens[m.Last-1].End]
	surname := m.Entry.Name[strings.LastIndex(m.Entry.Name, " ")+1:]
	if slices.ContainsFunc(d.Mentions, func(o doc.Mention) bool {
		return o.Entry == m.Entry && o.Rule != "title" || !o.Pronoun && d.Tokens[o.Last-1].Text == surname
	}) {
		return -1 // (the holder named, or by surname: "Trump")
	}
	for j := mi + 1; j < len(d.Mentions); j++ {
		p := d.Mentions[j]
		if p.Type == doc.Person && p.Entry == nil && !p.Pronoun && p.Rule != "description" && p.Rule != "title" && strings.EqualFold(p.Title, title) {
			return j
		}
	}
	return -1
}

// pressSource reports whether mention j is a news outlet named as the
// story's source (doc.CitedSource: "declined to comment to Bloomberg
// News"), which a description of another kind than an outlet ("the
// company") does not stand for.
func (d *stage) pressSource(j int, want []string) bool {
	return !slices.Contains(want, "media") && d.CitedSource(j)
}

// clauseSubject returns the entity of the mention that is the subject of
// the clause description mi is the object of ("Sparrowhawk Games … it
// sued the developer": the developer is not Sparrowhawk Games), or -1: the
// mention just before in the sentence, with only lower-case words between
// them that open no other clause and report no speech ("Harlow said the
// company would …" may mean Harlow).
func (d *stage) clauseSubject(mi int) int {
	m := d.Mentions[mi]
	if mi == 0 || m.TitleFirst < m.First || m.Last < len(d.Tokens) && (d.Tokens[m.Last].Text == "'s" || d.Tokens[m.Last].Text == "’s") {
		// (a possessive may be the subject's own: "Acme named Roe to the
		// company's board")
		return -1
	}
	p := d.Mentions[mi-1]
	if p.Sent != m.Sent || p.Entity < 0 || m.First-p.Last > 6 || m.First == p.Last {
		return -1
	}
	for k := p.Last; k < m.First; k++ {
		t := d.Tokens[k]
		w := strings.ToLower(t.Text)
		if k == p.Last && t.Text == "," && p.TitleFirst > 0 && d.Tokens[p.TitleFirst-1].Text == "," {
			continue // "a private-equity group, Brightwater Partners, is weighing a bid for the company"
		}
		if !t.Word || t.Cap || rules.SpeechVerbs[w] || clauseOpeners[w] || d.Quoted[k] {
			return -1
		}
	}
	return p.Entity
}

// governingBodies govern an organization (rules: governingBodies);
// conditionOpeners open a condition.
var (
	governingBodies  = rules.WordClass("governingBodies")
	conditionOpeners = map[string]bool{"unless": true, "if": true, "until": true}
)

// clauseOpeners are the words that begin another clause or conjunct
// between a subject and a description after it.
var clauseOpeners = map[string]bool{"and": true, "or": true, "but": true, "that": true, "who": true, "which": true,
	"whom": true, "while": true, "because": true, "after": true, "before": true, "if": true, "unless": true,
	"when": true, "as": true, "than": true, "since": true, "until": true, "whether": true, "where": true}

// fitsKind reports whether organization entity e is of one of the kinds
// want names (any firm is a "company"); an entity of no known kind fits
// none.
func (d *stage) fitsKind(e int, want []string) bool {
	for _, k := range d.OrgKinds(e) {
		for _, w := range want {
			if k == w || w == "company" && (!nonCommercial[k] || k == "platform" && !d.onlyVenue(e)) {
				// (a platform is a company when the article speaks of
				// it, not only of posting on it: "the social-media app
				// Quibble … the company")
				return true
			}
		}
	}
	return false
}

// onlyVenue reports whether every mention of entity e in the article
// follows "on" or "via": a platform only posted on ("wrote on X").
func (d *stage) onlyVenue(e int) bool {
	for _, m := range d.Mentions {
		if m.Entity != e || m.Rule == "description" {
			continue
		}
		if m.First <= d.Sentences[m.Sent].First {
			return false
		}
		if w := d.Tokens[m.First-1].Lower; w != "on" && w != "via" {
			return false
		}
	}
	return true
}

// nonCommercial are the kinds of organization that are no company.
var nonCommercial = map[string]bool{"government": true, "committee": true, "campaign": true, "party": true, "court": true,
	"school": true, "nonprofit": true, "legislature": true, "union": true, "club": true, "platform": true, "sports": true}

// onlyHeadBefore reports whether no organization other than mention j's
// before token k has the head noun orgHeadBefore found for j.
func (d *stage) onlyHeadBefore(j, k int) bool {
	m := d.Mentions[j]
	noun := d.Tokens[d.nameHead(m)].Text
	if m.Last-m.First < 2 {
		return false // (found by an apposition: not by its name)
	}
	for i := range j {
		o := d.Mentions[i]
		if o.Type != doc.Org || o.Pronoun || o.Entity == m.Entity || o.Rule == "description" || o.First >= k {
			continue
		}
		for x := o.First; x < o.Last; x++ {
			if d.Tokens[x].Text == noun {
				return false
			}
		}
	}
	for i := j + 1; i < len(d.Mentions) && d.Mentions[i].First < k; i++ {
		o := d.Mentions[i]
		if o.Type == doc.Org && !o.Pronoun && o.Entity != m.Entity && o.Rule != "description" && slices.ContainsFunc(d.Tokens[o.First:o.Last], func(t doc.Token) bool { return t.Text == noun }) {
			return false
		}
	}
	return true
}

// nameHead returns the token of an organization's name that its kind
// noun stands on: the word before "of" ("Ministry" of "Ministry of
// Energy"), else the last ("Authority").
func (d *stage) nameHead(m doc.Mention) int {
	for x := m.First + 1; x < m.Last; x++ {
		if d.Tokens[x].Text == "of" {
			return x - 1
		}
	}
	return m.Last - 1
}

// orgHeadBefore returns the last organization mention before token k
// whose head noun is noun ("Authority" of "the Ashgrove Water Authority",
// "Ministry" of "the Kaldoran Ministry of Energy") or whose apposition's
// is ("The Northgate Players, a community theater troupe, …"), or -1.
// Nouns of people ("the players") describe no organization.
func (d *stage) orgHeadBefore(noun string, k int) int {
	noun = strings.ToLower(noun)
	if rules.PersonNounPlural(noun) || rules.PersonNoun(noun) || peoplePlurals[noun] {
		return -1
	}
	for j := d.LastMentionBefore(k); j >= 0; j-- {
		m := d.Mentions[j]
		if m.Type != doc.Org || m.Pronoun || m.Rule == "description" || d.Quoted[m.First] {
			continue
		}
		head := d.nameHead(m)
		if (head > m.First || head < m.Last-1) && d.Tokens[head].Lower == noun {
			return j // (the head opening the name too: "the Department of Labor")
		}
		// An apposition: ", a community theater troupe," ", the region's
		// main supplier,".
		if x := m.Last; x+1 < len(d.Tokens) && d.Tokens[x].Text == "," && d.SentenceOf(x+1) == m.Sent {
			if w := d.Tokens[x+1].Lower; w == "a" || w == "an" || w == "the" {
				for y := x + 2; y < len(d.Tokens) && y <= x+8 && d.Tokens[y].Word && d.SentenceOf(y) == m.Sent; y++ {
					if d.Tokens[y].Text == noun && (y+1 >= len(d.Tokens) || !d.Tokens[y+1].Word && !doc.Possessive(d.Tokens[y+1].Text)) {
						return j // (not a possessor in it: ", the club's supporters' group,")
					}
				}
			}
		}
	}
	return -1
}

// subjectOf returns the mention index of the subject of sentence si among
// mentions before token limit: the first person (or, failing that,
// organization) mention that is not after a preposition, not inside an
// appositive and not inside a quotation.
func (d *stage) subjectOf(si, limit int) int { return d.subjectMention(si, limit, false) }

// firstSubject is subjectOf taking the first such mention whatever it
// names: "the firm castigated Novak … and said it would …" has the firm
// for subject, though a person follows it.
func (d *stage) firstSubject(si, limit int) int { return d.subjectMention(si, limit, true) }

// subjectMention is subjectOf, or firstSubject where first is true.
func (d *stage) subjectMention(si, limit int, first bool) int {
	s := d.Sentences[si]
	skipUntilComma := false
	var org = -1
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.First >= limit {
			break
		}
		if d.Quoted[m.First] || m.Type == doc.Place {
			continue
		}
		prev := ""
		if m.TitleFirst > s.First {
			prev = d.Tokens[m.TitleFirst-1].Lower
		}
		if skipUntilComma {
			if strings.Contains(d.Text[s.Start:m.Start], ",") && d.CommaBetween(d.prevMentionEnd(mi), m.First) {
				skipUntilComma = false
			} else {
				continue
			}
		}
		if rules.Prepositions[prev] || prev == "’s" || prev == "'s" || rules.RoleNouns[prev] && d.afterPreposition(m.First-1, s.First) {
			continue // "… wife of Trump adviser Stephen Miller": not the subject
		}
		// An appositive after this mention (", wife of …,") hides the
		// names inside it.
		if m.Entity >= 0 && (first || d.Entities[m.Entity].Type == doc.Person) {
			return mi
		}
		if m.Entity >= 0 && org < 0 && m.Last < len(d.Tokens) && d.Tokens[m.Last].Text != "’s" {
			org = mi
		}
		if m.Last+1 < s.Last && d.Tokens[m.Last].Text == "," && !d.Tokens[m.Last+1].Cap {
			skipUntilComma = true
		}
	}
	return org
}

// afterPreposition reports whether the capitalised words before token k
// (a role word: "Trump adviser") follow a preposition: "wife of Trump
// adviser Stephen Miller" describes; "Microsoft co-founder Bill Gates"
// opening a clause is its subject.
func (d *stage) afterPreposition(k, first int) bool {
	j := k - 1
	for j >= first && d.Tokens[j].Cap && d.Tokens[j].Word {
		j--
	}
	return j >= first && rules.Prepositions[d.Tokens[j].Lower]
}

// prevMentionEnd returns the token end of the mention before mi.
func (d *stage) prevMentionEnd(mi int) int {
	if mi == 0 {
		return 0
	}
	return d.Mentions[mi-1].Last
}

// objectPossessor reports whether mention j owns a thing named after it
// ("'s") and stands after a lower-case word that reports no clause, as a
// verb's or a preposition's object does ("demanded Crane's resignation,
// accusing him …"): not its clause's subject, which a later object
// pronoun may be. A person it owns ("Crane's lawyer … accused him") acts
// for it, and is no such thing.
func (d *stage) objectPossessor(j int) bool {
	m := d.Mentions[j]
	if m.Last+1 >= len(d.Tokens) || !doc.Possessive(d.Tokens[m.Last].Text) || m.TitleFirst <= d.Sentences[m.Sent].First {
		return false
	}
	if n := d.Tokens[m.Last+1].Lower; rules.PersonNoun(n) || rules.PersonNounPlural(n) {
		return false // "Crane's lawyer … accused him": one who acts for him
	}
	b := d.Tokens[m.TitleFirst-1]
	return b.Word && !b.Cap && !strings.EqualFold(b.Text, "and") && !clauseReporters[b.Text]
}

// conditionIt resolves "it" opening a condition ("unless it improved its
// offer", "if it does not pay") to the one organization its sentence
// named before it, or, of two or more, the one other than the
// sentence's subject ("the union said pilots would strike at Drava
// Airlines unless it improved its offer": the airline, the one the
// condition is put to). ok is false when "it" opens no condition or the
// sentence names no organization before it.
func (d *stage) conditionIt(mi int) (int, bool) {
	m := d.Mentions[mi]
	if m.First == d.Sentences[m.Sent].First {
		return -1, false
	}
	switch d.Tokens[m.First-1].Lower {
	case "unless", "if", "until":
	default:
		return -1, false
	}
	var orgs []int
	for j := d.FirstMentionIn(m.Sent); j >= 0 && j < mi; j++ {
		if e := d.Mentions[j].Entity; e >= 0 && d.Entities[e].Type == doc.Org && !d.Quoted[d.Mentions[j].First] && !slices.Contains(orgs, e) {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) > 1 {
		if s := d.firstSubject(m.Sent, m.First); s >= 0 {
			orgs = slices.DeleteFunc(orgs, func(e int) bool { return e == d.Mentions[s].Entity })
		}
	}
	switch len(orgs) {
	case 0:
		return -1, false
	case 1:
		return orgs[0], true
	}
	return -1, true
}

// coordinatedOfGender returns the one person of two named joined by
// "and" before mention mi in its sentence ("Koury and Marchetti-Abara")
// whose known gender is gender, when the other's is not and a pronoun of
// the other's gender follows in the sentence ("when he served as her
// legislative director": the pair is what the clause speaks of); else
// -1. (Not "Marchetti and Koury arrived late, and he attacked them
// both": someone else may be meant.)
func (d *stage) coordinatedOfGender(mi int, gender string) int {
	m := d.Mentions[mi]
	other := false
	for k := mi + 1; k < len(d.Mentions) && d.Mentions[k].Sent == m.Sent; k++ {
		if q := d.Mentions[k]; q.Pronoun {
			if g := rules.Pronouns[d.Tokens[q.First].Lower]; (g == "M" || g == "F") && g != gender {
				other = true
			}
		}
	}
	if !other {
		return -1
	}
	for j := d.FirstMentionIn(m.Sent); j >= 0 && j+1 < mi; j++ {
		a, b := d.Mentions[j], d.Mentions[j+1]
		if a.Pronoun || b.Pronoun || a.Entity < 0 || b.Entity < 0 || a.Entity == b.Entity || b.TitleFirst != a.Last+1 || !strings.EqualFold(d.Tokens[a.Last].Text, "and") {
			continue
		}
		if d.Entities[a.Entity].Type != doc.Person || d.Entities[b.Entity].Type != doc.Person {
			continue
		}
		ga, gb := d.Entities[a.Entity].Gender, d.Entities[b.Entity].Gender
		switch {
		case ga == gender && gb != "" && gb != gender:
			return a.Entity
		case gb == gender && ga != "" && ga != gender:
			return b.Entity
		}
	}
	return -1
}

// givingForms are forms of verbs that give someone a sum as their first
// object ("gave it $250,000").
var givingForms = rules.WordClass("givingForms")

// onlyOfGenderIn returns the one person named in sentence si, outside
// quotations, whose name tells gender, or -1 when none or several do.
func (d *stage) onlyOfGenderIn(si int, gender string) int {
	one, _ := d.onlyGendered(d.FirstMentionIn(si), si, gender)
	return one
}

// onlyGendered returns the one person named by the mentions from first
// on that are in sentence si, outside quotations, whose name tells
// gender, or -1 when none does; several is true (and one -1) when more
// than one does.
func (d *stage) onlyGendered(first, si int, gender string) (one int, several bool) {
	one = -1
	for j := first; j >= 0 && j < len(d.Mentions) && d.Mentions[j].Sent == si; j++ {
		q := d.Mentions[j]
		if q.Pronoun || q.Entity < 0 || d.Quoted[q.First] || d.Entities[q.Entity].Type != doc.Person || d.Entities[q.Entity].Gender != gender {
			continue
		}
		if one >= 0 && one != q.Entity {
			return -1, true
		}
		one = q.Entity
	}
	return one, false
}

// objectOfVerb reports whether entity e is named in sentence si right
// after a verb in the past ("criticized Halina Gorska"), its object.
func (d *stage) objectOfVerb(e, si int) bool {
	for j := d.FirstMentionIn(si); j >= 0 && j < len(d.Mentions) && d.Mentions[j].Sent == si; j++ {
		q := d.Mentions[j]
		if q.Entity != e || q.TitleFirst < 1 {
			continue
		}
		if v := d.Tokens[q.TitleFirst-1]; v.Word && !v.Cap && syntax.Default().PastTense(v.Lower) {
			return true
		}
	}
	return false
}

// otherSexPronounIn reports whether sentence si holds, outside
// quotations, a singular pronoun of the sex other than gender ("him"
// where gender is "F").
func (d *stage) otherSexPronounIn(si int, gender string) bool {
	for k := d.Sentences[si].First; k < d.Sentences[si].Last; k++ {
		if g := rules.Pronouns[d.Tokens[k].Lower]; g != "" && g != gender && !d.Quoted[k] && (g == "M" || g == "F") {
			return true
		}
	}
	return false
}

// resolvePronoun resolves he/she to the subject of its sentence (if it
// comes first) or of an earlier sentence, and him/his/her to the most
// recent person who is not the subject of its own clause.
func (d *stage) resolvePronoun(mi int) int {
	m := d.Mentions[mi]
	p := d.Tokens[m.First].Lower
	if m.Type == doc.Org {
		if e, ok := d.conditionIt(mi); ok {
			return e
		}
		// "it" reported by a speech verb: the organization that speaks,
		// the subject of the reporting clause.
		if s := d.firstSubject(m.Sent, m.First); s >= 0 && s != mi {
			if e := d.Mentions[s].Entity; e >= 0 && d.Entities[e].Type == doc.Org {
				return e
			}
		}
		sumAfter := m.First > 0 && m.Last < d.Sentences[m.Sent].Last && givingForms[d.Tokens[m.First-1].Lower] && syntax.CurrencySign(d.Tokens[m.Last].Text)
		if si := m.Sent; si > 0 && m.First > 0 && (strings.EqualFold(d.Tokens[m.First-1].Text, "to") || sumAfter) && d.subjectOf(si, m.First) >= 0 {
			// "The philanthropist pledged $10 million to it", "Mertz
			// gave it $2 million": an "it" a sum went to, past its
			// clause's subject, is the one organization of the two
			// sentences before.
			one := -1
			for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= si-2; j-- {
				if e := d.Mentions[j].Entity; e >= 0 && d.Entities[e].Type == doc.Org && !d.Quoted[d.Mentions[j].First] {
					if one >= 0 && one != e {
						return -1
					}
					one = e
				}
			}
			return one
		}
		if si := m.Sent; si > 0 && d.subjectOf(si, m.First) < 0 {
			// "It gave $500,000 to …", "This time it has spent …": the
			// organization the sentence before had for subject.
			if s := d.subjectOf(si-1, d.Sentences[si-1].Last); s >= 0 {
				if e := d.Mentions[s].Entity; e >= 0 && d.Entities[e].Type == doc.Org {
					return e
				}
			}
			// "After he went public, the company struck back. On Monday
			// it sued him": the one organization the sentence before
			// named, its subject after a clause about someone.
			// (standing as a subject: opening the sentence or after a
			// comma, a verb after it; not "a former Halvorsen Capital
			// executive", "his stake in Halvorsen Capital")
			one, subject := -1, false
			for j := d.FirstMentionIn(si - 1); j >= 0 && j < len(d.Mentions) && d.Mentions[j].Sent == si-1; j++ {
				m := d.Mentions[j]
				if e := m.Entity; e >= 0 && d.Entities[e].Type == doc.Org && !d.Quoted[m.First] {
					if one >= 0 && one != e {
						return -1
					}
					one = e
					before := m.TitleFirst - 1
					if before >= 0 && (strings.EqualFold(d.Tokens[before].Text, "the") || strings.EqualFold(d.Tokens[before].Text, "its")) {
						before--
					}
					opens := before < d.Sentences[si-1].First || d.Tokens[before].Text == ","
					if n := m.Last; opens && n < d.Sentences[si-1].Last && d.Tokens[n].Word && !d.Tokens[n].Cap {
						subject = true
					}
				}
			}
			if !subject {
				return -1
			}
			return one
		}
		return -1
	}
	gender := rules.Pronouns[p]
	fits := func(e int) bool {
		if e < 0 || d.Entities[e].Type != doc.Person {
			return false
		}
		g := d.Entities[e].Gender
		return g == "" || g == gender
	}
	subject := func(si, limit int) int {
		s := d.subjectOf(si, limit)
		if s < 0 || s == mi {
			return -1
		}
		return d.Mentions[s].Entity
	}
	if (p == "his" || p == "her") && mi > 0 && m.First >= 2 && strings.EqualFold(d.Tokens[m.First-1].Text, "and") {
		// "between Trump and his key donor", "Pell and her husband": the
		// name joined right before is the possessor.
		if b := d.Mentions[mi-1]; b.Last == m.First-1 && !b.Pronoun && fits(b.Entity) {
			return b.Entity
		}
	}
	if p == "him" || p == "her" && !d.possessiveUse(m.First) {
		if e := d.cataphorObject(mi); fits(e) {
			return e
		}
	}
	if p == "he" || p == "she" {
		// Inside ", who … he …" the pronoun is the relative clause's head:
		// "Theo Von, who last month … when he opened for Trump".
		if e := d.relativeHead(mi); fits(e) {
			return e
		}
		// A fronted participle clause points forward: "Revealing he was
		// sitting down with …, Vance quipped".
		if e := d.cataphor(mi); fits(e) {
			return e
		}
		if e := subject(m.Sent, m.First); fits(e) && !d.demandedOfOther(m.First) {
			// A subject whose name tells no gender yields to one named
			// between it and the pronoun whose name tells this one: "Party
			// leader Frederik Aalto responded by warning her that she
			// would lose …".
			if d.Entities[e].Gender == "" {
				if o := d.genderedBetween(e, mi, gender); o >= 0 {
					return o
				}
			}
			return e
		}
		// "Koury and Marchetti-Abara have known each other since 2019,
		// when he served as her legislative director": of two people
		// coordinated before it in its sentence, the one whose gender
		// is the pronoun's.
		if e := d.coordinatedOfGender(mi, gender); e >= 0 {
			return e
		}
		// The subjects of the three sentences before: one whose name
		// tells the pronoun's gender before one whose name tells none.
		var before []int
		for si := m.Sent - 1; si >= 0 && si >= m.Sent-3; si-- {
			before = append(before, subject(si, d.Sentences[si].Last))
		}
		for _, e := range before {
			if fits(e) && d.Entities[e].Gender == gender {
				return e
			}
		}
		for _, e := range before {
			if !fits(e) {
				continue
			}
			// A subject whose name tells no gender yields to the one
			// person of the sentence before whose name tells this one,
			// when the pronoun's sentence also holds a pronoun of the
			// other sex (two people spoken of): "Cyprian Nowak endorsed
			// Mary Lis. She thanked him."
			if d.Entities[e].Gender == "" && m.Sent > 0 {
				// (or the one object of the verb before of that sex:
				// "Tadeusz Wrona criticized Halina Gorska. She sued …" —
				// not someone named deeper in a phrase, "ran the office of
				// Sterling Pike")
				if o := d.onlyOfGenderIn(m.Sent-1, gender); o >= 0 && (d.otherSexPronounIn(m.Sent, gender) || d.objectOfVerb(o, m.Sent-1)) {
					return o
				}
			}
			return e
		}
		// No subject to take: the person named before it in its
		// sentence ("the office of Lindiwe Mahlangu said she had …").
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent == m.Sent; j-- {
			if q := d.Mentions[j]; !q.Pronoun && !d.Quoted[q.First] && fits(q.Entity) {
				return q.Entity
			}
		}
		// Nor before it: the last person of the two sentences before
		// whose name tells this gender ("… hosted Thandiwe Dlamini …
		// “She is the most capable negotiator,” he said").
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-2; j-- {
			if q := d.Mentions[j]; !q.Pronoun && q.Entity >= 0 && d.Entities[q.Entity].Type == doc.Person && d.Entities[q.Entity].Gender == gender {
				return q.Entity
			}
		}
		// Nor that: the one person of the sentence before whose name
		// tells no other gender ("Referee Ana Ruiz sent off striker Tadeo
		// Vidal. On Sunday he …").
		one := -1
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-1; j-- {
			if q := d.Mentions[j]; q.Sent < m.Sent && !q.Pronoun && !d.Quoted[q.First] && fits(q.Entity) {
				if one >= 0 && one != q.Entity {
					return -1
				}
				one = q.Entity
			}
		}
		if one < 0 {
			// Nor that: the subject before whose gender was only guessed
			// from the name's ending ("Rajendra Kothwal is a
			// businessman. He gave …").
			for _, e := range before {
				if e >= 0 && d.Entities[e].Type == doc.Person && d.Entities[e].GenderGuessed {
					return e
				}
			}
		}
		return one
	}
	near := -1
	if j := d.LastMentionBefore(m.First); j >= 0 && d.Mentions[j].Sent == m.Sent {
		near = d.Mentions[j].Entity
	}
	subj := subject(m.Sent, m.First)
	if j := d.LastMentionBefore(m.First); near >= 0 && d.distinctIn(d.group(j, m.Sent, -1)) >= 2 && !d.prepositional(j) {
		// The nearest name is one of several listed as a subject ("Two
		// former leaders, Menon and Dorairaj, endorsed her candidacy"):
		// a singular possessive after them is someone else's.
		for _, g := range d.group(j, m.Sent, -1) {
			if g.entity == subj {
				subj = -1
			}
		}
		near = -1
	}
	if (p == "his" || p == "her") && d.harmOwned(m.First) {
		// "Mayor Jo Hart demanded his resignation": one demands another's
		// fall, not one's own; the nearest other person before.
		for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-2; j-- {
			if q := d.Mentions[j]; !q.Pronoun && q.Entity >= 0 && q.Entity != subj && fits(q.Entity) && !d.Quoted[q.First] {
				return q.Entity
			}
		}
	}
	if p == "his" || p == "her" && d.possessiveUse(m.First) {
		// A possessive usually belongs to its clause's subject ("Musk
		// reflected on his regrets", "Trump had his Vice President").
		for _, e := range []int{subj, near} {
			if fits(e) && d.Entities[e].Gender == gender {
				return e // (a name that tells the gender first)
			}
		}
		if fits(subj) && d.Entities[subj].Gender == "" && gender != "" && (d.inRelativeClause(m.Sent, m.First) || !d.reportedBefore(m.Sent, m.First)) {
			// Inside a relative clause or the subject's own clause, a
			// subject whose name tells no gender yields to the one person
			// of the two sentences before whose name tells this one
			// ("Amelia Rustad is an agent. Ole Brekke owns a club that owes
			// her clients money"; "Mariana Lopes is running. … Vandeventer
			// gave $100,000 to her campaign"); in a clause the subject
			// reports, it does not ("Harlan Voss … said his company …").
			if e := d.onlyOfGender(mi, gender); e >= 0 {
				return e
			}
		}
		if fits(subj) {
			return subj
		}
		if fits(near) {
			return near
		}
	}
	// An object pronoun is not the subject nearest before it ("the
	// president portrayed him", "Vance and Levitt back him up", "Z told
	// him"): pass over that subject and those listed with it, and take
	// the most recent other person; failing that, the sentence's subject.
	// The nearest name is passed over only when it can be the subject:
	// not the object of a preposition ("who lost to Greer, attacked
	// her": her is Greer).
	skip := map[int]bool{}
	if j := d.LastMentionBefore(m.First); j >= 0 && d.Mentions[j].Sent == m.Sent {
		// (a name set beside a description stands where the description
		// does: "turned her fire on the prime minister, Alistair Pemberton,
		// accusing him of …" — the preposition's object, not a subject)
		at := j
		if a := j - 1; a >= 0 && d.Mentions[a].Sent == m.Sent && d.Mentions[a].Entity == d.Mentions[j].Entity && d.Mentions[a].Last+1 == d.Mentions[j].TitleFirst && d.Tokens[d.Mentions[a].Last].Text == "," {
			at = a
		}
		if !d.verbObject(at) && !d.possessivePronoun(at) && !d.objectPossessor(at) {
			if !d.prepositional(at) || d.adjacentToNext(j) || d.relativeAfter(j, m.First) {
				// (a name a relative clause is about is that clause's
				// subject: "welcomed by Faherty, who called her …")
				skip[near] = true
			}
			for _, p := range d.group(j, m.Sent, -1) {
				if at != j && d.prepositional(at) {
					break // (a description and its name are no list)
				}
				skip[p.entity] = true
			}
		}
	}
	blocked := false // someone else was passed over for their gender
	passed := -1     // the nearest one passed over as the subject's group
	guessed := -1    // the nearest other passed over for a gender only guessed
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-2; j-- {
		q := d.Mentions[j]
		if q.Entity >= 0 && skip[q.Entity] && passed < 0 && !q.Pronoun && fits(q.Entity) {
			passed = q.Entity
		}
		if q.Entity < 0 || skip[q.Entity] || d.Quoted[q.First] {
			continue
		}
		if !fits(q.Entity) {
			blocked = blocked || d.Entities[q.Entity].Type == doc.Person
			if guessed < 0 && d.Entities[q.Entity].Type == doc.Person && d.Entities[q.Entity].GenderGuessed {
				guessed = q.Entity
			}
			continue
		}
		return q.Entity
	}
	if !skip[subj] && fits(subj) {
		return subj
	}
	if guessed >= 0 {
		// "Makoa Kahananui built a company. Mary Carrow is suing him": no
		// one else to stand for, a name whose "-a" only guessed a gender.
		return guessed
	}
	// The only other person is of the other gender ("Ingrid, whom
	// Hiroshi had sued, praised him"): the nearest, passed over above,
	// is the one.
	if blocked && passed >= 0 && passed != subj {
		return passed
	}
	return -1
}

// harmOwned reports whether the possessive at token k owns a harm
// demanded ("demanded his resignation", "called for her ouster"): the
// fall of someone other than the one demanding it.
func (d *stage) harmOwned(k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) || !harmNouns[d.Tokens[k+1].Lower] {
		return false
	}
	switch w := d.Tokens[k-1].Lower; w {
	case "demanded", "demanding", "demands", "demand", "sought", "seeking", "seeks", "urged", "urging", "urges":
		return true
	case "for":
		// (after a call or a push for it, not "the reasons for his
		// resignation", "apologized for his dismissal")
		if k >= 2 {
			switch d.Tokens[k-2].Lower {
			case "call", "calls", "called", "calling", "push", "pushed", "pushing", "pressed", "pressing", "clamored", "lobbied", "campaigned", "demands", "demand", "petitioned":
				return true
			}
		}
	}
	return false
}

// harmNouns name a harm done to someone (rules: harmNouns).
var harmNouns = rules.WordClass("harmNouns")

// demandedOfOther reports whether the pronoun at token k is the subject of
// a clause that a verb of demanding opens with "that" ("Brekke demanded
// that she resign"): one demands of someone else, so the pronoun is not
// the demanding subject.
func (d *stage) demandedOfOther(k int) bool {
	if k < 2 || !strings.EqualFold(d.Tokens[k-1].Text, "that") {
		return false
	}
	switch d.Tokens[k-2].Lower {
	case "demanded", "demands", "demanding", "demand", "urged", "urges", "urging", "urge", "requested", "requests", "recommended", "recommends", "proposed", "asked", "asks":
		return true
	}
	return false
}

// reportedBefore reports whether a speech verb stands before token k in
// sentence si: k is in a reported clause.
func (d *stage) reportedBefore(si, k int) bool {
	for j := d.Sentences[si].First; j < k; j++ {
		if rules.SpeechVerbs[d.Tokens[j].Lower] && !d.Quoted[j] {
			return true
		}
	}
	return false
}

// inRelativeClause reports whether token k of sentence si follows a
// relative word ("that", "which", "who") set after a noun: k is inside a
// relative clause rather than its sentence's own.
func (d *stage) inRelativeClause(si, k int) bool {
	for j := k - 1; j > d.Sentences[si].First; j-- {
		switch d.Tokens[j].Lower {
		case "that", "which", "who", "whom":
			p := d.Tokens[j-1]
			return p.Word && !p.Cap && !rules.SpeechVerbs[strings.ToLower(p.Text)] && !syntax.PastForm(p.Text)
		case ",", ";":
			return false
		}
	}
	return false
}

// relativeAfter reports whether ", who" follows mention j before token
// k: the name is the subject of the relative clause k stands in.
func (d *stage) relativeAfter(j, k int) bool {
	m := d.Mentions[j]
	return m.Last+1 < k && d.Tokens[m.Last].Text == "," && strings.EqualFold(d.Tokens[m.Last+1].Text, "who")
}

// verbObject reports whether mention j is a verb's object, right after a
// past form ("removed Rashid Khalil as chairman and replaced him") or a
// participle opening a clause (", branding Hollis Kincaid a fraud and
// calling him …", "after meeting Kincaid"), or set beside a description
// that is one ("criticized the prime minister, Oskar Falk, accusing him
// …"): such a name is no subject for a later object pronoun to pass
// over.
func (d *stage) verbObject(j int) bool {
	m := d.Mentions[j]
	k := m.TitleFirst - 1
	first := d.Sentences[m.Sent].First
	if k < first {
		return false
	}
	t := d.Tokens[k]
	if t.Text == "," {
		// "criticized the prime minister, Oskar Falk,": a name set
		// beside a description the verb takes as its object.
		for v := k - 1; v > first && v >= k-6; v-- {
			w := d.Tokens[v]
			if !w.Word {
				break // (words of a title may be capitalised: "the Prime Minister, Oskar Falk,")
			}
			if syntax.PastForm(w.Text) && !rules.SpeechVerbs[w.Text] {
				switch d.Tokens[v+1].Lower {
				case "the", "a", "an", "his", "her", "its", "their":
					return v+1 < k-1
				}
				return false
			}
		}
		return false
	}
	if !t.Word || t.Cap {
		return false
	}
	if syntax.PastForm(t.Text) && !rules.SpeechVerbs[t.Text] {
		return true
	}
	return len(t.Text) > 4 && strings.HasSuffix(t.Text, "ing") && !rules.Prepositions[t.Text] &&
		k > first && participleOpeners[d.Tokens[k-1].Lower]
}

// participleOpeners stand before a participle that opens a clause of its
// own (", branding …", "after meeting …") (rules: participleOpeners).
var participleOpeners = rules.WordClass("participleOpeners")

// distinctIn counts the distinct people of a group ("Harlan Voss, the
// Voss Maritime chairman" is one).
func (d *stage) distinctIn(g []participant) int {
	seen := map[int]bool{}
	for _, p := range g {
		if p.entity >= 0 && d.Entities[p.entity].Type == doc.Person {
			seen[p.entity] = true
		}
	}
	return len(seen)
}

// onlyOfGender returns the one person named outside quotations in
// mention mi's sentence before it or the two sentences before whose name
// tells gender g, or -1 when none or several do.
func (d *stage) onlyOfGender(mi int, g string) int {
	found := -1
	for _, e := range d.ofGenderBefore(mi, g) {
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// genderedBefore reports whether anyone whose name tells gender g is
// named before mention mi in the span onlyOfGender reads.
func (d *stage) genderedBefore(mi int, g string) bool { return len(d.ofGenderBefore(mi, g)) > 0 }

// ofGenderBefore lists, nearest first, the people named outside
// quotations before mention mi in its sentence and the two before whose
// names tell gender g.
func (d *stage) ofGenderBefore(mi int, g string) []int {
	m := d.Mentions[mi]
	var out []int
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent >= m.Sent-2; j-- {
		q := d.Mentions[j]
		if q.Pronoun || q.Entity < 0 || d.Quoted[q.First] || d.Entities[q.Entity].Type != doc.Person || d.Entities[q.Entity].Gender != g {
			continue
		}
		out = append(out, q.Entity)
	}
	return out
}

// genderedBetween returns the person of gender g mentioned after entity
// subj and before mention mi in mi's sentence, nearest first, or -1.
func (d *stage) genderedBetween(subj, mi int, g string) int {
	m := d.Mentions[mi]
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent == m.Sent; j-- {
		q := d.Mentions[j]
		if q.Entity == subj {
			return -1
		}
		if q.Entity >= 0 && !d.Quoted[q.First] && d.Entities[q.Entity].Type == doc.Person && d.Entities[q.Entity].Gender == g {
			return q.Entity
		}
	}
	return -1
}

// saidOf returns the person a quotation holding mention mi is said of:
// the name right after "of" or "about" and a verb of saying, a few words
// after the quotation closes ("“…,” Draganescu said of Oana Pirvulescu");
// else -1.
func (d *stage) saidOf(mi int) int {
	m := d.Mentions[mi]
	s := d.Sentences[m.Sent]
	k := m.Last
	for k < s.Last && d.Quoted[k] {
		k++
	}
	for end := k + 10; k < s.Last && k < end; k++ {
		if !rules.SpeechVerbs[d.Tokens[k].Lower] || k+1 >= s.Last {
			continue
		}
		if w := d.Tokens[k+1].Lower; w != "of" && w != "about" {
			continue
		}
		for j := mi + 1; j < len(d.Mentions) && d.Mentions[j].Sent == m.Sent; j++ {
			if q := d.Mentions[j]; q.TitleFirst >= k+2 && q.TitleFirst <= k+3 && !q.Pronoun && q.Entity >= 0 && d.Entities[q.Entity].Type == doc.Person {
				return q.Entity
			}
		}
		return -1
	}
	return -1
}

// quotedPronoun resolves he, she, him or her inside a quotation to the one
// the quotation is said of (saidOf), else to the one person of that
// gender named outside quotations in its sentence or the two before, when
// the names tell the gender and only one fits; else -1.
func (d *stage) quotedPronoun(mi int) int {
	m := d.Mentions[mi]
	gender := rules.Pronouns[d.Tokens[m.First].Lower]
	if gender != "M" && gender != "F" {
		return -1
	}
	// Whoever speaks the quotation is "I" in it, never "he" or "she":
	// "“He's a clown,” Achebe wrote" is said of someone else.
	speaker := d.speakerAfter(mi)
	if j := mi - 1; j >= 0 && d.Mentions[j].Sent == m.Sent && d.Quoted[d.Mentions[j].First] && !d.Mentions[j].Pronoun && m.First-d.Mentions[j].Last <= 6 {
		// A name the quotation itself gives just before, in the same
		// clause: "“Alan has kept his word …”".
		if e := d.Mentions[j].Entity; e >= 0 && e != speaker && d.Entities[e].Type == doc.Person && (d.Entities[e].Gender == gender || d.Entities[e].Gender == "") && !d.clauseBreakBetween(d.Mentions[j].Last, m.First) {
			return e
		}
	}
	if e := d.saidOf(mi); e >= 0 && e != speaker && (d.Entities[e].Gender == "" || d.Entities[e].Gender == gender) {
		// "“I will see her in court,” Draganescu said of Oana
		// Pirvulescu": the one the quotation is said of.
		return e
	}
	if d.genderedBefore(mi, gender) {
		if speaker < 0 {
			return d.onlyOfGender(mi, gender) // (two of that gender: no telling)
		}
		if e := onlyOne(d.ofGenderBefore(mi, gender), speaker); e >= 0 {
			return e
		}
		// the speaker alone has the gender: one named before whose name
		// tells none
		return onlyOne(d.ofGenderBefore(mi, ""), speaker)
	}
	// Named only after the quotation: "“… end her career,” Quaye said
	// of Speaker Sinéad Brannigan".
	found, several := d.onlyGendered(mi+1, m.Sent, gender)
	if several {
		return -1
	}
	if found < 0 && speaker >= 0 {
		// No name tells that gender: the one other than the speaker
		// named just before, whose name tells none.
		found = onlyOne(d.ofGenderBefore(mi, ""), speaker)
	}
	return found
}

// clauseBreakBetween reports whether a punctuation mark or a word that
// opens a clause stands in tokens [i, j).
// namedLaterInClause returns the entity subject pronoun mi stands for
// when its clause goes on to name e, the entity it was resolved to: a
// pronoun and a name in one clause are two people ("He called Park “a
// disaster”" is not Park's), so the person named last before it who fits
// it and is not e, or -1 when no one does; else (its clause names no e)
// e.
func (d *stage) namedLaterInClause(mi, e int) int {
	m := d.Mentions[mi]
	if e < 0 {
		return e
	}
	switch d.Tokens[m.First].Lower {
	case "he", "she":
	default:
		return e
	}
	named := false
	for j := mi + 1; j < len(d.Mentions) && d.Mentions[j].Sent == m.Sent; j++ {
		o := d.Mentions[j]
		if d.clauseBreakBetween(m.Last, o.First) {
			break
		}
		oe := o.Entity
		if oe < 0 && !o.Pronoun && o.Rule != "description" && o.Last-o.First == 1 {
			oe = d.resolveSingle(j) // (a surname, resolved later in text order)
		}
		if !o.Pronoun && o.Rule != "description" && oe == e && !d.Quoted[o.First] {
			named = true
			break
		}
	}
	if !named {
		return e
	}
	gender := rules.Pronouns[d.Tokens[m.First].Lower]
	return d.personBefore(mi, 2, func(o int) bool {
		g := d.Entities[o].Gender
		return o != e && (g == "" || g == gender)
	})
}

func (d *stage) clauseBreakBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.Tokens[k]; !t.Word || clauseOpeners[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// onlyOne returns the one entity of es other than skip, or -1 when there
// is none or more than one.
func onlyOne(es []int, skip int) int {
	found := -1
	for _, e := range es {
		if e == skip {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// speakerAfter returns the person the quotation holding mention mi is
// attributed to right after it ("…,” Achebe wrote", "…,” said Achebe"),
// or -1.
func (d *stage) speakerAfter(mi int) int {
	m := d.Mentions[mi]
	k := m.First
	for k < len(d.Tokens) && d.Quoted[k] {
		k++
	}
	for k < len(d.Tokens) && !d.Tokens[k].Word {
		k++ // the closing mark, a comma
	}
	if k >= len(d.Tokens) || d.SentenceOf(k) != m.Sent {
		return -1
	}
	after := k
	if rules.SpeechVerbs[d.Tokens[k].Text] {
		after = k + 1 // "said Achebe"
	}
	j := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].TitleFirst >= after })
	if j >= len(d.Mentions) || d.Mentions[j].TitleFirst > after+1 || d.Mentions[j].Pronoun {
		return -1
	}
	if q := d.Mentions[j]; after == k && !(q.Last < len(d.Tokens) && rules.SpeechVerbs[d.Tokens[q.Last].Text]) {
		return -1 // a name after the quotation that says nothing
	}
	if e := d.Mentions[j].Entity; e >= 0 {
		return e
	}
	return d.resolveSingle(j) // a surname, resolved only later in text order
}

// relativeHead returns the person a ", who" clause holding mention mi
// describes, or -1.
func (d *stage) relativeHead(mi int) int {
	m := d.Mentions[mi]
	s := d.Sentences[m.Sent]
	for k := m.First - 1; k > s.First+1; k-- {
		w := d.Tokens[k].Lower
		if w == "," && k+1 < m.First && d.Tokens[k+1].Lower != "who" {
			return -1 // the clause closed before the pronoun
		}
		if w == "who" && d.Tokens[k-1].Text == "," {
			if j := d.LastMentionBefore(k - 1); j >= 0 && d.Mentions[j].Last == k-1 && d.Mentions[j].Sent == m.Sent {
				return d.Mentions[j].Entity
			}
			return -1
		}
	}
	return -1
}

// cataphor resolves a pronoun inside a sentence-opening participle clause
// ("Revealing he …, Vance quipped") or adverbial clause ("When she took
// office, Governor Obi …", "After he met Vega, developer Ray Dunn …") to
// the subject after the clause: a name right after its comma (a title or
// a role word or two between allowed) for an adverbial clause.
func (d *stage) cataphor(mi int) int {
	if j := d.cataphorSubject(mi); j >= 0 {
		return d.Mentions[j].Entity
	}
	return -1
}

// leadPossessor resolves "his" or "her" before anyone is named in the
// article to the first person its sentence names after it whose gender
// fits: "His $2 million donation to the Coastal Renewal PAC made Teodoro
// Valdez its largest contributor" (a lead that names its subject last).
func (d *stage) leadPossessor(mi int) int {
	m := d.Mentions[mi]
	g := pronounGender[d.Tokens[m.First].Lower]
	if g == "" || d.Quoted[m.First] || !d.possessiveUse(m.First) {
		return -1
	}
	for j := 0; j < mi; j++ {
		if d.Mentions[j].Type == doc.Person {
			return -1 // (someone named before: no lead)
		}
	}
	for j := mi + 1; j < len(d.Mentions) && d.Mentions[j].Sent == m.Sent; j++ {
		o := d.Mentions[j]
		if o.Pronoun || o.Entity < 0 || o.Type != doc.Person || d.Quoted[o.First] {
			continue
		}
		if eg := d.Entities[o.Entity].Gender; eg != "" && eg != g {
			continue
		}
		return o.Entity
	}
	return -1
}

// cataphorObject resolves an object pronoun inside such a fronted clause
// to the person the main clause names after its subject: "Three months
// after she called him “a fraud”, Speaker Corinne Haddad made up with Dev
// Raghunathan" (him is Raghunathan), when the clause names no one itself.
func (d *stage) cataphorObject(mi int) int {
	j := d.cataphorSubject(mi)
	if j < 0 {
		return -1
	}
	m := d.Mentions[mi]
	for k := d.FirstMentionIn(m.Sent); k >= 0 && k < mi; k++ {
		if o := d.Mentions[k]; !o.Pronoun && o.Type == doc.Person {
			return -1 // ("After Vega met Dunn, he praised him …": named in the clause)
		}
	}
	subj := d.Mentions[j].Entity
	for k := j + 1; k < len(d.Mentions) && d.Mentions[k].Sent == m.Sent; k++ {
		if o := d.Mentions[k]; !o.Pronoun && o.Type == doc.Person && o.Entity >= 0 && o.Entity != subj && !d.Quoted[o.First] {
			return o.Entity
		}
	}
	return -1
}

// cataphorSubject returns the mention of the main clause's subject that a
// pronoun inside a fronted clause points forward to (cataphor), or -1.
func (d *stage) cataphorSubject(mi int) int {
	m := d.Mentions[mi]
	s := d.Sentences[m.Sent]
	first := d.Tokens[s.First].Text
	adverbial := frontedClauseWords[strings.ToLower(first)] || d.countedOpener(s) && !d.personInParagraphBefore(m.Sent)
	if !adverbial && !strings.HasSuffix(first, "ing") && first != "Asked" && first != "Pressed" {
		return -1
	}
	for k := s.First; k < m.First; k++ {
		if d.Tokens[k].Text == "," {
			return -1 // the pronoun is past the clause
		}
	}
	for k := m.Last; k < s.Last; k++ {
		if d.Tokens[k].Text != "," {
			continue
		}
		j := d.NextMentionAfter(k, m.Sent)
		if j < 0 || d.Mentions[j].Entity < 0 || d.Mentions[j].Pronoun {
			return -1
		}
		if adverbial {
			if d.Mentions[j].TitleFirst > k+3 {
				return -1 // "After he met Vega, the deal with Dunn collapsed"
			}
			for x := k + 1; x < d.Mentions[j].TitleFirst; x++ {
				if !d.Tokens[x].Word || d.Tokens[x].Cap && x > k+1 {
					return -1
				}
			}
		}
		return j
	}
	return -1
}

// countedOpener reports whether sentence s opens with a count of time
// and then a word that opens a clause: "Three months after she called him
// …", "Days before he resigned, …", "Hours after".
func (d *stage) countedOpener(s doc.Sentence) bool {
	for k := s.First; k < s.Last && k <= s.First+3; k++ {
		w := d.Tokens[k].Lower
		if k > s.First && frontedClauseWords[w] {
			return true
		}
		if !countWords[w] && !timeUnits[w] && !isDigits(w) {
			return false
		}
	}
	return false
}

// personInParagraphBefore reports whether the sentences of sentence
// si's paragraph before it name a person: then a pronoun in a clause
// opened by a count of time ("Hours after she attacked him, …") more
// likely stands for them than for anyone named after it.
func (d *stage) personInParagraphBefore(si int) bool {
	for mi := d.FirstMentionIn(si) - 1; mi >= 0; mi-- {
		m := d.Mentions[mi]
		if m.Sent >= si {
			continue
		}
		if !d.SameParagraph(m.Sent, si) {
			return false
		}
		if m.Type == doc.Person {
			return true
		}
	}
	return false
}

// countWords and timeUnits make the count of time a fronted clause may
// open with (rules: countWords, timeUnits).
var countWords, timeUnits = rules.WordClass("countWords"), rules.WordClass("timeUnits")

// isDigits reports whether w is written in digits only.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// frontedClauseWords open an adverbial clause before the main one, whose
// subject a pronoun inside it may stand for ("When she took office, …").
var frontedClauseWords = rules.WordClass("frontedClauseWords")

// possessiveUse reports whether "her" at token k is possessive ("her
// office") rather than an object ("praised her"): a word follows that is
// not a preposition or punctuation.
func (d *stage) possessiveUse(k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[k+1]
	if strings.ContainsAny(n.Text, "$€£¥") {
		return true // "her $40,000 gift"
	}
	if possessedAdjectives[strings.ToLower(n.Text)] {
		return true // "her former boss"
	}
	return n.Word && !rules.Prepositions[strings.ToLower(n.Text)] && !rules.FunctionWords[n.Text] && !rules.FunctionWords[strings.ToUpper(n.Text[:1])+n.Text[1:]]
}

// possessivePronoun reports whether mention j is a possessive pronoun
// ("his", "her claim", "their"): a possessor is no subject, so an object
// pronoun after it may be the same person ("The company called her
// claim false and accused her of lying").
func (d *stage) possessivePronoun(j int) bool {
	m := d.Mentions[j]
	if !m.Pronoun {
		return false
	}
	switch d.Tokens[m.First].Lower {
	case "his", "their":
		return true
	case "her":
		return d.possessiveUse(m.First)
	}
	return false
}

// possessedAdjectives after "his" or "her" make it a possessive, though
// some are among the capitalised words that name no one ("Former")
// (rules: possessedAdjectives).
var possessedAdjectives = rules.WordClass("possessedAdjectives")

// canonicalName is the fullest name the article gives an entity, or the
// knowledge base's name where the article names it only by title, handle
// or short form.
func (d *stage) canonicalName(ent *doc.Entity) string {
	best := ""
	for _, mi := range ent.Mentions {
		m := d.Mentions[mi]
		if m.Pronoun || m.Rule == "description" || m.Rule == "title" || m.Rule == "org-role" || m.Rule == "handle" || m.Last-m.First < 2 && ent.KB != nil {
			continue
		}
		s, _ := mentions.StripNickname(d.Text[m.Start:m.End])
		if ent.KB != nil && strings.HasPrefix(s, "The ") {
			continue
		}
		if len(s) > len(best) {
			best = s
		}
	}
	switch {
	case ent.KB != nil && ent.Type == doc.Org && strings.HasPrefix(best, ent.KB.Name+" ") && len(strings.Fields(best)) <= 4:
		// "Palantir Technologies" for the knowledge base's "Palantir":
		// the fullest name the article uses.
		return best
	case ent.KB != nil && ent.Type == doc.Org && best != "" && !d.usesName(ent, ent.KB.Name) && len(strings.Fields(best)) >= 2:
		// "the Justice Department" for the knowledge base's "Department
		// of Justice": the article's own name, the one its reader
		// knows.
		return best
	case ent.KB != nil && (best == "" || ent.Type == doc.Org):
		return ent.KB.Name
	case best == "":
		return ent.Name
	case ent.KB == nil && strings.HasPrefix(ent.Name, best+" "):
		// "Anwar" of "Anwar and Leila Mansour": the name its reading
		// made whole.
		return ent.Name
	}
	return best
}

// usesName reports whether the article names entity ent by name.
func (d *stage) usesName(ent *doc.Entity, name string) bool {
	for _, mi := range ent.Mentions {
		if m := d.Mentions[mi]; !m.Pronoun && strings.EqualFold(strings.TrimPrefix(d.Text[m.Start:m.End], "the "), name) {
			return true
		}
	}
	return false
}

// hasKey reports whether m holds key k.
func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// timeNouns are spans of time (rules: timeNouns).
var timeNouns = rules.WordClass("timeNouns")

// sharedSurname returns the full name of the one-word mention mi when it
// is a given name coordinated with a person's full name that follows
// ("Brothers Vittorio and Enzo Castellano", "Julian and Marco
// Ferreira-Santos gave …"): the given name with the other's surname.
// Else "".
func (d *stage) sharedSurname(mi int) string {
	m := d.Mentions[mi]
	k := m.Last
	if k >= len(d.Tokens) || d.Tokens[k].Text != "and" || mi+1 >= len(d.Mentions) {
		return ""
	}
	n := d.Mentions[mi+1]
	w := d.Tokens[m.First].Text
	if n.TitleFirst != k+1 || n.First != k+1 || n.Sent != m.Sent || n.Type != doc.Person || n.Pronoun || n.Last-n.First < 2 ||
		!mentions.GivenName(d.Doc, w) && !kinPlurals[strings.ToLower(m.Title)] || d.KB.HasSurname(w) || d.usedAsSurname(w) {
		// (a given name, or a name after kin in the plural: "Brothers
		// Vittorio and Enzo Castellano", not "Senators Vantreese and
		// Dana Whitfield"; not a surname: "President Trump and Elon
		// Musk", "Dana Mason spoke. Mason and John Doe met")
		return ""
	}
	return w + " " + d.Text[d.Tokens[n.First+1].Start:n.End]
}

// kinPlurals name people of one family ("Brothers", "Siblings").
var kinPlurals = rules.WordClass("kinPlurals")

// usedAsSurname reports whether w ends a person's name of several words
// in the article.
func (d *stage) usedAsSurname(w string) bool {
	return slices.ContainsFunc(d.Mentions, func(m doc.Mention) bool {
		return m.Type == doc.Person && !m.Pronoun && m.Last-m.First >= 2 && d.Tokens[m.Last-1].Text == w
	})
}

// appositionOwner returns the person entity whose apposition holds
// description mi in an of-phrase ("Teo Vance, a longtime friend of the
// singer": Vance), or -1.
func (d *stage) appositionOwner(mi int) int {
	m := d.Mentions[mi]
	if m.First < 2 || !strings.EqualFold(d.Tokens[m.First-1].Text, "of") {
		return -1
	}
	for k, n := m.First-2, 0; k > d.Sentences[m.Sent].First && n < 6; k, n = k-1, n+1 {
		t := d.Tokens[k]
		if t.Text == "," {
			for j := mi - 1; j >= 0 && d.Mentions[j].Sent == m.Sent; j-- {
				if p := d.Mentions[j]; p.Last == k && p.Entity >= 0 && !p.Pronoun && d.Entities[p.Entity].Type == doc.Person {
					return p.Entity
				}
			}
			return -1
		}
		if !t.Word || t.Cap {
			return -1
		}
	}
	return -1
}

// resolveDescriptionWithout resolves description mi as if person entity
// e had not been named before it, to one the article described by its
// noun, or -1.
func (d *stage) resolveDescriptionWithout(mi, e int) int {
	got := d.resolveHiding(mi, e)
	m := d.Mentions[mi]
	noun := d.Tokens[m.Last-1].Lower
	if got == e || got >= 0 && !d.describes(got, noun, m.First) && !d.describesNarrower(got, noun, m.First) {
		return -1 // (only one the article described so: not the nearest of anyone)
	}
	return got
}

// resolveHiding resolves description mi as if entity e had not been
// named before it; it may still come back as e.
func (d *stage) resolveHiding(mi, e int) int {
	var hidden []int
	for j := 0; j < mi; j++ {
		if d.Mentions[j].Entity == e {
			d.Mentions[j].Entity = -1
			hidden = append(hidden, j)
		}
	}
	got := d.resolveDescription(mi)
	for _, j := range hidden {
		d.Mentions[j].Entity = e
	}
	return got
}

// possessorApposed returns the organization entity named right before
// the comma that opens description mi, when the description is a
// possessor ("Furia Serrana, the club's largest supporters' group": the
// club is not Furia Serrana, which is its group), or -1.
func (d *stage) possessorApposed(mi int) int {
	m := d.Mentions[mi]
	if m.Type != doc.Org || m.First < 1 || d.Tokens[m.First-1].Text != "," || m.Last >= len(d.Tokens) || !doc.Possessive(d.Tokens[m.Last].Text) {
		return -1
	}
	for j := mi - 1; j >= 0 && d.Mentions[j].Sent == m.Sent; j-- {
		if p := d.Mentions[j]; p.Last == m.First-1 && p.Entity >= 0 && !p.Pronoun && d.Entities[p.Entity].Type == doc.Org {
			return p.Entity
		}
	}
	return -1
}

// particleSurname returns the mention of a longer person's name that
// mention mi, a surname led by a particle ("De Wit", "Van der Berg",
// "di Santo"), ends in any case ("Pieter de Wit"), when one such name
// does; else -1.
func (d *stage) particleSurname(mi int) int {
	m := d.Mentions[mi]
	if m.Last-m.First < 2 || !rules.NameJoiners[d.Tokens[m.First].Lower] {
		return -1
	}
	tail := " " + strings.ToLower(d.Text[m.Start:m.End])
	found, name := -1, ""
	for j, o := range d.Mentions {
		if o.Type != doc.Person || o.Pronoun || o.Last-o.First <= m.Last-m.First {
			continue
		}
		full := d.Text[o.Start:o.End]
		if !strings.HasSuffix(strings.ToLower(full), tail) {
			continue
		}
		if found >= 0 && full != name {
			return -1 // (two people of that surname)
		}
		found, name = j, full
	}
	return found
}

// nameAfterPhrase returns the entity of a person's full name set off by
// commas right after description mi and an of- or at-phrase that
// completes it ("the founder of payments giant Ledgerline, Dmitri
// Ostrowski,"), or -1.
func (d *stage) nameAfterPhrase(mi int) int {
	m := d.Mentions[mi]
	k := m.Last
	if k >= len(d.Tokens) || d.Tokens[k].Text != "of" && d.Tokens[k].Text != "at" {
		return -1
	}
	for c := k + 1; c < len(d.Tokens) && c <= k+8 && d.SentenceOf(c) == m.Sent; c++ {
		t := d.Tokens[c]
		if t.Text == "," {
			for j := mi + 1; j < len(d.Mentions) && d.Mentions[j].First <= c+1; j++ {
				p := d.Mentions[j]
				if p.TitleFirst == c+1 && p.Type == doc.Person && !p.Pronoun && p.Rule != "description" && p.Last-p.First >= 2 && p.Entity >= 0 &&
					p.Last < len(d.Tokens) && d.Tokens[p.Last].Text == "," {
					return p.Entity
				}
			}
			return -1
		}
		if !t.Word || !t.Cap && (rules.SpeechVerbs[t.Text] || strings.HasSuffix(t.Text, "ed")) {
			return -1 // (a verb: the phrase is a clause)
		}
	}
	return -1
}

// quotedTitleEnd returns the closing mark of a short quotation that
// opens at token j and holds only capitalised words, such as a work's
// title ("“Glass Houses”"), or 0.
func (d *stage) quotedTitleEnd(j int) int {
	q, ok := d.QuoteOpenedAt(j)
	if !ok || q.Close-q.Open < 2 || q.Close-q.Open > 6 {
		return 0
	}
	for x := q.Open + 1; x < q.Close; x++ {
		if !d.Tokens[x].Cap || !d.Tokens[x].Word {
			return 0
		}
	}
	return q.Close
}

// handleOwner returns the person or organization named before handle
// mention mi whose name the handle spells: set in parentheses right
// after the name ("Nadia Ferro (@NadiaFerro)"), or, letters only and
// case aside, the name run together ("@NadiaFerro", "@FerroNadia"), its
// initial and surname ("@nferro"), a title before the surname or name
// ("@MayorOnyango"), or most of an organization's name ("@BrambleCap"
// for Bramble Capital); only one may fit. Failing those, the one person
// a looser form fits (looseFit: "@chefyusuf"). Else -1.
func (d *stage) handleOwner(mi int) int {
	m := d.Mentions[mi]
	if k := m.First; k >= 2 && d.Tokens[k-1].Text == "(" && mi > 0 {
		if p := d.Mentions[mi-1]; p.Last == k-1 && p.Entity >= 0 && !p.Pronoun {
			return p.Entity
		}
	}
	h := letters(d.Tokens[m.First].Text)
	if len(h) < 4 {
		return -1
	}
	found := -1
	var loose []int // people only the looser forms fit
	for e, ent := range d.Entities {
		if ent.Type != doc.Person && ent.Type != doc.Org {
			continue
		}
		words := strings.Fields(ent.Name)
		if len(words) < 2 {
			continue
		}
		all := letters(ent.Name)
		first, last := letters(words[0]), letters(words[len(words)-1])
		fits := h == all || h == last+first
		if ent.Type == doc.Person && first != "" {
			fits = fits || h == first[:1]+last
			// a title or word of office before the surname or the whole
			// name: "@MayorOnyango", "@SenArrecheaVance", "@RealTomRuiz"
			for p := range handlePrefixes {
				if rest, ok := strings.CutPrefix(h, p); ok && len(last) >= 4 && (rest == last || rest == all) {
					fits = true
				}
			}
			if !fits && looseFit(h, all, last, first) {
				loose = append(loose, e)
			}
		}
		if ent.Type == doc.Org {
			fits = fits || strings.HasPrefix(all, h) && 10*len(h) >= 6*len(all)
		}
		if fits {
			if found >= 0 && found != e {
				return -1
			}
			found = e
		}
	}
	if found < 0 && len(loose) == 1 {
		return loose[0]
	}
	return found
}

// clauseReporters are forms of verbs whose clause may follow them with
// no "that": a name after them may be the clause's subject ("said
// Crane's lawyer had accused him") (rules: clauseReporters).
var clauseReporters = rules.WordClass("clauseReporters")

// looseFit reports whether handle h (letters only) is a person's whole
// name or surname, of five letters or more, with at most eight letters of
// its own before or after it ("@LeaderGottlieb", "@YasminTranMP"), or
// their given name with initials or a word of a trade or title
// ("@chefyusuf", "@marisolqr"), not another name ("@yusufkhan"); never
// with a word against them ("@StopGottlieb", "@whitcombewatch") (all,
// last, first: the name's letters).
func looseFit(h, all, last, first string) bool {
	fits := func(part string, ok func(rest string) bool) bool {
		if len(part) < 5 {
			return false
		}
		if rest, found := strings.CutPrefix(h, part); found && len(rest) <= 8 && ok(rest) {
			return true
		}
		rest, found := strings.CutSuffix(h, part)
		return found && len(rest) <= 8 && ok(rest)
	}
	notAgainst := func(rest string) bool {
		for w := range handleAgainst {
			if strings.Contains(rest, w) {
				return false
			}
		}
		return true
	}
	trade := func(rest string) bool { return len(rest) <= 3 || handlePrefixes[rest] || rules.RoleNouns[rest] }
	return fits(all, notAgainst) || fits(last, notAgainst) || fits(first, trade)
}

// handleAgainst are words a handle puts beside someone's name to oppose
// or watch them, not to be them (rules: handleAgainst).
var handleAgainst = rules.WordClass("handleAgainst")

// handlePrefixes are the titles and words a handle may put before its
// owner's name (rules: handlePrefixes).
var handlePrefixes = rules.WordClass("handlePrefixes")

// letters returns the lower-case letters of s.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
