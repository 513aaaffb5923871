package http

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// contrastJS returns the text elements whose colour contrast against
// their (first opaque) background is under 4.5:1.
const contrastJS = `(() => {
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = c => { const v = c.slice(0,3).map(x => { x /= 255; return x <= 0.03928 ? x/12.92 : Math.pow((x+0.055)/1.055, 2.4); }); return 0.2126*v[0] + 0.7152*v[1] + 0.0722*v[2]; };
  const bg = el => { for (let n = el; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c; } return [255,255,255]; };
  const bad = [];
  document.querySelectorAll("body *").forEach(el => {
    if (el.closest("svg") || el.offsetParent === null) return;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) return;
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
    const r = (Math.max(a,b) + 0.05) / (Math.min(a,b) + 0.05);
    if (r < 4.5) bad.push(el.tagName + "." + el.className + " " + r.toFixed(2) + ": " + el.textContent.trim().slice(0, 30));
  });
  return bad;
})()`

func TestBrowserPhoneAndDesktop(t *testing.T) {
	ctx := browser(t)
	srv := newFeudServer(t)
	out := artifacts(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/articles"), chromedp.WaitReady(css("footer"))); err != nil {
		t.Fatal(err)
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("ul.articles a")).find(a => a.textContent === "Marsh and Hale make peace").getAttribute("href")`))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{"home": "/", "articles": "/articles", "search": "/search?q=Marsh", "person": "/person/Lena%20Marsh",
		"pair": "/pair/Lena%20Marsh/Victor%20Hale", "network": "/network", "article": href}
	for _, width := range []int64{1400, 390} {
		for name, path := range pages {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(srv.URL+path), chromedp.WaitReady(css("footer"))); err != nil {
				t.Fatalf("%s at %d: %v", name, width, err)
			}
			scroll, _ := chromedp.Run(ctx, chromedp.Evaluate[int64](`document.documentElement.scrollWidth`))
			client, _ := chromedp.Run(ctx, chromedp.Evaluate[int64](`document.documentElement.clientWidth`))
			if scroll > client {
				t.Errorf("%s at %d px: page is %d px wide (horizontal scroll)", name, width, scroll)
			}
			bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](contrastJS))
			if err != nil {
				t.Fatal(err)
			}
			if len(bad) > 0 {
				t.Errorf("%s at %d px: contrast under 4.5:1: %s", name, width, strings.Join(bad, "; "))
			}
			if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(filepath.Join(out, name+"-"+map[int64]string{1400: "desktop", 390: "phone"}[width]+".png"), shot, 0o644)
			}
		}
	}
	// The fact box opens on a click, links to the event, and closes.
	err = chromedp.Do(ctx, chromedp.EmulateViewport(390, 900), chromedp.Navigate(srv.URL+href),
		chromedp.WaitReady(css(`footer`)))
	if err != nil {
		t.Fatal(err)
	}
	// Click the passage itself, not a name inside it (which leads away).
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(".fact.event.ev-reconcile").click(), true`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(css(`#fact-box`))); err != nil {
		t.Fatal(err)
	}
	links, _ := chromedp.Run(ctx, chromedp.Text(css(`#fact-box .fact-links`)))
	if err := chromedp.Do(ctx, chromedp.Click(css(`#fact-box .close`))); err != nil {
		t.Fatal(err)
	}
	hidden, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("fact-box").hidden`))
	if !hidden || !strings.Contains(links, "over time") {
		t.Errorf("fact box: hidden after close %v, links %q", hidden, links)
	}
	// A name leads to its person.
	err = chromedp.Do(ctx, chromedp.Navigate(srv.URL+href),
		chromedp.Click(css(`a.mention[data-entity="Victor Hale"]`)),
		chromedp.WaitVisible(css(`table.relations`)))
	h1, _ := chromedp.Run(ctx, chromedp.Text(css(`h1`)))
	if err != nil || h1 != "Victor Hale" {
		t.Errorf("name link landed on %q (%v)", h1, err)
	}
}
