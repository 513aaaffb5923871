package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// formatFlag registers --format with the given choices, the first being
// the default.
func formatFlag(fs *flag.FlagSet, choices ...string) *string {
	return fs.String("format", choices[0], "output format: "+strings.Join(choices, ", "))
}

// checkFormat returns a usage error unless f is one of choices.
func checkFormat(f string, choices ...string) error {
	for _, c := range choices {
		if f == c {
			return nil
		}
	}
	return usageError{fmt.Sprintf("unknown --format %q (want %s)", f, strings.Join(choices, ", "))}
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// tableWidth is the widest a table gets, to fit a terminal; JSON and CSV
// keep full values.
const tableWidth = 100

// writeTable writes rows under headers in aligned columns, cutting the
// widest cells (with "…") until a line fits in tableWidth columns.
func writeTable(w io.Writer, headers []string, rows [][]string) error {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	all := append([][]string{headers}, rows...)
	cells := make([][]string, len(all))
	for i, r := range all {
		cells[i] = make([]string, len(r))
		for j := range r {
			cells[i][j] = line(clean.Replace(r[j]))
		}
	}
	widths := make([]int, len(headers))
	for _, r := range cells {
		for j, c := range r {
			if j < len(widths) {
				widths[j] = max(widths[j], utf8.RuneCountInString(c))
			}
		}
	}
	const gap = 2
	total := func() int {
		n := gap * (len(widths) - 1)
		for _, x := range widths {
			n += x
		}
		return n
	}
	// Narrow the widest column by one rune at a time, never below its
	// header's width or 8 runes, so that long columns share the room.
	for total() > tableWidth {
		widest := -1
		for j, x := range widths {
			floor := max(8, utf8.RuneCountInString(headers[j]))
			if x > floor && (widest < 0 || x > widths[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	tw := tabwriter.NewWriter(w, 0, 0, gap, ' ', 0)
	for _, r := range cells {
		out := make([]string, len(r))
		for j, c := range r {
			if j < len(widths) {
				c = truncate(c, widths[j])
			}
			out[j] = c
		}
		fmt.Fprintln(tw, strings.Join(out, "\t"))
	}
	return tw.Flush()
}

// output writes a result in the chosen format: JSON of v, or rows under
// headers as an aligned table or CSV.
func output(w io.Writer, format string, v any, headers []string, rows [][]string) error {
	switch format {
	case "json":
		return writeJSON(w, v)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(headers)
		cw.WriteAll(rows)
		return cw.Error()
	}
	return writeTable(w, headers, rows)
}

// formats are the output formats of the query commands.
var formats = []string{"table", "json", "csv"}
