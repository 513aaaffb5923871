package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/queue/queuetest"
)

// benchArticles is how many generated articles the queue benchmark
// ingests ($POWERMAP_BENCH_ARTICLES, default 2000).
func benchArticles(b *testing.B) int {
	if s := os.Getenv("POWERMAP_BENCH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("POWERMAP_BENCH_ARTICLES=%q: want a number", s)
		}
		return n
	}
	return 2000
}

// timeLine is a worker's closing line on where its time went.
var timeLine = regexp.MustCompile(`worker: time in jobs .*`)

// BenchmarkQueueIngest ingests the same generated articles into a fresh
// store each way: a plain ingest, and through the queue with one worker
// process and with two (one job at a time each), and reports articles per
// second and where the workers' time went. Run it once:
//
//	POWERMAP_BENCH_ARTICLES=20000 go test -run '^$' -bench QueueIngest -benchtime 1x ./cmd/powermap
func BenchmarkQueueIngest(b *testing.B) {
	natsURL := queuetest.URL(b)
	n := benchArticles(b)
	dir := b.TempDir()
	if _, err := testgen.WriteDir(dir, n, 60); err != nil {
		b.Fatal(err)
	}
	b.Run("plain", func(b *testing.B) {
		for range b.N {
			db := testStore(b, "plain")
			t0 := time.Now()
			cli(b, "--db", db, "ingest", "--quiet", dir)
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "articles/s")
		}
	})
	for _, workers := range []int{1, 2} {
		b.Run(strconv.Itoa(workers)+"workers", func(b *testing.B) {
			for range b.N {
				name := testQueue(b, natsURL)
				db := testStore(b, "queued")
				t0 := time.Now()
				cli(b, "ingest", "--queue", natsURL, "--queue-name", name, "--quiet", dir)
				enqueued := time.Since(t0)
				t1 := time.Now()
				var ws []*child
				for range workers {
					ws = append(ws, start(b, workerArgs(db, natsURL, name, "--concurrency", "1")...))
				}
				var times []string
				for _, w := range ws {
					w.wait(b, time.Hour)
					times = append(times, strings.TrimPrefix(timeLine.FindString(w.out.String()), "worker: "))
				}
				took := time.Since(t1)
				if got := len(storedNames(b, db)); got != n {
					b.Fatalf("%d articles stored, want %d", got, n)
				}
				b.ReportMetric(float64(n)/took.Seconds(), "articles/s")
				b.Logf("%d articles, %d workers: enqueued in %.1fs, ingested in %.1fs; %s", n, workers, enqueued.Seconds(), took.Seconds(), strings.Join(times, "; "))
			}
		})
	}
}
