package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/kb"
	"github.com/powermap/powermap/read"
)

// BenchmarkArticleSize reads and extracts one article of 10 KB, 100 KB and
// 1 MB (synthetic 600-word articles run together), reporting the time per
// KB: a stage whose time grows faster than the article's length shows as
// a rising ns/KB. Profile the largest with
//
//	go test -run XXX -bench 'ArticleSize/1MB' -benchtime 1x -cpuprofile cpu.out ./ingest
func BenchmarkArticleSize(b *testing.B) {
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(k)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
		text := sizedArticle(size.bytes)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				a, err := read.ParseText("big.txt", []byte(text))
				if err != nil {
					b.Fatal(err)
				}
				x.Facts(a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)>>10), "ns/KB")
		})
	}
}

// sizedArticle is a plain-text article of about n bytes: a date header and
// a headline, then the bodies of distinct synthetic articles.
func sizedArticle(n int) string {
	var sb strings.Builder
	sb.WriteString(" date 2025-03-14 A long report on the harbor\n\n")
	for i := 1; sb.Len() < n; i++ {
		body := testgen.Article(i, 600)
		if j := strings.Index(body, "\n\n"); j >= 0 {
			body = body[j+2:] // the headline and header lines of each part
		}
		fmt.Fprintf(&sb, "%s\n\n", strings.TrimSpace(body))
	}
	return sb.String()[:n]
}
