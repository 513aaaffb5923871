package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func load(t *testing.T) *DB {
	t.Helper()
	db, err := Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestParseDataLine(t *testing.T) {
	s, err := ParseDataLine("00000500 32 v 03 criticize 0 criticise 0 pick_apart 0 002 + 00001100 n 0101 ~ 00000600 v 0000 01 + 09 00 | find fault with; \"she criticized the plan\"")
	if err != nil {
		t.Fatal(err)
	}
	if s.Offset != 500 || s.LexFile != 32 || s.POS != 'v' {
		t.Errorf("header = %d %d %c", s.Offset, s.LexFile, s.POS)
	}
	if got, want := s.Lemmas(), []string{"criticize", "criticise", "pick apart"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lemmas = %q, want %q", got, want)
	}
	want := []Pointer{{"+", 1100, 'n', 1, 1}, {"~", 600, 'v', 0, 0}}
	if !reflect.DeepEqual(s.Ptrs, want) {
		t.Errorf("pointers = %+v, want %+v", s.Ptrs, want)
	}
	if !strings.HasPrefix(s.Gloss, "find fault with") {
		t.Errorf("gloss = %q", s.Gloss)
	}
	if s.Key() != "criticize.v.00000500" {
		t.Errorf("key = %q", s.Key())
	}
}

func TestParseDataLineAdjectiveMarker(t *testing.T) {
	s, err := ParseDataLine("00002000 00 a 01 critical(p) 0 001 + 00001100 n 0101 | marked by a tendency to find fault")
	if err != nil {
		t.Fatal(err)
	}
	if s.Words[0].Lemma != "critical" {
		t.Errorf("lemma = %q", s.Words[0].Lemma)
	}
}

func TestParseDataLineErrors(t *testing.T) {
	for _, line := range []string{
		"",
		"00000100 41 v",
		"x 41 v 01 meet 0 000 | gloss",
		"00000100 41 v 02 meet 0 000 | gloss", // fewer words than w_cnt
		"00000100 41 v 01 meet 0 002 + 00001000 n 0101 | gloss", // fewer pointers than p_cnt
		"00000100 41 v 01 meet 0 001 + 00001000 n 01 | gloss",   // bad source/target
	} {
		if _, err := ParseDataLine(line); err == nil {
			t.Errorf("ParseDataLine(%q) gave no error", line)
		}
	}
}

func TestParseIndexLine(t *testing.T) {
	lemma, pos, offs, err := ParseIndexLine("meet v 2 3 @ ~ + 2 1 00000100 00000300")
	if err != nil {
		t.Fatal(err)
	}
	if lemma != "meet" || pos != 'v' || !reflect.DeepEqual(offs, []int{100, 300}) {
		t.Errorf("got %q %c %v", lemma, pos, offs)
	}
	if _, _, _, err := ParseIndexLine("meet v x"); err == nil {
		t.Error("short index line gave no error")
	}
}

func TestLoadAndSense(t *testing.T) {
	db := load(t)
	s, err := db.Sense("meet.v.1")
	if err != nil {
		t.Fatal(err)
	}
	if s.Offset != 100 {
		t.Errorf("meet.v.1 = %d", s.Offset)
	}
	if s, err := db.Sense("meet.v.2"); err != nil || s.Offset != 300 {
		t.Errorf("meet.v.2 = %v, %v", s, err)
	}
	if _, err := db.Sense("meet.v.3"); err == nil {
		t.Error("meet.v.3 gave no error")
	}
	if _, err := db.Sense("meet.v"); err == nil {
		t.Error("bad key gave no error")
	}
	if db.Base("met", 'v') != "meet" || db.Base("meets", 'v') != "meets" {
		t.Error("verb.exc not applied")
	}
	if adj := db.Synset('s', 2000); adj == nil || adj.Words[0].Lemma != "critical" {
		t.Error("satellite lookup does not reach data.adj")
	}
	if _, err := Load("no-such-dir"); err == nil {
		t.Error("Load of a missing directory gave no error")
	}
}

func TestDerived(t *testing.T) {
	db := load(t)
	var got []string
	for _, d := range Derived(db, db.Synset('v', 500)) {
		got = append(got, d.lemma+"/"+string(d.s.POS))
	}
	if want := []string{"criticism/n", "critical/a"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Derived(criticize) = %v, want %v", got, want)
	}
	// "meet" has two lexical links: meet -> meeting and get_together -> get-together.
	got = nil
	for _, d := range Derived(db, db.Synset('v', 100)) {
		got = append(got, d.lemma)
	}
	if want := []string{"meeting", "get-together"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Derived(meet) = %v, want %v", got, want)
	}
}

func TestExpand(t *testing.T) {
	db := load(t)
	cands, err := Expand(db, []Seed{
		{Type: "meet", Sense: "meet.v.1", Depth: 1, Deriv: true},
		{Type: "oppose", Sense: "criticize.v.1", Depth: 1, Deriv: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cands {
		got = append(got, strings.Join([]string{c.Type, c.Trigger(), c.Slots, c.Opts, c.Rel}, " "))
	}
	want := []string{
		"meet meet/VERB -  syn",
		"meet get together/VERB -  syn",
		"meet meeting/NOUN -  deriv",
		"meet get-together/NOUN -  deriv",
		"meet dine/VERB - conf=0.6 hypo1", // depth 1: sup (depth 2) is not reached
		"oppose criticize/VERB -  syn",
		"oppose criticise/VERB -  syn",
		"oppose pick apart/VERB -  syn",
		"oppose criticism/NOUN -  deriv",
		"oppose critical/ADJ -  deriv",
		"oppose plump/VERB target=for conf=0.6 hypo1", // proper name dropped, preposition made a slot
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Expand =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := Expand(db, []Seed{{Type: "meet", Sense: "nosuch.v.1"}}); err == nil {
		t.Error("unknown seed gave no error")
	}
}

func TestFrameOf(t *testing.T) {
	for _, c := range []struct{ typ, lemma, trig, slots string }{
		{"support", "plump for", "plump", "target=for"},
		{"meet", "confer with", "confer", "actors=subj+with"},
		{"oppose", "lash out", "lash out", "-"},
		{"oppose", "take to task", "take to task", "-"},
		{"oppose", "poke fun", "poke fun", "-"},
	} {
		trig, slots := frameOf(c.typ, c.lemma, 'v')
		if trig != c.trig || slots != c.slots {
			t.Errorf("frameOf(%q) = %q %q, want %q %q", c.lemma, trig, slots, c.trig, c.slots)
		}
	}
}

func TestWriteFormat(t *testing.T) {
	db := load(t)
	cands, err := Expand(db, []Seed{{Type: "oppose", Sense: "criticize.v.1", Deriv: true}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, cands, "fixture"); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(b.String(), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		if f := strings.Split(line, "\t"); len(f) != 4 {
			t.Errorf("line %q has %d fields, want 4", line, len(f))
		}
	}
	if n != len(cands) {
		t.Errorf("wrote %d frame lines, want %d", n, len(cands))
	}
	if !strings.Contains(b.String(), "# deriv criticism.n.00001100:") {
		t.Errorf("no provenance comment in\n%s", b.String())
	}
}

func TestPersonNouns(t *testing.T) {
	db := load(t)
	// "hotelier" is kept; "Emirati" is capitalised, "sup" is a verb too,
	// and "criticism" is a person only in its second sense.
	if got, want := strings.Join(PersonNouns(db, false), " "), "courier diplomat emissary envoy hotelier"; got != want {
		t.Errorf("PersonNouns = %q, want %q", got, want)
	}
	// With verbs, only the nouns that are bare verbs too.
	if got := strings.Join(PersonNouns(db, true), " "); got != "sup" {
		t.Errorf("PersonNouns(verbs) = %q, want %q", got, "sup")
	}
}

// TestPersonKinds checks that a kind of person takes in the words of the
// kinds one hypernym link under it (both words of a synset), and not
// those two links down, which the kind one link down takes in.
func TestPersonKinds(t *testing.T) {
	kinds := PersonKinds(load(t))
	want := map[string][]string{"diplomat": {"emissary", "envoy"}, "envoy": {"courier"}, "emissary": {"courier"}}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("PersonKinds = %v, want %v", kinds, want)
	}
}

// TestStanceWords checks that a seed's first sense and the senses it is
// similar to give their words, that a word whose first sense is another
// ("sharp") is left out, and that seeds are not repeated.
func TestStanceWords(t *testing.T) {
	db := load(t)
	praise, attack := StanceWords(db, []string{"brave"}, []string{"cowardly"})
	if want := []string{"courageous", "valiant", "valorous"}; !reflect.DeepEqual(praise, want) {
		t.Errorf("praise = %v, want %v", praise, want)
	}
	if want := []string{"craven"}; !reflect.DeepEqual(attack, want) {
		t.Errorf("attack = %v, want %v", attack, want)
	}
}

func TestOnlyVerbs(t *testing.T) {
	// In the fixture "sup" is a noun as well as a verb; the other verbs
	// are nothing else.
	got := OnlyVerbs(load(t))
	if want := []string{"criticize", "dine", "meet"}; !reflect.DeepEqual(got, want) {
		t.Errorf("OnlyVerbs = %q, want %q", got, want)
	}
}
