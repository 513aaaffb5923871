package http

import (
	"context"
	"log/slog"
	"sync"

	"github.com/powermap/powermap"
)

// resolver runs the store's cross-article resolution for posted articles,
// one run at a time. A resolution covers every article stored before it
// starts, so the posts waiting for one share the next run instead of each
// rebuilding the merged events in turn.
type resolver struct {
	store  powermap.Store
	logger *slog.Logger
	wake   chan struct{}

	mu      sync.Mutex
	waiting []chan error
}

func newResolver(store powermap.Store, logger *slog.Logger) *resolver {
	r := &resolver{store: store, logger: logger, wake: make(chan struct{}, 1)}
	go r.loop()
	return r
}

// after waits for a resolution that starts after the call, and returns its
// error, or ctx's if ctx ends first (the run still finishes the job for
// later requests).
func (r *resolver) after(ctx context.Context) error {
	if r == nil {
		return nil
	}
	done := make(chan error, 1)
	r.mu.Lock()
	r.waiting = append(r.waiting, done)
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default: // a wake-up is pending already
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// loop runs a resolution whenever some are waiting for one. It is not
// tied to any request: a client that leaves does not cancel the run the
// others wait for.
func (r *resolver) loop() {
	for range r.wake {
		r.mu.Lock()
		batch := r.waiting
		r.waiting = nil
		r.mu.Unlock()
		if len(batch) == 0 {
			continue
		}
		_, err := r.store.Resolve(context.Background())
		if err != nil {
			r.logger.Error("resolution failed; it stays pending", "err", err)
		}
		for _, c := range batch {
			c <- err
		}
	}
}
