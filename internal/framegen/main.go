// Command framegen proposes trigger lemmas for powermap's event frames
// (extract/rules/frames.txt) from WordNet 3.0: it starts from a few
// hand-chosen seed synsets per event type (seeds.go) and follows synonyms,
// a limited depth of hyponyms and derivational links (verb -> noun ->
// adjective). Its output is a list of candidate frame lines, each preceded
// by a comment naming the synset it came from; the curated lexicon in
// frames.txt is chosen from it by hand.
//
//	go run ./internal/framegen -wordnet /usr/share/wordnet > candidates.tsv
//	go run ./internal/framegen -wordnet /usr/share/wordnet -out candidates.tsv
//	go run ./internal/framegen -wordnet /usr/share/wordnet -senses praise/v
//	go run ./internal/framegen -wordnet /usr/share/wordnet -irregular extract/syntax/irregular.txt
//	go run ./internal/framegen -wordnet /usr/share/wordnet -stance candidates.txt
//	go run ./internal/framegen -wordnet /usr/share/wordnet -verbs extract/syntax/verbs.txt
//	go run ./internal/framegen -wordnet /usr/share/wordnet -only-verbs extract/syntax/onlyverbs.txt
//
// The last writes the irregular verb forms of WordNet's verb.exc that the
// lemmatizer of package syntax falls back on for forms the treebank lacks;
// -verbs writes the one-word verbs of WordNet, by which the tagger and the
// lemmatizer judge words the treebank lacks ("billionaire" is no verb;
// "rebuked" is a form of "rebuke", not of "rebuk"); -only-verbs writes
// those that are nothing else, by which the tagger reads "alleges" and
// "resigns" as verbs, never as plural nouns.
//
// WordNet 3.0 is Copyright 2006 by Princeton University; see
// extract/rules/WORDNET-NOTICE for its license.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/powermap/powermap/extract/syntax"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory holding the WordNet data.* and index.* files")
	out := flag.String("out", "", "write candidates to this file instead of standard output")
	senses := flag.String("senses", "", "list the senses of lemma/pos (e.g. \"make_up/v\") and exit")
	irregular := flag.String("irregular", "", "write WordNet's irregular verb forms (form, base) to this file and exit")
	persons := flag.String("persons", "", "write WordNet's nouns for kinds of people (hotelier, grower) to this file and exit")
	personVerbs := flag.String("person-verbs", "", "write WordNet's nouns for kinds of people that are also verbs (host, engineer) to this file and exit")
	verbs := flag.String("verbs", "", "write WordNet's one-word verbs to this file and exit")
	onlyVerbs := flag.String("only-verbs", "", "write WordNet's one-word verbs that are no noun, adjective or adverb, nor is their form in -s, to this file and exit")
	kinds := flag.String("kinds", "", "write kinds of people and the narrower kinds under them (diplomat: envoy, ambassador) to this file and exit")
	stance := flag.String("stance", "", "write the candidate words of praise and attack WordNet reaches from extract/rules/stance.txt to this file and exit")
	flag.Parse()
	db, err := Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "framegen:", err)
		os.Exit(1)
	}
	if *irregular != "" {
		if err := writeIrregular(db, *irregular); err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *kinds != "" {
		if err := writeKinds(db, *kinds); err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *onlyVerbs != "" {
		if err := writeOnlyVerbs(db, *onlyVerbs); err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *verbs != "" {
		if err := writeVerbs(db, *verbs); err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *persons != "" || *personVerbs != "" {
		var err error
		if *persons != "" {
			err = writePersons(db, *persons, false)
		}
		if err == nil && *personVerbs != "" {
			err = writePersons(db, *personVerbs, true)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *stance != "" {
		if err := writeStance(db, "extract/rules/stance.txt", *stance); err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		return
	}
	if *senses != "" {
		for _, q := range strings.Split(*senses, ",") {
			lemma, pos, _ := strings.Cut(q, "/")
			if pos == "" {
				pos = "v"
			}
			for i, s := range db.Senses(strings.ReplaceAll(lemma, "_", " "), pos[0]) {
				fmt.Printf("%s.%s.%d\t%s\t%s\n", strings.ReplaceAll(lemma, " ", "_"), pos, i+1, strings.Join(s.Lemmas(), ", "), s.Gloss)
			}
		}
		return
	}
	cands, err := Expand(db, Seeds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "framegen:", err)
		os.Exit(1)
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "framegen:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := Write(bw, cands, "WordNet 3.0 ("+*dir+")"); err != nil {
		fmt.Fprintln(os.Stderr, "framegen:", err)
		os.Exit(1)
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "framegen:", err)
		os.Exit(1)
	}
}

// writeIrregular writes the single-word verb forms of WordNet's
// exception list as "form base" lines, sorted, to path.
func writeIrregular(db *DB, path string) error {
	var lines []string
	for k, base := range db.exc {
		form, pos, _ := strings.Cut(k, "/")
		if pos != "v" || strings.Contains(form, " ") || strings.Contains(base, " ") || form == base {
			continue
		}
		lines = append(lines, form+" "+base)
	}
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString("# Irregular English verb forms and their base forms, from WordNet 3.0's\n")
	b.WriteString("# verb.exc (Copyright 2006 by Princeton University; license in\n")
	b.WriteString("# extract/rules/WORDNET-NOTICE). Generated by:\n")
	b.WriteString("#   go run ./internal/framegen -wordnet /usr/share/wordnet -irregular extract/syntax/irregular.txt\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Verbs lists WordNet's one-word, lower-case verbs (letters and inner
// hyphens only), sorted.
func Verbs(db *DB) []string {
	var out []string
	for k := range db.index {
		l, pos, _ := strings.Cut(k, "/")
		if pos != "v" || len(l) < 2 || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz-") != "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			continue
		}
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// writeVerbs writes Verbs to path, ten to a line.
func writeVerbs(db *DB, path string) error {
	return writeTenALine(path, "# The one-word verbs of WordNet 3.0 (Copyright 2006 by Princeton\n"+
		"# University; license in extract/rules/WORDNET-NOTICE), by which the\n"+
		"# tagger and lemmatizer judge words the treebank lacks. Generated by:\n"+
		"#   go run ./internal/framegen -wordnet /usr/share/wordnet -verbs extract/syntax/verbs.txt\n", Verbs(db))
}

// writeTenALine writes header and then words to path, ten to a line.
func writeTenALine(path, header string, words []string) error {
	var b strings.Builder
	b.WriteString(header)
	for i := 0; i < len(words); i += 10 {
		b.WriteString(strings.Join(words[i:min(i+10, len(words))], " "))
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// OnlyVerbs lists the Verbs that WordNet has as no noun, adjective or
// adverb, and whose form in -s is none of these either ("allege",
// "resign"; not "summon", whose "summons" is a noun), sorted.
func OnlyVerbs(db *DB) []string {
	other := func(w string) bool {
		for _, pos := range []string{"n", "a", "s", "r"} {
			if _, ok := db.index[w+"/"+pos]; ok {
				return true
			}
		}
		return false
	}
	var out []string
	for _, v := range Verbs(db) {
		if !other(v) && !other(syntax.ThirdPerson(v)) {
			out = append(out, v)
		}
	}
	return out
}

// writeOnlyVerbs writes OnlyVerbs to path, ten to a line.
func writeOnlyVerbs(db *DB, path string) error {
	return writeTenALine(path, "# The one-word verbs of WordNet 3.0 (Copyright 2006 by Princeton\n"+
		"# University; license in extract/rules/WORDNET-NOTICE) that it has as\n"+
		"# no noun, adjective or adverb, nor their form in -s: by them the tagger\n"+
		"# reads a word in -s the treebank lacks (\"alleges\", \"resigns\") as a\n"+
		"# verb. Generated by:\n"+
		"#   go run ./internal/framegen -wordnet /usr/share/wordnet -only-verbs extract/syntax/onlyverbs.txt\n", OnlyVerbs(db))
}

// personLexFile is WordNet's lexicographer file noun.person.
const personLexFile = 18

// PersonNouns lists the one-word, lower-case nouns whose first (most
// frequent) sense is a kind of person ("hotelier", "grower",
// "businesswoman"), sorted: words that, written before a name, describe
// the person named. Capitalised lemmas (demonyms, names), words whose
// commonest sense is something else, and verbs or their forms ("host",
// "accused", "guide": "will host Dana Whitfield") are left out — unless
// verbs is true, when only the nouns that are also verbs in their bare
// form are listed ("host", "engineer", "referee"; not "accused").
func PersonNouns(db *DB, verbs bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range db.syn['n'] {
		if s.LexFile != personLexFile {
			continue
		}
		for _, w := range s.Words {
			l := w.Lemma
			if seen[l] || l != strings.ToLower(l) || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz-") != "" || len(l) < 3 {
				continue
			}
			seen[l] = true
			if ss := db.Senses(l, 'n'); len(ss) == 0 || ss[0].LexFile != personLexFile {
				continue
			}
			if isVerbForm(db, l) != verbs || verbs && len(db.Senses(l, 'v')) == 0 {
				continue // "accused", "host": before a name it may be the verb
			}
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// isVerbForm reports whether w is a verb or a form of one: its base (by
// WordNet's exceptions or the regular -s, -ed, -ing endings) is a verb.
func isVerbForm(db *DB, w string) bool {
	if len(db.Senses(w, 'v')) > 0 || db.Base(w, 'v') != w {
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 {
			if len(db.Senses(b, 'v')) > 0 || len(db.Senses(b+"e", 'v')) > 0 {
				return true
			}
			if n := len(b); n > 3 && b[n-1] == b[n-2] && len(db.Senses(b[:n-1], 'v')) > 0 {
				return true // "planned", "shipping"
			}
		}
	}
	return false
}

// writePersons writes PersonNouns to path, a few words to a line.
func writePersons(db *DB, path string, verbs bool) error {
	var b strings.Builder
	b.WriteString("# Nouns whose commonest sense is a kind of person, from WordNet 3.0's\n")
	b.WriteString("# noun.person (Copyright 2006 by Princeton University; license in\n")
	if verbs {
		b.WriteString("# WORDNET-NOTICE), that are also verbs: opening a sentence before a\n")
		b.WriteString("# name they describe the person (\"Referee Ana Ruiz\"). Generated by:\n")
		b.WriteString("#   go run ./internal/framegen -wordnet /usr/share/wordnet -person-verbs extract/rules/personverbs.txt\n")
	} else {
		b.WriteString("# WORDNET-NOTICE): written before a name they describe the person\n")
		b.WriteString("# (\"hotelier Keanu Alapai\"). Generated by:\n")
		b.WriteString("#   go run ./internal/framegen -wordnet /usr/share/wordnet -persons extract/rules/personnouns.txt\n")
	}
	ws := PersonNouns(db, verbs)
	for i := 0; i < len(ws); i += 10 {
		b.WriteString(strings.Join(ws[i:min(i+10, len(ws))], " "))
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
