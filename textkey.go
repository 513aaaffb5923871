package powermap

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// TextKey is the key under which two articles count as the same text: the
// SHA-256 of the text lower-cased, with typographic quotes and dashes made
// plain and runs of white space made one space. Every Store uses it to keep
// one copy of an article read twice.
func TextKey(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '‘' || r == '’':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		case r == '–' || r == '—':
			r = '-'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}
