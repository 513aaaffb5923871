package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// UserAgent is sent with every request powermap makes.
const UserAgent = "powermap/0.1 (news relationship extractor; +https://github.com/powermap/powermap)"

// FetchOptions bound what a Fetcher will do.
type FetchOptions struct {
	Timeout      time.Duration // whole request, body included
	MaxBytes     int64         // largest body read
	MaxRedirects int
	// AllowPrivate permits requests to loopback, private and link-local
	// addresses (for local use and tests). Off by default so that a URL
	// taken from a feed or a user cannot reach into the local network.
	AllowPrivate bool
}

// DefaultFetchOptions are the limits used unless the user sets others.
var DefaultFetchOptions = FetchOptions{Timeout: 30 * time.Second, MaxBytes: 10 << 20, MaxRedirects: 5}

// Fetcher gets pages and feeds over HTTP(S) within its limits.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
}

// ErrBlockedAddress is returned for a URL whose host resolves to an address
// the fetcher may not reach.
var ErrBlockedAddress = errors.New("address not allowed (loopback, private or link-local; use --allow-private to permit)")

// NewFetcher returns a Fetcher with the given limits.
func NewFetcher(opts FetchOptions) *Fetcher {
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	if !opts.AllowPrivate {
		// Checking the address at connect time (not the host name before)
		// also covers redirects and DNS answers that change between lookups.
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || blockedIP(ip) {
				return fmt.Errorf("%s: %w", host, ErrBlockedAddress)
			}
			return nil
		}
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       30 * time.Second,
	}
	client := &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("more than %d redirects", opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s URL refused", req.URL.Scheme)
			}
			return nil
		},
	}
	return &Fetcher{opts: opts, client: client}
}

// blockedIP reports whether ip is anything but a public unicast address:
// loopback, private, link-local, unspecified, multicast, or one of the
// special-purpose ranges in blockedNets. An IPv4 address written as IPv6
// (::ffff:a.b.c.d) is judged as the IPv4 address.
func blockedIP(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() {
		return true
	}
	for _, n := range blockedNets {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// blockedNets are special-purpose ranges (IANA registries) that a fetch
// must not reach either: they are local, shared by a carrier, reserved, or
// lead to IPv4 addresses through a translator or tunnel.
var blockedNets = func() []*net.IPNet {
	var out []*net.IPNet
	for _, s := range []string{
		"0.0.0.0/8",       // "this network"
		"100.64.0.0/10",   // carrier-grade NAT, shared address space
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // documentation
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // documentation
		"203.0.113.0/24",  // documentation
		"240.0.0.0/4",     // reserved, and the broadcast address
		"64:ff9b::/96",    // NAT64: IPv4 addresses, private ones included
		"64:ff9b:1::/48",  // local-use NAT64
		"100::/64",        // discard
		"2001::/23",       // IETF protocol assignments (Teredo among them)
		"2001:db8::/32",   // documentation
		"2002::/16",       // 6to4: IPv4 addresses again
	} {
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}()

// Response is a fetched document.
type Response struct {
	URL         *url.URL // after redirects
	ContentType string
	Body        []byte
}

// Fetch gets rawURL. It fails on schemes other than http and https, on
// status codes other than 2xx, and on bodies larger than MaxBytes.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("only http and https URLs are fetched, not %q", u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL has no host")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by the caller already
		}
		return nil, fmt.Errorf("unreachable: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %s is larger than the %s limit", ErrTooLarge, byteSize(resp.ContentLength), byteSize(f.opts.MaxBytes))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: body is larger than the %s limit", ErrTooLarge, byteSize(f.opts.MaxBytes))
	}
	return &Response{URL: resp.Request.URL, ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// ErrTooLarge is returned for a source over the size limit.
var ErrTooLarge = errors.New("too large")

// byteSize renders n bytes for people: "512 B", "10.0 MB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
