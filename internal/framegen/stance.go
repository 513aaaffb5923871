package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/powermap/powermap/internal/wordlines"
)

// StanceWords widens the hand-written words of praise and attack (the
// "praise" and "attack" lines of stance.txt) through WordNet: for each
// seed read as an adjective or a noun, the words of its first sense, and
// for an adjective the words of the senses that first sense is "similar
// to". A word is kept only when its own first sense of that part of
// speech is the sense it was reached through (so that "sharp" for
// "intelligent" is not taken), when it is one lower-case word of letters,
// and when the other list neither holds it nor reaches it. Seeds are
// not repeated.
func StanceWords(db *DB, praise, attack []string) (morePraise, moreAttack []string) {
	reach := func(seeds []string) map[string]bool {
		out := map[string]bool{}
		for _, seed := range seeds {
			for _, pos := range []byte{'a', 'n'} {
				ss := db.Senses(seed, pos)
				if len(ss) == 0 {
					continue
				}
				first := []*Synset{ss[0]}
				if pos == 'a' {
					for _, p := range ss[0].Ptrs {
						if p.Symbol == "&" {
							if t := db.Synset('a', p.Offset); t != nil {
								first = append(first, t)
							}
						}
					}
				}
				for _, s := range first {
					for _, w := range s.Lemmas() {
						if !oneWord(w) {
							continue
						}
						if own := db.Senses(w, pos); len(own) == 0 || own[0] != s {
							continue // another sense comes first
						}
						out[w] = true
					}
				}
			}
		}
		return out
	}
	seed := map[string]bool{}
	for _, w := range append(praise, attack...) {
		seed[w] = true
	}
	return wordlines.OneSided(reach(praise), reach(attack), seed)
}

// oneWord reports whether w is one lower-case word of letters.
func oneWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// readStanceSeeds reads the single words of the "praise" and "attack"
// lines of a stance.txt file.
func readStanceSeeds(path string) (praise, attack []string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "praise":
			praise = append(praise, f[1:]...)
		case "attack":
			attack = append(attack, f[1:]...)
		}
	}
	if len(praise) == 0 || len(attack) == 0 {
		return nil, nil, fmt.Errorf("%s: no praise or attack lines", path)
	}
	return praise, attack, nil
}

// writeStance writes the widened lists to out, in stance.txt's format:
// candidates, from which extract/rules/stance_wordnet.txt is chosen by
// hand.
func writeStance(db *DB, seeds, out string) error {
	praise, attack, err := readStanceSeeds(seeds)
	if err != nil {
		return err
	}
	p, a := StanceWords(db, praise, attack)
	var b strings.Builder
	b.WriteString(`# Candidate words of praise and attack WordNet 3.0 reaches from the
# hand-written ones of extract/rules/stance.txt (internal/framegen,
# stance.go); extract/rules/stance_wordnet.txt holds those chosen by hand.
`)
	wordlines.Write(&b, "praise", p)
	wordlines.Write(&b, "attack", a)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
