package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// runCLI runs the command line in-process and returns its exit code and
// output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &env{stdout: &out, stderr: &errOut, stdin: strings.NewReader("")})
	return code, out.String(), errOut.String()
}

func TestIngestExamplesTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	code, out, errOut := runCLI(t, "--db", db, "ingest", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "read 5, new 5, duplicate 0, failed 0") {
		t.Errorf("first run: %s", out)
	}
	code, out, _ = runCLI(t, "ingest", "--db", db, "../../examples")
	if code != 0 || !strings.Contains(out, "read 5, new 0, duplicate 5, failed 0") {
		t.Errorf("second run (exit %d): %s", code, out)
	}
	code, out, _ = runCLI(t, "articles", "--db", db, "--format", "json")
	var list []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 5 {
		t.Fatalf("articles json (exit %d): %s", code, out)
	}
	for _, key := range []string{"id", "title", "outlet", "published", "byline", "dateline", "source", "posts", "boilerplate"} {
		if _, ok := list[0][key]; !ok {
			t.Errorf("articles json lacks %q: %v", key, list[0])
		}
	}
	code, out, _ = runCLI(t, "show", "--db", db, "harborview-dinner")
	if code != 0 || !strings.Contains(out, "[post by Harlan Voss (@harlanvoss) 2025-03-10") || !strings.Contains(out, "[photo-credit") {
		t.Errorf("show (exit %d): %s", code, out)
	}
}

// TestIngestBadSources gives one good article and every kind of bad input:
// each bad one gets one line naming it and the reason, the good one is
// stored, and the exit status is 1.
func TestIngestBadSources(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte(testgen.Article(1, 150)))
	huge := filepath.Join(dir, "huge.txt")
	f, _ := os.Create(huge)
	f.Truncate(50 << 20)
	f.Close()
	bad := map[string]string{
		write("empty.txt", nil): "empty",
		write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")): "binary",
		write("latin1.txt", []byte("Caf\xe9 owners met the mayor.")):      "not valid UTF-8",
		huge: "larger than the 10.0 MB limit",
		write("app.html", []byte("<!doctype html><html><body><div id=app></div></body></html>")):   "no article text",
		write("broken.rss", []byte("<?xml version=\"1.0\"?><rss><channel><item><title>x</title>")): "feed",
		"https://127.0.0.1:1/unreachable": "not allowed",
		filepath.Join(dir, "missing.txt"): "no such file",
	}
	args := []string{"--db", filepath.Join(dir, "s.db"), "ingest", good}
	for p := range bad {
		args = append(args, p)
	}
	code, out, errOut := runCLI(t, args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "read 1, new 1, duplicate 0, failed 8") {
		t.Errorf("summary: %s", out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != len(bad) {
		t.Errorf("%d error lines for %d bad sources:\n%s", len(lines), len(bad), errOut)
	}
	for p, reason := range bad {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, p+": ") && strings.Contains(l, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line for %s with %q in:\n%s", p, reason, errOut)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"ingest"}, 2, "no SOURCE given"},
		{[]string{"articles", "--format", "xml"}, 2, "unknown --format"},
		{[]string{"ingest", "--help"}, 0, "Usage: powermap ingest"},
		{[]string{"help", "show"}, 0, "Usage: powermap show"},
		{[]string{"--help"}, 0, "Commands:"},
	} {
		code, out, errOut := runCLI(t, append([]string{"--db", filepath.Join(t.TempDir(), "u.db")}, tt.args...)...)
		if code != tt.code || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("%v: exit %d, output %q; want exit %d and %q", tt.args, code, out+errOut, tt.code, tt.want)
		}
	}
}

// TestIngestSurvivesSIGKILL kills an ingest of many articles mid-run: the
// store must open cleanly and hold only whole articles, and a second
// ingest must store the rest.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of articles")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "powermap")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	const n = 3000
	articles := filepath.Join(dir, "articles")
	os.Mkdir(articles, 0o755)
	if _, err := testgen.WriteDir(articles, n, 300); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	cmd := exec.Command(bin, "--db", db, "ingest", articles)
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	seen := 0
	for seen < 200 && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "new") {
			seen++
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if seen < 200 {
		t.Fatalf("ingest ended after %d articles, before it could be killed", seen)
	}

	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("store does not open after SIGKILL: %v", err)
	}
	var check string
	store.SQL().QueryRow("PRAGMA integrity_check").Scan(&check)
	if check != "ok" {
		t.Errorf("integrity_check: %s", check)
	}
	list, err := store.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 200 || len(list) >= n {
		t.Fatalf("%d articles stored after the kill; want some but not all", len(list))
	}
	// Every stored article is whole: its blocks and posts are those a fresh
	// read of its file gives.
	for _, s := range list {
		a, err := store.Article(ctx, fmt.Sprint(s.ID))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(a.Source)
		want, err := read.ParseText(a.Source, data)
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != want.Text || len(a.Blocks) != len(want.Blocks) || len(a.Posts) != len(want.Posts) {
			t.Fatalf("article %d is partial: %d blocks, %d posts; want %d, %d", a.ID, len(a.Blocks), len(a.Posts), len(want.Blocks), len(want.Posts))
		}
	}
	store.Close()
	before := len(list)

	start := time.Now()
	out, err := exec.Command(bin, "--db", db, "ingest", "--quiet", articles).CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	want := fmt.Sprintf("read %d, new %d, duplicate %d, failed 0", n, n-before, before)
	if !strings.Contains(string(out), want) {
		t.Errorf("second ingest: %s; want %q", out, want)
	}
	t.Logf("killed after %d of %d articles; second ingest stored the rest in %s", before, n, time.Since(start).Round(time.Millisecond))
}
