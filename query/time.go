package query

import (
	"sort"
	"strings"
	"time"

	"github.com/powermap/powermap"
)

// Placement is where an event sits on a time axis.
//
// An event dated to the day sits on that day. An event dated to a month or
// a year covers that whole period (From to To) and sits, within it, at the
// day it was first reported, or at the period's last day when it was
// reported later: "in 2025", reported in July 2025, happened by July 2025,
// so it is neither sorted before the year's months nor after its report.
// An undated event sits at the day it was first reported, and says so.
type Placement struct {
	At        string `json:"at"`        // YYYY-MM-DD: where the event is drawn and sorted
	From      string `json:"from"`      // YYYY-MM-DD: the first day the date allows
	To        string `json:"to"`        // YYYY-MM-DD: the last day the date allows
	Precision string `json:"precision"` // day, month, year, or reported (undated)
}

// Undated reports whether the event had no date and is placed by its
// report.
func (p Placement) Undated() bool { return p.Precision == "reported" }

// Place returns where event e sits on a time axis. At is "" only for an
// undated event whose sources have no publication date.
func Place(e *powermap.CanonicalEvent) Placement {
	reported := ""
	if len(e.FirstSeen) >= 10 {
		reported = e.FirstSeen[:10]
	}
	from, to, prec := period(e.Date)
	if prec == "" {
		return Placement{At: reported, From: reported, To: reported, Precision: "reported"}
	}
	at := to
	if prec == "day" {
		at = from
	} else if reported != "" && reported >= from && reported < to {
		at = reported
	}
	return Placement{At: at, From: from, To: to, Precision: prec}
}

// period returns the first and last day a YYYY[-MM[-DD]] date covers and
// its precision; "" for an empty or unreadable date.
func period(d string) (from, to, prec string) {
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

// SortEvents puts events in time order by their placement: undated events
// among the dated ones at their report date, events dated to a month or a
// year within that period. Ties keep the finer date first, then the id.
func SortEvents(evs []powermap.CanonicalEvent) {
	rank := map[string]int{"day": 0, "month": 1, "year": 2, "reported": 3}
	keys := make(map[int64]Placement, len(evs))
	for i := range evs {
		keys[evs[i].ID] = Place(&evs[i])
	}
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := keys[evs[i].ID], keys[evs[j].ID]
		if a.At != b.At {
			if a.At == "" || b.At == "" {
				return b.At == "" // nothing to place it by: last
			}
			return a.At < b.At
		}
		if rank[a.Precision] != rank[b.Precision] {
			return rank[a.Precision] < rank[b.Precision]
		}
		return evs[i].ID < evs[j].ID
	})
}

// DateConflict returns the dates an event's sources give when they
// disagree, or nil. Dates that differ only in precision ("2024-12" and
// "2024-12-12", "2024" and "2024-03") agree: one is a coarser form of the
// other.
func DateConflict(dates []string) []string {
	for i := range dates {
		for j := i + 1; j < len(dates); j++ {
			a, b := dates[i], dates[j]
			if len(a) > len(b) {
				a, b = b, a
			}
			if b[:len(a)] != a {
				return dates
			}
		}
	}
	return nil
}

// Quoted reports whether a source's fact was inferred from a quotation
// (what someone said of someone) rather than stated as an event.
func Quoted(rule string) bool {
	return strings.HasPrefix(rule, "quote-") || strings.HasPrefix(rule, "said-")
}

// LowConfidence is the confidence below which a fact is shown as
// uncertain.
const LowConfidence = 0.6
