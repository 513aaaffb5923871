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
		name:    "show",
		args:    "ARTICLE",
		summary: "print one article with its blocks labelled",
		help: `
Prints the article whose id, name or URL is ARTICLE: its metadata, then its
text block by block, each labelled with its kind (title, body, heading,
photo-credit, link-list, post, share, …) and byte span. Embedded posts are
shown with their author, handle and date.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, "text", "json")
			return func(ctx context.Context, e *env, args []string) error {
				if err := checkFormat(*format, "text", "json"); err != nil {
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
				if *format == "json" {
					return writeJSON(e.stdout, articleJSON(a))
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
