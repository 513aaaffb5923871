package http

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// loadStore returns a store of n synthetic ~300-word articles with facts
// and resolution, built once and kept in the temporary directory (set
// POWERMAP_BENCH_REBUILD to build it again).
func loadStore(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("powermap-bench-%d.db", n))
	if os.Getenv("POWERMAP_BENCH_REBUILD") != "" {
		os.Remove(path)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	if list, _ := db.Articles(ctx); len(list) == n {
		return db
	}
	db.Close()
	os.Remove(path)
	if db, err = sqlite.Open(ctx, path); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	paths, err := testgen.WriteDir(dir, n, 300)
	if err != nil {
		b.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(k)
	start := time.Now()
	sum, err := ingest.Run(ctx, db, read.NewReader(read.DefaultFetchOptions), paths, ingest.Options{Prepare: func(_ context.Context, a *powermap.Article) error {
		a.Facts = x.Facts(a)
		return nil
	}})
	if err != nil || sum.New != n {
		b.Fatalf("building the store: %+v %v", sum, err)
	}
	rep, err := db.Resolve(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d articles in %s: %d events merged from reports", n, time.Since(start).Round(time.Second), rep.Events)
	return db
}

// BenchmarkTimelineLoad sends a bounded number of concurrent requests for
// pair and single-person timelines over loopback to a store of 10,000
// articles, and reports requests per second and the 99th-percentile
// latency.
func BenchmarkTimelineLoad(b *testing.B) {
	db := loadStore(b, 10_000)
	defer db.Close()
	s, err := New(Config{Store: db, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	people, err := db.Entities(context.Background(), "", 20)
	if err != nil || len(people) < 4 {
		b.Fatalf("people: %v", err)
	}
	for _, mode := range []string{"pair", "person"} {
		b.Run(mode, func(b *testing.B) {
			const total, workers = 400, 8
			deadline := time.Now().Add(60 * time.Second)
			var paths []string
			for i := 0; i < len(people); i++ {
				p := "/api/timeline?person=" + url.QueryEscape(people[i].Name)
				if mode == "pair" {
					p += "&person=" + url.QueryEscape(people[(i+1)%len(people)].Name)
				}
				paths = append(paths, p)
			}
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
			b.ResetTimer()
			for n := 0; n < b.N; n++ {
				var mu sync.Mutex
				var lat []time.Duration
				jobs := make(chan string)
				var wg sync.WaitGroup
				start := time.Now()
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for p := range jobs {
							t0 := time.Now()
							resp, err := client.Get(srv.URL + p)
							if err != nil {
								b.Error(err)
								return
							}
							io.Copy(io.Discard, resp.Body)
							resp.Body.Close()
							if resp.StatusCode != 200 {
								b.Errorf("%s: %d", p, resp.StatusCode)
							}
							mu.Lock()
							lat = append(lat, time.Since(t0))
							mu.Unlock()
						}
					}()
				}
				for i := 0; i < total && time.Now().Before(deadline); i++ {
					jobs <- paths[i%len(paths)]
				}
				close(jobs)
				wg.Wait()
				elapsed := time.Since(start)
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				if len(lat) > 0 {
					b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
					b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
					b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				}
			}
		})
	}
}
