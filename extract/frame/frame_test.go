package frame

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/powermap/powermap/extract/syntax"
)

// tree builds a parsed sentence from lines of "FORM LEMMA UPOS XPOS HEAD
// REL" (HEAD counted from 1, 0 for the root), as CoNLL-U writes them, so
// the machinery is tested on trees the test states, whatever the parser
// does. Words whose form is in ents name that entity.
func tree(t *testing.T, conll string, ents map[string]int, orgs ...string) *Sentence {
	t.Helper()
	s := &Sentence{Speaker: -1, We: -1, IsOrg: func(e int) bool {
		for _, o := range orgs {
			if ents[o] == e {
				return true
			}
		}
		return false
	}}
	for _, line := range strings.Split(strings.TrimSpace(conll), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad tree line %q", line)
		}
		h, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatal(err)
		}
		start := 0
		if n := len(s.Tokens); n > 0 {
			start = s.Tokens[n-1].End + 1
		}
		s.Tokens = append(s.Tokens, syntax.Token{Start: start, End: start + len(f[0]), Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: h - 1, Rel: f[5]})
		e, ok := ents[f[0]]
		if !ok {
			e = -1
		}
		s.Entity = append(s.Entity, e)
	}
	return s
}

const testFrames = "meet\tmeet/VERB\t-\t-\n" +
	"meet\tlunch/NOUN\t-\t-\n" +
	"meet\tcall/NOUN\t-\t-\n" +
	"oppose\tcriticize/VERB\t-\t-\n" +
	"oppose\tsue/VERB\t-\t-\n" +
	"oppose\tlash out/VERB\ttarget=at\t-\n" +
	"support\tpraise/VERB\t-\t-\n" +
	"fund\tdonation/NOUN\t-\t-\n" +
	"support\tpraise/NOUN\t-\t-\n" +
	"oppose\tattack/NOUN\t-\t-\n" +
	"threaten\tthreat/NOUN\t-\t-\n" +
	"support\tendorsement/NOUN\t-\t-\n" +
	"position\tname/VERB\tsource=obj role=xcomp\tstatus=start\n" +
	"position\treplace/VERB\tsource=subj role=as\tstatus=start\n" +
	"position\treplace/VERB\tsource=obj role=as\tstatus=end\n"

// summary lists the events of matches as "type src>tgt" or "type a+b".
func summary(ms []Match, names []string) []string {
	var out []string
	for _, m := range ms {
		join := func(fs []Filler) string {
			var ns []string
			for _, f := range fs {
				ns = append(ns, names[f.Entity])
			}
			if m.Frame.Type == "meet" || m.Frame.Type == "reconcile" {
				sort.Strings(ns)
			}
			return strings.Join(ns, ",")
		}
		s := m.Frame.Type + " "
		if m.Frame.Type == "meet" || m.Frame.Type == "reconcile" {
			s += join(m.Slots[Actors])
		} else {
			s += join(m.Slots[Source]) + ">" + join(m.Slots[Target])
		}
		if m.Frame.Type == "position" {
			s += " " + m.Frame.Status
			if m.RoleFirst >= 0 {
				s += fmt.Sprintf(" role=%d-%d", m.RoleFirst, m.RoleLast)
			}
		}
		if len(m.Gifts) > 0 {
			var gs []string
			for _, g := range m.Gifts {
				gs = append(gs, join(g.Slots[Target]))
			}
			s += " gifts=" + strings.Join(gs, ",")
		}
		if m.Planned {
			s += " planned"
		}
		if m.Intent {
			s += " intent"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestMatchConstructions(t *testing.T) {
	lex, err := Parse("test", []byte(testFrames))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Adeyemi", "Wieczorek", "Raman", "Halvorsen"}
	ents := map[string]int{"Adeyemi": 0, "Wieczorek": 1, "Raman": 2, "Halvorsen": 3, "she": 0, "her": 0, "he": 1}
	cases := []struct {
		name, conll string
		want        []string
	}{
		{"active", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
criticized criticize VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 2 obj`, []string{"oppose Adeyemi>Wieczorek"}},
		{"a participle conjoined to a passive is passive", `
Raman Raman PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
welcomed welcome VERB VBN 0 root
and and CCONJ CC 5 cc
praised praise VERB VBN 3 conj
by by ADP IN 7 case
Wieczorek Wieczorek PROPN NNP 5 obl:agent`, []string{"support Wieczorek>Raman"}},
		{"a root verb whose subject was read as an apposition of a fronted phrase", `
In in ADP IN 2 case
statements statement NOUN NNS 7 obl
on on ADP IN 4 case
Monday Monday PROPN NNP 2 nmod
, , PUNCT , 6 punct
Adeyemi Adeyemi PROPN NNP 4 appos
criticized criticize VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 7 obj`, []string{"oppose Adeyemi>Wieczorek"}},
		{"passive", `
Wieczorek Wieczorek PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
criticized criticize VERB VBN 0 root
by by ADP IN 5 case
Adeyemi Adeyemi PROPN NNP 3 obl:agent`, []string{"oppose Adeyemi>Wieczorek"}},
		{"coordinated subjects and objects", `
Adeyemi Adeyemi PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Raman Raman PROPN NNP 1 conj
praised praise VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 4 obj`, []string{"support Adeyemi,Raman>Wieczorek"}},
		{"coordinated predicates share the subject", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Raman Raman PROPN NNP 2 obj
and and CCONJ CC 5 cc
criticized criticize VERB VBD 2 conj
Wieczorek Wieczorek PROPN NNP 5 obj`, []string{"meet Adeyemi,Raman", "oppose Adeyemi>Wieczorek"}},
		{"a noun under a predicate adjective", `
Adeyemi Adeyemi PROPN NNP 3 nsubj
was be AUX VBD 3 cop
full full ADJ JJ 0 root
of of ADP IN 5 case
praise praise NOUN NN 3 obl
for for ADP IN 7 case
Raman Raman PROPN NNP 5 nmod`, []string{"support Adeyemi>Raman"}},
		{"the of-phrase of a noun received is its doer", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
won win VERB VBD 0 root
the the DET DT 4 det
endorsement endorsement NOUN NN 2 obj
of of ADP IN 6 case
Raman Raman PROPN NNP 4 nmod`, []string{"support Raman>Adeyemi"}},
		{"the one promising harm is not the one harmed", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
said say VERB VBD 0 root
she she PRON PRP 7 nsubj:pass
would would AUX MD 7 aux
have have AUX VB 7 aux
Raman Raman PROPN NNP 7 nsubj:pass
removed remove VERB VBN 2 ccomp`, []string{"threaten Adeyemi>Raman"}},
		{"negation before a clause set off by commas", `
Adeyemi Adeyemi PROPN NNP 7 nsubj
did do AUX VBD 7 aux
not not PART RB 2 advmod
, , PUNCT , 7 punct
as as SCONJ IN 7 mark
Raman Raman PROPN NNP 7 nsubj
reported report VERB VBD 0 root
, , PUNCT , 9 punct
praise praise VERB VB 7 conj
Wieczorek Wieczorek PROPN NNP 9 obj`, nil},
		{"a that opening a reported clause is no object", `
Raman Raman PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
that that PRON WDT 6 obj
Adeyemi Adeyemi PROPN NNP 6 nsubj
had have AUX VBD 6 aux
criticized criticize VERB VBN 2 ccomp
Wieczorek Wieczorek PROPN NNP 6 xcomp`, []string{"oppose Adeyemi>Wieczorek"}},
		{"a fronted passive participle is said of the main subject", `
Praised praise VERB VBN 6 advcl
by by ADP IN 3 case
Adeyemi Adeyemi PROPN NNP 1 obl:agent
, , PUNCT , 6 punct
Raman Raman PROPN NNP 6 nsubj
announced announce VERB VBD 0 root`, []string{"support Adeyemi>Raman"}},
		{"the target of an attack", `
Raman Raman PROPN NNP 2 nsubj
became become VERB VBD 0 root
the the DET DT 4 det
target target NOUN NN 2 xcomp
of of ADP IN 7 case
an a DET DT 7 det
attack attack NOUN NN 4 nmod
by by ADP IN 9 case
Adeyemi Adeyemi PROPN NNP 7 nmod`, []string{"oppose Adeyemi>Raman"}},
		{"a name read as a second subject is the object", `
Adeyemi Adeyemi PROPN NNP 3 nmod:poss
's 's PART POS 1 case
threat threat NOUN NN 7 nsubj
to to PART TO 5 mark
sue sue VERB VB 3 acl
Raman Raman PROPN NNP 7 nsubj
rattled rattle VERB VBD 0 root`, []string{"oppose >Raman intent", "threaten Adeyemi>Raman"}},
		{"the source inside the of-phrase", `
Raman Raman PROPN NNP 2 nsubj
received receive VERB VBD 0 root
threats threat NOUN NNS 2 obj
of of ADP IN 5 case
action action NOUN NN 3 nmod
from from ADP IN 7 case
Adeyemi Adeyemi PROPN NNP 5 nmod`, []string{"threaten Adeyemi>Raman"}},
		{"a participle describing an occasion is the occasion's", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
attended attend VERB VBD 0 root
a a DET DT 4 det
lunch lunch NOUN NN 2 obj
praising praise VERB VBG 2 advcl
Raman Raman PROPN NNP 5 obj`, []string{"meet Adeyemi,Raman"}},
		{"a gapped clause is a second occasion", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Raman Raman PROPN NNP 2 obj
on on ADP IN 5 case
Monday Monday PROPN NNP 2 obl
and and CCONJ CC 7 cc
Wieczorek Wieczorek PROPN NNP 5 conj
on on ADP IN 9 case
Wednesday Wednesday PROPN NNP 5 nmod`, []string{"meet Adeyemi,Raman", "meet Adeyemi,Wieczorek"}},
		{"a relative clause on the subject, and a copula naming it", `
the the DET DT 2 det
senator senator NOUN NN 7 nsubj
who who PRON WP 4 nsubj
met meet VERB VBD 2 acl:relcl
Raman Raman PROPN NNP 4 obj
was be AUX VBD 7 cop
Adeyemi Adeyemi PROPN NNP 0 root`, []string{"meet Adeyemi,Raman"}},
		{"a subject's relative clause gives no object", `
Adeyemi Adeyemi PROPN NNP 7 nsubj
, , PUNCT , 4 punct
who who PRON WP 4 nsubj
criticized criticize VERB VBD 1 acl:relcl
, , PUNCT , 4 punct
later later ADV RB 7 advmod
apologized apologize VERB VBD 0 root`, []string{"oppose Adeyemi>"}},
		{"an occasion read as a clause keeps its preposition", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
said say VERB VBD 0 root
during during ADP IN 5 case
a a DET DT 5 det
lunch lunch NOUN NN 2 ccomp
with with ADP IN 7 case
Raman Raman PROPN NNP 5 nmod`, []string{"meet Adeyemi,Raman"}},
		{"a meeting's with-phrase under its means", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
met meet VERB VBD 0 root
by by ADP IN 4 case
phone phone NOUN NN 2 obl
with with ADP IN 6 case
Raman Raman PROPN NNP 4 nmod`, []string{"meet Adeyemi,Raman"}},
		{"an occasion held for someone", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
attended attend VERB VBD 0 root
a a DET DT 4 det
lunch lunch NOUN NN 2 obj
hosted host VERB VBN 4 acl
by by ADP IN 7 case
Raman Raman PROPN NNP 5 obl:agent`, []string{"meet Adeyemi,Raman"}},
		{"a hypothetical on a condition", `
Adeyemi Adeyemi PROPN NNP 3 nsubj
would would AUX MD 3 aux
praise praise VERB VB 0 root
Wieczorek Wieczorek PROPN NNP 3 obj
if if SCONJ IN 7 mark
he he PRON PRP 7 nsubj
won win VERB VBD 3 advcl`, nil},
		{"a harm on a condition is still a threat", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
said say VERB VBD 0 root
she she PRON PRP 5 nsubj
would would AUX MD 5 aux
sue sue VERB VB 2 ccomp
Wieczorek Wieczorek PROPN NNP 5 obj
if if SCONJ IN 9 mark
he he PRON PRP 9 nsubj
won win VERB VBD 5 advcl`, []string{"oppose Adeyemi>Wieczorek intent", "threaten Adeyemi>Wieczorek"}},
		{"the occasion of a denied meeting", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
meeting meeting NOUN NN 2 obj
Wieczorek Wieczorek PROPN NNP 2 obl:unmarked
at at ADP IN 6 case
lunch lunch NOUN NN 2 obl`, nil},
		{"a meeting cancelled", `
the the DET DT 2 det
meeting meeting NOUN NN 6 nsubj:pass
with with ADP IN 4 case
Wieczorek Wieczorek PROPN NNP 2 nmod
was be AUX VBD 6 aux:pass
cancelled cancel VERB VBN 0 root`, nil},
		{"a reconciliation judged unlikely", `
a a DET DT 2 det
lunch lunch NOUN NN 7 nsubj
between between ADP IN 4 case
Adeyemi Adeyemi PROPN NNP 2 nmod
and and CCONJ CC 6 cc
Raman Raman PROPN NNP 4 conj
seems seem VERB VBZ 0 root
unlikely unlikely ADJ JJ 7 xcomp`, nil},
		{"an act refrained from", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
refrained refrain VERB VBD 0 root
from from SCONJ IN 4 mark
criticizing criticize VERB VBG 2 advcl
Wieczorek Wieczorek PROPN NNP 4 obj`, nil},
		{"an act stopped short of", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
stopped stop VERB VBD 0 root
short short ADJ JJ 2 xcomp
of of SCONJ IN 5 mark
praising praise VERB VBG 3 advcl
Wieczorek Wieczorek PROPN NNP 5 obj`, nil},
		{"a plan dropped", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
dropped drop VERB VBD 0 root
her her PRON PRP$ 4 nmod:poss
plan plan NOUN NN 2 obj
to to ADP IN 6 mark
sue sue VERB VB 2 advcl
Wieczorek Wieczorek PROPN NNP 6 obj`, nil},
		{"negation far from the verb", `
Adeyemi Adeyemi PROPN NNP 8 nsubj
did do AUX VBD 8 aux
not not PART RB 8 advmod
, , PUNCT , 6 punct
despite despite ADP IN 6 case
speculation speculation NOUN NN 8 obl
, , PUNCT , 6 punct
praise praise VERB VB 0 root
Wieczorek Wieczorek PROPN NNP 8 obj`, nil},
		{"modal", `
Adeyemi Adeyemi PROPN NNP 3 nsubj
could could AUX MD 3 aux
meet meet VERB VB 0 root
Raman Raman PROPN NNP 3 obj`, nil},
		{"future is planned", `
Adeyemi Adeyemi PROPN NNP 3 nsubj
will will AUX MD 3 aux
meet meet VERB VB 0 root
Raman Raman PROPN NNP 3 obj`, []string{"meet Adeyemi,Raman planned"}},
		{"conditional", `
if if SCONJ IN 3 mark
Adeyemi Adeyemi PROPN NNP 3 nsubj
sues sue VERB VBZ 5 advcl
, , PUNCT , 3 punct
Raman Raman PROPN NNP 0 root`, nil},
		{"relative clause subject", `
Raman Raman PROPN NNP 0 root
, , PUNCT , 4 punct
who who PRON WP 4 nsubj
criticized criticize VERB VBD 1 acl:relcl
Wieczorek Wieczorek PROPN NNP 4 obj`, []string{"oppose Raman>Wieczorek"}},
		{"relative clause object", `
Raman Raman PROPN NNP 0 root
, , PUNCT , 5 punct
whom whom PRON WP 5 obj
he he PRON PRP 5 nsubj
criticized criticize VERB VBD 1 acl:relcl`, []string{"oppose Wieczorek>Raman"}},
		{"control: vowed to sue is a threat", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
vowed vow VERB VBD 0 root
to to PART TO 4 mark
sue sue VERB VB 2 xcomp
Halvorsen Halvorsen PROPN NNP 4 obj`, []string{"oppose Adeyemi>Halvorsen intent", "threaten Adeyemi>Halvorsen"}},
		{"refused to praise", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
refused refuse VERB VBD 0 root
to to PART TO 4 mark
praise praise VERB VB 2 xcomp
Raman Raman PROPN NNP 4 obj`, nil},
		{"nominal with possessor", `
her she PRON PRP$ 2 nmod:poss
lunch lunch NOUN NN 0 root
with with ADP IN 4 case
Raman Raman PROPN NNP 2 nmod`, []string{"meet Adeyemi,Raman"}},
		{"call between", `
a a DET DT 2 det
call call NOUN NN 0 root
between between ADP IN 4 case
Adeyemi Adeyemi PROPN NNP 2 nmod
and and CCONJ CC 6 cc
Raman Raman PROPN NNP 4 conj`, []string{"meet Adeyemi,Raman"}},
		{"light verb lends its subject", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
made make VERB VBD 0 root
a a DET DT 4 det
donation donation NOUN NN 2 obj
to to ADP IN 7 case
the the DET DT 7 det
campaign campaign NOUN NN 2 obl
of of ADP IN 9 case
Raman Raman PROPN NNP 7 nmod`, []string{"fund Adeyemi>Raman"}},
		{"reported clause keeps its own subject", `
Raman Raman PROPN NNP 2 nsubj
said say VERB VBD 0 root
Adeyemi Adeyemi PROPN NNP 4 nsubj
criticized criticize VERB VBD 2 ccomp
Wieczorek Wieczorek PROPN NNP 4 obj`, []string{"oppose Adeyemi>Wieczorek"}},
		{"multi-word trigger", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
lashed lash VERB VBD 0 root
out out ADP RP 2 compound:prt
at at ADP IN 5 case
Raman Raman PROPN NNP 2 obl`, []string{"oppose Adeyemi>Raman"}},
		{"named to a role", `
Halvorsen Halvorsen PROPN NNP 2 nsubj
named name VERB VBD 0 root
Raman Raman PROPN NNP 2 obj
chief chief ADJ JJ 5 amod
executive executive NOUN NN 2 xcomp`, []string{"position Raman> start role=3-4"}},
		{"succession", `
Raman Raman PROPN NNP 2 nsubj
replaced replace VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 2 obj
as as ADP IN 5 case
chair chair NOUN NN 2 obl
of of ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 5 nmod`, []string{"position Raman>Halvorsen start role=4-4", "position Wieczorek>Halvorsen end role=4-4"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := tree(t, c.conll, ents, "Halvorsen")
			got := summary(lex.Match(s), names)
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestPositionRepairs checks the readings of a position that repair a
// parse: a name read as modifying its role, a gerund read as a verb
// taking the role, the trigger read as part of its role, and an
// organization inside the object.
func TestPositionRepairs(t *testing.T) {
	lex, err := Parse("test", []byte("position\tappoint/VERB\tsource=obj target=subj role=xcomp|as\tstatus=start org\n"+
		"position\tbecome/VERB\tsource=subj target=of|at role=xcomp\tstatus=start org\n"+
		"position\telect/VERB\tsource=obj target=to|subj role=xcomp|as\tstatus=start org\n"+
		"position\tchair/VERB\tsource=subj target=obj\tstatus=hold org\n"+
		"position\tappointment/NOUN\tsource=poss|of target=to|at role=as\tstatus=start org\n"+
		"position\ttake over/VERB\tsource=subj target=obj|at role=as\tstatus=start org\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Adeyemi", "Halvorsen"}
	ents := map[string]int{"Adeyemi": 0, "Halvorsen": 1}
	cases := []struct{ name, conll, want string }{
		{"name read as modifying the role", `
Halvorsen Halvorsen PROPN NNP 2 nsubj
appointed appoint VERB VBD 0 root
Adeyemi Adeyemi PROPN NNP 4 compound
chairman chairman NOUN NN 2 obj`, "position Adeyemi>Halvorsen start role=3-3"},
		{"a participle opening the sentence, with no agent, is passive", `
Appointed appoint VERB VBN 10 advcl
in in ADP IN 3 case
March March PROPN NNP 1 obl
as as ADP IN 5 case
chair chair NOUN NN 1 obl
of of ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 5 nmod
, , PUNCT , 10 punct
Adeyemi Adeyemi PROPN NNP 10 nsubj
said say VERB VBD 0 root`, "position Adeyemi>Halvorsen start role=4-4"},
		{"a participle set off after a name read as its passive subject", `
Adeyemi Adeyemi PROPN NNP 3 nsubj:pass
, , PUNCT , 3 punct
appointed appoint VERB VBN 9 advcl
as as ADP IN 5 case
chair chair NOUN NN 3 obl
of of ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 5 nmod
, , PUNCT , 3 punct
said say VERB VBD 0 root`, "position Adeyemi>Halvorsen start role=4-4"},
		{"a name inside a noun phrase with an article is whom the noun is tied to, no holder", `
Halvorsen Halvorsen PROPN NNP 2 nsubj
appointed appoint VERB VBD 0 root
a a DET DT 6 det
longtime longtime ADJ JJ 6 amod
Adeyemi Adeyemi PROPN NNP 6 compound
aide aide NOUN NN 2 obj`, "position >Halvorsen start"},
		{"gerund read as a verb", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
became become VERB VBD 0 root
managing manage VERB VBG 2 xcomp
partner partner NOUN NN 3 obj
of of ADP IN 6 case
Halvorsen Halvorsen PROPN NNP 4 nmod`, "position Adeyemi>Halvorsen start role=2-3"},
		{"a particle the parser hung elsewhere", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
took take VERB VBD 0 root
over over ADV RB 5 case
as as ADV RB 5 advmod
director director NOUN NN 2 obj
of of ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 5 nmod`, "position Adeyemi>Halvorsen start role=4-4"},
		{"trigger read as modifying the role", `
Adeyemi Adeyemi PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
elected elect VERB VBN 4 amod
president president NOUN NN 0 root
of of ADP IN 6 case
Halvorsen Halvorsen PROPN NNP 4 nmod`, "position Adeyemi>Halvorsen start role=3-3"},
		{"a word of time is no part of the role", `
Halvorsen Halvorsen PROPN NNP 2 nsubj
appointed appoint VERB VBD 0 root
Adeyemi Adeyemi PROPN NNP 2 obj
as as ADP IN 6 case
new new ADJ JJ 6 amod
partner partner NOUN NN 2 obl`, "position Adeyemi>Halvorsen start role=5-5"},
		{"a role ends with its last role word", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
became become VERB VBD 0 root
chief chief ADJ JJ 5 amod
executive executive NOUN NN 5 amod
spring spring NOUN NN 2 xcomp`, "position Adeyemi> start role=2-3"},
		{"the object of a passive is its role", `
Adeyemi Adeyemi PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
appointed appoint VERB VBN 0 root
chief chief ADJ JJ 5 amod
executive executive NOUN NN 3 obj
by by ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 3 obl:agent`, "position Adeyemi>Halvorsen start role=3-4"},
		{"a role after the organization, misread", `
Adeyemi Adeyemi PROPN NNP 3 nmod:poss
's 's PART POS 1 case
appointment appointment NOUN NN 10 nsubj
to to ADP IN 6 case
the the DET DT 6 det
Halvorsen Halvorsen PROPN NNP 3 nmod
as as ADP IN 9 mark
a a DET DT 9 det
partner partner NOUN NN 11 nsubj
was be AUX VBD 11 aux:pass
approved approve VERB VBN 0 root`, "position Adeyemi>Halvorsen start role=8-8"},
		{"organization inside the object", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
chairs chair VERB VBZ 0 root
the the DET DT 4 det
board board NOUN NN 2 obj
of of ADP IN 6 case
Halvorsen Halvorsen PROPN NNP 4 nmod`, "position Adeyemi>Halvorsen hold"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := tree(t, c.conll, ents, "Halvorsen")
			s.RoleWord = func(w string) bool { return w == "executive" || w == "chairman" || w == "partner" || w == "president" }
			got := summary(lex.Match(s), names)
			if strings.Join(got, "; ") != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	bad := []struct{ line, want string }{
		{"meets\tmeet/VERB", "unknown event type"},
		{"meet\tmeet", "LEMMA/POS"},
		{"meet\tmeet/ADV", "part of speech"},
		{"support\tTrump/VERB", "capital letter"},
		{"oppose\tcriticize/VERB\tvictim=obj", "unknown slot"},
		{"oppose\tcriticize/VERB\ttarget=OBJ", "unknown path"},
		{"oppose\tcriticize/VERB\t-\tconf=2", "conf"},
		{"position\tname/VERB\t-\tstatus=maybe", "status"},
		{"oppose\tcriticize/VERB\t-\tsuccession", "succession is for position frames"},
		{"reconcile\tsettle/VERB\t-\tnot=Score", "not"},
		{"reconcile\tsettle/VERB\t-\tnot=", "not"},
	}
	for _, b := range bad {
		_, err := Parse("x.txt", []byte(b.line+"\n"))
		if err == nil || !strings.Contains(err.Error(), b.want) || !strings.Contains(err.Error(), "x.txt:1") {
			t.Errorf("%q: error %v, want one naming x.txt:1 and %q", b.line, err, b.want)
		}
	}
}

// TestEmbeddedFrames checks the shipped frames file: it parses, and no
// trigger is a proper noun (a name in a trigger is a rule that learned one
// article, not English).
func TestEmbeddedFrames(t *testing.T) {
	data, err := os.ReadFile("../rules/frames.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := Parse("frames.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Frames) == 0 {
		t.Fatal("no frames")
	}
	for _, f := range lex.Frames {
		for _, w := range append([]string{f.Lemma}, f.Extra...) {
			if strings.ToLower(w) != w {
				t.Errorf("%s: trigger %q has a capital letter", f.Where, f.Name)
			}
		}
	}
}

// TestBuiltInConstructions tests the constructions that need no frame of
// their own: a role stated with a copula, a reported judgement, a
// promised or demanded harm, and money moved to someone.
func TestBuiltInConstructions(t *testing.T) {
	lex, err := Parse("test", []byte(testFrames))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Adeyemi", "Wieczorek", "Raman", "Halvorsen"}
	ents := map[string]int{"Adeyemi": 0, "Wieczorek": 1, "Raman": 2, "Halvorsen": 3}
	cases := []struct {
		name, conll string
		money       []int
		want        []string
	}{
		{"copular role", `
Raman Raman PROPN NNP 5 nsubj
has have AUX VBZ 5 aux
been be AUX VBN 5 cop
a a DET DT 5 det
partner partner NOUN NN 0 root
at at ADP IN 7 case
Halvorsen Halvorsen PROPN NNP 5 nmod`, nil, []string{"position Raman>Halvorsen hold role=4-4"}},
		{"reported judgement", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
said say VERB VBD 0 root
Raman Raman PROPN NNP 5 nsubj
was be AUX VBD 5 cop
wrong wrong ADJ JJ 2 ccomp`, nil, []string{"oppose Adeyemi>Raman"}},
		{"a judgement reported by another speech verb", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
replied reply VERB VBD 0 root
Raman Raman PROPN NNP 5 nsubj
was be AUX VBD 5 cop
wrong wrong ADJ JJ 2 ccomp`, nil, []string{"oppose Adeyemi>Raman"}},
		{"judgement of a plain act is none", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
said say VERB VBD 0 root
Raman Raman PROPN NNP 4 nsubj
sells sell VERB VBZ 2 ccomp
cars car NOUN NNS 4 obj`, nil, nil},
		{"promised harm", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
vowed vow VERB VBD 0 root
to to PART TO 4 mark
strip strip VERB VB 2 xcomp
Raman Raman PROPN NNP 4 obj`, nil, []string{"threaten Adeyemi>Raman"}},
		{"demanded harm", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
demanded demand VERB VBD 0 root
that that SCONJ IN 6 mark
Raman Raman PROPN NNP 6 nsubj:pass
be be AUX VB 6 aux:pass
prosecuted prosecute VERB VBN 2 ccomp`, nil, []string{"oppose Adeyemi>Raman"}},
		{"money moved to someone", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
wired wire VERB VBD 0 root
$ $ SYM $ 2 obj
2 2 NUM CD 5 compound
million million NUM CD 3 nummod
to to ADP IN 7 case
Raman Raman PROPN NNP 2 obl`, []int{2, 3, 4}, []string{"fund Adeyemi>Raman"}},
		{"money to the first of two objects", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
gave give VERB VBD 0 root
Raman Raman PROPN NNP 5 nmod:poss
's 's PART POS 3 case
campaign campaign NOUN NN 2 obj
$ $ SYM $ 2 obj
5,000 5000 NUM CD 6 nummod`, []int{5, 6}, []string{"fund Adeyemi>Raman"}},
		{"gifts stated one by one, recipients by word order", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
gave give VERB VBD 0 root
$ $ SYM $ 2 obj
5 5 NUM CD 3 nummod
to to ADP IN 6 case
Raman Raman PROPN NNP 2 obl
and and CCONJ CC 8 cc
$ $ SYM $ 3 conj
7 7 NUM CD 8 nummod
to to ADP IN 11 case
Wieczorek Wieczorek PROPN NNP 6 nmod`, []int{2, 3, 7, 8}, []string{"fund Adeyemi>Raman gifts=Raman,Wieczorek"}},
		{"a list of sums runs on past the tree", `
Wieczorek Wieczorek PROPN NNP 2 nsubj
said say VERB VBD 0 root
Adeyemi Adeyemi PROPN NNP 4 nsubj
donated donate VERB VBD 2 ccomp
$ $ SYM $ 4 obj
1 1 NUM CD 5 nummod
to to ADP IN 8 case
Raman Raman PROPN NNP 4 obl
, , PUNCT , 10 punct
$ $ SYM $ 2 obj
2 2 NUM CD 10 nummod`, []int{4, 5, 9, 10}, []string{"fund Adeyemi>Raman gifts=Raman,"}},
		{"a particle read as a preposition, the recipient after the sum", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
chipped chip VERB VBD 0 root
in in ADP IN 4 case
$ $ SYM $ 2 obl
5 5 NUM CD 4 nummod
to to ADP IN 9 case
the the DET DT 9 det
Halvorsen Halvorsen PROPN NNP 9 amod
fund fund NOUN NN 2 obl`, []int{3, 4}, []string{"fund Adeyemi>Halvorsen"}},
		{"a name beside its description", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
wired wire VERB VBD 0 root
$ $ SYM $ 2 obj
2 2 NUM CD 3 nummod
to to ADP IN 7 case
the the DET DT 7 det
super super NOUN NN 2 obl
Halvorsen Halvorsen PROPN NNP 2 obl:unmarked`, []int{2, 3}, []string{"fund Adeyemi>Halvorsen"}},
		{"a past verb read as a participle of the apposition", `
Adeyemi Adeyemi PROPN NNP 0 root
, , PUNCT , 4 punct
a a DET DT 4 det
banker banker NOUN NN 1 appos
, , PUNCT , 6 punct
wired wire VERB VBN 4 acl
$ $ SYM $ 6 obj
2 2 NUM CD 7 nummod
to to ADP IN 10 case
Raman Raman PROPN NNP 6 obl`, []int{6, 7}, []string{"fund Adeyemi>Raman"}},
		{"a demand that someone resign", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
called call VERB VBD 0 root
on on ADP IN 4 case
Raman Raman PROPN NNP 2 obl
to to PART TO 6 mark
resign resign VERB VB 2 advcl`, nil, []string{"oppose Adeyemi>Raman"}},
		{"a demand whose clause hangs from an oblique", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
demanded demand VERB VBD 0 root
on on ADP IN 4 case
Friday Friday PROPN NNP 2 obl
that that PRON WDT 8 mark
Raman Raman PROPN NNP 8 nsubj:pass
be be AUX VB 8 aux:pass
prosecuted prosecute VERB VBN 4 acl:relcl`, nil, []string{"oppose Adeyemi>Raman"}},
		{"a request to leave is no attack", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
asked ask VERB VBD 0 root
Raman Raman PROPN NNP 2 obj
to to PART TO 5 mark
leave leave VERB VB 2 xcomp`, nil, nil},
		{"a resignation after a demand verb is no demand", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
called call VERB VBD 0 root
an a DET DT 4 det
election election NOUN NN 2 obj
after after SCONJ IN 7 mark
Raman Raman PROPN NNP 7 nsubj
resigned resign VERB VBD 2 advcl`, nil, nil},
		{"a quoted label misread as a clause of the naming verb", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
called call VERB VBD 0 root
the the DET DT 4 det
owner owner NOUN NN 2 obj
, , PUNCT , 6 punct
Raman Raman PROPN NNP 4 appos
, , PUNCT , 9 punct
" " PUNCT ` + "``" + ` 9 punct
wrong wrong ADJ JJ 2 advcl
" " PUNCT '' 9 punct`, nil, []string{"oppose Adeyemi>Raman"}},
		{"a clause of the naming verb outside quotation marks is no label", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
called call VERB VBD 0 root
Raman Raman PROPN NNP 2 obj
after after SCONJ IN 5 mark
wrong wrong ADJ JJ 2 advcl`, nil, nil},
		{"a demand in the passive is no promise", `
Adeyemi Adeyemi PROPN NNP 2 nsubj
suggested suggest VERB VBD 0 root
Raman Raman PROPN NNP 6 nsubj:pass
should should AUX MD 6 aux
be be AUX VB 6 aux:pass
impeached impeach VERB VBN 2 ccomp`, nil, []string{"oppose Adeyemi>Raman"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := tree(t, c.conll, ents, "Halvorsen")
			s.RoleWord = func(w string) bool { return w == "partner" }
			s.Stance = func(w string) int {
				if w == "wrong" {
					return -1
				}
				return 0
			}
			s.Money = make([]bool, len(s.Tokens))
			for _, k := range c.money {
				s.Money[k] = true
			}
			got := summary(lex.Match(s), names)
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestRepairVerbs checks that a trigger verb misread after a name gets
// its verb reading back, and that a non-trigger word does not.
func TestRepairVerbs(t *testing.T) {
	lex, err := Parse("test", []byte("oppose\ttear into/VERB\ttarget=into\t-\nthreaten\tpressure/VERB\t-\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	toks := []syntax.Token{{Form: "Kiss", UPOS: "PROPN"}, {Form: "tore", UPOS: "ADV", XPOS: "RB"}, {Form: "into", UPOS: "ADP"}, {Form: "Gallagher", UPOS: "PROPN"}}
	lex.RepairVerbs(toks, []bool{true, false, false, true}, syntax.Default())
	if toks[1].UPOS != "VERB" || toks[1].Lemma != "tear" {
		t.Errorf("tore: %s %q, want VERB tear", toks[1].UPOS, toks[1].Lemma)
	}
	toks = []syntax.Token{{Form: "Marchetti", UPOS: "PROPN"}, {Form: "pressured", UPOS: "ADJ", XPOS: "JJ"}, {Form: "Borg", UPOS: "PROPN"}}
	lex.RepairVerbs(toks, []bool{true, false, true}, syntax.Default())
	if toks[1].UPOS != "VERB" || toks[1].Lemma != "pressure" {
		t.Errorf("pressured: %s %q, want VERB pressure", toks[1].UPOS, toks[1].Lemma)
	}
	toks = []syntax.Token{{Form: "Marchetti", UPOS: "PROPN"}, {Form: "retired", UPOS: "ADJ", XPOS: "JJ"}, {Form: "Borg", UPOS: "PROPN"}}
	lex.RepairVerbs(toks, []bool{true, false, true}, syntax.Default())
	if toks[1].UPOS != "ADJ" {
		t.Errorf("retired (no frame): %s, want ADJ kept", toks[1].UPOS)
	}
}

func TestWordClasses(t *testing.T) {
	lex, err := Parse("x.txt", []byte("class ender end settle\nclass conflict feud rift\nreconcile\t@ender @conflict/VERB\tactors=subj+with\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Frames) != 2 || lex.Frames[0].Lemma != "end" || lex.Frames[1].Lemma != "settle" || !lex.Frames[1].ExtraWord("rift") || lex.Frames[1].ExtraWord("row") {
		t.Errorf("frames = %+v", lex.Frames)
	}
	if _, err := Parse("x.txt", []byte("reconcile\t@ender feud/VERB\t-\n")); err == nil || !strings.Contains(err.Error(), "x.txt:1") || !strings.Contains(err.Error(), "ender") {
		t.Errorf("an undefined class: %v", err)
	}
	if _, err := Parse("x.txt", []byte("class End end\n")); err == nil {
		t.Error("a class name with a capital letter was taken")
	}
}

// TestHasTypeAlone checks that a lemma has a frame's type only through
// frames it triggers alone: "cut" is no verb of giving because "cut a
// check" is.
func TestHasTypeAlone(t *testing.T) {
	lex, err := Parse("x.txt", []byte("fund\tcut check/VERB\t-\t-\nfund\tdonate/VERB\t-\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	if lex.HasType("cut", "fund", "") {
		t.Error(`"cut" has type fund alone`)
	}
	if !lex.HasType("donate", "fund", "VERB") {
		t.Error(`"donate" has no type fund`)
	}
}

// TestLemmaRepairs checks the frames a verb form may trigger when the
// lemmatizer or tagger misread it.
func TestLemmaRepairs(t *testing.T) {
	lex, err := Parse("x.txt", []byte("oppose\tbutt head/VERB\ttarget=with\t-\noppose\tfreeze out/VERB\t-\t-\n"+
		"oppose\twag finger/VERB\ttarget=at\t-\noppose\twage war/VERB\ttarget=on\t-\noppose\tlambast/VERB\t-\t-\noppose\tlambaste/VERB\t-\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	lemmas := func(tok syntax.Token) []string {
		var out []string
		for _, f := range lex.frames(tok) {
			out = append(out, f.Name)
		}
		return out
	}
	for _, c := range []struct {
		tok  syntax.Token
		want string
	}{
		{syntax.Token{Form: "butted", Lemma: "but", UPOS: "VERB", XPOS: "VBD"}, "butt head/VERB"},
		{syntax.Token{Form: "butting", Lemma: "but", UPOS: "VERB", XPOS: "VBG"}, "butt head/VERB"},
		{syntax.Token{Form: "froze", Lemma: "froze", UPOS: "VERB", XPOS: "VB"}, "freeze out/VERB"},
		{syntax.Token{Form: "waged", Lemma: "wag", UPOS: "VERB", XPOS: "VBD"}, "wag finger/VERB,wage war/VERB"},
		{syntax.Token{Form: "wagged", Lemma: "wag", UPOS: "VERB", XPOS: "VBD"}, "wag finger/VERB,wage war/VERB"},
		{syntax.Token{Form: "lambasted", Lemma: "lambast", UPOS: "VERB", XPOS: "VBD"}, "lambast/VERB"},
		{syntax.Token{Form: "but", Lemma: "but", UPOS: "CCONJ", XPOS: "CC"}, ""},
	} {
		if got := strings.Join(lemmas(c.tok), ","); got != c.want {
			t.Errorf("%s (%s): %q, want %q", c.tok.Form, c.tok.Lemma, got, c.want)
		}
	}
}

// TestSecondObjectOfTrigger checks that a meeting verb whose second
// object is a word of its trigger ("gave him a call") is no verb with a
// predicate ("called him a liar").
func TestSecondObjectOfTrigger(t *testing.T) {
	lex, err := Parse("x.txt", []byte("meet\tgive call/VERB\tactors=subj+iobj|obj\t-\nmeet\tcall/VERB\tactors=subj+obj\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Adeyemi", "Wieczorek"}
	ents := map[string]int{"Adeyemi": 0, "Wieczorek": 1}
	for _, c := range []struct{ conll, want string }{
		{`
Adeyemi Adeyemi PROPN NNP 2 nsubj
gave give VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 2 obj
a a DET DT 5 det
call call NOUN NN 2 obj`, "meet Adeyemi,Wieczorek"},
		{`
Adeyemi Adeyemi PROPN NNP 2 nsubj
called call VERB VBD 0 root
Wieczorek Wieczorek PROPN NNP 2 obj
a a DET DT 5 det
liar liar NOUN NN 2 obj`, ""},
	} {
		got := strings.Join(summary(lex.Match(tree(t, c.conll, ents)), names), "; ")
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.conll, got, c.want)
		}
	}
}

// TestNotOption checks that a frame with not= stays quiet when the
// trigger has a dependent of those lemmas.
func TestNotOption(t *testing.T) {
	lex, err := Parse("x.txt", []byte("reconcile\tsettle/VERB\tactors=subj+with\tnot=score|account\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Adeyemi", "Wieczorek"}
	ents := map[string]int{"Adeyemi": 0, "Wieczorek": 1}
	for _, c := range []struct{ conll, want string }{
		{`
Adeyemi Adeyemi PROPN NNP 2 nsubj
settled settle VERB VBD 0 root
with with ADP IN 4 case
Wieczorek Wieczorek PROPN NNP 2 obl`, "reconcile Adeyemi,Wieczorek"},
		{`
Adeyemi Adeyemi PROPN NNP 2 nsubj
settled settle VERB VBD 0 root
scores score NOUN NNS 2 obj
with with ADP IN 5 case
Wieczorek Wieczorek PROPN NNP 2 obl`, ""},
	} {
		if g := strings.Join(summary(lex.Match(tree(t, c.conll, ents)), names), "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.conll, g, c.want)
		}
	}
}

// TestTimeBeforeTriggerPhrase checks that a time phrase with a slot's
// preposition, hung on the verb, does not hide the phrase on a word of
// the trigger: "served notice on Farouk on Monday".
func TestTimeBeforeTriggerPhrase(t *testing.T) {
	lex, err := Parse("x.txt", []byte("threaten\tserve notice/VERB\tsource=subj target=on\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Lindqvist", "Farouk"}
	ents := map[string]int{"Lindqvist": 0, "Farouk": 1}
	got := summary(lex.Match(tree(t, `
Lindqvist Lindqvist PROPN NNP 2 nsubj
served serve VERB VBD 0 root
notice notice NOUN NN 2 obj
on on ADP IN 5 case
Farouk Farouk PROPN NNP 3 nmod
on on ADP IN 7 case
Monday Monday PROPN NNP 2 obl`, ents)), names)
	if strings.Join(got, "; ") != "threaten Lindqvist>Farouk" {
		t.Errorf("got %q", got)
	}
}

// TestPassiveControlOfPurposeClause checks that the subject of a passive
// verb of choosing does what its infinitive says, read as a clause of
// purpose or not: "Brandt was tapped to lead Halvorsen".
func TestPassiveControlOfPurposeClause(t *testing.T) {
	lex, err := Parse("x.txt", []byte("position\tlead/VERB\tsource=subj target=obj\tstatus=hold org role=head\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Brandt", "Halvorsen"}
	ents := map[string]int{"Brandt": 0, "Halvorsen": 1}
	for _, rel := range []string{"advcl", "xcomp"} {
		got := summary(lex.Match(tree(t, `
Brandt Brandt PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
tapped tap VERB VBN 0 root
to to PART TO 5 mark
lead lead VERB VB 3 `+rel+`
Halvorsen Halvorsen PROPN NNP 5 obj`, ents, "Halvorsen")), names)
		if strings.Join(got, "; ") != "position Brandt>Halvorsen start" {
			t.Errorf("%s: got %q", rel, got)
		}
	}
}

// TestNoUncertainTerms checks that "in no uncertain terms" negates
// nothing, while "at no point" does.
func TestNoUncertainTerms(t *testing.T) {
	lex, err := Parse("x.txt", []byte("oppose\tcondemn/VERB\t-\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Vasquez", "Albers"}
	ents := map[string]int{"Vasquez": 0, "Albers": 1}
	for _, c := range []struct{ conll, want string }{
		{`
Vasquez Vasquez PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Albers Albers PROPN NNP 2 obj
in in ADP IN 7 case
no no DET DT 7 det
uncertain uncertain ADJ JJ 7 amod
terms term NOUN NNS 2 obl`, "oppose Vasquez>Albers"},
		{`
Vasquez Vasquez PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
Albers Albers PROPN NNP 2 obj
at at ADP IN 6 case
no no DET DT 6 det
point point NOUN NN 2 obl`, ""},
	} {
		if got := strings.Join(summary(lex.Match(tree(t, c.conll, ents)), names), "; "); got != c.want {
			t.Errorf("%s: got %q, want %q", c.conll, got, c.want)
		}
	}
}

// TestClassesSurviveMerge checks that the word classes of a frames file
// are asked of its lexicon, and of a merge with another file's.
func TestClassesSurviveMerge(t *testing.T) {
	a, err := Parse("a", []byte("class sighted spot photograph\nmeet\t@sighted/VERB\tactors=obj+with\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b", []byte("class sighted film\nmeet\t@sighted/VERB\tactors=obj+with\t-\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := a.Merge(b)
	for _, w := range []string{"spot", "photograph", "film"} {
		if !m.InClass("sighted", w) {
			t.Errorf("%s: not in the merged class", w)
		}
	}
	if a.InClass("sighted", "film") || m.InClass("sighted", "see") || m.InClass("other", "spot") {
		t.Error("a word in a class no file gave it")
	}
}
