package extract

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/eval"
)

// suiteCase is one sentence of a test suite with the events it must give
// (want) and must not give (not).
type suiteCase struct {
	where, group, sentence, frame string
	want, not                     []expect
	none                          bool // no event at all
}

// readSuite reads a suite file: EXPECTED <tab> SENTENCE [<tab> FRAME] per
// line, # comments naming the construction of the cases below them.
func readSuite(t *testing.T, path string) []suiteCase {
	t.Helper()
	var out []suiteCase
	suiteLines(t, path, func(where, group string, cols []string) {
		if len(cols) < 2 {
			t.Fatalf("%s: want EXPECTED<tab>SENTENCE", where)
		}
		// (a "\n" in a sentence breaks its paragraph)
		c := newCase(where, group, cols[0], strings.ReplaceAll(cols[1], `\n`, "\n"))
		if len(cols) > 2 {
			c.frame = strings.TrimSpace(cols[2])
		}
		out = append(out, c)
	})
	return out
}

// suiteLines calls line for each case of a suite file, its tab-separated
// columns with where it stands ("probes3.tsv:12") and the group the last
// # comment before it names; blank lines are skipped.
func suiteLines(t *testing.T, path string, line func(where, group string, cols []string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	group := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		if strings.HasPrefix(l, "#") {
			group = strings.TrimSpace(strings.TrimLeft(l, "# "))
			continue
		}
		line(fmt.Sprintf("%s:%d", filepath.Base(path), n), group, strings.Split(l, "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// newCase makes a suite case of a sentence and its expectations
// ("oppose A > B; -support A > B", or "none").
func newCase(where, group, expected, sentence string) suiteCase {
	c := suiteCase{where: where, group: group, sentence: sentence}
	for _, e := range strings.Split(expected, ";") {
		e = strings.TrimSpace(e)
		switch {
		case e == "-" || e == "none":
			// ("none" as probe writers given only the guide write it)
			c.none = true
		case strings.HasPrefix(e, "-"):
			c.not = append(c.not, parseExpect(e[1:]))
		default:
			c.want = append(c.want, parseExpect(e))
		}
	}
	return c
}

// expect is one expected event of a suite case.
type expect struct {
	typ, source, target string
	actors              []string
	amount              float64 // 0: not stated
	role, status        string
	planned             bool
	text                string
}

// parseExpect reads "oppose A > B", "meet A + B", with optional $amount,
// role=…, status=…, mediator=… (not checked) and a final "planned".
func parseExpect(e string) expect {
	x := expect{text: e}
	// ("planned" may also come before role=, as writers given only the
	// guide put it)
	for _, p := range []string{" planned ", " planned"} {
		if i := strings.Index(e+" ", p+" "); i >= 0 && (p == " planned " || strings.HasSuffix(e, p)) {
			x.planned = true
			e = strings.TrimSpace(e[:i] + " " + e[i+len(p):])
			break
		}
	}
	x.typ, e, _ = strings.Cut(e, " ")
	// The fields role=, status= and mediator= may come in any order; each
	// runs to the next one.
	for {
		i, key := -1, ""
		for _, k := range []string{" mediator=", " status=", " role="} {
			if j := strings.LastIndex(e, k); j > i {
				i, key = j, k
			}
		}
		if i < 0 {
			break
		}
		v := strings.TrimSpace(e[i+len(key):])
		switch key {
		case " status=":
			x.status = v
		case " role=":
			x.role = strings.ReplaceAll(v, "_", " ") // ("chief_executive", as frames write spaces)
		}
		e = e[:i]
	}
	if i := strings.LastIndex(e, " $"); i >= 0 {
		x.amount, _ = strconv.ParseFloat(e[i+2:], 64)
		e = e[:i]
	}
	if src, tgt, ok := strings.Cut(e, " > "); ok {
		x.source, x.target = strings.TrimSpace(src), strings.TrimSpace(tgt)
	} else {
		for _, a := range strings.Split(e, " + ") {
			x.actors = append(x.actors, strings.TrimSpace(a))
		}
	}
	return x
}

// matches reports whether event e is what x expects: the same type and
// participants (for meet and reconcile, all of x's actors among e's; a
// target "*" is any, for writers who gave a post without its body), and
// the amount, role, status and planning where x states them.
func (x expect) matches(e powermap.Event) bool {
	if e.Type != x.typ {
		return false
	}
	if powermap.Undirected(x.typ) {
		for _, a := range x.actors {
			if !slices.ContainsFunc(e.Actors, func(b string) bool { return sameName(a, b) }) {
				return false
			}
		}
	} else if !sameName(e.Source, x.source) || x.target != "*" && !sameName(e.Target, x.target) {
		return false
	}
	if participantsOnly {
		return true
	}
	if x.amount > 0 && (e.AmountUSD == nil || math.Abs(*e.AmountUSD-x.amount) > x.amount/100) {
		return false
	}
	if x.role != "" && !strings.EqualFold(e.Role, x.role) {
		return false
	}
	if x.status != "" && e.Status != x.status {
		return false
	}
	return !x.planned || e.Planned
}

// sameName compares names as the corpus scorer does: "The Evening
// Ledger" is "Evening Ledger", "Núñez" is "Nunez".
func sameName(a, b string) bool { return eval.Norm(a) == eval.Norm(b) }

// participantsOnly, set by POWERMAP_SUITE_PARTICIPANTS=1, checks an
// expectation the way the corpus scorer (facts.py) pairs events: type and
// participants, leaving amount, role, status and planning aside.
var participantsOnly = os.Getenv("POWERMAP_SUITE_PARTICIPANTS") != ""

// eventString gives an event the way expectations are written.
func eventString(e powermap.Event) string {
	var s string
	if powermap.Undirected(e.Type) {
		s = e.Type + " " + strings.Join(e.Actors, " + ")
	} else {
		s = e.Type + " " + e.Source + " > " + e.Target
	}
	if e.AmountUSD != nil {
		s += " $" + strconv.FormatFloat(*e.AmountUSD, 'f', -1, 64)
	}
	if e.Role != "" {
		s += " role=" + e.Role
	}
	if e.Status != "" {
		s += " status=" + e.Status
	}
	if e.Planned {
		s += " planned"
	}
	return s
}

// runSuite extracts each case's sentence as a one-sentence article and
// returns the failures, by group.
func runSuite(t *testing.T, cases []suiteCase, x *Extractor) (fails []string, byGroup map[string][2]int) {
	byGroup = map[string][2]int{}
	for _, c := range cases {
		d := extractText(x, "2026-03-12", c.sentence)
		var gotList []string
		for _, e := range d.Events {
			gotList = append(gotList, eventString(e))
		}
		found := func(x expect) bool {
			for _, e := range d.Events {
				if x.matches(e) {
					return true
				}
			}
			return false
		}
		ok := true
		var why []string
		for _, w := range c.want {
			if !found(w) {
				ok = false
				why = append(why, "missing "+w.text)
			}
		}
		for _, w := range c.not {
			if found(w) {
				ok = false
				why = append(why, "unwanted "+w.text)
			}
		}
		if c.none && len(d.Events) > 0 {
			ok = false
			why = append(why, "wanted no event")
		}
		g := byGroup[c.group]
		g[1]++
		if ok {
			g[0]++
		} else {
			fails = append(fails, fmt.Sprintf("%s [%s] %s\n\t%s\n\tgot %q", c.where, c.group, c.sentence, strings.Join(why, "; "), gotList))
		}
		byGroup[c.group] = g
	}
	return fails, byGroup
}

// extractText runs the pipeline over one paragraph published on pub.
func extractText(x *Extractor, pub, body string) *Doc {
	text := " date " + pub + " " + body
	a := &powermap.Article{Name: "t", Text: text, PublishedPrecision: powermap.PrecisionDay,
		Blocks: []powermap.Block{{Kind: powermap.BlockMeta, Start: 1, End: 16}, {Kind: powermap.BlockBody, Start: 17, End: len(text)}}}
	a.Published, _ = time.Parse("2006-01-02", pub)
	return x.Extract(a)
}

// TestFrameSentences runs every frame's own test sentences and checks
// that each frame of rules/frames.txt has at least one.
func TestFrameSentences(t *testing.T) {
	cases := readSuite(t, "testdata/frames.tsv")
	x := New(testKB(t))
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.frame] = true
	}
	for _, f := range defaultFrames.Frames {
		if !covered[f.Name] {
			t.Errorf("%s: frame %s has no test sentence in testdata/frames.tsv", f.Where, f.Name)
		}
	}
	fails, _ := runSuite(t, cases, x)
	rate := 1 - float64(len(fails))/float64(len(cases))
	t.Logf("frame sentences: %d of %d pass (%.1f%%)", len(cases)-len(fails), len(cases), 100*rate)
	if os.Getenv("POWERMAP_SUITE_VERBOSE") != "" {
		for _, f := range fails {
			t.Log(f)
		}
	}
	// The floor is what the shipped frames reach; it may only rise.
	if rate < frameSuiteFloor {
		for _, f := range fails {
			t.Log(f)
		}
		t.Errorf("frame sentences pass rate %.3f below %.2f", rate, frameSuiteFloor)
	}
}

// TestParaphrases runs the paraphrase suite: for each event type, voice,
// nominalization, coordination, apposition, relative clauses, negation and
// modality, about made-up people, plus traps that must give nothing.
func TestParaphrases(t *testing.T) {
	files, _ := filepath.Glob("testdata/paraphrase/*.tsv")
	if len(files) == 0 {
		t.Fatal("no paraphrase suite in testdata/paraphrase")
	}
	x := New(testKB(t))
	total, passed := 0, 0
	for _, file := range files {
		cases := readSuite(t, file)
		fails, byGroup := runSuite(t, cases, x)
		total += len(cases)
		passed += len(cases) - len(fails)
		var groups []string
		for g, n := range byGroup {
			groups = append(groups, fmt.Sprintf("%s %d/%d", g, n[0], n[1]))
		}
		sort.Strings(groups)
		t.Logf("%s: %d of %d pass; %s", filepath.Base(file), len(cases)-len(fails), len(cases), strings.Join(groups, ", "))
		if os.Getenv("POWERMAP_SUITE_VERBOSE") != "" {
			for _, f := range fails {
				t.Log(f)
			}
		}
	}
	rate := float64(passed) / float64(total)
	t.Logf("paraphrases: %d of %d pass (%.1f%%)", passed, total, 100*rate)
	if rate < paraphraseFloor {
		t.Errorf("paraphrase pass rate %.3f below %.2f", rate, paraphraseFloor)
	}
}

// The pass rates the shipped frames and machinery reach, as floors so a
// change that loses constructions fails.
const (
	frameSuiteFloor = 0.98
	paraphraseFloor = 0.975
)

// TestBlindProbes runs sentences written by someone who had seen neither
// this package nor its other suites (testdata/probes), as a check that
// extraction holds on English nobody tuned it to. Its pass rate is a
// measurement; the floor only guards against losing ground. Later sets,
// each by another writer under the same rules, run instead when
// POWERMAP_PROBES names one (POWERMAP_PROBES=probes3 reads
// testdata/probes/probes3.tsv; the older POWERMAP_PROBES2=1 style still
// works); their first-run rates, before any change they prompted, are the
// honest figures (README).
func TestBlindProbes(t *testing.T) {
	name := os.Getenv("POWERMAP_PROBES")
	for _, n := range []string{"2", "3", "4"} {
		if os.Getenv("POWERMAP_PROBES"+n) != "" {
			name = "probes" + n
		}
	}
	if name == "" {
		name = "probes"
	}
	if strings.ContainsAny(name, `/\.`) {
		t.Fatalf("POWERMAP_PROBES=%q: give a set's name, such as probes3, not a path", name)
	}
	cases := readSuite(t, filepath.Join("testdata", "probes", name+".tsv"))
	floor := 0.0
	if name == "probes" {
		floor = blindProbeFloor
	}
	fails, byGroup := runSuite(t, cases, New(testKB(t)))
	var groups []string
	for g, n := range byGroup {
		groups = append(groups, fmt.Sprintf("%s %d/%d", g, n[0], n[1]))
	}
	sort.Strings(groups)
	rate := float64(len(cases)-len(fails)) / float64(len(cases))
	t.Logf("blind probes: %d of %d pass (%.1f%%); %s", len(cases)-len(fails), len(cases), 100*rate, strings.Join(groups, ", "))
	if os.Getenv("POWERMAP_SUITE_VERBOSE") != "" {
		for _, f := range fails {
			t.Log(f)
		}
	}
	if rate < floor {
		t.Errorf("blind probe pass rate %.3f below %.2f", rate, floor)
	}
}

// blindProbeFloor is the blind probes' pass rate when they were first run.
const blindProbeFloor = 0.84
