// Package amounts is the stage of extraction that finds the sums of
// money of every sentence ("$290 million", "USD 600 billion", "nearly
// 200 million dollars", and vague ones such as "hundreds of millions of
// dollars") and gives them in US dollars. It reads tokens and sentences
// and adds Doc.Amounts.
package amounts

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/powermap/powermap/extract/doc"
	"github.com/powermap/powermap/extract/syntax"
)

// Run adds the amount layer to d, which must have its sentences.
func Run(d *doc.Doc) {
	(&stage{d}).findAmounts()
}

// stage is the document while the stage runs.
type stage struct{ *doc.Doc }

// amountRe finds sums of money: "$290 million", "$1.6 trillion", "USD 600
// billion", "nearly 200 million dollars"; and vague ones: "hundreds of
// millions of dollars", "large sums".
var amountRe = regexp.MustCompile(`(?i)(?:(?:US)?\$\s?|\bUSD\s?)(\d+(?:[.,]\d+)*)(?:\s*(trillion|billion|million|thousand|bn|mn|mln|bln|tn|[mbk])\b)?` +
	`|\b(\d+(?:[.,]\d+)*)\s*(trillion|billion|million|thousand)?\s+(?:US\s+)?dollars\b` +
	`|\b((?:hundreds|tens|dozens|millions|billions|thousands) of (?:millions |billions |thousands )?(?:of )?dollars|large sums|(?:large|big|hefty) checks)\b`)

// wordAmountRe finds sums written in words: "five million dollars",
// "half a million dollars" (only in sentences that say "dollars").
var wordAmountRe = regexp.MustCompile(`(?i)\b(` + numberWords + `)\s+(trillion|billion|million|thousand)\s+(?:US\s+)?dollars\b`)

// numberWords are the numbers written as words that a sum may open with
// ("five million dollars", "half a million dollars", "three hundred
// thousand dollars").
const numberWords = `half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:one|two|three|four|five|six|seven|eight|nine|a) hundred`

// wordValues are the values of numberWords.
var wordValues = map[string]float64{"half a": 0.5, "half an": 0.5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// numberWordBefore reports whether the word right before the end of text
// is a number word ("one hundred fifty": "fifty" follows "hundred").
func numberWordBefore(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	return w == "hundred" || w == "thousand" || wordValues[w] > 1
}

// wordNumber returns the value of one of numberWords.
func wordNumber(w string) float64 {
	w = strings.Join(strings.Fields(strings.ToLower(w)), " ")
	if h, ok := strings.CutSuffix(w, " hundred"); ok {
		return 100 * wordValues[h]
	}
	return wordValues[w]
}

// foreignRe finds sums in other currencies ("€5 million", "50,000 euros",
// "2 million pounds", "50 million naira", "Rs 50 lakh", "₹2 crore", "3
// crore rupees"; a bare "20 lakh" counts jobs or saplings as often):
// money all the same, with no amount in dollars (the corpus GUIDE gives
// them none).
var foreignRe = regexp.MustCompile(`(?i)(?:[` + syntax.CurrencySigns + `]|\bRs\.?|\b(?:INR|CHF|EUR|GBP|CAD|AUD|NZD|JPY|CNY|RMB|HKD|SGD|ZAR|NGN|KES|GHS|MXN|BRL|SEK|NOK|DKK|PLN|TRY|RUB|KRW|PHP|IDR|AED|SAR)\b)\s?\d+(?:[.,]\d+)*(?:\s*(?:trillion|billion|million|thousand|lakhs?|crores?|bn|mn|m|k)\b)?` +
	`|\b\d+(?:[.,]\d+)*\s+(?:lakhs?|crores?)\s+(?:of\s+)?rupees\b` +
	`|\b\d+(?:[.,]\d+)*\s*(?:trillion|billion|million|thousand)?\s+(?:euros?|pounds(?: sterling)?|sterling|yen|yuan|renminbi|rupees?|naira|pesos?|francs?|kronor|kroner|kronur|rubles?|roubles?|reais|rand|shillings?|won|lira|liras|dirhams?|riyals?|zloty|zlotys|zlotych|forints?|cedis?|ringgit|baht|shekels?|dinars?|hryvnias?|kwacha|birr|krona|krone|lei|leva)\b`)

// foreignMarks are the signs, codes and word stems of other currencies
// foreignRe finds; a sentence with none of them holds no such sum, and
// the costly expression is not run on it.
var foreignMarks = append(strings.Split(syntax.CurrencySigns, ""), "rs", "inr", "chf", "eur", "gbp", "cad", "aud", "nzd",
	"jpy", "cny", "rmb", "hkd", "sgd", "zar", "ngn", "kes", "ghs", "mxn", "brl", "sek", "nok", "dkk", "pln", "try", "rub", "krw", "php",
	"idr", "aed", "sar", "lakh", "crore", "euro", "pound", "sterling", "yen", "yuan", "renminbi", "rupee", "naira", "peso", "franc",
	"kron", "ruble", "rouble", "reais", "rand", "shilling", "won", "lira", "dirham", "riyal", "zlot", "forint", "cedi", "ringgit",
	"baht", "shekel", "dinar", "hryvnia", "kwacha", "birr", "lei", "leva")

// mayBeForeign reports whether lower-case text holds one of foreignMarks.
func mayBeForeign(l string) bool {
	for _, m := range foreignMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// otherDollar reports whether the sum at byte i of text opens with a
// dollar sign that letters other than "US" prefix ("R$", "C$", "A$",
// "HK$"): another currency.
func otherDollar(text string, i int) bool {
	if i >= len(text) || text[i] != '$' || i == 0 {
		return false
	}
	j := i
	for j > 0 && (text[j-1] >= 'A' && text[j-1] <= 'Z' || text[j-1] >= 'a' && text[j-1] <= 'z') {
		j--
	}
	return j < i && !strings.EqualFold(text[j:i], "US")
}

var multipliers = map[string]float64{"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}

// findAmounts finds and normalises the sums of money in every sentence.
func (d *stage) findAmounts() {
	for si, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		if !strings.ContainsAny(text, "$0123456789"+syntax.CurrencySigns) && !strings.Contains(text, "dollars") && !strings.Contains(text, "sums") && !strings.Contains(text, "checks") {
			continue
		}
		lower := strings.ToLower(text)
		// (amountRe needs one of these words or the sign; most sentences
		// here hold only the digits of a date)
		var sums [][]int
		if strings.Contains(text, "$") || strings.Contains(lower, "usd") || strings.Contains(lower, "dollars") || strings.Contains(lower, "sums") || strings.Contains(lower, "checks") {
			sums = amountRe.FindAllStringSubmatchIndex(text, -1)
		}
		for _, m := range sums {
			a := doc.Amount{Start: s.Start + m[0], End: s.Start + m[1], Sent: si}
			num, unit := "", ""
			switch {
			case m[2] >= 0:
				num = text[m[2]:m[3]]
				if m[4] >= 0 {
					unit = text[m[4]:m[5]]
				}
			case m[6] >= 0:
				num = text[m[6]:m[7]]
				if m[8] >= 0 {
					unit = text[m[8]:m[9]]
				}
			}
			if num != "" {
				v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
				if err != nil {
					continue
				}
				if mult, ok := multipliers[strings.ToLower(unit)]; ok {
					v *= mult
				}
				a.USD = v
				if otherDollar(text, m[0]) {
					a.USD = 0 // "R$3 million", "C$40,000": another country's dollar or real
				}
			}
			d.Amounts = append(d.Amounts, a)
		}
		if strings.Contains(text, "dollars") {
			for _, m := range wordAmountRe.FindAllStringSubmatchIndex(text, -1) {
				// "five million dollars", "half a million dollars" (not the
				// end of a longer number, "twenty-five", "one hundred
				// fifty", which the sum's words do not hold: money all
				// the same)
				a := doc.Amount{Start: s.Start + m[0], End: s.Start + m[1], Sent: si}
				if m[2] == 0 || text[m[2]-1] != '-' && !numberWordBefore(text[:m[2]]) {
					a.USD = wordNumber(text[m[2]:m[3]]) * multipliers[strings.ToLower(text[m[4]:m[5]])]
				}
				d.Amounts = append(d.Amounts, a)
			}
		}
		if !strings.ContainsAny(text, "0123456789") || !mayBeForeign(lower) {
			continue // (every sum foreignRe finds has a digit)
		}
		for _, m := range foreignRe.FindAllStringIndex(text, -1) {
			d.Amounts = append(d.Amounts, doc.Amount{Start: s.Start + m[0], End: s.Start + m[1], Sent: si})
		}
	}
	sort.Slice(d.Amounts, func(i, j int) bool { return d.Amounts[i].Start < d.Amounts[j].Start })
}
