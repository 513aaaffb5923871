package rules

import (
	"strings"
	"testing"
)

// TestSharedListsLoaded checks that the shared lists are read from their
// files: a word of each, and the parsed shape of titles.
func TestSharedListsLoaded(t *testing.T) {
	for name, ok := range map[string]bool{
		"function: The":        FunctionWords["The"],
		"speech: said":         SpeechVerbs["said"],
		"role: investor":       RoleNouns["investor"],
		"org tail: Capital":    OrgTails["Capital"],
		"org head: Department": OrgHeads["Department"],
		"praise: great":        PraiseWords["great"],
		"attack: disgrace":     AttackWords["disgrace"],
		"before: automaker":    OrgBefore["automaker"],
		"speaker: said":        SpeakerVerbs["said"],
		"title word: Vice":     IsTitleWord("Vice"),
		"title: President":     IsTitle("President"),
	} {
		if !ok {
			t.Errorf("%s: not loaded", name)
		}
	}
	if tr := Titles["President-elect"]; tr.Role != "president" || !tr.Elect || tr.Org != "United States" {
		t.Errorf("President-elect = %+v", tr)
	}
	if TitleWords < 3 {
		t.Errorf("TitleWords = %d; \"Speaker of the House\" has four", TitleWords)
	}
	if Stance("great") != 1 || Stance("disgrace") != -1 || Stance("table") != 0 || Stance("bravest") != 1 || Stance("smartest") != 1 || Stance("laziest") != -1 || Stance("dumbest") != -1 || Stance("biggest") != 0 || Stance("interest") != 0 {
		t.Error("Stance does not follow stance.txt")
	}
}

// TestLinesSkipComments checks that Lines drops comments and blank lines.
func TestLinesSkipComments(t *testing.T) {
	lines := Lines("frames.txt")
	if len(lines) == 0 {
		t.Fatal("frames.txt has no lines")
	}
	for _, l := range lines {
		if s := strings.TrimSpace(l); s == "" || strings.HasPrefix(s, "#") {
			t.Fatalf("comment or blank line kept: %q", l)
		}
	}
}

// TestClassesAndNumbers checks the reading of "CLASS: WORD=NUMBER…" files.
func TestClassesAndNumbers(t *testing.T) {
	c := Classes("datewords.txt")
	counts := Numbers(c["count"])
	if counts["two"] != 2 || counts["twelve"] != 12 || len(counts) != 14 {
		t.Errorf("counts = %v", counts)
	}
	if q := Numbers(c["quarter"]); q["final"] != -1 || q["3rd"] != 3 {
		t.Errorf("quarters = %v", q)
	}
	// A class over several lines keeps all its words, in order.
	if w := c["date-word"]; len(w) < 30 || w[0] != "night" || w[len(w)-1] != "time" {
		t.Errorf("date words = %v", w)
	}
	if s := Set(Classes("quotewords.txt")["ambiguous"]); !s["calls"] || s["said"] {
		t.Errorf("ambiguous speech verbs = %v", s)
	}
}

// TestNameParts checks the classes of nameparts.txt and pronouns.txt.
func TestNameParts(t *testing.T) {
	if !NameJoiners["van"] || !NameSuffixes["Jr."] || !CompanySuffixes["LLC"] || NameJoiners["Jr."] {
		t.Error("nameparts.txt classes not read")
	}
	if Pronouns["her"] != "F" || Pronouns["his"] != "M" || Pronouns["it"] != "" {
		t.Errorf("pronouns = %v", Pronouns)
	}
	if !Prepositions["against"] || Prepositions["and"] {
		t.Error("prepositions.txt not read")
	}
}

func TestWordClasses(t *testing.T) {
	// Every class word is one lower-case word (the code compares
	// lower-cased lemmas and forms); a class the code asks for exists.
	for name, ws := range wordClasses {
		for w := range ws {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
				t.Errorf("wordclasses.txt: class %s: %q is not one lower-case word", name, w)
			}
		}
	}
	if len(WordClass("harmVerbs")) == 0 {
		t.Error("harmVerbs is empty")
	}
	defer func() {
		if recover() == nil {
			t.Error("a missing class did not panic")
		}
	}()
	WordClass("no such class")
}

// TestGenderByEnding checks the guess from a given name's ending and
// that the listed exceptions win.
func TestGenderByEnding(t *testing.T) {
	for name, want := range map[string]string{"Zodwa": "F", "Nkiruka": "F", "Anselm": "", "Chipo": "", "Ilya": "", "Andrea": "", "Jo": "", "Rajendra": "", "Ravindra": ""} {
		if got := GenderByEnding(name); got != want {
			t.Errorf("GenderByEnding(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestWeekdayOrMonth checks the calendar words: weekdays in any case,
// months only capitalised (the modal "may" is none).
func TestWeekdayOrMonth(t *testing.T) {
	for w, want := range map[string]bool{"Friday": true, "friday": true, "May": true, "may": false, "Sept.": true, "Jan": true, "Janet": false, "week": false} {
		if got := WeekdayOrMonth(w); got != want {
			t.Errorf("WeekdayOrMonth(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPhraseForms(t *testing.T) {
	got := strings.Join(phraseForms("worked harder than"), "|")
	for _, want := range []string{"worked harder than", "works harder than", "work harder than", "working harder than"} {
		if !strings.Contains("|"+got+"|", "|"+want+"|") {
			t.Errorf("phraseForms(worked harder than) = %q, lacks %q", got, want)
		}
	}
	if got := phraseForms("real deal"); len(got) != 1 {
		t.Errorf("phraseForms(real deal) = %q, want the phrase alone", got)
	}
}

// TestListedGender checks that the hand-written list comes before the
// generated one, and that a name on neither tells nothing.
func TestListedGender(t *testing.T) {
	for name, want := range map[string]string{"Aldo": "M", "Adelaida": "F", "Morgan": "-", "Kai": "", "Qwzx": ""} {
		if got := ListedGender(name); got != want {
			t.Errorf("ListedGender(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestStanceCompounds checks words joined by a hyphen: listed whole,
// without the hyphen, as a superlative's compound, or by their last part
// unless the first undoes it.
func TestStanceCompounds(t *testing.T) {
	tests := map[string]int{"top-notch": 1, "hardest-working": 1, "ultra-corrupt": -1, "non-corrupt": 0, "well-known": 0}
	for w, want := range tests {
		if got := Stance(w); got != want {
			t.Errorf("Stance(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestStancePlurals checks that a plural or present tense of a listed
// word of attack or kind of person praised carries its stance ("liars",
// "bullies", "betrays", "heroes"), that a noun of praise with another
// sense in the plural does not ("respects", "trusts"), and that a word
// merely ending in s borrows none ("press" is no "pres").
func TestStancePlurals(t *testing.T) {
	tests := map[string]int{"liars": -1, "bullies": -1, "betrays": -1, "heroes": 1, "patriots": 1, "press": 0, "respects": 0, "trusts": 0}
	for w, want := range tests {
		if got := Stance(w); got != want {
			t.Errorf("Stance(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestDemonyms checks that the peoples of the places list are known by
// their usual forms, an irregular one in -ium among them.
func TestDemonyms(t *testing.T) {
	for _, w := range []string{"Belgian", "Kenyan", "Italian", "Chinese", "Pakistani", "Mexican"} {
		if !IsDemonym(w) {
			t.Errorf("%s: no demonym", w)
		}
	}
	for _, w := range []string{"Belgium", "Kenya", "Tuesday", "Ferrante"} {
		if IsDemonym(w) {
			t.Errorf("%s: taken for a demonym", w)
		}
	}
}

// TestRoleWordsJoinedByIn checks that a role "-in-chief" is a role
// ("editor-in-chief"), and that other words joined by "-in-" are none
// ("son-in-law").
func TestRoleWordsJoinedByIn(t *testing.T) {
	for w, want := range map[string]bool{"editor-in-chief": true, "commander-in-chief": true, "son-in-law": false, "sit-in": false} {
		if got := RoleWord(w); got != want {
			t.Errorf("RoleWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestWordClassesJoin(t *testing.T) {
	got := WordClasses("nameVerbs", "appointVerbs")
	if !got["call"] || !got["appoint"] {
		t.Errorf("WordClasses lacks a word of one of its classes")
	}
	got["zzz"] = true
	if WordClass("nameVerbs")["zzz"] || WordClass("appointVerbs")["zzz"] {
		t.Errorf("WordClasses returned a class itself, not a new set")
	}
}
