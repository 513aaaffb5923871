package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powermap/powermap/postgres/pgtest"
)

// TestPostgresStoreMissing runs commands that read a store against a
// PostgreSQL schema with no powermap store in it: each fails, names the
// database, and creates nothing; ingest then creates the store.
func TestPostgresStoreMissing(t *testing.T) {
	u := pgtest.Schema(t)
	for _, args := range [][]string{{"articles"}, {"people"}, {"search", "dinner"}, {"curation", "log"}, {"serve", "--addr", "127.0.0.1:0"}} {
		code, out, errOut := runCLI(t, append([]string{"--db", u}, args...)...)
		if code != 1 || !strings.Contains(errOut, "no powermap store in postgres://") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 naming the database", args, code, out, errOut)
		}
	}
	if code, out, errOut := runCLI(t, "--db", u, "ingest", "--quiet", "../../examples"); code != 0 {
		t.Fatalf("ingest into a new schema: exit %d %s %s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "--db", u, "articles"); code != 0 || !strings.Contains(out, "Voss") {
		t.Errorf("articles after ingest: exit %d %s %s", code, out, errOut)
	}
}

// TestPostgresCommandsAsSQLite runs the same commands on a SQLite store and
// on a PostgreSQL one (picked by $POWERMAP_DB) after the same ingest and
// curation: every command says the same on both.
func TestPostgresCommandsAsSQLite(t *testing.T) {
	u := pgtest.Schema(t)
	lite := filepath.Join(t.TempDir(), "same.db")
	both := func(args ...string) (string, string) {
		t.Helper()
		code1, out1, err1 := runCLI(t, append([]string{"--db", lite}, args...)...)
		t.Setenv("POWERMAP_DB", u)
		code2, out2, err2 := runCLI(t, args...)
		os.Unsetenv("POWERMAP_DB")
		if code1 != code2 {
			t.Errorf("%v: exit %d on SQLite (%s), %d on PostgreSQL (%s)", args, code1, err1, code2, err2)
		}
		return out1, out2
	}
	// Times and the store's name differ; the rest must not.
	clean := regexp.MustCompile(`\(\d+\.\ds\) into \S+|"created": "[^"]*"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`)
	for _, args := range [][]string{
		{"ingest", "--quiet", "../../examples"},
		{"articles"},
		{"show", "1"},
		{"people"},
		{"people", "voss"},
		{"events", "--format", "json"},
		{"events", "--type", "meet", "--from", "2025-01-01"},
		{"timeline", "Harlan Voss"},
		{"timeline", "Harlan Voss", "Dana Whitfield"},
		{"relations", "Harlan Voss"},
		{"history", "Harlan Voss", "Dana Whitfield"},
		{"quotes", "--format", "json"},
		{"search", "--format", "json", "Voss NOT dinner"},
		{"export", "--format", "facts"},
		{"entity", "alias", "Harlan Voss", "The Shipping Magnate"},
		{"entity", "show", "The Shipping Magnate"},
		{"event", "reject", "1", "--reason", "test"},
		{"article", "remove", "2", "--reason", "test"},
		{"curation", "log"},
		{"curation", "undo"},
		{"events", "--format", "csv"},
		{"reextract"},
		{"config"},
	} {
		a, b := both(args...)
		a, b = clean.ReplaceAllString(a, "…"), clean.ReplaceAllString(b, "…")
		if args[0] == "search" {
			// Ranks and snippets differ between engines; what is found
			// must not.
			a, b = found(a), found(b)
		}
		if a != b {
			t.Errorf("%v differs:\nSQLite:\n%s\nPostgreSQL:\n%s", args, a, b)
		}
	}
}

// found returns the lines of s that name what a search found (titles,
// names, match counts), sorted.
func found(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, `"title"`) || strings.Contains(l, `"name"`) || strings.Contains(l, `"matches"`) {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	return strings.Join(lines, "\n")
}

// syncBuffer is a buffer that a server goroutine writes while the test
// reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p.
func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what was written.
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestPostgresServeTwice runs two servers on one PostgreSQL store, as
// behind a load balancer: an article posted to one is listed by the other.
func TestPostgresServeTwice(t *testing.T) {
	u := pgtest.Schema(t)
	if code, out, errOut := runCLI(t, "--db", u, "ingest", "--quiet", "../../examples/harborview-dinner.txt"); code != 0 {
		t.Fatalf("ingest: exit %d %s %s", code, out, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	addrs := make([]string, 2)
	for i := range addrs {
		out := &syncBuffer{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(ctx, []string{"--db", u, "serve", "--addr", "127.0.0.1:0", "--token", "secret"}, &env{stdout: out, stderr: &syncBuffer{}, stdin: strings.NewReader("")})
		}()
		re := regexp.MustCompile(`http://(\S+)/`)
		for deadline := time.Now().Add(20 * time.Second); addrs[i] == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if m := re.FindStringSubmatch(out.String()); m != nil {
				addrs[i] = m[1]
			}
		}
		if addrs[i] == "" {
			cancel()
			t.Fatalf("server %d did not start: %q", i, out.String())
		}
	}
	defer func() { cancel(); wg.Wait() }()
	text, err := os.ReadFile("../../examples/voss-pledge.txt")
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", "http://"+addrs[0]+"/api/articles", bytes.NewReader(text))
	req.Header.Set("Authorization", "Bearer secret")
	req.Header.Set("Content-Type", "text/plain")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Fatalf("POST to server 0: %s", resp.Status)
	}
	resp, err = http.Get("http://" + addrs[1] + "/api/articles")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list struct {
		Total    int              `json:"total"`
		Articles []map[string]any `json:"articles"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatalf("GET from server 1: %s: %v", resp.Status, err)
	}
	if list.Total != 2 || len(list.Articles) != 2 {
		t.Errorf("server 1 lists %d articles (%s); want the ingested one and the one posted to server 0", list.Total, fmt.Sprint(list.Articles))
	}
}
