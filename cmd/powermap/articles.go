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
objects with those fields; "published" is an RFC 3339 date or time.
--format csv writes the table's columns as CSV.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, formats...)
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, formats...); err != nil {
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
				rows := make([][]string, 0, len(list))
				for _, a := range list {
					rows = append(rows, []string{strconv.FormatInt(a.ID, 10), a.Title, a.Outlet, dateOnly(a.Published),
						a.Byline, a.Dateline, a.Source, strconv.Itoa(a.Posts), strconv.Itoa(a.Boilerplate)})
				}
				return output(e.stdout, *format, list, []string{"ID", "TITLE", "OUTLET", "PUBLISHED", "BYLINE", "DATELINE", "SOURCE", "POSTS", "BOILERPLATE"}, rows)
			}
		},
	})
}
