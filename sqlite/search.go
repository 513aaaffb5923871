package sqlite

import (
	"context"
	"database/sql"
	"sort"
	"strings"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/internal/sqlstore"
)

// Limits on a search, whose cost in SQLite's FTS5 grows faster than the
// number of its terms.
const (
	MaxSearchBytes = sqlstore.MaxSearchBytes
	MaxSearchTerms = sqlstore.MaxSearchTerms
)

// Search finds articles matching q (words, "phrases", OR, NOT, prefix*),
// best first. Words are quoted so that user text cannot break FTS syntax;
// a query FTS5 cannot run, or one over the limits, is an error wrapping
// ErrInvalid.
func (s *DB) Search(ctx context.Context, q string, limit int) ([]powermap.SearchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	parts, err := sqlstore.ParseSearch(q)
	if err != nil {
		return nil, err
	}
	match, err := sqlstore.FTS5Query(q)
	if err != nil {
		return nil, err
	}
	if match == "" {
		return []powermap.SearchHit{}, nil
	}
	// Ranking every match costs as much as there are matches: the best
	// are chosen among the SearchCandidates most recently stored. FTS5's
	// bm25() would count each term's matches in the whole table to weigh
	// it (every article, for a common word): the candidates are scored
	// here instead, the same way, with the terms weighed among them
	// (rankDocs). Their snippets are cut here too, from the text read
	// for ranking (FTS5's snippet() read and tokenized each text again,
	// a third of a search's time). Of the candidates only what ranking
	// needs is read; the rest of the hits listed, after.
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.text FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT ?) m JOIN articles a ON a.id = m.rowid WHERE a.removed IS NULL`, match, SearchCandidates)
	if err != nil {
		return nil, err
	}
	type cand struct {
		id  int64
		doc rankDoc
	}
	var cands []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.doc.title, &c.doc.text); err != nil {
			rows.Close()
			return nil, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(cands) == 0 {
		return []powermap.SearchHit{}, err
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].id > cands[j].id }) // newest first
	docs := make([]rankDoc, len(cands))
	for i, c := range cands {
		docs[i] = c.doc
	}
	terms := rankTerms(parts)
	scores := rankDocs(terms, docs)
	best := make([]int, len(cands))
	for i := range best {
		best[i] = i
	}
	sort.SliceStable(best, func(i, j int) bool { return scores[best[i]] > scores[best[j]] }) // then newest first
	best = best[:min(limit, len(best))]
	out := make([]powermap.SearchHit, len(best))
	at := make(map[int64]int, len(best))
	args := make([]any, len(best))
	var sn snipper
	for k, i := range best {
		c := cands[i]
		out[k] = powermap.SearchHit{ArticleID: c.id, Title: c.doc.title, Snippet: sn.snippet(c.doc.text, terms, snippetTokens)}
		at[c.id], args[k] = k, c.id
	}
	rows, err = s.db.QueryContext(ctx, `SELECT id, name, outlet, published FROM articles WHERE id IN (?`+strings.Repeat(", ?", len(args)-1)+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	found := make([]bool, len(out))
	for rows.Next() {
		var id int64
		var name, outlet, published string
		if err := rows.Scan(&id, &name, &outlet, &published); err != nil {
			return nil, err
		}
		h := &out[at[id]]
		h.Name, h.Outlet, h.Published = name, outlet, published
		found[at[id]] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// An article deleted between the two reads is not listed.
	kept := out[:0]
	for k := range out {
		if found[k] {
			kept = append(kept, out[k])
		}
	}
	return kept, nil
}

// SearchCandidates is the most matches of a search that are ranked.
const SearchCandidates = sqlstore.SearchCandidates

// column reads the one int64 column of rows.
func column(rows *sql.Rows, err error) ([]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
