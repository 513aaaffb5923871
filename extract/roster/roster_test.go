package roster

import (
	"slices"
	"testing"

	"github.com/powermap/powermap/extract/amounts"
	"github.com/powermap/powermap/extract/coref"
	"github.com/powermap/powermap/extract/dates"
	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/events"
	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/mentions"
	"github.com/powermap/powermap/extract/quotes"
	"github.com/powermap/powermap/extract/tokens"
)

// listed runs every stage over body and returns the organizations the
// facts list.
func listed(t *testing.T, body string) []string {
	t.Helper()
	d := stagetest.Doc(t, "2025-06-11", body)
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	dates.Run(d)
	amounts.Run(d)
	quotes.Run(d)
	events.Run(d, events.DefaultFrames())
	Run(d)
	var out []string
	for _, e := range d.Facts().Organizations {
		out = append(out, e.Name)
	}
	return out
}

func TestVenues(t *testing.T) {
	for _, c := range []struct {
		body, org string
		want      bool
	}{
		// where something happened, taking part in nothing
		{"Senator Priya Raman dined with Tomasz Wieczorek at the Ashcombe Club on Monday.", "Ashcombe Club", false},
		{"The candidates met voters at a forum at the Millbury Grange Hall on Thursday.", "Millbury Grange Hall", false},
		{"Ines Duarte filed suit in Galloway County Circuit Court on Monday.", "Galloway County Circuit Court", false},
		{"Rafael Montoya spoke to donors inside the Harrowgate Hotel on Friday.", "Harrowgate Hotel", false},
		// someone's organization: a person before "at"
		{"\"It will not last,\" said Odette Lambert, a fellow at the Carrick Center.", "Carrick Center", true},
		// acting, or named other than as a place
		{"The Ashcombe Club said on Monday that it would admit women.", "Ashcombe Club", true},
		{"Ines Duarte sued the Ashcombe Club on Monday, accusing it of fraud.", "Ashcombe Club", true},
		{"Tomasz Wieczorek gave $2 million to the Harrowgate Museum in May.", "Harrowgate Museum", true},
		// a place typed as the seat of an office: listed only when a post
		// there is taken, held or left
		{"Mira Castell, the mayor of Port Ellis, met Omar Tell on Monday.", "Port Ellis", false},
		{"Mira Castell was elected mayor of Port Ellis on Tuesday.", "Port Ellis", true},
		{"Ada Eze, a judge in Galloway County Circuit Court, said the ruling stood.", "Galloway County Circuit Court", true},
		// an organization the knowledge base knows is always listed
		{"Senator Priya Raman met Tomasz Wieczorek at the White House on Monday.", "White House", true},
		// the credit of a photograph, known or not, is no party; the
		// same outlet cited, or a wire in a dateline, is listed
		{"Workers tour the Delvin Steel mill in Gary, Ind. / PHOTO: AP\n\nSenator Priya Raman praised Delvin Steel on Monday.", "Associated Press", false},
		{"Senator Priya Raman toured the mill on Monday. Photo: Harlan Wire Service\n\nShe praised its owners.", "Harlan Wire Service", false},
		{"Senator Priya Raman praised Delvin Steel on Monday, the Associated Press reported.", "Associated Press", true},
		{"GARY, Ind. (AP) - Senator Priya Raman praised Delvin Steel on Monday.", "Associated Press", true},
		{"According to reporting by the Associated Press, Senator Priya Raman met Delvin Steel's owners.", "Associated Press", true},
		{"Senator Priya Raman praised the mill, in a photo by the Harlan Gazette.", "Harlan Gazette", true},
	} {
		got := slices.Contains(listed(t, c.body), c.org)
		if got != c.want {
			t.Errorf("%q: %s listed %v, want %v", c.body, c.org, got, c.want)
		}
	}
}

// TestMentionsStay checks that a venue left off the facts keeps its
// mention on the document.
func TestMentionsStay(t *testing.T) {
	d := stagetest.Doc(t, "2025-06-11", "Senator Priya Raman dined with Tomasz Wieczorek at the Ashcombe Club on Monday.")
	tokens.Run(d)
	mentions.Run(d)
	coref.Run(d)
	events.Run(d, events.DefaultFrames())
	Run(d)
	found := false
	for _, m := range d.Mentions {
		if m.Entity >= 0 && d.Entities[m.Entity].Name == "Ashcombe Club" {
			found = d.Entities[m.Entity].Passing && d.Entities[m.Entity].Type == doc.Org
		}
	}
	if !found {
		t.Error("the Ashcombe Club is no organization marked passing among the mentions")
	}
}
