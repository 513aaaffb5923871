package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/powermap/powermap/internal/sqlstore"
	"github.com/powermap/powermap/internal/testgen"
)

func TestRankDocs(t *testing.T) {
	parts, err := sqlstore.ParseSearch(`harbor "silt trap" NOT club dredg*`)
	if err != nil {
		t.Fatal(err)
	}
	terms := rankTerms(parts)
	if len(terms) != 3 || len(terms[1].words) != 2 || !terms[2].prefix {
		t.Fatalf("terms %+v; want harbor, the phrase silt trap, the prefix dredg (not club)", terms)
	}
	docs := []string{
		"The harbor board met on Tuesday about nothing much at all, the club said.",
		"Harbor, harbor, HARBOR: the Silt Trap of the harbor is dredged.",
		"Dredging the harbor.",
		"The club met.",
	}
	s := rankDocs(terms, docs)
	if !(s[1] > s[2] && s[2] > s[0] && s[0] > s[3] && s[3] == 0) {
		t.Errorf("scores %v; want the many matches first, then the short match, the long one, and none", s)
	}
	if got := appendWords(nil, "Éclair's naïve CAFÉ x2"); len(got) != 5 || got[0] != "eclair" || got[2] != "naive" || got[3] != "cafe" {
		t.Errorf("words %q", got)
	}
}

// TestSnippetAsFTS5 checks that the snippets Search cuts are those FTS5's
// snippet() gives for the same articles: words, phrases, prefixes, OR and
// NOT, matches at the start, in the middle and at the end of a text,
// several in one window, sentences after "." and ":", accents, and a
// match in the title alone.
func TestSnippetAsFTS5(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	texts := []string{
		"The harbor board met on Tuesday. Dredging of the silt trap begins in May: the club objects, and the mayor said the harbor must stay open to the boats that use it every day.",
		"Harbor.",
		"Nothing here names it at all, but the title does; the words go on and on and on for a while longer than sixteen of them.",
		"Éclair café owners: the naïve plan to dredge the harbor, said Zoë Brandt, is “a reliable partner” for nobody. Harbor dredging, harbor silt, harbor club.",
		"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen harbor eighteen nineteen twenty.",
		"Club: harbor. Club: silt. Club: dredging. A long line follows with more words that pad the end of this text past the window's end.",
	}
	for i, text := range texts {
		a := sample(fmt.Sprintf("s%d", i), text)
		a.Title = "Harbor title " + a.Name
		a.Blocks, a.Posts = nil, nil
		if _, err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 40 {
		a := sample(fmt.Sprintf("g%d", i), testgen.Article(i, 300))
		a.Blocks, a.Posts = nil, nil
		if _, err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, q := range []string{"harbor", "silt", "dredg*", `"silt trap"`, "harbor OR club", "club NOT silt", "harbor silt", "eclair", "naive dredge", `"reliable partner"`, "title", "quill", "said"} {
		hits, err := db.Search(ctx, q, 100)
		if err != nil {
			t.Fatal(q, err)
		}
		match, _ := sqlstore.FTS5Query(q)
		for _, h := range hits {
			var want string
			if err := db.db.QueryRow(`SELECT snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`, match, h.ArticleID).Scan(&want); err != nil {
				t.Fatal(err)
			}
			n++
			if h.Snippet != want {
				t.Errorf("%s, article %s: snippet\n%q\nFTS5 gives\n%q", q, h.Name, h.Snippet, want)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d snippets compared", n)
	}
}
