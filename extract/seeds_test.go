package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/read"
)

// seedFacts extracts from a seed article read from ../shared/seeds, or
// skips when ../shared is absent.
func seedFacts(t *testing.T, name string) (*powermap.Article, *powermap.Facts) {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "seeds", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed %s is absent (../shared sits beside the repository in CI): %v", path, err)
	}
	a, err := read.ParseText(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return a, New(testKB(t)).Facts(a)
}

// evidenceHas checks that an event's evidence is a sentence of the article
// containing want.
func evidenceHas(t *testing.T, a *powermap.Article, e *powermap.Event, want string) {
	t.Helper()
	ev := a.Text[e.Evidence.Start:e.Evidence.End]
	if !strings.Contains(ev, want) {
		t.Errorf("%s event evidence %q lacks %q", e.Type, ev, want)
	}
}

// TestSeedFacts checks what the extraction issue lists for the two seeds.
func TestSeedFacts(t *testing.T) {
	a, f := seedFacts(t, "000_e210caf586e79ff1.txt")
	dinner := event(f, "meet", "Elon Musk", "Donald Trump", "Melania Trump")
	if dinner == nil || dinner.Date != "2026-01-03" || dinner.Place != "Mar-a-Lago" {
		t.Errorf("Mar-a-Lago dinner = %+v", dinner)
	} else {
		evidenceHas(t, a, dinner, "lovely dinner")
	}
	fund := event(f, "fund", "Elon Musk", "Donald Trump")
	if fund == nil || fund.AmountUSD == nil || *fund.AmountUSD != 290e6 || fund.Date != "2024" {
		t.Errorf("$290 million = %+v", fund)
	}
	var ended *powermap.Event
	for i, e := range f.Events {
		if e.Type == "position" && e.Source == "Elon Musk" && e.Target == "Department of Government Efficiency" && e.Status == "end" {
			ended = &f.Events[i]
		}
	}
	if ended == nil || ended.Date != "2025-05" {
		t.Errorf("DOGE position end = %+v", ended)
	}
	rec := event(f, "reconcile", "Elon Musk", "Donald Trump")
	if rec == nil || !strings.Contains(rec.Mediator, "Vance") {
		t.Errorf("reconciliation = %+v", rec)
	}
	for _, want := range [][2]string{{"Elon Musk", "America is toast"}, {"Donald Trump", "Elon gave an incredible"}, {"Elon Musk", "Had a lovely dinner"}} {
		found := false
		for _, q := range f.Quotes {
			if q.Speaker == want[0] && strings.HasPrefix(q.Text, want[1]) {
				found = true
			}
		}
		if !found {
			t.Errorf("quote %q by %s not found in %+v", want[1], want[0], f.Quotes)
		}
	}

	a, f = seedFacts(t, "001_e126f8108d4afafb.txt")
	dinner = event(f, "meet", "Elon Musk", "Jeff Bezos", "Donald Trump")
	if dinner == nil || dinner.Date != "2024-12-18" {
		t.Errorf("2024-12-18 dinner = %+v", dinner)
	} else {
		evidenceHas(t, a, dinner, "on Wednesday night")
	}
	for _, who := range []string{"Jeff Bezos", "Mark Zuckerberg"} {
		found := false
		for _, e := range f.Events {
			if e.Type == "fund" && e.Source == who && e.Target == "Donald Trump" && e.AmountUSD != nil && *e.AmountUSD == 1e6 {
				found = true
			}
		}
		if !found {
			t.Errorf("%s's $1 million not found", who)
		}
	}
	var amazon2017, bozo2019 bool
	for _, e := range f.Events {
		if e.Type == "oppose" && e.Source == "Donald Trump" && e.Target == "Amazon" && e.Date == "2017" {
			amazon2017 = true
		}
		if e.Type == "oppose" && e.Source == "Donald Trump" && e.Target == "Jeff Bezos" && e.Date == "2019" {
			bozo2019 = true
			evidenceHas(t, a, &e, "Jeff Bozo")
		}
	}
	if !amazon2017 || !bozo2019 {
		t.Errorf("2017 criticism of Amazon %v, 2019 'Jeff Bozo' insult %v", amazon2017, bozo2019)
	}
	speakers := map[string]bool{}
	for _, q := range f.Quotes {
		speakers[q.Speaker] = true
	}
	for _, s := range []string{"Jeff Bezos", "Donald Trump", "Elon Musk"} {
		if !speakers[s] {
			t.Errorf("no quote by %s", s)
		}
	}
}
