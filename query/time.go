package query

import (
	"sort"
	"strings"

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
	at, from, to, prec := powermap.PlaceDate(e.Date, e.FirstSeen)
	return Placement{At: at, From: from, To: to, Precision: prec}
}

// period returns the first and last day a YYYY[-MM[-DD]] date covers and
// its precision; "" for an empty or unreadable date.
func period(d string) (from, to, prec string) { return powermap.Period(d) }

// SortEvents puts events in time order by their placement: undated events
// among the dated ones at their report date, events dated to a month or a
// year within that period. Ties keep the finer date first, then the id.
func SortEvents(evs []powermap.CanonicalEvent) {
	keys := make([]string, len(evs))
	sorted := true
	for i := range evs {
		keys[i] = powermap.EventOrder(evs[i].Date, evs[i].FirstSeen)
		if i > 0 && (keys[i] < keys[i-1] || keys[i] == keys[i-1] && evs[i].ID < evs[i-1].ID) {
			sorted = false
		}
	}
	if sorted {
		return // as a store lists them: a timeline's page is in order
	}
	byID := make(map[int64]string, len(evs))
	for i := range evs {
		byID[evs[i].ID] = keys[i]
	}
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := byID[evs[i].ID], byID[evs[j].ID]
		if a != b {
			return a < b
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
