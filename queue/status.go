package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Status is what the queue holds.
type Status struct {
	Pending     uint64    `json:"pending"`     // jobs no worker has taken yet
	InFlight    int       `json:"in_flight"`   // taken, not finished
	Redelivered int       `json:"redelivered"` // in flight again after a failure or a lost worker
	Failed      []Failure `json:"failed"`      // dead-lettered, oldest first
	FailedTotal uint64    `json:"failed_total"`
}

// Failure is a dead-lettered job.
type Failure struct {
	ID     uint64    `json:"id"` // its sequence in the dead-letter stream
	Source string    `json:"source"`
	Kind   string    `json:"kind"` // file or url
	Reason string    `json:"reason"`
	Tries  int       `json:"tries"`
	Time   time.Time `json:"time"`
}

// Status reports the jobs waiting, in flight and failed (at most limit
// failures listed; 0 lists all).
func (q *Queue) Status(ctx context.Context, limit int) (Status, error) {
	var st Status
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("consumer: %w", err)
	}
	st.Pending, st.InFlight, st.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
	err = q.eachFailure(ctx, func(f Failure, _ *jetstream.RawStreamMsg) bool {
		st.FailedTotal++
		if limit <= 0 || len(st.Failed) < limit {
			st.Failed = append(st.Failed, f)
		}
		return true
	})
	return st, err
}

// eachFailure calls fn for every dead-lettered job, oldest first, until fn
// returns false.
func (q *Queue) eachFailure(ctx context.Context, fn func(Failure, *jetstream.RawStreamMsg) bool) error {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return fmt.Errorf("dead-letter stream: %w", err)
	}
	if info.State.Msgs == 0 {
		return nil
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // retried, so deleted
		}
		if err != nil {
			return fmt.Errorf("dead letter %d: %w", seq, err)
		}
		if !fn(failureOf(m), m) {
			return nil
		}
	}
	return nil
}

// failureOf reads a dead letter.
func failureOf(m *jetstream.RawStreamMsg) Failure {
	f := Failure{ID: m.Sequence, Source: m.Header.Get(hdrSource), Kind: m.Header.Get(hdrKind), Reason: m.Header.Get(hdrError), Time: m.Time}
	f.Tries, _ = strconv.Atoi(m.Header.Get(hdrTries))
	return f
}

// Retry puts dead-lettered jobs back in the work queue: the one with id,
// or all of them if id is 0. It returns the jobs requeued; an unknown id
// is an error.
func (q *Queue) Retry(ctx context.Context, id uint64) ([]Failure, error) {
	var out []Failure
	var ferr error
	err := q.eachFailure(ctx, func(f Failure, m *jetstream.RawStreamMsg) bool {
		if id != 0 && f.ID != id {
			return true
		}
		msg := nats.NewMsg(q.cfg.subject(false))
		for _, h := range []string{hdrSource, hdrKind} {
			msg.Header.Set(h, m.Header.Get(h))
		}
		msg.Data = m.Data
		// A new message id: the first one may still be in the work
		// stream's duplicate window. Retrying the same dead letter twice
		// (after a crash between these two steps) still queues it once.
		if _, ferr = q.js.PublishMsg(ctx, msg, jetstream.WithMsgID("retry-"+q.cfg.Name+"-"+strconv.FormatUint(f.ID, 10))); ferr != nil {
			ferr = fmt.Errorf("requeueing %d: %w", f.ID, ferr)
			return false
		}
		if ferr = q.dead.DeleteMsg(ctx, f.ID); ferr != nil {
			ferr = fmt.Errorf("removing dead letter %d: %w", f.ID, ferr)
			return false
		}
		out = append(out, f)
		return id == 0
	})
	if err == nil {
		err = ferr
	}
	if err == nil && id != 0 && len(out) == 0 {
		err = fmt.Errorf("no failed job %d (see powermap queue status)", id)
	}
	return out, err
}

// deadLetter moves a job that failed for good to the dead-letter stream,
// with the reason, and then takes it off the work queue. The dead letter's
// message id is the job's sequence: a worker that dies between the two
// steps, and the one that gets the job next, leave one dead letter.
func (q *Queue) deadLetter(ctx context.Context, m jetstream.Msg, tries int, reason string) error {
	md, err := m.Metadata()
	if err != nil {
		return err
	}
	dl := nats.NewMsg(q.cfg.subject(true))
	for _, h := range []string{hdrSource, hdrKind} {
		dl.Header.Set(h, m.Headers().Get(h))
	}
	dl.Header.Set(hdrError, reason)
	dl.Header.Set(hdrTries, strconv.Itoa(tries))
	dl.Header.Set(hdrJobSeq, strconv.FormatUint(md.Sequence.Stream, 10))
	dl.Header.Set(hdrFailed, time.Now().UTC().Format(time.RFC3339))
	dl.Data = m.Data()
	if _, err := q.js.PublishMsg(ctx, dl, jetstream.WithMsgID("dead-"+strconv.FormatUint(md.Sequence.Stream, 10)+"-"+strconv.FormatUint(uint64(md.Timestamp.UnixNano()), 36))); err != nil {
		return fmt.Errorf("dead-lettering: %w", err)
	}
	return m.DoubleAck(ctx)
}
