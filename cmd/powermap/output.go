package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
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

// tableCell is the widest a table cell gets; JSON and CSV keep full values.
const tableCell = 90

// writeTable writes rows under headers in aligned columns, long cells cut.
func writeTable(w io.Writer, headers []string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(headers, "\t"))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i := range r {
			cells[i] = line(truncate(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(r[i]), tableCell))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
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
