package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/read"
)

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

func TestUserRules(t *testing.T) {
	x := New(testKB(t))
	if err := x.AddRules("mine.txt", []byte("# mine\nsupport\tjuggle torch/VERB\ttarget=for\n")); err != nil {
		t.Fatal(err)
	}
	text := " date 2025-06-04 Senator Ada Quill juggled torches for Harlan Voss on Monday."
	p, _ := time.Parse("2006-01-02", "2025-06-04")
	a := &powermap.Article{Text: text, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
	if e := event(x.Facts(a), "support", "Ada Quill", "Harlan Voss"); e == nil || e.Rule != "juggle torch/VERB" {
		t.Errorf("user rule did not fire: %+v", e)
	}
	// The README's example.
	readme := New(testKB(t))
	if err := readme.AddRules("readme.txt", []byte("support\tcarry water/VERB\ttarget=for\n")); err != nil {
		t.Fatal(err)
	}
	text2 := " date 2025-06-04 Senator Ada Quill carried water for Harlan Voss on Monday."
	a2 := &powermap.Article{Text: text2, Published: p, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text2)}}}
	if e := event(readme.Facts(a2), "support", "Ada Quill", "Harlan Voss"); e == nil || e.Rule != "carry water/VERB" {
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

// TestWireDatelineNamesNoActor checks that the wire service in a
// dateline ("WASHINGTON (AP) —") is no party to the first sentence's
// event: the sentence's own subject is.
func TestWireDatelineNamesNoActor(t *testing.T) {
	text := "Pell sues Reyes over harbor deal\n\nBy Lena Ortiz\n\nMarch 12, 2026\n\nPORTLAND, Maine (AP) — Councilwoman Ada Pell filed a lawsuit Friday against the developer Tomas Reyes, a day after their talks collapsed.\n\nThe suit seeks $2 million.\n"
	a, err := read.ParseText("wire.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "PORTLAND, Maine" {
		t.Fatalf("dateline %q", a.Dateline)
	}
	f := New(testKB(t)).Facts(a)
	if e := event(f, "oppose", "Ada Pell", "Tomas Reyes"); e == nil || e.Source != "Ada Pell" {
		t.Errorf("no lawsuit of Pell against Reyes: %v", f.Events)
	}
	for _, e := range f.Events {
		if e.Source == "Associated Press" {
			t.Errorf("the wire is a party: %+v", e)
		}
	}
}

// TestWireAgencyHoldsNoPost checks that a wire agency of any name in a
// dateline's parentheses is no organization a post is taken at.
func TestWireAgencyHoldsNoPost(t *testing.T) {
	text := "date 2026-03-12\nMarrow chief quits\n\nLONDON (Halden Wire) - Lars Holt stepped down as chief executive of Marrow Foods on Monday.\n\nThe board named finance director Ruth Amsel as interim chief executive.\n"
	a, err := read.ParseText("wire.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range New(testKB(t)).Facts(a).Events {
		if e.Target == "Halden Wire" || e.Source == "Halden Wire" {
			t.Errorf("the wire is a party: %+v", e)
		}
	}
}

// TestStanceToldTwiceIsOne checks that a stance a verb tells and the
// next sentence's quotation restates is one event, the verb's.
func TestStanceToldTwiceIsOne(t *testing.T) {
	f := articleFacts(t, "twice.txt", "date 2026-03-12\nWilk backs Castellanos\n\nSenator Tomasz Wilk praised Rhea Castellanos on Monday. \"She is a fine leader,\" Wilk said.\n")
	var got []powermap.Event
	for _, e := range f.Events {
		if e.Type == "support" {
			got = append(got, e)
		}
	}
	if len(got) != 1 || got[0].Source != "Tomasz Wilk" || got[0].Target != "Rhea Castellanos" || got[0].Rule != "praise/VERB" {
		t.Errorf("want one support by the verb, got %+v", got)
	}
}

// TestPlannedMeetingIsNotTheOneTold checks that a meeting told without a
// date and one planned for a day are two events.
func TestPlannedMeetingIsNotTheOneTold(t *testing.T) {
	f := articleFacts(t, "planned.txt", "date 2026-03-12\nRuiz and Price to meet\n\nAna Ruiz and Tom Price have met several times at the club. The two are scheduled to meet again on Friday.\n")
	var past, planned int
	for _, e := range f.Events {
		if e.Type == "meet" && e.Planned {
			planned++
		} else if e.Type == "meet" {
			past++
		}
	}
	if past != 1 || planned != 1 {
		t.Errorf("want one meeting told and one planned, got %d and %d: %+v", past, planned, f.Events)
	}
}

// TestAccordingToDatesNothing checks that the time of an attribution
// ("according to records released Tuesday") does not date the event.
func TestAccordingToDatesNothing(t *testing.T) {
	f := articleFacts(t, "according.txt", "date 2026-03-12\nKim backs Field\n\nDana Kim gave $1 million to Nora Field's campaign, according to records released Tuesday.\n")
	e := event(f, "fund", "Dana Kim", "Nora Field")
	if e == nil || e.Date != "" {
		t.Errorf("want the gift undated, got %+v", e)
	}
}

// TestStateSinceDatesNothingAfter checks that the start of a state told
// in the sentence before ("has led the force since 2010") does not date
// an event that sentence does not date.
func TestStateSinceDatesNothingAfter(t *testing.T) {
	f := articleFacts(t, "since.txt", "date 2026-03-12\nCouncil turns on chief\n\nChief Lou Park has led the force since 2010. Council member Bea Long called for him to step down.\n")
	e := event(f, "oppose", "Bea Long", "Lou Park")
	if e == nil || e.Date == "2010" {
		t.Errorf("want the demand not dated 2010, got %+v", e)
	}
}

// TestDescribedDonorUndated checks that a description that states giving
// is undated though the clause it stands in is dated ("defended his donor
// on Tuesday"), and dated by a verb that makes it ("became … in 2024").
func TestDescribedDonorUndated(t *testing.T) {
	f := articleFacts(t, "donor.txt", "date 2025-06-11\nGovernor defends donor\n\nGovernor Raymond Oyel, speaking to reporters on Tuesday, defended his donor, Owen Baird.\n")
	if e := event(f, "fund", "Owen Baird", "Raymond Oyel"); e == nil || e.Date != "" {
		t.Errorf("want an undated gift, got %+v", e)
	}
	f = articleFacts(t, "donor2.txt", "date 2025-06-11\nDonor rises\n\nIn 2024 Owen Baird became the biggest donor to Governor Raymond Oyel.\n")
	if e := event(f, "fund", "Owen Baird", "Raymond Oyel"); e == nil || e.Date != "2024" {
		t.Errorf("want the gift dated 2024, got %+v", e)
	}
}

// TestQuotationDatedByItsParagraph checks that a stance read from a
// quotation takes the time the paragraph has just given, before the
// lead's.
func TestQuotationDatedByItsParagraph(t *testing.T) {
	f := articleFacts(t, "qdate.txt", "date 2025-06-11\nMayor and developer clash\n\nDeveloper Tom Baird unveiled a plan for the waterfront on Tuesday.\n\nMayor Ana Ruiz spoke to reporters on Monday night. “Tom Baird is a disgrace to this city,” she said.\n")
	if e := event(f, "oppose", "Ana Ruiz", "Tom Baird"); e == nil || e.Date != "2025-06-09" {
		t.Errorf("want the attack dated Monday 2025-06-09, got %+v", e)
	}
}

// TestWhatRecordsShowIsNotTheLeadsDay checks that a gift records show,
// told right after the lead, does not take the lead's day.
func TestWhatRecordsShowIsNotTheLeadsDay(t *testing.T) {
	f := articleFacts(t, "records.txt", "date 2025-06-11\nDeveloper's gifts draw scrutiny\n\nThe city council on Tuesday approved a 40-story tower by developer Tom Brill.\n\nCampaign finance reports show that Brill gave $11,500 to the re-election campaign of Mayor Ana Ruiz.\n")
	if e := event(f, "fund", "Tom Brill", "Ana Ruiz"); e == nil || e.Date == "2025-06-10" {
		t.Errorf("want the gift not dated by the lead, got %+v", e)
	}
}

// TestPostAuthorNamedOnlyInSignature checks that a post's author named
// only in its signature, a person or an organization, speaks it.
func TestPostAuthorNamedOnlyInSignature(t *testing.T) {
	f := articleFacts(t, "post.txt", "date 2026-03-12\nAmsel named chief\n\nFenwick & Dale named Ruth Amsel its chief executive on Monday.\n\n    Sam Orr (@samorr): \"We congratulate Ruth Amsel and look forward to working with her.\"\n\n    Bramble Capital (@BrambleCap): \"Ruth Amsel is a brilliant and honest leader.\"\n")
	for _, who := range []string{"Sam Orr", "Bramble Capital"} {
		if e := event(f, "support", who, "Ruth Amsel"); e == nil {
			t.Errorf("no support of %s for Ruth Amsel: %+v", who, f.Events)
		}
		found := false
		for _, q := range f.Quotes {
			found = found || q.Speaker == who
		}
		if !found {
			t.Errorf("no quote by %s: %+v", who, f.Quotes)
		}
	}
}

// TestAccordingToTheActDates checks that a time in an "according to"
// phrase naming the act's own document still dates it, and that a
// judgement said in the next sentence is the same attack.
func TestAccordingToTheActDates(t *testing.T) {
	f := articleFacts(t, "act.txt", "date 2026-03-12\nHarlan sues Vance\n\nHarlan Motors is suing Dirk Vance over the deal, according to a complaint filed Tuesday in state court.\n")
	if e := event(f, "oppose", "Harlan Motors", "Dirk Vance"); e == nil || e.Date != "2026-03-10" {
		t.Errorf("want the suit dated Tuesday, got %+v", e)
	}
	f = articleFacts(t, "said.txt", "date 2026-03-12\nKemp on Vance\n\nRosa Kemp criticized Dirk Vance on Monday. \"He is a crook,\" Kemp said.\n")
	n := 0
	for _, e := range f.Events {
		if e.Type == "oppose" && e.Source == "Rosa Kemp" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one attack by Kemp, got %d: %+v", n, f.Events)
	}
}

// TestDatedDatelineNamesNoOne checks that a dateline carrying its date
// ("SPRINGFIELD, Ill., March 26, 2026 - ") dates the article and names
// no organization.
func TestDatedDatelineNamesNoOne(t *testing.T) {
	text := "Pell sues Reyes\n\nBy Lena Ortiz, City Bureau\n\nSPRINGFIELD, Ill., March 26, 2026 - Councilwoman Ada Pell sued the developer Tomas Reyes on Tuesday.\n\nThe suit seeks $2 million.\n"
	a, err := read.ParseText("dated.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	f := New(testKB(t)).Facts(a)
	if a.PublishedString() != "2026-03-26" {
		t.Errorf("published %q", a.PublishedString())
	}
	for _, o := range f.Organizations {
		t.Errorf("organization %q from the dateline", o.Name)
	}
	if e := event(f, "oppose", "Ada Pell", "Tomas Reyes"); e == nil || e.Date != "2026-03-24" {
		t.Errorf("lawsuit %+v, want one dated 2026-03-24", e)
	}
}

// TestDateOfTheActNotOfItsContent checks that a date inside what an act
// is about ("accused … of ignoring warnings in 2025") or inside a past
// relative clause does not date the act, while a phrase that times it
// does ("starting in September").
func TestDateOfTheActNotOfItsContent(t *testing.T) {
	x := New(testKB(t))
	tests := []struct{ body, typ, date string }{
		{"On Monday Helena Tavares told reporters that Serra Alta had cut safety, and she accused Serra Alta of ignoring two warnings from inspectors in 2025.", "oppose", "2026-03-09"},
		{"Ana Pell accused Tomas Reyes in 2024 of lying.", "oppose", "2024"},
		{"The board of Kilnsey Water has tapped Eleni Papas to serve as its next chief operating officer, starting in September.", "position", "2026-09"},
		// The past of a relative clause is its own time.
		{"On Monday, Ada Lund, who had met Tomas Reyes in 2019, praised Tomas Reyes.", "support", "2026-03-09"},
		{"Ada Lund, who had met Tomas Reyes in 2019, praised Tomas Reyes.", "support", ""},
	}
	for _, tt := range tests {
		d := extractText(x, "2026-03-12", tt.body)
		found := false
		for _, e := range d.Events {
			if e.Type == tt.typ {
				found = true
				if e.Date != tt.date {
					t.Errorf("%q: %s dated %q, want %q", tt.body, tt.typ, e.Date, tt.date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event", tt.body, tt.typ)
		}
	}
}

// TestHeadlineOnlyNamesAreLeftOut checks that capitalised words only the
// headline has ("Council OKs Harbor Point") are no one in the story,
// while a name the story uses again is kept.
func TestHeadlineOnlyNamesAreLeftOut(t *testing.T) {
	text := "Council OKs Harbor Point As Pell Cheers\n\nBy Lena Ortiz\n\nMarch 12, 2026\n\nThe city council approved the rezoning on Tuesday, and Councilwoman Ada Pell praised the vote.\n\nPell said the project would bring jobs.\n"
	a, err := read.ParseText("headline.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	f := New(testKB(t)).Facts(a)
	var names []string
	for _, e := range append(f.People, f.Organizations...) {
		names = append(names, e.Name)
	}
	if len(names) != 1 || names[0] != "Ada Pell" {
		t.Errorf("entities %q, want only Ada Pell", names)
	}
}

// TestHeadlineRoleWordAndPronoun checks that a role word before a lone
// surname in a headline ("Billionaire Blaylock …") is no part of the
// name, so the surname joins the full name the story gives, and that a
// pronoun in the headline's clipped grammar teaches no gender: the
// story's "he" stays the billionaire's.
func TestHeadlineRoleWordAndPronoun(t *testing.T) {
	text := "date 2025-09-23\n\nBillionaire Blaylock vows $10 million to oust Sen. Marchetti, calls her a fossil\n\nBy Sam Roe\n\n" +
		"Payments tycoon Corwin Blaylock said on Monday that he would spend $10 million to defeat Senator Evelyn Marchetti.\n\n" +
		"Devin Holloway, a strategist for the senator, said the pledge was desperate.\n\n" +
		"It was not the first time Blaylock had gone after the senator. During a podcast interview last week, he called Marchetti \"a fossil who thinks crypto is a breakfast cereal\".\n"
	f := articleFacts(t, "headline.txt", text)
	for _, p := range f.People {
		if strings.HasPrefix(p.Name, "Billionaire") {
			t.Errorf("person %q: the role word is no part of the name", p.Name)
		}
	}
	found := false
	for _, q := range f.Quotes {
		if strings.HasPrefix(q.Text, "a fossil") {
			found = true
			if q.Speaker != "Corwin Blaylock" {
				t.Errorf("quote %q by %s, want Corwin Blaylock", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Error("no quote \"a fossil …\"")
	}
}

// TestPostStance checks that a post judging someone it names is that
// judgement (an attack by its author), and that praise in a post's
// other sentences is none of the one it names ("Had a lovely dinner
// with … 2026 is going to be amazing!").
func TestPostStance(t *testing.T) {
	text := "date 2025-11-20\n\nVarga lashes out at senator over chip bill\n\nBy Lena Ortiz\n\n" +
		"WASHINGTON - The rocket builder Dmitri Varga posted about Senator Marisol Ferrante on Wednesday after she backed a chip bill.\n\n" +
		"> Dmitri Varga (@dvarga): Ferrante is a disgrace and a fraud. Sad!\n\n" +
		"Later he posted about a dinner with Governor Ada Lindqvist.\n\n" +
		"> Dmitri Varga (@dvarga): Had a long dinner with Ada Lindqvist last night. Next year is going to be amazing!\n"
	f := articleFacts(t, "posts.txt", text)
	var attack, praise bool
	for _, e := range f.Events {
		attack = attack || e.Type == "oppose" && e.Source == "Dmitri Varga" && e.Target == "Marisol Ferrante"
		praise = praise || e.Type == "support" && e.Source == "Dmitri Varga" && e.Target == "Ada Lindqvist"
	}
	if !attack {
		t.Errorf("no attack by Varga on Ferrante from his post: %+v", f.Events)
	}
	if praise {
		t.Errorf("praise of the year taken for praise of Lindqvist: %+v", f.Events)
	}
}

// TestConstructionsOneByOne checks, one sentence at a time (the suites
// only hold a pass rate to a floor), constructions whose mechanisms a
// single wrong reading would lose: each line fails alone.
func TestConstructionsOneByOne(t *testing.T) {
	tests := []struct{ expected, sentence string }{
		// a verb coordinated after a closing quotation mark goes with the verb outside it
		{"oppose Yasmin Haddad > Conrad Ashby", `Rep. Yasmin Haddad said in a statement Tuesday that the donations amounted to "a protection racket dressed in a tuxedo" and accused Conrad Ashby of selling access.`},
		// an object pronoun after a participle clause's object is not the clause's unstated subject
		{"oppose Conrad Ashby > Hollis Kincaid; -oppose Conrad Ashby > Conrad Ashby", `Conrad Ashby answered on his own platform, branding Hollis Kincaid "Hollow Hollis" and calling him "a loser who got rich betting against America."`},
		// "It" opening a sentence, doing something in progress
		{"oppose Coalition for Fair Housing > Dashiell Kraemer", "The Coalition for Fair Housing has gone to court. It is suing landlord Dashiell Kraemer over the evictions."},
		// a name after an infinitive inside a subject is its object
		{"threaten Ignacio Paredes > Daily Meridian", "Ignacio Paredes's threat to sue the Daily Meridian drew condemnation from press freedom groups."},
		// "gave X until Friday to …"
		{"threaten Hollis Industries > Ravi Chandran", "Hollis Industries gave Ravi Chandran until Friday to return the documents or face legal action."},
		// a harm the speaker promises on a condition that names no one; a forecast is none
		{"threaten Giovanni Russo > Harbor Police Union", "Mayor Giovanni Russo clashed with the Harbor Police Union. Russo said Wednesday he would slash the union's overtime budget if officers continued the slowdown."},
		{"-threaten Ana Ruiz > Harbor Union", "Ana Ruiz said the city would slash the Harbor Union's funding if the recession deepened."},
		// a promise of backing on a condition is a hypothetical; a meeting planned on one stays planned
		{"none", "If Rosemary Tilden wins the nomination, Lukas Berger has said he would endorse her."},
		{"meet Ana Ruiz + Dashiell Kraemer planned", "Ana Ruiz will meet Dashiell Kraemer in Geneva on Friday if the ceasefire holds."},
		// labels of a kind: praise, and praise turned round
		{"support Ashok Venkataraman > Irene Valli", `Ashok Venkataraman called Irene Valli "a leader who listens."`},
		{"oppose Ana Ruiz > Dashiell Kraemer; -support Ana Ruiz > Dashiell Kraemer", `Ana Ruiz called Dashiell Kraemer "a leader who doesn't listen."`},
		// what a rumor says is not told
		{"none", "Party officials dismissed rumors that Oyvind Lie had bankrolled the Civic Renewal Party."},
		// a participle opening the sentence is no part of the name
		{"support Francesca Moretti > Abebe Tesfaye", "Praising Abebe Tesfaye, Governor Francesca Moretti said the county was lucky to have him."},
		// a plural acronym is no one; the one leading the group acts
		{"support Jonathan Ellery > Parveen Akhtar", "Three senior MPs, led by Jonathan Ellery, publicly endorsed Parveen Akhtar on Thursday."},
		// a job left and a job taken in one sentence are two moves
		{"position Lucas Brandt > Kraemer Capital status=end; position Lucas Brandt > Kraemer Capital status=start", "Lucas Brandt stepped down as chief executive of Kraemer Capital in May, becoming its chairman."},
		// the new holder of a post has taken it up
		{"position Mercy Adjei > Coastal Tribune status=start", "Mercy Adjei is the new editor-in-chief of the Coastal Tribune."},
		// a topic fought is no one attacked
		{"none", `"Dashiell Kraemer has spent his whole career fighting corruption," Ana Ruiz said.`},
		// an occasion or effort one used or led is one's own doing; a power one holds is not
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı used a rally in Fresno on Wednesday to accuse Joaquín Marlowe of buying the seat."},
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı held a news conference on Monday to denounce Joaquín Marlowe."},
		{"none", "Selin Avcı holds the power to fire Joaquín Marlowe."},
		{"none", "Selin Avcı rejected a plan to impeach Joaquín Marlowe."},
		// a demand for an inquiry into someone, or for their removal, attacks them; seeking their counsel does not
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı called for a probe of Joaquín Marlowe's finances."},
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı pressed for an inquiry into Joaquín Marlowe's spending."},
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı sought Joaquín Marlowe's removal."},
		{"none", "Selin Avcı sought Joaquín Marlowe's advice."},
		{"none", "Selin Avcı rejected calls for an inquiry into Joaquín Marlowe."},
		// an adverb in "-ly" read as an adjective before a passive participle
		{"oppose Selin Avcı > Joaquín Marlowe", "Joaquín Marlowe was roundly condemned by Selin Avcı for the remarks."},
		// a participle opening the sentence with its by-phrase hung on the oblique before it
		{"oppose Selin Avcı > Joaquín Marlowe", "Mocked for years by Selin Avcı, Joaquín Marlowe finally won the seat on Thursday."},
		// the name after the fronted phrase's comma, read as an apposition, is the subject
		{"oppose Selin Avcı > Joaquín Marlowe", "Criticized by Selin Avcı, Joaquín Marlowe resigned."},
		// a participle's clause the parser made the sentence's head is parsed apart
		{"reconcile Selin Avcı + Joaquín Marlowe", "Having traded insults for most of the campaign, Selin Avcı and Joaquín Marlowe shook hands and declared their feud over."},
		// "the two", "the former couple" with a past the tagger read as a noun, or with modifiers
		{"meet Selin Avcı + Joaquín Marlowe", "Selin Avcı rang Joaquín Marlowe's office on Monday. The two spoke for nearly an hour, according to aides."},
		{"reconcile Selin Avcı + Joaquín Marlowe", "Selin Avcı and Joaquín Marlowe divorced in 2019. But the former couple have since reconciled."},
		// a name before a second object of a verb of giving is the one given it; not after a verb of naming
		{"threaten Selin Avcı > Joaquín Marlowe", "Selin Avcı issued Joaquín Marlowe an ultimatum."},
		{"fund Selin Avcı > Joaquín Marlowe $15000", "Selin Avcı wrote Joaquín Marlowe a $15,000 check."},
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı, who once called Joaquín Marlowe a menace, has made peace with him."},
		// a loss foretold to the one who is to suffer it; a legal action raised as a prospect
		{"threaten Selin Avcı > Joaquín Marlowe", "Selin Avcı told Joaquín Marlowe he would lose his committee seat."},
		{"threaten Selin Avcı > Joaquín Marlowe", "Selin Avcı raised the spectre of a lawsuit against Joaquín Marlowe."},
		// paying a price is no payment
		{"none", "Selin Avcı said Joaquín Marlowe would pay a price for his vote."},
		// a post's end demanded is no end
		{"oppose Selin Avcı > Joaquín Marlowe; -position Joaquín Marlowe > Harbor Trust", "Selin Avcı called for the ouster of Joaquín Marlowe as chairman of the Harbor Trust."},
		{"-position Joaquín Marlowe > Harbor Trust", "Joaquín Marlowe, chairman of the Harbor Trust, faces calls for his resignation."},
		// "it" after a short fronted phrase is the organization the sentence before spoke of
		{"support Harbor Trust > Joaquín Marlowe", "The Harbor Trust took its time. After weeks of debate, it formally endorsed Joaquín Marlowe on Sunday."},
		// a single word quoted as the predicate is the clause's own; idioms of backing in a quotation
		{"support Joaquín Marlowe > Halvane Studios", `Halvane Studios has struggled this year. Joaquín Marlowe said he was "bullish" on the studio's future.`},
		{"support Selin Avcı > Joaquín Marlowe", `Selin Avcı said Joaquín Marlowe "has my full backing" and would start on Saturday.`},
		// (a review's counter-examples) an inquiry judged is no inquiry demanded; a thing's removal is not its owner's
		{"none", "Selin Avcı called the investigation into Joaquín Marlowe a witch hunt."},
		{"none", "Selin Avcı sought the suspension of Joaquín Marlowe's prison sentence."},
		{"oppose Selin Avcı > Joaquín Marlowe", "The Harbor Trust faces an audit. Selin Avcı demanded the resignation of its chairman, Joaquín Marlowe."},
		// a forecast of loss is no threat; a suit another brings is not the speaker's threat
		{"none", "Selin Avcı told Joaquín Marlowe he would lose the primary."},
		{"none", "Selin Avcı raised the possibility of a lawsuit against Joaquín Marlowe by his former partners."},
		// a request put forward is not done; one's own push is one's own plan
		{"none", "Selin Avcı filed a request to meet Joaquín Marlowe."},
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı used the opportunity to attack Joaquín Marlowe."},
		// a role word after "as" that the tagger read as a verb; the paragraph's organization
		{"position Joaquín Marlowe > Cedar Hollow School District status=start", "The Cedar Hollow School District is under pressure. Joaquín Marlowe, who was hired as superintendent in 2022, confirmed the visit."},
		// insults of political speech in a quotation
		{"oppose Selin Avcı > Joaquín Marlowe", `"Joaquín Marlowe is bought and paid for by the developers," Selin Avcı said on Monday.`},
		// a clause judged untrue, or what rumors say, is not told
		{"none", "It is untrue that Selin Avcı gave $200,000 to the Civic Renewal Party."},
		{"none", "Rumors swirled on Tuesday that Selin Avcı had quietly dined with Joaquín Marlowe."},
		// "it" for the one organization the sentence before named, after a clause about someone
		{"oppose Corvane Pharmaceuticals > Joaquín Marlowe", "Joaquín Marlowe worked at Corvane Pharmaceuticals. After he went public with safety concerns, the company struck back. On Monday it sued him."},
		// "face to face" after the object is an adverb, not the object with the name its compound
		{"meet Selin Avcı + Joaquín Marlowe", "Selin Avcı flew to Lisbon on Tuesday and met club president Joaquín Marlowe face to face."},
		// "both sides" for two people named over the sentences before, one of them by a pronoun
		{"reconcile Selin Avcı + Joaquín Marlowe", "Selin Avcı sued Joaquín Marlowe in 2021. On Tuesday she dropped the suit. Both sides said they had resolved their differences."},
		// time spent with someone is a meeting, not a post, though an apposition names one
		{"meet Selin Avcı + Joaquín Marlowe; -position Selin Avcı > Zuri Holdings", "Selin Avcı, the founder of Zuri Holdings, spent two hours on Thursday with Joaquín Marlowe at his office."},
		// (a second review's counter-examples) a meeting proposed is none; "it" is no organization named in passing
		{"none", "Selin Avcı proposed a meeting with Joaquín Marlowe."},
		{"-support Halvorsen Capital > Selin Avcı", "Joaquín Marlowe sold his stake in Halvorsen Capital. On Monday it endorsed Selin Avcı."},
		// a bill from someone is no gift; a judgement turned round by "no longer" says neither
		{"none", "Selin Avcı got a $40,000 bill from Halvorsen Capital."},
		{"none", `"Joaquín Marlowe no longer has my full backing," Selin Avcı said.`},
		// a purpose after a demand keeps it a demand; a deed judged wrong is still told
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı demanded Joaquín Marlowe's resignation to restore trust in the Harbor Trust."},
		{"fund Selin Avcı > Joaquín Marlowe $200000", "It is wrong that Selin Avcı gave $200,000 to Joaquín Marlowe's campaign without disclosing it."},
		// "his rival, the newspaper reported": no description set beside
		{"oppose Selin Avcı > Joaquín Marlowe", "Selin Avcı hired Joaquín Marlowe in 2019. On Monday Avcı attacked her rival, the newspaper reported."},
	}
	x := New(testKB(t))
	for i, tt := range tests {
		c := newCase(fmt.Sprintf("case %d", i), "", tt.expected, tt.sentence)
		fails, _ := runSuite(t, []suiteCase{c}, x)
		for _, f := range fails {
			t.Error(f)
		}
	}
}

// TestPostTakenAtTheOrganizationHeldBefore checks that a post taken in
// a sentence that names no organization, paragraphs after the person's
// post at one was told, is at that one, not at the organization named
// last.
func TestPostTakenAtTheOrganizationHeldBefore(t *testing.T) {
	text := "date 2026-03-02\nA new chief at Brightmoor\n\n" +
		"Brightmoor Foods hired Dana Whitfield as chief operating officer in 2012.\n\n" +
		"Kellan Partners, a fund, owns 9 percent of Ostrava Mills, a rival.\n\n" +
		"Whitfield was named chief executive in 2018.\n"
	f := articleFacts(t, "post.txt", text)
	found := false
	for _, e := range f.Events {
		if e.Type != powermap.EventPosition || e.Source != "Dana Whitfield" || e.Role != "chief executive" {
			continue
		}
		found = true
		if e.Target != "Brightmoor Foods" || e.Status != "start" {
			t.Errorf("chief executive post at %q (%s), want a start at Brightmoor Foods", e.Target, e.Status)
		}
	}
	if !found {
		t.Errorf("no chief executive post for Dana Whitfield in %+v", f.Events)
	}
	// An office is at no firm: not "mayor" of the law firm.
	text = "date 2026-03-02\nA lawyer turned mayor\n\n" +
		"Tom Hale worked as a lawyer at Brisco Partners for a decade.\n\n" +
		"Pay rose sharply across the region that year.\n\n" +
		"In 2016 Hale became mayor.\n"
	for _, e := range articleFacts(t, "mayor.txt", text).Events {
		if e.Type == powermap.EventPosition && e.Role == "mayor" && e.Target == "Brisco Partners" {
			t.Errorf("mayor of the law firm: %+v", e)
		}
	}
}

// TestPostLeftThenTakenAndTheHeadlinesBoard checks that a post taken
// whose sentence names no organization is at the one where the article
// said the person left that very post (the taking told after the
// leaving), not at another post's; and that "the board" is of the
// organization the headline is about, though another was named more in
// the body just before, unless its own paragraph names one.
func TestPostLeftThenTakenAndTheHeadlinesBoard(t *testing.T) {
	text := "date 2025-03-14\nVelora Foods chief Marsh quits; Kent named interim CEO\n\n" +
		"Julian Marsh stepped down as chief executive of Velora Foods on Thursday, bowing to pressure from the activist investor Brookline Capital, which had accused him of drift.\n\n" +
		"The board on Thursday named finance director Priya Kent as interim chief executive, the company said.\n\n" +
		"Marsh, 61, became chief executive in 2016. He will receive a year's pay.\n"
	f := articleFacts(t, "board.txt", text)
	want := map[string]bool{"Priya Kent": false, "Julian Marsh 2016": false}
	for _, e := range f.Events {
		if e.Type != powermap.EventPosition || e.Status != "start" {
			continue
		}
		if e.Target != "Velora Foods" {
			t.Errorf("post taken at %q, want Velora Foods: %+v", e.Target, e)
		}
		switch {
		case e.Source == "Priya Kent":
			want["Priya Kent"] = true
		case e.Source == "Julian Marsh" && e.Date == "2016":
			want["Julian Marsh 2016"] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no post taken for %s in %+v", k, f.Events)
		}
	}
	// The board of the one organization its own paragraph names comes
	// before the headline's.
	text = "date 2025-03-14\nVelora Foods wins bidding war for dairy\n\n" +
		"Velora Foods agreed on Thursday to buy Brightmoor Dairy for $2 billion. Velora Foods beat a rival offer.\n\n" +
		"Tom Hale resigned as chief executive of Brightmoor Dairy in January. The board named Lena Park interim chief executive on Thursday.\n"
	found := false
	for _, e := range articleFacts(t, "dairy.txt", text).Events {
		if e.Type == powermap.EventPosition && e.Source == "Lena Park" {
			found = true
			if e.Target != "Brightmoor Dairy" {
				t.Errorf("Lena Park's post at %q, want Brightmoor Dairy", e.Target)
			}
		}
	}
	if !found {
		t.Errorf("no post for Lena Park")
	}
	// Another post left there says nothing of where a new one is.
	text = "date 2025-03-14\nShake-up at Velora\n\n" +
		"Ada Brooks stepped down as chief financial officer of Velora Foods in January.\n\n" +
		"Brooks became chief executive on Monday.\n"
	for _, e := range articleFacts(t, "other.txt", text).Events {
		if e.Type == powermap.EventPosition && e.Status == "start" && e.Target == "Velora Foods" {
			t.Errorf("a new post at the organization left: %+v", e)
		}
	}
}

// TestPostUnderHandleLine checks that a post laid out under its handle
// line is its author's: the handle spelled from the name, or from a title
// and the surname, and that what it says is dated by the post.
func TestPostUnderHandleLine(t *testing.T) {
	text := "date 2026-01-08\nHost and chef make peace\n\n" +
		"Sloane Whitcombe, the host of a cooking show, had clashed with chef Rocco Bellini for months.\n\n" +
		"@sloanewhitcombe\nTurns out Rocco Bellini is a great guy. Thank you for the short ribs.\n2:15 PM · Jan 7, 2026\n\n" +
		"Mayor Harriet Onyango also weighed in.\n\n" +
		"@MayorOnyango\nColette Amaro held every one of us accountable.\nJan. 6, 2026\n"
	f := articleFacts(t, "handle.txt", text)
	speakers := map[string]bool{}
	for _, q := range f.Quotes {
		speakers[q.Speaker] = true
	}
	for _, s := range []string{"Sloane Whitcombe", "Harriet Onyango"} {
		if !speakers[s] {
			t.Errorf("no post quoted as %s's: %+v", s, f.Quotes)
		}
	}
	found := false
	for _, e := range f.Events {
		if e.Type == powermap.EventSupport && e.Source == "Sloane Whitcombe" && e.Target == "Rocco Bellini" {
			found = true
			if e.Date != "2026-01-07" {
				t.Errorf("support dated %q, want the post's day 2026-01-07", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no support Whitcombe > Bellini in %+v", f.Events)
	}
}

// TestPostIntroducedBeforeIt checks that a post whose handle spells no
// name is the words of the one the sentence before, ending in a colon,
// says posted it.
func TestPostIntroducedBeforeIt(t *testing.T) {
	text := "date 2026-03-04\nMagnate and senator trade barbs\n\n" +
		"Senator Lucia Marchetti on Monday accused shipping magnate Tobias Wrenfield of dodging port fees.\n\n" +
		"The 61-year-old Wrenfield posted a reply on X the next morning:\n\n" +
		"@GThraleShips\nMarchetti is a disgrace to the Senate and a total fraud.\n9:12 AM · Mar 3, 2026\n"
	f := articleFacts(t, "intro.txt", text)
	for _, q := range f.Quotes {
		if strings.Contains(q.Text, "disgrace") {
			if q.Speaker != "Tobias Wrenfield" {
				t.Errorf("post quoted as %q's, want Tobias Wrenfield's", q.Speaker)
			}
			return
		}
	}
	t.Errorf("no quotation of the post in %+v", f.Quotes)
}

// articleFacts extracts the facts of an article written as text, read
// as a file called name would be.
func articleFacts(t *testing.T, name, text string) *powermap.Facts {
	t.Helper()
	a, err := read.ParseText(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return New(testKB(t)).Facts(a)
}

// TestPartsOfAGroupAsSubject runs sentences whose subject is part of a
// group named by a pronoun ("Most of them praised …"), where the part
// stands for the pronoun and the pronoun for the sentence's subject: the
// pipeline once recursed on them until the process died of a stack
// overflow. Each must be read (a crash fails the whole test binary), and
// in "Most of them praised" the group's people act.
func TestPartsOfAGroupAsSubject(t *testing.T) {
	x := New(testKB(t))
	for _, part := range []string{"Most of them", "Some of them", "All of them", "Each of them", "Both of them", "Many of them", "Neither of them", "Several of them", "Two of them", "Most of their allies"} {
		for _, verb := range []string{"praised", "met", "criticized", "threatened to sue", "donated $5,000 to"} {
			body := "Tomas Brenner and Ilse Varga spoke on Sunday. " + part + " " + verb + " Elena Ruiz on Monday."
			d := extractText(x, "2025-06-11", body)
			if part == "Most of them" && verb == "praised" && !slices.ContainsFunc(d.Events, func(e powermap.Event) bool {
				return e.Type == "support" && e.Target == "Elena Ruiz" && (e.Source == "Tomas Brenner" || e.Source == "Ilse Varga")
			}) {
				t.Errorf("%s: no praise by the two in %+v", body, d.Events)
			}
		}
	}
}

// TestHandleWithAWordOfItsOwn checks that a handle made of a name part
// and a word of its own ("@chefyusuf", "@LeaderGottlieb") names the one
// person whose name part it holds, that the full name's handle wins over
// a shared surname, and that a name part of four letters is too short.
func TestHandleWithAWordOfItsOwn(t *testing.T) {
	text := "date 2026-01-08\nA dinner in the hills\n\n" +
		"Chef Yusuf Demir hosted Sloane Whitcombe and Leader Ephraim Gottlieb on Saturday. Her sister Margot Whitcombe stayed home.\n\n" +
		"@sloanewhitcombe\nThank you @chefyusuf for the short ribs. Thanks to @LeaderGottlieb for the patience.\n2:15 PM · Jan 7, 2026\n"
	f := articleFacts(t, "handle.txt", text)
	for _, target := range []string{"Yusuf Demir", "Ephraim Gottlieb"} {
		if !slices.ContainsFunc(f.Events, func(e powermap.Event) bool {
			return e.Type == powermap.EventSupport && e.Source == "Sloane Whitcombe" && e.Target == target
		}) {
			t.Errorf("no support Sloane Whitcombe > %s in %+v", target, f.Events)
		}
	}
	f = articleFacts(t, "handle.txt", "date 2026-01-08\nA dinner\n\nChef Yusuf Demir hosted Sloane Whitcombe and Leader Ephraim Gottlieb on Saturday.\n\n"+
		"@StopGottlieb\nSloane Whitcombe is a disgrace.\n\n@yusufkhan\nSloane Whitcombe is a fraud.\n")
	for _, p := range f.People {
		if slices.Contains(p.Aliases, "@StopGottlieb") || slices.Contains(p.Aliases, "@yusufkhan") {
			t.Errorf("a handle against or of someone else taken for %s: %+v", p.Name, p.Aliases)
		}
	}
	f = articleFacts(t, "handle.txt", "date 2026-01-08\nA rally\n\nTeam Sela held a rally for the singer Marisela Quintanilla on Monday.\n\n@selaofficial\nKessler Brandt has had four years to fix the buses.\n")
	for _, p := range f.People {
		if p.Name == "Team Sela" && slices.Contains(p.Aliases, "@selaofficial") {
			t.Errorf("a four-letter name part took the handle: %+v", p)
		}
	}
}
