package extract

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"strconv"
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
	titles       = map[string]titleRole{}
	titleWords   = 1
	titleTokens  = map[string]struct{}{}
	defaultRules = mustRuleSet(parseEventRules("rules/events.txt", ruleLines("events.txt")))
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

// eventRule is one line of rules/events.txt.
type eventRule struct {
	typ, name string
	re        *regexp.Regexp
	// Where participants come from: "subj", "obj", "first", "before",
	// "pair" (the article's two main people); actors may join two with +.
	src, tgt, actors, mediator string
	role, status               string
	planned                    bool
	needAmount                 bool
	targetOrg                  bool // the target must be an organization
	conf                       float64
	// keys are the first letters of every literal word in the pattern:
	// a sentence with none of them among its words cannot match.
	keys []string
}

// literalWordRe finds the literal words of a pattern.
var literalWordRe = regexp.MustCompile(`[A-Za-z]{3,}`)

// commonKeys are words too common to select rules by: every alternative of
// a pattern holds a rarer word beside them.
var commonKeys = map[string]bool{"the": true, "and": true, "for": true, "with": true, "his": true, "her": true, "their": true, "him": true,
	"them": true, "was": true, "are": true, "has": true, "have": true, "had": true, "its": true, "that": true, "this": true, "from": true}

// wordKey is the prefilter key of a lower-case word: its first four
// letters (all of a shorter one).
func wordKey(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

// parseEventRules parses event rules in the format of rules/events.txt:
// TYPE, NAME, PATTERN and options, separated by tabs. source names the
// file in errors.
func parseEventRules(source string, lines []string) ([]*eventRule, error) {
	var rules []*eventRule
	for i, line := range lines {
		f := strings.Split(line, "\t")
		var parts []string
		for _, x := range f {
			if x = strings.TrimSpace(x); x != "" {
				parts = append(parts, x)
			}
		}
		if len(parts) < 3 {
			return nil, fmt.Errorf("%s rule %d: want TYPE, NAME, PATTERN and options separated by tabs: %q", source, i+1, line)
		}
		if !validType[parts[0]] {
			return nil, fmt.Errorf("%s rule %d: unknown event type %q", source, i+1, parts[0])
		}
		r := &eventRule{typ: parts[0], name: parts[1], conf: 0.8}
		for _, w := range literalWordRe.FindAllString(parts[2], -1) {
			if w = strings.ToLower(w); !commonKeys[w] {
				r.keys = append(r.keys, wordKey(w))
			}
		}
		// A space in a pattern stands for any run of space (quotation
		// marks are blanked out of the text matched).
		re, err := regexp.Compile(`(?i)\b(?:` + strings.ReplaceAll(parts[2], " ", `\s+`) + `)\b`)
		if err != nil {
			return nil, fmt.Errorf("%s rule %s: bad pattern: %v", source, parts[1], err)
		}
		r.re = re
		if r.typ == "meet" || r.typ == "reconcile" {
			r.actors = "subj+obj"
		} else {
			r.src, r.tgt = "subj", "obj"
		}
		for _, opt := range strings.Fields(strings.Join(parts[3:], " ")) {
			k, v, _ := strings.Cut(opt, "=")
			switch k {
			case "src":
				r.src = v
			case "tgt":
				r.tgt = v
			case "actors":
				r.actors = v
			case "mediator":
				r.mediator = v
			case "role":
				r.role = v
			case "status":
				r.status = v
			case "planned":
				r.planned = true
			case "amount":
				r.needAmount = true
			case "org":
				r.targetOrg = true
			case "conf":
				c, err := strconv.ParseFloat(v, 64)
				if err != nil || c <= 0 || c > 1 {
					return nil, fmt.Errorf("%s rule %s: conf must be a number in (0, 1], not %q", source, r.name, v)
				}
				r.conf = c
			default:
				return nil, fmt.Errorf("%s rule %s: unknown option %q", source, r.name, opt)
			}
		}
		rules = append(rules, r)
	}
	return rules, nil
}

var validType = map[string]bool{"meet": true, "fund": true, "support": true, "oppose": true, "threaten": true, "position": true, "reconcile": true}

// ruleSet is a list of event rules indexed by the keys of their literal
// words.
type ruleSet struct {
	rules []*eventRule
	byKey map[string][]int
}

func newRuleSet(rules []*eventRule) *ruleSet {
	rs := &ruleSet{rules: rules, byKey: map[string][]int{}}
	for i, r := range rules {
		for _, k := range r.keys {
			rs.byKey[k] = append(rs.byKey[k], i)
		}
	}
	return rs
}

func mustRuleSet(rules []*eventRule, err error) *ruleSet {
	if err != nil {
		panic(err) // the embedded rules are tested
	}
	return newRuleSet(rules)
}
