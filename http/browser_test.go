package http

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium (Debian's chromium package), or skips
// the test when it is absent — unless POWERMAP_REQUIRE_BROWSER is set, as
// .ci/run sets it after installing Chromium.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("POWERMAP_REQUIRE_BROWSER") != "" {
			t.Fatal("Chromium is not installed (apt-get install chromium) and POWERMAP_REQUIRE_BROWSER is set")
		}
		t.Skip("Chromium is not installed; .ci/run installs it (apt-get install chromium chromium-driver)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// artifacts returns the folder screenshots go to: $POWERMAP_ARTIFACTS, or
// artifacts/ at the top of the repository.
func artifacts(t *testing.T) string {
	dir := os.Getenv("POWERMAP_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowserJourney opens the home page, searches a name, opens the
// person from the results, opens a pair page, clicks an event mark and
// lands on its evidence highlighted in its
// article; it saves screenshots of the pair page and the network view.
func TestBrowserJourney(t *testing.T) {
	ctx := browser(t)
	srv, _ := newTestServer(t, false)
	out := artifacts(t)

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(css(`input[name="q"]`)),
		chromedp.SendKeys(css(`input[name="q"]`), "Whitfield"),
		chromedp.Submit(css(`input[name="q"]`)),
		// One results page for names and text: the person, then her page.
		chromedp.WaitVisible(css(`.name-results a`)),
		chromedp.Click(chromedp.Search(`//section[contains(@class,"name-results")]//a[text()="Dana Whitfield"]`)),
		chromedp.WaitVisible(css(`table.relations`)),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if heading, err := chromedp.Run(ctx, chromedp.Text(css(`h1`))); err != nil || heading != "Dana Whitfield" {
		t.Fatalf("search landed on %q (%v)", heading, err)
	}
	// To the pair page through the relationships table.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.Search(`//table[contains(@class,"relations")]//a[text()="Harlan Voss"]`)),
		chromedp.WaitVisible(css(`svg.pair-chart circle.mark`)),
	)
	if err != nil {
		t.Fatalf("pair page: %v", err)
	}
	if title, _ := chromedp.Run(ctx, chromedp.Text(css(`h1`))); !strings.Contains(title, "Harlan Voss") || !strings.Contains(title, "Dana Whitfield") {
		t.Errorf("pair page title %q", title)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "pair.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	// Click the first meeting mark: it leads to the evidence, highlighted.
	err = chromedp.Do(ctx,
		chromedp.Click(css(`svg.pair-chart circle.mark[data-type="meet"]`)),
		chromedp.WaitVisible(css(`.fact.event.selected`)),
	)
	if err != nil {
		t.Fatalf("clicking an event mark: %v", err)
	}
	location, _ := chromedp.Run(ctx, chromedp.Location())
	selectedID, _ := chromedp.Run(ctx, chromedp.AttributeValue(css(`.fact.event.selected`), "id"))
	selectedText, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll(".fact.event.selected")).map(e => e.textContent).join("")`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(location, "/article/") || !strings.HasSuffix(location, "#"+selectedID.Value) {
		t.Errorf("landed on %s with %q selected", location, selectedID.Value)
	}
	if !strings.Contains(selectedText, "Harborview Club") {
		t.Errorf("highlighted evidence %q is not the dinner", selectedText)
	}
	if box, err := chromedp.Run(ctx, chromedp.Text(css(`#fact-box`))); err != nil || !strings.Contains(box, "Meeting") || !strings.Contains(box, "Reported by") || strings.Contains(box, "rule") {
		t.Errorf("fact box %q (%v)", box, err)
	}
	// The network view.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/network"), chromedp.WaitVisible(css(`svg.network circle.node`))); err != nil {
		t.Fatalf("network: %v", err)
	}
	if shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "network.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", out)
}
