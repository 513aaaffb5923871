package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/powermap/powermap"
)

// retract applies a rejection of a merged event or a removal of an
// article, logs it and resolves; both keep what they retract, so that
// undo brings it back under the same ids. *out is set to its log entry.
func (s *DB) retract(ctx context.Context, tx *Tx, c powermap.Curation, out *powermap.CurationRecord) error {
	rec := powermap.CurationRecord{Action: c.Action, Reason: strings.TrimSpace(c.Reason)}
	var touched []int64
	switch c.Action {
	case "reject":
		id, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(c.Subject), "#"), 10, 64)
		if err != nil {
			return fmt.Errorf("%w: %q is not an event id", powermap.ErrInvalid, c.Subject)
		}
		to, err := eventMoved(ctx, tx, id)
		if err != nil {
			return err
		}
		what, sources, err := describeEvent(ctx, tx, to)
		if err != nil {
			return err
		}
		rec.Subject, rec.SubjectID = what, to
		rec.Note = fmt.Sprintf("rejected event #%d (%s), reported by %d sources", to, what, sources)
		if to != id {
			rec.Note += fmt.Sprintf("; #%d had been merged into it", id)
		}
		if err := logCuration(ctx, tx, &rec, curationData{}); err != nil {
			return err
		}
		// The reports are remembered by what re-extraction keeps; each
		// keeps the event as its first, so that undo restores its id.
		for _, q := range []string{
			`INSERT INTO event_rejections (curation_id, article_id, type, ev_start, ev_end) SELECT CAST(?1 AS BIGINT), article_id, type, ev_start, ev_end FROM events WHERE canon_event_id = ?2`,
			`UPDATE events SET rejected = ?1, pending = 1, origin_event_id = ?2 WHERE canon_event_id = ?2`,
		} {
			if _, err := tx.ExecContext(ctx, q, rec.ID, to); err != nil {
				return err
			}
		}
	case "remove":
		a, err := findArticle(ctx, tx, c.Subject)
		if err != nil {
			return err
		}
		if a.removed != 0 {
			return fmt.Errorf("%w: article %s (#%d) was removed already (curation #%d)", powermap.ErrInvalid, a.name, a.id, a.removed)
		}
		if touched, err = column[int64](tx.QueryContext(ctx, `SELECT DISTINCT canon_id FROM entities WHERE article_id = ? AND canon_id IS NOT NULL`, a.id)); err != nil {
			return err
		}
		var events int
		if err := tx.QueryRowContext(ctx, `SELECT count(DISTINCT canon_event_id) FROM events WHERE article_id = ?`, a.id).Scan(&events); err != nil {
			return err
		}
		rec.Subject, rec.SubjectID, rec.ArticleID = a.name, a.id, a.id
		rec.Note = fmt.Sprintf("removed article #%d (%s): its %d reported events and %d names no longer count", a.id, a.name, events, len(touched))
		if err := logCuration(ctx, tx, &rec, curationData{}); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET removed = ? WHERE id = ?`, rec.ID, a.id); err != nil {
			return err
		}
		for _, q := range []string{
			`UPDATE events SET pending = 1, origin_event_id = COALESCE(canon_event_id, origin_event_id) WHERE article_id = ?`,
			`UPDATE entities SET canon_id = NULL WHERE article_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, a.id); err != nil {
				return err
			}
		}
	}
	*out = rec
	var rep powermap.ResolveReport
	if err := resolveAll(ctx, tx, &rep); err != nil {
		return err
	}
	return refreshAliases(ctx, tx, touched...)
}

// undoRetraction reverses a rejection or a removal; the caller resolves.
func undoRetraction(ctx context.Context, tx *Tx, rec *powermap.CurationRecord) error {
	switch rec.Action {
	case "reject":
		for _, q := range []string{
			`UPDATE events SET rejected = NULL, pending = 1 WHERE rejected = ?`,
			`DELETE FROM event_rejections WHERE curation_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, rec.ID); err != nil {
				return err
			}
		}
		return nil
	case "remove":
		for _, q := range []string{
			`UPDATE articles SET removed = NULL WHERE id = ?`,
			`UPDATE events SET pending = 1 WHERE article_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, rec.ArticleID); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("%w: cannot undo %q", powermap.ErrInvalid, rec.Action)
}

// applyRejections marks the events of article id that a rejection in
// force names (by type and evidence span), after its facts are replaced.
func applyRejections(ctx context.Context, tx execer, id int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE events SET rejected = (SELECT r.curation_id FROM event_rejections r JOIN curation c ON c.id = r.curation_id
			WHERE c.undone = '' AND r.article_id = events.article_id AND r.type = events.type AND r.ev_start = events.ev_start AND r.ev_end = events.ev_end LIMIT 1)
		WHERE article_id = ? AND EXISTS (SELECT 1 FROM event_rejections r WHERE r.article_id = events.article_id AND r.type = events.type AND r.ev_start = events.ev_start AND r.ev_end = events.ev_end)`, id)
	return err
}

// storedArticle is an article's identity and whether it was removed.
type storedArticle struct {
	id      int64
	name    string
	removed int64 // the curation that removed it, or 0
}

// findArticle finds an article by id, name or URL, removed ones included.
func findArticle(ctx context.Context, q queryer, ref string) (*storedArticle, error) {
	var a storedArticle
	var row *sql.Row
	if id, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(ref), "#"), 10, 64); err == nil {
		row = q.QueryRowContext(ctx, `SELECT id, name, COALESCE(removed, 0) FROM articles WHERE id = ?`, id)
	} else {
		row = q.QueryRowContext(ctx, `SELECT id, name, COALESCE(removed, 0) FROM articles WHERE name = ? OR url = ? ORDER BY id LIMIT 1`, ref, ref)
	}
	err := row.Scan(&a.id, &a.name, &a.removed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", ref, powermap.ErrNotFound)
	}
	return &a, err
}

// describeEvent says what merged event id is ("meet: Ada Quill, Tomas
// Reyes, 2025-03-09") and how many reports it has.
func describeEvent(ctx context.Context, q queryer, id int64) (string, int, error) {
	var typ, date string
	var sources int
	err := q.QueryRowContext(ctx, `SELECT type, date, sources FROM canon_events WHERE id = ?`, id).Scan(&typ, &date, &sources)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, fmt.Errorf("event %d: %w", id, powermap.ErrNotFound)
	}
	if err != nil {
		return "", 0, err
	}
	names, err := column[string](q.QueryContext(ctx, `SELECT c.name FROM canon_event_parts p JOIN canon_entities c ON c.id = p.entity_id
		WHERE p.event_id = ? AND p.role IN ('actor', 'source', 'target') ORDER BY p.role = 'target', c.name`, id))
	if err != nil {
		return "", 0, err
	}
	what := typ + ": " + strings.Join(names, ", ")
	if date != "" {
		what += ", " + date
	}
	return what, sources, nil
}
