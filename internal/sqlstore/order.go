package sqlstore

import (
	"context"

	"github.com/powermap/powermap"
)

// FillOrderKeys computes the order key (powermap.EventOrder) of every
// merged event and its participants, in the transaction of the migration
// that added them (SQLite's 0014, PostgreSQL's 0002): the key is Go's to
// compute, not SQL's.
func FillOrderKeys(ctx context.Context, tx *Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, date, first_seen FROM canon_events`)
	if err != nil {
		return err
	}
	keys := map[int64]string{}
	for rows.Next() {
		var id int64
		var date, seen string
		if err := rows.Scan(&id, &date, &seen); err != nil {
			rows.Close()
			return err
		}
		keys[id] = powermap.EventOrder(date, seen)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for id, k := range keys {
		if _, err := tx.ExecContext(ctx, `UPDATE canon_events SET order_key = ?1 WHERE id = ?2`, k, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE canon_event_parts SET order_key = ?1 WHERE event_id = ?2`, k, id); err != nil {
			return err
		}
	}
	return nil
}
