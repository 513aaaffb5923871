package doc

import "strings"

// A NameList is a list of names set out one to a paragraph after an
// introduction that ends with a colon:
//
//	The donors, according to the filing:
//
//	Kestrel Dynamics
//
//	Tomas E. Lindqvist
//
// Such lines have no verb, so no sentence states what the names did; the
// introduction and the paragraphs before it do.
type NameList struct {
	// Intro is the introducing sentence (the one ending with the colon).
	Intro int
	// Items are the token ranges [first, last) of the lines, Sents the
	// sentences they are in (a line is one sentence).
	Items [][2]int
	Sents []int
}

// listLinkWords may stand between the capitalised words of a listed name
// ("Bank of America", "José and Emilia Fanjul", "AT&T").
var listLinkWords = map[string]bool{"and": true, "&": true, "of": true, "the": true, "for": true, "de": true, "da": true, "van": true, "von": true, "-": true, ".": true, ",": true}

// NameLists finds the lists of names of the document: at least three
// paragraphs in a row, each a single line of at most eight words, all
// capitalised but for linking words, after a paragraph whose last
// sentence ends with a colon.
func (d *Doc) NameLists() []NameList {
	if d.nameLists == nil {
		d.nameLists = d.findNameLists()
	}
	return d.nameLists
}

// findNameLists does the work of NameLists, which keeps its answer: the
// mention and event stages both ask.
func (d *Doc) findNameLists() []NameList {
	paras := d.Paragraphs()
	var out []NameList
	for p := 0; p+3 < len(paras); p++ {
		intro := d.Sentences[paras[p][1]]
		if intro.Last <= intro.First || d.Tokens[intro.Last-1].Text != ":" || intro.Post >= 0 {
			continue
		}
		l := NameList{Intro: paras[p][1]}
		q := p + 1
		for ; q < len(paras); q++ {
			first, last := d.Sentences[paras[q][0]].First, d.Sentences[paras[q][1]].Last
			if !d.nameLine(first, last) {
				break
			}
			l.Items = append(l.Items, [2]int{first, last})
			l.Sents = append(l.Sents, paras[q][0])
		}
		if len(l.Items) >= 3 {
			out = append(out, l)
			p = q - 1
		}
	}
	if out == nil {
		out = []NameList{}
	}
	return out
}

// nameLine reports whether tokens [first, last) can be a listed name.
func (d *Doc) nameLine(first, last int) bool {
	words := 0
	for k := first; k < last; k++ {
		t := d.Tokens[k]
		switch {
		case t.Word && t.Cap:
			words++
		case listLinkWords[strings.ToLower(t.Text)] && k > first:
		default:
			return false
		}
	}
	return words >= 1 && words <= 8 && d.Tokens[first].Cap
}
