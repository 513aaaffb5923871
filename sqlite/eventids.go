package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/powermap/powermap"
)

// eventIDs keeps merged-event ids stable across resolutions: which ids
// name events now, which were moved (merged into another, or gone), and
// the highest ever given, so that no id is used twice.
type eventIDs struct {
	live  map[int64]bool  // ids of the events before this resolution
	moved map[int64]int64 // id → where it went (0: gone), as recorded
	high  int64

	claimed map[int64]bool
	newMove map[int64]int64
}

func loadEventIDs(ctx context.Context, tx *sql.Tx) (*eventIDs, error) {
	ids := &eventIDs{live: map[int64]bool{}, moved: map[int64]int64{}}
	live, err := column[int64](tx.QueryContext(ctx, `SELECT id FROM canon_events`))
	if err != nil {
		return nil, err
	}
	for _, id := range live {
		ids.live[id] = true
		ids.high = max(ids.high, id)
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, COALESCE(moved_to, 0) FROM canon_event_moves`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, to int64
		if err := rows.Scan(&id, &to); err != nil {
			rows.Close()
			return nil, err
		}
		ids.moved[id] = to
		ids.high = max(ids.high, id)
	}
	rows.Close()
	var v string
	err = tx.QueryRowContext(ctx, `SELECT value FROM state WHERE key = 'event_id_high'`).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	if n, _ := strconv.ParseInt(v, 10, 64); n > ids.high {
		ids.high = n
	}
	return ids, nil
}

// assign gives each cluster an id: the oldest of its candidates (the ids
// its sources had, or first had) that no cluster with an older one took,
// else a new one. A candidate no cluster took leads to the cluster that
// listed it.
func (ids *eventIDs) assign(candidates [][]int64) []int64 {
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
	ids.claimed = map[int64]bool{}
	for _, ci := range order {
		for _, id := range candidates[ci] {
			if !ids.claimed[id] {
				ids.claimed[id], out[ci] = true, id
				break
			}
		}
	}
	for ci := range out {
		if out[ci] == 0 {
			ids.high++
			out[ci] = ids.high
			ids.claimed[out[ci]] = true
		}
	}
	ids.newMove = map[int64]int64{}
	for _, ci := range order {
		for _, id := range candidates[ci] {
			if _, done := ids.newMove[id]; !ids.claimed[id] && !done {
				ids.newMove[id] = out[ci]
			}
		}
	}
	for id := range ids.live {
		if _, done := ids.newMove[id]; !ids.claimed[id] && !done {
			ids.newMove[id] = 0 // the event is gone
		}
	}
	return out
}

// save records in tx the ids that moved, forgets moves of ids that name
// an event again, and keeps the highest id.
func (ids *eventIDs) save(ctx context.Context, tx *sql.Tx) error {
	for id := range ids.moved {
		if ids.claimed[id] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM canon_event_moves WHERE id = ?`, id); err != nil {
				return err
			}
		}
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for id, to := range ids.newMove {
		if old, ok := ids.moved[id]; ok && old == to {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO canon_event_moves (id, moved_to, moved) VALUES (?, ?, ?)`, id, nullInt(to), now); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO state (key, value) VALUES ('event_id_high', ?)`, strconv.FormatInt(ids.high, 10))
	return err
}

// EventMoved tells where event id went when it no longer names an event:
// the id of the event it was merged into (following later merges), or an
// error wrapping ErrNotFound if it is gone or never was. An id that names
// an event returns itself.
func (s *DB) EventMoved(ctx context.Context, id int64) (int64, error) {
	for range 64 {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM canon_events WHERE id = ?`, id).Scan(&n); err != nil {
			return 0, err
		}
		if n > 0 {
			return id, nil
		}
		var to sql.NullInt64
		err := s.db.QueryRowContext(ctx, `SELECT moved_to FROM canon_event_moves WHERE id = ?`, id).Scan(&to)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("event %d: %w", id, powermap.ErrNotFound)
		case err != nil:
			return 0, err
		case !to.Valid:
			return 0, fmt.Errorf("event %d is no longer reported (its sources were re-extracted or removed): %w", id, powermap.ErrNotFound)
		}
		id = to.Int64
	}
	return 0, fmt.Errorf("event %d: chain of moves too long: %w", id, powermap.ErrNotFound)
}
