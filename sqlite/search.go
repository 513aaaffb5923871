package sqlite

import (
	"context"
	"database/sql"
	"sort"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
)

// Limits on a search, whose cost in SQLite's FTS5 grows faster than the
// number of its terms.
const (
	MaxSearchBytes = sqlstore.MaxSearchBytes
	MaxSearchTerms = sqlstore.MaxSearchTerms
)

// Search finds articles matching q (words, "phrases", OR, NOT, prefix*),
// best first. Words are quoted so that user text cannot break FTS syntax;
// a query FTS5 cannot run, or one over the limits, is an error wrapping
// ErrInvalid.
func (s *DB) Search(ctx context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	parts, err := sqlstore.ParseSearch(q)
	if err != nil {
		return nil, err
	}
	match, err := sqlstore.FTS5Query(q)
	if err != nil {
		return nil, err
	}
	if match == "" {
		return []powermap.SearchHit{}, nil
	}
	// Ranking every match costs as much as there are matches: the best
	// are chosen among the SearchCandidates most recently stored. FTS5's
	// bm25() would count each term's matches in the whole table to weigh
	// it (every article, for a common word): the candidates are scored
	// here instead, the same way, with the terms weighed among them
	// (rankDocs). Their snippets are cut here too, from the text read
	// for ranking (FTS5's snippet() read and tokenized each text again,
	// a third of a search's time).
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.title, a.outlet, a.published, a.text FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT ?) m JOIN articles a ON a.id = m.rowid WHERE a.removed IS NULL`, match, SearchCandidates)
	if err != nil {
		return nil, err
	}
	type cand struct {
		hit  powermap.SearchHit
		text string
	}
	var cands []cand
	for rows.Next() {
		var c cand
		h := &c.hit
		if err := rows.Scan(&h.ArticleID, &h.Name, &h.Title, &h.Outlet, &h.Published, &c.text); err != nil {
			rows.Close()
			return nil, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(cands) == 0 {
		return []powermap.SearchHit{}, err
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].hit.ArticleID > cands[j].hit.ArticleID }) // newest first
	docs := make([]string, len(cands))
	for i, c := range cands {
		docs[i] = c.hit.Title + "\n" + c.text
	}
	terms := rankTerms(parts)
	scores := rankDocs(terms, docs)
	best := make([]int, len(cands))
	for i := range best {
		best[i] = i
	}
	sort.SliceStable(best, func(i, j int) bool { return scores[best[i]] > scores[best[j]] }) // then newest first
	out := make([]powermap.SearchHit, 0, min(limit, len(best)))
	for _, i := range best[:min(limit, len(best))] {
		h := cands[i].hit
		h.Snippet = snippet(cands[i].text, terms, snippetTokens)
		out = append(out, h)
	}
	return out, nil
}

// SearchCandidates is the most matches of a search that are ranked.
const SearchCandidates = sqlstore.SearchCandidates

// column reads the one int64 column of rows.
func column(rows *sql.Rows, err error) ([]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
