package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// keyIndex maps feature keys (never 0) to dense indexes: an open-addressing
// hash table, faster than a map for the training loop.
type keyIndex struct {
	keys []uint64
	vals []int32
	n    int
}

func newKeyIndex(size int) *keyIndex {
	c := 1024
	for c < 2*size {
		c *= 2
	}
	return &keyIndex{keys: make([]uint64, c), vals: make([]int32, c)}
}

// get returns the index of k, or -1.
func (ix *keyIndex) get(k uint64) int32 {
	mask := uint64(len(ix.keys) - 1)
	for s := k & mask; ; s = (s + 1) & mask {
		switch ix.keys[s] {
		case k:
			return ix.vals[s]
		case 0:
			return -1
		}
	}
}

// put adds k with index v; k must be absent.
func (ix *keyIndex) put(k uint64, v int32) {
	if 2*(ix.n+1) > len(ix.keys) {
		old, oldv := ix.keys, ix.vals
		ix.keys, ix.vals = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
		ix.n = 0
		for i, ok := range old {
			if ok != 0 {
				ix.put(ok, oldv[i])
			}
		}
	}
	mask := uint64(len(ix.keys) - 1)
	s := k & mask
	for ix.keys[s] != 0 {
		s = (s + 1) & mask
	}
	ix.keys[s], ix.vals[s] = k, v
	ix.n++
}

// entry is one class weight of a feature during training, with what lazy
// averaging needs.
type entry struct {
	total int64 // sum of the weight over the instances before ts
	w     int32
	ts    int32
	cls   uint16
}

// perceptron is an averaged perceptron in training (Collins 2002), with
// sparse rows: a feature has weights only for the classes it was updated
// for.
type perceptron struct {
	nClasses int
	index    *keyIndex
	rows     [][]entry
	updates  []uint32 // updates of each row
	now      int32    // instances seen
}

func newPerceptron(nClasses int) *perceptron {
	return &perceptron{nClasses: nClasses, index: newKeyIndex(1 << 16)}
}

// score adds the current weights of keys to scores.
func (p *perceptron) score(keys []uint64, scores []int32) {
	for _, k := range keys {
		r := p.index.get(k)
		if r < 0 {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

// tick counts one training instance.
func (p *perceptron) tick() { p.now++ }

// update rewards class good and penalizes class bad for keys.
func (p *perceptron) update(keys []uint64, good, bad int) {
	for _, k := range keys {
		r := p.index.get(k)
		if r < 0 {
			r = int32(len(p.rows))
			p.index.put(k, r)
			p.rows = append(p.rows, make([]entry, 0, 2))
			p.updates = append(p.updates, 0)
		}
		p.updates[r]++
		p.bump(r, good, 1)
		p.bump(r, bad, -1)
	}
}

func (p *perceptron) bump(r int32, cls int, d int32) {
	row := p.rows[r]
	for i := range row {
		if int(row[i].cls) == cls {
			e := &row[i]
			e.total += int64(e.w) * int64(p.now-e.ts)
			e.ts = p.now
			e.w += d
			return
		}
	}
	p.rows[r] = append(row, entry{w: d, ts: p.now, cls: uint16(cls)})
}

// average returns the averaged weights as a compact table, leaving out
// features updated fewer than minUpdates times and weights whose magnitude
// is below prune times the largest one.
func (p *perceptron) average(prune float64, minUpdates int) *weights {
	now := float64(max(p.now, 1))
	type feat struct {
		key  uint64
		cls  []uint8
		vals []float64
	}
	var feats []feat
	maxAbs := 0.0
	for s, k := range p.index.keys {
		if k == 0 {
			continue
		}
		r := p.index.vals[s]
		if int(p.updates[r]) < minUpdates {
			continue
		}
		row := p.rows[r]
		f := feat{key: k}
		for _, e := range row {
			v := float64(e.total+int64(e.w)*int64(p.now-e.ts)) / now
			if v == 0 {
				continue
			}
			f.cls = append(f.cls, uint8(e.cls))
			f.vals = append(f.vals, v)
			maxAbs = max(maxAbs, math.Abs(v))
		}
		if len(f.cls) > 0 {
			feats = append(feats, f)
		}
	}
	slices.SortFunc(feats, func(a, b feat) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	cut := prune * maxAbs
	w := &weights{nClasses: p.nClasses, scale: float32(scale)}
	var (
		keys   []uint64
		counts []int
		cls    []uint8
		ws     []int16
	)
	for _, f := range feats {
		n := 0
		for i, v := range f.vals {
			q := math.Round(v * scale)
			if math.Abs(v) < cut || q == 0 {
				continue
			}
			cls = append(cls, f.cls[i])
			ws = append(ws, int16(q))
			n++
		}
		if n > 0 {
			keys = append(keys, f.key)
			counts = append(counts, n)
		}
	}
	w.build(keys, counts, cls, ws)
	return w
}

// weights is a trained linear model in compact form: for each feature key
// the classes it has a weight for and the weights, quantized to int16.
// Once built (and skipClasses called, before it is shared) it is
// read-only and safe for concurrent use.
type weights struct {
	nClasses int
	scale    float32  // quantized = round(weight * scale)
	keys     []uint64 // the feature keys in increasing order
	counts   []uint8  // the number of weights of each feature
	// slots is an open-addressing table on the low bits of the key; a
	// slot holds 23 high bits of the key, whether its weights are a dense
	// row (denseBit), the number of weights, how many of them are of a
	// class below skipHi, and the offset of the first in entries (or of
	// its row in dense). 0 is an empty slot.
	slots   []uint64
	entries []uint32 // class<<16 | uint16(weight), each feature's by class
	// skipLo and skipHi are the classes [skipLo, skipHi) that a decision
	// may know to be invalid all at once (the parser's left arcs, when the
	// word on the stack has its head: about half of its decisions), and
	// then need not add up (scoreSkipping); 0, 0 when not set.
	skipLo, skipHi int
	// dense holds, for each feature with weights for many classes, all
	// its weights as a row of denseWidth, so that they are added up a
	// row at a time (addRows) without reading a class for each; such a
	// feature's slot has denseBit set and its offset counts rows.
	dense []int16
}

// denseWidth is the length of a dense row: a table of more classes keeps
// no dense rows.
const denseWidth = 112

// denseBit marks a slot whose feature's weights are a dense row; the
// key's fingerprint takes the 23 bits above it.
const denseBit = 1 << 40

// denseMin is the number of weights from which a feature keeps them as a
// dense row: adding a row costs about as much as reading that many
// weights one by one.
const denseMin = 16

// addRowsGo is addRows without the processor's vector instructions.
func addRowsGo(acc []int32, base []int16, offs []int32) {
	acc = acc[:denseWidth]
	for _, o := range offs {
		row := base[o : o+denseWidth]
		for j, v := range row {
			acc[j] += int32(v)
		}
	}
}

// maxEntries is the number of weights a table can hold: a slot has 24 bits
// for the offset of a feature's first (the parser has about 2 million).
const maxEntries = 1 << 24

// build makes the hash table over keys (increasing), counts[i] weights
// for keys[i], given in that order in cls and w; it sorts each feature's
// weights by class.
func (w *weights) build(keys []uint64, counts []int, cls []uint8, ws []int16) {
	if len(cls) >= maxEntries {
		panic(fmt.Errorf("%d weights; a table holds fewer than %d", len(cls), maxEntries))
	}
	c := 1024
	for c < 2*len(keys) {
		c *= 2
	}
	w.keys = keys
	w.counts = make([]uint8, len(keys))
	w.slots = make([]uint64, c)
	w.entries = make([]uint32, len(cls))
	for i := range cls {
		w.entries[i] = uint32(cls[i])<<16 | uint32(uint16(ws[i]))
	}
	w.dense = nil
	mask := uint64(c - 1)
	lo := uint64(0)
	for i, k := range keys {
		s := k & mask
		for w.slots[s] != 0 {
			s = (s + 1) & mask
		}
		w.counts[i] = uint8(counts[i])
		run := w.entries[lo : lo+uint64(counts[i])]
		slices.Sort(run) // (by class, the high bits)
		sl := k>>41<<41 | uint64(counts[i])<<32 | lo
		if counts[i] >= denseMin && w.nClasses <= denseWidth && len(w.dense)/denseWidth < maxEntries {
			sl = k>>41<<41 | denseBit | uint64(counts[i])<<32 | uint64(len(w.dense)/denseWidth)
			row := make([]int16, denseWidth)
			for _, e := range run {
				row[e>>16] = int16(e)
			}
			w.dense = append(w.dense, row...)
		}
		w.slots[s] = sl
		lo += uint64(counts[i])
	}
}

// skipClasses sets the classes [lo, hi) that scoreSkipping leaves out,
// counting in each slot the weights of classes below hi.
func (w *weights) skipClasses(lo, hi int) {
	w.skipLo, w.skipHi = lo, hi
	for s, sl := range w.slots {
		if sl == 0 {
			continue
		}
		if sl&denseBit != 0 {
			continue // (a dense row is added whole)
		}
		off, n := uint32(sl)&(maxEntries-1), uint32(sl>>32)&0xff
		below := 0
		for _, e := range w.entries[off : off+n] {
			if int(e>>16) < hi {
				below++
			}
		}
		w.slots[s] = sl&^(0xff<<24) | uint64(below)<<24
	}
}

// score adds the weights of keys to scores, which must have room for 256
// classes.
func (w *weights) score(keys []uint64, scores []int32) { w.add(keys, scores, false) }

// scoreSkipping is score without the weights of the classes set by
// skipClasses, whose scores it leaves wrong: the caller knows them to be
// invalid.
func (w *weights) scoreSkipping(keys []uint64, scores []int32) { w.add(keys, scores, true) }

// add adds the weights of keys to scores, without those of the classes
// [w.skipLo, w.skipHi) if skip (dense rows add them all: their scores are
// left wrong either way). The slots of all keys are loaded first, then
// the weights of all found features, so that the processor overlaps the
// cache misses instead of waiting for each; dense rows are added last,
// all at once.
func (w *weights) add(keys []uint64, scores []int32, skip bool) {
	const batch = 128
	var found [batch]uint64
	var rows [batch]int32
	for len(keys) > batch {
		w.add(keys[:batch], scores, skip)
		keys = keys[batch:]
	}
	mask := uint64(len(w.slots) - 1)
	slots, entries := w.slots, w.entries
	for i, k := range keys {
		found[i] = slots[k&mask]
	}
	nf, nr := 0, 0
	sc := (*[256]int32)(scores[:256])
	for i, k := range keys {
		fp := k >> 41
		sl := found[i]
		for s := k & mask; sl != 0; {
			if sl>>41 == fp {
				if sl&denseBit != 0 {
					rows[nr] = int32(uint32(sl)&(maxEntries-1)) * denseWidth
					nr++
				} else {
					found[nf] = sl
					nf++
				}
				break
			}
			s = (s + 1) & mask
			sl = slots[s]
		}
	}
	// Touch the first weight of every feature before adding any, again
	// so that the loads overlap; class 255 is never used and takes the sum.
	sink := uint32(0)
	for _, sl := range found[:nf] {
		sink += entries[uint32(sl)&(maxEntries-1)]
	}
	for _, r := range rows[:nr] {
		sink += uint32(w.dense[r])
	}
	sc[255] = int32(sink)
	skipLo := uint32(w.skipLo)
	for _, sl := range found[:nf] {
		lo := uint32(sl) & (maxEntries - 1)
		run := entries[lo : lo+uint32(sl>>32)&0xff]
		if skip {
			below := uint32(sl>>24) & 0xff
			for _, e := range run[:below] {
				if e>>16 >= skipLo {
					break
				}
				sc[uint8(e>>16)] += int32(int16(e))
			}
			run = run[below:]
		}
		for _, e := range run {
			sc[uint8(e>>16)] += int32(int16(e))
		}
	}
	addRows(sc[:], w.dense, rows[:nr])
}

// features returns the number of features with weights.
func (w *weights) features() int { return len(w.keys) }

// writeTo writes the table: keys in increasing order as deltas, then the
// count, classes and weights of each, all as varints.
func (w *weights) writeTo(bw *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	put(uint64(w.nClasses))
	put(uint64(math.Float32bits(w.scale)))
	put(uint64(len(w.keys)))
	prev := uint64(0)
	for _, k := range w.keys {
		put(k - prev)
		prev = k
	}
	for _, c := range w.counts {
		put(uint64(c))
	}
	for _, e := range w.entries {
		bw.WriteByte(byte(e >> 16))
	}
	for _, e := range w.entries {
		n := binary.PutVarint(buf[:], int64(int16(e)))
		bw.Write(buf[:n])
	}
	return nil
}

// readWeights reads a table written by writeTo.
func readWeights(br *bufio.Reader) (*weights, error) {
	get := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			panic(err)
		}
		return v
	}
	var w *weights
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				e, ok := r.(error)
				if !ok {
					panic(r)
				}
				err = e
			}
		}()
		nc := get()
		if nc == 0 || nc > 255 {
			return fmt.Errorf("%d classes", nc)
		}
		w = &weights{nClasses: int(nc), scale: math.Float32frombits(uint32(get()))}
		n := get()
		if n > 1<<28 {
			return fmt.Errorf("%d features", n)
		}
		keys := make([]uint64, n)
		prev := uint64(0)
		for i := range keys {
			prev += get()
			keys[i] = prev
			if prev == 0 || i > 0 && keys[i] <= keys[i-1] {
				return errors.New("feature keys out of order")
			}
		}
		counts := make([]int, n)
		total := 0
		for i := range counts {
			c := get()
			if c == 0 || c > nc {
				return fmt.Errorf("feature with %d weights", c)
			}
			counts[i] = int(c)
			total += int(c)
		}
		cls := make([]uint8, total)
		if _, err := io.ReadFull(br, cls); err != nil {
			return err
		}
		for _, c := range cls {
			if int(c) >= w.nClasses {
				return fmt.Errorf("class %d of %d", c, w.nClasses)
			}
		}
		ws := make([]int16, total)
		for i := range ws {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return err
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return fmt.Errorf("weight %d out of range", v)
			}
			ws[i] = int16(v)
		}
		w.build(keys, counts, cls, ws)
		return nil
	}()
	if err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	return w, nil
}

// newScores returns a score vector for n classes with the room score needs.
func newScores(n int) []int32 { return make([]int32, n, 256) }
