package powermap

import "context"

// ArticleSummary is what a listing of stored articles shows for each one.
type ArticleSummary struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	Published   string `json:"published"` // RFC 3339 date or time; "" when unknown
	Byline      string `json:"byline"`
	Dateline    string `json:"dateline"`
	Source      string `json:"source"`
	URL         string `json:"url,omitempty"`
	Posts       int    `json:"posts"`
	Boilerplate int    `json:"boilerplate"`
}

// PutResult tells what storing an article did.
type PutResult struct {
	ID int64
	// Duplicate is true when an equal article (same canonical URL or same
	// normalised text) was already stored; ID is then that article's.
	Duplicate bool
}

// ArticleReader reads stored articles and the facts extracted from them:
// what exports and re-extraction read.
type ArticleReader interface {
	// Article returns the article whose id or name is ref, or an error
	// wrapping ErrNotFound.
	Article(ctx context.Context, ref string) (*Article, error)
	// ArticleTexts returns the articles ids (those stored and not
	// removed) with their text and blocks, but neither posts nor facts,
	// by id: what a search shows passages of, read at once.
	ArticleTexts(ctx context.Context, ids []int64) (map[int64]*Article, error)
	// Articles lists the stored articles in the order they were stored.
	Articles(ctx context.Context) ([]ArticleSummary, error)
	// Facts returns the facts stored for article id.
	Facts(ctx context.Context, id int64) (*Facts, error)
}

// Reader reads the record: articles, canonical entities, merged events,
// the sums kept for pairs, quotes and full-text search. query.Service
// answers every question from it, and the HTTP server's pages and API
// read nothing else.
type Reader interface {
	ArticleReader
	// EventMoved returns the id that event id answers to now: itself while
	// it names an event, the surviving event's after a merge (event ids
	// are never reused), or an error wrapping ErrNotFound if the event is
	// gone or never was.
	EventMoved(ctx context.Context, id int64) (int64, error)
	// Entity returns the canonical entity whose id, name or alias is ref,
	// or an error wrapping ErrNotFound. An id merged away leads to the
	// entity kept.
	Entity(ctx context.Context, ref string) (*CanonicalEntity, error)
	// Entities lists canonical entities matching q, most reported first.
	Entities(ctx context.Context, q string, limit int) ([]CanonicalEntity, error)
	// Events lists merged events with their sources (none if
	// f.NoSources), in time order (EventOrder, then id; latest first if
	// f.Newest), from just after f.After if set, at most f.Limit if set. The first page of any
	// person's or pair's events must not cost more as the record grows.
	Events(ctx context.Context, f EventFilter) ([]CanonicalEvent, error)
	// Busiest lists the entities taking part in the most merged events f
	// selects (f.Persons, f.Among, f.After and f.Limit aside), at most
	// limit, most first (then by name), each with Events counting those
	// events. Without dates, types or place it reads the counts kept.
	Busiest(ctx context.Context, f EventFilter, limit int) ([]CanonicalEntity, error)
	// Ties lists the entities that share merged events with entity id
	// (in any role), most shared first, then by name, at most limit (all
	// if limit <= 0), each with what those events add up to (PairStats),
	// seen from id, and how many there are in all. The sums are kept as
	// the record changes: a person's relations cost what their number
	// does, not their events.
	Ties(ctx context.Context, id int64, limit int) (ties []Tie, total int, err error)
	// TiesAmong lists the pairs of entities ids that share merged events,
	// each seen from its lower id (Name and Type are the higher's), in
	// order of ids.
	TiesAmong(ctx context.Context, ids []int64) ([]Tie, error)
	// Revision returns a number that changes whenever the merged events,
	// their participants, the entities (their names, aliases, counts) or
	// the articles (stored, removed, restored) change (it never goes
	// back), so that what is computed from the whole record, or from the
	// articles' text, can be kept until then.
	Revision(ctx context.Context) (int64, error)
	// Quotes lists quotations, of one canonical speaker if speaker is not
	// 0, containing text if it is not empty.
	Quotes(ctx context.Context, speaker int64, text string, limit int) ([]QuoteRecord, error)
	// Search finds articles by full-text query, best first (a store may
	// rank only its most recently stored matches when a query matches very
	// many, so that a search costs the same however large the record).
	Search(ctx context.Context, q string, limit int) ([]SearchHit, error)
	// Edges counts, for every pair of entities and event type, the merged
	// events they share.
	Edges(ctx context.Context) ([]Edge, error)
}

// ArticleWriter stores articles and replaces their facts, leaving them
// to be resolved.
type ArticleWriter interface {
	// PutArticle stores a, with a.Facts if set, unless an equal article is
	// stored already.
	PutArticle(ctx context.Context, a *Article) (PutResult, error)
	// PutFacts replaces the facts of article id.
	PutFacts(ctx context.Context, id int64, f *Facts) error
}

// Resolver resolves what was stored across articles: entities, merged
// events, and the counts and sums kept with them.
type Resolver interface {
	// Resolve links new article entities to canonical entities and
	// rebuilds the merged events, replaying the user's curation.
	Resolve(ctx context.Context) (ResolveReport, error)
	// ResolvePending reports whether articles or facts were stored since
	// the last resolution finished (one was interrupted, or never ran):
	// the next command that writes must resolve.
	ResolvePending(ctx context.Context) (bool, error)
}

// Ingester is what ingest needs (ingest.Service: the CLI's ingest,
// POST /api/articles, the queue worker): storing articles and resolving
// them.
type Ingester interface {
	ArticleWriter
	Resolver
}

// Curator records, lists and undoes the user's corrections of the
// record: the CLI's entity, event, article and curation commands and the
// HTTP API's curation endpoints.
type Curator interface {
	// Curate records and applies a user's merge, split or alias of
	// entities, rejection of a merged event, or removal of an article. An
	// alias that already names another entity is refused (ErrInvalid):
	// only a merge joins two entities. A rejected event and a removed
	// article stop counting (their reports merge nowhere, their names name
	// no one), stay so across re-extraction and re-ingest, and come back
	// under the same ids when the curation is undone.
	// It returns the curation log's new entry.
	Curate(ctx context.Context, c Curation) (CurationRecord, error)
	// CurationLog lists every curation, oldest first, undone ones marked.
	CurationLog(ctx context.Context) ([]CurationRecord, error)
	// UndoCuration reverses curation id (0: the latest not undone) and
	// returns it; an unknown or already undone id wraps ErrNotFound or
	// ErrInvalid.
	UndoCuration(ctx context.Context, id int64) (CurationRecord, error)
}

// ConfigKeeper keeps the configuration files (knowledge base, rules)
// that ingest, reextract and serve use, so that a store is read again
// the way it was written.
type ConfigKeeper interface {
	// Config lists the configuration files in force (at most one per
	// kind), with their contents.
	Config(ctx context.Context) ([]ConfigFile, error)
	// SetConfig puts f (its Kind, Name and Content) in force for its kind,
	// replacing the one there; the store computes its SHA256 and the time
	// it was set. f with no Content removes the kind's file. An unknown
	// kind wraps ErrInvalid.
	SetConfig(ctx context.Context, f ConfigFile) error
}

// Store keeps articles and everything derived from them: every role
// above, which the SQLite and PostgreSQL stores implement and the
// conformance suite (storetest) checks. Users depend on the role they
// need, not on Store. Implementations must store each article with all
// its parts atomically: after a crash the store holds whole articles
// only.
type Store interface {
	Reader
	Ingester
	Curator
	ConfigKeeper
	// Close releases the store.
	Close() error
}

// revisionKey is the context key of WithRevision.
type revisionKey struct{}

// WithRevision returns ctx carrying rev, the record's revision as a
// request read it first (a server answering from what it keeps, at that
// revision): a store's Revision answers it in that context rather than
// reading the revision again, as the request's every part otherwise did
// (a person page read it four times). Revisions never go back, so what
// is kept at a later one is no older than the request.
func WithRevision(ctx context.Context, rev int64) context.Context {
	return context.WithValue(ctx, revisionKey{}, rev)
}

// RevisionIn returns the revision ctx carries (WithRevision), if any.
func RevisionIn(ctx context.Context) (int64, bool) {
	rev, ok := ctx.Value(revisionKey{}).(int64)
	return rev, ok
}
