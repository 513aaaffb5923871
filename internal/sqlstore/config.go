package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/powermap/powermap"
)

// Config lists the configuration files in force, by kind.
func (s *DB) Config(ctx context.Context) ([]powermap.ConfigFile, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, name, sha256, content, set_at FROM config_files ORDER BY kind`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.ConfigFile{}
	for rows.Next() {
		var f powermap.ConfigFile
		if err := rows.Scan(&f.Kind, &f.Name, &f.SHA256, &f.Content, &f.Set); err != nil {
			return nil, err
		}
		f.Size = len(f.Content)
		out = append(out, f)
	}
	return out, rows.Err()
}

// SetConfig puts f in force for its kind (or, without content, removes
// the kind's file).
func (s *DB) SetConfig(ctx context.Context, f powermap.ConfigFile) error {
	if f.Kind != powermap.ConfigKB && f.Kind != powermap.ConfigRules {
		return fmt.Errorf("%w: unknown configuration kind %q (kb or rules)", powermap.ErrInvalid, f.Kind)
	}
	return s.write(ctx, func(tx *Tx) error {
		if len(f.Content) == 0 {
			_, err := tx.ExecContext(ctx, `DELETE FROM config_files WHERE kind = ?`, f.Kind)
			return err
		}
		sum := sha256.Sum256(f.Content)
		_, err := tx.ExecContext(ctx, `INSERT INTO config_files (kind, name, sha256, content, set_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET name = excluded.name, sha256 = excluded.sha256, content = excluded.content, set_at = excluded.set_at`,
			f.Kind, f.Name, hex.EncodeToString(sum[:]), f.Content, time.Now().UTC().Format(time.RFC3339))
		return err
	})
}
