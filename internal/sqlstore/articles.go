package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap"
)

// setPending records, in tx, that stored articles await resolution.
func setPending(ctx context.Context, tx *Tx) error {
	_, err := tx.ExecKept(ctx, `INSERT INTO state (key, value) VALUES ('resolve_pending', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
	return err
}

// clearPending records, in tx, that everything stored is resolved.
func clearPending(ctx context.Context, tx *Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM state WHERE key = 'resolve_pending'`)
	return err
}

// ResolvePending reports whether articles were stored (or their facts
// replaced) since the last resolution finished: a resolution was
// interrupted, or never ran.
func (s *DB) ResolvePending(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM state WHERE key = 'resolve_pending'`).Scan(&n)
	return n > 0, err
}

// PutArticle stores a with its blocks and posts in one transaction, unless
// an article with the same canonical URL or the same normalised text is
// there already.
func (s *DB) PutArticle(ctx context.Context, a *powermap.Article) (powermap.PutResult, error) {
	key := powermap.TextKey(a.Text)
	var out powermap.PutResult
	err := s.put(ctx, func(tx *Tx) error {
		var err error
		out, err = putArticle(ctx, tx, a, key)
		return err
	})
	if err != nil {
		return powermap.PutResult{}, err
	}
	a.ID = out.ID
	return out, nil
}

// putArticle stores a in tx, unless it is a duplicate.
func putArticle(ctx context.Context, tx *Tx, a *powermap.Article, key string) (powermap.PutResult, error) {
	var id int64
	err := tx.QueryRowKept(ctx, `SELECT id FROM articles WHERE text_key = ? UNION ALL SELECT id FROM articles WHERE url = ? LIMIT 1`, key, nullString(a.URL)).Scan(&id)
	switch {
	case err == nil:
		return powermap.PutResult{ID: id, Duplicate: true}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return powermap.PutResult{}, err
	}
	err = tx.QueryRowKept(ctx, `INSERT INTO articles (name, source, url, title, outlet, byline, dateline, published, format, text, text_key, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		a.Name, a.Source, nullString(a.URL), a.Title, a.Outlet, a.Byline, a.Dateline, a.PublishedString(), a.Format, a.Text, key,
		time.Now().UTC().Format(time.RFC3339)).Scan(&id)
	if err != nil {
		return powermap.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	blocks := newInserter("blocks", `article_id, seq, kind, start, "end"`, "")
	for i, b := range a.Blocks {
		if err := blocks.add(ctx, tx, id, i, string(b.Kind), b.Start, b.End); err != nil {
			return powermap.PutResult{}, fmt.Errorf("insert block: %w", err)
		}
	}
	if err := blocks.flush(ctx, tx); err != nil {
		return powermap.PutResult{}, fmt.Errorf("insert block: %w", err)
	}
	posts := newInserter("posts", `article_id, seq, author, handle, posted, start, "end", text_start, text_end`, "")
	for i, p := range a.Posts {
		posted := ""
		if !p.Posted.IsZero() {
			posted = p.Posted.Format("2006-01-02")
		}
		if err := posts.add(ctx, tx, id, i, p.Author, p.Handle, posted, p.Start, p.End, p.TextStart, p.TextEnd); err != nil {
			return powermap.PutResult{}, fmt.Errorf("insert post: %w", err)
		}
	}
	if err := posts.flush(ctx, tx); err != nil {
		return powermap.PutResult{}, fmt.Errorf("insert post: %w", err)
	}
	if a.Facts != nil {
		if err := putFacts(ctx, tx, id, a.Facts, true); err != nil {
			return powermap.PutResult{}, err
		}
	}
	if err := setPending(ctx, tx); err != nil {
		return powermap.PutResult{}, err
	}
	return powermap.PutResult{ID: id}, nil
}

// nullString is s, or NULL for "".
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

const articleColumns = `a.id, a.name, a.source, COALESCE(a.url, ''), a.title, a.outlet, a.byline, a.dateline, a.published`

// Article returns the article whose id or name is ref.
func (s *DB) Article(ctx context.Context, ref string) (*powermap.Article, error) {
	q := `SELECT ` + articleColumns + `, a.format, a.text FROM articles a WHERE `
	var row *sql.Row
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		row = s.db.QueryRowContext(ctx, q+`a.id = ? AND a.removed IS NULL`, id)
	} else {
		row = s.db.QueryRowContext(ctx, q+`(a.name = ? OR a.url = ?) AND a.removed IS NULL ORDER BY a.id LIMIT 1`, ref, ref)
	}
	var a powermap.Article
	var published string
	err := row.Scan(&a.ID, &a.Name, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Dateline, &published, &a.Format, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		if r, ferr := findArticle(ctx, s.db, ref); ferr == nil && r.removed != 0 {
			return nil, fmt.Errorf("article %q was removed by curation #%d (powermap curation undo %d brings it back): %w", ref, r.removed, r.removed, powermap.ErrNotFound)
		}
		return nil, fmt.Errorf("article %q: %w", ref, powermap.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	a.Published, a.PublishedPrecision, _ = powermap.ParseTime(published)
	if err := s.loadParts(ctx, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// loadParts reads an article's blocks and posts.
func (s *DB) loadParts(ctx context.Context, a *powermap.Article) error {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, start, "end" FROM blocks WHERE article_id = ? ORDER BY seq`, a.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var b powermap.Block
		var kind string
		if err := rows.Scan(&kind, &b.Start, &b.End); err != nil {
			rows.Close()
			return err
		}
		b.Kind = powermap.BlockKind(kind)
		a.Blocks = append(a.Blocks, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT author, handle, posted, start, "end", text_start, text_end FROM posts WHERE article_id = ? ORDER BY seq`, a.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var p powermap.Post
		var posted string
		if err := rows.Scan(&p.Author, &p.Handle, &posted, &p.Start, &p.End, &p.TextStart, &p.TextEnd); err != nil {
			return err
		}
		p.Posted, _, _ = powermap.ParseTime(posted)
		a.Posts = append(a.Posts, p)
	}
	return rows.Err()
}

// Articles lists the stored articles in the order they were stored.
func (s *DB) Articles(ctx context.Context) ([]powermap.ArticleSummary, error) {
	kinds := make([]string, len(powermap.CountedBoilerplateKinds))
	for i, k := range powermap.CountedBoilerplateKinds {
		kinds[i] = "'" + string(k) + "'"
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`,
		(SELECT count(*) FROM posts p WHERE p.article_id = a.id),
		(SELECT count(*) FROM blocks b WHERE b.article_id = a.id AND b.kind IN (`+strings.Join(kinds, ", ")+`))
		FROM articles a WHERE a.removed IS NULL ORDER BY a.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.ArticleSummary{}
	for rows.Next() {
		var a powermap.ArticleSummary
		if err := rows.Scan(&a.ID, &a.Name, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Dateline, &a.Published, &a.Posts, &a.Boilerplate); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ArticleTexts reads the articles ids (those stored and not removed) with
// their text and blocks, by id: two queries however many they are.
func (s *DB) ArticleTexts(ctx context.Context, ids []int64) (map[int64]*powermap.Article, error) {
	out := map[int64]*powermap.Article{}
	ids = dedupe(sortedCopy(ids))
	if len(ids) == 0 {
		return out, nil
	}
	in, args := inArgs(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`, a.format, a.text FROM articles a WHERE a.id IN `+in+` AND a.removed IS NULL`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var a powermap.Article
		var published string
		if err := rows.Scan(&a.ID, &a.Name, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Dateline, &published, &a.Format, &a.Text); err != nil {
			rows.Close()
			return nil, err
		}
		a.Published, a.PublishedPrecision, _ = powermap.ParseTime(published)
		out[a.ID] = &a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT article_id, kind, start, "end" FROM blocks WHERE article_id IN `+in+` ORDER BY article_id, seq`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var b powermap.Block
		var kind string
		if err := rows.Scan(&id, &kind, &b.Start, &b.End); err != nil {
			return nil, err
		}
		b.Kind = powermap.BlockKind(kind)
		if a := out[id]; a != nil {
			a.Blocks = append(a.Blocks, b)
		}
	}
	return out, rows.Err()
}
