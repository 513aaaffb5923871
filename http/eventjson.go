package http

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/powermap/powermap"
)

// appendEventJSON appends e as encoding/json encodes it (HTML escaped, as
// writeJSON's encoder does), without the newline Encode adds: a page of a
// busy timeline is a hundred events with their sources, which reflection
// took a quarter of the page's time to encode. Tests check that the bytes
// are encoding/json's.
func appendEventJSON(b []byte, e *powermap.CanonicalEvent) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, e.Type)
	b = appendOptStrings(b, `,"actors":`, e.Actors)
	b = appendOptString(b, `,"source":`, e.Source)
	b = appendOptString(b, `,"target":`, e.Target)
	b = appendOptString(b, `,"mediator":`, e.Mediator)
	b = appendOptString(b, `,"role":`, e.Role)
	b = appendOptString(b, `,"status":`, e.Status)
	b = append(b, `,"date":`...)
	b = appendJSONString(b, e.Date)
	b = appendOptStrings(b, `,"dates":`, e.Dates)
	b = appendOptString(b, `,"place":`, e.Place)
	if e.AmountUSD != nil {
		b = append(b, `,"amount_usd":`...)
		b = appendJSONFloat(b, *e.AmountUSD)
	}
	if e.Planned {
		b = append(b, `,"planned":true`...)
	}
	b = append(b, `,"first_seen":`...)
	b = appendJSONString(b, e.FirstSeen)
	b = append(b, `,"sources":`...)
	if e.Sources == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range e.Sources {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendSourceJSON(b, &e.Sources[i])
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendSourceJSON appends s as encoding/json encodes it.
func appendSourceJSON(b []byte, s *powermap.Source) []byte {
	b = append(b, `{"article":`...)
	b = strconv.AppendInt(b, s.ArticleID, 10)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, s.Name)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, s.Title)
	b = append(b, `,"outlet":`...)
	b = appendJSONString(b, s.Outlet)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, s.Published)
	b = append(b, `,"location":`...)
	b = appendJSONString(b, s.Location)
	b = append(b, `,"evidence":`...)
	b = appendJSONString(b, s.Evidence)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = appendOptString(b, `,"date":`, s.Date)
	b = appendOptString(b, `,"place":`, s.Place)
	if s.Planned {
		b = append(b, `,"planned":true`...)
	}
	b = append(b, `,"rule":`...)
	b = appendJSONString(b, s.Rule)
	b = append(b, `,"confidence":`...)
	b = appendJSONFloat(b, s.Confidence)
	return append(b, '}')
}

// appendOptString appends key and s unless s is empty (omitempty).
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendOptStrings appends key and list as a JSON array unless list is
// empty (omitempty).
func appendOptStrings(b []byte, key string, list []string) []byte {
	if len(list) == 0 {
		return b
	}
	b = append(append(b, key...), '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// jsonPlain tells the ASCII bytes encoding/json writes as they are in a
// string with HTML escaping: printable, but for '"', '\\', '<', '>' and
// '&'.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s as a JSON string, as encoding/json writes it
// with HTML escaping: plain ASCII as it is, anything else through
// encoding/json itself.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || !jsonPlain[c] {
			q, _ := json.Marshal(s) // HTML escaped, as the encoder is
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal, in exponent form only for very large or small
// values (left to encoding/json).
func appendJSONFloat(b []byte, f float64) []byte {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) || math.IsNaN(f) || math.IsInf(f, 0) {
		q, err := json.Marshal(f)
		if err != nil {
			return append(b, "null"...) // never stored: NaN and infinities are not numbers
		}
		return append(b, q...)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}
