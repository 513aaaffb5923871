// Package kb is powermap's knowledge base: canonical people and
// organizations with their aliases, handles and dated roles, so that
// "Trump", "@POTUS" and "the President-elect" in a December 2024 article
// all resolve to Donald Trump. It ships embedded (public-domain data on US
// presidents, vice presidents and members of Congress, plus curated
// entries) and users extend it with their own file of the same shape.
package kb

import (
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

//go:embed data/*.json
var dataFS embed.FS

// Entry is one canonical entity.
type Entry struct {
	// ID is stable across releases: a Wikidata id where known, else
	// "bioguide:…" or "powermap:…".
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"` // "person" or "org"
	// Aliases are other names that identify the entity on their own.
	Aliases []string `json:"aliases,omitempty"`
	// Handles are social-media handles without the @.
	Handles []string `json:"handles,omitempty"`
	Gender  string   `json:"gender,omitempty"` // "M", "F" or ""
	Roles   []Role   `json:"roles,omitempty"`
	// Derisive are mocking nicknames ("Jeff Bozo"): they name the entity,
	// and whoever uses one in their own words is attacking it.
	Derisive []string `json:"derisive,omitempty"`
	// Merge, in a later file, adds this entry's aliases, handles, roles and
	// nicknames to the entry with the same id instead of replacing it.
	Merge bool `json:"merge,omitempty"`
	// NeedsContext marks names that are common words or letters ("X",
	// "Time"): they count only where the context says they are the entity.
	NeedsContext bool `json:"needs_context,omitempty"`
	// Kind is what sort of organization an org is (company, media,
	// platform, government, party, committee, campaign, court, school,
	// nonprofit, international), so that a description such as "the
	// automaker" or "the agency" can find it.
	Kind string `json:"kind,omitempty"`
}

// Role is a position held, with its validity dates (ISO; empty means open).
type Role struct {
	Role  string `json:"role"` // president, vice_president, first_lady, speaker, senator, ceo, founder, …
	Org   string `json:"org,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// HeldAt reports whether the role was held on day at (an ISO date).
func (r Role) HeldAt(at string) bool {
	return (r.Start == "" || r.Start <= at) && (r.End == "" || at < r.End)
}

// KB is a loaded knowledge base. It is read-only after Load and safe for
// concurrent use.
type KB struct {
	entries   []*Entry
	byName    map[string][]*Entry // exact surface form → entries
	byFold    map[string][]*Entry // folded surface form → entries
	byHandle  map[string]*Entry   // lower-case handle → entry
	bySurname map[string][]*Entry // last word of a person's name → people
	given     map[string]bool     // first words of people's names
	// givenGender is the gender every person with that first word shares
	// ("M" or "F"), or "?" where they differ.
	givenGender map[string]string
	maxWords    int
}

// roleHandles are institutional handles that belong to whoever holds the
// role on the day.
var roleHandles = map[string][2]string{"potus": {"president", "United States"}, "flotus": {"first_lady", "United States"},
	"vp": {"vice_president", "United States"}, "presssec": {"press_secretary", "White House"}}

// File is a user knowledge-base file: its name (for messages) and its
// content.
type File struct {
	Name string
	Data []byte
}

// Load reads the embedded knowledge base and then each user file, whose
// entries add to or replace (by id) the embedded ones.
func Load(userFiles ...string) (*KB, error) {
	files := make([]File, len(userFiles))
	for i, f := range userFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("knowledge base file: %w", err)
		}
		files[i] = File{f, data}
	}
	return LoadFiles(files...)
}

// LoadFiles is Load with the user files' contents given (as a store keeps
// them).
func LoadFiles(userFiles ...File) (*KB, error) {
	var all []*Entry
	for _, name := range []string{"data/public.json", "data/curated.json"} {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var es []*Entry
		if err := json.Unmarshal(data, &es); err != nil {
			return nil, fmt.Errorf("embedded %s: %w", name, err)
		}
		all = append(all, es...)
	}
	for _, uf := range userFiles {
		f, data := uf.Name, uf.Data
		var es []*Entry
		if err := json.Unmarshal(data, &es); err != nil {
			return nil, fmt.Errorf("knowledge base file %s: not a JSON array of entries: %w", f, err)
		}
		for i, e := range es {
			if e.Name == "" || (e.Type != "person" && e.Type != "org") {
				return nil, fmt.Errorf("knowledge base file %s: entry %d needs a name and a type of person or org", f, i+1)
			}
			if e.ID == "" {
				e.ID = "user:" + e.Name
			}
		}
		all = append(all, es...)
	}
	return New(all), nil
}

// New builds a KB from entries; a later entry with the same id replaces an
// earlier one.
func New(entries []*Entry) *KB {
	k := &KB{byName: map[string][]*Entry{}, byFold: map[string][]*Entry{}, byHandle: map[string]*Entry{}, bySurname: map[string][]*Entry{},
		given: map[string]bool{}, givenGender: map[string]string{}}
	index := map[string]int{}
	for _, e := range entries {
		if i, ok := index[e.ID]; ok {
			if e.Merge {
				old := *k.entries[i]
				if e.Name != "" && e.Name != old.Name {
					// A merge may correct the canonical name; the old one
					// stays an alias ("J.D. Vance" → "JD Vance").
					old.Aliases = append([]string{old.Name}, old.Aliases...)
					old.Name = e.Name
				}
				if e.Kind != "" {
					old.Kind = e.Kind
				}
				old.Aliases = append(old.Aliases, e.Aliases...)
				old.Handles = append(old.Handles, e.Handles...)
				old.Roles = append(old.Roles, e.Roles...)
				old.Derisive = append(old.Derisive, e.Derisive...)
				k.entries[i] = &old
			} else {
				k.entries[i] = e
			}
			continue
		}
		index[e.ID] = len(k.entries)
		k.entries = append(k.entries, e)
	}
	for _, e := range k.entries {
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Derisive...) {
			k.byName[n] = appendUnique(k.byName[n], e)
			k.byFold[Fold(n)] = appendUnique(k.byFold[Fold(n)], e)
			k.maxWords = max(k.maxWords, strings.Count(n, " ")+1)
		}
		for _, h := range e.Handles {
			k.byHandle[strings.ToLower(h)] = e
		}
		if f := strings.Fields(e.Name); e.Type == "person" && len(f) >= 2 {
			last := f[len(f)-1]
			if last == "Jr." || last == "Sr." || last == "II" || last == "III" {
				last = f[len(f)-2]
			}
			k.bySurname[last] = append(k.bySurname[last], e)
			if isGivenNameWord(f[0]) {
				k.given[f[0]] = true
				if g, ok := k.givenGender[f[0]]; e.Gender != "" && (!ok || g == e.Gender) {
					k.givenGender[f[0]] = e.Gender
				} else if e.Gender != "" {
					k.givenGender[f[0]] = "?"
				}
			}
		}
	}
	return k
}

// isGivenNameWord reports whether w, the first word of a person's name,
// can serve as a given name: a capitalised word of two or more letters,
// not an initial ("J.D.") or a title ("King", "Pope", "Sir").
func isGivenNameWord(w string) bool {
	if len(w) < 2 || strings.ContainsAny(w, ".") || notGivenNames[w] {
		return false
	}
	r := []rune(w)
	return r[0] >= 'A' && r[0] <= 'Z' || r[0] > 0x7f
}

// notGivenNames are words that open people's names in the knowledge base
// without being given names.
var notGivenNames = map[string]bool{"King": true, "Queen": true, "Pope": true, "Prince": true, "Princess": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Saint": true, "St": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true}

// IsGivenName reports whether some person in the knowledge base has w as
// the first word of their name ("Elon", "Jensen").
func (k *KB) IsGivenName(w string) bool { return k.given[w] }

// GivenNameGender returns the gender ("M" or "F") of every person in the
// knowledge base whose name opens with w, or "" when they differ or none
// says: "Eleanor" is a woman's name, "Marcus" a man's.
func (k *KB) GivenNameGender(w string) string {
	if g := k.givenGender[w]; g == "M" || g == "F" {
		return g
	}
	return ""
}

// HasSurname reports whether some person in the knowledge base has this
// surname.
func (k *KB) HasSurname(s string) bool { return len(k.bySurname[s]) > 0 }

// officeRank orders offices by how readily a bare surname names their
// holder in the news: "Trump" in 2025 is the president, not his family.
var officeRank = map[string]int{"president": 10, "vice_president": 9, "speaker": 8, "prime_minister": 8, "chancellor": 8,
	"secretary": 6, "attorney_general": 6, "press_secretary": 6, "director": 5, "senator": 5, "governor": 5,
	"representative": 4, "crown_prince": 4, "chief_of_staff": 4, "deputy_chief_of_staff": 3, "first_lady": 3,
	"ceo": 2, "founder": 2, "owner": 2, "chair": 2, "head": 2}

// BySurname returns the person a bare surname most plausibly names on day
// at, when the article gives no full name to go by: the only person with
// that surname, or the one holding the highest office that day. It
// returns nil when that is not clear.
func (k *KB) BySurname(surname string, at time.Time) *Entry {
	es := k.bySurname[surname]
	if len(es) == 1 {
		// A member of the House is rarely named by surname alone without
		// a full name first; a bare "Brown" is more likely someone else.
		if onlyRepresentative(es[0]) {
			return nil
		}
		return es[0]
	}
	day := at.Format("2006-01-02")
	var best *Entry
	bestRank, tie := 0, false
	for _, e := range es {
		rank := 0
		for _, r := range e.Roles {
			if r.HeldAt(day) && officeRank[r.Role] > rank {
				rank = officeRank[r.Role]
			}
		}
		switch {
		case rank > bestRank:
			best, bestRank, tie = e, rank, false
		case rank == bestRank && rank > 0:
			tie = true
		}
	}
	if tie || bestRank == 0 {
		return nil
	}
	return best
}

// onlyRepresentative reports whether every role e holds is a seat in the
// House of Representatives.
func onlyRepresentative(e *Entry) bool {
	if len(e.Roles) == 0 {
		return false
	}
	for _, r := range e.Roles {
		if r.Role != "representative" {
			return false
		}
	}
	return true
}

func appendUnique(es []*Entry, e *Entry) []*Entry {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// Fold normalises a name for matching: lower case, periods and typographic
// apostrophes removed or made plain, spaces single.
func Fold(s string) string {
	s = strings.ToLower(s)
	s = foldReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var foldReplacer = strings.NewReplacer(".", "", "’", "'", "‘", "'")

// Len is the number of entries.
func (k *KB) Len() int { return len(k.entries) }

// MaxWords is the largest number of words in any name or alias.
func (k *KB) MaxWords() int { return k.maxWords }

// Match returns the entries named exactly s (as written, or folded when the
// exact form is not known). Several entries mean the name is ambiguous.
func (k *KB) Match(s string) []*Entry {
	if es := k.byName[s]; len(es) > 0 {
		return es
	}
	if !needsFold(s) {
		return nil
	}
	return k.byFold[Fold(s)]
}

// needsFold reports whether s could match a name only after folding: it
// has periods, typographic apostrophes, doubled spaces or capitals after
// its first letter of a word (as in "DONALD TRUMP").
func needsFold(s string) bool {
	prev := ' '
	for _, r := range s {
		switch {
		case r == '.' || r == '’' || r == '‘' || r == '\t' || r == '\n':
			return true
		case r == ' ' && prev == ' ':
			return true
		case prev != ' ' && r >= 'A' && r <= 'Z':
			return true
		}
		prev = r
	}
	return false
}

// ByName returns the entry whose canonical name is name, or nil.
func (k *KB) ByName(name string) *Entry {
	for _, e := range k.byName[name] {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// Handle resolves a social-media handle (with or without @) on day at:
// institutional handles such as @POTUS go to whoever held the role.
func (k *KB) Handle(h string, at time.Time) *Entry {
	h = strings.ToLower(strings.TrimPrefix(h, "@"))
	if role, ok := roleHandles[h]; ok {
		if e := k.Holder(role[0], role[1], at); e != nil {
			return e
		}
	}
	return k.byHandle[h]
}

// Holder returns the entity holding role (at org, if org is not empty) on
// day at, or nil if none or several do.
func (k *KB) Holder(role, org string, at time.Time) *Entry {
	day := at.Format("2006-01-02")
	var found *Entry
	for _, e := range k.entries {
		for _, r := range e.Roles {
			if r.Role != role || (org != "" && !strings.EqualFold(r.Org, org)) || !r.HeldAt(day) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// Elect returns who was about to take role at org (a term starting within
// 100 days after at): the president-elect between election and
// inauguration.
func (k *KB) Elect(role, org string, at time.Time) *Entry {
	from, to := at.Format("2006-01-02"), at.AddDate(0, 0, 100).Format("2006-01-02")
	for _, e := range k.entries {
		for _, r := range e.Roles {
			if r.Role == role && (org == "" || strings.EqualFold(r.Org, org)) && r.Start > from && r.Start <= to {
				return e
			}
		}
	}
	return nil
}

// IsDerisive reports whether name is one of e's mocking nicknames.
func (e *Entry) IsDerisive(name string) bool {
	for _, d := range e.Derisive {
		if d == name || Fold(d) == Fold(name) {
			return true
		}
	}
	return false
}

// Entries returns every entry (for tests and listings).
func (k *KB) Entries() []*Entry { return k.entries }
