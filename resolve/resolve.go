// Package resolve decides what is the same across articles: which names
// are one person or organization, and which events reported by different
// articles are one happening. It holds the decisions only; the store
// applies them to what it keeps.
package resolve

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/powermap/powermap/kb"
)

// NameKey is the key under which two full names are the same name: folded
// case, periods and apostrophes, single spaces ("J.D. Vance" = "JD Vance").
func NameKey(name string) string {
	return strings.ReplaceAll(kb.Fold(name), "'", "")
}

// SoundKey is a rough key for the same name spelled differently by two
// outlets ("Theo Von" / "Theo Vaughn", "Karoline Leavitt" / "Levitt"): the
// first name as written, then the surname's consonants without h, w, y
// or doubled letters, and with "gh" silent. Single names have no sound key.
func SoundKey(name string) string {
	f := strings.Fields(NameKey(name))
	if len(f) < 2 {
		return ""
	}
	last := strings.ReplaceAll(f[len(f)-1], "gh", "")
	var b strings.Builder
	b.WriteString(f[0])
	b.WriteByte(' ')
	var prev rune
	for i, r := range last {
		if i > 0 && strings.ContainsRune("aeiouhwy", r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// SoundAlike reports whether two names with the same SoundKey are likely
// one name spelled two ways: a surname skeleton of three or more sounds is
// distinctive; a shorter one ("Von"/"Vaughn" → v-n) must also begin and end
// with the same letters, so that "Massie" and "Moss" stay apart.
func SoundAlike(a, b string) bool {
	if SoundKey(a) == "" || SoundKey(a) != SoundKey(b) {
		return false
	}
	key := SoundKey(a)
	if len(key)-strings.IndexByte(key, ' ')-1 >= 3 {
		return true
	}
	fa, fb := strings.Fields(NameKey(a)), strings.Fields(NameKey(b))
	la, lb := fa[len(fa)-1], fb[len(fb)-1]
	return la[0] == lb[0] && la[len(la)-1] == lb[len(lb)-1]
}

// Event is an article's event as the merger sees it: its type, its
// participants as canonical entity ids, its date and the article's
// publication day, and what a merged event takes from its reports.
type Event struct {
	ID        int64 // the caller's id for it (tests, benchmarks)
	Article   int64 // the reporting article and the event's position in it
	Seq       int
	Type      string
	Actors    []int64 // meet, reconcile (sorted)
	Source    int64   // directed types
	Target    int64
	Mediator  int64
	Also      []int64
	Date      string    // YYYY, YYYY-MM, YYYY-MM-DD or ""
	Published time.Time // the reporting article's publication day
	// PublishedAt is the publication as stored (RFC 3339), for the merged
	// event's first-seen time.
	PublishedAt string
	Place       string
	Rule        string // the frame that found it ("dinner/NOUN")
	Amount      *float64
	Planned     bool
	// Prev is the merged event the report was part of when last resolved
	// (0: none), Origin the one it was first part of: a merged event keeps
	// the oldest of its reports' ids.
	Prev, Origin int64
	// Pending tells that the report awaits merging (else it is settled
	// in Prev).
	Pending bool
	// Rejected tells that the user retracted the report (it rejected its
	// event, or removed its article): it reports nothing.
	Rejected bool
}

// Cluster is one real-world happening and the article events that report
// it.
type Cluster struct {
	// ID is the stored merged event the cluster was seeded from (0: new).
	ID      int64
	Type    string
	Members []*Event
	actors  map[int64]bool
	// Added tells that reports joined the cluster since it was seeded.
	Added bool
}

// Actors returns the union of the cluster's participants for undirected
// types, sorted.
func (c *Cluster) Actors() []int64 {
	out := make([]int64, 0, len(c.actors))
	for a := range c.actors {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Date returns the date most of the cluster's sources give (ties go to
// the more precise, then the earlier); "" if none gives one.
func (c *Cluster) Date() string {
	var dates []string
	for _, m := range c.Members {
		if m.Date != "" {
			dates = append(dates, m.Date)
		}
	}
	return MajorityDate(dates)
}

// Dates returns the distinct dates the sources give, for showing
// conflicts.
func (c *Cluster) Dates() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range c.Members {
		if m.Date != "" && !seen[m.Date] {
			seen[m.Date] = true
			out = append(out, m.Date)
		}
	}
	sort.Strings(out)
	return out
}

// MajorityDate returns the date given most often; among equals the more
// precise, then the earlier.
func MajorityDate(dates []string) string {
	count := map[string]int{}
	for _, d := range dates {
		count[d]++
	}
	best := ""
	for d, n := range count {
		switch {
		case best == "":
			best = d
		case n > count[best], n == count[best] && len(d) > len(best), n == count[best] && len(d) == len(best) && d < best:
			best = d
		}
	}
	return best
}

// Window is how far apart two reports of one happening may place it: day
// dates within MaxDays; an undated report within MaxDays of the other's
// date (or publication).
type Window struct{ MaxDays int }

// DefaultWindow allows two days' disagreement between dated reports, and a
// week between an undated report's publication and the happening.
var DefaultWindow = Window{MaxDays: 2}

// compatibleDates reports whether two reports' dates can be the same
// happening: day dates within the window, a date and a more precise one
// inside it, an undated report published within eight days after the
// other's date, or, for an undated plan, up to two weeks before it; two
// undated reports published within a week of each other.
func (w Window) compatibleDates(a, b *Event) bool {
	switch {
	case a.Date != "" && b.Date != "":
		if strings.HasPrefix(a.Date, b.Date) || strings.HasPrefix(b.Date, a.Date) {
			return true
		}
		ta, errA := time.Parse("2006-01-02", a.Date)
		tb, errB := time.Parse("2006-01-02", b.Date)
		return errA == nil && errB == nil && absDays(ta.Sub(tb)) <= w.MaxDays
	case a.Date == "" && b.Date == "":
		return !a.Published.IsZero() && !b.Published.IsZero() && absDays(a.Published.Sub(b.Published)) <= 7
	}
	dated, undated := a, b
	if a.Date == "" {
		dated, undated = b, a
	}
	t, err := time.Parse("2006-01-02", dated.Date)
	if err != nil {
		t, err = time.Parse("2006-01", dated.Date)
	}
	if err != nil || undated.Published.IsZero() {
		return false
	}
	d := undated.Published.Sub(t)
	if undated.Planned {
		// Announced before it happened.
		return d <= 0 && d >= -planDays*24*time.Hour
	}
	// Reported undated within a week after it happened.
	return d >= 0 && d <= 8*24*time.Hour
}

// planDays is how long before a happening its plan may be reported.
const planDays = 14

// absDays is the number of whole days in d, whatever its sign.
func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// sameParticipants reports whether an event can join a cluster: the same
// source and target; or two or more actors in common with one report of
// the cluster and at least one with every other. Reports that each share
// two people with the last one never chain into an ever-growing meeting:
// every report of a cluster names someone every other report names.
func sameParticipants(c *Cluster, e *Event) bool {
	if len(e.Actors) == 0 {
		m := c.Members[0]
		return m.Source == e.Source && m.Target == e.Target
	}
	two := false
	for _, m := range c.Members {
		shared := 0
		for _, a := range e.Actors {
			if slices.Contains(m.Actors, a) {
				shared++
			}
		}
		if shared == 0 {
			return false
		}
		two = two || shared >= 2
	}
	return two
}

// Tied reports whether what two reports' sentences say ties them to one
// occasion: both give a day (their closeness is checked apart), or they
// name the same place, or the same particular occasion (a dinner, a
// summit: the noun their frame was triggered by, when it is one of
// Occasions). Month and year dates, and undated reports, tie only by place
// or occasion: a report "in January" of a meeting, or one "recently", is
// not by itself the meeting of January 3.
func Tied(a, b *Event) bool {
	if len(a.Date) == 10 && len(b.Date) == 10 {
		return true
	}
	if pa, pb := placeKey(a.Place), placeKey(b.Place); pa != "" && pb != "" && (pa == pb || containsWords(pa, pb) || containsWords(pb, pa)) {
		return true
	}
	oa := occasion(a.Rule)
	return oa != "" && oa == occasion(b.Rule)
}

// placeKey folds a place name for comparison: case, a leading "the".
func placeKey(p string) string {
	p = strings.TrimSpace(strings.ToLower(p))
	return strings.TrimPrefix(p, "the ")
}

// containsWords reports whether words are whole words inside s.
func containsWords(s, words string) bool {
	i := strings.Index(" "+s+" ", " "+words+" ")
	return i >= 0
}

//go:embed occasions.txt
var occasionsFile string

// Occasions are the nouns that name one particular occasion ("the
// dinner", "the summit"), unlike "meeting" or "call", which any meeting
// of the same people is.
var Occasions = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(occasionsFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}()

// occasion returns the particular occasion a frame rule names ("dinner"
// for "dinner/NOUN"), or "".
func occasion(rule string) string {
	noun, ok := strings.CutSuffix(rule, "/NOUN")
	if ok && Occasions[noun] {
		return noun
	}
	return ""
}

// Merger groups events into clusters as they are added.
type Merger struct {
	Window   Window
	clusters []*Cluster
	byKey    map[string][]int // type + participant pair → clusters
}

// NewMerger returns an empty Merger.
func NewMerger(w Window) *Merger {
	return &Merger{Window: w, byKey: map[string][]int{}}
}

// keys returns the index keys of an event: its type with each pair of its
// actors, or with its source and target.
func keys(e *Event) []string {
	if len(e.Actors) == 0 {
		return []string{e.Type + ":" + strconv.FormatInt(e.Source, 10) + ">" + strconv.FormatInt(e.Target, 10)}
	}
	var out []string
	for i := 0; i < len(e.Actors); i++ {
		for j := i + 1; j < len(e.Actors); j++ {
			a, b := e.Actors[i], e.Actors[j]
			if a > b {
				a, b = b, a
			}
			out = append(out, e.Type+":"+strconv.FormatInt(a, 10)+"+"+strconv.FormatInt(b, 10))
		}
	}
	return out
}

// Add puts e into the cluster of the same happening, or a new one, and
// returns the cluster's index.
func (m *Merger) Add(e *Event) int {
	ks := keys(e)
	for _, k := range ks {
		for _, ci := range m.byKey[k] {
			c := m.clusters[ci]
			if !m.joins(c, e) {
				continue
			}
			c.Members = append(c.Members, e)
			c.Added = true
			for _, a := range e.Actors {
				c.actors[a] = true
			}
			m.index(ci, ks)
			return ci
		}
	}
	return m.found(0, []*Event{e})
}

// joins reports whether e can be one more report of c's happening: the
// same type and participants, dates that agree with every report's, and a
// sentence tie (Tied) to at least one of them. A plan joins like any
// report and stays a plan (Event.Planned, kept per report).
func (m *Merger) joins(c *Cluster, e *Event) bool {
	if c.Type != e.Type || !sameParticipants(c, e) {
		return false
	}
	tied := false
	for _, o := range c.Members {
		if !m.Window.compatibleDates(o, e) {
			return false
		}
		tied = tied || Tied(o, e)
	}
	return tied
}

// Seed adds a cluster that exists already (a stored merged event with id
// and its reports), for new reports to join, and returns its index.
func (m *Merger) Seed(id int64, members []*Event) int {
	return m.found(id, members)
}

// found adds a cluster of members and indexes it under each member's keys.
func (m *Merger) found(id int64, members []*Event) int {
	c := &Cluster{ID: id, Type: members[0].Type, Members: members, actors: map[int64]bool{}}
	m.clusters = append(m.clusters, c)
	ci := len(m.clusters) - 1
	for _, e := range members {
		for _, a := range e.Actors {
			c.actors[a] = true
		}
		m.index(ci, keys(e))
	}
	return ci
}

// index files cluster ci under keys ks (once each).
func (m *Merger) index(ci int, ks []string) {
	for _, k := range ks {
		if !containsInt(m.byKey[k], ci) {
			m.byKey[k] = append(m.byKey[k], ci)
		}
	}
}

// Clusters returns every cluster, in the order they were founded.
func (m *Merger) Clusters() []*Cluster { return m.clusters }

// containsInt reports whether s holds v.
func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
