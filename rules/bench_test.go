package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
	"github.com/cfauthlint/cfauthlint/rules"
)

// goSource is net/http's Go source: ordinary code in which the prefilter
// finds almost no anchor.
func goSource(b *testing.B) []byte {
	files, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", "net", "http", "*.go"))
	var data []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err == nil {
			data = append(data, d...)
		}
	}
	if len(data) == 0 {
		b.Skip("GOROOT/src/net/http not available")
	}
	return data
}

// cloudflareClient is code that talks to the Cloudflare API on most lines,
// with a few credentials: every byte is in a region, so the detectors run
// everywhere.
func cloudflareClient() []byte {
	g := testcred.New(1)
	var buf bytes.Buffer
	for i := 0; buf.Len() < 4<<20; i++ {
		switch i % 5 {
		case 0:
			buf.WriteString("const token = process.env.CLOUDFLARE_API_TOKEN; // read the scoped token\n")
		case 1:
			buf.WriteString("  await fetch(`https://api.cloudflare.com/client/v4/zones/${zone}/dns_records`, { headers: { Authorization: `Bearer ${token}` } });\n")
		case 2:
			buf.WriteString("  zone_settings: cf_zone_settings # applied on deploy\n")
		case 3:
			buf.WriteString("  return records.map((r) => r.name).filter(Boolean);\n")
		default:
			if i%500 == 4 {
				v, _ := g.Expand("CLOUDFLARE_API_TOKEN={{cfut}}\n")
				buf.WriteString(v)
			} else {
				buf.WriteString("  if (!res.ok) throw new Error(`list failed: ${res.status}`);\n")
			}
		}
	}
	return buf.Bytes()
}

func benchScan(b *testing.B, path string, data []byte) {
	o := rules.Options{Path: path}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		o.Scan(data)
	}
}

// BenchmarkScanGoSource is the common case: the prefilter alone.
func BenchmarkScanGoSource(b *testing.B) { benchScan(b, "http.go", goSource(b)) }

// BenchmarkScanCloudflareClient is the worst common case: detectors on
// every region.
func BenchmarkScanCloudflareClient(b *testing.B) { benchScan(b, "client.js", cloudflareClient()) }

// BenchmarkScanMinified is one long line without anchors.
func BenchmarkScanMinified(b *testing.B) {
	line := strings.Repeat(`function a(b,c){var t=b.c||{};return t["zone"]=42,a(t)}const s="Record value limit.";`, 12000)
	benchScan(b, "bundle.js", []byte(line))
}

// BenchmarkScanDenseAnchors is hostile input: about 1 MB in which anchors
// come every few dozen bytes, on one line (every check of a line sees its
// full ContextBytes window) or on short lines (many findings). It bounds the
// per-anchor cost; a real file is far from this.
func BenchmarkScanDenseAnchors(b *testing.B) {
	for _, c := range []struct{ name, path, unit, sep string }{
		{"header-line", "notes.txt", "X-Auth-Key: cloudflare cf_", " "},
		{"header-lines", "notes.txt", "X-Auth-Key: cloudflare cf_", "\n"},
		{"http-line", "notes.txt", "http://api.cloudflare.com/client/v4/", " "},
		{"key-setting-line", "notes.txt", "CLOUDFLARE_API_KEY=0123456789abcdef0123456789abcdef01234", " "},
		// JSON lines whose multi-line strings are decoded and scanned again (embedded.go).
		{"json-strings", "export.jsonl", `{"text": "see X-Auth-Key: cloudflare\n  cf_ line two\n"}`, "\n"},
	} {
		data := []byte(strings.Repeat(c.unit+c.sep, (1<<20)/(len(c.unit)+1)))
		b.Run(c.name, func(b *testing.B) { benchScan(b, c.path, data) })
	}
}
