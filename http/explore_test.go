package http

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// newFeudServer serves the example articles and testdata/feud: Lena Marsh
// and Victor Hale, allies in November 2024, feuding in June 2025 with an
// undated attack reported in July, reconciled in January 2026 (with a
// planned meeting reported alongside).
func newFeudServer(t testing.TB) *httptest.Server {
	t.Helper()
	feud, _ := filepath.Glob("testdata/feud/*.txt")
	srv, _ := serveSources(t, Config{ReadOnly: true}, feud)
	return srv
}

func page(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s: %d %s", path, resp.StatusCode, body)
	}
	return string(body)
}

func TestPairPageTimeAndWarmth(t *testing.T) {
	srv := newFeudServer(t)
	body := page(t, srv, "/pair/Lena%20Marsh/Victor%20Hale")
	// The undated attack is on the chart, hollow, at its report date.
	if !regexp.MustCompile(`<circle class="mark undated" [^>]*data-type="oppose" data-at="2025-07-14"`).MatchString(body) || !strings.Contains(body, "reported Jul 14") {
		t.Errorf("no hollow undated mark reported on July 14, 2025")
	}
	// Warmth goes below zero in June 2025, and has a scale and a legend.
	m := regexp.MustCompile(`data-month="2025-06" data-score="([-0-9.]+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no warmth point for June 2025")
	}
	if v, _ := strconv.ParseFloat(m[1], 64); v >= 0 {
		t.Errorf("warmth in June 2025 = %v, want below zero", v)
	}
	if !strings.Contains(body, `class="warmth-scale"`) || !strings.Contains(body, `class="key warmth-key"`) {
		t.Error("warmth has no scale or no legend")
	}
	// The timeline lists the undated attack between June 2025 and January 2026.
	june, undated, jan := strings.Index(body, "2025-06-05</span>"), strings.Index(body, "(reported July 14, 2025)"), strings.Index(body, "2026-01-03")
	if june < 0 || undated < june || jan < 0 {
		t.Errorf("timeline order: June %d, undated %d, January %d", june, undated, jan)
	}
	// The summary counts the undated attack in the feud.
	if !strings.Contains(body, "A public feud in June 2025 (2 attacks, 1 threat).") {
		t.Errorf("summary: %s", regexp.MustCompile(`(?s)<section class="summary">.*?</section>`).FindString(body))
	}
	// "2026-01" and "2026-01-03" are not a conflict.
	if strings.Contains(body, "sources disagree") {
		t.Error("a precision-only difference flagged as a conflict")
	}
}

func TestArticlePageHonestAndLinked(t *testing.T) {
	srv := newFeudServer(t)
	var list struct {
		Total    int `json:"total"`
		Articles []struct {
			ID        int64  `json:"id"`
			Name      string `json:"name"`
			Published string `json:"published"`
			Source    string `json:"source"`
			Events    int    `json:"events"`
		} `json:"articles"`
	}
	if code := get(t, srv, "/api/articles?limit=100", &list); code != 200 || list.Total != len(list.Articles) || list.Total < 4 {
		t.Fatalf("/api/articles: %d %+v", code, list)
	}
	for i := 1; i < len(list.Articles); i++ {
		if a, b := list.Articles[i-1].Published, list.Articles[i].Published; b != "" && a < b {
			t.Errorf("articles not newest first: %q before %q", a, b)
		}
	}
	for _, a := range list.Articles {
		if strings.Contains(a.Source, "/") {
			t.Errorf("a server path in the list: %q", a.Source)
		}
	}
	// /api/articles/NAME, as "powermap show a4".
	var art map[string]any
	if code := get(t, srv, "/api/articles/a4", &art); code != 200 || art["name"] != "a4" {
		t.Fatalf("/api/articles/a4: %d %v", code, art["name"])
	}
	id := strconv.FormatInt(int64(art["id"].(float64)), 10)
	body := page(t, srv, "/article/"+id)
	if !strings.Contains(body, "<h1>Marsh and Hale make peace</h1>") || strings.Contains(body, "date 2026-01-05") {
		t.Errorf("headline or header line wrong")
	}
	if !strings.Contains(body, "January 5, 2026") {
		t.Error("no formatted publication date")
	}
	if strings.Contains(body, "testdata") || strings.Contains(body, "a4.txt") {
		t.Error("a file path on the article page")
	}
	if !strings.Contains(body, `href="/person/Lena%20Marsh"`) {
		t.Error("names do not link to person pages")
	}
	if !strings.Contains(body, "Planned: the article says this is to happen") {
		t.Error("the planned meeting is not labelled planned")
	}
	if strings.Contains(body, "confidence 0.") || strings.Contains(body, "rule ") {
		t.Error("the fact box speaks in internal terms")
	}
	ids := map[string]int{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(body, -1) {
		if ids[m[1]]++; ids[m[1]] == 2 {
			t.Errorf("id %q used twice", m[1])
		}
	}
	if n := len(regexp.MustCompile(`<span class="fact event[^"]*" id="span-`).FindAllString(body, -1)); n < 2 {
		t.Errorf("%d event anchors", n)
	}
	// Articles page and home page: newest first.
	arts := page(t, srv, "/articles")
	if i, j := strings.Index(arts, "Marsh and Hale make peace"), strings.Index(arts, "The feud deepens"); i < 0 || j < i {
		t.Errorf("/articles not newest first")
	}
	home := page(t, srv, "/")
	if !strings.Contains(home, `href="/articles"`) || !strings.Contains(home, "Marsh and Hale make peace") {
		t.Error("home page lacks the latest articles or the link to all")
	}
}

func TestLowConfidenceAndQuoteInferredMarked(t *testing.T) {
	srv, _ := newTestServer(t, true)
	body := page(t, srv, "/person/Alan%20Pryce")
	if !strings.Contains(body, "low confidence") && !strings.Contains(body, "inferred from a quote") {
		t.Skip("no uncertain fact in the examples")
	}
	if !strings.Contains(body, `class="uncertain"`) {
		t.Error("uncertain sources are not marked")
	}
}
