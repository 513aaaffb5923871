package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strings"

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
	// are chosen among the SearchCandidates most recently stored, then
	// only those get snippets. FTS5's bm25() would count each term's
	// matches in the whole table to weigh it (every article, for a
	// common word): the candidates are scored here instead, the same
	// way, with the terms weighed among them (rankDocs).
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.text FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT ?) m JOIN articles a ON a.id = m.rowid WHERE a.removed IS NULL ORDER BY a.id DESC`, match, SearchCandidates)
	if err != nil {
		return nil, err
	}
	var cands []int64
	var docs []string
	for rows.Next() {
		var id int64
		var title, text string
		if err := rows.Scan(&id, &title, &text); err != nil {
			rows.Close()
			return nil, err
		}
		cands = append(cands, id)
		docs = append(docs, title+"\n"+text)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(cands) == 0 {
		return []powermap.SearchHit{}, err
	}
	scores := rankDocs(rankTerms(parts), docs)
	best := make([]int, len(cands))
	for i := range best {
		best[i] = i
	}
	sort.SliceStable(best, func(i, j int) bool { return scores[best[i]] > scores[best[j]] }) // then newest first
	ids := make([]int64, 0, min(limit, len(best)))
	for _, i := range best[:min(limit, len(best))] {
		ids = append(ids, cands[i])
	}
	// The range of rowids lets FTS5 read only the candidates' part of
	// the index, in one pass; snippets are made for the best only. (A
	// constraint "rowid IN (…)" would make FTS5 look each id up anew.)
	want := map[int64]int{}
	in := make([]any, 0, len(ids))
	for i, id := range ids {
		want[id] = i
		in = append(in, id)
	}
	args := append(append([]any{}, in...), match, slices.Min(ids), slices.Max(ids))
	rows, err = s.db.QueryContext(ctx, `SELECT x.rowid, x.snip, a.name, a.title, a.outlet, a.published FROM
		(SELECT rowid, CASE WHEN rowid IN (?`+strings.Repeat(", ?", len(ids)-1)+`) THEN snippet(articles_fts, 1, '[', ']', '…', 16) END AS snip
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?) x JOIN articles a ON a.id = x.rowid WHERE x.snip IS NOT NULL`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]powermap.SearchHit, len(ids))
	for rows.Next() {
		var h powermap.SearchHit
		if err := rows.Scan(&h.ArticleID, &h.Snippet, &h.Name, &h.Title, &h.Outlet, &h.Published); err != nil {
			return nil, err
		}
		if i, ok := want[h.ArticleID]; ok {
			out[i] = h
		}
	}
	return out, rows.Err()
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
