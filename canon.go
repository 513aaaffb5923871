package powermap

// CanonicalEntity is a person or organization across all stored articles.
type CanonicalEntity struct {
	ID      int64    `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"` // person, org
	KBID    string   `json:"kb_id,omitempty"`
	Aliases []string `json:"aliases"`
	// Articles and Events count the articles that name the entity and the
	// merged events it takes part in.
	Articles int `json:"articles"`
	Events   int `json:"events"`
}

// Source is one article's report of a merged event.
type Source struct {
	ArticleID int64  `json:"article"`
	Name      string `json:"name"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Location  string `json:"location"` // URL, or the file it was read from
	Evidence  string `json:"evidence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Date      string `json:"date,omitempty"`  // the date this source gives
	Place     string `json:"place,omitempty"` // the place this source names
	// Planned tells that this source reports a plan ("will meet next
	// week"), not the happening itself.
	Planned    bool    `json:"planned,omitempty"`
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}

// CanonicalEvent is one real-world happening with every article that
// reports it.
type CanonicalEvent struct {
	ID     int64    `json:"id"`
	Type   string   `json:"type"`
	Actors []string `json:"actors,omitempty"`
	Source string   `json:"source,omitempty"`
	Target string   `json:"target,omitempty"`
	// Mediator, Role and Status come from the sources that give them.
	Mediator string `json:"mediator,omitempty"`
	Role     string `json:"role,omitempty"`
	Status   string `json:"status,omitempty"`
	// Date is the date most sources give; Dates lists every date given,
	// so that conflicts show.
	Date      string   `json:"date"`
	Dates     []string `json:"dates,omitempty"`
	Place     string   `json:"place,omitempty"`
	AmountUSD *float64 `json:"amount_usd,omitempty"`
	Planned   bool     `json:"planned,omitempty"`
	// FirstSeen is the earliest publication among the sources, used to
	// place undated events.
	FirstSeen string   `json:"first_seen"`
	Sources   []Source `json:"sources"`
	// Kinds gives the entity type (person, org) of each participant, by
	// name, when the store read it with the participants.
	Kinds map[string]string `json:"-"`
}

// Participants returns every name the event involves.
func (e *CanonicalEvent) Participants() []string {
	out := append([]string{}, e.Actors...)
	for _, n := range []string{e.Source, e.Target, e.Mediator} {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// EventFilter selects merged events. Empty fields select everything.
type EventFilter struct {
	ID      int64 // one event
	Type    string
	Persons []int64 // canonical entity ids; all must take part
	From    string  // dates (or first-seen days, for undated events) from this YYYY[-MM[-DD]]
	To      string  // … up to and including this one
	Place   string  // substring of the place, case-insensitive
	Limit   int
	// After, a cursor EventCursor made, starts the list just after that
	// event in time order: the next page of a timeline.
	After string
	// NoSources leaves the events' Sources empty (nil): for counts and
	// graphs, which need only types, dates and participants.
	NoSources bool
	// Types selects events of any of these types (with Type, of both).
	Types []string
	// Among selects events at least two of these entities take part in.
	Among []int64
	// Newest lists the events latest first (and After pages backwards).
	Newest bool
}

// Curation is a user's decision about entities, kept and replayed after
// every re-ingest and re-extraction.
type Curation struct {
	// Action is merge, split or alias (of entities), reject (a merged
	// event) or remove (an article).
	Action string
	// Subject is an entity's name or alias (merge: the one that goes); for
	// reject, the event's id; for remove, the article's id or name.
	Subject string
	Object  string // merge: the entity kept; split: the new name; alias: the alias
	Article string // split: the article whose mentions move
	Reason  string // why, in the user's words (kept in the log)
	// Force allows a merge of entities of different types (a person into
	// an organization), which is otherwise refused.
	Force bool
}

// CurationRecord is one entry of the curation log: a user's decision, who
// it named (by id, which stays valid), and whether it was undone.
type CurationRecord struct {
	ID        int64  `json:"id"`
	Action    string `json:"action"` // merge, split, alias, reject, remove
	Subject   string `json:"subject"`
	SubjectID int64  `json:"subject_id,omitempty"`
	Object    string `json:"object"`
	ObjectID  int64  `json:"object_id,omitempty"`
	ArticleID int64  `json:"article,omitempty"`
	Note      string `json:"note,omitempty"`   // what it did, in words
	Reason    string `json:"reason,omitempty"` // why, in the user's words
	Created   string `json:"created"`
	Undone    string `json:"undone,omitempty"` // when it was undone
}

// ResolveReport tells what a resolution run did.
type ResolveReport struct {
	EntitiesResolved int `json:"entities_resolved"`
	EntitiesCreated  int `json:"entities_created"`
	Events           int `json:"events"`
	MergedEvents     int `json:"merged_events"`
}

// QuoteRecord is a stored quotation with its canonical speaker and article.
type QuoteRecord struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	ArticleID int64  `json:"article"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// SearchHit is an article matching a full-text search.
type SearchHit struct {
	ArticleID int64  `json:"article"`
	Name      string `json:"name"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Snippet   string `json:"snippet"` // text around the matches, matches in [brackets]
}

// Edge counts the events of one type two entities share.
type Edge struct {
	A, B  int64
	Type  string
	Count int
}

// Kinds of configuration files a store keeps.
const (
	ConfigKB    = "kb"    // a knowledge-base file (JSON entries)
	ConfigRules = "rules" // an event-frames file
)

// ConfigFile is a user file the store's extraction uses, kept whole so
// that every later command extracts as the first did.
type ConfigFile struct {
	Kind    string `json:"kind"` // ConfigKB or ConfigRules
	Name    string `json:"name"` // the file as the user named it
	SHA256  string `json:"sha256"`
	Size    int    `json:"size"`
	Set     string `json:"set"` // when it was put in force (RFC 3339)
	Content []byte `json:"-"`
}
