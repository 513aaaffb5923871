package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/powermap/powermap/extract/syntax"
)

func init() {
	register(&command{
		name:    "parse",
		args:    "[FILE|-]",
		summary: "tag, lemmatize and parse a text; evaluate or train the syntax model",
		help: `
Prints the analysis of a plain text (FILE, or standard input when FILE is
"-" or absent) in CoNLL-U: one block per sentence with each word's lemma,
Universal and Penn tags, head and dependency relation, and in the MISC column
its byte offsets into the input ("Start=12|End=17").

Sentences end at a blank line or after ".", "!" or "?" (and closing quotes
or brackets) followed by space and a capital letter, digit or opening quote,
except after titles, initials and abbreviations like "Mr.", "J." or "Jan.".
With --lines every non-blank line is one sentence instead.

With --eval GOLD.conllu[.gz] it scores the model on gold sentences instead:
the gold words are tagged and parsed from their forms alone, and every word
counts, punctuation included (as in the CoNLL 2018 shared task).

With --train UD_DIR --out FILE it trains a model on
UD_DIR/en_ewt-ud-train.conllu.gz, choosing epochs on
UD_DIR/en_ewt-ud-dev.conllu.gz, printing progress on standard error. The
embedded model is made with
  powermap parse --train ../shared/ud --out extract/syntax/model.gz
It is derived from the Universal Dependencies English Web Treebank
(Silveira et al. 2014) and licensed CC BY-SA 4.0.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			lines := fs.Bool("lines", false, "one sentence per line")
			evalPath := fs.String("eval", "", "score the model on this gold CoNLL-U `file`")
			asJSON := fs.Bool("json", false, "with --eval: print the scores as JSON")
			trainDir := fs.String("train", "", "train a model on the UD English EWT files in `dir`")
			out := fs.String("out", "", "with --train: write the model to this `file`")
			modelPath := fs.String("model", "", "use the model in this `file` instead of the embedded one")
			maxSents := fs.Int("max-sentences", 0, "with --train: use only the first `n` training sentences (for quick trials)")
			epochs := fs.Int("epochs", 0, "with --train: most parser epochs (default 20)")
			folds := fs.Int("folds", 0, "with --train: jackknife folds for the parser's training tags (default 10)")
			system := fs.String("system", "arc-eager", "with --train: the parser's transition `system`, arc-eager or arc-hybrid")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 1 {
					return usageError{"parse takes at most one file"}
				}
				if *trainDir != "" {
					if *out == "" {
						return usageError{"--train needs --out FILE"}
					}
					if len(args) > 0 || *evalPath != "" {
						return usageError{"--train takes no file and no --eval"}
					}
					if *system != "arc-hybrid" && *system != "arc-eager" {
						return usageError{fmt.Sprintf("unknown --system %q (want arc-hybrid or arc-eager)", *system)}
					}
					opts := syntax.TrainOptions{MaxSentences: *maxSents, ParseEpochs: *epochs, Folds: *folds, System: *system}
					return trainModel(ctx, *trainDir, *out, opts, e.stderr)
				}
				m, err := loadModel(*modelPath)
				if err != nil {
					return err
				}
				if *evalPath != "" {
					if len(args) > 0 {
						return usageError{"--eval takes no other file"}
					}
					sc, err := syntax.Evaluate(m, *evalPath)
					if err != nil {
						return err
					}
					if *asJSON {
						return writeJSON(e.stdout, sc)
					}
					fmt.Fprintf(e.stdout, "sentences %d, words %d (%s)\n", sc.Sentences, sc.Words, sc.Counted)
					fmt.Fprintf(e.stdout, "UPOS   %.4f\nXPOS   %.4f\nlemma  %.4f\nUAS    %.4f\nLAS    %.4f\nLAS without relation subtypes %.4f\n",
						sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.UniversalLAS)
					return nil
				}
				var r io.Reader = e.stdin
				if len(args) == 1 && args[0] != "-" {
					f, err := os.Open(args[0])
					if err != nil {
						return err
					}
					defer f.Close()
					r = f
				}
				data, err := io.ReadAll(r)
				if err != nil {
					return fmt.Errorf("read: %w", err)
				}
				return parseText(ctx, m, string(data), *lines, e.stdout)
			}
		},
	})
}

// loadModel returns the model in path, or the embedded one when path is empty.
func loadModel(path string) (*syntax.Model, error) {
	if path == "" {
		return syntax.Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.Load(bufio.NewReader(f))
}

// parseText writes the CoNLL-U analysis of text.
func parseText(ctx context.Context, m *syntax.Model, text string, lines bool, w io.Writer) error {
	var spans [][2]int
	if lines {
		start := 0
		for start <= len(text) {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			s, e := start, end
			for s < e && strings.ContainsRune(" \t\r", rune(text[s])) {
				s++
			}
			for e > s && strings.ContainsRune(" \t\r", rune(text[e-1])) {
				e--
			}
			if s < e {
				spans = append(spans, [2]int{s, e})
			}
			start = end + 1
		}
	} else {
		spans = syntax.SplitSentences(text)
	}
	bw := bufio.NewWriter(w)
	for i, sp := range spans {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		toks := syntax.Tokenize(text, sp[0], sp[1])
		if len(toks) == 0 {
			continue
		}
		m.Analyze(toks)
		s := syntax.Sentence{ID: fmt.Sprint(i + 1), Text: text[sp[0]:sp[1]], Tokens: toks}
		if err := syntax.WriteCoNLLU(bw, []syntax.Sentence{s}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// trainModel trains on the EWT files in dir and writes the model to out
// through a temporary file, so that a failure leaves nothing half-written.
func trainModel(ctx context.Context, dir, out string, opts syntax.TrainOptions, progress io.Writer) error {
	train := filepath.Join(dir, "en_ewt-ud-train.conllu.gz")
	dev := filepath.Join(dir, "en_ewt-ud-dev.conllu.gz")
	if _, err := os.Stat(dev); err != nil {
		dev = ""
	}
	m, err := syntax.Train(ctx, train, dev, opts, progress)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(dirOf(out), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	bw := bufio.NewWriter(f)
	if err := m.Save(bw); err != nil {
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
	if err := os.Rename(f.Name(), out); err != nil {
		return err
	}
	if st, err := os.Stat(out); err == nil {
		fmt.Fprintf(progress, "wrote %s (%.1f MB)\n", out, float64(st.Size())/1e6)
	}
	return nil
}
