package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

func TestRunStoresInSourceOrderAndCounts(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	paths, err := testgen.WriteDir(dir, 30, 200)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sources := append(append([]string{}, paths...), filepath.Join(dir, "missing.txt"), paths[0])
	var outcomes []Outcome
	sum, err := Run(ctx, db, read.NewReader(read.DefaultFetchOptions), sources, Options{Workers: 8, Report: func(o Outcome) { outcomes = append(outcomes, o) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum != (Summary{Read: 31, New: 30, Duplicate: 1, Failed: 1}) {
		t.Errorf("summary = %+v", sum)
	}
	for i, o := range outcomes[:30] {
		if o.Err != nil || o.Article.ID != int64(i+1) || o.Source != paths[i] {
			t.Fatalf("outcome %d = %+v: want id %d from %s", i, o, i+1, paths[i])
		}
	}
	if outcomes[30].Err == nil || !outcomes[31].Duplicate {
		t.Errorf("last outcomes = %+v, %+v", outcomes[30], outcomes[31])
	}
}

// BenchmarkIngest measures articles read and stored per second (~600
// words each) into a fresh store, without and with extraction.
func BenchmarkIngest(b *testing.B) {
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(k)
	b.Run("read+store", func(b *testing.B) { benchIngest(b, Options{}) })
	b.Run("read+extract+store", func(b *testing.B) {
		benchIngest(b, Options{Prepare: func(_ context.Context, a *powermap.Article) error {
			a.Facts = x.Facts(a)
			return nil
		}})
	})
}

func benchIngest(b *testing.B, opts Options) {
	ctx := context.Background()
	dir := b.TempDir()
	paths, err := testgen.WriteDir(dir, 200, 600)
	if err != nil {
		b.Fatal(err)
	}
	r := read.NewReader(read.DefaultFetchOptions)
	b.ResetTimer()
	stored := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(ctx, db, r, paths, opts)
		if err != nil || sum.New != len(paths) {
			b.Fatalf("%+v %v", sum, err)
		}
		stored += sum.New
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
}
