package sqlstore

import "testing"

// TestPackedReader reads rows as packedRows packs them, the text last
// holding the separators and characters of more than one byte, and
// refuses damaged ones.
func TestPackedReader(t *testing.T) {
	r := packedReader{s: "12,3,10:a:1,b|c,é" + "7,-1,0:" + "8,2,4:x,y:"}
	type row struct {
		a, b int64
		s    string
	}
	var got []row
	for !r.done() {
		a, b, s := r.int(), r.int(), r.last()
		got = append(got, row{a, b, s})
	}
	want := []row{{12, 3, "a:1,b|c,é"}, {7, -1, ""}, {8, 2, "x,y:"}}
	if r.err != nil || len(got) != len(want) {
		t.Fatalf("%v %v", got, r.err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"12", "12,3", "12,3,9:short", "x,3,1:a", "1,2,-1:", "1,2,a:b"} {
		r := packedReader{s: bad}
		for !r.done() {
			r.int()
			r.int()
			r.last()
		}
		if r.err == nil {
			t.Errorf("%q read without error", bad)
		}
	}
	if s := packedRows("a", "b", "c"); s != "string_agg(CAST(a AS TEXT) || ',' || CAST(b AS TEXT) || ',' || CAST(octet_length(c) AS TEXT) || ':' || c, '')" {
		t.Errorf("packedRows: %s", s)
	}
}
