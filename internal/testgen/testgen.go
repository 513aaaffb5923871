// Package testgen writes synthetic news articles for tests and benchmarks:
// made-up people and companies in the plain-text style powermap reads,
// each article different from every other.
package testgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/powermap/powermap"
)

var (
	firstNames = []string{"Ada", "Tomas", "Grace", "Harlan", "Dana", "Marcus", "Lena", "Owen", "Priya", "Alan", "Ruth", "Jonah", "Mira", "Felix", "Nora", "Silas"}
	lastNames  = []string{"Quill", "Reyes", "Okafor", "Voss", "Whitfield", "Bell", "Ford", "Castle", "Natarajan", "Pryce", "Abernathy", "Lindqvist", "Marsh", "Tanaka", "Oduya", "Brandt"}
	titles     = []string{"Senator", "Governor", "Representative", "Mayor", "developer", "investor", "chief executive"}
	companies  = []string{"Voss Maritime", "Reyes Holdings", "Okafor Capital", "Harbor Freight Lines", "Quill Media", "Castle Energy"}
	places     = []string{"the Harborview Club", "the State House", "City Hall", "the Lakeside Grill", "the governor's mansion"}
	verbs      = []string{"met", "had dinner with", "criticized", "praised", "sat down with", "accused"}
	days       = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// Article returns the text of synthetic article i with about words words:
// a publication-time line, headline, byline, dateline, body paragraphs with
// quotes, an embedded post and a photo credit.
func Article(i, words int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	person := func() string { return pick(firstNames) + " " + pick(lastNames) }
	a, b := person(), person()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %d, 2025 %d:%02d AM EDT\n", pick(months), 1+r.IntN(28), 1+r.IntN(11), r.IntN(60))
	fmt.Fprintf(&sb, "%s and %s clash over harbor plan (report %d)\n", a, b, i)
	fmt.Fprintf(&sb, "By %s\n", person())
	fmt.Fprintf(&sb, "Riverton, Ohio - %s %s %s %s at %s on %s.\n", pick(titles), a, pick(verbs), b, pick(places), pick(days))
	n := sb.Len()
	para := 0
	for sb.Len()-n < words*6 {
		switch para % 4 {
		case 0:
			fmt.Fprintf(&sb, "\n%s of %s %s %s on %s, according to people familiar with the talks, and %s later gave $%d,000 to a fund backing the plan.\n",
				person(), pick(companies), pick(verbs), person(), pick(days), a, 1+r.IntN(900))
		case 1:
			fmt.Fprintf(&sb, "\n“We will not let the harbor silt up on our watch,” %s said, adding that %s had been “a reliable partner” for years.\n", a, b)
		case 2:
			fmt.Fprintf(&sb, "\nMet with @%s%s today about the dredging bill. Good talk. — %s (@%s%s) %s %d, 2025\n",
				strings.ToLower(pick(firstNames)), strings.ToLower(pick(lastNames)), a, strings.ToLower(strings.ReplaceAll(a, " ", "")), "", pick(months), 1+r.IntN(28))
		case 3:
			fmt.Fprintf(&sb, "\nLast May, %s %s %s over the port contracts, and %s threatened to sue %s. Item %d-%d.\n", b, pick(verbs), a, pick(companies), b, i, para)
		}
		para++
	}
	fmt.Fprintf(&sb, "\nPhoto by %s/Metro Wire\n", person())
	return sb.String()
}

// WriteDir writes n synthetic articles of about words words into dir as
// article-00000.txt and so on, and returns their paths.
func WriteDir(dir string, n, words int) ([]string, error) {
	paths := make([]string, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("article-%05d.txt", i))
		if err := os.WriteFile(p, []byte(Article(i, words)), 0o644); err != nil {
			return nil, err
		}
		paths[i] = p
	}
	return paths, nil
}

// syllables make surnames of generated people beyond the 256 that
// firstNames × lastNames give.
var syllables = []string{"", "ar", "ben", "cor", "dal", "en", "fro", "gil", "har", "ist", "jon", "kel", "lor", "mun", "nes", "ost"}

// Population is how many distinct people StoredArticle draws from.
var Population = len(firstNames) * len(lastNames) * len(syllables)

// personName is generated person n (0 ≤ n < Population).
func personName(n int) string {
	f, l, s := n%len(firstNames), n/len(firstNames)%len(lastNames), n/len(firstNames)/len(lastNames)%len(syllables)
	return firstNames[f] + " " + lastNames[l] + syllables[s]
}

// StoredArticle returns synthetic article i as ingest would store it, with
// facts and without running extraction: a short text (Article's), a
// publication day within the two years from 2024-01-01, and five people
// (drawn so that a few are in many articles, as in real news) with five
// events among them, dated on or up to two days before publication, a
// third undated. Stores of any size filled with it are alike in shape.
func StoredArticle(i int) *powermap.Article {
	r := rand.New(rand.NewPCG(uint64(i), 11))
	text := Article(i, 60)
	pub := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(730))
	a := &powermap.Article{Name: fmt.Sprintf("gen-%06d", i), Source: fmt.Sprintf("gen/%06d.txt", i), Format: "text", Text: text,
		Published: pub, PublishedPrecision: powermap.PrecisionDay}
	// Popular people first: an index skewed towards 0.
	pick := func() string { return personName(r.IntN(r.IntN(Population) + 1)) }
	names := map[string]bool{}
	var people []string
	for len(people) < 5 {
		if n := pick(); !names[n] {
			names[n] = true
			people = append(people, n)
		}
	}
	f := &powermap.Facts{}
	end := strings.IndexByte(text, '\n')
	for _, p := range people {
		f.People = append(f.People, powermap.Entity{Name: p, Type: "person", Mentions: []powermap.Span{{Start: 0, End: end}}})
	}
	types := []string{powermap.EventMeet, powermap.EventFund, powermap.EventSupport, powermap.EventOppose, powermap.EventThreaten, powermap.EventReconcile}
	for e := range 5 {
		x, y := people[r.IntN(5)], people[r.IntN(5)]
		if x == y {
			continue
		}
		ev := powermap.Event{Type: types[r.IntN(len(types))], Evidence: powermap.Span{Start: 0, End: end}, Rule: "testgen", Confidence: 0.8}
		if powermap.Undirected(ev.Type) {
			ev.Actors = []string{x, y}
		} else {
			ev.Source, ev.Target = x, y
		}
		if r.IntN(3) > 0 {
			ev.Date = pub.AddDate(0, 0, -r.IntN(3)).Format("2006-01-02")
		}
		ev.Evidence.End = end - e // distinct spans keep re-extraction's pairing apart
		f.Events = append(f.Events, ev)
	}
	a.Facts = f
	return a
}
