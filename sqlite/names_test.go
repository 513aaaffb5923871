package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
)

// TestEntitiesByText checks the people a text finds against every
// entity's names looked through one by one: in list order, at most the
// number asked for, and never a text that runs from one name into the
// next.
func TestEntitiesByText(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	for i := range 60 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	all, err := db.Entities(ctx, "", 0)
	if err != nil || len(all) < 10 {
		t.Fatalf("%d entities: %v", len(all), err)
	}
	lower := func(e powermap.CanonicalEntity) []string {
		var out []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			out = append(out, strings.ToLower(n))
		}
		return out
	}
	queries := []string{"a", "QUILL", "ill", "o", "x", "zzz", " "}
	for i := 0; i+1 < len(all); i++ {
		// The end of one entity's names and the start of the next's.
		a, b := lower(all[i]), lower(all[i+1])
		last, first := a[len(a)-1], b[0]
		queries = append(queries, last[len(last)-2:]+first[:2], last[len(last)-1:]+" "+first[:1], all[i].Name[1:4])
	}
	for _, q := range queries {
		for _, limit := range []int{0, 1, 3} {
			var want []int64
			for _, e := range all {
				if limit > 0 && len(want) == limit {
					break
				}
				if slices.ContainsFunc(lower(e), func(n string) bool { return strings.Contains(n, strings.ToLower(q)) }) {
					want = append(want, e.ID)
				}
			}
			got, err := db.Entities(ctx, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(want) {
				t.Errorf("%q (at most %d): %v, want %v", q, limit, ids, want)
			}
		}
	}
}
