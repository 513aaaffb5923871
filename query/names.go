package query

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/powermap/powermap"
)

// entity resolves a name or alias to its canonical entity. When none has
// it, the error (wrapping ErrNotFound) lists the people a surname or first
// name could mean ("Miller: Katie Miller or Stephen Miller?") or suggests
// names spelled alike ("did you mean Elon Musk?").
func (s *Service) entity(ctx context.Context, ref string) (*powermap.CanonicalEntity, error) {
	e, err := s.Store.Entity(ctx, ref)
	if err == nil || !errors.Is(err, powermap.ErrNotFound) {
		return e, err
	}
	all, lerr := s.Store.Entities(ctx, "", 5000)
	if lerr != nil {
		return nil, err
	}
	if c := candidates(ref, all); len(c) > 1 {
		return nil, fmt.Errorf("%w: %q could be %s: give the full name", powermap.ErrNotFound, ref, orList(c))
	} else if len(c) == 1 {
		return s.Store.Entity(ctx, c[0])
	}
	if sug := suggest(ref, all); len(sug) > 0 {
		return nil, fmt.Errorf("%w: nobody named %q; did you mean %s?", powermap.ErrNotFound, ref, orList(sug))
	}
	return nil, fmt.Errorf("%w: nobody named %q", powermap.ErrNotFound, ref)
}

// candidates are the entities one of whose names has ref as a whole word
// ("Miller" in "Katie Miller"), most reported first.
func candidates(ref string, all []powermap.CanonicalEntity) []string {
	ref = strings.ToLower(strings.TrimSpace(ref))
	if ref == "" {
		return nil
	}
	var out []string
	for _, e := range all {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if hasWord(strings.ToLower(n), ref) {
				out = append(out, e.Name)
				break
			}
		}
	}
	return out
}

func hasWord(name, w string) bool {
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '.' || r == ',' }) {
		if f == w {
			return true
		}
	}
	return strings.Contains(w, " ") && strings.Contains(name, w)
}

// suggest returns up to three entity names within a small edit distance of
// ref (or of one of their words), closest first.
func suggest(ref string, all []powermap.CanonicalEntity) []string {
	ref = strings.ToLower(strings.TrimSpace(ref))
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	limit := max(1, len([]rune(ref))/4)
	for _, e := range all {
		best := -1
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			n = strings.ToLower(n)
			words := append([]string{n}, strings.Fields(n)...)
			for _, w := range words {
				if d := distance(ref, w); best < 0 || d < best {
					best = d
				}
			}
		}
		if best >= 0 && best <= limit {
			cs = append(cs, cand{e.Name, best})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// distance is the Levenshtein distance of a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func orList(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
