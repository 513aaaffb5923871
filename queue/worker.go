package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/powermap/powermap/ingest"
)

// Worker takes jobs from a Queue and ingests them with an ingest.Service:
// it reads, extracts and stores the jobs of a batch (Concurrency at a
// time), resolves them across articles once, and only then acknowledges
// them. A worker that dies before that leaves its jobs to be delivered
// again; the store, which drops an article it already holds (same
// canonical URL or text) inside the transaction that would store it, then
// stores nothing twice.
type Worker struct {
	Queue   *Queue
	Service *ingest.Service
	// Concurrency is how many jobs are read and extracted at once (0:
	// GOMAXPROCS); Batch how many are fetched, and resolved, together (0:
	// 8 per unit of concurrency).
	Concurrency, Batch int
	// RetryDelay is how long a failed job waits before its next try,
	// times the tries so far (0: 2s).
	RetryDelay time.Duration
	// Drain makes Run return once no job is waiting or in flight.
	Drain bool
	// Report, if set, is called for each job finished (stored, failed
	// for now, or dead-lettered), never concurrently.
	Report func(Done)
	Logger *slog.Logger
}

// Done is what became of one job.
type Done struct {
	Source    string
	Seq       uint64 // the job's sequence in the work stream
	Tries     int    // deliveries, this one included
	New       int    // articles stored
	Duplicate int    // articles the store had already
	Err       error  // why it failed, if it did
	Dead      bool   // it failed for good and went to the dead letters
}

// Stats counts what a Run did.
type Stats struct {
	Jobs, New, Duplicate, Failed, Dead int
	// Work is the time spent reading, extracting and storing jobs (summed
	// over the jobs run at once); Resolve the time spent resolving.
	Work, Resolve time.Duration
}

// Run takes and ingests jobs until ctx ends (or, with Drain, the queue is
// empty). Jobs it was working on when ctx ended are handed back.
func (w *Worker) Run(ctx context.Context) (Stats, error) {
	var st Stats
	if w.Concurrency <= 0 {
		w.Concurrency = runtime.GOMAXPROCS(0)
	}
	if w.Batch <= 0 {
		w.Batch = 8 * w.Concurrency
	}
	if w.RetryDelay <= 0 {
		w.RetryDelay = 2 * time.Second
	}
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
	cons := w.Queue.cons
	for ctx.Err() == nil {
		msgs, err := fetch(ctx, cons, w.Batch)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			w.Logger.Warn("fetching jobs failed; trying again", "err", err)
			sleep(ctx, time.Second)
			continue
		}
		if len(msgs) == 0 {
			if w.Drain {
				ci, err := cons.Info(ctx)
				if err == nil && ci.NumPending == 0 && ci.NumAckPending == 0 {
					return st, nil
				}
			}
			continue
		}
		w.process(ctx, msgs, &st)
	}
	return st, ctx.Err()
}

// fetch returns the jobs waiting, up to n, or waits a moment for some.
func fetch(ctx context.Context, cons jetstream.Consumer, n int) ([]jetstream.Msg, error) {
	collect := func(b jetstream.MessageBatch, err error) ([]jetstream.Msg, error) {
		if err != nil {
			return nil, err
		}
		var out []jetstream.Msg
		for m := range b.Messages() {
			out = append(out, m)
		}
		if err := b.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) && len(out) == 0 {
			return nil, err
		}
		return out, nil
	}
	msgs, err := collect(cons.FetchNoWait(n))
	if err != nil || len(msgs) > 0 || ctx.Err() != nil {
		return msgs, err
	}
	return collect(cons.Fetch(n, jetstream.FetchMaxWait(time.Second)))
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-time.After(d):
	case <-ctx.Done():
	}
}

// result is the work done on one job of a batch.
type result struct {
	done    Done
	deadNow bool // dead-letter without trying (delivered too often, malformed)
	took    time.Duration
}

// process ingests a batch: its jobs in parallel, one resolution for all,
// then each job acknowledged, retried later or dead-lettered.
func (w *Worker) process(ctx context.Context, msgs []jetstream.Msg, st *Stats) {
	// Tell the server the batch is being worked on, so that a long one
	// is not delivered again to another worker meanwhile.
	beat := make(chan struct{})
	go func() {
		t := time.NewTicker(max(w.Queue.cfg.AckWait/3, 100*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-beat:
				return
			case <-t.C:
				for _, m := range msgs {
					m.InProgress()
				}
			}
		}
	}()
	defer close(beat)

	results := make([]result, len(msgs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range min(w.Concurrency, len(msgs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				t0 := time.Now()
				results[i] = w.run(ctx, msgs[i])
				results[i].took = time.Since(t0)
			}
		}()
	}
	for i := range msgs {
		idx <- i
	}
	close(idx)
	wg.Wait()

	if ctx.Err() != nil {
		// Stopping: hand every job back for another worker. What was
		// stored is whole and stays pending resolution.
		for _, m := range msgs {
			m.Nak()
		}
		return
	}
	stored := false
	for _, r := range results {
		stored = stored || r.done.New > 0
		st.Work += r.took
	}
	if !stored {
		// A job delivered again after its worker died between storing
		// and resolving finds its articles stored: finish the resolution.
		pending, err := w.Service.Store.ResolvePending(ctx)
		stored = err != nil || pending
	}
	if stored {
		t0 := time.Now()
		_, err := w.Service.Resolve(ctx)
		st.Resolve += time.Since(t0)
		if err != nil {
			w.Logger.Error("resolution failed; the batch will be delivered again", "err", err)
			for _, m := range msgs {
				m.NakWithDelay(w.RetryDelay)
			}
			return
		}
	}
	maxTries := w.Queue.cfg.MaxTries
	for i, m := range msgs {
		r := results[i]
		d := r.done
		st.Jobs++
		st.New += d.New
		st.Duplicate += d.Duplicate
		var err error
		switch {
		case r.deadNow || d.Err != nil && d.Tries >= maxTries:
			d.Dead = true
			err = w.Queue.deadLetter(ctx, m, d.Tries, d.Err.Error())
			st.Dead++
		case d.Err != nil:
			err = m.NakWithDelay(time.Duration(d.Tries) * w.RetryDelay)
			st.Failed++
		default:
			err = m.DoubleAck(ctx)
		}
		if err != nil {
			// The job comes back and finds its articles stored.
			w.Logger.Warn("acknowledging a job failed; it will be delivered again", "source", d.Source, "err", err)
		}
		if w.Report != nil {
			w.Report(d)
		}
	}
}

// run reads, extracts and stores one job's articles.
func (w *Worker) run(ctx context.Context, m jetstream.Msg) (r result) {
	md, err := m.Metadata()
	if err != nil {
		return result{deadNow: true, done: Done{Err: fmt.Errorf("not a JetStream message: %w", err)}}
	}
	r.done = Done{Source: m.Headers().Get(hdrSource), Seq: md.Sequence.Stream, Tries: int(md.NumDelivered)}
	if r.done.Tries > w.Queue.cfg.MaxTries {
		r.deadNow = true
		r.done.Err = fmt.Errorf("delivered %d times without finishing: a worker died or ran out of time on it each time", r.done.Tries-1)
		return r
	}
	job, err := jobOf(m.Headers(), m.Data())
	if err != nil {
		r.deadNow, r.done.Err = true, err
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.done.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	var outs []ingest.Outcome
	if job.URL {
		outs = w.Service.Source(ctx, job.Source)
	} else {
		outs = w.Service.Data(ctx, job.Source, job.Data)
	}
	var errs []string
	for _, o := range outs {
		switch {
		case o.Err != nil:
			errs = append(errs, o.Source+": "+o.Err.Error())
		case o.Duplicate:
			r.done.Duplicate++
		default:
			r.done.New++
		}
	}
	if len(errs) > 0 {
		r.done.Err = errors.New(strings.Join(errs, "; "))
	}
	return r
}
