package sqlstore

import (
	"reflect"
	"strings"
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
	good := encodePairStats(powermap.PairStats{Events: 1, Counts: map[string]int{powermap.EventMeet: 1}})
	for _, bad := range []string{good + "|", good[:strings.LastIndexByte(good, '|')], "", pairStatsVersion, "x" + good[len(pairStatsVersion):]} {
		if _, err := decodePairStats(bad); err == nil {
			t.Errorf("%q read as pair sums", bad)
		}
	}
}

// BenchmarkDecodePairStats decodes the sums of a pair with several kinds
// of events, as a person's page does for a hundred pairs.
func BenchmarkDecodePairStats(b *testing.B) {
	s := encodePairStats(powermap.PairStats{Events: 4, Counts: map[string]int{powermap.EventFund: 2, powermap.EventOppose: 1, powermap.EventMeet: 1},
		Undated: 1, First: "2024", Last: "2025-03", FirstAt: "2024-12-31", LastAt: "2026-02-01", Balance: -0.93, Directed: 3, SrcLo: 2, SrcHi: 1})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodePairStats(s); err != nil {
			b.Fatal(err)
		}
	}
}
