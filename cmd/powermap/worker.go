package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/queue"
	"github.com/powermap/powermap/read"
)

func init() {
	register(&command{
		name:    "worker",
		args:    "",
		summary: "ingest the jobs of a NATS JetStream work queue into the store",
		help: `
Takes the jobs 'powermap ingest --queue' published and ingests each as
ingest would: read, extract, store, resolve. Any number of workers, on any
machines, may share one queue and one store; each job is taken by one of
them. A job is acknowledged only after its articles are stored and
resolved: if a worker dies, its jobs go to another after --ack-wait, and an
article stored before the crash is not stored again.

A job that fails --max-tries times (an article extraction cannot handle, a
site that stays down) moves to the dead letters with its reason: see
'powermap queue status', and 'powermap queue retry' once it is fixed.

The worker runs until interrupted (Ctrl-C or SIGTERM: the jobs in hand go
back to the queue), or with --drain until the queue is empty. It creates
the store if there is none.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			var qf queueFlags
			qf.register(fs, "the work queue to take jobs from")
			opts := read.DefaultFetchOptions
			maxSize := sizeFlag(opts.MaxBytes)
			fs.Var(&maxSize, "max-size", "largest file, page or feed read, e.g. 10MB")
			maxArticle := sizeFlag(read.DefaultMaxText)
			fs.Var(&maxArticle, "max-article", "longest article text accepted (longer ones fail), e.g. 512KB")
			fs.DurationVar(&opts.Timeout, "timeout", opts.Timeout, "time limit for each HTTP request")
			fs.BoolVar(&opts.AllowPrivate, "allow-private", false, "allow requests to loopback, private and link-local addresses")
			concurrency := fs.Int("concurrency", 0, "jobs read and extracted at once (0: one per CPU)")
			batch := fs.Int("batch", 0, "jobs taken, and resolved, together (0: 8 per unit of concurrency)")
			maxTries := fs.Int("max-tries", queue.DefaultMaxTries, "tries before a failing job goes to the dead letters")
			ackWait := fs.Duration("ack-wait", queue.DefaultAckWait, "how long a job may go without news from its worker before another gets it (set for the whole queue)")
			retryDelay := fs.Duration("retry-delay", 2*time.Second, "wait before a failed job's next try, times its tries so far")
			drain := fs.Bool("drain", false, "exit once no job is waiting or in flight")
			verbose := fs.Bool("verbose", false, "print a line for every job, not only failures")
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError{"worker takes no arguments"}
				}
				if *maxTries < 1 {
					return usageError{"--max-tries must be at least 1"}
				}
				if _, err := newExtractor(extra); err != nil {
					return err
				}
				// The queue first: a worker with no queue should not
				// create a store.
				q, err := qf.open(ctx, queue.Config{AckWait: *ackWait, MaxTries: *maxTries})
				if err != nil {
					return err
				}
				defer q.Close()
				store, err := e.createStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				x, err := configured(ctx, e, store, extra, false)
				if err != nil {
					return err
				}
				opts.MaxBytes = int64(maxSize)
				reader := read.NewReader(opts)
				reader.MaxText = int64(maxArticle)
				logger := slog.New(slog.NewTextHandler(e.stderr, nil))
				// Extraction is timed, to tell where a worker's time goes.
				var extracting atomic.Int64
				extract := func(ctx context.Context, a *powermap.Article) error {
					t0 := time.Now()
					defer func() { extracting.Add(int64(time.Since(t0))) }()
					return x.prepare(ctx, a)
				}
				svc := &ingest.Service{Store: store, Reader: reader, Extract: extract, Logger: logger}
				var mu sync.Mutex
				w := &queue.Worker{Queue: q, Service: svc, Concurrency: *concurrency, Batch: *batch, RetryDelay: *retryDelay, Drain: *drain, Logger: logger,
					Report: func(d queue.Done) {
						mu.Lock()
						defer mu.Unlock()
						switch {
						case d.Dead:
							fmt.Fprintf(e.stderr, "failed for good after %d tries (see powermap queue status): %s: %s\n", d.Tries, line(d.Source), line(d.Err.Error()))
						case d.Err != nil:
							fmt.Fprintf(e.stderr, "failed (try %d of %d, will retry): %s: %s\n", d.Tries, *maxTries, line(d.Source), line(d.Err.Error()))
						case *verbose:
							fmt.Fprintf(e.stdout, "job %-6d try %d  new %d  duplicate %d  %s\n", d.Seq, d.Tries, d.New, d.Duplicate, line(d.Source))
						}
					}}
				cfg := q.Config()
				fmt.Fprintf(e.stdout, "worker: taking jobs from %s at %s into %s\n", cfg.Name, cfg.URL, e.dbPath)
				start := time.Now()
				st, err := w.Run(ctx)
				fmt.Fprintf(e.stdout, "worker: %d jobs in %.1fs: %d articles new, %d duplicate; %d jobs to retry, %d failed for good\n",
					st.Jobs, time.Since(start).Seconds(), st.New, st.Duplicate, st.Failed, st.Dead)
				ex := time.Duration(extracting.Load())
				fmt.Fprintf(e.stdout, "worker: time in jobs %.1fs (extract %.1fs, read and store %.1fs), resolve %.1fs\n",
					st.Work.Seconds(), ex.Seconds(), (st.Work - ex).Seconds(), st.Resolve.Seconds())
				if errors.Is(err, context.Canceled) {
					return nil // stopped by a signal: the jobs in hand went back
				}
				return err
			}
		},
	})
}
