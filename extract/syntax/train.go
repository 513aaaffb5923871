package syntax

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"
)

// TrainOptions are the settings of Train. Zero values take the defaults.
type TrainOptions struct {
	TagEpochs     int     `json:"tag_epochs"`              // tagger epochs (default 8); the final tagger keeps its best epoch on dev
	ParseEpochs   int     `json:"parse_epochs"`            // most parser epochs (default 20); the best epoch on dev is kept
	Patience      int     `json:"patience"`                // stop after this many parser epochs without a better dev LAS (default 4)
	Folds         int     `json:"folds"`                   // jackknife folds tagging the parser's training data (default 10)
	Explore       float64 `json:"explore"`                 // probability of following a wrong transition in training (default 0.9; negative: never)
	ExploreFrom   int     `json:"explore_from"`            // first parser epoch that explores (default 2)
	Prune         float64 `json:"prune"`                   // drop weights smaller than this fraction of the largest (default 0.01)
	MinUpdates    int     `json:"min_updates"`             // drop parser features updated fewer times in training (default 3)
	TagMinUpdates int     `json:"tag_min_updates"`         // drop tagger features updated fewer times in training (default 2)
	System        string  `json:"system"`                  // the parser's transition system, "arc-eager" (default) or "arc-hybrid"
	Seed          uint64  `json:"seed"`                    // seed of the training order and exploration (default 1)
	MaxSentences  int     `json:"max_sentences,omitempty"` // train on the first N sentences only (0: all), for quick trials
	Workers       int     `json:"-"`                       // parallel tagger trainings (default GOMAXPROCS); the model does not depend on it
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.TagEpochs <= 0 {
		o.TagEpochs = 8
	}
	if o.ParseEpochs <= 0 {
		o.ParseEpochs = 20
	}
	if o.Patience <= 0 {
		o.Patience = 4
	}
	if o.Folds <= 1 {
		o.Folds = 10
	}
	if o.Explore < 0 || o.Explore > 1 {
		o.Explore = 0
	} else if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.ExploreFrom <= 0 {
		o.ExploreFrom = 2
	}
	if o.Prune <= 0 {
		o.Prune = 0.01
	}
	if o.MinUpdates <= 0 {
		o.MinUpdates = 3
	}
	if o.TagMinUpdates <= 0 {
		o.TagMinUpdates = 2
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.System != "arc-hybrid" {
		o.System = "arc-eager"
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// trainSent is a treebank sentence prepared for training.
type trainSent struct {
	words  []wordInfo
	forms  []string
	tags   []int    // gold tag classes
	ptags  []int    // predicted tag classes (jackknifed for training data)
	lemmaH []uint64 // hashes of the lemmas predicted from ptags
	heads  []int    // gold heads, projective, n for the root
	rels   []int    // gold relations
}

// Train trains a tagger, lemmatizer and parser on the CoNLL-U file at
// trainPath, choosing epochs on the one at devPath, and writes progress
// lines to progress (which may be nil). Training is deterministic: the same
// data and options give the same model.
func Train(ctx context.Context, trainPath, devPath string, opts TrainOptions, progress io.Writer) (*Model, error) {
	opts = opts.withDefaults()
	begin := time.Now()
	logf := func(format string, args ...any) {
		if progress != nil {
			fmt.Fprintf(progress, "[%6.1fs] %s\n", time.Since(begin).Seconds(), fmt.Sprintf(format, args...))
		}
	}
	train, err := ReadCoNLLU(trainPath)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	if opts.MaxSentences > 0 && opts.MaxSentences < len(train) {
		train = train[:opts.MaxSentences]
	}
	if len(train) == 0 {
		return nil, errors.New("train: no training sentences")
	}
	var dev []Sentence
	if devPath != "" {
		if dev, err = ReadCoNLLU(devPath); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	logf("read %d training and %d dev sentences", len(train), len(dev))

	m, err := newTrainModel(train)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	m.hybrid = opts.System == "arc-hybrid"
	tags, labels, lz := m.tags, m.labels, m.lemmas
	ts, lifted := m.prepare(train, true)
	ds, _ := m.prepare(dev, false)
	logf("%d tag classes, %d relations, %d lexicon entries; %d non-projective arcs lifted", len(tags), len(labels), len(lz.lex), lifted)

	// Tagger: jackknifed tags for the parser's training data, and the
	// final tagger on all of it, in parallel.
	type job struct{ fold int } // fold -1 is the final tagger
	jobs := make(chan job)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		tagW     *weights
		tagEp    int
	)
	nc := len(tags)
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				err := func() error {
					if j.fold < 0 {
						best := -1.0
						_, err := trainTagger(ctx, ts, len(m.tags), opts.TagEpochs, opts.Seed, func(ep int, p *perceptron) error {
							w := p.average(opts.Prune, opts.TagMinUpdates)
							acc := 0.0
							if len(ds) > 0 {
								acc = tagAccuracy(w, nc, ds)
							}
							logf("tagger epoch %d: %d features, dev tag accuracy %.4f", ep, w.features(), acc)
							if acc > best || len(ds) == 0 {
								best, tagW, tagEp = acc, w, ep
							}
							return nil
						})
						return err
					}
					var in []*trainSent
					for i, s := range ts {
						if i%opts.Folds != j.fold {
							in = append(in, s)
						}
					}
					p, err := trainTagger(ctx, in, len(m.tags), opts.TagEpochs, opts.Seed+uint64(j.fold)+1, nil)
					if err != nil {
						return err
					}
					w := p.average(0, 0)
					keys, scores := []uint64(nil), newScores(nc)
					for i := j.fold; i < len(ts); i += opts.Folds {
						keys = tagSentence(w, len(m.tags), ts[i].words, ts[i].ptags, keys, scores, nil)
					}
					logf("jackknife fold %d/%d tagged", j.fold+1, opts.Folds)
					return nil
				}()
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	jobs <- job{-1}
	for f := 0; f < opts.Folds; f++ {
		jobs <- job{f}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, fmt.Errorf("train tagger: %w", firstErr)
	}
	correct, total := 0, 0
	for _, s := range ts {
		for i := range s.tags {
			if s.tags[i] == s.ptags[i] {
				correct++
			}
			total++
		}
	}
	logf("tagger: kept epoch %d; jackknifed training tag accuracy %.4f", tagEp, float64(correct)/float64(total))
	keys, scores := []uint64(nil), newScores(nc)
	for _, s := range ds {
		keys = tagSentence(tagW, len(m.tags), s.words, s.ptags, keys, scores, nil)
	}
	m.setLemmaHashes(ts)
	m.setLemmaHashes(ds)

	parseW, parseEp, err := m.trainParser(ctx, ts, ds, opts, logf)
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	m.tagW, m.parseW = tagW, parseW
	m.skipLeftArcs()
	m.info = ModelInfo{Credit: DataCredit, License: DataLicense, Options: opts, TagEpochs: tagEp, ParseEpochs: parseEp,
		TagFeatures: tagW.features(), ParseFeatures: parseW.features()}
	m.info.Train.Sentences = len(train)
	for _, s := range train {
		m.info.Train.Words += len(s.Tokens)
	}
	m.info.Train.Lifted = lifted
	if len(dev) > 0 {
		sc := EvaluateSentences(m, dev)
		m.info.Dev = &sc
		logf("dev: %s", sc)
	}
	logf("done: %d tagger and %d parser features", m.info.TagFeatures, m.info.ParseFeatures)
	return m, nil
}

// newTrainModel makes a model without weights for training on train: its
// tag classes by decreasing frequency, relations in alphabetical order,
// lemmatizer and tag lexicon.
func newTrainModel(train []Sentence) (*Model, error) {
	tagCount := map[tagClass]int{}
	relSet := map[string]bool{"root": true}
	for _, s := range train {
		for _, t := range s.Tokens {
			tagCount[tagClass{t.UPOS, t.XPOS}]++
			relSet[t.Rel] = true
		}
	}
	tags := make([]tagClass, 0, len(tagCount))
	for c := range tagCount {
		tags = append(tags, c)
	}
	sort.Slice(tags, func(i, j int) bool {
		a, b := tags[i], tags[j]
		if tagCount[a] != tagCount[b] {
			return tagCount[a] > tagCount[b]
		}
		return a.UPOS+"\t"+a.XPOS < b.UPOS+"\t"+b.XPOS
	})
	labels := make([]string, 0, len(relSet))
	for l := range relSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	if len(tags) > 255 || len(labels) > 64 {
		return nil, fmt.Errorf("%d tag classes and %d relations exceed the model's limits", len(tags), len(labels))
	}
	m := &Model{}
	if err := m.init(tags, labels, buildLemmatizer(train), nil, nil); err != nil {
		return nil, err
	}
	m.lexCounts = map[string]*lexCount{}
	for _, s := range train {
		for i, t := range s.Tokens {
			m.lexCounts.add(newWordInfo(t.Form), i, uint8(m.classOf(t.UPOS, t.XPOS)))
		}
	}
	lex := map[string]lexEntry{}
	for w, c := range m.lexCounts {
		lex[w] = c.entry(nil)
	}
	m.setLexicon(lex)
	return m, nil
}

// lexCounts are the counts behind the tag lexicon, by word key.
type lexCounts map[string]*lexCount

// lexCount counts the tag classes of a word, and how often it was
// capitalized when not the first word of a sentence.
type lexCount struct {
	classes     map[uint8]int
	mid, capMid int
}

// add counts word w, the i-th of its sentence, with class c.
func (lc lexCounts) add(w wordInfo, i int, c uint8) {
	x := lc[w.key]
	if x == nil {
		x = &lexCount{classes: map[uint8]int{}}
		lc[w.key] = x
	}
	x.classes[c]++
	if i > 0 {
		x.mid++
		if w.upper {
			x.capMid++
		}
	}
}

// entry returns the lexicon entry of the counts once those of minus (may
// be nil) are taken off.
func (x *lexCount) entry(minus *lexCount) lexEntry {
	e := lexEntry{fixed: -1}
	mid, capMid := x.mid, x.capMid
	var mc map[uint8]int
	if minus != nil {
		mid, capMid, mc = mid-minus.mid, capMid-minus.capMid, minus.classes
	}
	total, top, topN := 0, uint8(0), 0
	for c, n := range x.classes {
		if n -= mc[c]; n > 0 {
			e.classes = append(e.classes, c)
			total += n
			if n > topN || n == topN && c < top {
				top, topN = c, n
			}
		}
	}
	slices.Sort(e.classes)
	if total >= 20 && float64(topN) >= 0.995*float64(total) {
		e.fixed = int(top)
	}
	e.caps = capBucket(mid, capMid)
	return e
}

// capBucket buckets how often a word is capitalized inside a sentence:
// 1 hardly ever, 2 less than half the time, 3 mostly, 4 nearly always, 0
// never seen inside a sentence.
func capBucket(mid, capMid int) uint8 {
	if mid <= 0 {
		return 0
	}
	r := float64(capMid) / float64(mid)
	switch {
	case r < 0.1:
		return 1
	case r < 0.5:
		return 2
	case r < 0.9:
		return 3
	}
	return 4
}

// prepare converts treebank sentences for training, with projectivized
// gold trees, and returns the number of arcs lifted. The tag sets of the
// words of training sentences leave out the sentence's own words, so that
// training sees unknown words as often as they come.
func (m *Model) prepare(sents []Sentence, training bool) ([]*trainSent, int) {
	labelIndex := map[string]int{}
	for i, l := range m.labels {
		labelIndex[l] = i
	}
	out := make([]*trainSent, 0, len(sents))
	lifted := 0
	for _, s := range sents {
		n := len(s.Tokens)
		t := &trainSent{words: make([]wordInfo, n), forms: make([]string, n), tags: make([]int, n), ptags: make([]int, n),
			lemmaH: make([]uint64, n), heads: make([]int, n), rels: make([]int, n)}
		for i, tok := range s.Tokens {
			t.words[i] = newWordInfo(tok.Form)
			t.forms[i] = tok.Form
			t.tags[i] = m.classOf(tok.UPOS, tok.XPOS)
			t.ptags[i] = t.tags[i]
			t.heads[i] = tok.Head
			if tok.Head < 0 {
				t.heads[i] = n
			}
			l, ok := labelIndex[tok.Rel]
			if !ok {
				l = labelIndex["dep"]
			}
			t.rels[i] = l
		}
		if training {
			own := lexCounts{}
			for i, w := range t.words {
				own.add(w, i, uint8(t.tags[i]))
			}
			for i := range t.words {
				w := &t.words[i]
				e := m.lexCounts[w.key].entry(own[w.key])
				if len(e.classes) > 0 {
					w.setLexEntry(e)
				}
			}
		} else {
			for i := range t.words {
				if e, ok := m.lexicon[t.words[i].key]; ok {
					t.words[i].setLexEntry(e)
				}
			}
		}
		if validTree(t.heads) {
			lifted += projectivize(t.heads)
		}
		out = append(out, t)
	}
	return out, lifted
}

// validTree reports whether heads (n for the root) form a tree with one
// root child.
func validTree(heads []int) bool {
	n := len(heads)
	roots := 0
	for d, h := range heads {
		if h == n {
			roots++
		}
		if h < 0 || h > n || h == d {
			return false
		}
		x := d
		for steps := 0; x != n; steps++ {
			if steps > n {
				return false
			}
			x = heads[x]
		}
	}
	return roots == 1
}

// setLemmaHashes lemmatizes sents with their predicted tags.
func (m *Model) setLemmaHashes(sents []*trainSent) {
	for _, s := range sents {
		for i, f := range s.forms {
			c := m.tags[s.ptags[i]]
			s.lemmaH[i] = lemmaHash(m.lemmas.lemma(f, c.UPOS, c.XPOS))
		}
	}
}

// tagAccuracy tags sents with w and returns the share of right classes.
func tagAccuracy(w *weights, nc int, sents []*trainSent) float64 {
	keys, scores := []uint64(nil), newScores(nc)
	var out []int
	correct, total := 0, 0
	for _, s := range sents {
		if cap(out) < len(s.words) {
			out = make([]int, len(s.words))
		}
		out = out[:len(s.words)]
		keys = tagSentence(w, nc, s.words, out, keys, scores, nil)
		for i, c := range out {
			if c == s.tags[i] {
				correct++
			}
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(correct) / float64(total)
}

// scorer is the perceptron in training or its compact averaged form.
type scorer interface{ score([]uint64, []int32) }

// decide returns the best valid action in st by w, and keys, whose room it
// used for the feature keys it looked up (none when only one action is
// valid: a sixth of all, such as the shift onto an empty stack, is forced
// and needs no scoring; with the compact weights, those of the buffer are
// looked up once for each front of the buffer, st.bufKeys). scores must
// have room for 256 classes.
func (m *Model) decide(w scorer, st *pstate, keys []uint64, scores []int32, ok []bool) (int, []uint64) {
	nl := len(m.labels)
	st.valid(ok, nl, m.rootLabel)
	only := -1
	for a, v := range ok {
		if v {
			if only >= 0 {
				only = -1
				break
			}
			only = a
		}
	}
	if only >= 0 {
		return only, keys[:0]
	}
	scores = scores[:m.nActions()]
	if cw, isW := w.(*weights); isW && !st.hybrid {
		// The buffer's features are added up once for each front of the
		// buffer, the others for each decision.
		if st.bufFor != st.b || st.bufW != cw {
			if st.bufScores == nil {
				st.bufScores = newScores(256)
			}
			st.bufKeys = st.bufferFeatures(st.bufKeys[:0])
			st.bufScores = st.bufScores[:len(scores)]
			clear(st.bufScores)
			cw.score(st.bufKeys, st.bufScores)
			st.bufFor, st.bufW = st.b, cw
		}
		keys = st.stackFeatures(keys[:0])
		copy(scores, st.bufScores)
		if cw.skipHi > 0 && !slices.Contains(ok[cw.skipLo:cw.skipHi], true) {
			cw.scoreSkipping(keys, scores)
		} else {
			cw.score(keys, scores)
		}
	} else {
		keys = st.features(keys[:0])
		clear(scores)
		w.score(keys, scores)
	}
	best := -1
	for a, v := range ok {
		if v && (best < 0 || scores[a] > scores[best]) {
			best = a
		}
	}
	return best, keys
}

// parseSentence parses s greedily with w from its predicted tags, leaving
// the result in st.
func (m *Model) parseSentence(w scorer, st *pstate, s *trainSent, keys []uint64, scores []int32, ok []bool) []uint64 {
	st.reset(len(s.words))
	st.setWords(s.words, s.ptags, m.isPunct, s.lemmaH)
	for !st.terminal() {
		var a int
		a, keys = m.decide(w, st, keys, scores, ok)
		st.apply(a, len(m.labels))
	}
	return keys
}

// attachment returns the UAS and LAS of w on sents (all words counted).
func (m *Model) attachment(w scorer, sents []*trainSent) (uas, las float64) {
	st := pstate{hybrid: m.hybrid}
	nA := m.nActions()
	keys, scores, ok := []uint64(nil), newScores(256), make([]bool, nA)
	u, l, total := 0, 0, 0
	for _, s := range sents {
		keys = m.parseSentence(w, &st, s, keys, scores, ok)
		for i := range s.words {
			total++
			if st.heads[i] == s.heads[i] {
				u++
				if st.rels[i] == s.rels[i] {
					l++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(u) / float64(total), float64(l) / float64(total)
}

// trainParser trains the parser with the dynamic oracle and returns the
// averaged weights of the epoch best on dev (by LAS) and that epoch.
func (m *Model) trainParser(ctx context.Context, ts, ds []*trainSent, opts TrainOptions, logf func(string, ...any)) (*weights, int, error) {
	nl := len(m.labels)
	nA := m.nActions()
	p := newPerceptron(nA)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9a45e7))
	order := make([]int, len(ts))
	for i := range order {
		order[i] = i
	}
	var (
		st     = pstate{hybrid: m.hybrid}
		keys   []uint64
		scores = newScores(256)
		costs  = make([]int, nA)
		ok     = make([]bool, nA)
	)
	// Dev evaluation of one epoch runs while the next one trains; the
	// decision to stop before epoch ep looks only at epochs up to ep-2, so
	// that it does not depend on timing.
	type result struct {
		ep       int
		w        *weights
		uas, las float64
	}
	toEval := make(chan result, 1)
	evaluated := make(chan result, 1)
	go func() {
		defer close(evaluated)
		for r := range toEval {
			if len(ds) > 0 {
				r.uas, r.las = m.attachment(r.w, ds)
			}
			evaluated <- r
		}
	}()
	best := result{las: -1}
	seen, sinceBest, sent := 0, 0, 0
	take := func() {
		r := <-evaluated
		seen++
		logf("parser epoch %d: %d features, dev UAS %.4f LAS %.4f (predicted tags)", r.ep, r.w.features(), r.uas, r.las)
		if r.las > best.las || len(ds) == 0 {
			best, sinceBest = r, 0
		} else {
			sinceBest++
		}
	}
	var trainErr error
	for ep := 1; ep <= opts.ParseEpochs; ep++ {
		for seen < ep-2 {
			take()
		}
		if sinceBest >= opts.Patience {
			break
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= opts.ExploreFrom
		wrong, steps := 0, 0
		for k, si := range order {
			if k%256 == 0 && ctx.Err() != nil {
				trainErr = ctx.Err()
				break
			}
			sent := ts[si]
			st.reset(len(sent.words))
			st.setWords(sent.words, sent.ptags, m.isPunct, sent.lemmaH)
			for !st.terminal() {
				st.valid(ok, nl, m.rootLabel)
				keys = st.features(keys[:0])
				st.oracle(costs, ok, sent.heads, sent.rels, nl)
				scores := scores[:nA]
				clear(scores)
				p.score(keys, scores)
				pred, minC := -1, 1<<30
				for a, v := range ok {
					if !v {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					minC = min(minC, costs[a])
				}
				gold := -1
				for a, v := range ok {
					if v && costs[a] == minC && (gold < 0 || scores[a] > scores[gold]) {
						gold = a
					}
				}
				p.tick()
				steps++
				next := pred
				if costs[pred] > minC {
					wrong++
					p.update(keys, gold, pred)
					if !explore || rng.Float64() >= opts.Explore {
						next = gold
					}
				}
				st.apply(next, nl)
			}
		}
		if trainErr != nil {
			break
		}
		logf("parser epoch %d trained: %.4f of %d transitions wrong, %d features", ep, float64(wrong)/float64(max(steps, 1)), steps, len(p.rows))
		toEval <- result{ep: ep, w: p.average(opts.Prune, opts.MinUpdates)}
		sent++
	}
	close(toEval)
	for seen < sent {
		take()
	}
	if trainErr != nil {
		return nil, 0, trainErr
	}
	logf("parser: kept epoch %d (dev UAS %.4f LAS %.4f)", best.ep, best.uas, best.las)
	return best.w, best.ep, nil
}
