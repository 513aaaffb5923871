// Command kbgen compacts the public-domain reference data in ../shared/kb
// (from the unitedstates/congress-legislators project, CC0 1.0) into
// kb/data/public.json, the part of powermap's embedded knowledge base that
// covers US presidents, vice presidents and members of Congress, and
// writes the given names of all of them (first names and the nicknames
// they go by) to a rules file for the extractor, which uses it to tell a
// person's name ("Priya Raman") from other capitalised words.
//
//	go run ./internal/kbgen ../shared/kb kb/data/public.json extract/rules/names_given.txt
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

type person struct {
	ID struct {
		Bioguide string `yaml:"bioguide"`
		Wikidata string `yaml:"wikidata"`
	} `yaml:"id"`
	Name struct {
		First, Middle, Last, Suffix, Nickname string
		OfficialFull                          string `yaml:"official_full"`
	} `yaml:"name"`
	Bio struct {
		Gender string `yaml:"gender"`
	} `yaml:"bio"`
	Terms []struct {
		Type, Start, End, State, Party string
	} `yaml:"terms"`
	Leadership []struct {
		Title, Chamber, Start, End string
	} `yaml:"leadership_roles"`
}

type social struct {
	ID struct {
		Bioguide string `yaml:"bioguide"`
	} `yaml:"id"`
	Social struct {
		Twitter string `yaml:"twitter"`
	} `yaml:"social"`
}

// entry mirrors kb.Entry (kept separate so the generator has no import
// cycle with the package it feeds).
type entry struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	Handles []string `json:"handles,omitempty"`
	Gender  string   `json:"gender,omitempty"`
	Roles   []role   `json:"roles,omitempty"`
}

type role struct {
	Role  string `json:"role"`
	Org   string `json:"org,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

var quoted = regexp.MustCompile(`\s*"[^"]*"\s*`)

func main() {
	if len(os.Args) != 3 && len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: kbgen SHARED_KB_DIR OUT.json [GIVEN_NAMES.txt]")
		os.Exit(2)
	}
	dir, out := os.Args[1], os.Args[2]
	var exec, legis []person
	var socials []social
	for _, f := range []struct {
		name string
		v    any
	}{{"executive.yaml", &exec}, {"legislators-current.yaml", &legis}, {"legislators-social-media.yaml", &socials}} {
		data, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			fail(err)
		}
		if err := yaml.Unmarshal(data, f.v); err != nil {
			fail(fmt.Errorf("%s: %w", f.name, err))
		}
	}
	handles := map[string]string{}
	for _, s := range socials {
		if s.Social.Twitter != "" {
			handles[s.ID.Bioguide] = s.Social.Twitter
		}
	}
	byID := map[string]*entry{}
	var order []string
	add := func(p person) {
		id := p.ID.Wikidata
		if id == "" {
			id = "bioguide:" + p.ID.Bioguide
		}
		e, ok := byID[id]
		if !ok {
			e = &entry{ID: id, Type: "person", Gender: p.Bio.Gender}
			byID[id] = e
			order = append(order, id)
		}
		first := p.Name.First
		if p.Name.Nickname != "" {
			first = p.Name.Nickname
		}
		name := strings.TrimSpace(first + " " + p.Name.Last)
		if e.Name == "" {
			e.Name = name
		}
		full := strings.TrimSpace(quoted.ReplaceAllString(p.Name.OfficialFull, " "))
		full = strings.TrimSuffix(strings.TrimSuffix(full, ", Jr."), ", Sr.")
		for _, a := range []string{name, full, p.Name.First + " " + p.Name.Last, p.Name.First + " " + p.Name.Middle + " " + p.Name.Last} {
			a = strings.Join(strings.Fields(a), " ")
			if a != "" && a != e.Name && !contains(e.Aliases, a) && strings.Contains(a, " ") {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if h := handles[p.ID.Bioguide]; h != "" && !contains(e.Handles, h) {
			e.Handles = append(e.Handles, h)
		}
		kinds := map[string]string{"prez": "president", "viceprez": "vice_president", "sen": "senator", "rep": "representative"}
		for _, t := range p.Terms {
			r := role{Role: kinds[t.Type], Org: "United States", Start: t.Start, End: t.End}
			switch t.Type {
			case "sen":
				r.Org = "Senate"
			case "rep":
				r.Org = "House of Representatives"
			}
			if n := len(e.Roles); n > 0 && e.Roles[n-1].Role == r.Role && e.Roles[n-1].End >= dayBefore(r.Start) {
				e.Roles[n-1].End = r.End // contiguous terms make one span
				continue
			}
			e.Roles = append(e.Roles, r)
		}
		for _, l := range p.Leadership {
			if l.Title == "Speaker of the House" {
				e.Roles = append(e.Roles, role{Role: "speaker", Org: "House of Representatives", Start: l.Start, End: l.End})
			}
		}
	}
	for _, p := range exec {
		add(p)
	}
	for _, p := range legis {
		add(p)
	}
	var entries []*entry
	for _, id := range order {
		entries = append(entries, byID[id])
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	var b strings.Builder
	b.WriteString("[\n")
	for i, e := range entries {
		line, _ := json.Marshal(e)
		b.Write(line)
		if i < len(entries)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("wrote %d entries to %s\n", len(entries), out)
	if len(os.Args) == 4 {
		names := givenNames(append(exec, legis...))
		if err := writeGivenNames(os.Args[3], names); err != nil {
			fail(err)
		}
		fmt.Printf("wrote %d given names to %s\n", len(names), os.Args[3])
	}
}

// givenNames collects the first names and nicknames of people: words of
// two or more letters that start with a capital, without initials ("J.")
// or abbreviations.
func givenNames(people []person) []string {
	seen := map[string]bool{}
	for _, p := range people {
		for _, n := range []string{p.Name.First, p.Name.Nickname} {
			for _, w := range strings.Fields(n) {
				if isGivenName(w) && !notGiven[w] {
					seen[w] = true
				}
			}
		}
	}
	var out []string
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// notGiven are given names of the people in the data that are far more
// often something else in news text: places, seasons, common words.
var notGiven = map[string]bool{"Young": true, "Summer": true, "Virginia": true, "Sydney": true, "Chip": true, "Dusty": true,
	"Ro": true, "Kat": true, "Cliff": true, "Guy": true, "Rich": true, "Grace": true, "Jefferson": true, "Garland": true, "Luz": true}

// isGivenName reports whether w looks like a given name: a capital
// letter, then at least one lower-case letter, hyphens or apostrophes
// ("Mary-Kay", "D'Andre"), and no periods.
func isGivenName(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	lower := false
	for _, c := range r[1:] {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c) || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return lower
}

// writeGivenNames writes names, twelve to a line, under a header that
// says where they come from.
func writeGivenNames(path string, names []string) error {
	var b strings.Builder
	b.WriteString("# Given names of every US president, vice president and current member of\n")
	b.WriteString("# Congress, generated by internal/kbgen from the unitedstates/congress-legislators\n")
	b.WriteString("# data (CC0 1.0, public domain); do not edit by hand. A capitalised pair\n")
	b.WriteString("# starting with one of these is a person unless its context says otherwise.\n")
	for i := 0; i < len(names); i += 12 {
		b.WriteString(strings.Join(names[i:min(i+12, len(names))], " "))
		b.WriteString("\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("given names: %w", err)
	}
	return nil
}

// dayBefore returns the ISO date one day before d (terms often end the day
// the next one starts, or the day before).
func dayBefore(d string) string {
	if len(d) != 10 {
		return d
	}
	return d[:8] + fmt.Sprintf("%02d", max(atoi(d[8:])-1, 0))
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kbgen:", err)
	os.Exit(1)
}
