package query

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

func TestPlace(t *testing.T) {
	for _, c := range []struct {
		date, seen string
		want       Placement
	}{
		{"2025-06-06", "2025-06-07T10:00:00Z", Placement{"2025-06-06", "2025-06-06", "2025-06-06", "day"}},
		{"", "2025-07-10T08:00:00Z", Placement{"2025-07-10", "2025-07-10", "2025-07-10", "reported"}},
		{"2025", "2025-07-10", Placement{"2025-07-10", "2025-01-01", "2025-12-31", "year"}},
		{"2024", "2026-01-07", Placement{"2024-12-31", "2024-01-01", "2024-12-31", "year"}},
		{"2024-12", "2024-12-20", Placement{"2024-12-20", "2024-12-01", "2024-12-31", "month"}},
		{"2024-02", "", Placement{"2024-02-29", "2024-02-01", "2024-02-29", "month"}},
		{"", "", Placement{"", "", "", "reported"}},
	} {
		e := powermap.CanonicalEvent{Date: c.date, FirstSeen: c.seen}
		if got := Place(&e); got != c.want {
			t.Errorf("Place(%q, seen %q) = %+v, want %+v", c.date, c.seen, got, c.want)
		}
	}
}

// muskTrump is a pair's story shaped like the real one: allies in 2024, a
// feud in June 2025 with an undated flare-up reported in July and a
// year-only attack, a reconciliation in January 2026.
func muskTrump() []powermap.CanonicalEvent {
	return []powermap.CanonicalEvent{
		{ID: 1, Type: "fund", Date: "2024", FirstSeen: "2026-01-07T00:00:00Z"},
		{ID: 2, Type: "meet", Date: "2024-12-18", FirstSeen: "2024-12-20T00:00:00Z"},
		{ID: 3, Type: "fund", FirstSeen: "2024-12-20T00:00:00Z"},
		{ID: 4, Type: "support", Date: "2025-03-11", FirstSeen: "2025-03-12T00:00:00Z"},
		{ID: 5, Type: "oppose", Date: "2025", FirstSeen: "2025-07-15T00:00:00Z"},
		{ID: 6, Type: "threaten", Date: "2025-06-06", FirstSeen: "2025-06-06T00:00:00Z"},
		{ID: 7, Type: "oppose", Date: "2025-06-05", FirstSeen: "2025-06-06T00:00:00Z"},
		{ID: 8, Type: "oppose", FirstSeen: "2025-07-12T00:00:00Z"},
		{ID: 9, Type: "reconcile", Date: "2026-01-03", FirstSeen: "2026-01-04T00:00:00Z"},
		{ID: 10, Type: "meet", Date: "2026-01-03", FirstSeen: "2026-01-04T00:00:00Z"},
		{ID: 11, Type: "oppose", FirstSeen: ""}, // nothing to place it by
	}
}

func ids(evs []powermap.CanonicalEvent) string {
	var s []string
	for _, e := range evs {
		s = append(s, fmt.Sprint(e.ID))
	}
	return strings.Join(s, " ")
}

func TestSortEventsPlacesUndatedAndCoarseDates(t *testing.T) {
	evs := muskTrump()
	SortEvents(evs)
	// The undated fund (3) at its report day after the dinner; the
	// year-only 2024 fund (1) at the end of 2024; the undated July attack
	// (8) and the 2025 attack reported in July (5) after the June feud,
	// not before it; the unplaceable one last.
	if got, want := ids(evs), "2 3 1 4 7 6 8 5 9 10 11"; got != want {
		t.Errorf("order %s, want %s", got, want)
	}
}

func TestSummaryCountsUndatedAndKeepsYearOnlyInItsPeriod(t *testing.T) {
	people := []*powermap.CanonicalEntity{{Name: "Elon Musk"}, {Name: "Donald Trump"}}
	evs := muskTrump()[:10]
	SortEvents(evs)
	got := summarize(people, evs)
	want := []string{
		"Elon Musk and Donald Trump were allies from December 2024 to March 2025 (1 meeting, 2 fundings, 1 show of support).",
		"A public feud in June 2025 (3 attacks, 1 threat).",
		"Elon Musk and Donald Trump reconciled by January 2026 (1 reconciliation, 1 meeting).",
	}
	if len(got) != len(want) {
		t.Fatalf("summary %+v", got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
	if !containsID(got[1].Events, 8) || !containsID(got[1].Events, 5) || !containsID(got[0].Events, 3) {
		t.Errorf("undated and year-only events not cited: %+v", got)
	}
}

func TestMonthsScoreGoesNegativeInAFeud(t *testing.T) {
	evs := muskTrump()
	SortEvents(evs)
	months := Months(evs)
	if months[0].Month != "2024-12" || months[len(months)-1].Month != "2026-01" || len(months) != 14 {
		t.Fatalf("months %+v", months)
	}
	by := map[string]MonthWarmth{}
	for _, m := range months {
		by[m.Month] = m
	}
	if m := by["2025-06"]; m.Score >= 0 || m.Warmth != -2 {
		t.Errorf("June 2025: %+v, want a negative score", m)
	}
	if m := by["2025-07"]; m.Undated != 1 || m.Score >= by["2025-06"].Score {
		t.Errorf("July 2025 (undated attack reported then): %+v", m)
	}
	if m := by["2024-12"]; m.Score != 3 || m.Undated != 1 {
		t.Errorf("December 2024: %+v", m)
	}
	if m := by["2025-09"]; len(m.Events) != 0 || m.Score >= 0 || m.Score <= by["2025-07"].Score {
		t.Errorf("a quiet month fades toward zero: %+v", m)
	}
	if m := by["2026-01"]; m.Score <= 0 {
		t.Errorf("January 2026 reconciliation: %+v", m)
	}
}

func TestDateConflictIgnoresPrecision(t *testing.T) {
	for _, c := range []struct {
		dates    []string
		conflict bool
	}{
		{[]string{"2024-12", "2024-12-12"}, false},
		{[]string{"2024", "2024-03-01", "2024-03"}, false},
		{[]string{"2024-12-12", "2024-12-13"}, true},
		{[]string{"2024-12", "2025"}, true},
		{[]string{"2024-12-12"}, false},
	} {
		if got := DateConflict(c.dates) != nil; got != c.conflict {
			t.Errorf("DateConflict(%v) = %v", c.dates, got)
		}
	}
}

// fakeStore answers Entity and Events from memory.
type fakeStore struct {
	powermap.Store
	evs []powermap.CanonicalEvent
}

func (f fakeStore) Entity(_ context.Context, ref string) (*powermap.CanonicalEntity, error) {
	return &powermap.CanonicalEntity{ID: int64(len(ref)), Name: ref, Type: "person"}, nil
}

func (f fakeStore) Events(context.Context, powermap.EventFilter) ([]powermap.CanonicalEvent, error) {
	return append([]powermap.CanonicalEvent(nil), f.evs...), nil
}

// Revision is new at every call: nothing is kept from one to the next.
func (f fakeStore) Revision(context.Context) (int64, error) {
	return time.Now().UnixNano(), nil
}

func TestMoney(t *testing.T) {
	for v, want := range map[float64]string{290e6: "$290 million", 1.5e6: "$1.5 million", 25000: "$25,000", 2.25e9: "$2.3 billion", 999: "$999", 1e6: "$1 million"} {
		if got := Money(v); got != want {
			t.Errorf("Money(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestSortEventsInOrderAlready checks that a list in order (as a store
// lists a timeline) stays as it is, and that one out of order only by
// the ids of events on the same day is put in order.
func TestSortEventsInOrderAlready(t *testing.T) {
	evs := muskTrump()
	SortEvents(evs)
	want := ids(evs)
	SortEvents(evs)
	if got := ids(evs); got != want {
		t.Errorf("sorted again: %s, want %s", got, want)
	}
	same := []powermap.CanonicalEvent{{ID: 7, Date: "2025-06-05"}, {ID: 3, Date: "2025-06-05"}, {ID: 1, Date: "2025-06-04"}}
	SortEvents(same)
	if got := ids(same); got != "1 3 7" {
		t.Errorf("order %s, want 1 3 7", got)
	}
}
