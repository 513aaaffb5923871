package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A Seed is a hand-chosen synset for one event type.
type Seed struct {
	Type  string // meet fund support oppose threaten position reconcile
	Sense string // lemma.pos.N, as the wn tool numbers senses
	Depth int    // how many levels of hyponyms to follow (0: none)
	Deriv bool   // follow derivational links to nouns and adjectives
	Opts  string // options for the candidates ("-" or e.g. "status=end")
}

// A Candidate is one proposed frame line and where it came from.
type Candidate struct {
	Type, Lemma, POS, Slots, Opts string
	From                          string // synset key
	Rel                           string // syn, hypo1, hypo2, deriv
	Gloss                         string
}

// Trigger is the frame's TRIGGER field.
func (c Candidate) Trigger() string { return c.Lemma + "/" + c.POS }

// Line is the candidate in frames.txt format, preceded by a comment that
// says where it came from.
func (c Candidate) Line() string {
	g := c.Gloss
	if i := strings.Index(g, ";"); i > 0 {
		g = g[:i]
	}
	if len(g) > 70 {
		g = g[:70] + "…"
	}
	return fmt.Sprintf("# %s %s: %s\n%s\t%s\t%s\t%s\n", c.Rel, c.From, g, c.Type, c.Trigger(), c.Slots, c.Opts)
}

var posName = map[byte]string{'v': "VERB", 'n': "NOUN", 'a': "ADJ", 's': "ADJ"}

// preps that end a WordNet multiword verb ("plump for", "rail against")
// mark an oblique, not part of the trigger: it becomes a slot path.
var slotPreps = map[string]bool{
	"for": true, "with": true, "at": true, "against": true, "on": true, "to": true,
	"into": true, "upon": true, "about": true, "of": true, "after": true, "over": true,
	"from": true, "as": true,
}

// frameOf turns a WordNet lemma into a trigger and slots for an event type.
// A trailing preposition becomes the target (or an actor) path; a word
// such as "someone" or "one's" in the lemma is dropped.
func frameOf(typ, lemma string, pos byte) (trigger, slots string) {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(lemma)) {
		switch w {
		case "someone", "somebody", "something", "one's", "oneself", "a", "an", "the":
			continue
		}
		words = append(words, w)
	}
	slots = "-"
	if pos == 'v' && len(words) > 1 && slotPreps[words[len(words)-1]] {
		p := words[len(words)-1]
		words = words[:len(words)-1]
		if typ == "meet" || typ == "reconcile" {
			slots = "actors=subj+" + p
		} else {
			slots = "target=" + p
		}
	}
	return strings.Join(words, " "), slots
}

// Expand follows each seed's synonyms, hyponyms (to the seed's depth) and
// derivational links, and returns the candidates, first occurrence first.
func Expand(db *DB, seeds []Seed) ([]Candidate, error) {
	var out []Candidate
	seen := map[string]bool{}
	add := func(seed Seed, s *Synset, lemma string, pos byte, rel string) {
		if lemma == "" || strings.ToLower(lemma) != lemma { // proper nouns are never triggers
			return
		}
		if len(strings.Fields(lemma)) > 3 {
			return
		}
		trig, slots := frameOf(seed.Type, lemma, pos)
		if trig == "" {
			return
		}
		c := Candidate{Type: seed.Type, Lemma: trig, POS: posName[pos], Slots: slots, Opts: seed.Opts,
			From: s.Key(), Rel: rel, Gloss: s.Gloss}
		if rel != "syn" && rel != "deriv" {
			c.Opts = withConf(c.Opts, "conf=0.6")
		}
		k := c.Type + "\t" + c.Trigger() + "\t" + c.Slots
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, c)
	}
	for _, seed := range seeds {
		root, err := db.Sense(seed.Sense)
		if err != nil {
			return nil, err
		}
		type item struct {
			s     *Synset
			depth int
		}
		queue := []item{{root, 0}}
		visited := map[int]bool{root.Offset: true}
		for len(queue) > 0 {
			it := queue[0]
			queue = queue[1:]
			rel := "syn"
			if it.depth > 0 {
				rel = fmt.Sprintf("hypo%d", it.depth)
			}
			for _, w := range it.s.Words {
				add(seed, it.s, w.Lemma, it.s.POS, rel)
			}
			if seed.Deriv {
				for _, d := range Derived(db, it.s) {
					add(seed, d.s, d.lemma, d.s.POS, "deriv")
				}
			}
			if it.depth < seed.Depth {
				for _, p := range it.s.Ptrs {
					if p.Symbol != "~" || visited[p.Offset] {
						continue
					}
					visited[p.Offset] = true
					if h := db.Synset(p.POS, p.Offset); h != nil {
						queue = append(queue, item{h, it.depth + 1})
					}
				}
			}
		}
	}
	return out, nil
}

type derived struct {
	s     *Synset
	lemma string
}

// Derived follows the derivationally related form pointers ("+") of a
// synset's words to nouns and adjectives, and from those nouns on to
// adjectives ("criticize" -> "criticism" -> "critical").
func Derived(db *DB, s *Synset) []derived {
	var out []derived
	seen := map[string]bool{}
	var walk func(s *Synset, hop int)
	walk = func(s *Synset, hop int) {
		for _, p := range s.Ptrs {
			if p.Symbol != "+" || p.POS == 'v' || p.POS == 'r' || p.Tgt == 0 {
				continue
			}
			if hop > 0 && p.POS == 'n' {
				continue
			}
			t := db.Synset(p.POS, p.Offset)
			if t == nil || p.Tgt > len(t.Words) {
				continue
			}
			w := t.Words[p.Tgt-1].Lemma
			k := fmt.Sprintf("%s/%c", w, filePOS(p.POS))
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, derived{t, w})
			if hop == 0 && p.POS == 'n' {
				walk(t, 1)
			}
		}
	}
	walk(s, 0)
	return out
}

func withConf(opts, conf string) string {
	if opts == "" || opts == "-" {
		return conf
	}
	if strings.Contains(opts, "conf=") {
		return opts
	}
	return opts + " " + conf
}

// Write prints the candidates grouped by type, in the order of types.
func Write(w io.Writer, cands []Candidate, wnVersion string) error {
	fmt.Fprintf(w, "# Candidate frames generated by internal/framegen from %s.\n", wnVersion)
	fmt.Fprintf(w, "# Each line is preceded by the relation (syn, hypoN, deriv) and the synset it came from.\n")
	fmt.Fprintf(w, "# These are candidates: curate them by hand into extract/rules/frames.txt.\n")
	order := map[string]int{}
	for i, t := range Types {
		order[t] = i
	}
	sorted := append([]Candidate(nil), cands...)
	sort.SliceStable(sorted, func(i, j int) bool { return order[sorted[i].Type] < order[sorted[j].Type] })
	last := ""
	for _, c := range sorted {
		if c.Type != last {
			fmt.Fprintf(w, "\n# ---- %s\n", c.Type)
			last = c.Type
		}
		if _, err := io.WriteString(w, c.Line()); err != nil {
			return err
		}
	}
	return nil
}

// Types are the event types in the order frames.txt lists them.
var Types = []string{"meet", "fund", "support", "oppose", "threaten", "position", "reconcile"}
