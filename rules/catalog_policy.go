package rules

// policyRules are the Terraform token-policy rules (CF4xx), found by parsing
// HCL (internal/terraform) rather than by Scan. Their samples are Terraform
// files that the HCL checker runs in tests.
var policyRules = []*Rule{TokenNoExpiry, TokenNoIPFilter, TokenBroadScope}

// TokenNoExpiry is CF401: Terraform API token without expiry.
var TokenNoExpiry = &Rule{
	ID:    "CF401",
	Name:  "api-token-no-expiry",
	Title: "Terraform API token without expiry",
	Help: `A ` + "`cloudflare_api_token`" + ` or ` + "`cloudflare_account_token`" + ` resource has no ` + "`expires_on`" + `
(or sets it to ` + "`null`" + `). The token stays valid until someone remembers to delete it, so a leak of
the Terraform state, a CI log or a laptop keeps working forever.

Found by parsing the Terraform file (provider v4 and v5 shapes). An ` + "`expires_on`" + ` computed from
a variable or a function (` + "`timeadd(timestamp(), \"720h\")`" + `) counts as set.

**Fix:** set ` + "`expires_on`" + ` (RFC 3339, e.g. ` + "`\"2027-01-01T00:00:00Z\"`" + `) and rotate the token before it
expires, e.g. with the ` + "`time_rotating`" + ` resource.`,
	Level:            LevelWarning,
	SecuritySeverity: "4.0",
	Precision:        "very-high",
	CWE:              []int{269},
	Tags:             []string{"security", "cloudflare", "terraform", "token-policy"},
	Samples: []Sample{
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  policy {\n    permission_groups = [\"c8fed203ed3043cba015a93ad1616f1f\"]\n    resources = { \"com.cloudflare.api.account.zone.{{hex32}}\" = \"*\" }\n  }\n  condition {\n    request_ip {\n      in = [\"192.0.2.0/24\"]\n    }\n  }\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_account_token\" \"ci\" {\n  account_id = var.account_id\n  name       = \"ci\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"c8fed203ed3043cba015a93ad1616f1f\" }]\n    resources         = jsonencode({ \"com.cloudflare.api.account.zone.{{hex32}}\" = \"*\" })\n  }]\n  expires_on = null\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name       = \"ci\"\n  expires_on = \"2027-01-01T00:00:00Z\"\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name       = \"ci\"\n  expires_on = time_rotating.ci.rotation_rfc3339\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_zone\" \"example\" {\n  name = \"example.com\"\n}", Want: false},
	},
}

// TokenNoIPFilter is CF402: Terraform API token without a client IP filter.
var TokenNoIPFilter = &Rule{
	ID:    "CF402",
	Name:  "api-token-no-ip-filter",
	Title: "Terraform API token without a client IP filter",
	Help: `A ` + "`cloudflare_api_token`" + ` or ` + "`cloudflare_account_token`" + ` resource has no
` + "`condition.request_ip.in`" + ` allow-list (no ` + "`condition`" + `, no ` + "`request_ip`" + `, only ` + "`not_in`" + `, or an
empty list). Without it the token works from any address on the internet.

Both provider shapes are understood: v4 ` + "`condition { request_ip { in = [...] } }`" + ` blocks and v5
` + "`condition = { request_ip = { in = [...] } }`" + `. A list read from a variable counts as set.

**Fix:** add the CIDR ranges of the machines that use the token (CI runners, office egress) to
` + "`condition.request_ip.in`" + `.`,
	Level:            LevelNote,
	SecuritySeverity: "3.5",
	Precision:        "very-high",
	CWE:              []int{269},
	Tags:             []string{"security", "cloudflare", "terraform", "token-policy"},
	Samples: []Sample{
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name       = \"ci\"\n  expires_on = \"2027-01-01T00:00:00Z\"\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  condition = {\n    request_ip = { not_in = [\"198.51.100.0/24\"] }\n  }\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  condition {\n    request_ip {\n      in = []\n    }\n  }\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  condition {\n    request_ip {\n      in = [\"192.0.2.0/24\"]\n    }\n  }\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_account_token\" \"ci\" {\n  name = \"ci\"\n  condition = {\n    request_ip = { in = [\"192.0.2.0/24\", \"2001:db8::/32\"] }\n  }\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"ci\" {\n  name = \"ci\"\n  condition = {\n    request_ip = { in = var.ci_cidrs }\n  }\n}", Want: false},
	},
}

// TokenBroadScope is CF403: Terraform API token allowed on all zones or all accounts.
var TokenBroadScope = &Rule{
	ID:    "CF403",
	Name:  "api-token-broad-scope",
	Title: "Terraform API token allowed on all zones or all accounts",
	Help: `An ` + "`allow`" + ` policy of a ` + "`cloudflare_api_token`" + ` or ` + "`cloudflare_account_token`" + ` covers every
zone (` + "`com.cloudflare.api.account.zone.*`" + `) or every account (` + "`com.cloudflare.api.account.*`" + `), at the top
level of ` + "`resources`" + ` or nested under an account. Every zone added later is covered too, so one
leaked token reaches far more than the job needs.

` + "`resources`" + ` is read as a map (provider v4 and v5.0–5.12), as ` + "`jsonencode({...})`" + ` or as a JSON
string (v5.13+). Keys computed from variables (` + "`\"com.cloudflare.api.account.zone.${var.zone_id}\"`" + `)
and ` + "`deny`" + ` policies are not findings.

**Fix:** list the zones (` + "`com.cloudflare.api.account.zone.<ZONE_ID>`" + `) or the account
(` + "`com.cloudflare.api.account.<ACCOUNT_ID>`" + `) the token needs.`,
	Level:            LevelWarning,
	SecuritySeverity: "6.5",
	Precision:        "very-high",
	CWE:              []int{269},
	Tags:             []string{"security", "cloudflare", "terraform", "token-policy"},
	Samples: []Sample{
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"dns\" {\n  name = \"dns\"\n  policy {\n    permission_groups = [\"4755a26eedb94da69e1066d98aa820be\"]\n    resources = {\n      \"com.cloudflare.api.account.zone.*\" = \"*\"\n    }\n  }\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"all\" {\n  name = \"all\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"4755a26eedb94da69e1066d98aa820be\" }]\n    resources         = { \"com.cloudflare.api.account.*\" = \"*\" }\n  }]\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_account_token\" \"nested\" {\n  name = \"nested\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"4755a26eedb94da69e1066d98aa820be\" }]\n    resources = jsonencode({\n      \"com.cloudflare.api.account.{{hex32}}\" = { \"com.cloudflare.api.account.zone.*\" = \"*\" }\n    })\n  }]\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"json\" {\n  name = \"json\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"4755a26eedb94da69e1066d98aa820be\" }]\n    resources         = \"{\\\"com.cloudflare.api.account.zone.*\\\":\\\"*\\\"}\"\n  }]\n}", Want: true},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"one\" {\n  name = \"one\"\n  policy {\n    permission_groups = [\"4755a26eedb94da69e1066d98aa820be\"]\n    resources = { \"com.cloudflare.api.account.zone.${var.zone_id}\" = \"*\" }\n  }\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"deny\" {\n  name = \"deny\"\n  policy {\n    effect            = \"deny\"\n    permission_groups = [\"4755a26eedb94da69e1066d98aa820be\"]\n    resources = { \"com.cloudflare.api.account.zone.*\" = \"*\" }\n  }\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"dyn\" {\n  name = \"dyn\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"4755a26eedb94da69e1066d98aa820be\" }]\n    resources         = var.token_resources\n  }]\n}", Want: false},
		{Path: "main.tf", Text: "resource \"cloudflare_api_token\" \"one\" {\n  name = \"one\"\n  policies = [{\n    effect            = \"allow\"\n    permission_groups = [{ id = \"4755a26eedb94da69e1066d98aa820be\" }]\n    resources         = jsonencode({ \"com.cloudflare.api.account.zone.{{hex32}}\" = \"*\" })\n  }]\n}", Want: false},
	},
}
