package sqlstore

import (
	"context"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// ArticlePage lists articles newest first (by publication; unknown dates
// last, then the latest stored first), offset and limit paging them, with
// the number of events and of people and organizations found in each, and
// the total number of articles.
func (s *DB) ArticlePage(ctx context.Context, offset, limit int) ([]query.ArticleItem, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE removed IS NULL`).Scan(&total); err != nil {
		return nil, 0, err
	}
	kinds := make([]string, len(powermap.CountedBoilerplateKinds))
	for i, k := range powermap.CountedBoilerplateKinds {
		kinds[i] = "'" + string(k) + "'"
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`,
		(SELECT count(*) FROM posts p WHERE p.article_id = a.id),
		(SELECT count(*) FROM blocks b WHERE b.article_id = a.id AND b.kind IN (`+strings.Join(kinds, ", ")+`)),
		(SELECT count(*) FROM events e WHERE e.article_id = a.id),
		(SELECT count(*) FROM entities e WHERE e.article_id = a.id)
		FROM articles a WHERE a.removed IS NULL ORDER BY a.published = '', a.published DESC, a.id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []query.ArticleItem{}
	for rows.Next() {
		var a query.ArticleItem
		if err := rows.Scan(&a.ID, &a.Name, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Dateline, &a.Published, &a.Posts, &a.Boilerplate,
			&a.Events, &a.People); err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

// ArticleLinks tells, for article id, the merged event each of its events
// went into (by index in its facts' Events) and the canonical name of each
// entity it names (by index in People followed by Organizations).
func (s *DB) ArticleLinks(ctx context.Context, id int64) (map[int]int64, map[int]string, error) {
	events := map[int]int64{}
	rows, err := s.db.QueryContext(ctx, `SELECT seq, canon_event_id FROM events WHERE article_id = ? AND canon_event_id IS NOT NULL`, id)
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var seq int
		var ce int64
		if err := rows.Scan(&seq, &ce); err != nil {
			rows.Close()
			return nil, nil, err
		}
		events[seq] = ce
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	entities := map[int]string{}
	rows, err = s.db.QueryContext(ctx, `SELECT e.seq, c.name FROM entities e JOIN canon_entities c ON c.id = e.canon_id WHERE e.article_id = ?`, id)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var seq int
		var name string
		if err := rows.Scan(&seq, &name); err != nil {
			return nil, nil, err
		}
		entities[seq] = name
	}
	return events, entities, rows.Err()
}
