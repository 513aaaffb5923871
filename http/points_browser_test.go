package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// widths are the viewport widths the issue's checks are run at: a desktop
// and a phone.
var widths = []int64{1400, 390}

// open loads path at width in the browser and waits for the page's foot.
func open(t *testing.T, ctx context.Context, srv *httptest.Server, width int64, path string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(srv.URL+path), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("%s at %d px: %v", path, width, err)
	}
}

// eval runs js in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// noSideScroll fails the test if the page is wider than the viewport.
func noSideScroll(t *testing.T, ctx context.Context) {
	t.Helper()
	if w := eval[[]int64](t, ctx, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`); w[0] > w[1] {
		t.Errorf("the page is %d px wide in a %d px viewport", w[0], w[1])
	}
}

// TestBrowserIssuePoints checks each point of the explore issue in
// Chromium at desktop and phone widths, on the Marsh–Hale story: a
// friendship in November 2024, a feud in June 2025 with an undated attack
// reported in July, a reconciliation in January 2026.
func TestBrowserIssuePoints(t *testing.T) {
	ctx := browser(t)
	srv := newFeudServer(t)
	article := eval0(t, ctx, srv, `Array.from(document.querySelectorAll("ul.articles a")).find(a => a.textContent === "Marsh and Hale make peace").getAttribute("href")`)
	for _, width := range widths {
		t.Run(fmt.Sprintf("1-time/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, "/pair/Lena%20Marsh/Victor%20Hale")
			noSideScroll(t, ctx)
			got := eval[map[string]any](t, ctx, `(() => {
  const m = document.querySelector('circle.mark.undated[data-at="2025-07-14"]');
  if (!m) return {missing: true};
  const r = m.getBoundingClientRect();
  const june = document.querySelector('circle.mark[data-type="oppose"][data-at="2025-06-05"]').getBoundingClientRect();
  const jan = document.querySelector('circle.mark[data-type="reconcile"]').getBoundingClientRect();
  const label = document.querySelector('.tick-label').getBoundingClientRect();
  return {w: r.width, between: june.x < r.x && r.x < jan.x, fill: getComputedStyle(m).fill,
    note: Array.from(document.querySelectorAll('.mark-note')).some(t => t.textContent === 'reported Jul 14'),
    label: label.height};
})()`)
			if got["missing"] == true {
				t.Fatal("no hollow mark for the undated attack reported July 14, 2025")
			}
			if got["w"].(float64) <= 0 || got["between"] != true || got["fill"] != "rgb(255, 255, 255)" || got["note"] != true {
				t.Errorf("the undated July 2025 attack is not drawn hollow between June 2025 and January 2026, labelled: %v", got)
			}
			if h := got["label"].(float64); h < 8 {
				t.Errorf("chart labels are %.1f px high", h)
			}
		})
		t.Run(fmt.Sprintf("2-warmth/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, "/pair/Lena%20Marsh/Victor%20Hale")
			got := eval[map[string]any](t, ctx, `(() => {
  const p = document.querySelector('circle.warmth-point[data-month="2025-06"]');
  const zero = document.querySelector('.warmth-scale line.zero');
  const labels = Array.from(document.querySelectorAll('.warmth-scale .scale-label')).map(t => t.textContent);
  const key = document.querySelector('.warmth-key');
  return {score: Number(p.dataset.score), below: p.getBoundingClientRect().top > zero.getBoundingClientRect().top,
    labels: labels.join(' '), key: key !== null && key.offsetParent !== null};
})()`)
			if got["score"].(float64) >= 0 || got["below"] != true {
				t.Errorf("warmth in June 2025 is not drawn below zero: %v", got)
			}
			if !strings.Contains(got["labels"].(string), "+0") || !strings.Contains(got["labels"].(string), "-") || got["key"] != true {
				t.Errorf("warmth has no labelled scale or no legend: %v", got)
			}
			// The network colours ties by that balance: mixed, and warm
			// again after the reconciliation.
			open(t, ctx, srv, width, "/network")
			mh := eval[map[string]any](t, ctx, `(() => {
  const g = Array.from(document.querySelectorAll('g.link')).find(g => [g.dataset.a, g.dataset.b].sort().join() === 'Lena Marsh,Victor Hale');
  return {mixed: g.classList.contains('mixed'), balance: Number(g.dataset.balance), stripes: g.querySelector('.link-stripes') !== null,
    legend: document.querySelector('.warmth-scale-key').offsetParent !== null};
})()`)
			if mh["mixed"] != true || mh["stripes"] != true || mh["balance"].(float64) <= 0 || mh["legend"] != true {
				t.Errorf("the Marsh–Hale tie is not drawn mixed and warm, or the balance has no legend: %v", mh)
			}
		})
		t.Run(fmt.Sprintf("3-one-click/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, article)
			noSideScroll(t, ctx)
			ids := eval[map[string]any](t, ctx, `(() => {
  const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);
  const events = new Set(Array.from(document.querySelectorAll('.fact.event')).map(e => e.dataset.n));
  const anchors = new Set(Array.from(document.querySelectorAll('.fact.event')).map(e => e.dataset.span));
  return {dup: ids.length - new Set(ids).size, events: events.size, anchors: anchors.size,
    planned: document.querySelectorAll('.fact.event.planned').length};
})()`)
			if ids["dup"].(float64) != 0 || ids["events"] != ids["anchors"] || ids["events"].(float64) < 3 || ids["planned"].(float64) == 0 {
				t.Errorf("not one anchor per event, or no planned event marked: %v", ids)
			}
			eval[bool](t, ctx, `document.querySelector(".fact.event.ev-reconcile").click(), true`)
			if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#fact-box`))); err != nil {
				t.Fatal(err)
			}
			box := eval[map[string]any](t, ctx, `(() => { const r = document.getElementById('fact-box').getBoundingClientRect();
  return {inside: r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight, text: document.getElementById('fact-box').textContent}; })()`)
			if box["inside"] != true || !strings.Contains(box["text"].(string), "Reported by") {
				t.Errorf("the fact box is cut off or not in plain words: %v", box)
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#fact-box .close`))); err != nil {
				t.Fatal(err)
			}
			if !eval[bool](t, ctx, `document.getElementById("fact-box").hidden`) {
				t.Error("the fact box does not close")
			}
			err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a.mention[data-entity="Lena Marsh"]`)), chromedp.WaitVisible(chromedp.CSS(`table.relations`)))
			if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); err != nil || h1 != "Lena Marsh" {
				t.Errorf("a name on the article page led to %q (%v)", h1, err)
			}
		})
		t.Run(fmt.Sprintf("4-article-metadata/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, article)
			got := eval[[]string](t, ctx, `[document.querySelector("h1").textContent, document.querySelector(".byline").textContent, document.querySelector(".text").textContent]`)
			if got[0] != "Marsh and Hale make peace" || !strings.Contains(got[1], "January 5, 2026") || strings.Contains(got[2], "date 2026") || strings.Contains(got[2], "make peace") {
				t.Errorf("article header %q, byline %q, body starting %q", got[0], got[1], got[2][:min(60, len(got[2]))])
			}
		})
		t.Run(fmt.Sprintf("5-articles/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, "/articles")
			noSideScroll(t, ctx)
			dates := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("ul.articles li .meta")).map(m => m.textContent)`)
			if len(dates) != 9 || !strings.Contains(dates[0], "January 5, 2026") {
				t.Errorf("articles are not listed newest first: %q", dates)
			}
			open(t, ctx, srv, width, "/")
			if n := eval[int](t, ctx, `document.querySelectorAll("ul.latest li").length`); n == 0 {
				t.Error("the home page lists no latest events")
			}
		})
		t.Run(fmt.Sprintf("6-search/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, "/search?q=Marsh")
			noSideScroll(t, ctx)
			counts := eval[string](t, ctx, `document.querySelector(".counts").textContent`)
			if !strings.Contains(counts, "articles") || !strings.Contains(counts, "matches") {
				t.Errorf("no counts: %q", counts)
			}
			// A match in a passage after the first leads to that match,
			// marked and in view, in its article.
			href := eval[string](t, ctx, `document.querySelectorAll("li.passage a.hit-link")[2].getAttribute("href")`)
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`li.passage a.hit-link[href="`+href+`"]`))); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `location.pathname.startsWith("/article/") && document.readyState === "complete"`)
			got := eval[map[string]any](t, ctx, `(() => { const m = document.querySelector(":target"); if (!m) return {};
  const r = m.getBoundingClientRect(); return {tag: m.tagName, text: m.textContent, seen: r.top >= 0 && r.bottom <= innerHeight, loc: location.pathname + location.search + location.hash}; })()`)
			if got["tag"] != "MARK" || got["text"] != "Marsh" || got["seen"] != true || got["loc"] != href {
				t.Errorf("the match link %s landed on %v", href, got)
			}
			// A name search that finds nobody offers the text search.
			open(t, ctx, srv, width, "/people?q=disgrace")
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a.text-search`)), chromedp.WaitVisible(chromedp.CSS(`li.passage mark`))); err != nil {
				t.Fatalf("no text search offered: %v", err)
			}
		})
		t.Run(fmt.Sprintf("7-network/%d", width), func(t *testing.T) {
			open(t, ctx, srv, width, "/network")
			noSideScroll(t, ctx)
			got := eval[map[string]any](t, ctx, `(() => {
  const label = getComputedStyle(document.querySelector('.node-label'));
  const tips = Array.from(document.querySelectorAll('g.link > title')).map(t => t.textContent);
  return {legend: document.querySelector('.net-legend').offsetParent !== null, halo: label.paintOrder + ' ' + label.stroke,
    arrows: document.querySelectorAll('line[marker-end], line[marker-start]').length,
    money: tips.some(t => t.includes('$1.5 million')), typed: tips.every(t => /\d+ (meet|fund|support|oppose|threaten|position|reconcile)/.test(t))};
})()`)
			if got["legend"] != true || !strings.HasPrefix(got["halo"].(string), "stroke") || !strings.Contains(got["halo"].(string), "rgb(255, 255, 255)") ||
				got["arrows"].(float64) == 0 || got["money"] != true || got["typed"] != true {
				t.Errorf("network: %v", got)
			}
			// Click a name: that person's ties alone.
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`circle.node[data-name="Lena Marsh"]`)), chromedp.WaitVisible(chromedp.CSS(`a.everyone`))); err != nil {
				t.Fatal(err)
			}
			if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 != "Ties of Lena Marsh" {
				t.Errorf("focus heading %q", h1)
			}
			// The type filter: attacks only.
			err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name="type"][value="oppose"]`)), chromedp.Click(chromedp.CSS(`.net-filter button`)))
			if err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `location.search.includes("type=oppose") && document.readyState === "complete" && document.querySelector("footer") !== null`)
			tips := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('g.link > title')).map(t => t.textContent)`)
			loc := eval[string](t, ctx, `location.search`)
			if !strings.Contains(loc, "type=oppose") || !strings.Contains(loc, "focus=Lena+Marsh") || len(tips) == 0 {
				t.Fatalf("filter: %s, %d ties", loc, len(tips))
			}
			for _, tip := range tips {
				if strings.Contains(tip, "meet") || !strings.Contains(tip, "oppose") {
					t.Errorf("type=oppose shows %q", tip)
				}
			}
		})
	}
}

// waitFor waits up to ten seconds until js is true in the page, across
// a navigation (while the page changes, evaluating may fail).
func waitFor(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	for i := 0; i < 100; i++ {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", js)
}

// eval0 opens the articles page and evaluates js there.
func eval0(t *testing.T, ctx context.Context, srv *httptest.Server, js string) string {
	open(t, ctx, srv, 1400, "/articles")
	return eval[string](t, ctx, js)
}
