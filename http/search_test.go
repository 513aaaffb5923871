package http

import (
	"context"
	"html"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/sqlite"
)

// TestSearchPage checks the one results page for names and text: counts,
// matches in <mark> (not in brackets), and every match linking to the
// same match marked in its article.
func TestSearchPage(t *testing.T) {
	srv := newFeudServer(t)
	body := page(t, srv, "/search?q=Marsh")
	counts := regexp.MustCompile(`<p class="counts"><strong>(\d+)</strong> [^·]*· <strong>(\d+)</strong> articles? · <strong>(\d+)</strong> match`).FindStringSubmatch(body)
	if counts == nil {
		t.Fatal("no counts on the results page")
	}
	if !strings.Contains(body, `<a href="/person/Lena%20Marsh">Lena Marsh</a>`) {
		t.Error("the name search does not list Lena Marsh")
	}
	if strings.Contains(body, "[Marsh]") || !strings.Contains(body, "<mark>Marsh</mark>") {
		t.Error("matches are not in <mark>")
	}
	// Each article's count equals the marks on its page, and each mark's
	// link lands on a mark of the same word.
	articles := regexp.MustCompile(`(?s)<li class="hit-article">.*?</li>\s*</ul>`).FindAllString(body, -1)
	if n, _ := strconv.Atoi(counts[2]); n != len(articles) || n < 4 {
		t.Fatalf("%s articles counted, %d listed", counts[2], len(articles))
	}
	total := 0
	for _, a := range articles {
		m := regexp.MustCompile(`class="match-count">(\d+) match`).FindStringSubmatch(a)
		links := regexp.MustCompile(`<a class="hit-link" href="([^"]+)"><mark>([^<]+)</mark>`).FindAllStringSubmatch(a, -1)
		if m == nil || len(links) == 0 {
			t.Errorf("article without count or marked passages: %s", a)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		total += n
		href := html.UnescapeString(links[0][1])
		id := href[strings.Index(href, "#")+1:]
		art := page(t, srv, href[:strings.Index(href, "#")])
		marks := regexp.MustCompile(`<mark class="hit" id="(hit-\d+)"[^>]*>([^<]*)<`).FindAllStringSubmatch(art, -1)
		found := false
		for _, mk := range marks {
			found = found || mk[1] == id && strings.EqualFold(mk[2], links[0][2])
		}
		if !found {
			t.Errorf("%s: no mark %s with %q on the article page", href, id, links[0][2])
		}
		if len(marks) != n {
			t.Errorf("%s: %d matches counted, %d marked on the page", href, n, len(marks))
		}
	}
	if strconv.Itoa(total) != counts[3] {
		t.Errorf("matches: %s in total, %d by article", counts[3], total)
	}
}

// TestSearchNoNameOffersText checks that a name search that finds nobody
// offers a search of the text, and that the results page says so.
func TestSearchNoNameOffersText(t *testing.T) {
	srv := newFeudServer(t)
	body := page(t, srv, "/people?q=disgrace")
	if !strings.Contains(body, `<a class="text-search" href="/search?q=disgrace">`) {
		t.Error("a name search that finds nothing offers no text search")
	}
	body = page(t, srv, "/search?q=disgrace")
	if !strings.Contains(body, "No person or organization is named “disgrace”; the articles below mention it.") || !strings.Contains(body, "<mark>disgrace</mark>") {
		t.Error("the results page does not show the text match without a name")
	}
	body = page(t, srv, "/search?q=Marsh+OR+harbor")
	if !strings.Contains(body, `<a href="/person/Lena%20Marsh">`) || !strings.Contains(body, "<mark>harbor</mark>") {
		t.Error("Marsh OR harbor: no name for Marsh or no text match for harbor")
	}
}

// TestAPISearchPassages checks that /api/search gives, for each article,
// its number of matches and passages whose marks are byte spans of the
// article's text holding the word searched.
func TestAPISearchPassages(t *testing.T) {
	srv := newFeudServer(t)
	var found struct {
		Articles []struct {
			Article  int64 `json:"article"`
			Matches  int   `json:"matches"`
			Passages []struct {
				Marks [][2]int `json:"marks"`
			} `json:"passages"`
		} `json:"articles"`
	}
	if code := get(t, srv, "/api/search?q=Marsh", &found); code != 200 || len(found.Articles) < 4 {
		t.Fatalf("code %d, %d hits", code, len(found.Articles))
	}
	for _, h := range found.Articles {
		var a struct {
			Text string `json:"text"`
		}
		get(t, srv, "/api/articles/"+strconv.FormatInt(h.Article, 10), &a)
		marks := 0
		for _, p := range h.Passages {
			for _, m := range p.Marks {
				marks++
				if m[0] < 0 || m[1] > len(a.Text) || m[0] >= m[1] || !strings.EqualFold(a.Text[m[0]:m[1]], "Marsh") {
					t.Errorf("article %d: mark %v is not 'Marsh' in its text", h.Article, m)
				}
			}
		}
		if h.Matches == 0 || marks == 0 {
			t.Errorf("article %d: %d matches, %d marks", h.Article, h.Matches, marks)
		}
	}
}

// TestSearchKeptUntilArticles checks that search answers, kept until the
// record changes, change when an article is stored that names no one (no
// event or entity changes) and when it is removed.
func TestSearchKeptUntilArticles(t *testing.T) {
	srv, db := newTestServer(t, false)
	count := func() int {
		var found struct {
			Articles []map[string]any `json:"articles"`
		}
		if code := get(t, srv, "/api/search?q=Zanzibarian", &found); code != 200 {
			t.Fatalf("search: %d", code)
		}
		if !strings.Contains(page(t, srv, "/search?q=Zanzibarian"), "Zanzibarian") {
			t.Fatal("the search page does not show the query")
		}
		return len(found.Articles)
	}
	if n := count(); n != 0 {
		t.Fatalf("%d articles found before any names the word", n)
	}
	code, v := post(t, srv, token, "text/plain", "date 2025-05-20\nThe Zanzibarian spice fair opened on the pier on Monday, and the stalls sold out by noon.")
	if code != 201 {
		t.Fatalf("post: %d %v", code, v)
	}
	if n := count(); n != 1 {
		t.Fatalf("%d articles found after one naming the word was stored; want 1", n)
	}
	if _, err := db.Curate(context.Background(), powermap.Curation{Action: "remove", Subject: v["name"].(string)}); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 0 {
		t.Errorf("%d articles found after the one naming the word was removed; want 0", n)
	}
}

// TestAPISearchMore checks that /api/search tells, as the search page
// does, whether more articles match than it lists: true for a word in
// more articles than a search lists, false for one in fewer.
func TestAPISearchMore(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "more.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	n := query.SearchArticles + 5
	for i := range n {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: db, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	for _, c := range []struct {
		q        string
		articles int
		more     bool
	}{{"harbor", query.SearchArticles, true}, {`"report 7"`, 1, false}} {
		var res struct {
			Articles []struct {
				Article int64 `json:"article"`
			} `json:"articles"`
			More *bool `json:"more"`
		}
		if code := get(t, srv, "/api/search?q="+url.QueryEscape(c.q), &res); code != 200 {
			t.Fatalf("%s: %d", c.q, code)
		}
		if res.More == nil || *res.More != c.more || len(res.Articles) != c.articles {
			t.Errorf("%s: %d articles, more %v; want %d, %v", c.q, len(res.Articles), res.More, c.articles, c.more)
		}
	}
}
