// Package read turns sources — files, directories, globs, standard input,
// article URLs and RSS/Atom feeds — into powermap Articles, with their
// headers, bylines, datelines, embedded posts and boilerplate marked.
package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/powermap/powermap"
)

// Item is one result of reading: an article, or the reason a source (or
// one item of a feed) could not be read. Source names it for people.
type Item struct {
	// Origin is the source given to Read; Source names the item within it
	// (the same, but for feed items).
	Origin  string
	Source  string
	Article *powermap.Article
	Err     error
}

// Reader reads sources of any supported kind.
type Reader struct {
	Fetcher  *Fetcher
	MaxBytes int64 // largest file or page accepted
	// MaxText is the longest article text accepted, in bytes, after HTML
	// has been rendered to text (0: no limit). News articles are far
	// shorter than DefaultMaxText; anything longer is a book, a dump or an
	// attack, and extraction time grows with length.
	MaxText int64
	Stdin   io.Reader // what "-" reads
}

// DefaultMaxText is the default limit on an article's text: about 40,000
// words, several times the longest news features.
const DefaultMaxText = 256 << 10

// NewReader returns a Reader with the given fetch limits and the default
// article size limit, reading "-" from os.Stdin.
func NewReader(opts FetchOptions) *Reader {
	return &Reader{Fetcher: NewFetcher(opts), MaxBytes: opts.MaxBytes, MaxText: DefaultMaxText, Stdin: os.Stdin}
}

// articleExts are the file extensions a directory walk picks up.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".xhtml": true, ".xml": true, ".rss": true, ".atom": true}

// IsURL reports whether s is an http(s) URL source.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Expand turns command-line sources into single sources: directories are
// walked (article files only, hidden entries skipped), globs expanded;
// "-" and URLs pass through. Arguments that name nothing come back as
// failed items.
func Expand(args []string) ([]string, []Item) {
	var out []string
	var bad []Item
	for _, arg := range args {
		if arg == "-" || IsURL(arg) {
			out = append(out, arg)
			continue
		}
		if strings.Contains(arg, "://") {
			bad = append(bad, Item{Source: arg, Err: fmt.Errorf("only http and https URLs are supported")})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			if strings.ContainsAny(arg, "*?[") {
				matches, gerr := filepath.Glob(arg)
				if gerr != nil {
					bad = append(bad, Item{Source: arg, Err: fmt.Errorf("bad pattern: %w", gerr)})
				} else if len(matches) == 0 {
					bad = append(bad, Item{Source: arg, Err: fmt.Errorf("pattern matches no file")})
				} else {
					m, b := Expand(matches)
					out, bad = append(out, m...), append(bad, b...)
				}
				continue
			}
			bad = append(bad, Item{Source: arg, Err: pathError(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				bad = append(bad, Item{Source: arg, Err: notRegular(info.Mode())})
				continue
			}
			out = append(out, arg)
			continue
		}
		files, b := walkDir(arg)
		out, bad = append(out, files...), append(bad, b...)
	}
	return out, bad
}

// walkDir lists the article files under dir, which may be a symbolic link
// to a directory (the paths returned are under dir as given). Links inside
// it are followed to files, not to directories, so that a walk always
// ends; entries that are not regular files get one failed item each.
func walkDir(dir string) ([]string, []Item) {
	var files []string
	var bad []Item
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, []Item{{Source: dir, Err: pathError(err)}}
	}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		shown := dir
		if rel, rerr := filepath.Rel(root, p); rerr == nil && rel != "." {
			shown = filepath.Join(dir, rel)
		}
		if err != nil {
			bad = append(bad, Item{Source: shown, Err: pathError(err)})
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !articleExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				bad = append(bad, Item{Source: shown, Err: pathError(err)})
				return nil
			}
			mode = info.Mode()
		}
		if !mode.IsRegular() {
			bad = append(bad, Item{Source: shown, Err: notRegular(mode)})
			return nil
		}
		files = append(files, shown)
		return nil
	})
	if err != nil {
		bad = append(bad, Item{Source: dir, Err: pathError(err)})
	}
	sort.Strings(files)
	return files, bad
}

// notRegular says why a file that is not a regular file is skipped.
func notRegular(mode fs.FileMode) error {
	kind := "special file"
	switch {
	case mode.IsDir():
		kind = "directory"
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	case mode&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("%w: not a regular file (%s); skipped", powermap.ErrInvalid, kind)
}

// pathError strips the path from an fs error, since the caller names it.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads one source and calls emit for each article it yields (a feed
// yields one per item) or for each failure.
func (r *Reader) Read(ctx context.Context, src string, emitItem func(Item)) {
	emit := func(it Item) {
		it.Origin = src
		emitItem(it)
	}
	fail := func(err error) { emit(Item{Source: src, Err: err}) }
	switch {
	case src == "-":
		data, err := io.ReadAll(io.LimitReader(r.Stdin, r.MaxBytes+1))
		if err != nil {
			fail(fmt.Errorf("reading standard input: %w", err))
			return
		}
		if int64(len(data)) > r.MaxBytes {
			fail(fmt.Errorf("%w: standard input is larger than the %s limit (--max-size)", ErrTooLarge, byteSize(r.MaxBytes)))
			return
		}
		r.parse(ctx, src, "", data, nil, emit)
	case IsURL(src):
		resp, err := r.Fetcher.Fetch(ctx, src)
		if err != nil {
			fail(err)
			return
		}
		r.parse(ctx, src, resp.ContentType, resp.Body, resp.URL, emit)
	default:
		data, err := r.readFile(src)
		if err != nil {
			fail(err)
			return
		}
		r.parse(ctx, src, "", data, nil, emit)
	}
}

// ReadData reads a source given by its content rather than its name (a
// file sent through a work queue): src names it as the file did, data is
// what the file held. It yields what Read would for that file, feeds
// included; the size limits apply.
func (r *Reader) ReadData(ctx context.Context, src string, data []byte, emitItem func(Item)) {
	emit := func(it Item) {
		it.Origin = src
		emitItem(it)
	}
	if int64(len(data)) > r.MaxBytes {
		emit(Item{Source: src, Err: fmt.Errorf("%w: file is %s, larger than the %s limit (--max-size)", ErrTooLarge, byteSize(int64(len(data))), byteSize(r.MaxBytes))})
		return
	}
	r.parse(ctx, src, "", data, nil, emit)
}

// ReadFile returns the content of file src as Read would read it: a
// regular file of at most MaxBytes ("-" reads standard input). A work
// queue sends it to a worker, which reads it with ReadData.
func (r *Reader) ReadFile(src string) ([]byte, error) {
	if src != "-" {
		return r.readFile(src)
	}
	data, err := io.ReadAll(io.LimitReader(r.Stdin, r.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	if int64(len(data)) > r.MaxBytes {
		return nil, fmt.Errorf("%w: standard input is larger than the %s limit (--max-size)", ErrTooLarge, byteSize(r.MaxBytes))
	}
	return data, nil
}

// readFile reads a regular file of at most MaxBytes. Anything else — a
// named pipe, a device, a socket — is refused before a byte is read: their
// size says nothing of what they would give. The file is opened without
// blocking (a FIFO would otherwise wait for a writer) and checked again
// once open, and read through a limited reader in case it grows.
func (r *Reader) readFile(src string) ([]byte, error) {
	info, err := os.Stat(src)
	if err != nil {
		return nil, pathError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(info.Mode())
	}
	if info.Size() > r.MaxBytes {
		return nil, fmt.Errorf("%w: file is %s, larger than the %s limit (--max-size)", ErrTooLarge, byteSize(info.Size()), byteSize(r.MaxBytes))
	}
	f, err := openNoBlock(src)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, pathError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(info.Mode())
	}
	data, err := io.ReadAll(io.LimitReader(f, r.MaxBytes+1))
	if err != nil {
		return nil, pathError(err)
	}
	if int64(len(data)) > r.MaxBytes {
		return nil, fmt.Errorf("%w: file is larger than the %s limit (--max-size)", ErrTooLarge, byteSize(r.MaxBytes))
	}
	return data, nil
}

// checkText refuses an article whose text is over MaxText.
func (r *Reader) checkText(a *powermap.Article, err error) (*powermap.Article, error) {
	if err != nil || a == nil || r.MaxText <= 0 || int64(len(a.Text)) <= r.MaxText {
		return a, err
	}
	return nil, fmt.Errorf("%w: article text is %s, longer than the %s limit (--max-article)", ErrTooLarge, byteSize(int64(len(a.Text))), byteSize(r.MaxText))
}

// ReadURL reads the one article at an http(s) URL. Unlike Read, it never
// takes its argument for a file name or standard input, and it refuses a
// feed after the one request that fetched it rather than fetching all its
// items: it is what a server may do for a client.
func (r *Reader) ReadURL(ctx context.Context, rawURL string) (*powermap.Article, error) {
	if !IsURL(rawURL) {
		return nil, fmt.Errorf("%w: only http and https URLs can be read, not %q", powermap.ErrInvalid, rawURL)
	}
	resp, err := r.Fetcher.Fetch(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	switch Detect(rawURL, resp.ContentType, resp.Body) {
	case "feed":
		return nil, fmt.Errorf("%w: the URL is a feed; give its articles' URLs one by one", powermap.ErrInvalid)
	case "html":
		return r.checkText(ParseHTML(rawURL, resp.Body, resp.ContentType, resp.URL))
	}
	a, err := ParseText(rawURL, resp.Body)
	if a != nil {
		a.URL = resp.URL.String()
	}
	return r.checkText(a, err)
}

// ParseBody reads an article given as data (a posted body): HTML if
// contentType or the content says so, plain text otherwise. Feeds are
// refused. The size limits apply.
func (r *Reader) ParseBody(name string, data []byte, contentType string) (*powermap.Article, error) {
	if int64(len(data)) > r.MaxBytes {
		return nil, fmt.Errorf("%w: body is larger than the %s limit", ErrTooLarge, byteSize(r.MaxBytes))
	}
	switch Detect(name, contentType, data) {
	case "feed":
		return nil, fmt.Errorf("%w: a feed is not an article", powermap.ErrInvalid)
	case "html":
		if contentType == "" || !strings.Contains(strings.ToLower(contentType), "html") {
			contentType = "text/html; charset=utf-8"
		}
		return r.checkText(ParseHTML(name, data, contentType, nil))
	}
	return r.checkText(ParseText(name, data))
}

// parse reads data by its detected format.
func (r *Reader) parse(ctx context.Context, src, contentType string, data []byte, pageURL *url.URL, emit func(Item)) {
	var a *powermap.Article
	var err error
	switch Detect(src, contentType, data) {
	case "feed":
		r.readFeed(ctx, src, data, pageURL, emit)
		return
	case "html":
		a, err = ParseHTML(src, data, contentType, pageURL)
	default:
		a, err = ParseText(src, data)
		if a != nil && pageURL != nil {
			a.URL = pageURL.String()
		}
	}
	a, err = r.checkText(a, err)
	emit(Item{Source: src, Article: a, Err: err})
}

// Detect names the format of a source: "feed", "html" or "text", from its
// Content-Type, then its content, then its file extension.
func Detect(name, contentType string, data []byte) string {
	ct := strings.ToLower(contentType)
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	isFeed := bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf"))
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
		return "feed"
	case strings.Contains(ct, "xml") && isFeed:
		return "feed"
	case strings.Contains(ct, "html"):
		return "html"
	case strings.Contains(ct, "text/plain"):
		return "text"
	}
	if bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<rss")) || bytes.HasPrefix(head, []byte("<feed")) {
		if isFeed {
			return "feed"
		}
	}
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) || bytes.HasPrefix(head, []byte("<?xml")) ||
		(bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head")))) {
		return "html"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".rss", ".atom":
		return "feed"
	}
	return "text"
}

// readFeed parses a feed and reads every item: the page its link points to,
// or, for an item without a link, the content the feed carries.
func (r *Reader) readFeed(ctx context.Context, src string, data []byte, feedURL *url.URL, emit func(Item)) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		emit(Item{Source: src, Err: fmt.Errorf("%w: feed does not parse: %v", powermap.ErrInvalid, err)})
		return
	}
	if len(feed.Items) == 0 {
		emit(Item{Source: src, Err: fmt.Errorf("%w: feed has no items", powermap.ErrInvalid)})
		return
	}
	for i, it := range feed.Items {
		if ctx.Err() != nil {
			return
		}
		name := fmt.Sprintf("%s item %d", src, i+1)
		link := strings.TrimSpace(it.Link)
		if link != "" {
			abs, err := resolveURL(feedURL, link)
			if err != nil {
				emit(Item{Source: name, Err: fmt.Errorf("bad item link %q: %w", link, err)})
				continue
			}
			link = abs
			name = fmt.Sprintf("%s item %d (%s)", src, i+1, link)
		}
		var a *powermap.Article
		switch {
		case link != "":
			resp, ferr := r.Fetcher.Fetch(ctx, link)
			if ferr != nil {
				err = ferr
				break
			}
			if Detect(link, resp.ContentType, resp.Body) == "text" {
				a, err = ParseText(link, resp.Body)
			} else {
				a, err = ParseHTML(link, resp.Body, resp.ContentType, resp.URL)
			}
		case strings.TrimSpace(it.Content+it.Description) != "":
			body := first(it.Content, it.Description)
			page := "<html><head><title>" + escapeText(it.Title) + "</title></head><body><article>" + body + "</article></body></html>"
			a, err = ParseHTML(name, []byte(page), "text/html; charset=utf-8", nil)
		default:
			err = fmt.Errorf("%w: feed item has neither a link nor content", powermap.ErrInvalid)
		}
		a, err = r.checkText(a, err)
		if a != nil {
			fillFromFeedItem(a, it, feed)
			if link == "" {
				a.Name = fmt.Sprintf("%s-%d", nameFromSource(src), i+1)
			}
		}
		emit(Item{Source: name, Article: a, Err: err})
	}
}

// fillFromFeedItem completes what the page did not say with what the feed
// said about the item.
func fillFromFeedItem(a *powermap.Article, it *gofeed.Item, feed *gofeed.Feed) {
	if a.Title == "" {
		a.Title = strings.TrimSpace(it.Title)
	}
	if a.Byline == "" && len(it.Authors) > 0 && it.Authors[0] != nil {
		a.Byline = it.Authors[0].Name
	}
	if a.PublishedPrecision == powermap.PrecisionNone && it.PublishedParsed != nil {
		a.Published, a.PublishedPrecision = *it.PublishedParsed, powermap.PrecisionTime
		// Keep the zone the feed wrote, which gofeed normalises away.
		for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339} {
			if t, err := time.Parse(layout, strings.TrimSpace(it.Published)); err == nil {
				a.Published = t
				break
			}
		}
	}
	if a.Outlet == "" || strings.Contains(a.Outlet, ".") && feed.Title != "" {
		a.Outlet = first(feed.Title, a.Outlet)
	}
	if a.URL == "" {
		a.URL = strings.TrimSpace(it.Link)
	}
}

// escapeText escapes s for inclusion in HTML text.
func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
