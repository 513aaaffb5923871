// Package extract finds people, organizations, dates, amounts, quotes and
// events in an article. It is a pipeline of small stages over one Doc, in
// the spirit of spaCy's Doc and components: sentences, tokens, mentions,
// coreference, dates, amounts, quotes, events. Each stage reads the layers
// earlier stages left on the Doc and adds its own; every layer carries
// byte offsets into Article.Text, which is never changed.
package extract

import (
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract/frame"
	"github.com/powermap/powermap/kb"
)

// Token is a word, number, handle or punctuation mark.
type Token struct {
	Start, End int
	Text       string // Doc.Text[Start:End]
	Cap        bool   // starts with an upper-case letter
	Word       bool   // letters or digits (not punctuation)
}

// Sentence is a run of tokens that ends a sentence or a block.
type Sentence struct {
	Start, End  int  // byte span
	First, Last int  // token range [First, Last)
	Post        int  // index into Article.Posts for sentences of an embedded post, else -1
	Title       bool // from the headline or a subheading
}

// MentionType is what a mention names.
type MentionType string

// Mention types.
const (
	Person MentionType = "person"
	Org    MentionType = "org"
	Place  MentionType = "place"
)

// Mention is a span that names an entity. Entity is the index into
// Doc.Entities it resolves to, or -1 for places and unresolved mentions.
type Mention struct {
	Start, End  int
	First, Last int // token range
	// TitleFirst is where the mention's title starts ("Senator" in
	// "Senator Dana Whitfield"); First when it has none.
	TitleFirst int
	Sent       int
	Type       MentionType
	Entity     int
	Rule       string // how it was found: kb, name, title, surname, handle, pronoun, …
	Pronoun    bool
	// Title is the title or role phrase right before the name, if any
	// ("President-elect", "Sen.").
	Title string
	entry *kb.Entry // the knowledge-base entry the mention names, if known
}

// Entity is one person or organization within the article.
type Entity struct {
	Name     string
	Type     MentionType
	KB       *kb.Entry
	Aliases  map[string]bool // surface forms seen
	Mentions []int           // indexes into Doc.Mentions
	Gender   string
	// Named is true when the article names the entity (not only by a title
	// or a pronoun); listed people must be named or identified by title.
	Named bool
}

// DateExpr is a date expression normalised against the publication date.
type DateExpr struct {
	Start, End int
	Sent       int
	Value      string // YYYY, YYYY-MM or YYYY-MM-DD; "" for vague expressions
	Future     bool
}

// Amount is a sum of money in US dollars.
type Amount struct {
	Start, End int
	Sent       int
	USD        float64 // 0 for vague amounts ("hundreds of millions")
}

// Doc is one article under extraction.
type Doc struct {
	Article   *powermap.Article
	Text      string
	Published time.Time // publication date, or zero
	KB        *kb.KB
	frames    *frame.Lexicon

	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Entities  []*Entity
	Dates     []DateExpr
	Amounts   []Amount
	Quotes    []powermap.Quote
	Events    []powermap.Event

	// quoted marks the tokens inside quotation marks, which never hold
	// event participants or pronoun antecedents.
	quoted       []bool
	leadDay      string // the day of the news the article leads with, if it says
	quotes       []quoteSpan
	quoteSpeaker []int            // entity of each of Quotes
	syntax       []*parsed        // per sentence, filled as the event stage needs it
	wordAt       map[string][]int // capitalised word → where it stands alone, for name lookups
	surnames     map[string][]int // surname → entities named in full
	givenNames   map[string][]int // first name → entities named in full
}

// EntityName returns the canonical name of mention m's entity, or "".
func (d *Doc) EntityName(m int) string {
	if m < 0 || d.Mentions[m].Entity < 0 {
		return ""
	}
	return d.Entities[d.Mentions[m].Entity].Name
}
