// Package wordlines holds what the generators of extract/rules lists
// share: splitting two word sets into the words only one holds, and
// writing words as labelled lines ("female Ada Agnes …", "praise adept
// astute …") as the rules files read them.
package wordlines

import (
	"sort"
	"strings"
)

// OneSided returns, sorted, the words only a holds and those only b
// holds, less those skip holds.
func OneSided(a, b, skip map[string]bool) (onlyA, onlyB []string) {
	for w := range a {
		if !b[w] && !skip[w] {
			onlyA = append(onlyA, w)
		}
	}
	for w := range b {
		if !a[w] && !skip[w] {
			onlyB = append(onlyB, w)
		}
	}
	sort.Strings(onlyA)
	sort.Strings(onlyB)
	return onlyA, onlyB
}

// Write writes words to b as lines of about 100 bytes, each opened by
// label.
func Write(b *strings.Builder, label string, words []string) {
	line := label
	for _, w := range words {
		if len(line)+1+len(w) > 100 {
			b.WriteString(line + "\n")
			line = label
		}
		line += " " + w
	}
	if line != label {
		b.WriteString(line + "\n")
	}
}
