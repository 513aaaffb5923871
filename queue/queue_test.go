package queue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/internal/testgen"
	"github.com/powermap/powermap/queue/queuetest"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

// openTest opens a queue under a name of the test's own, deleted at the
// end, so that runs and tests never see each other's jobs.
func openTest(t testing.TB, cfg Config) *Queue {
	t.Helper()
	cfg.URL = queuetest.URL(t)
	cfg.Name = fmt.Sprintf("PMTEST_%s_%d", strings.NewReplacer("/", "_", " ", "_", ".", "_").Replace(t.Name()), time.Now().UnixNano())
	q, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		q.Delete(context.Background())
		q.Close()
	})
	return q
}

// newService returns an ingest service over a fresh SQLite store that
// "extracts" nothing but fails every article whose text has "POISON".
func newService(t testing.TB) (*ingest.Service, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &ingest.Service{Store: db, Reader: read.NewReader(read.DefaultFetchOptions), Extract: func(_ context.Context, a *powermap.Article) error {
		if strings.Contains(a.Text, "POISON") {
			return errors.New("extraction failed on purpose")
		}
		return nil
	}}, db
}

// publish enqueues jobs and returns what each did.
func publish(t testing.TB, q *Queue, jobs []Job) []Published {
	t.Helper()
	var out []Published
	if err := q.Publish(context.Background(), jobs, func(p Published) { out = append(out, p) }); err != nil {
		t.Fatal(err)
	}
	return out
}

// fileJobs makes n generated articles into file jobs.
func fileJobs(n int) []Job {
	jobs := make([]Job, n)
	for i := range jobs {
		jobs[i] = Job{Source: fmt.Sprintf("gen/article-%05d.txt", i), Data: []byte(testgen.Article(i, 80))}
	}
	return jobs
}

func TestOpenUnreachable(t *testing.T) {
	_, err := Open(context.Background(), Config{URL: "nats://127.0.0.1:1"})
	if err == nil || !strings.Contains(err.Error(), "cannot reach the queue at nats://127.0.0.1:1") {
		t.Fatalf("err = %v, want a clear unreachable error", err)
	}
	if _, err := Open(context.Background(), Config{URL: "http://127.0.0.1:4222"}); err == nil || !strings.Contains(err.Error(), "nats://") {
		t.Fatalf("err = %v, want a nats:// URL demanded", err)
	}
}

func TestCanonicalURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"HTTPS://Example.COM:443/a?b=2&a=1&utm_source=x#top", "https://example.com/a?a=1&b=2"},
		{"http://example.com", "http://example.com/"},
		{"http://example.com:8080/x?fbclid=1", "http://example.com:8080/x"},
	} {
		if got := CanonicalURL(c.in); got != c.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	a, b := Job{Source: "https://Example.com/x?utm_medium=a", URL: true}, Job{Source: "https://example.com/x", URL: true}
	if a.ID() != b.ID() {
		t.Errorf("one page linked two ways has ids %s and %s", a.ID(), b.ID())
	}
}

func TestPublishDeduplicates(t *testing.T) {
	q := openTest(t, Config{})
	jobs := fileJobs(3)
	// The same content under another name, and one URL linked two ways.
	jobs = append(jobs, Job{Source: "copy.txt", Data: jobs[0].Data},
		Job{Source: "https://news.example/a?utm_source=feed", URL: true}, Job{Source: "https://NEWS.example/a", URL: true})
	got := publish(t, q, jobs)
	dup := 0
	for _, p := range got {
		if p.Err != nil {
			t.Fatalf("%s: %v", p.Job.Source, p.Err)
		}
		if p.Duplicate {
			dup++
		}
	}
	if dup != 2 {
		t.Errorf("%d duplicates, want 2 (the copy and the second link)", dup)
	}
	st, err := q.Status(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending != 4 || st.InFlight != 0 || st.FailedTotal != 0 {
		t.Errorf("status %+v, want 4 pending", st)
	}
}

func TestWorkerStoresAndPoisonGoesToDeadLetters(t *testing.T) {
	q := openTest(t, Config{MaxTries: 3, AckWait: 5 * time.Second})
	jobs := fileJobs(20)
	jobs = append(jobs, Job{Source: "poison.txt", Data: []byte("Jan 3, 2025 9:00 AM EST\nA poisoned report\n\nPOISON Ada Quill met Tomas Reyes at City Hall on Monday.\n")})
	publish(t, q, jobs)
	svc, db := newService(t)
	var tries []int
	w := &Worker{Queue: q, Service: svc, Concurrency: 2, Batch: 8, RetryDelay: 50 * time.Millisecond, Drain: true,
		Report: func(d Done) {
			if d.Source == "poison.txt" {
				tries = append(tries, d.Tries)
			}
		}}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st, err := w.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.New != 20 || st.Dead != 1 {
		t.Errorf("stats %+v, want 20 new and 1 dead", st)
	}
	if fmt.Sprint(tries) != "[1 2 3]" {
		t.Errorf("the poison job was tried %v, want [1 2 3]", tries)
	}
	list, err := db.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 20 {
		t.Errorf("%d articles stored, want 20", len(list))
	}
	if pending, _ := db.ResolvePending(ctx); pending {
		t.Error("the worker acknowledged jobs whose resolution is pending")
	}
	status, err := q.Status(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if status.Pending != 0 || status.InFlight != 0 || len(status.Failed) != 1 {
		t.Fatalf("status %+v, want only one failure", status)
	}
	f := status.Failed[0]
	if f.Source != "poison.txt" || f.Tries != 3 || !strings.Contains(f.Reason, "extraction failed on purpose") {
		t.Errorf("failure %+v, want poison.txt after 3 tries with its reason", f)
	}

	// Retried, it fails again unless fixed; with extraction fixed it is
	// stored.
	svc.Extract = nil
	retried, err := q.Retry(ctx, f.ID)
	if err != nil || len(retried) != 1 {
		t.Fatalf("retry: %v %v", retried, err)
	}
	if _, err := q.Retry(ctx, f.ID); err == nil {
		t.Error("retrying a job twice is not an error")
	}
	if st, err = w.Run(ctx); err != nil || st.New != 1 {
		t.Fatalf("after retry: %+v %v, want the poison article stored", st, err)
	}
	if status, _ = q.Status(ctx, 0); status.FailedTotal != 0 {
		t.Errorf("after retry %d failures remain", status.FailedTotal)
	}
}

func TestRedeliveryStoresNothingTwice(t *testing.T) {
	q := openTest(t, Config{AckWait: time.Second})
	publish(t, q, fileJobs(10))
	svc, db := newService(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// A worker that takes jobs, stores them and dies before acking.
	msgs, err := fetch(ctx, q.cons, 5)
	if err != nil || len(msgs) != 5 {
		t.Fatalf("fetched %d: %v", len(msgs), err)
	}
	for _, m := range msgs {
		j, _ := jobOf(m.Headers(), m.Data())
		if outs := svc.Data(ctx, j.Source, j.Data); len(outs) != 1 || outs[0].Err != nil {
			t.Fatalf("%s: %+v", j.Source, outs)
		}
	}
	// The jobs come back after AckWait; another worker finishes them all.
	w := &Worker{Queue: q, Service: svc, Concurrency: 2, Drain: true}
	st, err := w.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Jobs != 10 || st.New != 5 || st.Duplicate != 5 {
		t.Errorf("stats %+v, want 10 jobs: 5 new, 5 already stored", st)
	}
	list, _ := db.Articles(ctx)
	if len(list) != 10 {
		t.Errorf("%d articles stored, want 10", len(list))
	}
	if pending, _ := db.ResolvePending(ctx); pending {
		t.Error("resolution left pending after redelivery")
	}
}
