package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is a gold facts file (the same shape as Article).
type Gold = Article

// LoadGold reads DIR/gold/*.json, keyed by id.
func LoadGold(dir string) (map[string]Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no gold files (gold/*.json)", dir)
	}
	out := map[string]Gold{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out[g.ID] = g
	}
	return out, nil
}

var (
	leadingThe = regexp.MustCompile(`^the\s+`)
	nonWord    = regexp.MustCompile(`[^\p{L}\p{N}_@' ]+`)
	possessive = regexp.MustCompile(`'s(?:[^\p{L}\p{N}_]|$)`)
	spaces     = regexp.MustCompile(`\s+`)
	wordRe     = regexp.MustCompile(`[\p{L}\p{N}_']+`)
)

// Norm normalises a name or text as facts.py's norm does: accents and
// case folded, a leading "the" and possessive "'s" dropped, punctuation
// made space.
func Norm(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	s = strings.ToLower(s)
	s = leadingThe.ReplaceAllString(strings.TrimSpace(s), "")
	s = nonWord.ReplaceAllString(s, " ")
	s = possessive.ReplaceAllStringFunc(s, func(m string) string { return m[2:] })
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func words(s string) []string { return wordRe.FindAllString(Norm(s), -1) }

// resolver maps output names onto a gold article's canonical names.
type resolver map[string]string

func newResolver(g Gold) resolver {
	r := resolver{}
	for _, e := range append(append([]Entity{}, g.People...), g.Organizations...) {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := r[Norm(a)]; !ok {
				r[Norm(a)] = e.Name
			}
		}
	}
	return r
}

func (r resolver) of(name string) string {
	if name == "" {
		return ""
	}
	return r[Norm(name)]
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	TP   int     `json:"tp"`
	Out  int     `json:"out"`
	Gold int     `json:"gold"`
}

func prf(tp, out, gold int) PRF {
	p := 0.0
	switch {
	case out > 0:
		p = float64(tp) / float64(out)
	case gold == 0:
		p = 1
	}
	r := 1.0
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: round3(p), R: round3(r), F1: round3(f), TP: tp, Out: out, Gold: gold}
}

// round3 rounds to three decimals as Python's round does: to the nearest,
// ties to even on the exact binary value (0.8125 -> 0.812).
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// TypePRF is the score of one event type, as facts.py reports it.
type TypePRF struct {
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	Gold int     `json:"gold"`
	Out  int     `json:"out"`
}

// Miss is a gold fact not found, or an output fact with no gold match.
type Miss struct {
	Kind     string `json:"kind"` // person, organization, event, quote
	False    bool   `json:"false_positive"`
	What     string `json:"what"`
	Evidence string `json:"evidence,omitempty"`
}

// Result is the score of an export against gold, as facts.py reports it,
// plus the per-article misses and false positives.
type Result struct {
	People         PRF                `json:"people"`
	Organizations  PRF                `json:"organizations"`
	Events         PRF                `json:"events"`
	Quotes         PRF                `json:"quotes"`
	EventsByType   map[string]TypePRF `json:"events_by_type"`
	DateAccuracy   *float64           `json:"date_accuracy"`
	DatedFound     int                `json:"dated_found"`
	AmountAccuracy *float64           `json:"amount_accuracy"`
	Articles       int                `json:"articles"`
	Missing        []string           `json:"articles_missing_in_output"`
	Misses         map[string][]Miss  `json:"misses,omitempty"`
}

// Score compares outputs (by id) with gold by the rules of GUIDE.md.
func Score(gold map[string]Gold, outputs map[string]Article) Result {
	type counts struct{ tp, out, gold int }
	tot := map[string]*counts{"people": {}, "organizations": {}, "events": {}, "quotes": {}}
	byType := map[string]*counts{}
	typeCounts := func(t string) *counts {
		if byType[t] == nil {
			byType[t] = &counts{}
		}
		return byType[t]
	}
	dates, amounts := [2]int{}, [2]int{}
	res := Result{Missing: []string{}, Misses: map[string][]Miss{}}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g := gold[id]
		o, ok := outputs[id]
		if !ok {
			res.Missing = append(res.Missing, id)
		}
		r := newResolver(g)
		miss := func(m Miss) { res.Misses[id] = append(res.Misses[id], m) }
		for _, kind := range []string{"people", "organizations"} {
			ge, oe := g.People, o.People
			if kind == "organizations" {
				ge, oe = g.Organizations, o.Organizations
			}
			goldNames := map[string]bool{}
			for _, e := range ge {
				goldNames[e.Name] = true
			}
			mapped := map[string]bool{}
			for _, e := range oe {
				if e.Name == "" {
					continue
				}
				n := r.of(e.Name)
				if n == "" {
					n = "?" + Norm(e.Name)
					miss(Miss{Kind: kind, False: true, What: e.Name})
				}
				mapped[n] = true
			}
			tp := 0
			for n := range mapped {
				if goldNames[n] {
					tp++
				}
			}
			for _, e := range ge {
				if !mapped[e.Name] {
					miss(Miss{Kind: kind, What: e.Name})
				}
			}
			c := tot[kind]
			c.tp, c.out, c.gold = c.tp+tp, c.out+len(mapped), c.gold+len(goldNames)
		}
		used := map[int]bool{}
		for _, ge := range g.Events {
			bt := typeCounts(ge.Type)
			bt.gold++
			best, bestScore := -1, -1
			for j, oe := range o.Events {
				if used[j] || !participantsMatch(ge, oe, r) {
					continue
				}
				s := 0
				if dateOK(ge.Date, oe.Date) == 1 {
					s++
				}
				if amountOK(ge.AmountUSD, oe.AmountUSD) {
					s++
				}
				if best < 0 || s > bestScore {
					best, bestScore = j, s
				}
			}
			if best < 0 {
				miss(Miss{Kind: "event", What: describeEvent(ge), Evidence: ge.Evidence})
				continue
			}
			used[best] = true
			tot["events"].tp++
			bt.tp++
			oe := o.Events[best]
			if d := dateOK(ge.Date, oe.Date); d >= 0 {
				dates[1]++
				dates[0] += d
				if d == 0 {
					miss(Miss{Kind: "date", What: fmt.Sprintf("%s: gold %s, output %s", describeEvent(ge), *ge.Date, strOr(oe.Date, "none")), Evidence: ge.Evidence})
				}
			}
			if ge.AmountUSD != nil {
				amounts[1]++
				if amountOK(ge.AmountUSD, oe.AmountUSD) {
					amounts[0]++
				}
			}
		}
		tot["events"].out += len(o.Events)
		tot["events"].gold += len(g.Events)
		for j, oe := range o.Events {
			typeCounts(oe.Type).out++
			if !used[j] {
				miss(Miss{Kind: "event", False: true, What: describeEvent(oe) + " [" + oe.Rule + "]", Evidence: oe.Evidence})
			}
		}
		qused := map[int]bool{}
		for _, gq := range g.Quotes {
			gw := words(gq.Text)
			found := false
			for j, oq := range o.Quotes {
				if qused[j] || r.of(oq.Speaker) != gq.Speaker {
					continue
				}
				ow := map[string]bool{}
				for _, w := range words(oq.Text) {
					ow[w] = true
				}
				hit := 0
				for _, w := range gw {
					if ow[w] {
						hit++
					}
				}
				if len(gw) > 0 && float64(hit)/float64(len(gw)) >= 0.5 {
					qused[j] = true
					tot["quotes"].tp++
					found = true
					break
				}
			}
			if !found {
				miss(Miss{Kind: "quote", What: gq.Speaker + ": " + gq.Text})
			}
		}
		for j, oq := range o.Quotes {
			if !qused[j] {
				miss(Miss{Kind: "quote", False: true, What: oq.Speaker + ": " + oq.Text})
			}
		}
		tot["quotes"].out += len(o.Quotes)
		tot["quotes"].gold += len(g.Quotes)
	}
	res.People = prf(tot["people"].tp, tot["people"].out, tot["people"].gold)
	res.Organizations = prf(tot["organizations"].tp, tot["organizations"].out, tot["organizations"].gold)
	res.Events = prf(tot["events"].tp, tot["events"].out, tot["events"].gold)
	res.Quotes = prf(tot["quotes"].tp, tot["quotes"].out, tot["quotes"].gold)
	res.EventsByType = map[string]TypePRF{}
	for t, c := range byType {
		v := prf(c.tp, c.out, c.gold)
		res.EventsByType[t] = TypePRF{P: v.P, R: v.R, F1: v.F1, Gold: v.Gold, Out: v.Out}
	}
	if dates[1] > 0 {
		v := round3(float64(dates[0]) / float64(dates[1]))
		res.DateAccuracy = &v
	}
	res.DatedFound = dates[1]
	if amounts[1] > 0 {
		v := round3(float64(amounts[0]) / float64(amounts[1]))
		res.AmountAccuracy = &v
	}
	res.Articles = len(gold)
	return res
}

// amountOK reports whether an output amount is within 1% of the gold's.
func amountOK(gold, out *float64) bool {
	return gold != nil && out != nil && math.Abs(*out-*gold) <= 0.01**gold
}

func strOr(s *string, def string) string {
	if s == nil {
		return def
	}
	return *s
}

func describeEvent(e Event) string {
	if e.Type == "meet" || e.Type == "reconcile" {
		s := e.Type + " " + strings.Join(e.Actors, ", ")
		if e.Mediator != "" {
			s += " (mediator " + e.Mediator + ")"
		}
		return s + " " + strOr(e.Date, "")
	}
	return fmt.Sprintf("%s %s → %s %s", e.Type, e.Source, e.Target, strOr(e.Date, ""))
}

func participantsMatch(ge, oe Event, r resolver) bool {
	if oe.Type != ge.Type {
		return false
	}
	if ge.Type == "meet" || ge.Type == "reconcile" {
		gold := map[string]bool{}
		for _, a := range ge.Actors {
			gold[a] = true
		}
		hit := map[string]bool{}
		for _, a := range oe.Actors {
			if n := r.of(a); n != "" && gold[n] {
				hit[n] = true
			}
		}
		return len(hit) >= 2
	}
	src, tgt := r.of(oe.Source), r.of(oe.Target)
	if src != ge.Source || tgt == "" {
		return false
	}
	if tgt == ge.Target {
		return true
	}
	for _, a := range ge.Also {
		if tgt == a {
			return true
		}
	}
	return false
}

// dateOK is 1 when the output date, cut to the gold's precision, equals
// the gold date; 0 when it does not (a coarser output is wrong); -1 when
// the gold has no date.
func dateOK(gold, out *string) int {
	if gold == nil {
		return -1
	}
	if out == nil || *out == "" || len(*out) < len(*gold) {
		return 0
	}
	if (*out)[:len(*gold)] == *gold {
		return 1
	}
	return 0
}

// Report writes the totals as facts.py prints them.
func (r Result) Report() string {
	var b strings.Builder
	for _, k := range []struct {
		name string
		v    PRF
	}{{"people", r.People}, {"organizations", r.Organizations}, {"events", r.Events}, {"quotes", r.Quotes}} {
		fmt.Fprintf(&b, "%-14s P %.3f  R %.3f  F1 %.3f  (tp %d, out %d, gold %d)\n", k.name, k.v.P, k.v.R, k.v.F1, k.v.TP, k.v.Out, k.v.Gold)
	}
	types := make([]string, 0, len(r.EventsByType))
	for t := range r.EventsByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		v := r.EventsByType[t]
		fmt.Fprintf(&b, "  event %-10s P %.3f  R %.3f  F1 %.3f  (gold %d, out %d)\n", t, v.P, v.R, v.F1, v.Gold, v.Out)
	}
	fmt.Fprintf(&b, "date accuracy %s over %d found dated events; amount accuracy %s\n", optional(r.DateAccuracy), r.DatedFound, optional(r.AmountAccuracy))
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, "articles missing in output: %d\n", len(r.Missing))
	}
	return b.String()
}

// optional prints a value the way Python prints a float or None.
func optional(v *float64) string {
	if v == nil {
		return "None"
	}
	s := fmt.Sprintf("%g", *v)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
