// Package frame finds events in a parsed sentence. An event frame maps a
// trigger lemma (a verb such as "criticize", a noun such as "donation", an
// adjective such as "critical", or a multi-word form such as "lash out")
// to an event type, and says which grammatical relations of the
// dependency tree (Universal Dependencies) fill its slots: the subject,
// the object, an oblique marked by a preposition, a possessor.
//
// Frames are data (see rules/frames.txt for the format); the constructions
// of English that move those relations around are machinery written once
// for every frame: passive voice, coordination, apposition, relative
// clauses, control, light verbs, and negation, modality and conditionals
// scoped by the tree.
package frame

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/powermap/powermap/extract/rules"
)

// Slots an event frame can fill.
const (
	Source   = "source"
	Target   = "target"
	Actors   = "actors"
	Mediator = "mediator"
	Role     = "role"
)

// Event types, as the facts format names them.
var eventTypes = map[string]bool{"meet": true, "fund": true, "support": true, "oppose": true, "threaten": true, "position": true, "reconcile": true}

// Frame is one trigger of one event type with the paths to its slots.
type Frame struct {
	Type  string
	Lemma string   // the head word's lemma
	Extra []string // lemmas that must be dependents of the head ("out" of "lash out")
	Not   []string // lemmas no dependent of the head may have ("score" of "settle")
	POS   string   // VERB, NOUN or ADJ
	// Slots maps a slot to its paths: the groups are all taken ("+"),
	// within a group the first path that finds anyone ("|").
	Slots   map[string][][]string
	Status  string // position: start, end or hold
	Role    string // position: the role when the sentence names none ("led DOGE": head)
	Planned bool
	Amount  bool // the sentence must state a sum of money
	Org     bool // the target must be an organization
	// Succession marks a position frame whose post, when its sentence
	// names none, is the one the other party of the same word takes or
	// leaves, named nearby ("He succeeds Fitzwilliam", after "named
	// Darko its chief executive").
	Succession bool
	// Stated marks a frame whose organization (position) or target
	// (oppose, threaten) must be named in its own slots, never inferred
	// from the paragraph or the clause around it ("joined Tessellate
	// from Corvane" leaves Corvane; "joined the board" leaves nothing;
	// "came out against" attacks only whom "against" names).
	Stated bool
	Conf   float64
	// Name is the trigger as written ("lash out/VERB"); Where is the file
	// and line that defined the frame.
	Name, Where string
}

// Describing returns the noun frames of lemma whose source is the one
// the noun describes and whose target may be the noun's modifier
// ("Wexford Party donor Ignatius Mbatha": a donor to the party).
func (l *Lexicon) Describing(lemma string) []*Frame {
	var out []*Frame
	for _, f := range l.byLemma[lemma] {
		if f.POS == "NOUN" && hasPath(f.Slots["source"], "described") && hasPath(f.Slots["target"], "compound") {
			out = append(out, f)
		}
	}
	return out
}

// AgentNoun reports whether f is the frame of a noun that describes its
// source ("donor", "critic", "ally"): a standing relation, not an act on
// a day.
func (f *Frame) AgentNoun() bool {
	return f.POS == "NOUN" && hasPath(f.Slots["source"], "described")
}

// hasPath reports whether a slot's path groups hold path p.
func hasPath(groups [][]string, p string) bool {
	for _, alts := range groups {
		for _, a := range alts {
			if a == p {
				return true
			}
		}
	}
	return false
}

// Lexicon is a set of frames indexed by trigger lemma, with the word
// classes its file defined.
type Lexicon struct {
	Frames  []*Frame
	byLemma map[string][]*Frame
	classes map[string][]string
}

// InClass reports whether lemma is a word of the class the frames file
// names ("class sighted spot photograph …").
func (l *Lexicon) InClass(class, lemma string) bool { return slices.Contains(l.classes[class], lemma) }

// validPaths are the relations a slot path may name besides prepositions.
var validPaths = map[string]bool{"that": true, "clause": true, "described": true, "subj": true, "obj": true, "iobj": true, "poss": true, "compound": true, "xcomp": true}

// Default returns the embedded event frames (rules/frames.txt), parsed
// once and shared: merge others into a new lexicon (Lexicon.Merge) rather
// than change it.
func Default() *Lexicon { return defaultLexicon() }

// defaultLexicon parses the embedded frames on first use.
var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := Parse("rules/frames.txt", rules.File("frames.txt"))
	if err != nil {
		panic(err) // embedded: a test parses it too
	}
	return l
})

// Parse reads frames in the format of rules/frames.txt; source names the
// file in errors.
func Parse(source string, data []byte) (*Lexicon, error) {
	classes := map[string][]string{}
	l := &Lexicon{byLemma: map[string][]*Frame{}, classes: classes}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if fs := strings.Fields(line); fs[0] == "class" {
			// class NAME WORD…: a class of words a trigger names as @NAME.
			if len(fs) < 3 || !classNamePat.MatchString(fs[1]) {
				return nil, fmt.Errorf("%s:%d: want class NAME WORD…, with NAME of lower-case letters", source, n)
			}
			classes[fs[1]] = fs[2:]
			continue
		}
		f, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", source, n, err)
		}
		f.Where = fmt.Sprintf("%s:%d", source, n)
		fs, err := expandClasses(f, classes)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", source, n, err)
		}
		for _, f := range fs {
			l.add(f)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return l, nil
}

// ExtraWord reports whether lemma is one of the trigger's other words
// (or of the word classes among them).
func (f *Frame) ExtraWord(lemma string) bool {
	for _, alts := range f.Extra {
		if alts == lemma || strings.Contains(alts, "|") && slices.Contains(strings.Split(alts, "|"), lemma) {
			return true
		}
	}
	return false
}

// classNamePat is the form of a word class's name.
var classNamePat = regexp.MustCompile(`^[a-z]+$`)

// expandClasses replaces the word classes a trigger names: a head "@NAME"
// gives one frame per word of the class, another word "@NAME" matches any
// word of it (Extra holds them joined by "|").
func expandClasses(f *Frame, classes map[string][]string) ([]*Frame, error) {
	class := func(w string) ([]string, error) {
		ws, ok := classes[w[1:]]
		if !ok {
			return nil, fmt.Errorf("trigger %q: no class %q defined above it", f.Name, w[1:])
		}
		return ws, nil
	}
	for k, w := range f.Extra {
		if strings.HasPrefix(w, "@") {
			ws, err := class(w)
			if err != nil {
				return nil, err
			}
			f.Extra[k] = strings.Join(ws, "|")
		}
	}
	if !strings.HasPrefix(f.Lemma, "@") {
		return []*Frame{f}, nil
	}
	ws, err := class(f.Lemma)
	if err != nil {
		return nil, err
	}
	var out []*Frame
	for _, w := range ws {
		g := *f
		g.Lemma = w
		g.Extra = append([]string(nil), f.Extra...)
		out = append(out, &g)
	}
	return out, nil
}

// Merge returns a lexicon with the frames of l and then those of m.
func (l *Lexicon) Merge(m *Lexicon) *Lexicon {
	out := &Lexicon{byLemma: map[string][]*Frame{}, classes: map[string][]string{}}
	for _, f := range l.Frames {
		out.add(f)
	}
	for _, f := range m.Frames {
		out.add(f)
	}
	for _, c := range []map[string][]string{l.classes, m.classes} {
		for name, words := range c {
			out.classes[name] = append(out.classes[name], words...)
		}
	}
	return out
}

func (l *Lexicon) add(f *Frame) {
	l.Frames = append(l.Frames, f)
	l.byLemma[f.Lemma] = append(l.byLemma[f.Lemma], f)
}

// HasType reports whether some frame of event type typ (any type if
// typ is "") is triggered by lemma alone in part of speech pos (any if
// ""): a frame of several words ("cut a check", "move past") needs its
// other words, which a lemma alone does not show.
func (l *Lexicon) HasType(lemma, typ, pos string) bool {
	for _, f := range l.byLemma[lemma] {
		if (typ == "" || f.Type == typ) && (pos == "" || f.POS == pos) && len(f.Extra) == 0 {
			return true
		}
	}
	return false
}

// ByLemma returns the frames lemma triggers.
func (l *Lexicon) ByLemma(lemma string) []*Frame { return l.byLemma[lemma] }

// HasVerb reports whether some verb frame is triggered by lemma.
func (l *Lexicon) HasVerb(lemma string) bool {
	for _, f := range l.byLemma[lemma] {
		if f.POS == "VERB" {
			return true
		}
	}
	return false
}

// HasNoun reports whether some noun frame is triggered by lemma.
func (l *Lexicon) HasNoun(lemma string) bool {
	for _, f := range l.byLemma[lemma] {
		if f.POS == "NOUN" {
			return true
		}
	}
	return false
}

// parseLine reads one frame line: TYPE, TRIGGER, SLOTS, OPTIONS.
func parseLine(line string) (*Frame, error) {
	cols := strings.Split(line, "\t")
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	if len(cols) < 2 {
		return nil, fmt.Errorf("want TYPE<tab>TRIGGER<tab>SLOTS<tab>OPTIONS, got %q", line)
	}
	for len(cols) < 4 {
		cols = append(cols, "-")
	}
	if len(cols) > 4 {
		return nil, fmt.Errorf("%d tab-separated columns, want at most 4", len(cols))
	}
	f := &Frame{Type: cols[0], Name: cols[1], Conf: 0.8, Slots: map[string][][]string{}}
	if !eventTypes[f.Type] {
		return nil, fmt.Errorf("unknown event type %q (want meet, fund, support, oppose, threaten, position or reconcile)", f.Type)
	}
	words, pos, ok := strings.Cut(cols[1], "/")
	if !ok || words == "" {
		return nil, fmt.Errorf("trigger %q: want LEMMA/POS, such as criticize/VERB", cols[1])
	}
	switch pos {
	case "VERB", "NOUN", "ADJ":
		f.POS = pos
	default:
		return nil, fmt.Errorf("trigger %q: part of speech %q, want VERB, NOUN or ADJ", cols[1], pos)
	}
	ws := strings.Fields(words)
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsUpper(r) {
				return nil, fmt.Errorf("trigger %q: %q has a capital letter; lemmas are lower case and proper nouns are never triggers", cols[1], w)
			}
		}
	}
	f.Lemma, f.Extra = ws[0], ws[1:]
	if cols[2] != "-" {
		for _, spec := range strings.Fields(cols[2]) {
			slot, paths, ok := strings.Cut(spec, "=")
			if !ok || paths == "" {
				return nil, fmt.Errorf("slot %q: want SLOT=PATHS", spec)
			}
			switch slot {
			case Source, Target, Actors, Mediator, Role:
			default:
				return nil, fmt.Errorf("unknown slot %q (want source, target, actors, mediator or role)", slot)
			}
			var groups [][]string
			for _, g := range strings.Split(paths, "+") {
				alts := strings.Split(g, "|")
				for _, p := range alts {
					if p == "" || !validPaths[p] && !isPreposition(p) {
						return nil, fmt.Errorf("slot %q: unknown path %q", spec, p)
					}
				}
				groups = append(groups, alts)
			}
			f.Slots[slot] = groups
		}
	}
	if cols[3] != "-" {
		for _, opt := range strings.Fields(cols[3]) {
			k, v, _ := strings.Cut(opt, "=")
			switch k {
			case "status":
				if v != "start" && v != "end" && v != "hold" {
					return nil, fmt.Errorf("status %q: want start, end or hold", v)
				}
				f.Status = v
			case "planned":
				f.Planned = true
			case "amount":
				f.Amount = true
			case "org":
				f.Org = true
			case "stated":
				f.Stated = true
			case "succession":
				if f.Type != "position" {
					return nil, fmt.Errorf("option succession is for position frames, not %s", f.Type)
				}
				f.Succession = true
			case "role":
				if v == "" || strings.ToLower(v) != v {
					return nil, fmt.Errorf("role %q: want a lower-case word (underscores for spaces)", v)
				}
				f.Role = strings.ReplaceAll(v, "_", " ")
			case "not":
				// not=score|account: the trigger does not fire with a
				// dependent of these lemmas ("settled scores with").
				for _, w := range strings.Split(v, "|") {
					if w == "" || strings.ToLower(w) != w {
						return nil, fmt.Errorf("not %q: want lower-case lemmas joined by |", v)
					}
					f.Not = append(f.Not, w)
				}
			case "conf":
				c, err := strconv.ParseFloat(v, 64)
				if err != nil || c <= 0 || c > 1 {
					return nil, fmt.Errorf("conf %q: want a number in (0, 1]", v)
				}
				f.Conf = c
			default:
				return nil, fmt.Errorf("unknown option %q (want status=, planned, amount, org, succession, role=, not= or conf=)", opt)
			}
		}
	}
	if f.Type == "position" && f.Status == "" {
		f.Status = "hold"
	}
	f.defaults()
	return f, nil
}

// isPreposition reports whether p can be a path naming a preposition: one
// lower-case word of letters.
func isPreposition(p string) bool {
	for _, r := range p {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(p) > 1
}

// defaults fills the slots a frame leaves unsaid from its type and part
// of speech.
func (f *Frame) defaults() {
	undirected := f.Type == "meet" || f.Type == "reconcile"
	set := func(slot, spec string) {
		if _, ok := f.Slots[slot]; ok {
			return
		}
		var groups [][]string
		for _, g := range strings.Split(spec, "+") {
			groups = append(groups, strings.Split(g, "|"))
		}
		f.Slots[slot] = groups
	}
	switch {
	case f.Type == "position" && f.POS == "NOUN":
		set(Source, "poss|compound")
		set(Target, "at|of|for|with")
	case f.Type == "position":
		set(Source, "subj")
		set(Target, "at|of|from|for|with|to")
	case undirected && f.POS == "NOUN":
		set(Actors, "poss+with+between")
		if f.Type == "reconcile" {
			set(Mediator, "subj") // "brokered the reconciliation between …"
		}
	case undirected:
		set(Actors, "subj+obj+with")
	case f.POS == "NOUN":
		set(Source, "poss|by|from")
		set(Target, "of|to|for|against|on|at|in|about|toward|behind")
	case f.POS == "ADJ":
		set(Source, "subj")
		set(Target, "of|to|toward|with")
	default:
		set(Source, "subj")
		set(Target, "obj")
	}
}
