package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/resolve"
)

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

// dedupe drops repeats from sorted ids.
func dedupe(ids []int64) []int64 {
	out := ids[:0]
	for i, x := range ids {
		if i == 0 || x != ids[i-1] {
			out = append(out, x)
		}
	}
	return out
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

// queryer is what both *sql.DB and *Tx offer for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Entity returns the canonical entity whose id, name or alias is ref.
func (s *DB) Entity(ctx context.Context, ref string) (*powermap.CanonicalEntity, error) {
	// A name, the commonest reference (a person's page, a timeline), is
	// looked up in the names kept: findEntity's four queries otherwise.
	if ref = strings.TrimSpace(ref); ref != "" {
		if _, err := strconv.ParseInt(ref, 10, 64); err != nil {
			if e, ok, err := s.entityByName(ctx, resolve.NameKey(ref)); err != nil || ok {
				return e, err
			}
		}
	}
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
			ORDER BY a.source = 'user' DESC, c.articles DESC, c.id LIMIT 1`, key).Scan(&id)
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
	err := q.QueryRowContext(ctx, `SELECT name, type, kb_id, articles, events FROM canon_entities WHERE id = ?`, id).Scan(&e.Name, &e.Type, &kb, &e.Articles, &e.Events)
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
