package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/read"
)

func init() {
	register(&command{
		name:    "ingest",
		args:    "SOURCE...",
		summary: "read articles from files, directories, globs, stdin, URLs or feeds into the store",
		help: `
Reads each SOURCE and stores the articles in it. A SOURCE is a file, a
directory (read recursively: .txt, .md, .html, .htm, .xml, .rss, .atom), a
glob pattern, "-" for standard input, an http(s) URL of an article page, or
an RSS/Atom feed (a file or a URL; every item's page is fetched).

Plain text, HTML pages and feeds are recognised by content. An article
already stored (same canonical URL or same text) is counted as a duplicate
and not stored again. Each source that cannot be read gets one line saying
why; the others are still stored. The exit status is 1 if any source failed.

Requests go only to public http(s) addresses unless --allow-private is set.

--format json prints, at the end, an object with "articles" (status new,
duplicate or failed, id, published, title, source, error), "summary" (read,
new, duplicate, failed, seconds, store) and "resolution"; --format csv a row
per article or failure. Failures are also written to standard error.

A --kb or --rules file is kept with the store (content and hash) and used by
later ingests, reextract and serve; a different file than the one in force
is refused: change it with 'powermap config set'.

With --queue nats://HOST:PORT, ingest reads nothing into a store: it sends
one job per source to a NATS JetStream work queue (a file by its content,
a URL by the URL; a source queued before is dropped as a duplicate) and
returns. 'powermap worker' processes, on any machine, ingest the jobs.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			opts := read.DefaultFetchOptions
			maxSize := sizeFlag(opts.MaxBytes)
			fs.Var(&maxSize, "max-size", "largest file, page or feed read, e.g. 10MB")
			maxArticle := sizeFlag(read.DefaultMaxText)
			fs.Var(&maxArticle, "max-article", "longest article text accepted (longer ones fail), e.g. 512KB")
			fs.DurationVar(&opts.Timeout, "timeout", opts.Timeout, "time limit for each HTTP request")
			fs.IntVar(&opts.MaxRedirects, "max-redirects", opts.MaxRedirects, "redirects followed per request")
			fs.BoolVar(&opts.AllowPrivate, "allow-private", false, "allow requests to loopback, private and link-local addresses")
			workers := fs.Int("workers", 0, "sources read in parallel (0: one per CPU, at least 4)")
			quiet := fs.Bool("quiet", false, "print only failures and the summary")
			format := formatFlag(fs, formats...)
			var extra extraFiles
			extra.register(fs)
			var qf queueFlags
			qf.register(fs, "publish one job per SOURCE to this work queue and return, instead of ingesting; 'powermap worker' ingests them")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, formats...); err != nil {
					return err
				}
				if len(args) == 0 {
					return usageError{"no SOURCE given"}
				}
				opts.MaxBytes = int64(maxSize)
				if qf.url != "" {
					switch {
					case extra.kb != "" || extra.rules != "":
						return usageError{"--kb and --rules are kept with the store, not sent with jobs: give them to 'powermap config set' (or to one worker)"}
					case *format == "csv":
						return usageError{"--format csv is not available with --queue"}
					}
					reader := read.NewReader(opts)
					reader.Stdin = e.stdin
					return enqueue(ctx, e, qf, args, reader, *quiet, *format)
				}
				// The files must read and load before a store is made.
				if _, err := newExtractor(extra); err != nil {
					return err
				}
				store, err := e.createStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				x, err := configured(ctx, e, store, extra, false)
				if err != nil {
					return err
				}
				return runIngest(ctx, e, store, args, opts, int64(maxArticle), *workers, *quiet, *format, x)
			}
		},
	})
}

// ingestRecord is one line of what ingest did, for --format json and csv.
type ingestRecord struct {
	Status    string `json:"status"` // new, duplicate or failed
	ID        int64  `json:"id,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source"`
	Error     string `json:"error,omitempty"`
}

// ingestReport is what ingest did, for --format json.
type ingestReport struct {
	Articles []ingestRecord `json:"articles"`
	Summary  struct {
		Read      int     `json:"read"`
		New       int     `json:"new"`
		Duplicate int     `json:"duplicate"`
		Failed    int     `json:"failed"`
		Seconds   float64 `json:"seconds"`
		Store     string  `json:"store"`
	} `json:"summary"`
	Resolution *powermap.ResolveReport `json:"resolution"`
}

// runIngest reads args into store, extracting with x, resolves, and
// reports in format: a line per article as it is stored (table), or
// everything at the end (json, csv).
func runIngest(ctx context.Context, e *env, store powermap.Ingester, args []string, opts read.FetchOptions, maxArticle int64, workers int, quiet bool, format string, x *extractor) error {
	reader := read.NewReader(opts)
	reader.MaxText = maxArticle
	reader.Stdin = e.stdin
	svc := &ingest.Service{Store: store, Reader: reader, Extract: x.prepare}
	sources, bad := read.Expand(args)
	bar := newProgress(e.stderr)
	report := &ingestReport{Articles: []ingestRecord{}}
	listing := format == "table"
	for _, b := range bad {
		bar.println(e.stderr, "%s: %s", line(b.Source), line(b.Err.Error()))
		report.Articles = append(report.Articles, ingestRecord{Status: "failed", Source: b.Source, Error: b.Err.Error()})
	}
	start := time.Now()
	res, err := svc.Ingest(ctx, sources, ingest.Options{
		Workers: workers,
		Report: func(o ingest.Outcome) {
			if o.Err != nil {
				bar.println(e.stderr, "%s: %s", line(o.Source), line(o.Err.Error()))
				report.Articles = append(report.Articles, ingestRecord{Status: "failed", Source: o.Source, Error: o.Err.Error()})
				return
			}
			status := "new"
			if o.Duplicate {
				status = "duplicate"
			}
			a := o.Article
			report.Articles = append(report.Articles, ingestRecord{Status: status, ID: a.ID, Published: a.PublishedString(), Title: a.Title, Source: o.Source})
			if listing && !quiet {
				bar.println(e.stdout, "%-9s #%-4d %-10s %s", status, a.ID, dateOnly(a.PublishedString()), line(truncate(a.Title, 70)))
			}
		},
		Progress: func(s ingest.Summary, total int) {
			bar.update(s.Read+s.Failed, total, fmt.Sprintf("new %d  duplicate %d  failed %d", s.New, s.Duplicate, s.Failed))
		},
	})
	bar.finish()
	sum := res.Summary
	sum.Failed += len(bad)
	rs := &report.Summary
	rs.Read, rs.New, rs.Duplicate, rs.Failed, rs.Seconds, rs.Store = sum.Read, sum.New, sum.Duplicate, sum.Failed, time.Since(start).Seconds(), e.storeName()
	if listing {
		fmt.Fprintf(e.stdout, "read %d, new %d, duplicate %d, failed %d (%.1fs) into %s\n",
			sum.Read, sum.New, sum.Duplicate, sum.Failed, time.Since(start).Seconds(), e.storeName())
	}
	var rerr *ingest.ResolveError
	switch {
	case errors.As(err, &rerr):
		if !listing {
			writeIngestReport(e, format, report)
		}
		return fmt.Errorf("%w (run the command again to finish)", err)
	case err != nil:
		if !listing {
			writeIngestReport(e, format, report)
		}
		// Articles stored so far are whole, and the store knows they
		// await resolution: the next command that writes resolves them.
		return fmt.Errorf("interrupted: %w (the articles stored are kept; run the command again to finish)", err)
	}
	if res.WasPending && listing {
		fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
	}
	if rep := res.Resolution; rep != nil {
		report.Resolution = rep
		if listing && !quiet {
			fmt.Fprintf(e.stdout, "resolved %d names (%d new people and organizations); %d events, %d reported by several sources\n",
				rep.EntitiesResolved, rep.EntitiesCreated, rep.Events, rep.MergedEvents)
		}
	}
	if !listing {
		if err := writeIngestReport(e, format, report); err != nil {
			return err
		}
	} else if !quiet && sum.Read > 0 {
		db := ""
		if e.dbPath != defaultDB {
			db = " --db " + e.storeName()
		}
		fmt.Fprintf(e.stdout, "\nExplore: powermap%s serve   then open http://127.0.0.1:8080/\n", db)
		fmt.Fprintf(e.stdout, "     or: powermap%s people | timeline PERSON [PERSON2] | relations PERSON | events\n", db)
	}
	if sum.Failed > 0 {
		return silentError{fmt.Errorf("%d sources failed", sum.Failed)}
	}
	return nil
}

// writeIngestReport prints what ingest did as JSON, or as CSV a row per
// article or failure.
func writeIngestReport(e *env, format string, r *ingestReport) error {
	if format == "json" {
		return writeJSON(e.stdout, r)
	}
	rows := make([][]string, 0, len(r.Articles))
	for _, a := range r.Articles {
		id := ""
		if a.ID != 0 {
			id = strconv.FormatInt(a.ID, 10)
		}
		rows = append(rows, []string{a.Status, id, a.Published, a.Title, a.Source, a.Error})
	}
	return output(e.stdout, "csv", nil, []string{"status", "id", "published", "title", "source", "error"}, rows)
}

// dateOnly cuts an RFC 3339 time to its date.
func dateOnly(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	if s == "" {
		return "undated"
	}
	return s
}

// truncate cuts s to at most n runes, marking the cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// sizeFlag is a byte count given as 123, 64KB, 10MB or 1GB.
type sizeFlag int64

func (s *sizeFlag) String() string {
	if n := int64(*s); n < 1<<20 || n%(1<<20) != 0 {
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%dMB", int64(*s)>>20)
}

func (s *sizeFlag) Set(v string) error {
	v = strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			v, mult = strings.TrimSpace(strings.TrimSuffix(v, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("not a size: %q (use e.g. 10MB)", v)
	}
	*s = sizeFlag(n * float64(mult))
	return nil
}
