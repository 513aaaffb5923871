// Package sqlite implements powermap.Store on an embedded SQLite database
// (modernc.org/sqlite: pure Go, no cgo), in WAL mode, with versioned schema
// migrations embedded in the binary.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/powermap/powermap"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is a powermap.Store backed by one SQLite file.
type DB struct {
	db   *sql.DB
	path string
}

var _ powermap.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)", "busy_timeout(10000)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &DB{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// SQL exposes the database to the packages of this module that query it
// directly (benchmarks, tests).
func (s *DB) SQL() *sql.DB { return s.db }

// migrate applies, in order and each in its own transaction, the embedded
// migrations newer than the database's user_version.
func (s *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var current int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("not a powermap database (or unreadable): %w", err)
	}
	if current > len(names) {
		return fmt.Errorf("database schema version %d is newer than this powermap (%d); upgrade powermap", current, len(names))
	}
	for i, name := range names {
		version := i + 1
		if n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0]); err != nil || n != version {
			return fmt.Errorf("migration %s is out of sequence", name)
		}
		if version <= current {
			continue
		}
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// PutArticle stores a with its blocks and posts in one transaction, unless
// an article with the same canonical URL or the same normalised text is
// there already.
func (s *DB) PutArticle(ctx context.Context, a *powermap.Article) (powermap.PutResult, error) {
	key := powermap.TextKey(a.Text)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return powermap.PutResult{}, err
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE text_key = ? OR (url IS NOT NULL AND url = ?) LIMIT 1`, key, nullString(a.URL)).Scan(&id)
	switch {
	case err == nil:
		a.ID = id
		return powermap.PutResult{ID: id, Duplicate: true}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return powermap.PutResult{}, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles (name, source, url, title, outlet, byline, dateline, published, format, text, text_key, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Name, a.Source, nullString(a.URL), a.Title, a.Outlet, a.Byline, a.Dateline, a.PublishedString(), a.Format, a.Text, key,
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return powermap.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return powermap.PutResult{}, err
	}
	for i, b := range a.Blocks {
		if _, err := tx.ExecContext(ctx, `INSERT INTO blocks (article_id, seq, kind, start, end) VALUES (?, ?, ?, ?, ?)`, id, i, string(b.Kind), b.Start, b.End); err != nil {
			return powermap.PutResult{}, fmt.Errorf("insert block: %w", err)
		}
	}
	for i, p := range a.Posts {
		posted := ""
		if !p.Posted.IsZero() {
			posted = p.Posted.Format("2006-01-02")
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO posts (article_id, seq, author, handle, posted, start, end, text_start, text_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, p.Author, p.Handle, posted, p.Start, p.End, p.TextStart, p.TextEnd); err != nil {
			return powermap.PutResult{}, fmt.Errorf("insert post: %w", err)
		}
	}
	if a.Facts != nil {
		if err := putFacts(ctx, tx, id, a.Facts); err != nil {
			return powermap.PutResult{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return powermap.PutResult{}, err
	}
	a.ID = id
	return powermap.PutResult{ID: id}, nil
}

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
		row = s.db.QueryRowContext(ctx, q+`a.id = ?`, id)
	} else {
		row = s.db.QueryRowContext(ctx, q+`a.name = ? OR a.url = ? ORDER BY a.id LIMIT 1`, ref, ref)
	}
	var a powermap.Article
	var published string
	err := row.Scan(&a.ID, &a.Name, &a.Source, &a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Dateline, &published, &a.Format, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
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
	rows, err := s.db.QueryContext(ctx, `SELECT kind, start, end FROM blocks WHERE article_id = ? ORDER BY seq`, a.ID)
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
	rows, err = s.db.QueryContext(ctx, `SELECT author, handle, posted, start, end, text_start, text_end FROM posts WHERE article_id = ? ORDER BY seq`, a.ID)
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
		FROM articles a ORDER BY a.id`)
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
