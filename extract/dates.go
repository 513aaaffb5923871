package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

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

// futureWords mark a sentence that speaks of what is to come.
var futureWords = map[string]bool{"will": true, "scheduled": true, "upcoming": true, "slated": true, "plans": true, "plan": true, "planning": true}

// isFuture reports whether sentence s speaks of what is to come: "will",
// "scheduled", "set to", "expected to", "is to meet".
func (d *Doc) isFuture(s Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if d.quoted[k] {
			continue
		}
		w := strings.ToLower(d.Tokens[k].Text)
		if futureWords[w] {
			return true
		}
		if k+1 < s.Last && d.Tokens[k+1].Text == "to" {
			switch w {
			case "set", "expected", "poised":
				return true
			case "is", "are":
				// "is to meet", not "is to blame": only before a verb of meeting.
				if k+2 < s.Last {
					switch d.Tokens[k+2].Text {
					case "meet", "speak", "travel", "visit", "attend":
						return true
					}
				}
			}
		}
	}
	return false
}

// dateMods are the words that may modify a weekday, a month or a year
// before it.
var dateMods = map[string]bool{"last": true, "this": true, "next": true, "on": true, "late": true, "early": true, "by": true, "in": true,
	"since": true, "until": true, "during": true, "earlier": true, "later": true, "mid": true, "from": true, "through": true, "of": true}

// findDates finds and normalises the date expressions of every sentence
// against the publication date (or an embedded post's own date), reading
// tokens: weekdays, months with or without a day, years, relative days
// ("the night before", "last night"), weekends, holidays, relative months
// and years, and vague spans ("in recent weeks") that give no date.
func (d *Doc) findDates() {
	lastDay := ""
	for si, s := range d.Sentences {
		ref := d.Published
		if s.Post >= 0 && !d.Article.Posts[s.Post].Posted.IsZero() {
			ref = d.Article.Posts[s.Post].Posted
		}
		if ref.IsZero() || !d.mayHoldDate(s) {
			continue
		}
		future := d.isFuture(s)
		first := len(d.Dates)
		add := func(from, to int, v string) {
			d.Dates = append(d.Dates, DateExpr{Start: d.Tokens[from].Start, End: d.Tokens[to-1].End, Sent: si, Value: v, Future: future})
			if len(v) == 10 {
				lastDay = v
			}
		}
		low := func(k int) string {
			if k < s.First || k >= s.Last {
				return ""
			}
			return strings.ToLower(d.Tokens[k].Text)
		}
		for k := s.First; k < s.Last; k++ {
			w := low(k)
			if !d.Tokens[k].Word {
				continue
			}
			if wd, ok := weekdays[w]; ok {
				from, to := k, k+1
				mod := low(k - 1)
				if dateMods[mod] {
					from = k - 1
				}
				if n := low(k + 1); n == "night" || n == "morning" || n == "afternoon" || n == "evening" {
					to = k + 2
				}
				var t time.Time
				switch {
				case mod == "last":
					t = previousWeekday(ref, wd, true)
				case mod == "next" || future:
					t = nextWeekday(ref, wd)
				default:
					t = previousWeekday(ref, wd, false)
				}
				add(from, to, day(t))
				k = to - 1
				continue
			}
			switch {
			case isMonthWord(d.Tokens[k].Text):
				m := months[strings.TrimSuffix(w, ".")]
				if dd, ok := dayNumber(low(k + 1)); ok {
					to := k + 2
					comma := 0
					if low(to) == "," {
						comma = 1
					}
					if y, ok := yearNumber(low(to + comma)); ok {
						add(k, to+comma+1, day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)))
						k = to + comma
					} else {
						add(k, to, day(nearestDate(ref, m, dd, future)))
						k = to - 1
					}
					continue
				}
				if y, ok := yearNumber(low(k + 1)); ok {
					add(k, k+2, fmt.Sprintf("%04d-%02d", y, int(m)))
					k++
					continue
				}
				mod, from := low(k-1), k-1
				if mod == "in" && (low(k-2) == "earlier" || low(k-2) == "later") {
					mod, from = low(k-2), k-2
				} else if !dateMods[mod] {
					continue // a bare month name without a day reads as a name
				}
				add(from, k+1, month(nearestMonth(ref, m, mod, future)))
			case k+1 < s.Last && isMonthWord(d.Tokens[k+1].Text) && isDayNumber(w):
				// "28 February", "4 March 2025": day before month.
				dd, _ := dayNumber(w)
				m := months[strings.ToLower(strings.TrimSuffix(d.Tokens[k+1].Text, "."))]
				if y, ok := yearNumber(low(k + 2)); ok {
					add(k, k+3, day(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)))
					k += 2
				} else {
					add(k, k+2, day(nearestDate(ref, m, dd, future)))
					k++
				}
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
			case (w == "night" || w == "day" || w == "evening") && low(k-1) == "the" && low(k+1) == "before":
				base := ref
				if len(d.Dates) > first {
					if t, err := time.Parse("2006-01-02", d.Dates[len(d.Dates)-1].Value); err == nil {
						base = t
					}
				}
				add(k-1, k+2, day(base.AddDate(0, 0, -1)))
				k++
			case w == "previous" && low(k-1) == "the" && (low(k+1) == "day" || low(k+1) == "night"):
				add(k-1, k+2, day(ref.AddDate(0, 0, -1)))
				k++
			case w == "yesterday":
				add(k, k+1, day(ref.AddDate(0, 0, -1)))
			case w == "night" && low(k-1) == "last":
				add(k-1, k+1, day(ref.AddDate(0, 0, -1)))
			case w == "today" || w == "tonight":
				add(k, k+1, day(ref))
			case low(k-1) == "this" && (w == "morning" || w == "afternoon" || w == "evening"):
				add(k-1, k+1, day(ref))
			case w == "weekend" && (low(k-1) == "the" || low(k-1) == "this" || low(k-1) == "last" || low(k-1) == "past"):
				add(k-1, k+1, day(previousWeekday(ref, time.Saturday, false)))
			case (w == "day" || w == "eve") && d.holidayBefore(k, s.First) != "":
				h := d.holidayBefore(k, s.First)
				add(k-holidayWords(h), k+1, holiday(h, ref))
			case w == "recent" && low(k-1) == "in":
				add(k-1, min(k+2, s.Last), "")
			case w == "recently":
				add(k, k+1, "")
			case (w == "month" || w == "year" || w == "week") && (low(k-1) == "last" || low(k-1) == "this" || low(k-1) == "next"):
				add(k-1, k+1, relativePeriod(ref, low(k-1), w))
			case w == "day" && (low(k-1) == "that" || low(k-1) == "same"):
				add(k-1, k+1, lastDay)
			}
		}
	}
}

// relativePeriod resolves "last month", "this year", "next month" (a week
// is too short to be a month and too vague to be a day: "").
func relativePeriod(ref time.Time, mod, unit string) string {
	step := map[string]int{"last": -1, "this": 0, "next": 1}[mod]
	switch unit {
	case "month":
		return month(time.Date(ref.Year(), ref.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC))
	case "year":
		return strconv.Itoa(ref.Year() + step)
	}
	return ""
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

// holidayNames are the token sequences ending in "Day" or "Eve" that name
// a holiday.
var holidayNames = map[string]string{"new year ’s day": "new year's day", "new year 's day": "new year's day", "new year ’s eve": "new year's eve",
	"new year 's eve": "new year's eve", "christmas day": "christmas day", "christmas eve": "christmas eve",
	"independence day": "independence day", "inauguration day": "inauguration day"}

// holidayBefore returns the holiday whose name ends at token k.
func (d *Doc) holidayBefore(k, first int) string {
	for n := 4; n >= 2; n-- {
		if k-n+1 < first {
			continue
		}
		parts := make([]string, 0, n)
		for j := k - n + 1; j <= k; j++ {
			parts = append(parts, strings.ToLower(d.Tokens[j].Text))
		}
		if h, ok := holidayNames[strings.Join(parts, " ")]; ok {
			return h
		}
	}
	return ""
}

// holidayWords is how many tokens before "Day" or "Eve" a holiday's name
// takes.
func holidayWords(h string) int {
	if strings.HasPrefix(h, "new year") {
		return 3
	}
	return 1
}

// termRe finds "at the start of Trump’s second term": a date the
// knowledge base gives through the person's roles.
var termRe = regexp.MustCompile(`(?i)\b(start|beginning|outset|early days|first days|first weeks|first months|end|final days|last days|close) of (?:the |his |her |their )?(?:\S+?(?:’s|'s) )?(first|second|third|1st|2nd|3rd) (?:term|administration|presidency)\b`)

var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}

// findTermDates resolves terms of office named by their holder: the
// n-th span of the person's highest role, its start or end month.
func (d *Doc) findTermDates() {
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
			d.Dates = append(d.Dates, DateExpr{Start: s.Start + loc[0], End: s.Start + loc[1], Sent: si, Value: v[:7]})
		}
	}
	sort.SliceStable(d.Dates, func(i, j int) bool { return d.Dates[i].Start < d.Dates[j].Start })
}

// termHolder returns the entity whose term a term expression names: the
// possessive name inside it, else the article's main person.
func (d *Doc) termHolder(si, start, end int) *Entity {
	for mi := d.firstMentionIn(si); mi >= 0 && mi < len(d.Mentions) && d.Mentions[mi].Sent == si; mi++ {
		m := d.Mentions[mi]
		if m.Start >= start && m.End <= end && m.Entity >= 0 {
			return d.Entities[m.Entity]
		}
	}
	return nil
}

// findLeadDay sets the day of the article's news: the first full date in
// its first two body sentences, if it falls in the week before
// publication.
func (d *Doc) findLeadDay() {
	body := 0
	for si, s := range d.Sentences {
		if s.Title || s.Post >= 0 {
			continue
		}
		if body++; body > 2 {
			return
		}
		for _, de := range d.Dates {
			if de.Sent != si || len(de.Value) != 10 {
				continue
			}
			t, err := time.Parse("2006-01-02", de.Value)
			if err == nil && !t.After(d.Published) && d.Published.Sub(t) <= 7*24*time.Hour {
				d.leadDay = de.Value
			}
			return
		}
	}
}

// dateKeys are the first letters of every word a date expression can
// hold; digits are checked apart.
var dateKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("january february march april may june july august september october november december " +
		"sunday monday tuesday wednesday thursday friday saturday night day evening morning afternoon yesterday today tonight " +
		"weekend week month year recent recently christmas inauguration independence same that previous mid") {
		m[wordKey(w)] = true
		m[w[:3]] = true
	}
	return m
}()

// mayHoldDate reports whether a sentence has a digit or a word that can
// take part in a date expression.
func (d *Doc) mayHoldDate(s Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k].Text
		if !d.Tokens[k].Word {
			continue
		}
		if t[0] >= '0' && t[0] <= '9' {
			return true
		}
		if len(t) >= 3 {
			w := strings.ToLower(t)
			if dateKeys[w[:3]] || dateKeys[wordKey(w)] {
				return true
			}
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

// nextWeekday returns the first wd after ref.
func nextWeekday(ref time.Time, wd time.Weekday) time.Time {
	ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
	if ahead == 0 {
		ahead = 7
	}
	return ref.AddDate(0, 0, ahead)
}

// nearestDate places month m day dd in the year that puts it nearest to
// ref: on or after ref for future statements, on or before for past ones,
// unless that is more than ten months away.
func nearestDate(ref time.Time, m time.Month, dd int, future bool) time.Time {
	best := time.Date(ref.Year(), m, dd, 0, 0, 0, 0, time.UTC)
	r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	for _, y := range []int{ref.Year() - 1, ref.Year() + 1} {
		c := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
		if absDays(c.Sub(r)) < absDays(best.Sub(r)) {
			best = c
		}
	}
	if future && best.Before(r) && r.Sub(best) > 24*time.Hour {
		best = best.AddDate(1, 0, 0)
	}
	if !future && best.After(r) && best.Sub(r) > 60*24*time.Hour {
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
// December; in future statements, the next one.
func nearestMonth(ref time.Time, m time.Month, mod string, future bool) time.Time {
	t := time.Date(ref.Year(), m, 1, 0, 0, 0, 0, time.UTC)
	cur := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case mod == "last":
		if !t.Before(cur) {
			t = t.AddDate(-1, 0, 0)
		}
	case mod == "next" || future:
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

// holiday resolves a named day to its latest occurrence on or before ref.
func holiday(name string, ref time.Time) string {
	name = strings.ReplaceAll(name, "’", "'")
	var m time.Month
	var dd int
	switch {
	case strings.HasPrefix(name, "new year's day"):
		m, dd = time.January, 1
	case strings.HasPrefix(name, "new year's eve"):
		m, dd = time.December, 31
	case name == "christmas day":
		m, dd = time.December, 25
	case name == "christmas eve":
		m, dd = time.December, 24
	case name == "independence day":
		m, dd = time.July, 4
	default: // inauguration day: January 20 of the nearest year
		m, dd = time.January, 20
		return day(nearestDate(ref, m, dd, false))
	}
	t := time.Date(ref.Year(), m, dd, 0, 0, 0, 0, time.UTC)
	if t.After(ref) {
		t = t.AddDate(-1, 0, 0)
	}
	return day(t)
}
