package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
)

// BenchmarkIngest10 stores, into a store already holding 1,000, 10,000 or
// 100,000 generated articles (with facts, as ingest stores them after
// extraction), 10 more articles one transaction each, and resolves: the
// ingest of 10 articles, extraction aside. Resolution is incremental, so
// ms/article should stay flat as the store grows. It also reports how long
// the store took to fill and resolve from empty (fresh-s). The 100,000
// store takes minutes to fill; run it alone with
//
//	POWERMAP_BENCH_MAX=100000 go test -run XXX -bench Ingest10 -benchtime 3x ./sqlite
//
// (without POWERMAP_BENCH_MAX, sizes up to 10,000 run). With
// POWERMAP_BENCH_CACHE=DIR the filled stores are kept in DIR and copied
// from there on later runs (fresh-s and store-s are then those of the run
// that filled them), for profiling the ingest alone.
func BenchmarkIngest10(b *testing.B) {
	maxSize := 10_000
	if v, err := strconv.Atoi(os.Getenv("POWERMAP_BENCH_MAX")); err == nil {
		maxSize = v
	}
	for _, size := range []int{1_000, 10_000, 100_000} {
		if size > maxSize {
			continue
		}
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			ctx := context.Background()
			path := filepath.Join(b.TempDir(), "b.db")
			cache := os.Getenv("POWERMAP_BENCH_CACHE")
			cached := filepath.Join(cache, fmt.Sprintf("store-%d.db", size))
			var stored, fresh time.Duration
			if data, err := os.ReadFile(cached); cache != "" && err == nil {
				if err := writeSynced(path, data); err != nil {
					b.Fatal(err)
				}
			} else {
				stored, fresh = fillStore(b, path, size)
				if cache != "" {
					if data, err := os.ReadFile(path); err == nil {
						os.WriteFile(cached, data, 0o644)
					}
				}
			}
			db, err := Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			next := size
			cpu0 := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				for range 10 {
					if _, err := db.PutArticle(ctx, testgen.StoredArticle(next)); err != nil {
						b.Fatal(err)
					}
					next++
				}
				if _, err := db.Resolve(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N)/10, "ms/article")
			// The process's CPU time, which other processes on a shared
			// machine change less than the elapsed time.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N)/10, "cpu-ms/article")
			b.ReportMetric(fresh.Seconds(), "fresh-s")
			b.ReportMetric(stored.Seconds(), "store-s")
		})
	}
}

// writeSynced writes data to a new file at path and waits for it to be
// on disk: the copy of a cached store is otherwise written back while the
// ingest is timed (the first checkpoint's fsync waits for all of it).
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// fillStore stores size generated articles at path, one transaction
// each as ingest does, and resolves them, returning how long storing and
// storing with resolving took. The store is closed (checkpointed) after.
func fillStore(b *testing.B, path string, size int) (stored, fresh time.Duration) {
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	for i := range size {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	stored = time.Since(start)
	if _, err := db.Resolve(ctx); err != nil {
		b.Fatal(err)
	}
	return stored, time.Since(start)
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFreshIngest stores $POWERMAP_BENCH_ARTICLES generated articles
// (10,000 by default) into an empty store, one transaction each as ingest
// does, and resolves them: a fresh ingest, extraction aside. It reports
// the elapsed and CPU seconds of storing and of resolving apart (on a
// shared machine the CPU time moves less than the elapsed). The issue's
// figure is that of 100,000 articles:
//
//	POWERMAP_BENCH_ARTICLES=100000 go test -run XXX -bench FreshIngest -benchtime 1x ./sqlite
func BenchmarkFreshIngest(b *testing.B) {
	size := 10_000
	if v, err := strconv.Atoi(os.Getenv("POWERMAP_BENCH_ARTICLES")); err == nil && v > 0 {
		size = v
	}
	for b.Loop() {
		ctx := context.Background()
		db, err := Open(ctx, filepath.Join(b.TempDir(), "f.db"))
		if err != nil {
			b.Fatal(err)
		}
		start, cpu0 := time.Now(), cpuTime()
		for i := range size {
			if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
				b.Fatal(err)
			}
		}
		stored, cpu1 := time.Since(start), cpuTime()
		if _, err := db.Resolve(ctx); err != nil {
			b.Fatal(err)
		}
		total, cpu2 := time.Since(start), cpuTime()
		b.ReportMetric(stored.Seconds(), "store-s")
		b.ReportMetric((cpu1 - cpu0).Seconds(), "store-cpu-s")
		b.ReportMetric((total - stored).Seconds(), "resolve-s")
		b.ReportMetric((cpu2 - cpu1).Seconds(), "resolve-cpu-s")
		b.ReportMetric(total.Seconds(), "fresh-s")
		db.Close()
	}
}
