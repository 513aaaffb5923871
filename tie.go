package powermap

import (
	"math"
	"sort"
	"time"
)

// Warmth is what an event type says about a relationship: support,
// meetings, funding and reconciliation warm it; attacks and threats cool it.
func Warmth(typ string) int {
	switch typ {
	case EventSupport, EventMeet, EventFund, EventReconcile:
		return 1
	case EventOppose, EventThreaten:
		return -1
	}
	return 0
}

// WarmthHalfLife is the number of months after which an event counts half
// as much in a pair's recent balance (see PairStats.Balance).
const WarmthHalfLife = 2.0

// PairEvent is one merged event two entities share, as PairStats sums it
// up: its type, date, first report, amount and directed roles (entity
// ids, 0 when the event has none).
type PairEvent struct {
	ID             int64
	Type           string
	Date           string
	FirstSeen      string
	Amount         *float64
	Source, Target int64
}

// PairStats sums up the merged events two entities share, whatever their
// roles in them: what a person page lists for each relation and what the
// network draws for each link. Stores keep it for every pair, from the
// side of the lower id (Lo), recomputed as resolution and curation change
// the pair's events, so that neither reads the events themselves.
type PairStats struct {
	Events  int            `json:"events"`
	Counts  map[string]int `json:"counts"`
	Undated int            `json:"undated"`
	// First and Last are the dates (as given) of the dated events whose
	// periods start first and end last ("2025" starts before
	// "2025-03-01" and ends after it); "" when every event is undated.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// FirstAt and LastAt are the first and last days events are placed
	// at (PlaceDate), undated ones by their report.
	FirstAt string `json:"first_at,omitempty"`
	LastAt  string `json:"last_at,omitempty"`
	// Balance is the pair's recent balance: month by month from their
	// first event's month to their last's, each month's warmth added to
	// the balance before it, halved every WarmthHalfLife months.
	Balance float64 `json:"balance"`
	// Directed counts the events with both a source and a target; SrcLo
	// and SrcHi those whose source is Lo or Hi. Funds* sum the amounts
	// of those of type fund, likewise.
	Directed      int     `json:"directed,omitempty"`
	SrcLo         int     `json:"src_lo,omitempty"`
	SrcHi         int     `json:"src_hi,omitempty"`
	FundsDirected float64 `json:"funds,omitempty"`
	FundsSrcLo    float64 `json:"funds_src_lo,omitempty"`
	FundsSrcHi    float64 `json:"funds_src_hi,omitempty"`
	// GivenLoHi and GivenHiLo sum the funding from Lo to Hi (Lo the
	// source, Hi the target) and from Hi to Lo.
	GivenLoHi float64 `json:"given_lo_hi,omitempty"`
	GivenHiLo float64 `json:"given_hi_lo,omitempty"`
}

// SumPair sums up the events entities lo and hi (lo < hi) share.
func SumPair(lo, hi int64, evs []PairEvent) PairStats {
	evs = append([]PairEvent(nil), evs...)
	keys := make(map[int64]string, len(evs))
	for _, e := range evs {
		keys[e.ID] = EventOrder(e.Date, e.FirstSeen)
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if a, b := keys[evs[i].ID], keys[evs[j].ID]; a != b {
			return a < b
		}
		return evs[i].ID < evs[j].ID
	})
	p := PairStats{Counts: map[string]int{}}
	months := map[string]int{}
	for _, e := range evs {
		p.Events++
		p.Counts[e.Type]++
		at, from, to, prec := PlaceDate(e.Date, e.FirstSeen)
		if prec == "reported" {
			p.Undated++
		} else {
			if f, _, _ := Period(p.First); p.First == "" || from < f {
				p.First = e.Date
			}
			if _, l, _ := Period(p.Last); p.Last == "" || to > l {
				p.Last = e.Date
			}
		}
		if at != "" {
			if p.FirstAt == "" || at < p.FirstAt {
				p.FirstAt = at
			}
			if at > p.LastAt {
				p.LastAt = at
			}
			months[at[:7]] += Warmth(e.Type)
		}
		fund := e.Type == EventFund && e.Amount != nil
		if e.Source != 0 && e.Target != 0 {
			p.Directed++
			if fund {
				p.FundsDirected += *e.Amount
			}
			switch e.Source {
			case lo:
				p.SrcLo++
				if fund {
					p.FundsSrcLo += *e.Amount
				}
			case hi:
				p.SrcHi++
				if fund {
					p.FundsSrcHi += *e.Amount
				}
			}
		}
		if fund && e.Source == lo && e.Target == hi {
			p.GivenLoHi += *e.Amount
		}
		if fund && e.Source == hi && e.Target == lo {
			p.GivenHiLo += *e.Amount
		}
	}
	if p.FirstAt != "" {
		decay := math.Pow(0.5, 1/WarmthHalfLife)
		start, _ := time.Parse("2006-01", p.FirstAt[:7])
		end, _ := time.Parse("2006-01", p.LastAt[:7])
		score := 0.0
		for t := start; !t.After(end); t = t.AddDate(0, 1, 0) {
			score = score*decay + float64(months[t.Format("2006-01")])
		}
		p.Balance = math.Round(score*100) / 100
	}
	return p
}

// Tie is what the merged events of entity A with entity B add up to, seen
// from A (see PairStats): the relation a person page lists, the link the
// network draws.
type Tie struct {
	A, B int64
	// Name and Type are B's canonical name and type.
	Name, Type string
	PairStats
	// AToB and BToA count the events with a source and a target whose
	// source is A, and the others; FundsAToB and FundsBToA sum their
	// funding likewise.
	AToB, BToA           int
	FundsAToB, FundsBToA float64
	// Given sums the funding from A to B, Received from B to A.
	Given, Received float64
}

// TieOf is p, kept for the pair lo < hi, seen from a (lo or hi).
func TieOf(a, b int64, p PairStats) Tie {
	t := Tie{A: a, B: b, PairStats: p}
	if a < b {
		t.AToB, t.FundsAToB = p.SrcLo, p.FundsSrcLo
		t.Given, t.Received = p.GivenLoHi, p.GivenHiLo
	} else {
		t.AToB, t.FundsAToB = p.SrcHi, p.FundsSrcHi
		t.Given, t.Received = p.GivenHiLo, p.GivenLoHi
	}
	t.BToA, t.FundsBToA = p.Directed-t.AToB, p.FundsDirected-t.FundsAToB
	return t
}
