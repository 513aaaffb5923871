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
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory holding the WordNet data.* and index.* files")
	out := flag.String("out", "", "write candidates to this file instead of standard output")
	senses := flag.String("senses", "", "list the senses of lemma/pos (e.g. \"make_up/v\") and exit")
	flag.Parse()
	db, err := Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "framegen:", err)
		os.Exit(1)
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
