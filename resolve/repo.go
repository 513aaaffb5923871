package resolve

import "context"

// Repo is what resolution needs from a store, all inside the one
// transaction a resolution runs in. It is deliberately small and holds no
// decisions: which entity a name is, which reports are one happening and
// which id a merged event keeps are decided here, in package resolve, so
// that every store (SQLite, PostgreSQL) implements only reads and writes.
//
// Pending work is remembered by the store, not by the caller: an article
// mention with no canonical entity is pending; an article event is pending
// from when it is stored (or re-extracted, or one of its participants'
// links changes) until SaveMerged records the merged event it reports; a
// merged event is stale when it lost a report (re-extraction, removal).
type Repo interface {
	// PendingMentions lists the article mentions linked to no canonical
	// entity, by article and position.
	PendingMentions(ctx context.Context) ([]Mention, error)
	// Splits returns the user's splits in force, by article and name key.
	Splits(ctx context.Context) (map[SplitKey]Split, error)
	// UserAliasEntity returns the entity the user gave one of keys (name
	// keys) as an alias, or 0.
	UserAliasEntity(ctx context.Context, keys []string) (int64, error)
	// EntityByKB returns the entity with knowledge-base id kb, or 0.
	EntityByKB(ctx context.Context, kb string) (int64, error)
	// EntitiesByName lists the entities of type typ whose name key is key,
	// those not merged away first, then by id.
	EntitiesByName(ctx context.Context, typ, key string) ([]EntityRef, error)
	// EntitiesBySound lists the entities of type typ, not merged away,
	// whose sound key is sound.
	EntitiesBySound(ctx context.Context, typ, sound string) ([]EntityRef, error)
	// MergedInto returns the entity id was merged into, or 0.
	MergedInto(ctx context.Context, id int64) (int64, error)
	// CreateEntity adds a canonical entity and returns its id.
	CreateEntity(ctx context.Context, e NewEntity) (int64, error)
	// SetEntityName gives entity id a knowledge-base id and, if name is
	// not empty, that name (with its keys).
	SetEntityName(ctx context.Context, id int64, kb, name string) error
	// Link links mention m to entity, records names as aliases articles
	// give it, and marks the events of m's article that m takes part in
	// as pending.
	Link(ctx context.Context, m Mention, entity int64, names []string) error

	// PendingEvents lists the pending article events whose participants
	// are all linked, with participants as canonical ids.
	PendingEvents(ctx context.Context) ([]*Event, error)
	// DropPending marks pending article events that report nothing (a
	// participant unresolved or two the same) as reporting no merged event.
	DropPending(ctx context.Context, evs []*Event) error
	// StaleMerged lists merged events that lost a report since they were
	// last saved.
	StaleMerged(ctx context.Context) ([]int64, error)
	// Candidates lists the merged events filed (by SaveMerged) under one
	// of keys whose span of days meets [from, to] (YYYY-MM-DD). A span is
	// never longer than a year (a report dated by its year).
	Candidates(ctx context.Context, keys []string, from, to string) ([]int64, error)
	// Merged reads merged events by id (those that exist), each with its
	// reports that are not pending.
	Merged(ctx context.Context, ids []int64) ([]*Merged, error)
	// Live returns which of ids name a merged event now.
	Live(ctx context.Context, ids []int64) (map[int64]bool, error)
	// NewEventID returns an event id never given before.
	NewEventID(ctx context.Context) (int64, error)
	// SaveMerged writes m (replacing what its id held), its participants,
	// and links each of its members to it, no longer pending; an id
	// recorded as moved names an event again.
	SaveMerged(ctx context.Context, m *Merged) error
	// MoveMerged removes merged event id, recording that it now answers
	// to event to (0: it is gone).
	MoveMerged(ctx context.Context, id, to int64) error
	// Finish records that nothing is pending any more.
	Finish(ctx context.Context) error
	// Totals counts the merged events and those with several reports.
	Totals(ctx context.Context) (events, multi int, err error)
}

// Mention is one article's entity as resolution sees it.
type Mention struct {
	Article int64
	Seq     int
	Name    string
	Type    string
	KBID    string
	Aliases []string
}

// EntityRef is a canonical entity as a lookup returns it.
type EntityRef struct {
	ID     int64
	Name   string
	KBID   string
	Merged bool // merged into another entity
}

// NewEntity is a canonical entity to create.
type NewEntity struct {
	Name, Type, KBID string
	NameKey          string
	SoundKey         string
}

// SplitKey is an article and a name key in it.
type SplitKey struct {
	Article int64
	Name    string
}

// Split is where the user sent an article's mentions of a name: the
// entity (0 when the split predates ids) and its name then.
type Split struct {
	Target int64
	Name   string
}

// Part is one participant of a merged event.
type Part struct {
	Entity int64
	Role   string // actor, source, target, mediator, also
}

// Merged is a merged event as stored: one happening and its reports.
type Merged struct {
	ID        int64
	Type      string
	Date      string   // the date most reports give
	Dates     []string // every date given
	Place     string
	Amount    *float64
	Planned   bool
	FirstSeen string // earliest publication among the reports
	// Lo and Hi are the first and last day the reports place it on (or,
	// undated, were published on), and Keys what it is filed under (type
	// and participants of each report): new reports find it by them.
	Lo, Hi string
	Keys   []string
	// New tells that the id was just given (NewEventID): nothing is stored
	// under it yet.
	New     bool
	Parts   []Part
	Members []*Event
}
