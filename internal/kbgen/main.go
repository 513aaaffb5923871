// Command kbgen compacts the public-domain reference data in ../shared/kb
// (from the unitedstates/congress-legislators project, CC0 1.0) into
// kb/data/public.json, the part of powermap's embedded knowledge base that
// covers US presidents, vice presidents and members of Congress.
//
//	go run ./internal/kbgen ../shared/kb kb/data/public.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

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
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: kbgen SHARED_KB_DIR OUT.json")
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
