package postgres

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/postgres/pgtest"
)

// BenchmarkIngest10 is sqlite's BenchmarkIngest10 on PostgreSQL: into a
// store already holding 1,000 or 10,000 generated articles (with facts, as
// ingest stores them after extraction), it stores 10 more, one
// transaction each, and resolves. Besides ms/article it reports the part
// of it spent storing (put-ms) and resolving (resolve-ms), this process's
// CPU time (the server's is not in it), and how long the store took to
// fill (store-s) and to fill and resolve from empty (fresh-s).
// POWERMAP_BENCH_MAX=1000 runs the smaller store only.
//
//	go test -run XXX -bench Ingest10 -benchtime 3x ./postgres
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
			u := pgtest.Schema(b)
			stored, fresh := fillStore(b, u, size)
			db, err := Open(ctx, u)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			next := size
			cpu0 := cpuTime()
			var put, resolve time.Duration
			b.ResetTimer()
			for b.Loop() {
				t0 := time.Now()
				for range 10 {
					if _, err := db.PutArticle(ctx, testgen.StoredArticle(next)); err != nil {
						b.Fatal(err)
					}
					next++
				}
				t1 := time.Now()
				if _, err := db.Resolve(ctx); err != nil {
					b.Fatal(err)
				}
				put, resolve = put+t1.Sub(t0), resolve+time.Since(t1)
			}
			n := float64(b.N) * 10
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/n, "ms/article")
			b.ReportMetric(float64(put.Microseconds())/1000/n, "put-ms/article")
			b.ReportMetric(float64(resolve.Microseconds())/1000/n, "resolve-ms/article")
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/n, "cpu-ms/article")
			b.ReportMetric(fresh.Seconds(), "fresh-s")
			b.ReportMetric(stored.Seconds(), "store-s")
		})
	}
}

// fillStore stores size generated articles in the store at u, one
// transaction each as ingest does, and resolves them, returning how long
// storing and storing with resolving took.
func fillStore(b *testing.B, u string, size int) (stored, fresh time.Duration) {
	ctx := context.Background()
	db, err := Open(ctx, u)
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
	fresh = time.Since(start)
	// Statistics for the planner, as autovacuum would gather them soon.
	if _, err := db.SQL().ExecContext(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	return stored, fresh
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
