package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/powermap/powermap"
)

func init() {
	register(&command{
		name:    "event",
		args:    "reject ID [--reason TEXT]",
		summary: "reject a merged event that is wrong",
		help: `
  powermap event reject ID [--reason TEXT]   the event did not happen (or is not what
                                             its sources say): it stops counting

The event's reports merge into nothing any more, now and after every ingest
and re-extraction; its id answers that it was rejected. The rejection is
logged and 'powermap curation undo' brings the event back under its id.`,
		setup: retractSetup("event", "reject"),
	})
	register(&command{
		name:    "article",
		args:    "remove ID [--reason TEXT]",
		summary: "remove an article that should not count",
		help: `
  powermap article remove ID [--reason TEXT]  the article (id or name) stops counting:
                                              its events, names and quotes

The article is kept, so that reading it again leaves it removed and so that
the removal can be undone: it is logged and 'powermap curation undo' brings
it back, with its events under their ids.`,
		setup: retractSetup("article", "remove"),
	})
}

// retractSetup makes the command "NAME VERB ID [--reason TEXT]", which
// logs and applies curation action verb to ID.
func retractSetup(name, verb string) func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
		reason := fs.String("reason", "", "why, kept in the curation log")
		return func(ctx context.Context, e *env, args []string) error {
			if len(args) != 2 || args[0] != verb {
				return usageError{fmt.Sprintf("%s needs: %s ID", name, verb)}
			}
			store, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			if pending, err := store.ResolvePending(ctx); err == nil && pending {
				fmt.Fprintf(e.stdout, "finishing the resolution an earlier run left undone\n")
			}
			r, err := store.Curate(ctx, powermap.Curation{Action: verb, Subject: args[1], Reason: strings.TrimSpace(*reason)})
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s\nlogged as curation #%d\nUndo with: powermap curation undo %d\n", line(r.Note), r.ID, r.ID)
			return nil
		}
	}
}
