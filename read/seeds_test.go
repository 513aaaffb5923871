package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// sharedDir returns ../shared/SUB beside the repository, or skips the test.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is absent (it sits beside the repository in CI): %v", dir, err)
	}
	return dir
}

// TestSeeds checks the two articles the project grew from, read from
// ../shared/seeds (never copied into the repository).
func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	first, err := ParseText("000", mustRead(t, filepath.Join(dir, "000_e210caf586e79ff1.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if first.PublishedString() != "2026-01-07" {
		t.Errorf("seed 000 published %q", first.PublishedString())
	}
	if len(first.Posts) != 1 || first.Posts[0].Author != "Elon Musk" || first.Posts[0].Handle != "elonmusk" || first.Posts[0].Posted.Format("2006-01-02") != "2026-01-04" {
		t.Errorf("seed 000 posts = %+v", first.Posts)
	}
	if got := blockTexts(first, powermap.BlockPhotoCredit); len(got) != 1 || !strings.HasPrefix(got[0], "Photo by ") {
		t.Errorf("seed 000 photo credits = %q", got)
	}

	second, err := ParseText("001", mustRead(t, filepath.Join(dir, "001_e126f8108d4afafb.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if second.Published.Format("2006-01-02") != "2024-12-20" || second.Byline != "Evan Williams" || second.Dateline != "Palm Beach, Florida" {
		t.Errorf("seed 001: published %s byline %q dateline %q", second.PublishedString(), second.Byline, second.Dateline)
	}
	links := blockTexts(second, powermap.BlockLinkList)
	if len(links) != 1 || !strings.HasPrefix(links[0], "More on Donald Trump:") || strings.Count(links[0], "\n- ") != 3 {
		t.Errorf("seed 001 link lists = %q", links)
	}
	if got := blockTexts(second, powermap.BlockPhotoCredit); len(got) != 1 || !strings.HasPrefix(got[0], "Cover photo:") {
		t.Errorf("seed 001 photo credits = %q", got)
	}
}
