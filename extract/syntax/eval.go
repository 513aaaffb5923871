package syntax

import (
	"fmt"
	"strings"
)

// Scores are the accuracies of a model on gold sentences, with the gold
// tokenization and predicted tags. Every word counts, punctuation included,
// as in the CoNLL 2018 shared task.
type Scores struct {
	Sentences    int     `json:"sentences"`
	Words        int     `json:"words"`
	UPOS         float64 `json:"upos"`          // Universal POS tag accuracy
	XPOS         float64 `json:"xpos"`          // Penn tag accuracy
	Lemma        float64 `json:"lemma"`         // lemma accuracy (case-insensitive)
	UAS          float64 `json:"uas"`           // words with the right head
	LAS          float64 `json:"las"`           // words with the right head and relation, subtype included ("obl:agent")
	UniversalLAS float64 `json:"las_universal"` // LAS comparing only the universal part of relations, as the CoNLL 2018 script does
	Counted      string  `json:"counted"`
}

// String formats the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f  (LAS without subtypes %.4f) over %d words in %d sentences; %s",
		s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.UniversalLAS, s.Words, s.Sentences, s.Counted)
}

const counted = "gold tokenization, predicted tags, every word counted (punctuation included)"

// Evaluate scores m on the gold CoNLL-U file at goldPath: tags, lemmas and
// parse of each sentence's gold words, analyzed from their forms alone.
func Evaluate(m *Model, goldPath string) (Scores, error) {
	gold, err := ReadCoNLLU(goldPath)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate: %w", err)
	}
	return EvaluateSentences(m, gold), nil
}

// EvaluateSentences scores m on gold sentences, as Evaluate does.
func EvaluateSentences(m *Model, gold []Sentence) Scores {
	var upos, xpos, lemma, uas, las, ulas, words int
	toks := []Token{}
	for _, s := range gold {
		toks = toks[:0]
		for _, t := range s.Tokens {
			toks = append(toks, Token{Start: t.Start, End: t.End, Form: t.Form, Head: -1})
		}
		m.Analyze(toks)
		for i, g := range s.Tokens {
			p := toks[i]
			words++
			if p.UPOS == g.UPOS {
				upos++
			}
			if p.XPOS == g.XPOS {
				xpos++
			}
			if strings.EqualFold(p.Lemma, normalize(g.Lemma)) || strings.EqualFold(p.Lemma, g.Lemma) {
				lemma++
			}
			if p.Head == g.Head {
				uas++
				if p.Rel == g.Rel {
					las++
				}
				if universal(p.Rel) == universal(g.Rel) {
					ulas++
				}
			}
		}
	}
	sc := Scores{Sentences: len(gold), Words: words, Counted: counted}
	if words > 0 {
		f := float64(words)
		sc.UPOS, sc.XPOS, sc.Lemma = float64(upos)/f, float64(xpos)/f, float64(lemma)/f
		sc.UAS, sc.LAS, sc.UniversalLAS = float64(uas)/f, float64(las)/f, float64(ulas)/f
	}
	return sc
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
