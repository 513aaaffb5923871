package wordlines

import (
	"reflect"
	"strings"
	"testing"
)

func TestOneSided(t *testing.T) {
	a := map[string]bool{"ada": true, "robin": true, "maud": true}
	b := map[string]bool{"aldo": true, "robin": true}
	onlyA, onlyB := OneSided(a, b, map[string]bool{"maud": true})
	if !reflect.DeepEqual(onlyA, []string{"ada"}) || !reflect.DeepEqual(onlyB, []string{"aldo"}) {
		t.Errorf("got %v %v", onlyA, onlyB)
	}
}

func TestWriteWrapsLines(t *testing.T) {
	var b strings.Builder
	words := make([]string, 30)
	for i := range words {
		words[i] = "abcdefgh"
	}
	Write(&b, "praise", words)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines: %q", len(lines), b.String())
	}
	n := 0
	for _, l := range lines {
		if len(l) > 100 || !strings.HasPrefix(l, "praise ") {
			t.Errorf("line %q", l)
		}
		n += len(strings.Fields(l)) - 1
	}
	if n != 30 {
		t.Errorf("%d words written, want 30", n)
	}
	b.Reset()
	Write(&b, "attack", nil)
	if b.Len() != 0 {
		t.Errorf("no words wrote %q", b.String())
	}
}
