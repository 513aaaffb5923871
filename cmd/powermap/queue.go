package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/powermap/powermap/queue"
	"github.com/powermap/powermap/read"
)

// queueFlags are the flags that name a work queue.
type queueFlags struct{ url, name string }

// register adds --queue and --queue-name to a command's flags.
func (f *queueFlags) register(fs *flag.FlagSet, what string) {
	f.url = os.Getenv("POWERMAP_QUEUE")
	f.name = os.Getenv("POWERMAP_QUEUE_NAME")
	if f.name == "" {
		f.name = queue.DefaultName
	}
	fs.StringVar(&f.url, "queue", f.url, what+" (a nats://HOST:PORT URL of a NATS server with JetStream; also $POWERMAP_QUEUE)")
	fs.StringVar(&f.name, "queue-name", f.name, "name of the JetStream work stream (also $POWERMAP_QUEUE_NAME); dead letters go to NAME_DEAD")
}

// open connects to the queue the flags name.
func (f *queueFlags) open(ctx context.Context, cfg queue.Config) (*queue.Queue, error) {
	if f.url == "" {
		return nil, usageError{"no --queue nats://HOST:PORT given"}
	}
	cfg.URL, cfg.Name = f.url, f.name
	return queue.Open(ctx, cfg)
}

func init() {
	register(&command{
		name:    "queue",
		args:    "status | retry [ID]",
		summary: "show or retry the ingest jobs of a NATS JetStream work queue",
		help: `
'queue status' shows the jobs waiting for a worker, those in flight (taken by
a worker, not yet acknowledged; "redelivered" counts those on a second or
later try), and the failed ones, each with its id, source, tries and reason.

'queue retry ID' puts the failed job ID back in the queue; 'queue retry
--all' puts back every failed job. Fix the cause first (a knowledge-base or
rules file, a site that was down): a job that fails its tries again comes
back to the failed list.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			var qf queueFlags
			qf.register(fs, "the work queue")
			all := fs.Bool("all", false, "retry: every failed job")
			limit := fs.Int("limit", 50, "status: failed jobs listed (0: all)")
			format := formatFlag(fs, "table", "json")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, "table", "json"); err != nil {
					return err
				}
				if len(args) == 0 {
					return usageError{"give status or retry"}
				}
				switch args[0] {
				case "status":
					if len(args) > 1 {
						return usageError{"status takes no arguments"}
					}
					q, err := qf.open(ctx, queue.Config{})
					if err != nil {
						return err
					}
					defer q.Close()
					return queueStatus(ctx, e, q, *limit, *format)
				case "retry":
					var id uint64
					switch {
					case len(args) == 2 && !*all:
						n, err := strconv.ParseUint(args[1], 10, 64)
						if err != nil || n == 0 {
							return usageError{fmt.Sprintf("not a job id: %q (see powermap queue status)", args[1])}
						}
						id = n
					case len(args) == 1 && *all:
					default:
						return usageError{"give one failed job's ID, or --all"}
					}
					q, err := qf.open(ctx, queue.Config{})
					if err != nil {
						return err
					}
					defer q.Close()
					done, err := q.Retry(ctx, id)
					for _, f := range done {
						fmt.Fprintf(e.stdout, "requeued %d  %s\n", f.ID, line(f.Source))
					}
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "%d jobs requeued\n", len(done))
					return nil
				}
				return usageError{fmt.Sprintf("unknown queue command %q: give status or retry", args[0])}
			}
		},
	})
}

// queueStatus prints what the queue holds.
func queueStatus(ctx context.Context, e *env, q *queue.Queue, limit int, format string) error {
	st, err := q.Status(ctx, limit)
	if err != nil {
		return err
	}
	if format == "json" {
		if st.Failed == nil {
			st.Failed = []queue.Failure{}
		}
		return writeJSON(e.stdout, st)
	}
	cfg := q.Config()
	fmt.Fprintf(e.stdout, "queue %s at %s\npending %d, in flight %d (redelivered %d), failed %d\n", cfg.Name, cfg.URL, st.Pending, st.InFlight, st.Redelivered, st.FailedTotal)
	if len(st.Failed) == 0 {
		return nil
	}
	rows := make([][]string, 0, len(st.Failed))
	for _, f := range st.Failed {
		rows = append(rows, []string{strconv.FormatUint(f.ID, 10), f.Time.Local().Format(time.DateTime), strconv.Itoa(f.Tries), line(truncate(f.Source, 50)), line(truncate(f.Reason, 100))})
	}
	fmt.Fprintln(e.stdout)
	if err := writeTable(e.stdout, []string{"id", "failed", "tries", "source", "reason"}, rows); err != nil {
		return err
	}
	if uint64(len(st.Failed)) < st.FailedTotal {
		fmt.Fprintf(e.stdout, "(%d more; --limit 0 lists all)\n", st.FailedTotal-uint64(len(st.Failed)))
	}
	fmt.Fprintf(e.stdout, "\nRetry: powermap queue retry --queue %s ID   (or --all)\n", cfg.URL)
	return nil
}

// enqueue publishes one job per source to the queue instead of ingesting:
// a file by its content, a URL by the URL. Sources that cannot be read get
// a line each and fail the command; the others are queued.
func enqueue(ctx context.Context, e *env, qf queueFlags, args []string, reader *read.Reader, quiet bool, format string) error {
	sources, bad := read.Expand(args)
	type record struct {
		Status string `json:"status"` // queued, duplicate or failed
		Job    uint64 `json:"job,omitempty"`
		Source string `json:"source"`
		Error  string `json:"error,omitempty"`
	}
	var records []record
	failed := 0
	fail := func(src string, err error) {
		failed++
		fmt.Fprintf(e.stderr, "%s: %s\n", line(src), line(err.Error()))
		records = append(records, record{Status: "failed", Source: src, Error: err.Error()})
	}
	for _, b := range bad {
		fail(b.Source, b.Err)
	}
	jobs := make([]queue.Job, 0, len(sources))
	for _, src := range sources {
		if read.IsURL(src) {
			jobs = append(jobs, queue.Job{Source: src, URL: true})
			continue
		}
		data, err := reader.ReadFile(src)
		if err != nil {
			fail(src, err)
			continue
		}
		name := src
		if src == "-" {
			name = "stdin"
		}
		jobs = append(jobs, queue.Job{Source: name, Data: data})
	}
	q, err := qf.open(ctx, queue.Config{})
	if err != nil {
		return err
	}
	defer q.Close()
	queued, dup := 0, 0
	err = q.Publish(ctx, jobs, func(p queue.Published) {
		switch {
		case p.Err != nil:
			fail(p.Job.Source, p.Err)
			return
		case p.Duplicate:
			dup++
			records = append(records, record{Status: "duplicate", Source: p.Job.Source})
		default:
			queued++
			records = append(records, record{Status: "queued", Job: p.Seq, Source: p.Job.Source})
		}
		if format == "table" && !quiet {
			status := "queued"
			if p.Duplicate {
				status = "duplicate"
			}
			fmt.Fprintf(e.stdout, "%-9s %s\n", status, line(p.Job.Source))
		}
	})
	if err != nil {
		return err
	}
	if format == "json" {
		if records == nil {
			records = []record{}
		}
		if err := writeJSON(e.stdout, map[string]any{"jobs": records, "summary": map[string]any{"queued": queued, "duplicate": dup, "failed": failed, "queue": qf.name, "url": qf.url}}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "queued %d, duplicate %d, failed %d to %s at %s\n", queued, dup, failed, qf.name, qf.url)
		if !quiet && queued > 0 {
			fmt.Fprintf(e.stdout, "Workers ingest them: powermap worker --queue %s --db STORE\n", qf.url)
		}
	}
	if failed > 0 {
		return silentError{fmt.Errorf("%d sources failed", failed)}
	}
	return nil
}
