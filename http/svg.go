package http

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// esc escapes text for SVG.
func esc(s string) string { return template.HTMLEscapeString(s) }

// pairChart draws a pair's relationship: a time axis by month, each dated
// event a mark coloured by type (in a lane per type) linking to its
// evidence, and the running warmth as a line.
func pairChart(h *query.History) template.HTML {
	const w, hgt, left, right, top, bottom = 900.0, 360.0, 110.0, 20.0, 20.0, 40.0
	var dated []powermap.CanonicalEvent
	for _, e := range h.Events {
		if e.Date != "" {
			dated = append(dated, e)
		}
	}
	if len(dated) == 0 {
		return template.HTML(`<p class="empty">No dated events between them yet.</p>`)
	}
	start, end := parseWhen(dated[0].Date), parseWhen(dated[0].Date)
	for _, e := range dated {
		t := parseWhen(e.Date)
		if t.Before(start) {
			start = t
		}
		if t.After(end) {
			end = t
		}
	}
	start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
	end = time.Date(end.Year(), end.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	span := end.Sub(start).Hours()
	x := func(t time.Time) float64 { return left + (w-left-right)*t.Sub(start).Hours()/span }
	types := powermap.EventTypes
	lane := func(typ string) float64 {
		for i, t := range types {
			if t == typ {
				return top + 18 + float64(i)*26
			}
		}
		return top
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart pair-chart" viewBox="0 0 %.0f %.0f" role="img" aria-label="Relationship timeline" xmlns="http://www.w3.org/2000/svg">`, w, hgt)
	for _, t := range types {
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" class="lane-label" fill="%s">%s</text><line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" class="lane"/>`,
			left-8, lane(t)+4, typeColor(t), t, left, w-right, lane(t), lane(t))
	}
	// Month ticks, thinned to at most twelve labels.
	months := int(math.Round(span / 24 / 30.44))
	stepM := max(1, (months+11)/12)
	for m := start; m.Before(end); m = m.AddDate(0, stepM, 0) {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.0f" y2="%.0f" class="tick"/><text x="%.1f" y="%.0f" class="tick-label">%s</text>`,
			x(m), x(m), top, hgt-bottom, x(m)+2, hgt-bottom+16, m.Format("Jan 2006"))
	}
	// Warmth line: the running total at each month end, in the lower band.
	base, scale := hgt-bottom-40, 8.0
	fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" class="zero"/><text x="%.0f" y="%.1f" class="lane-label">warmth</text>`, left, w-right, base, base, left-8, base+4)
	var pts []string
	for _, m := range h.Months {
		t, _ := time.Parse("2006-01", m.Month)
		t = t.AddDate(0, 1, -1) // the month's last day
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(t), base-scale*float64(m.Cumulative)))
	}
	if len(pts) > 0 {
		fmt.Fprintf(&b, `<polyline class="warmth" points="%s"/>`, strings.Join(pts, " "))
	}
	// Marks, spread a little where several fall on one day.
	seen := map[string]int{}
	for _, e := range dated {
		t := parseWhen(e.Date)
		k := e.Type + e.Date
		off := float64(seen[k]) * 5
		seen[k]++
		title := fmt.Sprintf("%s · %s · %s · %d source(s)", e.Type, e.Date, whoOf(e), len(e.Sources))
		if len(e.Sources) > 0 {
			title += " · “" + e.Sources[0].Evidence + "”"
		}
		fmt.Fprintf(&b, `<a href="/event/%d" class="mark-link"><circle class="mark" data-event="%d" data-type="%s" cx="%.1f" cy="%.1f" r="%.1f" fill="%s"><title>%s</title></circle></a>`,
			e.ID, e.ID, e.Type, x(t)+off, lane(e.Type), 5+math.Min(float64(len(e.Sources)), 5), typeColor(e.Type), esc(title))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// parseWhen reads YYYY, YYYY-MM or YYYY-MM-DD (the middle of the year or
// month for coarse dates).
func parseWhen(d string) time.Time {
	switch len(d) {
	case 4:
		t, _ := time.Parse("2006", d)
		return t.AddDate(0, 6, 0)
	case 7:
		t, _ := time.Parse("2006-01", d)
		return t.AddDate(0, 0, 14)
	}
	t, _ := time.Parse("2006-01-02", d[:min(10, len(d))])
	return t
}

func whoOf(e powermap.CanonicalEvent) string {
	if e.Source != "" {
		return e.Source + " → " + e.Target
	}
	return strings.Join(e.Actors, ", ")
}

// networkChart draws the network: nodes placed by query.Layout, links as
// thick as the events they stand for and coloured by warmth.
func networkChart(n *query.Network) template.HTML {
	const w, h = 1000.0, 700.0
	if len(n.Nodes) == 0 {
		return template.HTML(`<p class="empty">No events yet.</p>`)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart network" viewBox="0 0 %.0f %.0f" role="img" aria-label="Network of relationships" xmlns="http://www.w3.org/2000/svg">`, w, h)
	for _, l := range n.Links {
		a, c := n.Nodes[l.A], n.Nodes[l.B]
		color := "#a0aec0"
		switch {
		case l.Warmth > 0:
			color = "#38a169"
		case l.Warmth < 0:
			color = "#e53e3e"
		}
		fmt.Fprintf(&b, `<a href="/pair/%s/%s"><line class="link" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"><title>%s and %s: %d events, warmth %+d</title></line></a>`,
			url.PathEscape(a.Name), url.PathEscape(c.Name), a.X*w, a.Y*h, c.X*w, c.Y*h, color, 1+2*math.Log1p(float64(l.Events)), esc(a.Name), esc(c.Name), l.Events, l.Warmth)
	}
	for _, nd := range n.Nodes {
		r := 4 + 3*math.Log1p(float64(nd.Events))
		cls := "node " + nd.Type
		fmt.Fprintf(&b, `<a href="/person/%s"><circle class="%s" cx="%.1f" cy="%.1f" r="%.1f"><title>%s: %d events</title></circle><text class="node-label" x="%.1f" y="%.1f">%s</text></a>`,
			url.PathEscape(nd.Name), cls, nd.X*w, nd.Y*h, r, esc(nd.Name), nd.Events, nd.X*w+r+2, nd.Y*h+4, esc(nd.Name))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
