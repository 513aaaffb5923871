package quotes

import (
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/tokens"
)

// quoteBy returns the speaker of the quotation whose text contains words,
// and whether there is one.
func quoteBy(d *doc.Doc, words string) (string, bool) {
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, words) {
			return q.Speaker, true
		}
	}
	return "", false
}

func TestQuoteAttribution(t *testing.T) {
	const intro = "Senator Priya Raman toured the Ashford harbor on Monday with Mayor Teodor Pell. "
	tests := []struct {
		name, text, words, speaker string
	}{
		{"speaker then verb", intro + "“The port will reopen,” Raman said.", "port will reopen", "Priya Raman"},
		{"inverted", intro + "“The port will reopen,” said Senator Priya Raman.", "port will reopen", "Priya Raman"},
		{"inverted surname", intro + "“The port will reopen,” said Pell.", "port will reopen", "Teodor Pell"},
		{"inverted, lower-case words before a role", "“The port will reopen,” said transit union leader Ilse Varga.", "port will reopen", "Ilse Varga"},
		{"inverted, a modifier before a kind of person", "“Shame on the council,” shouted protest organizer Kofi Mensah.", "Shame on the council", "Kofi Mensah"},
		{"a description, then the name set off by commas, then the verb", intro + "“The port will reopen,” the harbor board's chair, Ilse Varga, said.", "port will reopen", "Ilse Varga"},
		{"lower-case words before a title", "“The port will reopen,” transit union president Ilse Varga told reporters.", "port will reopen", "Ilse Varga"},
		{"title and org before name", intro + "“We will not back down,” Ashford Council president Teodor Pell told reporters.", "not back down", "Teodor Pell"},
		{"according to", intro + "“The budget is balanced,” according to Raman.", "budget is balanced", "Priya Raman"},
		{"pronoun", intro + "“We will fund it,” she said.", "fund it", "Priya Raman"},
		{"title description", "Senator Priya Raman toured the Ashford harbor on Monday. “It is over,” the senator added.", "It is over", "Priya Raman"},
		{"told reporters colon", intro + "Raman told reporters: “We have the votes.”", "have the votes", "Priya Raman"},
		{"post on X", intro + "In a post on X, Raman wrote, “The vote is on Tuesday.”", "vote is on Tuesday", "Priya Raman"},
		{"said in a statement before", intro + "Pell said in a statement that the plan was “a gift to the city.”", "gift to the city", "Teodor Pell"},
		{"next sentence", intro + "“We won.” Raman said.", "We won", "Priya Raman"},
		{"broken by attribution", intro + "“We won,” Raman said. “And we will win again.”", "win again", "Priya Raman"},
		{"coordinated short quotes", intro + "Raman called the mayor “a real builder” and a “good man.”", "good man", "Priya Raman"},
		{"scare quote with speech verb", intro + "Raman called the inquiry a “witch hunt.”", "witch hunt", "Priya Raman"},
		{"single quotes", intro + "Raman said the plan was ‘a disgrace to the county’.", "disgrace to the county", "Priya Raman"},
		{"a verb coordinated with the first speaks for its subject", intro + "Raman said Pell was wrong and asked, “Have you read the bill?”", "read the bill", "Priya Raman"},
		{"an exclamation in title case is said", intro + "Pell shook hands with Raman and exclaimed, “Congratulations, Madam Senator!”", "Congratulations", "Teodor Pell"},
		{"an organization's speech noun", intro + "Raman wrote in a post responding to Ashford Holdings's announcement that it would “double the payroll by June.”", "double the payroll", "Ashford Holdings"},
		{"a naming verb's quoted words", intro + "On Tuesday the shipping magnate Ilse Dorn called Raman “the most capable senator of her generation.”", "most capable senator", "Ilse Dorn"},
		{"a naming verb in a relative clause", intro + "The plan was welcomed by Mayor Teodor Pell, who called it “a gift to the harbor.”", "gift to the harbor", "Teodor Pell"},
		{"a naming verb with a described object", intro + "Raman called her old rival Teodor Pell “a man who has never kept a promise.”", "never kept a promise", "Priya Raman"},
		{"a naming participle after an object's appositive", intro + "Raman endorsed Teodor Pell, the former mayor, calling him “a fighter who never quits.”", "fighter who never quits", "Priya Raman"},
		{"a naming participle in a clause reported by a body", intro + "According to the Harlow Builders Union, Raman endorsed Teodor Pell on Monday, calling him “a fighter who never quits.”", "fighter who never quits", "Priya Raman"},
		{"a naming participle after a body's verb and its object", intro + "The Harlow Builders Union endorsed Teodor Pell on Monday, calling him “the only candidate who has stood on a job site.”", "only candidate who has stood", "Harlow Builders Union"},
		{"a judging verb's quoted words", intro + "Pell accused Raman on Tuesday of wanting “a harbor for yachts, not for ships.”", "harbor for yachts", "Teodor Pell"},
		{"a judging participle's quoted words", intro + "Pell issued a statement on Tuesday praising Raman's “steady, patient work on the harbor.”", "steady, patient work", "Teodor Pell"},
		{"a second judging verb after a first quote", intro + "Pell called the plan “reckless” and accused Raman of “putting yachts ahead of jobs.”", "putting yachts", "Teodor Pell"},
		{"earlier verb claims a mid-sentence quote", intro + "Pell called the plan “a disgrace to the county,” Raman said.", "disgrace to the county", "Teodor Pell"},
		{"a judgement after \"as\" on someone's words is the judge's", intro + "Raman dismissed Pell's remarks as “beneath comment.”", "beneath comment", "Priya Raman"},
		{"a possessor is not the subject; the thing possessed, named beside it, is", intro + "Pell's shipping line, Harbor Freight Lines, called the lawsuit “a publicity stunt.”", "publicity stunt", "Harbor Freight Lines"},
		{"a second quotation in a second clause of the same report", intro + "Raman said Pell had “lost the plot” and that the council should “start again.”", "start again", "Priya Raman"},
		{"a possessor's own writing speaks for the possessor", intro + "Pell's statement said the port “will reopen in June.”", "will reopen in June", "Teodor Pell"},
		{"a name in a clause set off after the subject is not the speaker", intro + "Raman, who entered politics when Pell was mayor, called him “a role model.”", "role model", "Priya Raman"},
		{"inverted, a possessor's role and the name set beside it", intro + "“Nothing changes,” said state Sen. Ward Hill's chief of staff, Ilse Varga.", "Nothing changes", "Ilse Varga"},
		{"a title in quotation marks does not take the verb before it", intro + "Raman said on “Face the Facts” that she “will not back down.”", "will not back down", "Priya Raman"},
		{"a defending verb's quoted words", intro + "Raman defended Pell on Tuesday as “the hardest-working mayor in the state.”", "hardest-working mayor", "Priya Raman"},
		{"a second verb after \"and\" shares the first verb's subject, not its object", "Foreign Minister Priya Raman met U.S. envoy Teodor Pell in Nairobi on Wednesday, and afterwards praised the American diplomat as “a serious man who has done his homework.”", "serious man", "Priya Raman"},
		{"a mocking infinitive's quoted words", intro + "Raman took to the floor on Tuesday to mock Pell as “a tourist in his own city.”", "tourist in his own", "Priya Raman"},
		{"a clause's subject after a word that opens the clause", intro + "The feud began when Raman said the plan was “a gift to developers.”", "gift to developers", "Priya Raman"},
		{"inverted, a firm and a role of two words before the name", "“Rates will fall,” said Kestwick Partners rate strategist Ilse Varga.", "Rates will fall", "Ilse Varga"},
		{"inverted, a description's role set off before the name", intro + "“We will not back down,” said the council's chair, Ilse Varga.", "not back down", "Ilse Varga"},
		{"inverted, a qualifier before an abbreviated title", "“We need the money,” said state Sen. Gloria Petrakis.", "need the money", "Gloria Petrakis"},
		{"a naming verb's judgement of someone's words is the judge's", intro + "Raman called Pell's comments “offensive.”", "offensive", "Priya Raman"},
		{"a lawmaker's home after the name", intro + "“The port will reopen,” Sen. Priya Raman of Maine said in a statement Tuesday.", "port will reopen", "Priya Raman"},
		{"a lawmaker's party and state after the name", intro + "“The port will reopen,” Priya Raman, D-Minn., said.", "port will reopen", "Priya Raman"},
		{"a body after the name and \"of the\"", intro + "“The port will reopen,” Teodor Pell of the Ashford Council said.", "port will reopen", "Teodor Pell"},
		{"inverted, a party before the titled name", intro + "“The port will reopen,” said Republican state Sen. Priya Raman.", "port will reopen", "Priya Raman"},
		{"inverted, a firm and a role before the name", intro + "“The port will reopen,” said Ashford Holdings chief executive Teodor Pell.", "port will reopen", "Teodor Pell"},
		{"an organization's reason quoted after its act", intro + "Ashford Holdings said it had fired Pell “for repeated violations of his contract.”", "repeated violations", "Ashford Holdings"},
		{"a spokesman set beside his name names the claim", intro + "Pell's spokesman, Arne Dahl, called the claim “pure fiction.”", "pure fiction", "Arne Dahl"},
		{"a possessor inside the speaker's apposition does not speak", intro + "Ilse Dorn, Raman's chief of staff, described the talks as “productive.”", "productive", "Ilse Dorn"},
		{"a speech verb after \"who\" speaks for its antecedent", intro + "Raman's comments drew a sharp rebuke from Pell, who said they were “beneath a senator.”", "beneath a senator", "Teodor Pell"},
		{"an organization coordinated with its own verb speaks", intro + "The Ashford Dockworkers Union praised Raman on Thursday as “a true friend” and said her plan was “a win for every worker.”", "win for every worker", "Ashford Dockworkers Union"},
		{"a title the name leaves out does not hide the first verb's object", "Former Mayor Gloria Estrin threw her support behind Council President Nadia Farouqi on Saturday and called her “the only candidate who has actually read the city budget.”", "only candidate", "Gloria Estrin"},
		{"an object after a kind of person is no speaker", intro + "Pell met envoy Ilse Dorn on Wednesday, and afterwards praised the diplomat as “a serious woman.”", "serious woman", "Teodor Pell"},
		{"a name deep in what a spokesperson denied", intro + "An Ashford Holdings spokesperson denied a report that Raman had tried to hire Ilse Dorn, dismissing it as “pure fiction.”", "pure fiction", "Ashford Holdings"},
		{"a speech verb after \"who … and\" speaks for the antecedent", intro + "The Ashford Rowing Club thanked coach Ilse Dorn, who stepped down on Monday and said she was “proud of every crew.”", "proud of every crew", "Ilse Dorn"},
		{"the subject of what was said speaks in it", intro + "Raman said councillor Teodor Pell had called the plan “reckless and cruel.”", "reckless and cruel", "Teodor Pell"},
		{"one word after \"as\" and a judging verb", intro + "Raman dismissed the report as “nonsense.”", "nonsense", "Priya Raman"},
		{"a passive judge is its by-phrase", intro + "The report was dismissed by Teodor Pell as “nonsense.”", "nonsense", "Teodor Pell"},
		{"a spokeswoman named after a long organization's name", intro + "A spokeswoman for the Ashford County Board of Education, Ilse Dorn, called the plan “a betrayal of students.”", "betrayal of students", "Ilse Dorn"},
		{"a quotation of its own after a short sentence about one person", intro + "Pell was blunt. “We are not going anywhere.”", "not going anywhere", "Teodor Pell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := quoted(t, "2026-03-12", tt.text)
			got, ok := quoteBy(d, tt.words)
			if !ok || got != tt.speaker {
				var all []string
				for _, q := range d.Quotes {
					all = append(all, q.Speaker+": "+q.Text+" ("+q.Rule+")")
				}
				t.Errorf("%q: speaker of %q = %q (found %v), want %q; quotes: %q", tt.text, tt.words, got, ok, tt.speaker, all)
			}
		})
	}
}

func TestQuoteOrganizationSpeaker(t *testing.T) {
	d := quoted(t, "2026-03-12", "Harbor Freight Lines backed the dredging plan on Monday. “We are thrilled to see the channel deepened,” the company said in a statement.")
	got, ok := quoteBy(d, "thrilled")
	if !ok || got != "Harbor Freight Lines" {
		t.Errorf("speaker = %q (found %v), want the company named before", got, ok)
	}
}

func TestQuoteOverParagraphs(t *testing.T) {
	text := "Senator Priya Raman spoke at the union hall on Monday.\n\n" +
		"“We will rebuild the harbor,” Raman said. “We will hire every welder in the county.\n\n" +
		"“And we will finish before the election.”\n\n" +
		"The crowd cheered."
	d := quoted(t, "2026-03-12", text)
	var found bool
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "every welder") {
			found = true
			if q.Speaker != "Priya Raman" {
				t.Errorf("speaker = %q, want Priya Raman", q.Speaker)
			}
			if !strings.Contains(q.Text, "finish before the election") {
				t.Errorf("quotation stops at its paragraph: %q", q.Text)
			}
			if strings.ContainsAny(q.Text, "“”") {
				t.Errorf("quotation marks inside the text: %q", q.Text)
			}
		}
		if strings.Contains(q.Text, "crowd cheered") {
			t.Errorf("narration read as a quotation: %q", q.Text)
		}
	}
	if !found {
		t.Errorf("no quotation over two paragraphs in %+v", d.Quotes)
	}
}

func TestQuoteColonParagraph(t *testing.T) {
	text := "Senator Priya Raman answered her critics on Monday. Raman added in a statement:\n\n" +
		"“The port belongs to the people of this county.”\n\n" +
		"“It always will, whatever the council decides.”\n\n" +
		"Mayor Teodor Pell did not respond."
	d := quoted(t, "2026-03-12", text)
	for _, words := range []string{"port belongs", "always will"} {
		if got, ok := quoteBy(d, words); !ok || got != "Priya Raman" {
			t.Errorf("speaker of %q = %q (found %v), want Priya Raman", words, got, ok)
		}
	}
}

func TestScareQuotesIgnored(t *testing.T) {
	tests := []struct{ text, words string }{
		{"Senator Priya Raman said the vote was close. The so-called “harbor deal” collapsed on Monday.", "harbor deal"},
		// A scare quote in the sentence after a quotation does not carry
		// on its speaker.
		{"“We will fight,” Senator Priya Raman said. Her “reform” plan failed on Monday.", "reform"},
		// Nobody is shown saying a quotation that only follows a colon in
		// another paragraph without a speech verb.
		{"Senator Priya Raman toured the port.\n\nThe agenda:\n\n“Dredging”", "Dredging"},
		// Words someone left unnamed said are no named person's.
		{"Senator Priya Raman met the rebels on Monday in what one aide described as a “peace summit.”", "peace summit"},
		{"Senator Priya Raman's lawyer called the lawsuit “a publicity stunt.”", "publicity stunt"},
		// A title in capitals, its short words lower-case, names a show.
		{"Senator Priya Raman made an appearance on “Meet the Nation” on Sunday.", "Meet the Nation"},
	}
	for _, tt := range tests {
		d := quoted(t, "2026-03-12", tt.text)
		if got, ok := quoteBy(d, tt.words); ok {
			t.Errorf("%q: scare quote %q attributed to %q", tt.text, tt.words, got)
		}
	}
}

func TestRunOnQuoteNeedsOpeningMark(t *testing.T) {
	// An unclosed mark does not swallow a following paragraph of
	// narration.
	d := quoted(t, "2026-03-12", "“We will rebuild,” Senator Priya Raman said. “We will hire welders.\n\nThe crowd cheered loudly for the senator.")
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "crowd cheered") {
			t.Errorf("narration read as quoted: %q", q.Text)
		}
	}
}

func TestQuotes(t *testing.T) {
	d := quoted(t, "2025-06-06", "“We will win this,” Senator Ada Quill said. “They know it.” "+
		"Tomas Reyes told reporters: “Nobody believes her.” "+
		"“The deal is dead,” he added. "+
		"A post that said “Quill should resign” spread widely. "+
		"Quill called the plan a “disaster” and the “Big Harbor Bill” a mistake.")
	got := map[string]string{}
	for _, q := range d.Quotes {
		got[q.Text] = q.Speaker
	}
	want := map[string]string{
		"We will win this,":    "Ada Quill",
		"They know it.":        "Ada Quill",
		"Nobody believes her.": "Tomas Reyes",
		"The deal is dead,":    "Tomas Reyes",
		"disaster":             "Ada Quill",
	}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("quote %q: speaker %q, want %q (all: %v)", text, got[text], speaker, got)
		}
	}
	for _, no := range []string{"Quill should resign", "Big Harbor Bill"} {
		if s, ok := got[no]; ok {
			t.Errorf("%q attributed to %q; it is not a quote of a named speaker", no, s)
		}
	}
}

// quoted runs over body published on pub the stages this one reads
// (dates and amounts it does not) and then this one.
func quoted(t *testing.T, pub, body string) *doc.Doc {
	t.Helper()
	d := stagetest.Doc(t, pub, body)
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	Run(d)
	return d
}

// TestSpokespersonSpeaksForTheOrganization checks that an unnamed
// spokesperson's words are the organization's, a named one's their own,
// and that an organization with a long apposition still speaks.
func TestSpokespersonSpeaksForTheOrganization(t *testing.T) {
	tests := []struct{ body, speaker string }{
		{`A Ferrovane Inc. spokesperson denied the report, dismissing it as "pure fiction from start to finish."`, "Ferrovane Inc."},
		{`Brightline Foods is in talks with its union. "We remain committed to a fair deal," a company spokesperson said.`, "Brightline Foods"},
		{`Brightline Foods is in talks with its union. "We remain committed," a Brightline Foods spokesman said.`, "Brightline Foods"},
		{`A spokesman for Halvorsen Capital, Dmitri Obi, said only that the firm "will remain open no matter what happens."`, "Dmitri Obi"},
		// Inverted, the person named after the role and whom it serves;
		// with no name, the body.
		{`"We remain committed to a fair deal," said a spokesman for Halvorsen Capital, Dmitri Obi.`, "Dmitri Obi"},
		{`"We remain committed to a fair deal," said a spokesman, Dmitri Obi.`, "Dmitri Obi"},
		{`"We remain committed to a fair deal," said a spokesman for Halvorsen Capital.`, "Halvorsen Capital"},
		{`Cobalt Bay Partners, an activist fund that owns about 4 percent of Kisaragi Holdings, said the deal was negotiated "behind the backs of minority shareholders" and demanded a vote.`, "Cobalt Bay Partners"},
	}
	for _, tt := range tests {
		d := quoted(t, "2026-03-03", tt.body)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker != tt.speaker {
			var got []string
			for _, q := range d.Quotes {
				got = append(got, q.Speaker+": "+q.Text)
			}
			t.Errorf("%s\n\tquotes %q, want one by %s", tt.body, got, tt.speaker)
		}
	}
}

// TestSpeakerWithApposition checks that a quotation attributed after it
// to a name with a phrase about them set off by commas ("…,” Lucas
// Brandt, the fund's founder, wrote) is the name's.
func TestSpeakerWithApposition(t *testing.T) {
	for _, body := range []string{
		`The fund sent a letter. "This merger is a vanity project," Lucas Brandt, the fund's founder, wrote in the letter.`,
		`The fund sent a letter. "This merger is a vanity project," Lucas Brandt, 54, said on Monday.`,
		`The fund sent a letter. "This merger is a vanity project," Lucas Brandt, who founded the fund in 2009, told investors.`,
	} {
		d := quoted(t, "2026-03-11", body)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Lucas Brandt" {
			t.Errorf("%s\n\tquotes %+v, want one by Lucas Brandt", body, d.Quotes)
		}
	}
	// A verb in the phrase is no verb of saying the quotation's.
	if d := quoted(t, "2026-03-11", `"He lied to us," Ana Ruiz, who was fired last year, said.`); len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ana Ruiz" {
		t.Errorf("quotes %+v, want one by Ana Ruiz", d.Quotes)
	}
	// A list of names, each with a phrase, is no name with a phrase.
	if d := quoted(t, "2026-03-11", `"It is over," Ana Ruiz, a lawyer, and Lucas Brandt, a banker, said.`); len(d.Quotes) != 0 && d.Quotes[0].Speaker == "Ana Ruiz" {
		t.Errorf("a list of speakers gave the quotation to the first: %+v", d.Quotes)
	}
}

// TestAbsoluteWithSpeaks checks that a participle after a with-phrase
// set off by a comma speaks for the with-phrase's person, not the
// sentence's subject; a with-phrase right after its verb does not.
func TestAbsoluteWithSpeaks(t *testing.T) {
	d := quoted(t, "2026-03-11", `Kalani Reyes gave $2 million to the charity on Monday, with its director, Makoa Kealoha, calling the singer "a fierce friend to the Pacific."`)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Makoa Kealoha" {
		t.Errorf("quotes %+v, want one by Makoa Kealoha", d.Quotes)
	}
	d = quoted(t, "2026-03-11", `Ana Ruiz toured the plant with Tom Reyes, saying she was "impressed by the work."`)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ana Ruiz" {
		t.Errorf("quotes %+v, want one by Ana Ruiz", d.Quotes)
	}
}

// TestQuoteSentenceBeforeOnlyWhole checks that a quotation takes the
// one person of the short sentence before only when it is a whole
// sentence with no speaker of its own, that sentence's subject is that
// person (not their lawyer), and it does not speak of them.
func TestQuoteSentenceBeforeOnlyWhole(t *testing.T) {
	for _, tt := range []struct{ text, words, speaker string }{
		{"Joaquín Marlowe was blunt. “We are not going anywhere.”", "not going anywhere", "Joaquín Marlowe"},
		{"Joaquín Marlowe lost the vote. “It was a rout,” one aide said.", "a rout", ""},
		{"Joaquín Marlowe's lawyer was blunt. “My client is innocent.”", "client is innocent", ""},
		{"Selin Avcı spoke on Monday. Joaquín Marlowe was not at the meeting. “He has lost the room.”", "lost the room", ""},
	} {
		d := quoted(t, "2026-03-12", tt.text)
		if got, _ := quoteBy(d, tt.words); got != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.speaker)
		}
	}
}

// A possessive pronoun inside a phrase set off before the verb is no
// speaker; one opening the subject, or right before the verb's noun,
// speaks for its possessor, however the subject is set off from the
// verb.
func TestPossessiveBeforeSpeechVerb(t *testing.T) {
	for _, c := range []struct {
		body string
		want map[string]string
	}{
		{"Labor Secretary Renata Villa resigned on Thursday. " +
			"Senator Preston Acker, who had called for her to be fired over what he described as her hostility to small businesses, said on Thursday that her exit was “overdue.” " +
			"Mayor Ines Balogun spoke with both sides on Tuesday, her office said, urging them to “stay at the table and talk.”",
			map[string]string{"overdue.": "Preston Acker", "stay at the table and talk.": "Ines Balogun"}},
		{"Ada Quill resigned on Monday. Her office, in a statement, said she was “proud of the work.” " +
			"Tomas Brede sued her. On Tuesday, his lawyers, in a filing, said the claim was “well founded.”",
			map[string]string{"proud of the work.": "Ada Quill", "well founded.": "Tomas Brede"}},
	} {
		d := quoted(t, "2026-03-06", c.body)
		got := map[string]string{}
		for _, q := range d.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, speaker := range c.want {
			if got[text] != speaker {
				t.Errorf("quote %q: speaker %q, want %q (all: %v)", text, got[text], speaker, got)
			}
		}
	}
}

// Someone of the possessor's who does not speak for them speaks for
// themselves: no quotation of the possessor.
func TestPossessiveOthersSpeakForThemselves(t *testing.T) {
	d := quoted(t, "2026-03-06", "Tomas Brede spoke on Monday. His rival, in a statement, said, “He is finished.” Her husband said, “She earned it.”")
	for _, q := range d.Quotes {
		if q.Speaker == "Tomas Brede" {
			t.Errorf("quote %q given to Tomas Brede", q.Text)
		}
	}
}

// TestFirstSentenceAfterHeadline checks that the first sentence of the
// body, after a headline that ends in a lower-case word and no stop,
// attributes its quotation as any other: the headline's last word is no
// verb whose object the speaker would be.
func TestFirstSentenceAfterHeadline(t *testing.T) {
	const title, body = "Owner stands by coach despite losing streak", `Renato Alves said on Tuesday that Matias Ferre "has my full confidence for now."`
	a := stagetest.Article(t, "2026-03-10", title+"\n\n"+body)
	start := a.Blocks[1].Start
	a.Blocks = []powermap.Block{a.Blocks[0], {Kind: powermap.BlockTitle, Start: start, End: start + len(title)}, {Kind: powermap.BlockBody, Start: start + len(title) + 2, End: len(a.Text)}}
	d := doc.New(a, stagetest.KB(t))
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	Run(d)
	if got, ok := quoteBy(d, "full confidence"); !ok || got != "Renato Alves" {
		t.Errorf("speaker = %q (found %v), want Renato Alves", got, ok)
	}
}
