package powermap

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period returns the first and last day a YYYY[-MM[-DD]] date covers and
// its precision (day, month, year); "" for an empty or unreadable date.
func Period(d string) (from, to, prec string) {
	switch {
	case len(d) >= 10:
		if _, err := time.Parse("2006-01-02", d[:10]); err == nil {
			return d[:10], d[:10], "day"
		}
	case len(d) == 7:
		if t, err := time.Parse("2006-01", d); err == nil {
			return t.Format("2006-01-02"), t.AddDate(0, 1, -1).Format("2006-01-02"), "month"
		}
	case len(d) == 4:
		if t, err := time.Parse("2006", d); err == nil {
			return t.Format("2006-01-02"), t.AddDate(1, 0, -1).Format("2006-01-02"), "year"
		}
	}
	return "", "", ""
}

// PlaceDate returns the day (YYYY-MM-DD) an event dated date and first
// reported at firstSeen sits at on a time axis, with the period its date
// allows and its precision: day, month, year, or reported (undated,
// placed at its first report). An event dated to the day sits on it; one
// dated to a month or year sits at the day it was first reported when that
// falls within the period (before its last day), else at the period's
// last day. at is "" for an undated event with no report date.
func PlaceDate(date, firstSeen string) (at, from, to, prec string) {
	reported := ""
	if len(firstSeen) >= 10 {
		reported = firstSeen[:10]
	}
	from, to, prec = Period(date)
	if prec == "" {
		return reported, reported, reported, "reported"
	}
	at = to
	if prec == "day" {
		at = from
	} else if reported != "" && reported >= from && reported < to {
		at = reported
	}
	return at, from, to, prec
}

// precisionRank orders events placed on the same day: the finer date
// first.
var precisionRank = map[string]byte{"day": '0', "month": '1', "year": '2', "reported": '3'}

// EventOrder is the key merged events are listed by in time order: the
// day PlaceDate gives, then the finer date first; events with nothing to
// place them by come last. Ties are broken by event id. Stores keep it
// with each event so that a timeline's pages come from an index.
func EventOrder(date, firstSeen string) string {
	at, _, _, prec := PlaceDate(date, firstSeen)
	if at == "" {
		return "~"
	}
	return at + "/" + string(precisionRank[prec])
}

// EventCursor is the position just after e in time order, for
// EventFilter.After: the next page starts after it.
func EventCursor(e *CanonicalEvent) string {
	return EventOrder(e.Date, e.FirstSeen) + "," + strconv.FormatInt(e.ID, 10)
}

// ParseEventCursor reads a cursor EventCursor made into its order key and
// event id; anything else is an error wrapping ErrInvalid.
func ParseEventCursor(c string) (key string, id int64, err error) {
	i := strings.LastIndexByte(c, ',')
	if i > 0 {
		key = c[:i]
		id, err = strconv.ParseInt(c[i+1:], 10, 64)
		if err == nil && id > 0 && (key == "~" || len(key) == 12 && key[10] == '/') {
			return key, id, nil
		}
	}
	return "", 0, fmt.Errorf("%w: bad page cursor %q", ErrInvalid, c)
}
