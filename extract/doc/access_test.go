package doc

import (
	"testing"
	"time"

	"github.com/powermap/powermap"
)

// twoSentences builds by hand the token and sentence layers of
// "Ada met Bo. Bo left." (tokens: Ada met Bo . | Bo left .), with a
// mention of each name.
func twoSentences() *Doc {
	text := "Ada met Bo. Bo left."
	d := New(&powermap.Article{Text: text}, nil)
	for _, sp := range [][2]int{{0, 3}, {4, 7}, {8, 10}, {10, 11}, {12, 14}, {15, 19}, {19, 20}} {
		d.Tokens = append(d.Tokens, Token{Start: sp[0], End: sp[1], Text: text[sp[0]:sp[1]], Word: sp[1]-sp[0] > 1})
	}
	d.Sentences = []Sentence{{Start: 0, End: 11, First: 0, Last: 4, Post: -1}, {Start: 12, End: 20, First: 4, Last: 7, Post: -1}}
	d.AddMention(0, 0, 1, Person, "name", nil, "")
	d.AddMention(0, 2, 3, Person, "name", nil, "")
	d.AddMention(1, 4, 5, Person, "name", nil, "")
	return d
}

func TestSentenceAccessors(t *testing.T) {
	d := twoSentences()
	for k, want := range []int{0, 0, 0, 0, 1, 1, 1} {
		if got := d.SentenceOf(k); got != want {
			t.Errorf("SentenceOf(%d) = %d, want %d", k, got, want)
		}
	}
	if got := d.SentenceOf(7); got != -1 {
		t.Errorf("SentenceOf past the end = %d, want -1", got)
	}
	if got := d.SentenceOfByte(13); got != 1 {
		t.Errorf("SentenceOfByte(13) = %d, want 1", got)
	}
	if i, j := d.TokenRange(4, 10); i != 1 || j != 3 {
		t.Errorf("TokenRange(4, 10) = %d, %d, want 1, 3", i, j)
	}
	if got := d.NextWord(3); got != 4 {
		t.Errorf("NextWord(3) = %d, want 4", got)
	}
	if got := d.Paragraphs(); len(got) != 1 || got[0] != [2]int{0, 1} {
		t.Errorf("Paragraphs = %v, want one of both sentences", got)
	}
}

func TestMentionAccessors(t *testing.T) {
	d := twoSentences()
	if m := d.Mentions[1]; m.Start != 8 || m.End != 10 || m.Entity != -1 || m.TitleFirst != 2 {
		t.Errorf("AddMention made %+v", m)
	}
	if got := d.FirstMentionIn(1); got != 2 {
		t.Errorf("FirstMentionIn(1) = %d, want 2", got)
	}
	if got := d.LastMentionBefore(4); got != 1 {
		t.Errorf("LastMentionBefore(4) = %d, want 1", got)
	}
	if got := d.NextMentionAfter(0, 0); got != 1 {
		t.Errorf("NextMentionAfter(0, 0) = %d, want 1", got)
	}
	if got := d.NextMentionAfter(2, 0); got != -1 {
		t.Errorf("NextMentionAfter(2, 0) = %d (a mention of the next sentence), want -1", got)
	}
	if !d.TokenInMention(2) || d.TokenInMention(1) {
		t.Error("TokenInMention: want token 2 in a mention and token 1 not")
	}
	if d.EntityName(0) != "" {
		t.Error("EntityName of an unresolved mention is not empty")
	}
}

func TestFactsListsNamedEntities(t *testing.T) {
	d := twoSentences()
	d.Entities = []*Entity{{Name: "Ada", Type: Person, Aliases: map[string]bool{"Ada": true}, Mentions: []int{0}, Named: true},
		{Name: "Bo", Type: Person, Aliases: map[string]bool{}, Mentions: []int{1}}}
	d.Mentions[0].Entity, d.Mentions[1].Entity = 0, 1
	f := d.Facts()
	if len(f.People) != 1 || f.People[0].Name != "Ada" || len(f.People[0].Mentions) != 1 {
		t.Errorf("people = %+v, want Ada alone (Bo is never named)", f.People)
	}
	if f.Events == nil || f.Quotes == nil || f.Organizations == nil {
		t.Error("Facts leaves nil lists")
	}
}

// TestCompareDay checks dates of each precision against a day.
func TestCompareDay(t *testing.T) {
	day := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		v    string
		want int
	}{
		{"2025", 0}, {"2025-06", 0}, {"2025-06-12", 0},
		{"2024", -1}, {"2025-05", -1}, {"2025-06-11", -1},
		{"2026", 1}, {"2025-07", 1}, {"2025-06-13", 1},
		{"", 0},
	} {
		if got := CompareDay(tt.v, day); got != tt.want {
			t.Errorf("CompareDay(%q) = %d, want %d", tt.v, got, tt.want)
		}
	}
	if CompareDay("2025-06", time.Time{}) != 0 {
		t.Error("a zero day compares")
	}
}
