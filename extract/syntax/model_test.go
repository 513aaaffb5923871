package syntax

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// analyze tokenizes and analyzes one sentence with the embedded model.
func analyze(text string) []Token {
	toks := Tokenize(text, 0, len(text))
	Default().Analyze(toks)
	return toks
}

// find returns the index of the first token spelled form.
func find(t *testing.T, toks []Token, form string) int {
	t.Helper()
	for i, tok := range toks {
		if tok.Form == form {
			return i
		}
	}
	t.Fatalf("no token %q in %s", form, forms(toks))
	return -1
}

// dump formats a parse for failure messages.
func dump(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		head := "ROOT"
		if t.Head >= 0 {
			head = toks[t.Head].Form
		}
		b.WriteString("\n  ")
		b.WriteString(strings.Join([]string{strconv.Itoa(i), t.Form, t.Lemma, t.UPOS, t.XPOS, t.Rel, "->", head}, " "))
	}
	return b.String()
}

func TestLemmas(t *testing.T) {
	lz := Default().lemmas
	tests := []struct{ form, upos, xpos, want string }{
		{"criticized", "VERB", "VBD", "criticize"},
		{"criticized", "VERB", "VBN", "criticize"},
		{"praising", "VERB", "VBG", "praise"},
		{"praised", "VERB", "VBD", "praise"},
		{"donations", "NOUN", "NNS", "donation"},
		{"met", "VERB", "VBD", "meet"},
		{"threatened", "VERB", "VBD", "threaten"},
		{"threatens", "VERB", "VBZ", "threaten"},
		{"sued", "VERB", "VBD", "sue"},
		{"suing", "VERB", "VBG", "sue"},
		{"meetings", "NOUN", "NNS", "meeting"},
		{"barbs", "NOUN", "NNS", "barb"}, // (not "bar": only "-es" drops two letters)
		{"jabs", "NOUN", "NNS", "jab"},
		{"CD's", "NOUN", "NNS", "cd"},
		{"endorsed", "VERB", "VBD", "endorse"},
		{"attacked", "VERB", "VBD", "attack"},
		{"funded", "VERB", "VBN", "fund"},
		{"hired", "VERB", "VBD", "hire"},
		{"fired", "VERB", "VBD", "fire"},
		{"appointed", "VERB", "VBD", "appoint"},
		{"nominated", "VERB", "VBD", "nominate"},
		{"accused", "VERB", "VBD", "accuse"},
		{"blasted", "VERB", "VBD", "blast"},
		{"dined", "VERB", "VBD", "dine"},
		{"pardoned", "VERB", "VBD", "pardon"},
		{"planned", "VERB", "VBD", "plan"},
		{"said", "VERB", "VBD", "say"},
		{"gave", "VERB", "VBD", "give"},
		{"paid", "VERB", "VBD", "pay"},
		{"says", "VERB", "VBZ", "say"},
		{"companies", "NOUN", "NNS", "company"},
		{"billionaires", "NOUN", "NNS", "billionaire"},
		{"lawsuits", "NOUN", "NNS", "lawsuit"},
		{"taxes", "NOUN", "NNS", "tax"},
		{"people", "NOUN", "NNS", "people"}, // as the treebank has it
		{"n't", "PART", "RB", "not"},
		{"n’t", "PART", "RB", "not"},
		{"’s", "AUX", "VBZ", "be"},
		{"'s", "PART", "POS", "'s"},
		{"wo", "AUX", "MD", "will"},
		{"ca", "AUX", "MD", "can"},
		{"was", "AUX", "VBD", "be"},
		{"Adeyemi", "PROPN", "NNP", "Adeyemi"},
		{"Wieczoreks", "PROPN", "NNPS", "Wieczorek"},
		{"The", "DET", "DT", "the"},
		{"bigger", "ADJ", "JJR", "big"},
		{"closest", "ADJ", "JJS", "close"},
	}
	for _, tt := range tests {
		if got := lz.lemma(tt.form, tt.upos, tt.xpos); got != tt.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}

func TestAnalyzeLemmasInContext(t *testing.T) {
	toks := analyze("Okafor criticized the donations after the meetings, and Lindqvist sued him.")
	want := map[string]string{"criticized": "criticize", "donations": "donation", "meetings": "meeting", "sued": "sue", "Okafor": "Okafor", "him": "he"}
	for _, tok := range toks {
		if w, ok := want[tok.Form]; ok && tok.Lemma != w {
			t.Errorf("lemma of %q = %q, want %q%s", tok.Form, tok.Lemma, w, dump(toks))
		}
	}
}

// headOf returns the form of the head of toks[i], or "ROOT".
func headOf(toks []Token, i int) string {
	if toks[i].Head < 0 {
		return "ROOT"
	}
	return toks[toks[i].Head].Form
}

func TestParse(t *testing.T) {
	type arc struct{ dep, rel, head string }
	tests := []struct {
		text string
		arcs []arc
	}{
		// The extraction pipeline gives the parser each name as one word
		// (extract/frames.go, mergeNames); on raw text the arc-eager model
		// may misattach the second of two multiword names.
		{"Ngozi Adeyemi criticized Wieczorek on Monday.", []arc{
			{"criticized", "root", "ROOT"},
			{"Ngozi", "nsubj", "criticized"}, {"Adeyemi", "flat", "Ngozi"},
			{"Wieczorek", "obj", "criticized"},
			{"Monday", "obl", "criticized"}, {"on", "case", "Monday"}, {".", "punct", "criticized"},
		}},
		{"Wieczorek was criticized by Adeyemi.", []arc{
			{"Wieczorek", "nsubj:pass", "criticized"}, {"was", "aux:pass", "criticized"},
			{"Adeyemi", "obl:agent", "criticized"}, {"by", "case", "Adeyemi"},
		}},
		{"A $3 million donation to the senator's campaign came from Marlowe.", []arc{
			{"donation", "nsubj", "came"}, {"$", "compound", "donation"}, {"million", "nummod", "$"},
			{"campaign", "nmod", "donation"}, {"to", "case", "campaign"},
			{"senator", "nmod:poss", "campaign"}, {"'s", "case", "senator"}, {"Marlowe", "obl", "came"},
		}},
		// Any currency sign reads as "$", the treebank's.
		{"Okafor donated ₦500 million to the Unity Fund ahead of the primaries, officials confirmed.", []arc{
			{"₦", "obj", "donated"}, {"million", "nummod", "₦"},
		}},
		{"The governor, who was elected in 2022, vetoed the bill.", []arc{
			{"governor", "nsubj", "vetoed"}, {"elected", "acl:relcl", "governor"}, {"who", "nsubj:pass", "elected"},
			{"bill", "obj", "vetoed"},
		}},
		{"She thanked the donors who gave money to the campaign.", []arc{
			{"donors", "obj", "thanked"}, {"gave", "acl:relcl", "donors"}, {"money", "obj", "gave"},
		}},
		{"Senator Pavel Novak didn’t meet Imani Okoro.", []arc{
			{"meet", "root", "ROOT"}, {"did", "aux", "meet"}, {"n’t", "advmod", "meet"}, {"Imani", "obj", "meet"},
		}},
		{"The senator said that Okafor’s company threatened to sue the agency.", []arc{
			{"said", "root", "ROOT"}, {"threatened", "ccomp", "said"}, {"company", "nsubj", "threatened"},
			{"Okafor", "nmod:poss", "company"}, {"’s", "case", "Okafor"}, {"sue", "xcomp", "threatened"}, {"agency", "obj", "sue"},
		}},
	}
	for _, tt := range tests {
		toks := analyze(tt.text)
		for _, a := range tt.arcs {
			i := find(t, toks, a.dep)
			if toks[i].Rel != a.rel || headOf(toks, i) != a.head {
				t.Errorf("%q: %s is %s of %s, want %s of %s%s", tt.text, a.dep, toks[i].Rel, headOf(toks, i), a.rel, a.head, dump(toks))
			}
		}
	}
}

func TestAnalyzeEdgeCases(t *testing.T) {
	m := Default()
	m.Analyze(nil)
	m.Tag([]Token{})
	m.Parse(nil)
	toks := analyze("Hello")
	if len(toks) != 1 || toks[0].Head != -1 || toks[0].Rel != "root" {
		t.Errorf("one-word sentence: %s", dump(toks))
	}
	// Parse uses the tags already there, even tags the model never saw.
	toks = Tokenize("Odd tags here", 0, 13)
	for i := range toks {
		toks[i].UPOS, toks[i].XPOS = "X", "NOPE"
	}
	m.Parse(toks)
	if Root(toks) < 0 {
		t.Errorf("no root: %s", dump(toks))
	}
	for i := range toks {
		for _, c := range Children(toks, i) {
			if toks[c].Head != i {
				t.Errorf("Children(%d) gave %d", i, c)
			}
		}
	}
}

func TestSaveLoad(t *testing.T) {
	m := Default()
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("saving a loaded model gives other bytes")
	}
	text := "Lena Fischer’s fund gave $2 million to the governor, who praised her on Tuesday."
	t1, t2 := Tokenize(text, 0, len(text)), Tokenize(text, 0, len(text))
	m.Analyze(t1)
	m2.Analyze(t2)
	for i := range t1 {
		if t1[i] != t2[i] {
			t.Errorf("token %d: %+v vs %+v", i, t1[i], t2[i])
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
	if _, err := Load(bytes.NewReader(a.Bytes()[:a.Len()/2])); err == nil {
		t.Error("Load accepted a truncated model")
	}
	if info := m.Info(); info.Credit != DataCredit || info.Dev == nil {
		t.Errorf("model info: %+v", info)
	}
}

func TestTrainToy(t *testing.T) {
	toy := filepath.Join("testdata", "toy.conllu")
	opts := TrainOptions{TagEpochs: 4, ParseEpochs: 8, Folds: 2, MinUpdates: 1, TagMinUpdates: 1, Prune: 1e-9}
	var progress bytes.Buffer
	m, err := Train(context.Background(), toy, toy, opts, &progress)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress.String(), "parser epoch") {
		t.Errorf("no progress lines: %s", progress.String())
	}
	sc, err := Evaluate(m, toy)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UPOS < 0.9 || sc.UAS < 0.9 {
		t.Errorf("toy model does not fit its training data: %s", sc)
	}
	// Training is deterministic.
	m2, err := Train(context.Background(), toy, toy, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same options differ")
	}
	// The default system is arc-eager; arc-hybrid trains, round-trips and
	// is recognised on loading as well.
	if got := m.Info().Options.System; got != "arc-eager" {
		t.Errorf("default system %q, want arc-eager", got)
	}
	opts.System = "arc-hybrid"
	mh, err := Train(context.Background(), toy, toy, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var h bytes.Buffer
	if err := mh.Save(&h); err != nil {
		t.Fatal(err)
	}
	mh, err = Load(&h)
	if err != nil {
		t.Fatal(err)
	}
	if sc := EvaluateSentences(mh, mustRead(t, toy)); sc.UAS < 0.9 || mh.Info().Options.System != "arc-hybrid" || !mh.hybrid {
		t.Errorf("arc-hybrid toy model: %s", sc)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, toy, toy, opts, nil); err == nil {
		t.Error("a cancelled training succeeded")
	}
	if _, err := Train(context.Background(), filepath.Join("testdata", "absent.conllu"), "", opts, nil); err == nil {
		t.Error("training on a missing file succeeded")
	}
}

func mustRead(t *testing.T, path string) []Sentence {
	t.Helper()
	s, err := ReadCoNLLU(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAccuracy checks the embedded model against the required figures on
// the English Web Treebank test set, which sits beside the repository.
func TestAccuracy(t *testing.T) {
	test := filepath.Join(udDir, "en_ewt-ud-test.conllu.gz")
	if _, err := os.Stat(test); err != nil {
		t.Skipf("skipping: the UD English Web Treebank is not at %s (../shared/ud beside the repository): %v", udDir, err)
	}
	sc, err := Evaluate(Default(), test)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("test: %s", sc)
	if sc.Words != 25094 {
		t.Errorf("%d words in the test set, want 25094", sc.Words)
	}
	if sc.UPOS < 0.94 || sc.UAS < 0.85 || sc.LAS < 0.80 {
		t.Errorf("below target (UPOS 0.94, UAS 0.85, LAS 0.80): %s", sc)
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	texts := []string{
		"Ngozi Adeyemi criticized Tomasz Wieczorek on Monday.",
		"The governor, who was elected in 2022, vetoed the bill.",
		"Wieczorek was criticized by Adeyemi.",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = dump(analyze(text))
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if got := dump(analyze(texts[i])); got != want[i] {
					done <- "different analysis under concurrency:" + got
					return
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// TestFixTags checks the tags grammar rules out: a verb after a
// determined sum of money, an affix with no hyphen after it.
func TestFixTags(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"Okafor cut a $90,000 check for the campaign.", "check"},
		{"Okafor wrote a $50,000 check to the party.", "check"},
		{"Okafor relinquished her post as chair on Tuesday.", "post"},
		{"Okafor had a friendly chat with Raman.", "chat"},
	} {
		toks := analyze(c.text)
		if k := find(t, toks, c.word); toks[k].UPOS != "NOUN" {
			t.Errorf("%s: %q tagged %s, want NOUN%s", c.text, c.word, toks[k].UPOS, dump(toks))
		}
	}
	// Words read wrongly at a clause's start or in a phrase.
	for _, c := range []struct{ text, word, upos, xpos string }{
		{"Reports that Holm would resign were false.", "Reports", "NOUN", "NNS"},
		{"Plans to name Holm as chief were shelved.", "Plans", "NOUN", "NNS"},
		{"When Holm quit as treasurer, nobody was surprised.", "quit", "VERB", "VBD"},
		{"People close to both men said Holm and Raman had reconciled.", "close", "ADJ", "JJ"},
		{"Sabine Roth, ousted as chief scientist at Vireo last spring, has started a rival firm.", "ousted", "VERB", "VBN"},
		{"Holm said she had never threatened to sue the paper.", "to", "PART", "TO"},
		{"After a long estrangement, the cousins reconciled in May.", "reconciled", "VERB", "VBD"},
		{"On Monday night, the three of them gathered at her home.", "gathered", "VERB", "VBD"},
		{"She called her husband Tom a hero.", "her", "PRON", "PRP$"},
		{"Vance said his papers would campaign to unseat her.", "campaign", "VERB", "VB"},
		{"Dana Olsen's $2 million contribution to the fund was the largest.", "'s", "PART", "POS"},
		{"Having quit as director of the firm, Sinclair is writing a memoir.", "quit", "VERB", "VBN"},
		{"It named Holm its chief executive on Monday.", "named", "VERB", "VBD"},
		{"Holm gave a further $500,000 to the campaign in May.", "further", "ADJ", "JJ"},
		{"Its chief executive, Holm, resigned hours later.", "resigned", "VERB", "VBD"},
		{"The union said its members would walk out unless talks resume.", "resume", "VERB", "VBP"},
		{"The mill will close if the owners default on the loan.", "default", "VERB", "VBP"},
		{"Nothing will change unless the members vote in June.", "vote", "VERB", "VBP"},
		{"After the sports camp in July, the team left.", "camp", "NOUN", "NN"},
		{"When the workers fund at Varn Industries ran dry, the strike ended.", "fund", "NOUN", "NN"},
		{"Pilots will walk out on Friday unless wage talks resume.", "resume", "VERB", "VBP"},
		{"It ended on Saturday, when the two shook hands at a gala.", "shook", "VERB", "VBD"},
		{"The strike will go ahead if sales tax revenue falls.", "tax", "NOUN", "NN"},
	} {
		toks := analyze(c.text)
		if k := find(t, toks, c.word); toks[k].UPOS != c.upos || toks[k].XPOS != c.xpos {
			t.Errorf("%s: %q tagged %s %s, want %s %s%s", c.text, c.word, toks[k].UPOS, toks[k].XPOS, c.upos, c.xpos, dump(toks))
		}
	}
	// A sentence needs a verb: a capitalised word then a word in -ed.
	toks := []Token{{Form: "Aasen"}, {Form: "sided"}, {Form: "with"}, {Form: "Bhattacharya"}, {Form: "."}}
	Default().Tag(toks)
	toks[1].UPOS, toks[1].XPOS = "ADJ", "JJ"
	Default().fixTags(toks)
	if toks[1].UPOS != "VERB" || toks[1].Lemma != "side" {
		t.Errorf("sided: %s %s, want VERB side", toks[1].UPOS, toks[1].Lemma)
	}
	// "have" before a participle is an auxiliary.
	toks = []Token{{Form: "she"}, {Form: "has"}, {Form: "given"}}
	Default().Tag(toks)
	toks[1].UPOS, toks[1].XPOS, toks[1].Lemma, toks[2].XPOS = "VERB", "VBZ", "have", "VBN"
	Default().fixTags(toks)
	if toks[1].UPOS != "AUX" {
		t.Errorf("has given: has tagged %s, want AUX", toks[1].UPOS)
	}
	// An unseen word with a verb's ending is no foreign word.
	toks = []Token{{Form: "Okafor"}, {Form: "extolled"}, {Form: "Raman"}}
	Default().Tag(toks)
	toks[1].UPOS, toks[1].XPOS = "X", "GW"
	Default().fixTags(toks)
	if toks[1].UPOS != "VERB" || toks[1].XPOS != "VBD" {
		t.Errorf("extolled: %s %s, want VERB VBD", toks[1].UPOS, toks[1].XPOS)
	}
	// After "to", a base form ending in -ing is no participle.
	toks = []Token{{Form: "to"}, {Form: "swing"}, {Form: "the"}, {Form: "race"}}
	Default().Tag(toks)
	toks[0].UPOS, toks[0].XPOS, toks[1].UPOS, toks[1].XPOS, toks[1].Lemma = "PART", "TO", "VERB", "VBG", "sw"
	Default().fixTags(toks)
	if toks[1].XPOS != "VB" || toks[1].Lemma != "swing" {
		t.Errorf("to swing: %s %s, want VB swing", toks[1].XPOS, toks[1].Lemma)
	}
	// "warning" between a noun and "that" reports a clause.
	toks = analyze("Dunmore sent a letter to Akana warning that it would sue.")
	if k := find(t, toks, "warning"); toks[k].UPOS != "VERB" || toks[k].Lemma != "warn" {
		t.Errorf("warning: %s %s, want VERB warn%s", toks[k].UPOS, toks[k].Lemma, dump(toks))
	}
}

// TestIrregularLemmas checks the WordNet fallback for verb forms the
// treebank does not hold.
func TestIrregularLemmas(t *testing.T) {
	lz := Default().lemmas
	for form, want := range map[string]string{"shook": "shake", "tore": "tear", "strove": "strive"} {
		if got := lz.lemma(form, "VERB", "VBD"); got != want {
			t.Errorf("lemma(%s) = %s, want %s", form, got, want)
		}
	}
}

// TestTreeRepairs checks the repairs made to a parse: no auxiliary
// governs a subject, and a subject of a passive is labelled so.
func TestTreeRepairs(t *testing.T) {
	toks := []Token{{Form: "They", Head: 1, Rel: "nsubj"}, {Form: "have", Head: 3, Rel: "aux"}, {Form: "now", Head: 3, Rel: "advmod"}, {Form: "reconciled", Head: -1, Rel: "root", XPOS: "VBN"}}
	liftFromAuxiliaries(toks)
	if toks[0].Head != 3 {
		t.Errorf("They hangs on %d, want 3 (reconciled)", toks[0].Head)
	}
	toks = []Token{{Form: "Tanabe", Head: 2, Rel: "nsubj"}, {Form: "is", Head: 2, Rel: "aux:pass"}, {Form: "scheduled", Head: -1, Rel: "root", XPOS: "VBN"}}
	passiveSubjects(toks)
	if toks[0].Rel != "nsubj:pass" {
		t.Errorf("Tanabe is %s, want nsubj:pass", toks[0].Rel)
	}
}

// TestFrontedParticiples checks that a sentence-opening participle clause
// the parser made the root gives the root back to the clause after it.
func TestFrontedParticiples(t *testing.T) {
	toks := []Token{
		{Form: "Having", Head: 1, Rel: "aux", XPOS: "VBG", UPOS: "AUX"},
		{Form: "quit", Head: -1, Rel: "root", XPOS: "VBN", UPOS: "VERB"},
		{Form: ",", Head: 4, Rel: "punct"},
		{Form: "Sinclair", Head: 4, Rel: "nsubj"},
		{Form: "writes", Head: 1, Rel: "parataxis", XPOS: "VBZ", UPOS: "VERB"},
		{Form: ".", Head: 1, Rel: "punct"},
	}
	frontedParticiples(toks)
	if toks[4].Head != -1 || toks[1].Head != 4 || toks[1].Rel != "advcl" || toks[5].Head != 4 {
		t.Errorf("heads %d %d %s %d, want writes the root, quit its advcl, the full stop on writes", toks[4].Head, toks[1].Head, toks[1].Rel, toks[5].Head)
	}
}

// TestPresentAfterSubjectPronoun checks that a verb after "I" and an
// adverb, before a name the pipeline gives as one proper noun, is read
// as the verb ("I fully back Mertz," said Holm), not an adverb.
func TestPresentAfterSubjectPronoun(t *testing.T) {
	text := "\"I fully back Mertz,\" said Holm."
	toks := Tokenize(text, 0, len(text))
	m := find(t, toks, "Mertz")
	Default().TagNames(toks, []int{m, find(t, toks, "Holm")})
	if k := find(t, toks, "back"); toks[k].UPOS != "VERB" {
		t.Errorf("back tagged %s, want VERB:%s", toks[k].UPOS, dump(toks))
	}
}
