package extract

import (
	"github.com/powermap/powermap/extract/doc"
)

// The document and its layers, defined in package doc and named here as
// they always were.
type (
	// Doc is one article under extraction (doc.Doc).
	Doc = doc.Doc
	// Token is a word, number, handle or punctuation mark (doc.Token).
	Token = doc.Token
	// Sentence is a run of tokens (doc.Sentence).
	Sentence = doc.Sentence
	// MentionType is what a mention names (doc.MentionType).
	MentionType = doc.MentionType
	// Mention is a span that names an entity (doc.Mention).
	Mention = doc.Mention
	// Entity is one person or organization within the article (doc.Entity).
	Entity = doc.Entity
	// DateExpr is a normalised date expression (doc.DateExpr).
	DateExpr = doc.DateExpr
	// Amount is a sum of money in US dollars (doc.Amount).
	Amount = doc.Amount
)

// Mention types.
const (
	Person = doc.Person
	Org    = doc.Org
	Place  = doc.Place
)
