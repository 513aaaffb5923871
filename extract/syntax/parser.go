package syntax

// The parser is a greedy arc-eager transition system (Nivre 2003) with the
// root at the end of the buffer (Ballesteros and Nivre 2013). Actions: 0
// shift, 1+l left-arc with label l, 1+L+l right-arc, 1+2L reduce (L
// relations). When only the root is left in the buffer, a word without a
// head is attached to the root if it is the only one on the stack, else to
// the word below it with the right-arc's label, so that a sentence always
// gets exactly one root. Transitions are scored by an averaged perceptron
// over Zhang and Nivre (2011) features, trained with the dynamic oracle of
// Goldberg and Nivre (2012) with exploration.

var (
	hRoot = hashString("\x00ROOT")
	hNone = hashString("\x00NONE")
)

// Parser feature templates.
const (
	pfS0wp = iota + 1
	pfS0w
	pfS0p
	pfN0wp
	pfN0w
	pfN0p
	pfN1wp
	pfN1w
	pfN1p
	pfN2wp
	pfN2w
	pfN2p
	pfN3p
	pfS1w
	pfS1p
	pfS0wpN0wp
	pfS0wpN0w
	pfS0wN0wp
	pfS0wpN0p
	pfS0pN0wp
	pfS0wN0w
	pfS0pN0p
	pfN0pN1p
	pfN0pN1pN2p
	pfS0pN0pN1p
	pfS0hpS0pN0p
	pfS0pS0l1pN0p
	pfS0pS0r1pN0p
	pfS0pN0pN0l1p
	pfS0wd
	pfS0pd
	pfN0wd
	pfN0pd
	pfS0wN0wd
	pfS0pN0pd
	pfS0wvr
	pfS0pvr
	pfS0wvl
	pfS0pvl
	pfN0wvl
	pfN0pvl
	pfS0hw
	pfS0hp
	pfS0l
	pfS0l1w
	pfS0l1p
	pfS0l1l
	pfS0r1w
	pfS0r1p
	pfS0r1l
	pfN0l1w
	pfN0l1p
	pfN0l1l
	pfS0h2w
	pfS0h2p
	pfS0hl
	pfS0l2w
	pfS0l2p
	pfS0l2l
	pfS0r2w
	pfS0r2p
	pfS0r2l
	pfN0l2w
	pfN0l2p
	pfN0l2l
	pfS0pS0l1pS0l2p
	pfS0pS0r1pS0r2p
	pfS0pS0hpS0h2p
	pfN0pN0l1pN0l2p
	pfS0wsr
	pfS0psr
	pfS0wsl
	pfS0psl
	pfN0wsl
	pfN0psl
	pfS0hasHead
	pfS0hasHeadS0pN0p
	pfS1pS0pN0p
	pfS0wpN0wpHead
	pfS0pS0r1lN0p
	pfS0lS0hwN0w
	pfS0lS0hpN0p
	pfN0pHeadless
	pfPunctS0N0
	pfS0pPunctN0p
	pfS0lemma
	pfN0lemma
	pfS0wN0pN1p
	pfS0amb
	pfN0amb
	pfN1amb
	pfS0ambN0amb
	pfS0pN0amb
	pfS0ambN0p
	pfN0lnpwS0p
	pfN0lnplN0pS0p
	pfS0rnpwN0p
	pfS0rnplS0pN0p
	pfS0lnplS0p
)

// pstate is a configuration of the arc-eager system over n words, the
// root being word n.
type pstate struct {
	hybrid   bool // the arc-hybrid system (hybrid.go), else arc-eager
	n        int
	stack    []int
	b        int     // the front of the buffer; b == n is the root
	heads    []int   // -1 while unattached; n for the root's child
	rels     []int   // relation ids
	lc1, lc2 []int32 // leftmost and second leftmost child, -1 if none
	rc1, rc2 []int32 // rightmost and second rightmost child
	nl, nr   []int16 // numbers of left and right children
	ls, rs   []uint64
	// Per-word hashes for features, root included.
	wh, ph, lh []uint64 // word, tag, lemma
	ah         []uint64 // tag set in the lexicon
	wp         []uint64 // word and tag together
	punct      []int32  // punct[i]: the number of punctuation words before i
	isP        []bool   // isP[i]: word i is punctuation
	lnp, rnp   []int32  // leftmost and rightmost children that are not punctuation
	// The scores of the buffer's features (bufferFeatures) for the front
	// of the buffer at bufFor by the weights bufW: the same for every
	// decision until the next shift, so added up once (-1: none yet).
	bufFor    int
	bufW      *weights
	bufKeys   []uint64
	bufScores []int32
}

// reset prepares s for a sentence of n words.
func (s *pstate) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	s.bufFor, s.bufW = -1, nil
	m := n + 1
	grow := func(a []int) []int {
		if cap(a) < m {
			return make([]int, m)
		}
		return a[:m]
	}
	grow32 := func(a []int32) []int32 {
		if cap(a) < m {
			return make([]int32, m)
		}
		return a[:m]
	}
	grow16 := func(a []int16) []int16 {
		if cap(a) < m {
			return make([]int16, m)
		}
		return a[:m]
	}
	growU := func(a []uint64) []uint64 {
		if cap(a) < m {
			return make([]uint64, m)
		}
		return a[:m]
	}
	s.heads, s.rels = grow(s.heads), grow(s.rels)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow32(s.lc1), grow32(s.lc2), grow32(s.rc1), grow32(s.rc2)
	s.nl, s.nr = grow16(s.nl), grow16(s.nr)
	s.ls, s.rs = growU(s.ls), growU(s.rs)
	s.wh, s.ph, s.lh, s.wp, s.ah = growU(s.wh), growU(s.ph), growU(s.lh), growU(s.wp), growU(s.ah)
	s.punct = grow32(s.punct)
	s.lnp, s.rnp = grow32(s.lnp), grow32(s.rnp)
	if cap(s.isP) < m {
		s.isP = make([]bool, m)
	}
	s.isP = s.isP[:m]
	for i := 0; i < m; i++ {
		s.heads[i], s.rels[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.lnp[i], s.rnp[i] = -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.ls[i], s.rs[i] = 0, 0
	}
	s.wh[n], s.ph[n], s.lh[n] = hRoot, hRoot, hRoot
	s.wp[n] = mix(hRoot, hRoot)
}

// setWords fills the feature hashes of the words from their infos, tag
// classes and lemma hashes; isPunct tells which tag classes are punctuation.
func (s *pstate) setWords(ws []wordInfo, tags []int, isPunct []bool, lemmaH []uint64) {
	np := int32(0)
	for i := 0; i < s.n; i++ {
		s.wh[i] = ws[i].lower
		s.ah[i] = ws[i].amb
		s.ph[i] = uint64(tags[i]) + 7
		s.wp[i] = mix(s.wh[i], s.ph[i])
		s.lh[i] = lemmaH[i]
		s.punct[i] = np
		s.isP[i] = isPunct[tags[i]]
		if s.isP[i] {
			np++
		}
	}
	s.punct[s.n] = np
}

func (s *pstate) terminal() bool { return s.b == s.n && len(s.stack) == 0 }

func (s *pstate) attach(h, d, l int) {
	s.heads[d] = h
	s.rels[d] = l
	if !s.isP[d] {
		if d < h {
			s.lnp[h] = int32(d)
		} else {
			s.rnp[h] = int32(d)
		}
	}
}

// distBucket buckets a distance between words.
func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

// projectivize lifts non-projective arcs of a tree until it is projective
// (Nivre and Nilsson 2005, without encoding the lifts in the labels).
// heads uses n for the root. It returns the number of lifts.
func projectivize(heads []int) int {
	n := len(heads)
	lifts := 0
	for {
		best, bestLen := -1, n+1
		for d := 0; d < n; d++ {
			h := heads[d]
			if h == n {
				continue
			}
			if !arcProjective(heads, h, d) {
				if l := abs(h - d); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return lifts
		}
		heads[best] = heads[heads[best]]
		lifts++
	}
}

// arcProjective reports whether every word between h and d is dominated by h.
func arcProjective(heads []int, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	n := len(heads)
	for k := lo + 1; k < hi; k++ {
		x := k
		for steps := 0; x != h && x != n && steps <= n; steps++ {
			x = heads[x]
		}
		if x != h {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// headlessOnStack returns the number of words on the stack without a head.
func (s *pstate) headlessOnStack() int {
	c := 0
	for _, x := range s.stack {
		if s.heads[x] < 0 {
			c++
		}
	}
	return c
}

// valid fills ok with the actions allowed in s.
func (s *pstate) valid(ok []bool, nLabels, rootLabel int) {
	if s.hybrid {
		s.validHybrid(ok, nLabels, rootLabel)
		return
	}
	clear(ok)
	k := len(s.stack)
	if s.b < s.n {
		ok[0] = true
	}
	if k == 0 {
		return
	}
	s0 := s.stack[k-1]
	if s.heads[s0] >= 0 {
		ok[1+2*nLabels] = true
	} else if s.b < s.n {
		for l := 0; l < nLabels; l++ {
			ok[1+l] = l != rootLabel
		}
	} else if s.headlessOnStack() == 1 {
		ok[1+rootLabel] = true
	} else {
		for l := 0; l < nLabels; l++ {
			ok[1+nLabels+l] = l != rootLabel
		}
	}
	if s.b < s.n {
		for l := 0; l < nLabels; l++ {
			ok[1+nLabels+l] = l != rootLabel
		}
	}
}

// apply performs action a.
func (s *pstate) apply(a, nLabels int) {
	if s.hybrid {
		s.applyHybrid(a, nLabels)
		return
	}
	k := len(s.stack)
	switch {
	case a == 0:
		s.stack = append(s.stack, s.b)
		s.b++
	case a <= nLabels:
		d := s.stack[k-1]
		s.stack = s.stack[:k-1]
		h := s.b
		s.attach(h, d, a-1)
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = int32(d)
		s.nl[h]++
		s.ls[h] |= 1 << uint((a-1)&63)
	case a <= 2*nLabels:
		l := a - 1 - nLabels
		var h, d int
		if s.b < s.n {
			h, d = s.stack[k-1], s.b
			s.stack = append(s.stack, s.b)
			s.b++
		} else {
			// only the root is left: attach s0 to the word below it
			h, d = s.stack[k-2], s.stack[k-1]
			s.stack = s.stack[:k-1]
		}
		s.attach(h, d, l)
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = int32(d)
		s.nr[h]++
		s.rs[h] |= 1 << uint(l&63)
	default:
		s.stack = s.stack[:k-1]
	}
}

// oracle computes the cost of each valid action against gold heads gh and
// relations gl (projective; the root's child has head n): the number of
// gold arcs it makes unreachable (Goldberg and Nivre 2012).
func (s *pstate) oracle(costs []int, ok []bool, gh, gl []int, nLabels int) {
	if s.hybrid {
		s.oracleHybrid(costs, ok, gh, gl, nLabels)
		return
	}
	n, b := s.n, s.b
	k := len(s.stack)
	inStack := func(x int) bool {
		for _, y := range s.stack {
			if y == x {
				return true
			}
		}
		return false
	}
	// headless stack words whose gold head is b
	depsOfB := 0
	if b < n {
		for _, d := range s.stack {
			if s.heads[d] < 0 && gh[d] == b {
				depsOfB++
			}
		}
	}
	if ok[0] {
		c := depsOfB
		if inStack(gh[b]) {
			c++
		}
		costs[0] = c
	}
	if k == 0 {
		return
	}
	s0 := s.stack[k-1]
	depsOfS0 := 0
	for d := b; d < n; d++ {
		if gh[d] == s0 {
			depsOfS0++
		}
	}
	if ok[1+2*nLabels] {
		costs[1+2*nLabels] = depsOfS0
	}
	// left-arc: s0 gets head b
	h := gh[s0]
	lc := depsOfS0
	if h != b && h > b {
		lc++
	}
	for l := 0; l < nLabels; l++ {
		if ok[1+l] {
			c := lc
			if b == n {
				c = 0
			} else if h == b && l != gl[s0] {
				c++
			}
			costs[1+l] = c
		}
	}
	// right-arc: b gets head s0, or with only the root left, s0 gets the
	// word below it as head
	if b < n {
		hb := gh[b]
		rc := depsOfB
		if hb != s0 && (hb > b || inStack(hb)) {
			rc++
		}
		for l := 0; l < nLabels; l++ {
			if ok[1+nLabels+l] {
				c := rc
				if hb == s0 && l != gl[b] {
					c++
				}
				costs[1+nLabels+l] = c
			}
		}
	} else if k >= 2 {
		s1 := s.stack[k-2]
		for l := 0; l < nLabels; l++ {
			if ok[1+nLabels+l] {
				c := 0
				if h == n {
					c++
				}
				if h == s1 && l != gl[s0] {
					c++
				}
				costs[1+nLabels+l] = c
			}
		}
	}
}

// word returns the hashes of word i's form, tag and both (the root's at
// n), or hNone for none.
func (s *pstate) word(i int) (w, p, wp uint64) {
	if i < 0 || i > s.n {
		return hNone, hNone, hNone
	}
	return s.wh[i], s.ph[i], s.wp[i]
}

// amb returns the hash of word i's tag set in the lexicon, or hNone for
// none (the root included).
func (s *pstate) amb(i int) uint64 {
	if i < 0 || i >= s.n {
		return hNone
	}
	return s.ah[i]
}

// ahead returns the hashes of the word k places after the front of the
// buffer b0, or hNone past the root.
func (s *pstate) ahead(b0, k int) (w, p, wp uint64) {
	if b0+k > s.n {
		return hNone, hNone, hNone
	}
	return s.word(b0 + k)
}

// features appends the feature keys of s.
func (s *pstate) features(keys []uint64) []uint64 {
	if s.hybrid {
		return s.featuresHybrid(keys)
	}
	return s.stackFeatures(s.bufferFeatures(keys))
}

// bufferFeatures appends the keys of the arc-eager features that depend
// only on the words from the front of the buffer on, as they were read
// (forms, tags, lemmas): the same until the next shift.
func (s *pstate) bufferFeatures(keys []uint64) []uint64 {
	at := s.word
	b0 := s.b
	N0w, N0p, N0wp := at(b0)
	N1w, N1p, N1wp := s.ahead(b0, 1)
	N2w, N2p, N2wp := s.ahead(b0, 2)
	_, N3p, _ := s.ahead(b0, 3)
	N0a, N1a := s.amb(b0), s.amb(b0+1)
	return append(keys,
		key1(pfN0wp, N0wp), key1(pfN0w, N0w), key1(pfN0p, N0p),
		key1(pfN1wp, N1wp), key1(pfN1w, N1w), key1(pfN1p, N1p),
		key1(pfN2wp, N2wp), key1(pfN2w, N2w), key1(pfN2p, N2p),
		key1(pfN3p, N3p),
		key2(pfN0pN1p, N0p, N1p),
		key3(pfN0pN1pN2p, N0p, N1p, N2p),
		key1(pfN0lemma, s.lh[b0]),
		key1(pfN0amb, N0a), key1(pfN1amb, N1a),
	)
}

// stackFeatures appends the keys of the other arc-eager features: of the
// stack, of the arcs made so far, and of the stack with the buffer.
func (s *pstate) stackFeatures(keys []uint64) []uint64 {
	at := s.word
	child := func(c int32) (w, p, l uint64) {
		if c < 0 {
			return hNone, hNone, 0
		}
		return s.wh[c], s.ph[c], uint64(s.rels[c] + 1)
	}
	s0, s1 := -1, -1
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	b0 := s.b
	S0w, S0p, S0wp := at(s0)
	S1w, S1p, _ := at(s1)
	N0w, N0p, N0wp := at(b0)
	_, N1p, _ := s.ahead(b0, 1)
	var (
		S0l1w, S0l1p, S0l1l, S0l2w, S0l2p, S0l2l uint64 = hNone, hNone, 0, hNone, hNone, 0
		S0r1w, S0r1p, S0r1l, S0r2w, S0r2p, S0r2l uint64 = hNone, hNone, 0, hNone, hNone, 0
		S0hw, S0hp, S0l, S0h2w, S0h2p, S0hl      uint64 = hNone, hNone, 0, hNone, hNone, 0
		N0l1w, N0l1p, N0l1l, N0l2w, N0l2p, N0l2l uint64
		S0vl, S0vr, N0vl, S0sl, S0sr, N0sl, d    uint64
		hasHead                                  uint64
		S0lem                                    = hNone
		S0a                                      = hNone
	)
	if s0 >= 0 {
		S0l1w, S0l1p, S0l1l = child(s.lc1[s0])
		S0l2w, S0l2p, S0l2l = child(s.lc2[s0])
		S0r1w, S0r1p, S0r1l = child(s.rc1[s0])
		S0r2w, S0r2p, S0r2l = child(s.rc2[s0])
		S0vl, S0vr = uint64(s.nl[s0]), uint64(s.nr[s0])
		S0sl, S0sr = s.ls[s0], s.rs[s0]
		d = distBucket(b0 - s0)
		S0lem, S0a = s.lh[s0], s.ah[s0]
		hasHead = 1
		if h := s.heads[s0]; h >= 0 {
			hasHead = 2
			S0hw, S0hp, _ = at(h)
			S0l = uint64(s.rels[s0] + 1)
			if hh := s.heads[h]; hh >= 0 {
				S0h2w, S0h2p, _ = at(hh)
				S0hl = uint64(s.rels[h] + 1)
			}
		}
	}
	N0l1w, N0l1p, N0l1l = child(s.lc1[b0])
	N0l2w, N0l2p, N0l2l = child(s.lc2[b0])
	N0vl = uint64(s.nl[b0])
	N0sl = s.ls[b0]
	N0a := s.amb(b0)
	punct := uint64(0)
	if s0 >= 0 {
		punct = uint64(min(s.punct[b0]-s.punct[s0+1], 3)) + 1
	}
	headless := uint64(min(s.headlessOnStack(), 3))
	N0lnpw, _, N0lnpl := child(s.lnp[b0])
	S0rnpw, S0lnpl, S0rnpl := hNone, uint64(0), uint64(0)
	if s0 >= 0 {
		S0rnpw, _, S0rnpl = child(s.rnp[s0])
		_, _, S0lnpl = child(s.lnp[s0])
	}
	keys = append(keys,
		key1(pfS0wp, S0wp), key1(pfS0w, S0w), key1(pfS0p, S0p),
		key1(pfS1w, S1w), key1(pfS1p, S1p),
		key2(pfS0wpN0wp, S0wp, N0wp),
		key3(pfS0wpN0w, S0w, S0p, N0w),
		key3(pfS0wN0wp, S0w, N0w, N0p),
		key3(pfS0wpN0p, S0w, S0p, N0p),
		key3(pfS0pN0wp, S0p, N0w, N0p),
		key2(pfS0wN0w, S0w, N0w),
		key2(pfS0pN0p, S0p, N0p),
		key3(pfS0pN0pN1p, S0p, N0p, N1p),
		key3(pfS0hpS0pN0p, S0hp, S0p, N0p),
		key3(pfS0pS0l1pN0p, S0p, S0l1p, N0p),
		key3(pfS0pS0r1pN0p, S0p, S0r1p, N0p),
		key3(pfS0pN0pN0l1p, S0p, N0p, N0l1p),
		key2(pfS0wd, S0w, d), key2(pfS0pd, S0p, d),
		key2(pfN0wd, N0w, d), key2(pfN0pd, N0p, d),
		key3(pfS0wN0wd, S0w, N0w, d), key3(pfS0pN0pd, S0p, N0p, d),
		key2(pfS0wvr, S0w, S0vr), key2(pfS0pvr, S0p, S0vr),
		key2(pfS0wvl, S0w, S0vl), key2(pfS0pvl, S0p, S0vl),
		key2(pfN0wvl, N0w, N0vl), key2(pfN0pvl, N0p, N0vl),
		key1(pfS0hw, S0hw), key1(pfS0hp, S0hp), key1(pfS0l, S0l),
		key1(pfS0l1w, S0l1w), key1(pfS0l1p, S0l1p), key1(pfS0l1l, S0l1l),
		key1(pfS0r1w, S0r1w), key1(pfS0r1p, S0r1p), key1(pfS0r1l, S0r1l),
		key1(pfN0l1w, N0l1w), key1(pfN0l1p, N0l1p), key1(pfN0l1l, N0l1l),
		key1(pfS0h2w, S0h2w), key1(pfS0h2p, S0h2p), key1(pfS0hl, S0hl),
		key1(pfS0l2w, S0l2w), key1(pfS0l2p, S0l2p), key1(pfS0l2l, S0l2l),
		key1(pfS0r2w, S0r2w), key1(pfS0r2p, S0r2p), key1(pfS0r2l, S0r2l),
		key1(pfN0l2w, N0l2w), key1(pfN0l2p, N0l2p), key1(pfN0l2l, N0l2l),
		key3(pfS0pS0l1pS0l2p, S0p, S0l1p, S0l2p),
		key3(pfS0pS0r1pS0r2p, S0p, S0r1p, S0r2p),
		key3(pfS0pS0hpS0h2p, S0p, S0hp, S0h2p),
		key3(pfN0pN0l1pN0l2p, N0p, N0l1p, N0l2p),
		key2(pfS0wsr, S0w, S0sr), key2(pfS0psr, S0p, S0sr),
		key2(pfS0wsl, S0w, S0sl), key2(pfS0psl, S0p, S0sl),
		key2(pfN0wsl, N0w, N0sl), key2(pfN0psl, N0p, N0sl),
		key1(pfS0hasHead, hasHead),
		key3(pfS0hasHeadS0pN0p, hasHead, S0p, N0p),
		key3(pfS1pS0pN0p, S1p, S0p, N0p),
		key3(pfS0wpN0wpHead, S0wp, N0wp, hasHead),
		key3(pfS0pS0r1lN0p, S0p, S0r1l, N0p),
		key3(pfS0lS0hwN0w, S0l, S0hw, N0w),
		key3(pfS0lS0hpN0p, S0l, S0hp, N0p),
		key2(pfN0pHeadless, N0p, headless),
		key1(pfPunctS0N0, punct),
		key3(pfS0pPunctN0p, S0p, punct, N0p),
		key1(pfS0lemma, S0lem),
		key3(pfS0wN0pN1p, S0w, N0p, N1p),
		key1(pfS0amb, S0a),
		key2(pfS0ambN0amb, S0a, N0a), key2(pfS0pN0amb, S0p, N0a), key2(pfS0ambN0p, S0a, N0p),

		key2(pfN0lnpwS0p, N0lnpw, S0p),
		key3(pfN0lnplN0pS0p, N0lnpl, N0p, S0p),
		key2(pfS0rnpwN0p, S0rnpw, N0p),
		key3(pfS0rnplS0pN0p, S0rnpl, S0p, N0p),
		key2(pfS0lnplS0p, S0lnpl, S0p),
	)
	return keys
}
