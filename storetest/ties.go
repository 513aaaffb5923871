package storetest

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// testTies checks that the sums kept for each pair of entities (Ties,
// TiesAmong) are those of the pair's events, after resolution, a merge,
// its undo and a removal.
func testTies(t *testing.T, o Opener) {
	ctx := context.Background()
	s := open(t, o)
	ada, tomas, grace, short := "Ada Quill", "Tomas Reyes", "Grace Okafor", "A. Quill"
	fund := directed(powermap.EventFund, "2025-04", ada, tomas)
	amount := 2.5e6
	fund.ev.AmountUSD = &amount
	put(t, s,
		newArticle("t1", "2025-03-10", []string{ada, tomas}, meet("2025-03-09", "the Harborview Club", ada, tomas)),
		newArticle("t2", "2025-04-20", []string{ada, tomas}, fund),
		newArticle("t3", "2025-06-01", []string{tomas, grace}, directed(powermap.EventOppose, "2025-05-30", grace, tomas)),
		newArticle("t4", "2025-07-01", []string{short, grace}, directed(powermap.EventSupport, "", short, grace)))
	resolve(t, s)
	checkTies(t, s, "after resolution")
	if got := tiesOf(t, s, ada); len(got) != 1 || got[0].Name != tomas || got[0].Events != 2 || got[0].Given != amount || got[0].Counts[powermap.EventMeet] != 1 {
		t.Errorf("Ada's ties %+v; want Tomas Reyes, 2 events, a meeting and $2.5 million given", got)
	}
	if _, err := s.Curate(ctx, powermap.Curation{Action: "merge", Subject: short, Object: ada}); err != nil {
		t.Fatal(err)
	}
	checkTies(t, s, "after a merge")
	if got := tiesOf(t, s, ada); len(got) != 2 {
		t.Errorf("after the merge Ada's ties are %+v; want Tomas Reyes and Grace Okafor", got)
	}
	if _, err := s.UndoCuration(ctx, 0); err != nil {
		t.Fatal(err)
	}
	checkTies(t, s, "after the undo")
	if _, err := s.Curate(ctx, powermap.Curation{Action: "remove", Subject: "t2"}); err != nil {
		t.Fatal(err)
	}
	checkTies(t, s, "after a removal")
	if got := tiesOf(t, s, ada); len(got) != 1 || got[0].Events != 1 || got[0].Given != 0 {
		t.Errorf("after the removal Ada's ties are %+v; want the meeting only", got)
	}
}

// tiesOf returns the ties of the entity ref names.
func tiesOf(t *testing.T, s powermap.Store, ref string) []powermap.Tie {
	t.Helper()
	ties, _, err := s.Ties(context.Background(), entityID(t, s, ref), 0)
	if err != nil {
		t.Fatal(err)
	}
	return ties
}

// checkTies checks every entity's ties against its pairs' events.
func checkTies(t *testing.T, s powermap.Store, when string) {
	t.Helper()
	verifyKept(t, s)
	ctx := context.Background()
	people, err := s.Entities(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	var all []int64
	for _, p := range people {
		ids[p.Name] = p.ID
		all = append(all, p.ID)
	}
	among, err := s.TiesAmong(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	pairs := 0
	for _, p := range people {
		ties, total, err := s.Ties(ctx, p.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		for limit := 1; limit <= 3; limit++ {
			want := ties[:min(limit, len(ties))]
			if top, n, err := s.Ties(ctx, p.ID, limit); err != nil || n != total || len(ties) != total || jsonOf(t, top) != jsonOf(t, want) {
				t.Errorf("%s: %s's first %d ties %+v of %d, %v; want %+v of %d", when, p.Name, limit, top, n, err, want, total)
			}
		}
		for i, tie := range ties {
			if i > 0 && ties[i-1].Events < tie.Events {
				t.Errorf("%s: %s's ties are not most shared first: %+v", when, p.Name, ties)
			}
			if tie.A != p.ID {
				t.Errorf("%s: a tie of %s is seen from #%d", when, p.Name, tie.A)
			}
			evs := events(t, s, powermap.EventFilter{Persons: []int64{p.ID, tie.B}, NoSources: true})
			var pes []powermap.PairEvent
			for _, e := range evs {
				pes = append(pes, powermap.PairEvent{ID: e.ID, Type: e.Type, Date: e.Date, FirstSeen: e.FirstSeen, Amount: e.AmountUSD, Source: ids[e.Source], Target: ids[e.Target]})
			}
			lo, hi := min(p.ID, tie.B), max(p.ID, tie.B)
			want := powermap.TieOf(p.ID, tie.B, powermap.SumPair(lo, hi, pes))
			want.Name, want.Type = tie.Name, tie.Type
			if g, w := jsonOf(t, tie), jsonOf(t, want); g != w {
				t.Errorf("%s: tie of %s with %s\n got %s\nwant %s", when, p.Name, tie.Name, g, w)
			}
			if p.ID < tie.B {
				pairs++
				found := false
				for _, a := range among {
					found = found || a.A == p.ID && a.B == tie.B && jsonOf(t, a.PairStats) == jsonOf(t, tie.PairStats)
				}
				if !found {
					t.Errorf("%s: TiesAmong lacks %s and %s: %+v", when, p.Name, tie.Name, among)
				}
			}
		}
	}
	if len(among) != pairs {
		t.Errorf("%s: TiesAmong lists %d pairs; Ties %d", when, len(among), pairs)
	}
	checkNetwork(t, s, when)
}

// checkNetwork checks that everyone's network is the one made of the
// busiest entities and the sums kept for their pairs, and that a store
// that keeps it (query.NetworkKeeper) keeps it at the record's revision
// after every resolving or curating change.
func checkNetwork(t *testing.T, s powermap.Store, when string) {
	t.Helper()
	ctx := context.Background()
	o := query.NetworkOptions{Max: query.DefaultNetworkMax}
	if k, ok := s.(query.NetworkKeeper); ok {
		if _, _, ok, err := k.KeptNetwork(ctx, o.Max); err != nil || !ok {
			t.Errorf("%s: no network kept at the record's revision (%v)", when, err)
		}
	}
	top, err := s.Busiest(ctx, powermap.EventFilter{}, o.Max)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, e := range top {
		ids = append(ids, e.ID)
	}
	ties, err := s.TiesAmong(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	got, err := (&query.Service{Store: s}).Network(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := jsonOf(t, got), jsonOf(t, query.TiesNetwork(top, ties, o)); g != w {
		t.Errorf("%s: everyone's network\n got %s\nwant %s", when, g, w)
	}
}

// jsonOf is v as JSON.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
