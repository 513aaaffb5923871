package sqlite

import (
	"testing"

	"github.com/powermap/powermap/internal/sqlstore"
)

func TestRankDocs(t *testing.T) {
	parts, err := sqlstore.ParseSearch(`harbor "silt trap" NOT club dredg*`)
	if err != nil {
		t.Fatal(err)
	}
	terms := rankTerms(parts)
	if len(terms) != 3 || len(terms[1].words) != 2 || !terms[2].prefix {
		t.Fatalf("terms %+v; want harbor, the phrase silt trap, the prefix dredg (not club)", terms)
	}
	docs := []string{
		"The harbor board met on Tuesday about nothing much at all, the club said.",
		"Harbor, harbor, HARBOR: the Silt Trap of the harbor is dredged.",
		"Dredging the harbor.",
		"The club met.",
	}
	s := rankDocs(terms, docs)
	if !(s[1] > s[2] && s[2] > s[0] && s[0] > s[3] && s[3] == 0) {
		t.Errorf("scores %v; want the many matches first, then the short match, the long one, and none", s)
	}
	if got := appendWords(nil, "Éclair's naïve CAFÉ x2"); len(got) != 5 || got[0] != "eclair" || got[2] != "naive" || got[3] != "cafe" {
		t.Errorf("words %q", got)
	}
}
