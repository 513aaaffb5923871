package powermap

// Event types, as defined in the facts format (GUIDE.md).
const (
	EventMeet      = "meet"
	EventFund      = "fund"
	EventSupport   = "support"
	EventOppose    = "oppose"
	EventThreaten  = "threaten"
	EventPosition  = "position"
	EventReconcile = "reconcile"
)

// EventTypes lists every event type.
var EventTypes = []string{EventMeet, EventFund, EventSupport, EventOppose, EventThreaten, EventPosition, EventReconcile}

// Undirected reports whether events of type t have actors rather than a
// source and a target.
func Undirected(t string) bool { return t == EventMeet || t == EventReconcile }

// Span is a byte range of Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is a person or organization as one article names it.
type Entity struct {
	Name    string   `json:"name"` // canonical: the knowledge base's, or the fullest form in the article
	Type    string   `json:"type"` // "person" or "org"
	KBID    string   `json:"kb_id,omitempty"`
	Aliases []string `json:"aliases"` // other surface forms in the article
	// Mentions are the spans that name the entity, in text order.
	Mentions []Span `json:"mentions"`
}

// Event is something an article says happened (or is planned) between
// entities, with the evidence for it.
type Event struct {
	Type      string   `json:"type"`
	Actors    []string `json:"actors,omitempty"` // meet, reconcile
	Source    string   `json:"source,omitempty"`
	Target    string   `json:"target,omitempty"`
	Mediator  string   `json:"mediator,omitempty"`
	Also      []string `json:"also,omitempty"`   // fund: other beneficiaries of the same payment
	Role      string   `json:"role,omitempty"`   // position
	Status    string   `json:"status,omitempty"` // position: start, end, hold
	Date      string   `json:"date,omitempty"`   // YYYY, YYYY-MM or YYYY-MM-DD
	Place     string   `json:"place,omitempty"`
	AmountUSD *float64 `json:"amount_usd,omitempty"`
	Planned   bool     `json:"planned,omitempty"`
	// Evidence is the sentence that states the event.
	Evidence Span `json:"evidence"`
	// Rule names the pattern that produced the event; Confidence is its
	// estimate in (0, 1], lowered (with Note saying why) where unsure.
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	Note       string  `json:"note,omitempty"`
}

// Participants returns every entity name the event involves.
func (e *Event) Participants() []string {
	out := append([]string{}, e.Actors...)
	for _, n := range []string{e.Source, e.Target, e.Mediator} {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Quote is a direct quotation attributed to a speaker.
type Quote struct {
	Speaker    string  `json:"speaker"`
	Text       string  `json:"text"`
	Span       Span    `json:"span"` // the quoted words, without quotation marks
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}

// Facts is everything extracted from one article.
type Facts struct {
	People        []Entity `json:"people"`
	Organizations []Entity `json:"organizations"`
	Events        []Event  `json:"events"`
	Quotes        []Quote  `json:"quotes"`
}
