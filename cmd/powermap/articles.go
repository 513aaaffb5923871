package main

import (
	"context"
	"flag"
	"strconv"
)

func init() {
	register(&command{
		name:    "articles",
		summary: "list the stored articles",
		help: `
Lists the stored articles: id, title, outlet, publication date, byline,
dateline, source, and the numbers of embedded posts and boilerplate blocks
(photo credits, link lists, share lines). With --format json, an array of
objects with those fields; "published" is an RFC 3339 date or time.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, "table", "json")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, "table", "json"); err != nil {
					return err
				}
				if len(args) > 0 {
					return usageError{"articles takes no arguments"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				list, err := store.Articles(ctx)
				if err != nil {
					return err
				}
				if *format == "json" {
					return writeJSON(e.stdout, list)
				}
				rows := make([][]string, 0, len(list))
				for _, a := range list {
					rows = append(rows, []string{strconv.FormatInt(a.ID, 10), truncate(a.Title, 50), a.Outlet, dateOnly(a.Published),
						a.Byline, a.Dateline, truncate(a.Source, 40), strconv.Itoa(a.Posts), strconv.Itoa(a.Boilerplate)})
				}
				return writeTable(e.stdout, []string{"ID", "TITLE", "OUTLET", "PUBLISHED", "BYLINE", "DATELINE", "SOURCE", "POSTS", "BOILERPLATE"}, rows)
			}
		},
	})
}
