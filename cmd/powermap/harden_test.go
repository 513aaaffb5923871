package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/sqlite"
)

// cancelAfter is an output that cancels the command once it has printed n
// lines starting with prefix: an interrupt at a chosen moment.
type cancelAfter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	prefix string
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buf.Write(p)
	if strings.Count("\n"+c.buf.String(), "\n"+c.prefix) >= c.n {
		c.cancel()
	}
	return len(p), nil
}

// An ingest interrupted after its articles are stored and before they are
// resolved is finished by the next run, which says so.
func TestInterruptedResolutionIsFinished(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelAfter{prefix: "new ", n: 5, cancel: cancel}
	var errOut bytes.Buffer
	code := run(ctx, []string{"--db", db, "ingest", "../../examples"}, &env{stdout: out, stderr: &errOut, stdin: strings.NewReader("")})
	if code != 1 || !strings.Contains(errOut.String(), "interrupted") {
		t.Fatalf("interrupted ingest: exit %d, %s %s", code, out.buf.String(), errOut.String())
	}
	code, stdout, stderr := runCLI(t, "--db", db, "ingest", "../../examples")
	if code != 0 || !strings.Contains(stdout, "new 0, duplicate 5") || !strings.Contains(stdout, "finishing the resolution") {
		t.Errorf("second ingest: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(t, "--db", db, "people", "--format", "json")
	var people []map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &people) != nil || len(people) == 0 {
		t.Errorf("people after the second ingest: exit %d, %s", code, stdout)
	}
	// Nothing is left pending, and a third run has nothing to finish.
	code, stdout, _ = runCLI(t, "--db", db, "ingest", "../../examples")
	if code != 0 || strings.Contains(stdout, "finishing") {
		t.Errorf("third ingest: exit %d\n%s", code, stdout)
	}
}

// A search the store fails on is an error of the store (exit 1), not of
// how the command was called (exit 2); a badly written search is.
func TestSearchErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if code, out, errOut := runCLI(t, "--db", db, "ingest", "--quiet", "../../examples"); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errOut)
	}
	code, _, errOut := runCLI(t, "--db", db, "search", "NOT", "harbor")
	if code != 2 || !strings.Contains(errOut, "NOT") {
		t.Errorf("search NOT harbor: exit %d, %s", code, errOut)
	}
	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.SQL().Exec(`DROP TABLE articles_fts`); err != nil {
		t.Fatal(err)
	}
	store.Close()
	code, _, errOut = runCLI(t, "--db", db, "search", "harbor")
	if code != 1 || strings.Contains(errOut, "--help") {
		t.Errorf("search on a broken store: exit %d, %s", code, errOut)
	}
}

// Escape sequences and newlines in titles, text and file names are shown
// as escapes, never sent to the terminal.
func TestNoTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "evil\x1b]0;pwned\x07\x1b[2J.txt")
	text := " date 2025-03-14 Harbor board \x1b[31mred\x1b[0m \u202eevil title\n\nBy Ann Writer\n\n" + testgen.Article(9, 200)
	if err := os.WriteFile(evil, []byte(text), 0o644); err != nil {
		t.Skipf("cannot name a file so: %v", err)
	}
	bad := filepath.Join(dir, "bad\nfile\x1b[1m.txt")
	os.WriteFile(bad, nil, 0o644)
	db := filepath.Join(dir, "x.db")
	var all strings.Builder
	for _, args := range [][]string{
		{"ingest", evil, bad},
		{"articles"},
		{"show", "1"},
		{"search", "harbor"},
	} {
		_, out, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
		all.WriteString(out + errOut)
		for _, s := range []string{out, errOut} {
			if strings.ContainsAny(s, "\x1b\x07\u202e") {
				t.Errorf("%v printed a control character: %q", args, s)
			}
		}
		if args[0] == "ingest" && !strings.Contains(errOut, `bad\x0afile\x1b[1m.txt: `) {
			t.Errorf("the bad file's line: %q", errOut)
		}
	}
	if !strings.Contains(all.String(), `\x1b[31mred`) {
		t.Errorf("the title's escape is not shown: %s", all.String())
	}
}

// --max-article refuses an article longer than the limit, with one line.
func TestMaxArticleFlag(t *testing.T) {
	dir := t.TempDir()
	long := filepath.Join(dir, "long.txt")
	os.WriteFile(long, []byte(testgen.Article(11, 6000)), 0o644)
	code, out, errOut := runCLI(t, "--db", filepath.Join(dir, "x.db"), "ingest", "--max-article", "16KB", long)
	if code != 1 || !strings.Contains(errOut, "--max-article") || !strings.Contains(out, "failed 1") {
		t.Errorf("exit %d: %s %s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "--db", filepath.Join(dir, "x.db"), "ingest", long)
	if code != 0 || !strings.Contains(out, "new 1") {
		t.Errorf("under the default limit: exit %d: %s %s", code, out, errOut)
	}
}
