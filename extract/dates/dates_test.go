package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/tokens"
)

// dateDoc runs the stages up to this one over body text published on pub
// (YYYY-MM-DD).
func dateDoc(t testing.TB, pub, body string) *doc.Doc {
	t.Helper()
	return run(t, stagetest.Article(t, pub, body))
}

// run runs the stages up to this one over article a.
func run(t testing.TB, a *powermap.Article) *doc.Doc {
	t.Helper()
	d := doc.New(a, stagetest.KB(t))
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	Run(d)
	return d
}

// dateOf returns the date expression whose text is expr, or the one that
// contains it ("on Tuesday" for "Tuesday").
func dateOf(d *doc.Doc, expr string) (doc.DateExpr, bool) {
	for _, de := range d.Dates {
		if d.Text[de.Start:de.End] == expr {
			return de, true
		}
	}
	for _, de := range d.Dates {
		if strings.Contains(d.Text[de.Start:de.End], expr) {
			return de, true
		}
	}
	return doc.DateExpr{}, false
}

func TestDateResolution(t *testing.T) {
	// 2026-03-12 is a Thursday.
	const thu = "2026-03-12"
	tests := []struct {
		name, pub, text, expr, want string
	}{
		// Weekdays by the tense of their clause.
		{"past weekday", thu, "Senator Odile Marchetti met the harbor commissioner on Tuesday.", "Tuesday", "2026-03-10"},
		{"future weekday", thu, "Senator Odile Marchetti will meet the harbor commissioner on Tuesday.", "Tuesday", "2026-03-17"},
		{"end of the month, planned", thu, "Marchetti is stepping down as chair at the end of the month.", "of the month", "2026-03"},
		{"opening weekday, then its speech verb", thu, "On Wednesday, Marchetti said she would sue the harbor commissioner.", "Wednesday", "2026-03-11"},
		{"weekday in an opening phrase, then a naming verb and a future clause", thu, "In a televised address on Sunday night, Marchetti called the commissioner “a failure” and said she would cut his budget.", "Sunday", "2026-03-08"},
		{"set to", thu, "Marchetti is set to tour the shipyard on Monday.", "Monday", "2026-03-16"},
		{"plans to", thu, "Marchetti plans to travel to Ohio on Saturday.", "Saturday", "2026-03-14"},
		{"contracted will", thu, "She’ll sign the budget on Monday, aides said.", "Monday", "2026-03-16"},
		{"progressive", thu, "Marchetti is hosting a fundraiser on Saturday.", "Saturday", "2026-03-14"},
		{"no tense word reads as past", thu, "Marchetti on Monday, a statement from her office.", "Monday", "2026-03-09"},
		{"same weekday past", thu, "Marchetti spoke to reporters on Thursday.", "Thursday", "2026-03-12"},
		{"same weekday future", thu, "Marchetti will speak to reporters on Thursday.", "Thursday", "2026-03-12"},
		{"last weekday", thu, "Marchetti spoke to reporters last Thursday.", "last Thursday", "2026-03-05"},
		{"this past weekday", thu, "Marchetti spoke this past Tuesday.", "this past Tuesday", "2026-03-10"},
		{"next weekday", thu, "Marchetti will speak next Thursday.", "next Thursday", "2026-03-19"},
		{"two clauses: past", thu, "Marchetti announced on Monday that she will retire on Friday.", "Monday", "2026-03-09"},
		{"two clauses: future", thu, "Marchetti announced on Monday that she will retire on Friday.", "Friday", "2026-03-13"},
		{"fronted weekday", thu, "On Wednesday, Marchetti said she had dined with the mayor.", "Wednesday", "2026-03-11"},
		{"bare-form past after a name", thu, "Marchetti hit back on Monday, saying she would sue the commissioner.", "Monday", "2026-03-09"},
		{"bare form in a condition: what may come", thu, "Marchetti said she would sue the commissioner if he cut funding on Friday.", "Friday", "2026-03-13"},
		{"bare form after a plural: no tense of its own", thu, "They hit back on Monday, saying they would sue the commissioner.", "Monday", "2026-03-16"},
		{"weekday night", thu, "Marchetti dined with Mayor Teodor Pell on Monday night.", "Monday night", "2026-03-09"},
		// A count before or after a clause dates the clause from the day
		// the sentence told before it; after a noun it names its own base.
		{"a day after a clause", thu, "Marchetti resigned on Tuesday, a day after Teodor Pell threatened to fire her.", "a day after", "2026-03-09"},
		{"days after a clause", thu, "Marchetti resigned on Tuesday, two days after Pell criticized her.", "two days after", "2026-03-08"},
		{"a week after a pronoun's clause", thu, "Marchetti met Pell on Wednesday, a week after he sued her.", "a week after", "2026-03-04"},
		{"weekday as modifier", thu, "Pell answered during a Monday radio interview.", "Monday", "2026-03-09"},
		{"weekday with full date", thu, "Marchetti resigned on Friday, Feb. 27, after a long fight.", "Friday", "2026-02-27"},
		// Relative to the article's previous date.
		{"next day", thu, "The board met on Jan. 5. The next day, Marchetti resigned.", "The next day", "2026-01-06"},
		{"following day", thu, "The board met on Jan. 5. Marchetti resigned the following day.", "the following day", "2026-01-06"},
		{"days later", thu, "Marchetti flew to Rome on March 2. Two days later, she met the bishop.", "Two days later", "2026-03-04"},
		{"a past of four letters beside a future word", thu, "Marchetti sued the harbor board on Monday over the upcoming vote.", "Monday", "2026-03-09"},
		{"years later, from a year", thu, "Marchetti joined the board in 2019. Two years later, she sued it.", "Two years later", "2021"},
		// A coarser date told since the last day is the nearer anchor.
		{"that year, after a day and then a year", thu, "Marchetti spoke on Monday. Her 2019 campaign was her first. That year she sued the board.", "That year", "2019"},
		{"the next morning, after a month", thu, "Marchetti spoke on Monday. Last month she met the bishop. The next morning she sued him.", "The next morning", "2026-02"},
		{"months later, from a month", thu, "Marchetti joined the board in May 2019. Three months later, she quit.", "Three months later", "2019-08"},
		{"weeks later, from a month: no day", thu, "Marchetti joined the board in May 2019. Two weeks later, she quit.", "Two weeks later", ""},
		{"night before", thu, "Marchetti met Pell on Tuesday. The night before, she had dined with his rival.", "The night before", "2026-03-09"},
		{"day before in sentence", thu, "On Sunday, Pell said that the day before, he and Marchetti had lunch.", "the day before", "2026-03-07"},
		{"that evening", thu, "Pell landed in Denver on Feb. 3 and met Marchetti that evening.", "that evening", "2026-02-03"},
		{"a relative clause right after its noun keeps its past", thu, "Bettina Moss, a former operations chief who was named interim chief executive after the removal and was given the job on a permanent basis in December, will remain chief executive, the company said.", "in December", "2025-12"},
		{"within hours", thu, "Marchetti attacked the board on Feb. 3. Pell hit back within hours.", "within hours", "2026-02-03"},
		{"hours later", thu, "Marchetti attacked the board on Feb. 3. Hours later, Pell hit back.", "Hours later", "2026-02-03"},
		{"hours afterward", thu, "Marchetti attacked the board on Feb. 3. Hours afterward, Pell hit back.", "Hours afterward", "2026-02-03"},
		{"within the hour", thu, "Marchetti attacked the board on Feb. 3. Pell answered within the hour.", "within the hour", "2026-02-03"},
		{"the following weekday", thu, "They met on Feb. 3, a Tuesday. The following Friday, Pell quit.", "The following Friday", "2026-02-06"},
		// Relative to publication.
		{"yesterday", thu, "Marchetti conceded yesterday.", "yesterday", "2026-03-11"},
		{"today", thu, "Marchetti concedes today.", "today", "2026-03-12"},
		{"tonight", thu, "Marchetti will speak tonight.", "tonight", "2026-03-12"},
		{"tomorrow", thu, "Marchetti will speak tomorrow.", "tomorrow", "2026-03-13"},
		{"last night", thu, "Marchetti spoke last night.", "last night", "2026-03-11"},
		{"days ago", thu, "Marchetti spoke three days ago.", "three days ago", "2026-03-09"},
		{"last week in one month", thu, "Marchetti met Pell last week.", "last week", "2026-03"},
		{"last week over two months", "2026-03-04", "Marchetti met Pell last week.", "last week", "2026-02"},
		{"earlier this week across a month's end", "2026-04-01", "Marchetti met Pell earlier this week.", "earlier this week", "2026-03"},
		{"later this week across a month's end", "2026-03-30", "Marchetti will meet Pell later this week.", "later this week", "2026-04"},
		{"many days ago: no date", "2026-03-04", "Marchetti met Pell many days ago.", "many days ago", ""},
		{"the past week across a month's end", "2026-03-03", "Marchetti met Pell twice in the past week.", "the past week", "2026-02"},
		{"a few days ago", "2026-03-04", "Marchetti met Pell a few days ago.", "few days ago", "2026-03"},
		{"a few days ago across a month's end", "2026-03-02", "Marchetti met Pell a few days ago.", "few days ago", "2026-02"},
		{"a couple of weeks ago", "2026-03-04", "Marchetti met Pell a couple of weeks ago.", "couple of weeks ago", "2026-02"},
		{"a few weeks ago: no date", "2026-03-04", "Marchetti met Pell a few weeks ago.", "few weeks ago", ""},
		{"earlier this week", thu, "Marchetti met Pell earlier this week.", "earlier this week", "2026-03"},
		{"earlier this month", thu, "Marchetti met Pell earlier this month.", "earlier this month", "2026-03"},
		{"last month", thu, "Marchetti met Pell last month.", "last month", "2026-02"},
		{"last month in January", "2026-01-20", "Marchetti met Pell last month.", "last month", "2025-12"},
		{"last year", thu, "Marchetti met Pell last year.", "last year", "2025"},
		{"month last year", thu, "Marchetti met Pell in June last year.", "June last year", "2025-06"},
		{"month of last year, no preposition, in a name", thu, "Theresa Mayfield met Theresa May last year.", "last year", "2025"},
		{"year in a description of an occasion", thu, "Marchetti gave $5,000 to Pell during the 2024 campaign.", "2024", "2024"},
		{"month of last year", thu, "Marchetti left the board in January of last year.", "January of last year", "2025-01"},
		{"month of next year, no preposition", thu, "Pell retires September of next year.", "September of next year", "2027-09"},
		{"months ago", thu, "Marchetti met Pell two months ago.", "two months ago", "2026-01"},
		// Calendar dates.
		{"month day", thu, "Marchetti met Pell on Jan. 5.", "Jan. 5", "2026-01-05"},
		{"month day year", thu, "Marchetti met Pell on Jan. 5, 2025.", "Jan. 5, 2025", "2025-01-05"},
		{"day month", thu, "Marchetti met Pell on 5 January.", "5 January", "2026-01-05"},
		{"past month day a year back", thu, "Marchetti met Pell on Dec. 20.", "Dec. 20", "2025-12-20"},
		{"future month day", thu, "Marchetti will meet Pell on Feb. 2.", "Feb. 2", "2027-02-02"},
		{"month of year", thu, "Marchetti met Pell in October of 2023.", "October of 2023", "2023-10"},
		{"last month name", thu, "Marchetti met Pell last May.", "last May", "2025-05"},
		{"in year", thu, "In 2019, Marchetti met Pell.", "2019", "2019"},
		{"iso date", thu, "The filing is dated 2025-11-30.", "2025-11-30", "2025-11-30"},
		// Seasons give a year.
		{"this spring", thu, "Marchetti will run again this spring.", "this spring", "2026"},
		{"last summer", thu, "Marchetti met Pell last summer.", "last summer", "2025"},
		{"last summer in summer", "2026-07-15", "Marchetti met Pell last summer.", "last summer", "2025"},
		{"last fall", "2026-03-12", "Marchetti met Pell last fall.", "last fall", "2025"},
		{"season of year", thu, "Marchetti met Pell in the fall of 2023.", "fall of 2023", "2023"},
		{"quarter", "2024-07-20", "Pell gave $5 million to the fund in the second quarter.", "second quarter", "2024"},
		// Holidays, computed.
		{"new year's eve past", "2026-01-07", "Marchetti and Pell met on New Year’s Eve.", "New Year’s Eve", "2025-12-31"},
		{"christmas past", "2026-01-07", "Marchetti visited the troops at Christmas.", "Christmas", "2025-12-25"},
		{"thanksgiving past", "2025-12-01", "Marchetti called Pell on Thanksgiving.", "Thanksgiving", "2025-11-27"},
		{"thanksgiving future", thu, "Marchetti will host Pell on Thanksgiving.", "Thanksgiving", "2026-11-26"},
		{"thanksgiving with year", thu, "Marchetti hosted Pell on Thanksgiving 2019.", "Thanksgiving 2019", "2019-11-28"},
		{"easter future", thu, "The bishop will preach on Easter Sunday.", "Easter Sunday", "2026-04-05"},
		{"memorial day", "2025-06-10", "Pell spoke at the cemetery on Memorial Day.", "Memorial Day", "2025-05-26"},
		{"labor day", "2025-09-10", "Pell marched on Labor Day.", "Labor Day", "2025-09-01"},
		{"election day", "2025-01-10", "Pell won on Election Day.", "Election Day", "2024-11-05"},
		{"fourth of july", "2025-07-10", "Pell spoke on the Fourth of July.", "Fourth of July", "2025-07-04"},
		// Spans counted from a date they name, or from the date told before.
		{"a day after a dated event", thu, "A day after the Feb. 3 vote, Pell resigned.", "A day after the Feb. 3", "2026-02-04"},
		{"days before a holiday", "2026-01-07", "Two days before Christmas, Pell flew to Lagos.", "Two days before Christmas", "2025-12-23"},
		{"the day after a holiday", "2025-12-01", "Pell quit the day after Thanksgiving.", "the day after Thanksgiving", "2025-11-28"},
		{"years after a year", thu, "Four years after 2015, Pell ran again.", "Four years after 2015", "2019"},
		{"a decade earlier", thu, "Pell won the seat in 2020. A decade earlier, Marchetti had sued him.", "A decade earlier", "2010"},
		{"decades ago", thu, "Two decades ago, Marchetti sued Pell.", "Two decades ago", "2006"},
		{"a week earlier than a day", thu, "The board voted on Feb. 20. A week earlier, Marchetti had met Pell.", "A week earlier", "2026-02-13"},
		{"the day before yesterday", thu, "Pell resigned the day before yesterday.", "the day before yesterday", "2026-03-10"},
		{"a duration before a year is no span counted from it", thu, "Pell was jailed for two years before 2020.", "before 2020", "2020"},
		// "as" giving a role opens no clause of another tense.
		{"as a role, then a past clause", thu, "Marchetti is scheduled to be sworn in as chair of the port board on Monday, a month after the board's members chose her.", "on Monday", "2026-03-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dateDoc(t, tt.pub, tt.text)
			de, ok := dateOf(d, tt.expr)
			if !ok {
				var found []string
				for _, de := range d.Dates {
					found = append(found, d.Text[de.Start:de.End]+"="+de.Value)
				}
				t.Fatalf("%q: no date expression %q (found %v)", tt.text, tt.expr, found)
			}
			if de.Value != tt.want {
				t.Errorf("%q (published %s): %q = %q, want %q", tt.text, tt.pub, d.Text[de.Start:de.End], de.Value, tt.want)
			}
		})
	}
}

func TestDateFutureFlag(t *testing.T) {
	tests := []struct {
		text, expr string
		future     bool
	}{
		{"Marchetti will meet Pell on Tuesday.", "Tuesday", true},
		{"Marchetti met Pell on Tuesday.", "Tuesday", false},
		{"Marchetti is expected to sign the bill on Friday.", "Friday", true},
		{"Marchetti said on Monday that she would meet Pell on Friday.", "Monday", false},
		{"Marchetti said on Monday that she would meet Pell on Friday.", "Friday", true},
		// A quotation's tense belongs to the quotation.
		{"“We will win,” Marchetti said on Monday.", "Monday", false},
		// So does an attribution's after a comma.
		{"Marchetti is scheduled to meet Pell in Rome on Friday, her office said.", "Friday", true},
		{"Marchetti met Pell in Rome on Friday, her office said.", "Friday", false},
	}
	for _, tt := range tests {
		d := dateDoc(t, "2026-03-12", tt.text)
		de, ok := dateOf(d, tt.expr)
		if !ok {
			t.Errorf("%q: no date %q", tt.text, tt.expr)
			continue
		}
		if de.Future != tt.future {
			t.Errorf("%q: %q future = %v, want %v", tt.text, tt.expr, de.Future, tt.future)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"Prices may fall sharply, Marchetti warned.",
		"Pell hid an Easter egg in the speech.",
		"The fall of the old council was swift.",
		"Marchetti met Pell the day before the vote.",
		"Marchetti met Pell two days after the vote.",
		"Marchetti sued Pell a day after the paper published the letter.",
	} {
		d := dateDoc(t, "2026-03-12", text)
		for _, de := range d.Dates {
			if de.Value != "" {
				t.Errorf("%q: %q read as date %s", text, d.Text[de.Start:de.End], de.Value)
			}
		}
	}
}

func TestHolidayRules(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"easter", 2024, "2024-03-31"},
		{"easter", 2025, "2025-04-20"},
		{"good friday", 2026, "2026-04-03"},
		{"thanksgiving", 2024, "2024-11-28"},
		{"memorial day", 2026, "2026-05-25"},
		{"election day", 2028, "2028-11-07"},
		{"martin luther king jr. day", 2026, "2026-01-19"},
		{"black friday", 2025, "2025-11-28"},
	}
	for _, tt := range tests {
		h, ok := holidays[tt.name]
		if !ok {
			t.Errorf("no holiday %q", tt.name)
			continue
		}
		if got := day(h.in(tt.year)); got != tt.want {
			t.Errorf("%s %d = %s, want %s", tt.name, tt.year, got, tt.want)
		}
	}
}

func TestWeekValue(t *testing.T) {
	mon := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	for _, tt := range []struct{ monday, want string }{
		{"2026-03-02", "2026-03"},
		{"2026-02-23", "2026-02"}, // Feb. 23 to March 1: four days in February
		{"2025-12-29", "2026-01"}, // Dec. 29 to Jan. 4: four days in January
	} {
		if got := weekValue(mon(tt.monday)); got != tt.want {
			t.Errorf("week of %s = %q, want %q", tt.monday, got, tt.want)
		}
	}
}

func dateValues(d *doc.Doc) map[string]string {
	out := map[string]string{}
	for _, de := range d.Dates {
		out[d.Text[de.Start:de.End]] = de.Value
	}
	return out
}

func TestDates(t *testing.T) {
	tests := []struct {
		pub, sentence, expr, want string
	}{
		{"2026-01-07", "On Sunday, Musk said that the night before, he and Trump had dinner.", "On Sunday", "2026-01-04"},
		{"2026-01-07", "On Sunday, Musk said that the night before, he and Trump had dinner.", "the night before", "2026-01-03"},
		{"2024-12-20", "Musk joined Bezos for dinner on Wednesday night.", "on Wednesday night", "2024-12-18"},
		{"2026-01-07", "Musk wrote on X last Thursday.", "last Thursday", "2026-01-01"},
		{"2026-01-07", "Musk appeared to confirm it on New Year’s Day.", "New Year’s Day", "2026-01-01"},
		{"2026-01-07", "Musk stepped away from DOGE last May.", "last May", "2025-05"},
		{"2024-12-20", "He spoke to the Times earlier in December.", "earlier in December", "2024-12"},
		{"2024-12-20", "The service is set to stream the inauguration on January 20.", "January 20", "2025-01-20"},
		{"2025-03-02", "The senator met the mayor on January 20.", "January 20", "2025-01-20"},
		{"2024-12-20", "In 2019, Trump criticized Amazon.", "In 2019", "2019"},
		{"2024-05-20", "Okafor gave $60 million to the party in the first three months of the year.", "of the year", "2024"},
		{"2024-12-20", "Three executives have dined with Trump in recent weeks.", "in recent weeks", ""},
		{"2026-01-04", "They buried the hatchet over the weekend.", "weekend", "2026-01-03"},
		{"2025-06-06", "Vance posted late Thursday night.", "Thursday night", "2025-06-05"},
		{"2025-06-07", "Von last month joked about it.", "last month", "2025-05"},
		{"2026-01-04", "On January 3rd, onlookers saw them.", "January 3rd", "2026-01-03"},
		{"2025-06-04", "Their feud imploded in mid-2025.", "mid-2025", "2025"},
		{"2024-12-20", "Google's CEO is set to meet Trump on Thursday.", "on Thursday", "2024-12-26"},
		{"2025-06-04", "The senator said on Friday, June 6, 2025 that he would run.", "June 6, 2025", "2025-06-06"},
		{"2025-03-06", "They met in the Oval Office on 28 February.", "28 February", "2025-02-28"},
		{"2025-03-06", "The talks began on 4 March 2024 in London.", "4 March 2024", "2024-03-04"},
		{"2025-04-02", "The board has tapped Eleni Papas to serve as its chief, starting in September.", "September", "2025-09"},
	}
	for _, tt := range tests {
		d := dateDoc(t, tt.pub, tt.sentence)
		got, ok := dateValues(d)[tt.expr]
		if !ok {
			// Expressions may include a leading modifier: look for one containing expr.
			for k, v := range dateValues(d) {
				if strings.Contains(k, tt.expr) || strings.Contains(tt.expr, k) {
					got, ok = v, true
				}
			}
		}
		if !ok || got != tt.want {
			t.Errorf("%s %q: %q = %q (found %v), want %q", tt.pub, tt.sentence, tt.expr, got, ok, tt.want)
		}
	}
	// "May" the verb and a month name used as a name are not dates.
	if got := dateValues(dateDoc(t, "2025-06-04", "Officials may meet again, April Ryan said.")); len(got) != 0 {
		t.Errorf("verb or name read as a date: %v", got)
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"On Sunday, the night before", "last May and January 20", "New Year’s Day in 2019", "mid-2025 Jan. 4, 2026",
		"the previous day over the weekend", "Dec 31st 1999 $2024", "in recent weeks that day"} {
		f.Add(s, int64(1767744000))
	}
	f.Fuzz(func(t *testing.T, body string, unix int64) {
		pub := time.Unix(unix%4102444800, 0).UTC()
		if pub.Year() < 1950 {
			return
		}
		text := " date " + pub.Format("2006-01-02") + " " + body
		a := &powermap.Article{Text: text, Published: pub, PublishedPrecision: powermap.PrecisionDay,
			Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
		d := run(t, a)
		for _, de := range d.Dates {
			if de.Start < 0 || de.End > len(text) || de.Start > de.End {
				t.Fatalf("date span out of bounds: %+v", de)
			}
			switch len(de.Value) {
			case 0, 4, 7, 10:
			default:
				t.Fatalf("bad date value %q", de.Value)
			}
			if len(de.Value) == 10 {
				if _, err := time.Parse("2006-01-02", de.Value); err != nil {
					t.Fatalf("invalid date %q from %q", de.Value, text[de.Start:de.End])
				}
			}
		}
	})
}

// TestDateAhead checks the future reading kept beside a past one: a
// weekday, a month or a day of a month without a year has one; a year, a
// "last" month or a date already read as future has none.
func TestDateAhead(t *testing.T) {
	// 2026-01-23 is a Friday.
	tests := []struct {
		text, expr, value, ahead string
	}{
		{"Odile Marchetti became chair of the Pell Institute, a group focused on labor policy, in March.", "in March", "2025-03", "2026-03"},
		{"Marchetti met Pell on Tuesday.", "Tuesday", "2026-01-20", "2026-01-27"},
		{"Marchetti met Pell on Feb. 3.", "Feb. 3", "2025-02-03", "2026-02-03"},
		{"Marchetti will meet Pell in March.", "in March", "2026-03", ""},
		{"Marchetti met Pell last March.", "last March", "2025-03", ""},
		{"Marchetti met Pell in March 2025.", "March 2025", "2025-03", ""},
	}
	for _, tt := range tests {
		d := dateDoc(t, "2026-01-23", tt.text)
		de, ok := dateOf(d, tt.expr)
		if !ok {
			t.Errorf("%q: no date %q", tt.text, tt.expr)
			continue
		}
		if de.Value != tt.value || de.Ahead != tt.ahead {
			t.Errorf("%q: %q = %q ahead %q, want %q ahead %q", tt.text, tt.expr, de.Value, de.Ahead, tt.value, tt.ahead)
		}
	}
}

// TestUndatedArticle checks that an article without a publication date
// still dates what names its year, and nothing that needs the day of
// publication.
func TestUndatedArticle(t *testing.T) {
	a := stagetest.Article(t, "2026-03-12", "Filings show that Odile Marchetti gave $500,000 in March 2025 to the Pell Fund. She met Pell on Tuesday. On Jan. 12, 2026, she sued him. She resigned in 2019.")
	a.Published = time.Time{}
	d := run(t, a)
	want := map[string]string{"March 2025": "2025-03", "Tuesday": "", "Jan. 12, 2026": "2026-01-12", "2019": "2019"}
	for expr, v := range want {
		de, ok := dateOf(d, expr)
		if !ok {
			t.Errorf("no date %q", expr)
			continue
		}
		if de.Value != v {
			t.Errorf("%q = %q, want %q", expr, de.Value, v)
		}
	}
}

// TestAtTheTime checks that "at the time" takes the date told before it,
// and that "at the time of …" names its own.
func TestAtTheTime(t *testing.T) {
	d := dateDoc(t, "2025-12-30", "In 2021, Odile Marchetti sued Tova Marr. The suit was dismissed. At the time, Marr called it a stunt.")
	if de, ok := dateOf(d, "At the time"); !ok || de.Value != "2021" {
		t.Errorf("At the time = %+v (found %v), want 2021", de, ok)
	}
	d = dateDoc(t, "2025-12-30", "In 2021, Odile Marchetti sued Tova Marr. Marr was abroad at the time of the vote.")
	if de, ok := dateOf(d, "at the time"); ok {
		t.Errorf("at the time of the vote read as %+v", de)
	}
}

// TestMonthAsModifierAndDaysLater checks a month that modifies a noun
// ("a September interview") and "days later" after a month.
func TestMonthAsModifierAndDaysLater(t *testing.T) {
	d := dateDoc(t, "2025-12-30", "In a September interview, Odile Marchetti praised Tova Marr.")
	if de, ok := dateOf(d, "September"); !ok || de.Value != "2025-09" {
		t.Errorf("a September interview = %+v (found %v), want 2025-09", de, ok)
	}
	d = dateDoc(t, "2025-12-30", "In July, Odile Marchetti sued Tova Marr. Marr mocked Marchetti days later.")
	if de, ok := dateOf(d, "days later"); !ok || de.Value != "2025-07" {
		t.Errorf("days later = %+v (found %v), want 2025-07", de, ok)
	}
}
