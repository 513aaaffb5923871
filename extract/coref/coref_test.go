package coref

import (
	"strings"
	"testing"

	"github.com/powermap/powermap"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/tokens"
)

// descriptionOf runs the pipeline over body and returns the entity the
// first description mention reading desc resolves to ("" if none).
func descriptionOf(t *testing.T, body, desc string) string {
	t.Helper()
	d := resolved(t, "2025-06-04", body)
	for mi, m := range d.Mentions {
		if m.Rule == "description" && d.Text[m.Start:m.End] == desc {
			return d.EntityName(mi)
		}
	}
	t.Errorf("%q: no description %q", body, desc)
	return ""
}

func TestDescriptionsResolve(t *testing.T) {
	tests := []struct {
		body, desc, want string
	}{
		// Organizations: the most recent one whose kind fits.
		{"Meridian Ventures invested in Quillfeather Inc. The company said it would expand.", "The company", "Quillfeather Inc."},
		{"Tesla sold more cars. The automaker said demand was strong.", "The automaker", "Tesla"},
		// A description that is a possessor in the apposition of an
		// organization is another one ("X, the club's supporters' group");
		// a short name is the long one whose extra words are only kinds
		// (TestShortNameAfterKinds).
		{"Esporte Clube Vila Nova fired its coach. On Sunday, members of Torcida Nova, the club's largest supporters' group, marched to the stadium.", "the club", "Esporte Clube Vila Nova"},
		{"The crypto PAC Fairshake spent $40 million, the PAC said.", "the PAC", "Fairshake"},
		{"Ada Lund sued the Federal Trade Commission and Brightwater Holdings. The agency declined to comment.", "The agency", "Federal Trade Commission"},
		{"Brightwater Holdings hired a lobbyist after the Federal Trade Commission opened an inquiry. The firm denied wrongdoing.", "The firm", "Brightwater Holdings"},
		{"Hannah Kowalczyk posted on X, and Meta removed the post. The social media platform said it broke the rules.", "The social media platform", "X"},
		{"The Stand With Harbor Campaign raised $2 million. Okafor praised the campaign on Monday.", "the campaign", "Stand With Harbor Campaign"},
		// A participle's phrase after the noun ("the union representing
		// its workers") still describes the one named before.
		{"The Harbor Dockers Union has long battled Orrin Freight. The union representing 900 workers at the port said on Thursday that they would strike.", "The union", "Harbor Dockers Union"},
		// A lead that opens with a description names its actor a few
		// sentences on (after a dateline too).
		{"The union representing 9,000 drivers at Kestrel Freight said on Thursday that they would walk out. Talks broke down on Friday. The Amalgamated Drivers Union has represented the drivers since 1998.", "The union", "Amalgamated Drivers Union"},
		{"TACOMA, Wash. — The union representing 900 nurses at Pellam Health threatened to strike. \"We are ready,\" said Dana Pike, president of Riverbend Nurses Local 44.", "The union", "Riverbend Nurses Local 44"},
		// People: the most recent person named before, preferring one the
		// description fits.
		{"Senator Priya Raman met Tomas Reyes. The senator later left.", "The senator", "Priya Raman"},
		// A post an as-phrase of the subject's clause gives, further on
		// ("after six years as its manager"), not one given to another.
		{"Tomas Reyes met Priya Raman. Dario Ferrante left the club on Friday after six years as its manager. Bev Holloway praised the departed manager.", "the departed manager", "Dario Ferrante"},
		{"Dario Ferrante hired Luca Conti on Friday as its manager. Bev Holloway praised the manager.", "the manager", "Luca Conti"},
		// The one a verb in the past is done to, after a preposition a
		// few words on, like its object: the one person named before
		// besides the subject.
		{"Coach Dario Ferrante was sacked on Monday. Bev Holloway heaped praise on the departed boss.", "the departed boss", "Dario Ferrante"},
		{"The club is owned by Mikhail Lazar. Dana Pike lashed out at the owner on Monday.", "the owner", "Mikhail Lazar"},
		// A description saying a quotation is the one the sentence before
		// opened with, by a pronoun too, not one the quotation speaks of.
		{"Sigrid Falk was asked about Tomas Reyes on Wednesday. She laughed. \"He could not run a bake sale,\" the mayor said.", "the mayor", "Sigrid Falk"},
		{"Congresswoman Ada Quill met Tomas Reyes on Monday. The congresswoman said the talks went well.", "The congresswoman", "Ada Quill"},
		{"The billionaire investor Lars Eklund praised the plan. The billionaire later left.", "The billionaire", "Lars Eklund"},
		// A description that opens its sentence as the subject, after a
		// paragraph that named one person: that person, told of anew.
		{"Wanjiru Odhiambo had a busy spring. The veteran lawmaker endorsed three candidates.", "The veteran lawmaker", "Wanjiru Odhiambo"},
		{"Kasper Lindqvist rarely talks to reporters. The reclusive heir gave an interview on Monday.", "The reclusive heir", "Kasper Lindqvist"},
		// A member of a party, with the place they represent.
		{"Governor Ines Aldana toured the plant. The Colorado Democrat later met investors.", "The Colorado Democrat", "Ines Aldana"},
		// An organization and "its" person opening a sentence: the one
		// person the paragraph named.
		{"Tobias Quennell left Marrowgate Foods in 2023. The company and its founder have reconciled.", "founder", "Tobias Quennell"},
		// The object of a clause is not its subject.
		{"Quillon Systems owns the patent. Dravik Labs sued the software maker on Friday.", "the software maker", "Quillon Systems"},
		// A one-word name no kind types, taken up by a description.
		{"Quorvix has been searching for a chief. The streamer hired Ada Lund on Tuesday.", "The streamer", "Quorvix"},
		// Not an organization of a kind the noun rules out: the
		// one-word name before it ("the streamer" is no writers' union).
		{"Flixcast and the Writers Guild are far apart. The union said the streamer must pay more.", "the streamer", "Flixcast"},
		// "the group" fits any kind.
		{"Ada Lund gave to the Heartland Victory Committee. She warned the group on Friday.", "the group", "Heartland Victory Committee"},
		// After a verb, the one person named before besides the subject.
		{"The club signed Rafael Ibarrola on Friday. Kenji Adairo praised the pitcher.", "the pitcher", "Rafael Ibarrola"},
		// A kind of person that is also a verb, after it titled a name.
		{"Referee Rosalind Ekwueme sent off Tadeo Villaseñor. He ripped the referee online.", "the referee", "Rosalind Ekwueme"},
		{"Senator Rolf Amsel voted no. A spokesman said the Texas Republican had doubts.", "the Texas Republican", "Rolf Amsel"},
		// A news outlet named as the story's source is no company the
		// story is about.
		{"Quillfeather Robotics rehired its founder. He declined to describe the talks to Bloomberg News. A new chief will take over, the company said.", "the company", "Quillfeather Robotics"},
		// An appositive that introduced the person; a giving verb after
		// the name for "the donor".
		{"Marcus Hale, the senior pastor of Shiloh Church, endorsed Ada Lund. Mayor Ben Pratt criticized the pastor.", "the pastor", "Marcus Hale"},
		{"Walter Brandt gave $5,000 to Ada Lund. Ben Pratt criticized the donor.", "the donor", "Walter Brandt"},
		// An organization whose name opens with the description's noun,
		// the only one so named, however far back.
		{"Renata Villa left the Department of Labor on Monday. Senator Tom Hale criticized her. The White House declined to comment. Aides were stunned. Reporters waited. Nobody spoke. Hale left. Marcus Quint joined the department in 2025.", "the department", "Department of Labor"},
		// A role after a possessive in the appositive; a kind before the
		// role it qualifies.
		{"Linda Haugen, the commission's chair, faced a recall. Tomas Delgado came to the chair's defense.", "the chair", "Linda Haugen"},
		{"Grant Whitcomb, the incumbent senator, seeks a third term. Leo Ashgrove praised the incumbent.", "the incumbent", "Grant Whitcomb"},
		// A club named once in passing a paragraph before is not "the
		// club" the story is about.
		{"Kingsmere Athletic sacked its manager on Monday. Owner Mikhail Lazar said Kingsmere Athletic needed a change. Kingsmere Athletic lost again on Saturday.\n\nThe supporters' trust threatened to boycott the home match with Ashby Rovers.\n\nLazar, who bought the club in 2021, declined to comment.", "the club", "Kingsmere Athletic"},
		// (not a club the paragraph before was about, as a verb's object)
		{"Harwick Athletic sacked its coach on Monday. Harwick Athletic had lost six games. Harwick Athletic fans protested.\n\nFormer coach Leo Danz joined Dunmore United in January.\n\nDanz said he would sue the club over unpaid wages.", "the club", "Dunmore United"},
		// A name's first word that heads names ("Banco", "Banque") tells
		// its kind: "the bank" is Banco Meridional, not the company
		// named a paragraph before.
		{"Quillon Systems sued Aperture Labs on Sunday.\n\nBanco Meridional chief executive Heloisa Tavares warned on Monday that the bank would pull its sponsorship.", "the bank", "Banco Meridional"},
		// "the incumbent" holds an office of any title: the titled
		// governor, not an untitled coach named before.
		{"Coach Dario Fenn left the club on Friday.\n\nGovernor Grant Whitcomb is running again. Leo Ashgrove praised the incumbent on Monday.", "the incumbent", "Grant Whitcomb"},
		// A broader kind of person than the one the article described
		// someone by (rules.NarrowerKinds): an envoy is a diplomat, a
		// rapper a singer; not the other person of the sentence.
		{"Ada Crane met U.S. envoy Ray Ochoa in Lagos on Wednesday and afterwards praised the American diplomat.", "the American diplomat", "Ray Ochoa"},
		{"The rapper Ray Ochoa feuded with the producer Tom Hale for years. On Sunday, Ada Crane praised the singer.", "the singer", "Ray Ochoa"},
		// ... only where no one fits the noun itself.
		{"Party leader Ada Crane met lawmaker Tom Hale on Monday. Afterwards the leader criticized Velora Foods.", "the leader", "Ada Crane"},
		{"Ada Crane, a tech executive, married Tom Hale, a rainmaker at Brightmoor Bank, in June. Later the executive praised Velora Foods.", "the executive", "Ada Crane"},
		{"Interior Secretary Ada Crane met Undersecretary Tom Hale on Monday. Later the secretary praised Velora Foods.", "the secretary", "Ada Crane"},
	}
	for _, tt := range tests {
		if got := descriptionOf(t, tt.body, tt.desc); got != tt.want {
			t.Errorf("%q: %q → %q, want %q", tt.body, tt.desc, got, tt.want)
		}
	}
}

// TestTitleOfTheArticlesOwnHolder checks that "the president" is the
// article's own president when one was named with that post, and the
// knowledge base's holder otherwise.
func TestTitleOfTheArticlesOwnHolder(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Anjali Rao, the president of Calloway University, spoke on Monday. Kofi Mensah criticized the president on Thursday.", "Anjali Rao"},
		{"Anjali Rao resigned as president of Calloway University. Kofi Mensah criticized the president on Thursday.", "Anjali Rao"},
		{"Anjali Rao met reporters on Monday. Kofi Mensah criticized the president on Thursday.", "Donald Trump"},
		// A title of more words describes only the one named with it.
		{"Vice President Helena Marsh spoke on Monday. Kofi Mensah criticized the vice president on Thursday.", "Helena Marsh"},
		{"President Helena Marsh spoke on Monday. Kofi Mensah criticized the vice president on Thursday.", "JD Vance"},
		// Named with the title only later, where the article never names
		// the knowledge base's holder.
		{"Kofi Mensah criticized the president on Thursday. President Amara Obi of Ghana replied.", "Amara Obi"},
		{"Kofi Mensah criticized the president on Thursday. Trump and President Amara Obi of Ghana met.", "Donald Trump"},
	}
	for _, tt := range tests {
		d := resolved(t, "2026-03-12", tt.body)
		got := ""
		for mi, m := range d.Mentions {
			if s := d.Text[m.Start:m.End]; s == "the president" || s == "the vice president" {
				got = d.EntityName(mi)
			}
		}
		if got != tt.want {
			t.Errorf("%q: the president = %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestKnownOrganizationByTheArticlesName checks that an organization the
// knowledge base knows keeps the name the article gives it when the
// article never uses the knowledge base's, and the knowledge base's name
// otherwise.
func TestKnownOrganizationByTheArticlesName(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Ana Pell left the Justice Department in May.", "Justice Department"},
		{"Ana Pell left the Department of Justice in May. The Justice Department declined to comment.", "Department of Justice"},
	}
	for _, tt := range tests {
		d := resolved(t, "2026-03-12", tt.body)
		found := false
		for _, e := range d.Entities {
			if e.KB != nil && e.KB.Name == "Department of Justice" {
				found = true
				if e.Name != tt.want {
					t.Errorf("%q: named %q, want %q", tt.body, e.Name, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Department of Justice", tt.body)
		}
	}
}

// TestSurnamesAndSingleNames checks how one-word names find their entity.
func TestSurnamesAndSingleNames(t *testing.T) {
	tests := []struct {
		body      string
		want, not []string
	}{
		// A surname the article goes on to use, with a pronoun.
		{"Chidi Okonkwo, a banker, met officials. Okonkwo said he was hopeful.", []string{"person:Chidi Okonkwo"}, []string{"person:Okonkwo"}},
		// A company's first word alone is the company, not a speaker.
		{"Halvorsen Capital posted a loss. Halvorsen said it would cut jobs.", []string{"org:Halvorsen Capital"}, []string{"person:Halvorsen"}},
		// A bare surname of a House member is not taken to be them.
		{"She called her rival Marjorie “Traitor” Brown on Friday.", nil, []string{"person:Shontel Brown"}},
		// A given name coordinated with a full name shares its surname
		// (after a title in the plural too); a surname does not.
		{"Siblings Anwar and Leila Mansour gave money.", []string{"person:Anwar Mansour", "person:Leila Mansour"}, []string{"person:Anwar"}},
		{"Brothers Vittorio and Enzo Castellano settled.", []string{"person:Vittorio Castellano"}, nil},
		{"Ada Smith spoke. Smith and John Doe met on Friday.", []string{"person:Ada Smith", "person:John Doe"}, []string{"person:Smith Doe"}},
		{"Dana Mason spoke on Monday. Mason and John Doe met on Friday.", []string{"person:Dana Mason"}, []string{"person:Mason Doe"}},
		{"Senators Vantreese and Dana Whitfield met.", []string{"person:Dana Whitfield"}, []string{"person:Vantreese Whitfield"}},
		// A word inside its sentence with an organization's description
		// set beside it is that organization, even a common word; an
		// acronym someone told something is an outlet.
		{"Ray Ochoa attacked Senator Ada Crane on Chirp, the social platform he owns.", []string{"org:Chirp"}, nil},
		{"Meanwhile, the company said it would appeal.", nil, []string{"org:Meanwhile"}},
		{"\"I do not take orders from him,\" Ada Crane told MNN on Friday.", []string{"org:MNN"}, nil},
	}
	for _, tt := range tests {
		got := entitiesOf(t, tt.body)
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: missing %s; found %s", tt.body, w, keys(got))
			}
		}
		for _, n := range tt.not {
			if got[n] {
				t.Errorf("%q: found %s; found %s", tt.body, n, keys(got))
			}
		}
	}
}

// resolved runs the stages up to this one over body published on pub.
func resolved(t *testing.T, pub, body string) *doc.Doc {
	t.Helper()
	d := stagetest.Doc(t, pub, body)
	tokens.Run(d)
	mentions.Run(d)
	Run(d)
	return d
}

// TestPronounGenderLearned checks that "he" fixes the gender of someone
// whose given name did not, so that a later "her" is someone else.
func TestPronounGenderLearned(t *testing.T) {
	d := resolved(t, "2025-06-04", "Tavi Lenz put Marta Vogel on notice that he would sue her.")
	for mi, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "her" {
			if got := d.EntityName(mi); got != "Marta Vogel" {
				t.Errorf("her = %q, want Marta Vogel", got)
			}
			return
		}
	}
	t.Error("no mention of her")
}

// pronounIn returns the entity the first mention reading p resolves to.
func pronounIn(t *testing.T, body, p string) string {
	t.Helper()
	d := resolved(t, "2025-06-04", body)
	for mi, m := range d.Mentions {
		if d.Text[m.Start:m.End] == p {
			return d.EntityName(mi)
		}
	}
	t.Errorf("%q: no mention of %q", body, p)
	return ""
}

func TestGivenNameGender(t *testing.T) {
	// A given name tells the gender: "her" is not the subject Marcus.
	if got := pronounIn(t, "Marcus Tillman criticized Eleanor Fairbank over her $40,000 gift.", "her"); got != "Eleanor Fairbank" {
		t.Errorf("her = %q, want Eleanor Fairbank", got)
	}
	// The only other person is a woman: "him" is the man passed over as
	// the nearest.
	if got := pronounIn(t, "Ingrid Solberg, whom Hiroshi Tanabe had once sued, praised him on Tuesday.", "him"); got != "Hiroshi Tanabe" {
		t.Errorf("him = %q, want Hiroshi Tanabe", got)
	}
}

// TestNoTopicDescription checks the descriptions that do not stand for
// the person a paragraph has named: someone new brought in ("The
// spokesman"), a paragraph with two people, a noun in mid-sentence.
func TestNoTopicDescription(t *testing.T) {
	for _, body := range []string{
		"Wanjiru Odhiambo met the board. The spokesman said little.",
		"Wanjiru Odhiambo met Tomas Reyes on Monday. The veteran investor said little.",
		"Wanjiru Odhiambo met the board, and later the veteran investor said little.",
		// ("its founder" after a verb may be someone new)
		"Wanjiru Odhiambo wrote about Brindle Foods. She sued Brindle Foods and its founder.",
	} {
		noMention(t, body, "resolved to Wanjiru Odhiambo", func(d *doc.Doc, mi int) bool {
			return d.Mentions[mi].Rule == "description" && d.EntityName(mi) == "Wanjiru Odhiambo"
		})
	}
}

// noMention fails for every mention of body's resolution that bad
// picks, saying what went wrong (why).
func noMention(t *testing.T, body, why string, bad func(d *doc.Doc, mi int) bool) {
	t.Helper()
	d := resolved(t, "2025-06-04", body)
	for mi, m := range d.Mentions {
		if bad(d, mi) {
			t.Errorf("%q: %q %s", body, d.Text[m.Start:m.End], why)
		}
	}
}

// TestNoDescribedOrg checks that a description of an organization takes
// up no place, ordinary word or participle as an organization's name.
func TestNoDescribedOrg(t *testing.T) {
	for _, body := range []string{
		"Wanjiru Odhiambo is a player in Portland politics. The company hired her.",
		"Hours later the company hired Wanjiru Odhiambo.",
		"Touring the site with Wanjiru Odhiambo, the company praised her.",
		"Reporters asked Eze about the merger. The company declined to comment.",
	} {
		noMention(t, body, "taken for an organization", func(d *doc.Doc, mi int) bool { return d.Mentions[mi].Rule == "described-org" })
	}
}

// TestPartyMemberIsNoParty checks that "a Texas Republican" names a
// person, not the party.
func TestPartyMemberIsNoParty(t *testing.T) {
	d := resolved(t, "2025-06-04", "Representative Theo Castellano, a Texas Republican, spoke on Wednesday.")
	for _, e := range d.Entities {
		if e.Type == doc.Org {
			t.Errorf("organization %q found", e.Name)
		}
	}
}

// TestQuotedPossessiveOfNameBefore checks that a possessive in a
// quotation is the person the quotation names just before it in its
// clause, though the sentence before named another of that gender.
func TestQuotedPossessiveOfNameBefore(t *testing.T) {
	body := `Harlan Voss and Grace Okafor gave to Alan Pryce. "Alan has kept his word," Okafor said.`
	if got := pronounIn(t, body, "his"); got != "Alan Pryce" {
		t.Errorf("his = %q, want Alan Pryce", got)
	}
}

// TestQuotedPronounIsNotItsSpeaker checks that "he" or "she" in a
// quotation stands for someone other than the one it is attributed to,
// even when no name tells a gender.
func TestQuotedPronounIsNotItsSpeaker(t *testing.T) {
	tests := []struct{ body, want string }{
		{`Councillor Korvin Vale voted for the levy. Dorran Pike, a landlord, was furious. "He is a menace," Pike said on Monday.`, "Korvin Vale"},
		{`Councillor Korvin Vale voted for the levy. Dorran Pike was furious. "He is a menace," said Pike.`, "Korvin Vale"},
	}
	for _, tt := range tests {
		if got := pronounIn(t, tt.body, "He"); got != tt.want {
			t.Errorf("%q: He = %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestGuessedGenderYields checks that a gender guessed from a given
// name's ending ("Rajendra") yields to a pronoun with no one else to
// stand for, and takes the pronoun's gender after.
func TestGuessedGenderYields(t *testing.T) {
	body := "Rajendra Kothwal is a businessman. He gave money to the Reform Alliance."
	if got := pronounIn(t, body, "He"); got != "Rajendra Kothwal" {
		t.Errorf("He = %q, want Rajendra Kothwal", got)
	}
}

// TestDescriptionFarBack checks that a description the article used for
// one person only, paragraphs back, still names them ("the former judge"),
// and that two people so described leave it to the nearest rules.
func TestDescriptionFarBack(t *testing.T) {
	body := "Former judge Alma Reyes is running for mayor. Tom Diaz, a developer, backs her rival. Diaz spoke on Monday. He met voters. He toured the port. On Tuesday the Harlow Teachers Union endorsed the former judge."
	if got := pronounIn(t, body, "the former judge"); got != "Alma Reyes" {
		t.Errorf("the former judge = %q, want Alma Reyes", got)
	}
	// Two former judges, the nearer named in the sentence before: no
	// article-wide fit, the nearest person of the rules before.
	body = "Former judge Alma Reyes is running for mayor. Tom Diaz spoke on Monday. He met voters. He toured the port. Former judge Ines Kahale backs her rival. On Tuesday the Harlow Teachers Union endorsed the former judge."
	if got := pronounIn(t, body, "the former judge"); got != "Ines Kahale" {
		t.Errorf("two former judges: the former judge = %q, want the nearer, Ines Kahale", got)
	}
}

// TestPersonNamedForOrganization checks that a person whose name opens an
// organization's name stays a person ("Tomas Weir … the Tomas Weir
// Institute"), while a short form of a firm's name joins the firm, but
// not a body the firm set up ("Orrin Freight PAC").
func TestPersonNamedForOrganization(t *testing.T) {
	body := "Tomas Weir founded the Tomas Weir Institute in 2010. Tomas Weir said on Monday that he would step down."
	d := resolved(t, "2025-06-04", body)
	for mi, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "Tomas Weir" && d.Entities[m.Entity].Type != doc.Person {
			t.Errorf("mention %d of Tomas Weir is %s %q", mi, d.Entities[m.Entity].Type, d.EntityName(mi))
		}
	}
	if got := pronounIn(t, "Lena Ortiz joined Harbor Bank as a teller. Harbor Bank and Trust Company fired her on Monday.", "Harbor Bank"); got != "Harbor Bank and Trust Company" {
		t.Errorf("Harbor Bank = %q, want Harbor Bank and Trust Company", got)
	}
	// A body the firm set up, named by the firm's name and its kind, is
	// another organization: the firm is not a short form of its PAC.
	for _, body := range []string{
		"Dockworkers struck the shipping company Orrin Freight. The Orrin Freight PAC gave $20,000 to Ada Quill.",
		"The Orrin Freight Foundation gave $20,000 to a clinic. Dockworkers struck the shipping company Orrin Freight.",
	} {
		if got := pronounIn(t, body, "Orrin Freight"); got != "Orrin Freight" {
			t.Errorf("%s: Orrin Freight = %q, want itself", body, got)
		}
	}
}

// TestTitleOpeningTheText checks that a titled name opening the text, set
// off by commas before a description, resolves without a crash.
func TestTitleOpeningTheText(t *testing.T) {
	text := "Senator Dana Whitfield, now retired, sued the company on Monday."
	a := &powermap.Article{Name: "t", Text: text, Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 0, End: len(text)}}}
	d := doc.New(a, stagetest.KB(t))
	tokens.Run(d)
	mentions.Run(d)
	Run(d)
	if len(d.Mentions) == 0 || d.Mentions[0].TitleFirst != 0 || d.EntityName(0) != "Dana Whitfield" {
		t.Errorf("mentions %+v", d.Mentions)
	}
}

// TestCounterpartDescriptions checks that "her colleague", "his
// challenger" stand for the one other person the paragraph named, and
// for no one where two others were named or a name is set beside.
func TestCounterpartDescriptions(t *testing.T) {
	tests := []struct{ body, desc, want string }{
		{"Senator Ilse Varro filed the complaint on Monday. The next day Senator Bram Ostby attacked his colleague.", "colleague", "Ilse Varro"},
		{"Tomas Reyl is running against Mayor Ada Quist. Quist called her challenger a fraud.", "challenger", "Tomas Reyl"},
		{"Ada Quist, Tomas Reyl and Ilse Varro spoke. Quist praised her rival.", "rival", ""},
		// The possessive must fit the one named before it.
		{"Mayor Tomas Reyl had a rocky year. Ilse Varro gave $5,000 to his opponent.", "opponent", ""},
	}
	for _, tt := range tests {
		d := resolved(t, "2025-06-04", tt.body)
		got, found := "", false
		for mi, m := range d.Mentions {
			if m.Rule == "description" && d.Text[m.Start:m.End] == tt.desc {
				got, found = d.EntityName(mi), true
			}
		}
		if got != tt.want || tt.want != "" && !found {
			t.Errorf("%q: %q is %q, want %q", tt.body, tt.desc, got, tt.want)
		}
	}
	for _, body := range []string{
		"Ilse Varro spoke first. Bram Ostby praised his rival, Tomas Reyl, on Monday.",
		"Bram Ostby hired Ilse Varro in 2019. Ostby later endorsed his opponent in the race, a little-known lawyer.",
		"Bram Ostby met Ilse Varro on Monday. Ostby later criticized his predecessor.",
	} {
		d := resolved(t, "2025-06-04", body)
		for _, m := range d.Mentions {
			if m.Rule == "description" {
				t.Errorf("%q: description %q", body, d.Text[m.Start:m.End])
			}
		}
	}
}

// TestDescriptionNotGuessed checks descriptions that name no one told
// of before: a role after an organization's attack is not its own head,
// and "the governor" is not a mayor.
func TestDescriptionNotGuessed(t *testing.T) {
	for _, tt := range []struct{ body, desc, not string }{
		{"Dana Holt, the head of the Harbor Workers Union, spoke at a rally on Monday. The union accused the port director of ignoring safety rules.", "the port director", "Dana Holt"},
		{"Mayor Ellery Crane campaigned on transparency. Nadia Bensaid says he has delivered the opposite. In an op-ed on Sunday, the columnist praised the governor.", "the governor", "Ellery Crane"},
		// Only a lead's opening description waits for a later name; not
		// one deep in the story, nor one of a kind the headline named.
		{"Kestrel Freight cut wages. Drivers were angry. Talks stalled. Pay fell again. In a letter on Monday, Kestrel said the union had refused to meet. The Amalgamated Drivers Union later denied it.", "the union", "Amalgamated Drivers Union"},
		{"Officials met on Monday. Kestrel Freight said it had cut wages because the union had refused to talk. The Amalgamated Drivers Union denied it.", "the union", "Amalgamated Drivers Union"},
		// Nor the first of its kind named only as someone's, or as an
		// object, or one of two of the kind.
		{"The union representing 9,000 drivers at Kestrel Freight criticized Premier Lana Voss. Dana Pike, a member of the Halden Nurses Union, agreed.", "The union", "Halden Nurses Union"},
		{"The union representing 9,000 drivers at Kestrel Freight criticized Premier Lana Voss. Voss said she had met the Halden Nurses Union.", "The union", "Halden Nurses Union"},
		{"The union criticized Premier Lana Voss on Monday. The Halden Nurses Union praised her, and the Kestrel Drivers Union did not.", "The union", "Halden Nurses Union"},
	} {
		noMention(t, tt.body, "resolved to "+tt.not, func(d *doc.Doc, mi int) bool {
			return d.Text[d.Mentions[mi].Start:d.Mentions[mi].End] == tt.desc && d.EntityName(mi) == tt.not
		})
	}
}

// TestTwoPeopleDescribed checks descriptions in a paragraph that named
// two people: one opening its sentence is the person the sentence before
// opened with (when it named no one else), and one later in a sentence
// is not that sentence's subject.
func TestTwoPeopleDescribed(t *testing.T) {
	tests := []struct {
		body string
		want map[string]string
	}{
		{"Ellery Crane campaigned on transparency. Nadia Bensaid says he has delivered the opposite. In an op-ed on Sunday, the columnist accused the mayor of hiding the audit.",
			map[string]string{"the columnist": "Nadia Bensaid", "the mayor": "Ellery Crane"}},
		{"Lena Hoffmeister was nominated in May. Abdoulaye Sissoko has been among the loudest skeptics. On Tuesday, the committee member demanded that the nominee withdraw.",
			map[string]string{"the committee member": "Abdoulaye Sissoko", "the nominee": "Lena Hoffmeister"}},
		// A possessor is no subject: the one it owns describes the other.
		{"Goalkeeper Henrique Matos conceded four goals on Saturday. His manager, Ilse Brandt, stood by the 36-year-old afterwards.",
			map[string]string{"the 36-year-old": "Henrique Matos"}},
		// A name after a phrase fronted in the sentence before opens it.
		{"Jarrah Whitcombe released an album on Friday. By breakfast, Perpetua Lyle had weighed in. The veteran critic panned the record.",
			map[string]string{"The veteran critic": "Perpetua Lyle"}},
		// The sentence before opened with a titled person; an actress is
		// the other one.
		{"Yolanda Barrientos is a telenovela star. Senator Efrain Coronado is seeking a second term. The actress's contribution to the senator surprised her fans.",
			map[string]string{"The actress": "Yolanda Barrientos", "the senator": "Efrain Coronado"}},
	}
	for _, tt := range tests {
		d := resolved(t, "2025-06-04", tt.body)
		for desc, want := range tt.want {
			found := false
			for mi, m := range d.Mentions {
				if d.Text[m.Start:m.End] == desc {
					found = true
					if got := d.EntityName(mi); got != want {
						t.Errorf("%q: %q = %q, want %q", tt.body, desc, got, want)
					}
				}
			}
			if !found {
				t.Errorf("%q: no mention %q", tt.body, desc)
			}
		}
	}
}

// TestObjectPronounAfterPossessive checks that an object pronoun may be
// the person a possessive pronoun before it stands for: a possessor is no
// subject to pass over.
func TestObjectPronounAfterPossessive(t *testing.T) {
	body := "Colette Amaro sued Meridian Media on Monday. The company said her claim was false and accused her of lying."
	d := resolved(t, "2025-06-04", body)
	n := 0
	for mi, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "her" {
			n++
			if got := d.EntityName(mi); got != "Colette Amaro" {
				t.Errorf("her #%d = %q, want Colette Amaro", n, got)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of her, want 2", n)
	}
}

// TestAgeDescriptionNotInsideQuotation checks that "the 52-year-old"
// after a quotation is not someone the quotation names, and that an age
// makes "the developer" a person, not a company.
func TestAgeDescriptionNotInsideQuotation(t *testing.T) {
	body := "Developer Karl Albrecht sued the city on Monday.\n\n“Harriet Vell has never built a house in her life,” fumed the 52-year-old."
	if got := pronounIn(t, body, "the 52-year-old"); got == "Harriet Vell" {
		t.Errorf("the 52-year-old = %q, someone the quotation names", got)
	}
	body = "Karl Albrecht founded Albrecht Homes in 1990. “It is time to move on,” the 70-year-old developer told reporters."
	d := resolved(t, "2025-06-04", body)
	for mi, m := range d.Mentions {
		if strings.Contains(d.Text[m.Start:m.End], "developer") && m.Type == doc.Org {
			t.Errorf("%q is an organization (%s)", d.Text[m.Start:m.End], d.EntityName(mi))
		}
	}
}

// TestPronounNotTheNameItsClauseNames checks that a subject pronoun does
// not stand for the one its own clause goes on to name.
func TestPronounNotTheNameItsClauseNames(t *testing.T) {
	body := `Leon Park's speech on Monday drew a sharp response from Marcus Delane. He called Park "a disaster."`
	if got := pronounIn(t, body, "He"); got != "Marcus Delane" {
		t.Errorf("He = %q, want Marcus Delane", got)
	}
	if got := pronounIn(t, "Leon Park spoke on Monday. He said Park would run again.", "He"); got == "Leon Park" {
		t.Errorf("He = %q, want anyone but the one the clause names", got)
	}
}

// TestViceIsNoHolderOfTheOffice checks that "the president" does not
// take up a vice president when a president was named.
func TestViceIsNoHolderOfTheOffice(t *testing.T) {
	body := "President Conrad Ashby was attacked on Thursday. Vice President Marisol Ferrante came to the president's defense on Friday."
	if got := pronounIn(t, body, "the president"); got != "Conrad Ashby" {
		t.Errorf("the president = %q, want Conrad Ashby", got)
	}
}

// TestDescriptionAfterConnective checks that a description opening a
// sentence after "But" or "Instead" takes up the paragraph's topic, and
// that one whose clause has an object pronoun is not that pronoun's
// person.
func TestDescriptionAfterConnective(t *testing.T) {
	body := "Ignatius Mulligan was once the darling of the City. But the former trader was mocked by Beatrix Kaur on Thursday."
	if got := pronounIn(t, body, "the former trader"); got != "Ignatius Mulligan" {
		t.Errorf("the former trader = %q, want Ignatius Mulligan", got)
	}
	body = "Jakob Weiss and Amina Suleiman were allies until last year. But the investor is now suing her over unpaid profits."
	if got := pronounIn(t, body, "the investor"); got != "Jakob Weiss" {
		t.Errorf("the investor = %q, want Jakob Weiss", got)
	}
	body = "Cosima Ferrante's patience with Governor Ansel Whitby is gone. In an email, the hotel magnate accused Whitby of lying to her."
	if got := pronounIn(t, body, "the hotel magnate"); got != "Cosima Ferrante" {
		t.Errorf("the hotel magnate = %q, want Cosima Ferrante (a pronoun in a phrase further on may be the subject)", got)
	}
}

// TestRoleBeforeNameAndComma checks that a role set before a name and a
// comma ("its ambassador to Marranca, Katarzyna Wilk") describes the
// name, and that one after a preposition ("a spokesman for the mayor,
// Ansel Fitz,") does not.
func TestRoleBeforeNameAndComma(t *testing.T) {
	body := "The ministry recalled its ambassador to Marranca, Katarzyna Wilk, on Wednesday. Foreign Minister Henrik Lysgaard defended the ambassador."
	if got := pronounIn(t, body, "the ambassador"); got != "Katarzyna Wilk" {
		t.Errorf("the ambassador = %q, want Katarzyna Wilk", got)
	}
	body = "Mayor Celia Abern met the developer on Thursday. A spokesman for the mayor, Ansel Fitz, said little. Councilman Omar Finch accused the mayor of lying."
	if got := pronounIn(t, body, "the mayor"); got != "Celia Abern" {
		t.Errorf("the mayor = %q, want Celia Abern", got)
	}
}

// TestCounterpartPastAnOrganization checks that "his colleague" is the
// other person named before when an organization stands between the
// possessor's surname and it.
func TestCounterpartPastAnOrganization(t *testing.T) {
	body := "Senator Adaeze Okafor filed a complaint against Senator Bram Halvorsen. Halvorsen took to the Senate floor to deride his colleague as a fraud."
	if got := pronounIn(t, body, "colleague"); got != "Adaeze Okafor" {
		t.Errorf("his colleague = %q, want Adaeze Okafor", got)
	}
}

// TestObjectPronounAfterObjectPossessor checks that an object pronoun may
// stand for a name that owns the object before it ("demanded Crane's
// resignation, accusing him"), not for someone named sentences before,
// while the subject's own possessor is still passed over.
func TestObjectPronounAfterObjectPossessor(t *testing.T) {
	body := "Rasmus Ekdahl founded a drone company. Senator Margit Lind demanded Thaddeus Crane's resignation, accusing him of running a shakedown."
	if got := pronounIn(t, body, "him"); got != "Thaddeus Crane" {
		t.Errorf("him = %q, want Thaddeus Crane", got)
	}
	for _, body := range []string{
		"Rasmus Ekdahl founded a drone company. Thaddeus Crane's lawyer met Ekdahl on Monday and accused him of lying.",
		"Rasmus Ekdahl testified on Monday. Senator Margit Lind said that Thaddeus Crane's lawyer had accused him of lying.",
	} {
		if got := pronounIn(t, body, "him"); got == "Thaddeus Crane" {
			t.Errorf("%s\nhim = %q, the subject's possessor", body, got)
		}
	}
}

// TestOneWordNamesTheCompanyNotItsBody checks that a bare word the
// article types later names that organization wherever it stands, and
// that it is not the longer name of a body set up by or for it.
func TestOneWordNamesTheCompanyNotItsBody(t *testing.T) {
	tests := []struct{ body, word, want, not string }{
		{"Tessaline will cut 300 jobs, Ines Varga said. Shares of Tessaline fell 9% and Tessaline's board met.", "Tessaline", "Tessaline", ""},
		{"Workers at Quorvant walked out. Quorvant Employees for Good Government, the firm's PAC, gave $5,000 to Ada Crane. Quorvant's chief executive declined to comment.", "Quorvant", "Quorvant", ""},
		{"Ada Crane thanked Pell. Pell for Senate, her campaign committee, raised $2 million.", "Pell", "", "Pell for Senate"},
	}
	for _, tt := range tests {
		d := resolved(t, "2026-03-03", tt.body)
		n := 0
		for mi, m := range d.Mentions {
			if d.Text[m.Start:m.End] != tt.word {
				continue
			}
			n++
			got := d.EntityName(mi)
			if tt.want != "" && got != tt.want || tt.not != "" && got == tt.not {
				t.Errorf("%q: %q at %d names %q, want %q, not %q", tt.body, tt.word, m.Start, got, tt.want, tt.not)
			}
		}
		if n == 0 {
			t.Errorf("%q: no mention %q", tt.body, tt.word)
		}
	}
}

// TestParticleSurname checks that a surname led by a particle, capitalised
// to open a sentence ("De Wit", "Van der Berg"), is the person whose full
// name ends in it, and that two people of that surname leave it alone.
func TestParticleSurname(t *testing.T) {
	for _, c := range []struct{ body, short, want string }{
		{"Pieter de Wit is a climate campaigner. De Wit criticized the plan on Tuesday.", "De Wit", "Pieter de Wit"},
		{"Maria van der Berg runs a charity. Van der Berg praised the mayor.", "Van der Berg", "Maria van der Berg"},
		{"Luca di Santo owns a bank. Di Santo met the governor on Friday.", "Di Santo", "Luca di Santo"},
	} {
		if got := pronounIn(t, c.body, c.short); got != c.want {
			t.Errorf("%q: %s = %q, want %q", c.body, c.short, got, c.want)
		}
	}
	if got := pronounIn(t, "Pieter de Wit and Anna de Wit run a charity. De Wit spoke first.", "De Wit"); got == "Pieter de Wit" || got == "Anna de Wit" {
		t.Errorf("De Wit with two of that surname = %q, want neither", got)
	}
}

// TestDescriptionInsideApposition checks that a description inside the
// apposition of a person ("Teo Vance, a longtime friend of the singer")
// is someone else, though a rapper is a kind of singer: the singer named
// before, or no one when the article never called anyone so.
func TestDescriptionInsideApposition(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Pop singer Amara Nwosu skipped the gala.\n\nFans weren't the only ones picking sides.\n\nRapper Teo Vance, a longtime friend of the singer, rushed to her defense on Sunday.", "Amara Nwosu"},
		{"Pop star Amara Nwosu skipped the gala.\n\nFans weren't the only ones picking sides.\n\nRapper Teo Vance, a longtime friend of the singer, rushed to her defense on Sunday.", ""},
	} {
		if got := pronounIn(t, c.body, "the singer"); got != c.want {
			t.Errorf("%q: the singer = %q, want %q", c.body, got, c.want)
		}
	}
}

// TestDescriptionBesideNewName checks that a description set beside a
// one-word name nothing typed ("Chirp, the social platform he owns") is
// that name's organization, though another was named before.
func TestDescriptionBesideNewName(t *testing.T) {
	body := "Mayor Ann Cole spoke at Greater Zion Tabernacle on Sunday.\n\nOn Wednesday, Dmitri Varga attacked the mayor on Chirp, the social platform he owns."
	if got := descriptionOf(t, body, "the social platform"); got != "Chirp" {
		t.Errorf("the social platform = %q, want Chirp", got)
	}
	// (not a person beside "the company's founder")
	d := resolved(t, "2026-03-10", "Senator Joe Paley criticized Ferro Holdings on Sunday.\n\nOn Monday, Paley praised Kessler, the company's founder.")
	for _, e := range d.Entities {
		if e.Name == "Kessler" && e.Type == doc.Org {
			t.Errorf("Kessler typed %s", e.Type)
		}
	}
}

// TestPronounOfCoordinatedPair checks that "he" after two people joined by
// "and" is the man of the two, not the subject of the sentence before.
func TestPronounOfCoordinatedPair(t *testing.T) {
	body := "Senator Ned Asante, who received money from the firm, defended Koury on Tuesday.\n\nAssemblywoman Dana Koury and Felix Marchetti have known each other since 2019, when he served as her legislative director."
	if got := pronounIn(t, body, "he"); got != "Felix Marchetti" {
		t.Errorf("he = %q, want Felix Marchetti", got)
	}
	// (no pronoun of the other's gender: someone else may be meant)
	if got := pronounIn(t, "Governor Tom Reyes spoke on Monday. Lena Marchetti and Omar Koury arrived late, and he attacked them both.", "he"); got != "Tom Reyes" {
		t.Errorf("he = %q, want Tom Reyes", got)
	}
}

// TestObjectPronounAfterAppositionOfObject checks that an object pronoun
// after a preposition's object named by a description and its name ("on
// the prime minister, Alistair Pemberton, accusing him") is that person,
// not someone of a sentence before.
func TestObjectPronounAfterAppositionOfObject(t *testing.T) {
	body := "Former leader Gerhard Mensah resigned in July. Winnie Adebayo praised him on Monday. She then turned her fire on the prime minister, Alistair Pemberton, accusing him of lying."
	d := resolved(t, "2026-03-10", body)
	var got []string
	for mi, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "him" {
			got = append(got, d.EntityName(mi))
		}
	}
	if len(got) != 2 || got[0] != "Gerhard Mensah" || got[1] != "Alistair Pemberton" {
		t.Errorf("him, him = %v, want Gerhard Mensah, Alistair Pemberton", got)
	}
}

// TestShortNameAfterKinds checks that a name used before the full one,
// whose extra words open it and only tell its kind, is the same
// organization: "Vila Nova" of "Esporte Clube Vila Nova".
func TestShortNameAfterKinds(t *testing.T) {
	body := "Vila Nova fired its coach. Esporte Clube Vila Nova said on Monday that it would appeal."
	if got := pronounIn(t, body, "Vila Nova"); got != "Esporte Clube Vila Nova" {
		t.Errorf("Vila Nova = %q, want the club's full name", got)
	}
}

// TestPronounSaidOf checks that a pronoun inside a quotation said of
// someone named after it is that person, whatever their name tells of
// their gender.
func TestPronounSaidOf(t *testing.T) {
	body := "\"He has lied to this city for years,\" Philippa Rowe said of Kester Abiodun on Wednesday."
	if got := pronounIn(t, body, "He"); got != "Kester Abiodun" {
		t.Errorf("He = %q, want Kester Abiodun", got)
	}
}

// TestDescriptionByTitleKind checks that a title names a kind of person it
// does not spell: "the Rev. Tobiah Quell" is the pastor, "Sen. Orla
// Dunmore" the lawmaker, though someone else, titled otherwise, was named
// nearer; and only the kinds it names (a rabbi is no pastor).
func TestDescriptionByTitleKind(t *testing.T) {
	for _, c := range []struct{ body, desc, want string }{
		{"The Rev. Tobiah Quell endorsed Councilwoman Mira Sandoval on Sunday. Mayor Ines Corbet criticized the pastor on Tuesday.", "the pastor", "Tobiah Quell"},
		{"Sen. Orla Dunmore praised Mayor Kenji Albright on Friday. Governor Petra Vance mocked the lawmaker on Saturday.", "the lawmaker", "Orla Dunmore"},
		// each clergy title implies only its own kinds: a rabbi is no
		// pastor, and "the minister" stays a government's minister
		{"Rabbi Miriam Stoll met the Rev. Tobiah Quell on Friday. The rabbi praised the pastor.", "the pastor", "Tobiah Quell"},
		{"Foreign Minister Ana Ruiz met the Rev. Tobiah Quell on Monday. The minister criticized the plan.", "The minister", "Ana Ruiz"},
		{"Father Luis Ortega met the Rev. Tobiah Quell on Friday. The priest praised the plan.", "The priest", "Luis Ortega"},
	} {
		if got := pronounIn(t, c.body, c.desc); got != c.want {
			t.Errorf("%s: %s = %q, want %s", c.body, c.desc, got, c.want)
		}
	}
}

// TestDescriptionBySurnameNamedEarlier checks that a description fits a
// person named within three sentences by a surname whose fuller mention,
// further back, gave the title that fits it.
func TestDescriptionBySurnameNamedEarlier(t *testing.T) {
	body := "The Rev. Tobiah Quell has never been shy about politics. On Sunday he went further than ever, telling worshippers to vote for Councilwoman Mira Sandoval.\n\n" +
		"\"I am telling you now,\" Quell said. \"Mira Sandoval has earned our trust.\"\n\n" +
		"The reaction was swift. Mayor Ines Corbet, who is seeking a third term, accused the pastor on Sunday evening of turning a church into a campaign office."
	if got := pronounIn(t, body, "the pastor"); got != "Tobiah Quell" {
		t.Errorf("the pastor = %q, want Tobiah Quell", got)
	}
}
