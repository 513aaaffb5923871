package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
)

func init() {
	register(&command{
		name:    "show",
		args:    "ARTICLE",
		summary: "print one article with its blocks labelled",
		help: `
Prints the article whose id, name or URL is ARTICLE: its metadata, then its
text block by block, each labelled with its kind (title, body, heading,
photo-credit, link-list, post, share, …) and byte span. Embedded posts are
shown with their author, handle and date. --format json prints the article
with every field; --format csv one row per block (kind, start, end, text).`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, formats...)
			return func(ctx context.Context, e *env, args []string) error {
				if *format == "text" {
					*format = "table" // the name it had before every listing took table|json|csv
				}
				if err := checkFormat(*format, formats...); err != nil {
					return err
				}
				if len(args) != 1 {
					return usageError{"show takes one ARTICLE (id, name or URL)"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				a, err := store.Article(ctx, args[0])
				if err != nil {
					return err
				}
				switch *format {
				case "json":
					return writeJSON(e.stdout, articleJSON(a))
				case "csv":
					rows := make([][]string, 0, len(a.Blocks))
					for _, b := range a.Blocks {
						rows = append(rows, []string{string(b.Kind), strconv.Itoa(b.Start), strconv.Itoa(b.End), a.Text[b.Start:b.End]})
					}
					return output(e.stdout, "csv", nil, []string{"kind", "start", "end", "text"}, rows)
				}
				printArticle(e, a)
				return nil
			}
		},
	})
}

// articleJSON is the JSON shape of a whole article.
func articleJSON(a *powermap.Article) any {
	return struct {
		*powermap.Article
		Published string `json:"published"`
	}{a, a.PublishedString()}
}

// printArticle prints an article's metadata, then its blocks, each
// labelled with its kind and byte span.
func printArticle(e *env, a *powermap.Article) {
	w := e.stdout
	fmt.Fprintf(w, "#%d %s\n", a.ID, line(a.Title))
	for _, kv := range [][2]string{{"name", a.Name}, {"source", a.Source}, {"url", a.URL}, {"outlet", a.Outlet},
		{"published", a.PublishedString()}, {"byline", a.Byline}, {"dateline", a.Dateline}, {"format", a.Format}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-10s %s\n", kv[0]+":", line(kv[1]))
		}
	}
	fmt.Fprintln(w)
	posts := map[int]powermap.Post{}
	for _, p := range a.Posts {
		posts[p.Start] = p
	}
	for _, b := range a.Blocks {
		label := string(b.Kind)
		if p, ok := posts[b.Start]; ok && b.Kind == powermap.BlockPost {
			label = fmt.Sprintf("post by %s (@%s)", line(p.Author), line(p.Handle))
			if !p.Posted.IsZero() {
				label += " " + p.Posted.Format("2006-01-02")
			}
		}
		fmt.Fprintf(w, "[%s %d-%d]\n", label, b.Start, b.End)
		for _, ln := range strings.Split(a.Text[b.Start:b.End], "\n") {
			fmt.Fprintf(w, "    %s\n", termSafe(ln, true))
		}
	}
}
