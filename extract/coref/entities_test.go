package coref

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// entitiesOf runs the pipeline over body and returns the named people
// and organizations it lists, as "person:Name" and "org:Name".
func entitiesOf(t *testing.T, body string) map[string]bool {
	t.Helper()
	f := resolved(t, "2025-06-04", body).Facts()
	out := map[string]bool{}
	for _, e := range f.People {
		out["person:"+e.Name] = true
	}
	for _, e := range f.Organizations {
		out["org:"+e.Name] = true
	}
	return out
}

func keys(m map[string]bool) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// TestMentionsOfUnknownPeopleAndOrganizations checks people and
// organizations that no knowledge base knows, found from the form of the
// name and its context. want lists what must be found; not what must not.
func TestMentionsOfUnknownPeopleAndOrganizations(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"role word opening a sentence", "Businesswoman Ngozi Adeyemi met the governor on Monday.",
			[]string{"person:Ngozi Adeyemi"}, []string{"person:Businesswoman Ngozi Adeyemi"}},
		{"formal title", "Senator Priya Raman voted against the measure.",
			[]string{"person:Priya Raman"}, nil},
		{"company and role before a name", "Halvorsen Capital chief executive Tomasz Wieczorek said the deal was done.",
			[]string{"org:Halvorsen Capital", "person:Tomasz Wieczorek"}, nil},
		{"role phrase before a name", "The billionaire investor Lars Eklund praised the plan.",
			[]string{"person:Lars Eklund"}, nil},
		{"appositive", "Chidi Okonkwo, a Lagos-based banker, criticized the plan.",
			[]string{"person:Chidi Okonkwo"}, nil},
		{"subject of a speech verb", "Okonkwo said the plan would fail.",
			[]string{"person:Okonkwo"}, nil},
		{"honorific and a lone surname", "Mr. Okafor told reporters he had resigned.",
			[]string{"person:Okafor"}, nil},
		{"given names", "Fatima Al-Sayed and Alejandro Gutiérrez founded Verdant Holdings in 2019.",
			[]string{"person:Fatima Al-Sayed", "person:Alejandro Gutiérrez", "org:Verdant Holdings"}, nil},
		{"a pronoun after an unknown name", "Despite the rain, Wojciech Nowak attended the rally with his wife.",
			[]string{"person:Wojciech Nowak"}, []string{"person:Despite"}},
		{"a given name followed by a surname", "Hannah Kowalczyk told reporters the vote would be close.",
			[]string{"person:Hannah Kowalczyk"}, nil},
		{"a role and a title phrase inside a run", "The agency’s Chief Spokesperson Marta Lindqvist said the report was wrong.",
			[]string{"person:Marta Lindqvist"}, []string{"person:Spokesperson Marta Lindqvist", "person:Chief Spokesperson Marta Lindqvist"}},
		{"a name after a title phrase", "She fired her Deputy Chief of Staff Nick Brannigan last week.",
			[]string{"person:Nick Brannigan"}, nil},
		{"a given name introduced by a role word is no senator", "Griffin and fellow billionaire Paul met the candidate.",
			[]string{"person:Paul"}, []string{"person:Rand Paul"}},

		{"investment bank by its context", "Analysts at Morgan Stanley said the market would recover.",
			[]string{"org:Morgan Stanley"}, []string{"person:Morgan Stanley"}},
		{"its after the name", "Morgan Stanley cut its forecast on Tuesday.",
			[]string{"org:Morgan Stanley"}, []string{"person:Morgan Stanley"}},
		{"a kind of organization before the name", "The crypto PAC Fairshake spent $40 million on the race.",
			[]string{"org:Fairshake"}, []string{"person:Fairshake"}},
		{"a company role after the name", "Brightwater co-CEO Ada Lund said profits rose.",
			[]string{"org:Brightwater", "person:Ada Lund"}, nil},
		{"a news outlet that reported", "Fortune reported on Saturday that the talks had stalled.",
			[]string{"org:Fortune"}, nil},
		{"an acronym and a journalist", "The minister spoke to KNTV journalist Olek Baran.",
			[]string{"org:KNTV", "person:Olek Baran"}, nil},
		{"an organization head with of", "She left the Ministry of Coastal Affairs in May.",
			[]string{"org:Ministry of Coastal Affairs"}, nil},
		{"an organization head with for", "Dr. Anjali Mehta leads the Institute for Coastal Studies.",
			[]string{"person:Anjali Mehta", "org:Institute for Coastal Studies"}, nil},
		{"a party", "The Nigerian Democratic Party (NDP) nominated businessman Tunde Bakare.",
			[]string{"org:Nigerian Democratic Party", "person:Tunde Bakare"}, []string{"org:NDP"}},
		{"a web name", "The pair were seen at dinner, GossipDaily.com can report.",
			[]string{"org:GossipDaily.com"}, nil},
		{"a company suffix after a comma", "The group gave $5 million to Build Harbor Forward, Inc. last year.",
			[]string{"org:Build Harbor Forward, Inc."}, nil},
		{"an outlet listed with organizations", "Executives from Brightwater Holdings, Meridian Ventures and Quillsoft attended.",
			[]string{"org:Quillsoft"}, nil},
		{"the Supreme Court is no person", "The Supreme Court ruled against the company.",
			[]string{"org:Supreme Court"}, []string{"person:Supreme Court"}},
		{"a regional organization word", "The European Commission fined the firm.",
			[]string{"org:European Commission"}, nil},

		{"a capitalised sentence start", "Despite the rain, the march went ahead.", nil, []string{"person:Despite", "org:Despite"}},
		{"month names", "In March, officials met again. May brought more talks.", nil, []string{"person:March", "person:May"}},
		{"place names", "Officials in New York and Lagos welcomed the news.", nil, []string{"person:New York", "org:New York", "person:Lagos", "org:Lagos"}},
		{"a plural common noun", "Watchdogs said the ballroom was a problem. Critics said nothing.", nil, []string{"person:Watchdogs", "person:Critics"}},
		{"a polite address", "“Thank you, Mr. President,” she said.", nil, []string{"person:President"}},
		{"a photo credit", "The senator spoke on Friday. (AP Photo/Lena Marsh)", nil, []string{"person:Lena Marsh"}},
		{"a byline", "By Ada Quill And Tomas Reyes, The Harbor Courier\nThe council met on Monday.", nil, []string{"person:Ada Quill", "person:Tomas Reyes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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
		})
	}
}

// TestHeadlineRuns checks that a headline's run of capitalised words is
// cut to the name the body uses.
func TestHeadlineRuns(t *testing.T) {
	got := entitiesOf(t, "Tomas Reyes Harbor Fiasco\nTomas Reyes, the port director, resigned on Monday. Reyes said he was proud.")
	if !got["person:Tomas Reyes"] || got["person:Tomas Reyes Harbor Fiasco"] {
		t.Errorf("found %s", keys(got))
	}
	got = entitiesOf(t, "Port Director Faces Backlash\nThe port director, Tomas Reyes, resigned on Monday.")
	if got["person:Faces Backlash"] {
		t.Errorf("a headline's verb phrase read as a name: %s", keys(got))
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

func TestMentionsTypesAndCoreference(t *testing.T) {
	d := resolved(t, "2024-12-20", "Mark Zuckerberg of Meta, OpenAI's Sam Altman, and Apple's Tim Cook have dined with the President-elect. "+
		"Google's CEO is set to meet him. Fox News reported that Amazon shares rose. "+
		"Comedian Dana Whitcomb, a newcomer, said she was impressed. Whitcomb later left. "+
		"The Tesla CEO posted on X.")
	people, orgs := names(d.Facts())
	for _, p := range []string{"Mark Zuckerberg", "Sam Altman", "Tim Cook", "Donald Trump", "Sundar Pichai", "Dana Whitcomb", "Elon Musk"} {
		if !people[p] {
			t.Errorf("person %q not found; people %v", p, people)
		}
	}
	for _, o := range []string{"Meta", "OpenAI", "Apple", "Google", "Fox News", "Amazon", "Tesla", "X"} {
		if !orgs[o] {
			t.Errorf("organization %q not found; orgs %v", o, orgs)
		}
		if people[o] {
			t.Errorf("organization %q typed as a person", o)
		}
	}
	if len(people) != 7 {
		t.Errorf("people = %v", people)
	}
}

func TestSharedSurnamesAndTitles(t *testing.T) {
	d := resolved(t, "2026-01-05", "President Donald Trump and First Lady Melania Trump hosted Stephen Miller and his wife, Katie Miller. "+
		"Trump praised the couple. Miller thanked the president, and the first lady greeted @elonmusk.")
	f := d.Facts()
	people, _ := names(f)
	for _, p := range []string{"Donald Trump", "Melania Trump", "Stephen Miller", "Katie Miller", "Elon Musk"} {
		if !people[p] {
			t.Errorf("missing %q in %v", p, people)
		}
	}
	var trump *powermap.Entity
	for i := range f.People {
		if f.People[i].Name == "Donald Trump" {
			trump = &f.People[i]
		}
	}
	if trump == nil || !slices.Contains(trump.Aliases, "Trump") {
		t.Errorf("bare 'Trump' should be Donald Trump: %+v", trump)
	}
}

func TestAcronyms(t *testing.T) {
	d := resolved(t, "2025-06-04", "Rep. Ada Quill blasted the “Harbor Dredging Act” (HDA) and said the National Port Council (NPC) and the EPA agreed with her.")
	_, orgs := names(d.Facts())
	if orgs["HDA"] {
		t.Errorf("the acronym of a bill's name is an organization: %v", orgs)
	}
	if !orgs["National Port Council"] || !orgs["Environmental Protection Agency"] || orgs["NPC"] || len(orgs) != 2 {
		t.Errorf("organizations %v (NPC is the council's alias)", orgs)
	}
	// Used again later, the acronym still names the council; "it" after
	// a speech verb is the organization speaking.
	d = resolved(t, "2025-06-04", "Ada Quill praised the National Port Council (NPC). Later NPC said it would hire Quill.")
	for mi, m := range d.Mentions {
		if w := d.Text[m.Start:m.End]; (w == "NPC" || w == "it") && d.EntityName(mi) != "National Port Council" {
			t.Errorf("%q at %d names %q, want the council", w, m.Start, d.EntityName(mi))
		}
	}
}
