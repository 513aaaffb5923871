package sqlstore

import (
	"errors"
	"testing"

	"github.com/powermap/powermap"
)

// TestNumbered checks the rewriting of the shared SQL for PostgreSQL:
// placeholders numbered in order, "?N" kept, nothing rewritten inside
// string literals or quoted names, instr( only as a function name.
func TestNumbered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = $1 AND c = $2`},
		{`UPDATE t SET a = ?1, b = COALESCE(b, ?1) WHERE c = ?2`, `UPDATE t SET a = $1, b = COALESCE(b, $1) WHERE c = $2`},
		{`SELECT '?', "why?" FROM t WHERE a = ?`, `SELECT '?', "why?" FROM t WHERE a = $1`},
		{`SELECT 'it''s ?' WHERE a = ?`, `SELECT 'it''s ?' WHERE a = $1`},
		{`WHERE instr(lower(x), lower(?)) > 0 AND myinstr(y) AND 'instr(' = ?`, `WHERE strpos(lower(x), lower($1)) > 0 AND myinstr(y) AND 'instr(' = $2`},
		{`INSERT INTO q (start, "end") VALUES (?, ?), (?, ?)`, `INSERT INTO q (start, "end") VALUES ($1, $2), ($3, $4)`},
	} {
		if got := Numbered(c.in); got != c.want {
			t.Errorf("Numbered(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

// TestFTS5Query checks the FTS5 rendering of the shared search syntax.
func TestFTS5Query(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`harbor "board meeting" dredg* OR mayor NOT club`, `"harbor" "board meeting" "dredg"* OR "mayor" NOT "club"`},
		{`OR a"b AND`, `"ab"`},
		{`... !!`, ``},
	} {
		if got, err := FTS5Query(c.in); err != nil || got != c.want {
			t.Errorf("FTS5Query(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, q := range []string{"NOT a", "a NOT", "a OR AND b"} {
		if _, err := FTS5Query(q); !errors.Is(err, powermap.ErrInvalid) {
			t.Errorf("FTS5Query(%q): %v; want ErrInvalid", q, err)
		}
	}
}
