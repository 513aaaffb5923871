package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Model is a trained tagger, lemmatizer and parser. Safe for concurrent use.
type Model struct {
	tags      []tagClass
	tagIndex  map[tagClass]int
	xposIndex map[string]int // the most frequent class of each Penn tag
	uposIndex map[string]int
	isPunct   []bool // by tag class
	// notForVerbless marks the classes a word of no verb may not take:
	// all but nouns, adjectives and adverbs.
	notForVerbless []bool
	labels         []string
	rootLabel      int
	hybrid         bool // the parser is arc-hybrid, else arc-eager
	tagW           *weights
	parseW         *weights // transitions: shift, and left and right arcs with their labels
	lemmas         *lemmatizer
	lexicon        map[string]lexEntry // what training says of each word (lower-cased, normalized)
	lexCounts      lexCounts           // in training: the counts behind lexicon
	info           ModelInfo
	pool           sync.Pool // *workspace

	// limits bound the tagger's reading of words the treebank lacks:
	// notForVerbless, and the classes of verbs (verbClass) and those
	// after which a word begins or goes on with a noun phrase (a
	// determiner, an adjective, a number, a possessive, a preposition:
	// nounOpener); an only-verb word is read as a verb after any other.
	limits *tagLimits
}

// ModelInfo describes how a model was trained.
type ModelInfo struct {
	Credit      string       `json:"credit"`
	License     string       `json:"license"`
	Options     TrainOptions `json:"options"`
	TagEpochs   int          `json:"tag_epochs"`   // epochs of the final tagger
	ParseEpochs int          `json:"parse_epochs"` // epochs of the parser kept
	Dev         *Scores      `json:"dev,omitempty"`
	Train       struct {
		Sentences int `json:"sentences"`
		Words     int `json:"words"`
		Lifted    int `json:"lifted_arcs"` // non-projective arcs lifted for training
	} `json:"train"`
	TagFeatures   int `json:"tag_features"`
	ParseFeatures int `json:"parse_features"`
}

// Credit and license of the data the models are trained on.
const (
	DataCredit  = "Universal Dependencies English Web Treebank, Silveira et al. 2014, CC BY-SA 4.0"
	DataLicense = "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
)

// Info returns how the model was trained.
func (m *Model) Info() ModelInfo { return m.info }

//go:embed model.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model, trained on the Universal
// Dependencies English Web Treebank, loading it on first use. It panics
// only if the embedded file is corrupt.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Load(bytes.NewReader(embedded))
		if err != nil {
			panic(fmt.Sprintf("syntax: embedded model: %v", err))
		}
		defaultModel = m
	})
	return defaultModel
}

const modelMagic = "powermap syntax model 1\n"

// Save writes the model, gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	putS := func(s string) {
		putU(uint64(len(s)))
		bw.WriteString(s)
	}
	bw.WriteString(modelMagic)
	info, err := json.Marshal(m.info)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	putS(string(info))
	putU(uint64(len(m.tags)))
	for _, t := range m.tags {
		putS(t.UPOS)
		putS(t.XPOS)
	}
	putU(uint64(len(m.labels)))
	for _, l := range m.labels {
		putS(l)
	}
	lex := m.lemmas.entries()
	putU(uint64(len(lex)))
	for _, e := range lex {
		putS(e[0])
		putS(e[1])
	}
	words := make([]string, 0, len(m.lexicon))
	for w := range m.lexicon {
		words = append(words, w)
	}
	sort.Strings(words)
	putU(uint64(len(words)))
	for _, w := range words {
		e := m.lexicon[w]
		putS(w)
		b := []byte{e.caps}
		if e.fixed >= 0 {
			b = []byte{e.caps | 0x80, byte(e.fixed)}
		}
		putS(string(append(b, e.classes...)))
	}
	if err := m.tagW.writeTo(bw); err != nil {
		return err
	}
	if err := m.parseW.writeTo(bw); err != nil {
		return err
	}

	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	return m, nil
}

func readModel(br *bufio.Reader) (*Model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a powermap syntax model")
	}
	getU := func() (uint64, error) { return binary.ReadUvarint(br) }
	getS := func() (string, error) {
		n, err := getU()
		if err != nil {
			return "", err
		}
		if n > 1<<24 {
			return "", fmt.Errorf("string of %d bytes", n)
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b), err
	}
	m := &Model{}
	s, err := getS()
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(s), &m.info); err != nil {
		return nil, fmt.Errorf("model info: %w", err)
	}
	n, err := getU()
	if err != nil || n == 0 || n > 255 {
		return nil, fmt.Errorf("tag classes: %d %v", n, err)
	}
	tags := make([]tagClass, n)
	for i := range tags {
		if tags[i].UPOS, err = getS(); err != nil {
			return nil, err
		}
		if tags[i].XPOS, err = getS(); err != nil {
			return nil, err
		}
	}
	n, err = getU()
	if err != nil || n == 0 || n > 64 {
		return nil, fmt.Errorf("relations: %d %v", n, err)
	}
	labels := make([]string, n)
	for i := range labels {
		if labels[i], err = getS(); err != nil {
			return nil, err
		}
	}
	n, err = getU()
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("lexicon: %d %v", n, err)
	}
	lz := &lemmatizer{lex: make(map[string]string, n)}
	for i := uint64(0); i < n; i++ {
		k, err := getS()
		if err != nil {
			return nil, err
		}
		v, err := getS()
		if err != nil {
			return nil, err
		}
		lz.lex[k] = v
	}
	lz.fillKnown()
	n, err = getU()
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("tag lexicon: %d %v", n, err)
	}
	lexicon := make(map[string]lexEntry, n)
	for i := uint64(0); i < n; i++ {
		w, err := getS()
		if err != nil {
			return nil, err
		}
		cs, err := getS()
		if err != nil {
			return nil, err
		}
		if cs == "" || cs[0]&0x7f > 4 || cs[0]&0x80 != 0 && len(cs) < 2 {
			return nil, errors.New("tag lexicon: bad entry")
		}
		e := lexEntry{caps: cs[0] & 0x7f, fixed: -1}
		if cs[0]&0x80 != 0 {
			e.fixed = int(cs[1])
			cs = cs[1:]
		}
		for _, c := range []byte(cs[1:]) {
			if int(c) >= len(tags) {
				return nil, fmt.Errorf("tag lexicon: class %d of %d", c, len(tags))
			}
		}
		if e.fixed >= len(tags) {
			return nil, fmt.Errorf("tag lexicon: class %d of %d", e.fixed, len(tags))
		}
		e.classes = []uint8(cs[1:])
		e.amb = ambiguity(e.classes)
		lexicon[w] = e
	}
	tw, err := readWeights(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	pw, err := readWeights(br)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if tw.nClasses != len(tags) || pw.nClasses != 1+2*len(labels) && pw.nClasses != 2+2*len(labels) {
		return nil, errors.New("weights do not fit the tag and relation sets")
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("trailing data")
	}
	if err := m.init(tags, labels, lz, tw, pw); err != nil {
		return nil, err
	}
	m.hybrid = pw.nClasses == 1+2*len(labels)
	m.setLexicon(lexicon)
	return m, nil
}

// skipLeftArcs lets the parser's decisions leave out the weights of the
// left arcs (classes 1 to the number of labels) when no left arc is
// allowed; decide does so for the arc-eager system only.
func (m *Model) skipLeftArcs() {
	if m.parseW != nil {
		m.parseW.skipClasses(1, 1+len(m.labels))
	}
}

// init sets the model's parts and the indexes derived from them.
func (m *Model) init(tags []tagClass, labels []string, lz *lemmatizer, tw, pw *weights) error {
	m.tags, m.labels, m.lemmas, m.tagW, m.parseW = tags, labels, lz, tw, pw
	m.skipLeftArcs()
	m.tagIndex = map[tagClass]int{}
	m.xposIndex = map[string]int{}
	m.uposIndex = map[string]int{}
	m.isPunct = make([]bool, len(tags))
	m.notForVerbless = make([]bool, len(tags))
	m.limits = &tagLimits{notVerbless: m.notForVerbless, verbClass: make([]bool, len(tags)), nounOpener: make([]bool, len(tags))}
	for i, t := range tags {
		m.tagIndex[t] = i
		// tags are sorted by decreasing frequency: keep the first
		if _, ok := m.xposIndex[t.XPOS]; !ok {
			m.xposIndex[t.XPOS] = i
		}
		if _, ok := m.uposIndex[t.UPOS]; !ok {
			m.uposIndex[t.UPOS] = i
		}
		m.isPunct[i] = t.UPOS == "PUNCT"
		m.notForVerbless[i] = t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "ADJ" && t.UPOS != "ADV"
		m.limits.verbClass[i] = t.UPOS == "VERB"
		m.limits.nounOpener[i] = t.UPOS == "DET" || t.UPOS == "ADJ" || t.UPOS == "NUM" || t.UPOS == "ADP" ||
			t.XPOS == "PRP$" || t.XPOS == "WP$" || t.XPOS == "POS"
	}
	m.rootLabel = -1
	for i, l := range labels {
		if l == "root" {
			m.rootLabel = i
		}
	}
	if m.rootLabel < 0 {
		return errors.New(`no "root" relation`)
	}
	return nil
}

// setLexicon sets the tag lexicon.
func (m *Model) setLexicon(lex map[string]lexEntry) {
	for w, e := range lex {
		e.amb = ambiguity(e.classes)
		lex[w] = e
	}
	m.lexicon = lex
}

// nActions returns the number of parser actions: shift, left and right
// arcs with each relation, and for arc-eager reduce.
func (m *Model) nActions() int {
	if m.hybrid {
		return 1 + 2*len(m.labels)
	}
	return 2 + 2*len(m.labels)
}

// workspace holds the buffers of one Tag or Parse call.
type workspace struct {
	words  []wordInfo
	tags   []int
	lemmaH []uint64
	keys   []uint64
	scores []int32
	ok     []bool
	st     pstate
}

func (m *Model) getWorkspace() *workspace {
	if ws, ok := m.pool.Get().(*workspace); ok {
		return ws
	}
	ws := &workspace{scores: newScores(256), ok: make([]bool, m.nActions())}
	ws.st.hybrid = m.hybrid
	return ws
}

func (m *Model) setWords(ws *workspace, toks []Token) {
	ws.words = ws.words[:0]
	for i := range toks {
		ws.words = append(ws.words, newWordInfo(toks[i].Form))
	}
	for i := range ws.words {
		if e, ok := m.lexicon[ws.words[i].key]; ok {
			ws.words[i].setLexEntry(e)
		} else if noVerbReading(ws.words[i].key) && (i == 0 || !beforeBareVerb[ws.words[i-1].key]) {
			ws.words[i].verbless = true
		} else if onlyVerbReading(ws.words[i].key) {
			ws.words[i].onlyVerb = true
		}
	}
	if cap(ws.tags) < len(toks) {
		ws.tags = make([]int, len(toks))
	}
	ws.tags = ws.tags[:len(toks)]
}

// Tag fills the UPOS, XPOS and Lemma of toks.
func (m *Model) Tag(toks []Token) { m.TagNames(toks, nil) }

// TagNames tags and lemmatizes toks as Tag does, with the tokens at
// names known to be proper names before the tag repairs read them
// ("Varden Mutual named Dorn …": a participle after a name is a past
// tense).
func (m *Model) TagNames(toks []Token, names []int) {
	if len(toks) == 0 {
		return
	}
	ws := m.getWorkspace()
	defer m.pool.Put(ws)
	m.setWords(ws, toks)
	m.tagOnly(ws, toks)
	for _, i := range names {
		if i >= 0 && i < len(toks) {
			toks[i].UPOS, toks[i].XPOS, toks[i].Lemma = "PROPN", "NNP", toks[i].Form
		}
	}
	m.fixTags(toks)
}

func (m *Model) tag(ws *workspace, toks []Token) {
	m.tagOnly(ws, toks)
	m.fixTags(toks)
}

// tagOnly tags and lemmatizes toks without the repairs of fixTags.
func (m *Model) tagOnly(ws *workspace, toks []Token) {
	ws.keys = tagSentence(m.tagW, len(m.tags), ws.words, ws.tags, ws.keys, ws.scores[:len(m.tags)], m.limits)
	for i := range toks {
		c := m.tags[ws.tags[i]]
		toks[i].UPOS, toks[i].XPOS = c.UPOS, c.XPOS
		toks[i].Lemma = m.lemmas.lemma(toks[i].Form, c.UPOS, c.XPOS)
	}
}

// determinedNoun reports whether token i follows an article or a
// possessive determiner, past adjectives only: a place where English has
// a noun.
func determinedNoun(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 {
		if toks[k].UPOS == "ADJ" {
			k--
			continue
		}
		// A hyphenated modifier ("their long-running feud", "a
		// three-year contract") counts as an adjective.
		if k >= 2 && toks[k-1].XPOS == "HYPH" && toks[k-1].Start == toks[k-2].End && toks[k].Start == toks[k-1].End {
			k -= 3
			continue
		}
		if k >= 1 && toks[k].XPOS == "HYPH" && toks[k].Start == toks[k-1].End {
			k -= 2
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "a", "an", "the", "his", "her", "their", "its", "our", "my", "your":
		return toks[k].UPOS == "DET" || toks[k].XPOS == "PRP$"
	}
	return false
}

// isCapitalized reports whether w starts with an ASCII capital letter.
func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// isLowerWord reports whether w is all lower-case ASCII letters.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// Lemma returns the lemma of form read with the given tags.
func (m *Model) Lemma(form, upos, xpos string) string { return m.lemmas.lemma(form, upos, xpos) }

// timeUnits and relativeTimeWords make a span of time counted from
// another: "hours later", "days earlier", "weeks after".
var (
	timeUnits         = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true}
	relativeTimeWords = map[string]bool{"later": true, "earlier": true, "after": true, "before": true, "ago": true}
)

// subjectPronouns are the personal pronouns in the subject's case.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// fixedPrepositions are words that, before a noun phrase, are only ever
// prepositions.
var fixedPrepositions = map[string]bool{"over": true, "with": true, "at": true, "from": true, "into": true, "during": true, "amid": true,
	"despite": true, "against": true, "among": true, "between": true, "without": true, "toward": true, "towards": true}

// quantifierAfterSubject words may stand between a subject and its verb:
// "A and B both endorsed C".
var quantifierAfterSubject = map[string]bool{"both": true, "all": true, "each": true, "also": true, "jointly": true, "together": true}

// PastTense reports whether lower-case w is a past tense: in -ed, an
// irregular past, or one the treebank uses ("set", "put").
func (m *Model) PastTense(w string) bool { return PastForm(w) || m.irregularPast(w) }

// irregularPast reports whether w is a past tense the treebank uses
// that does not end in -ed ("set", "put", "met").
func (m *Model) irregularPast(w string) bool {
	_, ok := m.lemmas.lex[lexKey(w, "VBD")]
	return ok && !strings.HasSuffix(w, "ed")
}

// nameAfterNoun reports whether toks[k:] open with a singular common noun,
// perhaps after an adjective, and then a proper noun: "former protégé
// Jonas", "husband Tom".
func nameAfterNoun(toks []Token, k int) bool {
	if k < len(toks) && toks[k].UPOS == "ADJ" {
		k++
	}
	return k+1 < len(toks) && toks[k].XPOS == "NN" && toks[k+1].UPOS == "PROPN"
}

// possessiveDeterminer words own the noun after them.
var possessiveDeterminer = map[string]bool{"his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true}

// complexPreposition words open a preposition of two words with "of" or
// "to" ("ahead of", "prior to").
var complexPreposition = map[string]bool{"ahead": true, "instead": true, "prior": true, "because": true, "regardless": true, "irrespective": true}

// causatives have their object do a deed: "had Kell back her up".
var causatives = map[string]bool{"have": true, "let": true, "make": true, "help": true, "watch": true, "see": true}

// causedBefore reports whether the words before token i are a causative
// verb and its object, names and pronouns coordinated ("had her deputy
// Kell and spokeswoman Moss …").
func causedBefore(toks []Token, i int) bool {
	j := i - 1
	for j > 0 && i-j < 10 {
		switch t := toks[j]; {
		case t.UPOS == "PROPN" || t.UPOS == "PRON" || t.UPOS == "CCONJ" || t.UPOS == "DET" || t.Form == ",":
			j--
			continue
		}
		break
	}
	return j < i-1 && causatives[toks[j].Lemma]
}

// ownerWords are possessive determiners that cannot be object pronouns
// ("her" can).
var ownerWords = map[string]bool{"its": true, "his": true, "their": true, "our": true, "my": true, "your": true}

// finiteAfter reports whether a finite verb stands at token k, or after
// one adverb.
func finiteAfter(toks []Token, k int) bool {
	if k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k < len(toks) && (toks[k].XPOS == "VBD" || toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP" || toks[k].XPOS == "MD")
}

// perceived are participles of seeing after which an -ing word is what
// was seen being done.
var perceived = map[string]bool{"seen": true, "spotted": true, "photographed": true, "pictured": true, "filmed": true, "caught": true, "observed": true, "heard": true, "videotaped": true}

// finiteBefore reports whether a finite verb comes before token k.
func finiteBefore(toks []Token, k int) bool {
	for _, t := range toks[:k] {
		if t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD" {
			return true
		}
	}
	return false
}

// finiteAfterComma reports whether a finite verb follows a comma after
// token k.
func finiteAfterComma(toks []Token, k int) bool {
	comma := false
	for ; k < len(toks); k++ {
		if toks[k].Form == "," {
			comma = true
			continue
		}
		if comma && (toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP" || toks[k].XPOS == "VBD" || toks[k].XPOS == "MD") {
			return true
		}
	}
	return false
}

// groupNouns name two or more people spoken of before ("the pair", "the
// two men").
var groupNouns = map[string]bool{"pair": true, "duo": true, "trio": true, "men": true, "women": true, "two": true, "three": true, "leaders": true, "rivals": true, "sisters": true, "brothers": true}

// lightVerbs take a noun that names the doing ("held talks", "had
// lunch").
var lightVerbs = map[string]bool{"hold": true, "have": true, "host": true, "resume": true, "begin": true, "open": true, "conduct": true}

// groupSubjectBefore reports whether a group of people named as such
// ("the pair", "the two", "the three", "the two men") or another plural
// noun that no later finite verb may take as subject stands right before
// token i, perhaps with an adverb between, at the start of the sentence
// or of a clause after a comma.
func groupSubjectBefore(toks []Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].XPOS == "RB" {
		k-- // "the two quietly patched things up"
	}
	if k >= 2 && strings.EqualFold(toks[k].Form, "them") && strings.EqualFold(toks[k-1].Form, "of") {
		k -= 2 // "the three of them gathered at …"
	}
	if k < 1 {
		return false
	}
	if !groupNouns[strings.ToLower(toks[k].Form)] {
		// Another plural noun ("…, the cousins reconciled in May") only
		// where no finite verb follows for it to be the subject of — or
		// counted ("the three investors gathered at …").
		if toks[k].XPOS != "NNS" || toks[k-1].UPOS != "NUM" && slices.ContainsFunc(toks[i+1:], func(x Token) bool {
			return x.XPOS == "VBD" || x.XPOS == "VBZ" || x.XPOS == "VBP" || x.XPOS == "MD"
		}) {
			return false
		}
	}
	j := k - 1
	if j >= 1 && toks[j].UPOS == "NUM" {
		j-- // "the two men"
	}
	return strings.EqualFold(toks[j].Form, "the") && (j == 0 || toks[j-1].Form == "," || fronting[strings.ToLower(toks[j-1].Form)] || weekdays[strings.ToLower(toks[j-1].Form)])
}

// fronting are words a fronted time phrase ends with, before a clause's
// subject without a comma ("Last month the three investors gathered").
var fronting = map[string]bool{"month": true, "week": true, "year": true, "night": true, "morning": true, "evening": true, "afternoon": true, "weekend": true, "later": true, "then": true, "now": true}

// conditionVerb reports whether token i, tagged a noun, is the verb of a
// clause of condition or time: right after a plural noun (with a
// determiner, adjectives or nouns before it, or none) that follows
// "unless", "if", "once" or "when"; a lower-case word the treebank or
// WordNet uses as a verb; ending the clause or leading into a phrase
// ("resume on Monday"), not followed by more of a noun phrase ("if sales
// tax rises"), and with no finite verb after it in its clause.
func conditionVerb(m *Model, toks []Token, i int) bool {
	if i < 2 || toks[i-1].XPOS != "NNS" || !isLowerWord(toks[i].Form) || !(m.SeenAsVerb(toks[i].Form) || wordnetVerbs[toks[i].Form]) {
		return false
	}
	k := i - 2
	for k > 0 && k > i-5 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].XPOS == "NN" || toks[k].XPOS == "PRP$") {
		k-- // ("unless wage talks resume", "if its members vote")
	}
	if !conditionMarks[strings.ToLower(toks[k].Form)] {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].UPOS {
		case "PUNCT", "ADP", "ADV", "DET", "PART", "SCONJ", "CCONJ":
		default:
			return false
		}
	}
	for k := i + 1; k < len(toks) && toks[k].Form != "," && toks[k].Form != ";"; k++ {
		if toks[k].XPOS == "VBD" || toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP" || toks[k].XPOS == "MD" {
			return false // "when the workers fund at Varn ran dry": the clause has its verb
		}
	}
	return true
}

// conditionMarks open a clause of condition or time, never a phrase ("until
// the playoffs", "after the sports camp" are phrases).
var conditionMarks = map[string]bool{"unless": true, "if": true, "once": true, "when": true}

// IsQuoteMark reports whether w is a double quotation mark (single ones
// are apostrophes too).
func IsQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// saidBefore reports whether a verb of saying comes before token i with
// no other verb between: "said in an interview on Saturday that …".
func saidBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return sayLemmas[toks[k].Lemma]
		}
	}
	return false
}

// sayLemmas report what someone said.
var sayLemmas = map[string]bool{"say": true, "report": true, "demand": true, "urge": true, "propose": true, "recommend": true, "tell": true, "write": true, "argue": true, "claim": true, "insist": true, "allege": true, "charge": true, "assert": true, "add": true, "note": true, "declare": true, "announce": true, "warn": true, "suggest": true, "deny": true, "acknowledge": true, "admit": true, "complain": true}

// weekdays name the days of the week, lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// particles complete phrasal verbs: "back her up".
var particles = map[string]bool{"up": true, "down": true, "off": true, "out": true, "in": true, "over": true}

// presentSubject reports whether token i follows a pronoun that takes
// a verb in the plain present ("I", "we", "you", "they"), right before
// it or before one adverb in -ly ("I fully back …").
func presentSubject(toks []Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].UPOS == "ADV" && strings.HasSuffix(strings.ToLower(toks[k].Form), "ly") {
		k--
	}
	switch strings.ToLower(toks[k].Form) {
	case "i", "we", "you", "they":
		return k == 0 || toks[k-1].UPOS == "PUNCT" || toks[k-1].UPOS == "CCONJ" || toks[k-1].UPOS == "SCONJ"
	}
	return false
}

// fixTags corrects tags that English grammar rules out and the treebank
// is too small to teach: a word after a determined sum of money ("a
// $90,000 check", "his $2 million pledge") is a noun the sum modifies,
// never a base or present-tense verb; an affix ("post" of "post-war")
// is joined to a hyphen, else it is a noun ("her post as chair").
func (m *Model) fixTags(toks []Token) {
	verb, finite := false, false
	for _, t := range toks {
		verb = verb || t.UPOS == "VERB" || t.UPOS == "AUX"
		finite = finite || t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD"
	}
	for i := range toks {
		t := &toks[i]
		if i == 0 && t.XPOS == "VBZ" && m.CommonNoun(t.Form) && slices.ContainsFunc(toks[1:], func(x Token) bool {
			return x.XPOS == "VBD" || x.XPOS == "VBZ" || x.XPOS == "VBP" || x.XPOS == "MD"
		}) {
			// "Reports that she would step down were false", "Plans to
			// name him were shelved": a sentence does not open with a
			// verb that agrees with a subject it lacks; the word is the
			// plural noun.
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NNS", m.lemmas.lemma(t.Form, "NOUN", "NNS")
			continue
		}
		if (t.XPOS == "VBN" || t.XPOS == "JJ") && !finite && i+2 < len(toks) && PastForm(strings.ToLower(t.Form)) && timeUnits[strings.ToLower(toks[i+1].Form)] && relativeTimeWords[strings.ToLower(toks[i+2].Form)] {
			// "Its chief executive, Rosa Kemp, resigned hours later":
			// in a sentence with no other finite verb, a past before a
			// span of time counted from another is the verb, not an
			// adjective of the span.
			t.UPOS, t.XPOS = "VERB", "VBD"
			t.Lemma = m.lemmas.lemma(t.Form, "VERB", "VBD")
			finite = true
			continue
		}
		if (t.UPOS == "ADV" || t.UPOS == "NOUN" || t.UPOS == "ADJ") && i > 0 && i+1 < len(toks) && isLowerWord(t.Form) && m.SeenAsVerb(t.Form) &&
			(toks[i+1].UPOS == "PROPN" || toks[i+1].UPOS == "DET" || toks[i+1].XPOS == "PRP") && presentSubject(toks, i) {
			// "I fully back Hal Mertz", "We back Ekholm all the way":
			// after a subject pronoun (and an adverb), before its
			// object, the verb in the present.
			t.UPOS, t.XPOS = "VERB", "VBP"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if strings.EqualFold(t.Form, "close") && t.UPOS != "ADJ" && i > 0 && i+1 < len(toks) && strings.EqualFold(toks[i+1].Form, "to") && (toks[i-1].UPOS == "NOUN" || toks[i-1].UPOS == "PRON") {
			// "People close to both men said …", "a source close to the
			// mayor": nearness said of the noun before, no verb.
			t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", "close"
			continue
		}
		if strings.EqualFold(t.Form, "further") && i > 0 && i+1 < len(toks) && (strings.EqualFold(toks[i-1].Form, "a") || strings.EqualFold(toks[i-1].Form, "an")) && (toks[i+1].XPOS == "$" || toks[i+1].XPOS == "CD") {
			// "gave a further $500,000": an adjective, as "additional"
			t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", "further"
			continue
		}
		if i+1 < len(toks) && toks[i+1].Form == "$" && t.End == toks[i+1].Start && len(t.Form) <= 3 && strings.ToUpper(t.Form) == t.Form && strings.ToLower(t.Form) != t.Form {
			// "A$500,000", "NZ$2 million": the letters name the dollar
			// (not the article "a").
			t.UPOS, t.XPOS, t.Lemma = "PROPN", "NNP", t.Form
			continue
		}
		if t.XPOS == "VBN" && i > 0 && subjectPronouns[strings.ToLower(toks[i-1].Form)] && strings.HasSuffix(t.Form, "ed") {
			// "It named Owen Blake its chief executive": right after a
			// subject pronoun, with no auxiliary, a past tense (a
			// pronoun takes no participle after it).
			t.XPOS = "VBD"
			continue
		}
		if (t.Form == "'s" || t.Form == "’s") && t.UPOS == "AUX" && i > 0 && toks[i-1].UPOS == "PROPN" && i+1 < len(toks) && (toks[i+1].Form == "$" || toks[i+1].Form == "€" || toks[i+1].Form == "£" || toks[i+1].UPOS == "NUM") {
			// "Cheng Weiming's $2 million contribution": a possessive
			// before a sum, not "is".
			t.UPOS, t.XPOS, t.Lemma = "PART", "POS", "'s"
			continue
		}
		if (t.UPOS == "ADJ" || t.XPOS == "VBN") && strings.Contains(t.Form, "-") && isLowerWord(strings.ReplaceAll(t.Form, "-", "")) && (determinedNoun(toks, i) || i > 0 && toks[i-1].XPOS == "POS") && (i+1 == len(toks) || toks[i+1].UPOS == "ADP" || toks[i+1].UPOS == "PUNCT") {
			// "a rare sit-down between …", "the shake-up at …": a
			// hyphenated word where English has a noun.
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
			continue
		}
		if i == 0 && (t.XPOS == "VBD" || t.XPOS == "VBN") && strings.HasSuffix(strings.ToLower(t.Form), "ed") && len(toks) > 3 && (toks[1].XPOS == "NNS" || toks[1].XPOS == "NN") &&
			slices.ContainsFunc(toks[2:], func(x Token) bool {
				return x.XPOS == "VBD" || x.XPOS == "VBZ" || x.XPOS == "VBP" || x.XPOS == "MD"
			}) {
			// "Planned talks between … were called off": a participle
			// opening the sentence before a noun and a finite verb
			// describes the noun.
			t.UPOS, t.XPOS = "VERB", "VBN"
			continue
		}
		if (t.UPOS == "NOUN" && t.XPOS == "NN" || t.XPOS == "NNP") && i > 0 && toks[i-1].XPOS == "MD" && isLowerWord(t.Form) && i+1 < len(toks) && (m.SeenAsVerb(t.Form) || wordnetVerbs[t.Form] || toks[i+1].UPOS == "PART") && (toks[i+1].UPOS == "PART" || toks[i+1].UPOS == "ADP" || toks[i+1].UPOS == "DET" || toks[i+1].UPOS == "PROPN" || toks[i+1].UPOS == "PRON" || toks[i+1].XPOS == "$") {
			// "his papers would campaign to unseat …": after a modal, the
			// verb's base form.
			t.UPOS, t.XPOS = "VERB", "VB"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if t.XPOS == "NN" && i > 1 && toks[i-1].UPOS == "NUM" && strings.EqualFold(toks[i-2].Form, "the") && isLowerWord(t.Form) && m.PastTense(t.Form) && !m.CommonNoun(t.Form) {
			// "the two shook hands", "the three met for lunch": a
			// number standing for people, then a past tense the treebank
			// never uses as a noun.
			t.UPOS, t.XPOS = "VERB", "VBD"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if t.XPOS == "NN" && conditionVerb(m, toks, i) {
			// "unless talks resume", "if the members vote": after a
			// plural subject that opens a clause of condition or time,
			// the verb in its plain form.
			t.UPOS, t.XPOS = "VERB", "VBP"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if (t.UPOS == "NOUN" || t.UPOS == "ADJ") && i > 0 && strings.EqualFold(toks[i-1].Form, "having") && isLowerWord(t.Form) && m.SeenAsVerb(t.Form) {
			// "Having quit as finance director …": a perfect participle.
			t.UPOS, t.XPOS = "VERB", "VBN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			toks[i-1].UPOS, toks[i-1].Lemma = "AUX", "have"
			continue
		}
		if t.XPOS == "VBZ" && i > 0 && toks[i-1].UPOS == "VERB" && lightVerbs[toks[i-1].Lemma] && m.CommonNoun(t.Form) {
			// "held talks there with …": what a light verb holds is a
			// noun.
			t.UPOS, t.XPOS = "NOUN", "NNS"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if strings.EqualFold(t.Form, "court") && t.UPOS == "VERB" && i > 0 && strings.EqualFold(toks[i-1].Form, "to") && (i+1 == len(toks) || toks[i+1].UPOS == "PUNCT" || toks[i+1].UPOS == "ADP" || toks[i+1].UPOS == "SCONJ") {
			// "took the company to court, accusing it …": the court one
			// goes to, not a verb without its object.
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", "court"
			toks[i-1].UPOS, toks[i-1].XPOS = "ADP", "IN"
			continue
		}
		if strings.EqualFold(t.Form, "to") && t.UPOS == "ADP" && i > 0 && i+1 < len(toks) && toks[i+1].XPOS == "VB" && toks[i-1].UPOS == "VERB" && isLowerWord(toks[i+1].Form) && !m.CommonNoun(toks[i+1].Form) {
			// "had never threatened to sue …": "to" before a verb's base
			// form after a verb is the infinitive's.
			t.UPOS, t.XPOS = "PART", "TO"
		}
		if t.UPOS == "NOUN" && strings.HasSuffix(t.Form, "ing") && i > 0 && i+1 < len(toks) && strings.EqualFold(toks[i+1].Form, "that") &&
			(toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "PRON" || toks[i-1].UPOS == "NOUN") {
			// "sent a letter to Akana warning that …": a participle
			// before "that" and after its noun reports a clause.
			if l := m.lemmas.lemma(t.Form, "VERB", "VBG"); l != strings.ToLower(t.Form) && m.SeenAsVerb(l) {
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VBG", l
				continue
			}
		}
		if fixedPrepositions[strings.ToLower(t.Form)] && t.UPOS != "ADP" && t.UPOS != "SCONJ" && t.UPOS != "ADV" && i+1 < len(toks) {
			// "caught up with Yusupova over drinks": a preposition before
			// its object is no noun, verb or affix.
			n := &toks[i+1]
			if n.UPOS == "VERB" && (n.XPOS == "VBZ" || n.XPOS == "VBP") && isLowerWord(n.Form) && (i+2 == len(toks) || toks[i+2].UPOS == "ADP" || toks[i+2].UPOS == "PUNCT") {
				// "over drinks in Copenhagen": the verb read there is
				// the preposition's noun.
				n.UPOS, n.XPOS = "NOUN", "NN"
				if n.XPOS == "VBZ" || strings.HasSuffix(n.Form, "s") {
					n.XPOS = "NNS"
				}
				n.Lemma = m.lemmas.lemma(n.Form, n.UPOS, n.XPOS)
			}
			switch n.UPOS {
			case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ":
				t.UPOS, t.XPOS, t.Lemma = "ADP", "IN", strings.ToLower(t.Form)
				continue
			}
		}
		if (t.UPOS == "NOUN" || t.UPOS == "ADJ") && complexPreposition[strings.ToLower(t.Form)] && i+1 < len(toks) && (toks[i+1].Form == "of" || toks[i+1].Form == "to") {
			// "met with Voss ahead of the vote": the first word of a
			// preposition of two words is an adverb, no noun.
			t.UPOS, t.XPOS, t.Lemma = "ADV", "RB", strings.ToLower(t.Form)
			continue
		}
		if t.UPOS == "NOUN" && t.XPOS == "NN" && i > 0 && i+1 < len(toks) && toks[i+1].XPOS == "RP" && isLowerWord(t.Form) && toks[i-1].UPOS != "DET" && toks[i-1].UPOS != "ADJ" && toks[i-1].UPOS != "NUM" && toks[i-1].XPOS != "PRP$" && toks[i-1].XPOS != "POS" {
			// "helped Liu and Pereira patch up their differences": a
			// particle follows its verb, not a noun.
			t.UPOS, t.XPOS = "VERB", "VB"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if t.UPOS == "ADJ" && i > 1 && toks[i-1].Form == "," && toks[i-2].UPOS == "PROPN" && i+1 < len(toks) && toks[i+1].UPOS == "ADP" &&
			isLowerWord(t.Form) && strings.HasSuffix(t.Form, "ed") && (m.SeenAsVerb(t.Form) || wordnetVerbs[m.lemmas.lemma(t.Form, "VERB", "VBN")]) &&
			slices.ContainsFunc(toks[i+1:], func(x Token) bool { return x.XPOS == "VBD" || x.XPOS == "VBZ" || x.XPOS == "VBP" || x.XPOS == "MD" }) {
			// "Sabine Roth, ousted as chief scientist at Vireo, has
			// started …": a past form set off after a name, before a
			// preposition, with the sentence's verb still to come, is a
			// participle clause said of the name.
			t.UPOS, t.XPOS = "VERB", "VBN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if (t.UPOS == "ADJ" || t.UPOS == "NOUN" || t.UPOS == "X") && i > 0 && toks[i-1].UPOS == "PROPN" && isLowerWord(t.Form) {
			if i+1 < len(toks) && strings.EqualFold(toks[i+1].Form, "as") && m.SeenAsVerb(t.Form) {
				// "When Bellini quit as treasurer …": a past after its
				// subject, before the role it left or took.
				t.UPOS, t.XPOS = "VERB", "VBD"
				t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
				continue
			}
			if b, ok := IrregularVerb(t.Form); ok && b != t.Form && !strings.HasSuffix(t.Form, "en") && !m.CommonNoun(t.Form) {
				// "Mancuso swore revenge": an irregular past after its
				// subject.
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VBD", b
				continue
			}
		}
		if t.UPOS == "VERB" && t.XPOS == "VBN" && i > 0 && i+1 < len(toks) && (toks[i-1].UPOS == "PROPN" || isCapitalized(toks[i-1].Form) && toks[i-1].UPOS == "NOUN" || !finite && toks[i-1].UPOS == "NOUN" && toks[i+1].UPOS == "PROPN") && (toks[i+1].UPOS == "PROPN" || toks[i+1].UPOS == "DET" || toks[i+1].XPOS == "PRP" || !finite) &&
			!(i >= 2 && (toks[i-2].UPOS == "AUX" || toks[i-2].Lemma == "have" || toks[i-2].Lemma == "be")) && toks[0].UPOS != "AUX" && toks[0].Lemma != "have" {
			// (not "Had Bahrami backed Tehrani, …": an auxiliary before
			// the subject)
			// "Whitfield named Voss to lead …": a participle straight
			// after its subject, before an object, is the past tense.
			t.XPOS = "VBD"
			continue
		}
		if t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBN") && i > 0 && i+1 < len(toks) && toks[i+1].UPOS == "NOUN" && possessiveDeterminer[strings.ToLower(toks[i-1].Form)] {
			// "cancelled her planned visit", "his failed bid": a
			// participle between a possessive and its noun modifies it.
			t.UPOS, t.XPOS = "ADJ", "JJ"
			if toks[i-1].UPOS == "PRON" {
				toks[i-1].XPOS = "PRP$"
			}
			continue
		}
		if i >= 2 && i+2 < len(toks) && t.UPOS != "VERB" && isLowerWord(t.Form) && (toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "PRON") &&
			(toks[i+1].UPOS == "PRON" || toks[i+1].UPOS == "PROPN") && particles[strings.ToLower(toks[i+2].Form)] && m.SeenAsVerb(t.Form) && causedBefore(toks, i) {
			// "had Kell back her up": after a causative and its object,
			// a verb split from its particle by its own object.
			t.UPOS, t.XPOS, t.Lemma = "VERB", "VB", strings.ToLower(t.Form)
			toks[i+2].UPOS, toks[i+2].XPOS, toks[i+2].Lemma = "ADP", "RP", strings.ToLower(toks[i+2].Form)
			continue
		}
		if strings.EqualFold(t.Form, "her") && t.XPOS == "PRP$" && i+1 < len(toks) && (toks[i+1].UPOS == "DET" || i+2 < len(toks) && IsQuoteMark(toks[i+1].Form) && toks[i+2].UPOS == "DET") {
			// "reconciled with her this month": a possessive is never
			// followed by an article or demonstrative.
			t.XPOS, t.Lemma = "PRP", "she"
			continue
		}
		if strings.EqualFold(t.Form, "her") && t.XPOS == "PRP" && nameAfterNoun(toks, i+1) {
			// "called her former protégé Jonas Eriksen a fraud", "her
			// husband Tom": a possessive before the noun that a name is
			// set beside.
			t.XPOS, t.Lemma = "PRP$", "her"
			continue
		}
		if strings.EqualFold(t.Form, "as") && t.UPOS == "SCONJ" && i >= 2 && i+1 < len(toks) && (toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "PRON") &&
			toks[i-2].UPOS == "VERB" && (toks[i+1].UPOS == "DET" || toks[i+1].Form == "\"" || toks[i+1].Form == "“") {
			// "praised Iwu as “the only adult in the race”": what the
			// verb holds its object to be, no clause.
			t.UPOS, t.XPOS = "ADP", "IN"
			continue
		}
		if strings.EqualFold(t.Form, "as") && t.UPOS == "ADP" && i > 0 && i+2 < len(toks) && toks[i+1].UPOS == "PROPN" && finiteAfter(toks, i+2) {
			// "Tensions boiled over as Achterhof publicly rebuked …": a
			// clause, not a role.
			t.UPOS, t.XPOS = "SCONJ", "IN"
			continue
		}
		if strings.EqualFold(t.Form, "that") && t.UPOS != "SCONJ" && i >= 2 && weekdays[strings.ToLower(toks[i-1].Form)] && (toks[i-2].UPOS == "VERB" || saidBefore(toks, i) && i+1 < len(toks) && (toks[i+1].UPOS == "PROPN" || toks[i+1].XPOS == "PRP" || toks[i+1].UPOS == "DET")) {
			// "asserted Tuesday that …": a clause after the day the
			// verb's act took place.
			t.UPOS, t.XPOS, t.Lemma = "SCONJ", "IN", "that"
			continue
		}
		if t.XPOS == "VBG" && i > 0 && toks[i-1].XPOS == "TO" && m.lemmas.known[strings.ToLower(t.Form)] {
			// "to swing the race": after "to", a base form that ends
			// in -ing.
			t.XPOS, t.Lemma = "VB", strings.ToLower(t.Form)
			continue
		}
		if t.UPOS == "ADJ" && i >= 2 && toks[i-1].XPOS == "CD" && len(toks[i-1].Form) == 4 && toks[i-2].UPOS == "DET" && isLowerWord(t.Form) &&
			(i+1 == len(toks) || toks[i+1].UPOS == "ADP" || toks[i+1].UPOS == "PUNCT" || toks[i+1].UPOS == "AUX" || toks[i+1].UPOS == "VERB") {
			// "lost the 2022 primary to Greer": after an article and a
			// year, a word no noun follows is the noun.
			t.UPOS, t.XPOS = "NOUN", "NN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if t.XPOS == "VBG" && i > 0 && ownerWords[strings.ToLower(toks[i-1].Form)] && i+1 < len(toks) && toks[i+1].UPOS != "DET" && toks[i+1].UPOS != "PRON" && toks[i+1].UPOS != "PROPN" {
			// "threw its backing behind Reyes": after a possessive, an
			// -ing word with no object is a noun.
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
			if toks[i-1].UPOS == "PRON" {
				toks[i-1].XPOS = "PRP$"
			}
			continue
		}
		if t.XPOS == "VBG" && i > 0 && i+1 < len(toks) && strings.EqualFold(toks[i-1].Form, "on") && toks[i+1].XPOS == "NNS" && strings.EqualFold(toks[i+1].Form, "terms") {
			// "back on speaking terms": a noun's modifier after a
			// preposition.
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
			toks[i-1].UPOS, toks[i-1].XPOS = "ADP", "IN"
			continue
		}
		if t.Form == "\"" {
			// A straight quotation mark opens when a word follows it
			// closely and a space comes before it, and closes the other
			// way round.
			// (Tokens moved by the repairs before tagging leave their
			// neighbours' offsets apart; only a word touching the mark
			// decides.)
			touchBefore := i > 0 && toks[i-1].End == t.Start
			touchAfter := i+1 < len(toks) && toks[i+1].Start == t.End && isWordStart(toks[i+1].Form, 0, len(toks[i+1].Form))
			switch {
			case touchAfter && !touchBefore:
				t.UPOS, t.XPOS = "PUNCT", "``"
			case touchBefore && (i+1 == len(toks) || toks[i+1].Start != t.End):
				t.UPOS, t.XPOS = "PUNCT", "''"
			}
			continue
		}
		if (t.XPOS == "VBG" || t.XPOS == "VBN") && i >= 2 && i+1 < len(toks) && toks[i-1].XPOS == "HYPH" && toks[i-1].Start == toks[i-2].End && t.Start == toks[i-1].End &&
			(toks[i+1].UPOS == "NOUN" || toks[i+1].UPOS == "ADJ") {
			// "their long-running feud", "a hard-fought race": a
			// hyphenated participle before a noun modifies it.
			t.UPOS, t.XPOS = "ADJ", "JJ"
			continue
		}
		if t.UPOS == "NOUN" && strings.HasSuffix(t.Form, "ing") && i > 0 && toks[i-1].XPOS == "VBN" && perceived[strings.ToLower(toks[i-1].Form)] {
			// "were spotted dining together": what was seen being done.
			if l := m.lemmas.lemma(t.Form, "VERB", "VBG"); l != strings.ToLower(t.Form) {
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VBG", l
				continue
			}
		}
		if t.XPOS == "VBD" && strings.HasSuffix(t.Form, "ed") && i >= 3 && toks[i-1].Form == "," && toks[i-2].UPOS == "NOUN" && toks[i-3].UPOS == "DET" && i-3 == 0 && finiteAfterComma(toks, i+1) {
			// "The lawsuit, filed Thursday by Stoltz, accuses …": a
			// participle set off after the subject, whose verb comes
			// after the next comma.
			t.XPOS = "VBN"
			continue
		}
		if t.UPOS == "AUX" && t.Lemma == "have" && i+1 < len(toks) && (toks[i+1].UPOS == "NOUN" || toks[i+1].UPOS == "DET" && i+2 < len(toks) && (toks[i+2].UPOS == "NOUN" || toks[i+2].UPOS == "ADJ")) && i > 0 && toks[i-1].UPOS != "AUX" {
			// "The two men had lunch together": "have" before its object
			// is the verb, no auxiliary.
			t.UPOS = "VERB"
			continue
		}
		if strings.EqualFold(t.Form, "state") && t.UPOS == "VERB" && i > 0 && i+1 < len(toks) && toks[i+1].UPOS == "PROPN" && (fixedPrepositions[strings.ToLower(toks[i-1].Form)] || strings.EqualFold(toks[i-1].Form, "to") || strings.EqualFold(toks[i-1].Form, "for")) {
			// "a check to state Senate candidate Quiroga": the level of
			// government, not the verb.
			t.UPOS, t.XPOS, t.Lemma = "ADJ", "JJ", "state"
			toks[i-1].UPOS, toks[i-1].XPOS = "ADP", "IN"
			continue
		}
		if t.XPOS == "NNS" && !finiteBefore(toks, i) && i > 0 && i+2 < len(toks) && toks[i+1].Form == "to" && toks[i+2].XPOS == "VB" && (toks[i-1].Form == "," || toks[i-1].UPOS == "PROPN") && isLowerWord(t.Form) {
			// "Wrenfield, the software billionaire, plans to give …": a
			// verb in -s before its infinitive where no other verb is.
			if l := m.lemmas.lemma(t.Form, "VERB", "VBZ"); l != t.Form && m.SeenAsVerb(l) {
				t.UPOS, t.XPOS, t.Lemma = "VERB", "VBZ", l
				verb, finite = true, true
				continue
			}
		}
		if t.XPOS == "VBN" && t.UPOS == "VERB" && groupSubjectBefore(toks, i) {
			// "The pair reconnected at …", "The two men met", "…, the
			// two quietly patched things up": people named as a group
			// do, rather than are done to.
			t.XPOS = "VBD"
			continue
		}
		if t.XPOS == "AFX" && (i+1 == len(toks) || toks[i+1].Form != "-" || toks[i+1].Start != t.End) {
			t.UPOS, t.XPOS = "NOUN", "NN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if t.UPOS == "X" && (t.XPOS == "GW" || t.XPOS == "FW") && len(t.Form) > 4 && isLowerWord(t.Form) {
			// An English word the tagger has not seen, by its ending
			// ("extolled", "upbraiding").
			switch {
			case strings.HasSuffix(t.Form, "ed"):
				t.UPOS, t.XPOS = "VERB", "VBD"
			case strings.HasSuffix(t.Form, "ing"):
				t.UPOS, t.XPOS = "VERB", "VBG"
			default:
				continue
			}
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if !finite && i > 0 && (toks[i-1].UPOS == "PROPN" || isCapitalized(toks[i-1].Form) || i > 1 && quantifierAfterSubject[strings.ToLower(toks[i-1].Form)] && toks[i-2].UPOS == "PROPN") &&
			(t.UPOS == "ADJ" || t.UPOS == "NOUN" || t.XPOS == "VBN" && toks[i-1].UPOS == "PROPN") && isLowerWord(t.Form) && (len(t.Form) > 4 && strings.HasSuffix(t.Form, "ed") || m.irregularPast(t.Form) && i+1 < len(toks) && toks[i+1].UPOS != "NOUN") {
			// A sentence needs a finite verb: "Aasen sided with
			// Bhattacharya" read as a name and an adjective ("Donnelly
			// and Foley both endorsed Coyle", "Iyer and Krause set aside
			// …", "Whit ridiculed regulator Brekke on X, posting …" with
			// a participle the only verb).
			t.UPOS, t.XPOS = "VERB", "VBD"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			verb, finite = true, true
			continue
		}
		if t.UPOS == "VERB" && i+1 < len(toks) && toks[i+1].XPOS == "VBN" && (t.Lemma == "have" || t.Lemma == "be") {
			// "she has given", "was named": an auxiliary before a
			// participle.
			t.UPOS = "AUX"
			continue
		}
		if i > 0 && toks[i-1].XPOS == "POS" && (t.UPOS == "ADJ" || t.UPOS == "VERB" && (t.XPOS == "VB" || t.XPOS == "VBP")) && isLowerWord(t.Form) &&
			(i+1 == len(toks) || toks[i+1].UPOS != "NOUN" && toks[i+1].UPOS != "ADJ" && toks[i+1].UPOS != "PROPN" && toks[i+1].UPOS != "NUM") {
			// "Volta Cement's quarry": a possessive with no noun after
			// it is followed by its own.
			t.UPOS, t.XPOS = "NOUN", "NN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if i > 0 && t.UPOS == "VERB" && (t.XPOS == "VB" || t.XPOS == "VBP") && determinedNoun(toks, i) {
			// "a friendly chat", "his last visit": after an article or a
			// possessive (and adjectives) comes a noun, not a verb.
			t.UPOS, t.XPOS = "NOUN", "NN"
			t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
			continue
		}
		if i < 2 || t.UPOS != "VERB" || t.XPOS != "VB" && t.XPOS != "VBP" && t.XPOS != "VBZ" {
			continue
		}
		k := i - 1
		for k >= 0 && toks[k].XPOS == "CD" {
			k--
		}
		if k == i-1 || k < 1 || toks[k].XPOS != "$" {
			continue
		}
		if d := toks[k-1]; d.UPOS != "DET" && d.XPOS != "PRP$" && d.XPOS != "POS" {
			continue
		}
		xpos := "NN"
		if t.XPOS == "VBZ" {
			xpos = "NNS"
		}
		t.UPOS, t.XPOS = "NOUN", xpos
		t.Lemma = m.lemmas.lemma(t.Form, t.UPOS, t.XPOS)
	}
}

// Parse fills the Head and Rel of toks from their forms, tags and lemmas
// (call Tag first, or use Analyze).
func (m *Model) Parse(toks []Token) {
	if len(toks) == 0 {
		return
	}
	ws := m.getWorkspace()
	defer m.pool.Put(ws)
	m.setWords(ws, toks)
	for i := range toks {
		ws.tags[i] = m.classOf(toks[i].UPOS, toks[i].XPOS)
	}
	m.parse(ws, toks)
}

// Analyze tags, lemmatizes and parses toks.
func (m *Model) Analyze(toks []Token) {
	if len(toks) == 0 {
		return
	}
	ws := m.getWorkspace()
	defer m.pool.Put(ws)
	m.setWords(ws, toks)
	m.tag(ws, toks)
	m.parse(ws, toks)
}

// classOf returns the tag class of a tag pair, falling back to the most
// frequent class of the Penn or Universal tag.
func (m *Model) classOf(upos, xpos string) int {
	if c, ok := m.tagIndex[tagClass{upos, xpos}]; ok {
		return c
	}
	if c, ok := m.xposIndex[xpos]; ok {
		return c
	}
	if c, ok := m.uposIndex[upos]; ok {
		return c
	}
	return 0
}

func (m *Model) parse(ws *workspace, toks []Token) {
	st := &ws.st
	n := len(toks)
	st.reset(n)
	ws.lemmaH = ws.lemmaH[:0]
	for i := range toks {
		ws.lemmaH = append(ws.lemmaH, lemmaHash(toks[i].Lemma))
	}
	st.setWords(ws.words, ws.tags, m.isPunct, ws.lemmaH)
	for !st.terminal() {
		var a int
		a, ws.keys = m.decide(m.parseW, st, ws.keys, ws.scores, ws.ok)
		st.apply(a, len(m.labels))
	}
	for i := range toks {
		h := st.heads[i]
		if h == n {
			h = -1
		}
		toks[i].Head = h
		toks[i].Rel = m.labels[st.rels[i]]
	}
	liftFromAuxiliaries(toks)
	verbsNotModifiers(toks)
	frontedParticiples(toks)
	passiveSubjects(toks)
	appositionsNotVocatives(toks)
}

// appositionsNotVocatives makes a proper noun set off by commas right
// after a noun an apposition of it, where the parser read it as someone
// addressed mid-sentence ("take the plant's owner, Brightmoor Petroleum,
// to court").
func appositionsNotVocatives(toks []Token) {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Rel != "vocative" || toks[i].UPOS != "PROPN" || toks[i-1].Form != "," || toks[i-2].UPOS != "NOUN" {
			continue
		}
		toks[i].Head, toks[i].Rel = i-2, "appos"
	}
}

// frontedParticiples gives the root back to the main clause when the
// parser made a sentence-opening participle clause the root and the main
// clause, with its own subject after the comma, a dependent of it
// ("Having quit as finance director of …, Moira Sinclair is now writing
// a memoir"): the participle clause is an adverbial of the main one.
func frontedParticiples(toks []Token) {
	r := -1
	for i := range toks {
		if toks[i].Head < 0 {
			r = i
			break
		}
	}
	if r < 0 || r > 3 || toks[r].UPOS != "VERB" || (toks[r].XPOS != "VBN" && toks[r].XPOS != "VBG") {
		return
	}
	for j := range toks {
		if toks[j].Head == r && strings.HasPrefix(toks[j].Rel, "nsubj") {
			return // the participle has a subject: a clause of its own
		}
	}
	for c := r + 1; c < len(toks); c++ {
		if toks[c].Head != r || toks[c].UPOS != "VERB" || (toks[c].Rel != "advcl" && toks[c].Rel != "parataxis" && toks[c].Rel != "conj" && toks[c].Rel != "ccomp") {
			continue
		}
		subj, comma := false, false
		for j := range toks {
			if toks[j].Head == c && strings.HasPrefix(toks[j].Rel, "nsubj") && j < c {
				subj = true
			}
		}
		for j := r + 1; j < c; j++ {
			comma = comma || toks[j].Form == ","
		}
		if !subj || !comma {
			continue
		}
		toks[c].Head, toks[c].Rel = -1, "root"
		toks[r].Head, toks[r].Rel = c, "advcl"
		for j := c + 1; j < len(toks); j++ {
			if toks[j].Head == r && toks[j].Rel == "punct" {
				toks[j].Head = c // the full stop
			}
		}
		return
	}
}

// verbsNotModifiers makes a participle read as modifying the noun after
// it, though it has its own subject and auxiliary, the verb it is and the
// noun its object ("The two have made peace, Lozano told …" read with
// "made" an adjective of "peace").
func verbsNotModifiers(toks []Token) {
	for v := range toks {
		h := toks[v].Head
		if toks[v].Rel != "amod" || toks[v].UPOS != "VERB" || h <= v || toks[h].UPOS != "NOUN" {
			continue
		}
		subj, aux := false, false
		for j := range toks {
			if toks[j].Head == v {
				subj = subj || strings.HasPrefix(toks[j].Rel, "nsubj")
				aux = aux || toks[j].Rel == "aux"
			}
		}
		if !subj || !aux {
			continue
		}
		toks[v].Head, toks[v].Rel = toks[h].Head, toks[h].Rel
		if g := toks[h].Head; g >= 0 && toks[g].UPOS == "VERB" && g > h {
			toks[v].Rel = "ccomp" // a clause the verb after it reports
		} else if g < 0 {
			toks[v].Rel = "root"
		}
		toks[h].Head, toks[h].Rel = v, "obj"
	}
}

// passiveSubjects relabels the subject of a verb with a passive auxiliary
// as the passive's subject ("Tanabe, whose network …, is scheduled to
// sit down with …" read with "nsubj").
func passiveSubjects(toks []Token) {
	for i := range toks {
		if toks[i].Rel != "aux:pass" || toks[i].Head < 0 {
			continue
		}
		v := toks[i].Head
		for j := range toks {
			if toks[j].Head == v && toks[j].Rel == "nsubj" && toks[v].XPOS == "VBN" {
				toks[j].Rel = "nsubj:pass"
			}
		}
	}
}

// liftFromAuxiliaries gives a dependent the parser hung on an auxiliary
// to the auxiliary's verb: in UD an auxiliary governs nothing ("They have
// now reconciled" with "They" the subject of "have").
func liftFromAuxiliaries(toks []Token) {
	for i := range toks {
		h := toks[i].Head
		if h < 0 || toks[h].Head < 0 || toks[h].Head == i {
			continue
		}
		if r := toks[h].Rel; (r == "aux" || r == "aux:pass") && strings.HasPrefix(toks[i].Rel, "nsubj") {
			toks[i].Head = toks[h].Head
		}
	}
}

// lemmaHash is the feature value of a lemma.
func lemmaHash(l string) uint64 { return hashString(digitsToZero(l)) }

// Children returns the indexes of the dependents of toks[i], in order.
func Children(toks []Token, i int) []int {
	var out []int
	for j := range toks {
		if toks[j].Head == i && j != i {
			out = append(out, j)
		}
	}
	return out
}

// Root returns the index of the root of a parsed sentence, or -1.
func Root(toks []Token) int {
	for i := range toks {
		if toks[i].Head < 0 {
			return i
		}
	}
	return -1
}
