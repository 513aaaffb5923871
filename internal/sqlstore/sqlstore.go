// Package sqlstore is the part of powermap's SQL stores that does not
// depend on the engine: the queries, resolution's repository, curation,
// retraction and configuration, written once in the SQL that SQLite and
// PostgreSQL both accept, over database/sql. Each store package (sqlite,
// postgres) opens its engine, applies its own migrations, decides how
// write transactions take turns, and implements full-text search; what
// differs in the SQL itself is a Dialect.
package sqlstore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// Dialect is what differs between the engines in the shared SQL.
type Dialect struct {
	// Numbered rewrites "?" and "?N" placeholders as "$N" and SQLite's
	// instr(a, b) as strpos(a, b) (PostgreSQL).
	Numbered bool
	// Evidence returns an SQL expression for the bytes [start, end) of
	// the text expression text, as text.
	Evidence func(text, start, end string) string
	// CachesStatements tells that the driver prepares each statement once
	// per connection by itself (pgx): preparing it again for each
	// transaction would only cost round trips.
	CachesStatements bool
	// IndexHints tells that the engine reads "INDEXED BY name" after a
	// table (SQLite): where its planner would pick a worse index for an
	// ordered, limited list. PostgreSQL has no hints and needs none.
	IndexHints bool

	cache sync.Map // query → rewritten query
}

// indexedBy returns the hint to read a table through index, or nothing
// for an engine without hints.
func (d *Dialect) indexedBy(index string) string {
	if !d.IndexHints {
		return ""
	}
	return " INDEXED BY " + index
}

// rebind returns q as the engine reads it.
func (d *Dialect) rebind(q string) string {
	if !d.Numbered {
		return q
	}
	if v, ok := d.cache.Load(q); ok {
		return v.(string)
	}
	out := Numbered(q)
	d.cache.Store(q, out)
	return out
}

// Numbered rewrites q's "?" placeholders as "$1", "$2"… (and "?N" as
// "$N"), outside string literals and quoted names, and instr( as strpos(.
func Numbered(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch c {
		case '\'', '"':
			j := strings.IndexByte(q[i+1:], c)
			if j < 0 {
				b.WriteString(q[i:])
				return b.String()
			}
			b.WriteString(q[i : i+j+2])
			i += j + 1
		case '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + q[i+1:j])
				i = j - 1
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
		case 'i':
			if strings.HasPrefix(q[i:], "instr(") && (i == 0 || !isWordByte(q[i-1])) {
				b.WriteString("strpos(")
				i += len("instr(") - 1
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isWordByte reports whether c can be part of an SQL name.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Conn is a database whose queries are written in the shared SQL.
type Conn struct {
	*sql.DB
	d *Dialect
	// stmts are the read queries prepared once (each on a connection the
	// first time it runs there), by query, unless the driver caches
	// statements itself: SQLite's parser and planner cost a request more
	// than many of its queries take to run (a query of a hundred
	// placeholders, a millisecond). At most maxStmts are kept; others run
	// unprepared.
	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt
	// network is the network kept as this process last made it (see
	// RefreshNetwork): each resolution of a large store decoded it again.
	netMu   sync.Mutex
	network *madeNetwork
}

// maxStmts bounds the statements a Conn keeps prepared: the queries of
// the store are a few dozen, those with lists of ids a few more for each
// size of list (chunks rounds the sizes up).
const maxStmts = 256

// stmt returns query prepared, or nil to run it unprepared.
func (c *Conn) stmt(ctx context.Context, query string) *sql.Stmt {
	if c.d.CachesStatements {
		return nil
	}
	c.stmtMu.Lock()
	st, ok := c.stmts[query]
	full := len(c.stmts) >= maxStmts
	c.stmtMu.Unlock()
	if ok || full {
		return st
	}
	// Prepared outside the lock (it reads the schema on a new
	// connection); two preparing the same query keep the first.
	st, err := c.DB.PrepareContext(ctx, c.d.rebind(query))
	if err != nil {
		return nil // run unprepared, which reports the error
	}
	c.stmtMu.Lock()
	defer c.stmtMu.Unlock()
	if kept, ok := c.stmts[query]; ok {
		st.Close()
		return kept
	}
	if len(c.stmts) >= maxStmts {
		st.Close()
		return nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st
}

// ExecContext runs query (shared SQL).
func (c *Conn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.DB.ExecContext(ctx, c.d.rebind(query), args...)
}

// QueryContext runs query (shared SQL).
func (c *Conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.DB.QueryContext(ctx, c.d.rebind(query), args...)
}

// QueryRowContext runs query (shared SQL); errors show at Scan.
func (c *Conn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.DB.QueryRowContext(ctx, c.d.rebind(query), args...)
}

// Tx is a transaction whose queries are written in the shared SQL.
type Tx struct {
	*sql.Tx
	d *Dialect
	// c keeps the statements the transaction prepares (see Tx.kept) for
	// the transactions after it; nil: each is prepared anew.
	c *Conn
	// stmts are those statements bound to this transaction, by query.
	stmts map[string]*sql.Stmt
	// pairsRefreshed tells that RefreshPairStats ran in the transaction,
	// and pairsChanged are the pairs (a < b) whose sums it made anew: what
	// RefreshNetwork after it reads again of the network kept.
	pairsRefreshed bool
	pairsChanged   map[[2]int64]bool
	// tieDeltas is what RefreshPairStats changed in each entity's number
	// of ties, for applyTieCounts.
	tieDeltas map[int64]int
}

// NewTx wraps tx, a transaction on a database of dialect d.
func NewTx(tx *sql.Tx, d *Dialect) *Tx { return &Tx{Tx: tx, d: d} }

// Tx wraps tx, a transaction on s's database, so that the statements it
// runs through ExecKept and QueryRowKept are prepared once for all the
// transactions of s (on each connection), not once per transaction.
func (s *DB) Tx(tx *sql.Tx) *Tx { return &Tx{Tx: tx, d: s.d, c: s.db} }

// kept returns query prepared and bound to the transaction, or nil to run
// it unprepared (a driver that caches statements itself, a transaction of
// NewTx, or too many statements kept). Writes that run thousands of times
// in a large ingest or resolution take this way: SQLite's parser and
// planner, and the code of the triggers an INSERT or UPDATE fires, which
// SQLite compiles into each statement, cost many times what storing the
// row does.
func (t *Tx) kept(ctx context.Context, query string) *sql.Stmt {
	if t.c == nil || t.d.CachesStatements {
		return nil
	}
	if st, ok := t.stmts[query]; ok {
		return st
	}
	base := t.c.stmt(ctx, query)
	if base == nil {
		return nil
	}
	st := t.Tx.StmtContext(ctx, base)
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = st
	return st
}

// keeps reports whether the transaction keeps statements prepared.
func (t *Tx) keeps() bool { return t.c != nil && !t.d.CachesStatements }

// ExecKept runs query (shared SQL, one statement of fixed text) through a
// statement kept prepared across transactions where the engine gains by it.
func (t *Tx) ExecKept(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.kept(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return t.ExecContext(ctx, query, args...)
}

// QueryKept is ExecKept for a query.
func (t *Tx) QueryKept(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.kept(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return t.QueryContext(ctx, query, args...)
}

// QueryRowKept is ExecKept for a one-row query; errors show at Scan.
func (t *Tx) QueryRowKept(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.kept(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.QueryRowContext(ctx, query, args...)
}

// ExecContext runs query (shared SQL).
func (t *Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.d.rebind(query), args...)
}

// QueryContext runs query (shared SQL).
func (t *Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.d.rebind(query), args...)
}

// QueryRowContext runs query (shared SQL); errors show at Scan.
func (t *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.d.rebind(query), args...)
}

// PrepareContext prepares query (shared SQL) in the transaction.
func (t *Tx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.d.rebind(query))
}

// WriteFunc runs fn in one write transaction and commits it, taking its
// turn among the store's writers as the engine requires; fn may run more
// than once (a retried transaction).
type WriteFunc func(ctx context.Context, fn func(tx *Tx) error) error

// DB is the engine-independent part of a powermap store. Store packages
// embed it and add full-text search, Close and their own opening.
type DB struct {
	db *Conn
	d  *Dialect
	// write runs a transaction that may resolve or curate: one at a time
	// across every process sharing the store.
	write WriteFunc
	// put runs a transaction that only stores articles or facts: puts
	// may run together, never during a write.
	put WriteFunc
	// nameCache keeps the entities' names for Entities to look text up in.
	nameCache nameCache
}

// New returns the store's shared part on db, written in dialect d, whose
// resolving transactions run through write and whose storing ones run
// through put.
// Every transaction run through write recomputes, before it commits, the
// sums kept for the pairs of entities whose events it changed
// (RefreshPairStats) and those entities' numbers of ties
// (applyTieCounts), the cards of those events (RefreshEventCards) and,
// if the record changed, the network kept (RefreshNetwork).
func New(db *sql.DB, d *Dialect, write, put WriteFunc) *DB {
	resolving := func(ctx context.Context, fn func(tx *Tx) error) error {
		return write(ctx, func(tx *Tx) error {
			if err := fn(tx); err != nil {
				return err
			}
			if err := RefreshPairStats(ctx, tx); err != nil {
				return err
			}
			if err := applyTieCounts(ctx, tx); err != nil {
				return err
			}
			if err := RefreshEventCards(ctx, tx); err != nil {
				return err
			}
			return RefreshNetwork(ctx, tx)
		})
	}
	return &DB{db: &Conn{DB: db, d: d}, d: d, write: resolving, put: put}
}

// SQL exposes the database to the packages of this module that query it
// directly (benchmarks, tests).
func (s *DB) SQL() *sql.DB { return s.db.DB }
