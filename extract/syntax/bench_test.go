package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAnalyze measures Tag+Parse on the dev sentences of the English
// Web Treebank (gold tokenization) and reports words per second.
func BenchmarkAnalyze(b *testing.B) {
	path := filepath.Join(udDir, "en_ewt-ud-dev.conllu.gz")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("UD data absent: %v", err)
	}
	sents, err := ReadCoNLLU(path)
	if err != nil {
		b.Fatal(err)
	}
	m := Default()
	var toks [][]Token
	words := 0
	for _, s := range sents {
		t := make([]Token, len(s.Tokens))
		for i, g := range s.Tokens {
			t[i] = Token{Start: g.Start, End: g.End, Form: g.Form, Head: -1}
		}
		toks = append(toks, t)
		words += len(t)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, t := range toks {
			m.Analyze(t)
		}
		n += words
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
}

// udDir is where the Universal Dependencies data sits beside the repository.
var udDir = filepath.Join("..", "..", "..", "shared", "ud")
