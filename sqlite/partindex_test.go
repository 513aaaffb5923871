package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/powermap/powermap/internal/testgen"
)

// TestPartIndexes checks that canon_event_parts carries only the indexes
// its queries need (each index costs a page written for every new
// participant in a large store: migration 0029), and that the queries
// which read the two dropped indexes still find parts through an index,
// by entity or by event, never by reading the whole table.
func TestPartIndexes(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 60 {
		if _, err := db.PutArticle(ctx, testgen.StoredArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	var indexes []string
	rows, err := db.SQL().Query(`SELECT name FROM pragma_index_list('canon_event_parts') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		indexes = append(indexes, n)
	}
	rows.Close()
	if want := []string{"canon_event_parts_order", "sqlite_autoindex_canon_event_parts_1"}; !slices.Equal(indexes, want) {
		t.Errorf("canon_event_parts indexes %v, want %v", indexes, want)
	}
	// The queries (and trigger statements) of the store that read parts
	// by entity or by entity and event.
	for _, q := range []string{
		// Events among people (sqlstore's Events, Among).
		`SELECT ce.id FROM canon_events ce WHERE ce.id IN (SELECT event_id FROM canon_event_parts WHERE entity_id IN (1, 2, 3) GROUP BY event_id HAVING count(DISTINCT entity_id) >= 2)`,
		// Events of three people (Events, Persons): one of the others.
		`SELECT p.event_id FROM canon_event_parts p INDEXED BY canon_event_parts_order JOIN canon_events ce ON ce.id = p.event_id
			WHERE p.entity_id = 5 AND NOT EXISTS (SELECT 1 FROM canon_event_parts d WHERE d.event_id = p.event_id AND d.entity_id = p.entity_id AND d.role < p.role)
			AND EXISTS (SELECT 1 FROM canon_event_parts o WHERE o.event_id = p.event_id AND o.entity_id = 7) ORDER BY p.order_key, p.event_id LIMIT 101`,
		`SELECT p.event_id FROM canon_event_parts p INDEXED BY canon_event_parts_order WHERE p.entity_id = 5
			AND (SELECT count(DISTINCT o.entity_id) FROM canon_event_parts o WHERE o.event_id = p.event_id AND o.entity_id IN (6, 7)) = 2`,
		// The cards of a renamed entity (trigger canon_cards_entity_update).
		`SELECT DISTINCT p.event_id FROM canon_event_parts p WHERE p.entity_id = 5 AND NOT EXISTS (SELECT 1 FROM canon_cards_dirty d WHERE d.event_id = p.event_id)`,
		// An entity's events counted (migration 0013).
		`SELECT count(DISTINCT event_id) FROM canon_event_parts WHERE entity_id = 5`,
	} {
		plan := explain(t, db, q)
		if strings.Contains(plan, "SCAN canon_event_parts") || strings.Contains(plan, "SCAN p ") || strings.Contains(plan, "SCAN o") || strings.Contains(plan, "SCAN d") {
			t.Errorf("%s\nreads the whole table:\n%s", q, plan)
		}
	}
}

// explain returns SQLite's query plan for q, a line for each step.
func explain(t *testing.T, db *DB, q string) string {
	t.Helper()
	rows, err := db.SQL().Query("EXPLAIN QUERY PLAN " + q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + " \n")
	}
	return b.String()
}
