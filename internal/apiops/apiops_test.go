package apiops

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	for _, c := range []struct{ method, url, want string }{
		{"GET", "https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records/372e67954025e0ba6aaa6d586b9e0b59", "dns-records-for-a-zone-dns-record-details"},
		{"post", "/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", "dns-records-for-a-zone-create-dns-record"},
		{"GET", "/zones/abc/dns_records?name=x#y", "dns-records-for-a-zone-list-dns-records"},
		{"POST", "https://api.cloudflare.com/client/v4/zones/abc/dns_records/batch", "dns-records-for-a-zone-batch-dns-records"},
		{"GET", "https://api.cloudflare.com/client/v4/zones", "zones-get"},
		{"POST", "/zones/" + Wild + "/purge_cache", "zone-purge"},
		{"PUT", "https://api.staging.cloudflare.com/client/v4/accounts/x/workers/scripts/my-worker", "worker-script-upload-worker-module"},
	} {
		op := Lookup(c.method, c.url)
		if op == nil {
			t.Errorf("Lookup(%s, %s) = nil, want %s", c.method, c.url, c.want)
			continue
		}
		if op.ID != c.want {
			t.Errorf("Lookup(%s, %s) = %s, want %s", c.method, c.url, op.ID, c.want)
		}
	}
	for _, c := range []struct{ method, url string }{
		{"GET", "https://api.cloudflare.com/zones/abc"},    // no /client/v4
		{"GET", "/zones/abc/no_such_thing"},                // no template
		{"GET", "/zones/" + Wild + "/dns_records/batch/x"}, // too deep
		{"PATCH", "/zones"},                                // no such method
		{"GET", "/" + Wild + "/abc"},                       // a wildcard never matches a literal
	} {
		if op := Lookup(c.method, c.url); op != nil {
			t.Errorf("Lookup(%s, %q) = %s, want nil", c.method, c.url, op.ID)
		}
	}
}

// A literal segment that is also a parameter's value falls back to the
// parameter: /zones/{zone_id}/dns_records/export is a literal, but
// /zones/{zone_id}/dns_records/{id} takes any other id.
func TestLiteralBeforeParameter(t *testing.T) {
	tmpl, _ := Template([]string{"zones", "z", "dns_records", "export"})
	if tmpl != "/zones/{zone_id}/dns_records/export" {
		t.Errorf("export: %s", tmpl)
	}
	tmpl, _ = Template([]string{"zones", "z", "dns_records", "0123"})
	if tmpl != "/zones/{zone_id}/dns_records/{dns_record_id}" {
		t.Errorf("id: %s", tmpl)
	}
	tmpl, _ = Template([]string{"zones", "z", "dns_records", Wild})
	if tmpl != "/zones/{zone_id}/dns_records/{dns_record_id}" {
		t.Errorf("wild: %s", tmpl)
	}
}

// Every row is reachable through the trie by its own template.
func TestEveryTemplateMatchesItself(t *testing.T) {
	for i := range operations {
		op := &operations[i]
		var segs []string
		for _, s := range splitPath(op.Path) {
			if strings.HasPrefix(s, "{") {
				s = Wild
			}
			segs = append(segs, s)
		}
		tmpl, ops := Template(segs)
		if tmpl != op.Path || ops[op.Method] != op {
			t.Errorf("%s %s matched %s", op.Method, op.Path, tmpl)
		}
	}
}

func TestGeneratedIsCurrent(t *testing.T) {
	data, err := os.ReadFile("operations.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Count(strings.TrimSpace(string(data)), "\n")
	if rows != len(operations) {
		t.Errorf("operations.tsv has %d rows, operations_gen.go %d: run go generate ./internal/apiops", rows, len(operations))
	}
	gen, err := os.ReadFile("operations_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range SchemaCommits {
		if c != "hand-added" && !strings.Contains(string(gen[:400]), c) {
			t.Errorf("header does not name schema commit %s", c)
		}
	}
}

func ops(t *testing.T, calls ...string) []*Operation {
	t.Helper()
	var out []*Operation
	for _, c := range calls {
		m, p, _ := strings.Cut(c, " ")
		op := Lookup(m, p)
		if op == nil {
			t.Fatalf("no operation for %s", c)
		}
		out = append(out, op)
	}
	return out
}

func TestCover(t *testing.T) {
	for _, c := range []struct {
		calls []string
		want  []string
	}{
		// lego: zones by name, create and delete a TXT record.
		{[]string{"GET /zones", "POST /zones/z/dns_records", "DELETE /zones/z/dns_records/r"}, []string{"DNS Write", "Zone Read"}},
		// Reading alone takes the Read group.
		{[]string{"GET /zones/z/dns_records", "GET /zones/z/dns_records/r"}, []string{"DNS Read"}},
		// A zone's details are readable with many groups: the zone's own.
		{[]string{"GET /zones/z"}, []string{"Zone Read"}},
		{[]string{"GET /zones/z", "POST /zones/z/dns_records"}, []string{"DNS Write"}},
		{[]string{"POST /zones/z/purge_cache", "PUT /accounts/a/workers/scripts/w"}, []string{"Cache Purge", "Workers Scripts Write"}},
		{nil, nil},
	} {
		if got := Cover(ops(t, c.calls...)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Cover(%v) = %v, want %v", c.calls, got, c.want)
		}
	}
}

func TestBySDK(t *testing.T) {
	for _, c := range []struct{ services, method, want string }{
		{"DNS.Records", "New", "POST /zones/{zone_id}/dns_records"},
		{"DNS.Records", "ListAutoPaging", "GET /zones/{zone_id}/dns_records"},
		{"DNS.Records", "Batch", "POST /zones/{zone_id}/dns_records/batch"},
		{"Zones", "List", "GET /zones"},
		{"CustomHostnames", "Delete", "DELETE /zones/{zone_id}/custom_hostnames/{custom_hostname_id}"},
		{"Workers.Scripts", "Update", "PUT /accounts/{account_id}/workers/scripts/{script_name}"},
	} {
		got := BySDK(c.services, c.method)
		if len(got) != 1 || got[0].Method+" "+got[0].Path != c.want {
			var s []string
			for _, op := range got {
				s = append(s, op.Method+" "+op.Path)
			}
			t.Errorf("BySDK(%s, %s) = %v, want %s", c.services, c.method, s, c.want)
		}
	}
}

// cloudflare-go v0's methods name operations of the table, but for the two
// that the copy of the schema lacks (shared data README, "Not found").
func TestGoV0Methods(t *testing.T) {
	missing := map[string]bool{"DeleteWorker": true, "CustomHostnames": true}
	for name, ep := range GoV0Methods {
		if got := ep.Operation() != nil; got == missing[name] {
			t.Errorf("%s (%s %s): in the table %v, want %v", name, ep.Method, ep.Path, got, !missing[name])
		}
	}
}

func TestMethodOf(t *testing.T) {
	for text, want := range map[string]string{
		`curl -X DELETE "https://x"`:            "DELETE",
		`curl --request=patch https://x`:        "PATCH",
		`curl -sS https://x --data-raw '{}'`:    "POST",
		`curl -T file https://x`:                "PUT",
		`curl https://x`:                        "GET",
		`wget --method=PUT https://x`:           "PUT",
		`wget --post-data=a https://x`:          "POST",
		`Invoke-RestMethod -Method Post -Uri x`: "POST",
		"fetch(u, {\n  method: 'PATCH',\n})":    "PATCH",
		`requests.delete(u)`:                    "DELETE",
		`requests.request("PUT", u)`:            "PUT",
		`POST https://api.cloudflare.com/x`:     "POST",
		`url = "https://api.cloudflare.com/x"`:  "",
		`zone = os.environ.get("Z"); u = x`:     "",
	} {
		if got, _ := MethodOf(text); got != want {
			t.Errorf("MethodOf(%q) = %q, want %q", text, got, want)
		}
	}
}
