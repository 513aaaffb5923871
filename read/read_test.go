package read

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// blockTexts returns the text of every block of kind k.
func blockTexts(a *powermap.Article, k powermap.BlockKind) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == k {
			out = append(out, a.Text[b.Start:b.End])
		}
	}
	return out
}

// checkInvariants asserts what must hold of every article a reader
// returns: text kept, blocks in order and in bounds, posts in bounds.
func checkInvariants(t *testing.T, a *powermap.Article, input []byte) {
	t.Helper()
	if a.Format == "text" && a.Text != string(input) {
		t.Fatalf("text not kept byte for byte")
	}
	prev := 0
	for _, b := range a.Blocks {
		if b.Start < prev || b.End < b.Start || b.End > len(a.Text) {
			t.Fatalf("block %+v out of order or bounds (prev end %d, len %d)", b, prev, len(a.Text))
		}
		prev = b.End
	}
	for _, p := range a.Posts {
		if !(p.Start <= p.TextStart && p.TextStart <= p.TextEnd && p.TextEnd <= p.End && p.End <= len(a.Text)) {
			t.Fatalf("post %+v out of bounds", p)
		}
	}
}

func TestParseTextHeaderPostAndBoilerplate(t *testing.T) {
	data := mustRead(t, "testdata/header-post.txt")
	a, err := ParseText("testdata/header-post.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, data)
	if a.Name != "header-post" {
		t.Errorf("name = %q", a.Name)
	}
	if got := a.PublishedString(); got != "2025-11-03" {
		t.Errorf("published = %q", got)
	}
	if got := blockTexts(a, powermap.BlockMeta); len(got) != 1 || got[0] != "date 2025-11-03" {
		t.Errorf("meta blocks = %q", got)
	}
	if len(a.Posts) != 1 {
		t.Fatalf("posts = %+v", a.Posts)
	}
	p := a.Posts[0]
	if p.Author != "Tomas Reyes" || p.Handle != "tomasreyes" || p.Posted.Format("2006-01-02") != "2025-11-02" {
		t.Errorf("post = %+v", p)
	}
	postText := a.Text[p.TextStart:p.TextEnd]
	if !strings.HasPrefix(postText, "Had a frank talk with @SenQuill") || !strings.HasSuffix(postText, "pic.twitter.com/Ab12Cd34Ef") {
		t.Errorf("post text = %q", postText)
	}
	if got := blockTexts(a, powermap.BlockPhotoCredit); len(got) != 1 || got[0] != "Photo by Jan Novak/Metro Wire" {
		t.Errorf("photo credits = %q", got)
	}
	if got := blockTexts(a, powermap.BlockShare); len(got) != 1 {
		t.Errorf("share lines = %q", got)
	}
	// The paragraph before the post quotes people: it stays body text.
	body := strings.Join(blockTexts(a, powermap.BlockBody), "\n")
	if !strings.Contains(body, "“We are closer than we were,” Quill told reporters.") {
		t.Errorf("body lost the quote paragraph: %q", body)
	}
	if strings.Contains(body, "@SenQuill") || strings.Contains(body, "Photo by") {
		t.Errorf("boilerplate leaked into body: %q", body)
	}
}

func TestParseTextTimeLineBylineDateline(t *testing.T) {
	data := mustRead(t, "testdata/timeline-byline.txt")
	a, err := ParseText("x/timeline-byline.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, data)
	if a.Title != "Quill and Reyes announce stadium compromise" {
		t.Errorf("title = %q", a.Title)
	}
	if a.Byline != "Priya Natarajan and Owen Castle" {
		t.Errorf("byline = %q", a.Byline)
	}
	if a.Dateline != "Riverton, Ohio" {
		t.Errorf("dateline = %q", a.Dateline)
	}
	if got := a.Published.Format(time.RFC3339); got != "2025-03-14T18:05:00-04:00" {
		t.Errorf("published = %s", got)
	}
	links := blockTexts(a, powermap.BlockLinkList)
	if len(links) != 1 || !strings.HasPrefix(links[0], "More on Ada Quill:") || !strings.HasSuffix(links[0], "Reyes buys minor-league team") {
		t.Errorf("link lists = %q", links)
	}
	if got := blockTexts(a, powermap.BlockPhotoCredit); len(got) != 1 || !strings.HasPrefix(got[0], "Cover photo:") {
		t.Errorf("photo credits = %q", got)
	}
	if a.BoilerplateCount() != 2 {
		t.Errorf("boilerplate count = %d", a.BoilerplateCount())
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, or "" for no match
		p    powermap.Precision
	}{
		{"Dec 20, 2024 11:54 AM EST", "2024-12-20T11:54:00-05:00", powermap.PrecisionTime},
		{"Jan. 4 2026, Published 1:00 p.m. ET", "2026-01-04T13:00:00-05:00", powermap.PrecisionTime},
		{"Published: July 7, 2025", "2025-07-07T00:00:00Z", powermap.PrecisionDay},
		{"4 January 2026", "2026-01-04T00:00:00Z", powermap.PrecisionDay},
		{"Sept. 30, 2025 12:10 am PT", "2025-09-30T00:10:00-07:00", powermap.PrecisionTime},
		{"2025-06-04", "2025-06-04T00:00:00Z", powermap.PrecisionDay},
		{"Updated 4:12 p.m. ET, Feb. 9, 2026", "2026-02-09T16:12:00-05:00", powermap.PrecisionTime},
		{"Posted 9:05 AM PT on Thu. Oct 1, 2026", "2026-10-01T09:05:00-07:00", powermap.PrecisionTime},
		{"Last updated: Tuesday 14 July 2026", "2026-07-14T00:00:00Z", powermap.PrecisionDay},
		{"Dec 20, 2024 11:54 AM IST", "2024-12-20T11:54:00Z", powermap.PrecisionTime},
		{"Published 11:00 Wednesday, May 6, 2026", "2026-05-06T11:00:00Z", powermap.PrecisionTime},
		{"Trump met Musk on Jan 4, 2026 at the club", "", 0},
		{"Smarch 40, 2025", "", 0},
	}
	for _, tt := range tests {
		got, p, ok := parseDateLine(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("%q: matched %v, want no match", tt.in, got)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339) != tt.want || p != tt.p {
			t.Errorf("%q = %v %v %v, want %s %v", tt.in, got.Format(time.RFC3339), p, ok, tt.want, tt.p)
		}
	}
}

func TestFindDateline(t *testing.T) {
	tests := map[string]string{
		"Palm Beach, Florida - Elon Musk joined":                               "Palm Beach, Florida",
		"BRIDGEWATER, N.J. — (AP) — Vice President":                            "BRIDGEWATER, N.J.",
		"WASHINGTON (Reuters) - The Senate voted":                              "WASHINGTON",
		"Trump - who rarely apologizes - said":                                 "",
		"The senator — known for her temper — said no":                         "",
		"On Wednesday, Tom Reed — the founder of Brightway Foods — criticized": "",
		"The Hague, Netherlands — The court ruled":                             "The Hague, Netherlands",
	}
	for in, want := range tests {
		if got := findDateline(in); got != want {
			t.Errorf("findDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "empty"},
		{"blank", []byte(" \n\n\t "), "empty"},
		{"binary", []byte("PK\x03\x04\x00\x00binary zip"), "binary"},
		{"control", []byte(strings.Repeat("\x01\x02\x03abc", 50)), "binary"},
		{"latin1", []byte("Caf\xe9 society met on Tuesday to discuss the deal."), "not valid UTF-8 (first bad byte at offset 3)"},
		{"only boilerplate", []byte("Photo by Someone/Agency\nShare this article\n"), "no article text"},
	}
	for _, tt := range tests {
		_, err := ParseText(tt.name, tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, powermap.ErrInvalid) {
			t.Errorf("%s: err = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestParseHTML(t *testing.T) {
	data := mustRead(t, "testdata/article.html")
	base := mustURL(t, "https://metro-wire.example/feed")
	a, err := ParseHTML("testdata/article.html", data, "text/html", base)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, data)
	if a.Title != "Reyes pledges $2 million to stadium fund" {
		t.Errorf("title = %q (JSON-LD headline should win)", a.Title)
	}
	if a.Byline != "Owen Castle" || a.Outlet != "Metro Wire" {
		t.Errorf("byline %q outlet %q", a.Byline, a.Outlet)
	}
	if a.URL != "https://metro-wire.example/news/reyes-pledge?ref=home" {
		t.Errorf("canonical url = %q", a.URL)
	}
	if got := a.Published.Format(time.RFC3339); got != "2025-06-01T09:30:00-05:00" {
		t.Errorf("published = %s", got)
	}
	if a.Dateline != "RIVERTON, Ohio" {
		t.Errorf("dateline = %q", a.Dateline)
	}
	if !strings.Contains(a.Text, "“This city deserves a team it can be proud of,” Reyes said") {
		t.Errorf("text misses body: %q", a.Text)
	}
	if strings.Contains(a.Text, "Home") {
		t.Errorf("navigation leaked into text: %q", a.Text)
	}
	if got := blockTexts(a, powermap.BlockPhotoCredit); len(got) != 1 {
		t.Errorf("photo credits = %q in %q", got, a.Text)
	}
}

func TestParseHTMLNoArticle(t *testing.T) {
	_, err := ParseHTML("empty-article.html", mustRead(t, "testdata/empty-article.html"), "", nil)
	if err == nil || !strings.Contains(err.Error(), "no article text") {
		t.Fatalf("err = %v", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, ct, data, want string }{
		{"a.txt", "", " date 2025-01-01 Text", "text"},
		{"a", "", "<?xml version=\"1.0\"?><rss version=\"2.0\">", "feed"},
		{"a", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"},
		{"a", "", "<!DOCTYPE html><html>", "html"},
		{"u", "application/rss+xml", "whatever", "feed"},
		{"u", "text/html; charset=utf-8", "plain words", "html"},
		{"a.htm", "", "no tags at all", "html"},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, tt.ct, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %s, want %s", tt.name, tt.ct, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "sub/b.html", "sub/c.json", ".hidden/d.txt", "e.xml"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	got, bad := Expand([]string{dir, filepath.Join(dir, "*.txt"), filepath.Join(dir, "nope-*.txt"), filepath.Join(dir, "missing.txt"), "-", "ftp://x/y", "https://example.com/a"})
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "e.xml"), filepath.Join(dir, "sub/b.html"), filepath.Join(dir, "a.txt"), "-", "https://example.com/a"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sources = %q\nwant      %q", got, want)
	}
	if len(bad) != 3 {
		t.Fatalf("bad = %+v", bad)
	}
	for i, w := range []string{"matches no file", "no such file", "only http and https"} {
		if !strings.Contains(bad[i].Err.Error(), w) {
			t.Errorf("bad[%d] = %v, want %q", i, bad[i].Err, w)
		}
	}
}

func TestReadTooLargeFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(50 << 20) // a 50 MB file; sparse, so cheap
	f.Close()
	r := NewReader(DefaultFetchOptions)
	items := readAll(r, p)
	if len(items) != 1 || items[0].Err == nil || !errors.Is(items[0].Err, ErrTooLarge) || !strings.Contains(items[0].Err.Error(), "50.0 MB") {
		t.Fatalf("items = %+v", items)
	}
}

func readAll(r *Reader, src string) []Item {
	var items []Item
	r.Read(context.Background(), src, func(it Item) { items = append(items, it) })
	return items
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestFetchAndFeedOverLoopback(t *testing.T) {
	page := mustRead(t, "testdata/article.html")
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/news/reyes-pledge", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != UserAgent {
			http.Error(w, "no user agent", 400)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 2<<20)) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Metro Wire</title>
<item><title>Reyes pledges</title><link>` + srv.URL + `/news/reyes-pledge</link><pubDate>Sun, 01 Jun 2025 10:00:00 -0500</pubDate></item>
<item><title>Broken</title><link>` + srv.URL + `/gone</link></item>
<item><title>Nothing at all</title></item>
<item><title>Inline</title><description><![CDATA[<p>RIVERTON — Council member Lena Ford met Senator Ada Quill on Monday to discuss the stadium fund and its critics.</p><p>Ford said the meeting was cordial but changed nothing about her vote against the plan.</p>]]></description></item>
</channel></rss>`))
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	open := NewReader(FetchOptions{Timeout: 5 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 3, AllowPrivate: true})
	items := readAll(open, srv.URL+"/feed.xml")
	if len(items) != 4 {
		t.Fatalf("feed items = %d: %+v", len(items), items)
	}
	if a := items[0].Article; items[0].Err != nil || a == nil || a.Title != "Reyes pledges $2 million to stadium fund" || a.Outlet != "Metro Wire" || a.Byline != "Owen Castle" {
		t.Errorf("item 1 = %+v %v", a, items[0].Err)
	}
	if items[1].Err == nil || !strings.Contains(items[1].Err.Error(), "404") || !strings.Contains(items[1].Source, "item 2") {
		t.Errorf("item 2 = %+v", items[1])
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "neither a link nor content") {
		t.Errorf("item 3 = %+v", items[2])
	}
	if a := items[3].Article; a == nil || !strings.Contains(a.Text, "Lena Ford met Senator Ada Quill") || a.Name != "feed-4" {
		t.Errorf("item 4 = %+v %v", a, items[3].Err)
	}

	if it := readAll(open, srv.URL+"/big"); it[0].Err == nil || !errors.Is(it[0].Err, ErrTooLarge) {
		t.Errorf("big: %+v", it)
	}
	if it := readAll(open, srv.URL+"/loop"); it[0].Err == nil || !strings.Contains(it[0].Err.Error(), "redirects") {
		t.Errorf("loop: %+v", it)
	}
	// By default, loopback is refused before any request is made.
	closed := NewReader(DefaultFetchOptions)
	if it := readAll(closed, srv.URL+"/news/reyes-pledge"); it[0].Err == nil || !errors.Is(it[0].Err, ErrBlockedAddress) {
		t.Errorf("default fetcher reached loopback: %+v", it)
	}
	// An unreachable URL: a port nothing listens on.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	if it := readAll(open, deadURL+"/x"); it[0].Err == nil || !strings.Contains(it[0].Err.Error(), "unreachable") {
		t.Errorf("dead: %+v", it)
	}
}

func FuzzParseText(f *testing.F) {
	for _, p := range []string{"testdata/header-post.txt", "testdata/timeline-byline.txt"} {
		f.Add(mustReadF(f, p))
	}
	f.Add([]byte(" date 2025-01-01 \n— A (@b) January 1, 2025\nBy X\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz.txt", data)
		if err != nil {
			return
		}
		checkInvariants(t, a, data)
	})
}

func FuzzParseHTML(f *testing.F) {
	f.Add(mustReadF(f, "testdata/article.html"))
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("fuzz.html", data, "", nil)
		if err != nil {
			return
		}
		checkInvariants(t, a, data)
	})
}

func mustReadF(f *testing.F, p string) []byte {
	data, err := os.ReadFile(p)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

// TestHeaderLayouts reads the heads sites set above the story: a section
// label, a headline, a summary, a byline with or without "By", and a
// date line holding other parts, in up to eight lines.
func TestHeaderLayouts(t *testing.T) {
	body := "PORTLAND, Maine — Councilwoman Ada Pell met developer Tomas Reyes on Tuesday to discuss the harbor plan, aides said.\n\nThe two have sparred for months.\n"
	tests := []struct {
		name, head, published, byline, title string
	}{
		{"label, headline, summary, byline, date with a time",
			"HARBOR | DEVELOPMENT\n\nPell and Reyes meet over harbor plan\n\nA months-long feud over the waterfront pauses for talks\n\nBy Lena Ortiz and Sam Birch\nMarch 12, 2026 7:05 am ET\n\n",
			"2026-03-12", "Lena Ortiz and Sam Birch", "Pell and Reyes meet over harbor plan"},
		{"byline and date on one line",
			"Fact-check | Maine politics\n\nDid Ada Pell take money from Tomas Reyes?\n\nBy Priya Holt | June 22, 2026\n\n",
			"2026-06-22", "Priya Holt", "Did Ada Pell take money from Tomas Reyes?"},
		{"a date among other parts",
			"CITY / HALL\n\nPell, Reyes talk it out\n\nPosted by Mira Tan · Feb 20, 2026, 9:14 AM PT · 6 min read\n\n",
			"2026-02-20", "Mira Tan", "Pell, Reyes talk it out"},
		{"a byline without By before the date",
			"THE HARBOR LEDGER\nPolitics\n\nPell meets her old rival at last\n\nThe councilwoman and the developer sat down for two hours\n\nLena Ortiz in Portland and Sam Birch in Boston\nMarch 18 2026\n\n",
			"2026-03-18", "Lena Ortiz in Portland and Sam Birch in Boston", "Pell meets her old rival at last"},
		{"a numeric date",
			"Posted: 11/18/2025 6:42 PM ET\n\nPell and Reyes meet\n\n",
			"2025-11-18", "", "Pell and Reyes meet"},
		{"a headline alone under a date header",
			" date 2026-03-12 \n\nPell And Reyes Meet Over Harbor Plan\n\n",
			"2026-03-12", "", "Pell And Reyes Meet Over Harbor Plan"},
		{"a weekday date after a label",
			"Last updated: Tuesday 14 July 2026\n\n",
			"2026-07-14", "", ""},
		{"a section label before the byline, a photographer's credit",
			"date 2026-03-12\nPell and Reyes meet over harbor plan\n\nTHE SCENE | By Lena Ortiz\nPhotography by Sam Birch\n\nMarch 12, 2026\n\n",
			"2026-03-12", "Lena Ortiz", "Pell and Reyes meet over harbor plan"},
	}
	for _, tt := range tests {
		data := []byte(tt.head + body)
		a, err := ParseText("t.txt", data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		checkInvariants(t, a, data)
		if got := a.PublishedString(); !strings.HasPrefix(got, tt.published) {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.published)
		}
		if a.Byline != tt.byline {
			t.Errorf("%s: byline %q, want %q", tt.name, a.Byline, tt.byline)
		}
		if tt.title != "" && a.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, a.Title, tt.title)
		}
		if body := blockTexts(a, powermap.BlockBody); len(body) == 0 || !strings.HasPrefix(body[len(body)-2], "PORTLAND, Maine") {
			t.Errorf("%s: body %q", tt.name, body)
		}
		if a.Dateline != "PORTLAND, Maine" {
			t.Errorf("%s: dateline %q", tt.name, a.Dateline)
		}
		for _, b := range blockTexts(a, powermap.BlockBody) {
			if strings.Contains(b, " by ") || strings.Contains(b, " By ") {
				t.Errorf("%s: a byline or credit left in the body: %q", tt.name, b)
			}
		}
	}
	// A dateline with its date dates an article no header dates.
	data := []byte("Pell and Reyes meet over harbor plan\n\nBy Lena Ortiz, City Hall Bureau\n\nPORTLAND, Maine, March 26, 2026 - Councilwoman Ada Pell met developer Tomas Reyes on Tuesday.\n\nThe two have sparred for months.\n")
	a, err := ParseText("t.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.PublishedString(); got != "2026-03-26" || a.Dateline != "PORTLAND, Maine, March 26, 2026" {
		t.Errorf("dated dateline: published %q, dateline %q", got, a.Dateline)
	}
}

// TestPostsOpeningWithTheirAuthor checks that a post quoted as its author,
// handle and a colon before its text ("Dmitri Varga (@dvarga): …", in a
// blockquote or indented, its text in quotation marks or not) is a post
// by that author, its time line under it no body text.
func TestPostsOpeningWithTheirAuthor(t *testing.T) {
	text := "date 2025-06-06\n\nVarga and Ashby trade blows online as their feud flares again\n\nBy Lena Ortiz\n\n" +
		"WASHINGTON - The rocket builder Dmitri Varga attacked President Conrad Ashby on Thursday.\n\nWithin the hour, Varga shot back.\n\n" +
		"> Dmitri Varga (@dvarga): Without me, Ashby would have lost.\n> Such ingratitude.\n> 1:58 PM · Jun 5, 2025 · 48.2M views\n\n" +
		"Aides to Ana Ruiz (@anaruiz): not reachable, her office said.\n\n" +
		"The president answered on his own account.\n\n" +
		"    Conrad Ashby (@ConradAshby): \"Dmitri has lost his mind.\"\n\n" +
		"Aides said the two had not spoken (@ mentions aside): nothing more.\n"
	a, err := ParseText("lead-posts.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, []byte(text))
	want := []struct{ author, handle, text string }{
		{"Dmitri Varga", "dvarga", "Without me, Ashby would have lost.\n> Such ingratitude."},
		{"Conrad Ashby", "ConradAshby", "Dmitri has lost his mind."},
	}
	if len(a.Posts) != len(want) {
		t.Fatalf("posts = %+v, want %d", a.Posts, len(want))
	}
	for i, w := range want {
		p := a.Posts[i]
		if p.Author != w.author || p.Handle != w.handle || a.Text[p.TextStart:p.TextEnd] != w.text {
			t.Errorf("post %d = %+v (text %q), want %+v", i, p, a.Text[p.TextStart:p.TextEnd], w)
		}
	}
	// The time line under the blockquote gives the post its day.
	if got := a.Posts[0].Posted.Format("2006-01-02"); got != "2025-06-05" {
		t.Errorf("first post posted %s, want 2025-06-05 from its time line", got)
	}
	if !a.Posts[1].Posted.IsZero() {
		t.Errorf("second post posted %v, want no day (it has no time line)", a.Posts[1].Posted)
	}
	body := strings.Join(blockTexts(a, powermap.BlockBody), "\n")
	if strings.Contains(body, "48.2M views") || strings.Contains(body, "@dvarga") {
		t.Errorf("post lines leaked into the body: %q", body)
	}
	if !strings.Contains(body, "Aides said the two had not spoken") {
		t.Errorf("body lost a paragraph: %q", body)
	}
}

// A post quoted as a block with its signature inside the block ("> —
// Name (@handle) date") keeps the block's lines above the signature as
// its text, without the marks.
func TestPostSignedInsideItsBlock(t *testing.T) {
	text := "date 2025-02-12\n\nFounders trade barbs online\n\n" +
		"The feud between Nathan Greer and Tariq Haddad spilled online on Tuesday.\n\n" +
		"> Tariq left this company with a check most people would kill for. Sad.\n> — Nathan Greer (@ngreer) February 11, 2025\n\n" +
		"Haddad replied within the hour.\n"
	a, err := ParseText("block-post.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, []byte(text))
	if len(a.Posts) != 1 {
		t.Fatalf("posts = %+v, want 1", a.Posts)
	}
	p := a.Posts[0]
	if got := a.Text[p.TextStart:p.TextEnd]; p.Author != "Nathan Greer" || got != "Tariq left this company with a check most people would kill for. Sad." {
		t.Errorf("post = %+v, text %q", p, got)
	}
}

// TestPostsUnderAHandleLine checks posts laid out as a page shows them:
// a line with the handle alone (or a name and the handle), the text on
// the lines right after, and a time or date line that ends it; a handle
// in running text, or a handle line with no text under it, opens none.
func TestPostsUnderAHandleLine(t *testing.T) {
	text := "date 2026-01-08\n\nHost and chef make peace\n\n" +
		"Sloane Whitcombe had clashed with chef Rocco Bellini for months.\n\n" +
		"@sloanewhitcombe\nTurns out Rocco is a great guy.\nThank you for the short ribs.\n2:15 PM · Jan 7, 2026\n\n" +
		"The mayor, who posts as @MayorOnyango, also weighed in.\n\n" +
		"Harriet Onyango @MayorOnyango\nWe owe Rocco a thank-you.\nJan. 6, 2026\n\n" +
		"@nobodyhere\n\nThe feud began in March.\n"
	a, err := ParseText("handle-posts.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, []byte(text))
	want := []struct{ author, handle, text, day string }{
		{"", "sloanewhitcombe", "Turns out Rocco is a great guy.\nThank you for the short ribs.", "2026-01-07"},
		{"Harriet Onyango", "MayorOnyango", "We owe Rocco a thank-you.", "2026-01-06"},
	}
	if len(a.Posts) != len(want) {
		t.Fatalf("posts = %+v, want %d", a.Posts, len(want))
	}
	for i, w := range want {
		p := a.Posts[i]
		if p.Author != w.author || p.Handle != w.handle || a.Text[p.TextStart:p.TextEnd] != w.text || p.Posted.Format("2006-01-02") != w.day {
			t.Errorf("post %d = %+v (text %q), want %+v", i, p, a.Text[p.TextStart:p.TextEnd], w)
		}
	}
	body := strings.Join(blockTexts(a, powermap.BlockBody), "\n")
	for _, s := range []string{"who posts as @MayorOnyango", "The feud began in March."} {
		if !strings.Contains(body, s) {
			t.Errorf("body lost %q: %q", s, body)
		}
	}
	if strings.Contains(body, "short ribs") || strings.Contains(body, "2:15 PM") {
		t.Errorf("post lines leaked into the body: %q", body)
	}
}

// TestPostOpenedByItsHandle checks a post on one line opened by its
// handle and a colon ("@twrenfield: …"), with no name before it.
func TestPostOpenedByItsHandle(t *testing.T) {
	text := "date 2026-03-04\n\nMagnate and senator trade barbs\n\n" +
		"Senator Lucia Marchetti accused Tobias Wrenfield of dodging port fees.\n\n" +
		"Wrenfield posted a reply within the hour:\n\n" +
		"@twrenfield: Marchetti is a pathetic liar.\n\n" +
		"Write to us at @harborherald: we read every letter.\n"
	a, err := ParseText("handle-lead.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, a, []byte(text))
	if len(a.Posts) != 1 {
		t.Fatalf("posts = %+v, want 1", a.Posts)
	}
	if p := a.Posts[0]; p.Author != "" || p.Handle != "twrenfield" || a.Text[p.TextStart:p.TextEnd] != "Marchetti is a pathetic liar." {
		t.Errorf("post = %+v, text %q", p, a.Text[p.TextStart:p.TextEnd])
	}
}

// TestLinkListHeads checks the link-list headings and bullets of other
// sites' styles: each heading and its items are one link list, and the
// body around them stays body.
func TestLinkListHeads(t *testing.T) {
	for _, c := range []struct{ head, item string }{
		{"Further reading:", "- Interview: Former envoy Ines Marlow on the lost decade of talks"},
		{"Related:", "→ Tomas Reyes on why the donor's money may backfire"},
		{"More Kestrels coverage:", "- Column: Why Ada Quill thinks the league needs a code"},
		{"Also on the Gazette:", "- Who is Owen Castle, the strategist behind the campaign?"},
		{"Don't miss:", "» Reyes buys a minor-league team"},
		{"Also in this issue:", "- Why Owen Castle left the council"},
	} {
		text := "date 2025-03-14\nQuill and Reyes settle\n\nAda Quill and Tomas Reyes settled their feud on Friday.\n\n" +
			c.head + "\n" + c.item + "\n- Another headline about the feud\n\nThe end of the story came later.\n"
		a, err := ParseText("x.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		links := blockTexts(a, powermap.BlockLinkList)
		if len(links) != 1 || !strings.HasPrefix(links[0], c.head) || !strings.HasSuffix(links[0], "Another headline about the feud") {
			t.Errorf("%s: link lists = %q", c.head, links)
		}
	}
}

// TestListsThatAreBody checks that a list under a heading of the story's
// own ("Also on the ballot:") stays body: its items are facts, not links.
func TestListsThatAreBody(t *testing.T) {
	text := "date 2025-03-14\nVoters decide\n\nVoters will decide three measures on Tuesday.\n\nAlso on the ballot:\n- Measure A, a $40 million school bond backed by Mayor Ada Quill\n- Measure B, which Tomas Reyes has opposed\n"
	a, err := ParseText("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if links := blockTexts(a, powermap.BlockLinkList); len(links) != 0 {
		t.Errorf("link lists = %q, want none", links)
	}
}

// TestHeaderBylines checks two more layouts of a byline in an article's
// head: a correspondent's line over the name, and a newsletter's
// description ending in its author. Neither is body.
func TestHeaderBylines(t *testing.T) {
	for _, c := range []struct{ text, byline string }{
		{"date 2025-12-04\nEnvoy recalled\n\nFrom our correspondent in Port Ellis\nJakob Marlow-Eze\n\nThursday 4 December 2025\n\nThe ministry recalled its ambassador on Wednesday.\n", "Jakob Marlow-Eze"},
		{"date 2025-10-03\nThe Ballot Box\n\nTHE BALLOT BOX | Friday, October 3, 2025\nA weekly newsletter on the money behind the state's ballot measures. Written by Harriet Lowell-Obi.\n\nThe measure drew money.\n", "Harriet Lowell-Obi"},
	} {
		a, err := ParseText("x.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Byline != c.byline {
			t.Errorf("byline = %q, want %q", a.Byline, c.byline)
		}
		if body := blockTexts(a, powermap.BlockBody); strings.Contains(strings.Join(body, "\n"), c.byline) {
			t.Errorf("the byline %q is left in the body: %q", c.byline, body)
		}
	}
}
