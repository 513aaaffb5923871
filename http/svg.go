package http

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"sort"
	"strconv"
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

// balanceBands are the colours of a link's recent balance, warmest first:
// the lowest balance each band takes, its colour and its name.
var balanceBands = []struct {
	min   float64
	color string
	label string
}{
	{1.5, "#276749", "warm, +1.5 or more"},
	{0.25, "#48bb78", "warm, +0.25 to +1.5"},
	{-0.25, "#8a94a6", "neutral, −0.25 to +0.25"},
	{-1.5, "#e53e3e", "hostile, −0.25 to −1.5"},
	{math.Inf(-1), "#9b2c2c", "hostile, −1.5 or less"},
}

// balanceColor is the colour of a recent balance (see balanceBands).
func balanceColor(b float64) string {
	for _, band := range balanceBands {
		if b >= band.min {
			return band.color
		}
	}
	return balanceBands[len(balanceBands)-1].color
}

// nodeRadius is the radius of a node with n events.
func nodeRadius(n int) float64 { return 4 + 3*math.Log1p(float64(n)) }

// networkHref is the network page with options o, focused on focus
// (everyone when "").
func networkHref(o query.NetworkOptions, focus string) string {
	v := url.Values{}
	if o.From != "" {
		v.Set("from", o.From)
	}
	if o.To != "" {
		v.Set("to", o.To)
	}
	for _, t := range o.Types {
		v.Add("type", t)
	}
	if focus != "" {
		v.Set("focus", focus)
	}
	if o.Max > 0 && o.Max != 60 {
		v.Set("max", fmt.Sprint(o.Max))
	}
	if len(v) == 0 {
		return "/network"
	}
	return "/network?" + v.Encode()
}

// linkText describes a link in words: its events by type, the direction
// of its directed events, the money moved and the recent balance. It is
// written with strconv (a network's thousand links took a third of its
// page's time through fmt).
func linkText(n *query.Network, l query.Link) string {
	a, b := n.Nodes[l.A].Name, n.Nodes[l.B].Name
	t := make([]byte, 0, 2*len(a)+2*len(b)+96)
	num := func(v int) { t = strconv.AppendInt(t, int64(v), 10) }
	t = append(t, a...)
	t = append(t, " and "...)
	t = append(t, b...)
	t = append(t, ": "...)
	num(l.Events)
	t = append(t, " event"...)
	t = append(t, plural(l.Events)...)
	t = append(t, " ("...)
	first := true
	for _, typ := range powermap.EventTypes {
		if c := l.Counts[typ]; c > 0 {
			if !first {
				t = append(t, ", "...)
			}
			first = false
			num(c)
			t = append(t, ' ')
			t = append(t, typ...)
		}
	}
	t = append(t, ')')
	directed := func(from, to string, c int) {
		t = append(t, "; "...)
		t = append(t, from...)
		t = append(t, " → "...)
		t = append(t, to...)
		t = append(t, ": "...)
		num(c)
	}
	if l.AToB > 0 {
		directed(a, b, l.AToB)
	}
	if l.BToA > 0 {
		directed(b, a, l.BToA)
	}
	gave := func(from, to string, usd float64) {
		t = append(t, "; "...)
		t = append(t, from...)
		t = append(t, " gave "...)
		t = append(t, to...)
		t = append(t, ' ')
		t = append(t, query.Money(usd)...)
	}
	if l.FundsAToB > 0 {
		gave(a, b, l.FundsAToB)
	}
	if l.FundsBToA > 0 {
		gave(b, a, l.FundsBToA)
	}
	t = append(t, "; recent balance "...)
	// As %+.2f: a sign always.
	if !math.Signbit(l.Balance) {
		t = append(t, '+')
	}
	t = strconv.AppendFloat(t, l.Balance, 'f', 2, 64)
	if l.Mixed() {
		t = append(t, " (mixed: "...)
		num(l.Warm)
		t = append(t, " warm, "...)
		num(l.Hostile)
		t = append(t, " hostile)"...)
	}
	return string(t)
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// networkChart draws the network: nodes placed by query.Layout, as large
// as their events and coloured by kind (person or organization), each
// leading to the network focused on it; links as thick as the events they
// stand for, coloured by the pair's recent balance (striped where warm
// and hostile events mix), with arrows for directed ties and a tooltip
// with types and amounts (texts, linkText of each link), each leading to
// the pair's page. Labels have a halo so that lines do not hide them. A
// thousand links are written with strconv, not fmt, which took half the
// time of the network page.
func networkChart(n *query.Network, texts []string) template.HTML {
	const w, h = 1000.0, 700.0
	if len(n.Nodes) == 0 {
		return template.HTML(`<p class="empty">No events match.</p>`)
	}
	b := make([]byte, 0, 400*len(n.Links)+300*len(n.Nodes)+512)
	f1 := func(v float64) { b = strconv.AppendFloat(b, v, 'f', 1, 64) }
	num := func(v int) { b = strconv.AppendInt(b, int64(v), 10) }
	b = append(b, `<svg class="chart network" viewBox="0 0 1000 700" role="img" aria-label="Network of relationships" xmlns="http://www.w3.org/2000/svg">`...)
	b = append(b, `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#2d3748"/></marker></defs>`...)
	pos := func(i int) (float64, float64) { return n.Nodes[i].X * w, n.Nodes[i].Y * h }
	for i, l := range n.Links {
		a, c := n.Nodes[l.A], n.Nodes[l.B]
		x1, y1 := pos(l.A)
		x2, y2 := pos(l.B)
		// End the line at the circles' edges, so that arrows show.
		dx, dy := x2-x1, y2-y1
		d := math.Max(math.Hypot(dx, dy), 1e-6)
		ra, rb := nodeRadius(a.Events)+2, nodeRadius(c.Events)+2
		if d > ra+rb {
			x1, y1, x2, y2 = x1+dx/d*ra, y1+dy/d*ra, x2-dx/d*rb, y2-dy/d*rb
		}
		color := balanceColor(l.Balance)
		width := 1.5 + 2*math.Log1p(float64(l.Events))
		b = append(b, `<a href="/pair/`...)
		b = append(b, url.PathEscape(a.Name)...)
		b = append(b, '/')
		b = append(b, url.PathEscape(c.Name)...)
		b = append(b, `" class="link-link"><g class="link`...)
		if l.Mixed() {
			b = append(b, " mixed"...)
		}
		b = append(b, `" data-a="`...)
		b = append(b, esc(a.Name)...)
		b = append(b, `" data-b="`...)
		b = append(b, esc(c.Name)...)
		b = append(b, `" data-events="`...)
		num(l.Events)
		b = append(b, `" data-balance="`...)
		b = strconv.AppendFloat(b, l.Balance, 'g', -1, 64)
		b = append(b, `" data-a-to-b="`...)
		num(l.AToB)
		b = append(b, `" data-b-to-a="`...)
		num(l.BToA)
		b = append(b, `"><title>`...)
		b = append(b, esc(texts[i])...)
		b = append(b, `</title>`...)
		line := func(class, stroke, extra string) {
			b = append(b, `<line class="`...)
			b = append(b, class...)
			b = append(b, `" x1="`...)
			f1(x1)
			b = append(b, `" y1="`...)
			f1(y1)
			b = append(b, `" x2="`...)
			f1(x2)
			b = append(b, `" y2="`...)
			f1(y2)
			b = append(b, `" stroke="`...)
			b = append(b, stroke...)
			b = append(b, `" stroke-width="`...)
			f1(width)
			b = append(b, '"')
			b = append(b, extra...)
			b = append(b, "/>"...)
		}
		markers := ""
		if l.AToB > 0 {
			markers += ` marker-end="url(#arrow)"`
		}
		if l.BToA > 0 {
			markers += ` marker-start="url(#arrow)"`
		}
		line("link-line", color, markers)
		if l.Mixed() {
			// Stripes of the other mood over the balance's colour.
			other := balanceColor(-1)
			if l.Balance < 0 {
				other = balanceColor(1)
			}
			line("link-stripes", other, ` stroke-dasharray="5 7"`)
		}
		b = append(b, `</g></a>`...)
	}
	for i, nd := range n.Nodes {
		r := nodeRadius(nd.Events)
		x, y := pos(i)
		name := esc(nd.Name)
		b = append(b, `<a href="`...)
		b = append(b, esc(networkHref(n.Options, nd.Name))...)
		b = append(b, `" class="node-link"><circle class="node `...)
		b = append(b, nd.Type...)
		if i == n.Focus {
			b = append(b, " focus"...)
		}
		b = append(b, `" data-name="`...)
		b = append(b, name...)
		b = append(b, `" data-events="`...)
		num(nd.Events)
		b = append(b, `" cx="`...)
		f1(x)
		b = append(b, `" cy="`...)
		f1(y)
		b = append(b, `" r="`...)
		f1(r)
		b = append(b, `"><title>`...)
		b = append(b, name...)
		b = append(b, ": "...)
		num(nd.Events)
		b = append(b, " event"...)
		b = append(b, plural(nd.Events)...)
		b = append(b, ` — click for their ties alone</title></circle><text class="node-label" x="`...)
		f1(x + r + 2)
		b = append(b, `" y="`...)
		f1(y + 4)
		b = append(b, `">`...)
		b = append(b, name...)
		b = append(b, `</text></a>`...)
	}
	b = append(b, `</svg>`...)
	return template.HTML(b)
}

// networkLegend explains the network's marks: node colour and size, link
// colour (the recent balance, on a labelled scale), stripes and arrows.
func networkLegend() template.HTML {
	var b strings.Builder
	b.WriteString(`<div class="net-legend">`)
	b.WriteString(`<div class="legend-group"><h3>People and organizations</h3>`)
	fmt.Fprintf(&b, `<span class="legend-item"><svg width="16" height="16" aria-hidden="true"><circle class="node person" cx="8" cy="8" r="7"/></svg> person</span> `)
	fmt.Fprintf(&b, `<span class="legend-item"><svg width="16" height="16" aria-hidden="true"><circle class="node org" cx="8" cy="8" r="7"/></svg> organization</span><br>`)
	for _, k := range []int{1, 10, 50} {
		r := nodeRadius(k)
		fmt.Fprintf(&b, `<span class="legend-item size"><svg width="%.0f" height="%.0f" aria-hidden="true"><circle class="node person" cx="%.1f" cy="%.1f" r="%.1f"/></svg> %d event%s</span> `, 2*r+2, 2*r+2, r+1, r+1, r, k, plural(k))
	}
	b.WriteString(`</div><div class="legend-group"><h3>Ties: recent balance (warmth)</h3><span class="warmth-scale-key">`)
	for _, band := range balanceBands {
		fmt.Fprintf(&b, `<span class="legend-item balance"><span class="swatch" style="background:%s"></span> %s</span> `, band.color, band.label)
	}
	b.WriteString(`</span><br><span class="legend-item"><svg width="40" height="10" aria-hidden="true"><line x1="0" y1="5" x2="40" y2="5" stroke="#48bb78" stroke-width="5"/><line x1="0" y1="5" x2="40" y2="5" stroke="#e53e3e" stroke-width="5" stroke-dasharray="5 7"/></svg> mixed: warm and hostile events</span> `)
	b.WriteString(`<span class="legend-item"><svg width="40" height="10" aria-hidden="true"><line x1="0" y1="5" x2="32" y2="5" stroke="#2d3748" stroke-width="2"/><path d="M30,0 L40,5 L30,10 z" fill="#2d3748"/></svg> who funded, backed, attacked or threatened whom</span> `)
	b.WriteString(`<span class="legend-item">thicker: more events</span></div></div>`)
	return template.HTML(b.String())
}

// linkTexts are the words of each of a network's links (linkText), for
// the chart's tooltips and the list of ties alike.
func linkTexts(n *query.Network) []string {
	out := make([]string, len(n.Links))
	for i, l := range n.Links {
		out[i] = linkText(n, l)
	}
	return out
}

// networkTiesHTML lists the links of a network in words, most events
// first: what the chart shows, readable without hovering (the items of
// network.html's list of ties, escaped as html/template escaped them).
func networkTiesHTML(n *query.Network, texts []string) template.HTML {
	order := make([]int, len(n.Links))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return n.Links[order[i]].Events > n.Links[order[j]].Events })
	var b strings.Builder
	b.Grow(len(n.Links) * 300)
	for _, i := range order {
		l := n.Links[i]
		a, c := n.Nodes[l.A].Name, n.Nodes[l.B].Name
		if n.Focus == l.B {
			a, c = c, a
		}
		b.WriteString(`<li><span class="swatch" style="background:`)
		htmlText(&b, balanceColor(l.Balance))
		b.WriteString(`"></span> <a href="`)
		urlAttr(&b, "/pair/"+url.PathEscape(a)+"/"+url.PathEscape(c))
		b.WriteString(`">`)
		htmlText(&b, a)
		b.WriteString(" and ")
		htmlText(&b, c)
		b.WriteString("</a>: ")
		htmlText(&b, texts[i])
		b.WriteString("</li>")
	}
	return template.HTML(b.String())
}
