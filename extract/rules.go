package extract

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed rules/*.txt
var rulesFS embed.FS

// wordSet reads a rules file of whitespace-separated words (lines starting
// with # are comments).
func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range ruleLines(name) {
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}

// lineSet reads a rules file with one entry per line.
func lineSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range ruleLines(name) {
		set[strings.TrimSpace(line)] = true
	}
	return set
}

// ruleLines returns the non-comment, non-blank lines of a rules file.
func ruleLines(name string) []string {
	data, err := rulesFS.ReadFile("rules/" + name)
	if err != nil {
		panic(err) // embedded: cannot be missing
	}
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

var (
	functionWords = wordSet("function.txt")
	nonNames      = wordSet("nonnames.txt")
	roleNouns     = wordSet("rolenouns.txt")
	speechVerbs   = wordSet("speech.txt")
	firstNames    = wordSet("firstnames.txt")
	placeNames    = lineSet("places.txt")
	praiseWords   = map[string]bool{}
	attackWords   = map[string]bool{}
	orgHeads      = map[string]bool{}
	orgTails      = map[string]bool{}
	// titles maps a title phrase to the role it names ("" when it only
	// introduces a name); titleWords bounds how many words a title has.
	titles      = map[string]titleRole{}
	titleWords  = 1
	titleTokens = map[string]struct{}{}
)

// titleRole is what a title says: a role (and org) whose holder on the day
// the title identifies, or nothing beyond "a name follows".
type titleRole struct {
	role, org string
	elect     bool
}

func init() {
	for _, line := range ruleLines("stance.txt") {
		f := strings.Fields(line)
		set := praiseWords
		if f[0] == "attack" {
			set = attackWords
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	}
	for _, line := range ruleLines("orgwords.txt") {
		f := strings.Fields(line)
		set := orgTails
		if f[0] == "head" {
			set = orgHeads
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	}
	for _, line := range ruleLines("titles.txt") {
		f := strings.Split(line, "\t")
		t := titleRole{}
		if len(f) > 1 {
			t.role = f[1]
			if strings.HasPrefix(t.role, "elect:") {
				t.role, t.elect = strings.TrimPrefix(t.role, "elect:"), true
			}
		}
		if len(f) > 2 {
			t.org = f[2]
		}
		titles[f[0]] = t
		titleWords = max(titleWords, len(strings.Fields(f[0])))
		for _, w := range strings.Fields(f[0]) {
			titleTokens[w] = struct{}{}
		}
	}
}
