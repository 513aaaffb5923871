package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/queue"
	"github.com/powermap/powermap/queue/queuetest"
)

// testQueue returns a work-queue name of the test's own, whose streams are
// deleted at the end, so that runs never see each other's jobs.
func testQueue(t testing.TB, natsURL string) string {
	t.Helper()
	name := fmt.Sprintf("PMTEST_%s_%d", strings.NewReplacer("/", "_", ".", "_").Replace(t.Name()), time.Now().UnixNano())
	t.Cleanup(func() {
		if q, err := queue.Open(context.Background(), queue.Config{URL: natsURL, Name: name}); err == nil {
			q.Delete(context.Background())
			q.Close()
		}
	})
	return name
}

// storeSeq numbers the stores the tests make.
var storeSeq atomic.Int64

// testStore returns a --db value for a new, empty store that several
// processes can share: a SQLite file in the test's directory, or, when
// $POWERMAP_TEST_DB is a postgres:// URL, that database with a schema of
// its own (search_path=pmtest_…; the PostgreSQL store creates the schema
// it is given, as the SQLite store creates its file).
func testStore(t testing.TB, name string) string {
	t.Helper()
	base := os.Getenv("POWERMAP_TEST_DB")
	if !strings.HasPrefix(base, "postgres://") && !strings.HasPrefix(base, "postgresql://") {
		return filepath.Join(t.TempDir(), name+".db")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("POWERMAP_TEST_DB: %v", err)
	}
	q := u.Query()
	schema := fmt.Sprintf("pmtest_%d_%d_%s", os.Getpid(), storeSeq.Add(1), name)
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() { dropSchema(t, base, schema) })
	return u.String()
}

// dropSchema drops schema, with the store in it, from the database at
// base.
func dropSchema(t testing.TB, base, schema string) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
	}
}

// child is a powermap process started by a test.
type child struct {
	cmd *exec.Cmd
	out bytes.Buffer
}

// start runs the powermap command line args in a child process (the test
// binary acting as powermap, see TestMain).
func start(t testing.TB, args ...string) *child {
	t.Helper()
	c := &child{cmd: exec.Command(os.Args[0], args...)}
	c.cmd.Env = append(os.Environ(), runMainEnv+"=1")
	c.cmd.Stdout, c.cmd.Stderr = &c.out, &c.out
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c.cmd.ProcessState == nil {
			c.cmd.Process.Kill()
			c.cmd.Wait()
		}
	})
	return c
}

// wait waits for the child to exit, failing the test if it does not within
// d or exits with an error.
func (c *child) wait(t testing.TB, d time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%v: %v\n%s", c.cmd.Args[1:], err, c.out.String())
		}
	case <-time.After(d):
		c.cmd.Process.Kill()
		<-done
		t.Fatalf("%v did not finish in %s\n%s", c.cmd.Args[1:], d, c.out.String())
	}
}

// cli runs a command line in-process and fails the test unless it
// succeeds; it returns the standard output.
func cli(t testing.TB, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(context.Background(), args, &env{stdout: &out, stderr: &errOut, stdin: strings.NewReader("")}); code != 0 {
		t.Fatalf("powermap %v: exit %d\n%s%s", args, code, out.String(), errOut.String())
	}
	return out.String()
}

// workerArgs is the command line of a worker that exits when the queue is
// empty; a killed worker's jobs come back after ackWait.
func workerArgs(db, natsURL, name string, extra ...string) []string {
	return append([]string{"--db", db, "worker", "--queue", natsURL, "--queue-name", name, "--drain", "--ack-wait", "3s", "--retry-delay", "100ms"}, extra...)
}

// statusOf returns the status of queue name.
func statusOf(t testing.TB, natsURL, name string) queue.Status {
	t.Helper()
	var st queue.Status
	if err := json.Unmarshal([]byte(cli(t, "queue", "status", "--queue", natsURL, "--queue-name", name, "--format", "json")), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// storedNames lists the names of the articles in store db, sorted.
func storedNames(t testing.TB, db string) []string {
	t.Helper()
	var list []powermap.ArticleSummary
	if err := json.Unmarshal([]byte(cli(t, "--db", db, "articles", "--format", "json")), &list); err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(list))
	for i, a := range list {
		names[i] = a.Name
	}
	sort.Strings(names)
	return names
}

// factLines is the facts export of store db, one line per article, sorted:
// the same articles with the same facts give the same lines whatever the
// order they were stored in.
func factLines(t testing.TB, db string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(cli(t, "--db", db, "export", "--format", "facts")), "\n")
	sort.Strings(lines)
	return lines
}

// mergedEvents describes the merged events of store db without their ids
// (which follow the order of storing): type, date, participants and the
// names of the articles reporting each, sorted.
func mergedEvents(t testing.TB, db string) []string {
	t.Helper()
	var evs []powermap.CanonicalEvent
	if err := json.Unmarshal([]byte(cli(t, "--db", db, "events", "--format", "json")), &evs); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(evs))
	for i, e := range evs {
		who := e.Participants()
		var src []string
		for _, s := range e.Sources {
			src = append(src, s.Name)
		}
		sort.Strings(who)
		sort.Strings(src)
		out[i] = fmt.Sprintf("%s %s %v %q %v", e.Type, e.Date, who, e.Place, src)
	}
	sort.Strings(out)
	return out
}

// crashArticles is how many articles the crash test sends through the
// queue ($POWERMAP_CRASH_ARTICLES, default 2000).
func crashArticles(t testing.TB) int {
	if s := os.Getenv("POWERMAP_CRASH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 10 {
			t.Fatalf("POWERMAP_CRASH_ARTICLES=%q: want a number of at least 10", s)
		}
		return n
	}
	return 2000
}

// TestQueueWorkerCrash enqueues generated articles, runs two worker
// processes, kills one with SIGKILL mid-batch and starts it again: every
// article must end up stored exactly once, nothing dead-lettered, and the
// facts and merged events equal those of a plain ingest.
func TestQueueWorkerCrash(t *testing.T) {
	natsURL := queuetest.URL(t)
	if testing.Short() {
		t.Skip("the crash test ingests 2,000 articles twice; skipped with -short")
	}
	n := crashArticles(t)
	name := testQueue(t, natsURL)
	dir := t.TempDir()
	if _, err := testgen.WriteDir(dir, n, 60); err != nil {
		t.Fatal(err)
	}
	queued, plain := testStore(t, "queued"), testStore(t, "plain")

	t0 := time.Now()
	out := cli(t, "ingest", "--queue", natsURL, "--queue-name", name, "--quiet", dir)
	if !strings.Contains(out, fmt.Sprintf("queued %d, duplicate 0, failed 0", n)) {
		t.Fatalf("enqueue: %s", out)
	}
	a := start(t, workerArgs(queued, natsURL, name, "--concurrency", "1", "--verbose")...)
	b := start(t, workerArgs(queued, natsURL, name, "--concurrency", "1", "--verbose")...)
	// Kill a once about a fifth of the jobs are taken: it is then in the
	// middle of a batch (it acknowledges a batch at a time).
	deadline := time.Now().Add(60 * time.Second)
	for {
		st := statusOf(t, natsURL, name)
		if st.Pending <= uint64(n*4/5) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers took no jobs in 60s: %+v\n%s\n%s", st, a.out.String(), b.out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	a.cmd.Wait()
	a = start(t, workerArgs(queued, natsURL, name, "--concurrency", "1", "--verbose")...)
	a.wait(t, 3*time.Minute)
	b.wait(t, 3*time.Minute)
	queueTime := time.Since(t0)
	// The killed worker held a batch: its jobs were delivered again.
	if again := strings.Count(a.out.String()+b.out.String(), " try 2 "); again == 0 {
		t.Errorf("no job was delivered a second time: the kill interrupted no batch")
	} else {
		t.Logf("%d jobs delivered again after the kill", again)
	}

	st := statusOf(t, natsURL, name)
	if st.Pending != 0 || st.InFlight != 0 || st.FailedTotal != 0 {
		t.Errorf("queue after the run: %+v, want it empty with nothing failed", st)
	}
	names := storedNames(t, queued)
	if len(names) != n {
		t.Errorf("%d articles stored, want %d", len(names), n)
	}
	for i := 1; i < len(names); i++ {
		if names[i] == names[i-1] {
			t.Errorf("article %s stored twice", names[i])
		}
	}

	t1 := time.Now()
	cli(t, "--db", plain, "ingest", "--quiet", dir)
	t.Logf("%d articles: through the queue with 2 workers, one killed, %.1fs; plain ingest %.1fs", n, queueTime.Seconds(), time.Since(t1).Seconds())
	got, want := factLines(t, queued), factLines(t, plain)
	if len(got) != len(want) {
		t.Fatalf("facts of %d articles, want %d", len(got), len(want))
	}
	diff := 0
	for i := range got {
		if got[i] != want[i] {
			if diff++; diff <= 3 {
				t.Errorf("facts differ:\nqueue: %.300s\nplain: %.300s", got[i], want[i])
			}
		}
	}
	ge, we := mergedEvents(t, queued), mergedEvents(t, plain)
	if strings.Join(ge, "\n") != strings.Join(we, "\n") {
		t.Errorf("merged events differ: %d through the queue, %d in a plain ingest", len(ge), len(we))
		for i := 0; i < min(len(ge), len(we)); i++ {
			if ge[i] != we[i] {
				t.Errorf("first difference:\nqueue: %s\nplain: %s", ge[i], we[i])
				break
			}
		}
	}
}

// TestQueueConcurrentReports has two workers ingest two different reports
// of one dinner at the same moment: one event with two sources must come
// out, and one entity per person.
func TestQueueConcurrentReports(t *testing.T) {
	natsURL := queuetest.URL(t)
	name := testQueue(t, natsURL)
	db := testStore(t, "dinner")
	// Create the store and the queue's consumer first, so that both
	// workers are waiting when the two reports arrive.
	cli(t, "--db", db, "worker", "--queue", natsURL, "--queue-name", name, "--drain")
	var workers []*child
	for range 2 {
		workers = append(workers, start(t, "--db", db, "worker", "--queue", natsURL, "--queue-name", name, "--batch", "1", "--concurrency", "1", "--verbose", "--ack-wait", "10s"))
	}
	time.Sleep(time.Second) // both are waiting for jobs
	d := "../../ingest/testdata/dinner/"
	cli(t, "ingest", "--queue", natsURL, "--queue-name", name, d+"courier.txt", d+"ledger.txt")
	// The workers run until told to stop; wait for both jobs to be done.
	deadline := time.Now().Add(60 * time.Second)
	for {
		st := statusOf(t, natsURL, name)
		if st.Pending == 0 && st.InFlight == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("jobs not done in 60s: %+v", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
	took := 0
	for _, w := range workers {
		w.cmd.Process.Signal(os.Interrupt)
		w.wait(t, 30*time.Second)
		if strings.Contains(w.out.String(), "job ") {
			took++
		}
	}
	if took != 2 {
		t.Logf("one worker took both reports (they were not ingested at the same moment):\n%s\n%s", workers[0].out.String(), workers[1].out.String())
	}

	var evs []powermap.CanonicalEvent
	if err := json.Unmarshal([]byte(cli(t, "--db", db, "events", "--format", "json", "--type", "meet", "--person", "Harlan Voss")), &evs); err != nil {
		t.Fatal(err)
	}
	dinners := 0
	for _, e := range evs {
		if e.Date == "2025-03-09" {
			dinners++
			if len(e.Sources) != 2 {
				t.Errorf("the dinner has %d sources, want both reports: %+v", len(e.Sources), e.Sources)
			}
		}
	}
	if dinners != 1 {
		t.Errorf("%d dinners on 2025-03-09, want one: %+v", dinners, evs)
	}
	var people []powermap.CanonicalEntity
	if err := json.Unmarshal([]byte(cli(t, "--db", db, "people", "--format", "json")), &people); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, p := range people {
		seen[p.Name]++
	}
	for _, who := range []string{"Harlan Voss", "Dana Whitfield"} {
		if seen[who] != 1 {
			t.Errorf("%d entities named %s, want 1", seen[who], who)
		}
	}
	for n, c := range seen {
		if c > 1 {
			t.Errorf("%d entities named %s", c, n)
		}
	}
}
