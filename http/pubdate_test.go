package http

import "testing"

// TestPubDate checks how publication dates are shown, a day's included
// (read apart from the others).
func TestPubDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-10-24":           "October 24, 2025",
		"2025-06-06T10:00:00Z": "June 6, 2025",
		"2025-06":              "June 2025",
		"2025":                 "2025",
		"":                     "",
		"2025-13-45":           "2025-13-45",
		"yesterday!":           "yesterday!",
	} {
		if got := pubDate(in); got != want {
			t.Errorf("pubDate(%q) = %q, want %q", in, got, want)
		}
	}
}
