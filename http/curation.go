package http

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/powermap/powermap"
)

// curationBody is the JSON a curation endpoint reads. Every field is
// optional where the route says what it is (the event or article id in
// the path); reason is kept in the curation log.
type curationBody struct {
	Action  string `json:"action"`
	Subject string `json:"subject"`
	Object  string `json:"object"`
	Article string `json:"article"`
	Reason  string `json:"reason"`
	Force   bool   `json:"force"`
	ID      int64  `json:"id"` // undo: the curation (0: the latest in force)
}

// readCurationBody reads an optional JSON body of at most 64 KB.
func readCurationBody(w http.ResponseWriter, r *http.Request) (curationBody, error) {
	var b curationBody
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		return b, fmt.Errorf("%w: body too large or unreadable (limit 64 KB)", powermap.ErrInvalid)
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return b, nil
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return b, fmt.Errorf("%w: body is not the JSON expected: %v", powermap.ErrInvalid, err)
	}
	return b, nil
}

// curate applies c and answers 201 with its log entry.
func (s *Server) curate(w http.ResponseWriter, r *http.Request, c powermap.Curation) {
	rec, err := s.cfg.Store.Curate(r.Context(), c)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, rec)
}

// apiCurate applies a curation given whole: {action, subject, object,
// article, reason, force}, as the CLI's entity, event and article
// commands do.
func (s *Server) apiCurate(w http.ResponseWriter, r *http.Request) {
	b, err := readCurationBody(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	switch b.Action {
	case "merge", "split", "alias", "reject", "remove":
	default:
		s.fail(w, r, fmt.Errorf("%w: action must be merge, split, alias, reject or remove", powermap.ErrInvalid))
		return
	}
	s.curate(w, r, powermap.Curation{Action: b.Action, Subject: b.Subject, Object: b.Object, Article: b.Article, Reason: b.Reason, Force: b.Force})
}

// apiRejectEvent rejects the merged event in the path: {reason}.
func (s *Server) apiRejectEvent(w http.ResponseWriter, r *http.Request) {
	b, err := readCurationBody(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.curate(w, r, powermap.Curation{Action: "reject", Subject: r.PathValue("id"), Reason: b.Reason})
}

// apiRemoveArticle removes the article in the path: {reason}.
func (s *Server) apiRemoveArticle(w http.ResponseWriter, r *http.Request) {
	b, err := readCurationBody(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.curate(w, r, powermap.Curation{Action: "remove", Subject: r.PathValue("id"), Reason: b.Reason})
}

// apiUndoCuration undoes curation {id} (absent or 0: the latest in
// force) and answers with its log entry, now marked undone.
func (s *Server) apiUndoCuration(w http.ResponseWriter, r *http.Request) {
	b, err := readCurationBody(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rec, err := s.cfg.Store.UndoCuration(r.Context(), b.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// apiCurationLog lists every curation, oldest first.
func (s *Server) apiCurationLog(w http.ResponseWriter, r *http.Request) {
	if err := onlyParams(r); err != nil {
		s.fail(w, r, err)
		return
	}
	log, err := s.cfg.Store.CurationLog(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, log)
}
