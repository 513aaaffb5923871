package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
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
user needs to improve the rules.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			asJSON := fs.Bool("json", false, "print the result as JSON")
			quiet := fs.Bool("totals", false, "print only the totals")
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) != 1 {
					return usageError{"eval takes one DIR"}
				}
				return runEval(ctx, e, args[0], extra, *asJSON, *quiet)
			}
		},
	})
}

func runEval(ctx context.Context, e *env, dir string, extra extraFiles, asJSON, totalsOnly bool) error {
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
	if asJSON {
		return writeJSON(e.stdout, res)
	}
	for _, f := range failures {
		fmt.Fprintln(e.stderr, f)
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
