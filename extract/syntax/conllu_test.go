package syntax

import (
	"bytes"
	"compress/gzip"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadCoNLLU(filepath.Join("testdata", "toy.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 5 {
		t.Fatalf("%d sentences, want 5", len(sents))
	}
	s := sents[3] // "Ada didn't donate money." with a multiword token
	if s.ID != "toy-4" || s.Text != "Ada didn't donate money." {
		t.Errorf("sentence 4: id %q text %q", s.ID, s.Text)
	}
	if got := forms(s.Tokens); got != "Ada did n't donate money ." {
		t.Errorf("words: %s", got)
	}
	for _, tok := range s.Tokens {
		if s.Text[tok.Start:tok.End] != tok.Form {
			t.Errorf("%q at [%d,%d) is %q in the text", tok.Form, tok.Start, tok.End, s.Text[tok.Start:tok.End])
		}
	}
	if tok := s.Tokens[0]; tok.Head != 3 || tok.Rel != "nsubj" || tok.UPOS != "PROPN" || tok.XPOS != "NNP" || tok.Lemma != "Ada" {
		t.Errorf("first word: %+v", tok)
	}
	if s.Tokens[3].Head != -1 {
		t.Errorf("root head %d, want -1", s.Tokens[3].Head)
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(filepath.Join("testdata", "toy.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Start=0|End=3") || !strings.Contains(buf.String(), "SpaceAfter=No|Start=") {
		t.Errorf("offsets or SpaceAfter missing:\n%s", buf.String())
	}
	// gzip-compressed input is read as well
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(buf.Bytes())
	zw.Close()
	back, err := DecodeCoNLLU(&gz)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(sents) {
		t.Fatalf("%d sentences back, want %d", len(back), len(sents))
	}
	for i := range sents {
		if back[i].Text != sents[i].Text || back[i].ID != sents[i].ID {
			t.Errorf("sentence %d: %q vs %q", i, back[i].Text, sents[i].Text)
		}
		for j := range sents[i].Tokens {
			if back[i].Tokens[j] != sents[i].Tokens[j] {
				t.Errorf("sentence %d word %d: %+v vs %+v", i, j, back[i].Tokens[j], sents[i].Tokens[j])
			}
		}
	}
}

func TestDecodeCoNLLUErrors(t *testing.T) {
	bad := []string{
		"1\tA\ta\tX\tX\t_\t0\troot\t_\n",                                    // 9 columns
		"2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",                                 // out of sequence
		"1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n",                                 // bad head
		"1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n",                                 // head beyond the sentence
		"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n1\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", // repeated id
	}
	for _, b := range bad {
		if _, err := DecodeCoNLLU(strings.NewReader(b)); err == nil {
			t.Errorf("no error for %q", b)
		}
	}
	ok := "# text = A B\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n1.1\tE\te\tX\tX\t_\t_\t_\t_\t_\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n\n"
	sents, err := DecodeCoNLLU(strings.NewReader(ok))
	if err != nil || len(sents) != 1 || len(sents[0].Tokens) != 2 {
		t.Errorf("empty node not skipped: %v %+v", err, sents)
	}
}

func FuzzDecodeCoNLLU(f *testing.F) {
	f.Add("# text = A B\n1\tA\ta\tX\tX\t_\t0\troot\t_\tStart=0|End=1\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\tStart=9|End=2\n")
	f.Fuzz(func(t *testing.T, data string) {
		sents, err := DecodeCoNLLU(strings.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if tok.Start < 0 || tok.End < tok.Start || tok.End > len(s.Text) {
					t.Fatalf("bad offsets [%d,%d) in %q", tok.Start, tok.End, s.Text)
				}
			}
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, sents); err != nil {
			t.Fatal(err)
		}
	})
}
