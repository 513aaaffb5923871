package http

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"math"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/query"
)

// TestNetworkAsBefore checks that the network page's chart and list of
// ties, written with strconv and in Go (svg.go), are what fmt and
// html/template wrote before (networkChartFmt, testdata/lists.tmpl): on
// the example articles' network, everyone and focused, and on a network
// of odd names.
func TestNetworkAsBefore(t *testing.T) {
	ref := listTemplates()
	_, db := newTestServer(t, true)
	q := &query.Service{Store: db}
	var nets []*query.Network
	for _, o := range []query.NetworkOptions{{Max: 60}, {Max: 60, Focus: "Harlan Voss"}, {Max: 5}} {
		n, err := q.Network(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		nets = append(nets, n)
	}
	odd := `<b>"Quill" & 'Reyes' + é</b>`
	nets = append(nets, &query.Network{Focus: -1, Options: query.NetworkOptions{Max: 7, From: "2025-01", Types: []string{"meet"}},
		Nodes: []query.Node{{Name: odd, Type: "person", Events: 3, X: 0.1, Y: 0.2}, {Name: "Re: x/y?z", Type: "org", Events: 1, X: 0.9, Y: 0.95}, {Name: "C", Type: "person", Events: 12, X: 0.5, Y: 0.5}},
		Links: []query.Link{
			{A: 0, B: 1, Events: 3, Counts: map[string]int{powermap.EventFund: 2, powermap.EventOppose: 1}, AToB: 2, FundsAToB: 1.5e6, Balance: -0.25, Warm: 2, Hostile: 1},
			{A: 1, B: 2, Events: 1, Counts: map[string]int{powermap.EventMeet: 1}, BToA: 1, FundsBToA: 300, Balance: 1},
			{A: 0, B: 2, Events: 4, Counts: map[string]int{powermap.EventSupport: 4}, Balance: 2.3333333},
			{A: 0, B: 2, Events: 2, Counts: map[string]int{"unlisted": 1, powermap.EventOppose: 1}, Balance: math.Copysign(0, -1), Warm: 1, Hostile: 1},
			{A: 2, B: 1, Events: 1, Counts: map[string]int{powermap.EventThreaten: 1}, Balance: -0.004, FundsAToB: 0.5, FundsBToA: 12345678.9},
		}})
	if len(nets[0].Links) < 3 {
		t.Fatalf("the examples' network has %d links: the test checks little", len(nets[0].Links))
	}
	for _, n := range nets {
		texts := linkTexts(n)
		for i, l := range n.Links {
			if want := linkTextFmt(n, l); texts[i] != want {
				t.Errorf("link written as\n%s\nfmt wrote\n%s", texts[i], want)
			}
		}
		if got, want := networkChart(n, texts), networkChartFmt(n); got != want {
			t.Errorf("chart written as\n%s\nfmt wrote\n%s", got, want)
		}
		var want bytes.Buffer
		if err := ref.ExecuteTemplate(&want, "ties", networkTiesRef(n)); err != nil {
			t.Fatal(err)
		}
		if got := string(networkTiesHTML(n, texts)); got != want.String() {
			t.Errorf("ties written as\n%s\nthe template wrote\n%s", got, want.String())
		}
	}
}

// linkTextFmt is linkText as it was written with fmt.
func linkTextFmt(n *query.Network, l query.Link) string {
	a, b := n.Nodes[l.A].Name, n.Nodes[l.B].Name
	var parts []string
	for _, t := range powermap.EventTypes {
		if c := l.Counts[t]; c > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c, t))
		}
	}
	text := fmt.Sprintf("%s and %s: %d event%s (%s)", a, b, l.Events, plural(l.Events), strings.Join(parts, ", "))
	if l.AToB > 0 {
		text += fmt.Sprintf("; %s → %s: %d", a, b, l.AToB)
	}
	if l.BToA > 0 {
		text += fmt.Sprintf("; %s → %s: %d", b, a, l.BToA)
	}
	if l.FundsAToB > 0 {
		text += fmt.Sprintf("; %s gave %s %s", a, b, query.Money(l.FundsAToB))
	}
	if l.FundsBToA > 0 {
		text += fmt.Sprintf("; %s gave %s %s", b, a, query.Money(l.FundsBToA))
	}
	text += fmt.Sprintf("; recent balance %+.2f", l.Balance)
	if l.Mixed() {
		text += fmt.Sprintf(" (mixed: %d warm, %d hostile)", l.Warm, l.Hostile)
	}
	return text
}

// networkTie is one row of the network's table of ties, as the template
// took it.
type networkTie struct {
	A, B, Text, Href string
	Link             query.Link
	Color            string
}

// networkTiesRef lists the links of a network for the template, as
// networkTies did.
func networkTiesRef(n *query.Network) []networkTie {
	out := make([]networkTie, 0, len(n.Links))
	for _, l := range n.Links {
		a, b := n.Nodes[l.A].Name, n.Nodes[l.B].Name
		if n.Focus == l.B {
			a, b = b, a
		}
		out = append(out, networkTie{A: a, B: b, Text: linkTextFmt(n, l), Link: l, Color: balanceColor(l.Balance),
			Href: "/pair/" + url.PathEscape(a) + "/" + url.PathEscape(b)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Link.Events > out[j].Link.Events })
	return out
}

// networkChartFmt is networkChart as it was written with fmt, before
// render.go: TestNetworkAsBefore checks that networkChart writes the same.
// networkChart draws the network: nodes placed by query.Layout, as large
// as their events and coloured by kind (person or organization), each
// leading to the network focused on it; links as thick as the events they
// stand for, coloured by the pair's recent balance (striped where warm
// and hostile events mix), with arrows for directed ties and a tooltip
// with types and amounts, each leading to the pair's page. Labels have a
// halo so that lines do not hide them.
func networkChartFmt(n *query.Network) template.HTML {
	const w, h = 1000.0, 700.0
	if len(n.Nodes) == 0 {
		return template.HTML(`<p class="empty">No events match.</p>`)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart network" viewBox="0 0 %.0f %.0f" role="img" aria-label="Network of relationships" xmlns="http://www.w3.org/2000/svg">`, w, h)
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#2d3748"/></marker></defs>`)
	pos := func(i int) (float64, float64) { return n.Nodes[i].X * w, n.Nodes[i].Y * h }
	for _, l := range n.Links {
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
		markers := ""
		if l.AToB > 0 {
			markers += ` marker-end="url(#arrow)"`
		}
		if l.BToA > 0 {
			markers += ` marker-start="url(#arrow)"`
		}
		color := balanceColor(l.Balance)
		width := 1.5 + 2*math.Log1p(float64(l.Events))
		cls := "link"
		if l.Mixed() {
			cls += " mixed"
		}
		fmt.Fprintf(&b, `<a href="/pair/%s/%s" class="link-link"><g class="%s" data-a="%s" data-b="%s" data-events="%d" data-balance="%g" data-a-to-b="%d" data-b-to-a="%d"><title>%s</title>`,
			url.PathEscape(a.Name), url.PathEscape(c.Name), cls, esc(a.Name), esc(c.Name), l.Events, l.Balance, l.AToB, l.BToA, esc(linkTextFmt(n, l)))
		fmt.Fprintf(&b, `<line class="link-line" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s/>`, x1, y1, x2, y2, color, width, markers)
		if l.Mixed() {
			// Stripes of the other mood over the balance's colour.
			other := balanceColor(-1)
			if l.Balance < 0 {
				other = balanceColor(1)
			}
			fmt.Fprintf(&b, `<line class="link-stripes" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f" stroke-dasharray="5 7"/>`, x1, y1, x2, y2, other, width)
		}
		b.WriteString(`</g></a>`)
	}
	for i, nd := range n.Nodes {
		r := nodeRadius(nd.Events)
		cls := "node " + nd.Type
		if i == n.Focus {
			cls += " focus"
		}
		x, y := pos(i)
		fmt.Fprintf(&b, `<a href="%s" class="node-link"><circle class="%s" data-name="%s" data-events="%d" cx="%.1f" cy="%.1f" r="%.1f"><title>%s: %d event%s — click for their ties alone</title></circle><text class="node-label" x="%.1f" y="%.1f">%s</text></a>`,
			esc(networkHref(n.Options, nd.Name)), cls, esc(nd.Name), nd.Events, x, y, r, esc(nd.Name), nd.Events, plural(nd.Events), x+r+2, y+4, esc(nd.Name))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
