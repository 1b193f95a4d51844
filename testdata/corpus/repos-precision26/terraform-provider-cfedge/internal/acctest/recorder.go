// Package acctest wires go-vcr into the provider's acceptance tests.
//
// Recordings are stored in internal/provider/testdata/recordings/<TestName>.yaml.
// By default tests replay; set CFEDGE_VCR_MODE=record (and a real
// CLOUDFLARE_API_TOKEN scoped to the fixtures account) to re-record.
package acctest

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/dnaeon/go-vcr.v3/cassette"
	"gopkg.in/dnaeon/go-vcr.v3/recorder"
)

// sensitiveHeaders are removed from every recorded request before the
// cassette is saved. Keep in sync with cloudflare-go's auth options.
var sensitiveHeaders = []string{
	"Authorization",
	"X-Auth-Key",
	"X-Auth-Email",
	"X-Auth-User-Service-Key",
}

// noisyResponseHeaders change on every run and would make diffs unreadable.
var noisyResponseHeaders = []string{
	"Cf-Ray",
	"Date",
	"Set-Cookie",
	"Server-Timing",
	"Report-To",
	"Nel",
}

// DummyToken is what the provider is configured with during replay; the
// matcher below never looks at auth, so any value works.
const DummyToken = "cfedge-replay-dummy-token"

func mode() recorder.Mode {
	switch strings.ToLower(os.Getenv("CFEDGE_VCR_MODE")) {
	case "record":
		return recorder.ModeRecordOnly
	case "passthrough":
		return recorder.ModePassthrough
	default:
		return recorder.ModeReplayOnly
	}
}

// Token returns the real token when recording and the dummy otherwise.
func Token() string {
	if mode() == recorder.ModeRecordOnly {
		return os.Getenv("CLOUDFLARE_API_TOKEN")
	}
	return DummyToken
}

// NewRecorder starts a recorder for t and registers cleanup.
func NewRecorder(t *testing.T) *recorder.Recorder {
	t.Helper()

	r, err := recorder.NewWithOptions(&recorder.Options{
		CassetteName:       filepath.Join("testdata", "recordings", t.Name()),
		Mode:               mode(),
		SkipRequestLatency: true,
		RealTransport:      http.DefaultTransport,
	})
	if err != nil {
		t.Fatalf("go-vcr: %v", err)
	}

	r.AddHook(func(i *cassette.Interaction) error {
		for _, h := range sensitiveHeaders {
			delete(i.Request.Headers, h)
		}
		for _, h := range noisyResponseHeaders {
			delete(i.Response.Headers, h)
		}
		return nil
	}, recorder.AfterCaptureHook)

	r.SetMatcher(func(req *http.Request, rec cassette.Request) bool {
		return req.Method == rec.Method && req.URL.String() == rec.URL
	})

	t.Cleanup(func() {
		if err := r.Stop(); err != nil {
			t.Errorf("go-vcr stop: %v", err)
		}
	})
	return r
}
