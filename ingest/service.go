package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/read"
)

// Service is the one way articles enter a store: read → extract → store →
// resolve. The CLI's ingest, POST /api/articles and the queue worker all
// go through it, so that an article is treated alike whichever way it
// came.
type Service struct {
	Store  powermap.Ingester
	Reader *read.Reader
	// Extract fills an article's facts before it is stored; an error
	// fails that article only. Nil stores articles without facts.
	Extract func(ctx context.Context, a *powermap.Article) error
	// Logger receives the failures of resolutions no caller waits for
	// any more; nil discards them.
	Logger *slog.Logger

	once sync.Once
	res  *resolver
}

// Result is what Ingest did.
type Result struct {
	Summary
	// WasPending tells that a resolution an earlier run left undone
	// (interrupted, or killed) was pending when the ingest began.
	WasPending bool
	// Resolution is the report of the resolution that ended the ingest;
	// nil when nothing new was stored and nothing was pending.
	Resolution *powermap.ResolveReport
}

// ResolveError is the error of the resolution that ends an ingest: the
// articles are stored, and the store keeps the resolution pending for the
// next command that writes.
type ResolveError struct{ Err error }

// Error says that resolving failed and why.
func (e *ResolveError) Error() string { return "resolving entities and events: " + e.Err.Error() }

// Unwrap returns the resolution's error.
func (e *ResolveError) Unwrap() error { return e.Err }

// Ingest reads every source, extracts and stores its articles (see Run
// for the order and streaming), and then resolves them across articles
// once, if anything new was stored or a resolution was pending. An
// interruption returns ctx's error with the counts so far (the articles
// stored are whole and marked for resolution); a failed resolution
// returns a *ResolveError.
func (s *Service) Ingest(ctx context.Context, sources []string, opts Options) (Result, error) {
	var res Result
	pending, err := s.Store.ResolvePending(ctx)
	if err != nil {
		return res, err
	}
	res.WasPending = pending
	opts.Prepare = s.Extract
	res.Summary, err = Run(ctx, s.Store, s.reader(), sources, opts)
	if err != nil {
		return res, err
	}
	if res.New == 0 && !pending {
		return res, nil
	}
	rep, err := s.Resolve(ctx)
	if err != nil {
		return res, &ResolveError{err}
	}
	res.Resolution = &rep
	return res, nil
}

// Source reads one source (a file, a URL, a feed), extracts and stores
// every article it yields, without resolving (call Resolve after a batch).
// It returns one Outcome per article or failure, in the order read.
func (s *Service) Source(ctx context.Context, src string) []Outcome {
	var out []Outcome
	s.reader().Read(ctx, src, func(it read.Item) { out = append(out, s.take(ctx, it)) })
	return out
}

// Data is Source for a source given by its content (a file sent through
// the work queue): src names it as the file did, and a feed's items are
// fetched.
func (s *Service) Data(ctx context.Context, src string, data []byte) []Outcome {
	var out []Outcome
	s.reader().ReadData(ctx, src, data, func(it read.Item) { out = append(out, s.take(ctx, it)) })
	return out
}

// Put extracts and stores one article already read (a posted body),
// without resolving.
func (s *Service) Put(ctx context.Context, a *powermap.Article) (powermap.PutResult, error) {
	if s.Extract != nil {
		if err := s.Extract(ctx, a); err != nil {
			return powermap.PutResult{}, err
		}
	}
	return s.Store.PutArticle(ctx, a)
}

// take extracts and stores one read item and says what happened.
func (s *Service) take(ctx context.Context, it read.Item) Outcome {
	if it.Err == nil && it.Article != nil && s.Extract != nil {
		if err := s.Extract(ctx, it.Article); err != nil {
			it = read.Item{Origin: it.Origin, Source: it.Source, Err: err}
		}
	}
	return store1(ctx, s.Store, it)
}

// Resolve resolves everything stored so far across articles. Calls made
// at the same time share runs: one runs at a time, and each call waits
// for a run that starts after it, so that its articles are covered. If
// ctx ends first, Resolve returns ctx's error and the run still finishes
// for the others.
func (s *Service) Resolve(ctx context.Context) (powermap.ResolveReport, error) {
	s.once.Do(func() {
		logger := s.Logger
		if logger == nil {
			logger = slog.New(slog.DiscardHandler)
		}
		s.res = newResolver(s.Store, logger)
	})
	return s.res.after(ctx)
}

// reader returns the service's Reader, or one with the default limits.
func (s *Service) reader() *read.Reader {
	if s.Reader == nil {
		return defaultReader()
	}
	return s.Reader
}

// defaultReader is the Reader of services given none.
var defaultReader = sync.OnceValue(func() *read.Reader { return read.NewReader(read.DefaultFetchOptions) })

// resolver runs the store's cross-article resolution one run at a time.
// A resolution covers every article stored before it starts, so the
// callers waiting for one share the next run instead of each rebuilding
// the merged events in turn.
type resolver struct {
	store  powermap.Resolver
	logger *slog.Logger
	wake   chan struct{}

	mu      sync.Mutex
	waiting []chan resolved
}

// resolved is the outcome of one resolution run.
type resolved struct {
	rep powermap.ResolveReport
	err error
}

// newResolver starts the loop that runs resolutions for store.
func newResolver(store powermap.Resolver, logger *slog.Logger) *resolver {
	r := &resolver{store: store, logger: logger, wake: make(chan struct{}, 1)}
	go r.loop()
	return r
}

// after waits for a resolution that starts after the call, and returns its
// report, or ctx's error if ctx ends first.
func (r *resolver) after(ctx context.Context) (powermap.ResolveReport, error) {
	done := make(chan resolved, 1)
	r.mu.Lock()
	r.waiting = append(r.waiting, done)
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default: // a wake-up is pending already
	}
	select {
	case out := <-done:
		return out.rep, out.err
	case <-ctx.Done():
		return powermap.ResolveReport{}, fmt.Errorf("waiting for resolution: %w", ctx.Err())
	}
}

// loop runs a resolution whenever some are waiting for one. It is not
// tied to any caller: one that leaves does not cancel the run the others
// wait for.
func (r *resolver) loop() {
	for range r.wake {
		r.mu.Lock()
		batch := r.waiting
		r.waiting = nil
		r.mu.Unlock()
		if len(batch) == 0 {
			continue
		}
		rep, err := r.store.Resolve(context.Background())
		if err != nil {
			r.logger.Error("resolution failed; it stays pending", "err", err)
		}
		for _, c := range batch {
			c <- resolved{rep, err}
		}
	}
}
