package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/powermap/powermap"
)

func init() {
	register(&command{
		name:    "config",
		args:    "[show | set [--kb FILE] [--rules FILE] | clear kb|rules]",
		summary: "show or change the knowledge-base and rules files the store extracts with",
		help: `
  powermap config [show] [--format table|json]   the files in force: name, SHA-256, size, since when
  powermap config set [--kb FILE] [--rules FILE]  put these files in force (they are read, checked
                                                  and kept whole in the store)
  powermap config clear kb|rules                  back to the embedded knowledge base or rules

A store keeps the knowledge-base and rules files given to ingest, so that
reextract and serve extract as ingest did. Changing them is explicit (here,
or with reextract --kb/--rules); run 'powermap reextract' after a change to
apply it to the articles stored.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := fs.String("format", "table", "show output: table or json")
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				action := "show"
				if len(args) > 0 {
					action = args[0]
				}
				switch {
				case action == "show" && len(args) <= 1:
					if err := checkFormat(*format, "table", "json"); err != nil {
						return err
					}
				case action == "set" && len(args) == 1:
					if extra.kb == "" && extra.rules == "" {
						return usageError{"config set needs --kb FILE or --rules FILE"}
					}
				case action == "clear" && len(args) == 2 && (args[1] == powermap.ConfigKB || args[1] == powermap.ConfigRules):
				default:
					return usageError{"config takes show, set --kb FILE --rules FILE, or clear kb|rules"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				switch action {
				case "set":
					if _, err := configured(ctx, e, store, extra, true); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "run 'powermap reextract' to apply it to the articles stored\n")
				case "clear":
					if err := store.SetConfig(ctx, powermap.ConfigFile{Kind: args[1]}); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "%s: back to the embedded one; run 'powermap reextract' to apply it to the articles stored\n", kindName(args[1]))
				}
				files, err := store.Config(ctx)
				if err != nil {
					return err
				}
				if *format == "json" && action == "show" {
					return writeJSON(e.stdout, files)
				}
				for _, kind := range []string{powermap.ConfigKB, powermap.ConfigRules} {
					shown := false
					for _, f := range files {
						if f.Kind == kind {
							fmt.Fprintf(e.stdout, "%-15s %s  sha256 %s  %d bytes  since %s\n", kindName(kind)+":", line(f.Name), f.SHA256, f.Size, f.Set)
							shown = true
						}
					}
					if !shown {
						fmt.Fprintf(e.stdout, "%-15s the embedded one only\n", kindName(kind)+":")
					}
				}
				return nil
			}
		},
	})
}
