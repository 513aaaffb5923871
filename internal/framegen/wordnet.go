package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A Word is one member of a synset as the data file spells it
// ("lash_out" becomes "lash out"; adjective markers such as "(p)" are cut).
type Word struct {
	Lemma string
	LexID int
}

// A Pointer is one relation from a synset (Src == 0) or from one of its
// words (Src is the 1-based word number) to another synset or word.
type Pointer struct {
	Symbol string // "@" hypernym, "~" hyponym, "+" derivation, "\\" pertainym, ...
	Offset int
	POS    byte // n v a s r
	Src    int
	Tgt    int
}

// A Synset is one line of a WordNet data.* file.
type Synset struct {
	Offset  int
	LexFile int
	POS     byte
	Words   []Word
	Ptrs    []Pointer
	Gloss   string
}

// Key names a synset by its first word, part of speech and offset.
func (s *Synset) Key() string {
	return fmt.Sprintf("%s.%c.%08d", strings.ReplaceAll(s.Words[0].Lemma, " ", "_"), s.POS, s.Offset)
}

// Lemmas lists the synset's words.
func (s *Synset) Lemmas() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Lemma
	}
	return out
}

// ParseDataLine parses one synset line of a data.* file. Lines that begin
// with a space (the license header) must be skipped by the caller.
func ParseDataLine(line string) (*Synset, error) {
	body, gloss, _ := strings.Cut(line, "|")
	f := strings.Fields(body)
	bad := func(what string) (*Synset, error) {
		return nil, fmt.Errorf("wordnet: bad data line (%s): %.60q", what, line)
	}
	if len(f) < 4 {
		return bad("too short")
	}
	var s Synset
	var err error
	if s.Offset, err = strconv.Atoi(f[0]); err != nil {
		return bad("offset")
	}
	if s.LexFile, err = strconv.Atoi(f[1]); err != nil {
		return bad("lex_filenum")
	}
	if len(f[2]) != 1 {
		return bad("ss_type")
	}
	s.POS = f[2][0]
	wc, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return bad("w_cnt")
	}
	i := 4
	for n := 0; n < int(wc); n++ {
		if i+1 >= len(f) {
			return bad("words")
		}
		w := f[i]
		if k := strings.IndexByte(w, '('); k > 0 && strings.HasSuffix(w, ")") {
			w = w[:k] // adjective syntactic marker
		}
		id, err := strconv.ParseInt(f[i+1], 16, 32)
		if err != nil {
			return bad("lex_id")
		}
		s.Words = append(s.Words, Word{Lemma: strings.ReplaceAll(w, "_", " "), LexID: int(id)})
		i += 2
	}
	if i >= len(f) {
		return bad("p_cnt")
	}
	pc, err := strconv.Atoi(f[i])
	if err != nil {
		return bad("p_cnt")
	}
	i++
	for n := 0; n < pc; n++ {
		if i+3 >= len(f) {
			return bad("pointers")
		}
		off, err := strconv.Atoi(f[i+1])
		if err != nil || len(f[i+2]) != 1 || len(f[i+3]) != 4 {
			return bad("pointer")
		}
		src, err1 := strconv.ParseInt(f[i+3][:2], 16, 32)
		tgt, err2 := strconv.ParseInt(f[i+3][2:], 16, 32)
		if err1 != nil || err2 != nil {
			return bad("pointer source/target")
		}
		s.Ptrs = append(s.Ptrs, Pointer{Symbol: f[i], Offset: off, POS: f[i+2][0], Src: int(src), Tgt: int(tgt)})
		i += 4
	}
	// Verb frames (f_cnt + f_num w_num) follow for verbs; they are not needed.
	s.Gloss = strings.TrimSpace(gloss)
	return &s, nil
}

// DB holds the synsets and index of a WordNet database.
type DB struct {
	syn   map[byte]map[int]*Synset // by file part of speech (n v a r) then offset
	index map[string][]int         // "lemma/pos" -> offsets in sense order
	exc   map[string]string        // "form/pos" -> base form
}

var posFiles = map[byte]string{'n': "noun", 'v': "verb", 'a': "adj", 'r': "adv"}

// filePOS maps the satellite adjective type to the adjective files.
func filePOS(p byte) byte {
	if p == 's' {
		return 'a'
	}
	return p
}

// Load reads data.*, index.* and *.exc from dir. Missing parts of speech
// are allowed (a fixture may have only verbs and nouns); missing data for
// all of them is an error.
func Load(dir string) (*DB, error) {
	db := &DB{syn: map[byte]map[int]*Synset{}, index: map[string][]int{}, exc: map[string]string{}}
	found := 0
	for p, name := range posFiles {
		f, err := os.Open(filepath.Join(dir, "data."+name))
		if os.IsNotExist(err) {
			continue
		} else if err != nil {
			return nil, err
		}
		found++
		m, err := readData(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("data.%s: %w", name, err)
		}
		db.syn[p] = m
		if f, err := os.Open(filepath.Join(dir, "index."+name)); err == nil {
			err = db.readIndex(f, p)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("index.%s: %w", name, err)
			}
		}
		if f, err := os.Open(filepath.Join(dir, name+".exc")); err == nil {
			db.readExc(f, p)
			f.Close()
		}
	}
	if found == 0 {
		return nil, fmt.Errorf("no WordNet data.* files in %s", dir)
	}
	return db, nil
}

func readData(r io.Reader) (map[int]*Synset, error) {
	m := map[int]*Synset{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		s, err := ParseDataLine(line)
		if err != nil {
			return nil, err
		}
		m[s.Offset] = s
	}
	return m, sc.Err()
}

// ParseIndexLine parses one line of an index.* file:
// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
func ParseIndexLine(line string) (lemma string, pos byte, offsets []int, err error) {
	f := strings.Fields(line)
	if len(f) < 6 {
		return "", 0, nil, fmt.Errorf("wordnet: bad index line: %.60q", line)
	}
	n, err := strconv.Atoi(f[2])
	if err != nil {
		return "", 0, nil, fmt.Errorf("wordnet: bad synset_cnt: %.60q", line)
	}
	if len(f) < n {
		return "", 0, nil, fmt.Errorf("wordnet: short index line: %.60q", line)
	}
	for _, o := range f[len(f)-n:] {
		off, err := strconv.Atoi(o)
		if err != nil {
			return "", 0, nil, fmt.Errorf("wordnet: bad offset in index line: %.60q", line)
		}
		offsets = append(offsets, off)
	}
	return strings.ReplaceAll(f[0], "_", " "), f[1][0], offsets, nil
}

func (db *DB) readIndex(r io.Reader, p byte) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		lemma, _, offs, err := ParseIndexLine(line)
		if err != nil {
			return err
		}
		db.index[lemma+"/"+string(p)] = offs
	}
	return sc.Err()
}

func (db *DB) readExc(r io.Reader, p byte) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 {
			db.exc[strings.ReplaceAll(f[0], "_", " ")+"/"+string(p)] = strings.ReplaceAll(f[1], "_", " ")
		}
	}
}

// Base returns the base form of an inflected word from the exception list
// ("took" -> "take"), or the word itself.
func (db *DB) Base(word string, pos byte) string {
	if b, ok := db.exc[word+"/"+string(filePOS(pos))]; ok {
		return b
	}
	return word
}

// Synset returns the synset at offset for a part of speech.
func (db *DB) Synset(pos byte, offset int) *Synset {
	return db.syn[filePOS(pos)][offset]
}

// Senses returns the synsets of a lemma in sense order.
func (db *DB) Senses(lemma string, pos byte) []*Synset {
	var out []*Synset
	for _, off := range db.index[strings.ToLower(lemma)+"/"+string(filePOS(pos))] {
		if s := db.Synset(pos, off); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// Sense resolves "lemma.pos.N" (N counted from 1, as in the wn tool), e.g.
// "meet.v.2" or "make_up.v.8".
func (db *DB) Sense(key string) (*Synset, error) {
	parts := strings.Split(key, ".")
	if len(parts) != 3 || len(parts[1]) != 1 {
		return nil, fmt.Errorf("bad sense key %q (want lemma.pos.N)", key)
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 1 {
		return nil, fmt.Errorf("bad sense number in %q", key)
	}
	ss := db.Senses(strings.ReplaceAll(parts[0], "_", " "), parts[1][0])
	if n > len(ss) {
		return nil, fmt.Errorf("sense key %q: only %d senses", key, len(ss))
	}
	return ss[n-1], nil
}
