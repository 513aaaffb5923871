package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/powermap/powermap/extract"

// dependencyOrder reads the order of the packages of extract from the
// line of this package's doc comment that lists them ("rules, syntax <
// frame < doc < …"): packages joined by "," share a rank.
func dependencyOrder(t *testing.T) map[string]int {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "extract.go", nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	rank := map[string]int{}
	for _, line := range strings.Split(f.Doc.Text(), "\n") {
		if !strings.Contains(line, " < ") {
			continue
		}
		for i, group := range strings.Split(line, "<") {
			for _, p := range strings.Split(group, ",") {
				rank[strings.TrimSpace(p)] = i
			}
		}
	}
	if len(rank) == 0 {
		t.Fatal("the doc comment of extract lists no dependency order")
	}
	return rank
}

// imports returns the extract packages that the Go files of dir import,
// by path below extract ("doc", "internal/stagetest"), with the file that
// imports each; tests says whether to read test files or the others.
func imports(t *testing.T, dir string, tests bool) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") != tests {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p := importPath(imp); strings.HasPrefix(p, module+"/") {
				out[strings.TrimPrefix(p, module+"/")] = name
			}
		}
	}
	return out
}

func importPath(imp *ast.ImportSpec) string {
	p, _ := strconv.Unquote(imp.Path.Value)
	return p
}

// TestStagesImportOnlyEarlierStages checks the import graph of extract
// against the order its doc comment states: no package, nor its tests,
// imports one of the same or a later rank; the tests' shared helper is
// imported by tests only; and every package below extract has a rank.
func TestStagesImportOnlyEarlierStages(t *testing.T) {
	rank := dependencyOrder(t)
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	dirs := []string{"."}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "testdata" && e.Name() != "internal" {
			dirs = append(dirs, e.Name())
		}
	}
	for _, dir := range dirs {
		name := dir
		if dir == "." {
			name = "extract"
		}
		r, ok := rank[name]
		if !ok {
			t.Errorf("package %s is not in the dependency order of extract's doc comment", name)
			continue
		}
		for _, tests := range []bool{false, true} {
			for imp, file := range imports(t, dir, tests) {
				if imp == "internal/stagetest" {
					if !tests {
						t.Errorf("%s: the test helper %s imported outside tests", file, imp)
					}
					continue
				}
				ir, ok := rank[imp]
				switch {
				case !ok:
					t.Errorf("%s imports %s, which is not in the dependency order", file, imp)
				case ir >= r:
					t.Errorf("%s (%s) imports %s, which does not come before it", file, name, imp)
				}
			}
		}
	}
	// The helper itself builds documents: it may import doc and nothing
	// that comes after it.
	for imp, file := range imports(t, filepath.Join("internal", "stagetest"), false) {
		if rank[imp] > rank["doc"] {
			t.Errorf("%s imports stage %s", file, imp)
		}
	}
}

// TestImportCheckSeesLaterStages makes sure the check above can fail: the
// order ranks the stages as the pipeline runs them, and the event stage's
// imports include earlier stages.
func TestImportCheckSeesLaterStages(t *testing.T) {
	rank := dependencyOrder(t)
	order := []string{"doc", "tokens", "mentions", "coref", "dates", "amounts", "quotes", "events", "roster", "extract"}
	for i := 1; i < len(order); i++ {
		if rank[order[i-1]] >= rank[order[i]] {
			t.Errorf("%s does not come before %s in the stated order", order[i-1], order[i])
		}
	}
	if _, ok := imports(t, "events", false)["quotes"]; !ok {
		t.Error("the import scan does not see events import quotes")
	}
}
