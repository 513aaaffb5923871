package syntax

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// randomWeights builds a table of nc classes over nf random features, each
// with weights for a random set of classes given in a shuffled order, and
// returns each feature's weights by class as given.
func randomWeights(rng *rand.Rand, nc, nf int) (*weights, []uint64, map[uint64][]int32) {
	keySet := map[uint64]bool{}
	for len(keySet) < nf {
		if k := rng.Uint64(); k != 0 {
			keySet[k] = true
		}
	}
	var keys []uint64
	for k := range keySet {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ { // increasing, as build wants
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	var (
		counts []int
		cls    []uint8
		ws     []int16
	)
	given := map[uint64][]int32{}
	for _, k := range keys {
		perm := rng.Perm(nc)[:1+rng.IntN(nc)]
		counts = append(counts, len(perm))
		v := make([]int32, nc)
		for _, c := range perm {
			cls = append(cls, uint8(c))
			ws = append(ws, int16(rng.IntN(2001)-1000))
			v[c] = int32(ws[len(ws)-1])
		}
		given[k] = v
	}
	w := &weights{nClasses: nc}
	w.build(keys, counts, cls, ws)
	return w, keys, given
}

// TestScoreSkipping checks that leaving out a range of classes changes no
// other class's score, whatever order the weights were given in, and that
// build keeps every weight (scores equal a sum made by hand).
func TestScoreSkipping(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	const nc = 21
	w, keys, want := randomWeights(rng, nc, 400)
	w.skipClasses(1, 11)
	skipped := false // (some trial must leave a skipped class's sum short)
	for trial := range 200 {
		var picked []uint64
		var sum [nc]int32
		for range 1 + rng.IntN(150) { // (past one batch of 128 too)
			k := keys[rng.IntN(len(keys))]
			if rng.IntN(4) == 0 {
				k = rng.Uint64() // a feature the table lacks
			} else {
				v := want[k]
				for c := range sum {
					sum[c] += v[c]
				}
			}
			picked = append(picked, k)
		}
		all, some := newScores(nc), newScores(nc)
		w.score(picked, all)
		w.scoreSkipping(picked, some)
		for c := range nc {
			if all[c] != sum[c] {
				t.Fatalf("trial %d: score of class %d is %d, want %d", trial, c, all[c], sum[c])
			}
			if (c < 1 || c >= 11) && some[c] != sum[c] {
				t.Fatalf("trial %d: skipping, class %d is %d, want %d", trial, c, some[c], sum[c])
			}
			skipped = skipped || c >= 1 && c < 11 && some[c] != sum[c]
		}
	}
	if !skipped {
		t.Error("scoreSkipping added the weights of the classes it should leave out")
	}
}

// TestForcedDecision checks that a state with one valid action takes it
// without looking at a single feature.
func TestForcedDecision(t *testing.T) {
	m := Default()
	st := &pstate{hybrid: m.hybrid}
	st.reset(3)
	ok := make([]bool, m.nActions())
	a, keys := m.decide(m.parseW, st, nil, newScores(m.nActions()), ok)
	if a != 0 || len(keys) != 0 {
		t.Fatalf("empty stack: action %d with %d features, want the shift (0) with none", a, len(keys))
	}
}

// plainScorer hides the compact weights' type from decide, which then
// scores every feature of every decision afresh.
type plainScorer struct{ w *weights }

func (p plainScorer) score(keys []uint64, scores []int32) { p.w.score(keys, scores) }

// TestBufferScoresReused checks that adding up the buffer's features once
// for each front of the buffer (and skipping the left arcs when none is
// allowed) parses every sentence exactly as scoring every decision afresh.
func TestBufferScoresReused(t *testing.T) {
	dev := filepath.Join(udDir, "en_ewt-ud-dev.conllu.gz")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("skipping: the UD English Web Treebank is not at %s (../shared/ud beside the repository): %v", udDir, err)
	}
	gold, err := ReadCoNLLU(dev)
	if err != nil {
		t.Fatal(err)
	}
	m := Default()
	sents, _ := m.prepare(gold[:500], false)
	for _, s := range sents {
		copy(s.ptags, s.tags)
	}
	m.setLemmaHashes(sents)
	nA := m.nActions()
	cached, fresh := pstate{hybrid: m.hybrid}, pstate{hybrid: m.hybrid}
	scores, ok := newScores(256), make([]bool, nA)
	for i, s := range sents {
		m.parseSentence(m.parseW, &cached, s, nil, scores, ok)
		m.parseSentence(plainScorer{m.parseW}, &fresh, s, nil, scores, ok)
		for k := range s.words {
			if cached.heads[k] != fresh.heads[k] || cached.rels[k] != fresh.rels[k] {
				t.Fatalf("sentence %d, word %d: head %d rel %d reused, %d %d afresh", i, k, cached.heads[k], cached.rels[k], fresh.heads[k], fresh.rels[k])
			}
		}
	}
	if len(sents) < 5 {
		t.Fatalf("only %d sentences", len(sents))
	}
}

// TestDenseRows checks that the dense rows added with the processor's
// vector instructions, where it has them, sum as the plain loop does,
// and that a table keeps its many-weight features as dense rows.
func TestDenseRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	base := make([]int16, 9*denseWidth)
	for i := range base {
		base[i] = int16(rng.IntN(65536) - 32768)
	}
	for trial := range 50 {
		var offs []int32
		for range rng.IntN(40) {
			offs = append(offs, int32(rng.IntN(9)*denseWidth))
		}
		got, want := make([]int32, 256), make([]int32, 256)
		for i := range denseWidth {
			got[i] = int32(rng.IntN(1000))
			want[i] = got[i]
		}
		addRows(got, base, offs)
		addRowsGo(want, base, offs)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: %d rows sum differently", trial, len(offs))
		}
	}
	w, _, _ := randomWeights(rng, 21, 400)
	if len(w.dense) == 0 {
		t.Errorf("no dense rows among 400 features of up to 21 weights (denseMin %d)", denseMin)
	}
}
