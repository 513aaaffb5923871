package syntax

import "golang.org/x/sys/cpu"

// addRowsAVX2 adds the dense rows at offs (elements into base) to acc,
// denseWidth sums (dense_amd64.s).
//
//go:noescape
func addRowsAVX2(acc *int32, base *int16, offs *int32, n int)

// haveAVX2 reports whether the processor runs addRowsAVX2.
var haveAVX2 = cpu.X86.HasAVX2

// addRows adds the dense rows at offs to acc, which has room for
// denseWidth sums.
func addRows(acc []int32, base []int16, offs []int32) {
	if len(offs) == 0 {
		return
	}
	if haveAVX2 {
		_ = acc[denseWidth-1]
		addRowsAVX2(&acc[0], &base[0], &offs[0], len(offs))
		return
	}
	addRowsGo(acc, base, offs)
}
