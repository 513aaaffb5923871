package sqlite

import (
	"context"
	"fmt"
	"math"
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
	docs := []rankDoc{
		{text: "The harbor board met on Tuesday about nothing much at all, the club said."},
		{text: "Harbor, harbor, HARBOR: the Silt Trap of the harbor is dredged."},
		{text: "Dredging the harbor."},
		{text: "The club met."},
	}
	s := rankDocs(terms, docs)
	if !(s[1] > s[2] && s[2] > s[0] && s[0] > s[3] && s[3] == 0) {
		t.Errorf("scores %v; want the many matches first, then the short match, the long one, and none", s)
	}
	if got := appendWords(nil, "Éclair's naïve CAFÉ x2"); len(got) != 5 || got[0] != "eclair" || got[2] != "naive" || got[3] != "cafe" {
		t.Errorf("words %q", got)
	}
}

// rankDocsJoined is rankDocs as it was written: each doc's title and
// text joined, their words kept, every term looked for at every word.
func rankDocsJoined(terms []rankTerm, docs []rankDoc) []float64 {
	tf := make([][]int, len(docs))
	lens := make([]int, len(docs))
	df := make([]int, len(terms))
	total := 0
	for d, doc := range docs {
		words := appendWords(nil, doc.title+"\n"+doc.text)
		lens[d] = len(words)
		total += len(words)
		tf[d] = make([]int, len(terms))
		for i := range words {
			for t, term := range terms {
				if matchAt(words, i, term) {
					tf[d][t]++
				}
			}
		}
		for t := range terms {
			if tf[d][t] > 0 {
				df[t]++
			}
		}
	}
	n := float64(len(docs))
	avg := float64(total) / math.Max(1, n)
	scores := make([]float64, len(docs))
	for t := range terms {
		idf := math.Log((n - float64(df[t]) + 0.5) / (float64(df[t]) + 0.5))
		if idf <= 0 {
			idf = 1e-6
		}
		for d := range docs {
			f := float64(tf[d][t])
			if f == 0 {
				continue
			}
			scores[d] += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(lens[d])/math.Max(avg, 1)))
		}
	}
	return scores
}

// rankSample is what ranking is tried on: generated articles, and texts
// of mixed case, diacritics, marks, symbols and broken UTF-8.
func rankSample(n int) []rankDoc {
	docs := []rankDoc{
		{"Harbor board", "The Harbor board met. HARBOR dredging; harbors and Harborview — the harbor's silt."},
		{"Éclair", "Éclair at the Café: ECLAIR, éclairs; cafe\u0301 crème, Crème brûlée, naïve NAÏVE harbor\u0301 harbor’s."},
		{"", "Quill-Reyes met Quill, then quills; \xff\xfeQuill\xffquill 2025 20250 Straße STRASSE ǅemal ‘harbor’ «silt»."},
		{"Harbor", ""},
		{"", "   "},
		{"title words", "\u0301\u0301 harbor \u2014harbor\u2014 x\u00e9harbor"},
	}
	for i := range n {
		a := testgen.StoredArticle(i)
		docs = append(docs, rankDoc{fmt.Sprintf("Report %d on the harbor", i), a.Text})
	}
	return docs
}

// TestRankDocsAsJoined checks rankDocs against its version over the
// words of title and text joined.
func TestRankDocsAsJoined(t *testing.T) {
	docs := rankSample(60)
	for _, q := range []string{"harbor", "Harbor*", `"harbor dredging"`, "eclair", "Éclair", "crème*", `"creme brulee"`, "quill OR reyes", "quill NOT reyes",
		"2025*", "straße", "naive", `"the harbor"*`, "cafe", "ǆemal", "quill quills", "silt harbor dredging", "report", `"on the"`, "x"} {
		parts, err := sqlstore.ParseSearch(q)
		if err != nil {
			t.Fatal(err)
		}
		terms := rankTerms(parts)
		if got, want := rankDocs(terms, docs), rankDocsJoined(terms, docs); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: scores\n%v\njoined\n%v", q, got, want)
		}
	}
}

// BenchmarkRankDocs ranks 500 generated articles, as a search that
// matches many does.
func BenchmarkRankDocs(b *testing.B) {
	docs := rankSample(500)[6:]
	for _, q := range []string{"harbor", "silt harbor", `"harbor plan"`} {
		parts, err := sqlstore.ParseSearch(q)
		if err != nil {
			b.Fatal(err)
		}
		terms := rankTerms(parts)
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				rankDocs(terms, docs)
			}
		})
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
