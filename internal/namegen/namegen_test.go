package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunWritesOneGenderNames checks that a name on both lists, or on the
// hand-written list, is left out, and the others are written by gender.
func TestRunWritesOneGenderNames(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	female := write("f.txt", "Odile\nRobin\nMaud\nmaud2\n")
	male := write("m.txt", "Aldo\nRobin\nCasimir\n")
	hand := write("hand.txt", "# hand\nfemale Maud\nboth Jan\n")
	out := filepath.Join(dir, "out.txt")
	t.Chdir(filepath.Join("..", "..")) // unisex.txt is read from the repository's root
	if err := run(female, male, hand, out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, n := range f[1:] {
			got[n] = f[0]
		}
	}
	want := map[string]string{"Odile": "female", "Aldo": "male", "Casimir": "male"}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for n, g := range want {
		if got[n] != g {
			t.Errorf("%s: got %q, want %q", n, got[n], g)
		}
	}
}

// TestRunNamesAMissingList checks that a list that cannot be read is an
// error naming it.
func TestRunNamesAMissingList(t *testing.T) {
	err := run("/nonexistent/f.txt", "/nonexistent/m.txt", "/nonexistent/h.txt", filepath.Join(t.TempDir(), "o.txt"))
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/f.txt") {
		t.Errorf("got %v, want an error naming the missing list", err)
	}
}
