package tokens

import (
	"strings"
	"testing"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/doc"
)

// run tokenizes body as the one body block of an article.
func run(body string) *doc.Doc {
	a := &powermap.Article{Text: body, Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 0, End: len(body)}}}
	d := doc.New(a, nil)
	Run(d)
	return d
}

// texts returns the text of each token of d.
func texts(d *doc.Doc) []string {
	var out []string
	for _, t := range d.Tokens {
		out = append(out, t.Text)
	}
	return out
}

// sentences returns the text of each sentence of d.
func sentences(d *doc.Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Musk’s Mar-a-Lago dinner", "Musk|’s|Mar-a-Lago|dinner"},
		{"Sen. Ada Quill, the U.S. envoy", "Sen.|Ada|Quill|,|the|U.S.|envoy"},
		{"$1,000.5 from @elonmusk", "$|1,000.5|from|@elonmusk"},
		{"J. Smith didn't read RadarOnline.com", "J.|Smith|didn't|read|RadarOnline.com"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		if got := strings.Join(texts(d), "|"); got != tt.want {
			t.Errorf("%q: tokens %s, want %s", tt.text, got, tt.want)
		}
		for _, tok := range d.Tokens {
			if d.Text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q does not match its span", tt.text, tok.Text)
			}
		}
	}
	if d := run("Ada met Bo"); !d.Tokens[0].Cap || d.Tokens[1].Cap || !d.Tokens[1].Word {
		t.Errorf("Cap and Word flags wrong: %+v", d.Tokens)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Sen. Ada Quill met Bo Reyes. He left.", "Sen. Ada Quill met Bo Reyes.|He left."},
		{"“Is the letter fake?” Musk wrote. Nobody knew.", "“Is the letter fake?” Musk wrote.|Nobody knew."},
		{"He joined Quillfeather Inc. The company grew.", "He joined Quillfeather Inc.|The company grew."},
		{"She moved to the U.S. in 2019.", "She moved to the U.S. in 2019."},
		{"First line\nSecond line", "First line|Second line"},
	}
	for _, tt := range tests {
		if got := strings.Join(sentences(run(tt.text)), "|"); got != tt.want {
			t.Errorf("%q: sentences %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuotationMarks(t *testing.T) {
	d := run("“We will win,” Quill said of the “Big Bill”.\n“It runs on\n“and on.” Bo said.")
	// The quotation over two paragraphs is two spans, the first running on.
	if len(d.QuoteSpans) != 4 {
		t.Fatalf("quote spans %+v, want 4", d.QuoteSpans)
	}
	inner := func(q doc.QuoteSpan) string { return d.Text[d.Tokens[q.Open].End:d.Tokens[q.Close].Start] }
	if got := inner(d.QuoteSpans[0]); got != "We will win," {
		t.Errorf("first quotation %q", got)
	}
	if got := inner(d.QuoteSpans[1]); got != "Big Bill" {
		t.Errorf("second quotation %q", got)
	}
	if q := d.QuoteSpans[2]; !q.RunOn || q.Close != d.QuoteSpans[3].Open {
		t.Errorf("a quotation open at its paragraph's end runs on into the next: %+v", d.QuoteSpans)
	}
	if got := inner(d.QuoteSpans[3]); got != "and on." {
		t.Errorf("last part %q", got)
	}
	for k, tok := range d.Tokens {
		if tok.Text == "Quill" && d.Quoted[k] || tok.Text == "win" && !d.Quoted[k] {
			t.Errorf("token %q quoted = %v", tok.Text, d.Quoted[k])
		}
	}
}
