package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/resolve"
)

// curationData is what a curation changed, kept with it in the log so
// that it can be reversed.
type curationData struct {
	// Names are the name keys of the article mentions it moved (merge:
	// every mention of the subject; split: the article's mentions).
	Names []string `json:"names,omitempty"`
	// AliasesAdded are the user aliases a merge gave the entity kept.
	AliasesAdded []string `json:"aliases_added,omitempty"`
	// Inserted tells that an alias was new (not one the user had given).
	Inserted bool `json:"inserted,omitempty"`
	// Created tells that a split made its entity.
	Created bool `json:"created,omitempty"`
	// Unmerged is the entity a split took back out of a merge.
	Unmerged int64 `json:"unmerged,omitempty"`
	// Reverses is the merge a split without an article undid.
	Reverses int64 `json:"reverses,omitempty"`
}

// splitKey is an article and a name key in it.
type splitKey struct {
	article int64
	name    string
}

// splitRule is where a split sends an article's mentions of a name.
type splitRule struct {
	targetID int64  // the entity moved to (0 in splits logged before ids were)
	name     string // its name when the split was made
}

// activeSplits reads the splits in force, by article and name key.
func activeSplits(ctx context.Context, tx *Tx) (map[splitKey]splitRule, error) {
	rows, err := tx.QueryContext(ctx, `SELECT article_id, subject, object, COALESCE(object_id, 0), data FROM curation
		WHERE action = 'split' AND undone = '' AND article_id IS NOT NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[splitKey]splitRule{}
	for rows.Next() {
		var art, target int64
		var subject, object, data string
		if err := rows.Scan(&art, &subject, &object, &target, &data); err != nil {
			return nil, err
		}
		var d curationData
		json.Unmarshal([]byte(data), &d)
		names := d.Names
		if len(names) == 0 {
			names = []string{subject} // logged before data was kept: the subject is the name key
		}
		for _, n := range names {
			out[splitKey{art, n}] = splitRule{targetID: target, name: object}
		}
	}
	return out, rows.Err()
}

// createEntity adds a canonical entity.
func createEntity(ctx context.Context, tx *Tx, name, typ, kbID string) (int64, bool, error) {
	sound := ""
	if typ == "person" {
		sound = resolve.SoundKey(name)
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO canon_entities (name, type, kb_id, name_key, sound_key) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		name, typ, nullString(kbID), resolve.NameKey(name), sound).Scan(&id)
	return id, true, err
}

// Curate records a user's decision about entities in the curation log and
// applies it. Curation is kept apart from what extraction derives, so it
// survives re-ingesting and re-extraction, and every decision can be
// undone (UndoCuration).
//
// An alias that already names another entity is refused: joining two
// entities is a merge, which the user must ask for as one. A merge of a
// person into an organization (or the reverse) is refused unless c.Force
// says the user means it: the kept entity's type wins, and that is rarely
// what was meant. Curation resolves everything stored, so it also finishes
// a resolution left pending.
func (s *DB) Curate(ctx context.Context, c powermap.Curation) (powermap.CurationRecord, error) {
	var rec powermap.CurationRecord
	err := s.write(ctx, func(tx *Tx) error {
		var err error
		rec, err = s.curate(ctx, tx, c)
		return err
	})
	return rec, err
}

// curate applies c in tx and returns its log entry.
func (s *DB) curate(ctx context.Context, tx *Tx, c powermap.Curation) (powermap.CurationRecord, error) {
	var rec powermap.CurationRecord
	var err error
	if c.Action == "reject" || c.Action == "remove" {
		err = s.retract(ctx, tx, c, &rec)
	} else {
		err = s.curateEntities(ctx, tx, c, &rec)
	}
	return rec, err
}

// curateEntities applies a merge, split or alias in tx and sets *out to
// its log entry.
func (s *DB) curateEntities(ctx context.Context, tx *Tx, c powermap.Curation, out *powermap.CurationRecord) error {
	subject, err := findEntity(ctx, tx, c.Subject)
	if err != nil {
		return err
	}
	rec := powermap.CurationRecord{Action: c.Action, Subject: subject.Name, SubjectID: subject.ID, Reason: strings.TrimSpace(c.Reason)}
	var d curationData
	touched := []int64{subject.ID}
	switch c.Action {
	case "merge":
		object, err := findEntity(ctx, tx, c.Object)
		if err != nil {
			return err
		}
		if object.ID == subject.ID {
			return fmt.Errorf("%w: %q and %q are already one entity", powermap.ErrInvalid, c.Subject, c.Object)
		}
		if subject.Type != object.Type && !c.Force {
			return fmt.Errorf("%w: %s is %s and %s %s; merging them would make %s %s (use --force if that is meant)", powermap.ErrInvalid,
				subject.Name, article(subject.Type), object.Name, article(object.Type), subject.Name, article(object.Type))
		}
		if d, err = applyMerge(ctx, tx, subject, object.ID); err != nil {
			return err
		}
		rec.Object, rec.ObjectID = object.Name, object.ID
		rec.Note = fmt.Sprintf("merged %s (#%d: %d articles, %d events) into %s (#%d)", subject.Name, subject.ID, subject.Articles, subject.Events, object.Name, object.ID)
		touched = append(touched, object.ID)
	case "alias":
		alias := strings.TrimSpace(c.Object)
		if alias == "" {
			return fmt.Errorf("%w: empty alias", powermap.ErrInvalid)
		}
		if other, err := namedElsewhere(ctx, tx, alias, subject.ID); err != nil {
			return err
		} else if other != nil {
			return fmt.Errorf("%w: %q already names %s (#%d), who is not %s (#%d); an alias never joins two entities — if they are one, run: powermap entity merge %q %q",
				powermap.ErrInvalid, alias, other.Name, other.ID, subject.Name, subject.ID, other.Name, subject.Name)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO canon_aliases (entity_id, alias, alias_key, source) VALUES (?, ?, ?, 'user') ON CONFLICT DO NOTHING`,
			subject.ID, alias, resolve.NameKey(alias))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		d.Inserted = n > 0
		// Article entities with this name now belong to the subject.
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET canon_id = NULL WHERE canon_id != ? AND name = ?`, subject.ID, alias); err != nil {
			return err
		}
		rec.Object = alias
		rec.Note = fmt.Sprintf("%q names %s (#%d)", alias, subject.Name, subject.ID)
	case "split":
		name := strings.TrimSpace(c.Object)
		if name == "" {
			return fmt.Errorf("%w: split needs the name of the entity the mentions move to", powermap.ErrInvalid)
		}
		rec.Object = name
		if c.Article == "" {
			// A split after a merge: NAME's mentions that were NEW's
			// before the merge are NEW's again.
			merge, err := mergeInto(ctx, tx, name, subject.ID)
			if err != nil {
				return err
			}
			if merge == nil {
				return fmt.Errorf("%w: %q was not merged into %s; to move the mentions of one article, give --article", powermap.ErrInvalid, name, subject.Name)
			}
			if err := s.undo(ctx, tx, merge); err != nil {
				return err
			}
			d.Reverses = merge.ID
			rec.ObjectID = merge.SubjectID
			rec.Note = fmt.Sprintf("took %s (#%d) back out of %s (#%d), reversing merge #%d", merge.Subject, merge.SubjectID, subject.Name, subject.ID, merge.ID)
			touched = append(touched, merge.SubjectID)
			break
		}
		art, err := s.Article(ctx, c.Article)
		if err != nil {
			return err
		}
		// The article entities of the subject in that article move.
		names, err := column[string](tx.QueryContext(ctx, `SELECT name FROM entities WHERE article_id = ? AND canon_id = ?`, art.ID, subject.ID))
		if err != nil {
			return err
		}
		if len(names) == 0 {
			return fmt.Errorf("%w: %s is not named in article %s", powermap.ErrNotFound, subject.Name, c.Article)
		}
		target, err := splitDestination(ctx, tx, name, subject, &d)
		if err != nil {
			return err
		}
		for _, n := range names {
			if k := resolve.NameKey(n); !containsString(d.Names, k) {
				d.Names = append(d.Names, k)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET canon_id = NULL WHERE article_id = ? AND canon_id = ?`, art.ID, subject.ID); err != nil {
			return err
		}
		rec.ObjectID, rec.ArticleID = target, art.ID
		rec.Note = fmt.Sprintf("%s's mentions in article #%d (%s) are %s (#%d)", subject.Name, art.ID, strings.Join(names, ", "), name, target)
		touched = append(touched, target)
	default:
		return fmt.Errorf("%w: unknown curation %q", powermap.ErrInvalid, c.Action)
	}
	if err := logCuration(ctx, tx, &rec, d); err != nil {
		return err
	}
	*out = rec
	var rep powermap.ResolveReport
	if err := resolveAll(ctx, tx, &rep); err != nil {
		return err
	}
	return refreshAliases(ctx, tx, touched...)
}

// splitDestination finds or makes the entity a split moves mentions to:
// the entity of exactly that name (taken back out of the subject if it
// was merged into it), else a new one.
func splitDestination(ctx context.Context, tx *Tx, name string, subject *powermap.CanonicalEntity, d *curationData) (int64, error) {
	var id int64
	var merged sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, merged_into FROM canon_entities WHERE type = ? AND name_key = ? ORDER BY merged_into IS NOT NULL, id LIMIT 1`,
		subject.Type, resolve.NameKey(name)).Scan(&id, &merged)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, _, err := createEntity(ctx, tx, name, subject.Type, "")
		d.Created = true
		return id, err
	case err != nil:
		return 0, err
	}
	if id == subject.ID {
		return 0, fmt.Errorf("%w: %q is %s (#%d) itself; give the name of the other one", powermap.ErrInvalid, name, subject.Name, subject.ID)
	}
	root, _, err := follow(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	if root != subject.ID {
		return root, nil
	}
	// Merged into the subject before: it is itself again.
	if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET merged_into = NULL WHERE id = ?`, id); err != nil {
		return 0, err
	}
	d.Unmerged = id
	return id, nil
}

// applyMerge merges subject into object: the subject's id leads to the
// object's, its names become the object's (so that re-resolution of any
// article lands there), and its mentions move.
func applyMerge(ctx context.Context, tx *Tx, subject *powermap.CanonicalEntity, object int64) (curationData, error) {
	var d curationData
	names, err := column[string](tx.QueryContext(ctx, `SELECT DISTINCT name FROM entities WHERE canon_id = ?`, subject.ID))
	if err != nil {
		return d, err
	}
	for _, n := range append(append(names, subject.Name), subject.Aliases...) {
		if k := resolve.NameKey(n); !containsString(d.Names, k) {
			d.Names = append(d.Names, k)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET merged_into = ? WHERE id = ?`, object, subject.ID); err != nil {
		return d, err
	}
	for _, a := range append([]string{subject.Name}, subject.Aliases...) {
		res, err := tx.ExecContext(ctx, `INSERT INTO canon_aliases (entity_id, alias, alias_key, source) VALUES (?, ?, ?, 'user') ON CONFLICT DO NOTHING`, object, a, resolve.NameKey(a))
		if err != nil {
			return d, err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			d.AliasesAdded = append(d.AliasesAdded, a)
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE entities SET canon_id = ? WHERE canon_id = ?`, object, subject.ID)
	return d, err
}

// namedElsewhere returns the entity other than self (and not merged into
// it) that name already names, by its name or an alias, among entities
// that articles mention; nil if there is none.
func namedElsewhere(ctx context.Context, tx *Tx, name string, self int64) (*powermap.CanonicalEntity, error) {
	key := resolve.NameKey(name)
	ids, err := column[int64](tx.QueryContext(ctx, `SELECT id FROM canon_entities WHERE name_key = ? UNION SELECT entity_id FROM canon_aliases WHERE alias_key = ?`, key, key))
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		root, _, err := follow(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if root == self {
			continue
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM entities WHERE canon_id = ?`, root).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			return loadEntity(ctx, tx, root)
		}
	}
	return nil, nil
}

// mergeInto returns the merge in force that took the entity named name
// into entity into, if any.
func mergeInto(ctx context.Context, tx *Tx, name string, into int64) (*powermap.CurationRecord, error) {
	ids, err := column[int64](tx.QueryContext(ctx, `SELECT c.id FROM curation c JOIN canon_entities e ON e.id = c.subject_id
		WHERE c.action = 'merge' AND c.undone = '' AND (e.name_key = ? OR EXISTS (SELECT 1 FROM canon_aliases a WHERE a.entity_id = e.id AND a.alias_key = ?))
		ORDER BY c.id DESC`, resolve.NameKey(name), resolve.NameKey(name)))
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		rec, err := curationRecord(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if root, _, err := follow(ctx, tx, rec.ObjectID); err == nil && root == into {
			return rec, nil
		}
	}
	return nil, nil
}

// refreshAliases rebuilds the aliases articles give each entity from the
// mentions linked to it now: a name that moved away (a split, an undone
// merge) no longer names the entity it left.
func refreshAliases(ctx context.Context, tx *Tx, ids ...int64) error {
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `DELETE FROM canon_aliases WHERE entity_id = ? AND source = 'article'`, id); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT name, aliases FROM entities WHERE canon_id = ?`, id)
		if err != nil {
			return err
		}
		var names []string
		for rows.Next() {
			var name, aliases string
			if err := rows.Scan(&name, &aliases); err != nil {
				rows.Close()
				return err
			}
			var list []string
			json.Unmarshal([]byte(aliases), &list)
			names = append(append(names, name), list...)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, n := range names {
			if _, err := tx.ExecContext(ctx, `INSERT INTO canon_aliases (entity_id, alias, alias_key, source) VALUES (?, ?, ?, 'article') ON CONFLICT DO NOTHING`, id, n, resolve.NameKey(n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// logCuration appends rec to the curation log and sets its id and time.
func logCuration(ctx context.Context, tx *Tx, rec *powermap.CurationRecord, d curationData) error {
	rec.Created = time.Now().UTC().Format(time.RFC3339)
	data, _ := json.Marshal(d)
	return tx.QueryRowContext(ctx, `INSERT INTO curation (action, subject, subject_id, object, object_id, article_id, data, note, reason, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		rec.Action, rec.Subject, nullInt(rec.SubjectID), rec.Object, nullInt(rec.ObjectID), nullInt(rec.ArticleID), string(data), rec.Note, rec.Reason, rec.Created).Scan(&rec.ID)
}

// nullInt is v, or NULL for 0.
func nullInt(v int64) any {
	if v == 0 {
		return nil
	}
	return v
}

const curationColumns = `id, action, subject, COALESCE(subject_id, 0), object, COALESCE(object_id, 0), COALESCE(article_id, 0), note, reason, created, undone`

// scanCuration reads a curation log row (curationColumns).
func scanCuration(sc interface{ Scan(...any) error }) (*powermap.CurationRecord, error) {
	var r powermap.CurationRecord
	err := sc.Scan(&r.ID, &r.Action, &r.Subject, &r.SubjectID, &r.Object, &r.ObjectID, &r.ArticleID, &r.Note, &r.Reason, &r.Created, &r.Undone)
	return &r, err
}

// curationRecord reads curation id, or an error wrapping ErrNotFound.
func curationRecord(ctx context.Context, q queryer, id int64) (*powermap.CurationRecord, error) {
	r, err := scanCuration(q.QueryRowContext(ctx, `SELECT `+curationColumns+` FROM curation WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("no curation #%d: %w", id, powermap.ErrNotFound)
	}
	return r, err
}

// CurationLog lists every curation, oldest first.
func (s *DB) CurationLog(ctx context.Context) ([]powermap.CurationRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+curationColumns+` FROM curation ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []powermap.CurationRecord{}
	for rows.Next() {
		r, err := scanCuration(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *r)
	}
	return out, rows.Err()
}

// UndoCuration reverses curation id (0: the latest still in force), re-
// resolves, and marks it undone in the log.
func (s *DB) UndoCuration(ctx context.Context, id int64) (powermap.CurationRecord, error) {
	var out powermap.CurationRecord
	err := s.write(ctx, func(tx *Tx) error {
		if id == 0 {
			err := tx.QueryRowContext(ctx, `SELECT id FROM curation WHERE undone = '' ORDER BY id DESC LIMIT 1`).Scan(&id)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("nothing to undo: %w", powermap.ErrNotFound)
			}
			if err != nil {
				return err
			}
		}
		rec, err := curationRecord(ctx, tx, id)
		if err != nil {
			return err
		}
		if rec.Undone != "" {
			return fmt.Errorf("%w: curation #%d was undone already (%s)", powermap.ErrInvalid, id, rec.Undone)
		}
		if err := s.undo(ctx, tx, rec); err != nil {
			return err
		}
		var rep powermap.ResolveReport
		if err := resolveAll(ctx, tx, &rep); err != nil {
			return err
		}
		if err := finishUndo(ctx, tx, rec); err != nil {
			return err
		}
		r, err := curationRecord(ctx, tx, id)
		if err == nil {
			out = *r
		}
		return err
	})
	return out, err
}

// undo reverses rec in tx and marks it undone; the caller re-resolves
// (then calls finishUndo).
func (s *DB) undo(ctx context.Context, tx *Tx, rec *powermap.CurationRecord) error {
	var raw string
	if err := tx.QueryRowContext(ctx, `SELECT data FROM curation WHERE id = ?`, rec.ID).Scan(&raw); err != nil {
		return err
	}
	var d curationData
	json.Unmarshal([]byte(raw), &d)
	if rec.SubjectID == 0 {
		return fmt.Errorf("%w: curation #%d was recorded before curation could be undone; reverse it by hand", powermap.ErrInvalid, rec.ID)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	if _, err := tx.ExecContext(ctx, `UPDATE curation SET undone = ? WHERE id = ?`, now, rec.ID); err != nil {
		return err
	}
	rec.Undone = now
	switch rec.Action {
	case "reject", "remove":
		return undoRetraction(ctx, tx, rec)
	case "merge":
		if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET merged_into = NULL WHERE id = ?`, rec.SubjectID); err != nil {
			return err
		}
		for _, a := range d.AliasesAdded {
			if _, err := tx.ExecContext(ctx, `DELETE FROM canon_aliases WHERE entity_id = ? AND alias_key = ? AND source = 'user'`, rec.ObjectID, resolve.NameKey(a)); err != nil {
				return err
			}
		}
		// The mentions the merge moved are resolved again, as if it had
		// never been.
		root, _, err := follow(ctx, tx, rec.ObjectID)
		if err != nil {
			return err
		}
		return unlinkNames(ctx, tx, root, 0, d.Names)
	case "alias":
		if d.Inserted {
			if _, err := tx.ExecContext(ctx, `DELETE FROM canon_aliases WHERE entity_id = ? AND alias_key = ? AND source = 'user'`, rec.SubjectID, resolve.NameKey(rec.Object)); err != nil {
				return err
			}
		}
		root, _, err := follow(ctx, tx, rec.SubjectID)
		if err != nil {
			return err
		}
		return unlinkNames(ctx, tx, root, 0, []string{resolve.NameKey(rec.Object)})
	case "split":
		if d.Reverses != 0 {
			// Undoing a split that reversed a merge makes the merge again.
			merge, err := curationRecord(ctx, tx, d.Reverses)
			if err != nil {
				return err
			}
			subject, err := loadEntity(ctx, tx, merge.SubjectID)
			if err != nil {
				return err
			}
			object, _, err := follow(ctx, tx, merge.ObjectID)
			if err != nil {
				return err
			}
			md, err := applyMerge(ctx, tx, subject, object)
			if err != nil {
				return err
			}
			data, _ := json.Marshal(md)
			_, err = tx.ExecContext(ctx, `UPDATE curation SET undone = '', data = ? WHERE id = ?`, string(data), merge.ID)
			return err
		}
		root, _, err := follow(ctx, tx, rec.ObjectID)
		if err != nil {
			return err
		}
		if d.Unmerged != 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET merged_into = ? WHERE id = ?`, rec.SubjectID, d.Unmerged); err != nil {
				return err
			}
		}
		if d.Created && root == rec.ObjectID {
			// The entity the split made leads to the one it was split
			// from (its id keeps answering), and every mention it has —
			// later ones too — is resolved again as if it had never been.
			if _, err := tx.ExecContext(ctx, `UPDATE canon_entities SET merged_into = ? WHERE id = ?`, rec.SubjectID, root); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `UPDATE entities SET canon_id = NULL WHERE canon_id = ?`, root)
			return err
		}
		return unlinkNames(ctx, tx, root, rec.ArticleID, d.Names)
	}
	return fmt.Errorf("%w: cannot undo %q", powermap.ErrInvalid, rec.Action)
}

// finishUndo tidies after the re-resolution that follows an undo: the
// aliases articles give follow the mentions.
func finishUndo(ctx context.Context, tx *Tx, rec *powermap.CurationRecord) error {
	if rec.Action == "reject" || rec.Action == "remove" {
		return nil // resolution linked the names again, with their aliases
	}
	var raw string
	if err := tx.QueryRowContext(ctx, `SELECT data FROM curation WHERE id = ?`, rec.ID).Scan(&raw); err != nil {
		return err
	}
	var d curationData
	json.Unmarshal([]byte(raw), &d)
	ids := []int64{rec.SubjectID}
	if rec.ObjectID != 0 {
		ids = append(ids, rec.ObjectID)
	}
	for i, id := range ids {
		root, _, err := follow(ctx, tx, id)
		if err != nil {
			return err
		}
		ids[i] = root
	}
	if d.Reverses != 0 {
		if merge, err := curationRecord(ctx, tx, d.Reverses); err == nil {
			ids = append(ids, merge.SubjectID, merge.ObjectID)
		}
	}
	return refreshAliases(ctx, tx, ids...)
}

// unlinkNames unlinks from entity the article mentions whose name key is
// one of names (in one article if article is not 0), for resolution to
// place them again.
func unlinkNames(ctx context.Context, tx *Tx, entity, article int64, names []string) error {
	rows, err := tx.QueryContext(ctx, `SELECT article_id, seq, name FROM entities WHERE canon_id = ? AND (? = 0 OR article_id = ?)`, entity, article, article)
	if err != nil {
		return err
	}
	type ref struct{ art, seq int64 }
	var refs []ref
	for rows.Next() {
		var r ref
		var name string
		if err := rows.Scan(&r.art, &r.seq, &name); err != nil {
			rows.Close()
			return err
		}
		if containsString(names, resolve.NameKey(name)) {
			refs = append(refs, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range refs {
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET canon_id = NULL WHERE article_id = ? AND seq = ?`, r.art, r.seq); err != nil {
			return err
		}
	}
	return nil
}

// containsString reports whether s holds v.
func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
