// Command powermap reads news articles about powerful people and keeps a
// sourced, dated record of who met, funded, praised, attacked or threatened
// whom. Run "powermap help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/postgres"
	"github.com/powermap/powermap/query"
	"github.com/powermap/powermap/sqlite"
)

// command is one subcommand: its flags are registered by setup, its work
// done by run with the positional arguments.
type command struct {
	name    string
	args    string // usage of the positional arguments
	summary string
	help    string // longer description for "powermap CMD --help"
	setup   func(fs *flag.FlagSet) func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: the global options and the output.
type env struct {
	dbPath string
	stdout io.Writer
	stderr io.Writer
	stdin  io.Reader
}

// store is what the commands use of a store: the Store, and the article
// pages and links the web UI shows. Both the SQLite and the PostgreSQL
// store are one.
type store interface {
	powermap.Store
	query.ArticleLister
	query.ArticleLinks
}

// openStore opens the existing store --db names: a PostgreSQL URL
// (postgres://…) or a SQLite path. A path where no store is (a mistyped
// --db), or a database without a powermap schema, is an error, never a
// new empty store: only ingest creates one (createStore).
func (e *env) openStore(ctx context.Context) (store, error) {
	if postgres.IsURL(e.dbPath) {
		s, err := postgres.OpenExisting(ctx, e.dbPath)
		if errors.Is(err, powermap.ErrNotFound) {
			u := postgres.Redact(e.dbPath)
			return nil, fmt.Errorf("no powermap store in %s (check --db or $POWERMAP_DB; 'powermap --db %s ingest SOURCE...' creates one)", u, u)
		}
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := sqlite.OpenExisting(ctx, e.dbPath)
	if errors.Is(err, powermap.ErrNotFound) {
		return nil, fmt.Errorf("no store at %s (check --db or $POWERMAP_DB; 'powermap --db %s ingest SOURCE...' creates one)", e.dbPath, e.dbPath)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// storeName is the store --db names, as messages show it (a URL's
// password hidden).
func (e *env) storeName() string {
	if postgres.IsURL(e.dbPath) {
		return postgres.Redact(e.dbPath)
	}
	return e.dbPath
}

// createStore opens the store --db names, creating it (its file, or its
// schema in the PostgreSQL database) if there is none (for ingest).
func (e *env) createStore(ctx context.Context) (store, error) {
	if postgres.IsURL(e.dbPath) {
		s, err := postgres.Open(ctx, e.dbPath)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, e.dbPath)
	if err != nil {
		return nil, err
	}
	return s, nil
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// usageError is an error in how the command was called; it exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin})
	stop()
	os.Exit(code)
}

// defaultDB is the store used without --db or POWERMAP_DB.
const defaultDB = "./powermap.db"

// run executes one command line and returns the exit code: 0 on success, 1
// when the work failed, 2 when the command line was wrong.
func run(ctx context.Context, args []string, e *env) int {
	e.dbPath = os.Getenv("POWERMAP_DB")
	if e.dbPath == "" {
		e.dbPath = defaultDB
	}
	// Global flags may come before the command name.
	global := flag.NewFlagSet("powermap", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&e.dbPath, "db", e.dbPath, "")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(e.stdout)
			return 0
		}
		fmt.Fprintf(e.stderr, "powermap: %v\n", err)
		printUsage(e.stderr)
		return 2
	}
	args = global.Args()
	if len(args) == 0 || args[0] == "help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fs, _ := newFlagSet(c, e)
				fs.SetOutput(e.stdout)
				fs.Usage()
				return 0
			}
		}
		printUsage(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "powermap: unknown command %q\n", args[0])
		printUsage(e.stderr)
		return 2
	}
	fs, runFn := newFlagSet(c, e)
	fs.SetOutput(io.Discard) // a flag error is printed once, below
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return 0
		}
		fmt.Fprintf(e.stderr, "powermap %s: %v\nRun 'powermap %s --help' for usage.\n", c.name, err, c.name)
		return 2
	}
	if err := runFn(ctx, e, pos); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(e.stderr, "powermap %s: %s\nRun 'powermap %s --help' for usage.\n", c.name, line(err.Error()), c.name)
			return 2
		}
		var se silentError
		if !errors.As(err, &se) {
			fmt.Fprintf(e.stderr, "powermap %s: %s\n", c.name, line(err.Error()))
		}
		return 1
	}
	return 0
}

// silentError fails a command whose output already explained the failure.
type silentError struct{ error }

// newFlagSet builds a command's flags, the global ones included.
func newFlagSet(c *command, e *env) (*flag.FlagSet, func(ctx context.Context, env *env, args []string) error) {
	fs := flag.NewFlagSet("powermap "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&e.dbPath, "db", e.dbPath, "SQLite store `path` (also $POWERMAP_DB)")
	runFn := c.setup(fs)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: powermap %s [flags] %s\n\n%s\n", c.name, c.args, strings.TrimSpace(c.help))
		fmt.Fprintf(w, "\nFlags:\n")
		fs.PrintDefaults()
	}
	return fs, runFn
}

// parseInterleaved parses flags that may come before, between or after
// positional arguments; everything after "--" is positional.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos, rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return append(pos, rest...), nil
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, `powermap reads news articles about powerful people and keeps a sourced,
dated record of who met, funded, praised, attacked or threatened whom.

Usage: powermap [--db PATH|URL] COMMAND [flags] [arguments]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, `
Global flags:
  --db PATH  the SQLite store (default %s, or $POWERMAP_DB);
  --db URL   or a PostgreSQL database, postgres://USER@HOST:PORT/DB

Run 'powermap COMMAND --help' for a command's flags.
`, defaultDB)
}
