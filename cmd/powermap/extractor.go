package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"

	"github.com/powermap/powermap"
	"github.com/powermap/powermap/extract"
	"github.com/powermap/powermap/kb"
)

// extractor runs extraction on articles before they are stored.
type extractor struct{ x *extract.Extractor }

// extraFiles are the user's additions to the embedded knowledge base and
// event rules, given by --kb and --rules.
type extraFiles struct{ kb, rules string }

// register adds --kb and --rules to a command's flags.
func (f *extraFiles) register(fs *flag.FlagSet) {
	fs.StringVar(&f.kb, "kb", "", "extra knowledge-base `file` (a JSON array of entries like kb/data/curated.json)")
	fs.StringVar(&f.rules, "rules", "", "extra event frames `file` (the format of extract/rules/frames.txt)")
}

// newExtractor loads the embedded knowledge base and event rules plus the
// user's files.
func newExtractor(f extraFiles) (*extractor, error) {
	files, err := f.read()
	if err != nil {
		return nil, err
	}
	return extractorOf(files)
}

// read reads the files named by --kb and --rules.
func (f extraFiles) read() ([]powermap.ConfigFile, error) {
	var out []powermap.ConfigFile
	for _, c := range []struct{ kind, name, what string }{{powermap.ConfigKB, f.kb, "knowledge base file"}, {powermap.ConfigRules, f.rules, "event rules"}} {
		if c.name == "" {
			continue
		}
		data, err := os.ReadFile(c.name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.what, err)
		}
		out = append(out, powermap.ConfigFile{Kind: c.kind, Name: c.name, Content: data, SHA256: sha256Hex(data), Size: len(data)})
	}
	return out, nil
}

// sha256Hex is the hex SHA-256 of data.
func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// extractorOf loads the embedded knowledge base and event rules plus the
// given files' contents.
func extractorOf(files []powermap.ConfigFile) (*extractor, error) {
	var kbs []kb.File
	for _, f := range files {
		if f.Kind == powermap.ConfigKB {
			kbs = append(kbs, kb.File{Name: f.Name, Data: f.Content})
		}
	}
	k, err := kb.LoadFiles(kbs...)
	if err != nil {
		return nil, err
	}
	x := extract.New(k)
	for _, f := range files {
		if f.Kind == powermap.ConfigRules {
			if err := x.AddRules(f.Name, f.Content); err != nil {
				return nil, err
			}
		}
	}
	return &extractor{x}, nil
}

// configured returns the extractor of the files store keeps, after taking
// in the files --kb and --rules name. A file the store does not have yet
// is kept (and said so); one that differs from the file in force replaces
// it only if replace (reextract, which names the files to apply), and is
// otherwise refused: a store is extracted with one configuration, and
// changing it is explicit ('powermap config set').
func configured(ctx context.Context, e *env, store powermap.ConfigKeeper, f extraFiles, replace bool) (*extractor, error) {
	given, err := f.read()
	if err != nil {
		return nil, err
	}
	// The files must load before they are kept.
	if len(given) > 0 {
		if _, err := extractorOf(given); err != nil {
			return nil, err
		}
	}
	inForce, err := store.Config(ctx)
	if err != nil {
		return nil, err
	}
	for _, g := range given {
		var old *powermap.ConfigFile
		for i := range inForce {
			if inForce[i].Kind == g.Kind {
				old = &inForce[i]
			}
		}
		switch {
		case old != nil && old.SHA256 == g.SHA256:
			continue // the same file: nothing changes
		case old != nil && !replace:
			return nil, fmt.Errorf("this store's %s is %s (sha256 %s, set %s), and --%s %s differs; to change it run: powermap config set --%s %s (then powermap reextract)",
				kindName(g.Kind), line(old.Name), old.SHA256[:12], old.Set, g.Kind, line(g.Name), g.Kind, line(g.Name))
		case old != nil:
			fmt.Fprintf(e.stdout, "%s changed: %s (sha256 %s) replaces %s (sha256 %s)\n", kindName(g.Kind), line(g.Name), g.SHA256[:12], line(old.Name), old.SHA256[:12])
		default:
			fmt.Fprintf(e.stdout, "%s %s (sha256 %s) is kept with the store and used by later commands\n", kindName(g.Kind), line(g.Name), g.SHA256[:12])
		}
		if err := store.SetConfig(ctx, g); err != nil {
			return nil, err
		}
	}
	if inForce, err = store.Config(ctx); err != nil {
		return nil, err
	}
	return extractorOf(inForce)
}

// kindName names a configuration kind in messages.
func kindName(kind string) string {
	if kind == powermap.ConfigKB {
		return "knowledge base"
	}
	return "event rules"
}

// prepare is an ingest.Options.Prepare hook: it extracts the article's
// facts (a failure fails that article only).
func (x *extractor) prepare(_ context.Context, a *powermap.Article) error {
	f, err := x.x.SafeFacts(a)
	a.Facts = f
	return err
}
