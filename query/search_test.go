package query

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// TestMatchSpans checks that matches are found as the full-text search
// finds them: whole words regardless of case and accents, phrases,
// prefixes, and never a term after NOT.
func TestMatchSpans(t *testing.T) {
	text := "Lena Marsh met Hale. MARSH praised the harbor; Hálé’s harbour plan. Marshall left."
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"marsh", []string{"Marsh", "MARSH"}},
		{"Marsh*", []string{"Marsh", "MARSH", "Marshall"}},
		{`"lena marsh"`, []string{"Lena Marsh"}},
		{"hale", []string{"Hale", "Hálé"}},
		{"harbor OR harbour", []string{"harbor", "harbour"}},
		{"marsh NOT hale", []string{"Marsh", "MARSH"}},
		{`"praised the"`, []string{"praised the"}},
		{"nothing", nil},
	} {
		var got []string
		for _, m := range MatchSpans(text, c.q) {
			got = append(got, text[m[0]:m[1]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.q, got, c.want)
		}
	}
}

// TestPassages checks that passages hold their matches, start and end at
// word boundaries, and are at most the number asked for.
func TestPassages(t *testing.T) {
	text := strings.Repeat("alpha beta gamma delta ", 30) + "Marsh spoke. " + strings.Repeat("epsilon zeta eta theta ", 30) + "Marsh left."
	marks := MatchSpans(text, "marsh")
	if len(marks) != 2 {
		t.Fatalf("%d matches", len(marks))
	}
	ps := Passages(text, marks, 3)
	if len(ps) != 2 {
		t.Fatalf("%d passages: %+v", len(ps), ps)
	}
	for _, p := range ps {
		if len(p.Marks) != 1 || p.Marks[0][0] < p.Start || p.Marks[0][1] > p.End || text[p.Start:p.End] != p.Text {
			t.Errorf("passage %+v does not hold its match", p)
		}
		if p.Start > 0 && text[p.Start-1] != ' ' || p.End < len(text) && text[p.End] != ' ' {
			t.Errorf("passage cut inside a word: %q", p.Text)
		}
	}
	if got := Passages(text, marks, 1); len(got) != 1 {
		t.Errorf("max 1: %d passages", len(got))
	}
	if got := strings.Join(nameTerms(`"Lena Marsh" NOT Hale OR harb*`), "|"); got != "Lena Marsh|harb" {
		t.Errorf("nameTerms: %q", got)
	}
}

// TestPassagesDoNotOverlap checks that matches close together share a
// passage and that passages never repeat text.
func TestPassagesDoNotOverlap(t *testing.T) {
	text := "Lena Marsh and Hale make peace. Lena Marsh and Victor Hale reconciled at a dinner on January 3, 2026. Marsh and Hale will meet next week in Annapolis."
	ps := Passages(text, MatchSpans(text, "marsh"), 3)
	for i := 1; i < len(ps); i++ {
		if ps[i].Start < ps[i-1].End {
			t.Errorf("passages %d and %d overlap: %q, %q", i-1, i, ps[i-1].Text, ps[i].Text)
		}
	}
	n := 0
	for _, p := range ps {
		n += len(p.Marks)
	}
	if n != 3 {
		t.Errorf("%d matches in passages, want 3", n)
	}
}

// matchSpansTokens is MatchSpans as it was written over tokens.
func matchSpansTokens(text, q string) [][2]int {
	terms := searchTerms(q)
	if len(terms) == 0 {
		return nil
	}
	toks := tokens(text)
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		best := -1
		for _, t := range terms {
			if i+len(t.words) > len(toks) {
				continue
			}
			ok := true
			for j, w := range t.words {
				last := j == len(t.words)-1
				if got := toks[i+j].word; got != w && !(last && t.prefix && strings.HasPrefix(got, w)) {
					ok = false
					break
				}
			}
			if ok && len(t.words) > best {
				best = len(t.words)
			}
		}
		if best > 0 {
			out = append(out, [2]int{toks[i].start, toks[i+best-1].end})
			i += best - 1
		}
	}
	return out
}

// TestMatchSpansAsTokens checks MatchSpans against its version over
// tokens, on texts of mixed case, diacritics, marks and broken UTF-8.
func TestMatchSpansAsTokens(t *testing.T) {
	texts := []string{
		"The Harbor board met. HARBOR dredging; harbors and Harborview — the harbor's silt.",
		"Éclair at the Café: ECLAIR, éclairs; cafe\u0301 crème, Crème brûlée, naïve NAÏVE.",
		"Quill-Reyes met Quill, then quills; \xff\xfeQuill\xffquill 2025 20250 Straße STRASSE ǅemal.",
		"",
		"   ",
	}
	queries := []string{"harbor", "Harbor*", `"harbor dredging"`, "eclair", "Éclair", "crème*", `"creme brulee"`, "quill OR reyes", "quill NOT reyes",
		"2025*", "straße", "naive", `"the harbor"*`, "cafe", "ǆemal", "quill quills"}
	for _, text := range texts {
		for _, q := range queries {
			if got, want := MatchSpans(text, q), matchSpansTokens(text, q); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("MatchSpans(%q, %q) = %v; over tokens %v", text, q, got, want)
			}
		}
	}
}

// searchStore is a store of n articles that all match any search, as
// SearchAll reads them: a store lists at most the hits it is asked for
// (50 when asked for none).
type searchStore struct {
	powermap.Reader
	n int
}

func (s searchStore) Search(_ context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	var out []powermap.SearchHit
	for i := range min(limit, s.n) {
		out = append(out, powermap.SearchHit{ArticleID: int64(i + 1), Title: q})
	}
	return out, nil
}

func (s searchStore) ArticleTexts(_ context.Context, ids []int64) (map[int64]*powermap.Article, error) {
	out := map[int64]*powermap.Article{}
	for _, id := range ids {
		out[id] = &powermap.Article{ID: id, Text: "The harbor was dredged."}
	}
	return out, nil
}

func (s searchStore) Entities(context.Context, string, int) ([]powermap.CanonicalEntity, error) {
	return []powermap.CanonicalEntity{}, nil
}

func (s searchStore) Revision(context.Context) (int64, error) { return 1, nil }

// TestSearchAllMore checks that a search tells when more articles match
// than it lists, and only then.
func TestSearchAllMore(t *testing.T) {
	for _, c := range []struct {
		n    int
		more bool
	}{{SearchArticles - 1, false}, {SearchArticles, false}, {SearchArticles + 1, true}, {3 * SearchArticles, true}} {
		s := &Service{Store: searchStore{n: c.n}}
		res, err := s.SearchAll(context.Background(), "harbor")
		if err != nil {
			t.Fatal(err)
		}
		if res.More != c.more || len(res.Articles) != min(c.n, SearchArticles) {
			t.Errorf("%d matching: %d listed, more %v; want %d, %v", c.n, len(res.Articles), res.More, min(c.n, SearchArticles), c.more)
		}
	}
}

// countingStore counts the searches it runs, at a revision set by the
// test.
type countingStore struct {
	searchStore
	searches int
	revision int64
}

func (s *countingStore) Search(ctx context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	s.searches++
	return s.searchStore.Search(ctx, q, limit)
}

func (s *countingStore) Revision(context.Context) (int64, error) { return s.revision, nil }

// TestSearchAllKept checks that a search is run once while the record
// does not change, and that a caller reordering its lists does not
// reorder them for the next.
func TestSearchAllKept(t *testing.T) {
	st := &countingStore{searchStore: searchStore{n: 5}, revision: 1}
	s := &Service{Store: st}
	ctx := context.Background()
	a, err := s.SearchAll(ctx, "harbor")
	if err != nil {
		t.Fatal(err)
	}
	a.Articles[0], a.Articles[4] = a.Articles[4], a.Articles[0]
	b, err := s.SearchAll(ctx, "harbor")
	if err != nil {
		t.Fatal(err)
	}
	if st.searches != 1 || b.Articles[0].ArticleID != 1 {
		t.Errorf("%d searches run; first article %d", st.searches, b.Articles[0].ArticleID)
	}
	st.revision++
	if _, err := s.SearchAll(ctx, "harbor"); err != nil || st.searches != 2 {
		t.Errorf("after a change: %d searches run (%v)", st.searches, err)
	}
}
