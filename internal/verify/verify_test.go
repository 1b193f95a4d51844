package verify_test

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/scanner"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/internal/verify"
)

// fakeAPI plays the Cloudflare API endpoints the verifier uses.
type fakeAPI struct {
	mu       sync.Mutex
	tokens   map[string]string // token → status; "" for 5xx, "slow" to time out, "redirect"
	accounts map[string]string // account token → account id
	keys     map[string]string // global key → email
	seen     map[string]int    // credential → requests carrying it
	paths    []string
	inFlight atomic.Int32
	peak     atomic.Int32
}

func newFakeAPI() *fakeAPI {
	return &fakeAPI{tokens: map[string]string{}, accounts: map[string]string{}, keys: map[string]string{}, seen: map[string]int{}}
}

// seenCount is how many requests carried cred. The test reads through
// these under the lock: a handler of a request the client gave up on (a
// timeout) may still be running.
func (a *fakeAPI) seenCount(cred string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.seen[cred]
}

// requestPaths is a copy of the paths requested so far.
func (a *fakeAPI) requestPaths() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.paths...)
}

func (a *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := a.inFlight.Add(1)
	defer a.inFlight.Add(-1)
	for {
		p := a.peak.Load()
		if n <= p || a.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(5 * time.Millisecond) // let concurrent requests overlap
	cred := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if k := r.Header.Get("X-Auth-Key"); k != "" {
		cred = k
	}
	a.mu.Lock()
	a.seen[cred]++
	a.paths = append(a.paths, r.URL.Path)
	a.mu.Unlock()
	reply := func(code int, body any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(body)
	}
	invalid := func(code, errCode int) {
		reply(code, map[string]any{"success": false, "errors": []map[string]any{{"code": errCode, "message": "Invalid API Token"}}, "result": nil})
	}
	tokenReply := func(status string) {
		switch status {
		case "":
			invalid(http.StatusUnauthorized, 1000)
		case "5xx":
			reply(http.StatusBadGateway, map[string]any{"success": false})
		case "slow":
			time.Sleep(2 * time.Second)
			reply(http.StatusOK, map[string]any{"success": true, "result": map[string]any{"status": "active"}})
		case "redirect":
			http.Redirect(w, r, "/elsewhere", http.StatusFound)
		case "ratelimited":
			reply(http.StatusTooManyRequests, map[string]any{"success": false, "errors": []map[string]any{{"code": 971}}})
		default:
			reply(http.StatusOK, map[string]any{"success": true, "errors": []any{}, "result": map[string]any{"id": "x", "status": status}})
		}
	}
	a.mu.Lock()
	status, acct, email := a.tokens[cred], a.accounts[cred], a.keys[cred]
	a.mu.Unlock()
	switch {
	case r.Method != http.MethodGet:
		reply(http.StatusMethodNotAllowed, map[string]any{"success": false})
	case r.URL.Path == "/client/v4/user/tokens/verify":
		if acct != "" { // an account token is not a user token
			status = ""
		}
		tokenReply(status)
	case strings.HasPrefix(r.URL.Path, "/client/v4/accounts/") && strings.HasSuffix(r.URL.Path, "/tokens/verify"):
		id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/client/v4/accounts/"), "/tokens/verify")
		if acct == "" || id != acct {
			status = ""
		}
		tokenReply(status)
	case r.URL.Path == "/client/v4/user":
		if email == "" || r.Header.Get("X-Auth-Email") != email {
			invalid(http.StatusForbidden, 9103)
			return
		}
		reply(http.StatusOK, map[string]any{"success": true, "result": map[string]any{"id": "u", "email": email}})
	default:
		reply(http.StatusNotFound, map[string]any{"success": false})
	}
}

// memSource serves file contents from memory.
type memSource map[string]string

func (m memSource) Open(f *finding.Finding) (io.ReadCloser, error) {
	s, ok := m[f.Path]
	if !ok {
		return nil, errors.New("no such file")
	}
	return io.NopCloser(strings.NewReader(s)), nil
}

// scan runs the real scanner over the in-memory files.
func scan(t *testing.T, files memSource) []finding.Finding {
	t.Helper()
	sc, err := scanner.New(scanner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []finding.Finding
	for p, s := range files {
		fr, _, err := sc.ScanReader(p, strings.NewReader(s), nil)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fr.Findings...)
	}
	return finding.SortDedupe(out)
}

func newVerifier(t *testing.T, srv *httptest.Server, timeout time.Duration) *verify.Verifier {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	v, err := verify.New(verify.Options{BaseURL: srv.URL, RootCAs: pool, Timeout: timeout, Concurrency: 3, Interval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOutcomes(t *testing.T) {
	g := testcred.New(21)
	api := newFakeAPI()
	srv := httptest.NewTLSServer(api)
	defer srv.Close()

	active, disabled, expired, bogus := g.Prefixed("cfut_"), g.Prefixed("cfut_"), g.Prefixed("cfut_"), g.Prefixed("cfut_")
	legacy := g.Legacy40()
	broken, slow, moved, limited := g.Prefixed("cfut_"), g.Prefixed("cfut_"), g.Prefixed("cfut_"), g.Prefixed("cfut_")
	acctTok, acctNoID := g.Prefixed("cfat_"), g.Prefixed("cfat_")
	acct := g.Hex(32)
	key, keyNoEmail, badKey := g.Prefixed("cfk_"), g.Prefixed("cfk_"), g.Hex(37)
	api.tokens = map[string]string{active: "active", disabled: "disabled", expired: "expired", legacy: "active",
		broken: "5xx", slow: "slow", moved: "redirect", limited: "ratelimited", acctTok: "active", acctNoID: "active"}
	api.accounts = map[string]string{acctTok: acct, acctNoID: acct}
	api.keys = map[string]string{key: "ops@example.com", keyNoEmail: "ops@example.com", badKey: "ops@example.com"}

	files := memSource{
		"active.env":      "CLOUDFLARE_API_TOKEN=" + active + "\n",
		"disabled.env":    "CLOUDFLARE_API_TOKEN=" + disabled + "\n",
		"expired.env":     "CLOUDFLARE_API_TOKEN=" + expired + "\n",
		"bogus.env":       "CLOUDFLARE_API_TOKEN=" + bogus + "\n",
		"legacy.env":      "CLOUDFLARE_API_TOKEN=" + legacy + "\n",
		"broken.env":      "CLOUDFLARE_API_TOKEN=" + broken + "\n",
		"slow.env":        "CLOUDFLARE_API_TOKEN=" + slow + "\n",
		"moved.env":       "CLOUDFLARE_API_TOKEN=" + moved + "\n",
		"limited.env":     "CLOUDFLARE_API_TOKEN=" + limited + "\n",
		"acct.env":        "CLOUDFLARE_ACCOUNT_ID=" + acct + "\nCLOUDFLARE_API_TOKEN=" + acctTok + "\n",
		"acct-noid.env":   "ZONE_ID=" + g.Hex(32) + "\nCLOUDFLARE_API_TOKEN=" + acctNoID + "\n",
		"key.ini":         "dns_cloudflare_email = ops@example.com\ndns_cloudflare_api_key = " + key + "\n",
		"key-noemail.env": "CLOUDFLARE_API_KEY=" + keyNoEmail + "\n",
		"badkey.ini":      "dns_cloudflare_email = other@example.com\ndns_cloudflare_api_key = " + badKey + "\n",
	}
	fs := scan(t, files)
	v := newVerifier(t, srv, 500*time.Millisecond)
	st := v.Findings(context.Background(), fs, files)

	want := map[string]string{
		"active.env": verify.Active, "disabled.env": verify.Inactive, "expired.env": verify.Inactive,
		"bogus.env": verify.Invalid, "legacy.env": verify.Active, "broken.env": verify.Unknown,
		"slow.env": verify.Unknown, "moved.env": verify.Unknown, "limited.env": verify.Unknown,
		"acct.env": verify.Active, "acct-noid.env": verify.Unknown,
		"key.ini": verify.Active, "key-noemail.env": verify.Unknown, "badkey.ini": verify.Invalid,
	}
	got := map[string]string{}
	for _, f := range fs {
		if f.RuleID != "CF101" && f.RuleID != "CF102" {
			if f.Verification != "" {
				t.Errorf("%s %s: verification %q on a rule that is not verified", f.Path, f.RuleID, f.Verification)
			}
			continue
		}
		got[f.Path] = f.Verification
		wantLevel := "error" // CF101 and CF102 are errors already; active keeps error
		if f.Level != wantLevel {
			t.Errorf("%s: level %s", f.Path, f.Level)
		}
		if strings.Contains(f.Redacted, "cf") && len(f.Redacted) > 30 {
			t.Errorf("%s: redacted form looks unredacted", f.Path)
		}
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s: verification %q, want %q", p, got[p], w)
		}
	}
	if st.Secrets != len(want) {
		t.Errorf("stats: %d secrets, want %d (%s)", st.Secrets, len(want), st)
	}
	// Redirects are never followed; no request without an account id or an email.
	for _, p := range api.requestPaths() {
		if p == "/elsewhere" {
			t.Error("a redirect was followed")
		}
	}
	if api.seenCount(acctNoID) != 0 || api.seenCount(keyNoEmail) != 0 {
		t.Error("a credential was sent although its account id or email was missing")
	}
	if got := api.seenCount(acctTok); got != 1 {
		t.Errorf("account token sent %d times", got)
	}
	if p := api.peak.Load(); p > 3 {
		t.Errorf("%d requests in flight, want at most 3", p)
	}
	for _, s := range []string{active, acctTok, key} {
		if strings.Contains(st.String(), s) {
			t.Error("stats text holds a secret")
		}
	}
}

func TestEachSecretOnceAndActiveRaisesLevel(t *testing.T) {
	g := testcred.New(22)
	api := newFakeAPI()
	srv := httptest.NewTLSServer(api)
	defer srv.Close()
	tok := g.Legacy40()
	api.tokens[tok] = "active"
	// The same legacy token (a warning-free rule level is tested through
	// config severity: the finding starts as "warning").
	files := memSource{}
	for i := range 5 {
		files[fmt.Sprintf("f%d.env", i)] = "# cloudflare\nCLOUDFLARE_API_TOKEN=" + tok + "\n"
	}
	fs := scan(t, files)
	for i := range fs {
		fs[i].Level = "warning" // as a config severity override would leave it
	}
	newVerifier(t, srv, time.Second).Findings(context.Background(), fs, files)
	if n := api.seenCount(tok); n != 1 {
		t.Errorf("token sent %d times for 5 findings, want 1", n)
	}
	count := 0
	for _, f := range fs {
		if f.RuleID == "CF101" {
			count++
			if f.Verification != verify.Active || f.Level != "error" {
				t.Errorf("%s: %s level %s, want active and error", f.Path, f.Verification, f.Level)
			}
		}
	}
	if count != 5 {
		t.Errorf("%d CF101 findings, want 5", count)
	}
}

func TestChangedFileIsNotSent(t *testing.T) {
	g := testcred.New(23)
	api := newFakeAPI()
	srv := httptest.NewTLSServer(api)
	defer srv.Close()
	tok := g.Prefixed("cfut_")
	files := memSource{"a.env": "CLOUDFLARE_API_TOKEN=" + tok + "\n"}
	fs := scan(t, files)
	// The file changes between scan and verify: the bytes at the position no
	// longer hash to the finding's value, so nothing is sent.
	other := g.Prefixed("cfut_")
	files["a.env"] = "CLOUDFLARE_API_TOKEN=" + other + "\n"
	st := newVerifier(t, srv, time.Second).Findings(context.Background(), fs, files)
	if len(api.requestPaths()) != 0 || st.Unread != 1 {
		t.Errorf("requests %v, unread %d; want none and 1", api.requestPaths(), st.Unread)
	}
	for _, f := range fs {
		if f.RuleID == "CF101" && f.Verification != verify.Unknown {
			t.Errorf("verification %q, want unknown", f.Verification)
		}
	}
}

func TestBaseURLGuards(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:1", "https://", "https://user:pw@example.com", "https://example.com/client/v4",
		"https://example.com?x=1", "ftp://example.com", "://"} {
		if _, err := verify.New(verify.Options{BaseURL: u}); err == nil {
			t.Errorf("New accepted base URL %q", u)
		}
	}
	v, err := verify.New(verify.Options{})
	if err != nil || v == nil {
		t.Fatalf("default base: %v", err)
	}
}

// TestRedirectToAnotherHost: a redirect, even to another host, is returned
// as is (unknown) and the other host sees nothing.
func TestRedirectToAnotherHost(t *testing.T) {
	var other atomic.Int32
	elsewhere := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { other.Add(1) }))
	defer elsewhere.Close()
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.URL+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	pool.AddCert(elsewhere.Certificate())
	v, err := verify.New(verify.Options{BaseURL: srv.URL, RootCAs: pool, Interval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	out := v.Check(context.Background(), verify.Credential{Kind: verify.UserToken, Secret: testcred.New(24).Prefixed("cfut_")})
	if out != verify.Unknown || other.Load() != 0 {
		t.Errorf("outcome %s, other host hit %d times", out, other.Load())
	}
}

func TestRateLimitSpacesRequests(t *testing.T) {
	api := newFakeAPI()
	srv := httptest.NewTLSServer(api)
	defer srv.Close()
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	v, _ := verify.New(verify.Options{BaseURL: srv.URL, RootCAs: pool, Interval: 40 * time.Millisecond, Concurrency: 8})
	g := testcred.New(25)
	start := time.Now()
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() { defer wg.Done(); v.Check(context.Background(), verify.Credential{Secret: g.Prefixed("cfut_")}) }()
	}
	wg.Wait()
	if d := time.Since(start); d < 5*40*time.Millisecond {
		t.Errorf("6 requests took %v, want at least 200ms at one per 40ms", d)
	}
}

func TestCanceledContextSendsNothing(t *testing.T) {
	api := newFakeAPI()
	srv := httptest.NewTLSServer(api)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := newVerifier(t, srv, time.Second).Check(ctx, verify.Credential{Secret: testcred.New(26).Prefixed("cfut_")})
	if out != verify.Unknown || len(api.requestPaths()) != 0 {
		t.Errorf("outcome %s, %d requests", out, len(api.requestPaths()))
	}
}
