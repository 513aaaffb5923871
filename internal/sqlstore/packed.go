package sqlstore

import (
	"errors"
	"strconv"
	"strings"
)

// packedRows returns the SQL of an aggregate that packs the rows of
// columns (integers, then one text last) into one text: each row as its
// integers, each followed by ",", then the text's length in bytes, ":"
// and the text. A list of a hundred rows read so costs one value's work
// of the driver instead of one per column and row, which in
// modernc.org/sqlite (a lock, a type and a copy for each value) cost more
// than SQLite's stepping through the rows. The rows are packed in the
// order they come (order the inner query when it matters). NULL when
// there are none.
func packedRows(columns ...string) string {
	var b strings.Builder
	b.WriteString("string_agg(")
	for _, c := range columns[:len(columns)-1] {
		b.WriteString("CAST(" + c + " AS TEXT) || ',' || ")
	}
	last := columns[len(columns)-1]
	b.WriteString("CAST(octet_length(" + last + ") AS TEXT) || ':' || " + last + ", '')")
	return b.String()
}

// packedReader reads the rows packedRows packed.
type packedReader struct {
	s   string
	err error
}

var errPacked = errors.New("damaged packed rows")

// done reports whether every row was read (or reading failed).
func (r *packedReader) done() bool { return r.s == "" || r.err != nil }

// int reads an integer column.
func (r *packedReader) int() int64 {
	if r.err != nil {
		return 0
	}
	i := strings.IndexByte(r.s, ',')
	if i < 0 {
		r.err = errPacked
		return 0
	}
	n, err := strconv.ParseInt(r.s[:i], 10, 64)
	if err != nil {
		r.err = errPacked
		return 0
	}
	r.s = r.s[i+1:]
	return n
}

// last reads a row's text, its last column.
func (r *packedReader) last() string {
	if r.err != nil {
		return ""
	}
	i := strings.IndexByte(r.s, ':')
	n, err := strconv.Atoi(r.s[:max(i, 0)])
	if i < 0 || err != nil || n < 0 || n > len(r.s)-i-1 {
		r.err = errPacked
		return ""
	}
	v := r.s[i+1 : i+1+n]
	r.s = r.s[i+1+n:]
	return v
}
