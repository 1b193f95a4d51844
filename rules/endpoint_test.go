package rules_test

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
	"github.com/cfauthlint/cfauthlint/rules"
)

// CF201 names the permission group when the request shows its endpoint,
// says the Global API Key is still needed where no token can call it (a
// note), and keeps the general message otherwise.
func TestGlobalKeyEndpointMessages(t *testing.T) {
	const general = "request authenticates with the Global API Key (X-Auth-Key); use a scoped API token sent as `Authorization: Bearer`"
	for _, c := range []struct {
		name, path, src, want string
		level                 rules.Level
	}{
		{"curl continuation", "purge.sh",
			"curl -X POST \"https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache\" \\\n  -H \"X-Auth-Email: $E\" \\\n  -H \"X-Auth-Key: $KEY\" --data '{}'\n",
			"POST /zones/{zone_id}/purge_cache accepts a scoped API token: one with Cache Purge on this zone suffices", rules.LevelWarning},
		{"curl default GET, Read group first", "list.sh",
			"curl -H \"X-Auth-Key: $KEY\" -H \"X-Auth-Email: $E\" https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records\n",
			"GET /zones/{zone_id}/dns_records accepts a scoped API token: one with DNS Read or DNS Write on this zone suffices", rules.LevelWarning},
		{"GitHub Actions expression", "deploy.yml",
			"run: |\n  curl -X PUT \"https://api.cloudflare.com/client/v4/accounts/${{ vars.ACCOUNT }}/workers/scripts/${{ vars.NAME }}\" \\\n    -H \"X-Auth-Key: ${{ secrets.KEY }}\"\n",
			"PUT /accounts/{account_id}/workers/scripts/{script_name} accepts a scoped API token: one with Workers Scripts Write on this account suffices", rules.LevelWarning},
		{"Global API Key only", "access.sh",
			"curl -X PATCH https://api.cloudflare.com/client/v4/zones/$Z/access/apps/$APP/settings -H \"X-Auth-Email: $E\" -H \"X-Auth-Key: $KEY\"\n",
			"PATCH /zones/{zone_id}/access/apps/{app_id}/settings accepts only the Global API Key, so no API token can replace it here: keep the key out of code", rules.LevelNote},
		{"fetch options", "purge.js",
			"await fetch(`https://api.cloudflare.com/client/v4/zones/${zone}/purge_cache`, {\n  method: \"POST\",\n  headers: { \"X-Auth-Email\": email, \"X-Auth-Key\": key },\n});\n",
			"POST /zones/{zone_id}/purge_cache accepts a scoped API token", rules.LevelWarning},
		{"Postman item", "c.postman_collection.json",
			"{\"item\": [{\"name\": \"purge\", \"request\": {\n  \"method\": \"POST\",\n  \"header\": [\n    {\"key\": \"X-Auth-Key\", \"value\": \"{{key}}\"}\n  ],\n  \"url\": {\"raw\": \"https://api.cloudflare.com/client/v4/zones/{{zone}}/purge_cache\"}\n}}, {\"name\": \"zones\", \"request\": {\"method\": \"GET\", \"url\": \"https://api.cloudflare.com/client/v4/zones\"}}]}\n",
			"POST /zones/{zone_id}/purge_cache accepts a scoped API token", rules.LevelWarning},
		{"Python headers dict", "purge.py",
			"def purge(zone):\n    headers = {\n        \"X-Auth-Email\": EMAIL,\n        \"X-Auth-Key\": KEY,\n    }\n    return requests.post(f\"{API}/zones/{zone}/purge_cache\", headers=headers)\n\nAPI = \"https://api.cloudflare.com/client/v4\"\n",
			"POST /zones/{zone_id}/purge_cache accepts a scoped API token", rules.LevelWarning},
		{"PowerShell hashtable", "purge.ps1",
			"$cfBase = \"https://api.cloudflare.com/client/v4\"\n$headers = @{\n    'X-Auth-Email' = $env:CF_EMAIL\n    'X-Auth-Key'   = $env:CF_KEY\n}\nInvoke-WebRequest -Uri \"$cfBase/zones/$Zone/purge_cache\" -Method Post -Headers $headers\n",
			"POST /zones/{zone_id}/purge_cache accepts a scoped API token", rules.LevelWarning},
		{"one dict, two endpoints", "two.py",
			"API = \"https://api.cloudflare.com/client/v4\"\nheaders = {\n    \"X-Auth-Key\": KEY,\n}\nrequests.get(f\"{API}/zones\", headers=headers)\nrequests.post(f\"{API}/zones/{z}/purge_cache\", headers=headers)\n",
			general, rules.LevelWarning},
		// The schema's security says GET /user takes only the Global key,
		// yet it names token groups: no claim either way.
		{"disputed", "user.sh", "curl https://api.cloudflare.com/client/v4/user -H \"X-Auth-Email: $E\" -H \"X-Auth-Key: $KEY\"\n", general, rules.LevelWarning},
		{"run-time URL", "x.sh", "curl \"$URL\" -H \"X-Auth-Email: $E\" -H \"X-Auth-Key: $KEY\"\n", general, rules.LevelWarning},
		{"method not told", "x.py", "u = \"https://api.cloudflare.com/client/v4/zones\"; h = {\"X-Auth-Key\": key}\n", general, rules.LevelWarning},
		{"two endpoints", "two.sh", "curl https://api.cloudflare.com/client/v4/zones https://api.cloudflare.com/client/v4/accounts/$A/workers/scripts -H \"X-Auth-Key: $KEY\"\n", general, rules.LevelWarning},
	} {
		var got []rules.Match
		for _, m := range (rules.Options{Path: c.path}).Scan([]byte(c.src)) {
			if m.Rule == rules.GlobalKeyAuth {
				got = append(got, m)
			}
		}
		if len(got) != 1 {
			t.Errorf("%s: %d CF201 findings, want 1", c.name, len(got))
			continue
		}
		if !strings.Contains(got[0].Message, c.want) {
			t.Errorf("%s: message %q\nwant it to hold %q", c.name, got[0].Message, c.want)
		}
		if lv := rules.MessageLevel(rules.GlobalKeyAuth, got[0].Message); lv != c.level {
			t.Errorf("%s: level %s, want %s", c.name, lv, c.level)
		}
	}
}

// Every endpoint message keeps the finding's first words, so that
// whatever reads "request authenticates with the Global API Key" still does.
func TestGlobalKeyEndpointMessageShape(t *testing.T) {
	const what = "request authenticates with the Global API Key (X-Auth-Key)"
	for _, op := range apiops.Operations() {
		op := op
		m := rules.GlobalKeyEndpointMessage(what, &op)
		switch {
		case op.Disputed():
			if m != "" {
				t.Errorf("%s %s: disputed, yet %q", op.Method, op.Path, m)
			}
		case !strings.HasPrefix(m, what+"; "+op.Method+" "+op.Path+" accepts "):
			t.Errorf("%s %s: %q", op.Method, op.Path, m)
		case op.AcceptsToken() && rules.MessageLevel(rules.GlobalKeyAuth, m) != rules.LevelWarning:
			t.Errorf("%s %s: a token endpoint's finding is not a warning", op.Method, op.Path)
		}
	}
}
