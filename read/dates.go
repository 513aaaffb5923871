package read

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // US zone names in date lines must resolve on any machine

	"github.com/powermap/powermap"
)

// monthNames maps every spelling of a month a date line uses to its number.
var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		monthNames[full] = m
		monthNames[full[:3]] = m
	}
	monthNames["sept"] = time.September
}

// dateLineRe matches a line that is only a publication date, optionally with
// a time and zone before or after it: "Dec 20, 2024 11:54 AM EST", "Jan. 4
// 2026, Published 1:00 p.m. ET", "Published: January 4, 2026", "4 January
// 2026", "Updated 7:30 a.m. ET, Tue March 10, 2026", "Last updated: Tuesday
// 14 July 2026", "Posted: 11/18/2025 6:42 PM ET".
var dateLineRe = regexp.MustCompile(`(?i)^(?:(?:last|originally)\s+)?(?:(?:published|updated|posted|modified)(?: on)?:?\s+)?` +
	`(?:(?:at\s+)?(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*(?P<ap1>[ap]\.?\s?m\.?)?\s*(?P<z1>` + zoneAlternation + `)?\s*[,|·-]?\s*(?:on\s+)?)?` +
	`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` +
	`(?:(?:(?P<mon>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})\s+(?P<mon2>[a-z]{3,9})\.?),?\s+(?P<year>\d{4})|(?P<nmon>\d{1,2})/(?P<nday>\d{1,2})/(?P<nyear>\d{4}))` +
	`(?:\s*[,|·-]?\s*(?:(?:published|updated|posted)\s*:?\s*)?(?:at\s+)?(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*(?P<ap2>[ap]\.?\s?m\.?)?\s*(?P<z2>` + zoneAlternation + `)?)?\s*$`)

// zoneAlternation is the zone abbreviations of zoneNames as a pattern,
// then any other of two to five letters ("IST", "AEDT"), read as UTC.
const zoneAlternation = `ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|[a-z]{2,5}\b`

// isoLineRe matches "2024-12-20" or "2024-12-20T11:54:00Z" alone on a line.
var isoLineRe = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$`)

// zoneOffsets gives US and common zone abbreviations used in date lines.
var zoneNames = map[string]string{
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
}

// parseDateLine reads a line that holds only a publication date or time.
func parseDateLine(line string) (time.Time, powermap.Precision, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 80 {
		return time.Time{}, powermap.PrecisionNone, false
	}
	if m := isoLineRe.FindStringSubmatch(line); m != nil {
		return parseISO(m[1])
	}
	m := dateLineRe.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, powermap.PrecisionNone, false
	}
	g := func(name string) string { return m[dateLineRe.SubexpIndex(name)] }
	monthWord, dayStr, yearStr := g("mon"), g("day"), g("year")
	if monthWord == "" {
		monthWord, dayStr = g("mon2"), g("day2")
	}
	month, ok := monthNames[strings.ToLower(monthWord)]
	if n, err := strconv.Atoi(g("nmon")); err == nil {
		// "11/18/2025": the American order, month first
		month, ok, dayStr, yearStr = time.Month(n), n >= 1 && n <= 12, g("nday"), g("nyear")
	}
	if !ok {
		return time.Time{}, powermap.PrecisionNone, false
	}
	day, _ := strconv.Atoi(dayStr)
	year, _ := strconv.Atoi(yearStr)
	if day < 1 || day > 31 {
		return time.Time{}, powermap.PrecisionNone, false
	}
	hourStr, minStr, ampm, zone := g("h2"), g("m2"), g("ap2"), g("z2")
	if hourStr == "" {
		hourStr, minStr, ampm, zone = g("h1"), g("m1"), g("ap1"), g("z1")
	}
	if hourStr == "" {
		return time.Date(year, month, day, 0, 0, 0, 0, time.UTC), powermap.PrecisionDay, true
	}
	hour, _ := strconv.Atoi(hourStr)
	minute, _ := strconv.Atoi(minStr)
	ampm = strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(ampm))
	switch {
	case ampm == "pm" && hour < 12:
		hour += 12
	case ampm == "am" && hour == 12:
		hour = 0
	}
	loc := time.UTC
	if name, ok := zoneNames[strings.ToUpper(zone)]; ok {
		if l, err := time.LoadLocation(name); err == nil {
			loc = l
		}
	}
	return time.Date(year, month, day, hour, minute, 0, 0, loc), powermap.PrecisionTime, true
}

// parseISO reads an ISO 8601 date or date-time as found in headers and
// HTML metadata.
func parseISO(s string) (time.Time, powermap.Precision, bool) {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, powermap.PrecisionTime, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, powermap.PrecisionDay, true
		}
	}
	return time.Time{}, powermap.PrecisionNone, false
}

// postDateRe reads the date of an embedded post's signature.
func parsePostDate(s string) time.Time {
	t, p, ok := parseDateLine(s)
	if !ok || p < powermap.PrecisionDay {
		return time.Time{}
	}
	return t
}
