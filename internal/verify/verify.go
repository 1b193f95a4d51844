// Package verify asks Cloudflare whether found credentials are live. It
// drives `scan --verify`, which is opt-in: nothing here runs, and nothing is
// sent anywhere, unless the user passes that flag.
//
// A finding never holds the raw secret, so the verifier reads it back from
// the finding's source (the file, or the git blob for history and staged
// scans) at the finding's position, and uses it only if its SHA-256 equals
// the finding's ValueHash. Raw values live in memory for the duration of the
// check and are never logged, returned or put in an error.
//
// Endpoints (see shared CLOUDFLARE.md):
//   - API tokens (cfut_, legacy 40-character): GET /client/v4/user/tokens/verify
//     with Authorization: Bearer;
//   - account tokens (cfat_): GET /client/v4/accounts/{id}/tokens/verify, when a
//     32-hex account id is named nearby;
//   - Global API Keys: GET /client/v4/user with X-Auth-Email and X-Auth-Key, when
//     an email address is nearby.
//
// Guards: HTTPS to one host only (api.cloudflare.com unless a base URL is
// given for tests), redirects are never followed, every request has a
// timeout, at most Concurrency requests run at once and they start at least
// Interval apart, and each distinct secret is sent once.
package verify

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/rules"
)

// Outcomes set on Finding.Verification.
const (
	Active   = "active"   // the credential works
	Inactive = "inactive" // a token that exists but is disabled or expired
	Invalid  = "invalid"  // Cloudflare does not accept it
	Unknown  = "unknown"  // could not tell: no account id or email nearby, network error, timeout, 429, 5xx, redirect
)

// DefaultBaseURL is the only API the verifier talks to unless told otherwise.
var DefaultBaseURL = "https://" + rules.APIHosts[0]

// Options configure a Verifier. Zero values mean the defaults.
type Options struct {
	// BaseURL replaces DefaultBaseURL (tests: an httptest TLS server). It
	// must be https:// with a host and no path, query or credentials.
	BaseURL string
	// RootCAs, if set, replaces the system roots (tests only).
	RootCAs     *x509.CertPool
	Timeout     time.Duration // per request; default 10s
	Concurrency int           // requests in flight; default 4
	Interval    time.Duration // minimum gap between request starts; default 250ms
	UserAgent   string
}

// Verifier checks credentials against the Cloudflare API.
type Verifier struct {
	base    *url.URL
	client  *http.Client
	sem     chan struct{}
	limiter *limiter
	ua      string
}

// New returns a Verifier, or an error for a base URL it will not use.
func New(opt Options) (*Verifier, error) {
	raw := opt.BaseURL
	if raw == "" {
		raw = DefaultBaseURL
	}
	base, err := url.Parse(raw)
	if err != nil || base.Scheme != "https" || base.Host == "" || base.User != nil ||
		strings.Trim(base.Path, "/") != "" || base.RawQuery != "" || base.Fragment != "" {
		return nil, fmt.Errorf("verify base URL %q: want https://host[:port] and nothing else", raw)
	}
	base.Path = ""
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.Concurrency <= 0 {
		opt.Concurrency = 4
	}
	if opt.Interval <= 0 {
		opt.Interval = 250 * time.Millisecond
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "cfauthlint-verify"
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: opt.Timeout}).DialContext,
		TLSClientConfig:       &tls.Config{RootCAs: opt.RootCAs, MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout:   opt.Timeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   opt.Concurrency,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &Verifier{
		base: base,
		client: &http.Client{
			Transport: &oneHost{host: base.Host, next: tr},
			Timeout:   opt.Timeout,
			// Never follow a redirect: the secret would go where the API points.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		sem:     make(chan struct{}, opt.Concurrency),
		limiter: &limiter{interval: opt.Interval},
		ua:      opt.UserAgent,
	}, nil
}

// oneHost refuses any request that is not HTTPS to the verifier's host, a
// guard below the URL building in case anything else ever reaches here.
type oneHost struct {
	host string
	next http.RoundTripper
}

func (o *oneHost) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "https" || req.URL.Host != o.host {
		return nil, errors.New("verify: refusing a request to a host other than the Cloudflare API")
	}
	return o.next.RoundTrip(req)
}

// limiter spaces request starts at least interval apart.
type limiter struct {
	mu       sync.Mutex
	next     time.Time
	interval time.Duration
}

func (l *limiter) wait(ctx context.Context) error {
	l.mu.Lock()
	now := time.Now()
	at := l.next
	if at.Before(now) {
		at = now
	}
	l.next = at.Add(l.interval)
	l.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// Kind is the kind of credential, which picks the endpoint.
type Kind int

// Credential kinds.
const (
	UserToken    Kind = iota // cfut_ and legacy API tokens
	AccountToken             // cfat_
	GlobalKey                // cfk_ and legacy Global API Keys
)

// Credential is one secret to check, with what was found around it.
type Credential struct {
	Kind      Kind
	Secret    string
	AccountID string // 32 hex, for account tokens
	Email     string // for Global API Keys
}

// Check asks Cloudflare about one credential.
func (v *Verifier) Check(ctx context.Context, c Credential) string {
	var (
		path string
		hdr  = http.Header{}
	)
	switch c.Kind {
	case UserToken:
		path = "/client/v4/user/tokens/verify"
		hdr.Set("Authorization", "Bearer "+c.Secret)
	case AccountToken:
		if !hex32().MatchString(c.AccountID) {
			return Unknown
		}
		path = "/client/v4/accounts/" + c.AccountID + "/tokens/verify"
		hdr.Set("Authorization", "Bearer "+c.Secret)
	case GlobalKey:
		if c.Email == "" {
			return Unknown
		}
		path = "/client/v4/user"
		hdr.Set("X-Auth-Email", c.Email)
		// cfauthlint:ignore CF201 -- --verify checks whether a found Global API Key is live; only this header pair can tell
		hdr.Set("X-Auth-Key", c.Secret)
	default:
		return Unknown
	}
	select {
	case v.sem <- struct{}{}:
	case <-ctx.Done():
		return Unknown
	}
	defer func() { <-v.sem }()
	if v.limiter.wait(ctx) != nil {
		return Unknown
	}
	u := *v.base
	u.Path = path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Unknown
	}
	req.Header = hdr
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", v.ua)
	resp, err := v.client.Do(req)
	if err != nil {
		return Unknown
	}
	defer resp.Body.Close()
	var body apiResponse
	dec := json.NewDecoder(io.LimitReader(resp.Body, 1<<20))
	decoded := dec.Decode(&body) == nil
	return outcome(c.Kind, resp.StatusCode, decoded, &body)
}

type apiResponse struct {
	Success *bool `json:"success"`
	Result  struct {
		Status string `json:"status"`
	} `json:"result"`
	Errors []struct {
		Code int `json:"code"`
	} `json:"errors"`
}

// outcome maps an API answer to an outcome. Only an explicit answer from
// the API counts: anything else (429, 5xx, redirects, HTML) is unknown.
func outcome(k Kind, status int, decoded bool, b *apiResponse) string {
	if !decoded || b.Success == nil {
		return Unknown
	}
	switch {
	case status == http.StatusOK && *b.Success:
		if k == GlobalKey {
			return Active
		}
		switch strings.ToLower(b.Result.Status) {
		case "active":
			return Active
		case "disabled", "expired":
			return Inactive
		}
		return Unknown
	case (status == http.StatusBadRequest || status == http.StatusUnauthorized || status == http.StatusForbidden) && !*b.Success:
		return Invalid
	}
	return Unknown
}

// Source reads back the content a finding was found in.
type Source interface {
	// Open streams the whole file or blob that f was found in; it is read
	// through, never held whole.
	Open(f *finding.Finding) (io.ReadCloser, error)
}

// verifiable reports the kind of credential a finding's rule and value
// make, if it is one the API can check.
func verifiable(ruleID string, value []byte) (Kind, bool) {
	r := rules.ByID(ruleID)
	if r == nil {
		return 0, false
	}
	switch rules.VerifyKindOf(r, value) {
	case rules.VerifyUserToken:
		return UserToken, true
	case rules.VerifyAccountToken:
		return AccountToken, true
	case rules.VerifyGlobalKey:
		return GlobalKey, true
	}
	return 0, false
}

// Stats counts what a Findings run did.
type Stats struct {
	Secrets  int // distinct secrets checked
	Outcomes map[string]int
	Unread   int // findings whose value could not be read back
}

// Findings checks the distinct secrets of fs (CF101 tokens and CF102 keys),
// each once, and sets Verification on every finding that carries one. An
// active finding's level becomes "error".
func (v *Verifier) Findings(ctx context.Context, fs []finding.Finding, src Source) Stats {
	st := Stats{Outcomes: map[string]int{}}
	type secret struct {
		cred Credential
		idx  []int
	}
	bySecret := map[string]*secret{}
	var order []string
	wins := windowsByFinding(fs, src)
	for i := range fs {
		f := &fs[i]
		w, ok := wins[i]
		if !ok {
			continue
		}
		data, start, end := w.data, w.start, w.end
		if !w.ok || !hashMatches(data[start:end], f.ValueHash) {
			st.Unread++
			f.Verification = Unknown
			continue
		}
		kind, ok := verifiable(f.RuleID, data[start:end])
		if !ok {
			continue
		}
		s := bySecret[f.ValueHash]
		if s == nil {
			s = &secret{cred: Credential{Kind: kind, Secret: string(data[start:end])}}
			bySecret[f.ValueHash] = s
			order = append(order, f.ValueHash)
		}
		near := data[max(0, start-contextBytes):min(len(data), end+contextBytes)]
		off := start - max(0, start-contextBytes)
		if s.cred.Kind == AccountToken && s.cred.AccountID == "" {
			s.cred.AccountID = nearest(accountIDs(near), off)
		}
		if s.cred.Kind == GlobalKey && s.cred.Email == "" {
			s.cred.Email = nearest(emails(near), off)
		}
		s.idx = append(s.idx, i)
	}
	results := make([]string, len(order))
	var wg sync.WaitGroup
	for n, h := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[n] = v.Check(ctx, bySecret[h].cred)
		}()
	}
	wg.Wait()
	for n, h := range order {
		out := results[n]
		st.Secrets++
		st.Outcomes[out]++
		for _, i := range bySecret[h].idx {
			fs[i].Verification = out
			if out == Active {
				fs[i].Level = "error"
			}
		}
		bySecret[h].cred.Secret = ""
	}
	return st
}

// windowsByFinding reads back the windows of the CF101 and CF102 findings
// of fs, one file or blob at a time, keyed by index in fs.
func windowsByFinding(fs []finding.Finding, src Source) map[int]window {
	type fileKey struct{ commit, path string }
	groups := map[fileKey][]int{}
	var order []fileKey
	for i := range fs {
		if fs[i].RuleID != "CF101" && fs[i].RuleID != "CF102" {
			continue
		}
		k := fileKey{fs[i].Commit, fs[i].Path}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	out := make(map[int]window)
	for _, k := range order {
		idx := groups[k]
		ptrs := make([]*finding.Finding, len(idx))
		for j, i := range idx {
			ptrs[j] = &fs[i]
		}
		for j, w := range readWindows(src, ptrs) {
			out[idx[j]] = w
		}
	}
	return out
}

// String summarises the stats for a notice.
func (s Stats) String() string {
	var parts []string
	for _, o := range []string{Active, Inactive, Invalid, Unknown} {
		if n := s.Outcomes[o]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, o))
		}
	}
	msg := fmt.Sprintf("--verify checked %d distinct credential(s) with the Cloudflare API", s.Secrets)
	if len(parts) > 0 {
		msg += ": " + strings.Join(parts, ", ")
	}
	if s.Unread > 0 {
		msg += fmt.Sprintf("; %d finding(s) not checked because their value could not be read back (file changed since the scan?)", s.Unread)
	}
	return msg
}

// contextBytes is how far around a secret an account id or email counts as
// nearby, as the rules' context window.
const contextBytes = 1024

func hashMatches(value []byte, want string) bool {
	sum := sha256.Sum256(value)
	return hex.EncodeToString(sum[:]) == want
}

// The patterns are compiled on first use: every run of the binary pays for
// package initialisation, and only --verify needs them (the counted
// repetitions made this package's init the second most costly at startup).
var (
	hex32 = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9a-f]{32}$`) })
	// An account id: 32 hex after an "account…" name or in an /accounts/ path.
	accountRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(?:account[a-z_\-]*["']?\s*[:=]\s*["']?|/accounts/)([0-9a-f]{32})\b`)
	})
	emailRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+`)
	})
)

// located is a candidate found near a secret, at offset at.
type located struct {
	val string
	at  int
}

func accountIDs(b []byte) []located {
	var out []located
	for _, m := range accountRE().FindAllSubmatchIndex(b, -1) {
		out = append(out, located{strings.ToLower(string(b[m[2]:m[3]])), m[2]})
	}
	return out
}

func emails(b []byte) []located {
	var out []located
	for _, m := range emailRE().FindAllIndex(b, -1) {
		out = append(out, located{string(b[m[0]:m[1]]), m[0]})
	}
	return out
}

// nearest returns the candidate closest to off, "" if none.
func nearest(cands []located, off int) string {
	sort.SliceStable(cands, func(i, j int) bool { return abs(cands[i].at-off) < abs(cands[j].at-off) })
	if len(cands) == 0 {
		return ""
	}
	return cands[0].val
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
