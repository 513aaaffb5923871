// Package dates is the stage of extraction that finds the date
// expressions of every sentence and normalises them against the
// publication date (or an embedded post's own date), and sets the day of
// the news the article leads with. It reads tokens, sentences, quotation
// marks, mentions and entities (for "the start of Trump's second term")
// and adds Doc.Dates and Doc.LeadDay.
package dates

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/rules"
	"github.com/powermap/powermap/extract/syntax"
)

// stage is the document while the stage runs.
type stage struct{ *doc.Doc }

// Run adds the date layer and the lead day to d, which must have its
// entities.
func Run(d *doc.Doc) {
	s := &stage{d}
	s.findDates()
	s.findTermDates()
	s.findLeadDay()
	s.findEntryDays()
}

// timeStamp matches a live blog's time that opens an entry, alone on its
// line or before the entry's words: "7.52pm", "9:14 a.m. —", "14:05 BST".
var timeStamp = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[ap]m|[AP]M|GMT|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|UTC|IST|WAT|EAT|SAST)?(?:\s*[—–:-]\s*|\s*$|\s+[A-Z])`)

// findEntryDays sets the day of each entry of a live blog: an article
// with two or more time-stamped entries tells each one's news on the day
// it is posted — the publication day, or the day a line of its own
// dates, such as "Thursday 16 October 2025" above the entries.
func (d *stage) findEntryDays() {
	if d.Published.IsZero() {
		return
	}
	stamps := 0
	first := -1
	for si, s := range d.Sentences {
		if s.Post < 0 && !s.Title && timeStamp.MatchString(d.Text[s.Start:s.End]) {
			stamps++
			if first < 0 {
				first = si
			}
		}
	}
	if stamps < 2 {
		return
	}
	d.EntryDay = make([]string, len(d.Sentences))
	cur := day(d.Published)
	for si := range d.Sentences {
		// (a line that is only a day dates the entries after it)
		if v := d.onlyDay(si); v != "" {
			cur = v
		}
		if si >= first {
			d.EntryDay[si] = cur
		}
	}
}

// onlyDay returns the day sentence si names when it is nothing but a
// date ("Thursday 16 October 2025", "Oct. 16"), else "".
func (d *stage) onlyDay(si int) string {
	s := d.Sentences[si]
	for _, de := range d.Dates {
		if de.Sent != si || len(de.Value) != 10 {
			continue
		}
		rest := strings.Trim(d.Text[s.Start:de.Start]+d.Text[de.End:s.End], " \t.,")
		if _, wd := weekdays[strings.ToLower(rest)]; rest == "" || wd {
			return de.Value
		}
	}
	return ""
}

// How dates are read
//
// findDates reads every sentence token by token and normalises each date
// expression against a reference day: the publication date, or an
// embedded post's own date. An expression that names no day by itself
// takes its meaning from one of three things:
//
//   - The tense of its clause. A weekday, a month, a day of a month or a
//     holiday without a year points back in a past-tense clause ("met on
//     Tuesday") and ahead in a future one ("will meet on Tuesday", "is set
//     to meet", "plans to travel"); see clauseTense. A clause with no tense
//     word reads as past, the usual case in news. A weekday that is the
//     publication's own weekday is that very day in either tense ("said
//     Thursday" in a Thursday paper is today, as news writing uses it);
//     "last Thursday" is a week earlier and "next Thursday" a week later.
//   - The previous dated day of the article ("the next day", "the night
//     before", "two days later", "that evening", "the following Monday"):
//     the last day-precision date earlier in the same sentence, else in an
//     earlier sentence. "At the time" is the previous date of any
//     precision (none past a sentence that opened with "when", "after" …,
//     setting a time of its own); "days later", its month.
//   - The calendar: holidays are computed from their rule in
//     rules/dateholidays.txt (Thanksgiving is the fourth Thursday of
//     November of whichever year the clause points to), not listed per year.
//
// Each such expression read as past keeps its future reading too
// (DateExpr.Ahead), for the event stage to take when the clause it dates
// is planned. An article with no publication date dates only what names
// its year.
//
// Precision is what the text pins. A week ("last week", "earlier this
// week", "two weeks ago") gives the month most of its days lie in. A season
// ("last summer", "this spring", "in the fall of 2024") pins neither month
// nor day and gives a year (nothing for a winter that spans two years).
// Vague spans ("in recent weeks", "recently", "a few weeks ago") are kept
// with an empty value so that they still count as a date being stated;
// "a few days ago" lies within the week and gives the month of three days
// back, "a couple of weeks ago" the month of two weeks back.

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

var months = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		months[full] = m
		months[full[:3]] = m
	}
	months["sept"] = time.September
}

// tense is the time a clause speaks of.
type tense int8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// The tense lexicon of rules/datetense.txt.
var (
	futureWords   = map[string]bool{}
	futureToWords = map[string]bool{}
	pastWords     = map[string]bool{}
	notPastWords  = map[string]bool{}
	pastAfterOne  = map[string]bool{}
)

func init() {
	for _, line := range rules.Lines("datetense.txt") {
		class, words, ok := strings.Cut(line, ":")
		if !ok {
			panic("rules/datetense.txt: line without a class: " + line)
		}
		set := map[string]map[string]bool{"future": futureWords, "future-to": futureToWords, "past": pastWords, "not-past": notPastWords, "past-after-one": pastAfterOne}[strings.TrimSpace(class)]
		if set == nil {
			panic("rules/datetense.txt: unknown class " + class)
		}
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
	}
}

// clauseBreaks are the words that open a new clause: a tense word beyond
// one counts for less than a tense word within the date's own clause.
var clauseBreaks = rules.Set(dateClasses["clause-break"])

// dateClasses are the classes of words of rules/datewords.txt.
var dateClasses = rules.Classes("datewords.txt")

// inCondition reports whether token k stands in a clause opened by "if",
// "unless", "once", "until" or "when" (within a few words, with no comma
// between): "would sue him if Varga cut funding on Friday", where the
// bare form speaks of what may come.
func (d *stage) inCondition(s doc.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-6; j-- {
		switch d.Tokens[j].Lower {
		case "if", "unless", "once", "until", "when":
			return true
		case ",", ";", ":", "—":
			return false
		}
	}
	return false
}

// pluralPronouns may open a sentence with a capital; after them a
// bare-form verb ("They hit back") tells no tense.
var pluralPronouns = map[string]bool{"they": true, "we": true, "i": true, "you": true}

// tenseAt returns the tense token k of sentence s marks by itself: "will",
// "’ll", "set to", "is meeting", "was", "met", "-ed" verbs.
func (d *stage) tenseAt(s doc.Sentence, k int) tense {
	tok := d.Tokens[k]
	if !tok.Word {
		return tenseNone
	}
	w := strings.ToLower(tok.Text)
	next := func(n int) string {
		if k+n >= s.Last {
			return ""
		}
		return d.Tokens[k+n].Lower
	}
	prev := ""
	if k > s.First {
		prev = d.Tokens[k-1].Lower
	}
	switch {
	case futureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return tenseFuture
	case (w == "starting" || w == "beginning" || w == "effective") && (next(1) == "in" || next(1) == "on" || next(1) == "next" || isMonthWord(next(1))):
		// "tapped her to serve as its next chief, starting in
		// September": when a post or a plan takes effect.
		return tenseFuture
	case futureToWords[w] && next(1) == "to":
		return tenseFuture
	case (w == "is" || w == "are" || w == "was" || w == "were") && next(1) == "to" && next(2) != "" && next(2) != "blame" && d.Tokens[k+2].Word && !d.Tokens[k+2].Cap:
		// "is to meet", "was to speak": a plan.
		return tenseFuture
	case (w == "is" || w == "are" || w == "am" || w == "’s" || w == "'s") && isProgressive(next(1)):
		// "is hosting a dinner on Friday": the present progressive of news
		// speaks of what is arranged.
		return tenseFuture
	case pastWords[w]:
		return tensePast
	case pastAfterOne[w] && k > s.First && (prev == "he" || prev == "she" || prev == "it" || d.Tokens[k-1].Cap && d.Tokens[k-1].Word && !pluralPronouns[prev]) && !d.inCondition(s, k):
		// "Okafor hit back on Monday": one who hits now "hits" (not
		// "They hit back", nor a sentence's first word: "Set to meet …")
		return tensePast
	case strings.HasSuffix(w, "ed") && (len(w) >= 5 || syntax.PastForm(w)) && !notPastWords[w] && (!tok.Cap || k == s.First):
		// (four letters too: "sued", "owed", "tied")
		switch prev {
		case "be", "been", "being", "is", "are", "am", "get", "gets", "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your":
			// a passive after "be" ("will be joined") or an adjective
			// ("the planned meeting") carries no tense of its own.
			return tenseNone
		}
		return tensePast
	}
	return tenseNone
}

// asRole reports whether token k is an "as" that gives a role ("sworn
// in as chair", "as its new president"), a preposition that opens no
// clause.
func (d *stage) asRole(s doc.Sentence, k int) bool {
	if !strings.EqualFold(d.Tokens[k].Text, "as") {
		return false
	}
	for j := k + 1; j < s.Last && j <= k+4; j++ {
		w := d.Tokens[j].Lower
		if rules.RoleWord(w) {
			// (not a clause's subject: "as the president said")
			if n := j + 1; n < s.Last {
				if v := d.Tokens[n].Lower; rules.SpeechVerbs[v] || syntax.PastForm(v) || d.tenseAt(s, n) != tenseNone {
					return false
				}
			}
			return true
		}
		switch w {
		case "a", "an", "the", "its", "his", "her", "their", "interim", "acting", "new", "former", "deputy", "chief", "senior", "vice":
			continue
		}
		return false
	}
	return false
}

// isProgressive reports whether w is an "-ing" verb form.
func isProgressive(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "nothing" && w != "something" && w != "everything" && w != "anything"
}

// clauseTense returns the tense of the clause holding tokens [from, to) of
// sentence s: that of the nearest tense word, where a clause break (a
// comma, a dash, "that", "when", "but", …) makes a word count as further
// away. Words inside a quotation count only for a date inside it, and the
// other way round.
func (d *stage) clauseTense(s doc.Sentence, from, to int) tense {
	inQuote := d.Quoted[from]
	// A date in the phrase that opens the sentence, before any comma or
	// verb ("On Wednesday, …", "In a televised address on Sunday night,
	// …"), is the main clause's, its attribution too.
	opening := true
	for k := s.First; k < from && opening; k++ {
		opening = d.Tokens[k].Text != "," && !d.Quoted[k] && d.tenseAt(s, k) == tenseNone
	}
	best, bestDist := tenseNone, 1<<30
	// A date in a relative clause ("Oyelaran, who stepped down in
	// January, will join …", "Moss, a former chief who was given the job
	// in December, will remain …") takes the clause's tense: its closing
	// comma ends it.
	relative := false
	for k := from - 1; k > s.First; k-- {
		w := d.Tokens[k].Lower
		if w == "," || w == "(" || w == "—" {
			break
		}
		if w == "who" || w == "which" || w == "whom" || w == "whose" {
			relative = true
			break
		}
	}
	scan := func(k, step int) {
		dist := 0
		comma := false
		for ; k >= s.First && k < s.Last; k += step {
			dist++
			if dist >= bestDist {
				return
			}
			tok := d.Tokens[k]
			if d.Quoted[k] != inQuote {
				if !d.Quoted[k] {
					dist += 6 // the marks around a quotation
				}
				continue
			}
			switch {
			case tok.Text == "," && step > 0 && relative:
				dist += 6
				continue
			case tok.Text == "," || tok.Text == "and":
				dist += 2
				comma = comma || tok.Text == ","
				continue
			case step > 0 && comma && !opening && rules.SpeechVerbs[strings.ToLower(tok.Text)]:
				// "… on Thursday, the ministry said": the attribution
				// has a tense of its own — unless the date opens the
				// sentence ("On Wednesday, Cole said he would sue …").
				dist += 6
				continue
			case tok.Text == ";" || tok.Text == ":" || tok.Text == "—" || tok.Text == "–" || tok.Text == "(" || tok.Text == ")" ||
				tok.Text == "“" || tok.Text == "”" || tok.Text == "\"":
				dist += 6
				continue
			case clauseBreaks[strings.ToLower(tok.Text)] && !d.asRole(s, k):
				dist += 6
				continue
			}
			if t := d.tenseAt(s, k); t != tenseNone {
				if w := strings.ToLower(tok.Text); (w == "upcoming" || w == "forthcoming") && dist+4 >= bestDist {
					// an adjective's future ("the upcoming vote") is
					// weaker than a verb's tense a little further off
					return
				}
				best, bestDist = t, dist
				return
			}
		}
	}
	scan(from-1, -1)
	scan(to, 1)
	return best
}

// timeClauseWords open a clause that sets a time of its own ("When she
// ran for mayor, …").
var timeClauseWords = map[string]bool{"when": true, "while": true, "after": true, "before": true, "during": true, "until": true, "once": true, "as": true}

// monthDeterminers may open a noun phrase a month name modifies ("a
// September interview").
var monthDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true}

// dateMods are the words that may modify a weekday, a month or a year
// before it.
var dateMods = rules.Set(dateClasses["modifier"])

// numberWords are the counts of "two days ago", "three weeks later".
var numberWords = rules.Numbers(dateClasses["count"])

// quarterWords number the quarters of a year; -1 is "last" or "final".
var quarterWords = rules.Numbers(dateClasses["quarter"])

// vagueCounts are counts that give no number: "a few days ago".
var vagueCounts = rules.Set(dateClasses["vague-count"])

// dayParts follow a weekday or "that": "Tuesday night", "that evening".
var dayParts = rules.Set(dateClasses["day-part"])

// dateScan is the state of findDates across sentences.
type dateScan struct {
	d            *stage
	lastDay      time.Time // the previous day-precision date of the article
	lastDate     string    // the previous date of any precision
	lastDateSent int       // the sentence lastDate was told in
	ahead        string    // the future reading of the expression being read (DateExpr.Ahead)
	noRef        bool      // the sentence has no reference day: the article is undated
}

// findDates finds and normalises the date expressions of every sentence
// against the publication date (or an embedded post's own date).
func (d *stage) findDates() {
	sc := &dateScan{d: d}
	for si, s := range d.Sentences {
		ref := d.Published
		if s.Post >= 0 && !d.Article.Posts[s.Post].Posted.IsZero() {
			ref = d.Article.Posts[s.Post].Posted
		}
		if !d.mayHoldDate(s) {
			continue
		}
		// Without a publication date only what names its year can be
		// dated ("in March 2025", "on Jan. 12, 2026", "in 2019").
		sc.noRef = ref.IsZero()
		sc.sentence(si, ref)
	}
}

// namesYear reports whether tokens [from, to) hold a year or a full
// ISO date.
func (d *stage) namesYear(from, to int) bool {
	for k := from; k < to; k++ {
		if w := d.Tokens[k].Lower; isYearToken(w) || isISODate(w) {
			return true
		}
	}
	return false
}

// inName reports whether tokens [from, to) lie inside the name of a
// person or organization.
func (d *stage) inName(from, to int) bool {
	for mi := d.FirstMentionIn(d.SentenceOf(from)); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].First < to; mi++ {
		m := d.Mentions[mi]
		if (m.Type == doc.Org || m.Type == doc.Person) && !m.Pronoun && m.Rule != "description" && m.First <= from && to <= m.Last && m.Last-m.First > to-from {
			// (not a description: "during the 2024 campaign" is dated)
			return true
		}
	}
	return false
}

// sentence reads the date expressions of sentence si.
func (sc *dateScan) sentence(si int, ref time.Time) {
	d := sc.d
	s := d.Sentences[si]
	add := func(from, to int, v string) {
		if d.inName(from, to) {
			return // "Citizens for a Better Tomorrow", "The Evening Ledger"
		}
		future := d.clauseTense(s, from, to) == tenseFuture
		if doc.CompareDay(v, ref) < 0 {
			future = false // "who stepped down last month" in a sentence about what will be
		}
		ahead := sc.ahead
		sc.ahead = ""
		if sc.noRef && !d.namesYear(from, to) {
			v, ahead = "", ""
		}
		if ahead == v || future {
			ahead = ""
		}
		if f, shifted := sc.countedFrom(s, from, v); f >= 0 {
			from, v, ahead = f, shifted, ""
		}
		d.Dates = append(d.Dates, doc.DateExpr{Start: d.Tokens[from].Start, End: d.Tokens[to-1].End, Sent: si, Value: v, Future: future, Ahead: ahead})
		if v != "" {
			sc.lastDate, sc.lastDateSent = v, si
		}
		if len(v) == 10 {
			sc.lastDay, _ = time.Parse("2006-01-02", v)
		}
	}
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	for k := s.First; k < s.Last; k++ {
		if !d.Tokens[k].Word {
			continue
		}
		sc.ahead = ""
		w := low(k)
		if from, to, v, ok := sc.holidayAt(s, k, ref); ok {
			add(from, to, v)
			k = to - 1
			continue
		}
		if wd, ok := weekdays[w]; ok {
			if p := low(k - 1); p == "every" || p == "each" || p == "any" || p == "a" && (k+1 >= s.Last || !d.Tokens[k+1].Word) {
				continue // "every Monday", "Feb. 3, a Tuesday": no day of its own; "a Monday interview" is one
			}
			from, to, v := sc.weekday(s, k, wd, ref)
			add(from, to, v)
			k = to - 1
			continue
		}
		if from, to, v, ok := sc.relative(s, k, ref); ok {
			add(from, to, v)
			k = to - 1
			continue
		}
		switch {
		case isMonthWord(d.Tokens[k].Text):
			from, to, v, ok := sc.monthAt(s, k, ref)
			if ok {
				add(from, to, v)
				k = to - 1
			}
		case k+1 < s.Last && isMonthWord(d.Tokens[k+1].Text) && isDayNumber(w):
			// "28 February", "4 March 2025": day before month.
			dd, _ := dayNumber(w)
			m := months[strings.ToLower(strings.TrimSuffix(d.Tokens[k+1].Text, "."))]
			if y, ok := yearNumber(low(k + 2)); ok {
				add(k, k+3, day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)))
				k += 2
			} else {
				sc.ahead = day(nearestDate(ref, m, dd, tenseFuture))
				add(k, k+2, day(nearestDate(ref, m, dd, d.clauseTense(s, k, k+2))))
				k++
			}
		case isISODate(w):
			add(k, k+1, w)
		case isYearToken(w):
			if k > s.First && (d.Tokens[k-1].Text == "$" || d.Tokens[k-1].Text == ",") {
				continue
			}
			y, _ := yearNumber(strings.TrimPrefix(w, "mid-"))
			from := k
			if dateMods[low(k-1)] {
				from = k - 1
			}
			add(from, k+1, strconv.Itoa(y))
		case seasons[w] != 0 && sc.isSeason(s, k):
			from, to, v := sc.season(s, k, ref)
			add(from, to, v)
			k = to - 1
		}
	}
}

// weekday resolves the weekday at token k with its modifier before it
// ("last", "this past", "next", "the following", "on", "late") and the part
// of the day after it ("night"); a full date right after it ("Friday, June
// 6") gives the value.
func (sc *dateScan) weekday(s doc.Sentence, k int, wd time.Weekday, ref time.Time) (from, to int, v string) {
	d := sc.d
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	from, to = k, k+1
	mod := low(k - 1)
	if dateMods[mod] {
		from = k - 1
	}
	if mod == "past" && low(k-2) == "this" {
		from = k - 2
	}
	if (mod == "following" || mod == "next" || mod == "previous") && low(k-2) == "the" {
		from = k - 2
		mod = "the " + mod
	}
	if dayParts[low(k+1)] {
		to = k + 2
	}
	// "Friday, June 6, 2025": the date that follows names the day.
	n := to
	if low(n) == "," {
		n++
	}
	if n < s.Last && isMonthWord(d.Tokens[n].Text) {
		if _, _, mv, ok := sc.monthAt(s, n, ref); ok && len(mv) == 10 {
			return from, to, mv
		}
		sc.ahead = ""
	}
	var t time.Time
	switch mod {
	case "last", "past":
		t = previousWeekday(ref, wd, true)
	case "next":
		t = nextWeekday(ref, wd, true)
	case "since":
		t = previousWeekday(ref, wd, false)
	case "the following", "the next":
		if sc.lastDay.IsZero() {
			return from, to, ""
		}
		t = nextWeekday(sc.lastDay, wd, true)
	case "the previous":
		if sc.lastDay.IsZero() {
			return from, to, ""
		}
		t = previousWeekday(sc.lastDay, wd, true)
	default:
		if d.clauseTense(s, from, to) == tenseFuture {
			t = nextWeekday(ref, wd, false)
		} else {
			t = previousWeekday(ref, wd, false)
			sc.ahead = day(nextWeekday(ref, wd, false))
		}
	}
	return from, to, day(t)
}

// monthAt resolves a month name at token k: "Jan. 5", "January 5, 2025",
// "May 2025", "January of 2024", "last May", "earlier in December". ok is
// false for a bare month name, which reads as a name or a verb ("May").
func (sc *dateScan) monthAt(s doc.Sentence, k int, ref time.Time) (from, to int, v string, ok bool) {
	d := sc.d
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	m := months[strings.TrimSuffix(low(k), ".")]
	if dd, ok := dayNumber(low(k + 1)); ok {
		to := k + 2
		comma := 0
		if low(to) == "," {
			comma = 1
		}
		if y, ok := yearNumber(low(to + comma)); ok {
			return k, to + comma + 1, day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)), true
		}
		sc.ahead = day(nearestDate(ref, m, dd, tenseFuture))
		return k, to, day(nearestDate(ref, m, dd, d.clauseTense(s, k, to))), true
	}
	if y, ok := yearNumber(low(k + 1)); ok {
		return k, k + 2, fmt.Sprintf("%04d-%02d", y, int(m)), true
	}
	of := 0
	if low(k+1) == "of" {
		if y, ok := yearNumber(low(k + 2)); ok {
			return k, k + 3, fmt.Sprintf("%04d-%02d", y, int(m)), true
		}
		of = 1
	}
	// "January last year", "March of last year", "May this year" (not
	// "Theresa May last year": a month inside a name is none).
	if y := low(k + 1 + of); (y == "last" || y == "this" || y == "next") && low(k+2+of) == "year" && !d.inName(k, k+1) {
		step := map[string]int{"last": -1, "this": 0, "next": 1}[y]
		start := k
		if dateMods[low(k-1)] {
			start = k - 1
		}
		return start, k + 3 + of, fmt.Sprintf("%04d-%02d", ref.Year()+step, int(m)), true
	}
	mod, from := low(k-1), k-1
	if mod == "in" && (low(k-2) == "earlier" || low(k-2) == "later" || low(k-2) == "early" || low(k-2) == "late") {
		mod, from = low(k-2), k-2
	} else if monthDeterminers[mod] && k+1 < s.Last && d.Tokens[k+1].Word && !d.Tokens[k+1].Cap && !d.inName(k, k+1) {
		// "In a September interview", "the June primary": the month
		// as a noun's modifier
		mod = ""
	} else if !dateMods[mod] {
		return 0, 0, "", false
	}
	if mod != "last" && mod != "earlier" && mod != "since" {
		sc.ahead = month(nearestMonth(ref, m, "next", tenseFuture))
	}
	return from, k + 1, month(nearestMonth(ref, m, mod, d.clauseTense(s, from, k+1))), true
}

// relative resolves the expressions counted from the publication day or
// from the article's previous date: "yesterday", "last night", "this
// morning", "the next day", "the night before", "two days later", "three
// weeks ago", "last week", "earlier this month", "that day", weekends and
// vague spans.
func (sc *dateScan) relative(s doc.Sentence, k int, ref time.Time) (from, to int, v string, ok bool) {
	d := sc.d
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	w, prev, next := low(k), low(k-1), low(k+1)
	base := sc.lastDay
	switch {
	case w == "the" && next == "day" && (low(k+2) == "before" && low(k+3) == "yesterday" || low(k+2) == "after" && low(k+3) == "tomorrow"):
		step := -2
		if low(k+3) == "tomorrow" {
			step = 2
		}
		return k, k + 4, day(ref.AddDate(0, 0, step)), true
	case w == "yesterday":
		return k, k + 1, day(ref.AddDate(0, 0, -1)), true
	case w == "tomorrow":
		return k, k + 1, day(ref.AddDate(0, 0, 1)), true
	case w == "today" || w == "tonight":
		return k, k + 1, day(ref), true
	case w == "last" && next == "night":
		return k, k + 2, day(ref.AddDate(0, 0, -1)), true
	case w == "this" && dayParts[next]:
		return k, k + 2, day(ref), true
	case w == "at" && (next == "the" || next == "that") && low(k+2) == "time" && low(k+3) != "of" && low(k+3) != "when":
		// "At the time she denounced him": the time of the date told
		// before ("the time of the vote" names its own), unless a
		// sentence since set another time without a date ("When she ran
		// for mayor, …").
		for p := sc.lastDateSent + 1; p < d.SentenceOf(k); p++ {
			if f := d.Sentences[p].First; timeClauseWords[d.Tokens[f].Lower] {
				return k, k + 3, "", true
			}
		}
		return k, k + 3, sc.lastDate, true
	case (w == "that" || w == "same") && (next == "day" || dayParts[next]):
		// "that day", "that night", "the same day", "later that evening"
		if base.IsZero() {
			return k, k + 2, "", true
		}
		return k, k + 2, day(base), true
	case w == "within" && (next == "hours" || next == "minutes" || next == "the" && low(k+2) == "hour"),
		(w == "hours" || w == "minutes" || w == "moments") && (next == "later" || next == "afterward" || next == "afterwards") && !isSmallNumber(prev) && numberWords[prev] == 0 && !vagueCounts[prev]:
		// "hit back within hours", "hours later": the day told last
		end := k + 2
		if next == "the" {
			end = k + 3
		}
		if base.IsZero() {
			return k, end, "", true
		}
		return k, end, day(base), true
	case w == "the" && (next == "next" || next == "following" || next == "previous" || next == "prior") && (low(k+2) == "day" || dayParts[low(k+2)]):
		// "the next day", "the following morning", "the previous night"
		step := 1
		if next == "previous" || next == "prior" {
			step = -1
		}
		return k, k + 3, sc.fromBase(ref, step), true
	case w == "the" && (next == "day" || dayParts[next]) && (low(k+2) == "before" || low(k+2) == "after" || low(k+2) == "prior"):
		// "the day before", "the night before", "the day after"; not "the
		// day after the election", which names its own base.
		if sc.namesBase(s, k+3) {
			return 0, 0, "", false
		}
		step := -1
		if low(k+2) == "after" {
			step = 1
		}
		return k, k + 3, sc.fromBase(ref, step), true
	case (w == "day" || w == "night" || w == "week") && (prev == "a" || prev == "one") && (next == "before" || next == "after") && sc.clauseBase(s, k+2):
		// "resigned on Tuesday, a day after Okafor threatened to fire
		// her": what the clause tells came a day before the day told.
		step := -1
		if next == "before" {
			step = 1
		}
		if w == "week" {
			step *= 7
		}
		return k - 1, k + 2, day(sc.lastDay.AddDate(0, 0, step)), true
	case (numberWords[w] > 0 || isSmallNumber(w)) && (next == "days" || next == "weeks") && (low(k+2) == "before" || low(k+2) == "after") && sc.clauseBase(s, k+3):
		// "two days after Okafor criticized her", counted back from
		// the day told before it in the sentence.
		n := numberWords[w]
		if n == 0 {
			n, _ = strconv.Atoi(w)
		}
		if next == "weeks" {
			n *= 7
		}
		if low(k+2) == "after" {
			n = -n
		}
		return k, k + 3, day(sc.lastDay.AddDate(0, 0, n)), true
	case (w == "day" || w == "night") && (prev == "a" || prev == "one") && (next == "later" || next == "earlier" || next == "before" || next == "after") && !sc.namesBase(s, k+2):
		step := 1
		if next == "earlier" || next == "before" {
			step = -1
		}
		return k - 1, k + 2, sc.fromBase(ref, step), true
	case w == "the" && (next == "next" || next == "following" || next == "previous") && (low(k+2) == "week" || low(k+2) == "month" || low(k+2) == "year"):
		step := 1
		if next == "previous" {
			step = -1
		}
		return k, k + 3, sc.periodFromLast(low(k+2), step), true
	case w == "the" && (next == "week" || next == "month" || next == "year") && (low(k+2) == "before" || low(k+2) == "after"):
		if sc.namesBase(s, k+3) {
			return 0, 0, "", false
		}
		step := 1
		if low(k+2) == "before" {
			step = -1
		}
		return k, k + 3, sc.periodFromLast(next, step), true
	case w == "that" && (next == "week" || next == "month" || next == "year"):
		return k, k + 2, sc.periodFromLast(next, 0), true
	case (numberWords[w] > 0 || isSmallNumber(w)) && isUnit(next) && (low(k+2) == "ago" || low(k+2) == "later" || low(k+2) == "earlier" || low(k+2) == "before" || low(k+2) == "after"):
		// "two days ago", "a week later", "3 months earlier"
		n := numberWords[w]
		if n == 0 {
			n, _ = strconv.Atoi(w)
		}
		if low(k+2) == "before" || low(k+2) == "after" {
			if sc.namesBase(s, k+3) {
				return 0, 0, "", false // "two days before the vote": counted from what it names
			}
		}
		unit := strings.TrimSuffix(next, "s")
		if unit == "decade" {
			unit, n = "year", 10*n
		}
		if low(k+2) == "ago" {
			return k, k + 3, shift(ref, unit, -n), true
		}
		step := n
		if low(k+2) == "earlier" || low(k+2) == "before" {
			step = -n
		}
		if unit == "week" && !sc.lastDay.IsZero() && len(sc.lastDate) == 10 {
			// "The board voted on Aug. 22 … A week earlier, …": counted
			// from a day, weeks pin a day as days do.
			return k, k + 3, day(sc.lastDay.AddDate(0, 0, 7*step)), true
		}
		// (from the date told before, at its precision where that is no
		// day: "in 2019 … two years later" is 2021)
		return k, k + 3, sc.periodFromLast(unit, step), true
	case vagueCounts[w] && (isUnit(next) || (next == "of" && isUnit(low(k+2)))):
		// "a few weeks ago", "several weeks later": no number, no date
		// (but days ago stay within the week).
		end := k + 2
		if next == "of" {
			end = k + 3
		}
		if n := low(end); n == "ago" || n == "later" || n == "earlier" {
			if n == "later" && low(end-1) == "days" {
				return k, end + 1, sc.monthOfLast(), true // "a few days later": that month
			}
			if n == "ago" && low(end-1) == "days" && (w == "few" || w == "several" || w == "couple") {
				// "a few days ago": a day or so under a week back, in the
				// month of three days before.
				return k, end + 1, month(ref.AddDate(0, 0, -3)), true
			}
			if n == "ago" && w == "couple" && low(end-1) == "weeks" {
				return k, end + 1, shift(ref, "week", -2), true // "a couple of weeks ago": two
			}
			return k, end + 1, "", true
		}
	case w == "days" && next == "later" && !vagueCounts[prev] && !isSmallNumber(prev) && numberWords[prev] == 0:
		// "Okafor mocked Varga days later": the month of the date told
		// before.
		return k, k + 2, sc.monthOfLast(), true
	case (w == "week" || w == "month" || w == "year") && (prev == "last" || prev == "this" || prev == "next" || prev == "past"):
		start := k - 1
		if prev == "past" && (low(k-2) == "the" || low(k-2) == "this") {
			start = k - 2
		}
		if prev == "this" && (low(k-2) == "earlier" || low(k-2) == "later" || low(k-2) == "early" || low(k-2) == "late") {
			start = k - 2
			if w == "week" {
				return start, k + 1, partOfWeek(ref, low(k-2)), true
			}
		}
		return start, k + 1, relativePeriod(ref, prev, w), true
	case (w == "earlier" || w == "later" || w == "early" || w == "late") && next == "in" && low(k+2) == "the" && (low(k+3) == "week" || low(k+3) == "month" || low(k+3) == "year"):
		// "earlier in the week": the week, month or year of the news.
		if low(k+3) == "week" {
			return k, k + 4, partOfWeek(ref, w), true
		}
		return k, k + 4, relativePeriod(ref, "this", low(k+3)), true
	case w == "of" && next == "the" && (low(k+2) == "month" || low(k+2) == "week") && (prev == "end" || prev == "start" || prev == "beginning" || prev == "middle"):
		// "at the end of the month": the month (or week) of the news.
		if low(k+2) == "week" {
			return k, k + 3, partOfWeek(ref, prev), true
		}
		return k, k + 3, relativePeriod(ref, "this", low(k+2)), true
	case w == "of" && next == "the" && low(k+2) == "year" && low(k+3) != "award":
		// "in the first three months of the year", "by the end of the
		// year": the year of the news.
		return k, k + 3, strconv.Itoa(ref.Year()), true
	case w == "weekend" && (prev == "the" || prev == "this" || prev == "last" || prev == "past"):
		sat := previousWeekday(ref, time.Saturday, prev == "last")
		if prev == "this" && d.clauseTense(s, k-1, k+1) == tenseFuture {
			sat = nextWeekday(ref, time.Saturday, false)
		}
		return k - 1, k + 1, day(sat), true
	case quarterWords[w] != 0 && next == "quarter" && (prev == "the" || prev == "this" || w == "last"):
		// "in the second quarter", "the final quarter of 2024", "last
		// quarter": a year.
		from := k - 1
		if prev != "the" && prev != "this" {
			from = k
		}
		if y, ok := yearNumber(low(k + 3)); ok && low(k+2) == "of" {
			return from, k + 4, strconv.Itoa(y), true
		}
		q := quarterWords[w]
		if q < 0 {
			if prev == "the" {
				q = 4 // "the last quarter": of the year
			} else {
				// "last quarter": the one before the reference day's
				prevQ := time.Date(ref.Year(), ref.Month()-3, 1, 0, 0, 0, 0, time.UTC)
				return from, k + 2, strconv.Itoa(prevQ.Year()), true
			}
		}
		start := time.Date(ref.Year(), time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		y := ref.Year()
		switch t := d.clauseTense(s, from, k+2); {
		case t == tenseFuture && start.AddDate(0, 3, 0).Before(ref):
			y++
		case t != tenseFuture && start.After(ref):
			y--
		}
		return from, k + 2, strconv.Itoa(y), true
	case w == "recent" && prev == "in":
		return k - 1, min(k+2, s.Last), "", true
	case w == "recently" || w == "lately":
		return k, k + 1, "", true
	}
	return 0, 0, "", false
}

// countedFrom resolves a span counted from the date v that starts at
// token from ("a day after the Nov. 5 election", "two days before
// Christmas", "the day after Thanksgiving", "four years after 2015"): it
// returns where the span starts and the day, month or year it gives, or
// -1. Days and weeks count from a day; months from a month or a day;
// years from any date.
func (sc *dateScan) countedFrom(s doc.Sentence, from int, v string) (int, string) {
	d := sc.d
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	k := from - 1
	if w := low(from); w == "after" || w == "before" {
		k = from // (the modifier taken into the span: "before Christmas")
	} else if w := low(k); w == "the" || w == "a" || w == "this" || w == "last" {
		k--
	}
	dir := 0
	switch low(k) {
	case "after":
		dir = 1
	case "before":
		dir = -1
	default:
		return -1, ""
	}
	if low(k-3) == "for" {
		return -1, "" // ("jailed for two years before 2020": how long, not when)
	}
	unit := strings.TrimSuffix(low(k-1), "s")
	n, scale := 0, 1
	if unit == "decade" {
		unit, scale = "year", 10
	}
	switch c := low(k - 2); {
	case numberWords[c] > 0:
		n = numberWords[c]
	case isSmallNumber(c):
		n, _ = strconv.Atoi(c)
	case c == "the" && !strings.HasSuffix(low(k-1), "s"):
		n = 1 // "the day after Thanksgiving"
	default:
		return -1, ""
	}
	n *= scale
	var t time.Time
	var err error
	switch {
	case (unit == "day" || unit == "week") && len(v) == 10:
		t, err = time.Parse("2006-01-02", v)
		if unit == "week" {
			n *= 7
		}
		if err != nil {
			return -1, ""
		}
		return k - 2, day(t.AddDate(0, 0, dir*n))
	case unit == "month" && len(v) >= 7:
		t, err = time.Parse("2006-01", v[:7])
		if err != nil {
			return -1, ""
		}
		return k - 2, month(t.AddDate(0, dir*n, 0))
	case unit == "year" && len(v) >= 4:
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return -1, ""
		}
		return k - 2, strconv.Itoa(y + dir*n)
	}
	return -1, ""
}

// namesBase reports whether token k, right after "the day before" or "two
// days after", starts what the span counts from ("the day before the
// vote", "two days after Christmas"): then it is no relative date.
func (sc *dateScan) namesBase(s doc.Sentence, k int) bool {
	if k >= s.Last {
		return false
	}
	t := sc.d.Tokens[k]
	if t.Cap && t.Word || isYearToken(strings.ToLower(t.Text)) {
		return true
	}
	switch strings.ToLower(t.Text) {
	case "the", "his", "her", "their", "its", "a", "an", "this", "that", "he", "she", "they", "it", "we", "i":
		return true
	}
	return false
}

// clauseBase reports whether the words from token k are a clause that a
// count of days before or after it dates from the day its sentence told
// just before ("resigned on Tuesday, a day after Okafor threatened …"):
// a name or a personal pronoun, then a verb in the past within four
// words, with a day told earlier in the same sentence.
func (sc *dateScan) clauseBase(s doc.Sentence, k int) bool {
	d := sc.d
	if k >= s.Last || sc.lastDay.IsZero() || len(sc.lastDate) != 10 || sc.lastDateSent != d.SentenceOf(k) {
		return false
	}
	if t := d.Tokens[k]; !(t.Cap && t.Word) {
		switch t.Lower {
		case "he", "she", "they", "it", "we", "i":
		default:
			return false
		}
	}
	for j := k + 1; j < s.Last && j <= k+4; j++ {
		t := d.Tokens[j]
		if !t.Word {
			return false
		}
		if !t.Cap && (syntax.PastForm(t.Lower) || strings.HasSuffix(t.Lower, "ed")) {
			return true
		}
	}
	return false
}

// monthOfLast returns the month of the date told before, when it names
// one, else "".
func (sc *dateScan) monthOfLast() string {
	if len(sc.lastDate) >= 7 {
		return sc.lastDate[:7]
	}
	return ""
}

// fromBase is the day step days from the article's previous dated day;
// after a coarser date told since, that date (a day of that month or
// year); without one, a step back counts from the reference day ("the
// day before" in an article that names no day means the day before its
// news) and a step forward gives no date.
func (sc *dateScan) fromBase(ref time.Time, step int) string {
	if sc.lastDate != "" && len(sc.lastDate) < 10 {
		// "Last month … the next morning": a day of the month told last,
		// no nearer than it says.
		return sc.lastDate
	}
	base := sc.lastDay
	if base.IsZero() {
		if step > 0 {
			return ""
		}
		base = ref
	}
	return day(base.AddDate(0, 0, step))
}

// periodFromLast resolves "the following week", "the previous month",
// "that year" against the article's previous date.
func (sc *dateScan) periodFromLast(unit string, step int) string {
	if !sc.lastDay.IsZero() && (sc.lastDate == "" || len(sc.lastDate) == 10) {
		return shift(sc.lastDay, unit, step)
	}
	// (a coarser date told since the last day is the nearer anchor: "the
	// 2019 campaign … that year")
	if sc.lastDate == "" {
		return ""
	}
	switch {
	case unit == "year":
		y, err := strconv.Atoi(sc.lastDate[:4])
		if err != nil {
			return ""
		}
		return strconv.Itoa(y + step)
	case unit == "month" && len(sc.lastDate) >= 7:
		t, err := time.Parse("2006-01", sc.lastDate[:7])
		if err != nil {
			return ""
		}
		return month(t.AddDate(0, step, 0))
	}
	return ""
}

// isUnit reports whether w is a unit of "two days ago".
func isUnit(w string) bool {
	switch w {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades":
		return true
	}
	return false
}

// isSmallNumber reports whether w is a count written in digits, 1 to 99.
func isSmallNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n < 100
}

// shift moves t by n units (day, week, month, year) and gives the result
// at the precision the unit pins: a day, the month of a whole week, a
// month, a year.
func shift(t time.Time, unit string, n int) string {
	switch unit {
	case "day":
		return day(t.AddDate(0, 0, n))
	case "week":
		return weekValue(weekStart(t.AddDate(0, 0, 7*n)))
	case "month":
		return month(time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
	case "year":
		return strconv.Itoa(t.Year() + n)
	}
	return ""
}

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	back := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -back)
}

// weekValue is the month a week starting on Monday mon falls in: the
// month of its Thursday, which holds four of its seven days (as ISO 8601
// gives a week the year of its Thursday). A reader dating "two weeks
// ago" by its month takes the month most of the week lay in; a year, or
// nothing, where the week straddles two months would be right only for a
// reader who dates it no closer than the year.
func weekValue(mon time.Time) string {
	return month(mon.AddDate(0, 0, 3))
}

// partOfWeek is the month of the part of the news day's week that which
// names: "earlier" (or "early", "start", "beginning") the days from Monday
// to the day before, "later" ("late", "end") the days after it to Sunday,
// "middle" the whole week; the month of the part's middle day.
func partOfWeek(ref time.Time, which string) string {
	mon := weekStart(ref)
	from, to := mon, mon.AddDate(0, 0, 6)
	switch which {
	case "earlier", "early", "start", "beginning":
		to = ref.AddDate(0, 0, -1)
	case "later", "late", "end":
		from = ref.AddDate(0, 0, 1)
	}
	if to.Before(from) {
		return weekValue(mon)
	}
	return month(from.AddDate(0, 0, int(to.Sub(from).Hours()/24)/2))
}

// relativePeriod resolves "last month", "this year", "next week", "the
// past week" against the reference day.
func relativePeriod(ref time.Time, mod, unit string) string {
	if mod == "past" {
		// "the past week": the seven days up to the reference day.
		switch unit {
		case "week":
			// (the month of its middle day, four days back, as weekValue
			// takes a week's Thursday)
			return month(ref.AddDate(0, 0, -4))
		case "month":
			return ""
		case "year":
			return ""
		}
	}
	step := map[string]int{"last": -1, "this": 0, "next": 1}[mod]
	switch unit {
	case "week":
		return weekValue(weekStart(ref).AddDate(0, 0, 7*step))
	case "month":
		return month(time.Date(ref.Year(), ref.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC))
	case "year":
		return strconv.Itoa(ref.Year() + step)
	}
	return ""
}

// seasons maps a season's name to its first month (winter: December).
var seasons = func() map[string]time.Month {
	out := map[string]time.Month{}
	for w, m := range rules.Numbers(dateClasses["season"]) {
		out[w] = time.Month(m)
	}
	return out
}()

// isSeason reports whether the season word at token k is used as a time:
// after "this", "last", "next", "in the", "early", "late", "the", or before
// a year ("fall of 2024", "summer 2025"); not "prices fall".
func (sc *dateScan) isSeason(s doc.Sentence, k int) bool {
	d := sc.d
	prev := ""
	if k > s.First {
		prev = d.Tokens[k-1].Lower
	}
	next := func(n int) string {
		if k+n >= s.Last {
			return ""
		}
		return d.Tokens[k+n].Lower
	}
	if _, ok := yearNumber(next(1)); ok {
		return true
	}
	if _, ok := yearNumber(next(2)); ok && next(1) == "of" {
		return true
	}
	switch prev {
	case "this", "last", "next", "past", "early", "late":
		return true
	case "the":
		if next(1) == "of" {
			return false // "the fall of the city"
		}
		if k-2 >= s.First {
			switch d.Tokens[k-2].Lower {
			case "in", "during", "over", "since", "by", "until", "through":
				return true
			}
		}
	}
	return false
}

// season resolves a season: a year, the one it starts in ("last summer"
// in an article of March 2026 is 2025), or nothing for a winter that spans
// two years.
func (sc *dateScan) season(s doc.Sentence, k int, ref time.Time) (from, to int, v string) {
	d := sc.d
	low := func(k int) string {
		if k < s.First || k >= s.Last {
			return ""
		}
		return d.Tokens[k].Lower
	}
	first := seasons[low(k)]
	from, to = k, k+1
	if y, ok := yearNumber(low(k + 1)); ok {
		return from, k + 2, strconv.Itoa(y)
	}
	if y, ok := yearNumber(low(k + 2)); ok && low(k+1) == "of" {
		return from, k + 3, strconv.Itoa(y)
	}
	mod := low(k - 1)
	if mod == "early" || mod == "late" {
		from = k - 1
		if m := low(k - 2); m == "this" || m == "last" || m == "next" {
			mod, from = m, k-2
		}
	}
	if mod == "the" && k-2 >= s.First {
		from = k - 2
	}
	if mod == "this" || mod == "last" || mod == "next" || mod == "past" {
		from = k - 1
		if mod == "past" && low(k-2) == "this" {
			from = k - 2
		}
	}
	// The season's start in the reference year, and whether the reference
	// day is inside it, before it or after it.
	start := time.Date(ref.Year(), first, 1, 0, 0, 0, 0, time.UTC)
	if first == time.December && ref.Month() <= time.February {
		start = start.AddDate(-1, 0, 0) // in January, this winter began last December
	}
	end := start.AddDate(0, 3, 0)
	var at time.Time
	switch {
	case mod == "last" || mod == "past":
		at = start
		if !ref.After(end) || mod == "last" && !ref.Before(start) {
			at = start.AddDate(-1, 0, 0)
		}
		if mod == "past" && !ref.Before(end) {
			at = start
		}
	case mod == "next":
		at = start
		if !ref.Before(start) {
			at = start.AddDate(1, 0, 0)
		}
	case mod == "this":
		at = start
	default:
		// "in the spring": by the clause's tense, the next one or the latest.
		at = start
		if d.clauseTense(s, from, to) == tenseFuture {
			if ref.After(end) {
				at = start.AddDate(1, 0, 0)
			}
		} else if ref.Before(start) {
			at = start.AddDate(-1, 0, 0)
		}
	}
	if first == time.December {
		return from, to, "" // December to February: two years
	}
	return from, to, strconv.Itoa(at.Year())
}

// holidayRule is how a named day falls in a year.
type holidayRule struct {
	month   time.Month
	day     int          // fixed day of month, or 0
	weekday time.Weekday // with nth: the nth weekday of the month
	nth     int          // 1…5, or -1 for the last
	easter  bool
	elect   bool
	offset  int  // days from the date the rule gives
	common  bool // also an ordinary word: needs a preposition before it
}

// holidays maps the lower-case words of a holiday's name to its rule,
// holidayLen is the most tokens a name takes, and holidayStarts holds the
// first word of each name, up to an apostrophe ("valentine" of
// "valentine's day"), so that most words are passed over at once.
var (
	holidays      = map[string]holidayRule{}
	holidayLen    = 1
	holidayStarts = map[string]bool{}
)

// holidayStart returns the part of lower-case word w that may open a
// holiday's name, as holidayStarts keeps it.
func holidayStart(w string) string {
	w, _, _ = strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
	return w
}

func init() {
	for _, line := range rules.Lines("dateholidays.txt") {
		name, rule, ok := strings.Cut(line, "=")
		if !ok {
			panic("rules/dateholidays.txt: no '=' in " + line)
		}
		var h holidayRule
		f := strings.Fields(rule)
		if n := len(f); n > 0 && f[n-1] == "*" {
			h.common, f = true, f[:n-1]
		}
		if n := len(f); n > 0 && (f[n-1][0] == '+' || f[n-1][0] == '-') {
			off, err := strconv.Atoi(f[n-1])
			if err != nil {
				panic("rules/dateholidays.txt: bad offset in " + line)
			}
			h.offset, f = off, f[:n-1]
		}
		switch {
		case len(f) == 1 && f[0] == "easter":
			h.easter = true
		case len(f) == 1 && f[0] == "election":
			h.elect = true
		case len(f) == 1:
			t, err := time.Parse("01-02", f[0])
			if err != nil {
				panic("rules/dateholidays.txt: bad date in " + line)
			}
			h.month, h.day = t.Month(), t.Day()
		case len(f) == 3:
			mm, err := strconv.Atoi(f[0])
			wd, ok := weekdays[map[string]string{"sun": "sunday", "mon": "monday", "tue": "tuesday", "wed": "wednesday",
				"thu": "thursday", "fri": "friday", "sat": "saturday"}[f[1]]]
			if err != nil || !ok {
				panic("rules/dateholidays.txt: bad rule in " + line)
			}
			h.month, h.weekday = time.Month(mm), wd
			if f[2] == "last" {
				h.nth = -1
			} else if h.nth, err = strconv.Atoi(f[2]); err != nil {
				panic("rules/dateholidays.txt: bad rule in " + line)
			}
		default:
			panic("rules/dateholidays.txt: bad rule in " + line)
		}
		key := strings.TrimSpace(name)
		holidays[key] = h
		holidayLen = max(holidayLen, len(strings.Fields(key))+1)
		holidayStarts[holidayStart(strings.Fields(key)[0])] = true
	}
}

// in returns the holiday's date in year y.
func (h holidayRule) in(y int) time.Time {
	var t time.Time
	switch {
	case h.easter:
		t = easter(y)
	case h.elect:
		// the Tuesday after the first Monday of November
		t = nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1)
	case h.day > 0:
		t = time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
	default:
		t = nthWeekday(y, h.month, h.weekday, h.nth)
	}
	return t.AddDate(0, 0, h.offset)
}

// nthWeekday returns the nth wd of month m of year y (n = -1: the last).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	dd, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - dd - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// holidayAt matches a holiday's name starting at token k ("New Year’s
// Eve", "Thanksgiving", "the Fourth of July") and resolves it: with a year
// after it ("Christmas 2024"), in that year; after "last" or in a
// past-tense clause, the latest on or before the reference day; after
// "next" or in a future clause, the first on or after it.
func (sc *dateScan) holidayAt(s doc.Sentence, k int, ref time.Time) (from, to int, v string, ok bool) {
	d := sc.d
	if !d.Tokens[k].Cap || !holidayStarts[holidayStart(d.Tokens[k].Lower)] {
		return 0, 0, "", false
	}
	var h holidayRule
	found := false
	for n := min(holidayLen, s.Last-k); n >= 1 && !found; n-- {
		parts := make([]string, 0, n)
		for j := k; j < k+n; j++ {
			parts = append(parts, d.Tokens[j].Lower)
		}
		key := strings.ReplaceAll(strings.ReplaceAll(strings.Join(parts, " "), "’", "'"), " '", "'")
		if h, found = holidays[key]; found {
			to = k + n
		}
	}
	if !found {
		return 0, 0, "", false
	}
	from = k
	prev := ""
	if k > s.First {
		prev = d.Tokens[k-1].Lower
	}
	if prev == "the" && k-1 > s.First {
		// "on the Fourth of July"
		prev, from = d.Tokens[k-2].Lower, k-1
	}
	if h.common && !dateMods[prev] {
		return 0, 0, "", false
	}
	if dateMods[prev] && from == k {
		from = k - 1
	}
	if to < s.Last {
		if y, ok := yearNumber(d.Tokens[to].Lower); ok {
			return from, to + 1, day(h.in(y)), true
		}
	}
	r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	this := h.in(r.Year())
	switch {
	case prev == "next" || prev != "last" && d.clauseTense(s, from, to) == tenseFuture:
		if this.Before(r) || prev == "next" && this.Equal(r) {
			this = h.in(r.Year() + 1)
		}
	default:
		if this.After(r) || prev == "last" && this.Equal(r) {
			this = h.in(r.Year() - 1)
		}
	}
	return from, to, day(this), true
}

// isMonthWord reports whether t names a month: a capitalised month name or
// abbreviation ("May", "Jan.", "Sept").
func isMonthWord(t string) bool {
	if len(t) < 3 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	_, ok := months[strings.ToLower(strings.TrimSuffix(t, "."))]
	return ok
}

// dayNumber reads "4", "04", "3rd" as a day of the month.
func dayNumber(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

// isDayNumber reports whether w is a day of the month.
func isDayNumber(w string) bool {
	_, ok := dayNumber(w)
	return ok
}

// yearNumber reads a four-digit year from 1900 to 2099.
func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1900 && n <= 2099
}

// isYearToken reports whether lower-case token w is a year, or "mid-2025".
func isYearToken(w string) bool {
	_, ok := yearNumber(strings.TrimPrefix(w, "mid-"))
	return ok
}

// isISODate reports whether w is a date written 2025-06-30.
func isISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	_, err := time.Parse("2006-01-02", w)
	return err == nil
}

// termRe finds "at the start of Trump’s second term": a date the
// knowledge base gives through the person's roles.
var termRe = regexp.MustCompile(`(?i)\b(start|beginning|outset|early days|first days|first weeks|first months|end|final days|last days|close) of (?:the |his |her |their )?(?:\S+?(?:’s|'s) )?(first|second|third|1st|2nd|3rd) (?:term|administration|presidency)\b`)

var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}

// findTermDates resolves terms of office named by their holder: the
// n-th span of the person's highest role, its start or end month.
func (d *stage) findTermDates() {
	for si, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		if !strings.Contains(text, " term") && !strings.Contains(text, " administration") && !strings.Contains(text, " presidency") {
			continue
		}
		for _, loc := range termRe.FindAllStringSubmatchIndex(text, -1) {
			ent := d.termHolder(si, s.Start+loc[0], s.Start+loc[1])
			if ent == nil || ent.KB == nil {
				continue
			}
			n := ordinals[strings.ToLower(text[loc[4]:loc[5]])]
			var spans [][2]string
			for _, r := range ent.KB.Roles {
				if r.Role == "president" || r.Role == "governor" || r.Role == "prime_minister" || r.Role == "chancellor" {
					spans = append(spans, [2]string{r.Start, r.End})
				}
			}
			if n < 1 || n > len(spans) {
				continue
			}
			v := spans[n-1][0]
			if w := strings.ToLower(text[loc[2]:loc[3]]); w == "end" || w == "final days" || w == "last days" || w == "close" {
				v = spans[n-1][1]
			}
			if len(v) < 7 {
				continue
			}
			d.Dates = append(d.Dates, doc.DateExpr{Start: s.Start + loc[0], End: s.Start + loc[1], Sent: si, Value: v[:7]})
		}
	}
	sort.SliceStable(d.Dates, func(i, j int) bool { return d.Dates[i].Start < d.Dates[j].Start })
}

// termHolder returns the entity whose term a term expression names: the
// possessive name inside it, else the article's main person.
func (d *stage) termHolder(si, start, end int) *doc.Entity {
	for mi := d.FirstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Start >= start && m.End <= end && m.Entity >= 0 {
			return d.Entities[m.Entity]
		}
	}
	return nil
}

// findLeadDay sets the day of the article's news: the first full date of
// a past (not future) clause in its first two body sentences, if it falls
// in the week before publication.
func (d *stage) findLeadDay() {
	body := 0
	for si, s := range d.Sentences {
		if s.Title || s.Post >= 0 {
			continue
		}
		if body++; body > 2 {
			return
		}
		for _, de := range d.Dates {
			if de.Sent != si || len(de.Value) != 10 || de.Future {
				continue
			}
			t, err := time.Parse("2006-01-02", de.Value)
			if err == nil && !t.After(d.Published) && d.Published.Sub(t) <= 7*24*time.Hour {
				d.LeadDay = de.Value
			}
			return
		}
	}
}

// dateWords are the words that can take part in a date expression; a
// sentence without one of them or a digit holds no date. It is filled
// after the month, weekday and holiday tables.
var dateWords = map[string]bool{}

func init() {
	for _, w := range dateClasses["date-word"] {
		dateWords[w] = true
	}
	for w := range months {
		dateWords[w] = true
	}
	for w := range weekdays {
		dateWords[w] = true
	}
	for first := range holidayStarts {
		dateWords[first] = true
	}
}

// mayHoldDate reports whether a sentence has a digit or a word that can
// take part in a date expression.
func (d *stage) mayHoldDate(s doc.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k].Text
		if !d.Tokens[k].Word {
			continue
		}
		if t[0] >= '0' && t[0] <= '9' {
			return true
		}
		w := strings.ToLower(strings.TrimSuffix(t, "."))
		if dateWords[w] || strings.HasPrefix(w, "mid-") {
			return true
		}
	}
	return false
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }

// previousWeekday returns the latest wd on or before ref (strictly before
// when strict, as in "last Thursday").
func previousWeekday(ref time.Time, wd time.Weekday, strict bool) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return ref.AddDate(0, 0, -back)
}

// nextWeekday returns the first wd on or after ref (strictly after when
// strict, as in "next Thursday").
func nextWeekday(ref time.Time, wd time.Weekday, strict bool) time.Time {
	ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
	if ahead == 0 && strict {
		ahead = 7
	}
	return ref.AddDate(0, 0, ahead)
}

// nearestDate places month m day dd in a year by the clause's tense: in a
// past clause the latest on or before ref (two days' grace for time
// zones), in a future one the first on or after ref (a day's grace), and
// in a clause without tense the nearest, unless that is more than two
// months ahead.
func nearestDate(ref time.Time, m time.Month, dd int, t tense) time.Time {
	r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	cands := []time.Time{time.Date(ref.Year()-1, m, dd, 0, 0, 0, 0, time.UTC), time.Date(ref.Year(), m, dd, 0, 0, 0, 0, time.UTC),
		time.Date(ref.Year()+1, m, dd, 0, 0, 0, 0, time.UTC)}
	switch t {
	case tensePast:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].After(r.AddDate(0, 0, 2)) {
				return cands[i]
			}
		}
	case tenseFuture:
		for _, c := range cands {
			if !c.Before(r.AddDate(0, 0, -1)) {
				return c
			}
		}
	}
	best := cands[1]
	for _, c := range cands {
		if absDays(c.Sub(r)) < absDays(best.Sub(r)) {
			best = c
		}
	}
	if best.After(r) && best.Sub(r) > 60*24*time.Hour {
		best = best.AddDate(-1, 0, 0)
	}
	return best
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// nearestMonth resolves a month name: "last May" is the latest May before
// the publication month; "earlier in December" the current or latest
// December; "next May" and a month in a future clause the next one.
func nearestMonth(ref time.Time, m time.Month, mod string, te tense) time.Time {
	t := time.Date(ref.Year(), m, 1, 0, 0, 0, 0, time.UTC)
	cur := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case mod == "last":
		if !t.Before(cur) {
			t = t.AddDate(-1, 0, 0)
		}
	case mod == "next" || te == tenseFuture:
		if t.Before(cur) {
			t = t.AddDate(1, 0, 0)
		}
	default:
		if t.After(cur) {
			t = t.AddDate(-1, 0, 0)
		}
	}
	return t
}
