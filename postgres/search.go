package postgres

import (
	"context"
	"strconv"
	"strings"
	"unicode"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
)

// Search finds articles matching q, best first, in the search syntax every
// store reads (sqlstore.ParseSearch): words, "phrases", OR, AND, a NOT b,
// prefix*. Each word and phrase is tokenized by PostgreSQL as the articles
// were (phraseto_tsquery, 'simple' configuration), so user text never
// breaks tsquery syntax; the snippet marks matches with [ and ].
func (s *DB) Search(ctx context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	terms, err := sqlstore.ParseSearch(q)
	if err != nil {
		return nil, err
	}
	expr, args := tsquery(terms)
	if expr == "" {
		return []powermap.SearchHit{}, nil
	}
	n := len(args)
	// As on SQLite, ranking every match costs as much as there are
	// matches: the best are chosen among the SearchCandidates most
	// recently stored, and only the page gets snippets.
	rows, err := s.db.QueryContext(ctx, `WITH x AS (SELECT `+expr+` AS q),
		m AS (SELECT a.id, ts_rank(a.tsv, x.q) AS rank FROM articles a, x
			WHERE a.tsv @@ x.q AND a.removed IS NULL ORDER BY a.id DESC LIMIT $`+strconv.Itoa(n+1)+`)
		SELECT a.id, a.name, a.title, a.outlet, a.published,
		ts_headline('simple', a.text, x.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "')
		FROM m JOIN articles a ON a.id = m.id, x
		ORDER BY m.rank DESC, a.id LIMIT $`+strconv.Itoa(n+2), append(args, sqlstore.SearchCandidates, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.SearchHit{}
	for rows.Next() {
		var h powermap.SearchHit
		if err := rows.Scan(&h.ArticleID, &h.Name, &h.Title, &h.Outlet, &h.Published, &h.Snippet); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// tsquery builds a tsquery expression from parsed search terms, with its
// arguments ($1…): adjacent terms and AND are &&, OR is ||, a NOT b is
// a && !!b. tsquery's precedence (!! over && over ||) is FTS5's (NOT over
// AND over OR), so a query means the same on both stores.
func tsquery(terms []sqlstore.SearchTerm) (string, []any) {
	var b strings.Builder
	var args []any
	prevTerm := false
	for _, t := range terms {
		switch t.Op {
		case "OR":
			b.WriteString(" || ")
			prevTerm = false
			continue
		case "AND":
			b.WriteString(" && ")
			prevTerm = false
			continue
		case "NOT":
			b.WriteString(" && !!")
			prevTerm = false
			continue
		}
		if prevTerm {
			b.WriteString(" && ")
		}
		prevTerm = true
		if t.Prefix {
			if p := prefixQuery(t.Text); p != "" {
				args = append(args, p)
				b.WriteString("to_tsquery('simple', $" + strconv.Itoa(len(args)) + ")")
				continue
			}
		}
		args = append(args, t.Text)
		b.WriteString("phraseto_tsquery('simple', $" + strconv.Itoa(len(args)) + ")")
	}
	return b.String(), args
}

// prefixQuery is the tsquery text of a prefix search for word: its words
// (letters and digits) as a phrase, the last one a prefix ("harb" →
// 'harb':*), or "" when it has no word.
func prefixQuery(word string) string {
	words := strings.FieldsFunc(strings.ToLower(word), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return ""
	}
	for i, w := range words {
		words[i] = "'" + w + "'"
	}
	return strings.Join(words, " <-> ") + ":*"
}
