package rules_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cfauthlint/cfauthlint/internal/finding"
	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// fuzzSeeds are every rule sample (positive and negative), expanded with
// fresh fake credentials at test time, so no secret-shaped value is stored in
// the repository, plus a few hand-made edge shapes.
func fuzzSeeds() (texts, paths []string) {
	g := testcred.New(11)
	for _, r := range rules.All() {
		for _, smp := range r.Samples {
			text, _ := g.Expand(smp.Text)
			p := smp.Path
			if p == "" {
				p = "sample.txt"
			}
			texts, paths = append(texts, text), append(paths, p)
		}
	}
	tok, _ := g.Make("cfut")
	texts = append(texts,
		tok,                          // the whole input is a token
		tok[:len(tok)-1],             // cut short
		"x\xff"+tok+"\xc3",           // invalid UTF-8 around it
		strings.Repeat("cfut_", 600), // many anchors, no token
		"X-AUTH-KEY:"+strings.Repeat(" ", 3000)+"http://API.CLOUDFLARE.COM:", // context far away
		"TOKEN = (\n  \""+tok[:20]+"\"\n  \""+tok[20:]+"\" + 'x' \"\")",      // a token split across literals
	)
	pve := "dns: cf\n\tapi cf\n\tdata " + base64.StdEncoding.EncodeToString([]byte("CF_Email=a@b.c\nCF_Key=0123456789abcdef0123456789abcdef01234\nCF_Token="+tok)) + "\n"
	texts = append(texts, pve) // Proxmox's base64 plugin data
	paths = append(paths, "a.txt", "b.go", "c.md", "d.py", "e.sh", "f.py", "priv/acme/plugins.cfg")
	return texts, paths
}

// matchProblem reports what is wrong with the matches of one Scan, or "".
// Descriptions hold rule ids and offsets, never the matched bytes.
func matchProblem(data []byte, ms []rules.Match) string {
	for i, m := range ms {
		where := fmt.Sprintf("match %d (%v@%d-%d, len %d)", i, ruleID(m.Rule), m.Start, m.End, len(data))
		switch {
		case m.Rule == nil:
			return where + ": nil Rule"
		case rules.ByID(m.Rule.ID) != m.Rule:
			return where + ": Rule is not the catalog's"
		case m.Start < 0 || m.Start >= m.End || m.End > len(data):
			return where + ": span out of bounds or empty"
		case m.End-m.Start > rules.MaxMatchLen:
			return where + ": longer than MaxMatchLen"
		case m.Message == "":
			return where + ": empty message"
		case m.Confidence != "high" && m.Confidence != "medium":
			return where + fmt.Sprintf(": confidence %q", m.Confidence)
		}
		if i > 0 {
			p := ms[i-1]
			if p.Start > m.Start || (p.Start == m.Start && p.Rule.ID > m.Rule.ID) {
				return where + ": not sorted by start, then rule"
			}
			if p.Start == m.Start && p.Rule == m.Rule {
				return where + ": duplicate (rule, start)"
			}
		}
		if !m.Rule.Secret {
			continue
		}
		v := data[m.Start:m.End]
		if bytes.Contains([]byte(m.Message), v) {
			return where + ": message contains the matched secret"
		}
		if len(v) >= 16 && strings.Contains(m.Message, string(v[4:])) {
			return where + ": message contains the secret beyond its first 4 bytes"
		}
		red := finding.Redact(v)
		if strings.Contains(red, string(v)) {
			return where + ": redacted form contains the whole value"
		}
		if len(v) > 4 && strings.Contains(red, string(v[:5])) {
			return where + ": redacted form shows more than 4 bytes"
		}
	}
	return ""
}

func ruleID(r *rules.Rule) string {
	if r == nil {
		return "<nil>"
	}
	return r.ID
}

// FuzzScan: Scan never panics or hangs (also with a configured host); spans are in bounds, sorted and unique; rules
// come from the catalog; messages and redacted forms never hold the secret;
// Scan neither modifies its input nor depends on earlier calls.
func FuzzScan(f *testing.F) {
	texts, paths := fuzzSeeds()
	for i := range texts {
		host := ""
		if i%3 == 0 {
			host = "cf-gw.example.com" // a configured extra API host
		}
		f.Add([]byte(texts[i]), paths[i], host, uint16(i*37))
	}
	f.Add([]byte("GET http://gw/x\nX-Auth-Key: k"), "a.http", "gw", uint16(0))
	f.Add([]byte("x"), "a.txt", "x", uint16(0))
	f.Add([]byte("base = \"http://api.cloudflare.com/x\"\n"), "a.sh", "gw,", uint16(0))
	f.Fuzz(func(t *testing.T, data []byte, path, host string, cut uint16) {
		// A chunked scan hands Scan buffers cut anywhere: try a prefix and a
		// suffix of the input too.
		if len(data) > 0 {
			k := int(cut) % len(data)
			for _, part := range [][]byte{data[:k], data[k:]} {
				if p := matchProblem(part, rules.Options{Path: path}.Scan(part)); p != "" {
					t.Fatalf("cut at %d: %s", k, p)
				}
			}
		}
		orig := bytes.Clone(data)
		opt := rules.Options{Path: path}
		if host != "" && len(host) < 100 {
			// Callers pass lowercase hosts (internal/config does). "a,,b"
			// gives an empty one too.
			opt.ExtraHosts = strings.Split(strings.ToLower(host), ",")
		}
		ms := opt.Scan(data)
		if !bytes.Equal(orig, data) {
			t.Fatal("Scan modified its input")
		}
		if p := matchProblem(data, ms); p != "" {
			t.Fatal(p)
		}
		// A second call (reusing pooled buffers) gives the same answer, and
		// so does a copy with a different backing array.
		again := opt.Scan(bytes.Clone(data))
		if len(again) != len(ms) {
			t.Fatalf("second Scan: %d matches, first %d", len(again), len(ms))
		}
		for i := range ms {
			if !reflect.DeepEqual(ms[i], again[i]) {
				t.Fatalf("second Scan differs at %d: %v@%d-%d vs %v@%d-%d", i,
					ruleID(ms[i].Rule), ms[i].Start, ms[i].End, ruleID(again[i].Rule), again[i].Start, again[i].End)
			}
		}
	})
}

// TestFuzzSeedsFindSomething keeps the seed corpus meaningful: the positive
// samples must produce matches, or the fuzzer starts from nothing.
func TestFuzzSeedsFindSomething(t *testing.T) {
	texts, paths := fuzzSeeds()
	n := 0
	for i := range texts {
		ms := rules.Options{Path: paths[i]}.Scan([]byte(texts[i]))
		if p := matchProblem([]byte(texts[i]), ms); p != "" {
			t.Errorf("seed %d (%s): %s", i, paths[i], p)
		}
		if len(ms) > 0 {
			n++
		}
	}
	if n < len(texts)/3 {
		t.Errorf("only %d of %d seeds match anything", n, len(texts))
	}
}

// TestScanTerminates: inputs that once made Scan loop forever. A chunked
// scan ends every window somewhere, so "the last line" is any line.
func TestScanTerminates(t *testing.T) {
	cases := []struct {
		path, text string
		hosts      []string
	}{
		{"x.sh", "curl -k https://api.cloudflare.com/client/v4 \\\n", nil},
		{"x.bat", "curl -k https://api.cloudflare.com/client/v4 ^\n", nil},
		{"x.ps1", "curl -k https://api.cloudflare.com/client/v4 `\n", nil},
		{"x.sh", "curl -k https://api.cloudflare.com/client/v4 \\", nil},
		{"x.sh", "curl -k \\\n  https://api.cloudflare.com/client/v4 \\\n  -H x \\\n", nil},
		{"x.sh", "x = 1\nbase = \"http://api.cloudflare.com/x\"\ncurl -k https://a.b/ \n", []string{""}},
		{"x.env", "CLOUDFLARE_API_TOKEN=" + strings.Repeat("ab1", 14) + "\n", []string{"gw.example", ""}},
	}
	for i, c := range cases {
		done := make(chan []rules.Match, 1)
		go func() { done <- rules.Options{Path: c.path, ExtraHosts: c.hosts}.Scan([]byte(c.text)) }()
		select {
		case ms := <-done:
			if p := matchProblem([]byte(c.text), ms); p != "" {
				t.Errorf("case %d: %s", i, p)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("case %d (%s, hosts %q): Scan did not return", i, c.path, c.hosts)
		}
	}
}
