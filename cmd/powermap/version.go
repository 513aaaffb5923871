package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version or the VCS revision the binary was built
// from is shown.
var version = ""

func init() {
	register(&command{
		name:    "version",
		summary: "print the version of powermap",
		help: `
Prints the version of powermap, the commit it was built from when known, and
the Go version it was built with.`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError{"version takes no arguments"}
				}
				fmt.Fprintln(e.stdout, versionString())
				return nil
			}
		},
	})
}

// versionString is "powermap VERSION (COMMIT) GOVERSION".
func versionString() string {
	v, commit, dirty := version, "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value[:min(12, len(s.Value))]
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	out := "powermap " + v
	if commit != "" {
		if dirty {
			commit += "+modified"
		}
		out += " (" + commit + ")"
	}
	return out + " " + runtime.Version()
}
