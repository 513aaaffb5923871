package sqlstore

import (
	"reflect"
	"testing"

	"github.com/powermap/powermap"
)

func TestPairStatsRoundTrip(t *testing.T) {
	for _, p := range []powermap.PairStats{
		{Events: 1, Counts: map[string]int{powermap.EventMeet: 1}, FirstAt: "2025-01-02", LastAt: "2025-01-02", First: "2025-01-02", Last: "2025-01-02", Balance: 1},
		{Events: 4, Counts: map[string]int{powermap.EventFund: 2, powermap.EventOppose: 1, "future-type": 1}, Undated: 1, First: "2024", Last: "2025-03",
			FirstAt: "2024-12-31", LastAt: "2026-02-01", Balance: -0.93, Directed: 3, SrcLo: 2, SrcHi: 1, FundsDirected: 3.5e6, FundsSrcLo: 2.5e6,
			FundsSrcHi: 1e6, GivenLoHi: 2.5e6, GivenHiLo: 0.1},
		{Counts: map[string]int{}},
	} {
		got, err := decodePairStats(encodePairStats(p))
		if err != nil || !reflect.DeepEqual(got, p) {
			t.Errorf("%+v\n-> %q\n-> %+v, %v", p, encodePairStats(p), got, err)
		}
	}
	if _, err := decodePairStats(`{"events":1}`); err == nil {
		t.Error("JSON read as pair sums")
	}
}
