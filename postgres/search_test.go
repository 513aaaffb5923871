package postgres

import (
	"context"
	"errors"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/postgres/pgtest"
)

// FuzzSearch sends arbitrary text to Search: it finds articles or refuses
// the query as invalid, never fails otherwise (user text cannot break
// tsquery syntax).
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`harbor`, `"harbor board"`, `dredg*`, `a OR b`, `a NOT b`, `'`, `\`, `:*`, `a & b | !c`, `(`, `<->`, `"`, "a\x00b", `**`, `é*`, `x:*A`, `'a':*`, `- -`} {
		f.Add(s)
	}
	u := pgtest.Schema(f)
	ctx := context.Background()
	db, err := Open(ctx, u)
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticle(ctx, &powermap.Article{Name: "f", Source: "f.txt", Format: "text", Title: "Harbor", Text: "The harbor board met about dredging; a & b | c."}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(ctx, q, 5); err != nil && !errors.Is(err, powermap.ErrInvalid) {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}
