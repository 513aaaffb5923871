package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// queryCommand registers a read-only command over the query service with
// --format table|json|csv.
func queryCommand(name, args, summary, help string, flags func(fs *flag.FlagSet), run func(ctx context.Context, e *env, s *query.Service, format string, args []string) error) {
	register(&command{name: name, args: args, summary: summary, help: help,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := formatFlag(fs, formats...)
			if flags != nil {
				flags(fs)
			}
			return func(ctx context.Context, e *env, a []string) error {
				if err := checkFormat(*format, formats...); err != nil {
					return err
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				return run(ctx, e, &query.Service{Store: store}, *format, a)
			}
		}})
}

// eventRow renders a merged event for tables and CSV: amounts as "$290
// million" in tables, in full dollars in CSV.
func eventRow(ev *powermap.CanonicalEvent, format string) []string {
	when, undated := query.When(ev)
	if undated {
		when = "undated, rep. " + when
		if format == "csv" {
			when = "undated (reported " + when[len("undated, rep. "):] + ")"
		}
	}
	who := strings.Join(ev.Actors, ", ")
	if ev.Source != "" {
		who = ev.Source + " → " + ev.Target
	}
	if ev.Mediator != "" {
		who += " (via " + ev.Mediator + ")"
	}
	amount := ""
	if ev.AmountUSD != nil {
		amount = query.Money(*ev.AmountUSD)
		if format == "csv" {
			amount = strconv.FormatFloat(*ev.AmountUSD, 'f', -1, 64)
		}
	}
	evidence, article := "", ""
	if len(ev.Sources) > 0 {
		evidence = ev.Sources[0].Evidence
		s := ev.Sources[0]
		article = fmt.Sprintf("%s (%s %s)", s.Title, s.Outlet, dateOnly(s.Published))
	}
	dates := ""
	if c := query.DateConflict(ev.Dates); c != nil {
		dates = " [sources disagree: " + strings.Join(c, ", ") + "]"
	}
	typ := ev.Type
	if ev.Planned {
		typ += " (planned)"
	}
	return []string{strconv.FormatInt(ev.ID, 10), typ, when + dates, who, ev.Place, amount, strconv.Itoa(len(ev.Sources)), evidence, article}
}

var eventHeaders = []string{"ID", "TYPE", "DATE", "PARTICIPANTS", "PLACE", "AMOUNT", "SOURCES", "EVIDENCE", "ARTICLE"}

func init() {
	queryCommand("people", "[TEXT]", "list people and organizations with their mention and event counts", `
Lists the people and organizations of the store (those whose name or an alias
contains TEXT, if given), the most reported first, with the number of
articles that name them and of events they take part in.`, nil,
		func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
			list, err := s.Store.Entities(ctx, strings.Join(args, " "), 0)
			if err != nil {
				return err
			}
			rows := make([][]string, 0, len(list))
			for _, p := range list {
				rows = append(rows, []string{strconv.FormatInt(p.ID, 10), p.Name, p.Type, strconv.Itoa(p.Articles), strconv.Itoa(p.Events), strings.Join(p.Aliases, ", ")})
			}
			return output(e.stdout, format, list, []string{"ID", "NAME", "TYPE", "ARTICLES", "EVENTS", "ALIASES"}, rows)
		})

	var evType, evPerson, evFrom, evTo, evPlace string
	queryCommand("events", "", "list merged events, filtered by type, person, dates and place", `
Lists events as merged across articles, in time order (undated ones marked
and placed by when they were first reported), each with its number of
sources. Tables fit 100 columns; JSON and CSV keep every value in full.
In JSON every event has "sources": an array of {article, evidence, start,
end, …}.`, func(fs *flag.FlagSet) {
		fs.StringVar(&evType, "type", "", "event type: "+strings.Join(powermap.EventTypes, ", "))
		fs.StringVar(&evPerson, "person", "", "a person or organization taking part (name or alias; comma-separate several)")
		fs.StringVar(&evFrom, "from", "", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
		fs.StringVar(&evTo, "to", "", "up to this date, included")
		fs.StringVar(&evPlace, "place", "", "place containing this text")
	}, func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
		f, err := s.Filter(ctx, evType, evPerson, evFrom, evTo, evPlace)
		if err != nil {
			return err
		}
		evs, err := s.Store.Events(ctx, f)
		if err != nil {
			return err
		}
		query.SortEvents(evs)
		return writeEvents(e, format, evs, evs)
	})

	queryCommand("timeline", "PERSON [PERSON2]", "events of a person, or of a pair, in date order", `
Shows the events involving PERSON (or PERSON and PERSON2 together) in time
order, undated ones marked and placed by when they were reported, each with type, participants, date,
place, amount, evidence sentence and article.`, nil,
		func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usageError{"timeline takes one or two people"}
			}
			t, err := s.Timeline(ctx, args...)
			if err != nil {
				return err
			}
			return writeEvents(e, format, t, t.Events)
		})

	queryCommand("relations", "PERSON", "everyone connected to a person, with counts, dates, amounts and warmth", `
Lists everyone connected to PERSON by events: counts per event type, first
and last date, amounts given and received, and a net warmth (support,
meetings, funding and reconciliation count +1; attacks and threats -1).`, nil,
		func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
			if len(args) != 1 {
				return usageError{"relations takes one PERSON"}
			}
			me, rels, err := s.Relations(ctx, args[0])
			if err != nil {
				return err
			}
			rows := make([][]string, 0, len(rels))
			for _, r := range rels {
				var counts []string
				for _, t := range powermap.EventTypes {
					if n := r.Counts[t]; n > 0 {
						counts = append(counts, fmt.Sprintf("%s %d", t, n))
					}
				}
				rows = append(rows, []string{r.Other, strconv.Itoa(r.Events), strings.Join(counts, ", "), r.First, r.Last,
					money(r.Given, format), money(r.Received, format), fmt.Sprintf("%+d", r.Warmth)})
			}
			return output(e.stdout, format, struct {
				Person    *powermap.CanonicalEntity `json:"person"`
				Relations []query.Relation          `json:"relations"`
			}{me, rels}, []string{"WITH", "EVENTS", "BY TYPE", "FIRST", "LAST", "GIVEN", "RECEIVED", "WARMTH"}, rows)
		})

	queryCommand("history", "PERSON PERSON2", "a pair's relationship over time: warmth by month and a summary", `
Shows how the relationship of two people changed: the warmth of their events
month by month (WARMTH: +1 for each meeting, funding, show of support or
reconciliation, -1 for each attack or threat), the score (the recent
balance: each month's warmth counting half as much two months later, below
zero in a feud), the running total, and a short summary of the arc in which
every sentence cites the events it rests on.`, nil,
		func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
			if len(args) != 2 {
				return usageError{"history takes two people"}
			}
			h, err := s.History(ctx, args[0], args[1])
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(e.stdout, h)
			}
			rows := make([][]string, 0, len(h.Months))
			for _, m := range h.Months {
				ids := make([]string, len(m.Events))
				for i, id := range m.Events {
					ids[i] = "#" + strconv.FormatInt(id, 10)
				}
				rows = append(rows, []string{m.Month, fmt.Sprintf("%+d", m.Warmth), fmt.Sprintf("%+.2f", m.Score), fmt.Sprintf("%+d", m.Cumulative), strings.Join(ids, " ")})
			}
			if format == "table" {
				for _, s := range h.Summary {
					ids := make([]string, len(s.Events))
					for i, id := range s.Events {
						ids[i] = "#" + strconv.FormatInt(id, 10)
					}
					fmt.Fprintf(e.stdout, "%s [%s]\n", line(s.Text), strings.Join(ids, " "))
				}
				fmt.Fprintln(e.stdout)
			}
			return output(e.stdout, format, h, []string{"MONTH", "WARMTH", "SCORE", "RUNNING", "EVENTS"}, rows)
		})
}

func init() {
	var speaker, search string
	queryCommand("quotes", "", "list quotations, by speaker or containing text", `
Lists the direct quotations of the store with their speakers and articles;
--speaker keeps one person's (by name or alias), --search those containing
the text.`, func(fs *flag.FlagSet) {
		fs.StringVar(&speaker, "speaker", "", "the speaker (name or alias)")
		fs.StringVar(&search, "search", "", "text the quotation contains")
	}, func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
		qs, err := s.Quotes(ctx, speaker, search)
		if err != nil {
			return err
		}
		rows := make([][]string, 0, len(qs))
		for _, q := range qs {
			rows = append(rows, []string{q.Speaker, q.Text, dateOnly(q.Published), q.Title, strconv.FormatInt(q.ArticleID, 10)})
		}
		return output(e.stdout, format, qs, []string{"SPEAKER", "QUOTE", "PUBLISHED", "ARTICLE", "ID"}, rows)
	})
	queryCommand("search", "TEXT", "search names and the articles' text", `
Searches the names of people and organizations and the text and titles of
the stored articles (SQLite FTS5): words, "exact phrases", OR, a NOT b and
prefix* are understood. The table first names the people and organizations
found, then lists the best articles with their number of matches and the
first passage, matches in [brackets]; --format csv gives a row per article
(id, title, published, matches, passage) and --format json everything: the
people, and every article's passages with the byte spans of their matches.`, nil,
		func(ctx context.Context, e *env, s *query.Service, format string, args []string) error {
			if len(args) == 0 {
				return usageError{"search needs TEXT"}
			}
			res, err := s.SearchAll(ctx, strings.Join(args, " "))
			if errors.Is(err, powermap.ErrInvalid) {
				return usageError{err.Error()} // how the search was written
			}
			if err != nil {
				return err // the store failed: not the user's doing
			}
			if format == "json" {
				return writeJSON(e.stdout, res)
			}
			rows := make([][]string, 0, len(res.Articles))
			for _, h := range res.Articles {
				passage := ""
				if len(h.Passages) > 0 {
					passage = bracketed(h.Passages[0])
				}
				rows = append(rows, []string{strconv.FormatInt(h.ArticleID, 10), h.Title, dateOnly(h.Published), strconv.Itoa(h.Matches), passage})
			}
			if format == "table" {
				names := make([]string, len(res.People))
				for i, p := range res.People {
					names[i] = p.Name
				}
				if len(names) == 0 {
					fmt.Fprintf(e.stdout, "No person or organization is named %q.\n", res.Query)
				} else {
					fmt.Fprintf(e.stdout, "%d named: %s\n", len(names), line(strings.Join(names, ", ")))
				}
				fmt.Fprintf(e.stdout, "%d article%s, %d match%s in the text\n\n", len(res.Articles), plural(len(res.Articles), "s"), res.Matches, plural(res.Matches, "es"))
				if len(rows) == 0 {
					return nil
				}
			}
			return output(e.stdout, format, res, []string{"ID", "TITLE", "PUBLISHED", "MATCHES", "PASSAGE"}, rows)
		})
}

// bracketed is a search passage on one line, its matches in [brackets].
func bracketed(p query.Passage) string {
	var b strings.Builder
	if p.CutStart {
		b.WriteString("…")
	}
	at := p.Start
	for _, m := range p.Marks {
		b.WriteString(p.Text[at-p.Start:m[0]-p.Start] + "[" + p.Text[m[0]-p.Start:m[1]-p.Start] + "]")
		at = m[1]
	}
	b.WriteString(p.Text[at-p.Start:])
	if p.CutEnd {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// plural is suffix unless n is 1.
func plural(n int, suffix string) string {
	if n == 1 {
		return ""
	}
	return suffix
}

// writeEvents prints events as a table or CSV, or v as JSON.
func writeEvents(e *env, format string, v any, evs []powermap.CanonicalEvent) error {
	rows := make([][]string, 0, len(evs))
	for i := range evs {
		rows = append(rows, eventRow(&evs[i], format))
	}
	if format == "table" {
		// The article is in JSON and CSV; a terminal's width goes to the
		// evidence.
		for i := range rows {
			rows[i] = rows[i][:len(rows[i])-1]
		}
		return output(e.stdout, format, v, eventHeaders[:len(eventHeaders)-1], rows)
	}
	return output(e.stdout, format, v, eventHeaders, rows)
}

// money writes a sum for a table ("$290 million") or, in CSV, in full
// ("290000000"), so that a spreadsheet can add it up.
func money(v float64, format string) string {
	switch {
	case v == 0:
		return ""
	case format == "csv":
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return query.Money(v)
}
