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
	"github.com/powermap/powermap/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is a powermap.Store backed by one SQLite file.
type DB struct {
	*sqlstore.DB
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
	// database waits for another process doing the same. Temporary data
	// is kept in memory: above all the statement journal, which SQLite
	// writes for every statement that fires triggers (most writes here)
	// and otherwise spills to a temporary file, a system call for every
	// page a statement changes. The file is not read through a memory
	// map (mmap_size): each connection maps it anew, so that a page read
	// by the first requests costs a page fault in each of the pool's
	// connections, and counts in the process's resident size once for
	// each (at 100,000 articles, 370–390 MB after ServeLoad, where the
	// page caches take 110); and the first requests were no faster.
	for _, p := range []string{fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()), "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)", "cache_size(-32768)", "temp_store(MEMORY)"} {
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
	s.DB = sqlstore.New(db, dialect, s.write, s.write)
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Warm readies the store to serve requests (see sqlstore.DB.Warm): the
// pool's connections open and the names searches look people up in read.
func (s *DB) Warm(ctx context.Context) error {
	return s.DB.Warm(ctx, maxIdleConns)
}

// write runs fn in a write transaction and commits it. Writes of this
// process queue for their turn; a database held by another process is
// waited for, retrying the whole transaction while SQLite reports it busy,
// until maxBusyWait or ctx ends. fn may run more than once.
func (s *DB) write(ctx context.Context, fn func(tx *sqlstore.Tx) error) error {
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
func (s *DB) tryWrite(ctx context.Context, fn func(tx *sqlstore.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(s.DB.Tx(tx)); err != nil {
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

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// dialect is SQLite's: the shared SQL as it is written, and evidence cut
// from the text's bytes.
var dialect = &sqlstore.Dialect{
	IndexHints: true,
	Evidence: func(text, start, end string) string {
		return "CAST(substr(CAST(" + text + " AS BLOB), " + start + " + 1, " + end + " - " + start + ") AS TEXT)"
	},
}

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
		err = s.write(ctx, func(tx *sqlstore.Tx) error {
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
var afterMigration = map[int]func(context.Context, *sqlstore.Tx) error{
	14: sqlstore.FillOrderKeys,
	17: sqlstore.RefreshPairStats,
	// 18 and 22 made the event cards, by event and then with names;
	// 23 keeps them by entity and makes every one anew (with the code
	// of now, which writes 23's table).
	23: sqlstore.FillEventCards,
	// 27 added the network kept, and 28 counted every entity's ties,
	// which raises the revision: each made the network kept anew, in the
	// format of 30 (the ties apart from the nodes), which makes it last
	// (the code of now writes 30's table).
	30: sqlstore.RefreshNetwork,
}
