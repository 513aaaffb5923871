package main

import (
	"fmt"
	"strings"
)

// entityActions are the subcommands of "powermap entity", with the
// arguments each takes.
var entityActions = []struct{ name, args string }{
	{"show", "NAME"},
	{"merge", "NAME INTO"},
	{"split", "NAME --as NEW [--article ID]"},
	{"alias", "NAME ALIAS"},
}

// entityArgsError says what is wrong with the arguments of "powermap
// entity": an unknown subcommand (with the valid ones), or a known one
// given the wrong number of arguments (with what it takes).
func entityArgsError(args []string) error {
	names := make([]string, len(entityActions))
	for i, a := range entityActions {
		names[i] = a.name
		if len(args) > 0 && args[0] == a.name {
			return usageError{fmt.Sprintf("entity %s takes %s, not %d argument%s", a.name, a.args, len(args)-1, map[bool]string{true: "", false: "s"}[len(args) == 2])}
		}
	}
	return usageError{fmt.Sprintf("unknown subcommand %q: entity takes %s", args[0], strings.Join(names, ", "))}
}
