package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"

	"github.com/powermap/powermap"
	pmhttp "github.com/powermap/powermap/http"
	"github.com/powermap/powermap/ingest"
	"github.com/powermap/powermap/read"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the web UI and the JSON API",
		help: `
Serves the web UI (people, relationships, pair timelines, the network, and
articles with every fact highlighted) and the JSON API documented at
/api/openapi.json. POST /api/articles ingests an article and requires the
bearer token given by --token or $POWERMAP_TOKEN; --read-only serves no
write endpoint at all. Stops gracefully on interrupt. Posted articles are
extracted with the knowledge-base and rules files kept with the store
('powermap config').`,
		setup: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (HOST:PORT)")
			token := fs.String("token", os.Getenv("POWERMAP_TOKEN"), "bearer token for write endpoints (also $POWERMAP_TOKEN)")
			readOnly := fs.Bool("read-only", false, "serve no write endpoint")
			allowPrivate := fs.Bool("allow-private", false, "let posted URLs reach loopback, private and link-local addresses")
			maxArticle := sizeFlag(read.DefaultMaxText)
			fs.Var(&maxArticle, "max-article", "longest posted article text accepted, e.g. 512KB")
			var hosts hostList
			fs.Var(&hosts, "host", "a host `name` clients use to reach the server, besides IP addresses and localhost (repeat or comma-separate)")
			var extra extraFiles
			extra.register(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError{"serve takes no arguments"}
				}
				store, err := e.openStore(ctx)
				if err != nil {
					return err
				}
				defer store.Close()
				// A read-only server extracts nothing, and keeps no file.
				var prepare func(context.Context, *powermap.Article) error
				if !*readOnly {
					x, err := configured(ctx, e, store, extra, false)
					if err != nil {
						return err
					}
					prepare = x.prepare
				}
				opts := read.DefaultFetchOptions
				opts.AllowPrivate = *allowPrivate
				logger := slog.New(slog.NewTextHandler(e.stderr, nil))
				reader := read.NewReader(opts)
				reader.MaxText = int64(maxArticle)
				reader.Stdin = strings.NewReader("") // posts never read the server's input
				srv, err := pmhttp.New(pmhttp.Config{Store: store, Token: *token, ReadOnly: *readOnly, Ingest: &ingest.Service{Store: store, Reader: reader, Extract: prepare, Logger: logger}, Logger: logger, Hosts: hosts})
				if err != nil {
					return err
				}
				return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
					fmt.Fprintf(e.stdout, "powermap is serving %s on http://%s/ (Ctrl-C to stop)\n", e.storeName(), a)
				})
			}
		},
	})
}

// hostList collects --host names.
type hostList []string

func (h *hostList) String() string { return strings.Join(*h, ",") }

func (h *hostList) Set(v string) error {
	for _, name := range strings.Split(v, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*h = append(*h, name)
		}
	}
	return nil
}
