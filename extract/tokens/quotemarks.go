package tokens

import (
	"sort"

	"github.com/powermap/powermap/extract/doc"
)

// findQuoteSpans pairs quotation marks within each paragraph and marks the
// tokens inside.
func (d *stage) findQuoteSpans() {
	d.Quoted = make([]bool, len(d.Tokens))
	paras := d.Paragraphs()
	add := func(open, close int, runOn bool) {
		d.QuoteSpans = append(d.QuoteSpans, doc.QuoteSpan{Open: open, Close: close, Sent: d.SentenceOf(open), RunOn: runOn})
		for j := open + 1; j < close; j++ {
			d.Quoted[j] = true
		}
	}
	for pi, p := range paras {
		first, last := d.Sentences[p[0]].First, d.Sentences[p[1]].Last
		open, single := -1, -1
		for k := first; k < last; k++ {
			t := d.Tokens[k].Text
			switch {
			case t == "“" || (t == "\"" && open < 0):
				open, single = k, -1
			case (t == "”" || t == "\"") && open >= 0:
				add(open, k, false)
				open = -1
			case t == "‘" && open < 0 && (k+1 < last && d.Tokens[k+1].Word):
				single = k
			case t == "’" && open < 0 && single >= 0 && k > single+1 && (k+1 >= last || !d.Tokens[k+1].Word):
				add(single, k, false)
				single = -1
			}
		}
		// A quotation still open at the end of its paragraph runs on into
		// the next paragraph when that opens with a quotation mark.
		if open < 0 || pi+1 >= len(paras) {
			continue
		}
		next := d.Sentences[paras[pi+1][0]]
		if d.Sentences[paras[pi+1][0]].Post != d.Sentences[p[0]].Post {
			continue
		}
		if nt := d.Tokens[next.First].Text; (nt == "“" || nt == "\"") && open+1 < last {
			add(open, next.First, true)
		}
	}
	sort.SliceStable(d.QuoteSpans, func(i, j int) bool { return d.QuoteSpans[i].Open < d.QuoteSpans[j].Open })
}
