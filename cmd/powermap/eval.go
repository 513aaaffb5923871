package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap/eval"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/read"
	"github.com/powermap/powermap/sqlite"
)

func init() {
	register(&command{
		name:    "eval",
		args:    "DIR",
		summary: "extract from DIR/*.txt and score against DIR/gold/*.json",
		help: `
Ingests DIR/*.txt into a temporary store, exports the facts, and scores them
against DIR/gold/*.json by the rules of the corpus GUIDE (the same figures as
facts.py): precision, recall and F1 for people, organizations, events (and
each event type) and quotes, and the accuracy of dates and amounts over the
events found. Before the totals it lists, article by article, what was
missed and what was output but not in the gold, with the evidence: what a
user needs to improve the rules.

--format json prints the whole result (the totals as facts.py --json gives
them, and the misses); --format csv one row per score (kind, p, r, f1, tp,
out, gold), then the misses (kind "missed" or "extra", with the article).`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, formats...)
			asJSON := fs.Bool("json", false, "the same as --format json (kept for scripts that use it)")
			quiet := fs.Bool("totals", false, "print only the totals")
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, formats...); err != nil {
					return err
				}
				if *asJSON {
					if *format != "table" && *format != "json" {
						return usageError{"--json and --format " + *format + " disagree: give one"}
					}
					*format = "json"
				}
				if len(args) != 1 {
					return usageError{"eval takes one DIR"}
				}
				return runEval(ctx, e, args[0], extra, *format, *quiet)
			}
		},
	})
}

// runEval scores the facts extracted from dir's articles against its
// gold and prints the result in format (table, json or csv).
func runEval(ctx context.Context, e *env, dir string, extra extraFiles, format string, totalsOnly bool) error {
	gold, err := eval.LoadGold(dir)
	if err != nil {
		return err
	}
	sources, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(sources) == 0 {
		return fmt.Errorf("%s: no articles (*.txt)", dir)
	}
	tmp, err := os.MkdirTemp("", "powermap-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	store, err := sqlite.Open(ctx, filepath.Join(tmp, "eval.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	x, err := newExtractor(extra)
	if err != nil {
		return err
	}
	var failures []string
	_, err = ingest.Run(ctx, store, read.NewReader(read.DefaultFetchOptions), sources, ingest.Options{
		Prepare: x.prepare,
		Report: func(o ingest.Outcome) {
			if o.Err != nil {
				failures = append(failures, fmt.Sprintf("%s: %v", o.Source, o.Err))
			}
		},
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := exportFacts(ctx, store, &buf); err != nil {
		return err
	}
	outputs := map[string]eval.Article{}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var a eval.Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return err
		}
		outputs[a.ID] = a
	}
	res := eval.Score(gold, outputs)
	for _, f := range failures {
		fmt.Fprintln(e.stderr, f)
	}
	switch format {
	case "json":
		if totalsOnly {
			res.Misses = nil
		}
		return writeJSON(e.stdout, res)
	case "csv":
		return writeEvalCSV(e.stdout, res, totalsOnly)
	}
	if !totalsOnly {
		ids := make([]string, 0, len(res.Misses))
		for id := range res.Misses {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			fmt.Fprintf(e.stdout, "== %s\n", id)
			for _, m := range res.Misses[id] {
				tag := "missed"
				if m.False {
					tag = "extra "
				}
				fmt.Fprintf(e.stdout, "  %s %-12s %s\n", tag, m.Kind, m.What)
				if m.Evidence != "" {
					fmt.Fprintf(e.stdout, "         %s\n", truncate(m.Evidence, 160))
				}
			}
		}
		fmt.Fprintln(e.stdout)
	}
	fmt.Fprint(e.stdout, res.Report())
	return nil
}

// writeEvalCSV writes an evaluation as CSV: a row per score (the four
// kinds, then each event type), then, unless totalsOnly, a row per miss.
func writeEvalCSV(w io.Writer, res eval.Result, totalsOnly bool) error {
	cw := csv.NewWriter(w)
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) }
	cw.Write([]string{"kind", "p", "r", "f1", "tp", "out", "gold", "article", "what", "evidence"})
	for _, k := range []struct {
		name string
		v    eval.PRF
	}{{"people", res.People}, {"organizations", res.Organizations}, {"events", res.Events}, {"quotes", res.Quotes}} {
		cw.Write([]string{k.name, f(k.v.P), f(k.v.R), f(k.v.F1), strconv.Itoa(k.v.TP), strconv.Itoa(k.v.Out), strconv.Itoa(k.v.Gold), "", "", ""})
	}
	types := make([]string, 0, len(res.EventsByType))
	for t := range res.EventsByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		v := res.EventsByType[t]
		cw.Write([]string{"event " + t, f(v.P), f(v.R), f(v.F1), "", strconv.Itoa(v.Out), strconv.Itoa(v.Gold), "", "", ""})
	}
	if !totalsOnly {
		ids := make([]string, 0, len(res.Misses))
		for id := range res.Misses {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			for _, m := range res.Misses[id] {
				kind := "missed " + m.Kind
				if m.False {
					kind = "extra " + m.Kind
				}
				cw.Write([]string{kind, "", "", "", "", "", "", id, m.What, m.Evidence})
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
