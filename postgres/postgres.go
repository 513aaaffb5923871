// Package postgres implements powermap.Store on PostgreSQL (pgx/v5 with
// pgxpool), for teams that run several ingest processes and servers on one
// record. The queries, resolution, curation and configuration are the
// shared SQL of internal/sqlstore; this package opens the pool, applies its
// own versioned migrations (once, however many processes start at once),
// decides how write transactions take turns (advisory locks, see
// DESIGN.md), and implements full-text search with tsvector and GIN.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is a powermap.Store on a PostgreSQL database (or one schema of it:
// the URL's search_path picks it).
type DB struct {
	*sqlstore.DB
	pool *pgxpool.Pool
	db   *sql.DB
}

var _ powermap.Store = (*DB)(nil)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://…) and brings its
// schema up to date, creating it in an empty database.
func Open(ctx context.Context, url string) (*DB, error) {
	return open(ctx, url, true)
}

// OpenExisting connects to the database at url, which must hold a
// powermap store already: a database without one is an error wrapping
// powermap.ErrNotFound, never a new empty store.
func OpenExisting(ctx context.Context, url string) (*DB, error) {
	return open(ctx, url, false)
}

// open connects and migrates; without create, a database with no
// powermap schema is ErrNotFound.
func open(ctx context.Context, url string, create bool) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(url), err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(url), err)
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &DB{pool: pool, db: db}
	s.DB = sqlstore.New(db, dialect, s.write, s.put)
	if create {
		if err := s.ensureSchema(ctx); err != nil {
			s.Close()
			return nil, fmt.Errorf("open %s: %w", Redact(url), err)
		}
	}
	if err := s.migrate(ctx, create); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", Redact(url), err)
	}
	return s, nil
}

// Redact returns url with its password hidden, to be shown in messages.
func Redact(url string) string {
	cfg, err := pgconn.ParseConfig(url)
	if err != nil || cfg.Password == "" {
		return url
	}
	return strings.Replace(url, ":"+cfg.Password+"@", ":***@", 1)
}

// Close closes the database and its pool.
func (s *DB) Close() error {
	err := s.db.Close()
	s.pool.Close()
	return err
}

// dialect is PostgreSQL's: numbered placeholders, strpos, and evidence
// cut from the text's UTF-8 bytes.
var dialect = &sqlstore.Dialect{
	Numbered:         true,
	CachesStatements: true,
	Evidence: func(text, start, end string) string {
		return "convert_from(substring(convert_to(" + text + ", 'UTF8') FROM " + start + " + 1 FOR " + end + " - " + start + "), 'UTF8')"
	},
}

// The advisory locks this store takes, as the first of two keys (the
// second is the schema's name hashed, so that stores in different schemas
// of one database never wait for each other).
const (
	lockWrite   = 0x706d01 // resolution and curation: exclusive; puts: shared
	lockMigrate = 0x706d02 // schema migrations (held by the session)
)

// lockSQL takes advisory lock key for the current transaction, exclusive
// or shared, scoped to the current schema.
func lockSQL(key int, shared bool) string {
	fn := "pg_advisory_xact_lock"
	if shared {
		fn = "pg_advisory_xact_lock_shared"
	}
	return fmt.Sprintf("SELECT %s(%d, hashtext(COALESCE(current_schema(), '')))", fn, key)
}

// write runs fn in a transaction that holds the store's write lock
// exclusively: resolutions, curations and configuration changes run one at
// a time across every process on the database, and never while an
// article is being stored. fn may run more than once.
func (s *DB) write(ctx context.Context, fn func(tx *sqlstore.Tx) error) error {
	return s.retry(ctx, lockSQL(lockWrite, false), fn)
}

// put runs fn in a transaction that holds the store's write lock shared:
// articles and facts are stored by many processes together, but never
// during a resolution, which therefore sees every article whole or not at
// all. fn may run more than once.
func (s *DB) put(ctx context.Context, fn func(tx *sqlstore.Tx) error) error {
	return s.retry(ctx, lockSQL(lockWrite, true), fn)
}

// maxAttempts bounds the retries of a transaction that failed for
// another's sake.
const maxAttempts = 20

// retry runs fn in a transaction that first runs lock, committing it, and
// runs it again (up to maxAttempts) when PostgreSQL aborted it for a
// concurrent one: a serialization failure, a deadlock, or a unique key
// another transaction took first (two processes storing the same article:
// the second then finds it stored).
func (s *DB) retry(ctx context.Context, lock string, fn func(tx *sqlstore.Tx) error) error {
	delay := 5 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := s.try(ctx, lock, fn)
		if err == nil || !retryable(err) || attempt == maxAttempts {
			return err
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return ctx.Err()
		}
		delay = min(2*delay, 500*time.Millisecond)
	}
}

// try runs fn in one transaction after lock, and commits it.
func (s *DB) try(ctx context.Context, lock string, fn func(tx *sqlstore.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, lock); err != nil {
		return err
	}
	if err := fn(sqlstore.NewTx(tx, dialect)); err != nil {
		return err
	}
	return tx.Commit()
}

// retryable reports whether err is PostgreSQL aborting a transaction for a
// concurrent one's sake.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01", "23505": // serialization_failure, deadlock_detected, unique_violation
		return true
	}
	return false
}

// ensureSchema creates the schema the connection's search_path names
// first, if there is none yet (search_path=NAME in the URL: one store per
// schema, created by the first ingest as a SQLite file is).
func (s *DB) ensureSchema(ctx context.Context) error {
	var current sql.NullString
	var path string
	if err := s.db.QueryRowContext(ctx, `SELECT current_schema(), current_setting('search_path')`).Scan(&current, &path); err != nil {
		return fmt.Errorf("cannot read the database: %w", err)
	}
	if current.Valid {
		return nil
	}
	name := ""
	for _, p := range strings.Split(path, ",") {
		if p = strings.TrimSpace(p); p != "" && p != `"$user"` {
			name = strings.Trim(p, `"`)
			break
		}
	}
	if name == "" {
		return fmt.Errorf("no schema to create the store in (search_path is %q)", path)
	}
	_, err := s.db.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{name}.Sanitize())
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "23505" || pe.Code == "42P06") {
		return nil // another process created it at the same moment
	}
	return err
}

// migrate applies, in order and in one transaction holding the migration
// lock, the embedded migrations newer than the schema's version: several
// processes opening a new database at once apply each migration once.
// Without create, a database with no powermap schema is ErrNotFound.
func (s *DB) migrate(ctx context.Context, create bool) error {
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
	current, err := s.version(ctx, s.db)
	if err != nil {
		return err
	}
	switch {
	case current < 0 && !create:
		return fmt.Errorf("no powermap store in this database or schema: %w", powermap.ErrNotFound)
	case current > len(names):
		return fmt.Errorf("database schema version %d is newer than this powermap (%d); upgrade powermap", current, len(names))
	case current == len(names):
		return nil // up to date: no lock needed
	}
	// The lock is the session's, taken before the transaction begins: a
	// transaction reads the catalog as it was when it began, so one that
	// began before another process's migration committed would not see
	// its tables.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	key := fmt.Sprintf("%d, hashtext(COALESCE(current_schema(), ''))", lockMigrate)
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+key+")"); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock("+key+")")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if current, err = s.version(ctx, tx); err != nil { // another process may have migrated meanwhile
		return err
	}
	if current < 0 {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE powermap_schema (version INTEGER NOT NULL)`); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO powermap_schema (version) VALUES (0)`); err != nil {
			return err
		}
		current = 0
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
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if fill := afterMigration[version]; fill != nil {
			if err := fill(ctx, sqlstore.NewTx(tx, dialect)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE powermap_schema SET version = $1`, version); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// afterMigration holds the work in Go that a migration's SQL cannot do,
// run in the same transaction, by migration version.
var afterMigration = map[int]func(context.Context, *sqlstore.Tx) error{
	2: fillOrderKeys,
	3: sqlstore.RefreshPairStats,
	// 4 and 8 made the event cards, by event and then with names; 9
	// keeps them by entity and makes every one anew (with the code of
	// now, which writes 9's table).
	9: sqlstore.FillEventCards,
	// 12 added the network kept, and 13 counted every entity's ties,
	// which raises the revision: each made the network kept anew, in the
	// format of 15 (the ties apart from the nodes), which makes it last
	// (the code of now writes 15's table).
	15: sqlstore.RefreshNetwork,
}

// fillOrderKeys computes the order keys of the merged events and their
// participants (migration 0002), then pairs the participants of every
// event under those keys.
func fillOrderKeys(ctx context.Context, tx *sqlstore.Tx) error {
	if err := sqlstore.FillOrderKeys(ctx, tx); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO canon_event_pairs (a, b, order_key, event_id)
		SELECT DISTINCT p.entity_id, q.entity_id, p.order_key, p.event_id
		FROM canon_event_parts p JOIN canon_event_parts q ON q.event_id = p.event_id AND q.entity_id > p.entity_id
		ON CONFLICT DO NOTHING`)
	return err
}

// version reads the schema's migration version, -1 if it has none.
func (s *DB) version(ctx context.Context, q interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}) (int, error) {
	var exists bool
	if err := q.QueryRowContext(ctx, `SELECT to_regclass('powermap_schema') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("cannot read the database: %w", err)
	}
	if !exists {
		return -1, nil
	}
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM powermap_schema`).Scan(&v)
	return v, err
}
