package extract

import (
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

const monthRe = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`

// dateRe finds date expressions; each alternative is named by the group
// that matched.
var dateRe = regexp.MustCompile(`(?i)\b(?:` +
	`(?P<vague>in recent (?:days|weeks|months|years)|recently|in the past (?:few )?(?:days|weeks|months))` +
	`|(?P<before>the (?:night|day|evening) before|the previous (?:day|night|evening))` +
	`|(?P<rel>last night|yesterday|tonight|today|this (?:morning|afternoon|evening))` +
	`|(?P<weekend>(?:over|during|on) the weekend|this (?:past )?weekend|last weekend)` +
	`|(?P<holiday>new year's day|new year’s day|new year's eve|new year’s eve|christmas day|christmas eve|independence day|inauguration day)` +
	`|(?P<md>(?P<mdm>` + monthRe + `)\s+(?P<mdd>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy>\d{4}))?)` +
	`|(?P<wd>(?P<wdmod>last|this|next|on|late|early|by)?\s*(?P<wdd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|’s)?(?:\s+(?:night|morning|afternoon|evening))?)` +
	`|(?P<mo>(?P<momod>last|this|next|earlier in|earlier this|later in|late|early|mid-|in|since|by|until|during)?\s*(?P<mom>january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?P<moy>\d{4}))?)` +
	`|(?P<rmo>(?:last|this|next|earlier this|later this) (?P<rmou>month|year|week))` +
	`|(?P<year>(?:in|since|by|during|mid-|early|late|until)?\s*(?P<yy>(?:19|20)\d{2})\b)` +
	`|(?P<thatday>that day|the same day)` +
	`)`)

var dateGroups = func() map[string]int {
	m := map[string]int{}
	for i, n := range dateRe.SubexpNames() {
		if n != "" {
			m[n] = i
		}
	}
	return m
}()

// futureRe marks a sentence that speaks of what is to come.
var futureRe = regexp.MustCompile(`(?i)\b(?:will|set to|is to|are to|scheduled|plans? to|planning to|expected to|upcoming|slated|poised to)\b`)

// findDates finds and normalises the date expressions of every sentence
// against the publication date (or an embedded post's own date).
func (d *Doc) findDates() {
	lastDay := ""
	for si, s := range d.Sentences {
		ref := d.Published
		if s.Post >= 0 && !d.Article.Posts[s.Post].Posted.IsZero() {
			ref = d.Article.Posts[s.Post].Posted
		}
		if ref.IsZero() {
			continue
		}
		text := d.Text[s.Start:s.End]
		future := futureRe.MatchString(text)
		first := len(d.Dates)
		for _, loc := range dateRe.FindAllStringSubmatchIndex(text, -1) {
			g := func(name string) string {
				i := dateGroups[name]
				if loc[2*i] < 0 {
					return ""
				}
				return strings.ToLower(text[loc[2*i]:loc[2*i+1]])
			}
			has := func(name string) bool { return loc[2*dateGroups[name]] >= 0 }
			// Skip years that are amounts or parts of numbers ("$2024").
			if has("year") && loc[0] > 0 && strings.ContainsAny(text[loc[0]-1:loc[0]], "$,.") {
				continue
			}
			v, ok := "", true
			switch {
			case has("vague"):
				v = ""
			case has("before"):
				base := ref
				if len(d.Dates) > first {
					if t, err := time.Parse("2006-01-02", d.Dates[len(d.Dates)-1].Value); err == nil {
						base = t
					}
				}
				v = day(base.AddDate(0, 0, -1))
			case has("rel"):
				switch g("rel") {
				case "last night", "yesterday":
					v = day(ref.AddDate(0, 0, -1))
				default:
					v = day(ref)
				}
			case has("weekend"):
				v = day(previousWeekday(ref, time.Saturday, false))
			case has("holiday"):
				v = holiday(g("holiday"), ref)
			case has("md"):
				m := months[strings.TrimSuffix(g("mdm"), ".")]
				dd, _ := strconv.Atoi(g("mdd"))
				if dd < 1 || dd > 31 {
					ok = false
					break
				}
				if y := g("mdy"); y != "" {
					yy, _ := strconv.Atoi(y)
					v = day(time.Date(yy, m, dd, 0, 0, 0, 0, time.UTC))
				} else {
					v = day(nearestDate(ref, m, dd, future))
				}
			case has("wd"):
				wd := weekdays[g("wdd")]
				switch strings.TrimSpace(g("wdmod")) {
				case "last":
					v = day(previousWeekday(ref, wd, true))
				case "next":
					v = day(nextWeekday(ref, wd))
				default:
					if future {
						v = day(nextWeekday(ref, wd))
					} else {
						v = day(previousWeekday(ref, wd, false))
					}
				}
			case has("mo"):
				if g("mom") == "may" && !strings.Contains(text[loc[0]:loc[1]], "May") {
					ok = false // the verb "may"
					break
				}
				m := months[g("mom")]
				mod := strings.TrimSpace(g("momod"))
				if y := g("moy"); y != "" {
					v = y + "-" + two(int(m))
					break
				}
				if mod == "" && !d.monthContext(s, loc[0]) {
					ok = false
					break
				}
				v = month(nearestMonth(ref, m, mod, future))
			case has("rmo"):
				switch g("rmou") {
				case "month":
					t := ref
					if strings.HasPrefix(g("rmo"), "last") {
						t = ref.AddDate(0, -1, 0)
					}
					v = month(t)
				case "year":
					y := ref.Year()
					if strings.HasPrefix(g("rmo"), "last") {
						y--
					} else if strings.HasPrefix(g("rmo"), "next") {
						y++
					}
					v = strconv.Itoa(y)
				default:
					v = ""
				}
			case has("year"):
				v = g("yy")
			case has("thatday"):
				v = lastDay
			}
			if !ok {
				continue
			}
			d.Dates = append(d.Dates, DateExpr{Start: s.Start + loc[0], End: s.Start + loc[1], Sent: si, Value: v, Future: future})
			if len(v) == 10 {
				lastDay = v
			}
		}
	}
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

// monthContext reports whether a bare month name at byte off of the
// sentence reads as a date ("in May", "May 5") rather than a name.
func (d *Doc) monthContext(s Sentence, off int) bool {
	before := strings.TrimSpace(d.Text[s.Start : s.Start+off])
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "in", "since", "by", "until", "during", "of", "last", "next", "this", "early", "late", "mid", "from", "through":
		return true
	}
	return false
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }
func two(n int) string         { return strconv.Itoa(n/10) + strconv.Itoa(n%10) }

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
