// Package ingest reads sources and stores what they hold: readers work in
// parallel, one writer stores each article in its own transaction, and
// every source ends up counted as new, duplicate or failed.
package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/read"
)

// Summary counts what an ingest did.
type Summary struct {
	Read      int // articles read successfully
	New       int
	Duplicate int
	Failed    int // sources or feed items that could not be read or stored
}

// Outcome is reported for every article or failure as it is stored.
type Outcome struct {
	Source    string
	Article   *powermap.Article // nil on failure
	Duplicate bool
	Err       error
}

// Options tune a Run.
type Options struct {
	Workers int // parallel readers; 0 means GOMAXPROCS (at least 4, for network sources)
	// Progress, if set, is called after each outcome with the counts so
	// far and the number of sources known (feeds add to it as they expand).
	Progress func(s Summary, total int)
	// Report, if set, is called for each outcome.
	Report func(Outcome)
	// Prepare, if set, runs on each article before it is stored (for
	// example, extraction); an error fails the article.
	Prepare func(ctx context.Context, a *powermap.Article) error
}

// Run reads every source with r and stores the articles in store. It
// returns when all sources are done or ctx is cancelled; articles are
// stored whole or not at all.
//
// Sources are read in parallel but stored in the order given, so that ids
// follow the command line whatever finishes first. Each item (a feed
// yields many) goes to the writer as soon as it is read: a feed is
// streamed, never held whole in memory, and at most a few items per
// worker wait to be stored.
func Run(ctx context.Context, store powermap.ArticleWriter, r *read.Reader, sources []string, opts Options) (Summary, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = max(runtime.GOMAXPROCS(0), 4)
	}
	ctx, cancel := context.WithCancel(ctx)
	type job struct {
		src   string
		items chan<- read.Item
	}
	jobs := make(chan job)
	// order holds each source's item stream in source order; the writer
	// drains them one after the other.
	order := make(chan (<-chan read.Item), workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r.Read(ctx, j.src, func(it read.Item) {
					if it.Article != nil && it.Err == nil && opts.Prepare != nil {
						if err := opts.Prepare(ctx, it.Article); err != nil {
							it = read.Item{Origin: it.Origin, Source: it.Source, Err: err}
						}
					}
					select {
					case j.items <- it:
					case <-ctx.Done():
					}
				})
				close(j.items)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for _, s := range sources {
			items := make(chan read.Item, 1)
			select {
			case jobs <- job{s, items}:
			case <-ctx.Done():
				return
			}
			select {
			case order <- items:
			case <-ctx.Done():
				return
			}
		}
	}()
	// On return, stop the readers and wait for them.
	defer func() {
		cancel()
		wg.Wait()
	}()

	var sum Summary
	total := len(sources)
	for items := range order {
		n := 0
		for it := range items {
			if n++; n > 1 {
				total++ // a feed counts each of its items
			}
			if ctx.Err() != nil {
				return sum, ctx.Err()
			}
			o := store1(ctx, store, it)
			switch {
			case o.Err != nil:
				sum.Failed++
			case o.Duplicate:
				sum.Read++
				sum.Duplicate++
			default:
				sum.Read++
				sum.New++
			}
			if opts.Report != nil {
				opts.Report(o)
			}
			if opts.Progress != nil {
				opts.Progress(sum, total)
			}
		}
	}
	return sum, ctx.Err()
}

// store1 stores one read item and says what happened.
func store1(ctx context.Context, store powermap.ArticleWriter, it read.Item) Outcome {
	o := Outcome{Source: it.Source, Err: it.Err}
	if it.Err != nil {
		return o
	}
	res, err := store.PutArticle(ctx, it.Article)
	if err != nil {
		o.Err = fmt.Errorf("storing: %w", err)
		return o
	}
	o.Article, o.Duplicate = it.Article, res.Duplicate
	return o
}

// Change is what re-extraction changed in one article.
type Change struct {
	Article       *powermap.Article
	Before, After *powermap.Facts
	Added         []string // events (type and participants) new in After
	Removed       []string // events gone from Before
}

// ReextractStore is what Reextract needs of a store: reading the articles
// and their facts, replacing facts, and resolving.
type ReextractStore interface {
	powermap.ArticleReader
	powermap.Ingester
}

// Reextract runs extract over every stored article again, replaces its
// facts where they changed, and re-resolves entities and events (replaying
// the user's curation). report is called for each changed article.
func Reextract(ctx context.Context, store ReextractStore, extract func(*powermap.Article) *powermap.Facts, report func(Change)) (changed, total int, err error) {
	list, err := store.Articles(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, s := range list {
		if err := ctx.Err(); err != nil {
			return changed, total, err
		}
		a, err := store.Article(ctx, strconv.FormatInt(s.ID, 10))
		if err != nil {
			return changed, total, err
		}
		before, err := store.Facts(ctx, a.ID)
		if err != nil {
			return changed, total, err
		}
		after := extract(a)
		total++
		c := Change{Article: a, Before: before, After: after, Added: eventDiff(after, before), Removed: eventDiff(before, after)}
		if len(c.Added) == 0 && len(c.Removed) == 0 && entityNames(before) == entityNames(after) && len(before.Quotes) == len(after.Quotes) {
			continue
		}
		if err := store.PutFacts(ctx, a.ID, after); err != nil {
			return changed, total, fmt.Errorf("article %d: %w", a.ID, err)
		}
		changed++
		if report != nil {
			report(c)
		}
	}
	if _, err := store.Resolve(ctx); err != nil {
		return changed, total, err
	}
	return changed, total, nil
}

// eventDiff lists the events of a that b lacks, by type, participants and
// date.
func eventDiff(a, b *powermap.Facts) []string {
	have := map[string]int{}
	for _, e := range b.Events {
		have[eventKey(e)]++
	}
	var out []string
	for _, e := range a.Events {
		k := eventKey(e)
		if have[k] > 0 {
			have[k]--
			continue
		}
		out = append(out, k)
	}
	return out
}

func eventKey(e powermap.Event) string {
	who := strings.Join(e.Actors, ", ")
	if e.Source != "" {
		who = e.Source + " → " + e.Target
	}
	k := e.Type + " " + who
	if e.Date != "" {
		k += " " + e.Date
	}
	return k
}

func entityNames(f *powermap.Facts) string {
	var names []string
	for _, e := range append(append([]powermap.Entity{}, f.People...), f.Organizations...) {
		names = append(names, e.Name+"="+e.KBID)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}
