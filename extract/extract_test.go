package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/powermap/powermap"
)

// doc runs the pipeline over body text published on pub (YYYY-MM-DD).
func extractDoc(t testing.TB, pub, body string) *Doc {
	t.Helper()
	text := " date " + pub + " " + body
	p, _ := time.Parse("2006-01-02", pub)
	a := &powermap.Article{Name: "t", Text: text, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockMeta, Start: 1, End: 16}, {Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
	return New(testKB(t)).Extract(a)
}

// event finds an event of type typ involving all of names.
func event(f *powermap.Facts, typ string, names ...string) *powermap.Event {
	for i := range f.Events {
		e := &f.Events[i]
		if e.Type != typ {
			continue
		}
		all := true
		for _, n := range names {
			if !contains(e.Participants(), n) {
				all = false
			}
		}
		if all {
			return e
		}
	}
	return nil
}

func TestEvents(t *testing.T) {
	d := extractDoc(t, "2025-04-02", "Annapolis, Maryland - Harlan Voss joined investor Grace Okafor and Governor Alan Pryce for lunch at the State House on Tuesday. "+
		"Okafor, who gave $1.5 million to the Pryce Victory Fund, praised Pryce. "+
		"In 2019, Pryce criticized Voss Maritime and threatened to sue the company. "+
		"Voss did not meet Senator Dana Whitfield. "+
		"Whitfield would criticize Okafor if the bill failed. "+
		"Pryce is set to meet with Whitfield on Friday. "+
		"Governor Alan Pryce helped broker the reconciliation between Voss and Whitfield.")
	f := d.Facts()
	lunch := event(f, "meet", "Harlan Voss", "Grace Okafor", "Alan Pryce")
	if lunch == nil || lunch.Date != "2025-04-01" || d.Text[lunch.Evidence.Start:lunch.Evidence.Start+10] != "Annapolis," {
		t.Errorf("lunch = %+v", lunch)
	}
	if e := event(f, "fund", "Grace Okafor"); e == nil || e.AmountUSD == nil || *e.AmountUSD != 1.5e6 {
		t.Errorf("fund = %+v", e)
	}
	if e := event(f, "support", "Grace Okafor", "Alan Pryce"); e == nil || e.Source != "Grace Okafor" {
		t.Errorf("support = %+v", e)
	}
	if e := event(f, "oppose", "Alan Pryce", "Voss Maritime"); e == nil || e.Date != "2019" || e.Rule == "" || e.Confidence <= 0 {
		t.Errorf("oppose = %+v", e)
	}
	if e := event(f, "threaten", "Alan Pryce"); e == nil {
		t.Errorf("no threat in %+v", f.Events)
	}
	if e := event(f, "meet", "Harlan Voss", "Dana Whitfield"); e != nil {
		t.Errorf("negated meeting extracted: %+v", e)
	}
	if e := event(f, "oppose", "Dana Whitfield", "Grace Okafor"); e != nil {
		t.Errorf("hypothetical criticism extracted: %+v", e)
	}
	if e := event(f, "meet", "Alan Pryce", "Dana Whitfield"); e == nil || !e.Planned || e.Date != "2025-04-04" {
		t.Errorf("planned meeting = %+v", e)
	}
	if e := event(f, "reconcile", "Alan Pryce"); e == nil || e.Mediator != "Alan Pryce" {
		t.Errorf("reconcile = %+v", e)
	}
}

func TestEvidenceSpansAreSentences(t *testing.T) {
	d := extractDoc(t, "2025-04-02", "Harlan Voss met Grace Okafor on Monday. Okafor praised Voss.")
	for _, e := range d.Events {
		ev := d.Text[e.Evidence.Start:e.Evidence.End]
		if !strings.HasSuffix(ev, ".") || strings.Count(ev, ".") != 1 {
			t.Errorf("evidence %q is not one sentence", ev)
		}
	}
	if len(d.Events) != 2 {
		t.Errorf("events = %+v", d.Events)
	}
}

func TestNamesInsideLongerRunsAndLoneSurnames(t *testing.T) {
	d := extractDoc(t, "2025-10-16", "California Governor Gavin Newsom spoke first. Billionaire investor Bill Ackman endorsed the plan. "+
		"Trump has repeatedly threatened to fire Federal Reserve Chair Jerome Powell. Read more From Space Musk also posted.")
	f := d.Facts()
	people, _ := names(f)
	for _, p := range []string{"Gavin Newsom", "Bill Ackman", "Donald Trump", "Jerome Powell"} {
		if !people[p] {
			t.Errorf("%q not found in %v", p, people)
		}
	}
	if people["Space Musk"] || people["Melania Trump"] {
		t.Errorf("people %v", people)
	}
	if e := event(f, "threaten", "Donald Trump", "Jerome Powell"); e == nil || e.Source != "Donald Trump" {
		t.Errorf("threat = %+v", e)
	}
}

// FuzzExtract runs the whole pipeline on arbitrary text: it must not
// panic, and every span it reports must lie inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Senator Ada Quill said. Harlan Voss and Dana Whitfield met on Monday at the Harborview Club.",
		"Trump (@POTUS) said: “FAKE” — and $1.6 trillion in 2019, the night before New Year’s Day.",
		"A (AB) “ ” \" ' ’s , . ? ! … mid-2025 Jan. 4, 2026 @x",
	} {
		f.Add(s)
	}
	x := New(testKB(f))
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		text := " date 2025-06-04 " + body
		a := &powermap.Article{Text: text, Published: time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC), PublishedPrecision: powermap.PrecisionDay,
			Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
		facts := x.Facts(a)
		for _, e := range facts.Events {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Evidence.Start > e.Evidence.End {
				t.Fatalf("evidence span out of bounds: %+v", e.Evidence)
			}
		}
		for _, q := range facts.Quotes {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
				t.Fatalf("quote span out of bounds: %+v", q.Span)
			}
		}
	})
}

func TestStanceFromQuotes(t *testing.T) {
	d := extractDoc(t, "2025-06-04", "“Dana Whitfield has been a great friend to this port,” Harlan Voss said on Tuesday. "+
		"“Grace Okafor is wrong, but she is a friend,” Voss added. "+
		"“This plan is a disaster,” Alan Pryce told Dana Whitfield.")
	f := d.Facts()
	if e := event(f, "support", "Harlan Voss", "Dana Whitfield"); e == nil || e.Rule != "quote-support" || e.Confidence > 0.6 || e.Date != "2025-06-03" {
		t.Errorf("praise = %+v", e)
	}
	if e := event(f, "oppose", "Harlan Voss", "Grace Okafor"); e != nil {
		t.Errorf("a mixed quotation made an event: %+v", e)
	}
	if e := event(f, "support", "Harlan Voss", "Grace Okafor"); e != nil {
		t.Errorf("a mixed quotation made an event: %+v", e)
	}
	if e := event(f, "oppose", "Alan Pryce", "Dana Whitfield"); e == nil || e.Source != "Alan Pryce" {
		t.Errorf("attack told to someone = %+v", e)
	}
}

func TestUserRules(t *testing.T) {
	x := New(testKB(t))
	if err := x.AddRules("mine.txt", []byte("# mine\nsupport\tstick neck/VERB\ttarget=for\n")); err != nil {
		t.Fatal(err)
	}
	text := " date 2025-06-04 Senator Ada Quill stuck her neck out for Harlan Voss on Monday."
	p, _ := time.Parse("2006-01-02", "2025-06-04")
	a := &powermap.Article{Text: text, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
	if e := event(x.Facts(a), "support", "Ada Quill", "Harlan Voss"); e == nil || e.Rule != "stick neck/VERB" {
		t.Errorf("user rule did not fire: %+v", e)
	}
	// The README's example.
	readme := New(testKB(t))
	if err := readme.AddRules("readme.txt", []byte("support\tgo to bat/VERB\ttarget=for\n")); err != nil {
		t.Fatal(err)
	}
	text2 := " date 2025-06-04 Senator Ada Quill went to bat for Harlan Voss on Monday."
	a2 := &powermap.Article{Text: text2, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text2)}}}
	if e := event(readme.Facts(a2), "support", "Ada Quill", "Harlan Voss"); e == nil || e.Rule != "go to bat/VERB" {
		t.Errorf("the README's rule did not fire: %+v", readme.Facts(a2).Events)
	}
	if e := event(New(testKB(t)).Facts(a), "support", "Ada Quill", "Harlan Voss"); e != nil {
		t.Errorf("the user's rule leaked into another extractor: %+v", e)
	}
	for _, bad := range []string{"support\tno-pos\n", "praise\tpraise/VERB\n", "meet\tmeet/VERB\tvictims=obj\n", "meet\tmeet/VERB\t-\tcolour=red\n", "meet\tmeet/VERB\t-\tconf=2\n", "# only a comment\n"} {
		if err := x.AddRules("bad.txt", []byte(bad)); err == nil || !strings.Contains(err.Error(), "bad.txt") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestProbeCases(t *testing.T) {
	d := extractDoc(t, "2025-03-20", "Jeff Bezos sat down with Vice President JD Vance at the Naval Observatory on March 3. "+
		"“Jeff has been a great partner,” Vance said in a statement on Tuesday. "+
		"Separately, Microsoft co-founder Bill Gates pledged $200 million to charity, and he criticized the cuts in an interview with CBS News.")
	f := d.Facts()
	if e := event(f, "meet", "Jeff Bezos", "JD Vance"); e == nil || e.Place != "Naval Observatory" || e.Date != "2025-03-03" {
		t.Errorf("meeting = %+v", e)
	}
	if e := event(f, "support", "JD Vance", "Jeff Bezos"); e == nil {
		t.Errorf("a name opening a quotation was missed: %+v", f.Events)
	}
	for _, e := range f.Events {
		if e.Type == "oppose" {
			t.Errorf("criticism of no named target: %+v", e)
		}
	}
}

func TestBritishStyle(t *testing.T) {
	d := extractDoc(t, "2025-03-06", "Sir Keir Starmer hosted Volodymyr Zelensky in Downing Street on Sunday. "+
		"Kemi Badenoch, the Conservative leader, criticised Mr Starmer's plans. "+
		"Vice-President JD Vance told him he had been “disrespectful”.")
	f := d.Facts()
	people, orgs := names(f)
	for _, p := range []string{"Keir Starmer", "Volodymyr Zelensky", "Kemi Badenoch", "JD Vance"} {
		if !people[p] {
			t.Errorf("%q not in %v", p, people)
		}
	}
	if people["Vice-President JD Vance"] || !orgs["Downing Street"] {
		t.Errorf("people %v orgs %v", people, orgs)
	}
	if e := event(f, "meet", "Keir Starmer", "Volodymyr Zelensky"); e == nil || e.Date != "2025-03-02" {
		t.Errorf("hosted = %+v", e)
	}
	if e := event(f, "oppose", "Kemi Badenoch", "Keir Starmer"); e == nil {
		t.Errorf("criticised: %+v", f.Events)
	}
}

// names returns the canonical names of the people and organizations found.
func names(f *powermap.Facts) (people, orgs map[string]bool) {
	people, orgs = map[string]bool{}, map[string]bool{}
	for _, e := range f.People {
		people[e.Name] = true
	}
	for _, e := range f.Organizations {
		orgs[e.Name] = true
	}
	return
}
