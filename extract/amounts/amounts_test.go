package amounts

import (
	"testing"

	"github.com/powermap/powermap/extract/internal/stagetest"
	"github.com/powermap/powermap/extract/tokens"
)

func TestAmounts(t *testing.T) {
	tests := []struct {
		sentence string
		want     float64
	}{
		{"He spent roughly $290 million to back Trump.", 290e6},
		{"Bezos contributed $1 million to the fund.", 1e6},
		{"They pledged nearly 200 million dollars.", 200e6},
		{"The deficit could grow by $1.6 trillion.", 1.6e12},
		{"Meta would pour around USD 600 billion into AI.", 600e9},
		{"She gave $250,000 to the committee.", 250000},
		{"He spent hundreds of millions of dollars on ads.", 0},
		// Other currencies are money with no amount in dollars.
		{"She gave 50,000 euros to the party.", 0},
		{"He sent £2 million to the trust.", 0},
		{"They donated 50 million naira to the campaign.", 0},
		{"She pledged ₹2 crore to the trust.", 0},
		{"The party received 3 crore rupees from the builders.", 0},
		// Another country's dollar (or the real) is no US dollar; "US$" is.
		{"He donated R$3 million to the party.", 0},
		{"She gave C$40,000 to the campaign.", 0},
		{"She gave US$40,000 to the campaign.", 40000},
		// Sums written in words, and a wire service's "mln".
		{"He gave five million dollars to the party.", 5e6},
		{"She pledged half a million dollars to the school.", 5e5},
		{"They raised three hundred thousand dollars.", 3e5},
		{"He donated $3 mln to the campaign.", 3e6},
		// A longer number in words is money, but not the part read.
		{"He gave twenty-five million dollars to the party.", 0},
		{"She gave one hundred fifty thousand dollars.", 0},
		// More currencies: signs, ISO codes, plurals.
		{"She pledged ₦500 million to the academy.", 0},
		{"He gave ₩50 million to the party.", 0},
		{"They gave CAD 400,000 to the fund.", 0},
		{"She donated 2 million zlotys to the party.", 0},
	}
	for _, tt := range tests {
		d := stagetest.Doc(t, "2025-01-01", tt.sentence)
		tokens.Run(d)
		Run(d)
		if len(d.Amounts) != 1 || d.Amounts[0].USD != tt.want {
			t.Errorf("%q: amounts %+v, want one of %g", tt.sentence, d.Amounts, tt.want)
		}
	}
}
