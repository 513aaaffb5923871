package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// feedServer serves a feed of n items, each linking to a page of about
// size bytes of text; before answering item k > 1 it calls wait(k).
func feedServer(t testing.TB, n, size int, wait func(k int) bool) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
			for k := 1; k <= n; k++ {
				fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s/item/%d</link></item>`, k, srv.URL, k)
			}
			b.WriteString(`</channel></rss>`)
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(b.String()))
			return
		}
		var k int
		fmt.Sscanf(r.URL.Path, "/item/%d", &k)
		if k > 1 && !wait(k) {
			http.Error(w, "item 1 was never stored", http.StatusServiceUnavailable)
			return
		}
		text := testgen.Article(k, 300)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(text))
		for written := len(text); written < size; written += len(text) + 2 {
			w.Write([]byte("\n\n" + text))
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// A feed's items are stored as they are read, not after the whole feed
// has been fetched: the writer has item 1 before item 2 is fetched.
func TestFeedItemsAreStreamed(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := make(chan struct{})
	var once sync.Once
	srv := feedServer(t, 5, 0, func(k int) bool {
		select {
		case <-stored:
			return true
		case <-time.After(5 * time.Second):
			return false
		}
	})
	r := read.NewReader(read.FetchOptions{Timeout: 20 * time.Second, MaxBytes: 10 << 20, MaxRedirects: 2, AllowPrivate: true})
	var failures []string
	sum, err := Run(ctx, db, r, []string{srv.URL + "/feed.xml"}, Options{Report: func(o Outcome) {
		if o.Err != nil {
			failures = append(failures, fmt.Sprintf("%s: %v", o.Source, o.Err))
			return
		}
		once.Do(func() { close(stored) })
	}})
	if err != nil || sum.New != 5 || len(failures) > 0 {
		t.Errorf("ingest = %+v, %v; failures %q", sum, err, failures)
	}
}

// The memory an ingest of a feed of large items holds stays bounded by
// the items in flight, not the feed's size (24 items of 1 MB here; 40 of 4 MB grew it by 223 MB before items were streamed, 20 MB after).
func TestFeedMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 24 MB")
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const items, size = 24, 1 << 20
	srv := feedServer(t, items, size, func(int) bool { return true })
	r := read.NewReader(read.FetchOptions{Timeout: 20 * time.Second, MaxBytes: 10 << 20, MaxRedirects: 2, AllowPrivate: true})
	r.MaxText = 0
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak uint64
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		peak = max(peak, m.HeapAlloc)
	}
	sum, err := Run(ctx, db, r, []string{srv.URL + "/feed.xml"}, Options{Workers: 4, Report: func(Outcome) { runtime.GC(); sample() }})
	if err != nil || sum.New != items {
		t.Fatalf("ingest = %+v, %v", sum, err)
	}
	grew := int64(peak) - int64(base.HeapAlloc)
	t.Logf("%d items of %d MB: live heap grew by at most %d MB", items, size>>20, grew>>20)
	if grew > items*size*5/6 {
		t.Errorf("live heap grew by %d MB for a feed of %d MB", grew>>20, items*size>>20)
	}
}
