package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps a word form to the spelling its features use: curly quotes
// and apostrophes become straight ones, dashes "--" or "-", the ellipsis
// "...", currency signs "$", so that news typography looks like the
// treebank's. The text and
// the offsets are never changed; only features see this form.
func normalize(form string) string {
	if isASCII(form) {
		return form
	}
	var b strings.Builder
	for _, r := range form {
		switch r {
		case '“', '”', '„', '″', '«', '»':
			b.WriteByte('"')
		case '‘', '’', '‚', '′', '`':
			b.WriteByte('\'')
		case '—', '―':
			b.WriteString("--")
		case '–', '‑', '‐', '−':
			b.WriteByte('-')
		case '…':
			b.WriteString("...")
		case '\u00a0':
			b.WriteByte(' ')
		default:
			if strings.ContainsRune(CurrencySigns, r) {
				// A currency sign before a sum is read as the treebank
				// reads "$" ("donated ₦500 million to …"), which it has
				// thousands of times and the others a handful or never.
				b.WriteByte('$')
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CurrencySigns are the signs of currencies other than the dollar's
// ("€5 million", "₦500 million").
const CurrencySigns = "€£¥₹₦₩₽₺₱₪₫₴₵₭₮₲₡฿"

// CurrencySign reports whether token w is a currency's sign, the
// dollar's or another's.
func CurrencySign(w string) bool {
	return w == "$" || utf8.RuneCountInString(w) == 1 && strings.Contains(CurrencySigns, w)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// digitsToZero replaces every digit by "0" ("$3.5" -> "$0.0"), so that
// numbers share features.
func digitsToZero(s string) string {
	k := strings.IndexFunc(s, unicode.IsDigit)
	if k < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, s)
}

// shape abstracts a word to its character classes with runs collapsed:
// "McCain" -> "XxXx", "U.S." -> "X.X.", "2019" -> "d", "co-founder" -> "x-x".
func shape(s string) string {
	var b [32]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'l'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last && (c == 'X' || c == 'x' || c == 'd' || c == 'l') {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// hashString is the 64-bit FNV-1a hash of s; feature keys must not depend
// on the process, so the seeded hash/maphash is not used.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines a hash with one more value.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// key builds the key of feature template t with up to three values.
func key1(t, a uint64) uint64    { return fin(mix(mix(0x51ed27, t), a)) }
func key2(t, a, b uint64) uint64 { return fin(mix(mix(mix(0x51ed27, t), a), b)) }
func key3(t, a, b, c uint64) uint64 {
	return fin(mix(mix(mix(mix(0x51ed27, t), a), b), c))
}

// fin makes a key that is never 0, the empty slot of a weight table.
func fin(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

// wordInfo is what the tagger and the parser know of one word before
// tagging: hashes of its normalized spellings.
type wordInfo struct {
	norm   string // normalized form, digits zeroed
	key    string // norm lower-cased: the key of the tag lexicon
	amb    uint64 // the set of tag classes seen with key in training
	caps   uint64 // how often key was capitalized inside a sentence in training
	fixed  int    // the tag class of a frequent unambiguous word, or -1
	lower  uint64 // hash of the lower-cased norm
	exact  uint64 // hash of norm
	shape  uint64
	suf    [4]uint64 // hashes of the last 1..4 characters of lower
	pre    [3]uint64 // hashes of the first 1..3 characters of lower
	upper  bool      // starts with a capital
	hyphen bool
	digit  bool
	// verbless marks a word the treebank lacks that English has no verb
	// of ("billionaire"): the tagger may not read it as one.
	verbless bool
	// onlyVerb marks a word the treebank lacks that can only be a verb in
	// -s ("alleges"): after no word that opens a noun phrase, the tagger
	// reads it as one.
	onlyVerb bool
}

// hUnknown is the tag set of words not seen in training.
var hUnknown = hashString("\x00UNKNOWN")

// ambiguity returns the feature value of a set of tag classes (sorted).
func ambiguity(classes []uint8) uint64 {
	if len(classes) == 0 {
		return hUnknown
	}
	h := uint64(0xa3b195354a39b70d)
	for _, c := range classes {
		h = mix(h, uint64(c))
	}
	return h
}

// lexEntry is what training says of a word: the tag classes seen with
// it and how often it was capitalized (capBucket).
type lexEntry struct {
	classes []uint8
	caps    uint8
	fixed   int    // the class of a frequent word (20 times or more) seen with no other 99.5% of the time, or -1
	amb     uint64 // ambiguity(classes)
}

func (w *wordInfo) setLexEntry(e lexEntry) {
	if e.amb == 0 {
		e.amb = ambiguity(e.classes)
	}
	w.amb = e.amb
	w.caps = uint64(e.caps) + 1
	w.fixed = e.fixed
}

// newWordInfo computes the word features of form.
func newWordInfo(form string) wordInfo {
	norm := digitsToZero(normalize(form))
	lower := strings.ToLower(norm)
	w := wordInfo{norm: norm, key: lower, amb: hUnknown, fixed: -1, lower: hashString(lower), exact: hashString(norm), shape: hashString(shape(norm))}
	// suffixes and prefixes by runes
	n := utf8.RuneCountInString(lower)
	end := len(lower)
	for k := 1; k <= 4; k++ {
		if k > n {
			w.suf[k-1] = hashString("<" + lower)
			continue
		}
		_, sz := utf8.DecodeLastRuneInString(lower[:end])
		end -= sz
		w.suf[k-1] = hashString(lower[end:])
	}
	start := 0
	for k := 1; k <= 3; k++ {
		if k > n {
			w.pre[k-1] = hashString(lower + ">")
			continue
		}
		_, sz := utf8.DecodeRuneInString(lower[start:])
		start += sz
		w.pre[k-1] = hashString(lower[:start])
	}
	r, _ := utf8.DecodeRuneInString(norm)
	w.upper = unicode.IsUpper(r)
	w.hyphen = strings.Contains(norm, "-") && len(norm) > 1
	w.digit = strings.ContainsRune(norm, '0')
	return w
}
