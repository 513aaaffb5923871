package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

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
provenance: the byte span of the evidence, the rule and the confidence.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, "facts")
			out := fs.String("out", "-", "output `file` (- for standard output)")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, "facts"); err != nil {
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
					if err := exportFacts(ctx, store, bw); err != nil {
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
				return exportFacts(ctx, store, w)
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

// exportFacts writes every stored article's facts as JSON lines.
func exportFacts(ctx context.Context, store powermap.Store, w io.Writer) error {
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
		line, err := json.Marshal(eval.FromFacts(a, f))
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "%s\n", line); err != nil {
			return err
		}
	}
	return nil
}
