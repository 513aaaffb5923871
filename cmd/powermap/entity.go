package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

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
  powermap entity merge NAME INTO [--force]      NAME and INTO are one; INTO is kept (--force:
                                                 even a person and an organization)
  powermap entity split NAME --article ID --as NEW
                                                 NAME's mentions in article ID are someone else, NEW
  powermap entity alias NAME ALIAS               ALIAS names NAME wherever it appears

NAME may be a canonical name, an alias or an id. These choices are kept apart
from what extraction derives and replayed after every ingest, re-extraction
and resolution, so they survive both.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			article := fs.String("article", "", "split: the article (id or name) whose mentions move")
			as := fs.String("as", "", "split: the name of the entity they move to")
			force := fs.Bool("force", false, "merge: allow merging a person and an organization")
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
					return writeJSON(e.stdout, ent)
				case action == "merge" && len(args) == 3:
					c = powermap.Curation{Action: "merge", Subject: args[1], Object: args[2], Force: *force}
				case action == "alias" && len(args) == 3:
					c = powermap.Curation{Action: "alias", Subject: args[1], Object: args[2]}
				case action == "split" && len(args) == 2:
					if *article == "" || *as == "" {
						return usageError{"split needs --article and --as"}
					}
					c = powermap.Curation{Action: "split", Subject: args[1], Object: *as, Article: *article}
				default:
					return usageError{fmt.Sprintf("cannot %s", strings.Join(args, " "))}
				}
				// Curation resolves everything stored: it finishes a
				// resolution an earlier run left undone.
				if pending, err := store.ResolvePending(ctx); err == nil && pending {
					fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
				}
				if err := store.Curate(ctx, c); err != nil {
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
				return nil
			}
		},
	})
	register(&command{
		name:    "reextract",
		summary: "re-run extraction over stored articles after rules or the knowledge base changed",
		help: `
Runs extraction again over every stored article (with the current rules and
knowledge base, plus --kb), replaces the facts that changed, re-resolves
entities and merged events — keeping the user's merges, splits and aliases —
and reports what changed, article by article.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError{"reextract takes no arguments"}
				}
				x, err := newExtractor(extra)
				if err != nil {
					return err
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				if pending, err := store.ResolvePending(ctx); err == nil && pending {
					fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
				}
				changed, total, err := ingest.Reextract(ctx, store, x.x.Facts, func(c ingest.Change) {
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
				fmt.Fprintf(e.stdout, "re-extracted %d articles, %d changed\n", total, changed)
				return nil
			}
		},
	})
}
