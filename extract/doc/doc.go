// Package doc holds the document the extraction stages share: the Doc,
// the types of the layers the stages add to it (tokens and sentences,
// mentions, entities, dates, amounts, quotations, events), and the small
// accessors every stage needs (the sentence of a token or a byte, the
// mentions around a token). Every layer carries byte offsets into
// Article.Text, which is never changed.
package doc

import (
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/kb"
)

// Token is a word, number, handle or punctuation mark.
type Token struct {
	Start, End int
	Text       string // Doc.Text[Start:End]
	Lower      string // Text in lower case, computed once
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
	// Pending is a single capitalised word that may be a surname, a
	// first name or a short form of an organization; coreference decides.
	Pending MentionType = "pending"
	// Candidate is a two- or three-word capitalised name with nothing yet
	// to type it; it becomes a person when listed with a person ("Harlan
	// Voss and Senator Dana Whitfield") and is dropped otherwise.
	Candidate MentionType = "candidate"
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
	Entry *kb.Entry // the knowledge-base entry the mention names, if known
}

// Entity is one person or organization within the article.
type Entity struct {
	Name     string
	Type     MentionType
	KB       *kb.Entry
	Aliases  map[string]bool // surface forms seen
	Mentions []int           // indexes into Doc.Mentions
	Gender   string
	// GenderGuessed is true when Gender was only guessed from the given
	// name's ending ("-a"): a pronoun of the other gender with no one
	// else to stand for may still take the entity.
	GenderGuessed bool
	// Named is true when the article names the entity (not only by a title
	// or a pronoun); listed people must be named or identified by title.
	Named bool
	// Passing is true for an organization that takes part in nothing and
	// that every mention names only as a venue ("dined at the Ashcombe
	// Club", "filed in Superior Court") or as the seat of an office ("the
	// mayor of Port Ellis"): the facts do not list it (see extract/roster).
	Passing bool
}

// DateExpr is a date expression normalised against the publication date.
type DateExpr struct {
	Start, End int
	Sent       int
	Value      string // YYYY, YYYY-MM or YYYY-MM-DD; "" for vague expressions
	Future     bool
	// Ahead is the value the expression takes if what it dates is still
	// to come, where that differs from Value: a weekday, a month or a day
	// of a month without a year read as past by the words around it ("She
	// will become president of the institute, a group focused on labor
	// policy, in March": "focused" is no past of the clause).
	Ahead string
}

// CompareDay returns -1, 0 or +1 as date value v (YYYY, YYYY-MM or
// YYYY-MM-DD) lies before, at or after day t, compared at v's precision
// ("2025-06" is at 2025-06-12); 0 for an empty value or a zero day.
func CompareDay(v string, t time.Time) int {
	if v == "" || t.IsZero() {
		return 0
	}
	day := t.Format("2006-01-02")
	return strings.Compare(v, day[:min(len(v), len(day))])
}

// Amount is a sum of money in US dollars.
type Amount struct {
	Start, End int
	Sent       int
	USD        float64 // 0 for vague amounts ("hundreds of millions")
}

// QuoteSpan is a run of quoted words: the tokens between a pair of
// quotation marks.
type QuoteSpan struct {
	Open, Close int // tokens of the marks
	Sent        int // sentence of the opening mark
	// RunOn is true when the quotation is left open at the end of its
	// paragraph and goes on in the next span; Close is then the first
	// token of the next paragraph.
	RunOn bool
}

// Doc is one article under extraction.
type Doc struct {
	Article   *powermap.Article
	Text      string
	Published time.Time // publication date, or zero
	KB        *kb.KB

	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Entities  []*Entity
	Dates     []DateExpr
	Amounts   []Amount
	Quotes    []powermap.Quote
	Events    []powermap.Event

	// Quoted marks the tokens inside quotation marks, which never hold
	// event participants or pronoun antecedents; QuoteSpans are the
	// quotations the marks enclose, in text order.
	Quoted     []bool
	QuoteSpans []QuoteSpan
	// QuoteSpeaker is the entity of each of Quotes.
	QuoteSpeaker []int
	// nameLists keeps NameLists' answer (nil until asked).
	nameLists []NameList
	// LeadDay is the day of the news the article leads with, if it says
	// (YYYY-MM-DD).
	LeadDay string
	// EntryDay is, for each sentence of a live blog's time-stamped
	// entries, the day of its entry (YYYY-MM-DD); nil for an article that
	// is no live blog.
	EntryDay []string
}

// New returns the document of article a, to be read with knowledge base
// k: no layer is filled yet. The publication date is kept when the article
// gives its day.
func New(a *powermap.Article, k *kb.KB) *Doc {
	d := &Doc{Article: a, Text: a.Text, KB: k}
	if a.PublishedPrecision >= powermap.PrecisionDay {
		y, m, dd := a.Published.Date()
		d.Published = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	return d
}

// EntityName returns the canonical name of mention m's entity, or "".
func (d *Doc) EntityName(m int) string {
	if m < 0 || d.Mentions[m].Entity < 0 {
		return ""
	}
	return d.Entities[d.Mentions[m].Entity].Name
}
