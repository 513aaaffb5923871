package powermap

import "testing"

func TestSumPairFirstLastFromDatesNotReports(t *testing.T) {
	amount := 1e6
	evs := []PairEvent{
		{ID: 1, Type: EventMeet, Date: "2025-06-02", FirstSeen: "2025-06-03"},
		{ID: 2, Type: EventOppose, Source: 1, Target: 2, FirstSeen: "2026-02-01"}, // undated
		{ID: 3, Type: EventFund, Source: 1, Target: 2, Date: "2024", FirstSeen: "2025-01-05", Amount: &amount},
	}
	p := SumPair(1, 2, evs)
	if p.First != "2024" || p.Last != "2025-06-02" || p.Undated != 1 || p.Events != 3 {
		t.Errorf("sums %+v: want first 2024, last 2025-06-02 (not the undated report), 1 undated, 3 events", p)
	}
	if p.FirstAt != "2024-12-31" || p.LastAt != "2026-02-01" {
		t.Errorf("placed from %s to %s; want 2024-12-31 (the year's last day, reported later) to 2026-02-01", p.FirstAt, p.LastAt)
	}
	// Seen from each side: 1 gave 2 a million and is the source of both
	// directed events.
	if a := TieOf(1, 2, p); a.Given != amount || a.Received != 0 || a.AToB != 2 || a.BToA != 0 || a.FundsAToB != amount {
		t.Errorf("from 1: %+v", a)
	}
	if b := TieOf(2, 1, p); b.Given != 0 || b.Received != amount || b.AToB != 0 || b.BToA != 2 || b.FundsBToA != amount {
		t.Errorf("from 2: %+v", b)
	}
	// Warm in 2024 and 2025, hostile in February 2026: the balance
	// decays over the quiet months and ends below zero.
	if p.Balance >= 0 {
		t.Errorf("balance %v; want below zero after the latest attack", p.Balance)
	}
}
