package http

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/sqlite"
)

// BenchmarkServeLoad is the load check of issue 10: a store of generated
// articles (10,000 by default; POWERMAP_BENCH_ARTICLES=100000 for the
// check itself), served on loopback to 8 concurrent clients, each
// endpoint in turn: the first page of the timelines of the 20 busiest
// people and of the 20 busiest pairs, person pages, the people list,
// search (API and page) and the network (API and page). It reports p50
// and p99 per endpoint, in milliseconds, and the peak RSS of the process
// while serving. The store is built once, with testgen.StoredArticle as
// the ingest benchmark builds it, and kept at
// $TMPDIR/powermap-serve-N.db (a 100,000-article store takes minutes):
//
//	POWERMAP_BENCH_ARTICLES=100000 go test -run XXX -bench ServeLoad -benchtime 1x ./http
func BenchmarkServeLoad(b *testing.B) {
	n := 10_000
	if v, err := strconv.Atoi(os.Getenv("POWERMAP_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	db := serveStore(b, n)
	defer db.Close()
	s, err := New(Config{Store: db, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	people, err := db.Entities(ctx, "", 20)
	if err != nil || len(people) < 4 {
		b.Fatalf("people: %d %v", len(people), err)
	}
	edges, err := db.Edges(ctx)
	if err != nil {
		b.Fatal(err)
	}
	pairs := map[[2]int64]int{}
	for _, e := range edges {
		pairs[[2]int64{e.A, e.B}] += e.Count
	}
	var busiest [][2]int64
	for p := range pairs {
		busiest = append(busiest, p)
	}
	sort.Slice(busiest, func(i, j int) bool {
		if pairs[busiest[i]] != pairs[busiest[j]] {
			return pairs[busiest[i]] > pairs[busiest[j]]
		}
		return busiest[i][0] < busiest[j][0] || busiest[i][0] == busiest[j][0] && busiest[i][1] < busiest[j][1]
	})
	busiest = busiest[:min(20, len(busiest))]
	fmt.Printf("busiest person: %s (%d events); busiest pair: %v (%d events)\n", people[0].Name, people[0].Events, busiest[0], pairs[busiest[0]])
	var personPaths, pairPaths, pagePaths []string
	for _, p := range people {
		personPaths = append(personPaths, "/api/timeline?person="+url.QueryEscape(p.Name))
		pagePaths = append(pagePaths, "/person/"+url.PathEscape(p.Name))
	}
	for _, p := range busiest {
		pairPaths = append(pairPaths, fmt.Sprintf("/api/timeline?person=%d&person=%d", p[0], p[1]))
	}
	words := []string{"harbor", "dredging", "Quill", "contracts", "silt"}
	var searchPaths, searchPages []string
	for _, w := range words {
		searchPaths = append(searchPaths, "/api/search?q="+w)
		searchPages = append(searchPages, "/search?q="+w)
	}
	endpoints := []struct {
		name  string
		paths []string
	}{
		{"timeline-person", personPaths},
		{"timeline-pair", pairPaths},
		{"person-page", pagePaths},
		{"people", []string{"/api/people", "/people"}},
		{"search-api", searchPaths},
		{"search-page", searchPages},
		{"network-api", []string{"/api/network"}},
		{"network-page", []string{"/network"}},
	}
	resetPeakRSS()
	for _, ep := range endpoints {
		b.Run(ep.name, func(b *testing.B) {
			for b.Loop() {
				cpu0 := cpuTime()
				lat, size := hammer(b, srv.URL, ep.paths, 8, 200, 60*time.Second)
				// The process's CPU time per request, which other work on a
				// shared machine changes less than latencies.
				b.ReportMetric(ms(cpuTime()-cpu0)/float64(max(1, len(lat))), "cpu-ms/req")
				if len(lat) == 0 {
					b.Fatal("no request answered")
				}
				b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
				b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
				b.ReportMetric(float64(size)/float64(len(lat))/1024, "KB/resp")
				b.ReportMetric(float64(len(lat)), "requests")
			}
		})
	}
	fmt.Printf("peak RSS while serving %d articles: %d MB (at the end: %s)\n", n, peakRSS()/1024, rssParts())
}

// rssParts tells the process's resident size by kind: its own memory
// (RssAnon) and the pages of files it maps (RssFile: the store's, which
// are the system's file cache).
func rssParts() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	var parts []string
	for _, line := range strings.Split(string(data), "\n") {
		for _, k := range []string{"RssAnon", "RssFile"} {
			if v, ok := strings.CutPrefix(line, k+":"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				parts = append(parts, fmt.Sprintf("%s %d MB", k, kb/1024))
			}
		}
	}
	return strings.Join(parts, ", ")
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// hammer sends up to total GET requests for paths, in turn, from workers
// concurrent clients, for at most limit, and returns their latencies,
// sorted, and the bytes received.
func hammer(b *testing.B, base string, paths []string, workers, total int, limit time.Duration) ([]time.Duration, int64) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	defer client.CloseIdleConnections()
	var mu sync.Mutex
	var lat []time.Duration
	var size int64
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				t0 := time.Now()
				resp, err := client.Get(base + p)
				if err != nil {
					b.Error(err)
					continue
				}
				got, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Errorf("%s: %d", p, resp.StatusCode)
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				size += got
				mu.Unlock()
			}
		}()
	}
	deadline := time.Now().Add(limit)
	for i := 0; i < total && time.Now().Before(deadline); i++ {
		jobs <- paths[i%len(paths)]
	}
	close(jobs)
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, size
}

// serveStore returns a store of n generated articles, resolved, built
// once and kept in the temporary directory.
func serveStore(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("powermap-serve-%d.db", n))
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".building"
		os.Remove(tmp)
		db, err := sqlite.Open(ctx, tmp)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		for i := range n {
			if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := db.Resolve(ctx); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %d articles in %s", n, time.Since(start).Round(time.Second))
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	return db
}

// resetPeakRSS starts the process's peak resident set size (VmHWM) over
// from its current size, so that building the store does not count.
func resetPeakRSS() {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS is the process's peak resident set size in KB (0 if unknown).
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
