package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/powermap/powermap/read"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current extraction")

// TestGoldenExamples extracts from the example articles shipped in
// examples/ and compares with testdata/golden (review changes, then run
// with -update to accept them).
func TestGoldenExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/*")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	x := New(testKB(t))
	r := read.NewReader(read.DefaultFetchOptions)
	n := 0
	for _, f := range files {
		var items []read.Item
		r.Read(t.Context(), f, func(it read.Item) { items = append(items, it) })
		for _, it := range items {
			if it.Err != nil {
				t.Fatalf("%s: %v", it.Source, it.Err)
			}
			a := it.Article
			got, _ := json.MarshalIndent(x.Facts(a), "", "  ")
			golden := filepath.Join("testdata", "golden", a.Name+".json")
			n++
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run Golden -update)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s: extraction differs from %s:\n%s", a.Name, golden, got)
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d example articles", n)
	}
}
