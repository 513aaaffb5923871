package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func forms(toks []Token) string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = t.Form
	}
	return strings.Join(f, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Ngozi Adeyemi criticized Tomasz Wieczorek on Monday.", "Ngozi Adeyemi criticized Tomasz Wieczorek on Monday ."},
		{"Marlowe’s company didn’t pay.", "Marlowe ’s company did n’t pay ."},
		{"Marlowe's company didn't pay.", "Marlowe 's company did n't pay ."},
		{"They won't and can't, so we cannot.", "They wo n't and ca n't , so we can not ."},
		{"I’m sure they’re here, we’ve seen it and you’ll see it; I’d say so.", "I ’m sure they ’re here , we ’ve seen it and you ’ll see it ; I ’d say so ."},
		{"Mr. Okafor met Dr. Lindqvist in the U.S. on Jan. 5 at 10:30 a.m.", "Mr. Okafor met Dr. Lindqvist in the U.S. on Jan. 5 at 10:30 a.m."},
		{"She gave $3.5 million and 1,000 shares.", "She gave $ 3.5 million and 1,000 shares ."},
		{"The co-founder of a non-profit e-mailed a well-known donor.", "The co-founder of a non-profit e-mailed a well - known donor ."},
		{"@POTUS wrote at https://example.com/a?b=1, then #FirstDay.", "@POTUS wrote at https://example.com/a?b=1 , then #FirstDay ."},
		{"“We are not going anywhere,” said Reyes — twice.", "“ We are not going anywhere , ” said Reyes — twice ."},
		{"\"It's over,\" she said.", "\" It 's over , \" she said ."},
		{"The parents’ group met O’Brien.", "The parents ’ group met O’Brien ."},
		{"Call 713-555-0100 or write to anna.kowalska@example.org!", "Call 713-555-0100 or write to anna.kowalska@example.org !"},
		{"They're gonna win... Really?!", "They 're gon na win ... Really ?!"},
		{"He said (quietly) that it was 5-10 points.", "He said ( quietly ) that it was 5 - 10 points ."},
		{"AT&T and J. R. Tolkien", "AT&T and J. R. Tolkien"},
		{"She posted it on X.", "She posted it on X ."},
		{"He thanked Mr. Dube and Gregor Samsa Inc.", "He thanked Mr. Dube and Gregor Samsa Inc."},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, 0, len(tt.text))
		if got := forms(toks); got != tt.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
		checkOffsets(t, tt.text, toks)
	}
}

// checkOffsets checks that every token is its own bytes of text, in order,
// without overlap, and that only space is left between tokens.
func checkOffsets(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("%q: token %d [%d,%d) out of order", text, i, tok.Start, tok.End)
		}
		if tok.Form != text[tok.Start:tok.End] {
			t.Errorf("%q: token %d Form %q, text %q", text, i, tok.Form, text[tok.Start:tok.End])
		}
		if strings.TrimSpace(strings.Map(func(r rune) rune {
			if isSpace(r) {
				return ' '
			}
			return r
		}, text[prev:tok.Start])) != "" {
			t.Errorf("%q: text %q skipped before token %d", text, text[prev:tok.Start], i)
		}
		if tok.Head != -1 {
			t.Errorf("%q: token %d has head %d before parsing", text, i, tok.Head)
		}
		prev = tok.End
	}
}

func TestTokenizeOffsetsAbsolute(t *testing.T) {
	text := "Headline here.\n\nLena Fischer’s fund didn’t give $2 million. More text."
	start := strings.Index(text, "Lena")
	end := strings.Index(text, " More")
	toks := Tokenize(text, start, end)
	if got, want := forms(toks), "Lena Fischer ’s fund did n’t give $ 2 million ."; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	for _, tok := range toks {
		if text[tok.Start:tok.End] != tok.Form || tok.Start < start || tok.End > end {
			t.Errorf("token %q at [%d,%d) outside the span or wrong", tok.Form, tok.Start, tok.End)
		}
	}
	if toks := Tokenize(text, 5, 5); len(toks) != 0 {
		t.Errorf("empty span gave %d tokens", len(toks))
	}
	if toks := Tokenize(text, -3, len(text)+10); len(toks) == 0 {
		t.Error("an out-of-range span was not clamped")
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sen. Amara Osei met Mr. Brandt in Washington. They talked for an hour! Did it help? Nobody knows.",
			[]string{"Sen. Amara Osei met Mr. Brandt in Washington.", "They talked for an hour!", "Did it help?", "Nobody knows."}},
		{"“It was a mistake,” Osei said. “We will fix it.”",
			[]string{"“It was a mistake,” Osei said.", "“We will fix it.”"}},
		{"The U.S. Senate voted on Jan. 5. John F. Kennedy was not there.",
			[]string{"The U.S. Senate voted on Jan. 5.", "John F. Kennedy was not there."}},
		{"A title without a period\n\nThe body starts here.",
			[]string{"A title without a period", "The body starts here."}},
		{"  ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range SplitSentences(tt.text) {
			got = append(got, tt.text[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"’s", "'s"}, {"n’t", "n't"}, {"“", "\""}, {"”", "\""}, {"—", "--"}, {"–", "-"}, {"…", "..."}, {"plain", "plain"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := digitsToZero("$3.5m in 2024"); got != "$0.0m in 0000" {
		t.Errorf("digitsToZero: %q", got)
	}
	if got := shape("McCain"); got != "XxXx" {
		t.Errorf("shape(McCain) = %q", got)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Marlowe’s company didn’t pay $3.5 million.", "U.S. Sen. O’Neill can't, won't.", "@a #b http://x.y/z a@b.c",
		"“Quote,” — dash… ‘single’", "\xff\xfe broken utf8 ’", "1,000-2,000 713-555-0100 co-op",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text, 0, len(text))
		prev := 0
		for i, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) || tok.Form != text[tok.Start:tok.End] {
				t.Fatalf("token %d %q [%d,%d) bad in %q", i, tok.Form, tok.Start, tok.End, text)
			}
			prev = tok.End
		}
		for _, sp := range SplitSentences(text) {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				t.Fatalf("bad sentence span %v", sp)
			}
		}
		if utf8.ValidString(text) && len(text) < 200 {
			Default().Analyze(toks)
			roots := 0
			for _, tok := range toks {
				if tok.Head == -1 {
					roots++
				}
				if tok.Head < -1 || tok.Head >= len(toks) {
					t.Fatalf("head %d out of range", tok.Head)
				}
			}
			if len(toks) > 0 && roots != 1 {
				t.Fatalf("%d roots in %q", roots, text)
			}
		}
	})
}
