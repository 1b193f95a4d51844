package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math"
)

// Entropy floors, in bits per byte: random hex bodies score close to 4,
// random base64url bodies over 5; words, ids built from a few characters
// and patterns score below.
const (
	minHexEntropy   = 3.0
	minTokenEntropy = 3.5
)

// hasClasses reports whether v mixes digits, lower and upper case letters, as
// a random 40-character token does with overwhelming probability.
func hasClasses(v []byte) bool {
	var digit, lower, upper bool
	for _, c := range v {
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return digit && lower && upper
}

func hasDigitAndLetter(v []byte) bool {
	var digit, letter bool
	for _, c := range v {
		if '0' <= c && c <= '9' {
			digit = true
		} else {
			letter = true
		}
	}
	return digit && letter
}

// IsPlaceholder reports documented dummies and obviously fake values: runs of
// one character, short repeating patterns (0123456789abcdef…), and words.
func IsPlaceholder(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	// The repetition test looks at a credential's length at most: a
	// detector may hand a whole clamped line as a value, on every anchor
	// of the line.
	head := v[:min(len(v), maxPeriodLen)]
	if period(head) <= len(head)/2 || documentedDummy(v) {
		return true
	}
	// <token>, [your key], {API_KEY}: a slot to fill in; … and ... elide a value.
	if n := len(v); n >= 2 && ((v[0] == '<' && v[n-1] == '>') || (v[0] == '[' && v[n-1] == ']')) {
		return true
	}
	if bytes.Contains(v, []byte("...")) || bytes.Contains(v, []byte("…")) {
		return true
	}
	var buf [maxPeriodLen]byte
	l := buf[:0]
	if len(v) > len(buf) {
		l = make([]byte, 0, len(v))
	}
	for _, c := range v {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l = append(l, c)
	}
	// A word counts written as words are (test, TEST, Test, YourKeyHere): a
	// random mixed-case value holds "hErE" or "dumMY" by chance (a tunnel
	// secret in about 3,000), a placeholder does not. A short word in a
	// long value as random as a credential is chance even in one case.
	random := len(v) >= randomMinLen && Entropy(v) >= randomEntropy
	for _, w := range placeholderWords {
		if random && len(w) <= shortWordLen {
			continue
		}
		for off := 0; ; {
			i := bytes.Index(l[off:], w)
			if i < 0 {
				break
			}
			i += off
			if wordCase(v[i : i+len(w)]) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// A value of randomMinLen or more bytes with randomEntropy bits per byte
// or more is random enough that placeholder words of shortWordLen letters
// or fewer in it are chance (random base64 of 32 bytes has about 5).
const (
	shortWordLen  = 4
	randomMinLen  = 32
	randomEntropy = 4.6
)

// wordCase reports letters all lower, all upper, or capitalized.
func wordCase(b []byte) bool {
	upper := func(c byte) bool { return 'A' <= c && c <= 'Z' }
	n := 0
	for _, c := range b[1:] {
		if upper(c) {
			n++
		}
	}
	return n == 0 || n == len(b)-1 && upper(b[0])
}

var placeholderWords = func() [][]byte {
	var out [][]byte
	for _, w := range []string{"example", "placeholder", "your", "xxxx", "dummy", "sample", "redacted", "changeme", "insert", "here", "fake", "test", "0000000", "1234567", "abcdef", "todo"} {
		out = append(out, []byte(w))
	}
	return out
}()

// maxPeriodLen bounds the repetition test of IsPlaceholder: longer than
// any credential (Origin CA keys are 176 bytes).
const maxPeriodLen = 256

// documentedDummies are SHA-256 hashes of example credentials printed in
// Cloudflare's documentation (kept as hashes so that nothing credential-shaped
// is committed).
var documentedDummies = map[[32]byte]bool{
	// The `Authorization: Bearer` token of the "Make API calls" page.
	mustHash("2cd1f6f312c5f208e785178e051a2a196303659242616dcbc57dc08983185e7a"): true,
	// The option.WithAPIToken / api_token example of the SDK READMEs.
	mustHash("5d7b5f2a9e44137c4aff6a77d914b1d6e2e16c496cfc5ec93f0be6265167dce0"): true,
	// lego's documented CLOUDFLARE_API_KEY example.
	mustHash("14de0ccc46eac64fdf410e107b31ed50b5010060c8ada0077fe1d70ff7f800e2"): true,
	// acme.sh's documented CF_Key example (dnsapi wiki, dns_cf).
	mustHash("1fb1e9f9e6c124cd3d47e45a5059bda716b2bc2889e8ead91065a35a1de1586f"): true,
	// The Turnstile widget API's example secret.
	mustHash("4f7efcbbdc213010ee7e82036c64cbbac7620128eed371eb6bbe6d4a20a74d17"): true,
	// The Origin CA key (user service key) example of the API reference.
	mustHash("d3129d65d4e0ee3821761e3ebf14de5c0db188a9a239eb2d6bedc891fe7f2493"): true,
	// The CLOUDFLARE_API_TOKEN example of cf-terraforming's README and the
	// Terraform guides that copy it.
	mustHash("070d5d6e8fbd326dc415a20966ec6d71b9a93f5e2557d64f745e42501ef3432d"): true,
	// The Access API's example cf-access-client-secret.
	mustHash("c87b68d5ff9f5c5f8d748b94cf2e948f3f5f3c09ef57c93cba8d630654e154ac"): true,
}

func mustHash(h string) [32]byte {
	var out [32]byte
	if n, err := hex.Decode(out[:], []byte(h)); err != nil || n != 32 {
		panic("rules: bad hash " + h)
	}
	return out
}

func documentedDummy(v []byte) bool {
	return len(v) >= 32 && len(v) <= 200 && documentedDummies[sha256.Sum256(v)]
}

// period returns the smallest p such that v[i] == v[i-p] for all i >= p.
func period(v []byte) int {
	// Prefix function (KMP): period = n - π[n-1].
	n := len(v)
	var stack [maxPeriodLen]int
	pi := stack[:0]
	if n > len(stack) {
		pi = make([]int, n)
	}
	pi = pi[:n]
	for i := 1; i < n; i++ {
		k := pi[i-1]
		for k > 0 && v[i] != v[k] {
			k = pi[k-1]
		}
		if v[i] == v[k] {
			k++
		}
		pi[i] = k
	}
	return n - pi[n-1]
}

// Entropy is the Shannon entropy of v in bits per byte: random credential
// bodies score high, words and repeated patterns low.
func Entropy[T string | []byte](v T) float64 {
	var counts [256]int
	for i := range len(v) {
		counts[v[i]]++
	}
	h := 0.0
	n := float64(len(v))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}
