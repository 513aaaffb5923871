// Package queue carries ingest jobs through a NATS JetStream work queue, so
// that any number of workers, on any machines, read, extract, store and
// resolve articles into one store.
//
// One job is one source: a file travels by its content (workers may run
// elsewhere), a URL by the URL. Jobs go to a work-queue stream, each with
// a message id made from the canonical URL or a hash of the content, so
// that enqueuing a source twice within the stream's duplicate window
// queues it once. Workers pull from one durable consumer and acknowledge
// a job only after its articles are stored and resolved; a job that fails
// MaxTries times moves, with the reason, to a dead-letter stream, from
// which 'powermap queue retry' puts it back.
package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults of a Config.
const (
	DefaultName     = "POWERMAP"
	DefaultAckWait  = time.Minute
	DefaultMaxTries = 5
	// DefaultDuplicates is how long the stream remembers message ids to
	// drop a source enqueued again.
	DefaultDuplicates = 24 * time.Hour
)

// Header names of a job message.
const (
	hdrSource = "Powermap-Source" // the file name or URL as given
	hdrKind   = "Powermap-Kind"   // "file" or "url"
	hdrError  = "Powermap-Error"  // why a dead-lettered job failed
	hdrTries  = "Powermap-Tries"  // deliveries before it was dead-lettered
	hdrJobSeq = "Powermap-Job"    // the job's sequence in the work stream
	hdrFailed = "Powermap-Failed" // when it was dead-lettered (RFC 3339)
)

// Config says which NATS server and which stream names a Queue uses.
type Config struct {
	URL string // nats://host:4222
	// Name names the work stream; the dead-letter stream is Name_DEAD and
	// the subjects are name.jobs and name.dead in lower case. Tests give
	// each their own name.
	Name string
	// AckWait is how long a delivered job may go without news from its
	// worker before it is delivered again (workers report progress on
	// long batches). Only a worker sets it: 0 keeps the consumer's
	// (DefaultAckWait for a new one). MaxTries is how many deliveries a
	// job gets before a worker dead-letters it.
	AckWait  time.Duration
	MaxTries int
	// Duplicates is how long a message id is remembered.
	Duplicates time.Duration
}

// Queue is a connection to the work and dead-letter streams.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	work jetstream.Stream
	dead jetstream.Stream
	cons jetstream.Consumer
}

// Job is one source to ingest.
type Job struct {
	Source string // the file name or URL, as given
	URL    bool   // fetch Source; otherwise Data is the file's content
	Data   []byte
}

// ID is the job's message id: the hash of its canonical URL, or of its
// content.
func (j Job) ID() string {
	if j.URL {
		sum := sha256.Sum256([]byte(CanonicalURL(j.Source)))
		return "url-" + hex.EncodeToString(sum[:16])
	}
	sum := sha256.Sum256(j.Data)
	return "sha256-" + hex.EncodeToString(sum[:16])
}

// CanonicalURL is raw with its scheme and host in lower case, without a
// default port, a fragment or tracking parameters (utm_*, fbclid, gclid),
// and with its query sorted: the same page however it was linked.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" && !(u.Scheme == "http" && p == "80") && !(u.Scheme == "https" && p == "443") {
		host += ":" + p
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // sorted by key
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// withDefaults fills in what c leaves unset.
func (c Config) withDefaults() Config {
	if c.Name == "" {
		c.Name = DefaultName
	}
	if c.MaxTries <= 0 {
		c.MaxTries = DefaultMaxTries
	}
	if c.Duplicates <= 0 {
		c.Duplicates = DefaultDuplicates
	}
	return c
}

// subject is the subject of jobs, or of dead letters if dead.
func (c Config) subject(dead bool) string {
	if dead {
		return strings.ToLower(c.Name) + ".dead"
	}
	return strings.ToLower(c.Name) + ".jobs"
}

// consumerName is the durable consumer every worker pulls from.
const consumerName = "workers"

// Open connects to the NATS server at cfg.URL and makes sure the work
// stream, the dead-letter stream and the workers' consumer exist. An
// unreachable server or one without JetStream is a clear error.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	if !strings.HasPrefix(cfg.URL, "nats://") && !strings.HasPrefix(cfg.URL, "tls://") {
		return nil, fmt.Errorf("queue %q: give a nats://HOST:PORT URL", cfg.URL)
	}
	nc, err := nats.Connect(cfg.URL, nats.Name("powermap"), nats.Timeout(3*time.Second),
		nats.MaxReconnects(-1), nats.ReconnectWait(time.Second))
	if err != nil {
		return nil, fmt.Errorf("cannot reach the queue at %s: %w (is nats-server running, with -js?)", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		if errors.Is(err, jetstream.ErrJetStreamNotEnabled) || errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) || errors.Is(err, nats.ErrNoResponders) {
			return nil, fmt.Errorf("the NATS server at %s has no JetStream: start it with -js (%w)", cfg.URL, err)
		}
		return nil, fmt.Errorf("queue %s at %s: %w", cfg.Name, cfg.URL, err)
	}
	return q, nil
}

// setup creates or updates the streams and the consumer.
func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	q.work, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Name,
		Description: "powermap ingest jobs",
		Subjects:    []string{q.cfg.subject(false)},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("work stream: %w", err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Name + "_DEAD",
		Description: "powermap ingest jobs that failed, with the reason",
		Subjects:    []string{q.cfg.subject(true)},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.cfg.Duplicates,
	})
	if err != nil {
		return fmt.Errorf("dead-letter stream: %w", err)
	}
	cc := jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "powermap workers",
		FilterSubject: q.cfg.subject(false),
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		// Deliveries are counted by the workers, which dead-letter a job
		// with its reason; the server must not drop it silently first.
		MaxDeliver:    -1,
		MaxAckPending: 10000,
	}
	if cc.AckWait <= 0 {
		// Keep the ack wait a worker set; a new consumer gets the default.
		if q.cons, err = js.Consumer(ctx, q.cfg.Name, consumerName); err == nil {
			q.cfg.AckWait = q.cons.CachedInfo().Config.AckWait
			return nil
		}
		if !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return fmt.Errorf("consumer: %w", err)
		}
		cc.AckWait, q.cfg.AckWait = DefaultAckWait, DefaultAckWait
	}
	if q.cons, err = js.CreateOrUpdateConsumer(ctx, q.cfg.Name, cc); err != nil {
		return fmt.Errorf("consumer: %w", err)
	}
	return nil
}

// Close closes the connection, flushing what was published.
func (q *Queue) Close() error {
	err := q.nc.Flush()
	q.nc.Close()
	return err
}

// Config returns the queue's configuration, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Delete removes the queue's streams and everything in them (tests).
func (q *Queue) Delete(ctx context.Context) error {
	return errors.Join(q.js.DeleteStream(ctx, q.cfg.Name), q.js.DeleteStream(ctx, q.cfg.Name+"_DEAD"))
}

// message builds the NATS message of job j.
func (q *Queue) message(j Job) *nats.Msg {
	m := nats.NewMsg(q.cfg.subject(false))
	m.Header.Set(hdrSource, j.Source)
	if j.URL {
		m.Header.Set(hdrKind, "url")
	} else {
		m.Header.Set(hdrKind, "file")
		m.Data = j.Data
	}
	return m
}

// jobOf reads the job a message carries.
func jobOf(h nats.Header, data []byte) (Job, error) {
	j := Job{Source: h.Get(hdrSource), URL: h.Get(hdrKind) == "url"}
	if j.Source == "" {
		return j, errors.New("the message names no source (not a powermap job)")
	}
	if !j.URL {
		j.Data = data
	}
	return j, nil
}

// Published says what enqueuing one job did.
type Published struct {
	Job       Job
	Seq       uint64 // its sequence in the work stream
	Duplicate bool   // the stream had it already (same message id)
	Err       error
}

// Publish enqueues jobs, many in flight at once, and reports each; it
// returns an error only if it could not go on at all.
func (q *Queue) Publish(ctx context.Context, jobs []Job, report func(Published)) error {
	type pending struct {
		job Job
		f   jetstream.PubAckFuture
		err error // refused before publishing
	}
	window := make(chan pending, 256)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for p := range window {
			out := Published{Job: p.job, Err: p.err}
			if p.f == nil {
				if report != nil {
					report(out)
				}
				continue
			}
			select {
			case ack := <-p.f.Ok():
				out.Seq, out.Duplicate = ack.Sequence, ack.Duplicate
			case err := <-p.f.Err():
				out.Err = err
			case <-ctx.Done():
				out.Err = ctx.Err()
			}
			if report != nil {
				report(out)
			}
		}
	}()
	var err error
	limit := q.nc.MaxPayload() - 4096 // room for the headers
	for _, j := range jobs {
		if int64(len(j.Data)) > limit {
			window <- pending{job: j, err: fmt.Errorf("%d bytes is more than the queue server takes in one message (max_payload %d)", len(j.Data), q.nc.MaxPayload())}
			continue
		}
		var f jetstream.PubAckFuture
		f, err = q.js.PublishMsgAsync(q.message(j), jetstream.WithMsgID(j.ID()))
		if err != nil {
			err = fmt.Errorf("publishing %s: %w", j.Source, err)
			break
		}
		window <- pending{job: j, f: f}
	}
	close(window)
	<-done
	return err
}
