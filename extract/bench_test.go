package extract

import (
	"testing"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/read"
)

// BenchmarkPipeline runs every stage over synthetic ~600-word articles and
// reports articles per second on one core (run with -cpu 1).
func BenchmarkPipeline(b *testing.B) {
	x := New(testKB(b))
	var arts []*articleT
	words := 0
	for i := range 50 {
		a, err := read.ParseText("bench.txt", []byte(testgen.Article(i, 600)))
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		words += len(a.Text) / 6
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Facts(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
