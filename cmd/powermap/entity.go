package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/ingest"
)

func init() {
	register(&command{
		name:    "entity",
		args:    "show|merge|split|alias ARGS",
		summary: "show, merge, split or alias people and organizations",
		help: `
  powermap entity show NAME                      an entity, its aliases and counts
  powermap entity merge NAME INTO [--yes] [--force]
                                                 NAME and INTO are one; INTO is kept. Shows what
                                                 moves and asks (--yes: do not ask; --force:
                                                 even a person and an organization)
  powermap entity split NAME --article ID --as NEW
                                                 NAME's mentions in article ID are someone else, NEW
  powermap entity split NAME --as NEW            NEW was merged into NAME by mistake: what the
                                                 merge moved is NEW's again
  powermap entity alias NAME ALIAS               ALIAS names NAME wherever it appears; refused if
                                                 ALIAS names someone else (that is a merge)

NAME may be a canonical name, an alias or an id. These choices are kept apart
from what extraction derives and replayed after every ingest, re-extraction
and resolution, so they survive both. Every one is logged and can be undone:
see 'powermap curation log' and 'powermap curation undo'.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			article := fs.String("article", "", "split: the article (id or name) whose mentions move")
			as := fs.String("as", "", "split: the name of the entity they move to")
			force := fs.Bool("force", false, "merge: allow merging a person and an organization")
			yes := fs.Bool("yes", false, "merge: do it without asking")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) == 0 {
					return usageError{"entity needs an action: show, merge, split or alias"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				var c powermap.Curation
				switch action := args[0]; {
				case action == "show" && len(args) == 2:
					ent, err := store.Entity(ctx, args[1])
					if err != nil {
						return err
					}
					if n, err := strconv.ParseInt(args[1], 10, 64); err == nil && n != ent.ID {
						fmt.Fprintf(e.stderr, "#%d was merged into #%d (%s)\n", n, ent.ID, line(ent.Name))
					}
					return writeJSON(e.stdout, ent)
				case action == "merge" && len(args) == 3:
					c = powermap.Curation{Action: "merge", Subject: args[1], Object: args[2], Force: *force}
					if err := confirmMerge(ctx, e, store, c, *yes); err != nil {
						return err
					}
				case action == "alias" && len(args) == 3:
					c = powermap.Curation{Action: "alias", Subject: args[1], Object: args[2]}
				case action == "split" && len(args) == 2:
					if *as == "" {
						return usageError{"split needs --as (and --article, unless NEW was merged into NAME)"}
					}
					c = powermap.Curation{Action: "split", Subject: args[1], Object: *as, Article: *article}
				default:
					return entityArgsError(args)
				}
				// Curation resolves everything stored: it finishes a
				// resolution an earlier run left undone.
				if pending, err := store.ResolvePending(ctx); err == nil && pending {
					fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
				}
				if _, err := store.Curate(ctx, c); err != nil {
					return err
				}
				// Show the entity the decision leaves: the one kept by a
				// merge, the new one of a split, the one an alias names.
				shown := c.Object
				if c.Action == "alias" {
					shown = c.Subject
				}
				ent, err := store.Entity(ctx, shown)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%s: %s now has %d articles and %d events (aliases: %s)\n", c.Action, line(ent.Name), ent.Articles, ent.Events, line(strings.Join(ent.Aliases, ", ")))
				if log, err := store.CurationLog(ctx); err == nil && len(log) > 0 {
					r := log[len(log)-1]
					fmt.Fprintf(e.stdout, "logged as curation #%d: %s\nUndo with: powermap curation undo %d\n", r.ID, line(r.Note), r.ID)
				}
				return nil
			}
		},
	})
	register(&command{
		name:    "curation",
		args:    "log | undo [ID]",
		summary: "list the merges, splits, aliases, rejections and removals made, or undo one",
		help: `
  powermap curation log [--format table|json|csv]   every curation, oldest first, undone ones marked
  powermap curation undo [ID]                   reverse curation ID (default: the latest in force)

Undoing re-resolves what the curation moved, as if it had not been made; the
log keeps the entry, marked undone.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, formats...)
			return func(ctx context.Context, e *env, args []string) error {
				var undoID int64
				switch {
				case len(args) == 1 && args[0] == "log":
					if err := checkFormat(*format, formats...); err != nil {
						return err
					}
				case len(args) >= 1 && args[0] == "undo" && len(args) <= 2:
					if len(args) == 2 {
						n, err := strconv.ParseInt(strings.TrimPrefix(args[1], "#"), 10, 64)
						if err != nil || n <= 0 {
							return usageError{fmt.Sprintf("not a curation id: %q", args[1])}
						}
						undoID = n
					}
				default:
					return usageError{"curation needs log or undo [ID]"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				if args[0] == "log" {
					log, err := store.CurationLog(ctx)
					if err != nil {
						return err
					}
					if len(log) == 0 && *format == "table" {
						fmt.Fprintln(e.stdout, "no curation yet")
						return nil
					}
					rows := make([][]string, 0, len(log))
					for _, r := range log {
						what := r.Note
						if what == "" {
							what = r.Subject + " → " + r.Object
						}
						rows = append(rows, []string{strconv.FormatInt(r.ID, 10), r.Created, r.Action, what, r.Reason, r.Undone})
					}
					if log == nil {
						log = []powermap.CurationRecord{}
					}
					return output(e.stdout, *format, log, []string{"ID", "WHEN", "ACTION", "WHAT", "REASON", "UNDONE"}, rows)
				}
				r, err := store.UndoCuration(ctx, undoID)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "undid curation #%d (%s): %s\n", r.ID, r.Action, line(r.Note))
				return nil
			}
		},
	})
	register(&command{
		name:    "reextract",
		summary: "re-run extraction over stored articles after rules or the knowledge base changed",
		help: `
Runs extraction again over every stored article (with the current rules and
knowledge base, plus the files kept with the store: see 'powermap config'),
replaces the facts that changed, re-resolves entities and merged events —
keeping the user's curation — and reports what changed, article by article.
--kb and --rules name files to apply: they replace the store's, and are
kept for later commands. --format json or csv prints, at the end, one record
per article that changed (id, title, counts before and after, events added
and removed) instead of the running report.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			var extra extraFiles
			extra.register(fs)
			format := formatFlag(fs, formats...)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError{"reextract takes no arguments"}
				}
				if err := checkFormat(*format, formats...); err != nil {
					return err
				}
				if _, err := newExtractor(extra); err != nil {
					return err
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				x, err := configured(ctx, e, store, extra, true)
				if err != nil {
					return err
				}
				if pending, err := store.ResolvePending(ctx); err == nil && pending && *format == "table" {
					fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
				}
				records := []reextractRecord{}
				changed, total, err := ingest.Reextract(ctx, store, x.x.Facts, func(c ingest.Change) {
					if *format != "table" {
						records = append(records, reextractRecord{ID: c.Article.ID, Title: c.Article.Title,
							People: [2]int{len(c.Before.People), len(c.After.People)}, Events: [2]int{len(c.Before.Events), len(c.After.Events)},
							Quotes: [2]int{len(c.Before.Quotes), len(c.After.Quotes)}, Added: nonNil(c.Added), Removed: nonNil(c.Removed)})
						return
					}
					fmt.Fprintf(e.stdout, "#%d %s: %d → %d people, %d → %d events, %d → %d quotes\n", c.Article.ID, line(truncate(c.Article.Title, 60)),
						len(c.Before.People), len(c.After.People), len(c.Before.Events), len(c.After.Events), len(c.Before.Quotes), len(c.After.Quotes))
					for _, a := range c.Added {
						fmt.Fprintf(e.stdout, "    + %s\n", line(a))
					}
					for _, r := range c.Removed {
						fmt.Fprintf(e.stdout, "    - %s\n", line(r))
					}
				})
				if err != nil {
					return err
				}
				if *format == "table" {
					fmt.Fprintf(e.stdout, "re-extracted %d articles, %d changed\n", total, changed)
					return nil
				}
				rows := make([][]string, 0, len(records))
				for _, r := range records {
					rows = append(rows, []string{strconv.FormatInt(r.ID, 10), r.Title,
						fmt.Sprintf("%d→%d", r.People[0], r.People[1]), fmt.Sprintf("%d→%d", r.Events[0], r.Events[1]),
						fmt.Sprintf("%d→%d", r.Quotes[0], r.Quotes[1]), strings.Join(r.Added, "; "), strings.Join(r.Removed, "; ")})
				}
				return output(e.stdout, *format, struct {
					Articles int               `json:"articles"`
					Changed  int               `json:"changed"`
					Changes  []reextractRecord `json:"changes"`
				}{total, changed, records}, []string{"ID", "TITLE", "PEOPLE", "EVENTS", "QUOTES", "ADDED", "REMOVED"}, rows)
			}
		},
	})
}

// reextractRecord is one article reextract changed, for --format json
// and csv: counts before and after, and the events added and removed.
type reextractRecord struct {
	ID      int64    `json:"id"`
	Title   string   `json:"title"`
	People  [2]int   `json:"people"`
	Events  [2]int   `json:"events"`
	Quotes  [2]int   `json:"quotes"`
	Added   []string `json:"added"`
	Removed []string `json:"removed"`
}

// nonNil returns s, or an empty slice for nil (so that JSON says []).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// confirmMerge shows what merging c.Subject into c.Object would move and
// asks the user to confirm on a terminal; without a terminal, --yes must
// say so.
func confirmMerge(ctx context.Context, e *env, store powermap.Reader, c powermap.Curation, yes bool) error {
	from, err := store.Entity(ctx, c.Subject)
	if err != nil {
		return err
	}
	into, err := store.Entity(ctx, c.Object)
	if err != nil {
		return err
	}
	if from.ID == into.ID {
		return nil // the store says why this is refused
	}
	fmt.Fprintf(e.stdout, "merge would move %s (#%d, %s) into %s (#%d, %s):\n", line(from.Name), from.ID, from.Type, line(into.Name), into.ID, into.Type)
	fmt.Fprintf(e.stdout, "  %d articles and %d events of %s become %s's\n", from.Articles, from.Events, line(from.Name), line(into.Name))
	if len(from.Aliases) > 0 {
		fmt.Fprintf(e.stdout, "  names that will lead to %s: %s\n", line(into.Name), line(strings.Join(from.Aliases, ", ")))
	}
	fmt.Fprintf(e.stdout, "  #%d will lead to #%d; 'powermap curation undo' reverses it\n", from.ID, into.ID)
	if yes {
		return nil
	}
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(e.stdout, "Merge? [y/N] ")
		answer, _ := bufio.NewReader(f).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(answer)); a == "y" || a == "yes" {
			return nil
		}
		return fmt.Errorf("not merged")
	}
	return fmt.Errorf("not merged: run again with --yes to merge %q into %q", from.Name, into.Name)
}
