package events

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/amounts"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/dates"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/quotes"
	"github.com/powermap/powermap/extract/syntax"
	"github.com/powermap/powermap/extract/tokens"
)

// extracted runs every stage, this one last, over body published on pub.
func extracted(t *testing.T, pub, body string) *doc.Doc {
	t.Helper()
	d := before(t, pub, body)
	Run(d, DefaultFrames())
	return d
}

// before runs the stages before this one over body published on pub.
func before(t *testing.T, pub, body string) *doc.Doc {
	t.Helper()
	d := stagetest.Doc(t, pub, body)
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	dates.Run(d)
	amounts.Run(d)
	quotes.Run(d)
	return d
}

// event finds an event of type typ involving all of names.
var event = stagetest.Event

func TestEvents(t *testing.T) {
	d := extracted(t, "2025-04-02", "Annapolis, Maryland - Harlan Voss joined investor Grace Okafor and Governor Alan Pryce for lunch at the State House on Tuesday. "+
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
	d := extracted(t, "2025-04-02", "Harlan Voss met Grace Okafor on Monday. Okafor praised Voss.")
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
	d := extracted(t, "2025-10-16", "California Governor Gavin Newsom spoke first. Billionaire investor Bill Ackman endorsed the plan. "+
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

func TestStanceFromQuotes(t *testing.T) {
	d := extracted(t, "2025-06-04", "“Dana Whitfield has been a great friend to this port,” Harlan Voss said on Tuesday. "+
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

func TestProbeCases(t *testing.T) {
	d := extracted(t, "2025-03-20", "Jeff Bezos sat down with Vice President JD Vance at the Naval Observatory on March 3. "+
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
	d := extracted(t, "2025-03-06", "Sir Keir Starmer hosted Volodymyr Zelensky in Downing Street on Sunday. "+
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

// TestAppositivesBetweenSubjectAndVerb checks that descriptions set off
// by commas between a name and its verb do not lose the subject, and
// that one naming someone still states its own event.
func TestAppositivesBetweenSubjectAndVerb(t *testing.T) {
	d := extracted(t, "2025-04-02", "Callum Fraser, 71, a retired surgeon from the coast, contributed $80,000 to the Civic Renewal Party on Monday. "+
		"Solveig Haugen, a longtime party activist and the daughter of a former premier, mocked Xochitl Ramirez on Tuesday. "+
		"Tamsin Okoro, a major donor to Ramirez, praised Haugen on Wednesday.")
	f := d.Facts()
	for _, want := range [][]string{{"fund", "Callum Fraser", "Civic Renewal Party"}, {"oppose", "Solveig Haugen", "Xochitl Ramirez"}, {"fund", "Tamsin Okoro", "Xochitl Ramirez"}} {
		if event(f, want[0], want[1:]...) == nil {
			t.Errorf("no %s event of %v in %v", want[0], want[1:], f.Events)
		}
	}
}

// TestRoleOfSeveralWordsBeforeName checks that a role of several words
// between an organization and a name ("Novex Motors chief executive
// Elliot Nakamura") is the name's phrase, so the person takes part.
func TestRoleOfSeveralWordsBeforeName(t *testing.T) {
	d := extracted(t, "2025-04-02", "Ilse Brandvold met Corvane Motors chief executive Elliot Nakamura on Wednesday. "+
		"Ilse Brandvold met Halvard Shipping managing director Tobias Arkwright on Monday.")
	f := d.Facts()
	for _, want := range [][]string{{"meet", "Ilse Brandvold", "Elliot Nakamura"}, {"meet", "Ilse Brandvold", "Tobias Arkwright"}} {
		if event(f, want[0], want[1:]...) == nil {
			t.Errorf("no %s event of %v in %v", want[0], want[1:], f.Events)
		}
	}
}

// TestQuotedConditionalThreats checks threats a speaker makes in their
// own words on a condition put to someone: a consequence that harms the
// condition's subject (a challenger against them, funding their rivals)
// threatens them; one that does not is no threat.
func TestQuotedConditionalThreats(t *testing.T) {
	for _, c := range []struct {
		body         string
		threat, fund bool
	}{
		{`"If Rosalind Achebe supports the levy, I will field a challenger against her next spring," the developer Tomasz Wilk said on Friday.`, true, false},
		{`"If she keeps at it, I will bankroll her opponents," Tomasz Wilk said of Rosalind Achebe on Monday.`, true, false},
		{`"If Rosalind Achebe wins, I will buy her dinner," Priya Sandoval said on Monday.`, false, false},
		// "you" is the one the quotation was written to
		{`"If you support the levy, I will field a challenger against you," Tomasz Wilk wrote to Rosalind Achebe on Monday.`, true, false},
	} {
		f := extracted(t, "2025-04-02", c.body).Facts()
		other := "Tomasz Wilk"
		if strings.Contains(c.body, "Sandoval") {
			other = "Priya Sandoval"
		}
		if got := event(f, "threaten", other, "Rosalind Achebe") != nil; got != c.threat {
			t.Errorf("%s: threat %v, want %v (events %v)", c.body, got, c.threat, f.Events)
		}
		if got := event(f, "fund", other, "Rosalind Achebe") != nil; got != c.fund {
			t.Errorf("%s: fund %v, want %v (events %v)", c.body, got, c.fund, f.Events)
		}
	}
}

// TestNewPostNotTheApposition checks that a post taken "as director of"
// a body is at that body, not at the one an apposition says the person
// was with.
func TestNewPostNotTheApposition(t *testing.T) {
	f := extracted(t, "2025-04-02", "Governor Ilse Brandvold on Friday named Tobias Arkwright, the Corvane Motors co-founder, as director of the Harbor Development Authority.").Facts()
	if event(f, "position", "Tobias Arkwright", "Harbor Development Authority") == nil {
		t.Errorf("no position at the Harbor Development Authority in %v", f.Events)
	}
	if event(f, "position", "Tobias Arkwright", "Corvane Motors") != nil {
		t.Errorf("a position at Corvane Motors in %v", f.Events)
	}
}

// TestNoLonger checks "no longer": with or at an organization, a post
// left; before a stance, none.
func TestNoLonger(t *testing.T) {
	f := extracted(t, "2025-04-02", "Effective immediately, Ilse Brandvold is no longer with Corvane Motors, the company said. "+
		"Tobias Arkwright is no longer angry with Ilse Brandvold. Rosa Villanueva no longer backs Tobias Arkwright.").Facts()
	if e := event(f, "position", "Ilse Brandvold", "Corvane Motors"); e == nil || e.Status != "end" {
		t.Errorf("no post left at Corvane Motors in %v", f.Events)
	}
	if event(f, "oppose", "Tobias Arkwright", "Ilse Brandvold") != nil || event(f, "support", "Rosa Villanueva", "Tobias Arkwright") != nil {
		t.Errorf("a stance held no longer in %v", f.Events)
	}
}

// TestDepartureFromPostHeld checks that leaving with no post named
// leaves the post the paragraph says the person held.
func TestDepartureFromPostHeld(t *testing.T) {
	for _, body := range []string{
		"Ilse Brandvold has run Corvane Motors since 2015. On Tuesday the board announced that she would step down at the end of the year.",
		"Ilse Brandvold is the chief executive of Corvane Motors. She resigned on Monday.",
	} {
		f := extracted(t, "2025-04-02", body).Facts()
		if e := event(f, "position", "Ilse Brandvold", "Corvane Motors"); e == nil {
			t.Errorf("%s: no position in %v", body, f.Events)
		} else if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool { return e.Type == "position" && e.Status == "end" }) {
			t.Errorf("%s: no post left in %v", body, f.Events)
		}
	}
	f := extracted(t, "2025-04-02", "Ilse Brandvold is the chief executive of Corvane Motors. Tobias Arkwright resigned on Monday.").Facts()
	if event(f, "position", "Tobias Arkwright", "Corvane Motors") != nil {
		t.Errorf("someone else's post left in %v", f.Events)
	}
}

// TestDrawnOutLabels checks that calling someone by a drawn-out label
// of a kind mocks them, and a short one with no word of praise or
// attack says nothing.
func TestDrawnOutLabels(t *testing.T) {
	f := extracted(t, "2025-04-02", `Tobias Arkwright called Ilse Brandvold "a landlord with a press office" on Monday.`).Facts()
	if event(f, "oppose", "Tobias Arkwright", "Ilse Brandvold") == nil {
		t.Errorf("no attack in %v", f.Events)
	}
	f = extracted(t, "2025-04-02", `Ilse Brandvold called Tobias Arkwright "a true partner" on Monday.`).Facts()
	if event(f, "oppose", "Ilse Brandvold", "Tobias Arkwright") != nil {
		t.Errorf("an attack in %v", f.Events)
	}
}

// TestTimeBeforeParticiple checks that a day between a statement and
// the participle that tells what it says ("a statement on Tuesday
// accusing …") is not taken for the participle's subject.
func TestTimeBeforeParticiple(t *testing.T) {
	f := extracted(t, "2025-04-02", "Corvane Motors issued a statement on Tuesday accusing Ilse Brandvold of misleading investors.").Facts()
	if event(f, "oppose", "Corvane Motors", "Ilse Brandvold") == nil {
		t.Errorf("no accusation in %v", f.Events)
	}
}

// TestReciprocalActs checks that two who traded insults each attacked
// the other, and that the platform they did it on is no one attacked.
func TestReciprocalActs(t *testing.T) {
	f := extracted(t, "2025-04-02", "Ilse Brandvold and Tobias Arkwright traded barbs on Truth Social for most of Sunday.").Facts()
	for _, pair := range [][2]string{{"Ilse Brandvold", "Tobias Arkwright"}, {"Tobias Arkwright", "Ilse Brandvold"}} {
		if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
			return e.Type == "oppose" && e.Source == pair[0] && e.Target == pair[1]
		}) {
			t.Errorf("no attack of %s on %s in %v", pair[0], pair[1], f.Events)
		}
	}
	if event(f, "oppose", "Truth Social") != nil {
		t.Errorf("the platform attacked in %v", f.Events)
	}
}

// TestHarmByOthers checks that a harm someone else is to do is no threat
// of the one who speaks of it: asked for ("should"), it is a demand;
// foretold, nothing of the speaker's.
func TestHarmByOthers(t *testing.T) {
	f := extracted(t, "2025-04-02", "Senator Ilse Brandvold said the Justice Department should investigate Tobias Arkwright.").Facts()
	if event(f, "oppose", "Ilse Brandvold", "Tobias Arkwright") == nil || event(f, "threaten", "Ilse Brandvold", "Tobias Arkwright") != nil {
		t.Errorf("want a demand, no threat: %v", f.Events)
	}
	f = extracted(t, "2025-04-02", "Senator Ilse Brandvold said the board would fire Tobias Arkwright.").Facts()
	if event(f, "threaten", "Ilse Brandvold", "Tobias Arkwright") != nil {
		t.Errorf("a threat in %v", f.Events)
	}
	f = extracted(t, "2025-04-02", "Senator Ilse Brandvold said she would sue Tobias Arkwright.").Facts()
	if event(f, "threaten", "Ilse Brandvold", "Tobias Arkwright") == nil {
		t.Errorf("no threat in %v", f.Events)
	}
}

// TestGroupNounBeforeNames checks that names set beside a plural noun
// that opens the sentence are its subject ("Both senators, A and B,
// endorsed …").
func TestGroupNounBeforeNames(t *testing.T) {
	f := extracted(t, "2025-04-02", "Both senators, Ilse Brandvold and Tobias Arkwright, endorsed Mayor Kofi Asante's re-election bid.").Facts()
	for _, who := range []string{"Ilse Brandvold", "Tobias Arkwright"} {
		if event(f, "support", who, "Kofi Asante") == nil {
			t.Errorf("no endorsement by %s in %v", who, f.Events)
		}
	}
}

// TestGiftToAnOpponent checks that money given to someone's opponent
// is no gift to them, and money given to their campaign is.
func TestGiftToAnOpponent(t *testing.T) {
	f := extracted(t, "2025-04-02", "Mayor Tobias Arkwright had a rocky year. Ilse Brandvold gave $50,000 to his opponent last month.").Facts()
	if event(f, "fund", "Ilse Brandvold", "Tobias Arkwright") != nil {
		t.Errorf("a gift to the mayor in %v", f.Events)
	}
	f = extracted(t, "2025-04-02", "Mayor Tobias Arkwright had a rocky year. Ilse Brandvold gave $50,000 to his campaign last month.").Facts()
	if event(f, "fund", "Ilse Brandvold", "Tobias Arkwright") == nil {
		t.Errorf("no gift to the mayor in %v", f.Events)
	}
}

// TestReportedConditionalThreats checks consequences told on a negated
// condition: a harm, or backing someone's rival, threatens; an offer
// does not; and a verb that makes up only with other words ("move past
// the feud") is no offer alone ("move the team").
func TestReportedConditionalThreats(t *testing.T) {
	for _, c := range []struct {
		body   string
		threat bool
	}{
		{"Ilse Brandvold told Tobias Arkwright that she would move the team if he did not approve the stadium.", true},
		{"Ilse Brandvold told Tobias Arkwright that she would back his rival if he did not approve the stadium.", true},
		{"Ilse Brandvold told Tobias Arkwright that she would endorse him unless he blocked the stadium.", false},
	} {
		f := extracted(t, "2025-04-02", c.body).Facts()
		if got := event(f, "threaten", "Ilse Brandvold", "Tobias Arkwright") != nil; got != c.threat {
			t.Errorf("%s: threat %v, want %v (events %v)", c.body, got, c.threat, f.Events)
		}
	}
}

// TestHyphenatedTriggers checks that a hyphenated noun the tokenizer
// splits is one trigger again.
func TestHyphenatedTriggers(t *testing.T) {
	f := extracted(t, "2025-04-02", "Oskar Lund had a sit-down with Jamal Wright on Monday. Brody Callahan gave a shout-out to Nompumelelo Zulu on Tuesday.").Facts()
	if event(f, "meet", "Oskar Lund", "Jamal Wright") == nil || event(f, "support", "Brody Callahan", "Nompumelelo Zulu") == nil {
		t.Errorf("hyphenated triggers missed: %v", f.Events)
	}
}

// TestHyphenatedVerbs checks that a verb trigger of two words joined by a
// hyphen fires in its inflected forms, which the tokenizer splits.
func TestHyphenatedVerbs(t *testing.T) {
	f := extracted(t, "2025-04-02", "Governor Marcus Lyle strong-armed Westfield Power into cutting rates. Oskar Lund has been bad-mouthing Jamal Wright for years. Brody Callahan was never a well-known figure.").Facts()
	if e := event(f, "threaten", "Marcus Lyle", "Westfield Power"); e == nil || e.Source != "Marcus Lyle" {
		t.Errorf("strong-armed: %v", f.Events)
	}
	if e := event(f, "oppose", "Oskar Lund", "Jamal Wright"); e == nil || e.Source != "Oskar Lund" {
		t.Errorf("bad-mouthing: %v", f.Events)
	}
}

// TestLongQuotesOutOfTheParse checks that a long quotation inside a
// sentence does not hide the narration's event from the parser.
func TestLongQuotesOutOfTheParse(t *testing.T) {
	f := extracted(t, "2025-04-02", `"We had a great relationship for years," Dana Whitfield said, adding, "I don't know if we will have one anymore," during a meeting with Chancellor Emeka Obi.`).Facts()
	if event(f, "meet", "Dana Whitfield", "Emeka Obi") == nil {
		t.Errorf("meeting after long quotations missed: %v", f.Events)
	}
}

// TestCoordinatedActsAreTwoEvents checks that two attacks one sentence's
// coordinated verbs state stay two events, while two frames finding one
// meeting stay one.
func TestCoordinatedActsAreTwoEvents(t *testing.T) {
	f := extracted(t, "2025-04-02", "Dana Whitfield mocked Emeka Obi's budget but also said Obi should be impeached. Tamsin Ward hosted and dined with Lars Ek on Friday.").Facts()
	n, meets := 0, 0
	for _, e := range f.Events {
		if e.Type == "oppose" && e.Source == "Dana Whitfield" && e.Target == "Emeka Obi" {
			n++
		}
		if e.Type == "meet" {
			meets++
		}
	}
	if n != 2 || meets != 1 {
		t.Errorf("%d attacks (want 2), %d meetings (want 1): %v", n, meets, f.Events)
	}
}

// TestWireDatelinesAndModifiedTitles checks a wire-service dateline and
// titles with capitalised modifiers ("Polish Ambassador").
func TestWireDatelinesAndModifiedTitles(t *testing.T) {
	f := extracted(t, "2025-04-02", "BOGOTA, May 12 (Reuters) - Colombian Interior Minister Javier Ocampo received Polish Ambassador Katarzyna Nowicka at his office on Tuesday.").Facts()
	if event(f, "meet", "Javier Ocampo", "Katarzyna Nowicka") == nil {
		t.Errorf("meeting missed: %v", f.Events)
	}
	for _, o := range f.Organizations {
		if o.Name == "BOGOTA" {
			t.Errorf("the dateline's city is an organization: %v", f.Organizations)
		}
	}
}

func TestNameListGifts(t *testing.T) {
	list := "\n\nKestrel Dynamics\n\nBraxton Foods\n\nCaterpillow\n\nTomas R. Vikstrom\n\nThe list gave no amounts."
	d := extracted(t, "2025-06-04", "Braxton Foods gave $2 million to the Harbor Memorial Fund on Monday.\n\nThe governor's office released the names of the donors:"+list)
	f := d.Facts()
	for _, name := range []string{"Kestrel Dynamics", "Caterpillow", "Tomas R. Vikstrom"} {
		e := event(f, "fund", name, "Harbor Memorial Fund")
		if e == nil || e.Rule != "name-list" || e.Confidence >= 0.8 || d.Text[e.Evidence.Start:e.Evidence.End] != name {
			t.Errorf("fund %s = %+v", name, e)
		}
	}
	// Braxton Foods keeps the gift its own sentence states.
	if e := event(f, "fund", "Braxton Foods"); e == nil || e.Rule == "name-list" {
		t.Errorf("Braxton Foods = %+v", e)
	}
	// A list after words of no giving, or after gifts to two
	// beneficiaries, gave nothing.
	for _, body := range []string{
		"Braxton Foods gave $2 million to the Harbor Memorial Fund on Monday.\n\nThe speakers at the gala were:" + list,
		"Braxton Foods gave $2 million to the Harbor Memorial Fund and Orion Freight gave $1 million to the Coastal Arts Trust.\n\nThe donors:" + list,
	} {
		f := extracted(t, "2025-06-04", body).Facts()
		if e := event(f, "fund", "Kestrel Dynamics"); e != nil {
			t.Errorf("%q: fund = %+v", body[:60], e)
		}
	}
}

// TestMoneySpentToBack checks that money spent to back someone is a
// gift and not also praise, while backing without money is support.
func TestMoneySpentToBack(t *testing.T) {
	f := extracted(t, "2025-06-04", "Iris Vance spent $400,000 to back Tomas Ek in the primary.").Facts()
	if event(f, "fund", "Iris Vance", "Tomas Ek") == nil || event(f, "support", "Iris Vance", "Tomas Ek") != nil {
		t.Errorf("events = %+v", f.Events)
	}
	f = extracted(t, "2025-06-04", "Iris Vance traveled to Ohio to back Tomas Ek.").Facts()
	if event(f, "support", "Iris Vance", "Tomas Ek") == nil {
		t.Errorf("events = %+v", f.Events)
	}
}

// TestDescriptionStatesNoOnesElse checks that a description naming
// someone ("the donor") gives no event to another who merely mentions
// it, while its own giving stands.
func TestDescriptionStatesNoOnesElse(t *testing.T) {
	f := extracted(t, "2025-06-04", "Dana Whitfield is the donor who gave $130 million to the Harbor Fund. "+
		"A day later, Harlan Voss referred to the donor as \"a great American citizen.\"").Facts()
	if event(f, "fund", "Harlan Voss") != nil || event(f, "support", "Harlan Voss", "Dana Whitfield") == nil || event(f, "fund", "Dana Whitfield", "Harbor Fund") == nil {
		t.Errorf("events = %+v", f.Events)
	}
}

func TestQuoteSaidOf(t *testing.T) {
	// A quotation's praise goes to the one it was said of.
	d := extracted(t, "2025-04-02", "Marisa Conte defended her deputy on Tuesday. “Jonah has my full confidence,” Conte said of Jonah Feld.")
	if e := event(d.Facts(), "support", "Marisa Conte", "Jonah Feld"); e == nil || e.Source != "Marisa Conte" {
		t.Errorf("support = %+v in %+v", e, d.Facts().Events)
	}
}

func TestQuotePhrases(t *testing.T) {
	// Phrases of several words praise or attack in a quotation.
	d := extracted(t, "2025-04-02", "“Nobody in this city has done more for working families than Aurelio Basti,” Councilwoman Tamsin Okoro told the crowd. “Tom Kell should be ashamed of himself,” Ana Ruiz said on Tuesday.")
	f := d.Facts()
	if e := event(f, "support", "Tamsin Okoro", "Aurelio Basti"); e == nil || e.Source != "Tamsin Okoro" {
		t.Errorf("support = %+v in %+v", e, f.Events)
	}
	if e := event(f, "oppose", "Ana Ruiz", "Tom Kell"); e == nil || e.Source != "Ana Ruiz" {
		t.Errorf("oppose = %+v in %+v", e, f.Events)
	}
}

func TestReconcileToldTwice(t *testing.T) {
	// A headline and a dated sentence telling one reconciliation are one
	// event, and the dated telling, in the body, is its evidence.
	d := extracted(t, "2026-01-05", "Marsh and Hale make peace\n\nLena Marsh and Victor Hale reconciled at a dinner on January 3, 2026. The two had feuded for a year.")
	n := 0
	for _, e := range d.Facts().Events {
		if e.Type == "reconcile" {
			n++
			if e.Date != "2026-01-03" || !strings.HasPrefix(d.Text[e.Evidence.Start:e.Evidence.End], "Lena Marsh") {
				t.Errorf("reconcile = %+v", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d reconcile events, want 1", n)
	}
}

// TestRepairedTreesHaveNoCycles runs the parse and every repair over
// the sentences of the paraphrase suite and checks that each token of
// each tree reaches its root: a repair that re-hangs a word under its own
// dependent leaves a cycle that the matchers cannot read.
func TestRepairedTreesHaveNoCycles(t *testing.T) {
	files, err := filepath.Glob("../testdata/paraphrase/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("paraphrase suite: %v (%d files)", err, len(files))
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			cols := strings.Split(line, "\t")
			if strings.HasPrefix(line, "#") || len(cols) < 2 {
				continue
			}
			d := before(t, "2026-03-12", cols[1])
			st := &stage{Doc: d, frames: DefaultFrames()}
			for si := range d.Sentences {
				p := st.analyse(si)
				if !p.parsed {
					continue
				}
				n++
				for k := range p.toks {
					if !inSubtree(p.toks, k, -1) {
						t.Errorf("%s: a cycle through %q in %q", filepath.Base(f), p.toks[k].Form, cols[1])
						break
					}
				}
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d sentences parsed", n)
	}
}

// TestMannerParticipleIsOneAct checks that a participle clause telling
// how an attack was made ("sued …, alleging …") gives one event, while
// two coordinated attacks ("sued … and accused …") give two.
func TestMannerParticipleIsOneAct(t *testing.T) {
	count := func(body string) int {
		n := 0
		for _, e := range extracted(t, "2025-06-10", body).Events {
			if e.Type == powermap.EventOppose {
				n++
			}
		}
		return n
	}
	if n := count("The Harbor Watch Alliance sued Leopold Sandoval on Tuesday, alleging his barges dumped fuel in the bay."); n != 1 {
		t.Errorf("sued …, alleging …: %d oppose events, want 1", n)
	}
	if n := count("Ana Ruiz sued Dashiell Kraemer on Tuesday and accused him of fraud."); n != 2 {
		t.Errorf("sued … and accused …: %d oppose events, want 2", n)
	}
}

// TestDeadlineDatesNothing checks that a deadline set for an infinitive
// ("until Friday to return …") does not date the act that set it.
func TestDeadlineDatesNothing(t *testing.T) {
	f := extracted(t, "2025-06-10", "Marlow Dynamics gave Petra Salvesen until Friday to hand back the prototypes or face a lawsuit.").Facts()
	e := event(f, "threaten", "Marlow Dynamics", "Petra Salvesen")
	if e == nil || e.Date != "" {
		t.Errorf("threat = %+v, want one with no date", e)
	}
}

// TestOneMovePerPost checks that a move told twice in an article is one
// event, and that two roles or two dates are two moves.
func TestOneMovePerPost(t *testing.T) {
	count := func(f *powermap.Facts, status string) int {
		n := 0
		for _, e := range f.Events {
			if e.Type == "position" && e.Status == status && e.Source == "Maren Ostby" {
				n++
			}
		}
		return n
	}
	f := extracted(t, "2025-04-02", "Maren Ostby resigned as chair of the Kestrel Trust on Monday. Her resignation from the Kestrel Trust surprised the board.").Facts()
	if n := count(f, "end"); n != 1 {
		t.Errorf("one resignation told twice: %d ends in %v", n, f.Events)
	}
	f = extracted(t, "2025-04-02", "In 2019, Maren Ostby joined the Kestrel Trust as head of research. On Wednesday, the Kestrel Trust promoted her to president.").Facts()
	if n := count(f, "start"); n != 2 {
		t.Errorf("two roles taken: %d starts in %v", n, f.Events)
	}
}

// TestPlannedTakesTheComingDate checks that what is still to come takes
// the coming month or day, whatever past-looking word stands near it.
func TestPlannedTakesTheComingDate(t *testing.T) {
	f := extracted(t, "2026-01-23", "Odile Marchetti resigned on Thursday. She will become president of the Pell Institute, a research group focused on labor policy, in March, the institute announced.").Facts()
	e := event(f, "position", "Odile Marchetti", "Pell Institute")
	if e == nil || e.Date != "2026-03" || !e.Planned {
		t.Errorf("position = %+v, want one planned for 2026-03", e)
	}
	f = extracted(t, "2025-12-30", "Dorian Vex and Tova Marr are scheduled to appear together at the launch in Cape Canaveral on Jan. 15, an aide said.").Facts()
	if e := event(f, "meet", "Dorian Vex", "Tova Marr"); e == nil || e.Date != "2026-01-15" {
		t.Errorf("meeting = %+v, want one on 2026-01-15", e)
	}
	// the month on the light verb of a noun trigger dates the plan too
	f = extracted(t, "2026-03-12", "Dorian Vex and Tova Marr have agreed to have lunch together in December.").Facts()
	if e := event(f, "meet", "Dorian Vex", "Tova Marr"); e == nil || e.Date != "2026-12" || !e.Planned {
		t.Errorf("lunch = %+v, want one planned for 2026-12", e)
	}
}

// TestAgreedInTheMonthPast checks that a month governed by a past verb
// stays past, however planned what was agreed then.
func TestAgreedInTheMonthPast(t *testing.T) {
	f := extracted(t, "2026-02-10", "In December, Odile Marchetti agreed to meet Tova Marr.").Facts()
	e := event(f, "meet", "Odile Marchetti", "Tova Marr")
	if e == nil || e.Date != "2025-12" {
		t.Errorf("meeting = %+v, want one in 2025-12", e)
	}
}

// TestThreatenedTimeIsTheHarms checks that a date inside what is
// threatened does not date the threat.
func TestThreatenedTimeIsTheHarms(t *testing.T) {
	f := extracted(t, "2025-06-06", "Dmitri Varga vowed on Thursday to bankroll a primary challenger against Cyrus Pemberton in next year's election.").Facts()
	if e := event(f, "threaten", "Dmitri Varga", "Cyrus Pemberton"); e == nil || e.Date != "2025-06-05" {
		t.Errorf("threat = %+v, want one on 2025-06-05", e)
	}
	f = extracted(t, "2025-06-06", "Dmitri Varga vowed to bankroll a primary challenger against Cyrus Pemberton in next year's election.").Facts()
	if e := event(f, "threaten", "Dmitri Varga", "Cyrus Pemberton"); e == nil || e.Date == "2026" {
		t.Errorf("threat = %+v, want one not dated by next year's election", e)
	}
}

// TestDatesFromContext checks the dates an event takes from around its
// sentence: the last dated sentence of its paragraph (before the day of
// the lead), and the lead's day for an act the lead tells undated.
func TestDatesFromContext(t *testing.T) {
	f := extracted(t, "2026-03-12", "Maren Ostby took the stage on Tuesday. Her speech ran long. She then criticized Dorian Vex, the developer.").Facts()
	if e := event(f, "oppose", "Maren Ostby", "Dorian Vex"); e == nil || e.Date != "2026-03-10" {
		t.Errorf("attack = %+v, want one dated by the paragraph, 2026-03-10", e)
	}
	// (a relative clause with no comma before it ends only at a comma:
	// "Everyone who backed the plan left on Tuesday" is dated)
	f = extracted(t, "2026-03-12", "The harbor plan has divided the town for years.\n\nEveryone who backed the plan left the hall on Tuesday. Maren Ostby then criticized Dorian Vex, the developer.").Facts()
	if e := event(f, "oppose", "Maren Ostby", "Dorian Vex"); e == nil || e.Date != "2026-03-10" {
		t.Errorf("attack after a relative clause = %+v, want one dated by the paragraph, 2026-03-10", e)
	}
	f = extracted(t, "2026-03-12", "Tessellate Robotics has removed Ravi Sabet as chief executive. The board voted on Monday, the company said.\n\nSabet did not comment.").Facts()
	if e := event(f, "position", "Ravi Sabet", "Tessellate Robotics"); e == nil || e.Date != "2026-03-09" {
		t.Errorf("removal = %+v, want one dated by the lead, 2026-03-09", e)
	}
	// A quotation's judgement takes the lead's day, unless placed before
	// it ("had told"), but not for a past told inside what it reports.
	for _, tt := range []struct{ text, date string }{
		{"Governor Ilse Varga attacked Tomas Brenner on Tuesday.\n\nBrenner answered within hours. In a statement released by his company, he called the governor's attack \"a campaign speech dressed up as policy\" and said his firm had invested millions in the town.", "2026-03-10"},
		{"Governor Ilse Varga attacked Tomas Brenner on Tuesday.\n\nBrenner had called the governor's attack \"a campaign speech dressed up as policy\" in a statement.", ""},
	} {
		var reply *powermap.Event
		for _, e := range extracted(t, "2026-03-12", tt.text).Facts().Events {
			if e.Source == "Tomas Brenner" && e.Rule == "quote-oppose" {
				reply = &e
			}
		}
		if reply == nil || reply.Date != tt.date {
			t.Errorf("%q: reply = %+v, want one dated %q", tt.text, reply, tt.date)
		}
	}
	f = extracted(t, "2026-03-12", "Ravi Sabet, a longtime donor to Dorian Vex, met the mayor on Monday. The two spoke for an hour.").Facts()
	if e := event(f, "fund", "Ravi Sabet", "Dorian Vex"); e != nil && e.Date != "" {
		t.Errorf("donor description dated: %+v", e)
	}
}

// TestAgentNounDatedInItsClause checks that a noun describing someone
// takes a date stated in its own clause.
func TestAgentNounDatedInItsClause(t *testing.T) {
	f := extracted(t, "2026-03-12", "Ravi Sabet became a major donor to Dorian Vex in 2025.").Facts()
	if e := event(f, "fund", "Ravi Sabet", "Dorian Vex"); e == nil || e.Date != "2025" {
		t.Errorf("donor = %+v, want one dated 2025", e)
	}
}

// TestMadeUpInPerson checks that a reconciliation over a meal, sealed
// with a gesture or made at a meeting is also a meeting, and that a feud
// "over" a subject is none.
func TestMadeUpInPerson(t *testing.T) {
	for _, tt := range []struct {
		text string
		meet bool
	}{
		{"Bartosz Zielinski and Amarachi Uzor ended their standoff over coffee on Tuesday.", true},
		{"Armand Leclerc's rapprochement with Nomvula Dube was sealed with a handshake on Saturday.", true},
		{"Bartosz Zielinski and Amarachi Uzor ended their feud over the summit on Tuesday.", false},
	} {
		f := extracted(t, "2026-03-12", tt.text).Facts()
		actors := strings.Fields(tt.text)[:2]
		if event(f, "reconcile", strings.Join(actors, " ")) == nil && !strings.HasPrefix(tt.text, "Armand") {
			t.Errorf("%q: no reconciliation in %v", tt.text, f.Events)
		}
		met := false
		for _, e := range f.Events {
			met = met || e.Type == "meet"
		}
		if met != tt.meet {
			t.Errorf("%q: meeting = %v, want %v (%v)", tt.text, met, tt.meet, f.Events)
		}
	}
}

// TestLawyersWe checks that "we" in the words of a lawyer or spokesperson
// for an organization is the organization.
func TestLawyersWe(t *testing.T) {
	for _, text := range []string{
		`"We will sue Ria Moss," Dana Holt, a lawyer for Corvane Holdings, said on Monday.`,
		`"If Ria Moss publishes one more word, we will see her in court," said Dana Holt, a lawyer for Corvane Holdings.`,
	} {
		f := extracted(t, "2026-03-12", text).Facts()
		if e := event(f, "threaten", "Corvane Holdings", "Ria Moss"); e == nil || e.Source != "Corvane Holdings" {
			t.Errorf("%q: threat = %+v in %v, want Corvane Holdings's", text, e, f.Events)
		}
	}
	f := extracted(t, "2026-03-12", `"I will sue Ria Moss," said Dana Holt, a lawyer for Corvane Holdings.`).Facts()
	if e := event(f, "threaten", "Dana Holt", "Ria Moss"); e == nil || e.Source != "Dana Holt" {
		t.Errorf("I: threat = %+v in %v, want Dana Holt's", e, f.Events)
	}
}

// TestLossCostToHolder checks that a loss of what one holds, which an
// act would cost them, foretold to them, is a threat.
func TestLossCostToHolder(t *testing.T) {
	f := extracted(t, "2026-03-12", "Magdalena Sroka told Ewan MacAuley that any defection would cost him his seat on the finance committee.").Facts()
	if e := event(f, "threaten", "Magdalena Sroka", "Ewan MacAuley"); e == nil || e.Source != "Magdalena Sroka" {
		t.Errorf("threat = %+v in %v", e, f.Events)
	}
}

// TestTrailingNameApposition checks a name ending its sentence after a
// noun and a comma: it is the noun's apposition, not a clause of its own.
func TestTrailingNameApposition(t *testing.T) {
	f := extracted(t, "2026-03-12", "Barnaby Tolland warned Pernille Aas that he would campaign against her in the primary, while heaping praise on her rival, Hakon Berg.").Facts()
	if event(f, "support", "Barnaby Tolland", "Hakon Berg") == nil {
		t.Errorf("no praise of the rival in %v", f.Events)
	}
}

// TestJudgingSomeonesWork checks that "it", standing for a plan, book or
// album someone put forward in the sentences before, makes a judgement
// of it one of its maker; and not where an organization was named since.
func TestJudgingSomeonesWork(t *testing.T) {
	for _, text := range []string{
		"Lindiwe Dlamini unveiled her housing plan on Tuesday. Theodore Ashcombe criticized it sharply.",
		`Lindiwe Dlamini unveiled her housing plan on Tuesday. It did not take long for critics to respond. Theodore Ashcombe called it "a giveaway to developers."`,
	} {
		f := extracted(t, "2026-03-12", text).Facts()
		if event(f, "oppose", "Theodore Ashcombe", "Lindiwe Dlamini") == nil {
			t.Errorf("%q: no attack on the plan's maker in %v", text, f.Events)
		}
	}
	f := extracted(t, "2026-03-12", "Lindiwe Dlamini presented her housing plan to the Harbor Council on Tuesday. Theodore Ashcombe criticized it sharply.").Facts()
	if e := event(f, "oppose", "Theodore Ashcombe", "Lindiwe Dlamini"); e != nil {
		t.Errorf("it after an organization read as Dlamini's plan: %+v", e)
	}
}

// TestToldInThePassive checks that the one told in the passive ("was
// told by …") is the one a promised harm on a condition threatens.
func TestToldInThePassive(t *testing.T) {
	f := extracted(t, "2026-03-12", "The Harbor City Council was told by developer Yevgenia Orlova that she would pull her $300 million project if the zoning vote failed.").Facts()
	if e := event(f, "threaten", "Yevgenia Orlova", "Harbor City Council"); e == nil || e.Source != "Yevgenia Orlova" {
		t.Errorf("threat = %+v in %v", e, f.Events)
	}
}

// checkDated checks that text, published on 2026-03-12, gives an event
// of type typ and that every such event is dated want (and, where given,
// planned as planned[0] says).
func checkDated(t *testing.T, text, typ, want string, planned ...bool) {
	t.Helper()
	f := extracted(t, "2026-03-12", text).Facts()
	found := false
	for _, e := range f.Events {
		if e.Type != typ {
			continue
		}
		found = true
		if e.Date != want {
			t.Errorf("%q: %s dated %q, want %q", text, typ, e.Date, want)
		}
		if len(planned) > 0 && e.Planned != planned[0] {
			t.Errorf("%q: %s planned %v, want %v", text, typ, e.Planned, planned[0])
		}
	}
	if !found {
		t.Errorf("%q: no %s in %v", text, typ, f.Events)
	}
}

// TestComingDateOnlyInThePlannedClause checks that a date hung on a past
// form, or on a phrase of the subject, keeps its past reading however
// planned the event.
func TestComingDateOnlyInThePlannedClause(t *testing.T) {
	for _, tt := range []struct{ text, typ, want string }{
		{"In February, Dana Holt had agreed to meet Governor Ravi Oyelowo, but the talks never happened.", "meet", "2026-02"},
		{"Since January, Dana Holt has offered to meet Governor Ravi Oyelowo several times.", "meet", "2026-01"},
		{"Dana Holt, appointed in January, will take over as chief executive of Corvane Holdings.", "position", "2026-01"},
		{"Dana Holt, reached by phone on Tuesday, said she plans to meet Governor Ravi Oyelowo.", "meet", "2026-03-10"},
		{"Corvane Holdings, in a filing dated Feb. 20, said it will donate $2 million to Governor Ravi Oyelowo's foundation.", "fund", "2026-02-20"},
	} {
		checkDated(t, tt.text, tt.typ, tt.want)
	}
}

// TestContextDatesKeepTheirPlace checks what an undated event must not
// take from around it: the lead's day for what came before the news, a
// relative clause's year, "at the time" past a when-clause; and that a
// threat's own past day stays its own.
func TestContextDatesKeepTheirPlace(t *testing.T) {
	date := func(text, typ, src, tgt string) (string, bool) {
		f := extracted(t, "2026-03-12", text).Facts()
		if e := event(f, typ, src, tgt); e != nil {
			return e.Date, true
		}
		return "", false
	}
	for _, tt := range []struct{ text, typ, src, tgt, want string }{
		{"Corvane Holdings fired its chief executive, Dana Holt, on Tuesday.\n\nHolt had clashed for years with the company's founder, Ravi Oyelowo, over strategy.", "oppose", "Dana Holt", "Ravi Oyelowo", ""},
		{"Dana Holt criticized Governor Ravi Oyelowo on Tuesday. Holt, who worked for Oyelowo in 2019, is now a fierce critic. She also said Oyelowo should resign.", "oppose", "Dana Holt", "Ravi Oyelowo", "2026-03-10"},
		{"Dana Holt and Ravi Oyelowo were once close allies. Holt praised Oyelowo on Tuesday. When Holt ran for mayor, Oyelowo chaired her campaign. At the time, he also donated to Mara Quist.", "fund", "Ravi Oyelowo", "Mara Quist", ""},
		{"Mara Quist met Ravi Oyelowo on Wednesday.\n\nDana Holt threatened to sue Oyelowo on Tuesday.", "threaten", "Dana Holt", "Ravi Oyelowo", "2026-03-10"},
		{"Dana Holt emerged on Monday as the most vocal critic of Governor Ravi Oyelowo.", "oppose", "Dana Holt", "Ravi Oyelowo", "2026-03-09"},
	} {
		got, ok := date(tt.text, tt.typ, tt.src, tt.tgt)
		if !ok || got != tt.want {
			t.Errorf("%q: %s %v dated %q, want %q", tt.text, tt.typ, ok, got, tt.want)
		}
	}
}

// TestNotWhatTheyLookLike checks misreadings a review found: a lawyer
// for someone else's organization, a defense read as a threat, a loss
// nobody brings about, a feud over wine, a peace made at a rally, ads
// for a business.
func TestNotWhatTheyLookLike(t *testing.T) {
	for _, tt := range []struct{ text, typ, src, tgt string }{
		{`"We intend to sue Mara Quist for defamation," said Dana Holt, a lawyer for Corvane Holdings' former chief executive, Ravi Oyelowo.`, "threaten", "Corvane Holdings", "Mara Quist"},
		{`"We will sue Ravi Oyelowo," said Dana Holt, a former lawyer for Corvane Holdings.`, "threaten", "Corvane Holdings", "Ravi Oyelowo"},
		{`"If Corvane Holdings wants to sue me, I will see them in court," said Ravi Oyelowo.`, "threaten", "Ravi Oyelowo", "Corvane Holdings"},
		{"Magdalena Sroka told Ravi Oyelowo that the court's redistricting ruling would cost him his seat.", "threaten", "Magdalena Sroka", "Ravi Oyelowo"},
		{"Dana Holt and Ravi Oyelowo settled their lawsuit over the restaurant's wine on Tuesday.", "meet", "Dana Holt", "Ravi Oyelowo"},
		{"At a rally in Dayton on Saturday, Dana Holt publicly made peace with Ravi Oyelowo, who did not attend.", "meet", "Dana Holt", "Ravi Oyelowo"},
		{"Vex Media spent $400,000 on advertising for Ravi Oyelowo's restaurant chain.", "fund", "Vex Media", "Ravi Oyelowo"},
	} {
		f := extracted(t, "2026-03-12", tt.text).Facts()
		if e := event(f, tt.typ, tt.src, tt.tgt); e != nil && (tt.typ == "meet" || e.Source == tt.src) {
			t.Errorf("%q: unwanted %+v", tt.text, e)
		}
	}
}

// TestItIsNotAlwaysTheWork checks where "it" does not stand for
// someone's work: a meeting verb, a thing named since, an object "her".
func TestItIsNotAlwaysTheWork(t *testing.T) {
	for _, text := range []string{
		"Benedetta Lombardi unveiled her riverfront project in March. Tomas Reyes visited it on Wednesday.",
		"Benedetta Lombardi unveiled her housing plan on Tuesday. Tomas Reyes read a new audit of the parks department and condemned it.",
		`Benedetta Lombardi unveiled her housing plan on Tuesday. Hours later, a water main burst beneath the Eastbrook library. Tomas Reyes called it "a disaster waiting to happen."`,
		"Tomas Reyes met Benedetta Lombardi on Monday and showed her a plan to close the Eastbrook library. On Tuesday, councillor Ada Kerr attacked it.",
	} {
		f := extracted(t, "2026-03-12", text).Facts()
		for _, e := range f.Events {
			if slices.Contains(e.Participants(), "Benedetta Lombardi") && e.Type != "meet" || e.Type == "meet" && !strings.HasPrefix(text, "Tomas Reyes met") {
				t.Errorf("%q: %+v", text, e)
			}
		}
	}
}

// TestReceivedOnlyFromAnother checks that a verb of keeping or securing
// makes its subject the one supported only when someone else is named
// as giving, and that "has … of" receives only support.
func TestReceivedOnlyFromAnother(t *testing.T) {
	for _, tt := range []struct{ text, typ, src, tgt string }{
		{"Benedetta Lombardi has harsh criticism of Tomas Reyes.", "oppose", "Benedetta Lombardi", "Tomas Reyes"},
		{"The Harlow Teachers Union kept up its criticism of Benedetta Lombardi throughout the week.", "oppose", "Harlow Teachers Union", "Benedetta Lombardi"},
		{"The Harlow Teachers Union kept its support for Benedetta Lombardi despite the scandal.", "support", "Harlow Teachers Union", "Benedetta Lombardi"},
		{"Tomas Reyes collected donations for Benedetta Lombardi in March.", "fund", "Tomas Reyes", "Benedetta Lombardi"},
		{"Benedetta Lombardi secured Tomas Reyes's endorsement on Monday.", "support", "Tomas Reyes", "Benedetta Lombardi"},
		{"Ada Kerr joined Ferrovane Holdings as finance director in May after a dinner with its founder.", "position", "Ada Kerr", "Ferrovane Holdings"},
	} {
		f := extracted(t, "2026-03-12", tt.text).Facts()
		if e := event(f, tt.typ, tt.src, tt.tgt); e == nil || e.Source != tt.src {
			t.Errorf("%q: %s = %+v in %v, want %s's", tt.text, tt.typ, e, f.Events, tt.src)
		}
	}
	f := extracted(t, "2026-03-12", "Tomas Reyes falsely claimed he has the backing of the Harlow Teachers Union.").Facts()
	if len(f.Events) != 0 {
		t.Errorf("a false claim told: %v", f.Events)
	}
}

// TestThreatAfterTheirAct checks that a threat naming no one, told with
// "after" someone's act, is aimed at them ("after" read as the clause's
// mark, not a preposition).
func TestThreatAfterTheirAct(t *testing.T) {
	f := extracted(t, "2026-03-12", "Dana Holt threatened legal action after the Harbor Ledger published the letter.").Facts()
	if e := event(f, "threaten", "Dana Holt", "Harbor Ledger"); e == nil || e.Source != "Dana Holt" {
		t.Errorf("threat = %+v in %v", e, f.Events)
	}
	f = extracted(t, "2026-03-12", "Dana Holt vowed to take legal action after the Harbor Ledger published the letter.").Facts()
	if e := event(f, "threaten", "Dana Holt", "Harbor Ledger"); e == nil || e.Source != "Dana Holt" {
		t.Errorf("promised harm = %+v in %v", e, f.Events)
	}
	f = extracted(t, "2026-03-12", "Dana Holt threatened legal action after she lost the vote.").Facts()
	if len(f.Events) != 0 {
		t.Errorf("a threat at no one named: %v", f.Events)
	}
}

// TestNotTheirsToDo checks two events wrongly laid at someone's door:
// what a possessive's predecessor did and what a quotation says someone
// is accused of.
func TestNotTheirsToDo(t *testing.T) {
	f := extracted(t, "2026-03-12", "Ravi Oyelowo said his predecessor had donated $5,000 to Dana Holt's campaign.").Facts()
	if e := event(f, "fund", "Ravi Oyelowo", "Dana Holt"); e != nil {
		t.Errorf("his predecessor's gift laid to him: %+v", e)
	}
	f = extracted(t, "2026-03-12", `Dana Holt accused Ravi Oyelowo of "running the Senate like a casino floor" on Monday.`).Facts()
	for _, e := range f.Events {
		if e.Type == "position" {
			t.Errorf("an accusation's words told as a post: %+v", e)
		}
	}
}

// TestReportedClauseKeepsItsOwnTime checks that a reported clause's own
// date dates what it reports, not the day of the telling, however the
// parser hangs a bare day after the verb of saying.
func TestReportedClauseKeepsItsOwnTime(t *testing.T) {
	f := extracted(t, "2026-03-12", "Ana Ruiz said Friday she had donated $5,000 to Tom Kessler's campaign in 2022.").Facts()
	if e := event(f, "fund", "Ana Ruiz", "Tom Kessler"); e == nil || e.Date != "2022" {
		t.Errorf("gift = %+v, want one dated 2022", e)
	}
	f = extracted(t, "2026-03-12", "Marcus Delane said on Tuesday that he met Priya Holloway last year.").Facts()
	if e := event(f, "meet", "Marcus Delane", "Priya Holloway"); e == nil || e.Date != "2025" {
		t.Errorf("meeting = %+v, want one dated 2025", e)
	}
	f = extracted(t, "2026-03-12", "Marcus Delane said on Tuesday that he had spoken with Priya Holloway.").Facts()
	if e := event(f, "meet", "Marcus Delane", "Priya Holloway"); e == nil || e.Date != "2026-03-10" {
		t.Errorf("undated report = %+v, want the telling's day, 2026-03-10", e)
	}
}

// TestBackgroundTakesNoParagraphDate checks that what came before the
// paragraph's dated news (a past perfect, a perfect with "since") takes
// no date from the sentence before it.
func TestBackgroundTakesNoParagraphDate(t *testing.T) {
	for _, text := range []string{
		"Ana Ruiz praised Tom Kessler on Monday. She had criticized him during the primary.",
		"Ana Ruiz praised Tom Kessler on Monday. She has since criticized him.",
	} {
		f := extracted(t, "2026-03-12", text).Facts()
		if e := event(f, "oppose", "Ana Ruiz", "Tom Kessler"); e == nil || e.Date != "" {
			t.Errorf("%q: attack = %+v, want one with no date", text, e)
		}
	}
}

// TestGiftLines checks that the lines of a breakdown of gifts go from
// the giver the paragraph before names, each with its sum.
func TestGiftLines(t *testing.T) {
	body := "That is how much Selma Okonjo-Vance has now poured into three ballot campaigns this cycle, filings show.\n\n" +
		"The breakdown, per the latest reports:\n- $4 million to the Clean Rivers Fund, the Yes on 12 campaign\n- $2.5 million to Harbor Homes Coalition, which backs Measure 14\n- $1 million to Fair Maps Now, the Measure 16 committee\n\n" +
		"Her spokesman declined to comment."
	f := extracted(t, "2025-10-03", body).Facts()
	for _, want := range []struct {
		to  string
		usd float64
	}{{"Clean Rivers Fund", 4e6}, {"Harbor Homes Coalition", 2.5e6}, {"Fair Maps Now", 1e6}} {
		e := event(f, "fund", "Selma Okonjo-Vance", want.to)
		if e == nil || e.AmountUSD == nil || *e.AmountUSD != want.usd {
			t.Errorf("gift to %s = %+v, want one of $%.0f", want.to, e, want.usd)
		}
	}
}

// TestQuotationsWorthParsing checks which quotations are parsed for the
// events their speaker tells: those that name someone other than the
// speaker, or address someone, or speak for a group; not those whose
// only party would be the speaker.
func TestQuotationsWorthParsing(t *testing.T) {
	for _, tt := range []struct {
		body string
		want bool
	}{
		{`"I will keep fighting for this town and its families," Lorna Pettigrew said.`, false},
		{`"I met with Anselm Drury twice last spring to talk it over," Lorna Pettigrew said.`, true},
		{`"You know exactly what you did to this town," Lorna Pettigrew said.`, true},
		{`"We are going to sue over this, no matter what," Lorna Pettigrew said.`, true},
	} {
		d := before(t, "2026-03-12", tt.body)
		st := &stage{Doc: d, frames: DefaultFrames()}
		if len(d.Quotes) != 1 {
			t.Fatalf("%s: %d quotations", tt.body, len(d.Quotes))
		}
		first, last := d.TokenRange(d.Quotes[0].Span.Start, d.Quotes[0].Span.End)
		if got := st.mayNameOther(d.SentenceOf(first), first, last); got != tt.want {
			t.Errorf("%s: may name another %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestPhraseUnturned checks that a phrase of judgement counts where it
// stands whole, between spaces, with no word turning it round among the
// four before it, at any of its places; and that a comparison counts
// wherever it stands.
func TestPhraseUnturned(t *testing.T) {
	for _, tt := range []struct {
		text, phrase string
		want         bool
	}{
		{" she has my full backing on this ", "full backing", true},
		{" she no longer has my full backing ", "full backing", false},
		{" she never had my full backing but today she has my full backing ", "full backing", true},
		{" his full backingstore failed ", "full backing", false},
		{" a fullfull backing ", "full backing", false},
		{" nobody has done more for this city ", "done more for", true},
		{" the real deal ", "real deal", true},
	} {
		if got := phraseUnturned(tt.text, tt.phrase); got != tt.want {
			t.Errorf("phraseUnturned(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// TestQuotationDatedNearIt checks that a quotation's judgement takes the
// time nearest the quotation, not the sentence's first, and no time of a
// relative clause with an apposition inside it.
func TestQuotationDatedNearIt(t *testing.T) {
	for _, tt := range []struct{ body, rule, date string }{
		{`Rhea Castellanos left the council in 2019 and, in a memoir published last August, described Tomas Brenner as "a knife-wielding climber who mistook ambition for conviction."`, "quote-oppose", "2025-08"},
		// (a word of the stance lists makes the verb's frame state it,
		// dated the same way)
		{`Rhea Castellanos left the council in 2019 and, in a memoir published last August, described Tomas Brenner as "a knife-wielding opportunist who mistook ambition for conviction."`, "said-attack/VERB", "2025-08"},
		{`Rhea Castellanos, who hired Tomas Brenner, a former bank regulator, as her deputy in January, said on Tuesday: "Tomas is the most careful steward of public money I know."`, "quote-support", "2026-03-10"},
	} {
		var got *powermap.Event
		for _, e := range extracted(t, "2026-03-12", tt.body).Facts().Events {
			if e.Rule == tt.rule {
				got = &e
			}
		}
		if got == nil || got.Date != tt.date {
			t.Errorf("%s: %s = %+v, want one dated %s", tt.body, tt.rule, got, tt.date)
		}
	}
}

// TestDatedAsAnnounced checks that a post moved "effective immediately"
// and an act its doer performs in the words that announce it ("We
// congratulate …") take the day of the news when they give none.
func TestDatedAsAnnounced(t *testing.T) {
	for _, tt := range []struct{ body, typ, source, date string }{
		{"President Ilse Varga fired Labor Secretary Tomas Brenner on Tuesday.\n\nDeputy Labor Secretary Rhea Castell will serve as acting secretary of the Department of Labor, effective immediately, the White House said.", "position", "Rhea Castell", "2026-03-10"},
		{"Ashgrove Mills named Priya Mehta chief executive on Tuesday.\n\n\"We congratulate Priya Mehta and look forward to working with the board,\" Corran Capital said in a statement.", "support", "Corran Capital", "2026-03-10"},
	} {
		var got *powermap.Event
		for _, e := range extracted(t, "2026-03-12", tt.body).Facts().Events {
			if e.Type == tt.typ && e.Source == tt.source {
				got = &e
			}
		}
		if got == nil || got.Date != tt.date {
			t.Errorf("%s: %s by %s = %+v, want one dated %s", tt.body, tt.typ, tt.source, got, tt.date)
		}
	}
}

// TestConjunctKeepsItsOwnTime checks that a predicate coordinated with
// the trigger's clause dates it only when it shares its tense and has
// no clause of its own: a plan's day or a said clause's season is not
// the deed's, nor is the planned conjunct's day merged into it.
func TestConjunctKeepsItsOwnTime(t *testing.T) {
	for _, tt := range []struct {
		text, typ, want string
		planned         bool
	}{
		{"Ruth Lam and Ivo Berg held talks at a downtown hotel, according to both sides, and are scheduled to meet again on Friday.", "meet", "", false},
		{"The board of trustees named Provost Ivo Berg as interim president of Calloway University, effective immediately, and said a national search would begin in the fall.", "position", "", false},
		{"Governor Tom Reyes met Senator Ann Cole and praised her on Friday.", "meet", "2026-03-06", false},
		{"Governor Tom Reyes met Senator Ann Cole on Friday and will endorse her next week.", "meet", "2026-03-06", false},
	} {
		checkDated(t, tt.text, tt.typ, tt.want, tt.planned)
	}
}

// TestTheVerbsOwnTime checks that a time the trigger's verb takes dates
// the event before a nearer one of another phrase, and that a reported
// clause's relative time hung on a noun is still the clause's.
func TestTheVerbsOwnTime(t *testing.T) {
	for _, tt := range []struct{ text, typ, want string }{
		{"According to court papers filed on Monday, landlord Viktor Szabo threatened tenant organizer Marisa Dell in a voicemail on Feb. 9.", "threaten", "2026-02-09"},
		{"Retired admiral Kenji Moriya told reporters Monday that he had resigned from the board of Halcyon Defense Systems two weeks earlier.", "position", "2026-02-23"},
		// A weekday in what an accusation is about is the accusation's;
		// a year there is the deed's.
		{"Senator Cela Hart accused Governor Vik Desai of lying about the budget on Monday.", "oppose", "2026-03-09"},
		{"Senator Cela Hart accused Governor Vik Desai of ignoring warnings in 2024.", "oppose", ""},
		{"Senator Cela Hart accused Governor Vik Desai of lying about the budget on Monday, March 4, 2024.", "oppose", ""},
	} {
		checkDated(t, tt.text, tt.typ, tt.want)
	}
}

// TestLiveBlogEntryDays checks that a live blog's entries date what they
// tell as news by the entry's day (the publication day, or a line that
// is only a day above them), but not a plan, a pluperfect past or an
// article with a single time in it.
func TestLiveBlogEntryDays(t *testing.T) {
	blog := "Key events\n\n7.52pm\nThat's all for tonight.\n\n7.12pm\nIn her victory speech, Nia Osei-Berg thanked the outgoing leader, Gunnar Lidholm.\n\n" +
		"6.58pm\nNia Osei-Berg has been elected leader of the Reform Alliance.\n\n6.20pm\nTomas Rehn will meet Nia Osei-Berg next month.\n\n" +
		"5.45pm\nLidholm had criticized Tomas Rehn in a letter."
	f := extracted(t, "2026-03-12", blog).Facts()
	for _, tt := range []struct{ typ, a, b, want string }{
		{"support", "Nia Osei-Berg", "Gunnar Lidholm", "2026-03-12"},
		{"position", "Nia Osei-Berg", "Reform Alliance", "2026-03-12"},
		{"oppose", "Gunnar Lidholm", "Tomas Rehn", ""},
	} {
		if e := event(f, tt.typ, tt.a, tt.b); e == nil || e.Date != tt.want {
			t.Errorf("%s %s %s = %+v, want one dated %q", tt.typ, tt.a, tt.b, e, tt.want)
		}
	}
	if e := event(f, "meet", "Tomas Rehn", "Nia Osei-Berg"); e == nil || e.Date == "2026-03-12" {
		t.Errorf("planned meeting = %+v, want it dated by its own month, not the entry's day", e)
	}
	// A line that is only a day dates the entries below it.
	f = extracted(t, "2026-03-12", "Wednesday 11 March 2026\n\n9:14 a.m. — Speaker Ona Brandt praised Minority Leader Faisal Qadri.\n\n9:40 a.m. — Nothing yet.").Facts()
	if e := event(f, "support", "Ona Brandt", "Faisal Qadri"); e == nil || e.Date != "2026-03-11" {
		t.Errorf("praise = %+v, want it dated by the day line, 2026-03-11", e)
	}
	// One time in an article makes no live blog.
	f = extracted(t, "2026-03-12", "At 7.30pm the hall filled.\n\nNia Osei-Berg thanked Gunnar Lidholm.").Facts()
	if e := event(f, "support", "Nia Osei-Berg", "Gunnar Lidholm"); e == nil || e.Date != "" {
		t.Errorf("thanks = %+v, want it undated", e)
	}
}

// TestObjectPronounAfterDescribedName checks that "him" after a name set
// beside the object's description is that name, not a man named before.
func TestObjectPronounAfterDescribedName(t *testing.T) {
	for _, title := range []string{"the prime minister", "the Prime Minister"} {
		f := extracted(t, "2026-03-12", "Senator Ivo Brandt resigned in July.\n\nMara Lenz spoke on Monday. She then criticized "+title+", Oskar Falk, accusing him of incompetence.").Facts()
		if e := event(f, "oppose", "Mara Lenz", "Ivo Brandt"); e != nil {
			t.Errorf("%s: attack on the man named before: %+v", title, e)
		}
		if e := event(f, "oppose", "Mara Lenz", "Oskar Falk"); e == nil {
			t.Errorf("%s: no attack on Falk in %+v", title, f.Events)
		}
	}
}

// TestVowedToSue checks that "sue" after "vowed to", which the tagger
// can read as the name Sue, is the verb, aimed at the one who harmed
// the speaker just before.
func TestVowedToSue(t *testing.T) {
	f := extracted(t, "2026-03-12", "Mayor Rhea Lind fired police chief Dan Ortega on Friday.\n\nOn Saturday, Ortega vowed to sue for wrongful termination.").Facts()
	if e := event(f, "threaten", "Dan Ortega", "Rhea Lind"); e == nil {
		t.Errorf("no threat in %+v", f.Events)
	}
}

// TestJudgedActsJudgeTheirAuthors checks that a quoted judgement of an act
// named by a noun ("the ethics complaint", "the threat", "the report",
// "it" for a report named before, a relative clause's noun) is aimed at
// the one who did the act, and that praise of a plan aims at no one.
func TestJudgedActsJudgeTheirAuthors(t *testing.T) {
	for _, c := range []struct{ body, judge, author string }{
		{"Ana Brell filed an ethics complaint against Tomas Reyes on Monday. Senator Lia Moss, an ally of Reyes, defended him, calling the ethics complaint “a political stunt.”", "Lia Moss", "Ana Brell"},
		{"Ana Brell threatened to sue Tomas Reyes over the deal. Reyes called the threat “a cheap stunt.”", "Tomas Reyes", "Ana Brell"},
		{"The Harbor Ledger reported on Monday that Tomas Reyes had hidden the loans. Reyes called the story “false and malicious.”", "Tomas Reyes", "Harbor Ledger"},
		{"The Harbor Ledger first reported on Monday that Tomas Reyes had hidden the loans. Reyes denied the report, calling it “false and malicious.”", "Tomas Reyes", "Harbor Ledger"},
		{"Tomas Reyes denied a report in the Harbor Ledger, calling it “false and malicious.”", "Tomas Reyes", "Harbor Ledger"},
		{"Ana Brell said on Monday that Tomas Reyes had lied to voters, remarks that Reyes later dismissed as “a cheap stunt.”", "Tomas Reyes", "Ana Brell"},
		{"Ana Brell said on Monday that Tomas Reyes had lied to voters. Reyes called these latest allegations “a cheap stunt.”", "Tomas Reyes", "Ana Brell"},
	} {
		f := extracted(t, "2025-06-11", c.body).Facts()
		if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
			return e.Type == "oppose" && e.Source == c.judge && e.Target == c.author
		}) {
			t.Errorf("%s\nwant %s opposing %s: %v", c.body, c.judge, c.author, f.Events)
		}
	}
	for _, body := range []string{
		"The Harbor Ledger reported on Monday that Tomas Reyes had won the contract. Reyes called the story “a bold step.”",
		// "it" is the tax, and "them" the aides, not the report
		"The Harbor Ledger reported on Monday that the council had approved a transit tax. Mayor Tomas Reyes, asked about the report, attacked the tax, calling it “a betrayal of working families.”",
		"The Harbor Ledger reported that Tomas Reyes hid loans. Reyes did not deny the report and blamed his former aides, calling them “disloyal and dishonest.”",
	} {
		f := extracted(t, "2025-06-11", body).Facts()
		if e := event(f, "oppose", "Tomas Reyes", "Harbor Ledger"); e != nil {
			t.Errorf("%s\nno attack on the Ledger: %v", body, f.Events)
		}
	}
	// The suit called baseless attacks its bringer, once; the vote's
	// praise attacks no one.
	f := extracted(t, "2025-06-11", "Ana Brell sued Tomas Reyes in May. Reyes, who called the lawsuit baseless, praised the council's budget vote and called it “a triumph of common sense.”").Facts()
	if n := len(slices.DeleteFunc(slices.Clone(f.Events), func(e powermap.Event) bool { return e.Type != "oppose" || e.Source != "Tomas Reyes" })); n != 1 || event(f, "oppose", "Tomas Reyes", "Ana Brell") == nil {
		t.Errorf("want one attack by Reyes, on Brell for her suit, and none for the vote's praise: %v", f.Events)
	}
}

// TestTheTwoNamedInTheirSentence checks that "the two men" stands for the
// two people its own sentence names before it, not for the two of the
// sentence before, and that an indefinite "two more witnesses" or "the
// two governments" stands for neither.
func TestTheTwoNamedInTheirSentence(t *testing.T) {
	f := extracted(t, "2025-06-11", "Rodrigo Menezes, a mining tycoon, met Minister Helena Tavares on Wednesday. "+
		"Paulo Ribeiro, an analyst, said Tavares was firm with Menezes. "+
		"The state governor, Eduardo Sa, a longtime friend of Menezes, has said little, though his office confirmed that the two men had spoken by telephone on Tuesday.").Facts()
	if event(f, "meet", "Eduardo Sa", "Rodrigo Menezes") == nil || event(f, "meet", "Paulo Ribeiro", "Rodrigo Menezes") != nil {
		t.Errorf("want Sa and Menezes, not Ribeiro: %v", f.Events)
	}
	for _, body := range []string{
		"Oyelowo's lawyer, Rahim Eskil, said the jury would hear from two more witnesses who had attended the lake-house dinner.",
		"Foreign Minister Ana Amaral thanked Secretary Grace Ellison, and said the two governments had agreed to convene a new dialogue.",
		"Ana Brell, a longtime friend of Tom Reyes, said the two men had met in Rome on Tuesday.",
	} {
		f := extracted(t, "2025-06-11", body).Facts()
		if e := event(f, "meet"); e != nil {
			t.Errorf("%s\nno meeting of the two named: %+v", body, e)
		}
	}
}

// TestDocumentsSpeakForTheirFilers checks that what a document filed or
// sent says is its filer's ("filed a complaint … that accuses", "the
// letter that Brell sent", "the lawsuit that Brell filed accuses"), also
// when the parser hung the relative clause on a noun after the document.
func TestDocumentsSpeakForTheirFilers(t *testing.T) {
	for _, c := range []struct{ body, source, target string }{
		{"Pruitt for Senate went further on Friday, filing a complaint with federal election regulators that accuses Frontier Future PAC of illegally coordinating its advertising.", "Pruitt for Senate", "Frontier Future PAC"},
		{"Pruitt for Senate filed a complaint that accuses Frontier Future PAC of illegally coordinating its advertising.", "Pruitt for Senate", "Frontier Future PAC"},
		{"The lawsuit that Ana Brell filed accuses Tom Reyes of fraud.", "Ana Brell", "Tom Reyes"},
		{"Tom Reyes criticized the letter that Ana Brell sent to the board.", "Tom Reyes", "Ana Brell"},
	} {
		f := extracted(t, "2025-06-11", c.body).Facts()
		if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
			return e.Type == "oppose" && e.Source == c.source && e.Target == c.target
		}) {
			t.Errorf("%s\nwant %s opposing %s: %v", c.body, c.source, c.target, f.Events)
		}
	}
}

// TestNegatedAchievementAttacks checks that a quotation denying someone a
// thing done well attacks them, and that the speaker's own denial or a
// denied wrong does not.
func TestNegatedAchievementAttacks(t *testing.T) {
	if !negatedAchievement(stanceWords("Pemberton has never built anything but a bigger office.")) ||
		!negatedAchievement(stanceWords("She can't even build a chatbot that counts to ten.")) {
		t.Error("a denied achievement is no attack")
	}
	for _, s := range []string{"I never built it alone.", "We have not won anything yet.", "He never did anything wrong.", "He never lost an election."} {
		if negatedAchievement(stanceWords(s)) {
			t.Errorf("%q read as a denied achievement", s)
		}
	}
	f := extracted(t, "2025-06-11", `Senator Cyrus Pemberton criticized the plan on Monday. "Pemberton has never built anything but a bigger office," Dmitri Varga said on Tuesday.`).Facts()
	if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
		return e.Type == "oppose" && e.Source == "Dmitri Varga" && e.Target == "Cyrus Pemberton"
	}) {
		t.Errorf("no attack of Varga's on Pemberton: %v", f.Events)
	}
}

// TestAttemptedStanceIsTaken checks that an attack or a defense attempted
// ("tried to discredit", "sought to discredit", "tried to defend") is
// made, while one only to come or denied, or a meeting tried, is not.
func TestAttemptedStanceIsTaken(t *testing.T) {
	for _, c := range []struct {
		body, typ string
		want      bool
	}{
		{"Nadia Orlov tried to discredit Peter Quade during the hearing.", "oppose", true},
		{"Nadia Orlov sought to discredit Peter Quade during the hearing.", "oppose", true},
		{"Nadia Orlov tried to defend Peter Quade on Monday.", "support", true},
		{"Nadia Orlov will try to discredit Peter Quade.", "oppose", false},
		{"Nadia Orlov did not try to discredit Peter Quade.", "oppose", false},
		{"Nadia Orlov tried to meet Peter Quade on Monday.", "meet", false},
	} {
		f := extracted(t, "2025-06-11", c.body).Facts()
		if got := event(f, c.typ, "Nadia Orlov", "Peter Quade") != nil; got != c.want {
			t.Errorf("%s\n%s: %v, want %v (%v)", c.body, c.typ, got, c.want, f.Events)
		}
	}
}

// TestStanceDatedByTheLead checks that a stance taken in the simple past,
// undated, after a lead dated to a day with no other time told since, is
// dated by the lead; and that one after a paragraph set in another year
// is not.
func TestStanceDatedByTheLead(t *testing.T) {
	body := "NAIROBI - Kilima Telecom, the operator controlled by Baraka Otieno, sued the National Treasury on Friday.\n\n" +
		"The petition seeks damages of 4.2 billion shillings.\n\n" +
		"Speaking to reporters outside the courthouse, Otieno accused Treasury Secretary Amina Wekesa of pursuing a vendetta.\n\n" +
		"Wekesa met Justice Ruth Nyambura at the court. The ruling came a day after Otieno and Nyambura met for dinner.\n\n" +
		"The feud began in 2023. That year Otieno praised Tom Kamau.\n\n" +
		"Otieno criticized Kamau as well."
	f := extracted(t, "2025-11-14", body).Facts()
	if e := event(f, "oppose", "Baraka Otieno", "Amina Wekesa"); e == nil || e.Date != "2025-11-14" {
		t.Errorf("accusation = %+v, want it dated 2025-11-14", e)
	}
	if e := event(f, "meet", "Amina Wekesa", "Ruth Nyambura"); e == nil || e.Date != "2025-11-14" {
		t.Errorf("meeting = %+v, want it dated 2025-11-14", e)
	}
	if e := event(f, "meet", "Baraka Otieno", "Ruth Nyambura"); e == nil || e.Date == "2025-11-14" {
		t.Errorf("dinner a day before = %+v, want it not dated by the lead", e)
	}
	if e := event(f, "oppose", "Baraka Otieno", "Tom Kamau"); e == nil || e.Date == "2025-11-14" {
		t.Errorf("criticism after the 2023 paragraph = %+v, want it not dated by the lead", e)
	}
}

// TestDocumentsNotFiledSpeakForNoOne checks that a document someone did
// not file, denies writing, or filed against another who made the
// accusation speaks for no one.
func TestDocumentsNotFiledSpeakForNoOne(t *testing.T) {
	for _, body := range []string{
		"Tom Reyes filed a complaint against the newspaper that accused Mayor Omar Ruiz of fraud.",
		"Tom Reyes never filed the complaint that accuses Mayor Omar Ruiz of fraud.",
		"Tom Reyes denied that he wrote the anonymous letter that accuses Mayor Omar Ruiz of fraud.",
	} {
		f := extracted(t, "2025-06-11", body).Facts()
		if e := event(f, "oppose", "Tom Reyes", "Omar Ruiz"); e != nil {
			t.Errorf("%s\nno accusation of Reyes's: %+v", body, e)
		}
	}
}

// TestDefensesAreNoDeniedAchievement checks that a quotation saying
// someone never signed, kept or has not yet won something defends or
// predicts, and that an endorsement tried is not made.
func TestDefensesAreNoDeniedAchievement(t *testing.T) {
	for _, body := range []string{
		`"Tom Reyes never signed that contract," his lawyer, Carl Ives, said.`,
		`"Tom Reyes has not won the nomination yet, but he will," said Carl Ives, his campaign manager.`,
	} {
		f := extracted(t, "2025-06-11", body).Facts()
		if e := event(f, "oppose", "Carl Ives", "Tom Reyes"); e != nil {
			t.Errorf("%s\nno attack: %+v", body, e)
		}
	}
	f := extracted(t, "2025-06-11", "Nadia Orlov tried to endorse Peter Quade, but party rules barred her from doing so.").Facts()
	if e := event(f, "support", "Nadia Orlov", "Peter Quade"); e != nil {
		t.Errorf("an endorsement tried and barred: %+v", e)
	}
}

// TestModifierGiftHasNoMainSum checks that a giving told in a clause
// that modifies a noun ("a super PAC financed by …") takes no sum from
// the sentence's main clause, while one with its own sum keeps it.
func TestModifierGiftHasNoMainSum(t *testing.T) {
	f := extracted(t, "2026-03-03", "Prairie Forward, a super PAC financed largely by the grain trader Hal Voss, spent $2 million on ads.").Facts()
	if e := event(f, "fund", "Hal Voss", "Prairie Forward"); e == nil || e.AmountUSD != nil {
		t.Errorf("financed by = %+v, want a gift with no sum", e)
	}
	f = extracted(t, "2026-03-03", "Hal Voss, who gave $3 million to Prairie Forward, met Ada Bell on Monday.").Facts()
	if e := event(f, "fund", "Hal Voss", "Prairie Forward"); e == nil || e.AmountUSD == nil || *e.AmountUSD != 3e6 {
		t.Errorf("who gave $3 million = %+v, want $3,000,000", e)
	}
}

// TestTheCampaignIsTheCandidates checks that "the campaign", with no name
// of its own, is the candidate's the sentences before told running, and
// no one's where no one was.
func TestTheCampaignIsTheCandidates(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"Sheriff Dale Ruth is running for a fourth term. Gus Pappa has given $2,500 to the campaign, the filings show.", true},
		{"Dale Ruth's re-election campaign has raised $400,000. Gus Pappa gave $2,500 to the campaign in May.", true},
		{"Dale Ruth is running for governor. The campaign received $2,500 from Gus Pappa on Tuesday.", true},
		{"Dale Ruth is running the company. Gus Pappa gave $2,500 to the campaign on Tuesday.", false},
		{"Dale Ruth is seeking damages. Gus Pappa gave $2,500 to the campaign on Tuesday.", false},
	} {
		f := extracted(t, "2026-03-03", c.body).Facts()
		if e := event(f, "fund", "Gus Pappa", "Dale Ruth"); (e != nil) != c.want {
			t.Errorf("%q: gift to Ruth = %+v, want %v", c.body, e, c.want)
		}
	}
}

// TestTwoOccasionsInOneSentence checks that two meetings one sentence
// dates apart are two events, and that one occasion two frames find is
// one.
func TestTwoOccasionsInOneSentence(t *testing.T) {
	for _, tt := range []struct {
		body  string
		dates []string
	}{
		{"Odile Brannock and Kasimir Thale held four hours of talks on Tuesday and are scheduled to meet again on Friday.", []string{"2026-03-10", "2026-03-13"}},
		{"Odile Brannock met Kasimir Thale in January and will meet him again in May.", []string{"2026-01", "2026-05"}},
		{"Odile Brannock met Kasimir Thale for lunch on Tuesday.", []string{"2026-03-10"}},
	} {
		var got []string
		for _, e := range extracted(t, "2026-03-12", tt.body).Facts().Events {
			if e.Type == "meet" {
				got = append(got, e.Date)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.dates) {
			t.Errorf("%s: meetings on %v, want %v", tt.body, got, tt.dates)
		}
	}
}

// TestTheTwoAfterAParagraphOfOthers checks that "the two officials", in a
// paragraph that names no one, are the article's two main people: the
// pair the article's events join most, though a third is named about as
// often.
func TestTheTwoAfterAParagraphOfOthers(t *testing.T) {
	body := "Governor Erik Lindvall and Attorney General Folake Adeyinka are at war.\n\n" +
		"Adeyinka sued Lindvall on Tuesday over the budget. Lindvall accused Adeyinka of grandstanding. Adeyinka criticized Lindvall again on Wednesday.\n\n" +
		"Lindvall praised his budget director, Marcus Oyelade. Oyelade thanked Lindvall. Oyelade declined to comment on the suit.\n\n" +
		"The rupture comes despite a last attempt at peace. The two officials met for two hours on Monday, according to aides on both sides."
	f := extracted(t, "2026-03-12", body).Facts()
	if e := event(f, "meet", "Erik Lindvall", "Folake Adeyinka"); e == nil {
		t.Errorf("no meeting of Lindvall and Adeyinka in %v", f.Events)
	}
	if e := event(f, "meet", "Marcus Oyelade"); e != nil {
		t.Errorf("meeting with Oyelade: %+v", e)
	}
}

// TestMoneyWentTo checks that money moving to someone is a gift from its
// owner: its possessor, or the one the sentence before said spent it,
// with that sentence's time and the sum of its own sentence.
func TestMoneyWentTo(t *testing.T) {
	f := extracted(t, "2026-03-12", "Osric Vandermeer spent $4.2 million in the last months of 2025 trying to unseat Senator Hale Brant.\n\n"+
		"The bulk of the money, $3 million, went to Prairie Lantern Action, a super PAC. Most of Marit Solbakken's money went to Tidewater Forward PAC.").Facts()
	e := event(f, "fund", "Osric Vandermeer", "Prairie Lantern Action")
	if e == nil || e.Date != "2025" || e.AmountUSD == nil || *e.AmountUSD != 3e6 {
		t.Errorf("gift to Prairie Lantern Action = %+v", e)
	}
	if e := event(f, "fund", "Marit Solbakken", "Tidewater Forward PAC"); e == nil {
		t.Errorf("no gift from Marit Solbakken in %v", f.Events)
	}
	if e := event(f, "fund", "Osric Vandermeer", "Tidewater Forward PAC"); e != nil {
		t.Errorf("Solbakken's money given by Vandermeer: %+v", e)
	}
}

// TestTheTwoAfterAHeading checks that "the two men" right after a
// heading (a live blog's entry) are the article's two main people, while
// a bare "the two" there is no one.
func TestTheTwoAfterAHeading(t *testing.T) {
	lead := "President Conrad Ashdown and Dmitri Varov fell out in May. Ashdown accused Varov of disloyalty. Varov called Ashdown ungrateful. Ashdown threatened to cancel Varov's contracts.\n\n"
	for _, c := range []struct {
		entry string
		want  bool
	}{
		{"The two men are scheduled to have lunch in Palm Beach on June 21, an official said.", true},
		{"The two are scheduled to have lunch in Palm Beach on June 21, an official said.", false},
	} {
		const heading = "Lunch on the calendar"
		a := stagetest.Article(t, "2026-06-12", lead+heading+"\n\n"+c.entry)
		body := a.Blocks[1]
		h := strings.Index(a.Text, heading)
		a.Blocks = []powermap.Block{a.Blocks[0], {Kind: powermap.BlockBody, Start: body.Start, End: h - 2}, {Kind: powermap.BlockHeading, Start: h, End: h + len(heading)}, {Kind: powermap.BlockBody, Start: h + len(heading) + 2, End: len(a.Text)}}
		d := doc.New(a, stagetest.KB(t))
		for _, run := range []func(*doc.Doc){tokens.Run, mentions.Run, coref.Run, dates.Run, amounts.Run, quotes.Run} {
			run(d)
		}
		Run(d, DefaultFrames())
		e := event(d.Facts(), "meet", "Conrad Ashdown", "Dmitri Varov")
		if (e != nil && e.Date == "2026-06-21") != c.want {
			t.Errorf("%s: lunch = %+v, want found %v", c.entry, e, c.want)
		}
	}
}

// TestPluralAfterTo checks that a plural kind of person the tagger read
// as an infinitive after "to" ("in a letter to trustees") becomes a noun
// and "to" its preposition, and that a verb there stays one.
func TestPluralAfterTo(t *testing.T) {
	toks := []syntax.Token{{Form: "letter", UPOS: "NOUN"}, {Form: "to", UPOS: "PART", XPOS: "TO"}, {Form: "trustees", UPOS: "VERB", XPOS: "VB"},
		{Form: "to", UPOS: "PART", XPOS: "TO"}, {Form: "discuss", UPOS: "VERB", XPOS: "VB"}}
	repairPluralsAfterTo(toks)
	if toks[2].UPOS != "NOUN" || toks[1].UPOS != "ADP" {
		t.Errorf("to trustees = %s %s", toks[1].UPOS, toks[2].UPOS)
	}
	if toks[4].UPOS != "VERB" || toks[3].UPOS != "PART" {
		t.Errorf("to discuss = %s %s", toks[3].UPOS, toks[4].UPOS)
	}
}

// TestSubjectAcrossLongApposition checks that the subject of a verb after
// a long apposition with a relative clause is the name it describes, not
// a company named inside the clause, where the parser rooted the sentence
// on the apposition's noun.
func TestSubjectAcrossLongApposition(t *testing.T) {
	d := extracted(t, "2026-03-12", "And on Wednesday evening, Oren Tsadik, a software entrepreneur and Marlow alumnus who sold his data-security company, Ledgerly, to a larger rival in 2024, announced a $10 million gift to the Marlow University scholarship fund.")
	f := d.Facts()
	e := event(f, "fund", "Marlow University")
	if e == nil || e.Source != "Oren Tsadik" {
		t.Errorf("gift = %+v, want from Oren Tsadik (events %+v)", e, f.Events)
	}
}

// TestLabelOfHomeplace checks that a label naming someone as one of the
// place the speaker calls home, or its servant, praises, also with a
// clause after it that keeps faith, and that a label of membership judges
// no one; a place that only owns what is served, a pretence or a clause
// that says nothing good make no praise.
func TestLabelOfHomeplace(t *testing.T) {
	for _, c := range []struct {
		body string
		want string // "support", or "" for no stance
	}{
		{`Pastor Idris Vell called Mayor Sabine Orrow "a servant of this city" on Sunday.`, "support"},
		{`Pastor Idris Vell called Mayor Sabine Orrow "a daughter of this city who has never forgotten where she came from."`, "support"},
		{`Pastor Idris Vell called Mayor Sabine Orrow "a longtime member of our board."`, ""},
		// what the place only owns, a pretence, a clause that says nothing good
		{`Pastor Idris Vell called Mayor Sabine Orrow "a servant of this city's developers."`, "-"},
		{`Pastor Idris Vell called Mayor Sabine Orrow "a so-called servant of this city."`, "-"},
		{`Pastor Idris Vell called Mayor Sabine Orrow "a servant of this city who has lost her way."`, "-"},
	} {
		f := extracted(t, "2026-03-12", c.body).Facts()
		var got []string
		for _, e := range f.Events {
			if e.Type == "support" || e.Type == "oppose" {
				got = append(got, e.Type+" "+e.Source+" -> "+e.Target)
			}
		}
		if c.want == "-" {
			if slices.Contains(got, "support Idris Vell -> Sabine Orrow") {
				t.Errorf("%s: read as praise (%v)", c.body, got)
			}
			continue
		}
		want := []string{}
		if c.want != "" {
			want = []string{c.want + " Idris Vell -> Sabine Orrow"}
		}
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s: stance %v, want %v", c.body, got, want)
		}
	}
}

// TestQuoteNamingRival checks that a quotation naming, in words no list
// judges, one who attacked its speaker is a jab back, and that it is none
// where the two are shown making peace or backing each other, or where it
// names two people.
func TestQuoteNamingRival(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"Gideon Arbery attacked Selma Quist on Monday, calling her a fraud. Quist answered the next morning.\n\n\"Gideon builds nothing but press releases. When his company ships something that works, call me,\" Quist said.", true},
		{"Gideon Arbery praised Selma Quist on Monday. \"Gideon builds nothing but press releases,\" Quist said.", false},
		{"Gideon Arbery attacked Selma Quist on Monday. On Friday the two made peace over lunch. \"Gideon builds nothing but press releases,\" Quist said.", false},
		{"Gideon Arbery attacked Selma Quist on Monday. \"Gideon and Nils Varre build nothing but press releases,\" Quist said.", false},
		// words of cooperation or praise, or an event its words tell
		{"Gideon Arbery attacked Selma Quist on Monday. \"Gideon Arbery and I will work together,\" Quist said.", false},
		{"Gideon Arbery attacked Selma Quist on Monday. \"Gideon Arbery is a fine governor,\" Quist said.", false},
		{"Gideon Arbery attacked Selma Quist on Monday. \"I will meet with Arbery next week,\" Quist said.", false},
	} {
		f := extracted(t, "2026-03-12", c.body).Facts()
		var e *powermap.Event
		for i := range f.Events {
			if x := &f.Events[i]; x.Type == "oppose" && x.Source == "Selma Quist" && x.Target == "Gideon Arbery" {
				e = x
			}
		}
		if got := e != nil; got != c.want {
			t.Errorf("%q: jab back %v, want %v (events %+v)", c.body, got, c.want, f.Events)
		}
		if e != nil && c.want && (e.Rule != "quote-feud" || e.Confidence >= 0.5) {
			t.Errorf("jab back = %+v, want rule quote-feud, confidence below 0.5", e)
		}
	}
	// A jab is dated by its telling, not by a time its words speak of.
	f := extracted(t, "2026-03-12", "Gideon Arbery attacked Selma Quist on Monday. On Tuesday, Quist answered. \"Gideon sold the depot in May and never told the town,\" Quist said.").Facts()
	dated := false
	for _, e := range f.Events {
		if e.Rule == "quote-feud" {
			dated = true
			if e.Date != "2026-03-10" {
				t.Errorf("jab back dated %q, want the telling's day 2026-03-10", e.Date)
			}
		}
	}
	if !dated {
		t.Errorf("no jab back in %+v", f.Events)
	}
}

// TestEffortsAgainstAPost checks that trying or pushing to oust someone
// attacks them and ends no post, and that denying the attempt is none.
func TestEffortsAgainstAPost(t *testing.T) {
	for _, c := range []struct {
		body           string
		oppose, ouster bool
	}{
		{"Ivy Sloane tried to oust Hal Mertz as chairman of Brandt Capital.", true, false},
		{"Ivy Sloane is pushing to oust Hal Mertz as chairman of Brandt Capital.", true, false},
		{"Ivy Sloane attempted to remove Hal Mertz from the board of Brandt Capital in 2024.", true, false},
		{"Ivy Sloane did not try to oust Hal Mertz as chairman of Brandt Capital.", false, false},
		{"The board ousted Hal Mertz as chairman of Brandt Capital.", false, true},
	} {
		f := extracted(t, "2026-03-10", c.body).Facts()
		if got := event(f, "oppose", "Ivy Sloane", "Hal Mertz") != nil; got != c.oppose {
			t.Errorf("%q: oppose %v, want %v; events %+v", c.body, got, c.oppose, f.Events)
		}
		if got := event(f, "position", "Hal Mertz", "Brandt Capital") != nil; got != c.ouster {
			t.Errorf("%q: position %v, want %v; events %+v", c.body, got, c.ouster, f.Events)
		}
	}
}

// TestEnsuredHarmIsThreat checks that vowing to see to it that someone
// never again wins or works threatens them, and that making sure they
// win does not.
func TestEnsuredHarmIsThreat(t *testing.T) {
	for body, want := range map[string]bool{
		"Ivo Kranjc vowed to make sure Aidan Brennan never wins another election.":                  true,
		"Ivo Kranjc said he would ensure that Aidan Brennan is never elected again.":                true,
		"Ivo Kranjc said he would make sure that Aidan Brennan wins the election.":                  false,
		"Ivo Kranjc vowed to make sure Aidan Brennan never again has to worry about campaign cash.": false,
	} {
		f := extracted(t, "2026-03-10", body).Facts()
		if got := event(f, "threaten", "Ivo Kranjc", "Aidan Brennan") != nil; got != want {
			t.Errorf("%q: threat %v, want %v; events %+v", body, got, want, f.Events)
		}
	}
}

// TestSumGivenToIt checks that "it" given a sum in any currency, as the
// first object or after "to", is the organization the sentences before
// named.
func TestSumGivenToIt(t *testing.T) {
	for _, body := range []string{
		"The Harlow Foundation has struggled to raise money. Hal Mertz gave it $2 million this month.",
		"The Bharat Navnirman Party has struggled to raise money. Sreenivasan Nair handed it ₹25 crore this month.",
		"The Harlow Foundation has struggled to raise money. Hal Mertz pledged €3 million to it this month.",
	} {
		f := extracted(t, "2026-03-10", body).Facts()
		if len(f.Events) != 1 || f.Events[0].Type != "fund" || f.Events[0].Target == "" {
			t.Errorf("%q: events %+v, want one gift to the organization", body, f.Events)
		}
	}
}

// TestPronounsOfBothSexes checks that "she" with "him" beside it, or
// "she" after a verb's object whose name tells a woman's, is that
// person, not the subject whose name tells nothing, and that a lone "he"
// stays with the subject when the man's name is deep in a phrase.
func TestPronounsOfBothSexes(t *testing.T) {
	f := extracted(t, "2026-03-10", "Cyprian Nowak endorsed Mary Lis on Monday. She thanked him on Tuesday.").Facts()
	if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
		return e.Type == "support" && e.Source == "Mary Lis" && e.Target == "Cyprian Nowak"
	}) {
		t.Errorf("no thanks from Lis to Nowak; events %+v", f.Events)
	}
	f = extracted(t, "2026-03-10", "Tadeusz Wrona criticized Halina Gorska on Monday. She sued the Baltic Courier the next day.").Facts()
	if e := event(f, "oppose", "Halina Gorska", "Baltic Courier"); e == nil {
		t.Errorf("no suit of Gorska's (the verb's object, a woman's name) against the Courier; events %+v", f.Events)
	}
	f = extracted(t, "2026-03-10", "Haruki Nakabayashi ran the Osaka office of Sterling Pike for six years. He joined Kestrel Partners as managing partner this month.").Facts()
	if e := event(f, "position", "Haruki Nakabayashi", "Kestrel Partners"); e == nil {
		t.Errorf("no post of Nakabayashi at Kestrel Partners; events %+v", f.Events)
	}
}

// TestNoMeetingAtAPressOccasion checks that a stance taken at a news
// conference meets no one, while a joint one is a meeting; that "sat
// down with" after a founder's apposition is a meeting and no seat on a
// board; and that dismissing criticism of a firm attacks no one.
func TestNoMeetingAtAPressOccasion(t *testing.T) {
	for _, c := range []struct {
		body     string
		typ      string
		names    []string
		expected bool
	}{
		{"Ivy Sloane praised Hal Mertz at a news conference on Monday.", "meet", []string{"Ivy Sloane", "Hal Mertz"}, false},
		{"Ivy Sloane and Hal Mertz held a joint news conference on Monday.", "meet", []string{"Ivy Sloane", "Hal Mertz"}, true},
		{"Sunil Kapoor, the founder of Tessaract Holdings, sat down with Elena Vasquez on Monday.", "meet", []string{"Sunil Kapoor", "Elena Vasquez"}, true},
		{"Sunil Kapoor, the founder of Tessaract Holdings, sat down with Elena Vasquez on Monday.", "position", []string{"Sunil Kapoor", "Tessaract Holdings"}, false},
		{"Sunil Kapoor has sat on the board of Tessaract Holdings since 2019.", "position", []string{"Sunil Kapoor", "Tessaract Holdings"}, true},
		{"Hamish Ross dismissed criticism of Fraser Distilling Group on Monday.", "oppose", []string{"Hamish Ross", "Fraser Distilling Group"}, false},
	} {
		f := extracted(t, "2026-03-10", c.body).Facts()
		if got := event(f, c.typ, c.names...) != nil; got != c.expected {
			t.Errorf("%q: %s %v, want %v; events %+v", c.body, c.typ, got, c.expected, f.Events)
		}
	}
}

// TestDescriptionBeforeAdverb checks that "the company" before an adverb
// and a verb is the organization before, and that one before a
// participle's phrase is not taken for a description that acts.
func TestDescriptionBeforeAdverb(t *testing.T) {
	f := extracted(t, "2026-03-10", "Vantara Group has grown fast. The company quickly sued Hemi Walker.").Facts()
	if e := event(f, "oppose", "Vantara Group", "Hemi Walker"); e == nil {
		t.Errorf("no suit of Vantara Group against Walker; events %+v", f.Events)
	}
}

// TestPassiveBrokerAndFalseClaim checks that the agent of a peace made in
// the passive is its mediator, not a party, and that a claim judged
// false states no event even with its clause read as relative.
func TestPassiveBrokerAndFalseClaim(t *testing.T) {
	f := extracted(t, "2026-03-10", "Anna Berg and Tom Reyes were reconciled by their former mentor, Enzo Marchetti.").Facts()
	if e := event(f, "reconcile", "Anna Berg", "Tom Reyes"); e == nil || e.Mediator != "Enzo Marchetti" || len(e.Actors) != 2 {
		t.Errorf("reconcile = %+v, want Berg and Reyes with Marchetti the mediator", e)
	}
	f = extracted(t, "2026-03-10", "The claim that Joaquin Vera sued Pampas Grain Group is false.").Facts()
	if len(f.Events) != 0 {
		t.Errorf("events %+v, want none from a claim judged false", f.Events)
	}
}

// TestGiftWeighedIsNone checks that a gift considered or weighed is no
// gift, while one given is.
func TestGiftWeighedIsNone(t *testing.T) {
	for body, want := range map[string]bool{
		"Ivy Sloane is considering a $1 million gift to the Harlow Foundation.":  false,
		"Ivy Sloane is weighing a $5 million donation to the Harlow Foundation.": false,
		"Ivy Sloane gave a $1 million gift to the Harlow Foundation.":            true,
	} {
		f := extracted(t, "2026-03-10", body).Facts()
		if got := event(f, "fund", "Ivy Sloane", "Harlow Foundation") != nil; got != want {
			t.Errorf("%q: gift %v, want %v; events %+v", body, got, want, f.Events)
		}
	}
}

// TestDismissedSuitEndsNoPost checks that a lawsuit dismissed ends no
// post of its author's, while a person dismissed loses theirs.
func TestDismissedSuitEndsNoPost(t *testing.T) {
	f := extracted(t, "2026-03-10", "Nasser Qureshi's lawsuit against Everpine Group was dismissed on Monday.").Facts()
	if e := event(f, "position", "Nasser Qureshi", "Everpine Group"); e != nil {
		t.Errorf("position %+v from a dismissed lawsuit", e)
	}
	f = extracted(t, "2026-03-10", "Everpine Group dismissed Nasser Qureshi as chief executive on Monday.").Facts()
	if e := event(f, "position", "Nasser Qureshi", "Everpine Group"); e == nil || e.Status != "end" {
		t.Errorf("position = %+v, want Qureshi's post at Everpine ended", e)
	}
}

// TestRepairedParsesGiveEvents checks repairs of parses that lost an
// event, each on a sentence the parser misreads.
func TestRepairedParsesGiveEvents(t *testing.T) {
	for _, c := range []struct {
		body, typ, date string
		names           []string
	}{
		// A name made the compound of a time phrase before its verb.
		{"Rajendra Kothwal last year hosted Graham Pettifer at a fundraising dinner.", "meet", "2025", []string{"Rajendra Kothwal", "Graham Pettifer"}},
		// A compound split between a conjunct and a second object.
		{"Ivy Sloane will meet Mariela Tapia and community leaders on Monday.", "meet", "2026-03-16", []string{"Ivy Sloane", "Mariela Tapia"}},
		// A name read as the predicate of "called" with no object.
		{"Hyun-woo Bae said he had called Nadia Khatib on Friday evening.", "meet", "2026-03-06", []string{"Hyun-woo Bae", "Nadia Khatib"}},
		// A verb after "I" and an adverb read as an adverb in a quotation.
		{"\"I fully back Hal Mertz,\" said Ivy Sloane.", "support", "", []string{"Ivy Sloane", "Hal Mertz"}},
		// A preposition the passive stranded, given to the by-phrase.
		{"Ivy Sloane's campaign was largely paid for by Gunnar Holt.", "fund", "", []string{"Gunnar Holt", "Ivy Sloane"}},
		// A possessed nominal's for-phrase read as a second subject.
		{"Zainab Bello's praise for Kunle Adeyemi surprised observers.", "support", "", []string{"Zainab Bello", "Kunle Adeyemi"}},
	} {
		f := extracted(t, "2026-03-10", c.body).Facts()
		if e := event(f, c.typ, c.names...); e == nil || e.Date != c.date {
			t.Errorf("%q: %s = %+v, want %v on %q; events %+v", c.body, c.typ, e, c.names, c.date, f.Events)
		}
	}
}
