package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLIInput runs a command line with stdin.
func runCLIInput(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &env{stdout: &out, stderr: &errOut, stdin: strings.NewReader(stdin)})
	return code, out.String(), errOut.String()
}

func TestParseText(t *testing.T) {
	text := "Dr. Imani Okoro met Senator Pavel Novak on Friday. Novak’s aide didn’t comment.\n"
	code, out, errOut := runCLIInput(t, text, "parse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	blocks := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(blocks) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(blocks), out)
	}
	roots := 0
	for _, line := range strings.Split(out, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			t.Fatalf("line with %d columns: %q", len(cols), line)
		}
		var start, end int
		misc := cols[9]
		for _, a := range strings.Split(misc, "|") {
			if v, ok := strings.CutPrefix(a, "Start="); ok {
				start = atoi(t, v)
			}
			if v, ok := strings.CutPrefix(a, "End="); ok {
				end = atoi(t, v)
			}
		}
		if text[start:end] != cols[1] {
			t.Errorf("offsets %d-%d give %q, form %q", start, end, text[start:end], cols[1])
		}
		if cols[6] == "0" {
			roots++
			if cols[7] != "root" {
				t.Errorf("root with relation %q", cols[7])
			}
		}
	}
	if roots != 2 {
		t.Errorf("%d roots in 2 sentences", roots)
	}
	if !strings.Contains(out, "\tn’t\tnot\t") || !strings.Contains(out, "\tmet\tmeet\t") {
		t.Errorf("contraction or lemma missing:\n%s", out)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a number: %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func TestParseLinesAndFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(path, []byte("first line without a period\nsecond line. Still the second\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "parse", "--lines", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := strings.Count(out, "# text = "); n != 2 {
		t.Errorf("%d sentences with --lines, want 2:\n%s", n, out)
	}
	if code, _, _ := runCLI(t, "parse", filepath.Join(t.TempDir(), "absent.txt")); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
	if code, _, _ := runCLI(t, "parse", "a", "b"); code != 2 {
		t.Errorf("two files: exit %d, want 2", code)
	}
}

// toyTreebank is a CoNLL-U text of the syntax package's test data.
func toyTreebank(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "extract", "syntax", "testdata", "toy.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseEval(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.conllu")
	if err := os.WriteFile(gold, toyTreebank(t), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "parse", "--eval", gold, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var sc struct {
		Words          int
		UPOS, UAS, LAS float64
		Counted        string
	}
	if err := json.Unmarshal([]byte(out), &sc); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if sc.Words != 34 || sc.UPOS < 0.8 || sc.UAS < 0.7 || !strings.Contains(sc.Counted, "punctuation included") {
		t.Errorf("scores: %+v", sc)
	}
	code, out, _ = runCLI(t, "parse", "--eval", gold)
	if code != 0 || !strings.Contains(out, "UAS") || !strings.Contains(out, "punctuation included") {
		t.Errorf("text scores (exit %d): %s", code, out)
	}
}

func TestParseTrain(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(toyTreebank(t))
	zw.Close()
	for _, name := range []string{"en_ewt-ud-train.conllu.gz", "en_ewt-ud-dev.conllu.gz"} {
		if err := os.WriteFile(filepath.Join(dir, name), gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "model.gz")
	code, _, errOut := runCLI(t, "parse", "--train", dir, "--out", out, "--epochs", "2", "--folds", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "parser epoch") || !strings.Contains(errOut, "wrote ") {
		t.Errorf("progress: %s", errOut)
	}
	code, stdout, errOut := runCLIInput(t, "Ada praised the mayor.", "parse", "--model", out)
	if code != 0 || !strings.Contains(stdout, "\tpraised\t") {
		t.Errorf("parse with the trained model (exit %d): %s %s", code, stdout, errOut)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".model-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	// A failed training leaves no file behind.
	bad := filepath.Join(dir, "bad.gz")
	if code, _, _ := runCLI(t, "parse", "--train", filepath.Join(dir, "absent"), "--out", bad); code != 1 {
		t.Errorf("training on a missing directory: exit %d, want 1", code)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a failed training wrote its output")
	}
	if code, _, _ := runCLI(t, "parse", "--train", dir); code != 2 {
		t.Errorf("--train without --out: exit %d, want 2", code)
	}
}
