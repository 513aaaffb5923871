package syntax

import (
	"context"
	"math/rand/v2"
)

// tagClass is one class of the tagger: a Universal and a Penn tag.
type tagClass struct{ UPOS, XPOS string }

// Hashes standing for the words before the first and after the last one.
var (
	hStart  = hashString("\x00<s>")
	hStart2 = hashString("\x00<s2>")
	hEnd    = hashString("\x00</s>")
	hEnd2   = hashString("\x00</s2>")
)

// Tagger feature templates.
const (
	tfBias = iota + 1
	tfLower
	tfExact
	tfSuf1
	tfSuf2
	tfSuf3
	tfSuf4
	tfPre1
	tfPre2
	tfPre3
	tfShape
	tfUpperFirst
	tfUpper
	tfHyphen
	tfDigit
	tfP1
	tfP2P1
	tfP1W
	tfWm1
	tfWm1Suf3
	tfWm2
	tfWp1
	tfWp1Suf3
	tfWp1Shape
	tfWp2
	tfWm1W
	tfWWp1
	tfP1Wp1
	tfWm1Shape
	tfWp2Suf3
	tfShapeP1
	tfAmb
	tfAmbP1
	tfAmbN1
	tfAmbN2
	tfAmbM1
	tfAmbAmbN1
	tfAmbW
	tfCaps
	tfCapsUpper
	tfCapsN1
	tfUpperN1
	tfExactN1
	tfExactM1
)

// ctxAmb returns the tag set of word j of ws, or a boundary value.
func ctxAmb(ws []wordInfo, j int) uint64 {
	switch {
	case j < 0:
		return hStart
	case j >= len(ws):
		return hEnd
	}
	return ws[j].amb
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// ctxCaps, ctxUpper and ctxExact return features of word j of ws, or
// boundary values.
func ctxCaps(ws []wordInfo, j int) uint64 {
	if j < 0 || j >= len(ws) {
		return 9
	}
	return ws[j].caps
}

func ctxUpper(ws []wordInfo, j int) uint64 {
	if j < 0 || j >= len(ws) {
		return 2
	}
	return b2u(ws[j].upper)
}

func ctxExact(ws []wordInfo, j int) uint64 {
	switch {
	case j < 0:
		return hStart
	case j >= len(ws):
		return hEnd
	}
	return ws[j].exact
}

// ctxWord returns the lower-case hash, 3-letter suffix and shape of word j
// of ws, or boundary values outside the sentence.
func ctxWord(ws []wordInfo, j int) (lower, suf3, shp uint64) {
	switch {
	case j == -1:
		return hStart, hStart, hStart
	case j < -1:
		return hStart2, hStart2, hStart2
	case j == len(ws):
		return hEnd, hEnd, hEnd
	case j > len(ws):
		return hEnd2, hEnd2, hEnd2
	}
	w := &ws[j]
	return w.lower, w.suf[2], w.shape
}

// tagFeatures appends the feature keys for tagging word i of ws, given the
// classes of the two words before it (-1 and -2 before the start).
func tagFeatures(keys []uint64, ws []wordInfo, i, p1, p2 int) []uint64 {
	w := &ws[i]
	t1, t2 := uint64(p1+3), uint64(p2+3)
	m1, m1s, m1sh := ctxWord(ws, i-1)
	m2, _, _ := ctxWord(ws, i-2)
	n1, n1s, n1sh := ctxWord(ws, i+1)
	n2, n2s, _ := ctxWord(ws, i+2)
	keys = append(keys,
		key1(tfBias, 0),
		key1(tfLower, w.lower),
		key1(tfExact, w.exact),
		key1(tfSuf1, w.suf[0]),
		key1(tfSuf2, w.suf[1]),
		key1(tfSuf3, w.suf[2]),
		key1(tfSuf4, w.suf[3]),
		key1(tfPre1, w.pre[0]),
		key1(tfPre2, w.pre[1]),
		key1(tfPre3, w.pre[2]),
		key1(tfShape, w.shape),
		key1(tfP1, t1),
		key2(tfP2P1, t2, t1),
		key2(tfP1W, t1, w.lower),
		key1(tfWm1, m1),
		key1(tfWm1Suf3, m1s),
		key1(tfWm2, m2),
		key1(tfWp1, n1),
		key1(tfWp1Suf3, n1s),
		key1(tfWp1Shape, n1sh),
		key1(tfWp2, n2),
		key2(tfWm1W, m1, w.lower),
		key2(tfWWp1, w.lower, n1),
		key2(tfP1Wp1, t1, n1),
		key1(tfWm1Shape, m1sh),
		key1(tfWp2Suf3, n2s),
		key2(tfShapeP1, w.shape, t1),
		key1(tfAmb, w.amb),
		key2(tfAmbP1, w.amb, t1),
		key1(tfAmbN1, ctxAmb(ws, i+1)),
		key1(tfAmbN2, ctxAmb(ws, i+2)),
		key1(tfAmbM1, ctxAmb(ws, i-1)),
		key2(tfAmbAmbN1, w.amb, ctxAmb(ws, i+1)),
		key2(tfAmbW, w.amb, w.lower),
		key1(tfCaps, w.caps),
		key3(tfCapsUpper, w.caps, b2u(w.upper), b2u(i == 0)),
		key2(tfCapsN1, w.caps, ctxCaps(ws, i+1)),
		key3(tfUpperN1, b2u(w.upper), ctxUpper(ws, i-1), ctxUpper(ws, i+1)),
		key1(tfExactN1, ctxExact(ws, i+1)),
		key1(tfExactM1, ctxExact(ws, i-1)),
	)
	return keys
}

// tagLimits are what dictionaries beyond the treebank tell the tagger of
// words the treebank lacks: notVerbless marks the classes a verbless
// word may not take; verbClass the classes an only-verb word takes,
// unless the class before it is a nounOpener.
type tagLimits struct{ notVerbless, verbClass, nounOpener []bool }

// tagSentence tags ws with w, writing class ids into out, within lim
// (nil: none, as in training).
func tagSentence(w scorer, nClasses int, ws []wordInfo, out []int, keys []uint64, scores []int32, lim *tagLimits) []uint64 {
	p1, p2 := -1, -2
	for i := range ws {
		if f := ws[i].fixed; f >= 0 {
			out[i] = f
			p2, p1 = p1, f
			continue
		}
		keys = tagFeatures(keys[:0], ws, i, p1, p2)
		clear(scores)
		w.score(keys, scores)
		best := -1
		onlyVerb := lim != nil && ws[i].onlyVerb && (p1 < 0 || !lim.nounOpener[p1])
		for c := 0; c < nClasses; c++ {
			if lim != nil && ws[i].verbless && lim.notVerbless[c] || onlyVerb && !lim.verbClass[c] {
				continue
			}
			if best < 0 || scores[c] > scores[best] {
				best = c
			}
		}
		out[i] = best
		p2, p1 = p1, best
	}
	return keys
}

// trainTagger trains the tagger's perceptron on sents for the given epochs,
// visiting the sentences in an order shuffled with seed.
func trainTagger(ctx context.Context, sents []*trainSent, nClasses, epochs int, seed uint64, report func(epoch int, p *perceptron) error) (*perceptron, error) {
	p := newPerceptron(nClasses)
	rng := rand.New(rand.NewPCG(seed, 0x7a99e7))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	scores := newScores(nClasses)
	var keys []uint64
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, si := range order {
			if n%256 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			s := sents[si]
			p1, p2 := -1, -2
			for i := range s.words {
				if f := s.words[i].fixed; f >= 0 {
					p2, p1 = p1, f
					continue
				}
				keys = tagFeatures(keys[:0], s.words, i, p1, p2)
				clear(scores)
				p.score(keys, scores)
				best := 0
				for c := 1; c < nClasses; c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				p.tick()
				if gold := s.tags[i]; best != gold {
					p.update(keys, gold, best)
				}
				// Train on the model's own history, as it is used.
				p2, p1 = p1, best
			}
		}
		if report != nil {
			if err := report(ep, p); err != nil {
				return nil, err
			}
		}
	}
	return p, nil
}
