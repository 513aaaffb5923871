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
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/powermap/powermap"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is a powermap.Store backed by one SQLite file.
type DB struct {
	db   *sql.DB
	path string
	// writing queues this process's write transactions: one at a time,
	// in turn, rather than all polling SQLite's lock.
	writing chan struct{}
}

var _ powermap.Store = (*DB)(nil)

// How long a write waits for another process to release the database:
// SQLite's own busy wait (busyTimeout) and, beyond it, retries for up to
// maxBusyWait in all. A resolution of a large store holds the lock for
// seconds; a request or ingest must wait its turn, not fail.
var (
	busyTimeout = 5 * time.Second
	maxBusyWait = 10 * time.Minute
)

// maxIdleConns is how many open connections are kept between requests,
// each with its page cache (cache_size, up to 32 MB).
const maxIdleConns = 8

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, true)
}

// OpenExisting opens the database at path, which must exist: a mistyped
// path is an error wrapping powermap.ErrNotFound, never a new empty store.
func OpenExisting(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: %w", path, powermap.ErrNotFound)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return open(ctx, path, false)
}

// open opens the database at path, creating it only if create, and
// migrates it.
func open(ctx context.Context, path string, create bool) (*DB, error) {
	q := url.Values{}
	if !create {
		// SQLite itself refuses to create the file, should it vanish
		// between the check and the open.
		q.Set("mode", "rw")
	}
	// The busy timeout comes first, so that setting WAL mode on a new
	// database waits for another process doing the same.
	for _, p := range []string{fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()), "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)", "cache_size(-32768)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Connections are kept for concurrent readers (database/sql keeps 2
	// idle): a new one starts with an empty page cache.
	db.SetMaxIdleConns(maxIdleConns)
	s := &DB{db: db, path: path, writing: make(chan struct{}, 1)}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// write runs fn in a write transaction and commits it. Writes of this
// process queue for their turn; a database held by another process is
// waited for, retrying the whole transaction while SQLite reports it busy,
// until maxBusyWait or ctx ends. fn may run more than once.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	select {
	case s.writing <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.writing }()
	return retryBusy(ctx, func() error { return s.tryWrite(ctx, fn) })
}

// retryBusy runs fn until it succeeds, fails other than with SQLITE_BUSY,
// maxBusyWait passes or ctx ends.
func retryBusy(ctx context.Context, fn func() error) error {
	deadline := time.Now().Add(maxBusyWait)
	delay := 10 * time.Millisecond
	for {
		err := fn()
		if err == nil || !isBusy(err) {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the database stayed locked by another process for %s: %w", maxBusyWait, err)
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return ctx.Err()
		}
		delay = min(2*delay, time.Second)
	}
}

// tryWrite runs fn in one write transaction and commits it.
func (s *DB) tryWrite(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED:
// another connection holds the lock.
func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		code := se.Code() & 0xff
		return code == 5 || code == 6
	}
	return false
}

// setPending records, in tx, that stored articles await resolution.
func setPending(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO state (key, value) VALUES ('resolve_pending', '1')`)
	return err
}

// clearPending records, in tx, that everything stored is resolved.
func clearPending(ctx context.Context, tx *sql.Tx) error {
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

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// SQL exposes the database to the packages of this module that query it
// directly (benchmarks, tests).
func (s *DB) SQL() *sql.DB { return s.db }

// migrate applies, in order and each in its own transaction, the embedded
// migrations newer than the database's user_version. The version is read
// again inside each migration's (immediate, so exclusive) transaction:
// two processes opening a new database at once apply each migration once.
func (s *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for i, name := range names {
		if n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0]); err != nil || n != i+1 {
			return fmt.Errorf("migration %s is out of sequence", name)
		}
	}
	// A new database is being set up by another process (WAL mode, the
	// first migration) for a moment: wait for it like for a write.
	var current int
	err = retryBusy(ctx, func() error { return s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current) })
	if err != nil {
		return fmt.Errorf("not a powermap database (or unreadable): %w", err)
	}
	if current > len(names) {
		return fmt.Errorf("database schema version %d is newer than this powermap (%d); upgrade powermap", current, len(names))
	}
	if current == len(names) {
		return nil // up to date: no write lock needed
	}
	for i, name := range names {
		version := i + 1
		if version <= current {
			continue
		}
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		err = s.write(ctx, func(tx *sql.Tx) error {
			var now int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
				return err
			}
			if now >= version {
				return nil // another process applied it
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			if fill := afterMigration[version]; fill != nil {
				if err := fill(ctx, tx); err != nil {
					return fmt.Errorf("migration %s: %w", name, err)
				}
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// afterMigration holds the work in Go that a migration's SQL cannot do,
// run in the same transaction, by migration version.
var afterMigration = map[int]func(context.Context, *sql.Tx) error{
	14: fillOrderKeys,
}

// fillOrderKeys computes the order key of every merged event and its
// participants (migration 0014).
func fillOrderKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, date, first_seen FROM canon_events`)
	if err != nil {
		return err
	}
	keys := map[int64]string{}
	for rows.Next() {
		var id int64
		var date, seen string
		if err := rows.Scan(&id, &date, &seen); err != nil {
			rows.Close()
			return err
		}
		keys[id] = powermap.EventOrder(date, seen)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for id, k := range keys {
		if _, err := tx.ExecContext(ctx, `UPDATE canon_events SET order_key = ?1 WHERE id = ?2`, k, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE canon_event_parts SET order_key = ?1 WHERE event_id = ?2`, k, id); err != nil {
			return err
		}
	}
	return nil
}

// PutArticle stores a with its blocks and posts in one transaction, unless
// an article with the same canonical URL or the same normalised text is
// there already.
func (s *DB) PutArticle(ctx context.Context, a *powermap.Article) (powermap.PutResult, error) {
	key := powermap.TextKey(a.Text)
	var out powermap.PutResult
	err := s.write(ctx, func(tx *sql.Tx) error {
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
func putArticle(ctx context.Context, tx *sql.Tx, a *powermap.Article, key string) (powermap.PutResult, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE text_key = ? OR (url IS NOT NULL AND url = ?) LIMIT 1`, key, nullString(a.URL)).Scan(&id)
	switch {
	case err == nil:
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
