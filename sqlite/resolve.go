package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/resolve"
)

// Resolve links every article entity not yet linked to a canonical entity
// (knowledge-base id, then the user's aliases and splits, then full name,
// then a name spelled alike), and rebuilds the merged events. The user's
// curation is replayed on the way.
// The resolution is one transaction, which also clears the store's
// "resolution pending" mark: an interrupted one leaves the mark for the
// next command that writes.
func (s *DB) Resolve(ctx context.Context) (powermap.ResolveReport, error) {
	var rep powermap.ResolveReport
	err := s.write(ctx, func(tx *sql.Tx) error {
		rep = powermap.ResolveReport{}
		return resolveAll(ctx, tx, &rep)
	})
	return rep, err
}

// resolveAll links unlinked entities, rebuilds the merged events and
// clears the pending mark, in tx.
func resolveAll(ctx context.Context, tx *sql.Tx, rep *powermap.ResolveReport) error {
	if err := resolveEntities(ctx, tx, rep); err != nil {
		return fmt.Errorf("resolving entities: %w", err)
	}
	if err := rebuildEvents(ctx, tx, rep); err != nil {
		return fmt.Errorf("merging events: %w", err)
	}
	return clearPending(ctx, tx)
}

type articleEntity struct {
	articleID int64
	seq       int
	name, typ string
	kbID      string
	aliases   []string
}

// resolveEntities links unlinked article entities. Within a run it
// remembers what each name resolved to, so that a name repeated across
// thousands of articles is looked up once.
func resolveEntities(ctx context.Context, tx *sql.Tx, rep *powermap.ResolveReport) error {
	rows, err := tx.QueryContext(ctx, `SELECT article_id, seq, name, type, kb_id, aliases FROM entities WHERE canon_id IS NULL ORDER BY article_id, seq`)
	if err != nil {
		return err
	}
	var todo []articleEntity
	for rows.Next() {
		var e articleEntity
		var aliases string
		if err := rows.Scan(&e.articleID, &e.seq, &e.name, &e.typ, &e.kbID, &aliases); err != nil {
			rows.Close()
			return err
		}
		json.Unmarshal([]byte(aliases), &e.aliases)
		todo = append(todo, e)
	}
	rows.Close()
	if len(todo) == 0 {
		return nil
	}
	// Splits are few and per article: read them once. Each maps an
	// article's name to the entity the user moved it to.
	splits, err := activeSplits(ctx, tx)
	if err != nil {
		return err
	}
	setCanon, err := tx.PrepareContext(ctx, `UPDATE entities SET canon_id = ? WHERE article_id = ? AND seq = ?`)
	if err != nil {
		return err
	}
	defer setCanon.Close()
	addAlias, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO canon_aliases (entity_id, alias, alias_key, source) VALUES (?, ?, ?, 'article')`)
	if err != nil {
		return err
	}
	defer addAlias.Close()
	memo := map[string]int64{}
	aliased := map[string]bool{}
	for _, e := range todo {
		var id int64
		var created bool
		if sp, ok := splits[splitKey{e.articleID, resolve.NameKey(e.name)}]; ok {
			if id, created, err = splitTarget(ctx, tx, sp, e.typ); err != nil {
				return err
			}
		} else {
			key := e.typ + "\x00" + e.kbID + "\x00" + resolve.NameKey(e.name) + "\x00" + strings.Join(e.aliases, "\x00")
			var ok bool
			if id, ok = memo[key]; !ok {
				if id, created, err = canonFor(ctx, tx, e); err != nil {
					return err
				}
				memo[key] = id
			}
		}
		if created {
			rep.EntitiesCreated++
		}
		rep.EntitiesResolved++
		if _, err := setCanon.ExecContext(ctx, id, e.articleID, e.seq); err != nil {
			return err
		}
		for _, a := range append([]string{e.name}, e.aliases...) {
			k := resolve.NameKey(a)
			if aliased[strconv.FormatInt(id, 10)+"\x00"+k] {
				continue
			}
			aliased[strconv.FormatInt(id, 10)+"\x00"+k] = true
			if _, err := addAlias.ExecContext(ctx, id, a, k); err != nil {
				return err
			}
		}
	}
	return nil
}

// canonFor finds or creates the canonical entity of an article entity.
func canonFor(ctx context.Context, tx *sql.Tx, e articleEntity) (int64, bool, error) {
	key := resolve.NameKey(e.name)
	var id int64
	// The user said this name is someone's alias.
	keys := []any{key}
	for _, a := range e.aliases {
		keys = append(keys, resolve.NameKey(a))
	}
	q := `SELECT entity_id FROM canon_aliases WHERE source = 'user' AND alias_key IN (?` + strings.Repeat(", ?", len(keys)-1) + `) LIMIT 1`
	if err := tx.QueryRowContext(ctx, q, keys...).Scan(&id); err == nil {
		return follow(ctx, tx, id)
	}
	if e.kbID != "" {
		if err := tx.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE kb_id = ?`, e.kbID).Scan(&id); err == nil {
			return follow(ctx, tx, id)
		}
		if err := tx.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE kb_id IS NULL AND type = ? AND name_key = ? AND merged_into IS NULL`, e.typ, key).Scan(&id); err == nil {
			// A name first seen without the knowledge base: it is this entry.
			if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET kb_id = ? WHERE id = ?`, e.kbID, id); err != nil {
				return 0, false, err
			}
			return follow(ctx, tx, id)
		}
		return findOrCreate(ctx, tx, e.name, e.typ, e.kbID)
	}
	return findOrCreate(ctx, tx, e.name, e.typ, "")
}

// findOrCreate returns the canonical entity with this full name (or, for a
// person, one spelled alike), creating it if there is none. Single names
// match only a canonical name that is the same single name: a lone
// "Miller" is never joined to Katie or Stephen Miller.
func findOrCreate(ctx context.Context, tx *sql.Tx, name, typ, kbID string) (int64, bool, error) {
	key := resolve.NameKey(name)
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE type = ? AND name_key = ? ORDER BY merged_into IS NOT NULL, id LIMIT 1`, typ, key).Scan(&id)
	if err == nil {
		return follow(ctx, tx, id)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	sound := ""
	if typ == "person" {
		sound = resolve.SoundKey(name)
	}
	if sound != "" {
		// A name spelled alike, not already a different knowledge-base
		// entry: "Theo Vaughn" in one article is "Theo Von" in another.
		rows, err := tx.QueryContext(ctx, `SELECT id, name FROM canon_entities WHERE type = ? AND sound_key = ? AND merged_into IS NULL AND (kb_id IS NULL OR kb_id = ?)`, typ, sound, kbID)
		if err != nil {
			return 0, false, err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			var other string
			if err := rows.Scan(&id, &other); err != nil {
				rows.Close()
				return 0, false, err
			}
			if resolve.SoundAlike(name, other) {
				ids = append(ids, id)
			}
		}
		rows.Close()
		if len(ids) == 1 {
			if kbID != "" {
				// The knowledge base knows the name: it becomes canonical.
				if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET kb_id = ?, name = ?, name_key = ? WHERE id = ?`, kbID, name, key, ids[0]); err != nil {
					return 0, false, err
				}
			}
			return ids[0], false, nil
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO canon_entities (name, type, kb_id, name_key, sound_key) VALUES (?, ?, ?, ?, ?)`,
		name, typ, nullString(kbID), key, sound)
	if err != nil {
		return 0, false, err
	}
	id, err = res.LastInsertId()
	return id, true, err
}

// follow returns the entity id merges lead to (and false: it creates
// nothing, which lets canonFor return it directly).
func follow(ctx context.Context, q queryer, id int64) (int64, bool, error) {
	for range 32 {
		var next sql.NullInt64
		if err := q.QueryRowContext(ctx, `SELECT merged_into FROM canon_entities WHERE id = ?`, id).Scan(&next); err != nil {
			return 0, false, err
		}
		if !next.Valid {
			return id, false, nil
		}
		id = next.Int64
	}
	return 0, false, fmt.Errorf("entity %d: merge chain too long", id)
}

// column reads a one-column result.
func column[T any](rows *sql.Rows, err error) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// rebuildEvents merges every article event into canonical events afresh.
func rebuildEvents(ctx context.Context, tx *sql.Tx, rep *powermap.ResolveReport) error {
	ids, err := loadEventIDs(ctx, tx)
	if err != nil {
		return err
	}
	// Names in an article's events are its entities' canonical names.
	canon := map[int64]map[string]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT e.article_id, e.name, e.canon_id FROM entities e WHERE e.canon_id IS NOT NULL`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var art, id int64
		var name string
		if err := rows.Scan(&art, &name, &id); err != nil {
			rows.Close()
			return err
		}
		if canon[art] == nil {
			canon[art] = map[string]int64{}
		}
		canon[art][name] = id
	}
	rows.Close()
	type extra struct {
		articleID  int64
		seq        int
		mediator   int64
		also       []int64
		role       string
		status     string
		amount     sql.NullFloat64
		planned    bool
		place      string
		publishedS string
		prev       int64 // the merged event it was part of
		origin     int64 // the merged event it was first part of
	}
	var evs []*resolve.Event
	extras := map[*resolve.Event]*extra{}
	rows, err = tx.QueryContext(ctx, `SELECT ev.article_id, ev.seq, ev.type, ev.actors, ev.source, ev.target, ev.mediator, ev.also, ev.role, ev.status, ev.date, ev.place, ev.amount_usd, ev.planned, a.published,
		COALESCE(ev.canon_event_id, 0), COALESCE(ev.origin_event_id, 0)
		FROM events ev JOIN articles a ON a.id = ev.article_id ORDER BY a.published, ev.article_id, ev.seq`)
	if err != nil {
		return err
	}
	for rows.Next() {
		x := &extra{}
		var typ, actors, source, target, mediator, also, date string
		if err := rows.Scan(&x.articleID, &x.seq, &typ, &actors, &source, &target, &mediator, &also, &x.role, &x.status, &date, &x.place, &x.amount, &x.planned, &x.publishedS, &x.prev, &x.origin); err != nil {
			rows.Close()
			return err
		}
		names := canon[x.articleID]
		e := &resolve.Event{ID: int64(len(evs)), Type: typ, Date: date, Place: x.place}
		e.Published, _, _ = powermap.ParseTime(x.publishedS)
		var list []string
		json.Unmarshal([]byte(actors), &list)
		ok := true
		for _, n := range list {
			id, found := names[n]
			if !found {
				ok = false
				break
			}
			e.Actors = append(e.Actors, id)
		}
		if len(list) == 0 {
			e.Source, e.Target = names[source], names[target]
			ok = e.Source != 0 && e.Target != 0 && e.Source != e.Target
		}
		sort.Slice(e.Actors, func(i, j int) bool { return e.Actors[i] < e.Actors[j] })
		e.Actors = dedupe(e.Actors)
		if len(list) > 0 && len(e.Actors) < 2 {
			ok = false
		}
		if !ok {
			continue // a participant lost (merged away or unresolved)
		}
		x.mediator = names[mediator]
		var alsoNames []string
		json.Unmarshal([]byte(also), &alsoNames)
		for _, n := range alsoNames {
			if id := names[n]; id != 0 {
				x.also = append(x.also, id)
			}
		}
		evs = append(evs, e)
		extras[e] = x
	}
	rows.Close()
	m := resolve.NewMerger(resolve.DefaultWindow)
	for _, e := range evs {
		m.Add(e)
	}
	// Each merged event keeps the oldest id its sources had or first had.
	candidates := make([][]int64, len(m.Clusters()))
	for ci, c := range m.Clusters() {
		for _, mem := range c.Members {
			x := extras[mem]
			candidates[ci] = append(candidates[ci], x.prev, x.origin)
		}
	}
	clusterIDs := ids.assign(candidates)
	for _, q := range []string{`DELETE FROM canon_event_parts`, `DELETE FROM canon_events`, `UPDATE events SET canon_event_id = NULL`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := ids.save(ctx, tx); err != nil {
		return err
	}
	insEvent, err := tx.PrepareContext(ctx, `INSERT INTO canon_events (id, type, date, dates, place, amount_usd, planned, sources, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insEvent.Close()
	insPart, err := tx.PrepareContext(ctx, `INSERT INTO canon_event_parts (event_id, entity_id, role) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insPart.Close()
	setEvent, err := tx.PrepareContext(ctx, `UPDATE events SET canon_event_id = ?1, origin_event_id = COALESCE(origin_event_id, ?1) WHERE article_id = ?2 AND seq = ?3`)
	if err != nil {
		return err
	}
	defer setEvent.Close()
	for ci, c := range m.Clusters() {
		dates, _ := json.Marshal(c.Dates())
		var places, amounts []string
		planned := true
		first := ""
		for _, mem := range c.Members {
			x := extras[mem]
			if x.place != "" {
				places = append(places, x.place)
			}
			if x.amount.Valid {
				amounts = append(amounts, strconv.FormatFloat(x.amount.Float64, 'f', -1, 64))
			}
			planned = planned && x.planned
			if first == "" || x.publishedS < first {
				first = x.publishedS
			}
		}
		var amount any
		if a := mostCommon(amounts); a != "" {
			amount, _ = strconv.ParseFloat(a, 64)
		}
		id := clusterIDs[ci]
		if _, err := insEvent.ExecContext(ctx, id, c.Type, c.Date(), string(dates), mostCommon(places), amount, planned, len(c.Members), first); err != nil {
			return err
		}
		parts := map[[2]any]bool{}
		add := func(ent int64, role string) {
			if ent != 0 {
				parts[[2]any{ent, role}] = true
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
		for _, mem := range c.Members {
			x := extras[mem]
			add(x.mediator, "mediator")
			for _, a := range x.also {
				add(a, "also")
			}
			if _, err := setEvent.ExecContext(ctx, id, x.articleID, x.seq); err != nil {
				return err
			}
		}
		for p := range parts {
			if _, err := insPart.ExecContext(ctx, id, p[0], p[1]); err != nil {
				return err
			}
		}
		rep.Events++
		if len(c.Members) > 1 {
			rep.MergedEvents++
		}
	}
	return nil
}

func dedupe(ids []int64) []int64 {
	out := ids[:0]
	for i, x := range ids {
		if i == 0 || x != ids[i-1] {
			out = append(out, x)
		}
	}
	return out
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

// article names an entity type with its article: "a person", "an
// organization".
func article(typ string) string {
	switch typ {
	case "person":
		return "a person"
	case "org":
		return "an organization"
	}
	return "a " + typ
}

// queryer is what both *sql.DB and *sql.Tx offer for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Entity returns the canonical entity whose id, name or alias is ref.
func (s *DB) Entity(ctx context.Context, ref string) (*powermap.CanonicalEntity, error) {
	return findEntity(ctx, s.db, ref)
}

// findEntity looks an entity up by id, canonical name, then alias (the
// user's aliases first, then the one named in most articles).
func findEntity(ctx context.Context, q queryer, ref string) (*powermap.CanonicalEntity, error) {
	ref = strings.TrimSpace(ref)
	var id int64
	err := sql.ErrNoRows
	if n, perr := strconv.ParseInt(ref, 10, 64); perr == nil {
		err = q.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE id = ?`, n).Scan(&id)
	}
	key := resolve.NameKey(ref)
	if errors.Is(err, sql.ErrNoRows) {
		err = q.QueryRowContext(ctx, `SELECT id FROM canon_entities WHERE name_key = ? AND merged_into IS NULL ORDER BY id LIMIT 1`, key).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = q.QueryRowContext(ctx, `SELECT a.entity_id FROM canon_aliases a JOIN canon_entities c ON c.id = a.entity_id
			WHERE a.alias_key = ? AND c.merged_into IS NULL
			ORDER BY a.source = 'user' DESC, (SELECT count(*) FROM entities e WHERE e.canon_id = a.entity_id) DESC LIMIT 1`, key).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("no person or organization %q: %w", ref, powermap.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	if id, _, err = follow(ctx, q, id); err != nil { // a merged-away id leads to the entity kept
		return nil, err
	}
	return loadEntity(ctx, q, id)
}

// loadEntity reads a canonical entity with its aliases and counts.
func loadEntity(ctx context.Context, q queryer, id int64) (*powermap.CanonicalEntity, error) {
	e := &powermap.CanonicalEntity{ID: id, Aliases: []string{}}
	var kb sql.NullString
	err := q.QueryRowContext(ctx, `SELECT name, type, kb_id,
		(SELECT count(DISTINCT article_id) FROM entities WHERE canon_id = c.id),
		(SELECT count(DISTINCT event_id) FROM canon_event_parts WHERE entity_id = c.id)
		FROM canon_entities c WHERE id = ?`, id).Scan(&e.Name, &e.Type, &kb, &e.Articles, &e.Events)
	if err != nil {
		return nil, err
	}
	e.KBID = kb.String
	aliases, err := column[string](q.QueryContext(ctx, `SELECT DISTINCT alias FROM canon_aliases WHERE entity_id = ? ORDER BY alias`, id))
	if err != nil {
		return nil, err
	}
	for _, a := range aliases {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	return e, nil
}
