package sqlstore

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/powermap/powermap"
)

// Limits on a search, whose cost in a full-text engine grows faster than
// the number of its terms.
const (
	MaxSearchBytes = 1000
	MaxSearchTerms = 32
)

// SearchCandidates is the most matches of a search that a store ranks: a
// search that matches more articles ranks the ones stored last.
const SearchCandidates = 500

// SearchTerm is one element of a parsed search: an operator (Op is OR,
// AND or NOT) or a word or phrase (Text), which Prefix makes a prefix.
type SearchTerm struct {
	Op     string
	Text   string
	Prefix bool
}

// ParseSearch reads user text as a search: "quoted phrases" stay phrases,
// OR, AND and NOT between terms stay operators, a trailing * stays a
// prefix; every other word is a word. Operators that cannot be read as
// the user meant them are errors, not silently dropped: NOT without a term
// on either side (there is no "everything but"), an operator right after
// another. An OR or AND with nothing on one side is ignored. Queries over
// MaxSearchBytes or MaxSearchTerms are refused. Every store reads searches
// with it, so that one query finds the same on SQLite and PostgreSQL.
func ParseSearch(q string) ([]SearchTerm, error) {
	if len(q) > MaxSearchBytes {
		return nil, fmt.Errorf("%w: the search is %d bytes long; at most %d are searched", powermap.ErrInvalid, len(q), MaxSearchBytes)
	}
	// SQL strings end at a NUL byte (and PostgreSQL refuses them).
	q = strings.ReplaceAll(q, "\x00", " ")
	var parts []SearchTerm
	terms := 0
	isOp := func(s string) bool { return s == "OR" || s == "AND" || s == "NOT" }
	add := func(p SearchTerm) error {
		if p.Op != "" {
			switch {
			case len(parts) == 0 && p.Op == "NOT":
				return fmt.Errorf("%w: NOT needs a term before it, as in: harbor NOT club", powermap.ErrInvalid)
			case len(parts) == 0:
				return nil // a leading OR or AND joins nothing: ignore it
			case parts[len(parts)-1].Op != "":
				return fmt.Errorf("%w: %s cannot follow %s", powermap.ErrInvalid, p.Op, parts[len(parts)-1].Op)
			}
		} else if terms++; terms > MaxSearchTerms {
			return fmt.Errorf("%w: at most %d terms are searched", powermap.ErrInvalid, MaxSearchTerms)
		}
		parts = append(parts, p)
		return nil
	}
	for len(q) > 0 {
		q = strings.TrimLeft(q, " \t\n\r")
		if q == "" {
			break
		}
		var err error
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				end = len(q) - 1
			}
			phrase := strings.ReplaceAll(q[1:1+end], `"`, "")
			if hasToken(phrase) {
				err = add(SearchTerm{Text: phrase})
			}
			q = q[min(len(q), end+2):]
			if err != nil {
				return nil, err
			}
			continue
		}
		w := q
		if i := strings.IndexAny(q, " \t\n\r"); i >= 0 {
			w, q = q[:i], q[i:]
		} else {
			q = ""
		}
		switch {
		case isOp(w):
			err = add(SearchTerm{Op: w})
		case !hasToken(w):
			// Punctuation alone: no engine finds a word in it, and a
			// phrase without words would match nothing.
		case strings.HasSuffix(w, "*"):
			err = add(SearchTerm{Text: strings.ReplaceAll(strings.TrimRight(w, "*"), `"`, ""), Prefix: true})
		default:
			err = add(SearchTerm{Text: strings.ReplaceAll(w, `"`, "")})
		}
		if err != nil {
			return nil, err
		}
	}
	if n := len(parts); n > 0 && parts[n-1].Op == "NOT" {
		return nil, fmt.Errorf("%w: NOT needs a term after it, as in: harbor NOT club", powermap.ErrInvalid)
	}
	for n := len(parts); n > 0 && parts[n-1].Op != ""; n-- {
		parts = parts[:n-1] // a trailing OR or AND joins nothing
	}
	return parts, nil
}

// FTS5Query turns user text into an SQLite FTS5 query (ParseSearch), every
// word and phrase quoted so that user text cannot break FTS5 syntax.
func FTS5Query(q string) (string, error) {
	terms, err := ParseSearch(q)
	if err != nil {
		return "", err
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		switch {
		case t.Op != "":
			parts[i] = t.Op
		case t.Prefix:
			parts[i] = `"` + t.Text + `"*`
		default:
			parts[i] = `"` + t.Text + `"`
		}
	}
	return strings.Join(parts, " "), nil
}

// hasToken reports whether s has a letter or digit, which full-text
// tokenizers make a word of.
func hasToken(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
