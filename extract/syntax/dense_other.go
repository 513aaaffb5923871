//go:build !amd64

package syntax

// addRows adds the dense rows at offs to acc, which has room for
// denseWidth sums.
func addRows(acc []int32, base []int16, offs []int32) { addRowsGo(acc, base, offs) }
