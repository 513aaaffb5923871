package resolve

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// day parses a YYYY-MM-DD day.
func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// TestNameAndSoundKeys checks the keys names are compared by.
func TestNameAndSoundKeys(t *testing.T) {
	if NameKey("J.D. Vance") != NameKey("JD Vance") || NameKey("Donald Trump") == NameKey("Melania Trump") {
		t.Error("name keys")
	}
	for _, pair := range [][2]string{{"Theo Von", "Theo Vaughn"}, {"Karoline Leavitt", "Karoline Levitt"}} {
		if !SoundAlike(pair[0], pair[1]) {
			t.Errorf("%q and %q should sound alike: %q %q", pair[0], pair[1], SoundKey(pair[0]), SoundKey(pair[1]))
		}
	}
	for _, pair := range [][2]string{{"Katie Miller", "Stephen Miller"}, {"Donald Trump", "Donald Tusk"}, {"Mike Johnson", "Mike Jones"},
		{"Thomas Massie", "Thomas Moss"}, {"Person Number18", "Person Number9"}} {
		if SoundAlike(pair[0], pair[1]) {
			t.Errorf("%q and %q must not sound alike", pair[0], pair[1])
		}
	}
	if SoundKey("Trump") != "" {
		t.Error("a single name has no sound key")
	}
}

// TestOneDinnerToldThreeWays: reports of one dinner with different guests
// and dates a day apart, tied by day or place, are one event.
func TestOneDinnerToldThreeWays(t *testing.T) {
	m := NewMerger(DefaultWindow)
	a := m.Add(&Event{ID: 1, Type: "meet", Actors: []int64{1, 2, 3}, Date: "2026-01-03", Place: "the Mar-a-Lago", Published: day("2026-01-07")})
	b := m.Add(&Event{ID: 2, Type: "meet", Actors: []int64{1, 2}, Date: "2026-01-03", Published: day("2026-01-04")})
	c := m.Add(&Event{ID: 3, Type: "meet", Actors: []int64{2, 3}, Date: "", Place: "Mar-a-Lago", Published: day("2026-01-05")})
	d := m.Add(&Event{ID: 4, Type: "meet", Actors: []int64{1, 2}, Date: "2026-01-04", Published: day("2026-01-05")})
	if a != b || b != c || c != d {
		t.Fatalf("clusters %d %d %d %d, want one", a, b, c, d)
	}
	cl := m.Clusters()[a]
	if cl.Date() != "2026-01-03" || len(cl.Dates()) != 2 || len(cl.Members) != 4 || len(cl.Actors()) != 3 {
		t.Errorf("cluster date %q dates %v members %d actors %v", cl.Date(), cl.Dates(), len(cl.Members), cl.Actors())
	}
}

// TestDifferentHappeningsStayApart: other months, types, people or
// directions are other events.
func TestDifferentHappeningsStayApart(t *testing.T) {
	m := NewMerger(DefaultWindow)
	a := m.Add(&Event{ID: 1, Type: "meet", Actors: []int64{1, 2}, Date: "2026-01-03", Published: day("2026-01-04")})
	for i, e := range []*Event{
		{ID: 2, Type: "meet", Actors: []int64{1, 2}, Date: "2026-02-03", Published: day("2026-02-04")}, // a month later
		{ID: 3, Type: "oppose", Source: 1, Target: 2, Date: "2026-01-03"},                              // another type
		{ID: 4, Type: "meet", Actors: []int64{1, 5}, Date: "2026-01-03"},                               // one actor in common
		{ID: 5, Type: "meet", Actors: []int64{1, 2}, Date: "", Published: day("2026-03-01")},           // undated, reported two months on
	} {
		if got := m.Add(e); got == a {
			t.Errorf("event %d merged into the first dinner", i+2)
		}
	}
	if b, c := m.Add(&Event{ID: 6, Type: "oppose", Source: 2, Target: 1, Date: "2026-01-03"}), m.Add(&Event{ID: 7, Type: "oppose", Source: 1, Target: 2, Date: "2026-01"}); b == c {
		t.Error("opposite directions merged")
	}
}

// TestUndatedJoinsOnlyWhenTied: an undated or month-dated report joins a
// dated event only when its sentence names the same place or particular
// occasion.
func TestUndatedJoinsOnlyWhenTied(t *testing.T) {
	dinner := func() (*Merger, int) {
		m := NewMerger(DefaultWindow)
		return m, m.Add(&Event{Type: "meet", Actors: []int64{1, 2}, Date: "2026-01-03", Place: "Mar-a-Lago", Rule: "dinner/NOUN", Published: day("2026-01-04")})
	}
	for _, c := range []struct {
		name string
		e    *Event
		want bool
	}{
		{"same place", &Event{Type: "meet", Actors: []int64{2, 1}, Place: "mar-a-lago", Rule: "meet/VERB", Published: day("2026-01-06")}, true},
		{"same occasion", &Event{Type: "meet", Actors: []int64{1, 2}, Rule: "dinner/NOUN", Published: day("2026-01-06")}, true},
		{"the month, same place", &Event{Type: "meet", Actors: []int64{1, 2}, Date: "2026-01", Place: "Mar-a-Lago", Published: day("2026-01-20")}, true},
		{"nothing tying it", &Event{Type: "meet", Actors: []int64{1, 2}, Rule: "meeting/NOUN", Published: day("2026-01-06")}, false},
		{"another place", &Event{Type: "meet", Actors: []int64{1, 2}, Place: "the White House", Published: day("2026-01-06")}, false},
		{"the month only", &Event{Type: "meet", Actors: []int64{1, 2}, Date: "2026-01", Rule: "meet/VERB", Published: day("2026-01-20")}, false},
		{"same place, weeks later", &Event{Type: "meet", Actors: []int64{1, 2}, Place: "Mar-a-Lago", Published: day("2026-02-06")}, false},
	} {
		m, a := dinner()
		if got := m.Add(c.e) == a; got != c.want {
			t.Errorf("%s: joined %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPlanStaysAPlan: "will meet next week" joins the meeting it announced
// only when tied to it, and stays marked a plan; the merged event is a
// plan only while every report is one.
func TestPlanStaysAPlan(t *testing.T) {
	m := NewMerger(DefaultWindow)
	plan := &Event{Type: "meet", Actors: []int64{1, 2}, Planned: true, Place: "Camp David", Published: day("2026-03-01")}
	vague := &Event{Type: "meet", Actors: []int64{1, 2}, Planned: true, Rule: "meet/VERB", Published: day("2026-03-02")}
	p, v := m.Add(plan), m.Add(vague)
	if p == v {
		t.Error("two plans with nothing tying them merged")
	}
	if !Summarize(m.Clusters()[p], 1).Planned {
		t.Error("a cluster of a plan alone is not planned")
	}
	happened := m.Add(&Event{Type: "meet", Actors: []int64{1, 2}, Date: "2026-03-07", Place: "Camp David", Published: day("2026-03-08")})
	if happened != p {
		t.Fatal("the meeting did not join the plan that announced it")
	}
	c := m.Clusters()[p]
	if Summarize(c, 1).Planned || !c.Members[0].Planned || len(c.Members) != 2 {
		t.Errorf("meeting and plan: planned %v, first report planned %v, %d reports", Summarize(c, 1).Planned, c.Members[0].Planned, len(c.Members))
	}
	if later := m.Add(&Event{Type: "meet", Actors: []int64{1, 2}, Planned: true, Place: "Camp David", Published: day("2026-03-10")}); later == p {
		t.Error("a plan reported after the meeting joined it")
	}
}

// TestNoChainsOfParticipants: reports that each share two people with the
// one before never make one ever-growing meeting.
func TestNoChainsOfParticipants(t *testing.T) {
	m := NewMerger(DefaultWindow)
	for i := range int64(200) {
		m.Add(&Event{Type: "meet", Actors: []int64{i, i + 1, i + 2}, Date: "2026-01-03", Published: day("2026-01-04")})
	}
	for _, c := range m.Clusters() {
		if n := len(c.Actors()); n > 5 {
			t.Fatalf("a meeting gathered %d people from a chain of reports", n)
		}
	}
	if len(m.Clusters()) < 60 {
		t.Errorf("%d meetings from 200 chained reports; want many", len(m.Clusters()))
	}
}

// TestMajorityDate checks which date a merged event takes.
func TestMajorityDate(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{[]string{"2026-01-03", "2026-01-04", "2026-01-03"}, "2026-01-03"},
		{[]string{"2026-01", "2026-01-03"}, "2026-01-03"},
		{nil, ""},
	} {
		if got := MajorityDate(tt.in); got != tt.want {
			t.Errorf("MajorityDate(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkMerge100k merges 100,000 generated article events (2,000
// people, 7 types, dates over two years) and reports time and memory.
func BenchmarkMerge100k(b *testing.B) {
	const n = 100_000
	r := rand.New(rand.NewPCG(1, 2))
	types := []string{"meet", "fund", "support", "oppose", "threaten", "position", "reconcile"}
	base := day("2024-01-01")
	events := make([]*Event, n)
	for i := range events {
		typ := types[r.IntN(len(types))]
		e := &Event{ID: int64(i), Type: typ, Published: base.AddDate(0, 0, r.IntN(730))}
		a, c := int64(r.IntN(2000)), int64(r.IntN(2000))
		if typ == "meet" || typ == "reconcile" {
			e.Actors = []int64{min(a, c), max(a, c) + 1}
		} else {
			e.Source, e.Target = a, c+1
		}
		if r.IntN(3) > 0 {
			e.Date = e.Published.AddDate(0, 0, -r.IntN(3)).Format("2006-01-02")
		}
		events[i] = e
	}
	b.ResetTimer()
	var clusters int
	var ms runtime.MemStats
	for i := 0; i < b.N; i++ {
		m := NewMerger(DefaultWindow)
		for _, e := range events {
			m.Add(e)
		}
		clusters = len(m.Clusters())
		runtime.ReadMemStats(&ms)
	}
	b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "events/s")
	b.ReportMetric(float64(clusters), "clusters")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
}
