package sqlite

import (
	"context"
	"database/sql"
	"slices"
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
	match, err := sqlstore.FTS5Query(q)
	if err != nil {
		return nil, err
	}
	if match == "" {
		return []powermap.SearchHit{}, nil
	}
	// Ranking every match costs as much as there are matches: the best
	// are chosen among the SearchCandidates most recently stored, then
	// only those get snippets.
	ids, err := column(s.db.QueryContext(ctx, `SELECT m.rowid FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT ?) m JOIN articles a ON a.id = m.rowid WHERE a.removed IS NULL ORDER BY m.rank, m.rowid DESC LIMIT ?`, match, SearchCandidates, limit))
	if err != nil || len(ids) == 0 {
		return []powermap.SearchHit{}, err
	}
	// The range of rowids lets FTS5 read only the candidates' part of
	// the index.
	args := []any{match, slices.Min(ids), slices.Max(ids)}
	order := map[int64]int{}
	for i, id := range ids {
		args = append(args, id)
		order[id] = i
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 16)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?
		AND articles_fts.rowid IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]powermap.SearchHit, len(ids))
	for rows.Next() {
		var h powermap.SearchHit
		if err := rows.Scan(&h.ArticleID, &h.Name, &h.Title, &h.Outlet, &h.Published, &h.Snippet); err != nil {
			return nil, err
		}
		out[order[h.ArticleID]] = h
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
