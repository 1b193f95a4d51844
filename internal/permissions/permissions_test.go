package permissions

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/terraform"
)

func find(t *testing.T, paths ...string) *Result {
	t.Helper()
	r, err := Find(paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// calls lists "file:line METHOD template" for each known call.
func calls(r *Result) []string {
	var out []string
	for _, c := range r.Calls {
		out = append(out, filepath.Base(c.Path)+":"+strconv.Itoa(c.Line)+" "+c.Method+" "+c.Template)
	}
	return out
}

func unknown(r *Result) []string {
	var out []string
	for _, c := range r.Unknown {
		out = append(out, filepath.Base(c.Path)+":"+strconv.Itoa(c.Line)+" "+c.Unknown)
	}
	return out
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n/10%10)) + string(rune('0'+n%10)))
}

func check(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

// The hand-written deploy script that uploads a Worker and purges the
// cache needs the cache-purge and Workers-scripts groups, nothing broader;
// a URL built at run time is not guessed.
func TestPurgeAndWorkerScript(t *testing.T) {
	r := find(t, "testdata/script/deploy.sh")
	check(t, "calls", calls(r), []string{
		"deploy.sh:6 PUT /accounts/{account_id}/workers/scripts/{script_name}",
		"deploy.sh:11 POST /zones/{zone_id}/purge_cache",
		"deploy.sh:16 GET /user/tokens/verify",
	})
	check(t, "groups", r.Groups, []string{"Cache Purge", "Workers Scripts Write"})
}

// The same deploy written three ways (base-URL variables, a multi-line
// requests.put, fetch with its options on the lines after, axios.post,
// curl --request): the same two groups, and nothing unknown.
func TestPurgeAndWorkerVariants(t *testing.T) {
	for _, f := range []string{"deploy.sh", "deploy.py", "deploy.mjs"} {
		r := find(t, "testdata/variants/"+f)
		check(t, f, r.Groups, []string{"Cache Purge", "Workers Scripts Write"})
		if len(r.Unknown) != 0 || len(r.Calls) != 2 {
			t.Errorf("%s: calls %v, unknown %v", f, calls(r), unknown(r))
		}
	}
}

func TestScriptMethods(t *testing.T) {
	r := find(t, "testdata/script/client.js", "testdata/script/purge.py")
	check(t, "calls", calls(r), []string{
		"client.js:3 GET /zones/{zone_id}/dns_records",  // fetch without a method
		"client.js:8 POST /zones/{zone_id}/dns_records", // axios.post
		"purge.py:4 POST /zones/{zone_id}/purge_cache",  // concatenated
		"purge.py:6 GET /zones",                         // f-string under a base
	})
	check(t, "groups", r.Groups, []string{"Cache Purge", "DNS Write", "Zone Read"})
}

func TestGoRequests(t *testing.T) {
	r := find(t, "testdata/goclient")
	check(t, "calls", calls(r), []string{
		"client.go:17 POST /zones/{zone_id}/dns_records",                // JoinPath, the function's one method
		"client.go:22 GET /zones",                                       // JoinPath
		"client.go:27 GET /zones/{zone_id}/dns_records/{dns_record_id}", // fmt.Sprintf in NewRequest
		"client.go:30 GET /user/tokens/verify",                          // a constant in http.Get
		"client.go:57 POST /zones/{zone_id}/purge_cache",                // a helper's method and path
	})
	// send's URL is its parameter (the callers are the calls); Dynamic's
	// is built at run time.
	check(t, "unknown", unknown(r), []string{"client.go:44 the URL is built at run time"})
	check(t, "groups", r.Groups, []string{"Cache Purge", "DNS Write", "Zone Read"})
}

func TestSDKCalls(t *testing.T) {
	r := find(t, "testdata/sdk", "testdata/v0")
	check(t, "calls", calls(r), []string{
		"sdk.go:13 POST /zones/{zone_id}/dns_records",
		"sdk.go:14 GET /zones",
		"sdk.go:15 PUT /accounts/{account_id}/workers/scripts/{script_name}",
		"v0.go:10 GET /zones",
		"v0.go:11 POST /zones/{zone_id}/dns_records",
		"v0.go:12 POST /zones/{zone_id}/purge_cache",
	})
	check(t, "unknown", unknown(r), []string{
		"sdk.go:16 the operation is not in the table",
		"v0.go:13 the operation is not in the table",
	})
}

// The real trees the command is judged on, when they are here
// (CFAUTHLINT_TREES, default /work/trees): lego's and external-dns's
// documentation ask for Zone Read and DNS Write.
func TestRealTrees(t *testing.T) {
	root := os.Getenv("CFAUTHLINT_TREES")
	if root == "" {
		root = "/work/trees"
	}
	for _, c := range []struct {
		dir  string
		want []string
	}{
		{"lego/providers/dns/cloudflare", []string{"DNS Write", "Zone Read"}},
		// Custom hostnames (--cloudflare-custom-hostnames) need SSL and
		// Certificates, as external-dns's tutorial says.
		{"external-dns/provider/cloudflare", []string{"DNS Write", "SSL and Certificates Write", "Zone Read"}},
	} {
		dir := filepath.Join(root, c.dir)
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skipping %s: %v", c.dir, err)
			continue
		}
		r := find(t, dir)
		check(t, c.dir, r.Groups, c.want)
		if c.dir == "external-dns/provider/cloudflare" {
			for _, u := range r.Uses() {
				if u.Name == "SSL and Certificates Write" && !reflect.DeepEqual(u.Files, []string{filepath.Join(dir, "cloudflare_custom_hostnames.go")}) {
					t.Errorf("SSL and Certificates Write needed by %v", u.Files)
				}
			}
		}
	}
}

// The Terraform token is what cfauthlint's own CF401–CF403 accept: an
// expiry, an IP filter, one zone and one account.
func TestTerraform(t *testing.T) {
	r := find(t, "testdata/script/deploy.sh")
	var b bytes.Buffer
	if err := Terraform(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`data "cloudflare_api_token_permission_groups_list" "cache_purge" {`,
		`name  = "Cache%20Purge"`,
		`scope = "com.cloudflare.api.account.zone"`,
		`{ id = data.cloudflare_api_token_permission_groups_list.workers_scripts_write.result[0].id },`,
		`"com.cloudflare.api.account.zone.${var.zone_id}" = "*"`,
		`"com.cloudflare.api.account.${var.account_id}" = "*"`,
		`variable "zone_id" {`,
		`expires_on = var.expires_on`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("terraform lacks %s:\n%s", want, out)
		}
	}
	fs, notices := terraform.New(nil).Check("token.tf", b.Bytes())
	if len(fs) != 0 || len(notices) != 0 {
		t.Errorf("cfauthlint's Terraform rules on the generated token: %v %v\n%s", fs, notices, out)
	}
}

func TestJSON(t *testing.T) {
	r := find(t, "testdata/goclient")
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Operations []struct {
			OperationID string   `json:"operation_id"`
			CoveredBy   []string `json:"covered_by"`
			Auth        []string `json:"auth"`
		} `json:"operations"`
		Unknown          []map[string]any `json:"unknown"`
		PermissionGroups []GroupUse       `json:"permission_groups"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Operations) != 5 || got.Operations[0].OperationID != "dns-records-for-a-zone-create-dns-record" ||
		!reflect.DeepEqual(got.Operations[0].CoveredBy, []string{"DNS Write"}) || !reflect.DeepEqual(got.Operations[0].Auth, []string{"api_token", "api_key"}) {
		t.Errorf("operations: %+v", got.Operations)
	}
	if len(got.Unknown) != 1 || len(got.PermissionGroups) != 3 {
		t.Errorf("unknown %v, groups %v", got.Unknown, got.PermissionGroups)
	}
}

// Test files and testdata call fake servers: left out unless asked for.
func TestTestsLeftOut(t *testing.T) {
	dir := t.TempDir()
	src := "package x\n\nimport \"net/http\"\n\nconst base = \"https://api.cloudflare.com/client/v4\"\n\nfunc f() { http.Get(base + \"/zones\") }\n"
	if err := os.WriteFile(filepath.Join(dir, "x_test.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := find(t, dir); len(r.Calls) != 0 {
		t.Errorf("test file read: %v", calls(r))
	}
	r, err := Find([]string{dir}, Options{Tests: true})
	if err != nil || len(r.Calls) != 1 {
		t.Errorf("--tests: %v %v", err, calls(r))
	}
}
