package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one sentence of a CoNLL-U file: its identifier, its text and
// its syntactic words. Token offsets are into Text.
type Sentence struct {
	ID     string  // the sent_id comment, if any
	Text   string  // the text comment, or the forms joined as SpaceAfter says
	Tokens []Token // the syntactic words (multiword-token lines and empty nodes are left out)
}

// ReadCoNLLU reads a CoNLL-U file, gzip-compressed or not, into sentences.
func ReadCoNLLU(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read CoNLL-U: %w", err)
	}
	defer f.Close()
	sents, err := DecodeCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read CoNLL-U %s: %w", path, err)
	}
	return sents, nil
}

// DecodeCoNLLU reads CoNLL-U from r, gzip-compressed or not, into
// sentences. Byte offsets come from the Start and End attributes of the
// MISC column when present, else from aligning the forms with the text.
func DecodeCoNLLU(r io.Reader) ([]Sentence, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	var (
		sents   []Sentence
		cur     Sentence
		spaces  []bool // SpaceAfter of each token
		offsets [][2]int
		lineNo  int
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			placeTokens(&cur, spaces, offsets)
			sents = append(sents, cur)
		}
		cur, spaces, offsets = Sentence{}, nil, nil
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			flush()
			continue
		case strings.HasPrefix(line, "#"):
			if v, ok := commentValue(line, "sent_id"); ok {
				cur.ID = v
			} else if v, ok := commentValue(line, "text"); ok {
				cur.Text = v
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", lineNo, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Tokens)+1 {
			return nil, fmt.Errorf("line %d: word id %q out of sequence", lineNo, cols[0])
		}
		head := -1
		if cols[6] != "_" {
			h, err := strconv.Atoi(cols[6])
			if err != nil || h < 0 {
				return nil, fmt.Errorf("line %d: bad head %q", lineNo, cols[6])
			}
			head = h - 1
		}
		t := Token{Form: cols[1], Lemma: blank(cols[2]), UPOS: blank(cols[3]), XPOS: blank(cols[4]), Head: head, Rel: blank(cols[7])}
		cur.Tokens = append(cur.Tokens, t)
		spaces = append(spaces, !strings.Contains(cols[9], "SpaceAfter=No"))
		off := [2]int{-1, -1}
		for _, a := range strings.Split(cols[9], "|") {
			if v, ok := strings.CutPrefix(a, "Start="); ok {
				off[0], _ = strconv.Atoi(v)
			} else if v, ok := strings.CutPrefix(a, "End="); ok {
				off[1], _ = strconv.Atoi(v)
			}
		}
		offsets = append(offsets, off)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", lineNo, err)
	}
	flush()
	for i := range sents {
		for _, t := range sents[i].Tokens {
			if t.Head >= len(sents[i].Tokens) {
				return nil, fmt.Errorf("sentence %d (%s): head %d beyond the sentence", i+1, sents[i].ID, t.Head+1)
			}
		}
	}
	return sents, nil
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func commentValue(line, key string) (string, bool) {
	rest := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	v, ok := strings.CutPrefix(rest, key)
	if !ok {
		return "", false
	}
	v = strings.TrimSpace(v)
	v, ok = strings.CutPrefix(v, "=")
	if !ok {
		return "", false
	}
	return strings.TrimSpace(v), true
}

// placeTokens gives the tokens of s byte offsets: from MISC when every
// token has them and they fit the text, else by finding each form in the
// text in order (words of a multiword token that are not spelled as in the
// text, like "do" in "dont", get the span where the search stopped).
func placeTokens(s *Sentence, spaces []bool, offsets [][2]int) {
	if s.Text == "" {
		var b strings.Builder
		for i, t := range s.Tokens {
			b.WriteString(t.Form)
			if spaces[i] && i < len(s.Tokens)-1 {
				b.WriteByte(' ')
			}
		}
		s.Text = b.String()
	}
	ok := true
	for i, o := range offsets {
		if o[0] < 0 || o[1] < o[0] || o[1] > len(s.Text) || s.Text[o[0]:o[1]] != s.Tokens[i].Form {
			ok = false
			break
		}
	}
	if ok {
		for i, o := range offsets {
			s.Tokens[i].Start, s.Tokens[i].End = o[0], o[1]
		}
		return
	}
	pos := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		for pos < len(s.Text) && (s.Text[pos] == ' ' || s.Text[pos] == '\t') {
			pos++
		}
		if strings.HasPrefix(s.Text[pos:], t.Form) {
			t.Start, t.End = pos, pos+len(t.Form)
			pos = t.End
			continue
		}
		if k := strings.Index(s.Text[pos:], t.Form); k >= 0 && k < 8 {
			t.Start, t.End = pos+k, pos+k+len(t.Form)
			pos = t.End
			continue
		}
		t.Start, t.End = pos, pos
	}
}

// WriteCoNLLU writes sentences in CoNLL-U: a sent_id (when set) and text
// comment, then one line per word with its form, lemma, tags, head and
// relation, and in MISC its byte offsets into the text ("Start=12|End=17")
// and SpaceAfter=No where the next word follows without space.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	var line bytes.Buffer
	for _, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		fmt.Fprintf(bw, "# text = %s\n", strings.Join(strings.Fields(s.Text), " "))
		for i, t := range s.Tokens {
			line.Reset()
			line.WriteString(strconv.Itoa(i + 1))
			for _, c := range []string{field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), "_"} {
				line.WriteByte('\t')
				line.WriteString(c)
			}
			line.WriteByte('\t')
			switch {
			case t.Rel == "" && t.Head < 0:
				line.WriteString("_\t_")
			default:
				line.WriteString(strconv.Itoa(t.Head + 1))
				line.WriteByte('\t')
				line.WriteString(field(t.Rel))
			}
			line.WriteString("\t_\t")
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End {
				line.WriteString("SpaceAfter=No|")
			}
			fmt.Fprintf(&line, "Start=%d|End=%d\n", t.Start, t.End)
			bw.Write(line.Bytes())
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write CoNLL-U: %w", err)
	}
	return nil
}

// field makes s safe for a CoNLL-U column: no tabs or newlines, "_" when
// empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}
