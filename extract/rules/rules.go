// Package rules holds the data files of the extraction pipeline —
// event frames, titles, lexicons and stop-lists — embedded in the binary,
// and the word lists that several stages share, read from them. A stage
// that alone uses a file reads it itself with Lines.
//
// The files are plain text so that a user can read and extend them: one
// entry or one class of words per line, "#" starting a comment.
package rules

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
)

//go:embed *.txt
var files embed.FS

// File returns the contents of the embedded data file name
// ("frames.txt"); it panics if there is none, as every name is a constant
// of the code that a test exercises.
func File(name string) []byte {
	data, err := files.ReadFile(name)
	if err != nil {
		panic(err) // embedded: cannot be missing
	}
	return data
}

// WordSet reads a rules file of whitespace-separated words (lines starting
// with # are comments).
func WordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range Lines(name) {
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}

// LineSet reads a rules file with one entry per line.
func LineSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range Lines(name) {
		set[strings.TrimSpace(line)] = true
	}
	return set
}

// Lines returns the non-comment, non-blank lines of a rules file.
func Lines(name string) []string {
	data := File(name)
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Classes reads a rules file of lines "CLASS: WORD…" into the words of
// each class, in the order of the file.
func Classes(name string) map[string][]string {
	out := map[string][]string{}
	for _, line := range Lines(name) {
		class, words, ok := strings.Cut(line, ":")
		if !ok {
			panic("rules/" + name + ": line without a class: " + line)
		}
		c := strings.TrimSpace(class)
		out[c] = append(out[c], strings.Fields(words)...)
	}
	return out
}

// Numbers reads words written WORD=NUMBER ("two=2") into a map; it panics
// on a word without a number, as the files are embedded.
func Numbers(words []string) map[string]int {
	out := map[string]int{}
	for _, w := range words {
		k, v, ok := strings.Cut(w, "=")
		n, err := strconv.Atoi(v)
		if !ok || err != nil {
			panic("rules: want WORD=NUMBER, not " + w)
		}
		out[k] = n
	}
	return out
}

// Set returns the words as a set.
func Set(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		out[w] = true
	}
	return out
}

// The word lists several stages share.
var (
	FunctionWords = WordSet("function.txt")  // capitalised words that never name anyone
	NonNames      = WordSet("nonnames.txt")  // capitalised words that are no names
	RoleNouns     = WordSet("rolenouns.txt") // "comedian", "investor": role words before a name
	SpeechVerbs   = WordSet("speech.txt")    // "said", "told"
	// FirstNames are given names: rules/firstnames.txt and those generated
	// from public-domain data (internal/kbgen) in rules/names_given.txt.
	FirstNames  = union(WordSet("firstnames.txt"), WordSet("names_given.txt"))
	PlaceNames  = LineSet("places.txt")
	PraiseWords = map[string]bool{} // rules/stance.txt
	AttackWords = map[string]bool{}
	OrgHeads    = map[string]bool{} // first words of organizations' names (rules/orgwords.txt)
	OrgTails    = map[string]bool{} // last words of organizations' names
	// Titles maps a title phrase to the role it names ("" when it only
	// introduces a name); TitleWords bounds how many words a title has and
	// TitleTokens holds every word of every title.
	Titles      = map[string]TitleRole{}
	TitleWords  = 1
	TitleTokens = map[string]struct{}{}
	// Prepositions before a name mean it is not the subject of its clause.
	Prepositions = WordSet("prepositions.txt")
	// Pronouns maps the pronouns that can refer to a person to their
	// gender (rules/pronouns.txt).
	Pronouns = map[string]string{}
	// NameJoiners may stand inside a name between capitalised words,
	// NameSuffixes may end a person's name, and CompanySuffixes may follow
	// a company's name after a comma (rules/nameparts.txt).
	NameJoiners     = map[string]bool{}
	NameSuffixes    = map[string]bool{}
	CompanySuffixes = map[string]bool{}
)

// Context lexicons (rules/orgcontext.txt, rules/names_context.txt).
var (
	OrgBefore      = map[string]bool{}     // "automaker Stellantis"
	OrgAfter       = map[string]bool{}     // "Netflix co-CEO"
	OrgAt          = map[string]bool{}     // "analysts at Morgan Stanley"
	SourceVerbs    = map[string]bool{}     // "Fortune reported"
	OrgKinds       = map[string][]string{} // "automaker", "Capital" → kinds
	PlatformNouns  = map[string]bool{}     // "his Telegram channel"
	SpeakerVerbs   = map[string]bool{}     // "Adeyemi said"
	PersonPronouns = map[string]bool{}     // "Nowak … his wife"
	CreditWords    = map[string]bool{}     // "Photo/Alex Brandon", "By …"
	PostWords      = map[string]bool{}     // "president of …": a post held at an organization
	OfficeWords    = map[string]bool{}     // "Rivera for Congress": offices a campaign committee is named for
)

// TitleRole is what a title says: a role (and org) whose holder on the day
// the title identifies, or nothing beyond "a name follows".
type TitleRole struct {
	Role, Org string
	Elect     bool
}

// ClassSets adds the words of lines "CLASS WORD…" to the set of their
// class; it panics on a class it does not know, as the files are embedded.
func ClassSets(lines []string, sets map[string]map[string]bool) {
	for _, line := range lines {
		f := strings.Fields(line)
		set := sets[f[0]]
		if set == nil {
			panic("rules: unknown class " + f[0] + " in " + line)
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	}
}

func union(a, b map[string]bool) map[string]bool {
	for w := range b {
		a[w] = true
	}
	return a
}

func init() {
	for _, line := range Lines("stance.txt") {
		f := strings.Fields(line)
		set := PraiseWords
		if f[0] == "attack" {
			set = AttackWords
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	}
	for _, line := range Lines("orgwords.txt") {
		f := strings.Fields(line)
		set := OrgTails
		if f[0] == "head" {
			set = OrgHeads
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	}
	for _, line := range Lines("titles.txt") {
		f := strings.Split(line, "\t")
		t := TitleRole{}
		if len(f) > 1 {
			t.Role = f[1]
			if strings.HasPrefix(t.Role, "elect:") {
				t.Role, t.Elect = strings.TrimPrefix(t.Role, "elect:"), true
			}
		}
		if len(f) > 2 {
			t.Org = f[2]
		}
		Titles[f[0]] = t
		TitleWords = max(TitleWords, len(strings.Fields(f[0])))
		for _, w := range strings.Fields(f[0]) {
			TitleTokens[w] = struct{}{}
		}
	}
	for _, line := range Lines("pronouns.txt") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			Pronouns[w] = f[0]
		}
	}
	ClassSets(Lines("nameparts.txt"), map[string]map[string]bool{"joiner": NameJoiners, "suffix": NameSuffixes, "company": CompanySuffixes})
	sets := map[string]map[string]bool{"before": OrgBefore, "after": OrgAfter, "at": OrgAt, "source": SourceVerbs,
		"platform": PlatformNouns, "speaker": SpeakerVerbs, "pronoun": PersonPronouns, "credit": CreditWords,
		"post": PostWords, "office": OfficeWords}
	for _, name := range []string{"orgcontext.txt", "names_context.txt"} {
		for _, line := range Lines(name) {
			f := strings.Fields(line)
			if f[0] == "kind" && len(f) > 2 {
				for _, w := range f[2:] {
					OrgKinds[w] = append(OrgKinds[w], f[1])
				}
				continue
			}
			if set := sets[f[0]]; set != nil {
				for _, w := range f[1:] {
					set[w] = true
				}
			}
		}
	}
}

// IsTitleWord reports whether t is a title or part of one ("Press",
// "Secretary", "Vice").
func IsTitleWord(t string) bool {
	_, ok := TitleTokens[t]
	return ok
}

// IsTitle reports whether w is a whole title phrase ("President",
// "Senator"), and so not a name on its own.
func IsTitle(w string) bool {
	_, ok := Titles[w]
	return ok
}

// Stance scores a word by the lists of rules/stance.txt: 1 for praise, -1
// for attack, 0 for neither.
func Stance(w string) int {
	switch {
	case PraiseWords[w]:
		return 1
	case AttackWords[w]:
		return -1
	}
	return 0
}
