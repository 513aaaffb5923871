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

// pairChart draws a pair's relationship: a time axis by month, every event
// a mark coloured by type (in a lane per type) linking to its evidence, and
// the recent warmth (query.MonthWarmth.Score) as a line on a scale of its
// own. Undated events sit at their report date, drawn hollow and labelled
// "reported …"; events dated to a month or a year are drawn as a bar over
// that period with the mark where query.Place puts them.
func pairChart(h *query.History) template.HTML {
	const w, hgt, left, right, top, bottom = 900.0, 430.0, 110.0, 20.0, 20.0, 40.0
	type placed struct {
		e powermap.CanonicalEvent
		p query.Placement
	}
	var evs []placed
	for _, e := range h.Events {
		if p := query.Place(&e); p.At != "" {
			evs = append(evs, placed{e, p})
		}
	}
	if len(evs) == 0 {
		return template.HTML(`<p class="empty">No events between them yet.</p>`)
	}
	day := func(d string) time.Time { t, _ := time.Parse("2006-01-02", d); return t }
	start, end := day(evs[0].p.From), day(evs[0].p.To)
	for _, pe := range evs {
		if t := day(pe.p.From); t.Before(start) {
			start = t
		}
		if t := day(pe.p.To); t.After(end) {
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
			left-8, lane(t)+4, laneInk(t), t, left, w-right, lane(t), lane(t))
	}
	// Month ticks, thinned to at most twelve labels.
	months := int(math.Round(span / 24 / 30.44))
	stepM := max(1, (months+11)/12)
	for m := start; m.Before(end); m = m.AddDate(0, stepM, 0) {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.0f" y2="%.0f" class="tick"/><text x="%.1f" y="%.0f" class="tick-label">%s</text>`,
			x(m), x(m), top, hgt-bottom, x(m)+2, hgt-bottom+16, m.Format("Jan 2006"))
	}
	// Warmth: the recent balance month by month, on its own scale in the
	// lower band, zero dashed, positive above and negative below.
	bandTop, bandBottom := lane(types[len(types)-1])+30, hgt-bottom-8
	base := (bandTop + bandBottom) / 2
	peak := 1.0
	for _, m := range h.Months {
		peak = math.Max(peak, math.Abs(m.Score))
	}
	peak = math.Ceil(peak)
	y := func(v float64) float64 { return base - v*(bandBottom-bandTop)/2/peak }
	fmt.Fprintf(&b, `<g class="warmth-scale"><text x="%.0f" y="%.1f" class="lane-label axis-title">warmth</text>`, left-40, bandTop-4)
	for _, v := range []float64{peak, 0, -peak} {
		cls := "tick"
		if v == 0 {
			cls = "zero"
		}
		fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" class="%s"/><text x="%.0f" y="%.1f" class="lane-label scale-label">%+g</text>`,
			left, w-right, y(v), y(v), cls, left-8, y(v)+4, v)
	}
	b.WriteString(`</g>`)
	var pts []string
	for _, m := range h.Months {
		t, _ := time.Parse("2006-01", m.Month)
		t = t.AddDate(0, 0, 14) // the middle of the month
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(t), y(m.Score)))
	}
	if len(pts) > 0 {
		fmt.Fprintf(&b, `<polyline class="warmth" points="%s"/>`, strings.Join(pts, " "))
	}
	for _, m := range h.Months {
		if len(m.Events) == 0 {
			continue
		}
		t, _ := time.Parse("2006-01", m.Month)
		t = t.AddDate(0, 0, 14)
		fmt.Fprintf(&b, `<circle class="warmth-point" data-month="%s" data-score="%g" cx="%.1f" cy="%.1f" r="3"><title>%s: warmth %+g (%d event(s) this month, %+d)</title></circle>`,
			m.Month, m.Score, x(t), y(m.Score), m.Month, m.Score, len(m.Events), m.Warmth)
	}
	// Marks, spread a little where several fall on one day.
	seen := map[string]int{}
	for _, pe := range evs {
		e, p := pe.e, pe.p
		at := day(p.At)
		k := e.Type + p.At
		off := float64(seen[k]) * 5
		seen[k]++
		if p.Precision == "month" || p.Precision == "year" {
			x0, x1 := x(day(p.From)), x(day(p.To).AddDate(0, 0, 1))
			fmt.Fprintf(&b, `<rect class="range" x="%.1f" y="%.1f" width="%.1f" height="6" fill="%s"><title>%s: dated only to %s</title></rect>`,
				x0, lane(e.Type)-3, x1-x0, typeColor(e.Type), e.Type, e.Date)
		}
		title := fmt.Sprintf("%s · %s · %s · %d source(s)", e.Type, dateLabel(e, p), whoOf(e), len(e.Sources))
		if e.Planned {
			title += " · planned"
		}
		if len(e.Sources) > 0 {
			title += " · “" + e.Sources[0].Evidence + "”"
		}
		cls, fill := "mark", typeColor(e.Type)
		if p.Undated() {
			cls, fill = "mark undated", "#fff"
		}
		if e.Planned {
			cls += " planned"
		}
		fmt.Fprintf(&b, `<a href="/event/%d" class="mark-link"><circle class="%s" data-event="%d" data-type="%s" data-at="%s" cx="%.1f" cy="%.1f" r="%.1f" fill="%s" style="--c:%s"><title>%s</title></circle></a>`,
			e.ID, cls, e.ID, e.Type, p.At, x(at)+off, lane(e.Type), 5+math.Min(float64(len(e.Sources)), 5), fill, typeColor(e.Type), esc(title))
		if p.Undated() {
			fmt.Fprintf(&b, `<text class="mark-note" x="%.1f" y="%.1f">reported %s</text>`, x(at)+off, lane(e.Type)+17, at.Format("Jan 2"))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// dateLabel says when an event was: its date, or that it is undated and
// when it was reported.
func dateLabel(e powermap.CanonicalEvent, p query.Placement) string {
	if p.Undated() {
		if p.At == "" {
			return "undated"
		}
		return "undated, reported " + p.At
	}
	return e.Date
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
