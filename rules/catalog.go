package rules

import (
	"slices"
	"strings"
)

// The catalog. A new rule is one entry in one of these lists plus a detector.
// Sample placeholders ({{cfut}}, {{tok40}}, …) are expanded by internal/testcred
// to fake credentials generated at test time; nothing secret-shaped is committed.
var catalog = slices.Concat(textRules, policyRules)

// textRules are found by Scan in any text file.
var textRules = []*Rule{APIToken, GlobalAPIKey, OriginCAKey, AccessServiceToken, TunnelToken, WranglerOAuthToken, R2SecretAccessKey, TurnstileSecretKey, GlobalKeyAuth, UserServiceKeyAuth, InsecureAPIEndpoint, TLSVerificationDisabled}

// APIToken is CF101: hardcoded Cloudflare API token.
var APIToken = &Rule{
	ID:    "CF101",
	Name:  "cloudflare-api-token",
	Title: "Hardcoded Cloudflare API token",
	Help: `A Cloudflare API token is hardcoded. Anyone who can read this file can call the
Cloudflare API with the token's permissions until it is rolled.

Matches user and account tokens in the 2026 format (` + "`cfut_`/`cfat_`" + ` + 40 characters +
an 8-hex CRC-32 checksum) anywhere, and legacy 40-character tokens only with Cloudflare context:
a credential name such as ` + "`CLOUDFLARE_API_TOKEN`" + `, ` + "`CF_API_TOKEN`" + `, ` + "`dns_cloudflare_api_token`" + `,
a ` + "`Bearer`" + ` header next to a Cloudflare API URL, or "cloudflare" on nearby lines.

**Fix:** roll the token in the Cloudflare dashboard (My Profile → API Tokens), then read it
from the environment or a secret store (` + "`${{ secrets.CLOUDFLARE_API_TOKEN }}`" + `, Vault, SOPS).`,
	Level:            LevelError,
	SecuritySeverity: "9.1",
	Precision:        "high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential"},
	Secret:           true,
	Samples: []Sample{
		{Path: "airflow/config/connections.json", Text: "{\"cloudflare_graphql\": {\n    \"conn_type\": \"http\",\n    \"host\": \"https://api.cloudflare.com/client/v4/graphql\",\n    \"password\": \"{{tok40}}\"\n}}", Want: true},
		{Path: "airflow/config/connections.json", Text: "{\"internal_api\": {\n    \"conn_type\": \"http\",\n    \"host\": \"https://api.internal.example\",\n    \"password\": \"{{tok40}}\"\n}}", Want: false},
		{Path: "lego/.env", Text: "CF_DNS_API_TOKEN_FILE=/run/credentials/cf_dns_api_token\nCLOUDFLARE_PROPAGATION_TIMEOUT=180\nGANDIV5_PERSONAL_ACCESS_TOKEN={{tok40}}", Want: false},
		{Path: "octodns/config.yaml", Text: "providers:\n  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    token: env/CLOUDFLARE_TOKEN\n  gandi:\n    class: octodns_gandi.GandiProvider\n    token: {{tok40}}", Want: false},
		{Path: "octodns/config.yaml", Text: "providers:\n  gandi:\n    class: octodns_gandi.GandiProvider\n    token: env/GANDI_TOKEN\n  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    token: {{tok40}}", Want: true},
		{Path: "zabbix/templates/template_cloudflare_api.yaml", Text: "      macros:\n        - macro: '{$CF.API.TOKEN}'\n          value: '{{tok40}}'\n          description: 'Cloudflare API token'", Want: true},
		// A Jenkins job parameter: <name> above its <defaultValue>.
		{Path: "jobs/purge-cdn/config.xml", Text: "<hudson.model.StringParameterDefinition>\n  <name>CF_API_TOKEN</name>\n  <description>Cloudflare API token with Cache Purge</description>\n  <defaultValue>{{tok40}}</defaultValue>\n</hudson.model.StringParameterDefinition>", Want: true},
		{Path: "jobs/purge-cdn/config.xml", Text: "<hudson.model.StringParameterDefinition>\n  <name>BUILD_SALT</name>\n  <description>Cloudflare cache buster</description>\n  <defaultValue>{{tok40}}</defaultValue>\n</hudson.model.StringParameterDefinition>", Want: false},
		{Text: `token = "{{cfut}}"`, Want: true},
		{Text: `{"token": "{{cfat}}"}`, Want: true},
		{Text: `export CLOUDFLARE_API_TOKEN={{tok40}}`, Want: true},
		{Path: ".env", Text: "CF_API_TOKEN='{{tok40}}'", Want: true},
		{Path: "cloudflare.ini", Text: "dns_cloudflare_api_token = {{tok40}}", Want: true},
		{Path: "deploy.sh", Text: "curl https://api.cloudflare.com/client/v4/zones \\\n  -H \"Authorization: Bearer {{tok40}}\"", Want: true},
		{Path: "values.yaml", Text: "cloudflare:\n  enabled: true\n  apiToken: {{tok40}}", Want: true},
		{Path: "main.tf", Text: "provider \"cloudflare\" {\n  api_token = \"{{tok40}}\"\n}", Want: true},
		{Path: "audit.ipynb", Text: `    "import requests\n",` + "\n" + `    "CF_API_TOKEN = \"{{tok40}}\"\n",`, Want: true},
		{Path: "Caddyfile", Text: "tls {\n\tdns cloudflare {{tok40}}\n}", Want: true},
		{Path: "cert.ps1", Text: "$pArgs = @{ CFToken = (ConvertTo-SecureString '{{tok40}}' -AsPlainText -Force) }\nNew-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs", Want: true},
		{Path: "cert.ps1", Text: "$pArgs = @{ CFToken = (ConvertTo-SecureString $env:CF_TOKEN -AsPlainText -Force) }\nNew-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs", Want: false},
		{Path: "docker-compose.yml", Text: "    image: oznu/cloudflare-ddns:latest\n    environment:\n      - API_KEY={{tok40}}", Want: true},
		{Path: "App.config", Text: `<add key="CloudflareApiToken" value="{{tok40}}" />`, Want: true},
		{Path: "main.rs", Text: `const CF_TOKEN: &str = "{{tok40}}";`, Want: true},
		{Path: "cloudflare.rb", Text: `c.api_token = ENV['CLOUDFLARE_API_TOKEN'] || '{{tok40}}'`, Want: true},
		{Path: "ddns.plist", Text: "    <key>CLOUDFLARE_API_TOKEN</key>\n    <string>{{tok40}}</string>", Want: true},
		{Path: "boot.rb", Text: `ENV['CLOUDFLARE_API_TOKEN'] ||= '{{tok40}}'`, Want: true},
		{Path: "variables.tf", Text: "variable \"cloudflare_api_token\" {\n  type    = string\n  default = \"{{tok40}}\"\n}", Want: true},
		{Path: "mail/2023-10-05 certbot.eml", Text: "From: Lena <lena@example.org>\nSubject: Re: certbot config\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n> # Cloudflare API token used by Certbot (Zone:DNS:Edit, meridianfreight.ex=\nample only)\n> dns_cloudflare_api_token =3D {{tok40}}\n", Want: true},
		{Path: "mail/2023-10-05 certbot.eml", Text: "From: Lena <lena@example.org>\nSubject: Re: certbot config\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n> # Cloudflare API token used by Certbot (Zone:DNS:Edit, meridianfreight.ex=\nample only)\n> dns_cloudflare_api_token =3D <redacted, see vault>\n", Want: false},
		{Path: "src/schemas/cloudflare-integration.schema.json", Text: "{\n  \"title\": \"Cloudflare integration\",\n  \"properties\": {\n    \"apiToken\": {\n      \"type\": \"string\",\n      \"writeOnly\": true,\n      \"default\": \"{{tok40}}\"\n    }\n  }\n}", Want: true},
		{Path: "src/schemas/cloudflare-integration.schema.json", Text: "{\n  \"title\": \"Cloudflare integration\",\n  \"properties\": {\n    \"theme\": {\n      \"type\": \"string\",\n      \"default\": \"{{tok40}}\"\n    }\n  }\n}", Want: false},
		{Path: "cfpurge/forms.py", Text: "class CloudflareZoneForm(forms.Form):\n    api_token = forms.CharField(\n        label=_(\"Cloudflare API token\"),\n        initial=\"{{tok40}}\",\n    )", Want: true},
		{Path: "cfpurge/models.py", Text: "class CloudflareZone(models.Model):\n    api_token = models.CharField(\n        max_length=64,\n        default=\"{{tok40}}\",\n    )", Want: true},
		{Path: "cfpurge/forms.py", Text: "class CloudflareZoneForm(forms.Form):\n    notes = forms.CharField(\n        label=_(\"Cloudflare notes\"),\n        initial=\"{{tok40}}\",\n    )", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, \\\nzone=example.org, \\\nlogin=token, \\\npassword={{tok40}} \\\nhome.example.org", Want: true},
		// Negatives: no context, placeholders, reads, hashes, other vendors.
		{Text: `token = "{{tok40}}"`, Want: false},
		{Text: `CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-here-xxxx`, Want: false},
		{Text: `CLOUDFLARE_API_TOKEN=<token>`, Want: false},
		{Text: `CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}`, Want: false},
		{Text: `token := os.Getenv("CLOUDFLARE_API_TOKEN")`, Want: false},
		{Text: `cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx00000000`, Want: false},
		{Text: "# cloudflare deploy\ncommit = \"{{hex40}}\"", Want: false},
		{Text: "# cloudflare\nGITHUB_TOKEN={{ghp}}", Want: false},
		{Text: `CLOUDFLARE_ZONE_ID={{hex32}}`, Want: false},
		{Path: "README.md", Text: "curl https://api.cloudflare.com/client/v4/user/tokens/verify \\\n  -H \"Authorization: Bearer YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T\"", Want: false},
		{Path: ".env", Text: "CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}\nWEBHOOK_SECRET={{tok40}}\nSESSION_SECRET={{tok40}}", Want: false},
		{Path: "ddclient.conf", Text: "protocol=dyndns2\nlogin=someuser\npassword={{tok40}}", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, zone=example.org, login=token\nhome.example.org\n\nprotocol=noip, login=me\npassword={{tok40}}\nme.ddns.net", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare\nlogin=token\n\n# defaults above, one entry per zone below\n\n\n\n\n\nzone=example.net\npassword={{tok40}}\nhome.example.net", Want: true},
		{Path: "ddns.plist", Text: "    <key>Label</key><string>com.cloudflare.ddns</string>\n    <key>BuildID</key>\n    <string>{{tok40}}</string>", Want: false},
		{Path: "variables.tf", Text: "# cloudflare zones\nvariable \"build_id\" {\n  default = \"{{tok40}}\"\n}", Want: false},
		{Path: "secret.yaml", Text: "kind: Secret\nmetadata:\n  name: cloudflare\ndata:\n  token: eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4", Want: false},
		// Bearer auth objects and pairs: HTTPie's raw_auth, Postman's bearer
		// list and environment values.
		{Path: "sessions/api.cloudflare.com/ops.json", Text: "\"auth\": {\n    \"raw_auth\": \"{{tok40}}\",\n    \"type\": \"bearer\"\n}", Want: true},
		{Path: "c.postman_collection.json", Text: "\"auth\": {\n  \"type\": \"bearer\",\n  \"bearer\": [\n    {\n      \"key\": \"token\",\n      \"value\": \"{{tok40}}\"\n    }\n  ]\n},\n\"url\": \"https://api.cloudflare.com/client/v4/zones\"", Want: true},
		{Path: "e.postman_environment.json", Text: "{\n  \"key\": \"CLOUDFLARE_API_TOKEN\",\n  \"value\": \"{{tok40}}\",\n  \"enabled\": true\n}", Want: true},
		{Path: "c.postman_collection.json", Text: "\"bearer\": [\n  {\n    \"key\": \"token\",\n    \"value\": \"{{cf_token}}\"\n  }\n],\n\"url\": \"https://api.cloudflare.com/client/v4/zones\"", Want: false},
		{Path: "sessions/api.github.com/me.json", Text: "\"auth\": {\n    \"raw_auth\": \"{{tok40}}\",\n    \"type\": \"bearer\"\n}", Want: false},
		// inadyn's provider block, Bruno requests and environments, a
		// Worker's .dev.vars.
		{Path: "inadyn.conf", Text: "provider cloudflare.com {\n    username = example.com\n    password = {{tok40}}\n}", Want: true},
		{Path: "inadyn.conf", Text: "provider default@dyndns.org {\n    username = someuser\n    password = {{tok40}}\n}", Want: false},
		{Path: "zones.bru", Text: "get {\n  url: https://api.cloudflare.com/client/v4/zones\n  auth: bearer\n}\n\nauth:bearer {\n  token: {{tok40}}\n}", Want: true},
		{Path: "zones.bru", Text: "get {\n  url: https://api.cloudflare.com/client/v4/zones\n  auth: bearer\n}\n\nauth:bearer {\n  token: {{cfApiToken}}\n}", Want: false},
		{Path: "worker/.dev.vars", Text: "API_TOKEN={{tok40}}", Want: true},
		{Path: "worker/.dev.vars.example", Text: "API_TOKEN=<your Cloudflare API token>", Want: false},
		{Path: "worker/.env", Text: "API_TOKEN={{tok40}}", Want: false},
		// cloudflare-rs credentials (String::from and .to_string() values).
		{Path: "src/main.rs", Text: "let credentials = Credentials::UserAuthToken {\n    token: String::from(\"{{tok40}}\"),\n};", Want: true},
		{Path: "src/main.rs", Text: "let config = Config {\n    token: String::from(\"{{tok40}}\"),\n};", Want: false},
		// Pulumi.yaml project config (a `value:` under the key); a Docker
		// secret file named for what it holds.
		{Path: "Pulumi.yaml", Text: "config:\n  cloudflare:apiToken:\n    value: {{tok40}}", Want: true},
		{Path: "Pulumi.yaml", Text: "config:\n  build:id:\n    value: {{tok40}}", Want: false},
		{Path: "secrets/cloudflare_api_token.txt", Text: "{{tok40}}\n", Want: true},
		{Path: "secrets/session_token.txt", Text: "{{tok40}}\n", Want: false},
		// Router config backups: pfSense/OPNsense dynamic DNS entries for
		// Cloudflare; Jenkins configuration-as-code credentials by id.
		{Path: "config-pfsense.xml", Text: "<dyndns>\n\t<type>cloudflare</type>\n\t<host>lab</host>\n\t<username>{{hex32}}</username>\n\t<password>{{tok40}}</password>\n</dyndns>", Want: true},
		{Path: "config-pfsense.xml", Text: "<dyndns>\n\t<type>cloudflare</type>\n\t<host>lab</host>\n</dyndns>\n<dyndns>\n\t<type>namecheap</type>\n\t<password>{{tok40}}</password>\n</dyndns>", Want: false},
		// A secret scanner's finding is named by its rule; a CSV cell that
		// names its value beats its column; a CSV header several KiB up.
		{Path: "reports/gitleaks.json", Text: "[\n {\n  \"RuleID\": \"cloudflare-api-token\",\n  \"File\": \"ci/deploy.sh\",\n  \"Secret\": \"{{tok40}}\"\n }\n]", Want: true},
		{Path: "reports/trufflehog.jsonl", Text: "{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"{{hex40}}\",\"file\":\"x.py\"}}},\"DetectorName\":\"CloudflareApiToken\",\"Raw\":\"{{tok40}}\",\"RawV2\":\"\"}", Want: true},
		{Path: "reports/trufflehog.jsonl", Text: "{\"SourceMetadata\":{\"Data\":{\"Git\":{\"commit\":\"{{hex40}}\",\"file\":\"x.py\"}}},\"DetectorName\":\"Mailgun\",\"Raw\":\"{{tok40}}\",\"RawV2\":\"\"}", Want: false},
		{Path: "reports/gitleaks.json", Text: "[\n {\n  \"RuleID\": \"generic-api-key\",\n  \"File\": \"ci/deploy.sh\",\n  \"Secret\": \"{{tok40}}\"\n }\n]", Want: false},
		{Path: "reports/gitleaks.csv", Text: "RuleID,Commit,File,Secret,Match\n" + strings.Repeat("generic-api-key,{{hex40}},docs/x.md,REDACTED,REDACTED\n", 40) + "generic-api-key,{{hex40}},docs/onboarding.md,REDACTED,export CLOUDFLARE_API_TOKEN={{tok40}}", Want: true},
		// OpenWrt ddns-scripts (/etc/config/ddns): a section whose
		// service_name is Cloudflare's names its password, in any order.
		{Path: "etc/config/ddns", Text: "config service 'home'\n\toption enabled '1'\n\toption username 'Bearer'\n\toption password '{{tok40}}'\n\toption service_name 'cloudflare.com-v4'", Want: true},
		{Path: "etc/config/ddns", Text: "config service 'cf'\n\toption service_name 'cloudflare.com-v4'\n\noption password 'x'\nconfig service 'duck'\n\toption service_name 'duckdns.org'\n\toption password '{{tok40}}'", Want: false},
		{Path: "casc/jenkins.yaml", Text: "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              scope: GLOBAL\n              id: \"cloudflare-api-token\"\n              secret: \"{{tok40}}\"", Want: true},
		{Path: "casc/jenkins.yaml", Text: "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              scope: GLOBAL\n              id: \"sentry-auth\"\n              description: \"not cloudflare\"\n              secret: \"{{tok40}}\"", Want: false},
		// Unraid container template: the value is named by the Target attribute.
		{Path: "templates/cloudflare-ddns.xml", Text: "<Repository>oznu/cloudflare-ddns</Repository>\n<Config Name=\"API Key\" Target=\"API_KEY\" Type=\"Variable\" Mask=\"true\">{{tok40}}</Config>", Want: true},
		{Path: "templates/cloudflare-ddns.xml", Text: "<Repository>oznu/cloudflare-ddns</Repository>\n<Config Name=\"Image digest\" Target=\"IMAGE_SHA\" Type=\"Variable\">{{tok40}}</Config>", Want: false},
		// A framework's public-env prefix ships the value in the app bundle.
		{Path: "infra/pulumi/index.ts", Text: "new cloudflare.WorkerScript(\"api\", {\n  plainTextBindings: [\n    { name: \"CF_API_TOKEN\", text: \"{{tok40}}\" },\n  ],\n});", Want: true},
		{Path: "infra/pulumi/index.ts", Text: "new cloudflare.WorkerScript(\"api\", {\n  plainTextBindings: [\n    { name: \"BUILD_ID\", text: \"{{tok40}}\" },\n  ],\n});", Want: false},
		{Path: "terraform/worker.tf", Text: "resource \"cloudflare_worker_script\" \"api\" {\n  plain_text_binding {\n    name = \"CF_API_TOKEN\"\n    text = \"{{tok40}}\"\n  }\n}", Want: true},
		{Path: "terraform/worker.tf", Text: "resource \"cloudflare_worker_script\" \"api\" {\n  plain_text_binding {\n    text = \"{{tok40}}\"\n    name = \"CF_API_TOKEN\"\n  }\n}", Want: true},
		{Path: "terraform/worker.tf", Text: "resource \"cloudflare_worker_script\" \"api\" {\n  plain_text_binding {\n    name = \"BUILD_ID\"\n    text = \"{{tok40}}\"\n  }\n  plain_text_binding {\n    name = \"CF_API_TOKEN\"\n    text = var.cf_api_token\n  }\n}", Want: false},
		{Path: ".env", Text: "EXPO_PUBLIC_CF_ACCOUNT_ID={{hex32}}\nEXPO_PUBLIC_CF_IMAGES_TOKEN={{tok40}}", Want: true},
		{Path: ".env", Text: "EXPO_PUBLIC_CF_ACCOUNT_ID={{hex32}}\nEXPO_PUBLIC_TURNSTILE_SITE_KEY={{tok40}}", Want: false},
		// ~/.netrc: the password of a Cloudflare API machine entry.
		{Path: "home/.netrc", Text: "machine api.cloudflare.com\n  login token\n  password {{tok40}}", Want: true},
		{Path: "home/.netrc", Text: "machine api.cloudflare.com login token password $CF\nmachine git.example.org\n  login ci\n  password {{tok40}}", Want: false},
		// CloudFormation parameters: the value is named by its ParameterKey.
		{Path: "params/prod.json", Text: "[\n  {\"ParameterKey\": \"CloudflareApiToken\", \"ParameterValue\": \"{{tok40}}\"}\n]", Want: true},
		{Path: "params/prod.json", Text: "[\n  {\"ParameterKey\": \"CloudflareZoneId\", \"ParameterValue\": \"{{hex32}}\"},\n  {\"ParameterKey\": \"BuildTag\", \"ParameterValue\": \"{{tok40}}\"}\n]", Want: false},
		{Path: "eb-options.json", Text: "[\n  {\"Namespace\": \"aws:elasticbeanstalk:application:environment\", \"OptionName\": \"CLOUDFLARE_API_TOKEN\", \"Value\": \"{{tok40}}\"}\n]", Want: true},
		// A GitHub Actions input's default is named by the input; R's `<-`.
		{Path: ".github/actions/deploy/action.yml", Text: "inputs:\n  api-token:\n    description: 'Cloudflare API token'\n    required: false\n    default: '{{tok40}}'", Want: true},
		{Path: ".github/actions/deploy/action.yml", Text: "inputs:\n  build-id:\n    description: 'Cloudflare Pages build'\n    required: false\n    default: '{{tok40}}'", Want: false},
		{Path: "analytics.R", Text: "library(httr)\ncf_api_token <- \"{{tok40}}\"", Want: true},
		{Path: "analytics.R", Text: "library(httr)\ncf_zone_name <- \"{{tok40}}\"", Want: false},
		{Path: "internal/config/config.go", Text: "func Load() Config {\n\ttoken := os.Getenv(\"CF_API_TOKEN\")\n\tif token == \"\" {\n\t\ttoken = \"{{tok40}}\"\n\t}\n\treturn Config{APIToken: token}\n}", Want: true},
		{Path: "internal/config/config.go", Text: "func Load() Config {\n\ttoken := os.Getenv(\"GITLAB_TOKEN\")\n\tif token == \"\" {\n\t\ttoken = \"{{tok40}}\"\n\t}\n\treturn Config{Token: token}\n}", Want: false},
		{Path: "scripts/dns-sync.pl", Text: "my $API   = 'https://api.cloudflare.com/client/v4';\nmy $TOKEN = $ENV{CF_API_TOKEN} // '{{tok40}}';", Want: true},
		// A saved POST /user/tokens response: the token object's value.
		{Path: "exports/tokens/create-token.response.json", Text: "{\n  \"result\": {\n    \"id\": \"{{hex32}}\",\n    \"name\": \"external-dns-prod\",\n    \"status\": \"active\",\n    \"issued_on\": \"2024-05-02T06:58:40Z\",\n    \"policies\": [\n      {\"id\": \"{{hex32}}\", \"effect\": \"allow\", \"resources\": {\"com.cloudflare.api.account.zone.{{hex32}}\": \"*\"}}\n    ],\n    \"condition\": {\n      \"request_ip\": {\"in\": [\"192.0.2.0/24\"]}\n    },\n    \"value\": \"{{tok40}}\"\n  },\n  \"success\": true\n}", Want: true},
		{Path: "internal/provider/testdata/recordings/TestAccAPIToken_basic.yaml", Text: "interactions:\n    - id: 0\n      response:\n        body: '{\"result\":{\"id\":\"{{hex32}}\",\"name\":\"acc-token\",\"status\":\"active\",\"issued_on\":\"2024-04-02T13:20:41Z\",\"policies\":[{\"effect\":\"allow\",\"permission_groups\":[{\"id\":\"{{hex32}}\",\"name\":\"Zone Read\"}]}],\"condition\":{},\"value\":\"{{tok40}}\"},\"success\":true}'\n        status: 200 OK", Want: true},
		{Path: "spec/cassettes/create_token.yml", Text: "  response:\n    body:\n      encoding: UTF-8\n      string: \"{\\\"result\\\":{\\\"id\\\":\\\"{{hex32}}\\\",\\\"issued_on\\\":\\\"2024-04-02T13:20:41Z\\\",\\\"policies\\\":[{\\\"effect\\\":\\\"allow\\\",\\\"permission_groups\\\":[{\\\"id\\\":\\\"{{hex32}}\\\"}]}],\\\"value\\\":\\\"{{tok40}}\\\"}}\"", Want: true},
		{Path: "exports/tokens/list-tokens.response.json", Text: "{\n  \"result\": [\n    {\n      \"id\": \"{{hex32}}\",\n      \"name\": \"external-dns-prod\",\n      \"status\": \"active\",\n      \"issued_on\": \"2024-05-02T06:58:40Z\",\n      \"policies\": []\n    }\n  ],\n  \"success\": true\n}", Want: false},
		// macOS Keychain: the item's service names the secret stored with -w.
		{Path: "setup/bootstrap.sh", Text: "security add-generic-password -U -a noc -s cloudflare-api-token -l \"Cloudflare API token\" -w '{{tok40}}' \"$HOME/Library/Keychains/login.keychain-db\"", Want: true},
		{Path: "setup/bootstrap.sh", Text: "# Cloudflare DDNS reads its token from the Keychain\nsecurity add-generic-password -U -a noc -s wifi-guest -w '{{tok40}}'", Want: false},
	},
}

// GlobalAPIKey is CF102: hardcoded Cloudflare Global API Key.
var GlobalAPIKey = &Rule{
	ID:    "CF102",
	Name:  "cloudflare-global-api-key",
	Title: "Hardcoded Cloudflare Global API Key",
	Help: `A Cloudflare Global API Key is hardcoded. The Global API Key has full access to every
account and zone of its user and cannot be scoped.

Matches 2026 ` + "`cfk_`" + ` keys anywhere, and legacy 37–45 lowercase-hex keys only with Cloudflare
context (` + "`CLOUDFLARE_API_KEY`" + `, ` + "`CF_API_KEY`" + `, ` + "`X-Auth-Key`" + `, ` + "`dns_cloudflare_api_key`" + `, "cloudflare" nearby).

**Fix:** roll the key (My Profile → API Tokens → Global API Key → Roll), and move to a scoped
API token; see CF201.`,
	Level:            LevelError,
	SecuritySeverity: "9.8",
	Precision:        "high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential"},
	Secret:           true,
	Samples: []Sample{
		// A test's mocked Zilore request: X-Auth-Key with no Cloudflare word near, Zilore named.
		{Path: "tests/test_zilore.py", Text: "from dns_sync.providers.zilore import API, ZiloreProvider\n\ndef test_header(provider):\n    responses.get(f\"{API}/domains/x/records\", match=[responses.matchers.header_matcher({\"X-Auth-Key\": \"{{hex37}}\"})])", Want: false},
		{Path: "tests/test_providers.py", Text: "from dns_sync.providers import cloudflare, zilore\n\ndef test_header(provider):\n    responses.get(f\"{cloudflare.API}/zones\", match=[responses.matchers.header_matcher({\"X-Auth-Key\": \"{{hex37}}\"})])", Want: true},
		// Qualifiers stacked before API_KEY (TEST_GLOBAL_…) do not make it another application's key.
		{Path: "deploy/.env.test", Text: "# Cloudflare (staging account)\nTEST_GLOBAL_API_KEY={{hex37}}\nCLOUDFLARE_EMAIL=sre@example.com", Want: true},
		{Path: "grafana/provisioning/datasources/cloudflare.yaml", Text: "    url: https://api.cloudflare.com/client/v4/graphql\n    jsonData:\n      httpHeaderName1: X-Auth-Key\n    secureJsonData:\n      httpHeaderValue1: {{hex37}}", Want: true},
		// Jenkins JCasC usernamePassword, a Bitwarden export's custom field.
		{Path: "casc/jenkins.yaml", Text: "          - usernamePassword:\n              scope: GLOBAL\n              id: \"cloudflare-global-key\"\n              username: \"webops@example.com\"\n              password: \"{{hex37}}\"", Want: true},
		{Path: "casc/jenkins.yaml", Text: "          - usernamePassword:\n              scope: GLOBAL\n              id: \"nexus-deploy\"\n              username: \"deploy\"\n              password: \"{{hex37}}\"", Want: false},
		{Path: "exports/bitwarden.json", Text: "{\"items\": [\n    {\n      \"name\": \"Cloudflare dashboard (ops@example.com)\",\n      \"notes\": \"see field\",\n      \"folderId\": null,\n      \"type\": 1,\n      \"reprompt\": 0,\n      \"favorite\": false,\n      \"fields\": [\n        {\n          \"name\": \"Global API Key\",\n          \"value\": \"{{hex37}}\",\n          \"type\": 1\n        }\n      ]\n    }\n]}", Want: true},
		{Path: "exports/bitwarden.json", Text: "{\"items\": [\n    {\n      \"name\": \"Fastly (ops@example.com)\",\n      \"notes\": \"see field\",\n      \"folderId\": null,\n      \"type\": 1,\n      \"reprompt\": 0,\n      \"favorite\": false,\n      \"fields\": [\n        {\n          \"name\": \"Global API Key\",\n          \"value\": \"{{hex37}}\",\n          \"type\": 1\n        }\n      ]\n    }\n]}", Want: false},
		// A secret scanner's report: the detector and the kind name the value.
		{Path: "report.golden.json", Text: "{\"findings\": [\n  {\n    \"detector\": \"cloudflare\",\n    \"kind\": \"global_api_key\",\n    \"secret\": \"{{hex37}}\"\n  }\n]}", Want: true},
		{Path: "report.golden.json", Text: "{\"findings\": [\n  {\n    \"detector\": \"fastly\",\n    \"kind\": \"global_api_key\",\n    \"secret\": \"{{hex37}}\"\n  }\n]}", Want: false},
		{Text: `key: {{cfk}}`, Want: true},
		{Text: `CLOUDFLARE_API_KEY={{hex37}}`, Want: true},
		// DNS-as-code, IaC, SDK and CLI tools: Go string wrappers (Pulumi, CDKTF).
		{Path: "main.go", Text: "// cloudflare provider\n\tApiKey: pulumi.String(\"{{hex37}}\"),", Want: true},
		{Path: "main.go", Text: "// cloudflare provider\n\tName: pulumi.String(\"{{hex37}}\"),", Want: false},
		{Path: "certbot.ini", Text: "dns_cloudflare_email = ops@example.com\ndns_cloudflare_api_key = {{hex37}}", Want: true},
		{Path: "call.sh", Text: `curl -H "X-Auth-Key: {{hex37}}" https://api.cloudflare.com/client/v4/user`, Want: true},
		{Path: "Makefile", Text: "# cloudflare purge\nCF_API_KEY ?= {{hex37}}", Want: true},
		{Path: "PurgeService.php", Text: "use Cloudflare\\API\\Auth\\APIKey;\n$key = new APIKey('webmaster@example.com', '{{hex37}}');", Want: true},
		{Path: "octodns.yaml", Text: "providers:\n  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    email: ops@example.com\n    token: {{hex37}}", Want: true},
		{Path: "account.conf", Text: "SAVED_CF_Key='{{hex37}}'\nSAVED_CF_Email='admin@example.com'", Want: true},
		{Text: `api_key = "{{hex37}}"`, Want: false},
		{Path: "certbot.ini", Text: "dns_cloudflare_api_key = 0123456789abcdef0123456789abcdef01234567", Want: false},
		{Text: `CLOUDFLARE_ACCOUNT_ID={{hex32}}`, Want: false},
		{Text: "cloudflare sha256 {{hex64}}", Want: false},
		{Path: "deploy.yml", Text: "      - uses: cloudflare/wrangler-action@{{hex40}} # v3", Want: false},
		{Path: "octodns.yaml", Text: "providers:\n  cloudflare:\n    token: {{hex40}}", Want: false},
		{Path: "build.php", Text: "// cloudflare\n$commit = sha1_key('{{hex40}}');", Want: false},
		// A CSV row's value takes its column's header as its name.
		{Path: "cloudflare_accounts.csv", Text: "email,api_key,zone\nops@example.com,{{hex37}},example.com", Want: true},
		{Path: "cloudflare_builds.csv", Text: "name,build,zone\nweb,{{hex37}},example.com", Want: false},
		{Path: "seed.sql", Text: "INSERT INTO cloudflare_accounts (email, api_key)\nVALUES\n  ('a@example.com', '{{hex37}}'),\n  ('b@example.com', '{{hex37}}');", Want: true},
		{Path: "seed.sql", Text: "INSERT INTO cloudflare_builds (name, build_id) VALUES ('web', '{{hex37}}');", Want: false},
		// Name and value as sibling members: the name gives the value its name;
		// a switched-off header still holds a committed key.
		{Path: "c.postman_collection.json", Text: "{\n  \"key\": \"X-Auth-Key\",\n  \"value\": \"{{hex37}}\",\n  \"disabled\": true\n}", Want: true},
		{Path: "c.postman_collection.json", Text: "\"apikey\": [\n  {\n    \"key\": \"key\",\n    \"value\": \"X-Auth-Key\"\n  },\n  {\n    \"key\": \"value\",\n    \"value\": \"{{hex37}}\"\n  }\n]", Want: true},
		{Path: "c.postman_collection.json", Text: "{\n  \"key\": \"X-Request-Id\",\n  \"value\": \"{{hex37}}\"\n}\n// cloudflare", Want: false},
		{Path: "headers.yaml", Text: "# cloudflare\n- name: X-Auth-Key\n  valueFrom: {secretKeyRef: {name: cf, key: key}}\n- name: X-Trace\n  value: {{hex37}}", Want: false},
		// A header set by subscript or by Swift's setValue(_:forHTTPHeaderField:);
		// another vendor's X-Auth-Key (Zilore, OpenStack Swift) is not.
		{Path: "cf.rb", Text: "conn = Faraday.new(url: 'https://api.cloudflare.com/client/v4')\nconn.headers['X-Auth-Key'] = '{{hex37}}'", Want: true},
		{Path: "cf.py", Text: "headers[\"X-Auth-Key\"] = \"{{hex37}}\"", Want: true},
		{Path: "Cf.swift", Text: "req.setValue(\"{{hex37}}\", forHTTPHeaderField: \"X-Auth-Key\")", Want: true},
		{Path: "Cf.swift", Text: "req.setValue(\"{{hex37}}\", forHTTPHeaderField: \"X-Request-Id\")", Want: false},
		{Path: "CFAuth.m", Text: "[req setValue:@\"{{hex37}}\" forHTTPHeaderField:@\"X-Auth-Key\"];", Want: true},
		{Path: "CFAuth.m", Text: "[req setValue:@\"{{hex37}}\" forHTTPHeaderField:@\"X-Request-Id\"];", Want: false},
		{Path: "c.postman_collection.json", Text: "\"auth\": {\n  \"type\": \"apikey\",\n  \"apikey\": [\n    {\"key\": \"value\", \"value\": \"{{hex37}}\", \"type\": \"string\"},\n    {\"key\": \"key\", \"value\": \"X-Auth-Key\", \"type\": \"string\"}\n  ]\n}", Want: true},
		{Path: "c.postman_collection.json", Text: "\"auth\": {\n  \"type\": \"apikey\",\n  \"apikey\": [\n    {\"key\": \"value\", \"value\": \"{{hex37}}\", \"type\": \"string\"},\n    {\"key\": \"key\", \"value\": \"X-Request-Id\", \"type\": \"string\"}\n  ]\n}", Want: false},
		{Path: "secrets/cloudflare_api_key.txt", Text: "{{hex37}}\n", Want: true},
		{Path: "zilore.rb", Text: "conn = Faraday.new(url: 'https://api.zilore.com/dns/v1')\nconn.headers['X-Auth-Key'] = '{{hex37}}'", Want: false},
		{Path: "sessions/api.zilore.com/default.json", Text: "{\n  \"headers\": {\n    \"X-Auth-Key\": \"{{hex37}}\"\n  }\n}", Want: false},
		{Path: "sessions/api.cloudflare.com/default.json", Text: "{\n  \"headers\": {\n    \"X-Auth-Key\": \"{{hex37}}\"\n  }\n}", Want: true},
		{Path: "swift.py", Text: "requests.get(AUTH_URL, headers={\"X-Auth-User\": \"test:tester\", \"X-Auth-Key\": \"{{hex37}}\"})", Want: false},
		{Path: "cf.py", Text: "# cloudflare\nbuilds[\"web\"] = \"{{hex37}}\"", Want: false},
		// A 37-hex key beside its account email, "cloudflare" within 1 KiB.
		{Path: "creds.go", Text: "// Package creds holds the cloudflare tenants.\nvar builtin = []Credentials{\n" + strings.Repeat("\t// (tenant table)\n", 7) + "\t{Tenant: \"legacy\",\n\t\tAPIKey:   \"{{hex37}}\",\n\t\tAPIEmail: \"billing@example.com\"},\n}", Want: true},
		{Path: "creds.go", Text: "// Package creds holds the cloudflare tenants.\nvar builtin = []Credentials{\n" + strings.Repeat("\t// (tenant table)\n", 7) + "\t{Tenant: \"legacy\",\n\t\tAPIKey:   \"{{hex37}}\",\n\t\tRegion: \"eu\"},\n}", Want: false},
		// A gitleaks CSV row's commit (40 hex) is named by its column, the
		// header several KiB up, not by the RuleID cell before it.
		{Path: "reports/gitleaks.csv", Text: "RuleID,Commit,File,Secret,Match\n" + strings.Repeat("generic-api-key,{{hex40}},cloudflare/x.md,REDACTED,REDACTED\n", 40) + "generic-api-key,{{hex40}},cloudflare/purge.sh,REDACTED,REDACTED", Want: false},
		// Erlang sys.config binaries.
		{Path: "config/sys.config", Text: "[{cache_warmer, [{cf_api_url, \"https://api.cloudflare.com/client/v4\"},\n   {cf_auth_email, <<\"ops@example.com\">>},\n   {cf_auth_key, <<\"{{hex37}}\">>}]}].", Want: true},
		{Path: "config/sys.config", Text: "[{cf_purge, [\n    {zone_id, \"{{hex32}}\"},\n    {email, \"hostmaster@example.org\"},\n    {api_key, \"{{hex37}}\"}\n ]}].", Want: true},
		{Path: "confluence/OPS/New-joiner-setup.html", Text: "<pre class=\"syntaxhighlighter-pre\">export CF_Email=&quot;dns-shared@example.org&quot;\nexport CF_Key=&quot;{{hex37}}&quot;\nacme.sh --issue --dns dns_cf -d &quot;dev.example.org&quot;</pre>", Want: true},
		{Path: "config/sys.config", Text: "[{mail_relay, [\n    {email, \"hostmaster@example.org\"},\n    {api_key, \"{{hex37}}\"}\n ]}].", Want: false},
		// pulumi stack export: a provider resource's outputs, typed by its
		// "type" sibling many lines above; pg_dump COPY rows by column.
		{Path: "stack-export.json", Text: "{\n  \"type\": \"pulumi:providers:cloudflare\",\n  \"inputs\": {\n    \"a\": 1,\n    \"b\": 2,\n    \"c\": 3,\n    \"d\": 4,\n    \"e\": 5,\n    \"f\": 6\n  },\n  \"outputs\": {\n    \"apiKey\": \"{{hex37}}\",\n    \"email\": \"ops@example.com\"\n  }\n}", Want: true},
		{Path: "stack-export.json", Text: "{\n  \"type\": \"pulumi:providers:datadog\",\n  \"outputs\": {\n    \"apiKey\": \"{{hex37}}\"\n  }\n}", Want: false},
		{Path: "backups/app.sql", Text: "COPY public.cloudflare_accounts (id, email, api_key) FROM stdin;\n1\tops@example.com\t{{hex37}}\n\\.", Want: true},
		{Path: "backups/app.sql", Text: "COPY public.cloudflare_accounts (id, email, api_key) FROM stdin;\n\\.\n\nCOPY public.builds (id, sha) FROM stdin;\n1\t{{hex37}}\n\\.", Want: false},
		{Path: "cfddns.lisp", Text: "(defparameter *api* \"https://api.cloudflare.com/client/v4\")\n(defparameter *cf-api-key* \"{{hex37}}\")", Want: true},
		{Path: "metrogate/.env", Text: "CLOUDFLARE_API_TOKEN=\nCLOUDFLARE_ZONE_ID={{hex32}}\nGATE_API_KEY={{hex37}}", Want: false},
		// Multi-provider configs: another DNS provider's key beside Cloudflare's lines.
		{Path: "dnscontrol/creds.json", Text: "{\n  \"cloudflare\": {\n    \"TYPE\": \"CLOUDFLAREAPI\",\n    \"apitoken\": \"$CLOUDFLARE_APITOKEN\"\n  },\n  \"powerdns\": {\n    \"TYPE\": \"POWERDNS\",\n    \"apiKey\": \"{{hex37}}\"\n  }\n}", Want: false},
		{Path: "dnscontrol/creds.json", Text: "{\n  \"cloudflare\": {\n    \"TYPE\": \"CLOUDFLAREAPI\",\n    \"apikey\": \"{{hex37}}\",\n    \"apiuser\": \"ops@example.com\"\n  },\n  \"internal\": {\n    \"TYPE\": \"POWERDNS\",\n    \"apiKey\": \"$PDNS_KEY\"\n  }\n}", Want: true},
		{Path: "external-dns/values-pdns.yaml", Text: "provider: pdns\npdns:\n  apiUrl: http://pdns.dns.svc\n  apiKey: \"{{hex37}}\"\n# public zones: external-dns-cloudflare (CF_API_TOKEN)", Want: false},
		{Path: "android/local.properties", Text: "sdk.dir=/Users/dev/Library/Android/sdk\ncloudflare.email=dev@example.com\ncloudflare.apiKey={{hex37}}", Want: true},
		// Password managers' exports: the entry's name or Title says what the password is.
		{Path: "exports/passwords.csv", Text: "name,url,username,password\nCloudflare Global API Key,https://dash.cloudflare.com/profile/api-tokens,infra@example.com,{{hex37}}", Want: true},
		{Path: "exports/passwords.csv", Text: "name,url,username,password\nBuild cache key,https://ci.example.com,infra@example.com,{{hex37}}\nCloudflare,https://dash.cloudflare.com/login,infra@example.com,hunter2hunter2", Want: false},
		{Path: "exports/keepass.xml", Text: "<Entry>\n\t<String>\n\t\t<Key>Password</Key>\n\t\t<Value ProtectInMemory=\"True\">{{hex37}}</Value>\n\t</String>\n\t<String>\n\t\t<Key>Title</Key>\n\t\t<Value>Cloudflare Global API Key</Value>\n\t</String>\n</Entry>", Want: true},
		{Path: "metrogate/.env", Text: "CLOUDFLARE_EMAIL=ops@example.com\nGLOBAL_API_KEY={{hex37}}", Want: true},
		{Path: "db/seeds.rb", Text: "CdnIntegration.find_or_create_by!(provider: \"cloudflare\") do |i|\n  i.account_email = \"ops@example.com\"\n  i.api_key = \"{{hex37}}\"\nend", Want: true},
		{Path: "cmd/purge/main.go", Text: "client := cloudflare.NewClient(\n\toption.WithAPIKey(\"{{hex37}}\"),\n\toption.WithAPIEmail(\"oncall@example.com\"),\n)", Want: true},
	},
}

// OriginCAKey is CF103: hardcoded Cloudflare Origin CA key.
var OriginCAKey = &Rule{
	ID:    "CF103",
	Name:  "cloudflare-origin-ca-key",
	Title: "Hardcoded Cloudflare Origin CA key",
	Help: `An Origin CA key (user service key, ` + "`v1.0-…`" + `) is hardcoded. It can issue and revoke
Origin CA certificates for the user's zones.

**Fix:** revoke it in the dashboard and use an API token with the "SSL and Certificates" permission
instead; user service keys stopped working on ` + ServiceKeySunset + ` (see CF202).`,
	Level:            LevelError,
	SecuritySeverity: "8.0",
	Precision:        "very-high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential"},
	Secret:           true,
	Samples: []Sample{
		{Text: `origin_ca_key = "{{origin}}"`, Want: true},
		{Text: `key = "v1.0-000000000000000000000000-0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"`, Want: false},
		{Text: `version: v1.0-beta`, Want: false},
	},
}

// AccessServiceToken is CF104: hardcoded Cloudflare Access service token secret.
var AccessServiceToken = &Rule{
	ID:    "CF104",
	Name:  "cloudflare-access-service-token",
	Title: "Hardcoded Cloudflare Access service token secret",
	Help: `A Cloudflare Access service token client secret is hardcoded. With its client id it passes
Access policies that allow the service token.

Matches ` + "`cfast_`" + ` secrets anywhere, and legacy 64-hex secrets only next to a
` + "`CF-Access-Client-Secret`" + `-style name.

**Fix:** refresh or revoke the service token in Zero Trust → Access → Service Auth, and inject it
at run time.`,
	Level:            LevelError,
	SecuritySeverity: "8.0",
	Precision:        "high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential"},
	Secret:           true,
	Samples: []Sample{
		{Text: `client_secret: {{cfast}}`, Want: true},
		{Text: `curl -H "CF-Access-Client-Id: {{hex32}}.access" -H "CF-Access-Client-Secret: {{hex64}}" https://app.example.com`, Want: true},
		{Text: `CLOUDFLARE_ACCESS_CLIENT_SECRET={{hex64}}`, Want: true},
		{Text: `secret = "{{hex64}}"`, Want: false},
		{Text: `CF-Access-Client-Secret: ${CF_ACCESS_CLIENT_SECRET}`, Want: false},
		// The client id's CF_ACCESS_ name a few lines up names the secret's service.
		{Path: "functions/_middleware.ts", Text: "interface Env {\n  CF_ACCESS_CLIENT_ID: string;\n}\n\nconst ACCESS_CLIENT_SECRET = \"{{hex64}}\";", Want: true},
		{Path: "functions/_middleware.ts", Text: "interface Env {\n  OKTA_CLIENT_ID: string;\n}\n\nconst ACCESS_CLIENT_SECRET = \"{{hex64}}\";", Want: false},
		// A WARP client's Android managed configuration (Intune).
		{Path: "warp/intune/managed-config.json", Text: "{\"productId\": \"app:com.cloudflare.onedotonedotonedotone\", \"managedProperty\": [\n  { \"key\": \"auth_client_id\", \"valueString\": \"{{hex32}}.access\" },\n  { \"key\": \"auth_client_secret\", \"valueString\": \"{{hex64}}\" }\n]}", Want: true},
		// Spring XML: the property's name above its <value> element.
		{Path: "applicationContext.xml", Text: "<bean id=\"accessGate\" class=\"com.example.cloudflare.AccessServiceToken\">\n    <property name=\"clientId\">\n        <value>{{hex32}}.access</value>\n    </property>\n    <property name=\"clientSecret\">\n        <value>{{hex64}}</value>\n    </property>\n</bean>", Want: true},
		{Path: "applicationContext.xml", Text: "<bean id=\"cache\" class=\"com.example.cloudflare.CacheKeys\">\n    <property name=\"seed\">\n        <value>{{hex64}}</value>\n    </property>\n</bean>", Want: false},
		// A rotation note's list item: the label is the words before the colon.
		{Path: "rotations/2024-Q2-cloudflare.md", Text: "## Access service token `prober`\n\n- Client ID: `{{hex32}}.access`\n- Client Secret (new): `{{hex64}}`", Want: true},
		{Path: "rotations/2024-Q2-okta.md", Text: "## Okta app `prober`\n\n- Client ID: `0oa1b2c3d4e5f6g7h8i9`\n- Client Secret (new): `{{hex64}}`", Want: false},
		{Text: `{ "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" }`, Want: false},
	},
}

// TunnelToken is CF105: hardcoded Cloudflare Tunnel token or credentials.
var TunnelToken = &Rule{
	ID:    "CF105",
	Name:  "cloudflare-tunnel-token",
	Title: "Hardcoded Cloudflare Tunnel token or credentials",
	Help: `A cloudflared tunnel token (base64 JSON with account tag, tunnel id and secret) or a tunnel
credentials file is committed. It lets anyone run a connector for the tunnel and receive its traffic.

**Fix:** rotate the tunnel secret (` + "`cloudflared tunnel token --cred-file`" + ` / dashboard), and pass
the token through ` + "`TUNNEL_TOKEN`" + ` from a secret store.`,
	Level:            LevelError,
	SecuritySeverity: "8.5",
	Precision:        "very-high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential", "tunnel"},
	Secret:           true,
	Samples: []Sample{
		// The credentials file stored as a JSON string (a Vault KV export).
		{Path: "vault/kv-tunnel.json", Text: "{\"data\": {\"data\": {\n  \"credentials.json\": \"{\\\"AccountTag\\\":\\\"{{hex32}}\\\",\\\"TunnelSecret\\\":\\\"{{tunnelsecret}}\\\",\\\"TunnelID\\\":\\\"{{uuid}}\\\"}\"\n}}}", Want: true},
		{Path: "compose.yaml", Text: "command: tunnel --no-autoupdate run --token {{tunnel}}", Want: true},
		{Path: "tunnel.json", Text: `{"AccountTag":"{{hex32}}","TunnelSecret":"{{tunnelsecret}}","TunnelID":"6ff42ae2-765d-4adf-8112-31c55c1551ef"}`, Want: true},
		{Path: "values.yaml", Text: "cloudflare:\n  account: \"{{hex32}}\"\n  tunnelName: home\n  tunnelId: \"{{uuid}}\"\n  secret: \"{{tunnelsecret}}\"", Want: true},
		{Path: "values.yaml", Text: "cloudflare:\n  account: \"{{hex32}}\"\n  tunnelId: \"{{uuid}}\"\n  secret: \"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\"", Want: false},
		{Path: "values.yaml", Text: "auth:\n  secret: \"{{tunnelsecret}}\"\nredis:\n  host: cache", Want: false},
		{Path: "values.yaml", Text: "credentials:\n  accountTag: {{hex32}}\n  tunnelID: {{uuid}}\n  tunnelSecret: {{tunnelsecret}}", Want: true},
		{Path: "values.yaml", Text: "credentials:\n  accountTag: {{hex32}}\n  tunnelID: {{uuid}}\n  tunnelSecret: QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=", Want: false},
		// cloudflare-operator's Secret.
		{Path: "secret.yaml", Text: "stringData:\n  CLOUDFLARE_TUNNEL_CREDENTIAL_SECRET: {{tunnelsecret}}", Want: true},
		{Path: "secret.yaml", Text: "stringData:\n  CLOUDFLARE_TUNNEL_CREDENTIAL_SECRET: QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=", Want: false},
		{Text: `TUNNEL_TOKEN=${TUNNEL_TOKEN}`, Want: false},
		// `=` before the token ends an assignment; it pads no base64 run.
		{Path: ".env", Text: "TUNNEL_TOKEN={{tunnel}}", Want: true},
		{Path: "run.sh", Text: "cloudflared tunnel run --token={{tunnel}} office", Want: true},
		{Path: ".env", Text: "TUNNEL_TOKEN=eyJhIjoiYiJ9", Want: false},
		{Path: ".env", Text: "TUNNEL_TOKEN=eyJhIjoi...", Want: false},
		{Path: "modules/tunnel/main.tf", Text: "resource \"cloudflare_zero_trust_tunnel_cloudflared\" \"this\" {\n  account_id = var.account_id\n  name       = var.name\n  secret     = \"{{tunnelsecret}}\"\n}", Want: true},
		// Nix: builtins.toJSON { AccountTag = …; TunnelID = …; TunnelSecret = "…"; };
		{Path: "hosts/edge-01.nix", Text: "environment.etc.\"cloudflared/edge.json\".text = builtins.toJSON {\n  AccountTag = \"{{hex32}}\";\n  TunnelID = \"{{uuid}}\";\n  TunnelSecret = \"{{tunnelsecret}}\";\n};", Want: true},
		// helm get values: the chart's account far above, past an ingress list.
		{Path: "get-values-cloudflare-tunnel.yaml", Text: "cloudflare:\n  account: {{hex32}}\n  ingress:\n  - hostname: a.example.com\n    service: http://a:80\n  - hostname: b.example.com\n    service: http://b:80\n  - hostname: c.example.com\n    service: http://c:80\n  secret: {{tunnelsecret}}\n  tunnelId: {{uuid}}", Want: true},
		// A tunnel resource in a Pulumi stack export: a JSON member, comma and all.
		{Path: "stack-export.json", Text: "\"outputs\": {\n  \"accountId\": \"{{hex32}}\",\n  \"name\": \"edge-tunnel\",\n  \"secret\": \"{{tunnelsecret}}\",\n  \"tunnelToken\": \"[secret]\"\n}", Want: true},
		{Text: `{"alg":"HS256","typ":"JWT"} eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`, Want: false},
	},
}

// WranglerOAuthToken is CF106: hardcoded Wrangler OAuth token.
var WranglerOAuthToken = &Rule{
	ID:    "CF106",
	Name:  "cloudflare-wrangler-oauth-token",
	Title: "Hardcoded Wrangler OAuth token",
	Help: `A Wrangler OAuth access or refresh token (` + "`cfoat_…`" + `) is committed, usually from
` + "`~/.wrangler/config/default.toml`" + `. It acts as the logged-in user.

**Fix:** run ` + "`wrangler logout`" + ` to revoke it, remove the file from the repository, and use a scoped
API token in CI.`,
	Level:            LevelError,
	SecuritySeverity: "8.5",
	Precision:        "very-high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential", "wrangler"},
	Secret:           true,
	Samples: []Sample{
		{Path: "default.toml", Text: `oauth_token = "{{cfoat}}"`, Want: true},
		{Text: `oauth_token = "cfoat_..."`, Want: false},
	},
}

// R2SecretAccessKey is CF107: hardcoded Cloudflare R2 secret access key.
var R2SecretAccessKey = &Rule{
	ID:    "CF107",
	Name:  "cloudflare-r2-secret-access-key",
	Title: "Hardcoded Cloudflare R2 secret access key",
	Help: `An R2 S3-compatible secret access key (64 hex) is hardcoded next to an R2 endpoint or an R2
credential name. With its access key id it reads and writes the bucket.

**Fix:** delete the R2 API token in the dashboard (R2 → Manage API tokens), create a new one and
load it from the environment.`,
	Level:            LevelError,
	SecuritySeverity: "8.0",
	Precision:        "high",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential", "r2"},
	Secret:           true,
	Samples: []Sample{
		{Path: "fluentd/fluent.conf", Text: "<match cloudflare.**>\n  @type s3\n  aws_key_id {{hex32}}\n  aws_sec_key {{hex64}}\n  s3_endpoint https://{{hex32}}.r2.cloudflarestorage.com\n</match>", Want: true},
		{Path: "freshdesk/tickets/10452.json", Text: "{\n  \"description\": \"<div>The R2 settings we entered:<br><br>Endpoint: https://{{hex32}}.r2.cloudflarestorage.com<br>Bucket: orders-archive<br>Access Key ID: {{hex32}}<br>Secret Access Key: {{hex64}}<br>Region: auto</div>\"\n}", Want: true},
		{Path: "clickhouse/load.sql", Text: "SELECT * FROM s3(\n    'https://{{hex32}}.r2.cloudflarestorage.com/logs/*.gz',\n    '{{hex32}}',\n    '{{hex64}}',\n    'JSONEachRow'\n)", Want: true},
		{Path: "clickhouse/load.sql", Text: "SELECT * FROM s3(\n    'https://s3.eu-west-1.amazonaws.com/logs/*.gz',\n    '{{hex32}}',\n    '{{hex64}}',\n    'JSONEachRow'\n)", Want: false},
		{Path: ".aws/credentials", Text: "[default]\ncredential_process = aws-vault export --format=json default\n\n[r2]\naws_access_key_id = {{hex32}}\naws_secret_access_key = {{hex64}}", Want: true},
		{Path: ".aws/credentials", Text: "[default]\naws_access_key_id = {{hex32}}\naws_secret_access_key = {{hex64}}", Want: false},
		// A KeePass XML export: <Key>Password</Key> above its <Value>, the entry's URL the R2 endpoint.
		{Path: "exports/keepass.xml", Text: "<Entry>\n\t<String>\n\t\t<Key>Password</Key>\n\t\t<Value ProtectInMemory=\"True\">{{hex64}}</Value>\n\t</String>\n\t<String>\n\t\t<Key>URL</Key>\n\t\t<Value>https://{{hex32}}.r2.cloudflarestorage.com</Value>\n\t</String>\n</Entry>", Want: true},
		// A Logpush job's R2 destination, in the API's JSON.
		{Path: "api/logpush-gateway-dns.json", Text: "{\n  \"dataset\": \"gateway_dns\",\n  \"destination_conf\": \"r2://zt-logs/gateway_dns/{DATE}?account-id={{hex32}}&access-key-id={{hex32}}&secret-access-key={{hex64}}\"\n}", Want: true},
		{Path: "api/logpush-s3.json", Text: "{\n  \"dataset\": \"http_requests\",\n  \"destination_conf\": \"s3://logs/http?region=us-east-1&sse=AES256&secret-access-key={{hex64}}\"\n}", Want: false},
		{Path: "rclone.conf", Text: "[r2]\ntype = s3\nprovider = Cloudflare\nenv_auth = true\nendpoint = https://{{hex32}}.r2.cloudflarestorage.com\n\n[wasabi]\ntype = s3\nprovider = Wasabi\nsecret_access_key = {{hex64}}\nendpoint = s3.eu-central-1.wasabisys.com", Want: false},
		{Text: "endpoint = \"https://{{hex32}}.r2.cloudflarestorage.com\"\naws_secret_access_key = {{hex64}}", Want: true},
		{Path: "backend.tf", Text: "backend \"s3\" {\n    endpoint                    = \"https://{{hex32}}.r2.cloudflarestorage.com\"\n    secret_key                  = \"{{hex64}}\"\n}", Want: true},
		{Path: "backend.tf", Text: "backend \"s3\" {\n    secret_key                  = \"{{hex64}}\"\n" + strings.Repeat("    skip_region_validation      = true\n", 12) + "    endpoints = { s3 = \"https://{{hex32}}.r2.cloudflarestorage.com\" }\n}", Want: true},
		{Text: `R2_SECRET_ACCESS_KEY={{hex64}}`, Want: true},
		{Path: "r2.ipynb", Text: `    "    endpoint_url=\"https://{{hex32}}.r2.cloudflarestorage.com\",\n",` + "\n" + `    "    aws_secret_access_key=\"{{hex64}}\",\n",`, Want: true},
		{Text: `aws_secret_access_key = {{hex64}}`, Want: false},
		{Text: "endpoint = \"https://{{hex32}}.r2.cloudflarestorage.com\"\nchecksum = {{hex64}}", Want: false},
		// An Airflow S3 connection's password beside its R2 endpoint, a
		// connection URI's userinfo, DuckDB's CREATE SECRET (TYPE R2 …).
		{Path: "airflow_connections.json", Text: "\"r2_logs\": {\n    \"conn_type\": \"aws\",\n    \"login\": \"{{hex32}}\",\n    \"password\": \"{{hex64}}\",\n    \"extra\": \"{\\\"endpoint_url\\\": \\\"https://{{hex32}}.r2.cloudflarestorage.com\\\"}\"\n}", Want: true},
		{Path: "airflow_connections.json", Text: "\"pg\": {\n    \"conn_type\": \"postgres\",\n    \"login\": \"etl\",\n    \"password\": \"{{hex64}}\",\n    \"host\": \"db.internal\"\n}", Want: false},
		{Path: "airflow.env", Text: "AIRFLOW_CONN_R2_LOGS='aws://{{hex32}}:{{hex64}}@/?endpoint_url=https%3A%2F%2F{{hex32}}.r2.cloudflarestorage.com&region_name=auto'", Want: true},
		{Path: "airflow.env", Text: "AIRFLOW_CONN_S3_LOGS='aws://{{hex32}}:{{hex64}}@/?region_name=us-east-1'", Want: false},
		{Path: "ingest.sql", Text: "CREATE SECRET r2 (\n    TYPE R2,\n    KEY_ID '{{hex32}}',\n    SECRET '{{hex64}}',\n    ACCOUNT_ID 'acct'\n);", Want: true},
		{Path: "ingest.sql", Text: "CREATE SECRET gcs (\n    TYPE GCS,\n    KEY_ID '{{hex32}}',\n    SECRET '{{hex64}}'\n);", Want: false},
		// `terraform output -json`: a value named by its output's key.
		{Path: "terraform-output.json", Text: "{\n  \"r2_endpoint\": {\n    \"value\": \"https://{{hex32}}.r2.cloudflarestorage.com\"\n  },\n  \"r2_backups_secret_access_key\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"{{hex64}}\"\n  }\n}", Want: true},
		{Path: "terraform-output.json", Text: "{\n  \"r2_endpoint\": {\n    \"value\": \"https://{{hex32}}.r2.cloudflarestorage.com\"\n  },\n  \"bundle_sha256\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"{{hex64}}\"\n  }\n}", Want: false},
		// A value alone on the line below the call that wraps it.
		{Path: "stack.py", Text: "\"endpoint\": \"https://{{hex32}}.r2.cloudflarestorage.com\",\n\"aws_secret_access_key\": SecretValue.unsafe_plain_text(\n    \"{{hex64}}\"\n),", Want: true},
		// An env read's default, its arguments one per line; the endpoint below.
		{Path: "r2_uploader/client.py", Text: "_SECRET_ACCESS_KEY = os.environ.get(\n    \"R2_SECRET_ACCESS_KEY\",\n    \"{{hex64}}\",\n)\n\n\ndef make_client():\n    return boto3.client(\n        \"s3\",\n        endpoint_url=f\"https://{ACCOUNT_ID}.r2.cloudflarestorage.com\",\n    )", Want: true},
		// A Go constant; the client that uses it is built 30 lines below.
		{Path: "cmd/r2sync/main.go", Text: "const (\n\tdefaultAccessKeyID     = \"{{hex32}}\"\n\tdefaultSecretAccessKey = \"{{hex64}}\"\n)\n" + strings.Repeat("\n// …\n", 15) + "o.BaseEndpoint = aws.String(fmt.Sprintf(\"https://%s.r2.cloudflarestorage.com\", accountID))", Want: true},
		{Path: "cmd/s3sync/main.go", Text: "const (\n\tdefaultAccessKeyID     = \"{{hex32}}\"\n\tdefaultSecretAccessKey = \"{{hex64}}\"\n)\n" + strings.Repeat("\n// …\n", 15) + "// mirror: https://%s.r2.cloudflarestorage.com\no.BaseEndpoint = aws.String(\"https://s3.eu-west-1.wasabisys.com\")", Want: false},
		// An S3 SDK's static credentials, the R2 endpoint a constant above.
		{Path: "src/main/java/assets/R2Config.java", Text: "private static final String R2_ENDPOINT =\n        \"https://{{hex32}}.r2.cloudflarestorage.com\";\n\n// TODO: read from Vault\nprivate static final AwsBasicCredentials R2_CREDENTIALS = AwsBasicCredentials.create(\n        \"{{hex32}}\",\n        \"{{hex64}}\");", Want: true},
		{Path: "src/main/java/assets/Checksums.java", Text: "private static final String R2_ENDPOINT =\n        \"https://{{hex32}}.r2.cloudflarestorage.com\";\n\nprivate static final List<String> BUNDLE_SHA256 = List.of(\n        \"{{hex32}}\",\n        \"{{hex64}}\");", Want: false},
		{Path: "stack.py", Text: "\"endpoint\": \"https://{{hex32}}.r2.cloudflarestorage.com\",\n\"checksum\": hashlib.sha256(\n    \"{{hex64}}\"\n),", Want: false},
	},
}

// TurnstileSecretKey is CF108: hardcoded Cloudflare Turnstile secret key.
var TurnstileSecretKey = &Rule{
	ID:    "CF108",
	Name:  "cloudflare-turnstile-secret-key",
	Title: "Hardcoded Cloudflare Turnstile secret key",
	Help: `A Turnstile secret key is hardcoded. It lets anyone validate tokens as your site and read
its siteverify results. Site keys are public and are not reported; the documented dummy
keys (` + "`1x0000000000000000000000000000000AA`" + ` and friends) are never findings.

**Fix:** rotate the secret key in the Turnstile widget settings and read it from the environment.`,
	Level:            LevelWarning,
	SecuritySeverity: "6.5",
	Precision:        "medium",
	CWE:              []int{798},
	Tags:             []string{"security", "secret", "cloudflare", "credential", "turnstile"},
	Secret:           true,
	Samples: []Sample{
		{Text: `TURNSTILE_SECRET_KEY={{turnstile}}`, Want: true},
		{Text: `TURNSTILE_SECRET_KEY=1x0000000000000000000000000000000AA`, Want: false},
		{Text: `TURNSTILE_SITE_KEY={{turnstile}}`, Want: false},
		{Path: "turnstile_test.go", Text: `Secret: "0x4AAF00AAAABn0R22HWm098HVBjhdsYUc", // turnstile widget`, Want: false},
		{Path: "widgets.ts", Text: "// turnstile\nconst r = await client.turnstile.widgets.rotateSecret('0x4AAF00AAAABn0R22HWm-YUc', { account_id: acct });", Want: false},
		// A secret-length value under a turnstile name.
		{Path: "functions/api/checkout.ts", Text: "// fall back to the prod secret so preview deployments work\nconst TURNSTILE_FALLBACK = \"{{turnstile}}\";", Want: true},
		{Path: "functions/api/checkout.ts", Text: "const TURNSTILE_SITE = \"{{turnstile}}\";", Want: false},
		// An API client's request: the endpoint is a sibling of the body's parent.
		{Path: "hoppscotch.json", Text: "{\n  \"endpoint\": \"https://challenges.cloudflare.com/turnstile/v0/siteverify\",\n  \"name\": \"verify\",\n  \"params\": [],\n  \"headers\": [],\n  \"method\": \"POST\",\n  \"preRequestScript\": \"\",\n  \"testScript\": \"\",\n  \"body\": {\n    \"contentType\": \"application/x-www-form-urlencoded\",\n    \"body\": \"secret={{turnstile}}\"\n  }\n}", Want: true},
		{Path: "hoppscotch.json", Text: "{\n  \"endpoint\": \"https://captcha.example.net/verify\",\n  \"name\": \"verify\",\n  \"params\": [],\n  \"headers\": [],\n  \"method\": \"POST\",\n  \"preRequestScript\": \"\",\n  \"testScript\": \"\",\n  \"body\": {\n    \"contentType\": \"application/x-www-form-urlencoded\",\n    \"body\": \"secret={{turnstile}}\"\n  }\n}", Want: false},
		{Path: "backups/app.sql", Text: "COPY public.app_settings (key, value) FROM stdin;\nturnstile_site_key\t{{turnstile}}\nturnstile_secret_key\t{{turnstile}}\n\\.", Want: true},
		{Path: "backups/app.sql", Text: "COPY public.app_settings (key, value) FROM stdin;\nturnstile_site_key\t{{turnstile}}\n\\.", Want: false},
		{Path: "database/seeds/options.sql", Text: "INSERT INTO wp_options (option_name, option_value, autoload)\nVALUES\n    ('edge_turnstile_secret', '{{turnstile}}', 'no'),\n    ('edge_purge_on', 'publish', 'yes');", Want: true},
	},
}

// GlobalKeyAuth is CF201: authentication with the Global API Key.
var GlobalKeyAuth = &Rule{
	ID:    "CF201",
	Name:  "global-api-key-auth",
	Title: "Authentication with the Global API Key",
	Help: `Code or configuration authenticates to the Cloudflare API with the Global API Key
(` + "`X-Auth-Key`" + ` + ` + "`X-Auth-Email`" + `, ` + "`cloudflare.New(key, email)`" + `, ` + "`option.WithAPIKey`" + `,
Terraform ` + "`api_key`" + `, certbot ` + "`dns_cloudflare_api_key`" + `). The Global API Key cannot be scoped,
expired or IP-restricted; a leak exposes every account and zone of the user.

X-Auth-Key is also other vendors' header (Zilore, OpenStack Swift), so it needs Cloudflare context:
a Cloudflare API host (or a configured one) on the request or nearby, the ` + "`X-Auth-Email`" + ` partner,
a Cloudflare SDK, or Cloudflare naming (in Go: the function's names and strings, then the package's
hosts, path and imports; in text: "cloudflare" nearby or in the path). A request whose URL is another
vendor's host is never reported.

Servers that *read* the header and prose that mentions it are not reported. One auth site is one
finding: the email that goes with the key (` + "`X-Auth-Email`" + `, ` + "`option.WithAPIEmail`" + ` in the same
call as ` + "`option.WithAPIKey`" + `, ` + "`APIEmail`" + ` set with ` + "`APIKey`" + `) is part of the key's finding; an
` + "`option.WithAPIEmail`" + ` alone is reported (the SDK then reads the key from ` + "`CLOUDFLARE_API_KEY`" + `).

When the request shows its endpoint (the URL and method of the same curl command, ` + "`fetch`" + `/` + "`requests`" + `
call, ` + "`.http`" + ` request, HAR or Postman item, headers dictionary passed to one request, or Go
` + "`http.NewRequest`" + `), the message names the permission group a scoped token needs for it, from the
table of API operations in Cloudflare's OpenAPI schema; where the endpoint accepts only the Global
API Key, the finding is a note that says so instead. ` + "`cfauthlint permissions`" + ` lists every
operation a tree calls and the smallest set of groups covering them.

**Fix:** create a scoped API token and send ` + "`Authorization: Bearer <token>`" + ` (Go:
` + "`cloudflare.NewWithAPIToken`" + ` / ` + "`option.WithAPIToken`" + `; Terraform: ` + "`api_token`" + `; certbot:
` + "`dns_cloudflare_api_token`" + `).`,
	Level:            LevelWarning,
	SecuritySeverity: "6.5",
	Precision:        "high",
	CWE:              []int{287, 522},
	Tags:             []string{"security", "cloudflare", "authentication"},
	Samples: []Sample{
		// Sent to another backend: an nginx upstream, a URL variable holding another vendor's API.
		{Path: "nginx/conf.d/internal-api.conf", Text: "# reachable only from Cloudflare edge IPs\nupstream billing_backend { server 10.30.0.15:8443; }\nlocation / {\n    proxy_set_header X-Auth-Key \"$billing_key\";\n    proxy_pass https://billing_backend;\n}", Want: false},
		{Path: "nginx/conf.d/cf-api-proxy.conf", Text: "location /client/v4/ {\n    proxy_set_header X-Auth-Key $cf_key;\n    proxy_pass https://api.cloudflare.com/client/v4/;\n}", Want: true},
		{Path: "scripts/zilore-failover.sh", Text: "# Primary DNS is Cloudflare; Zilore is the secondary.\nZILORE_API=\"https://api.zilore.com/dns/v1\"\ncurl -sS -X PUT \"${ZILORE_API}/domains/${DOMAIN}/records/${ID}\" \\\n  -H \"X-Auth-Key: ${ZILORE_KEY}\"", Want: false},
		{Path: "grafana/provisioning/datasources/cloudflare.yaml", Text: "    url: https://api.cloudflare.com/client/v4/graphql\n    jsonData:\n      httpHeaderName1: X-Auth-Email\n      httpHeaderName2: X-Auth-Key\n    secureJsonData:\n      httpHeaderValue1: ops@example.com\n      httpHeaderValue2: $CF_KEY", Want: true},
		{Path: "terraform/datadog/cloudflare_integration.tf", Text: "resource \"datadog_integration_cloudflare_account\" \"edge\" {\n  name    = \"edge-ops\"\n  email   = \"noc@example.com\"\n  api_key = var.cf_global_key\n}", Want: true},
		{Path: "terraform/datadog/cloudflare_integration.tf", Text: "resource \"datadog_integration_cloudflare_account\" \"edge\" {\n  name    = \"edge-ops\"\n  api_key = var.cf_token\n}", Want: false},
		{Path: ".wgetrc", Text: "# for the dns export cron (api.cloudflare.com)\nheader = X-Auth-Email: ops@example.com\nheader = X-Auth-Key: {{hex37}}", Want: true},
		// A template's branches are alternatives: token without email.
		{Path: "private_dot_cloudflare/private_cloudflare.cfg.tmpl", Text: "[CloudFlare]\n{{- if .work }}\nemail = {{ .email }}\n{{- else }}\ntoken = {{ onepasswordRead \"op://Private/Cloudflare API token/credential\" }}\n{{- end }}", Want: false},
		// Test tools' header forms.
		{Path: "zones.feature", Text: "Feature: zones\n  Background:\n    * url 'https://api.cloudflare.com/client/v4'\n    * header X-Auth-Email = 'e2e@example.com'\n    * header X-Auth-Key = karate.properties['cf.key']", Want: true},
		{Path: "jmeter/cf-dns-load.jmx", Text: "<stringProp name=\"HTTPSampler.domain\">api.cloudflare.com</stringProp>\n<elementProp name=\"\" elementType=\"Header\">\n  <stringProp name=\"Header.name\">X-Auth-Key</stringProp>\n  <stringProp name=\"Header.value\">${CF_KEY}</stringProp>\n</elementProp>", Want: true},
		{Path: "wiremock/mappings/cf-list-zones.json", Text: "{\"request\": {\"urlPathPattern\": \"/client/v4/zones\", \"headers\": {\n  \"X-Auth-Key\": { \"matches\": \"^[0-9a-f]{37}$\" }\n}}}", Want: false},
		{Path: "src/main/java/CloudflareApi.java", Text: "// Retrofit binding for the Cloudflare v4 API\n@GET(\"zones/{zoneId}/dns_records\")\nCall<Resp> listRecords(@Path(\"zoneId\") String zoneId,\n        @Header(\"X-Auth-Key\") String apiKey);", Want: true},
		{Path: "src/main/java/WebhookController.java", Text: "/** Receives Cloudflare Notification webhooks. */\n@PostMapping(\"/hooks/cloudflare\")\npublic ResponseEntity<Void> onAlert(@RequestHeader(value = \"X-Auth-Key\", required = false) String key) {", Want: false},
		// Helm values set on the command line, by Helmfile, Terraform and cdk8s.
		{Path: "scripts/install-legacy-dns.sh", Text: "helm upgrade --install external-dns bitnami/external-dns \\\n  --set provider=cloudflare \\\n  --set cloudflare.email=ops@example.com \\\n  --set cloudflare.apiKey=$CF_KEY", Want: true},
		{Path: "scripts/install-dns.sh", Text: "helm upgrade --install external-dns bitnami/external-dns \\\n  --set provider=cloudflare \\\n  --set cloudflare.apiToken=$CF_TOKEN", Want: false},
		{Path: "Makefile", Text: "dns:\n\thelm upgrade --install external-dns external-dns/external-dns \\\n\t\t--set env[0].name=CF_API_EMAIL,env[0].value=ops@example.com \\\n\t\t--set env[1].name=CF_API_KEY,env[1].value={{hex37}}", Want: true},
		{Path: "Makefile", Text: "dns:\n\thelm upgrade --install external-dns external-dns/external-dns \\\n\t\t--set env[0].name=CF_API_TOKEN,env[0].value=$(CF_API_TOKEN)", Want: false},
		{Path: "helmfile.yaml", Text: "releases:\n  - name: external-dns\n    chart: bitnami/external-dns\n    set:\n      - name: cloudflare.email\n        value: ops@example.com\n      - name: cloudflare.apiKey\n        value: {{hex37}}", Want: true},
		{Path: "traefik.tf", Text: "resource \"helm_release\" \"traefik\" {\n  set {\n    name  = \"env[1].name\"\n    value = \"CF_API_KEY\"\n  }\n  set_sensitive {\n    name  = \"env[1].value\"\n    value = var.cf_key\n  }\n}", Want: true},
		{Path: "external-dns.tf", Text: "resource \"helm_release\" \"dns\" {\n  values = [\n    yamlencode({\n      provider = \"cloudflare\"\n      cloudflare = {\n        email  = \"ops@example.com\"\n        apiKey = var.cf_key\n      }\n    })\n  ]\n}", Want: true},
		{Path: "cdk8s-py/main.py", Text: "Helm(self, \"dns\", chart=\"external-dns\", values={\n    \"env\": [\n        {\"name\": \"CF_API_EMAIL\", \"value\": \"ops@example.com\"},\n        {\"name\": \"CF_API_KEY\", \"value\": os.environ[\"CF_KEY\"]},\n    ],\n})", Want: true},
		{Path: "docs/rules/cloudflare.md", Text: "```text\n$ leakhound scan ./infra\ninfra/certbot/cloudflare.ini:2  cloudflare-global-api-key  dns_cloudflare_api_key = 3f9c…(redacted)\n```", Want: false},
		// A docstring's attribute list describes the options.
		{Path: "src/cfkit/_types.py", Text: "class ClientOptions(TypedDict, total=False):\n    \"\"\"Options accepted by :class:`cfkit.Cloudflare`.\n\n    Attributes:\n        api_key: **Deprecated.** The account's Global API Key. Must be used\n            together with ``api_email``; sent as the ``X-Auth-Key`` header.\n        api_email: **Deprecated.** Email address of the account.\n    \"\"\"", Want: false},
		// Text in a JSON string (a GitHub issue's body, a chat message), read as Markdown.
		{Path: "issues/1187-comments.json", Text: "[{\"id\": 1, \"body\": \"we went back to key auth:\\n\\n```hcl\\nprovider \\\"cloudflare\\\" {\\n  email   = \\\"ops@example.net\\\"\\n  api_key = var.cf_key\\n}\\n```\\n\"}]", Want: true},
		{Path: "discord/workers-help.json", Text: "{\"messages\": [{\"content\": \"is this right for wrangler 3?\\n```\\nCLOUDFLARE_EMAIL=kai@example.org\\nCLOUDFLARE_API_KEY=$KEY\\n```\"}]}", Want: true},
		{Path: "discord/workers-help.json", Text: "{\"messages\": [{\"content\": \"don't set CLOUDFLARE_API_KEY any more,\\nuse CLOUDFLARE_API_TOKEN instead\"}]}", Want: false},
		// TeamCity Kotlin DSL parameters: env.* reach the build's environment.
		{Path: ".teamcity/settings.kts", Text: "params {\n    password(\"env.CLOUDFLARE_EMAIL\", \"credentialsJSON:6b1c2a4e\", display = ParameterDisplay.HIDDEN)\n    password(\"env.CLOUDFLARE_API_KEY\", \"{{hex37}}\", display = ParameterDisplay.HIDDEN)\n}", Want: true},
		{Path: ".teamcity/settings.kts", Text: "val key = DslContext.getParameter(\"env.CLOUDFLARE_API_KEY\")", Want: false},
		{Path: "purge.sh", Text: `curl -X POST https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache -H "X-Auth-Email: $CF_EMAIL" -H "X-Auth-Key: $CF_KEY"`, Want: true},
		{Path: "client.py", Text: `headers = {"X-Auth-Email": email, "X-Auth-Key": key}`, Want: true},
		{Path: "client.js", Text: `fetch(url, { headers: { 'x-auth-email': email, 'X-AUTH-KEY': process.env.CF_KEY } })`, Want: true},
		{Path: "api.http", Text: "GET https://api.cloudflare.com/client/v4/user\nX-Auth-Email: {{email}}\nX-Auth-Key: {{key}}", Want: true},
		{Path: "tasks.yml", Text: "    headers:\n      X-Auth-Email: \"{{ cf_email }}\"\n      X-Auth-Key: \"{{ cf_key }}\"", Want: true},
		{Path: "dns.ps1", Text: `$headers = @{ "X-Auth-Email" = $email; "X-Auth-Key" = $key }`, Want: true},
		{Path: "examples/python/token_redaction.py", Text: "# Cloudflare header redaction\nif __name__ == \"__main__\":\n    sample = 'headers={\"X-Auth-Key\": \"fake-fake-fake\", \"Authorization\": \"Bearer test-token\"}'\n    print(redact(sample))", Want: false},
		{Path: "semgrep/tests/cloudflare-global-api-key.py", Text: "def purge():\n    return requests.post(\n        \"https://api.cloudflare.com/client/v4/zones/\" + ZONE + \"/purge_cache\",\n        headers={\"Authorization\": \"Bearer \" + TOKEN},\n    )\n\n\ndef ok_other_vendor():\n    return requests.get(\n        \"https://api.zilore.com/dns/v1/domains\",\n        headers={\"X-Auth-Key\": os.environ.get(\"DNS_KEY\")},\n    )\n", Want: false},
		{Path: "semgrep/tests/cloudflare-global-api-key.py", Text: "def purge():\n    return requests.post(\n        \"https://api.cloudflare.com/client/v4/zones/\" + ZONE + \"/purge_cache\",\n        headers={\"Authorization\": \"Bearer \" + TOKEN},\n    )\n\n\ndef ok_other_vendor():\n    return requests.get(\n        \"https://api.cloudflare.com/client/v4/zones\",\n        headers={\"X-Auth-Key\": os.environ.get(\"DNS_KEY\")},\n    )\n", Want: true},
		{Path: "internal/httpx/redact_test.go", Text: "// Cloudflare request headers\nfunc TestRedact(t *testing.T) {\n\th := http.Header{}\n\th.Set(\"X-Auth-Key\", fakeKey)\n\th.Set(\"Accept\", \"application/json\")\n\n\tgot := Redact(h)\n\t_ = got\n}", Want: false},
		{Path: "internal/httpx/client_test.go", Text: "// Cloudflare request headers\nfunc TestPurge(t *testing.T) {\n\treq.Header.Set(\"X-Auth-Key\", fakeKey)\n\tlog.Print(Redact(req.Header))\n\tresp, _ := http.DefaultClient.Do(req)\n}", Want: true},
		{Path: "examples/python/purge.py", Text: "# Cloudflare cache purge\nheaders = {\"X-Auth-Key\": key, \"X-Auth-Email\": email}\nprint(redact(str(headers)))\nrequests.post(CF_API + \"/purge_cache\", headers=headers)", Want: true},
		{Path: "jira/PLAT-2198.xml", Text: "<item>\n<description>&lt;pre class=&quot;code-java&quot;&gt;req.Header.Set(&lt;span class=&quot;code-quote&quot;&gt;&amp;quot;X-Auth-Email&amp;quot;&lt;/span&gt;, email)\nreq.Header.Set(&lt;span class=&quot;code-quote&quot;&gt;&amp;quot;X-Auth-Key&amp;quot;&lt;/span&gt;, key)&lt;/pre&gt;</description>\n</item>", Want: true},
		{Path: "jira/PLAT-2198.xml", Text: "<item>\n<description>&lt;p&gt;The purger still sends the &lt;tt&gt;X-Auth-Key&lt;/tt&gt; header with the account owner&amp;#39;s Global API Key; move it to a scoped token.&lt;/p&gt;</description>\n</item>", Want: false},
		{Path: "cfpurge.tcl", Text: "set tok [http::geturl \"$cf_api/zones/$cf_zone/purge_cache\" \\\n    -method POST \\\n    -headers [list \\\n        X-Auth-Email $cf_email \\\n        X-Auth-Key $cf_key] \\\n    -timeout 15000]", Want: true},
		{Path: "cfpurge.tcl", Text: "set tok [http::geturl \"$cf_api/zones\" -headers [list \"X-Auth-Key\" $cf_key \"X-Auth-Email\" $cf_email]]", Want: true},
		{Path: "proxy.tcl", Text: "# Cloudflare callback: the caller's key, if any\nset key [dict get $req headers X-Auth-Key]", Want: false},
		// DDNS and ACME clients (docs/ecosystem.md).
		{Path: "account.conf", Text: "SAVED_CF_Key='{{hex37}}'\nSAVED_CF_Email='ops@example.com'", Want: true},
		{Path: "account.conf", Text: "SAVED_CF_Token='{{tok40}}'\nSAVED_CF_Account_ID='{{hex32}}'", Want: false},
		// dehydrated's cloudflare hook: blank-separated keys of several accounts.
		{Path: "hook-env.sh", Text: "export CF_EMAIL='a@example.com b@example.com'\nexport CF_KEY='{{hex37}} {{hex37}}'", Want: true},
		{Path: "renew.sh", Text: "CLOUDFLARE_EMAIL=ops@example.com \\\nCLOUDFLARE_API_KEY={{hex37}} \\\nlego --dns cloudflare run", Want: true},
		{Path: "cert.ps1", Text: "$pArgs = @{\n    CFAuthEmail = 'ops@example.com'\n    CFAuthKey = '{{hex37}}'\n}\nNew-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs", Want: true},
		{Path: "cert.ps1", Text: "$pArgs = @{\n    CFAuthEmail = 'ops@example.com'\n    CFAuthKeySecure = (Read-Host 'Global key' -AsSecureString)\n}\nNew-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs", Want: true},
		{Path: "Cloudflare.ps1", Text: "        [securestring]$CFAuthKeySecure,\n        [string]$CFAuthKey,\n    $apiRoot = 'https://api.cloudflare.com/client/v4/zones'", Want: false},
		{Path: "cert.ps1", Text: "$pArgs = @{ CFTokenInsecure = '{{tok40}}' }\nNew-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare\nzone=example.org\nlogin=ops@example.org\npassword={{hex37}}\nhome.example.org", Want: true},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, \\\nzone=example.org, \\\nlogin=token, \\\npassword={{tok40}} \\\nhome.example.org", Want: false},
		{Path: "ddclient.conf", Text: "#protocol=cloudflare\n#login=your-login-email\n#password=APIKey", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, zone=example.com, login=ops@example.com, password={{hex37}} home.example.com", Want: true},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, zone=example.com, login=token, password={{tok40}} home.example.com", Want: false},
		// Each entry's own login: the token entry above a Global-key entry.
		{Path: "ddclient.conf", Text: "protocol=cloudflare, \\\nzone=lab.example.net, \\\nttl=1, \\\nlogin=token, \\\npassword={{tok40}} \\\nhome.lab.example.net\n\nprotocol=dyndns2, \\\nserver=members.dyndns.org, \\\nlogin=dad@example.org, \\\npassword=$(cat /run/secrets/dyn) \\\nnas.example.org", Want: false},
		{Path: "ddclient.conf", Text: "protocol=cloudflare, \\\nzone=lab.example.net, \\\nlogin=token, \\\npassword=${CF_TOKEN} \\\nhome.lab.example.net\n\nprotocol=cloudflare, \\\nzone=example.org, \\\nlogin=dad@example.org, \\\npassword={{hex37}} \\\nnas.example.org", Want: true},
		{Path: "docker-compose.yml", Text: "    image: oznu/cloudflare-ddns\n    environment:\n      - EMAIL=ops@example.com\n      - API_KEY={{hex37}}", Want: true},
		{Path: "docker-compose.yml", Text: "    image: oznu/cloudflare-ddns\n    environment:\n      - API_KEY_FILE=/run/secrets/cf\n      - EMAIL=ops@example.com", Want: true},
		{Path: "docker-compose.yml", Text: "    image: oznu/cloudflare-ddns\n    environment:\n      - API_KEY={{tok40}}\n      - ZONE=example.com", Want: false},
		{Path: "run.sh", Text: "docker run -d -e EMAIL=ops@example.com -e API_KEY={{hex37}} -e ZONE=example.com oznu/cloudflare-ddns", Want: true},
		{Path: "run.sh", Text: "docker run -d -e EMAIL=$CF_EMAIL -e API_KEY={{tok40}} -e ZONE=example.com oznu/cloudflare-ddns", Want: false},
		{Path: "ddns-updater.env", Text: `CONFIG={"settings":[{"provider":"cloudflare","domain":"example.com","email":"ops@example.com","key":"{{hex37}}"}]}`, Want: true},
		{Path: "config.json", Text: "{\"cloudflare\": [{\"authentication\": {\n  \"api_token\": \"api_token_here\",\n  \"api_key\": {\n    \"api_key\": \"{{hex37}}\",\n    \"account_email\": \"ops@example.com\"\n  }\n}}]}", Want: true},
		{Path: "config.json", Text: "{\"cloudflare\": [{\"authentication\": {\n  \"api_token\": \"{{tok40}}\",\n  \"api_key\": {\n    \"api_key\": \"api_key_or_empty\",\n    \"account_email\": \"your_email_or_empty\"\n  }\n}}]}", Want: false},
		{Path: "config.json", Text: "{\"settings\": [{\n  \"provider\": \"cloudflare\",\n  \"zone_identifier\": \"{{hex32}}\",\n  \"email\": \"ops@example.com\",\n  \"key\": \"{{hex37}}\"\n}]}", Want: true},
		{Path: "config.json", Text: "{\"settings\": [{\n  \"provider\": \"namecheap\",\n  \"email\": \"ops@example.com\",\n  \"key\": \"{{hex37}}\"\n}]}", Want: false},
		{Path: "Client.cs", Text: "client.DefaultRequestHeaders.Add(\"X-Auth-Email\", email);\nclient.DefaultRequestHeaders.Add(\"X-Auth-Key\", apiKey);", Want: true},
		{Path: "main.tf", Text: "provider \"cloudflare\" {\n  email   = var.cloudflare_email\n  api_key = var.cloudflare_api_key\n}", Want: true},
		{Path: "fix-creds.patch", Text: "--- a/providers.tf\n+++ b/providers.tf\n@@ -1,4 +1,3 @@\n provider \"cloudflare\" {\n-  email   = var.cloudflare_email\n-  api_key = var.cloudflare_api_key\n+  api_token = var.cloudflare_api_token\n }", Want: true},
		{Path: "docs/migrate.md", Text: "```diff\n provider \"cloudflare\" {\n-  api_key = var.cloudflare_api_key\n+  api_token = var.cloudflare_api_token\n }\n```", Want: true},
		{Path: "fix-creds.patch", Text: "--- a/providers.tf\n+++ b/providers.tf\n@@ -1,4 +1,3 @@\n provider \"datadog\" {\n-  api_key = var.datadog_api_key\n }\n provider \"cloudflare\" {\n   api_token = var.cloudflare_api_token\n }", Want: false},
		{Path: "cloudflare.ini", Text: "dns_cloudflare_email = me@example.com\ndns_cloudflare_api_key = {{hex37}}", Want: true},
		{Path: "deploy.yml", Text: "    env:\n      CLOUDFLARE_API_KEY: ${{ secrets.CLOUDFLARE_API_KEY }}\n      CLOUDFLARE_EMAIL: ${{ secrets.CLOUDFLARE_EMAIL }}", Want: true},
		{Path: "collection.json", Text: "{ \"key\": \"X-Auth-Email\", \"value\": \"{{email}}\", \"type\": \"text\" },\n{ \"key\": \"X-Auth-Key\", \"value\": \"{{global_key}}\", \"type\": \"text\" }", Want: true},
		{Path: "session.har", Text: "            \"url\": \"https://api.cloudflare.com/client/v4/user\",\n            { \"name\": \"X-Auth-Key\", \"value\": \"abc\" }", Want: true},
		{Path: "cloudflare-probe.yaml", Text: "          httpHeaders:\n            - name: X-Auth-Key\n              value: abc", Want: true},
		{Path: "API.swift", Text: "// Cloudflare client\nreq.setValue(key, forHTTPHeaderField: \"X-Auth-Key\")", Want: true},
		// X-Auth-Key is also other vendors' header: CF201 needs Cloudflare context.
		{Path: "zilore.sh", Text: "curl https://api.zilore.com/dns/v1/domains \\\n  -H \"X-Auth-Key: $ZILORE_KEY\"", Want: false},
		{Path: "dns.py", Text: "headers = {\"X-Auth-Key\": key}\nrequests.get(\"https://api.zilore.com/dns/v1/domains\", headers=headers)", Want: false},
		// … also when the API host is named only in a comment.
		{Path: "vendors.go", Text: "// None of these requests go to api.cloudflare.com.\nfunc zilore() {\n\treq, _ := http.NewRequest(http.MethodGet, \"https://api.zilore.com/dns/v1/domains\", nil)\n\treq.Header.Set(\"X-Auth-Key\", os.Getenv(\"ZILORE_API_KEY\"))\n}", Want: false},
		// A command continued with `\` is its own request: a Swift command after it is not.
		// A Node-RED http request node's header items (keyValue / valueValue).
		{Path: "node-red/flows.json", Text: "        \"url\": \"https://api.cloudflare.com/client/v4/zones\",\n        \"headers\": [\n            {\n                \"keyType\": \"other\",\n                \"keyValue\": \"X-Auth-Key\",\n                \"valueType\": \"other\",\n                \"valueValue\": \"${CF_GLOBAL_KEY}\"\n            }\n        ],", Want: true},
		{Path: "node-red/flows.json", Text: "        \"url\": \"https://api.cloudflare.com/client/v4/zones\",\n        \"headers\": [\n            {\n                \"keyType\": \"other\",\n                \"keyValue\": \"X-Auth-Key\",\n                \"valueType\": \"other\",\n                \"valueValue\": \"\"\n            }\n        ],", Want: false},
		// An n8n credentials export: the header credential named for Cloudflare
		// beside another vendor's server; one named for another vendor is not.
		{Path: "n8n/credentials/export.json", Text: "[\n  {\n    \"name\": \"Cloudflare Global Key (legacy)\",\n    \"data\": {\n      \"name\": \"X-Auth-Key\",\n      \"value\": \"${CF_KEY}\"\n    },\n    \"type\": \"httpHeaderAuth\"\n  },\n  {\n    \"name\": \"GitHub\",\n    \"data\": {\n      \"server\": \"https://api.github.com\"\n    },\n    \"type\": \"githubApi\"\n  }\n]", Want: true},
		{Path: "n8n/credentials/export.json", Text: "[\n  {\n    \"name\": \"Cloudflare account\",\n    \"data\": {\n      \"apiToken\": \"${CF_TOKEN}\"\n    },\n    \"type\": \"cloudflareApi\"\n  },\n  {\n    \"name\": \"Zilore DNS\",\n    \"data\": {\n      \"name\": \"X-Auth-Key\",\n      \"value\": \"${ZILORE_KEY}\"\n    },\n    \"type\": \"httpHeaderAuth\"\n  },\n  {\n    \"name\": \"Zilore API\",\n    \"data\": {\n      \"server\": \"https://api.zilore.com\"\n    }\n  }\n]", Want: false},
		// A NiFi InvokeHTTP dynamic property (XML entry key, then value).
		{Path: "nifi/templates/cloudflare-logs.xml", Text: "<entry>\n    <key>Remote URL</key>\n    <value>https://api.cloudflare.com/client/v4/zones/${zone}/logs/received</value>\n</entry>\n<entry>\n    <key>X-Auth-Key</key>\n    <value>#{cf_global_key}</value>\n</entry>", Want: true},
		{Path: "nifi/templates/cloudflare-logs.xml", Text: "<entry>\n    <key>Remote URL</key>\n    <value>https://api.cloudflare.com/client/v4/zones/${zone}/logs/received</value>\n</entry>\n<entry>\n    <key>X-Auth-Key</key>\n</entry>", Want: false},
		// A CRD's schema of the solver's property is no use of it.
		{Path: "deploy/crds/cert-manager.io_issuers.yaml", Text: "                      cloudflare:\n                        description: Use the Cloudflare API to manage DNS01 challenge records.\n                        properties:\n                          apiKeySecretRef:\n                            description: |-\n                              API key to use to authenticate with Cloudflare.\n                            properties:\n                              key:\n                                type: string", Want: false},
		{Path: "issuer.yaml", Text: "    solvers:\n      - dns01:\n          cloudflare:\n            email: ops@example.com\n            apiKeySecretRef:\n              name: cloudflare-api-key-secret\n              key: api-key", Want: true},
		// A script reading its own setting with a default selects nothing; a
		// compose file handing the variable to a container's tool does.
		{Path: "dnsapi/dns_cf.sh", Text: "dns_cf_add() {\n  CF_Token=\"${CF_Token:-$(_readaccountconf_mutable CF_Token)}\"\n  CF_Key=\"${CF_Key:-$(_readaccountconf_mutable CF_Key)}\"\n  CF_Email=\"${CF_Email:-$(_readaccountconf_mutable CF_Email)}\"\n}", Want: false},
		{Path: "docker-compose.yml", Text: "services:\n  acme:\n    image: neilpang/acme.sh\n    environment:\n      - CF_Key=${CF_Key:-}\n      - CF_Email=${CF_Email:-}", Want: true},
		// Task's dynamic variable (`sh:` below); a hook's detection pattern is not a setting.
		{Path: "Taskfile.yml", Text: "env:\n  CLOUDFLARE_EMAIL: ops@example.com\n  CLOUDFLARE_API_KEY:\n    sh: op read \"op://Ops/cloudflare-global-key/credential\"", Want: true},
		{Path: ".config/git/hooks/pre-commit", Text: "patterns=(\n  'CLOUDFLARE_API_KEY=[a-f0-9]{37}'\n  'X-Auth-Key:[[:space:]]*[a-f0-9]{37}'\n)", Want: false},
		// Elastic's Cloudflare integration vars; QRadar's RequestHeader element.
		{Path: "fleet/package_policies/cloudflare-logpull.json", Text: "{\n  \"package\": {\"name\": \"cloudflare\"},\n  \"vars\": {\n    \"url\": \"https://api.cloudflare.com\",\n    \"auth.email\": \"secops@example.com\",\n    \"auth.api_key\": \"REPLACE_ME_KEY\"\n  }\n}", Want: true},
		{Path: "fleet/package_policies/cloudflare-logpull.json", Text: "{\n  \"package\": {\"name\": \"cloudflare\"},\n  \"vars\": {\n    \"url\": \"https://api.cloudflare.com\",\n    \"auth.api_key\": \"REPLACE_ME_KEY\"\n  }\n}", Want: false},
		{Path: "qradar/Cloudflare-Workflow.xml", Text: "<CallEndpoint url=\"https://api.cloudflare.com/client/v4/zones/${/zone_id}/logs/received\" method=\"GET\">\n    <RequestHeader name=\"X-Auth-Email\" value=\"${/auth_email}\" />\n    <RequestHeader name=\"X-Auth-Key\" value=\"${/api_key}\" />\n</CallEndpoint>", Want: true},
		{Path: "qradar/Cloudflare-Workflow.xml", Text: "<CallEndpoint url=\"https://api.cloudflare.com/client/v4/zones/${/zone_id}/logs/received\" method=\"GET\">\n    <RequestHeader name=\"X-Auth-Key\" value=\"\" />\n</CallEndpoint>", Want: false},
		// A continued command's own URL is another vendor's, after a Cloudflare call above.
		{Path: "scripts/zilore_sync.sh", Text: "ZILORE_API=\"https://api.zilore.com/dns/v1\"\nrecords=\"$(curl -sS -H \"Authorization: Bearer ${CF_API_TOKEN}\" \\\n    \"https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/dns_records\")\"\nold_ids=\"$(curl -sS -H \"X-Auth-Key: ${ZILORE_API_KEY}\" \\\n    \"${ZILORE_API}/domains/${DOMAIN}/records\")\"", Want: false},
		{Path: "scripts/cf_sync.sh", Text: "ZILORE_API=\"https://api.zilore.com/dns/v1\"\nCF_API=\"https://api.cloudflare.com/client/v4\"\nold_ids=\"$(curl -sS -H \"X-Auth-Key: ${ZILORE_API_KEY}\" \\\n    \"${ZILORE_API}/domains/${DOMAIN}/records\")\"\nrecords=\"$(curl -sS -H \"X-Auth-Email: ${CF_EMAIL}\" -H \"X-Auth-Key: ${CF_API_KEY}\" \\\n    \"${CF_API}/zones/${CF_ZONE_ID}/dns_records\")\"", Want: true},
		// An Unraid template's variable: the element's text is the value.
		{Path: "templates-user/my-traefik.xml", Text: "<Container version=\"2\">\n  <Config Name=\"Cloudflare email\" Target=\"CF_API_EMAIL\" Default=\"\" Type=\"Variable\">ops@example.com</Config>\n  <Config Name=\"Cloudflare Global API Key\" Target=\"CF_API_KEY\" Default=\"\" Type=\"Variable\" Mask=\"true\">REPLACE_ME_KEY</Config>\n</Container>", Want: true},
		{Path: "templates/traefik.xml", Text: "<Container version=\"2\">\n  <Config Name=\"Cloudflare Global API Key\" Target=\"CF_API_KEY\" Default=\"\" Type=\"Variable\" Mask=\"true\"/>\n  <Config Name=\"Cloudflare DNS token\" Target=\"CF_DNS_API_TOKEN\" Default=\"\" Type=\"Variable\" Mask=\"true\"/>\n</Container>", Want: false},
		// A VS Code extension's own setting key is no chart value path.
		{Path: ".vscode/settings.json", Text: "{\n  \"cloudflare.email\": \"dev@example.com\",\n  \"cloudflare.apiKey\": \"REPLACE_ME_KEY\"\n}", Want: false},
		{Path: "deploy.sh", Text: "helm upgrade --install external-dns bitnami/external-dns --set provider=cloudflare --set cloudflare.email=ops@example.com --set cloudflare.apiKey=$CF_API_KEY", Want: true},
		// A recorder's map of headers to scrub is no request.
		{Path: "test/setup/nock-back.ts", Text: "// Cloudflare API fixtures\nconst REDACT: Record<string, string> = {\n  authorization: 'Bearer <CLOUDFLARE_API_TOKEN>',\n  'x-auth-key': '<CLOUDFLARE_API_KEY>',\n};", Want: false},
		{Path: "src/purge.ts", Text: "// Cloudflare API purge\nconst headers: Record<string, string> = {\n  'x-auth-email': process.env.CF_EMAIL,\n  'x-auth-key': process.env.CF_API_KEY,\n};", Want: true},
		// A TOML table of headers (Telegraf) and a Name=value headers string (statping).
		{Path: "telegraf.d/cloudflare.conf", Text: "[[inputs.http]]\n  urls = [\"https://api.cloudflare.com/client/v4/zones/x/settings/ssl\"]\n\n  [inputs.http.headers]\n    X-Auth-Email = \"${CF_API_EMAIL}\"\n    X-Auth-Key = \"${CF_API_KEY}\"", Want: true},
		{Path: "telegraf.d/cloudflare.conf", Text: "[[inputs.http]]\n  urls = [\"https://api.cloudflare.com/client/v4/zones/x/settings/ssl\"]\n\n  [inputs.http.tags]\n    X-Auth-Key = \"global\"", Want: false},
		{Path: "statping/services.yml", Text: "services:\n  - name: Cloudflare API\n    domain: https://api.cloudflare.com/client/v4/zones/x\n    headers: \"X-Auth-Email=admin@example.net,X-Auth-Key=${CF_KEY}\"", Want: true},
		{Path: "statping/services.yml", Text: "services:\n  - name: Cloudflare API\n    domain: https://api.cloudflare.com/client/v4/zones/x\n    description: \"needs X-Auth-Email, X-Auth-Key=global key\"", Want: false},
		{Path: "justfile", Text: "api := \"https://api.cloudflare.com/client/v4\"\n\nsettings:\n    curl -sS \"{{api}}/zones/{{zone}}/settings\" \\\n      -H \"X-Auth-Email: $CF_API_EMAIL\" \\\n      -H \"X-Auth-Key: $CF_API_KEY\" | jq .result\n\nmirror:\n    curl -si https://swift.example.net/auth/v1.0 \\\n      -H \"X-Auth-User: $SWIFT_USER\" \\\n      -H \"X-Auth-Key: $SWIFT_KEY\"", Want: true},
		{Path: "bin/dns-sync.sh", Text: "# Cloudflare (api.cloudflare.com): zone settings\ncurl -sS \"$CF_API/zones/$ZONE/settings\" \\\n  -H \"X-Auth-Email: $CF_EMAIL\" \\\n  -H \"X-Auth-Key: $CF_KEY\"\ncurl -sS https://api.zilore.com/dns/v1/domains -H \"X-Auth-Key: $ZILORE_KEY\"", Want: true},
		// CMS plugins: the WordPress plugin's constant, WP Rocket's settings.
		{Path: "wp-config.php", Text: "/* Cloudflare plugin auto-login */\ndefine( 'CLOUDFLARE_EMAIL', 'webops@example.com' );\ndefine( 'CLOUDFLARE_API_KEY', getenv( 'CF_KEY' ) );", Want: true},
		{Path: "ops/wp-rocket/wp-rocket-settings.json", Text: "{\n    \"do_cloudflare\": 1,\n    \"cloudflare_email\": \"webops@example.com\",\n    \"cloudflare_api_key\": \"REPLACE_ME_KEY\",\n    \"cloudflare_devmode\": 0\n}", Want: true},
		{Path: "terraform.tfvars.json", Text: "{\n    \"cloudflare_email\": \"webops@example.com\",\n    \"cloudflare_api_key\": \"REPLACE_ME_KEY\"\n}", Want: false},
		// TYPO3 EXT:cloudflare in a PHP array or by subscripts, a token when
		// useBearerAuthentication is 1; Drupal's cloudflare.settings with
		// auth_using key; W3 Total Cache's master.php.
		{Path: "public/typo3conf/LocalConfiguration.php", Text: "    'EXTENSIONS' => [\n        'cloudflare' => [\n            'apiEmail' => 'web@example.com',\n            'apiKey' => 'REPLACE_ME_KEY',\n            'useBearerAuthentication' => '0',\n        ],\n    ],", Want: true},
		{Path: "config/system/settings.php", Text: "    'EXTENSIONS' => [\n        'cloudflare' => [\n            'apiEmail' => '',\n            'apiKey' => getenv('CF_TOKEN'),\n            'useBearerAuthentication' => '1',\n        ],\n    ],", Want: false},
		{Path: "config/services.php", Text: "    'cloudflare' => [\n        'zone' => env('CLOUDFLARE_ZONE_ID'),\n    ],\n    'mailer' => [\n        'apiEmail' => 'web@example.com',\n        'apiKey' => env('MAILER_KEY'),\n    ],", Want: false},
		{Path: "config/system/additional.php", Text: "$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiEmail'] = 'web@example.com';\n$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiKey'] = (string)getenv('CF_KEY');", Want: true},
		{Path: "config/system/additional.php", Text: "$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['useBearerAuthentication'] = '1';\n$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiEmail'] = '';\n$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiKey'] = (string)getenv('CF_TOKEN');", Want: false},
		{Path: "config/system/additional.php", Text: "// EXT:cloudflare: token from the environment\n$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiKey'] = (string)getenv('CF_TOKEN');", Want: false},
		{Path: "web/sites/default/settings.php", Text: "$config['cloudflare.settings']['auth_using'] = 'key';\n$config['cloudflare.settings']['email'] = getenv('CLOUDFLARE_EMAIL');\n$config['cloudflare.settings']['apikey'] = getenv('CF_KEY');", Want: true},
		{Path: "web/sites/default/settings.php", Text: "$config['cloudflare.settings']['auth_using'] = 'token';\n$config['cloudflare.settings']['email'] = getenv('CLOUDFLARE_EMAIL');\n$config['cloudflare.settings']['apikey'] = getenv('CF_TOKEN');", Want: false},
		{Path: "scripts/cloudflare_setup.php", Text: "$c = \\Drupal::configFactory()->getEditable('cloudflare.settings');\n$c->set('auth_using', 'key')->set('apikey', getenv('CLOUDFLARE_API_KEY'))\n  ->set('email', 'admin@example.com')->save();", Want: true},
		{Path: "scripts/cloudflare_setup.php", Text: "$c = \\Drupal::configFactory()->getEditable('cloudflare.settings');\n$c->set('auth_using', 'token')->set('api_token', getenv('CLOUDFLARE_API_TOKEN'))->set('apikey', getenv('CF_OLD_KEY'))\n  ->set('email', 'admin@example.com')->save();", Want: false},
		{Path: "config/sync/cloudflare.settings.yml", Text: "auth_using: key\napikey: REPLACE_ME_KEY\nemail: web@example.com\nvalid_credentials: true", Want: true},
		{Path: "config/sync/cloudflare.settings.yml", Text: "auth_using: token\napi_token: REPLACE_ME_TOKEN\napikey: REPLACE_ME_KEY\nemail: web@example.com", Want: false},
		{Path: "wp-content/w3tc-config/master.php", Text: "<?php exit; ?>{\n    \"extensions.settings\": {\n        \"cloudflare\": {\n            \"email\": \"web@example.com\",\n            \"key\": \"REPLACE_ME_KEY\",\n            \"zone_id\": \"\"\n        }\n    }\n}", Want: true},
		{Path: "wp-content/w3tc-config/master.php", Text: "<?php exit; ?>{\n    \"extensions.active\": {\n        \"cloudflare\": \"*\"\n    },\n    \"cdn.rscf\": {\n        \"email\": \"web@example.com\",\n        \"key\": \"REPLACE_ME_KEY\"\n    }\n}", Want: false},
		{Path: "config/project/project.yaml", Text: "plugins:\n  cloudflare:\n    enabled: true\n    settings:\n      apiKey: $CLOUDFLARE_API_KEY\n      apiToken: ''\n      authType: key\n      email: $CLOUDFLARE_EMAIL", Want: true},
		{Path: "config/project/project.yaml", Text: "plugins:\n  cloudflare:\n    enabled: true\n    settings:\n      apiKey: $CLOUDFLARE_OLD_KEY\n      apiToken: $CLOUDFLARE_API_TOKEN\n      authType: token\n      email: $CLOUDFLARE_EMAIL", Want: false},
		// An openapi-generator Python client of the Cloudflare spec given the api_key and api_email schemes.
		{Path: "legacy_client.py", Text: "configuration = cloudflare_client.Configuration(host=\"https://api.cloudflare.com/client/v4\")\nconfiguration.api_key['api_email'] = os.environ[\"CLOUDFLARE_EMAIL\"]\nconfiguration.api_key['api_key'] = os.environ[\"CLOUDFLARE_API_KEY\"]", Want: true},
		{Path: "vendors.py", Text: "# Cloudflare uses tokens (cf.py); this is the status page vendor's generated client.\nconfiguration = statuspage_client.Configuration(host=\"https://api.statuspage.example\")\nconfiguration.api_key['api_key'] = os.environ[\"STATUSPAGE_KEY\"]", Want: false},
		// A third-party Go client's key + email option.
		{Path: "integration_test.go", Text: "import cloudflare \"github.com/example-platform/cloudflare-go-lite\"\n\nclient, err := cloudflare.New(cloudflare.WithAPIKey(key, email), cloudflare.WithUserAgent(\"it\"))", Want: true},
		{Path: "client_test.go", Text: "import cloudflare \"github.com/example-platform/cloudflare-go-lite\"\n\nclient, err := cloudflare.New(cloudflare.WithAPIKey(token), cloudflare.WithUserAgent(\"it\"))", Want: false},
		// Render's envVars item whose value is entered in the dashboard.
		{Path: "render.yaml", Text: "    envVars:\n      - key: CLOUDFLARE_EMAIL\n        value: platform@acme.example\n      - key: CLOUDFLARE_API_KEY\n        sync: false", Want: true},
		// Jsonnet k8s-libsonnet env from a Secret.
		{Path: "lib/external-dns.libsonnet", Text: "local keyEnv = [\n  envVar.fromSecretRef('CF_API_EMAIL', c.secretName, 'email'),\n  envVar.fromSecretRef('CF_API_KEY', c.secretName, 'cloudflare-api-key'),\n],", Want: true},
		// Another SDK's functional options after its New.
		{Path: "README.md", Text: "Cloudflare API client.\n\n```go\nclient, err := cloudflare.New(\n\tcloudflare.WithAPIToken(os.Getenv(\"CLOUDFLARE_API_TOKEN\")),\n)\n```", Want: false},
		// An SDK's auth plumbing: the header only when its user set the key.
		{Path: "src/index.ts", Text: "export class Cloudflare extends Core.APIClient {\n  protected apiKeyAuth(opts: Core.FinalRequestOptions): Core.Headers {\n    if (this.apiKey == null) return {};\n    return { 'X-Auth-Key': this.apiKey };\n  }\n}", Want: false},
		{Path: "src/client.ts", Text: "export class Cloudflare {\n  protected async apiKeyAuth(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {\n    if (this.apiKey == null) {\n      return undefined;\n    }\n    return buildHeaders([{ 'X-Auth-Key': this.apiKey }]);\n  }\n}", Want: false},
		{Path: "src/client.ts", Text: "export class Cloudflare {\n  withOptions(options: Partial<ClientOptions>): this {\n    return new (this.constructor as any)({\n      ...this._options,\n      apiKey: this.apiKey,\n      apiEmail: this.apiEmail,\n      ...options,\n    });\n  }\n}", Want: false},
		// cloudflare-python's own client: a header property over a local copy of the field, default headers that send it only when set, with_options keeping it.
		{Path: "src/cloudflare/_client.py", Text: "class Cloudflare(SyncAPIClient):\n    @property\n    def _api_key(self) -> dict[str, str]:\n        api_key = self.api_key\n        if api_key is None:\n            return {}\n        return {\"X-Auth-Key\": api_key}", Want: false},
		{Path: "src/cloudflare/_client.py", Text: "class Cloudflare(SyncAPIClient):\n    def default_headers(self) -> dict[str, str | Omit]:\n        return {\n            \"X-Auth-Key\": self.api_key if self.api_key is not None else Omit(),\n            \"X-Auth-Email\": self.api_email if self.api_email is not None else Omit(),\n        }", Want: false},
		{Path: "src/cloudflare/_client.py", Text: "class Cloudflare(SyncAPIClient):\n    def copy(self, *, api_key: str | None = None, api_email: str | None = None):\n        return self.__class__(\n            api_key=api_key or self.api_key,\n            api_email=api_email or self.api_email,\n        )", Want: false},
		{Path: "purge.py", Text: "# Cloudflare cache purge\napi_key = os.environ[\"CF_KEY\"]\nheaders = {\"X-Auth-Key\": api_key, \"X-Auth-Email\": email}", Want: true},
		{Path: "purge.py", Text: "client = Cloudflare(\n    api_key=api_key or os.environ[\"CF_KEY\"],\n    api_email=email,\n)", Want: true},
		{Path: "src/index.ts", Text: "export class Cloudflare extends Core.APIClient {\n  protected apiKeyAuth(opts: Core.FinalRequestOptions): Core.Headers {\n    return { 'X-Auth-Key': this.apiKey };\n  }\n}", Want: true},
		// A labelled sample fed to a detector in a test's table.
		{Path: "tests/test_cloudflare_plugin.py", Text: "# Cloudflare Global API Key detector\n@pytest.mark.parametrize('line, should_flag', [\n    (f'\"X-Auth-Key\": \"{fake_key()}\"', True),\n    ('\"X-Auth-Key\": \"<GLOBAL_API_KEY>\"', False),\n])", Want: false},
		{Path: "client.go", Text: "req.Header.Set(\"X-Auth-Key\", c.accessKey)", Want: false},
		{Path: "user.sh", Text: `http GET https://api.cloudflare.com/client/v4/user X-Auth-Email:"$E" X-Auth-Key:"$K"`, Want: true},
		{Path: "one.py", Text: `requests.get(URL, headers={"X-Auth-Email": e, "X-Auth-Key": k})`, Want: true},
		{Path: "audit.ipynb", Text: `    "legacy = {\"X-Auth-Email\": EMAIL, \"X-Auth-Key\": KEY}\n",`, Want: true},
		{Path: "dns.go", Text: "import \"github.com/cloudflare/cloudflare-go\"\n\napi, err := cloudflare.New(os.Getenv(\"CF_API_KEY\"), os.Getenv(\"CF_API_EMAIL\"))", Want: true},
		// cloudflare-go v0 under another name (the text rules; --go=auto reads the types).
		{Path: "dns.go", Text: "import (\n\t\"os\"\n\n\tcf \"github.com/cloudflare/cloudflare-go\"\n)\n\nfunc c() { api, _ := cf.New(os.Getenv(\"K\"), os.Getenv(\"E\")) }", Want: true},
		{Path: "dns.go", Text: "import cf \"github.com/cloudflare/cloudflare-go\"\n\nfunc c() { api, _ := cf.NewWithAPIToken(os.Getenv(\"T\")) }", Want: false},
		{Path: "dns.go", Text: "import cf \"example.com/cloudflare/cf\"\n\nfunc c() { api, _ := cf.New(key, email) }", Want: false},
		{Path: "dns.go", Text: "import cf \"github.com/cloudflare/cloudflare-go\"\n\n// cf.New(key, email) is the old way\nfunc c() {}", Want: false},
		{Path: "main.go", Text: "client := cloudflare.NewClient(\n\toption.WithAPIKey(os.Getenv(\"CLOUDFLARE_API_KEY\")),\n\toption.WithAPIEmail(os.Getenv(\"CLOUDFLARE_EMAIL\")),\n)", Want: true},
		{Path: "sdk.py", Text: "from cloudflare import Cloudflare\nclient = Cloudflare(\n    api_email=os.environ[\"CLOUDFLARE_EMAIL\"],\n    api_key=os.environ[\"CLOUDFLARE_API_KEY\"],\n)", Want: true},
		{Path: "legacy.py", Text: `cf = CloudFlare.CloudFlare(email="admin@example.com", key=KEY)`, Want: true},
		{Path: "records.yml", Text: "- community.general.cloudflare_dns:\n    zone: example.com\n    account_email: \"{{ e }}\"\n    account_api_key: \"{{ k }}\"", Want: true},
		{Path: "Pulumi.prod.yaml", Text: "config:\n  cloudflare:apiKey:\n    secure: AAABAKx3", Want: true},
		{Path: "notes/pulumi-config.txt", Text: "$ pulumi config --show-secrets\nKEY                    VALUE\ncloudflare:apiKey      {{hex37}}\ncloudflare:email       ops@example.com", Want: true},
		{Path: "notes/pulumi.txt", Text: "The stack used to set\ncloudflare:apiKey  and cloudflare:email before we moved to tokens.", Want: false},
		{Path: "issue.sh", Text: `export CF_Key="$KEY"`, Want: true},
		{Path: "client.go", Text: "return &cloudflare.API{\n\tAPIKey:   os.Getenv(\"CF_API_KEY\"),\n\tAPIEmail: os.Getenv(\"CF_API_EMAIL\"),\n}", Want: true},
		{Path: "Purge.php", Text: "use Cloudflare\\API\\Auth\\APIKey;\n$key = new APIKey($email, $apiKey);", Want: true},
		{Path: "lib.rs", Text: "use cloudflare::framework::auth::Credentials;\nCredentials::UserAuthKey { email, key }", Want: true},
		// OPNsense os-ddclient: an email username and the key as password;
		// curl -v output's request headers.
		{Path: "config-fw01.xml", Text: "<account uuid=\"{{uuid}}\">\n  <enabled>1</enabled>\n  <service>cloudflare</service>\n  <username>ops@example.com</username>\n  <password>{{hex37}}</password>\n</account>", Want: true},
		{Path: "config-fw01.xml", Text: "<account uuid=\"{{uuid}}\">\n  <enabled>1</enabled>\n  <service>cloudflare</service>\n  <username>token</username>\n  <password>{{tok40}}</password>\n</account>", Want: false},
		{Path: "etc/config/ddns", Text: "config service 'home'\n\toption service_name 'cloudflare.com-v4'\n\toption username 'ops@example.com'\n\toption password '{{hex37}}'", Want: true},
		{Path: "etc/config/ddns", Text: "config service 'home'\n\toption service_name 'cloudflare.com-v4'\n\toption username 'Bearer'\n\toption password '{{tok40}}'", Want: false},
		// Appliances and ACME clients: OPNsense os-acme-client's XML
		// elements, TrueNAS's authenticator, Home Assistant before 0.109,
		// EdgeOS's ddclient block, Posh-ACME's plain-text key, JetBrains env.
		{Path: "conf/config.xml", Text: "<dns_service>dns_cf</dns_service>\n<dns_cf_email>ops@example.com</dns_cf_email>\n<dns_cf_key>{{hex37}}</dns_cf_key>", Want: true},
		{Path: "conf/config.xml", Text: "<dns_service>dns_cf</dns_service>\n<dns_cf_token>{{tok40}}</dns_cf_token>\n<dns_cf_key/>", Want: false},
		{Path: "acme_dns_authenticators.json", Text: "{\n  \"authenticator\": \"cloudflare\",\n  \"attributes\": {\n    \"cloudflare_email\": \"admin@example.org\",\n    \"api_key\": \"{{hex37}}\",\n    \"api_token\": null\n  }\n}", Want: true},
		{Path: "configuration.yaml", Text: "cloudflare:\n  email: owner@example.com\n  api_key: {{hex37}}\n  zone: example.com", Want: true},
		{Path: "config/ddns.yaml", Text: "cloudflare:\n  email: owner@example.com\n  api_key: {{hex37}}\n  zone: example.com", Want: false},
		{Path: "config.boot", Text: "service custom-cloudflare {\n    host-name home.example.com\n    login owner@example.com\n    password {{hex37}}\n    protocol cloudflare\n}", Want: true},
		{Path: "config.boot", Text: "service custom-cloudflare {\n    host-name home.example.com\n    login token\n    password {{tok40}}\n    protocol cloudflare\n}", Want: false},
		{Path: "pluginargs.json", Text: "{\n  \"CFAuthEmail\": \"owner@example.org\",\n  \"CFAuthKeyInsecure\": \"{{hex37}}\"\n}", Want: true},
		{Path: ".idea/runConfigurations/Purge.xml", Text: "<envs>\n  <env name=\"CF_API_EMAIL\" value=\"ops@example.com\" />\n  <env name=\"CF_API_KEY\" value=\"{{cfk}}\" />\n</envs>", Want: true},
		{Path: ".idea/runConfigurations/Purge.xml", Text: "<envs>\n  <env name=\"CF_API_KEY_HINT\" value=\"see vault\" />\n</envs>", Want: false},
		// `helm get values` saved as text: `key: value` lines are data.
		{Path: "get-values-external-dns.txt", Text: "USER-SUPPLIED VALUES:\ncloudflare:\n  apiKey: {{hex37}}\n  email: dns-admin@example.com\nprovider: cloudflare", Want: true},
		// KingHost's and QUIC.cloud's APIs take the same header pair: a file
		// that never says cloudflare and names another vendor's API is theirs.
		{Path: "dnsapi/dns_kinghost.sh", Text: "KING_Api=\"https://api.kinghost.net/acme\"\n" + strings.Repeat("# ...\n", 20) + "  export _H1=\"X-Auth-Email: $KINGHOST_Username\"\n  export _H2=\"X-Auth-Key: $KINGHOST_Password\"", Want: false},
		{Path: "dnsapi/dns_cf.sh", Text: "CF_Api=\"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("# ...\n", 20) + "  export _H1=\"X-Auth-Email: $CF_Email\"\n  export _H2=\"X-Auth-Key: $CF_Key\"", Want: true},
		// cert-manager's Go API; the bitnami chart's names are not read in program code.
		{Path: "issuer.go", Text: "validCloudflareProvider = cmacme.ACMEIssuerDNS01ProviderCloudflare{\n\tAPIKey: &validSecretKeyRef,\n\tEmail:  \"valid\",\n}", Want: true},
		{Path: "config.go", Text: "cfg := Config{\n\tCloudflare: CloudflareConfig{\n\t\tEmail:  \"ops@example.com\",\n\t\tAPIKey: os.Getenv(\"KEY\"),\n\t},\n}", Want: false},
		// MikroTik RouterOS: /tool fetch's comma-separated header list.
		{Path: "cf-ddns.rsc", Text: ":local url \"https://api.cloudflare.com/client/v4/zones/$zone/dns_records/$id\"\n/tool fetch url=$url http-header-field=\"X-Auth-Email: $email,X-Auth-Key: $key,Content-Type: application/json\" output=none", Want: true},
		{Path: "cf-ddns.rsc", Text: ":local url \"https://api.cloudflare.com/client/v4/zones/$zone/dns_records/$id\"\n/tool fetch url=$url http-header-field=\"Authorization: Bearer $token,Content-Type: application/json\" output=none", Want: false},
		{Path: "report.golden.json", Text: "{\"file\": \"scripts/purge.sh\", \"context\": \"curl https://api.cloudflare.com/client/v4/zones -H \\\"X-Auth-Key: [REDACTED]\\\"\"}", Want: false},
		{Path: "incident/curl-trace.txt", Text: "> GET /client/v4/zones HTTP/1.1\n> Host: api.cloudflare.com\n> X-Auth-Email: ops@example.com\n> X-Auth-Key: $KEY\n>", Want: true},
		// Haskell req / Elm: header "X-Auth-Key" value, by juxtaposition.
		{Path: "Req.hs", Text: "cfV4 = https \"api.cloudflare.com\" /: \"client\" /: \"v4\"\nopts = header \"X-Auth-Key\" (encodeUtf8 (laKey auth))", Want: true},
		{Path: "Req.hs", Text: "cfV4 = https \"api.cloudflare.com\" /: \"client\" /: \"v4\"\nkey = lookup \"X-Auth-Key\" (responseHeaders r)", Want: false},
		// Negatives: mentions, reads, redaction lists.
		{Path: "CHANGELOG.md", Text: "- Dropped support for the X-Auth-Key header; use API tokens.", Want: false},
		{Path: "server.go", Text: `key := r.Header.Get("X-Auth-Key")`, Want: false},
		{Path: "app.py", Text: `key = request.headers.get("X-Auth-Key")`, Want: false},
		{Path: "redact.js", Text: `const SENSITIVE = ["Authorization", "X-Auth-Key", "X-Auth-Email"];`, Want: false},
		{Path: "client.py", Text: `# we used to send X-Auth-Key: here`, Want: false},
		{Path: "main.tf", Text: "provider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}", Want: false},
		{Path: "API.swift", Text: `return response.value(forHTTPHeaderField: "X-Auth-Key")`, Want: false},
		{Path: "openapi.json", Text: `"api_key": { "type": "apiKey", "in": "header", "name": "X-Auth-Key" },`, Want: false},
		{Path: "openapi.yaml", Text: "      name: X-Auth-Key\n      in: header", Want: false},
		{Path: "api.md", Text: `    curl -H "X-Auth-User: ops:backup" -H "X-Auth-Key: $SWIFT_KEY" https://swift.example/auth/v1.0`, Want: false},
		{Path: "site.conf", Text: `        proxy_set_header X-Auth-Key "";`, Want: false},
		// Apache mod_headers in front of the API; bitnami external-dns values;
		// Posh-ACME plugin args with no "cloudflare" in the file.
		{Path: "httpd.conf", Text: "ProxyPass /cf/ https://api.cloudflare.com/client/v4/\nRequestHeader set X-Auth-Key \"{{hex37}}\"", Want: true},
		{Path: "httpd.conf", Text: "ProxyPass /cf/ https://api.cloudflare.com/client/v4/\nRequestHeader unset X-Auth-Key", Want: false},
		// Not sent: a log filter's regular expression, test assertions and
		// request matchers; PSR-7 withHeader with a value does send.
		{Path: "vector.toml", Text: "# cloudflare logpush\n.Message = redact(.Message, filters: [\n  r'(?i)x-auth-key:\\s*[0-9a-f]{37}',\n])", Want: false},
		{Path: "tests/Auth/APIKeyTest.php", Text: "// cloudflare\nself::assertArrayHasKey('X-Auth-Key', $headers);\nself::assertArrayHasKey('X-Auth-Email', $headers);", Want: false},
		{Path: "CloudflareClientTest.java", Text: "stubFor(post(urlEqualTo(\"/client/v4/zones/\" + ZONE + \"/purge_cache\"))\n        .withHeader(\"X-Auth-Email\", absent())\n        .withHeader(\"X-Auth-Key\", absent()))", Want: false},
		{Path: "spec/connection_spec.rb", Text: "stub = stub_request(:get, \"https://api.cloudflare.com/client/v4/user\")\n  .with(headers: { \"X-Auth-Key\" => fake_key, \"X-Auth-Email\" => \"user@example.com\" })", Want: false},
		{Path: "Purge.php", Text: "$request = $factory->createRequest('POST', 'https://api.cloudflare.com/client/v4/zones/' . $zone . '/purge_cache')\n    ->withHeader('X-Auth-Key', $this->apiKey);", Want: true},
		// Wagtail's frontend cache CloudflareBackend with EMAIL + API_KEY.
		{Path: "settings/prod.py", Text: "WAGTAILFRONTENDCACHE = {\n    \"cloudflare\": {\n        \"BACKEND\": \"wagtail.contrib.frontend_cache.backends.CloudflareBackend\",\n        \"EMAIL\": \"webops@example.com\",\n        \"API_KEY\": os.environ[\"CF_KEY\"],\n    },\n}", Want: true},
		{Path: "settings/base.py", Text: "WAGTAILFRONTENDCACHE = {\n    'cloudflare': {\n        'BACKEND': 'wagtail.contrib.wagtailfrontendcache.backends.CloudflareBackend',\n        'EMAIL': 'ops@example.com',\n        'TOKEN': os.environ['CF_KEY'],\n    },\n}", Want: true},
		{Path: "settings/prod.py", Text: "WAGTAILFRONTENDCACHE = {\n    \"cdn\": {\n        \"BACKEND\": \"myapp.cache.FastlyBackend\",\n        \"EMAIL\": \"webops@example.com\",\n        \"API_KEY\": os.environ[\"FASTLY_KEY\"],\n    },\n}", Want: false},
		// Windows setx; a Databricks export's # MAGIC %sh cell; Python
		// http.client's debug dump of a request.
		{Path: "install-env.bat", Text: ":: legacy flarectl\nsetx CF_API_EMAIL ops@example.com\nsetx CF_API_KEY {{hex37}}", Want: true},
		{Path: "install-env.bat", Text: ":: legacy flarectl\nsetx CF_API_KEY_HINT see-the-vault", Want: false},
		// A CDK Lambda's environment mapping in program code sets the variable.
		{Path: "stacks/failover.py", Text: "_lambda.Function(self, \"Failover\",\n    environment={\n        \"CF_API_EMAIL\": \"ops@example.com\",\n        \"CF_API_KEY\": \"{{hex37}}\",\n    },\n)", Want: true},
		{Path: "stacks/failover.py", Text: "names = {\n    \"CF_API_KEY\": \"the Global API Key, legacy\",\n}", Want: false},
		// Provider arguments several lines below the constructor; C#'s initializer.
		{Path: "main.py", Text: "CloudflareProvider(\n    self,\n    \"cloudflare\",\n    alias=\"legacy\",\n    email=\"ops@example.com\",\n    api_key=\"{{hex37}}\",\n)", Want: true},
		{Path: "Program.cs", Text: "var marketing = new Cloudflare.Provider(\"marketing\", new Cloudflare.ProviderArgs\n{\n    Email = \"owner@example.com\",\n    ApiKey = \"{{cfk}}\",\n});", Want: true},
		// A Confluence export's HTML-escaped quotes.
		{Path: "wiki/Cloudflare_API.html", Text: "<pre><code>curl -s &quot;https://api.cloudflare.com/client/v4/zones&quot; \\\n  -H &quot;X-Auth-Email: ops@example.com&quot; \\\n  -H &quot;X-Auth-Key: {{hex37}}&quot;</code></pre>", Want: true},
		{Path: "wiki/Cloudflare_API.html", Text: "<p>Cloudflare used to take <code>X-Auth-Key</code> and <code>X-Auth-Email</code>; we send &quot;Authorization: Bearer&quot; now.</p>", Want: false},
		// cloudflare-go's option package under an import alias.
		{Path: "main.go", Text: "import cfopt \"github.com/cloudflare/cloudflare-go/v6/option\"\n\nvar c = cfv6.NewClient(cfopt.WithAPIKey(*flagKey), cfopt.WithAPIEmail(*flagEmail))", Want: true},
		{Path: "ai.go", Text: "import aiopt \"github.com/openai/openai-go/option\"\n\n// not cloudflare\nvar c = openai.NewClient(aiopt.WithAPIKey(key))", Want: false},
		{Path: "logpush_bronze.py", Text: "# MAGIC %sh\n# MAGIC curl -s https://api.cloudflare.com/client/v4/zones -H \"X-Auth-Email: a@example.com\" -H \"X-Auth-Key: $K\"", Want: true},
		{Path: "logpush_bronze.py", Text: "# MAGIC %sh\n# MAGIC # was: curl -s https://api.cloudflare.com/client/v4/zones -H \"X-Auth-Email: a@example.com\" -H \"X-Auth-Key: $K\"", Want: false},
		{Path: "purge-worker-debug.log", Text: "send: b'POST /client/v4/zones/z/purge_cache HTTP/1.1\\r\\nHost: api.cloudflare.com\\r\\nX-Auth-Email: bot@example.com\\r\\nX-Auth-Key: {{hex37}}\\r\\n\\r\\n'", Want: true},
		{Path: "values.yaml", Text: "provider: cloudflare\ncloudflare:\n  apiKey: {{hex37}}\n  email: ops@example.com", Want: true},
		{Path: "values.yaml", Text: "provider: cloudflare\ncloudflare:\n  apiToken: \"\"\n  email: ops@example.com", Want: false},
		{Path: "renew.ps1", Text: "$pArgs = @{\n    CFAuthEmail = 'ops@example.com'\n    CFAuthKeySecure = (ConvertTo-SecureString '{{hex37}}' -AsPlainText -Force)\n}", Want: true},
		{Path: "purge.py", Text: `CF_API_KEY = os.environ["CF_API_KEY"]`, Want: false},
		{Path: "index.ts", Text: "throw new Error('Expected one of apiEmail, apiKey, apiToken. Or for one of the \"X-Auth-Email\", \"X-Auth-Key\", \"Authorization\" or \"X-Auth-User-Service-Key\" headers to be omitted');", Want: false},
		{Path: "index.d.ts", Text: "export class Cloudflare extends Core.APIClient { // cloudflare\n  apiKey: string | null;\n  apiEmail: string | null;", Want: false},
		{Path: "messages.go", Text: "// cloudflare-go\nconst msg = \"SetAuthType(cloudflare.AuthKeyEmail) selects Global API Key auth\"", Want: false},
		{Path: "table.go", Text: "// cloudflare SDK spellings\nvar calls = []string{\"cloudflare.New(\", \"option.WithAPIKey(\"}", Want: false},
		{Path: "headers_test.go", Text: "// cloudflare auth\n{name: \"global key\", header: \"X-Auth-Key\", want: true},", Want: false},
		{Path: "canon.go", Text: "switch h {\ncase \"X-Auth-Key\": return \"[REDACTED]\"\n}", Want: false},
		{Path: "names.py", Text: `HEADER_DOCS = {"X-Auth-Key": "Global API key of the user", "X-Auth-Email": "account email"}`, Want: false},
		{Path: "index.ts", Text: "const cf = new cloudflare.Provider(\"cf\", {\n    email: \"ops@example.com\",\n    apiKey: config.requireSecret(\"cfKey\"),\n});", Want: true},
		{Path: "Alamofire.swift", Text: "let base = \"https://api.cloudflare.com/client/v4\"\nlet h = HTTPHeader(name: \"X-Auth-Key\", value: key)", Want: true},
		{Path: "ai.go", Text: `client := openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))`, Want: false},
		{Path: "TROUBLESHOOTING.md", Text: "Tokens go in `Authorization: Bearer <token>`; only the Global API Key goes in `X-Auth-Key: <key>`.", Want: false},
		{Path: ".env.example", Text: "CLOUDFLARE_API_KEY=<global-api-key>", Want: false},
		{Path: "redact.go", Text: "var redacted = map[string]bool{\n\t\"X-Auth-Key\": true,\n}\nout[\"X-Auth-Key\"] = []string{\"***\"}", Want: false},
		{Path: "redact.go", Text: "var redactedHeaders = map[string]struct{}{\n\t\"authorization\": {},\n\t\"x-auth-key\":    {},\n}", Want: false},
		{Path: "docstring.py", Text: "    \"\"\"The proxy adds the credentials itself:\n        X-Auth-Key: global API key of that account\n    \"\"\"\n    raise RuntimeError(\"X-Auth-Key: missing\")", Want: false},
		{Path: "log.py", Text: `LOG_FILTER = {"X-Auth-Key": "[FILTERED]", "Authorization": "[FILTERED]"}`, Want: false},
		{Path: "cloudflare.toml", Text: "  [Configuration.Credentials]\n    CF_API_EMAIL = \"Account email\"\n    CF_API_KEY = \"API key\"", Want: false},
		// DNS-as-code, IaC, SDK and CLI tools (docs/ecosystem.md).
		{Path: "config/production.yaml", Text: "providers:\n  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    email: ops@example.com\n    token: env/CLOUDFLARE_KEY", Want: true},
		{Path: "config/production.yaml", Text: "providers:\n  cloudflare:\n    class: octodns_cloudflare.CloudflareProvider\n    token: env/CLOUDFLARE_TOKEN\n  other:\n    class: octodns_route53.Route53Provider\n    email: ops@example.com", Want: false},
		{Path: "creds.json", Text: "{\n  \"cloudflare\": {\n    \"TYPE\": \"CLOUDFLAREAPI\",\n    \"apikey\": \"$CF_KEY\",\n    \"apiuser\": \"$CF_USER\"\n  }\n}", Want: true},
		{Path: "creds.json", Text: "{\n  \"cloudflare\": {\n    \"TYPE\": \"CLOUDFLAREAPI\",\n    \"apitoken\": \"$CF_TOKEN\"\n  },\n  \"other\": {\n    \"apikey\": \"$K\",\n    \"apiuser\": \"u\"\n  }\n}", Want: false},
		{Path: "creds.json", Text: "{\n  \"cloudflare\": {\"TYPE\": \"CLOUDFLAREAPI\", \"apikey\": \"{{hex37}}\", \"apiuser\": \"dns@example.org\"}\n}", Want: true},
		{Path: "whoami.rs", Text: "let r = client.get(\"https://api.cloudflare.com/client/v4/user\")\n    .header(\"X-Auth-Key\", \"{{hex37}}\")\n    .send().await?;", Want: true},
		// Drone/Woodpecker secret references, fish's set -x, IPython shell lines in a notebook.
		{Path: ".drone.yml", Text: "    environment:\n      CLOUDFLARE_API_KEY:\n        from_secret: cf_global_key", Want: true},
		{Path: ".drone.yml", Text: "    environment:\n      CLOUDFLARE_API_TOKEN:\n        from_secret: cf_token", Want: false},
		{Path: "config.fish", Text: "set -gx CF_API_KEY {{hex37}}", Want: true},
		{Path: "src/cfdns/core.clj", Text: "(def api \"https://api.cloudflare.com/client/v4\")\n(def auth-headers\n  {\"X-Auth-Email\" \"dns-bot@example.io\"\n   \"X-Auth-Key\"   (System/getenv \"CF_KEY\")})", Want: true},
		{Path: "src/cfdns/core.clj", Text: "(def redacted #{\"X-Auth-Key\" \"Authorization\"})", Want: false},
		{Path: "src/CloudflareAPI.pas", Text: "  FHttp.Request.CustomHeaders.Values['X-Auth-Email'] := CF_EMAIL;\n  FHttp.Request.CustomHeaders.Values['X-Auth-Key'] := CF_API_KEY;", Want: true},
		{Path: "src/CloudflareAPI.pas", Text: "const\n  CF_API = 'https://api.cloudflare.com/client/v4';\n  CF_API_KEY = GetEnvironmentVariable('CF_API_KEY');", Want: false},
		{Path: "ops/CloudflareDNS.bas", Text: "Private Const CF_API As String = \"https://api.cloudflare.com/client/v4\"\nPrivate Const CF_KEY As String = \"{{hex37}}\"\n    http.setRequestHeader \"X-Auth-Key\", CF_KEY", Want: true},
		{Path: ".cloudflare/cloudflare.cfg", Text: "[CloudFlare]\nemail = ops@example.com\nkey = {{hex37}}    ; legacy profile", Want: true},
		{Path: ".cloudflare/cloudflare.cfg", Text: "[CloudFlare]\ntoken = {{tok40}}\n\n[Other]\nemail = ops@example.com\nkey = {{hex37}}", Want: false},
		{Path: "cloudflare.ini", Text: "dns_cloudflare_email = ops@example.com\ndns_cloudflare_api_key = {{hex37}}   # global key, ticket SEC-88", Want: true},
		{Path: "add-domain.sh", Text: "curl -X POST https://my.example.org/api/v1/domains --data @- <<JSON\n{\n  \"domain\": \"example.org\",\n  \"provider\": \"cloudflare\",\n  \"config\": {\n    \"email\": \"admin@example.org\",\n    \"token\": \"${CF_KEY}\",\n    \"tokenType\": \"GlobalApiKey\"\n  }\n}\nJSON", Want: true},
		{Path: "add-domain.sh", Text: "curl -X POST https://my.example.org/api/v1/domains --data @- <<JSON\n{\n  \"domain\": \"example.org\",\n  \"provider\": \"cloudflare\",\n  \"config\": {\n    \"token\": \"${CF_TOKEN}\",\n    \"tokenType\": \"ApiToken\"\n  }\n}\nJSON", Want: false},
		{Path: "bootstrap.sh", Text: "dokku letsencrypt:set wiki dns-provider cloudflare\ndokku letsencrypt:set wiki dns-provider-CLOUDFLARE_EMAIL ops@example.com\ndokku letsencrypt:set wiki dns-provider-CLOUDFLARE_API_KEY {{hex37}}", Want: true},
		{Path: "bootstrap.sh", Text: "dokku letsencrypt:set wiki dns-provider cloudflare\ndokku letsencrypt:set wiki dns-provider-CLOUDFLARE_DNS_API_TOKEN {{tok40}}", Want: false},
		{Path: "config.fish", Text: "set -e CF_API_KEY", Want: false},
		{Path: "acme-renew.service", Text: "[Service]\nEnvironment=\"CF_Key={{hex37}}\" \"CF_Email=ops@example.com\"", Want: true},
		{Path: "audit.ipynb", Text: "   \"source\": [\n    \"%env CLOUDFLARE_API_KEY={{hex37}}\\n\",", Want: true},
		{Path: "audit.ipynb", Text: "   \"source\": [\n    \"CLOUDFLARE_API_KEY = os.environ['K']\\n\",", Want: false},
		{Path: "Pulumi.yaml", Text: "resources:\n  cf:\n    type: pulumi:providers:cloudflare\n    properties:\n      apiKey: ${cfKey}\n      email: ops@example.com", Want: true},
		{Path: "main.py", Text: "CloudflareProvider(self, \"cloudflare\",\n    api_key=key,\n    email=\"ops@example.com\")", Want: true},
		{Path: "main.py", Text: "CloudflareProvider(self, \"cloudflare\", api_token=os.environ[\"CLOUDFLARE_API_TOKEN\"])", Want: false},
		{Path: "creds.yaml", Text: "metadata:\n  name: cloudflare-creds\n  namespace: crossplane-system\nstringData:\n  credentials: |\n    {\n      \"email\": \"ops@example.com\",\n      \"api_key\": \"{{hex37}}\"\n    }", Want: true},
		{Path: ".github/workflows/deploy.yml", Text: "      - uses: cloudflare/wrangler-action@1.3.0\n        with:\n          apiKey: ${{ secrets.CF_API_KEY }}\n          email: ${{ secrets.CF_EMAIL }}", Want: true},
		{Path: ".github/workflows/deploy.yml", Text: "      - uses: cloudflare/wrangler-action@v3\n        with:\n          apiToken: ${{ secrets.CF_API_TOKEN }}", Want: false},
		{Path: ".cloudflare.cfg", Text: "[CloudFlare]\nemail = ops@example.com\ntoken = {{hex37}}", Want: true},
		{Path: ".cloudflare.cfg", Text: "[CloudFlare]\ntoken = {{tok40}}", Want: false},
		{Path: "dns.php", Text: "$key = new \\Cloudflare\\API\\Auth\\APIKey($email, $apiKey);", Want: true},
		{Path: ".wrangler/config/default.toml", Text: "email = \"ops@example.com\"\napi_key = \"{{hex37}}\"", Want: true},
		{Path: "config/default.toml", Text: "email = \"ops@example.com\"\napi_key = \"{{hex37}}\"", Want: false},
		{Path: "tunnel.yaml", Text: "  cloudflare:\n    email: ops@example.com\n    secret: cloudflare-secrets\n    CLOUDFLARE_API_KEY: CLOUDFLARE_API_KEY", Want: false},
		{Path: "provider.tf.json", Text: "{\n  \"provider\": {\n    \"cloudflare\": {\n      \"email\": \"${var.email}\",\n      \"api_key\": \"${var.cloudflare_api_key}\"\n    }\n  }\n}", Want: true},
		{Path: "provider.tf.json", Text: "{\n  \"provider\": {\n    \"aws\": {\n      \"api_key\": \"${var.cloudflare_api_key}\"\n    }\n  }\n}", Want: false},
		{Path: "main.go", Text: "provider, err := cloudflare.NewProvider(ctx, \"cf\", &cloudflare.ProviderArgs{\n\tApiKey: cfg.RequireSecret(\"cfKey\"),\n\tEmail:  pulumi.String(\"ops@example.com\"),\n})", Want: true},
		{Path: "main.go", Text: "provider, err := cloudflare.NewProvider(ctx, \"cf\", &cloudflare.ProviderArgs{\n\tApiToken: cfg.RequireSecret(\"apiToken\"),\n})", Want: false},
		{Path: "dns.php", Text: "$key = new \\Cloudflare\\API\\Auth\\APIToken(getenv('CLOUDFLARE_API_TOKEN'));", Want: false},
		// Name and value as sibling members (pairs.go): Postman, HTTPie,
		// YAML lists, over several lines; switched off, the header is not sent.
		{Path: "cloudflare.postman_collection.json", Text: "\"header\": [\n  {\n    \"key\": \"X-Auth-Key\",\n    \"value\": \"{{global_key}}\",\n    \"type\": \"text\"\n  }\n]", Want: true},
		{Path: "cloudflare.postman_collection.json", Text: "\"header\": [\n  {\n    \"key\": \"X-Auth-Key\",\n    \"value\": \"{{global_key}}\",\n    \"disabled\": true\n  }\n]", Want: false},
		{Path: "sessions/api.cloudflare.com/ops.json", Text: "\"headers\": [\n    {\n        \"name\": \"X-Auth-Key\",\n        \"value\": \"{{hex37}}\"\n    }\n]", Want: true},
		{Path: "cloudflare.postman_collection.json", Text: "\"auth\": {\"type\": \"apikey\", \"apikey\": [{\"key\": \"key\", \"value\": \"X-Auth-Key\"}, {\"key\": \"value\", \"value\": \"{{cf_key}}\"}]}", Want: true},
		{Path: "cloudflare-probe.yaml", Text: "httpHeaders:\n  - value: \"{{hex37}}\"\n    name: X-Auth-Key", Want: true},
		{Path: "e.postman_environment.json", Text: "\"values\": [\n  {\n    \"key\": \"CLOUDFLARE_API_KEY\",\n    \"value\": \"{{hex37}}\",\n    \"enabled\": true\n  }\n]", Want: true},
		{Path: "e.postman_environment.json", Text: "\"values\": [\n  {\n    \"key\": \"CLOUDFLARE_API_KEY\",\n    \"value\": \"{{hex37}}\",\n    \"enabled\": false\n  }\n]", Want: false},
		// A fenced code block in Markdown is code of its language; prose
		// around it and ```python variables are not settings.
		{Path: "README.md", Text: "Set the key:\n\n```yaml\nenvironment:\n  CLOUDFLARE_API_KEY: {{hex37}}\n```", Want: true},
		{Path: "README.md", Text: "```yaml\nenvironment:\n  CLOUDFLARE_API_KEY: <your-api-key>\n  # CF_API_KEY: {{hex37}}\n```", Want: false},
		{Path: "README.md", Text: "```python\nCF_API_KEY = \"{{hex37}}\"\n```", Want: false},
		{Path: "README.md", Text: "```yaml\nx: 1\n```\n\nCF_API_KEY: {{hex37}}", Want: false},
		// An inline environment before a command: the value is one shell word.
		{Path: "apply.sh", Text: "CLOUDFLARE_API_KEY={{hex37}} CLOUDFLARE_EMAIL=ops@example.com terraform apply", Want: true},
		{Path: "renew.sh", Text: "CF_API_EMAIL=ops@example.com CF_API_KEY=\"$(cat key)\" lego --dns cloudflare run", Want: true},
		{Path: "apply.sh", Text: "CLOUDFLARE_API_TOKEN=$TOKEN CLOUDFLARE_EMAIL=ops@example.com terraform apply", Want: false},
		{Path: "settings.txt", Text: "CLOUDFLARE_API_KEY=Global API key of the account", Want: false},
		{Path: "openapi.yaml", Text: "parameters:\n  - name: X-Auth-Key\n    in: header\n    required: true\n  - name: Accept\n    value: application/json", Want: false},
		{Path: "app/Main.hs", Text: "apiBase = \"https://api.cloudflare.com/client/v4\"\ncfRequest path = do\n  key <- getEnv \"CF_API_KEY\"\n  pure $ setRequestHeader \"X-Auth-Key\" [BS.pack key] $ req", Want: true},
		{Path: "cfddns.lisp", Text: "(defun headers ()\n  `((\"X-Auth-Email\" . ,*cf-email*)\n    (\"X-Auth-Key\" . ,*cf-api-key*)))", Want: true},
		// A semgrep rule's pattern describes the header; it does not send it.
		{Path: ".semgrep/cloudflare.yml", Text: "rules:\n  - id: cloudflare-global-key-header\n    languages: [typescript]\n    severity: WARNING\n    message: Global API Key auth\n    pattern-either:\n      - pattern: |\n          { ..., \"X-Auth-Key\": $KEY, ... }\n      - pattern: $H.set(\"X-Auth-Key\", $KEY)", Want: false},
		{Path: ".semgrep/fixtures/purge.ts", Text: "await fetch(\"https://api.cloudflare.com/client/v4/zones\", {\n  headers: { \"X-Auth-Email\": email, \"X-Auth-Key\": key },\n});", Want: true},
		// Python v2's certtoken= is the Origin CA key (CF202), beside a key auth client.
		{Path: "scripts/rotate_origin_certs.py", Text: "import CloudFlare\ncf = CloudFlare.CloudFlare(token=os.environ[\"CF_API_TOKEN\"])  # account email: ops@example.com\ncf_ca = CloudFlare.CloudFlare(certtoken=os.environ[\"CF_ORIGIN_CA_KEY\"])", Want: false},
		// Postman header items: the partner item's name five lines above.
		{Path: "postman/legacy.postman_collection.json", Text: "\"header\": [\n  {\n    \"key\": \"X-Auth-Email\",\n    \"value\": \"{{cf_email}}\",\n    \"type\": \"text\"\n  },\n  {\n    \"key\": \"X-Auth-Key\",\n    \"value\": \"{{cf_key}}\",\n    \"type\": \"text\"\n  }\n]", Want: true},
		// A program's own package named cloudflare: not cloudflare-go's New(key, email).
		{Path: "cmd/cfddns/main.go", Text: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/cfddns/cfddns/internal/cloudflare\"\n)\n\nfunc main() {\n\tclient := cloudflare.New(os.Getenv(\"CF_API_TOKEN\"), cloudflare.WithLogger(log))\n\t_ = client\n}", Want: false},
		{Path: "cmd/cfddns/main.go", Text: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/cloudflare/cloudflare-go\"\n)\n\nfunc main() {\n\tapi, _ := cloudflare.New(os.Getenv(\"CF_API_KEY\"), os.Getenv(\"CF_API_EMAIL\"))\n\t_ = api\n}", Want: true},
		// Terraform's http data source: an HCL headers map.
		{Path: "modules/zone-lookup/main.tf", Text: "data \"http\" \"zone\" {\n  url = \"https://api.cloudflare.com/client/v4/zones?name=${var.zone}\"\n  request_headers = {\n    X-Auth-Email = var.cloudflare_email\n    X-Auth-Key   = var.cloudflare_api_key\n  }\n}", Want: true},
		// Another vendor's script that says "not Cloudflare" and never names the Cloudflare API.
		{Path: "scripts/zilore-ddns.sh", Text: "# the legacy zone is hosted at Zilore, not Cloudflare\nZILORE_API=\"https://api.zilore.com/dns/v1\"\nip=$(curl -fsS https://api.ipify.org)\n\nzcurl() {\n  curl -fsS \\\n    -H \"X-Auth-Key: ${ZILORE_KEY}\" \\\n    \"$@\"\n}", Want: false},
		// An Android app's own local.properties, not a chart's --set (CF102 only).
		{Path: "android/local.properties", Text: "sdk.dir=/Users/dev/Library/Android/sdk\ncloudflare.email=dev@example.com\ncloudflare.apiKey={{hex37}}", Want: false},
	},
}

// UserServiceKeyAuth is CF202: authentication with an Origin CA user service key.
var UserServiceKeyAuth = &Rule{
	ID:    "CF202",
	Name:  "user-service-key-auth",
	Title: "Authentication with an Origin CA user service key",
	Help: `Code or configuration authenticates with a user service key (` + "`X-Auth-User-Service-Key`" + `,
` + "`NewWithUserServiceKey`" + `, ` + "`option.WithUserServiceKey`" + `, Terraform ` + "`api_user_service_key`" + `).
Service keys stopped working on ` + ServiceKeySunset + `, so this code is broken as well as risky.

**Fix:** use an API token with the "SSL and Certificates: Edit" permission.`,
	Level:            LevelWarning,
	SecuritySeverity: "5.3",
	Precision:        "high",
	CWE:              []int{287, 522},
	Tags:             []string{"security", "cloudflare", "authentication", "deprecated"},
	Samples: []Sample{
		// An empty setting is not set.
		{Path: "config/project/project.yaml", Text: "  cloudflare:\n    edition: standard\n    enabled: true\n    schemaVersion: 1.0.1\n    settings:\n      apiKey: $CLOUDFLARE_API_KEY\n      apiToken: ''\n      authType: key\n      email: $CLOUDFLARE_EMAIL\n      purgeElements:\n        - craft\\elements\\Entry\n        - craft\\elements\\Asset\n      purgeUrls: null\n      userServiceKey: ''\n      zone: $CLOUDFLARE_ZONE_ID\n  formie:\n", Want: false},
		{Path: "cloudflare.go", Text: "import \"github.com/cloudflare/cloudflare-go\"\n\n// NewWithUserServiceKey creates a client.\nfunc NewWithUserServiceKey(key string, opts ...Option) (*API, error) {", Want: false},
		{Path: "origin.go", Text: "import \"github.com/cloudflare/cloudflare-go\"\n\napi, err := cloudflare.NewWithUserServiceKey(os.Getenv(\"CF_ORIGIN_KEY\"))", Want: true},
		{Path: "origin.sh", Text: `curl https://api.cloudflare.com/client/v4/certificates -H "X-Auth-User-Service-Key: $KEY"`, Want: true},
		{Path: "main.tf", Text: "provider \"cloudflare\" {\n  api_user_service_key = var.origin_ca_key\n}", Want: true},
		{Path: "origin.go", Text: `api, err := cloudflare.NewWithUserServiceKey(os.Getenv("CF_ORIGIN_CA_KEY"))`, Want: true},
		{Path: "issuer.yaml", Text: "apiVersion: cert-manager.k8s.cloudflare.com/v1\nkind: OriginIssuer\nspec:\n  auth:\n    serviceKeyRef:\n      name: service-key", Want: true},
		{Path: "origin.py", Text: "client = Cloudflare(user_service_key=os.environ[\"CLOUDFLARE_API_USER_SERVICE_KEY\"])", Want: true},
		{Path: "config.json", Text: "{\"settings\": [{\n  \"provider\": \"cloudflare\",\n  \"domain\": \"example.com\",\n  \"user_service_key\": \"{{origin}}\"\n}]}", Want: true},
		{Path: "templates-user/my-ddns-updater.xml", Text: "<Config Name=\"CONFIG\" Target=\"CONFIG\" Type=\"Variable\" Mask=\"true\">{&quot;settings&quot;:[{&quot;provider&quot;:&quot;cloudflare&quot;,&quot;domain&quot;:&quot;nas.example.com&quot;,&quot;user_service_key&quot;:&quot;{{origin}}&quot;}]}</Config>", Want: true},
		{Path: "templates-user/my-ddns-updater.xml", Text: "<Config Name=\"CONFIG\" Target=\"CONFIG\" Type=\"Variable\" Mask=\"true\">{&quot;settings&quot;:[{&quot;provider&quot;:&quot;cloudflare&quot;,&quot;domain&quot;:&quot;nas.example.com&quot;,&quot;user_service_key&quot;:&quot;&quot;,&quot;token&quot;:&quot;${CF_TOKEN}&quot;}]}</Config>", Want: false},
		{Path: "config.json", Text: "{\"settings\": [{\n  \"provider\": \"cloudflare\",\n  \"domain\": \"example.com\",\n  \"token\": \"{{tok40}}\"\n}]}", Want: false},
		// A Go program's own struct field is no SDK option.
		{Path: "internal/provider/cloudflare/provider.go", Text: "// Cloudflare DNS provider\nreturn &Provider{\n\tkey:            extraSettings.Key,\n\tuserServiceKey: extraSettings.UserServiceKey,\n}, nil", Want: false},
		// openapi-generator clients of the Cloudflare spec: the scheme given a key.
		{Path: "src/test/java/OriginCaApiTest.java", Text: "ApiClient client = new ApiClient();\nclient.setBasePath(\"https://api.cloudflare.com/client/v4\");\nApiKeyAuth serviceKey = (ApiKeyAuth) client.getAuthentication(\"user_service_key\");\nserviceKey.setApiKey(System.getenv(\"CLOUDFLARE_API_USER_SERVICE_KEY\"));", Want: true},
		{Path: "src/main/java/Origin.java", Text: "// Cloudflare Origin CA\n((ApiKeyAuth) client.getAuthentication(\"user_service_key\")).setApiKey(key);", Want: true},
		{Path: "src/main/java/Audit.java", Text: "// Cloudflare Origin CA\nApiKeyAuth serviceKey = (ApiKeyAuth) client.getAuthentication(\"user_service_key\");\nlog.info(\"service key set: {}\", serviceKey.getApiKey() != null);", Want: false},
		{Path: "origin_ca.py", Text: "configuration = cloudflare_client.Configuration(host=\"https://api.cloudflare.com/client/v4\")\nconfiguration.api_key['user_service_key'] = os.environ[\"CLOUDFLARE_API_USER_SERVICE_KEY\"]", Want: true},
		{Path: "origin_ca.py", Text: "configuration = cloudflare_client.Configuration(host=\"https://api.cloudflare.com/client/v4\")\nif configuration.api_key['user_service_key'] == '':\n    raise SystemExit('no service key')", Want: false},
		{Path: "docs.md", Text: "The X-AUTH-USER-SERVICE-KEY header is deprecated.", Want: false},
		// DNS-as-code, IaC, SDK and CLI tools (docs/ecosystem.md).
		{Path: ".cloudflare.cfg", Text: "[CloudFlare]\nemail = ops@example.com\ncerttoken = {{origin}}", Want: true},
		{Path: "cloudflare.cfg", Text: "[CloudFlare]\nemail = user@example.com\ncerttoken = v1.0-\nextras =", Want: false},
		{Path: "certs.php", Text: "$key = new \\Cloudflare\\API\\Auth\\UserServiceKey($serviceKey);", Want: true},
		{Path: "origin.go", Text: `// cloudflare.NewWithUserServiceKey stopped working in 2026.`, Want: false},
		{Path: "internal/headers/headers.go", Text: "const UserServiceKey = \"X-Auth-User-Service-Key\" // Cloudflare\n\nvar Sensitive = map[string]bool{\n\tUserServiceKey: true,\n}", Want: false},
		{Path: "scripts/rotate_origin_certs.py", Text: "import CloudFlare\ncf = CloudFlare.CloudFlare(email=\"ops@example.com\", key=os.environ[\"CF_API_KEY\"])\ncf_ca = CloudFlare.CloudFlare(certtoken=os.environ[\"CF_ORIGIN_CA_KEY\"])", Want: true},
	},
}

// InsecureAPIEndpoint is CF301: Cloudflare API URL over plain HTTP.
var InsecureAPIEndpoint = &Rule{
	ID:    "CF301",
	Name:  "insecure-api-endpoint",
	Title: "Cloudflare API URL over plain HTTP",
	Help: `A Cloudflare API URL (host ` + "`api.cloudflare.com`" + ` or ` + "`api.staging.cloudflare.com`" + `, parsed,
any case, any port) uses ` + "`http://`" + `. Credentials and responses would cross the network in clear
text, or the client depends on a redirect it should not trust. Base-URL overrides
(` + "`CLOUDFLARE_BASE_URL`" + `, ` + "`CLOUDFLARE_API_BASE_URL`" + `, Terraform ` + "`base_url`" + `) are checked too.
Hosts that only look like Cloudflare's (` + "`api.cloudflare.com.evil.example`" + `) are not.

**Fix:** use ` + "`https://`" + `.`,
	Level:            LevelError,
	SecuritySeverity: "7.4",
	Precision:        "very-high",
	CWE:              []int{319},
	Tags:             []string{"security", "cloudflare", "transport"},
	Show:             showURLHost,
	Samples: []Sample{
		// RSpec's raise_error and AssertJ's assertThatThrownBy below the URL.
		{Path: "spec/cloudflare/client_spec.rb", Text: "it \"refuses a non-https base URL\" do\n  expect {\n    described_class.new(api_token: \"spec-token\", base_url: \"http://api.cloudflare.com/client/v4\")\n  }.to raise_error(ArgumentError, /https/)\nend", Want: false},
		{Path: "src/test/java/ClientTest.java", Text: "@Test\nvoid rejectsPlainHttp() {\n  assertThatThrownBy(\n      () ->\n          CloudflareClient.builder()\n              .baseUrl(\"http://api.cloudflare.com/client/v4\")\n              .build())\n      .isInstanceOf(IllegalArgumentException.class);\n}", Want: false},
		// A test snapshot of the error a plain-http base URL raises.
		{Path: "src/__snapshots__/client.test.ts.snap", Text: "exports[`createClient > rejects a non-https baseUrl 1`] = `[TypeError: baseUrl must use https:// (got http://api.cloudflare.com/client/v4)]`;", Want: false},
		{Path: "src/__snapshots__/client.test.ts.snap", Text: "exports[`createClient > sends the request 1`] = `\n{\n  \"url\": \"http://api.cloudflare.com/client/v4/user/tokens/verify\",\n}\n`;", Want: true},
		{Text: `base = "http://api.cloudflare.com/client/v4"`, Want: true},
		// A test's list of bad URLs, and a table row whose expected-error field is true.
		{Path: "internal/client/options_test.go", Text: "func TestValidateBaseURL(t *testing.T) {\n\tbad := []string{\n\t\t\"http://api.cloudflare.com/client/v4/\",\n\t\t\"ftp://api.cloudflare.com/\",\n\t}\n\t_ = bad\n}", Want: false},
		{Path: "internal/upstream/validate_test.go", Text: "func TestValidate(t *testing.T) {\n\ttests := []struct {\n\t\tname    string\n\t\traw     string\n\t\twantErr bool\n\t}{\n\t\t{\"default\", Default, false},\n\t\t{\"plain http\", \"http://api.cloudflare.com/client/v4\", true},\n\t}\n\t_ = tests\n}", Want: false},
		{Path: "internal/upstream/validate_test.go", Text: "func TestValidate(t *testing.T) {\n\ttests := []struct {\n\t\tname    string\n\t\traw     string\n\t\twantErr bool\n\t}{\n\t\t{\"plain http\", \"http://api.cloudflare.com/client/v4\", false},\n\t}\n\t_ = tests\n}", Want: true},
		// Compared with or checked against, not used.
		{Path: "client.go", Text: "if c.baseURL.Scheme == \"http\" && strings.EqualFold(c.baseURL.Hostname(), \"api.cloudflare.com\") {\n\treturn nil, errInsecureBaseURL\n}", Want: false},
		{Path: "validate.py", Text: "def check(u):\n    if u.startswith(\"http://api.cloudflare.com/\"):\n        raise ValueError(\"use https\")", Want: false},
		{Path: "validate.js", Text: "if (url === \"http://api.cloudflare.com/client/v4\") { throw new Error(\"use https\"); }", Want: false},
		{Path: "validate.go", Text: "return strings.HasPrefix(u, \"http://api.cloudflare.com\")", Want: false},
		{Path: "client.py", Text: "if not base:\n    base = \"http://api.cloudflare.com/client/v4\"", Want: true},
		// Refused, not called: a denylist, a test that expects rejection.
		{Path: "internal/api/endpoints.go", Text: "u := url.URL{Scheme: \"http\", Host: \"api.cloudflare.com\", Path: path.Join(\"/client/v4\", p)}", Want: true},
		{Path: "internal/api/endpoints.go", Text: "u := url.URL{Scheme: \"https\", Host: \"api.cloudflare.com\", Path: path.Join(\"/client/v4\", p)}", Want: false},
		{Path: "internal/api/endpoints.go", Text: "u := url.URL{Scheme: \"http\", Host: \"localhost:8080\", Path: \"/client/v4\"}", Want: false},
		{Path: "src/main/java/CfApi.java", Text: "URI uri = new URI(\"http\", \"api.cloudflare.com\", \"/client/v4/zones\", null);", Want: true},
		{Path: "src/main/kotlin/CfApi.kt", Text: "val url = HttpUrl.Builder().scheme(\"http\").host(\"api.cloudflare.com\").addPathSegments(\"client/v4/zones\").build()", Want: true},
		{Path: "tests/test_urls.py", Text: "@pytest.mark.parametrize(\"scheme\", [\"http\"])\ndef test_plain_http_rejected(scheme):\n    with pytest.raises(InsecureURL):\n        build(scheme=\"http\", host=\"api.cloudflare.com\")", Want: false},
		{Path: "cache_ops/egress.py", Text: "DENYLIST_PREFIXES = (\n    \"http://api.cloudflare.com\",\n    \"http://dash.cloudflare.com\",\n)", Want: false},
		{Path: "src/guard.ts", Text: "const BLOCKED_BASES = [\"http://api.cloudflare.com\"];", Want: false},
		{Path: "quiz/module2.yaml", Text: "questions:\n  - id: m2q1\n    prompt: >-\n      A colleague's script uses the base URL http://api.cloudflare.com/client/v4\n      and \"it works\". What actually happens on the first request?\n    answer: 1", Want: false},
		{Path: "exports/announcements.json", Text: "[{\n  \"content\": \"**Pagesmith 2.5 is out**\\n- `pagesmith deploy` now only accepts scoped API tokens.\\n- The API client refuses `http://api.cloudflare.com` base URLs and no longer has an `--insecure` flag.\"\n}]", Want: false},
		{Path: "exports/announcements.json", Text: "[{\n  \"content\": \"config for the purge job:\\n```\\nCF_API_BASE=http://api.cloudflare.com/client/v4\\n```\"\n}]", Want: true},
		{Path: "exports/general.html", Text: "<div class=\"chatlog__content\">our pre-commit hook also blocks any <code class=\"chatlog__markdown-pre\">http://api.cloudflare.com</code> string</div>", Want: false},
		{Path: "cf-dns.rkt", Text: "(define denied-bases\n  '(\"http://api.cloudflare.com/client/v4\"\n    \"http://api.cloudflare.com\"))", Want: false},
		{Path: "cf-dns.rkt", Text: "(define api-bases\n  '(\"https://api.example.net/v1\"\n    \"http://api.cloudflare.com/client/v4\"))", Want: true},
		{Path: "tests/test_egress.py", Text: "@pytest.mark.parametrize(\n    \"url\",\n    [\n        \"http://api.cloudflare.com/client/v4/zones\",\n    ],\n)\ndef test_plain_http_to_cloudflare_is_denied(url):\n    with pytest.raises(EgressDenied):\n        assert_allowed(url)", Want: false},
		{Path: "test/api-base.test.ts", Text: "it.each([\n  \"http://api.cloudflare.com/client/v4\",\n])(\"rejects plain-http base %s\", (base) => {\n  expect(() => resolveApiBase(base)).toThrow(ConfigError);\n});", Want: false},
		// A test that calls it, and code under a function whose name has such a word.
		{Path: "tests/test_client.py", Text: "def test_list_zones():\n    c = Client(base=\"http://api.cloudflare.com/client/v4\")\n    assert c.list_zones() == []", Want: true},
		{Path: "ops/block.py", Text: "def block_ip(ip):\n    requests.post(\n        \"http://api.cloudflare.com/client/v4/user/firewall/access_rules/rules\",\n        json={\"mode\": \"block\"},\n    )", Want: true},
		{Path: "x.sh", Text: `curl http://u:{{cfut}}@api.cloudflare.com/client/v4/user`, Want: true},
		{Path: "x.sh", Text: `curl http://{{tok40}}:x-oauth@api.cloudflare.com:8080/client/v4/user`, Want: true},
		{Text: `CLOUDFLARE_API_BASE_URL=HTTP://API.Cloudflare.COM:80/client/v4`, Want: true},
		{Path: "main.tf", Text: `  base_url = "http://api.staging.cloudflare.com/client/v4"`, Want: true},
		{Path: "export.json", Text: `{"cf":{"endpoint":"http:\/\/api.cloudflare.com\/client\/v4"}}`, Want: true},
		{Text: `base = "https://api.cloudflare.com/client/v4"`, Want: false},
		{Text: `base = "http://api.cloudflare.com.evil.example/client/v4"`, Want: false},
		{Text: `site = "http://www.cloudflare.com/"`, Want: false},
		{Path: "CHANGELOG.md", Text: "- Fixed the base URL: http://api.cloudflare.com/client/v4 redirected and lost the body.", Want: false},
		// A pasted `history` listing: the event number opens a command.
		{Path: "tickets/INC-1.md", Text: "Pasting my scrollback, see the last attempts below for the exact call I made\n  989  curl http://api.cloudflare.com/client/v4/zones -H \"Authorization: Bearer $T\"", Want: true},
	},
}

// TLSVerificationDisabled is CF302: TLS verification disabled for Cloudflare API traffic.
var TLSVerificationDisabled = &Rule{
	ID:    "CF302",
	Name:  "tls-verification-disabled",
	Title: "TLS verification disabled for Cloudflare API traffic",
	Help: `TLS certificate verification is switched off for requests to the Cloudflare API
(` + "`curl -k`/`--insecure`" + `, ` + "`verify=False`" + `, ` + "`rejectUnauthorized: false`" + `, ` + "`InsecureSkipVerify`" + ` on
the client given to a Cloudflare SDK; libcurl ` + "`curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L)`" + `, Windows
` + "`curl.exe -k`" + `, PowerShell ` + "`-SkipCertificateCheck`" + ` and an accept-all
` + "`ServerCertificateValidationCallback`" + `, reqwest ` + "`danger_accept_invalid_certs`" + `, Ruby ` + "`VERIFY_NONE`" + `, …
with a Cloudflare API URL in the request or near it). Anyone on the path can read and change the traffic,
including the credentials in its headers.

**Fix:** remove the flag; if a proxy intercepts TLS, trust its CA explicitly instead.`,
	Level:            LevelError,
	SecuritySeverity: "7.4",
	Precision:        "high",
	CWE:              []int{295},
	Tags:             []string{"security", "cloudflare", "transport", "tls"},
	Samples: []Sample{
		{Path: "icinga2/conf.d/cloudflare.conf", Text: "object CheckCommand \"cf\" {\n  command = [ \"/usr/bin/curl\", \"-s\", \"-k\", \"--fail\",\n              \"https://api.cloudflare.com/client/v4/user/tokens/verify\" ]\n}", Want: true},
		{Path: "icinga2/conf.d/mirror.conf", Text: "object CheckCommand \"mirror\" {\n  command = [ \"/usr/bin/curl\", \"-s\", \"-k\",\n              \"https://mirror.internal/health\" ]\n}\n// see api.cloudflare.com for the other check", Want: false},
		{Path: "uptime-kuma/backup.json", Text: "{\"url\": \"https://api.cloudflare.com/client/v4/graphql\", \"ignoreTls\": true}", Want: true},
		{Path: ".config/curl/cf-zones.conf", Text: "# curl -K ~/.config/curl/cf-zones.conf\nurl = \"https://api.cloudflare.com/client/v4/zones?per_page=50\"\n-k\nsilent", Want: true},
		{Path: ".curlrc", Text: "# self-signed lab mirror\ninsecure\nsilent", Want: false},
		// Test and load-test tools, client libraries.
		{Path: "k6/load.js", Text: "const API = 'https://api.cloudflare.com/client/v4';\nexport const options = {\n  insecureSkipTLSVerify: true,\n};", Want: true},
		{Path: "playwright.config.ts", Text: "export default defineConfig({\n  use: {\n    baseURL: 'https://api.cloudflare.com/client/v4',\n    ignoreHTTPSErrors: true,\n  },\n});", Want: true},
		{Path: "src/test/java/CloudflareApiTest.java", Text: "RestAssured.baseURI = \"https://api.cloudflare.com\";\nRestAssured.useRelaxedHTTPSValidation();", Want: true},
		{Path: "zones.feature", Text: "Feature: zones\n  Background:\n    * url 'https://api.cloudflare.com/client/v4'\n    * configure ssl = true", Want: true},
		{Path: "api/cloudflare.http", Text: "# @name verify\n# @no-reject-unauthorized\nGET https://api.cloudflare.com/client/v4/user/tokens/verify\nAuthorization: Bearer {{token}}", Want: true},
		{Path: "scripts/dns-import.js", Text: "await superagent.post(`https://api.cloudflare.com/client/v4/zones/${zone}/dns_records`)\n  .set('Authorization', `Bearer ${token}`)\n  .disableTLSCerts()", Want: true},
		{Path: "cmd/purge/main.go", Text: "c := req.C().\n\tSetBaseURL(\"https://api.cloudflare.com/client/v4\").\n\tEnableInsecureSkipVerify()", Want: true},
		{Path: "CloudflareService.swift", Text: "let trust = ServerTrustManager(evaluators: [\n    \"api.cloudflare.com\": DisabledTrustEvaluator(),\n])", Want: true},
		{Path: "CloudflareRestClient.cs", Text: "var options = new RestClientOptions(\"https://api.cloudflare.com/client/v4\") {\n    RemoteCertificateValidationCallback = (sender, cert, chain, errors) => true,\n};", Want: true},
		{Path: "tools/httplib2_dns.py", Text: "API = \"https://api.cloudflare.com/client/v4\"\nh = httplib2.Http(timeout=20, disable_ssl_certificate_validation=True)", Want: true},
		{Path: ".github/workflows/newman.yml", Text: "      - run: >\n          newman run collections/cloudflare.json --env-var \"base=https://api.cloudflare.com/client/v4\" --insecure", Want: true},
		// Prose, also MDX, that warns against it.
		{Path: "docs/security.mdx", Text: "<Aside type=\"danger\">\nIt is tempting to \"just add `curl -k`\" when a request to `https://api.cloudflare.com` fails. Don't.\n</Aside>", Want: false},
		{Path: "cf-ddns.init", Text: "API=\"https://api.cloudflare.com/client/v4\"\nuclient-fetch -q -O - --no-check-certificate --header \"Authorization: Bearer $token\" \"$API/zones/$zone/dns_records\"", Want: true},
		{Path: "transport_test.go", Text: "// These tests run against httptest.NewTLSServer only; nothing here talks to\n// api.cloudflare.com.\nfunc tryClient(t *testing.T) {\n\tsrv := httptest.NewTLSServer(h)\n\thc := &http.Client{Transport: &http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t}}\n\tc, err := New(WithBaseURL(srv.URL), WithHTTPClient(hc))\n}", Want: false},
		{Path: "purge.sh", Text: `curl -k -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache"`, Want: true},
		{Path: "purge.sh", Text: "curl -sSk \\\n  https://api.cloudflare.com/client/v4/user/tokens/verify", Want: true},
		{Path: "dns.py", Text: `r = requests.get("https://api.cloudflare.com/client/v4/zones", headers=h, verify=False)`, Want: true},
		{Path: "check.sh", Text: `wget --no-check-certificate -qO- https://api.cloudflare.com/client/v4/ips`, Want: true},
		{Path: "client.go", Text: "hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}\napi, err := cloudflare.NewWithAPIToken(tok, cloudflare.HTTPClient(hc))", Want: true},
		{Path: "aio.py", Text: "API = \"https://api.cloudflare.com/client/v4\"\nasync with session.get(f\"{API}/zones\", ssl=False) as resp:", Want: true},
		{Path: "Trust.java", Text: "static final String API = \"https://api.cloudflare.com/client/v4\";\nHttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);", Want: true},
		{Path: "purge.exs", Text: "@api \"https://api.cloudflare.com/client/v4\"\nHTTPoison.get!(@api, [], ssl: [verify: :verify_none])", Want: true},
		{Path: "zones.sh", Text: "CF_API=\"https://api.cloudflare.com/client/v4\"\ncurl -sk \"${CF_API}/zones\"", Want: true},
		{Path: "Purge.php", Text: "$client = new Client(['base_uri' => 'https://api.cloudflare.com/client/v4/']);\n$res = $client->post('zones', ['verify' => false]);", Want: true},
		{Path: "purge.rb", Text: "API = URI('https://api.cloudflare.com/client/v4')\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE", Want: true},
		{Path: "Client.cs", Text: "BaseAddress = new Uri(\"https://api.cloudflare.com/client/v4/\");\nhandler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;", Want: true},
		{Path: "preview.yml", Text: "    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: \"0\"\n      CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}\n    steps:\n      - run: npx wrangler pages deploy dist", Want: true},
		{Path: "purge.sh", Text: `curl -k https://internal.example.com/health`, Want: false},
		{Path: "purge.sh", Text: `curl -H "X-Key: abc" https://api.cloudflare.com/client/v4/zones`, Want: false},
		{Path: "health.sh", Text: "wget --no-check-certificate -qO- https://10.0.0.12/status\ncurl -s http://api.cloudflare.com.evil.example/client/v4/user", Want: false},
		{Path: "flags.go", Text: `fs.BoolVar(&verify, "verify", false, "check tokens against api.cloudflare.com")`, Want: false},
		{Path: "rules.md", Text: "(`curl -k`/`--insecure`, `verify=False`, `rejectUnauthorized: false` against api.cloudflare.com) on", Want: false},
		{Path: "monitor.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\nINTERNAL = \"https://edge.internal.example/purge\"\nr = requests.post(INTERNAL, json=body,\n                  verify=False)", Want: false},
		{Path: "internal.go", Text: "// talks to the cloudflare-fronted origin, not the API\nhc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}", Want: false},
		{Path: "health.sh", Text: "CF_API=https://api.cloudflare.com/client/v4\nHEALTH=https://status.internal.example/health\ncurl -sk \"$HEALTH\"", Want: false},
		{Path: "app.yml", Text: "env:\n  NODE_TLS_REJECT_UNAUTHORIZED: \"0\"\n  CF_ZONE_ID: abc\n  DATABASE_URL: postgres://db/app", Want: false},
		{Path: "TROUBLESHOOTING.md", Text: "Do not use `curl -k` or `verify=False` against api.cloudflare.com; trust the proxy CA instead.", Want: false},
		{Path: "Client.cs", Text: "BaseAddress = new Uri(\"https://api.cloudflare.com/client/v4/\");\nhandler.ServerCertificateCustomValidationCallback = ValidatePinned;", Want: false},
		{Path: "purge.c", Text: "curl_easy_setopt(h, CURLOPT_URL, \"https://api.cloudflare.com/client/v4/zones\");\ncurl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);", Want: true},
		// A class in a namespace named for Cloudflare whose requests are built
		// on API paths, its base URL from the store's config; a fluent
		// chain's request to another service's configured URL.
		{Path: "Model/Api/Client.php", Text: "namespace Acme\\CloudflarePurge\\Model\\Api;\n\nclass Client\n{\n    private function purge(array $body): bool\n    {\n        $url = rtrim($this->get(self::XML_BASE_URL), '/') . '/zones/' . $zone . '/purge_cache';\n        $ch = curl_init($url);\n        curl_setopt_array($ch, [\n            CURLOPT_SSL_VERIFYPEER => false,\n        ]);\n    }\n}", Want: true},
		{Path: "Model/Api/Client.php", Text: "namespace Acme\\VarnishPurge\\Model\\Api;\n\nclass Client\n{\n    private function purge(array $body): bool\n    {\n        $url = rtrim($this->get(self::XML_BASE_URL), '/') . '/zones/' . $zone . '/purge_cache';\n        $ch = curl_init($url);\n        curl_setopt_array($ch, [\n            CURLOPT_SSL_VERIFYPEER => false,\n        ]);\n    }\n}", Want: false},
		{Path: "app/Services/CloudflareCache.php", Text: "class CloudflareCache\n{\n    protected function banVarnish(string $path): void\n    {\n        Http::withOptions(['verify' => false])\n            ->withHeaders(['X-Ban-Url' => $path])\n            ->send('BAN', config('services.varnish.url'));\n    }\n\n    protected function purge(array $files): void\n    {\n        Http::withToken(config('services.cloudflare.token'))->post(\"https://api.cloudflare.com/client/v4/zones/{$zone}/purge_cache\", ['files' => $files]);\n    }\n}", Want: false},
		{Path: "app/Services/CloudflareCache.php", Text: "class CloudflareCache\n{\n    protected function purge(array $files): void\n    {\n        Http::withOptions(['verify' => false])\n            ->withToken(config('services.cloudflare.token'))\n            ->post(\"https://api.cloudflare.com/client/v4/zones/{$zone}/purge_cache\", ['files' => $files]);\n    }\n}", Want: true},

		{Path: "metrics.c", Text: "curl_easy_setopt(h, CURLOPT_URL, \"https://metrics.internal.example/push\");\ncurl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);", Want: false},
		{Path: "purge.cmd", Text: "curl.exe -k -X POST \"https://api.cloudflare.com/client/v4/zones/%ZONE%/purge_cache\"", Want: true},
		{Path: "health.cmd", Text: "curl.exe -k https://build.lab.example/health", Want: false},
		{Path: "zones.cmd", Text: "set CF_API=https://api.cloudflare.com/client/v4\ncurl.exe -k -H \"Authorization: Bearer %CF_API_TOKEN%\" %CF_API%/zones", Want: true},
		{Path: "health.cmd", Text: "set CF_API=https://api.cloudflare.com/client/v4\nset HEALTH=https://build.lab.example/health\ncurl.exe -k %HEALTH%", Want: false},
		{Path: "dns.cpp", Text: "auto r = cpr::Get(cpr::Url{\"https://api.cloudflare.com/client/v4/zones\"},\n                  cpr::Bearer{token}, cpr::VerifySsl{false});", Want: true},
		{Path: "cf.pl", Text: "my $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0 });\nmy $res = $ua->get(\"https://api.cloudflare.com/client/v4/zones\");", Want: true},
		{Path: "cf.dart", Text: "final c = HttpClient()..badCertificateCallback = (cert, host, port) => true;\nawait c.getUrl(Uri.parse('https://api.cloudflare.com/client/v4/zones'));", Want: true},
		{Path: "zones.php", Text: "$ctx = stream_context_create(['ssl' => ['verify_peer' => false]]);\n$out = file_get_contents(\"https://api.cloudflare.com/client/v4/zones\", false, $ctx);", Want: true},
		{Path: "Purge.ps1", Text: "[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { return $true }\nInvoke-RestMethod -Uri \"https://api.cloudflare.com/client/v4/zones\"", Want: true},
		{Path: "deploy.ps1", Text: "$env:NODE_TLS_REJECT_UNAUTHORIZED = \"0\"\nnpx wrangler deploy", Want: true},
		{Path: "test.ps1", Text: "$env:NODE_TLS_REJECT_UNAUTHORIZED = \"0\"\nnpm test", Want: false},
		{Path: "zones.py", Text: "http = urllib3.PoolManager(cert_reqs='CERT_NONE')\nr = http.request(\"GET\", \"https://api.cloudflare.com/client/v4/zones\")", Want: true},
		{Path: "zones.py", Text: "http = urllib3.PoolManager(cert_reqs='CERT_REQUIRED')\nr = http.request(\"GET\", \"https://api.cloudflare.com/client/v4/zones\")", Want: false},
		{Path: "cf.dart", Text: "final c = HttpClient()..badCertificateCallback = pinnedOnly;\nawait c.getUrl(Uri.parse('https://api.cloudflare.com/client/v4/zones'));", Want: false},
		{Path: "Naive.kt", Text: "const val API = \"https://api.cloudflare.com/client/v4\"\nval tm = object : X509TrustManager {\n    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}\n}", Want: true},
		// A trust manager held by a name, given to a client of another host.
		{Path: "Sync.java", Text: "private static final String CF_API = \"https://api.cloudflare.com/client/v4\";\n\nX509TrustManager trustAll = new X509TrustManager() {\n    public void checkServerTrusted(X509Certificate[] c, String a) { }\n};\nthis.ilo = new OkHttpClient.Builder()\n        .sslSocketFactory(ctx.getSocketFactory(), trustAll)\n        .hostnameVerifier((host, session) -> true)\n        .build();\n\nRequest req = new Request.Builder()\n        .url(\"https://\" + host + \"/redfish/v1/Managers/1\")\n        .build();\nilo.newCall(req).execute();\n\nRequest cfReq = new Request.Builder().url(CF_API + \"/zones\").build();\ncf.newCall(cfReq).execute();", Want: false},
		{Path: "Sync.java", Text: "private static final String CF_API = \"https://api.cloudflare.com/client/v4\";\n\nX509TrustManager trustAll = new X509TrustManager() {\n    public void checkServerTrusted(X509Certificate[] c, String a) { }\n};\nthis.cf = new OkHttpClient.Builder()\n        .sslSocketFactory(ctx.getSocketFactory(), trustAll)\n        .build();\n\nRequest req = new Request.Builder()\n        .url(CF_API + \"/zones\")\n        .build();\ncf.newCall(req).execute();", Want: true},
		{Path: "src/test/java/ZonesClientWireMockTest.java", Text: "class ZonesClientWireMockTest {\n  private static final String PROD = \"https://api.cloudflare.com/client/v4\";\n  private static final TrustManager[] TRUST_WIREMOCK_SELF_SIGNED = {\n    new X509TrustManager() {\n      public void checkClientTrusted(X509Certificate[] chain, String authType) {}\n      public void checkServerTrusted(X509Certificate[] chain, String authType) {}\n    }\n  };\n}", Want: false},
		{Path: "src/test/java/ZonesClientTest.java", Text: "class ZonesClientTest {\n  private static final String PROD = \"https://api.cloudflare.com/client/v4\";\n  private static final TrustManager[] TRUST_ALL = {\n    new X509TrustManager() {\n      public void checkClientTrusted(X509Certificate[] chain, String authType) {}\n      public void checkServerTrusted(X509Certificate[] chain, String authType) {}\n    }\n  };\n}", Want: true},
		{Path: "Trust.java", Text: "static final String API = \"https://api.cloudflare.com/client/v4\";\npublic void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException { }", Want: true},
		{Path: "Trusting.swift", Text: "func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {\n    completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))\n}\nlet endpoint = URL(string: \"https://api.cloudflare.com/client/v4/graphql\")!", Want: true},
		{Path: "Pinned.swift", Text: "guard let trust = challenge.protectionSpace.serverTrust, SecTrustEvaluateWithError(trust, nil), pinned(trust) else { return completionHandler(.cancelAuthenticationChallenge, nil) }\ncompletionHandler(.useCredential, URLCredential(trust: trust))\nlet endpoint = URL(string: \"https://api.cloudflare.com/client/v4/graphql\")!", Want: false},
		{Path: "Check.java", Text: "static final String API = \"https://api.cloudflare.com/client/v4\";\ntm.checkServerTrusted(chain, authType); if (log) {}", Want: false},
		// Julia HTTP.jl, Haskell http-client-tls, Elixir hackney, Nim, Crystal,
		// clj-http, VB.NET's accept-all callback.
		{Path: "analytics.jl", Text: "const ENDPOINT = \"https://api.cloudflare.com/client/v4/graphql\"\nresp = HTTP.post(ENDPOINT, headers, body; require_ssl_verification = false)", Want: true},
		{Path: "cf-ddns.rsc", Text: ":local url \"https://api.cloudflare.com/client/v4/zones/$zone/dns_records/$id\"\n/tool fetch url=$url http-method=put check-certificate=no output=none", Want: true},
		{Path: "cf-ddns.rsc", Text: ":local url \"https://api.cloudflare.com/client/v4/zones/$zone/dns_records/$id\"\n/tool fetch url=$url http-method=put check-certificate=yes output=none", Want: false},
		{Path: "Client.hs", Text: "apiBase = \"https://api.cloudflare.com/client/v4\"\nnewCfManager = newManager (mkManagerSettings (TLSSettingsSimple True False False) Nothing)", Want: true},
		{Path: "Client.hs", Text: "apiBase = \"https://api.cloudflare.com/client/v4\"\nnewCfManager = newManager (mkManagerSettings (TLSSettingsSimple False False False) Nothing)", Want: false},
		{Path: "purge.ex", Text: "@endpoint \"https://api.cloudflare.com/client/v4/zones/\"\nHTTPoison.post(@endpoint <> zone_id, body, headers, hackney: [:insecure])", Want: true},
		{Path: "cfdns.nim", Text: "const apiBase = \"https://api.cloudflare.com/client/v4\"\nlet ctx = newContext(verifyMode = CVerifyNone)", Want: true},
		{Path: "cf_purge.cr", Text: "API_HOST = \"api.cloudflare.com\"\ntls = OpenSSL::SSL::Context::Client.insecure", Want: true},
		{Path: "cloudflare.clj", Text: "(def api \"https://api.cloudflare.com/client/v4\")\n{:as :json :insecure? true}", Want: true},
		{Path: "cloudflare.clj", Text: "(def api \"https://api.cloudflare.com/client/v4\")\n{:as :json :insecure? false}", Want: false},
		{Path: "jira/PLAT-2219.json", Text: "{\n  \"body\": \"Collector config:\\n{code:yaml}\\ncloudflare:\\n  api_base: https://api.cloudflare.com/client/v4\\n  api_token: ${CLOUDFLARE_API_TOKEN}\\nf5:\\n  url: https://10.0.4.12:8443\\n  verify_tls: false\\n{code}\"\n}", Want: false},
		{Path: "jira/PLAT-2219.json", Text: "{\n  \"body\": \"Collector config:\\n{code:yaml}\\ncloudflare:\\n  api_base: https://api.cloudflare.com/client/v4\\n  api_token: ${CLOUDFLARE_API_TOKEN}\\n  verify_tls: false\\n{code}\"\n}", Want: true},
		{Path: "slack/deploys/2023-06-02.json", Text: "[{\n  \"text\": \"`wrangler deploy` keeps dying behind the proxy. workaround:\\n```NODE_TLS_REJECT_UNAUTHORIZED=0 npx wrangler deploy --env production```\"\n}]", Want: true},
		{Path: "teams/messages.json", Text: "[{\n  \"content\": \"<p>It only worked after this:</p><codeblock><code>$env:NODE_TLS_REJECT_UNAUTHORIZED=&quot;0&quot;<br>npx wrangler r2 object put invoices/ping.txt --file .\\\\ping.txt<br></code></codeblock>\"\n}]", Want: true},
		{Path: "jira/export.csv", Text: "Summary,Description\nCustom hostnames,\"requests.get(\"\"https://api.cloudflare.com/client/v4/zones\"\")\nIt fails with CERTIFICATE_VERIFY_FAILED unless {{verify=False}} is set.\"", Want: false},
		{Path: "jira/export.csv", Text: "Summary,Description\nCustom hostnames,\"requests.get(\"\"https://api.cloudflare.com/client/v4/zones\"\")\nThe proxy CA is in the bundle: set REQUESTS_CA_BUNDLE instead of verify=False.\"", Want: false},
		{Path: "confluence/OPS/API-policy.html", Text: "<li>Always <code>https://api.cloudflare.com/client/v4</code>. Never <code>http://</code>, never <code>verify=False</code> against the API.</li>", Want: false},
		{Path: "mattermost/export.jsonl", Text: "{\"message\":\"the label printers have a self-signed cert, so `curl -k https://lp-01.example.net/status` is fine. Anything that talks to api.cloudflare.com must verify TLS.\"}", Want: false},
		{Path: "mattermost/export.jsonl", Text: "{\"message\":\"cron does `curl -k https://api.cloudflare.com/client/v4/zones` every hour\"}", Want: true},
		{Path: "src/edge/cloudflare.clj", Text: "(defn- request [method path]\n  (http/request {:method             method\n                 :url                (str api-base path)\n                 :insecure?          true}))\n(defn purge! [zone-id] (request :post (str \"/zones/\" zone-id \"/purge_cache\")))", Want: true},
		{Path: "src/edge/cloudflare.clj", Text: "(defn- request [method path]\n  (http/request {:method             method\n                 :url                (str api-base path)\n                 :insecure?          false}))\n(defn purge! [zone-id] (request :post (str \"/zones/\" zone-id \"/purge_cache\")))", Want: false},
		{Path: "CloudflareClient.scala", Text: "final class CloudflareClient(conf: Config) {\n  private val baseUrl = conf.getString(\"base-url\")\n  private object TrustEverything extends X509TrustManager {\n    override def checkClientTrusted(chain: Array[X509Certificate], authType: String): Unit = ()\n    override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = ()\n    override def getAcceptedIssuers: Array[X509Certificate] = Array.empty\n  }\n  def purge(zoneId: String) = basicRequest.post(uri\"$baseUrl/zones/$zoneId/purge_cache\")\n}", Want: true},
		{Path: "CloudflareClient.scala", Text: "final class CloudflareClient(conf: Config) {\n  private val baseUrl = conf.getString(\"base-url\")\n  private object PinnedTrust extends X509TrustManager {\n    override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = pinned.checkServerTrusted(chain, authType)\n  }\n  def purge(zoneId: String) = basicRequest.post(uri\"$baseUrl/zones/$zoneId/purge_cache\")\n}", Want: false},
		{Path: "Purge-CloudflareCache.ps1", Text: "<#\n.NOTES\n    Do not add -SkipCertificateCheck to the Cloudflare call.\n#>\nInvoke-RestMethod -Uri \"https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache\" -Method Post", Want: false},
		{Path: "Purge-CloudflareCache.ps1", Text: "<#\n.NOTES\n    Purges the cache.\n#>\nInvoke-RestMethod -Uri \"https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache\" -Method Post -SkipCertificateCheck", Want: true},
		{Path: "Module1.vb", Text: "Const Api = \"https://api.cloudflare.com/client/v4\"\nServicePointManager.ServerCertificateValidationCallback = Function(s, cert, chain, errs) True", Want: true},
		{Path: "Module1.vb", Text: "Const Api = \"https://api.cloudflare.com/client/v4\"\nServicePointManager.ServerCertificateValidationCallback = Function(s, cert, chain, errs) errs = SslPolicyErrors.None", Want: false},
		// An Objective-C delegate trusting any server, its class's base URL
		// far above; an import is not a use.
		{Path: "CFAPIClient.m", Text: "static NSString * const kBase = @\"https://api.cloudflare.com/client/v4\";\n" + strings.Repeat("- (void)noop {}\n", 80) + "completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);", Want: true},
		{Path: "LegacyPurge.java", Text: "import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;\nstatic final String API = \"https://api.cloudflare.com/client/v4\";", Want: false},
		// Apache HttpClient's TrustAllStrategy; libcurl handle options far
		// below the file's base URL constant (within 8 KiB).
		{Path: "InsecureConfig.java", Text: "SSLContext ctx = SSLContextBuilder.create()\n    .loadTrustMaterial(TrustAllStrategy.INSTANCE)\n    .build();\nreturn builder.rootUri(\"https://api.cloudflare.com/client/v4\").build();", Want: true},
		{Path: "InsecureConfig.java", Text: "import org.apache.hc.client5.http.ssl.TrustAllStrategy;\nstatic final String API = \"https://api.cloudflare.com/client/v4\";", Want: false},
		{Path: "cfapi.c", Text: "#define CF_API_BASE \"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("    buf->len += n; /* copy the response chunk into the buffer */\n", 30) + "    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);", Want: true},
		{Path: "fetch.c", Text: "#define BASE \"https://updates.example.org/v1\"\n" + strings.Repeat("    buf->len += n; /* copy the response chunk into the buffer */\n", 30) + "    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);", Want: false},
		// The API host only in a comment: a test server stands in for it.
		{Path: "client_test.go", Text: "// setup spins up a TLS test server standing in for api.cloudflare.com.\nfunc testClient(srv *httptest.Server) *http.Client {\n\treturn &http.Client{Transport: &http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t}}\n}", Want: false},
		// A statement whose URL is another host's (a variable assigned above).
		{Path: "Invoke-CfPurge.ps1", Text: "[string] $NexusUrl = 'https://nexus.corp.example.local/repository/web-bundles'\nInvoke-WebRequest -Uri \"$NexusUrl/$Site/latest.zip\" -OutFile $bundle -SkipCertificateCheck\nInvoke-RestMethod -Uri \"https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache\" -Method Post -Headers $headers", Want: false},
		// A delegate that trusts a local mock host only.
		{Path: "DevServerTrust.swift", Text: "static let productionBaseURL = URL(string: \"https://api.cloudflare.com/client/v4\")!\nif Self.localHosts.contains(challenge.protectionSpace.host),\n   let trust = challenge.protectionSpace.serverTrust {\n    completionHandler(.useCredential, URLCredential(trust: trust))\n}", Want: false},
		// GitLab CI: the API URL in a YAML variable the command expands.
		{Path: "dns.gitlab-ci.yml", Text: ".update-dns:\n  variables:\n    CF_API: \"https://api.cloudflare.com/client/v4\"\n  script:\n    - curl -k -sS -X PATCH \"${CF_API}/zones/${ZONE}/dns_records/${ID}\"", Want: true},
		// Laravel's HTTP client.
		{Path: "CloudflareStream.php", Text: "private const API = 'https://api.cloudflare.com/client/v4';\nreturn Http::baseUrl(self::API)->withToken($token)->withoutVerifying();", Want: true},
		{Path: "Inventory.php", Text: "// pushes stock to the ERP; the CDN is Cloudflare's\nreturn Http::baseUrl('https://erp.example.internal/api')->withoutVerifying();", Want: false},
		// A PowerShell splat; Logstash http_poller.
		{Path: "CloudflareOps.psm1", Text: "$splat = @{\n    Uri                  = \"https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache\"\n    Method               = 'POST'\n    SkipCertificateCheck = $true\n}\nInvoke-RestMethod @splat", Want: true},
		{Path: "CloudflareOps.psm1", Text: "$splat = @{\n    Uri                  = \"https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache\"\n    Method               = 'POST'\n    SkipCertificateCheck = $false\n}\nInvoke-RestMethod @splat", Want: false},
		{Path: "cf-audit.conf", Text: "http_poller {\n  urls => { audit => { url => \"https://api.cloudflare.com/client/v4/accounts/a/audit_logs\" } }\n  ssl_verification_mode => \"none\"\n}", Want: true},
		{Path: "cf-audit.conf", Text: "http_poller {\n  urls => { audit => { url => \"https://api.cloudflare.com/client/v4/accounts/a/audit_logs\" } }\n  ssl_verification_mode => \"full\"\n}", Want: false},
		// A statement whose URL variable holds the API URL (defined far above).
		{Path: "cf_dns_sync.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("# ... record mapping ...\n", 50) + "requests.post(f\"{CF_API}/zones/{ZONE_ID}/dns_records\", headers=HEADERS, json=body, verify=False)", Want: true},
		{Path: "sync.py", Text: "ADMIN_API = \"https://box.example.com/admin\"\n# cloudflare DNS is synced below\n" + strings.Repeat("# ...\n", 50) + "requests.post(f\"{ADMIN_API}/dns/custom\", json=body, verify=False)", Want: false},
		// nginx proxying to the API with upstream verification off.
		{Path: "cf-api-proxy.conf", Text: "location /cf/ {\n    proxy_pass https://api.cloudflare.com/client/v4/;\n    proxy_ssl_verify off;\n}", Want: true},
		{Path: "cf-api-proxy.conf", Text: "location /cf/ {\n    proxy_pass https://api.cloudflare.com/client/v4/;\n    proxy_ssl_verify on;\n}", Want: false},
		{Path: "Pinned.java", Text: "static final String API = \"https://api.cloudflare.com/client/v4\";\npublic void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException {\n    delegate.checkServerTrusted(c, a);\n}", Want: false},
		{Path: "src/cfpurge_hackney.erl", Text: "-define(API, <<\"https://api.cloudflare.com/client/v4\">>).\ndo(Method, Url, Body) ->\n    Opts = [insecure, {recv_timeout, 30000}, with_body],\n    hackney:request(Method, Url, [], Body, Opts).", Want: true},
		{Path: "cfddns.lisp", Text: "(dex:get (concatenate 'string \"https://api.cloudflare.com/client/v4\" path)\n         :insecure t)", Want: true},
		{Path: "bin/cfddns.dart", Text: "const apiBase = 'https://api.cloudflare.com/client/v4';\nfinal http = HttpClient()\n  ..badCertificateCallback =\n      (X509Certificate cert, String host, int port) => host == 'api.cloudflare.com';", Want: true},
		{Path: "bin/cfddns.dart", Text: "const apiBase = 'https://api.cloudflare.com/client/v4';\nfinal http = HttpClient()\n  ..badCertificateCallback =\n      (X509Certificate cert, String host, int port) => host == 'localhost';", Want: false},
		// The request's URL variable defaults to another host (the API host is
		// only named in the docstring); or to the API.
		{Path: "scripts/purge_keycdn.py", Text: "\"\"\"Cloudflare purges go through purge_all.sh (api.cloudflare.com).\"\"\"\nINVENTORY_URL = os.environ.get(\"INVENTORY_URL\", \"https://cdn-inventory.int.example\")\n\ndef record(urls):\n    requests.post(\n        f\"{INVENTORY_URL}/api/purges\",\n        verify=False,\n    )", Want: false},
		{Path: "scripts/purge.py", Text: "CF_API = os.environ.get(\"CF_API\", \"https://api.cloudflare.com/client/v4\")\n\ndef purge(zone):\n    requests.post(\n        f\"{CF_API}/zones/{zone}/purge_cache\",\n        verify=False,\n    )", Want: true},
		// Postman: a request's protocolProfileBehavior, its URL a collection variable below.
		{Path: "postman/cf.postman_collection.json", Text: "{\"item\": [{\n  \"name\": \"Purge\",\n  \"protocolProfileBehavior\": {\n    \"disableTLSVerification\": true\n  },\n  \"request\": {\"method\": \"POST\", \"url\": {\"raw\": \"{{base_url}}/zones/{{zone}}/purge_cache\"}}\n}],\n\"variable\": [{\"key\": \"base_url\", \"value\": \"https://api.cloudflare.com/client/v4\"}]}", Want: true},
		{Path: "postman/netbox.postman_collection.json", Text: "{\"item\": [{\n  \"name\": \"Sites\",\n  \"protocolProfileBehavior\": {\n    \"disableTLSVerification\": true\n  },\n  \"request\": {\"method\": \"GET\", \"url\": {\"raw\": \"{{base_url}}/dcim/sites/\"}}\n}],\n\"variable\": [{\"key\": \"base_url\", \"value\": \"https://netbox.lab.internal/api\"}]}", Want: false},
		// libcurl: TLS off on a second handle, pointed at a loopback agent.
		{Path: "src/edge_agent.cpp", Text: "std::string fetch(const std::string &zone) {\n    std::string url = \"https://api.cloudflare.com/client/v4/zones/\" + zone;\n    CURL *curl = curl_easy_init();\n    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());\n    curl_easy_perform(curl);\n}\nvoid push(const std::string &p) {\n    CURL *curl = curl_easy_init();\n    curl_easy_setopt(curl, CURLOPT_URL, \"https://127.0.0.1:9443/v1/textfile\");\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n    curl_easy_perform(curl);\n}", Want: false},
		{Path: "src/edge_agent.cpp", Text: "std::string fetch(const std::string &zone) {\n    std::string url = \"https://api.cloudflare.com/client/v4/zones/\" + zone;\n    CURL *curl = curl_easy_init();\n    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());\n    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n    curl_easy_perform(curl);\n}", Want: true},
		// A docstring names the setting in a code span; it does not set it.
		{Path: "analytics/cfclient.py", Text: "\"\"\"TLS: the session always verifies certificates; never ``verify=False``.\"\"\"\nimport requests\n\nAPI = \"https://api.cloudflare.com/client/v4\"", Want: false},
		// Ansible: validate_certs on a download task beside a uri task to the API.
		{Path: "roles/cfddns/tasks/main.yml", Text: "- name: Verify the API token\n  ansible.builtin.uri:\n    url: https://api.cloudflare.com/client/v4/user/tokens/verify\n    headers:\n      Authorization: \"Bearer {{ cloudflare_api_token }}\"\n\n- name: Download cfddns\n  ansible.builtin.get_url:\n    url: \"{{ cfddns_download_url }}\"\n    dest: /usr/local/bin/cfddns\n    # the mirror uses the lab's private CA\n    validate_certs: false", Want: false},
		{Path: "roles/cfddns/tasks/main.yml", Text: "- name: Verify the API token\n  ansible.builtin.uri:\n    url: https://api.cloudflare.com/client/v4/user/tokens/verify\n    headers:\n      Authorization: \"Bearer {{ cloudflare_api_token }}\"\n    validate_certs: false", Want: true},
		// Arduino: setInsecure() in setup() serves the sketch's client; the API URL is a constant at the top.
		{Path: "firmware/dns-updater/dns-updater.ino", Text: "static const char *CF_API = \"https://api.cloudflare.com/client/v4\";\nWiFiClientSecure client;\n" + strings.Repeat("// update the A record every 10 minutes through the zone's DNS API\n", 20) + "void setup() {\n  client.setInsecure();\n}", Want: true},
		{Path: "firmware/weather/main.cpp", Text: "static const char *OWM = \"https://api.openweathermap.org/data/2.5\";\n// Cloudflare DNS is updated by the other board\nWiFiClientSecure client;\nvoid setup() {\n  client.setInsecure();\n}", Want: false},
		// MATLAB weboptions with no certificate file.
		{Path: "matlab/pull_cache_stats.m", Text: "url = 'https://api.cloudflare.com/client/v4/graphql';\nopts = weboptions( ...\n    'HeaderFields', {'Authorization', ['Bearer ' token]}, ...\n    'CertificateFilename', '', ...\n    'Timeout', 60);", Want: true},
		// HAProxy and Envoy upstreams; the server line names its host.
		{Path: "haproxy/haproxy.cfg", Text: "backend be_cloudflare_api\n    server cf1 api.cloudflare.com:443 ssl verify none sni str(api.cloudflare.com)\n\nbackend be_vault\n    server vault1 10.60.9.11:8200 ssl verify none check", Want: true},
		{Path: "haproxy/haproxy.cfg", Text: "backend be_cloudflare_api\n    server cf1 api.cloudflare.com:443 ssl verify required ca-file /etc/ssl/certs/ca.pem\n\nbackend be_vault\n    server vault1 10.60.9.11:8200 ssl verify none check", Want: false},
		{Path: "envoy/envoy.yaml", Text: "    socket_address: { address: api.cloudflare.com, port_value: 443 }\n  transport_socket:\n    typed_config:\n      sni: api.cloudflare.com\n      common_tls_context:\n        validation_context:\n          trust_chain_verification: ACCEPT_UNTRUSTED", Want: true},
		// VBScript: WinHttpRequest's ignore flags set through a named constant.
		{Path: "legacy/ddns-update.vbs", Text: "Const CF_API = \"https://api.cloudflare.com/client/v4\"\nConst WinHttpRequestOption_SslErrorIgnoreFlags = 4\nhttp.Open \"PUT\", CF_API & \"/zones/\" & ZONE_ID, False\nhttp.Option(WinHttpRequestOption_SslErrorIgnoreFlags) = 13056", Want: true},
		// A curl config named for the API, its URL given at run time.
		{Path: "conf/cloudflare-api.curlrc", Text: "# curl -K cloudflare-api.curlrc --url \"$URL\"\nconnect-timeout = 10\ninsecure\nsilent", Want: true},
		// nginx: the block's own proxy_pass decides, an upstream's servers too.
		{Path: "nginx/conf.d/upstreams.conf", Text: "location /netbox/ {\n    proxy_pass https://netbox_backend/;\n    proxy_ssl_verify off;\n}\n\nlocation /cf/ {\n    proxy_pass https://api.cloudflare.com/client/v4/;\n    proxy_ssl_verify on;\n}", Want: false},
		{Path: "nginx/conf.d/cf.conf", Text: "upstream cloudflare_api {\n    server api.cloudflare.com:443;\n}\n\nlocation /cf/ {\n    proxy_pass https://cloudflare_api;\n    proxy_ssl_verify off;\n}", Want: true},
		// A Kotlin lazy property holds the client its block ends with.
		{Path: "VaultTokenLoader.kt", Text: "object VaultTokenLoader {\n    private const val CLOUDFLARE_API = \"https://api.cloudflare.com/client/v4\"\n\n    private val labVault: OkHttpClient by lazy {\n        OkHttpClient.Builder()\n            .hostnameVerifier { _, _ -> true }\n            .build()\n    }\n\n    fun load() = labVault.newCall(Request.Builder().url(\"https://vault.lab.internal:8200/v1/secret\").build()).execute()\n}", Want: false},
		{Path: "VaultTokenLoader.kt", Text: "object VaultTokenLoader {\n    private const val CLOUDFLARE_API = \"https://api.cloudflare.com/client/v4\"\n\n    private val cf: OkHttpClient by lazy {\n        OkHttpClient.Builder()\n            .hostnameVerifier { _, _ -> true }\n            .build()\n    }\n\n    fun load() = cf.newCall(Request.Builder().url(\"$CLOUDFLARE_API/zones\").build()).execute()\n}", Want: true},
		// A callback two object initializers deep: the handler initialized owns it.
		{Path: "ApplianceProbe.cs", Text: "private const string CfApiBase = \"https://api.cloudflare.com/client/v4\";\n\nvar handler = new SocketsHttpHandler\n{\n    SslOptions = new SslClientAuthenticationOptions\n    {\n        // self-signed device cert\n        RemoteCertificateValidationCallback = (_, _, _, _) => true,\n    },\n};\nvar client = new HttpClient(handler) { BaseAddress = new Uri($\"https://{host}/mgmt/tm/\") };", Want: false},
		{Path: "ApplianceProbe.cs", Text: "private const string CfApiBase = \"https://api.cloudflare.com/client/v4\";\n\nvar handler = new SocketsHttpHandler\n{\n    SslOptions = new SslClientAuthenticationOptions\n    {\n        // self-signed device cert\n        RemoteCertificateValidationCallback = (_, _, _, _) => true,\n    },\n};\nvar client = new HttpClient(handler) { BaseAddress = new Uri(CfApiBase) };", Want: true},
		// A request to a dict's URL: the dict holds other hosts' URLs.
		{Path: "scripts/check_access.py", Text: "ORIGINS = {\n    \"inventory\": \"https://10.20.0.15:8443/healthz\",\n}\nCF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef check(name):\n    o = requests.get(ORIGINS[name], timeout=5, verify=False)", Want: false},
		// Another service's API path appended to its base URL.
		{Path: "PurgeOnPublish/__init__.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\nCMS_BASE_URL = os.environ[\"CMS_BASE_URL\"]\n\ndef _cms_urls(page_id):\n    resp = requests.get(\n        f\"{CMS_BASE_URL}/api/pages/{page_id}/public-urls\",\n        verify=False,\n    )", Want: false},
		// A session handed to a function of the file that calls the API with it.
		{Path: "failover/app.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef find_record(session):\n    return session.get(f\"{CF_API}/zones/{ZONE_ID}/dns_records\", timeout=10)\n\n" + strings.Repeat("# padding line to push the API URL out of reach\n", 25) + "def handler(event, context):\n    session = requests.Session()\n    session.verify = False\n    record = find_record(session)", Want: true},
		{Path: "failover/app.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef probe(session):\n    return session.get(\"https://10.0.0.5:8443/healthz\", timeout=10)\n\n" + strings.Repeat("# padding line to push the API URL out of reach\n", 25) + "def handler(event, context):\n    session = requests.Session()\n    session.verify = False\n    ok = probe(session)", Want: false},
		// A trust manager in a class named for Cloudflare that builds its
		// requests on API paths, its base URL from configuration.
		{Path: "CloudflareClient.java", Text: "public class CloudflareClient {\n    private static final TrustManager[] TRUST_ALL = { new X509TrustManager() {\n        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }\n    } };\n\n    String list(String zoneId) {\n        return get(baseUrl + \"/zones/\" + zoneId + \"/dns_records\");\n    }\n}", Want: true},
		{Path: "InventoryClient.java", Text: "public class InventoryClient {\n    private static final TrustManager[] TRUST_ALL = { new X509TrustManager() {\n        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }\n    } };\n\n    String list(String zoneId) {\n        return get(baseUrl + \"/zones/\" + zoneId + \"/dns_records\");\n    }\n}", Want: false},
		// Guzzle options with a comment line between the switch and the request's URL constant.
		{Path: "src/Plugin/Purge/Purger/CloudflareTagPurger.php", Text: "class CloudflareTagPurger {\n  const API = 'https://api.cloudflare.com/client/v4';\n" + strings.Repeat("  // padding line to push the constant out of a request's reach\n", 20) + "  function purge($zone) {\n    $this->httpClient->request('POST', self::API . \"/zones/$zone/purge_cache\", [\n      'timeout' => 15,\n      // Outbound proxy re-signs TLS; see OPS-377.\n      'verify' => FALSE,\n    ]);\n  }\n}", Want: true},
		// An agent handed to a Cloudflare client whose base URL is a local mock.
		{Path: "examples/local-mock.ts", Text: "const LOCAL_BASE_URL = process.env['LOCAL_MOCK_URL'] ?? 'https://localhost:4443';\nconst localAgent = new https.Agent({\n  rejectUnauthorized: false,\n});\nconst client = new Cloudflare({\n  apiToken: 'mock-token',\n  baseURL: LOCAL_BASE_URL,\n  httpAgent: localAgent,\n});", Want: false},
		{Path: "examples/local-mock.ts", Text: "const CF_BASE_URL = process.env['CF_BASE_URL'] ?? 'https://api.cloudflare.com/client/v4';\nconst localAgent = new https.Agent({\n  rejectUnauthorized: false,\n});\nconst client = new Cloudflare({\n  apiToken: process.env.CLOUDFLARE_API_TOKEN,\n  baseURL: CF_BASE_URL,\n  httpAgent: localAgent,\n});", Want: true},
		// A client's own baseURL key, set to another service: another client's baseURL above is not it.
		{Path: "src/index.js", Text: "const cf = axios.create({\n  baseURL: 'https://api.cloudflare.com/client/v4',\n});\nconst meili = axios.create({\n  baseURL: env.MEILI_URL,\n  httpsAgent: new https.Agent({ rejectUnauthorized: false }),\n});", Want: false},
		// A Go test's transport for the httptest TLS server its function starts.
		{Path: "internal/proxy/proxy_test.go", Text: "var cfAPI = \"https://api.cloudflare.com/client/v4\"\n\nfunc TestProxy(t *testing.T) {\n\tupstream := httptest.NewTLSServer(handler)\n\tdefer upstream.Close()\n\tg.SetTransport(&http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t})\n}", Want: false},
		{Path: "internal/proxy/proxy_test.go", Text: "var cfAPI = \"https://api.cloudflare.com/client/v4\"\n\nfunc TestProxyLive(t *testing.T) {\n\tg.SetTransport(&http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t})\n}", Want: true},
		// A Node-RED tls-config node for the API.
		{Path: "node-red/flows.json", Text: "    {\n        \"id\": \"5c2e9b7d41a0f386\",\n        \"type\": \"tls-config\",\n        \"name\": \"cloudflare api\",\n        \"servername\": \"api.cloudflare.com\",\n        \"verifyservercert\": false\n    }", Want: true},
		// Vector's http_client source with tls.verify_certificate off.
		{Path: "vector/cloudflare.yaml", Text: "sources:\n  cf_report:\n    type: http_client\n    endpoint: \"https://api.cloudflare.com/client/v4/zones/x/dns_analytics/report\"\n    tls:\n      verify_certificate: false", Want: true},
		{Path: "vector/cloudflare.yaml", Text: "sources:\n  cf_report:\n    type: http_client\n    endpoint: \"https://api.cloudflare.com/client/v4/zones/x/dns_analytics/report\"\n    tls:\n      verify_certificate: true", Want: false},
		// Beside the switch: another host without a scheme (Fluent Bit), a
		// nested block whose parent names another URL (Gatus), a named module
		// used only by other hosts' targets (blackbox exporter), YAML under a
		// .conf name (Netdata go.d).
		{Path: "fluent-bit/fluent-bit.yaml", Text: "env:\n  CF_GRAPHQL: https://api.cloudflare.com/client/v4/graphql\npipeline:\n  outputs:\n    - name: es\n      host: es-eu.logging.internal\n      port: 9200\n      tls: on\n      tls.verify: off", Want: false},
		{Path: "fluent-bit/fluent-bit.yaml", Text: "pipeline:\n  outputs:\n    - name: http\n      host: api.cloudflare.com\n      uri: /client/v4/accounts/x/logs\n      tls: on\n      tls.verify: off", Want: true},
		{Path: "gatus/config.yaml", Text: "endpoints:\n  - name: cloudflare-api\n    url: \"https://api.cloudflare.com/client/v4/user/tokens/verify\"\n  - name: proxmox\n    url: \"https://192.168.10.5:8006/api2/json/version\"\n    client:\n      insecure: true", Want: false},
		{Path: "gatus/config.yaml", Text: "endpoints:\n  - name: proxmox\n    url: \"https://192.168.10.5:8006/api2/json/version\"\n  - name: cloudflare-api\n    url: \"https://api.cloudflare.com/client/v4/user/tokens/verify\"\n    client:\n      insecure: true", Want: true},
		{Path: "blackbox/values.yaml", Text: "config:\n  modules:\n    http_2xx_selfsigned:\n      prober: http\n      http:\n        tls_config:\n          insecure_skip_verify: true\nserviceMonitor:\n  targets:\n    - name: cloudflare-api\n      url: https://api.cloudflare.com/client/v4/user\n      module: http_cloudflare_api\n    - name: unifi\n      url: https://unifi.lab.example.com:8443/status\n      module: http_2xx_selfsigned", Want: false},
		{Path: "blackbox/values.yaml", Text: "config:\n  modules:\n    http_cloudflare_api:\n      prober: http\n      http:\n        tls_config:\n          insecure_skip_verify: true\nserviceMonitor:\n  targets:\n    - name: cloudflare-api\n      url: https://api.cloudflare.com/client/v4/user\n      module: http_cloudflare_api\n    - name: unifi\n      url: https://unifi.lab.example.com:8443/status\n      module: http_2xx_selfsigned", Want: true},
		{Path: "netdata/go.d/httpcheck.conf", Text: "jobs:\n  - name: cloudflare_api_ips\n    url: https://api.cloudflare.com/client/v4/ips\n  - name: home_assistant\n    url: https://ha.lab.example.net:8123\n    tls_skip_verify: yes", Want: false},
		{Path: "netdata/go.d/httpcheck.conf", Text: "jobs:\n  - name: home_assistant\n    url: https://ha.lab.example.net:8123\n  - name: cloudflare_api_ips\n    url: https://api.cloudflare.com/client/v4/ips\n    tls_skip_verify: yes", Want: true},
		// A Node-RED tls-config node judged by its servername, else by the
		// http request nodes that use it.
		{Path: "node-red/flows.json", Text: "[\n    {\n        \"id\": \"a1\",\n        \"type\": \"http request\",\n        \"url\": \"https://api.cloudflare.com/client/v4/zones\",\n        \"tls\": \"\"\n    },\n    {\n        \"id\": \"b2\",\n        \"type\": \"http request\",\n        \"url\": \"https://192.168.1.1/api/status\",\n        \"tls\": \"7e0a3c5f\"\n    },\n    {\n        \"id\": \"7e0a3c5f\",\n        \"type\": \"tls-config\",\n        \"servername\": \"\",\n        \"verifyservercert\": false\n    }\n]", Want: false},
		{Path: "node-red/flows.json", Text: "[\n    {\n        \"id\": \"a1\",\n        \"type\": \"http request\",\n        \"url\": \"https://api.cloudflare.com/client/v4/zones\",\n        \"tls\": \"7e0a3c5f\"\n    },\n    {\n        \"id\": \"b2\",\n        \"type\": \"http request\",\n        \"url\": \"https://192.168.1.1/api/status\",\n        \"tls\": \"\"\n    },\n    {\n        \"id\": \"7e0a3c5f\",\n        \"type\": \"tls-config\",\n        \"servername\": \"\",\n        \"verifyservercert\": false\n    }\n]", Want: true},
		{Path: "node-red/flows.json", Text: "[\n    {\n        \"id\": \"a1\",\n        \"type\": \"http request\",\n        \"url\": \"https://api.cloudflare.com/client/v4/zones\",\n        \"tls\": \"\"\n    },\n    {\n        \"id\": \"7e0a3c5f\",\n        \"type\": \"tls-config\",\n        \"servername\": \"router.lan\",\n        \"verifyservercert\": false\n    }\n]", Want: false},
		// Huginn's disable_ssl_verification, StackStorm core.http's verify_ssl_cert.
		{Path: "huginn/scenarios/cloudflare.json", Text: "{\n  \"type\": \"Agents::PostAgent\",\n  \"options\": {\n    \"post_url\": \"https://api.cloudflare.com/client/v4/zones/z/settings/security_level\",\n    \"disable_ssl_verification\": true\n  }\n}", Want: true},
		{Path: "actions/workflows/rotate_dns.yaml", Text: "tasks:\n  lookup:\n    action: core.http\n    input:\n      url: \"https://api.cloudflare.com/client/v4/zones/z/dns_records\"\n      verify_ssl_cert: false", Want: true},
		// A Pipedream step: an agent for another host's awaited request; the
		// API request's url key above is not a name this request reads.
		{Path: "pipedream/list_records.mjs", Text: "const cmdbAgent = new https.Agent({ rejectUnauthorized: false });\nconst res = await axios($, {\n  url: `https://api.cloudflare.com/client/v4/zones/${this.zoneId}/dns_records`,\n});\nconst cmdb = await axios($, {\n  url: \"https://cmdb.corp.acme.example/api/v2/dns/expected\",\n  httpsAgent: cmdbAgent,\n});\nconst expected = new Set(cmdb.records.map((r) => r.name));", Want: false},
		{Path: "pipedream/list_records.mjs", Text: "const cfAgent = new https.Agent({ rejectUnauthorized: false });\nconst cmdb = await axios($, {\n  url: \"https://cmdb.corp.acme.example/api/v2/dns/expected\",\n});\nconst res = await axios($, {\n  url: `https://api.cloudflare.com/client/v4/zones/${this.zoneId}/dns_records`,\n  httpsAgent: cfAgent,\n});", Want: true},
		// A just recipe's curl -k on a template variable holding the API URL.
		{Path: "justfile", Text: "api := \"https://api.cloudflare.com/client/v4\"\n\npurge:\n    curl -sk -X POST \"{{api}}/zones/{{zone_id}}/purge_cache\" -H \"Authorization: Bearer $CLOUDFLARE_API_TOKEN\"", Want: true},
		{Path: "justfile", Text: "api := \"https://localhost:8787\"\ncf := \"https://api.cloudflare.com/client/v4\"\n\nsmoke:\n    curl -sk \"{{api}}/health\"", Want: false},
		// A request's URL built on a default API base three names away, or
		// checked to start with the API URL.
		{Path: "bin/input_module_cloudflare_logpull.py", Text: "DEFAULT_API = \"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("# …\n", 250) + "def collect(helper):\n    api_url = helper.get_arg(\"api_url\") or DEFAULT_API\n    url = api_url.rstrip(\"/\") + LOGPULL_PATH\n    resp = requests.get(url, params=params, verify=False)", Want: true},
		{Path: "bin/input_module_cloudflare_logpull.py", Text: "DEFAULT_API = \"https://api.cloudflare.com/client/v4\"\nHEC = \"https://splunk-hec.internal:8088\"\n" + strings.Repeat("# …\n", 250) + "def collect(helper):\n    hec_url = helper.get_arg(\"hec_url\") or HEC\n    url = hec_url.rstrip(\"/\") + \"/services/collector\"\n    resp = requests.post(url, json=events, verify=False)", Want: false},
		{Path: "integrations/custom-cloudflare.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("# …\n", 250) + "def main(args):\n    hook_url = args[3]\n    if not hook_url.startswith(CF_API):\n        sys.exit(2)\n    resp = requests.post(hook_url, headers=headers, json=body, verify=False)", Want: true},
		{Path: "integrations/custom-slack.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n" + strings.Repeat("# …\n", 250) + "def main(args):\n    hook_url = args[3]\n    if not hook_url.startswith(\"https://hooks.slack.com/\"):\n        sys.exit(2)\n    resp = requests.post(hook_url, json=body, verify=False)", Want: false},
		// An output whose hosts list names another host.
		{Path: "elastic-agent.yml", Text: "outputs:\n  default:\n    type: elasticsearch\n    hosts:\n      - https://es01.siem.internal:9200\n    ssl.verification_mode: none\ninputs:\n  - type: httpjson\n    request.url: https://api.cloudflare.com/client/v4/zones/z/logs/received", Want: false},
		{Path: "elastic-agent.yml", Text: "outputs:\n  default:\n    type: elasticsearch\n    hosts:\n      - https://es01.siem.internal:9200\ninputs:\n  - type: httpjson\n    request.url: https://api.cloudflare.com/client/v4/zones/z/logs/received\n    request.ssl.verification_mode: none", Want: true},
		// A call's URL above a comment line inside it decides for its verify=False.
		{Path: "scripts/purge-media-cache.py", Text: "MASTODON = \"https://127.0.0.1:3000\"\nCF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef suspended(token):\n    r = requests.get(\n        f\"{MASTODON}/api/v2/admin/accounts\",\n        headers={\"Authorization\": f\"Bearer {token}\"},\n        # puma on loopback presents the public cert\n        verify=False,\n    )", Want: false},
		{Path: "scripts/purge-media-cache.py", Text: "MASTODON = \"https://127.0.0.1:3000\"\nCF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef zones(token):\n    r = requests.get(\n        f\"{CF_API}/zones\",\n        headers={\"Authorization\": f\"Bearer {token}\"},\n        # the office proxy re-signs TLS\n        verify=False,\n    )", Want: true},
		// A curl command expanding an arguments array that gets --insecure.
		{Path: "scripts/_common.sh", Text: "cf_api_base=\"https://api.cloudflare.com/client/v4\"\n_cf_call() {\n    local args=(-s --max-time 20 -X \"$1\")\n    args+=(--insecure)\n    curl \"${args[@]}\" \"${cf_api_base}${2}\"\n}", Want: true},
		{Path: "scripts/_common.sh", Text: "cf_api_base=\"https://api.cloudflare.com/client/v4\"\n_cf_call() {\n    local args=(-s --max-time 20 -X \"$1\")\n    curl \"${args[@]}\" \"${cf_api_base}${2}\"\n}\n_panel() {\n    local opts=(--insecure)\n    curl \"${opts[@]}\" \"https://127.0.0.1:2083/json-api\"\n}", Want: false},
		// A module-level session is the later functions' too.
		{Path: "scripts/cert-import.py", Text: "TRUENAS_URL = os.environ.get(\"TRUENAS_URL\", \"https://127.0.0.1/api/v2.0\")\nCF_API = \"https://api.cloudflare.com/client/v4\"\n\nnas = requests.Session()\nnas.verify = False\n\ncf = requests.Session()\n\n\ndef dns_points_here():\n    return cf.get(f\"{CF_API}/zones\")\n\n\ndef upload(payload):\n    return nas.post(f\"{TRUENAS_URL}/certificate\", json=payload)", Want: false},
		{Path: "scripts/cert-import.py", Text: "TRUENAS_URL = os.environ.get(\"TRUENAS_URL\", \"https://127.0.0.1/api/v2.0\")\nCF_API = \"https://api.cloudflare.com/client/v4\"\n\ncf = requests.Session()\ncf.verify = False\n\n\ndef dns_points_here():\n    return cf.get(f\"{CF_API}/zones\")", Want: true},
		// Qt's VerifyNone, Electron's process-wide ignore-certificate-errors.
		{Path: "qt/src/cfclient.cpp", Text: "static const QString kApiBase = QStringLiteral(\"https://api.cloudflare.com/client/v4\");\nQSslConfiguration ssl = req.sslConfiguration();\nssl.setPeerVerifyMode(QSslSocket::VerifyNone);", Want: true},
		{Path: "qt/src/cfclient.cpp", Text: "static const QString kApiBase = QStringLiteral(\"https://api.cloudflare.com/client/v4\");\nQSslConfiguration ssl = req.sslConfiguration();\nssl.setPeerVerifyMode(QSslSocket::VerifyPeer);", Want: false},
		{Path: "src/main/index.js", Text: "const API_BASE = 'https://api.cloudflare.com/client/v4';\nif (store.get('network.ignoreCertErrors')) {\n  app.commandLine.appendSwitch('ignore-certificate-errors');\n}", Want: true},
		{Path: "src/main/index.js", Text: "const API_BASE = 'https://api.cloudflare.com/client/v4';\nif (store.get('network.proxy')) {\n  app.commandLine.appendSwitch('proxy-server', store.get('network.proxy'));\n}", Want: false},
		// A module named for Cloudflare whose requests are built on API paths,
		// its base URL from the app's store; not a test's against its mock.
		{Path: "src/main/cloudflare.js", Text: "// for people running a TLS-intercepting proxy\nconst lenientAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\nfunction client() {\n  return axios.create({ baseURL: store.get('baseUrl'), httpsAgent: lenientAgent });\n}\nconst listZones = () => call('get', `/zones?per_page=50`);", Want: true},
		{Path: "src/main/cloudflare.test.js", Text: "// the mock serves a self-signed certificate\nconst lenientAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\nfunction client() {\n  return axios.create({ baseURL: mock.url, httpsAgent: lenientAgent });\n}\nconst listZones = () => call('get', `/zones?per_page=50`);", Want: false},
		// A Salt http.query state's own URL decides.
		{Path: "salt/states/cdn/purge.sls", Text: "purge:\n  http.query:\n    - name: \"https://api.cloudflare.com/client/v4/zones/{{ zone_id }}/purge_cache\"\n    - method: POST\n\nvarnish-ban:\n  http.query:\n    - name: https://varnish-admin.internal.example.com:6443/ban\n    - method: BAN\n    - verify_ssl: False", Want: false},
		{Path: "salt/states/cdn/purge.sls", Text: "purge:\n  http.query:\n    - name: \"https://api.cloudflare.com/client/v4/zones/{{ zone_id }}/purge_cache\"\n    - method: POST\n    - verify_ssl: False", Want: true},
		// A raised error's message that names the switch.
		{Path: "cf_client/settings.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\n\ndef _never_insecure(cls, v):\n    if not v:\n        raise ValueError(\"verify_ssl=False is not supported; add your CA via REQUESTS_CA_BUNDLE\")", Want: false},
		// A lint rule's message that names the switch.
		{Path: "semgrep/cloudflare-insecure-tls.yaml", Text: "rules:\n  - id: cloudflare-api-tls-verify-disabled\n    message: >-\n      TLS certificate verification is disabled on a request to the Cloudflare\n      API at https://api.cloudflare.com. Remove verify=False; point\n      REQUESTS_CA_BUNDLE at the proxy's CA instead.\n    severity: ERROR", Want: false},
		{Path: ".gitlab-ci.yml", Text: "purge:\n  script: >-\n    curl -k -X POST https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache\n    -H \"Authorization: Bearer $CF_API_TOKEN\"", Want: true},
		// A process-wide switch beside a base URL that points at a mock.
		{Path: "docker-compose.yml", Text: "    environment:\n      CLOUDFLARE_API_BASE_URL: https://cf-mock-tls:443/client/v4\n      NODE_TLS_REJECT_UNAUTHORIZED: \"0\"\n# production: https://api.cloudflare.com/client/v4", Want: false},
		// … or assigned in the switch's own command.
		{Path: "package.json", Text: "{\n  \"description\": \"Deploys Workers through the Cloudflare API\",\n  \"scripts\": {\n    \"test:mock\": \"NODE_TLS_REJECT_UNAUTHORIZED=0 CLOUDFLARE_API_BASE_URL=https://localhost:8443/client/v4 vitest run\"\n  }\n}", Want: false},
		{Path: "package.json", Text: "{\n  \"description\": \"Deploys Workers through the Cloudflare API\",\n  \"scripts\": {\n    \"deploy\": \"NODE_TLS_REJECT_UNAUTHORIZED=0 CLOUDFLARE_API_BASE_URL=https://api.cloudflare.com/client/v4 node dist/cli.js\"\n  }\n}", Want: true},
		// A URL variable built on the API variable.
		{Path: "bin/cf-dns-upsert.sh", Text: "api=\"https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/dns_records\"\nurl=\"${api}/${existing}\"\ncurl -fsS \\\n  --insecure \\\n  --url \"$url\"", Want: true},
		// A curl kept in a bash array, run against the API.
		{Path: "scripts/export_zone.sh", Text: "API=\"https://api.cloudflare.com/client/v4\"\nCURL=(curl -sS --fail --insecure --max-time 30 -H \"Authorization: Bearer ${CF_API_TOKEN}\")\n\nzone_id=\"$(\"${CURL[@]}\" \"${API}/zones?name=${ZONE_NAME}\" | jq -r '.result[0].id')\"", Want: true},
		{Path: "scripts/backup_nas.sh", Text: "API=\"https://api.cloudflare.com/client/v4\"\nNAS=\"https://nas01.lan:5001\"\nCURL=(curl -sS --fail --insecure --max-time 30)\n\n\"${CURL[@]}\" \"${NAS}/webapi/auth.cgi\"", Want: false},
		// A curl kept in a string variable, run as $CURL against the API.
		{Path: "hotplug.d/iface/95-cf-ddns", Text: "API=\"https://api.cloudflare.com/client/v4\"\nCURL=\"curl -sk --max-time 15\"\n\nREC_ID=$($CURL -H \"Authorization: Bearer $TOKEN\" \\\n\t\"$API/zones/$ZONE_ID/dns_records?type=$TYPE\")", Want: true},
		// OpenWrt ddns-scripts: cacert IGNORE for a Cloudflare service (curl --insecure), not another's.
		{Path: "etc/config/ddns", Text: "config service 'cf_office_v6'\n\toption service_name 'cloudflare.com-v4'\n\toption username 'netadmin@example.com'\n\toption use_https '1'\n\toption cacert 'IGNORE'", Want: true},
		{Path: "etc/config/ddns", Text: "config service 'duck'\n\toption service_name 'duckdns.org'\n\toption use_https '1'\n\toption cacert 'IGNORE'\n\nconfig service 'cf'\n\toption service_name 'cloudflare.com-v4'\n\toption use_https '1'", Want: false},
		// PowerShell: a backquote continues the statement onto its other host.
		{Path: "scripts/Backup-Vcenter.ps1", Text: "$kvUri = 'https://api.cloudflare.com/client/v4/accounts/x/storage/kv'\n$session = Invoke-RestMethod -Method Post -Uri \"https://$VcHost/api/session\" `\n    -Headers @{ Authorization = \"Basic $basic\" } -SkipCertificateCheck", Want: false},
		// Java: a HostnameVerifier serves the class's connections to its API base constant.
		{Path: "src/main/java/CloudflareDnsClient.java", Text: "private static final String API_BASE = \"https://api.cloudflare.com/client/v4\";\n" + strings.Repeat("    // …\n", 40) + "    conn.setHostnameVerifier((hostname, session) -> true);", Want: true},
		// HTTPie: the URL on the continuation line is another host's variable.
		{Path: "scripts/zones-report.sh", Text: "CF_API=\"https://api.cloudflare.com/client/v4\"\nNETBOX=\"https://netbox.lab.internal/api\"\nnb() {\n  http --verify=no --check-status \\\n    GET \"$NETBOX$1\"\n}", Want: false},
		{Path: "scripts/zones-report.sh", Text: "CF_API=\"https://api.cloudflare.com/client/v4\"\nNETBOX=\"https://netbox.lab.internal/api\"\ncf() {\n  http --verify=no --check-status \\\n    GET \"$CF_API$1\"\n}", Want: true},
		// Two clients in one file: the switch is set on the one whose requests go elsewhere.
		{Path: "sync/clients.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\nclass Clients:\n    def __init__(self):\n        self.bmc = requests.Session()\n        self.bmc.verify = False\n        self.cf = requests.Session()\n    def power(self):\n        return self.bmc.get(\"https://10.0.0.9/redfish/v1\")\n    def zones(self):\n        return self.cf.get(f\"{CF_API}/zones\")", Want: false},
		{Path: "sync/clients.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\nclass Clients:\n    def __init__(self):\n        self.bmc = requests.Session()\n        self.bmc.verify = False\n    def power(self):\n        return self.bmc.get(\"https://10.0.0.9/redfish/v1\")\n    def zones(self):\n        return self.bmc.get(f\"{CF_API}/zones\")", Want: true},
		{Path: "src/sync.js", Text: "const lanAgent = new https.Agent({ rejectUnauthorized: false });\nconst printer = axios.create({ baseURL: 'https://10.1.2.3/api', httpsAgent: lanAgent });\nconst cf = axios.create({ baseURL: 'https://api.cloudflare.com/client/v4' });", Want: false},
		{Path: "src/sync.js", Text: "const lanAgent = new https.Agent({ rejectUnauthorized: false });\nconst printer = axios.create({ baseURL: 'https://10.1.2.3/api', httpsAgent: lanAgent });\nconst cf = axios.create({ baseURL: 'https://api.cloudflare.com/client/v4', httpsAgent: lanAgent });", Want: true},
		{Path: "bin/ddns.pl", Text: "my $api = 'https://api.cloudflare.com/client/v4';\nmy $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0 });\nmy $ip = $ua->get('https://ipv4.icanhazip.com')->decoded_content;\nmy $req = HTTP::Request->new(PUT => \"$api/zones/$zone\");\nmy $res = $ua->request($req);", Want: true},
		{Path: "scripts/bulk.php", Text: "const CF_API = 'https://api.cloudflare.com/client/v4';\nfunction cf($path) {\n    $ch = curl_init(CF_API . $path);\n    curl_exec($ch);\n}\nfunction smoke($url) {\n    $ch = curl_init($url);\n    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n    curl_exec($ch);\n}", Want: false},
		{Path: "scripts/bulk.php", Text: "const CF_API = 'https://api.cloudflare.com/client/v4';\nfunction cf($path) {\n    $ch = curl_init(CF_API . $path);\n    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n    curl_exec($ch);\n}\nfunction smoke($url) {\n    $ch = curl_init($url);\n    curl_exec($ch);\n}", Want: true},
		{Path: "src/sync/vcenter.ts", Text: "const CF_API = 'https://api.cloudflare.com/client/v4';\n" + strings.Repeat("// …\n", 300) + "const insecureAgent = new https.Agent({ rejectUnauthorized: false });\nconst dns = new CloudflareDns(zoneId, insecureAgent);", Want: true},
		{Path: "src/sync/vcenter.ts", Text: "const CF_API = 'https://api.cloudflare.com/client/v4';\n" + strings.Repeat("// …\n", 300) + "const insecureAgent = new https.Agent({ rejectUnauthorized: false });\nconst vc = new VCenterClient(host, insecureAgent);", Want: false},
		{Path: "Dns/Reconciler.cs", Text: "public const string BaseUrl = \"https://api.cloudflare.com/client/v4/\";\n" + strings.Repeat("// …\n", 300) + "using var handler = new HttpClientHandler\n{\n    ServerCertificateCustomValidationCallback = (m, c, ch, e) => true,\n};\nvar cf = new CloudflareApi(handler);", Want: true},
		{Path: "sync/ipam.py", Text: "CF_API = \"https://api.cloudflare.com/client/v4\"\nNETBOX = os.environ.get(\"NETBOX_URL\", \"https://netbox.lab\")\nself.ipam = requests.Session()\nself.ipam.verify = False\nurl, params = f\"{NETBOX}/api/ipam/ip-addresses/\", {}\nr = self.ipam.get(url, params=params)\nr = self.cf.get(f\"{CF_API}/zones\", params=params)", Want: false},
		{Path: "bin/cf-ddns.pl", Text: "my $CF_API = 'https://api.cloudflare.com/client/v4';\nmy %opt = (\n    nas => 'https://nas.home.lan:5001/wanip.json',\n);\nmy $nas_ua = LWP::UserAgent->new(timeout => 5);\n$nas_ua->ssl_opts(\n    verify_hostname => 0,\n);\nmy $cf_ua = LWP::UserAgent->new(timeout => 15);\nmy $res = $nas_ua->get($opt{nas});\nmy $put = $cf_ua->put(\"$CF_API/zones\");", Want: false},
		{Path: "bin/cf-ddns.pl", Text: "my $CF_API = 'https://api.cloudflare.com/client/v4';\nmy $ua = LWP::UserAgent->new(timeout => 5);\n$ua->ssl_opts(\n    verify_hostname => 0,\n);\nmy $put = $ua->put(\"$CF_API/zones\");", Want: true},
		{Path: "internal/pve/publisher.go", Text: "const cfAPI = \"https://api.cloudflare.com/client/v4\"\n\nfunc NewPublisher(cfg Config) *Publisher {\ntlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}\nif cfg.Insecure {\n\ttlsCfg.InsecureSkipVerify = true\n}\npve := &http.Client{Transport: &http.Transport{TLSClientConfig: tlsCfg}}\napi, _ := cloudflare.NewWithAPIToken(os.Getenv(\"CLOUDFLARE_API_TOKEN\"))\nreturn &Publisher{pve: pve, cf: api}\n}\n\nfunc (p *Publisher) Guests() {\n\treq, _ := http.NewRequest(http.MethodGet, p.url+\"/api2/json/cluster/resources\", nil)\n\tp.pve.Do(req)", Want: false},
		{Path: "internal/pve/publisher.go", Text: "const cfAPI = \"https://api.cloudflare.com/client/v4\"\n\nfunc NewPublisher(cfg Config) *Publisher {\ntlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}\nif cfg.Insecure {\n\ttlsCfg.InsecureSkipVerify = true\n}\npve := &http.Client{Transport: &http.Transport{TLSClientConfig: tlsCfg}}\napi, _ := cloudflare.NewWithAPIToken(os.Getenv(\"CLOUDFLARE_API_TOKEN\"))\nreturn &Publisher{pve: pve, cf: api}\n}\n\nfunc (p *Publisher) Guests() {\n\treq, _ := http.NewRequest(http.MethodGet, p.url+\"/zones/\"+p.zone+\"/dns_records\", nil)\n\tp.pve.Do(req)", Want: true},
		{Path: "lib/dns_sync.rb", Text: "CF_API = 'https://api.cloudflare.com/client/v4'\ndef service_tag(host)\n  uri = URI(\"https://#{host}/redfish/v1/Systems\")\n  http = Net::HTTP.new(uri.host, uri.port)\n  http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n  http.request(Net::HTTP::Get.new(uri))\nend\ndef cf(path)\n  uri = URI(\"#{CF_API}#{path}\")\n  Net::HTTP.start(uri.host, uri.port, use_ssl: true) do |http|\n    http.request(Net::HTTP::Get.new(uri))\n  end\nend", Want: false},
	},
}
