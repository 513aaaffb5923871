package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/powermap/powermap"
)

func openTemp(t *testing.T) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func sample(name, text string) *powermap.Article {
	return &powermap.Article{
		Name: name, Source: name + ".txt", Format: "text", Title: "T " + name, Byline: "Ann Writer", Dateline: "Riverton, Ohio",
		Published: time.Date(2025, 3, 14, 18, 5, 0, 0, time.FixedZone("EDT", -4*3600)), PublishedPrecision: powermap.PrecisionTime,
		Text:   text,
		Blocks: []powermap.Block{{Kind: powermap.BlockBody, Start: 0, End: 5}, {Kind: powermap.BlockPhotoCredit, Start: 6, End: len(text)}},
		Posts:  []powermap.Post{{Author: "Tomas Reyes", Handle: "tomasreyes", Posted: time.Date(2025, 3, 13, 0, 0, 0, 0, time.UTC), Start: 0, End: 5, TextStart: 0, TextEnd: 3}},
	}
}

func TestPutAndGetRoundTrip(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	in := sample("one", "Hello\r\nPhoto by X “curly” \u00a0end")
	res, err := db.PutArticle(ctx, in)
	if err != nil || res.Duplicate || res.ID == 0 {
		t.Fatalf("put = %+v, %v", res, err)
	}
	for _, ref := range []string{"1", "one"} {
		got, err := db.Article(ctx, ref)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != in.Text {
			t.Errorf("text changed: %q", got.Text)
		}
		if got.PublishedString() != "2025-03-14T18:05:00-04:00" || got.Byline != in.Byline || got.Dateline != in.Dateline {
			t.Errorf("metadata = %+v", got)
		}
		if len(got.Blocks) != 2 || got.Blocks[1] != in.Blocks[1] {
			t.Errorf("blocks = %+v", got.Blocks)
		}
		if len(got.Posts) != 1 || got.Posts[0].Handle != "tomasreyes" || got.Posts[0].Posted.Format("2006-01-02") != "2025-03-13" {
			t.Errorf("posts = %+v", got.Posts)
		}
	}
	list, err := db.Articles(ctx)
	if err != nil || len(list) != 1 || list[0].Posts != 1 || list[0].Boilerplate != 1 || list[0].Published != "2025-03-14T18:05:00-04:00" {
		t.Errorf("list = %+v, %v", list, err)
	}
	if _, err := db.Article(ctx, "nope"); !errors.Is(err, powermap.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestDuplicates(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a := sample("a", "The senator met the developer on Friday.")
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	// Same text up to case, spacing and quote style: a duplicate.
	b := sample("b", "the  senator met\nthe developer on Friday.")
	if res, err := db.PutArticle(ctx, b); err != nil || !res.Duplicate || res.ID != a.ID {
		t.Errorf("normalised text: %+v %v", res, err)
	}
	// Same canonical URL, other text: a duplicate.
	c := sample("c", "An update to the story.")
	c.URL = "https://news.example/story"
	d := sample("d", "A later version of the story.")
	d.URL = c.URL
	if res, err := db.PutArticle(ctx, c); err != nil || res.Duplicate {
		t.Fatalf("c: %+v %v", res, err)
	}
	if res, err := db.PutArticle(ctx, d); err != nil || !res.Duplicate || res.ID != c.ID {
		t.Errorf("same URL: %+v %v", res, err)
	}
	list, _ := db.Articles(ctx)
	if len(list) != 2 {
		t.Errorf("stored %d articles, want 2", len(list))
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t)
	db.PutArticle(ctx, sample("a", "Some article text here."))
	db.Close()
	db2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	var v int
	db2.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	var mode string
	db2.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if v < 1 || mode != "wal" {
		t.Errorf("user_version %d, journal_mode %q", v, mode)
	}
	if list, _ := db2.Articles(ctx); len(list) != 1 {
		t.Errorf("reopened store has %d articles", len(list))
	}
	if _, err := db2.SQL().Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db2.Close()
	if _, err := Open(ctx, path); err == nil {
		t.Error("opened a store from a newer powermap without complaint")
	}
}
