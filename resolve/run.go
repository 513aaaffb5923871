package resolve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/powermap/powermap"
)

// Run resolves what is pending in r: it links every mention not yet linked
// to a canonical entity, then merges every pending article event into the
// merged event of the same happening, touching only the merged events
// those reports can belong to. Work is proportional to what is pending,
// not to the size of the store. rep is filled in.
func Run(ctx context.Context, r Repo, rep *powermap.ResolveReport) error {
	if err := linkMentions(ctx, r, rep); err != nil {
		return fmt.Errorf("resolving entities: %w", err)
	}
	if err := mergeEvents(ctx, r, DefaultWindow); err != nil {
		return fmt.Errorf("merging events: %w", err)
	}
	var err error
	if rep.Events, rep.MergedEvents, err = r.Totals(ctx); err != nil {
		return err
	}
	return r.Finish(ctx)
}

// linkMentions links pending mentions: the user's split first, then the
// user's aliases, the knowledge-base id, the full name, a name spelled
// alike. Within a run each distinct name is decided once.
func linkMentions(ctx context.Context, r Repo, rep *powermap.ResolveReport) error {
	todo, err := r.PendingMentions(ctx)
	if err != nil || len(todo) == 0 {
		return err
	}
	splits, err := r.Splits(ctx)
	if err != nil {
		return err
	}
	memo := map[string]int64{}
	aliased := map[string]bool{}
	for _, m := range todo {
		var id int64
		var created bool
		if sp, ok := splits[SplitKey{m.Article, NameKey(m.Name)}]; ok {
			if id, created, err = splitTarget(ctx, r, sp, m.Type); err != nil {
				return err
			}
		} else {
			key := m.Type + "\x00" + m.KBID + "\x00" + NameKey(m.Name) + "\x00" + strings.Join(m.Aliases, "\x00")
			var ok bool
			if id, ok = memo[key]; !ok {
				if id, created, err = entityFor(ctx, r, m); err != nil {
					return err
				}
				memo[key] = id
			}
		}
		if created {
			rep.EntitiesCreated++
		}
		rep.EntitiesResolved++
		var names []string
		for _, a := range append([]string{m.Name}, m.Aliases...) {
			k := strconv.FormatInt(id, 10) + "\x00" + NameKey(a)
			if !aliased[k] {
				aliased[k] = true
				names = append(names, a)
			}
		}
		if err := r.Link(ctx, m, id, names); err != nil {
			return err
		}
	}
	return nil
}

// follow returns the entity that merges lead id to.
func follow(ctx context.Context, r Repo, id int64) (int64, error) {
	for range 32 {
		next, err := r.MergedInto(ctx, id)
		if err != nil {
			return 0, err
		}
		if next == 0 {
			return id, nil
		}
		id = next
	}
	return 0, fmt.Errorf("entity %d: merge chain too long", id)
}

// entityFor finds or creates the canonical entity of mention m.
func entityFor(ctx context.Context, r Repo, m Mention) (int64, bool, error) {
	keys := []string{NameKey(m.Name)}
	for _, a := range m.Aliases {
		keys = append(keys, NameKey(a))
	}
	// The user said this name is someone's alias.
	if id, err := r.UserAliasEntity(ctx, keys); err != nil || id != 0 {
		return followNew(ctx, r, id, err)
	}
	if m.KBID != "" {
		if id, err := r.EntityByKB(ctx, m.KBID); err != nil || id != 0 {
			return followNew(ctx, r, id, err)
		}
		refs, err := r.EntitiesByName(ctx, m.Type, keys[0])
		if err != nil {
			return 0, false, err
		}
		for _, e := range refs {
			if e.KBID == "" && !e.Merged {
				// A name first seen without the knowledge base: it is this entry.
				if err := r.SetEntityName(ctx, e.ID, m.KBID, ""); err != nil {
					return 0, false, err
				}
				return followNew(ctx, r, e.ID, nil)
			}
		}
	}
	return findOrCreate(ctx, r, m.Name, m.Type, m.KBID)
}

// followNew follows id's merges, reporting that nothing was created.
func followNew(ctx context.Context, r Repo, id int64, err error) (int64, bool, error) {
	if err != nil {
		return 0, false, err
	}
	id, err = follow(ctx, r, id)
	return id, false, err
}

// findOrCreate returns the canonical entity with this full name (or, for a
// person, one spelled alike), creating it if there is none. Single names
// match only a canonical name that is the same single name: a lone
// "Miller" is never joined to Katie or Stephen Miller.
func findOrCreate(ctx context.Context, r Repo, name, typ, kbID string) (int64, bool, error) {
	key := NameKey(name)
	refs, err := r.EntitiesByName(ctx, typ, key)
	if err != nil {
		return 0, false, err
	}
	if len(refs) > 0 {
		return followNew(ctx, r, refs[0].ID, nil)
	}
	sound := ""
	if typ == "person" {
		sound = SoundKey(name)
	}
	if sound != "" {
		// A name spelled alike, not already a different knowledge-base
		// entry: "Theo Vaughn" in one article is "Theo Von" in another.
		refs, err := r.EntitiesBySound(ctx, typ, sound)
		if err != nil {
			return 0, false, err
		}
		var ids []int64
		for _, e := range refs {
			if (e.KBID == "" || e.KBID == kbID) && SoundAlike(name, e.Name) {
				ids = append(ids, e.ID)
			}
		}
		if len(ids) == 1 {
			if kbID != "" {
				// The knowledge base knows the name: it becomes canonical.
				if err := r.SetEntityName(ctx, ids[0], kbID, name); err != nil {
					return 0, false, err
				}
			}
			return ids[0], false, nil
		}
	}
	id, err := r.CreateEntity(ctx, NewEntity{Name: name, Type: typ, KBID: kbID, NameKey: key, SoundKey: sound})
	return id, err == nil, err
}

// splitTarget returns the entity a split sends mentions to: the one it
// recorded (or what that was merged into since), else the entity of
// exactly that name, created if need be. Never a name spelled alike: the
// user said these mentions are someone else.
func splitTarget(ctx context.Context, r Repo, sp Split, typ string) (int64, bool, error) {
	if sp.Target != 0 {
		id, err := follow(ctx, r, sp.Target)
		if err == nil {
			return id, false, nil
		}
		if !errors.Is(err, powermap.ErrNotFound) {
			return 0, false, err
		}
	}
	refs, err := r.EntitiesByName(ctx, typ, NameKey(sp.Name))
	if err != nil {
		return 0, false, err
	}
	if len(refs) > 0 {
		return followNew(ctx, r, refs[0].ID, nil)
	}
	id, err := r.CreateEntity(ctx, NewEntity{Name: sp.Name, Type: typ, NameKey: NameKey(sp.Name), SoundKey: personSound(sp.Name, typ)})
	return id, err == nil, err
}

// personSound is a person's sound key; organizations have none.
func personSound(name, typ string) string {
	if typ != "person" {
		return ""
	}
	return SoundKey(name)
}

// searchMargin is how many days beyond a report's own span a merged event
// it may join can lie: more than the Window, the week an undated report
// may follow its happening and the two weeks a plan may precede it.
const searchMargin = planDays + 1

// mergeEvents merges the pending article events. The region it works on is
// the merged events a pending report can join (found by type, participants
// and days), the ones pending reports were part of before, and the stale
// ones; everything else is left as it is.
func mergeEvents(ctx context.Context, r Repo, w Window) error {
	pending, err := r.PendingEvents(ctx)
	if err != nil {
		return err
	}
	stale, err := r.StaleMerged(ctx)
	if err != nil {
		return err
	}
	if len(pending) == 0 && len(stale) == 0 {
		return nil
	}
	region := map[int64]bool{}
	touched := map[int64]bool{} // merged events whose reports changed
	for _, id := range stale {
		region[id], touched[id] = true, true
	}
	var ok, dropped []*Event
	for _, e := range pending {
		if e.Published.IsZero() && e.PublishedAt != "" {
			e.Published, _, _ = powermap.ParseTime(e.PublishedAt)
		}
		normalize(e)
		if e.Prev != 0 {
			region[e.Prev], touched[e.Prev] = true, true
		}
		if !valid(e) {
			dropped = append(dropped, e)
			continue
		}
		ok = append(ok, e)
	}
	if err := r.DropPending(ctx, dropped); err != nil {
		return err
	}
	for _, e := range ok {
		lo, hi := span(e)
		if lo == "" {
			continue
		}
		ids, err := r.Candidates(ctx, keys(e), addDays(lo, -searchMargin), addDays(hi, searchMargin))
		if err != nil {
			return err
		}
		for _, id := range ids {
			region[id] = true
		}
	}
	merged, err := r.Merged(ctx, slices.Sorted(mapKeys(region)))
	if err != nil {
		return err
	}
	slices.SortFunc(merged, func(a, b *Merged) int { return cmp.Compare(a.ID, b.ID) })
	m := NewMerger(w)
	var live []int64
	for _, me := range merged {
		live = append(live, me.ID)
		for _, e := range me.Members {
			if e.Published.IsZero() && e.PublishedAt != "" {
				e.Published, _, _ = powermap.ParseTime(e.PublishedAt)
			}
			normalize(e)
		}
		if len(me.Members) > 0 {
			m.Seed(me.ID, me.Members)
		}
	}
	slices.SortStableFunc(ok, func(a, b *Event) int {
		return cmp.Or(cmp.Compare(a.PublishedAt, b.PublishedAt), cmp.Compare(a.Article, b.Article), cmp.Compare(a.Seq, b.Seq))
	})
	for _, e := range ok {
		m.Add(e)
	}
	clusters := m.Clusters()
	candidates := make([][]int64, len(clusters))
	outside := map[int64]bool{}
	for ci, c := range clusters {
		if c.ID != 0 {
			candidates[ci] = append(candidates[ci], c.ID)
		}
		for _, e := range c.Members {
			for _, id := range []int64{e.Prev, e.Origin} {
				if id != 0 {
					candidates[ci] = append(candidates[ci], id)
					if !region[id] {
						outside[id] = true
					}
				}
			}
		}
	}
	// An id that names a merged event outside the region is that event's.
	taken, err := r.Live(ctx, slices.Sorted(mapKeys(outside)))
	if err != nil {
		return err
	}
	for ci := range candidates {
		candidates[ci] = slices.DeleteFunc(candidates[ci], func(id int64) bool { return taken[id] })
	}
	fresh := map[int64]bool{}
	ids, moves, err := AssignIDs(candidates, live, func() (int64, error) {
		id, err := r.NewEventID(ctx)
		fresh[id] = true
		return id, err
	})
	if err != nil {
		return err
	}
	for _, id := range slices.Sorted(mapKeys(moves)) {
		if err := r.MoveMerged(ctx, id, moves[id]); err != nil {
			return err
		}
	}
	for ci, c := range clusters {
		if c.ID != 0 && c.ID == ids[ci] && !c.Added && !touched[c.ID] {
			continue // a merged event nothing joined or left
		}
		me := Summarize(c, ids[ci])
		me.New = fresh[me.ID]
		if err := r.SaveMerged(ctx, me); err != nil {
			return err
		}
	}
	return nil
}

// normalize sorts a report's actors and drops repeats (two names of one
// entity).
func normalize(e *Event) {
	slices.Sort(e.Actors)
	e.Actors = slices.Compact(e.Actors)
}

// valid reports whether a report can be merged: not retracted, every
// participant resolved, two distinct sides.
func valid(e *Event) bool {
	if e.Rejected {
		return false
	}
	if powermap.Undirected(e.Type) {
		return len(e.Actors) >= 2 && !slices.Contains(e.Actors, 0)
	}
	return e.Source != 0 && e.Target != 0 && e.Source != e.Target
}

// mapKeys returns the keys of a set, for sorting.
func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// AssignIDs gives each cluster an id: the oldest of its candidates (the id
// it was seeded from, the ids its reports had or first had) that no
// cluster with an older one took, else a new one from next. live lists
// the ids that named merged events before; each that no cluster took
// moves to the cluster that listed it, or is gone (0).
func AssignIDs(candidates [][]int64, live []int64, next func() (int64, error)) ([]int64, map[int64]int64, error) {
	for i := range candidates {
		c := slices.DeleteFunc(candidates[i], func(id int64) bool { return id == 0 })
		slices.Sort(c)
		candidates[i] = slices.Compact(c)
	}
	order := make([]int, len(candidates))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := candidates[a], candidates[b]
		switch {
		case len(ca) == 0 && len(cb) == 0:
			return 0
		case len(ca) == 0:
			return 1
		case len(cb) == 0:
			return -1
		}
		return cmp.Compare(ca[0], cb[0])
	})
	out := make([]int64, len(candidates))
	claimed := map[int64]bool{}
	for _, ci := range order {
		for _, id := range candidates[ci] {
			if !claimed[id] {
				claimed[id], out[ci] = true, id
				break
			}
		}
	}
	for ci := range out {
		if out[ci] == 0 {
			id, err := next()
			if err != nil {
				return nil, nil, err
			}
			out[ci] = id
			claimed[id] = true
		}
	}
	moves := map[int64]int64{}
	isLive := map[int64]bool{}
	for _, id := range live {
		isLive[id] = true
	}
	for _, ci := range order {
		for _, id := range candidates[ci] {
			if _, done := moves[id]; isLive[id] && !claimed[id] && !done {
				moves[id] = out[ci]
			}
		}
	}
	for _, id := range live {
		if _, done := moves[id]; !claimed[id] && !done {
			moves[id] = 0 // the event is gone
		}
	}
	return out, moves, nil
}

// Summarize makes the merged event of cluster c, with id: the date most
// reports give and every date given, the place and amount given most,
// planned only if every report is of a plan, and its participants.
func Summarize(c *Cluster, id int64) *Merged {
	me := &Merged{ID: id, Type: c.Type, Date: c.Date(), Dates: c.Dates(), Planned: true, Members: c.Members}
	var places, amounts []string
	for _, e := range c.Members {
		if e.Place != "" {
			places = append(places, e.Place)
		}
		if e.Amount != nil {
			amounts = append(amounts, strconv.FormatFloat(*e.Amount, 'f', -1, 64))
		}
		me.Planned = me.Planned && e.Planned
		if me.FirstSeen == "" || e.PublishedAt < me.FirstSeen {
			me.FirstSeen = e.PublishedAt
		}
		lo, hi := span(e)
		if lo != "" && (me.Lo == "" || lo < me.Lo) {
			me.Lo = lo
		}
		if hi > me.Hi {
			me.Hi = hi
		}
	}
	me.Place = mostCommon(places)
	seenKey := map[string]bool{}
	for _, e := range c.Members {
		for _, k := range keys(e) {
			if !seenKey[k] {
				seenKey[k] = true
				me.Keys = append(me.Keys, k)
			}
		}
	}
	if a := mostCommon(amounts); a != "" {
		v, _ := strconv.ParseFloat(a, 64)
		me.Amount = &v
	}
	seen := map[Part]bool{}
	add := func(ent int64, role string) {
		if p := (Part{ent, role}); ent != 0 && !seen[p] {
			seen[p] = true
			me.Parts = append(me.Parts, p)
		}
	}
	if powermap.Undirected(c.Type) {
		for _, a := range c.Actors() {
			add(a, "actor")
		}
	} else {
		add(c.Members[0].Source, "source")
		add(c.Members[0].Target, "target")
	}
	for _, e := range c.Members {
		add(e.Mediator, "mediator")
		for _, a := range e.Also {
			add(a, "also")
		}
	}
	return me
}

// span returns the first and last day (YYYY-MM-DD) a report places its
// happening on: its date's, or, undated, its publication day; "" if it
// has neither.
func span(e *Event) (lo, hi string) {
	switch len(e.Date) {
	case 10:
		return e.Date, e.Date
	case 7:
		t, err := time.Parse("2006-01", e.Date)
		if err == nil {
			return t.Format("2006-01-02"), t.AddDate(0, 1, -1).Format("2006-01-02")
		}
	case 4:
		return e.Date + "-01-01", e.Date + "-12-31"
	}
	if e.Date == "" && !e.Published.IsZero() {
		d := e.Published.Format("2006-01-02")
		return d, d
	}
	return "", ""
}

// addDays moves day (YYYY-MM-DD) by n days.
func addDays(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// mostCommon returns the value given most often (the first on a tie).
func mostCommon(vals []string) string {
	count := map[string]int{}
	best := ""
	for _, v := range vals {
		count[v]++
		if best == "" || count[v] > count[best] {
			best = v
		}
	}
	return best
}
