package events

import (
	"slices"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/extract/rules"
)

// succession is one party of a succession word ("succeed", "replace")
// whose sentence does not name both the post and the organization: the
// successor takes, the predecessor leaves, a post the paragraph may name
// elsewhere.
type succession struct {
	sent, trigger int // sentence and token of the word
	person        int // entity
	org           int // entity the sentence names as the organization, or -1
	role          string
	ev            powermap.Event // the event as the match made it, without its parties
	pending       bool           // its event is still to be made
	// own marks a departure with no post named ("she would step down"):
	// the post is the person's own, held or taken before in the
	// paragraph.
	own bool
	// arrival marks a post taken whose sentence names its role but no
	// organization ("Jane Roe was named chief financial officer").
	arrival bool
	// elsewhere marks a post whose verb places it at a body the sentence
	// only describes ("now teaches at a law school in Chicago"): no
	// organization named before is it.
	elsewhere bool
	// firer is the person who ended the post ("Ellis sacked Rowe"), or
	// -1: the post is at the organization the paragraph ties them to.
	firer int
	// asSuch marks an arrival whose verb names the post only as such
	// ("took office"): its organization is the one an earlier
	// description ties the person to, or none.
	asSuch bool
}

// noteParty keeps a party of succession match m whose event the
// match itself makes, so that the other party's post can be read from it.
func (d *stage) noteParty(si, k int, m frame.Match) {
	for _, src := range m.Slots[frame.Source] {
		d.successions = append(d.successions, succession{sent: si, trigger: k, person: src.Entity, org: -1})
	}
}

// noteDeparture keeps the person of position match m, which ends a post
// its sentence does not name ("the board announced that she would step
// down"), for completeSuccessions to find the post.
func (d *stage) noteDeparture(si, k int, p *parsed, m frame.Match, ev powermap.Event) {
	n := len(d.successions)
	d.noteSuccession(si, k, p, m, ev)
	if len(d.successions) > n {
		d.successions[n].own = true
	}
}

// noteArrival keeps a post taken with its role named but no
// organization, for completeSuccessions to find the organization in the
// paragraph: "Lanternbox is reshuffling its leadership. Ilse Brouwer was
// named head of content."
func (d *stage) noteArrival(si, k int, p *parsed, m frame.Match, ev powermap.Event) {
	n := len(d.successions)
	d.noteSuccession(si, k, p, m, ev)
	if len(d.successions) > n {
		s := &d.successions[n]
		s.arrival = true
		s.asSuch = m.RoleFirst < 0 && !postPhrase(p, m.Trigger) && postTaken(p, m)
		if s.role == "" && m.RoleFirst >= 0 {
			s.role = strings.ToLower(d.Text[p.toks[m.RoleFirst].Start:p.toks[m.RoleLast].End])
		}
	}
}

// asRole reports whether match m's role phrase is its word's own
// as-phrase ("replaced her as chair"), not a description of a party
// ("succeeded by her deputy, Baker" tells what Baker was, not the post).
func asRole(p *parsed, m frame.Match) bool {
	k := m.RoleFirst - 1
	for k > 0 && p.toks[k].UPOS == "DET" {
		k-- // "as an independent director"
	}
	return m.RoleFirst > 0 && strings.EqualFold(p.toks[k].Form, "as")
}

// postPhrase reports whether the word at token t of p is given a post
// named only as such: "was elected to the post", "was appointed to the
// job" (the paragraph names the post and its organization).
func postPhrase(p *parsed, t int) bool {
	for c, tok := range p.toks {
		if tok.Head == t && strings.HasPrefix(tok.Rel, "obl") && postNounWords[strings.ToLower(tok.Lemma)] && hasCase(p.toks, c, "to") {
			return true
		}
	}
	return false
}

// postTaken reports whether match m's trigger takes a post named as
// such (postTrigger) for its object, or into or to it: "assumed the
// post", "stepped into the role" (not "took the dispute public with a
// post on X").
func postTaken(p *parsed, m frame.Match) bool {
	if !postTrigger(m.Frame) {
		return false
	}
	for c, tok := range p.toks {
		if tok.Head != m.Trigger || !postNounWords[strings.ToLower(tok.Lemma)] {
			continue
		}
		if tok.Rel == "obj" || strings.HasPrefix(tok.Rel, "obl") && (hasCase(p.toks, c, "into") || hasCase(p.toks, c, "to")) {
			return true
		}
	}
	// (a verb with the post in its own words: "took office")
	return slices.ContainsFunc(m.Frame.Extra, func(w string) bool { return postNounWords[w] })
}

// postTrigger reports whether frame f's trigger names the post as such:
// "took office", "assumed the post" (its organization is the one the
// article ties the person to).
func postTrigger(f *frame.Frame) bool {
	for _, alts := range f.Extra {
		// (a class of words is held joined by "|": "post|job|position")
		if slices.ContainsFunc(strings.Split(alts, "|"), func(w string) bool { return postNounWords[w] }) {
			return true
		}
	}
	return false
}

// describedBody reports whether verb t places its subject at, with or
// in a body the sentence names only by a common noun ("teaches at a law
// school in Chicago", "joined a rival firm"), or role t is of one
// ("appointed principal of an elementary school"): a kind of
// organization with "a" or "another", naming no one.
func (d *stage) describedBody(p *parsed, t int) bool {
	for c, tok := range p.toks {
		if tok.Head != t || tok.UPOS != "NOUN" || len(rules.OrgKinds[strings.ToLower(tok.Lemma)]) == 0 {
			continue
		}
		if r := tok.Rel; r != "obj" && !((strings.HasPrefix(r, "obl") || r == "nmod") && (hasCase(p.toks, c, "at") || hasCase(p.toks, c, "with") || hasCase(p.toks, c, "for") || hasCase(p.toks, c, "of"))) {
			continue
		}
		for _, x := range p.toks {
			if x.Head == c && x.Rel == "det" {
				if w := strings.ToLower(x.Form); w == "a" || w == "an" || w == "another" {
					return true
				}
			}
		}
	}
	return false
}

// postNounWords stand for a post (rules: postNouns).
var postNounWords = rules.WordClass("postNouns")

// noteSuccession keeps the person of succession match m (trigger token k
// of sentence si), and the organization it names if any, for
// completeSuccessions.
func (d *stage) noteSuccession(si, k int, p *parsed, m frame.Match, ev powermap.Event) {
	src := m.Slots[frame.Source][0]
	if d.Entities[src.Entity].Type != doc.Person {
		return
	}
	s := succession{sent: si, trigger: k, person: src.Entity, org: -1, ev: ev, pending: true, firer: -1}
	for _, c := range p.toks {
		if c.Head == m.Trigger && c.Rel == "nsubj" && ev.Status == "end" {
			if e := d.entityOfToken(c); e >= 0 && e != src.Entity && d.Entities[e].Type == doc.Person {
				s.firer = e // "Ellis sacked Rowe": a person ended the post
			}
		}
	}
	if t := m.Slots[frame.Target]; len(t) > 0 && d.Entities[t[0].Entity].Type == doc.Org {
		s.org = t[0].Entity
	}
	if asRole(p, m) {
		s.role = strings.ToLower(d.Text[p.toks[m.RoleFirst].Start:p.toks[m.RoleLast].End])
	}
	s.elsewhere = s.org < 0 && (d.describedBody(p, m.Trigger) || m.RoleLast >= 0 && d.describedBody(p, m.RoleLast))
	if src.Weak || src.Tok >= 0 && d.weakToken(p, src.Tok) {
		s.ev.Confidence *= 0.75
	}
	d.successions = append(d.successions, s)
}

// completeSuccessions gives each party of a succession word whose
// sentence names no post the post its other party takes or leaves, as
// a position event of the paragraph names it: "Wellspring Bank named
// Yaw Darko its chief executive. He succeeds Margaret Fitzwilliam" —
// Fitzwilliam leaves the post Darko takes; "was ousted as chairman of
// Rheinfeld Chemie and replaced by Agnieszka Wójcik" — Wójcik takes the
// post the other leaves. The nearest such event in the paragraph, up to
// three sentences before the word and one after, gives the organization
// (and the role, when the word's own as-phrase names none). A departure
// that names no post ("He resigned on Monday") leaves, the same way, the
// post the person's own event before it in the paragraph holds or takes.
func (d *stage) completeSuccessions() {
	told := d.Events // (not the events this adds)
	for _, s := range d.successions {
		if !s.pending {
			continue
		}
		parties := map[string]bool{d.Entities[s.person].Name: true}
		for _, o := range d.successions {
			if o.sent == s.sent && o.trigger == s.trigger && !s.own {
				parties[d.Entities[o.person].Name] = true
			}
		}
		post := -1
		best := 1 << 30
		for ei, e := range told {
			if e.Type != powermap.EventPosition || e.Target == "" {
				continue
			}
			ej := d.SentenceOfByte(e.Evidence.Start)
			if (s.own || s.arrival) && (e.Source != d.Entities[s.person].Name || e.Status == "end" || ej > s.sent || ej == s.sent && !(s.own && e.Status == "hold")) {
				// a departure leaves a post held or taken before (or one
				// its own sentence says was held: "Solberg, who had
				// served on the Helix Forge board, resigned"); an
				// arrival is no return to a post left
				continue
			}
			if !parties[e.Source] && !(ej == s.sent && e.Status != s.ev.Status && e.Status != "hold") {
				// (or the post someone else of the sentence leaves as
				// the party takes it: "was ousted as chairman … and
				// replaced by Wójcik")
				continue
			}
			if ej < s.sent-3 || ej > s.sent+1 || !d.SameParagraph(ej, s.sent) {
				continue
			}
			dist := 2 * (s.sent - ej)
			if dist < 0 {
				dist = -dist + 1 // a sentence after is farther than one before
			}
			if dist < best {
				post, best = ei, dist
			}
		}
		e := s.ev
		e.Source, e.Role = d.Entities[s.person].Name, s.role
		if s.org >= 0 {
			e.Target = d.Entities[s.org].Name
		}
		if (s.arrival || s.own) && s.org < 0 && post < 0 {
			o, note := d.organizationOf(s)
			if o < 0 && s.asSuch {
				// "Bellhaven Foods has been without a chief executive
				// since September. … Marchbanks would fill the post":
				// the post the paragraph said was open.
				var role string
				if o, role = d.vacancyBefore(s.sent); o >= 0 {
					note = "the post is the one the paragraph said the organization was without or seeking"
					if e.Role == "" {
						e.Role = role
					}
				}
			}
			if o >= 0 && s.arrival && d.holds(told, powermap.Event{Source: d.Entities[s.person].Name, Target: d.Entities[o].Name, Status: "end"}) && !leftRole(told, d.Entities[s.person].Name, d.Entities[o].Name, s.role, s.ev.Date) {
				// "Adeyemi, who left Kronlund in January, was appointed
				// chief financial officer": not of Kronlund (but "Marsh
				// stepped down as chief executive of Velora … Marsh became
				// chief executive in 2016" took the post he left)
				o = -1
			}
			if o < 0 && s.arrival {
				continue
			}
			if o >= 0 {
				e.Target = d.Entities[o].Name
				e.Confidence *= 0.6
				e.Note = note
			}
		}
		if post >= 0 && (s.org < 0 || told[post].Target == e.Target) {
			known := told[post]
			if known.Source == e.Source && known.Status == e.Status && (s.org < 0 || e.Role == "") && !s.own && !(e.Role != "" && (twoRoles(known.Role, e.Role) || known.Role == "" && !compatibleDates(known.Date, e.Date))) {
				continue // the party's own post, already told (but "he will hand the job to …" ends the post he held; "hired in 2019 … this week promoted to president" is a move of its own)
			}
			e.Target = known.Target
			if e.Role == "" {
				e.Role = known.Role
			}
			e.Confidence *= 0.8
			e.Note = "the post is the one the other party of the succession takes or leaves, named nearby"
			if s.own {
				e.Note = "the post left is the one the paragraph says the person held"
			}
		}
		if e.Target == "" || d.holds(told, e) {
			continue
		}
		d.Events = append(d.Events, e)
	}
}

// vacancyBefore returns the organization and the role of a post that
// one of the two sentences before si, in its paragraph, tells is open:
// a role named with "a" or "an", maybe "new", "next", "permanent" or
// "interim" ("has a new president", "has been without a chief
// executive", "needs a new chairman", "is searching for a head coach"),
// in a sentence that names one organization and no one holding that
// role; else -1, "".
func (d *stage) vacancyBefore(si int) (int, string) {
	for sj := si - 1; sj >= 0 && sj >= si-2 && d.SameParagraph(sj, si); sj-- {
		org, role := -1, ""
		for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
			m := d.Mentions[mi]
			if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org || d.Quoted[m.First] {
				continue
			}
			if org >= 0 && org != m.Entity {
				return -1, ""
			}
			org = m.Entity
		}
		s := d.Sentences[sj]
		for k := s.First; k < s.Last; k++ {
			if w := d.Tokens[k].Lower; w != "a" && w != "an" {
				continue
			}
			j := k + 1
			for j < s.Last && openPostWords[d.Tokens[j].Lower] {
				j++
			}
			end := -1 // the role's last word: the last role noun of a run of lower-case words
			for x := j; x < s.Last && x < j+4; x++ {
				t := d.Tokens[x]
				if !t.Word || t.Cap || rules.Prepositions[t.Text] || t.Text == "and" || t.Text == "or" {
					break
				}
				if rules.RoleNouns[t.Text] {
					end = x
				}
			}
			if end < 0 {
				continue
			}
			if n := end + 1; n < s.Last && (d.Tokens[n].Cap || d.Tokens[n].Text == "," && n+1 < s.Last && d.Tokens[n+1].Cap) {
				return -1, "" // "named a new president, Tom Hale": a holder, not an open post
			}
			role = d.Text[d.Tokens[j].Start:d.Tokens[end].End]
			break
		}
		if role != "" {
			if org < 0 {
				return -1, ""
			}
			return org, role
		}
	}
	return -1, ""
}

// openPostWords may stand between "a" and a role the organization has
// yet to fill: "a new president", "an interim chief executive" (rules:
// openPostWords).
var openPostWords = rules.WordClass("openPostWords")

// leftRole reports whether events tell that person left post role at
// organization org not before date, the day the post was taken: "stepped down
// as chief executive of Velora on Thursday … became chief executive in
// 2016" took the post left (not "stepped down … in 2019 … became chief
// executive in 2023", another).
func leftRole(told []powermap.Event, person, org, role, date string) bool {
	return role != "" && slices.ContainsFunc(told, func(e powermap.Event) bool {
		return e.Type == powermap.EventPosition && e.Status == "end" && e.Source == person && e.Target == org && strings.EqualFold(e.Role, role) && dateBefore(date, e.Date)
	})
}

// dateBefore reports whether date a (YYYY, YYYY-MM or YYYY-MM-DD) may be
// before date b: false only when both are known and a is after b at the
// precision both give ("became chief executive in 2023" after "stepped
// down … in 2019"); an unknown date counts against nothing.
func dateBefore(a, b string) bool {
	n := min(len(a), len(b))
	return n < 4 || a[:n] <= b[:n]
}

// holds reports whether events already tell that e's person takes (or
// leaves) a post at e's organization (another post there is another
// move: "who joined the club as academy director in 2023, was appointed
// caretaker manager").
func (d *stage) holds(told []powermap.Event, e powermap.Event) bool {
	for _, o := range told {
		if o.Type == powermap.EventPosition && o.Source == e.Source && o.Target == e.Target && o.Status == e.Status && !twoRoles(o.Role, e.Role) &&
			!(o.Role == "" && e.Role != "" && !compatibleDates(o.Date, e.Date)) { // ("hired in 2019 … this week promoted to president")
			return true
		}
	}
	return false
}

// sourcePath returns the one path of frame f's source slot, or "".
func sourcePath(f *frame.Frame) string {
	if paths := f.Slots[frame.Source]; len(paths) == 1 && len(paths[0]) == 1 {
		return paths[0][0]
	}
	return ""
}

// withParty reports whether the word at token t of sentence si's parse
// has a with-phrase that names someone ("replaced Baker with Ortiz").
func (d *stage) withParty(si int, p *parsed, t int) bool {
	for c, tok := range p.toks {
		if tok.Head != t || !strings.HasPrefix(tok.Rel, "obl") {
			continue
		}
		if hasCase(p.toks, c, "with") {
			k, _ := d.TokenRange(tok.Start, tok.End)
			return k >= 0 && d.TokenInMention(k)
		}
	}
	return false
}

// organizationOf returns the organization a post taken or left whose
// sentence names none most likely is at, and a note saying why, or -1:
// for a departure, the one the paragraph describes the person by ("the
// company's founder, Tobiah Reinholt, said he was quitting as chief
// executive"); for a departure, the one the person's title names
// ("Labor Secretary"; not a former title), then the one its sentence ties
// the person to ("After 22 years at Harwick General Hospital, …"), for an
// arrival the other way round; else, for a post taken or a departure
// whose role is named, the one the paragraph has just named ("Acme is in
// turmoil. Jane Roe quit as chief executive").
func (d *stage) organizationOf(s succession) (int, string) {
	if s.elsewhere {
		return -1, ""
	}
	if s.asSuch {
		// "Alan Reyes, the president of Dunmore College, … ¶ Reyes,
		// who took office in July 2023": the post the article described
		// them by (not the paragraph's other body: "Quell, the mayor
		// of Bellport, said Reyes had taken office …").
		if o := d.describedEarlier(s.person, s.sent); o >= 0 {
			return o, "the organization is the one an earlier description of the person ties them to"
		}
		return -1, ""
	}
	if s.own {
		if o := d.describedBy(s.person, s.sent); o >= 0 {
			return o, "the organization is the one the paragraph describes the person by"
		}
	}
	title := d.titleOrg(s.person)
	if o := title; o >= 0 && !s.arrival {
		// (a post left: before the one the sentence ties them to, "Labor
		// Secretary Ana Ruiz resigned after clashes with officials at the
		// White House"; a post taken is more likely another)
		return o, "the organization is the one the person's title names (\"Labor Secretary\")"
	}
	if o := d.tiedOrg(s.sent); o >= 0 {
		return o, "the organization is the one its sentence ties the person to"
	}
	if o := title; o >= 0 {
		return o, "the organization is the one the person's title names (\"Labor Secretary\")"
	}
	if o := d.describedEarlierAs(s.person, s.sent, s.role); o >= 0 {
		return o, "the organization is the one an earlier description of the person in the same role ties them to"
	}
	if s.firer >= 0 {
		if o := d.describedBy(s.firer, s.sent); o >= 0 {
			return o, "the organization is the one the paragraph describes the one who ended the post by"
		}
	}
	if s.arrival {
		if o := d.postOrg(s.person, s.sent, s.role, s.ev.Date); o >= 0 && d.roleFits(s.role, o) {
			return o, "the organization is the one the article said before the person held a post at"
		}
	}
	if (s.arrival || s.role != "" || s.firer >= 0) && !(s.ev.Status == "hold" && freeRole(s.role)) {
		// (not a post only said to be held in a role one holds on one's
		// own: "now works as a pundit" after the club he captained)
		if o := d.paragraphOrg(s.sent); o >= 0 && !d.unfitForRole(s.role, o, s.sent) {
			return o, "the organization is the one its paragraph has just named"
		}
	}
	if o := d.kindOrg(s.role, s.sent); o >= 0 && s.ev.Status != "hold" {
		// (a post only said to be held, "serves as deputy minister", may
		// be at a body the article never names)
		return o, "the organization is the one the article has named where such a post is held"
	}
	return -1, ""
}

// namedInSentence reports whether entity e is named in sentence si.
func (d *stage) namedInSentence(e, si int) bool {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if d.Mentions[mi].Entity == e {
			return true
		}
	}
	return false
}

// unfitForRole reports whether organization o, of a known kind, cannot
// hold role, told in sentence si, a post held at one or two kinds of
// body only ("chief of staff", "editor", "head coach"): "was named
// interim chief of staff" after the lobbying firm the one before went
// to is no post of the firm's. Roles held at many kinds ("chairman",
// "director") fit any: the lists of where they are held are too short
// to turn a body away.
func (d *stage) unfitForRole(role string, o, si int) bool {
	if kinds := roleKinds(role); len(kinds) == 0 || len(kinds) > 2 {
		return false
	}
	if f := strings.Fields(role); len(f) > 1 && len(rules.OrgKinds[f[0]]) > 0 && d.namedInSentence(o, si) {
		// "deposed Mensah as party leader" in a sentence that names the
		// People's Alliance: the role says what kind the body is.
		return false
	}
	return !d.roleFits(role, o)
}

// freeRole reports whether role is one people hold on their own, at no
// organization ("pundit", "consultant"; rules: freeRoles), by its last
// word.
func freeRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && freeRoles[f[len(f)-1]]
}

// freeRoles are held at no organization (rules: freeRoles).
var freeRoles = rules.WordClass("freeRoles")

// roleFits reports whether role may be held at organization o: a role
// held at kinds of organization ("mayor", "head coach") only at one of
// those kinds; any other role anywhere.
func (d *stage) roleFits(role string, o int) bool {
	if o < 0 {
		return true
	}
	kinds := roleKinds(role)
	if f := strings.Fields(strings.ToLower(role)); len(f) > 0 && publicOffices[f[len(f)-1]] {
		kinds = []string{"government", "legislature", "party"} // "he became mayor": an office, no firm's post
	}
	if len(kinds) == 0 || len(d.kindsOf(o)) == 0 {
		return true // (an organization of no known kind may hold any post)
	}
	return slices.ContainsFunc(d.kindsOf(o), func(k string) bool { return slices.Contains(kinds, k) })
}

// orgNamed returns the organization entity called name, or -1.
func (d *stage) orgNamed(name string) int {
	for k, ent := range d.Entities {
		if ent.Name == name && ent.Type == doc.Org {
			return k
		}
	}
	return -1
}

// publicOffices are held at no company (rules: publicOffices).
var publicOffices = rules.WordClass("publicOffices")

// postOrg returns the one organization at which the events told before
// sentence si, anywhere in the article, have person taking or holding
// a post, or leaving post role after date (leftRole), or -1 when they
// have none or several: "Brightmoor's chief operating officer, Dana
// Whitfield, … ¶ Whitfield became chief executive in 2018" is a post at
// Brightmoor, and so is
// "Marsh stepped down as chief executive of Velora … ¶ Marsh became chief
// executive in 2016" at Velora.
func (d *stage) postOrg(person, si int, role, date string) int {
	name := d.Entities[person].Name
	org := ""
	for _, e := range d.Events {
		if e.Type != powermap.EventPosition || e.Source != name || e.Target == "" || d.SentenceOfByte(e.Evidence.Start) >= si {
			continue
		}
		if e.Status == "end" && (role == "" || !strings.EqualFold(e.Role, role) || !dateBefore(date, e.Date)) {
			continue // (another post left, or one left before this was taken, says nothing of where this one is)
		}
		if org != "" && org != e.Target {
			return -1
		}
		org = e.Target
	}
	if org == "" {
		return -1
	}
	return d.orgNamed(org)
}

// kindOrg returns the one organization, named in the article up to
// sentence si, of a kind at which role is held (rules: heldat), or -1
// when it names none or several: "was named provost in 2022" in an
// article that has named one university.
func (d *stage) kindOrg(role string, si int) int {
	kinds := roleKinds(role)
	if len(kinds) == 0 {
		return -1
	}
	org := -1
	for mi, m := range d.Mentions {
		if m.Sent > si {
			break
		}
		e := m.Entity
		if e < 0 || e == org || d.Entities[e].Type != doc.Org {
			continue
		}
		if !slices.ContainsFunc(d.kindsOf(e), func(k string) bool { return slices.Contains(kinds, k) }) || d.Quoted[m.First] || d.formerPost(mi) || d.CitedSource(mi) || d.othersOf(m) {
			continue
		}
		if org >= 0 {
			return -1
		}
		org = e
	}
	return org
}

// kindsOf returns the kinds of organization entity e, computed once.
func (d *stage) kindsOf(e int) []string {
	if d.orgKinds == nil {
		d.orgKinds = map[int][]string{}
	}
	k, ok := d.orgKinds[e]
	if !ok {
		k = d.OrgKinds(e)
		d.orgKinds[e] = k
	}
	return k
}

// roleKinds returns the kinds of organization a role is held at: the
// role's own ("chief of staff"), else its head word's, the last before a
// "to" ("acting editor", "ambassador to Estovia"); none for a role that
// names its body with "of", "at" or "for" ("principal of an elementary
// school").
func roleKinds(role string) []string {
	role = strings.ToLower(role)
	if k := rules.RoleKinds[role]; len(k) > 0 {
		return k
	}
	words := strings.Fields(role)
	for i := 1; i < len(words); i++ {
		if k := rules.RoleKinds[strings.Join(words[i:], " ")]; len(k) > 0 {
			return k // "interim chief of staff": a role of several words after its modifiers
		}
	}
	for i, w := range words {
		if i > 0 && (w == "of" || w == "at" || w == "for") {
			return nil // "principal of an elementary school": the role names its body
		}
		if i > 0 && w == "to" {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return nil
	}
	return rules.RoleKinds[words[len(words)-1]]
}

// describedBy returns the organization that a description of person e in
// sentence si or the paragraph's sentences before it ties e to, or -1:
// an organization's role word before the name ("Juniper Row founder
// Tobiah Reinholt", "the company's founder, Tobiah Reinholt") or after it
// ("Reinholt, chief executive of Juniper Row", "Reinholt, Juniper Row's
// chief executive"). A former post
// ("a former executive at …") ties no one.
func (d *stage) describedBy(e, si int) int {
	for sj := si; sj >= 0 && sj >= si-3 && d.SameParagraph(sj, si); sj-- {
		if o := d.describedIn(e, sj); o >= 0 {
			return o
		}
	}
	return -1
}

// describedEarlier returns the organization that the latest description
// of person e in the sentences before si, anywhere in the article, ties e
// to (see describedIn), or -1: "Alan Reyes, the president of Dunmore
// College, … ¶ Reyes, who took office in July 2023, …" took the post at
// Dunmore College. A sentence since that names e with a role word of
// its own, or a description sentence that names a second one, tells of
// another post, and leaves none.
func (d *stage) describedEarlier(e, si int) int {
	for sj := si - 1; sj >= 0; sj-- {
		if o := d.describedIn(e, sj); o >= 0 {
			if d.roleNamedWith(e, sj) > 1 {
				return -1 // "Reyes, a trustee of Dunmore College, won the race for governor"
			}
			return o
		}
		if d.roleNamedWith(e, sj) > 0 {
			return -1 // "… was elected governor. Reyes took office in January": another post told since
		}
	}
	return -1
}

// describedEarlierAs returns the organization that the latest
// description of person e before sentence si in which role's last word
// appears ties e to, not as a former post, when si names no organization
// of its own; or -1: "the club's president, Celina Prado, …
// ¶ Prado, who was elected president in 2023, …" took the post at the
// club, whatever body the paragraph names.
func (d *stage) describedEarlierAs(e, si int, role string) int {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return -1
	}
	head := f[len(f)-1]
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		if m := d.Mentions[mi]; m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Org {
			return -1 // (its own sentence names a body: "joined Orrin Motors in 2016 and became chairman in 2019")
		}
	}
	for sj := si - 1; sj >= 0; sj-- {
		o := d.describedIn(e, sj)
		if o < 0 {
			continue
		}
		s := d.Sentences[sj]
		if d.formerlyDescribed(e, sj) {
			continue // "Former Kestrel Foods chairman Edmund Hale"
		}
		if slices.ContainsFunc(d.Tokens[s.First:s.Last], func(t doc.Token) bool { return strings.ToLower(t.Text) == head }) {
			return o
		}
	}
	return -1
}

// formerlyDescribed reports whether sentence sj gives person e a former
// title or a post at an organization as former ("Former Kestrel Foods
// chairman Edmund Hale", "Hale, a former chairman of Kestrel Foods,").
func (d *stage) formerlyDescribed(e, sj int) bool {
	for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
		m := d.Mentions[mi]
		if m.Entity == e && d.formerTitle(m) || m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Org && d.formerPost(mi) {
			return true
		}
	}
	return false
}

// roleNamedWith counts, when sentence sj names person e, the role and
// office words it holds in lower case ("won the race for governor", "was
// elected mayor"): a post other than one described before may be the
// one taken next.
func (d *stage) roleNamedWith(e, sj int) int {
	if !d.namedInSentence(e, sj) {
		return 0
	}
	s, n := d.Sentences[sj], 0
	for k := s.First; k < s.Last; k++ {
		if t := d.Tokens[k]; t.Word && !t.Cap && rules.RoleNouns[t.Text] {
			n++
		}
	}
	return n
}

// describedIn returns the organization that a description of person e
// in sentence sj ties e to (see describedBy), or -1.
func (d *stage) describedIn(e, sj int) int {
	first := d.FirstMentionIn(sj)
	for mi := first; mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
		m := d.Mentions[mi]
		if m.Entity != e || m.Pronoun {
			continue
		}
		// before the name
		for oi := mi - 1; oi >= first && oi >= mi-2; oi-- {
			o := d.Mentions[oi]
			if o.Entity >= 0 && d.Entities[o.Entity].Type == doc.Org && d.onlyRoleWords(o.Last, m.First) {
				return o.Entity
			}
		}
		// after it: "Vance, its chief executive since 2019," with the
		// organization the paragraph has just named
		if k := m.Last; k+2 < d.Sentences[sj].Last && d.Tokens[k].Text == "," && strings.EqualFold(d.Tokens[k+1].Text, "its") {
			// the role's words, up to "since 2019" or the comma
			end := k + 2
			for end < d.Sentences[sj].Last && end < k+7 && d.Tokens[end].Word {
				end++
			}
			for end > k+2 && !d.onlyRoleWords(k+2, end) {
				end--
			}
			if o := d.paragraphOrg(sj); o >= 0 && end > k+2 {
				return o
			}
		}
		// after it
		for oi := mi + 1; oi < len(d.Mentions) && oi <= mi+2 && d.Mentions[oi].Sent == sj; oi++ {
			o := d.Mentions[oi]
			if o.Entity < 0 || d.Entities[o.Entity].Type != doc.Org || o.First <= m.Last || d.Tokens[m.Last].Text != "," {
				continue
			}
			if d.onlyRoleWords(m.Last, o.First) {
				return o.Entity
			}
			if o.First == m.Last+1 && d.possessive(o) {
				// "Okafor, Harlow Group's chief executive,"
				end := o.Last + 1 // past the "'s", to the phrase's last word
				for end < d.Sentences[sj].Last && d.Tokens[end].Word && end < o.Last+7 {
					end++
				}
				if d.onlyRoleWords(o.Last, end) {
					return o.Entity
				}
			}
		}
	}
	return -1
}

// tiedOrg returns the one organization sentence si names, when it names
// it after "at", "of" or "with" ("After 22 years at the helm of Harwick
// General Hospital, Dawson will retire"), or -1: the place a departure
// that names none most likely leaves.
func (d *stage) tiedOrg(si int) int {
	org, tied := -1, false
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org {
			continue
		}
		if org >= 0 && org != m.Entity {
			return -1
		}
		org = m.Entity
		if k := m.TitleFirst - 1; k >= 0 && !m.Pronoun {
			if m.Rule == "org-the" || strings.EqualFold(d.Tokens[k].Text, "the") {
				k-- // "at the Harwick …"
			}
			if k >= 0 {
				w := d.Tokens[k].Lower
				tied = tied || w == "at" || w == "of" || w == "with"
			}
		}
	}
	if !tied {
		return -1
	}
	return org
}

// paragraphOrg returns the one organization that sentence si's
// paragraph names in its two sentences before si and in si itself, or -1
// when it names none or several.
func (d *stage) paragraphOrg(si int) int {
	org := -1
	for sj := si; sj >= 0 && sj >= si-2 && d.SameParagraph(sj, si); sj-- {
		for mi := d.FirstMentionIn(sj); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == sj; mi++ {
			m := d.Mentions[mi]
			if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Org || d.Quoted[m.First] || d.formerPost(mi) || d.CitedSource(mi) || d.othersOf(m) {
				continue
			}
			if org >= 0 && org != m.Entity {
				return -1
			}
			org = m.Entity
		}
	}
	return org
}

// othersOf reports whether mention m names an organization only as the
// one unnamed others belong to ("days after FBI agents searched her
// home", "Tesla workers"): a plural word for people right after it.
func (d *stage) othersOf(m doc.Mention) bool {
	if m.Pronoun || m.Last >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[m.Last]
	return t.Word && !t.Cap && strings.HasSuffix(t.Text, "s") && rules.PersonNounPlural(t.Text)
}

// titleOrg returns the organization, named in the article, whose post a
// title before person e's name gives ("Labor Secretary Renata Villa …"
// and "the Department of Labor" elsewhere), or -1.
func (d *stage) titleOrg(e int) int {
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		if m.Title == "" || d.formerTitle(m) {
			continue // (a former title names a post no longer held: "Former Labor Secretary Ana Ruiz")
		}
		org := rules.Titles[m.Title].Org
		if org == "" {
			continue
		}
		for o, ent := range d.Entities {
			if ent.Type == doc.Org && (ent.Name == org || ent.KB != nil && ent.KB.Name == org) {
				return o
			}
		}
	}
	return -1
}

// formerTitle reports whether person mention m's title is a former one
// ("Former Labor Secretary Ana Ruiz", "ex-Senator Pike", "the then
// secretary", "then-Secretary").
func (d *stage) formerTitle(m doc.Mention) bool {
	for k := max(m.TitleFirst-1, 0); k <= m.TitleFirst && k < m.First; k++ {
		w := d.Tokens[k].Lower
		if w == "former" || w == "onetime" || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-") ||
			w == "then" && k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "the") {
			return true // (not the adverb: "and then Labor Secretary Ruiz resigned")
		}
	}
	return strings.Contains(strings.ToLower(m.Title), "former")
}

// formerPost reports whether organization mention mi is the
// organization of a post someone held before: "a former ambassador to
// the United Nations", "the ex-chief of Halvorsen Capital".
func (d *stage) formerPost(mi int) bool {
	m := d.Mentions[mi]
	for k := m.TitleFirst - 1; k >= 0 && k >= m.TitleFirst-6 && d.SentenceOf(k) == m.Sent; k-- {
		w := d.Tokens[k].Lower
		switch {
		case w == "former" || w == "onetime" || strings.HasPrefix(w, "ex-"):
			return true
		case !d.Tokens[k].Word || d.Tokens[k].Cap:
			return false
		case !rules.RoleNouns[w] && !roleModifiers[w] && w != "of" && w != "to" && w != "at" && w != "for" && w != "the" && w != "a" && w != "an":
			return false // (not across a verb: "The former president criticized Halvorsen Capital")
		}
	}
	return false
}

// onlyRoleWords reports whether tokens [i, j) hold at least one role word
// and otherwise only articles, possessive endings, "of", "at" and commas:
// the words by which an organization describes a person.
func (d *stage) onlyRoleWords(i, j int) bool {
	role := false
	if j-i > 7 {
		return false
	}
	for k := i; k < j; k++ {
		w := d.Tokens[k].Lower
		switch {
		case w == "former" || strings.HasPrefix(w, "ex-") || w == "then":
			return false
		case w == "the" || w == "a" || w == "an" || w == "of" || w == "at" || w == "," || w == "'s" || w == "’s" || w == "chief":
		case rules.RoleNouns[w] || rules.PersonNoun(w):
			role = true
		default:
			return false
		}
	}
	return role
}
