package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/powermap/powermap"
)

// names is every listed entity's names (its own and its aliases, in lower
// case), in the order lists of people take (most articles first, then by
// name), as they were at one revision of the entities (entityRevision):
// looking a text up in them costs microseconds where SQL's lower() and
// instr() over every name and alias cost milliseconds.
type names struct {
	revision int64
	list     []namedEntity
	// byKey is, by name key, the entity not merged away (listed or
	// not) that a name finds (findEntity): the first by id.
	byKey map[string]int64
	// byID indexes list by entity id.
	byID map[int64]int
	// text is every entity's names, in list order, each followed by
	// nameSep, and starts[i] where list[i]'s begin in it: a text is
	// looked for in all of them at once, at the speed of strings.Index,
	// rather than in each name in turn.
	text   string
	starts []int
}

// nameSep ends each name in names.text (no text looked for holds it).
const nameSep = "\x00"

// namedEntity is one entity's names, folded, and the entity as lists of
// people show it: its name, type, knowledge-base id, counts and aliases
// (distinct, sorted, its name left out).
type namedEntity struct {
	id                     int64
	names                  []string
	name, kind, kbID       string
	articles, events, ties int
	aliases                []string
}

// nameCache keeps the names of the latest revision read.
type nameCache struct {
	mu  sync.Mutex
	cur *names
}

// foldASCII lowers ASCII letters only, as SQLite's lower() does.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// listedEntities returns up to limit listed entities one of whose names
// contains q (ASCII letters in any case; all when q is ""), in list
// order, from the names kept.
func (s *DB) listedEntities(ctx context.Context, q string, limit int) ([]powermap.CanonicalEntity, error) {
	ns, err := s.names(ctx)
	if err != nil {
		return nil, err
	}
	q = foldASCII(q)
	out := []powermap.CanonicalEntity{}
	add := func(e *namedEntity) {
		out = append(out, powermap.CanonicalEntity{ID: e.id, Name: e.name, Type: e.kind, KBID: e.kbID, Articles: e.articles, Events: e.events,
			Aliases: append([]string{}, e.aliases...)})
	}
	if q == "" || strings.Contains(q, nameSep) {
		for i := range ns.list {
			if len(out) == limit {
				break
			}
			e := &ns.list[i]
			if q == "" || slices.ContainsFunc(e.names, func(n string) bool { return strings.Contains(n, q) }) {
				add(e)
			}
		}
		return out, nil
	}
	// Each match in the names' text is in the names of the entity whose
	// part of the text holds it; the next is looked for after that part.
	for at := 0; len(out) < limit; {
		j := strings.Index(ns.text[at:], q)
		if j < 0 {
			break
		}
		i := sort.SearchInts(ns.starts, at+j+1) - 1 // the last part starting at or before the match
		add(&ns.list[i])
		if i+1 == len(ns.starts) {
			break
		}
		at = ns.starts[i+1]
	}
	return out, nil
}

// entityRevision is the part of a revision (see Revision) that changes
// when entities, their names, aliases and counts do: the revision kept in
// state, not the highest article id, which grows with every article
// stored (whose mentions are linked, and counted, when it is resolved).
func entityRevision(rev int64) int64 { return rev >> 32 }

// names returns the names at the entities' current revision, reading
// them again when it changed: not for every article stored.
func (s *DB) names(ctx context.Context) (*names, error) {
	rev, err := s.Revision(ctx)
	if err != nil {
		return nil, err
	}
	rev = entityRevision(rev)
	s.nameCache.mu.Lock()
	defer s.nameCache.mu.Unlock()
	// Names made at a later revision than a request's (powermap.
	// WithRevision: it read the revision before another made them) are
	// no older than the request.
	if cur := s.nameCache.cur; cur != nil && cur.revision >= rev {
		return cur, nil
	}
	ns := &names{revision: rev}
	index := map[int64]int{}
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.name, c.type, COALESCE(c.kb_id, ''), c.articles, c.events, c.ties FROM canon_entities c`+s.d.indexedBy("canon_entities_articles")+`
		WHERE c.merged_into IS NULL AND c.articles > 0 ORDER BY c.articles DESC, c.name`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var e namedEntity
		if err := rows.Scan(&e.id, &e.name, &e.kind, &e.kbID, &e.articles, &e.events, &e.ties); err != nil {
			rows.Close()
			return nil, err
		}
		e.names = []string{foldASCII(e.name)}
		index[e.id] = len(ns.list)
		ns.list = append(ns.list, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT entity_id, alias FROM canon_aliases`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var alias string
		if err := rows.Scan(&id, &alias); err != nil {
			return nil, err
		}
		if i, ok := index[id]; ok {
			e := &ns.list[i]
			e.names = append(e.names, foldASCII(alias))
			if alias != e.name {
				e.aliases = append(e.aliases, alias)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	ns.byKey = map[string]int64{}
	rows, err = s.db.QueryContext(ctx, `SELECT id, name_key FROM canon_entities WHERE merged_into IS NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var key string
		if err := rows.Scan(&id, &key); err != nil {
			return nil, err
		}
		if first, ok := ns.byKey[key]; !ok || id < first {
			ns.byKey[key] = id
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var text strings.Builder
	ns.starts = make([]int, len(ns.list))
	for i := range ns.list {
		e := &ns.list[i]
		slices.Sort(e.aliases)
		e.aliases = slices.Compact(e.aliases)
		ns.starts[i] = text.Len()
		for _, n := range e.names {
			text.WriteString(n)
			text.WriteString(nameSep)
		}
	}
	ns.text = text.String()
	ns.byID = index
	s.nameCache.cur = ns
	return ns, nil
}

// entityByName returns the entity findEntity finds by the name key key
// from the names kept, if it is listed there: ok false when no entity
// not merged away has that key or the one that has is not listed.
func (s *DB) entityByName(ctx context.Context, key string) (e *powermap.CanonicalEntity, ok bool, err error) {
	ns, err := s.names(ctx)
	if err != nil {
		return nil, false, err
	}
	id, found := ns.byKey[key]
	if !found {
		return nil, false, nil
	}
	i, listed := ns.byID[id]
	if !listed {
		return nil, false, nil
	}
	n := &ns.list[i]
	return &powermap.CanonicalEntity{ID: n.id, Name: n.name, Type: n.kind, KBID: n.kbID, Articles: n.articles, Events: n.events,
		Aliases: append([]string{}, n.aliases...)}, true, nil
}

// tieCount returns how many entities entity id shares merged events with
// (canon_entities.ties), from the names kept if it is listed there.
func (s *DB) tieCount(ctx context.Context, id int64) (int, error) {
	ns, err := s.names(ctx)
	if err != nil {
		return 0, err
	}
	if i, ok := ns.byID[id]; ok {
		return ns.list[i].ties, nil
	}
	var n int
	err = s.db.QueryRowContext(ctx, `SELECT ties FROM canon_entities WHERE id = ?`, id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return n, err
}

// namesOf reads the names and types of entities ids (as entityNames
// does) from the names kept for the record's revision, and those not
// kept there (named in no article, or merged away) from the table: a
// busy person's page names a hundred others, a query of its own.
func (s *DB) namesOf(ctx context.Context, ids []int64) (map[int64][2]string, error) {
	ns, err := s.names(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][2]string, len(ids))
	var missing []int64
	for _, id := range ids {
		if i, ok := ns.byID[id]; ok {
			out[id] = [2]string{ns.list[i].name, ns.list[i].kind}
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		more, err := entityNames(ctx, s.db, missing)
		if err != nil {
			return nil, err
		}
		for id, n := range more {
			out[id] = n
		}
	}
	return out, nil
}

// Warm readies the store to serve: it opens conns connections at once,
// each reading the record's revision (as every request does first), so
// that the pool keeps them, and reads the names that searches look people
// up in. On a store just opened, the first requests otherwise pay for
// both, as many at once as arrive together: each new SQLite connection
// about 2 ms (its pragmas, then the schema read on its first query), the
// names of a 100,000-article store 10–18 ms (7,500 rows). conns should be
// at most the pool's idle connections (more are closed once released).
func (s *DB) Warm(ctx context.Context, conns int) error {
	// The names first: read while the connections are held, they took a
	// connection more, closed once all were back in the pool.
	if _, err := s.names(ctx); err != nil {
		return err
	}
	held := make([]*sql.Conn, 0, conns)
	defer func() {
		for _, c := range held {
			if c != nil {
				c.Close() // back to the pool
			}
		}
	}()
	for range conns {
		c, err := s.db.DB.Conn(ctx)
		if err != nil {
			return err
		}
		held = append(held, c)
	}
	// Then each, in turn the only one free (the pool hands out the one
	// last put back), prepares the statements every request and every
	// person's page run, as the pool keeps them (Conn.stmt): on a new
	// connection each is prepared at its first use, so the first requests
	// prepared them once for each of the connections they came to, the
	// revision's 200 µs a connection with eight requests at once.
	for i := range held {
		held[i].Close()
		held[i] = nil
		if err := s.warmStatements(ctx); err != nil {
			return err
		}
		c, err := s.db.DB.Conn(ctx)
		if err != nil {
			return err
		}
		held[i] = c
	}
	return nil
}

// warmStatements runs, on whichever connection the pool gives, the
// statements of a request and of a person's page, for no entity (id 0):
// they are prepared, nothing is read but the indexes' first pages.
func (s *DB) warmStatements(ctx context.Context) error {
	if _, err := s.Revision(ctx); err != nil {
		return err
	}
	if _, _, err := s.Ties(ctx, 0, 100); err != nil {
		return err
	}
	_, _, err := s.personCards(ctx, 0, powermap.EventFilter{Persons: []int64{0}, Limit: 101})
	return err
}

// verifyNames describes how the entities listed from the names kept
// differ from those the tables list ("" if they do not): everyone, and
// those a piece of the name or an alias of each of the first 30 finds;
// and how an entity found by a name or alias differs.
func (s *DB) verifyNames(ctx context.Context) (string, error) {
	all, err := s.entitiesFromTables(ctx, "", 0)
	if err != nil {
		return "", err
	}
	qs := []string{""}
	for _, e := range all[:min(len(all), 30)] {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			qs = append(qs, strings.ToUpper(n[:min(3, len(n))]), n[len(n)/2:])
		}
	}
	for _, q := range qs {
		for _, limit := range []int{0, 2} {
			kept, err := s.Entities(ctx, q, limit)
			if err != nil {
				return "", err
			}
			want, err := s.entitiesFromTables(ctx, q, limit)
			if err != nil {
				return "", err
			}
			if fmt.Sprint(kept) != fmt.Sprint(want) {
				return fmt.Sprintf("the entities kept that %q finds (at most %d)\n %v\nare not the tables':\n %v", q, limit, kept, want), nil
			}
		}
	}
	// Every entity's name, and every alias, finds by the names kept what
	// it finds in the tables.
	for _, e := range all {
		for _, ref := range append([]string{e.Name, strings.ToUpper(e.Name) + " "}, e.Aliases...) {
			kept, kerr := s.Entity(ctx, ref)
			want, werr := findEntity(ctx, s.db, ref)
			if (kerr == nil) != (werr == nil) || kerr != nil && !errors.Is(kerr, powermap.ErrNotFound) {
				return fmt.Sprintf("%q finds by the names kept %v, %v, and in the tables %v, %v", ref, kept, kerr, want, werr), nil
			}
			if fmt.Sprint(kept) != fmt.Sprint(want) {
				return fmt.Sprintf("%q finds by the names kept\n %v\nand in the tables\n %v", ref, kept, want), nil
			}
		}
	}
	return "", nil
}
