package sqlstore

import (
	"context"
	"strings"
)

// maxBatchRows bounds the rows of one multi-row INSERT, well within both
// engines' limits on parameters (SQLite 32,766, PostgreSQL 65,535).
const maxBatchRows = 200

// inserter gathers rows for multi-row INSERTs: one statement for many rows
// costs one round trip to PostgreSQL (and one statement step in SQLite)
// instead of one per row.
type inserter struct {
	head string // INSERT INTO t (a, b) VALUES
	tail string // what follows the rows (ON CONFLICT …), or ""
	cols int
	args []any
	rows int
	one  string // the one-row INSERT, once made
}

// newInserter gathers rows for "INSERT INTO table (columns) VALUES …
// tail"; columns is a comma-separated list.
func newInserter(table, columns, tail string) *inserter {
	return &inserter{head: "INSERT INTO " + table + " (" + columns + ") VALUES ", tail: tail, cols: strings.Count(columns, ",") + 1}
}

// add adds a row of values (as many as the columns), writing the rows
// gathered so far when there are maxBatchRows of them. In a transaction
// that keeps its statements prepared (SQLite's), the row is written at
// once by a one-row INSERT prepared once: in-process, a row costs no round
// trip, and preparing a statement of a different number of rows for each
// batch cost many times more than writing them.
func (b *inserter) add(ctx context.Context, tx execer, values ...any) error {
	if t, ok := tx.(*Tx); ok && t.keeps() {
		if b.one == "" {
			b.one = b.head + "(?" + strings.Repeat(", ?", b.cols-1) + ")"
			if b.tail != "" {
				b.one += " " + b.tail
			}
		}
		_, err := t.ExecKept(ctx, b.one, values...)
		return err
	}
	b.args = append(b.args, values...)
	b.rows++
	if b.rows == maxBatchRows {
		return b.flush(ctx, tx)
	}
	return nil
}

// flush writes the rows gathered, if any.
func (b *inserter) flush(ctx context.Context, tx execer) error {
	if b.rows == 0 {
		return nil
	}
	row := "(?" + strings.Repeat(", ?", b.cols-1) + ")"
	var q strings.Builder
	q.WriteString(b.head)
	for i := range b.rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(row)
	}
	if b.tail != "" {
		q.WriteString(" " + b.tail)
	}
	_, err := tx.ExecContext(ctx, q.String(), b.args...)
	b.args, b.rows = b.args[:0], 0
	return err
}
