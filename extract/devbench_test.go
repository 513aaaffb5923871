package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/read"
)

// BenchmarkPipelineDev runs the pipeline over the real dev articles in
// ../shared/corpus/dev (skipped where absent) and reports words per second
// as well as articles per second.
func BenchmarkPipelineDev(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/corpus/dev is absent")
	}
	x := New(testKB(b))
	var arts []*powermap.Article
	words := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := read.ParseText(f, data)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		words += len(a.Text) / 6
		x.Facts(a)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
