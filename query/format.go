package query

import (
	"math"
	"strconv"
	"strings"
)

// Money writes an amount in dollars as a reader would: 290000000 as "$290
// million", 1500000 as "$1.5 million", 25000 as "$25,000".
func Money(v float64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	for _, u := range []struct {
		n    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if v >= u.n {
			return sign + "$" + strconv.FormatFloat(math.Round(v/u.n*10)/10, 'f', -1, 64) + " " + u.name
		}
	}
	s := strconv.FormatFloat(math.Round(v), 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + "$" + b.String()
}
