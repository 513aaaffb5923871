package syntax

// The arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the
// root at the end of the buffer. Actions: 0 shift, 1+l left-arc (s0 gets
// b0 as head), 1+L+l right-arc (s0 gets s1 as head). A word gets its head
// only once all its dependents are found, so that, unlike arc-eager, the
// parser never has to decide where a word goes before it has seen the
// words that depend on it ("criticized Tomasz Wieczorek": the object is
// attached after the name is complete). The root's child is attached by a
// left-arc from the root when it is the only word left on the stack, so
// that a sentence always gets exactly one root.

// Arc-hybrid feature templates (besides the shared ones).
const (
	hfS1wp = iota + 300
	hfS2p
	hfS2w
	hfS1wpS0wp
	hfS1wS0w
	hfS1pS0p
	hfS1wS0p
	hfS1pS0w
	hfS1pN0p
	hfS1wN0w
	hfS2pS1pS0p
	hfS1pS1r1pS0p
	hfS1pS0pS0l1p
	hfS1pS0pd2
	hfS1wS0wd2
	hfS1pvr
	hfS1pvl
	hfS1wvr
	hfS1r1w
	hfS1r1p
	hfS1r1l
	hfS1l1p
	hfS1l1l
	hfS1pS1r1pS1r2p
	hfS1r2p
	hfS1r2l
	hfS1psr
	hfS1psl
	hfS1pS1r1lS0p
	hfS1lemma
	hfS1pS0pN0pN1p
	hfS1amb
	hfS1lnplS1pS0p
)

// validHybrid fills ok with the arc-hybrid actions allowed in s.
func (s *pstate) validHybrid(ok []bool, nLabels, rootLabel int) {
	clear(ok)
	if s.b < s.n {
		ok[0] = true
	}
	if len(s.stack) >= 1 {
		if s.b < s.n {
			for l := 0; l < nLabels; l++ {
				ok[1+l] = l != rootLabel
			}
		} else if len(s.stack) == 1 {
			ok[1+rootLabel] = true
		}
	}
	if len(s.stack) >= 2 {
		for l := 0; l < nLabels; l++ {
			ok[1+nLabels+l] = l != rootLabel
		}
	}
}

// applyHybrid performs arc-hybrid action a.
func (s *pstate) applyHybrid(a, nLabels int) {
	switch {
	case a == 0:
		s.stack = append(s.stack, s.b)
		s.b++
	case a <= nLabels:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		h := s.b
		s.attach(h, d, a-1)
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = int32(d)
		s.nl[h]++
		s.ls[h] |= 1 << uint((a-1)&63)
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		h := s.stack[len(s.stack)-1]
		l := a - 1 - nLabels
		s.attach(h, d, l)
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = int32(d)
		s.nr[h]++
		s.rs[h] |= 1 << uint(l&63)
	}
}

// oracleHybrid computes the cost of each valid arc-hybrid action (Goldberg
// and Nivre 2013).
func (s *pstate) oracleHybrid(costs []int, ok []bool, gh, gl []int, nLabels int) {
	n, b := s.n, s.b
	k := len(s.stack)
	s0, s1 := -1, -1
	if k > 0 {
		s0 = s.stack[k-1]
	}
	if k > 1 {
		s1 = s.stack[k-2]
	}
	depsInBuf := 0
	if s0 >= 0 {
		for d := b; d < n; d++ {
			if gh[d] == s0 {
				depsInBuf++
			}
		}
	}
	if ok[0] {
		c := 0
		for _, d := range s.stack {
			if gh[d] == b {
				c++
			}
		}
		if h := gh[b]; h != s0 {
			for _, x := range s.stack {
				if x == h {
					c++
					break
				}
			}
		}
		costs[0] = c
	}
	if s0 < 0 {
		return
	}
	h := gh[s0]
	lc := depsInBuf
	if h != b && (h == s1 && s1 >= 0 || h > b) {
		lc++
	}
	for l := 0; l < nLabels; l++ {
		if ok[1+l] {
			c := lc
			if h == b && l != gl[s0] {
				c++
			}
			costs[1+l] = c
		}
	}
	if s1 >= 0 {
		rc := depsInBuf
		if h != s1 && h >= b {
			rc++
		}
		for l := 0; l < nLabels; l++ {
			if ok[1+nLabels+l] {
				c := rc
				if h == s1 && l != gl[s0] {
					c++
				}
				costs[1+nLabels+l] = c
			}
		}
	}
}

// featuresHybrid appends the arc-hybrid feature keys of s.
func (s *pstate) featuresHybrid(keys []uint64) []uint64 {
	at := s.word
	child := func(c int32) (w, p, l uint64) {
		if c < 0 {
			return hNone, hNone, 0
		}
		return s.wh[c], s.ph[c], uint64(s.rels[c] + 1)
	}
	amb := s.amb
	s0, s1, s2 := -1, -1, -1
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
			if k > 2 {
				s2 = s.stack[k-3]
			}
		}
	}
	b0 := s.b
	S0w, S0p, S0wp := at(s0)
	S1w, S1p, S1wp := at(s1)
	S2w, S2p, _ := at(s2)
	N0w, N0p, N0wp := at(b0)
	N1w, N1p, N1wp := s.ahead(b0, 1)
	N2w, N2p, N2wp := s.ahead(b0, 2)
	_, N3p, _ := s.ahead(b0, 3)
	var (
		S0l1w, S0l1p, S0l1l, S0l2w, S0l2p, S0l2l uint64 = hNone, hNone, 0, hNone, hNone, 0
		S0r1w, S0r1p, S0r1l, S0r2w, S0r2p, S0r2l uint64 = hNone, hNone, 0, hNone, hNone, 0
		S1r1w, S1r1p, S1r1l, S1r2p, S1r2l        uint64 = hNone, hNone, 0, hNone, 0
		S1l1p, S1l1l                             uint64 = hNone, 0
		S0vl, S0vr, S1vl, S1vr, N0vl             uint64
		S0sl, S0sr, S1sl, S1sr, N0sl             uint64
		d, d2                                    uint64
		S0lem, S1lem                             = hNone, hNone
		S0rnpw, S0rnpl, S0lnpl, S1lnpl           = hNone, uint64(0), uint64(0), uint64(0)
	)
	if s0 >= 0 {
		S0l1w, S0l1p, S0l1l = child(s.lc1[s0])
		S0l2w, S0l2p, S0l2l = child(s.lc2[s0])
		S0r1w, S0r1p, S0r1l = child(s.rc1[s0])
		S0r2w, S0r2p, S0r2l = child(s.rc2[s0])
		S0vl, S0vr = uint64(s.nl[s0]), uint64(s.nr[s0])
		S0sl, S0sr = s.ls[s0], s.rs[s0]
		d = distBucket(b0 - s0)
		S0lem = s.lh[s0]
		S0rnpw, _, S0rnpl = child(s.rnp[s0])
		_, _, S0lnpl = child(s.lnp[s0])
	}
	if s1 >= 0 {
		S1r1w, S1r1p, S1r1l = child(s.rc1[s1])
		_, S1r2p, S1r2l = child(s.rc2[s1])
		_, S1l1p, S1l1l = child(s.lc1[s1])
		S1vl, S1vr = uint64(s.nl[s1]), uint64(s.nr[s1])
		S1sl, S1sr = s.ls[s1], s.rs[s1]
		d2 = distBucket(s0 - s1)
		S1lem = s.lh[s1]
		_, _, S1lnpl = child(s.lnp[s1])
	}
	N0l1w, N0l1p, N0l1l := child(s.lc1[b0])
	N0l2w, N0l2p, N0l2l := child(s.lc2[b0])
	N0lnpw, _, N0lnpl := child(s.lnp[b0])
	N0vl = uint64(s.nl[b0])
	N0sl = s.ls[b0]
	N0lem := s.lh[b0]
	punct := uint64(0)
	if s0 >= 0 {
		punct = uint64(min(s.punct[b0]-s.punct[s0+1], 3)) + 1
	}
	S0a, N0a, N1a, S1a := amb(s0), amb(b0), amb(b0+1), amb(s1)
	keys = append(keys,
		key1(pfS0wp, S0wp), key1(pfS0w, S0w), key1(pfS0p, S0p),
		key1(pfN0wp, N0wp), key1(pfN0w, N0w), key1(pfN0p, N0p),
		key1(pfN1wp, N1wp), key1(pfN1w, N1w), key1(pfN1p, N1p),
		key1(pfN2wp, N2wp), key1(pfN2w, N2w), key1(pfN2p, N2p),
		key1(pfN3p, N3p),
		key1(hfS1wp, S1wp), key1(pfS1w, S1w), key1(pfS1p, S1p),
		key1(hfS2p, S2p), key1(hfS2w, S2w),
		key2(pfS0wpN0wp, S0wp, N0wp),
		key3(pfS0wpN0w, S0w, S0p, N0w),
		key3(pfS0wN0wp, S0w, N0w, N0p),
		key3(pfS0wpN0p, S0w, S0p, N0p),
		key3(pfS0pN0wp, S0p, N0w, N0p),
		key2(pfS0wN0w, S0w, N0w),
		key2(pfS0pN0p, S0p, N0p),
		key2(pfN0pN1p, N0p, N1p),
		key2(hfS1wpS0wp, S1wp, S0wp),
		key2(hfS1wS0w, S1w, S0w),
		key2(hfS1pS0p, S1p, S0p),
		key2(hfS1wS0p, S1w, S0p),
		key2(hfS1pS0w, S1p, S0w),
		key2(hfS1pN0p, S1p, N0p),
		key2(hfS1wN0w, S1w, N0w),
		key3(pfN0pN1pN2p, N0p, N1p, N2p),
		key3(pfS0pN0pN1p, S0p, N0p, N1p),
		key3(pfS1pS0pN0p, S1p, S0p, N0p),
		key3(pfS0pS0l1pN0p, S0p, S0l1p, N0p),
		key3(pfS0pS0r1pN0p, S0p, S0r1p, N0p),
		key3(pfS0pN0pN0l1p, S0p, N0p, N0l1p),
		key3(hfS2pS1pS0p, S2p, S1p, S0p),
		key3(hfS1pS1r1pS0p, S1p, S1r1p, S0p),
		key3(hfS1pS0pS0l1p, S1p, S0p, S0l1p),
		key2(pfS0wd, S0w, d), key2(pfS0pd, S0p, d),
		key2(pfN0wd, N0w, d), key2(pfN0pd, N0p, d),
		key3(pfS0wN0wd, S0w, N0w, d), key3(pfS0pN0pd, S0p, N0p, d),
		key3(hfS1pS0pd2, S1p, S0p, d2), key3(hfS1wS0wd2, S1w, S0w, d2),
		key2(pfS0wvr, S0w, S0vr), key2(pfS0pvr, S0p, S0vr),
		key2(pfS0wvl, S0w, S0vl), key2(pfS0pvl, S0p, S0vl),
		key2(pfN0wvl, N0w, N0vl), key2(pfN0pvl, N0p, N0vl),
		key2(hfS1pvr, S1p, S1vr), key2(hfS1pvl, S1p, S1vl), key2(hfS1wvr, S1w, S1vr),
		key1(pfS0l1w, S0l1w), key1(pfS0l1p, S0l1p), key1(pfS0l1l, S0l1l),
		key1(pfS0r1w, S0r1w), key1(pfS0r1p, S0r1p), key1(pfS0r1l, S0r1l),
		key1(pfN0l1w, N0l1w), key1(pfN0l1p, N0l1p), key1(pfN0l1l, N0l1l),
		key1(hfS1r1w, S1r1w), key1(hfS1r1p, S1r1p), key1(hfS1r1l, S1r1l),
		key1(hfS1l1p, S1l1p), key1(hfS1l1l, S1l1l),
		key1(pfS0l2w, S0l2w), key1(pfS0l2p, S0l2p), key1(pfS0l2l, S0l2l),
		key1(pfS0r2w, S0r2w), key1(pfS0r2p, S0r2p), key1(pfS0r2l, S0r2l),
		key1(pfN0l2w, N0l2w), key1(pfN0l2p, N0l2p), key1(pfN0l2l, N0l2l),
		key3(pfS0pS0l1pS0l2p, S0p, S0l1p, S0l2p),
		key3(pfS0pS0r1pS0r2p, S0p, S0r1p, S0r2p),
		key3(pfN0pN0l1pN0l2p, N0p, N0l1p, N0l2p),
		key3(hfS1pS1r1pS1r2p, S1p, S1r1p, S1r2p),
		key1(hfS1r2p, S1r2p), key1(hfS1r2l, S1r2l),
		key2(pfS0wsr, S0w, S0sr), key2(pfS0psr, S0p, S0sr),
		key2(pfS0wsl, S0w, S0sl), key2(pfS0psl, S0p, S0sl),
		key2(pfN0wsl, N0w, N0sl), key2(pfN0psl, N0p, N0sl),
		key2(hfS1psr, S1p, S1sr), key2(hfS1psl, S1p, S1sl),
		key3(pfS0pS0r1lN0p, S0p, S0r1l, N0p),
		key3(hfS1pS1r1lS0p, S1p, S1r1l, S0p),
		key1(pfPunctS0N0, punct),
		key3(pfS0pPunctN0p, S0p, punct, N0p),
		key1(pfS0lemma, S0lem), key1(pfN0lemma, N0lem), key1(hfS1lemma, S1lem),
		key3(hfS1pS0pN0pN1p, mix(S1p, S0p), N0p, N1p),
		key3(pfS0wN0pN1p, S0w, N0p, N1p),
		key1(pfS0amb, S0a), key1(pfN0amb, N0a), key1(pfN1amb, N1a), key1(hfS1amb, S1a),
		key2(pfS0ambN0amb, S0a, N0a), key2(pfS0pN0amb, S0p, N0a), key2(pfS0ambN0p, S0a, N0p),
		key2(pfN0lnpwS0p, N0lnpw, S0p),
		key3(pfN0lnplN0pS0p, N0lnpl, N0p, S0p),
		key2(pfS0rnpwN0p, S0rnpw, N0p),
		key3(pfS0rnplS0pN0p, S0rnpl, S0p, N0p),
		key2(pfS0lnplS0p, S0lnpl, S0p),
		key3(hfS1lnplS1pS0p, S1lnpl, S1p, S0p),
	)
	return keys
}
