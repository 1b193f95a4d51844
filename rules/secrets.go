package rules

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// secretDetectors find the credentials (CF1xx), in order.
var secretDetectors = []func(*scanState, region){
	detectPrefixed,
	detectWranglerOAuth,
	detectOriginCAKey,
	detectTunnelToken,
	detectTunnelCredentials,
	detectLegacyToken,
	detectLegacyHexSecrets,
	detectTurnstile,
	detectEncodedSecrets,
}

// detectors run, in order, over every region of a buffer.
// (A credential split across string literals is judged once joined:
// detectJoinedLiterals, not a detector of ScanValue's one value.)
var detectors = append(slices.Clone(secretDetectors), detectJoinedLiterals, detectAuthAndTransport, detectGoV0Alias)

// detectAuthAndTransport runs the CF2xx/CF3xx detectors over a region with
// one shared pass that finds all their literals.
func detectAuthAndTransport(s *scanState, r region) {
	h := s.indexNeedles(r)
	detectAuthHeaders(s, r, h)
	detectAuthConfig(s, r, h)
	detectSDKAuth(s, r, h)
	detectPlainHTTP(s, r, h)
	detectInsecureTLS(s, r, h)
}

// SecretPrefixes are the literal prefixes of the credential formats that
// need no context (Formats, Wrangler OAuth tokens, Origin CA keys): text
// holding one followed by its body, even cut short, holds (part of) a
// credential. Callers must not modify the slice.
func SecretPrefixes() []string { return DefaultCatalog.secretPrefixes }

// originCAPrefix starts an Origin CA key (user service key); wranglerPrefix
// a Wrangler OAuth token.
const (
	originCAPrefix = "v1.0-"
	wranglerPrefix = "cfoat_"
)

// tunnelTokenPrefix starts a tunnel token: base64 of `{"a":"`.
const tunnelTokenPrefix = "eyJhIjoi"

// Lengths of the legacy and unprefixed formats.
const (
	legacyTokenLen     = 40  // a legacy API token
	legacyKeyMinLen    = 37  // a legacy Global API Key: 37–45 lowercase hex
	legacyKeyMaxLen    = 45  //
	gitSHALen          = 40  // hex of this length under a key name is a commit more often than a key
	hexSecretLen       = 64  // legacy Access client secrets and R2 secret access keys
	minTunnelSecretLen = 16  // a tunnel token's decoded secret
	minEncodedLen      = 28  // a base64-encoded credential (the shortest: a Turnstile key)
	maxEncodedLen      = 512 // … and the longest looked at
	turnstilePrefix    = "0x4"
	turnstileMaxLen    = 80 // a Turnstile secret key is shorter
	// turnstileSecretMinLen: Turnstile secret keys are about 35 characters
	// (the documented dummy 1x0000000000000000000000000000000AA), site keys
	// about 24 (1x00000000000000000000AA, the API reference's
	// 0x4AAF00AAAABn0R22HWm-YUc); a shorter 0x4 value is a site key, as
	// widget calls such as rotateSecret('<sitekey>') pass.
	turnstileSecretMinLen = 30
)

// TurnstileMinLen is the length of the shortest credential format (a
// Turnstile secret key): a shorter value holds no credential.
const TurnstileMinLen = 23

func detectPrefixed(s *scanState, r region) {
	d := s.data
	for i := range s.cat.Formats {
		f := &s.cat.Formats[i]
		forEach(d[r.start:r.end], f.Prefix, func(i int) {
			start := r.start + i
			end := start + f.Len()
			if end > len(d) || (start > 0 && wordChars[d[start-1]]) || (end < len(d) && wordChars[d[end]]) {
				return
			}
			ok, valid := f.match(d[start:end])
			if !ok {
				return
			}
			conf, note := "medium", ""
			switch {
			case valid:
				conf, note = "high", ", checksum valid"
			case f.Checksum != NoChecksum:
				note = ", checksum does not match"
			}
			s.add(f.Rule, start, end, conf, fmt.Sprintf("%s (%s…%s) is hardcoded; roll it and load it from a secret store", f.What, f.Prefix, note))
		})
	}
}

// forEach calls fn with the offset of every occurrence of lit in b.
func forEach(b []byte, lit string, fn func(i int)) {
	// The anchors' search (Literals, vector on AVX2) instead of bytes.Index,
	// which stops at every 'c' of "cfut_" (bench/NOTES.md). Case is then
	// compared exactly, and occurrences that overlap the one before are
	// skipped.
	next := 0
	for _, i := range literalsFor(lit).Index(b) {
		if i < next || !bytes.HasPrefix(b[i:], []byte(lit)) {
			continue
		}
		fn(i)
		next = i + len(lit)
	}
}

var literalFinders sync.Map // lit → *Literals

func literalsFor(lit string) *Literals {
	if l, ok := literalFinders.Load(lit); ok {
		return l.(*Literals)
	}
	l, _ := literalFinders.LoadOrStore(lit, NewLiterals(lit))
	return l.(*Literals)
}

func detectWranglerOAuth(s *scanState, r region) {
	d := s.data
	rule := WranglerOAuthToken
	forEach(d[r.start:r.end], wranglerPrefix, func(i int) {
		start := r.start + i
		if start > 0 && wordChars[d[start-1]] {
			return
		}
		body := start + len(wranglerPrefix)
		end := body
		for end < len(d) && end-start < MaxMatchLen && (tokenChars[d[end]] || (d[end] == '.' && end+1 < len(d) && tokenChars[d[end+1]])) {
			end++
		}
		if end-body < 20 || IsPlaceholder(d[body:end]) {
			return
		}
		s.add(rule, start, end, "high", "Wrangler OAuth token (cfoat_…) is hardcoded; revoke it with `wrangler logout`")
	})
}

func detectOriginCAKey(s *scanState, r region) {
	d := s.data
	rule := OriginCAKey
	forEach(d[r.start:r.end], originCAPrefix, func(i int) {
		start := r.start + i
		end := start + 5 + 24 + 1 + 146
		if end > len(d) || (start > 0 && alnum[d[start-1]]) || (end < len(d) && alnum[d[end]]) {
			return
		}
		a, b := d[start+5:start+29], d[start+30:end]
		if !lowerHex.all(a) || d[start+29] != '-' || !lowerHex.all(b) || IsPlaceholder(b) || Entropy(b) < minHexEntropy || documentedDummy(d[start:end]) {
			return
		}
		s.add(rule, start, end, "high", "Cloudflare Origin CA key (v1.0-…) is hardcoded; revoke it and use an API token")
	})
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// detectTunnelToken finds base64 JSON {"a":…,"s":…,"t":…} tunnel tokens.
func detectTunnelToken(s *scanState, r region) {
	d := s.data
	rule := TunnelToken
	forEach(d[r.start:r.end], tunnelTokenPrefix, func(i int) {
		start := r.start + i
		// `=` only pads the end of a base64 run: one before the token ends
		// an assignment (TUNNEL_TOKEN=eyJ…, --token=eyJ…), not a run the
		// token continues.
		if start > 0 && b64NoPad[d[start-1]] {
			return
		}
		end := start
		for end < len(d) && end-start < MaxMatchLen && (alnum[d[end]] || d[end] == '+' || d[end] == '/') {
			end++
		}
		for end < len(d) && d[end] == '=' && end-start < MaxMatchLen {
			end++
		}
		if end < len(d) && tokenChars[d[end]] {
			return
		}
		if !tunnelToken(d[start:end]) {
			return
		}
		s.add(rule, start, end, "high", "Cloudflare Tunnel token is hardcoded; rotate the tunnel secret and pass the token via TUNNEL_TOKEN from a secret store")
	})
}

// tunnelToken reports whether b is a tunnel token: base64 JSON with an
// account tag (32 hex), a tunnel id (UUID) and a non-trivial secret.
func tunnelToken(b []byte) bool {
	raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(string(b), "="))
	if err != nil {
		return false
	}
	var tok struct {
		A string `json:"a"`
		S string `json:"s"`
		T string `json:"t"`
	}
	if json.Unmarshal(raw, &tok) != nil || len(tok.A) != 32 || !anyHex.all([]byte(tok.A)) || !uuidRE.MatchString(tok.T) {
		return false
	}
	secret, err := base64.StdEncoding.DecodeString(tok.S)
	return err == nil && len(secret) >= minTunnelSecretLen && !IsPlaceholder([]byte(tok.S)) && period(secret) > len(secret)/2
}

// b64Std is the standard base64 alphabet with padding; b64StdBody without.
var (
	b64Std     = classOf("A-Za-z0-9+/=")
	b64StdBody = classOf("A-Za-z0-9+/")
)

// maxB64Pad is the most `=` padding a base64 run ends with.
const maxB64Pad = 2

// b64Runs calls fn for every standard base64 run in the region: body
// characters and up to maxB64Pad `=` at its end, [minLen, maxLen] long
// with its padding. `=` only pads: a run never starts with it, so the
// value of `KEY=<base64>` is a run of its own.
func (s *scanState) b64Runs(r region, minLen, maxLen int, fn func(start, end int)) {
	d := s.data
	s.runs(r, b64StdBody, b64StdBody, b64StdBody, max(1, minLen-maxB64Pad), maxLen, func(start, end int) {
		e := end
		for e < len(d) && d[e] == '=' && e-end < maxB64Pad {
			e++
		}
		if e < len(d) && b64Std[d[e]] || e-start < minLen || e-start > maxLen {
			return
		}
		fn(start, e)
	})
}

// detectEncodedSecrets finds credentials stored base64-encoded, as in the
// data: of a Kubernetes Secret: the decoded value must itself be a
// credential by the rules above (format, or name plus Cloudflare context).
func detectEncodedSecrets(s *scanState, r region) {
	d := s.data
	s.b64Runs(r, minEncodedLen, maxEncodedLen, func(start, end int) {
		v := d[start:end]
		if len(v)%4 != 0 {
			return
		}
		// A YAML or JSON value under a Secret's data (or stringData-less manifests).
		// Or a value whose key says it is base64 (the community cloudflared
		// chart's tunnelSecrets.base64EncodedConfigJsonFile).
		before := bytes.TrimRight(d[s.lineStart(start):start], ` "'`)
		secretData := s.parentHas(start, "data:") || s.parentHas(start, `"data"`)
		if !bytes.HasSuffix(before, []byte(":")) || !(secretData || strings.Contains(s.keyBefore(start), "base64") || s.consulKVValue(start)) {
			return
		}
		raw, err := base64.StdEncoding.DecodeString(string(v))
		if err != nil {
			return
		}
		raw = bytes.TrimRight(raw, "\r\n")
		for _, c := range raw {
			if c < 0x20 && c != '\n' && c != '\t' || c > 0x7e {
				return
			}
		}
		if rule, what := s.classifyDecoded(start, end, raw); rule != nil {
			msg := what + " is committed base64-encoded (a Kubernetes Secret's data is not encrypted); rotate it and use a secret manager or SealedSecrets"
			if !secretData {
				msg = what + " is committed base64-encoded (base64 is not encryption); rotate it and reference an existing Secret instead"
			}
			s.add(rule, start, end, "high", msg)
		}
	})
}

// classifyDecoded names the credential a decoded Secret value holds, judging
// a legacy format by the key it is stored under and the Cloudflare context.
func (s *scanState) classifyDecoded(start, end int, v []byte) (*Rule, string) {
	for i := range s.cat.Formats {
		f := &s.cat.Formats[i]
		if ok, _ := f.match(v); ok {
			return f.Rule, f.What
		}
	}
	switch {
	case len(v) == 176 && bytes.HasPrefix(v, []byte(originCAPrefix)) && lowerHex.all(v[5:29]) && v[29] == '-' && lowerHex.all(v[30:]) && !IsPlaceholder(v[30:]) && !documentedDummy(v):
		return OriginCAKey, "Cloudflare Origin CA key"
	case bytes.HasPrefix(v, []byte(tunnelTokenPrefix)) && tunnelToken(v):
		return TunnelToken, "Cloudflare Tunnel token"
	case bytes.Contains(v, []byte(`"TunnelSecret"`)) && bytes.Contains(v, []byte(`"AccountTag"`)):
		return TunnelToken, "Cloudflare Tunnel credentials file"
	}
	if IsPlaceholder(v) {
		return nil, ""
	}
	key := s.keyBefore(start)
	cf := strings.Contains(key, "cloudflare") || cfNamed(key) || s.cfContext(start, end) && !s.foreignOwner(start)
	switch {
	case len(v) == 40 && tokenChars.all(v) && !anyHex.all(v) && hasClasses(v) && Entropy(v) >= minTokenEntropy && !hasVendorPrefix(v):
		if tokenName(key) && !hasOtherVendor(key) && cf {
			return APIToken, "Cloudflare API token"
		}
	case len(v) >= 37 && len(v) <= 45 && lowerHex.all(v) && hasDigitAndLetter(v):
		if globalKeyName(key) && !hasOtherVendor(key) && cf && !s.foreignQualified(key, start) {
			return GlobalAPIKey, "Cloudflare Global API Key"
		}
	case len(v) == 64 && lowerHex.all(v):
		if accessSecretName(key) && cf {
			return AccessServiceToken, "Cloudflare Access service token secret"
		}
		if strings.Contains(key, "secret") && (strings.Contains(key, "r2") || s.nearInSection(start, end, r2EndpointLines, "r2.cloudflarestorage.com")) {
			return R2SecretAccessKey, "Cloudflare R2 secret access key"
		}
	}
	return nil, ""
}

// helmTunnelSecretRE is the rest of a YAML `secret: <base64>` line (or a
// JSON member's, with its comma: a Pulumi tunnel resource's "secret"; or an
// HCL attribute's, `secret = "…"` in a Terraform tunnel resource).
var helmTunnelSecretRE = regexp.MustCompile(`(?m)\A["']?\s*[:=]\s*["']?([A-Za-z0-9+/]{32,}={0,2})["']?\s*,?\s*(?:#.*)?$`)

// TunnelSecretShape reports whether v looks like a tunnel secret: standard
// base64 of at least 32 bytes that are not a repeated pattern and not a
// placeholder.
func TunnelSecretShape(v []byte) bool {
	b, err := base64.StdEncoding.DecodeString(string(v))
	return err == nil && len(b) >= 32 && !IsPlaceholder(v) && period(b) > len(b)/2
}

// tunnelSecretRE is the rest of a credentials file's "TunnelSecret" member,
// also JSON-escaped (the file stored as a string: a Vault KV export's
// "credentials.json": "{\"AccountTag\":…,\"TunnelSecret\":\"…\"}").
var tunnelSecretRE = regexp.MustCompile(`^\\?"?\s*[:=]\s*\\?"([A-Za-z0-9+/]{32,}={0,2})\\?"`)

// detectTunnelCredentials finds cloudflared credentials files ({"AccountTag",
// "TunnelSecret", "TunnelID"}) and ARGO TUNNEL TOKEN PEM blocks.
func detectTunnelCredentials(s *scanState, r region) {
	d := s.data
	rule := TunnelToken
	// Also the same fields as YAML (a Helm chart's credentials:
	// {accountTag, tunnelID, tunnelSecret}, unquoted).
	forEach(s.lower[r.start:r.end], "tunnelsecret", func(i int) {
		at := r.start + i + len("tunnelsecret")
		m := tunnelSecretRE.FindSubmatchIndex(d[at:min(len(d), at+MaxMatchLen)])
		yaml := false
		if m == nil {
			m, yaml = helmTunnelSecretRE.FindSubmatchIndex(d[at:min(len(d), at+MaxMatchLen)]), true
		}
		if m == nil {
			return
		}
		start, end := at+m[2], at+m[3]
		if !s.near(start, end, contextLines, "accounttag") || !s.near(start, end, contextLines, "tunnelid") || IsPlaceholder(d[start:end]) ||
			(yaml && !TunnelSecretShape(d[start:end])) {
			return
		}
		s.add(rule, start, end, "high", "Cloudflare Tunnel credentials (TunnelSecret) are committed; rotate the tunnel secret and keep the credentials file out of the repository")
	})
	// The cloudflare-tunnel Helm chart's values (cloudflare/helm-charts):
	// `cloudflare: {account, tunnelName, tunnelId, secret}`, where secret
	// is the credentials file's TunnelSecret (also `tunnel: {id,
	// accountTag, secret}` in other charts): a `secret:` key with a tunnel
	// word and an account beside it.
	forEach(d[r.start:r.end], "secret", func(i int) {
		at := r.start + i
		end := at + len("secret")
		if at > 0 && d[at-1] != ' ' && d[at-1] != '\t' && d[at-1] != '"' && d[at-1] != '\'' {
			return
		}
		if lt := bytes.TrimLeft(d[s.lineStart(at):at], " \t\"'"); len(lt) != 0 {
			return // the key opens its line: `  secret: …`
		}
		m := helmTunnelSecretRE.FindSubmatchIndex(d[end:min(len(d), end+MaxMatchLen)])
		if m == nil {
			return
		}
		vs, ve := end+m[2], end+m[3]
		// (The account may be a sibling far above, past an ingress list.)
		account := s.near(vs, ve, contextLines, "account") ||
			s.mappingHas(at, func(key, _ []byte) bool { return bytes.HasPrefix(key, []byte("account")) })
		if !s.near(vs, ve, contextLines, "tunnel") || !account || !TunnelSecretShape(d[vs:ve]) {
			return
		}
		s.add(rule, vs, ve, "high", "Cloudflare Tunnel secret (a tunnel's secret beside its account: the cloudflare-tunnel chart's cloudflare.secret, a tunnel resource's state) is committed; rotate the tunnel secret and keep it in a secret store (the chart: set cloudflare.secretName to an existing Secret)")
	})
	// cloudflare-operator's Secret key for the tunnel secret
	// (CLOUDFLARE_TUNNEL_CREDENTIAL_SECRET: <base64>).
	forEach(s.lower[r.start:r.end], "tunnel_credential_secret", func(i int) {
		end := r.start + i + len("tunnel_credential_secret")
		m := helmTunnelSecretRE.FindSubmatchIndex(d[end:min(len(d), end+MaxMatchLen)])
		if m == nil {
			return
		}
		vs, ve := end+m[2], end+m[3]
		if !TunnelSecretShape(d[vs:ve]) || IsPlaceholder(d[vs:ve]) {
			return
		}
		s.add(rule, vs, ve, "high", "Cloudflare Tunnel secret (cloudflare-operator's CLOUDFLARE_TUNNEL_CREDENTIAL_SECRET) is committed; rotate the tunnel secret and create the Secret from a secret store")
	})
	const begin, finish = "-----BEGIN ARGO TUNNEL TOKEN-----", "-----END ARGO TUNNEL TOKEN-----"
	forEach(d[r.start:r.end], begin, func(i int) {
		start := r.start + i + len(begin)
		j := bytes.Index(d[start:min(len(d), start+MaxMatchLen)], []byte(finish))
		if j < 0 {
			return
		}
		body := bytes.TrimSpace(d[start : start+j])
		if len(body) < 32 || IsPlaceholder(body) {
			return
		}
		conf, ok := argoTokenConfidence(body)
		if !ok {
			return // a block with no token inside (zone and account ids only)
		}
		bs := start + bytes.Index(d[start:start+j], body[:1])
		s.add(rule, bs, bs+len(body), conf, "cloudflared cert.pem with an ARGO TUNNEL TOKEN (API token) is committed; revoke it and remove the file")
	})
}

// argoTokenMin is the shortest credential value an ARGO TUNNEL TOKEN
// block's JSON holds (a legacy API token is 40 characters).
const argoTokenMin = 32

// argoTokenConfidence judges an ARGO TUNNEL TOKEN block's body. cloudflared
// writes base64 JSON ({"zoneID", "accountID", "apiToken"}); a body that
// decodes to JSON with no credential field holds no token (ok false: not a
// finding), one whose credential is shorter than a token is a fixture
// ("medium"). A body that is not base64 JSON (an older cert.pem holding
// the key itself) stays "high".
func argoTokenConfidence(body []byte) (conf string, ok bool) {
	raw, err := base64.StdEncoding.DecodeString(string(bytes.Join(bytes.Fields(body), nil)))
	if err != nil {
		return "high", true
	}
	var fields map[string]any
	if json.Unmarshal(raw, &fields) != nil {
		return "high", true
	}
	longest := -1
	for k, v := range fields {
		switch strings.ToLower(k) {
		case "apitoken", "api_token", "token", "servicekey", "service_key":
			if str, isStr := v.(string); isStr {
				longest = max(longest, len(str))
			}
		}
	}
	switch {
	case longest <= 0:
		return "", false
	case longest < argoTokenMin:
		return "medium", true
	}
	return "high", true
}

// detectLegacyToken finds 40-character legacy API tokens with Cloudflare context.
func detectLegacyToken(s *scanState, r region) {
	d := s.data
	rule := APIToken
	s.runs(r, tokenChars, b64NoPad, b64Run, legacyTokenLen, legacyTokenLen, func(start, end int) {
		v := d[start:end]
		if start > 0 && d[start-1] == '.' {
			return
		}
		if anyHex.all(v) || !hasClasses(v) || Entropy(v) < minTokenEntropy || hasVendorPrefix(v) || IsPlaceholder(v) {
			return
		}
		key := s.keyBefore(start)
		switch {
		case key == "bearer":
			// (A JMeter plan's HeaderManager serves the plan's samplers, whose
			// API URL is often far above.)
			if !s.nearAPIHost(start, end) && !s.cfContext(start, end) &&
				!(strings.HasSuffix(strings.ToLower(s.opt.Path), ".jmx") && s.apiHostInCode(start, end, classBytes)) {
				return
			}
		case key == "cloudflare":
			// Caddy: `dns cloudflare <token>`.
		case key == "password" && s.ddnsCloudflare(start, end):
		case key == "password" && s.connectionHostIsAPI(start):
			// An Airflow/HTTP connection {"conn_type": "http", "host":
			// "https://api.cloudflare.com/…", "password": "<token>"}.
		case tokenName(key):
			if hasOtherVendor(key) || !(strings.Contains(key, "cloudflare") || cfNamed(key) || s.cfContext(start, end) && !s.foreignOwner(start)) {
				return
			}
		default:
			return
		}
		s.add(rule, start, end, "medium", "Cloudflare API token (legacy format) is hardcoded; roll it and load it from a secret store")
	})
}

// hexBoundary: what may not touch a hex credential.
var hexBoundary = classOf("a-zA-Z0-9_+/-")

// detectLegacyHexSecrets finds legacy Global API Keys (37–45 hex), legacy
// Access client secrets and R2 secret access keys (64 hex) by their names.
func detectLegacyHexSecrets(s *scanState, r region) {
	d := s.data
	s.runs(r, lowerHex, hexBoundary, hexBoundary, legacyKeyMinLen, hexSecretLen, func(start, end int) {
		v := d[start:end]
		if (start > 0 && d[start-1] == '.') || !hasDigitAndLetter(v) || IsPlaceholder(v) || Entropy(v) < minHexEntropy {
			return
		}
		key := s.keyBefore(start)
		switch n := len(v); {
		case n <= legacyKeyMaxLen:
			switch {
			case hasOtherVendor(key):
				return
			case key == "password" && s.ddnsCloudflare(start, end):
				// A DDNS client's Cloudflare entry: its service names Cloudflare.
			case globalKeyName(key):
				if key == "xauthkey" && (s.foreignXAuthKey(start, end) || !s.cloudflareWithin(start, end) && s.dnsVendorNear(start, end)) {
					return // Zilore's or OpenStack Swift's X-Auth-Key (also a test's mocked Zilore request: `ZiloreProvider`, no Cloudflare word)
				}
				// (A 37-hex key beside its account email, with "cloudflare"
				// within ContextBytes or an enclosing section named cf_…, an
				// Erlang sys.config's `{cf_purge, [{email, …}, {api_key, …}]}`:
				// a Global API Key by shape and pairing.)
				if key != "xauthkey" && !strings.Contains(key, "cloudflare") && !cfNamed(key) &&
					(s.foreignQualified(key, start) || s.foreignOwner(start) || !s.cfContext(start, end) &&
						!(n == legacyKeyMinLen && s.near(start, end, emailLines, "email") && (s.cloudflareWithin(start, end) || s.parentHas(start, "cf_") || s.parentHas(start, "cf-")))) {
					return
				}
			case n != gitSHALen && tokenName(key) && !hasOtherVendor(key) && (strings.Contains(key, "cloudflare") || cfNamed(key) || s.cfContext(start, end) && !s.foreignOwner(start)):
				// A hex value of Global API Key length under a "token" name
				// (octoDNS, old python-cloudflare configs): API tokens are
				// never hex, and 40 would be a git SHA.
			case n != gitSHALen && s.keyCallBefore(start) && s.cfContext(start, end):
				// `new APIKey('me@example.com', '<key>')`: not a git SHA (40),
				// passed to a key parameter, with Cloudflare context.
			default:
				return
			}
			s.add(GlobalAPIKey, start, end, "medium", "Cloudflare Global API Key (legacy format) is hardcoded; roll it and switch to a scoped API token")
			if key == "key" {
				s.pyCloudflareCfgGlobalKey(start)
			}
			if key == "password" {
				s.xmlDDNSGlobalKey(start)
				s.uciDDNSGlobalKey(start)
				s.edgeOSDDNSGlobalKey(start)
			}
		case n == hexSecretLen:
			if key == "" && s.credentialsCallAround(start) {
				// An S3 SDK's static credentials: `AwsBasicCredentials.create(
				// "<key id>", "<secret>")`, NewStaticCredentialsProvider(…).
				key = "secretaccesskey"
			}
			if !accessSecretName(key) && !strings.Contains(key, "secret") {
				if l := s.proseLabel(start); l != "" {
					key = l // `- Client Secret (new): `…`` in a rotation note, `| Secret Access Key | … |`
				}
			}
			// A row of a table of service tokens (a wiki's HTML table, a CSV
			// without a header the value's column is named by): the client
			// id `<32 hex>.access` on the value's line, a client-secret
			// column or label within a few lines.
			if s.accessClientIDOnLine(start) && (s.near(start, end, contextLines, "client-secret") || s.near(start, end, contextLines, "client_secret") ||
				s.near(start, end, contextLines, "clientsecret") || s.near(start, end, contextLines, "client secret")) {
				key = "cfaccessclientsecret"
			}
			if accessSecretName(key) && (strings.Contains(key, "cfaccess") || strings.Contains(key, "cloudflare") || strings.Contains(key, "tunnelservicetoken") ||
				s.near(start, end, contextLines, ".access") || s.near(start, end, contextLines, "cf_access") || s.near(start, end, contextLines, "cf-access-client") || s.cfContext(start, end)) {
				s.add(AccessServiceToken, start, end, "medium", "Cloudflare Access service token client secret is hardcoded; refresh the service token and inject it at run time")
				return
			}
			// (DuckDB `CREATE SECRET (TYPE R2, KEY_ID '…', SECRET '…')`.)
			// (Fluentd's out_s3 spells it aws_sec_key.)
			r2Secret := (strings.Contains(key, "secret") || strings.HasSuffix(key, "seckey")) && (strings.Contains(key, "r2") || s.nearInSection(start, end, r2EndpointLines, "r2.cloudflarestorage.com") ||
				s.parentHas(start, "r2") || (strings.Contains(key, "secretaccesskey") && s.cfContext(start, end) && !s.otherSectionContext(start, end)) ||
				s.near(start, end, contextLines, "type r2") ||
				// (64 hex under a secret-access-key name is R2's shape, as an AWS
				// secret is 40 base64: the R2 endpoint anywhere in the code
				// around it, a client built far below its constant.)
				(strings.Contains(key, "secretaccesskey") && s.r2EndpointWithin(start, end, classBytes) && !s.otherS3Within(start, end, classBytes)))
			// An S3 connection's password beside its R2 endpoint (Airflow
			// connections: {"conn_type": "aws", "login": <id>, "password": <secret>,
			// "extra": "{\"endpoint_url\": \"https://….r2.cloudflarestorage.com\"}"}),
			// or the secret in a URI's userinfo (`aws://<id>:<secret>@/?endpoint_url=…r2…`).
			r2Secret = r2Secret || (key == "password" && s.nearInSection(start, end, r2EndpointLines, "r2.cloudflarestorage.com")) || s.r2URIUserinfo(start, end)
			// A Logpush destination: `r2://bucket/path?account-id=…&access-key-id=…&secret-access-key=…`.
			r2Secret = r2Secret || (key == "secretaccesskey" && bytes.Contains(s.lower[s.lineStart(start):start], []byte("r2://")))
			// ClickHouse's s3('https://….r2.cloudflarestorage.com/…', '<key id>', '<secret>', …):
			// a bare literal argument just below the R2 URL.
			r2Secret = r2Secret || (key == "" && s.near(start, end, 3, "r2.cloudflarestorage.com") && bareArgument(s.data[s.lineStart(start):s.lineEnd(start)]))
			if r2Secret {
				s.add(R2SecretAccessKey, start, end, "medium", "Cloudflare R2 secret access key is hardcoded; delete the R2 API token and create a new one")
			}
		}
	})
}

// bareArgument reports a line that is one quoted literal and a comma (or
// the call's closing parenthesis): a positional argument.
func bareArgument(line []byte) bool {
	t := bytes.TrimRight(bytes.TrimSpace(line), ",)")
	return len(t) > 2 && isQuote(t[0]) && t[len(t)-1] == t[0] && bytes.IndexByte(t[1:len(t)-1], t[0]) < 0
}

// connectionHostIsAPI reports whether the object holding the value at pos
// has a host (or url) member naming a Cloudflare API host: a connection's
// password is then its API credential.
func (s *scanState) connectionHostIsAPI(pos int) bool {
	for _, k := range []string{"host", "url"} {
		if v, _, ok := s.sibling(pos, k); ok && s.hasAPIHost(bytes.ToLower(v)) {
			return true
		}
	}
	return false
}

// accessClientIDOnLine reports whether the line of pos holds an Access
// service token's client id: 32 hex digits then ".access".
func (s *scanState) accessClientIDOnLine(pos int) bool {
	ls, le := s.lineStart(pos), s.lineEnd(pos)
	line := s.lower[ls:le]
	for off := 0; ; {
		i := bytes.Index(line[off:], []byte(".access"))
		if i < 0 {
			return false
		}
		i += off
		off = i + len(".access")
		if i >= 32 && lowerHex.all(line[i-32:i]) && (i == 32 || !lowerHex[line[i-33]]) && (off == len(line) || !identChar[line[off]]) {
			return true
		}
	}
}

// r2URIUserinfo reports whether the 64-hex run at [start,end) is the
// password of a URI's userinfo (`scheme://<32 hex id>:<secret>@…`) whose
// line names an R2 endpoint.
func (s *scanState) r2URIUserinfo(start, end int) bool {
	d := s.data
	if start < 2+r2KeyIDLen+1 || end >= len(d) || d[start-1] != ':' || d[end] != '@' {
		return false
	}
	id := start - 1 - r2KeyIDLen
	if !lowerHex.all(d[id:start-1]) || d[id-1] != '/' || d[id-2] != '/' {
		return false
	}
	return bytes.Contains(s.lower[s.lineStart(start):s.lineEnd(start)], []byte("r2.cloudflarestorage.com"))
}

// r2KeyIDLen is the length of an R2 access key id (32 hex).
const r2KeyIDLen = 32

// xmlDDNSGlobalKey adds CF201 for a router's Cloudflare dynamic DNS entry
// (OPNsense, pfSense) whose password at pos is the Global API Key: the
// entry's <username> is the account email.
func (s *scanState) xmlDDNSGlobalKey(pos int) {
	a := s.xmlDDNSCloudflare(pos)
	if a < 0 {
		return
	}
	ls := s.lineStart(pos)
	tag := bytes.LastIndex(s.lower[ls:pos], []byte("<password"))
	if tag < 0 {
		return
	}
	w := s.lower[a:min(len(s.lower), pos+ContextBytes)]
	u := bytes.Index(w, []byte("<username>"))
	if u < 0 {
		return
	}
	v := w[u+len("<username>"):]
	if e := bytes.IndexByte(v, '<'); e > 0 && bytes.IndexByte(v[:e], '@') > 0 {
		s.add(GlobalKeyAuth, ls+tag+1, ls+tag+len("<password"), "high", "the router's Cloudflare dynamic DNS entry authenticates with the Global API Key (account email + key); set a scoped API token as the password instead")
	}
}

// edgeOSDDNSGlobalKey adds CF201 for an EdgeOS/VyOS Cloudflare dynamic DNS
// service whose password at pos is the Global API Key: its `login` is the
// account email (a token goes with `login token`).
func (s *scanState) edgeOSDDNSGlobalKey(pos int) {
	a, b, ok := s.edgeOSBlock(pos)
	if !ok || s.blockLine(a, b, "protocol cloudflare") < 0 {
		return
	}
	l := s.blockLine(a, b, "login ")
	if l < 0 || bytes.IndexByte(s.lower[l:s.lineEnd(l)], '@') < 0 {
		return
	}
	ls := s.lineStart(pos)
	if o := bytes.Index(s.lower[ls:pos], []byte("password")); o >= 0 {
		s.add(GlobalKeyAuth, ls+o, ls+o+len("password"), "high", "the router's Cloudflare dynamic DNS service authenticates with the Global API Key (login email + key); set login token and a scoped API token as the password")
	}
}

// pyCloudflareCfgGlobalKey adds CF201 for python-cloudflare's config file
// (~/.cloudflare/cloudflare.cfg) whose `key =` at pos, in its [CloudFlare]
// section, is the Global API Key beside the section's `email =`. (The
// `token` + `email` spelling is an AuthSetting; "key" is too common a word
// to look up in every buffer.)
func (s *scanState) pyCloudflareCfgGlobalKey(pos int) {
	ls := s.lineStart(pos)
	if !bytes.HasPrefix(s.lower[ls:pos], []byte("key")) || !s.parentHas(pos, "[cloudflare]") ||
		!s.mappingHas(pos, func(key, _ []byte) bool { return string(key) == "email" }) {
		return
	}
	s.add(GlobalKeyAuth, ls, ls+len("key"), "high", "python-cloudflare config with key + email authenticates with the Global API Key; drop email and key and set token to a scoped API token")
}

// uciDDNSGlobalKey adds CF201 for an OpenWrt ddns-scripts Cloudflare
// section whose password at pos is the Global API Key: its `option
// username` is the account email (a token goes with username 'Bearer').
func (s *scanState) uciDDNSGlobalKey(pos int) {
	if s.uciDDNSCloudflare(pos) < 0 {
		return
	}
	a, b, _ := s.uciSection(pos)
	for l := a; l < b; l = s.lineEnd(l) + 1 {
		t := bytes.TrimSpace(s.lower[l:s.lineEnd(l)])
		if v, ok := bytes.CutPrefix(t, []byte("option username")); ok && bytes.IndexByte(v, '@') > 0 {
			ls := s.lineStart(pos)
			if o := bytes.Index(s.lower[ls:pos], []byte("password")); o >= 0 {
				s.add(GlobalKeyAuth, ls+o, ls+o+len("password"), "high", "the router's Cloudflare dynamic DNS entry authenticates with the Global API Key (account email + key); set a scoped API token as the password, with username Bearer")
			}
			return
		}
	}
}

// detectTurnstile finds Turnstile secret keys (0x4…) assigned to a secret name.
func detectTurnstile(s *scanState, r region) {
	d := s.data
	rule := TurnstileSecretKey
	forEach(d[r.start:r.end], turnstilePrefix, func(i int) {
		start := r.start + i
		if start > 0 && tokenChars[d[start-1]] {
			return
		}
		end := start + len(turnstilePrefix)
		for end < len(d) && tokenChars[d[end]] && end-start < turnstileMaxLen {
			end++
		}
		if n := end - start; n < turnstileSecretMinLen || n >= turnstileMaxLen || (end < len(d) && tokenChars[d[end]]) {
			return
		}
		key := s.keyBefore(start)
		// (A secret-length value under a turnstile name, `TURNSTILE_FALLBACK`,
		// is the secret too: site keys are shorter.)
		secretName := strings.Contains(key, "secret") || strings.Contains(key, "turnstile")
		if !secretName || strings.Contains(key, "site") || IsPlaceholder(d[start+len(turnstilePrefix):end]) || documentedDummy(d[start:end]) {
			return
		}
		// (or a sibling of its parent: an API client's request
		// {"endpoint": ".../turnstile/v0/siteverify", …, "body": {"body": "secret=…"}}.)
		if !strings.Contains(key, "turnstile") && !s.near(start, end, contextLines, "turnstile") && !s.parentMappingHas(start, nil, "turnstile") {
			return
		}
		s.add(rule, start, end, "medium", "Cloudflare Turnstile secret key is hardcoded; rotate it in the widget settings")
	})
}

// r2EndpointWithin reports an R2 endpoint host within n bytes of the span.
func (s *scanState) r2EndpointWithin(start, end, n int) bool {
	return bytes.Contains(s.lower[max(0, start-n):min(len(s.lower), end+n)], []byte("r2.cloudflarestorage.com"))
}

// otherS3Within reports another S3-compatible service's endpoint within n
// bytes of the span: the secret may be that service's.
func (s *scanState) otherS3Within(start, end, n int) bool {
	w := s.lower[max(0, start-n):min(len(s.lower), end+n)]
	for _, h := range []string{"amazonaws.com", "wasabisys.com", "backblazeb2.com", "digitaloceanspaces.com", "linodeobjects.com", "storage.googleapis.com", "scw.cloud", "minio"} {
		if bytes.Contains(w, []byte(h)) {
			return true
		}
	}
	return false
}

// consulKVValue reports the value of an entry of a Consul KV export
// (`consul kv export`: [{"key": "config/…/api_token", "flags": 0, "value":
// "<base64>"}]), which holds every value base64-encoded.
func (s *scanState) consulKVValue(start int) bool {
	if !bytes.HasSuffix(bytes.TrimRight(s.lower[s.lineStart(start):start], ` "`), []byte(`value":`)) {
		return false
	}
	_, _, flags := s.sibling(start, "flags")
	_, _, key := s.sibling(start, "key")
	return flags && key
}

// credentialsCallAround reports whether the value at pos is an argument of
// a call whose name says it makes credentials (AwsBasicCredentials.create,
// new BasicAWSCredentials, credentials.NewStaticCredentialsProvider,
// Aws::Credentials.new), opened on the value's line or up to two lines
// above.
func (s *scanState) credentialsCallAround(pos int) bool {
	a := s.lineStart(pos)
	for i := 0; i < 2 && a > 0; i++ {
		a = s.lineStart(a - 1)
	}
	w := s.lower[a:pos]
	o := bytes.LastIndexByte(w, '(')
	if o < 0 || bytes.ContainsAny(w[o:], ");") {
		return false
	}
	name := w[:o]
	if k := bytes.LastIndexAny(name, " \t=(,"); k >= 0 {
		name = name[k+1:]
	}
	return bytes.Contains(name, []byte("credentials"))
}
