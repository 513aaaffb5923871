package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/powermap/powermap"
)

// EventMoved tells where event id went when it no longer names an event:
// the id of the event it was merged into (following later merges), or an
// error wrapping ErrNotFound if it is gone or never was. An id that names
// an event returns itself.
func (s *DB) EventMoved(ctx context.Context, id int64) (int64, error) {
	return eventMoved(ctx, s.db, id)
}

// eventMoved is EventMoved on q; an event the user rejected says so.
func eventMoved(ctx context.Context, q queryer, id int64) (int64, error) {
	for range 64 {
		var n int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM canon_events WHERE id = ?`, id).Scan(&n); err != nil {
			return 0, err
		}
		if n > 0 {
			return id, nil
		}
		var to sql.NullInt64
		err := q.QueryRowContext(ctx, `SELECT moved_to FROM canon_event_moves WHERE id = ?`, id).Scan(&to)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("event %d: %w", id, powermap.ErrNotFound)
		case err != nil:
			return 0, err
		case !to.Valid:
			var cur int64
			var reason string
			if err := q.QueryRowContext(ctx, `SELECT id, reason FROM curation WHERE action = 'reject' AND subject_id = ? AND undone = '' ORDER BY id DESC LIMIT 1`, id).Scan(&cur, &reason); err == nil {
				if reason != "" {
					reason = " (" + reason + ")"
				}
				return 0, fmt.Errorf("event %d was rejected by curation #%d%s; powermap curation undo %d brings it back: %w", id, cur, reason, cur, powermap.ErrNotFound)
			}
			return 0, fmt.Errorf("event %d is no longer reported (its sources were re-extracted or removed): %w", id, powermap.ErrNotFound)
		}
		id = to.Int64
	}
	return 0, fmt.Errorf("event %d: chain of moves too long: %w", id, powermap.ErrNotFound)
}
