package read

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
)

// readWithin reads src with r, failing the test if that takes longer than
// d (a read that blocks forever is the defect some tests look for).
func readWithin(t *testing.T, r *Reader, src string, d time.Duration) []Item {
	t.Helper()
	done := make(chan []Item, 1)
	go func() { done <- readAll(r, src) }()
	select {
	case items := <-done:
		return items
	case <-time.After(d):
		t.Fatalf("reading %s did not finish within %s", src, d)
		return nil
	}
}

// A FIFO among the files of a directory neither hangs the walk nor the
// read, and a FIFO fed more than --max-size is not read past the limit.
func TestReadSkipsNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte(testgen.Article(1, 100)), 0o644)
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	got, bad := Expand([]string{dir})
	if len(got) != 1 || got[0] != good {
		t.Errorf("sources = %q, want only %s", got, good)
	}
	if len(bad) != 1 || bad[0].Source != fifo || !strings.Contains(bad[0].Err.Error(), "not a regular file") {
		t.Errorf("bad = %+v, want one line for the FIFO", bad)
	}

	// Named directly, a FIFO with no writer must not hang the ingest.
	r := NewReader(DefaultFetchOptions)
	items := readWithin(t, r, fifo, 5*time.Second)
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "not a regular file") {
		t.Errorf("FIFO read = %+v", items)
	}

	// A FIFO with a writer that sends more than the limit is refused too,
	// not read whole.
	r.MaxBytes = 64 << 10
	fed := filepath.Join(dir, "fed.txt")
	syscall.Mkfifo(fed, 0o644)
	go func() {
		f, err := os.OpenFile(fed, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		f.Write([]byte(strings.Repeat(testgen.Article(2, 200)+"\n\n", 200))) // far over 64 KB
	}()
	items = readWithin(t, r, fed, 5*time.Second)
	if len(items) != 1 || items[0].Article != nil || items[0].Err == nil {
		t.Errorf("fed FIFO read = %+v", items)
	}
	// Unblock the writer if the reader never opened the FIFO.
	if f, err := os.OpenFile(fed, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}

// A device such as /dev/zero is refused at once, not read until memory
// runs out.
func TestReadRefusesDevices(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	items := readWithin(t, NewReader(DefaultFetchOptions), "/dev/zero", 5*time.Second)
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "not a regular file") {
		t.Errorf("/dev/zero = %+v", items)
	}
}

// A symbolic link to a directory, given as an argument, is walked.
func TestExpandSymlinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	os.MkdirAll(filepath.Join(real, "sub"), 0o755)
	os.WriteFile(filepath.Join(real, "a.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(real, "sub", "b.txt"), []byte("x"), 0o644)
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	got, bad := Expand([]string{link})
	want := []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.txt")}
	if strings.Join(got, "|") != strings.Join(want, "|") || len(bad) != 0 {
		t.Errorf("sources = %q, bad = %+v; want %q", got, bad, want)
	}
}

// A NUL byte anywhere makes data binary, not only in the first 8 KiB.
func TestNULAfterFirst8KiB(t *testing.T) {
	text := testgen.Article(3, 3000)
	if len(text) < 9000 {
		t.Fatalf("article too short: %d", len(text))
	}
	data := []byte(text[:9000] + "\x00" + text[9000:])
	if err := CheckText(data); err == nil || !strings.Contains(err.Error(), "NUL byte at offset 9000") {
		t.Errorf("CheckText = %v", err)
	}
	if _, err := ParseText("x.txt", data); err == nil {
		t.Error("ParseText accepted a NUL byte")
	}
	page := []byte("<html><body><article><p>" + text[:9000] + "\x00" + text[9000:] + "</p></article></body></html>")
	if _, err := ParseHTML("x.html", page, "", nil); err == nil || !strings.Contains(err.Error(), "NUL") {
		t.Errorf("ParseHTML = %v", err)
	}
}

// Every special-purpose range that is not the public internet is blocked.
func TestBlockedAddresses(t *testing.T) {
	for _, s := range []string{
		"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fc00::1",
		"0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "240.0.0.1", "255.255.255.255",
		"64:ff9b::7f00:1", "64:ff9b::a00:1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "192.0.0.8", "2002:7f00:1::1",
	} {
		if !blockedIP(net.ParseIP(s)) {
			t.Errorf("%s is not blocked", s)
		}
	}
	for _, s := range []string{"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "198.20.0.1", "2606:4700:4700::1111"} {
		if blockedIP(net.ParseIP(s)) {
			t.Errorf("%s is blocked", s)
		}
	}
}

// ReadURL reads one article page: it never opens local files or standard
// input, and a feed is refused after one request, its items unfetched.
func TestReadURLOnlyFetchesOnePage(t *testing.T) {
	var hits atomic.Int32
	page := mustRead(t, "testdata/article.html")
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/news/a", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		items := strings.Repeat(`<item><title>x</title><link>`+srv.URL+`/news/a</link></item>`, 40)
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` + items + `</channel></rss>`))
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()
	r := NewReader(FetchOptions{Timeout: 5 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 3, AllowPrivate: true})
	r.Stdin = strings.NewReader(testgen.Article(4, 100))
	ctx := context.Background()
	for _, src := range []string{"/etc/passwd", "-", "/dev/zero", "file:///etc/passwd", "../examples/voss-pledge.txt", "ftp://example.com/x"} {
		if a, err := r.ReadURL(ctx, src); err == nil || a != nil {
			t.Errorf("ReadURL(%q) = %v, %v; want refused", src, a, err)
		}
	}
	a, err := r.ReadURL(ctx, srv.URL+"/news/a")
	if err != nil || a == nil || a.Title == "" {
		t.Fatalf("article page: %v %v", a, err)
	}
	hits.Store(0)
	if _, err := r.ReadURL(ctx, srv.URL+"/feed.xml"); err == nil || !strings.Contains(err.Error(), "feed") {
		t.Errorf("feed: %v", err)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("posting a feed made %d requests, want 1", n)
	}
}

// Articles longer than MaxText are refused, whatever their source.
func TestMaxArticleText(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "long.txt")
	os.WriteFile(p, []byte(testgen.Article(5, 3000)), 0o644)
	r := NewReader(DefaultFetchOptions)
	if r.MaxText != DefaultMaxText || DefaultMaxText < 100<<10 || DefaultMaxText > 1<<20 {
		t.Errorf("default MaxText = %d", r.MaxText)
	}
	r.MaxText = 4 << 10
	items := readAll(r, p)
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.Contains(items[0].Err.Error(), "--max-article") {
		t.Errorf("long article = %+v", items)
	}
	if _, err := r.ParseBody("posted", []byte(testgen.Article(5, 3000)), "text/plain"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("posted long article: %v", err)
	}
	r.MaxText = 1 << 20
	if items := readAll(r, p); items[0].Err != nil {
		t.Errorf("under the limit: %v", items[0].Err)
	}
}
