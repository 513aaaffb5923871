// Package powermap holds the domain types of powermap: articles as read from
// their sources, the facts extracted from them, and the Store that keeps both.
//
// Everything derived from an article points into Article.Text by byte
// offsets: Text[b.Start:b.End] is exactly the text of a block b. Text is kept
// byte for byte as it was read, so offsets stay valid forever.
package powermap

import (
	"time"
)

// BlockKind labels a span of an article's text. Title, body and heading
// blocks are the article's prose; meta and byline blocks are metadata; the
// rest is boilerplate, which later stages can tell apart (and which is kept,
// so that nothing read is silently dropped).
type BlockKind string

// The kinds of blocks the readers mark.
const (
	BlockMeta        BlockKind = "meta"         // date header or publication-time line
	BlockTitle       BlockKind = "title"        // the headline
	BlockByline      BlockKind = "byline"       // "By Evan Williams"
	BlockBody        BlockKind = "body"         // article text
	BlockHeading     BlockKind = "heading"      // a subheading inside the body
	BlockPhotoCredit BlockKind = "photo-credit" // "Photo by …", "Cover photo: …"
	BlockLinkList    BlockKind = "link-list"    // "More on …:" and its items
	BlockPost        BlockKind = "post"         // an embedded social-media post
	BlockShare       BlockKind = "share"        // share, subscribe and advertisement lines
)

// IsProse reports whether text of this kind is the article's own writing.
func (k BlockKind) IsProse() bool {
	return k == BlockBody || k == BlockHeading || k == BlockTitle
}

// IsBoilerplate reports whether text of this kind is around the article
// rather than part of it: credits, link lists, share lines and embedded
// posts (which extraction reads as posts, see Post).
func (k BlockKind) IsBoilerplate() bool {
	return k == BlockPost || k.IsCountedBoilerplate()
}

// IsCountedBoilerplate reports whether a block counts in an article's
// boilerplate count: boilerplate other than posts, which are counted apart.
func (k BlockKind) IsCountedBoilerplate() bool {
	return k == BlockPhotoCredit || k == BlockLinkList || k == BlockShare
}

// CountedBoilerplateKinds lists the kinds IsCountedBoilerplate accepts, for
// stores that count them in queries.
var CountedBoilerplateKinds = []BlockKind{BlockPhotoCredit, BlockLinkList, BlockShare}

// Block is a labelled span of Article.Text.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Start int       `json:"start"`
	End   int       `json:"end"`
}

// Post is a social-media post embedded in an article, such as a quoted
// tweet with its signature line "— Elon Musk (@elonmusk) January 4, 2026".
type Post struct {
	Author string `json:"author"`
	Handle string `json:"handle"` // without the leading @
	// Posted is the post's date as the signature gives it (zero if absent).
	Posted time.Time `json:"posted"`
	// Start and End bound the whole post, signature included; TextStart and
	// TextEnd bound the words of the post alone.
	Start     int `json:"start"`
	End       int `json:"end"`
	TextStart int `json:"text_start"`
	TextEnd   int `json:"text_end"`
}

// Precision says how much of a time value the source actually gave.
type Precision int

// Precisions of a publication time, from none to the minute.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionTime
)

// Article is one news article as read from its source.
type Article struct {
	ID int64 `json:"id"`
	// Name identifies the article to people and to the facts export: the
	// source file's name without its extension, or a name derived from the
	// URL.
	Name string `json:"name"`
	// Source is where it was read from: a file path, "-" for stdin, or a URL.
	Source string `json:"source"`
	// URL is the canonical URL when the source gives one.
	URL      string `json:"url,omitempty"`
	Title    string `json:"title"`
	Outlet   string `json:"outlet"`
	Byline   string `json:"byline"`
	Dateline string `json:"dateline"`
	// Published is the publication time, meaningful to PublishedPrecision.
	Published          time.Time `json:"-"`
	PublishedPrecision Precision `json:"-"`
	// Format is the reader that produced the article: text, html or feed.
	Format string `json:"format"`
	// Text is the article text, byte for byte as read (for HTML, the text
	// rendered from the page's main content).
	Text   string  `json:"text"`
	Blocks []Block `json:"blocks"`
	Posts  []Post  `json:"posts"`
	// Facts are what extraction found, stored with the article in the
	// same transaction (nil before extraction).
	Facts *Facts `json:"facts,omitempty"`
}

// PublishedString renders Published at its precision: "" when unknown,
// "2024-12-20" for a date, RFC 3339 for a time.
func (a *Article) PublishedString() string {
	return FormatTime(a.Published, a.PublishedPrecision)
}

// FormatTime renders t at precision p: "" for none, YYYY, YYYY-MM,
// YYYY-MM-DD, or RFC 3339 for a full time.
func FormatTime(t time.Time, p Precision) string {
	switch p {
	case PrecisionYear:
		return t.Format("2006")
	case PrecisionMonth:
		return t.Format("2006-01")
	case PrecisionDay:
		return t.Format("2006-01-02")
	case PrecisionTime:
		return t.Format(time.RFC3339)
	}
	return ""
}

// ParseTime is the inverse of FormatTime.
func ParseTime(s string) (time.Time, Precision, error) {
	layouts := []struct {
		layout string
		p      Precision
	}{
		{time.RFC3339, PrecisionTime},
		{"2006-01-02", PrecisionDay},
		{"2006-01", PrecisionMonth},
		{"2006", PrecisionYear},
	}
	if s == "" {
		return time.Time{}, PrecisionNone, nil
	}
	var err error
	for _, l := range layouts {
		var t time.Time
		if t, err = time.Parse(l.layout, s); err == nil {
			return t, l.p, nil
		}
	}
	return time.Time{}, PrecisionNone, err
}

// BoilerplateCount is the number of boilerplate blocks other than embedded
// posts, which are counted by len(Posts).
func (a *Article) BoilerplateCount() int {
	n := 0
	for _, b := range a.Blocks {
		if b.Kind.IsCountedBoilerplate() {
			n++
		}
	}
	return n
}
