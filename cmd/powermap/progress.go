package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal and lets other
// output pass above it. On anything but a terminal it draws nothing.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	enabled bool
	start   time.Time
	last    time.Time
	line    string
}

// newProgress returns a progress bar for w, live only if w is a terminal.
func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.enabled = true
	}
	return p
}

// update redraws the bar at most ten times a second (always when done ==
// total).
func (p *progress) update(done, total int, extra string) {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	const width = 24
	filled := 0
	if total > 0 {
		filled = min(width, done*width/total)
	}
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	p.line = fmt.Sprintf("[%s%s] %d/%d  %.1f/s  %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total, rate, extra)
	fmt.Fprintf(p.w, "\r\033[K%s", p.line)
}

// println writes a line to out above the bar.
func (p *progress) println(out io.Writer, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.enabled && p.line != "" {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(out, format+"\n", args...)
	if p.enabled && p.line != "" {
		fmt.Fprint(p.w, p.line)
	}
}

// finish clears the bar.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.enabled && p.line != "" {
		fmt.Fprint(p.w, "\r\033[K")
		p.line = ""
	}
}
