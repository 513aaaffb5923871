package sqlite

import (
	"context"

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
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 16)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND a.removed IS NULL ORDER BY rank LIMIT ?`, match, limit)
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
