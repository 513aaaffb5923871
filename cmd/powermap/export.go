package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/eval"
)

func init() {
	register(&command{
		name:    "export",
		summary: "write the extracted facts of every stored article",
		help: `
Writes one JSON object per stored article (JSON Lines) in the facts format of
the corpus GUIDE: id (the source file's name without extension), published,
people, organizations, events and quotes. Events also carry powermap's
provenance: the byte span of the evidence, the rule and the confidence.

--format json writes the same objects as one JSON array; --format csv one
row per event (article, type, participants, date, place, amount in full
dollars, planned, evidence with its byte span, rule, confidence).`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, exportFormats...)
			out := fs.String("out", "-", "output `file` (- for standard output)")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, exportFormats...); err != nil {
					return err
				}
				if len(args) > 0 {
					return usageError{"export takes no arguments"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				w := e.stdout
				if *out != "-" {
					f, err := os.CreateTemp(dirOf(*out), ".export-*")
					if err != nil {
						return err
					}
					defer os.Remove(f.Name())
					bw := bufio.NewWriter(f)
					if err := exportAs(ctx, store, bw, *format); err != nil {
						f.Close()
						return err
					}
					if err := bw.Flush(); err != nil {
						f.Close()
						return err
					}
					if err := f.Close(); err != nil {
						return err
					}
					return os.Rename(f.Name(), *out) // whole or not at all
				}
				return exportAs(ctx, store, w, *format)
			}
		},
	})
}

// dirOf returns the directory of path, for temporary files beside it.
func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}

// exportFormats are the formats of export: JSON lines (facts), one JSON
// array, or CSV of the events.
var exportFormats = []string{"facts", "json", "csv"}

// exportAs writes every stored article's facts in format (see
// exportFormats).
func exportAs(ctx context.Context, store powermap.ArticleReader, w io.Writer, format string) error {
	if format == "facts" {
		return exportFacts(ctx, store, w)
	}
	var all []eval.Article
	err := eachFacts(ctx, store, func(a eval.Article) error {
		all = append(all, a)
		return nil
	})
	if err != nil {
		return err
	}
	if format == "json" {
		if all == nil {
			all = []eval.Article{}
		}
		return writeJSON(w, all)
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"article", "type", "source", "target", "actors", "mediator", "role", "date", "place", "amount_usd", "planned", "evidence", "start", "end", "rule", "confidence"})
	for _, a := range all {
		for _, ev := range a.Events {
			date, amount := "", ""
			if ev.Date != nil {
				date = *ev.Date
			}
			if ev.AmountUSD != nil {
				amount = strconv.FormatFloat(*ev.AmountUSD, 'f', -1, 64)
			}
			cw.Write([]string{a.ID, ev.Type, ev.Source, ev.Target, strings.Join(ev.Actors, "; "), ev.Mediator, ev.Role, date, ev.Place, amount,
				strconv.FormatBool(ev.Planned), ev.Evidence, strconv.Itoa(ev.Start), strconv.Itoa(ev.End), ev.Rule, strconv.FormatFloat(math.Round(ev.Confidence*1000)/1000, 'f', -1, 64)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportFacts writes every stored article's facts as JSON lines.
func exportFacts(ctx context.Context, store powermap.ArticleReader, w io.Writer) error {
	return eachFacts(ctx, store, func(a eval.Article) error {
		line, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", line)
		return err
	})
}

// eachFacts calls fn with every stored article's facts in the facts
// format, in the order the articles were stored.
func eachFacts(ctx context.Context, store powermap.ArticleReader, fn func(eval.Article) error) error {
	list, err := store.Articles(ctx)
	if err != nil {
		return err
	}
	for _, s := range list {
		a, err := store.Article(ctx, strconv.FormatInt(s.ID, 10))
		if err != nil {
			return err
		}
		f, err := store.Facts(ctx, a.ID)
		if err != nil {
			return err
		}
		if err := fn(eval.FromFacts(a, f)); err != nil {
			return err
		}
	}
	return nil
}
