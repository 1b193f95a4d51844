package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/testcred"
)

// everyRule is Go source with a finding of every rule the analyzers
// report, beside testdata/vetmod's.
const everyRule = `package main

import (
	"net/http"
	"os"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

const originCAKey = "{{origin}}"

var accessClientSecret = "{{cfast}}"

const tunnelToken = "{{tunnel}}"

var wranglerToken = "{{cfoat}}"

var r2 = map[string]string{"R2_SECRET_ACCESS_KEY": "{{hex64}}"}

const turnstileSecretKey = "{{turnstile}}"

func every(req *http.Request) {
	_, _ = cloudflare.NewWithUserServiceKey(os.Getenv("K"))
	_ = option.WithUserServiceKey(os.Getenv("K"))
	req.Header.Set("X-Auth-User-Service-Key", os.Getenv("K"))
	req.Header.Set("X-Auth-Key", os.Getenv("K"))
	api := &cloudflare.API{}
	api.SetAuthType(cloudflare.AuthUserService)
	_ = cloudflare.API{APIKey: os.Getenv("K")}
	_ = option.WithAPIEmail(os.Getenv("E"))
}

func endpoint() {
	req, _ := http.NewRequest(http.MethodPost, "https://api.cloudflare.com/client/v4/zones/"+os.Getenv("Z")+"/purge_cache", nil)
	req.Header.Set("X-Auth-Key", os.Getenv("K"))
}
`

// TestScanAndVetSameMessages: on a Go module with a finding of every rule
// the analyzers report, every go vet diagnostic is a scan finding on the
// same line with the same rule and the same message.
func TestScanAndVetSameMessages(t *testing.T) {
	goBin, bin := buildBinary(t)
	mod, secrets := writeModule(t, filepath.Join(t.TempDir(), "mod"))
	text, vals := testcred.New(11).Expand(everyRule)
	secrets = append(secrets, vals...)
	must(t, os.WriteFile(filepath.Join(mod, "every.go"), []byte(text), 0o644))
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	run := func(name string, args ...string) string {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = mod, env
		out, err := cmd.Output()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			out = append(out, ee.Stderr...)
		} else if err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if strings.Contains(string(out), s) {
				t.Fatalf("%s output contains a generated secret (redacted: %.4s…)", filepath.Base(name), s)
			}
		}
		return string(out)
	}
	vet := run(goBin, "vet", "-vettool="+bin, ".")
	var rep struct {
		Findings []struct {
			RuleID  string `json:"rule_id"`
			Path    string `json:"path"`
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(run(bin, "scan", "--quiet", "--format", "json", ".")), &rep); err != nil {
		t.Fatal(err)
	}
	scanned := map[string]string{} // "file:line: rule" → message
	for _, f := range rep.Findings {
		scanned[f.Path+":"+itoa(f.Line)+": "+f.RuleID] = f.Message
	}
	rules := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^(?:\./)?(\S+\.go):(\d+):\d+: (CF\d{3}): (.*)$`).FindAllStringSubmatch(vet, -1) {
		k := m[1] + ":" + m[2] + ": " + m[3]
		rules[m[3]] = true
		if got, ok := scanned[k]; !ok {
			t.Errorf("%s: go vet says %q, scan reports nothing", k, m[4])
		} else if got != m[4] {
			t.Errorf("%s: go vet says %q, scan says %q", k, m[4], got)
		}
	}
	// CF201 with the endpoint known says the same words in both.
	if !strings.Contains(vet, "POST /zones/{zone_id}/purge_cache accepts a scoped API token: one with Cache Purge on this zone suffices") {
		t.Errorf("go vet gave no endpoint advice for the purge request; output:\n%s", vet)
	}
	for _, id := range []string{"CF101", "CF102", "CF103", "CF104", "CF105", "CF106", "CF107", "CF108", "CF201", "CF202", "CF301", "CF302"} {
		if !rules[id] {
			t.Errorf("go vet reported no %s; output:\n%s", id, vet)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
