package rules

import (
	"regexp"
	"strings"
)

// The Cloudflare vocabulary: the API hosts, auth headers, SDK functions and
// settings that select an auth method, each with the rule it breaks and the
// message a finding prints. The text detectors derive their needles from
// these tables and the Go analyzers their call tables (matched by
// types.Func), so `cfauthlint scan` and `go vet` say the same words about
// the same code. A new auth spelling is one entry here plus samples.

// ServiceKeySunset is the day Origin CA user service keys stopped working.
const ServiceKeySunset = "2026-09-30"

// serviceKeyGone is said of every user service key finding.
const serviceKeyGone = "which stopped working on " + ServiceKeySunset

// APIHosts are the Cloudflare API hosts, lowercase (shared CLOUDFLARE.md).
var APIHosts = []string{"api.cloudflare.com", "api.staging.cloudflare.com"}

// IsAPIHost reports whether host (lowercase, no port or trailing dot) is
// a Cloudflare API host or one of extra.
func IsAPIHost(host string, extra []string) bool {
	for _, h := range APIHosts {
		if host == h {
			return true
		}
	}
	for _, h := range extra {
		if host == h {
			return true
		}
	}
	return false
}

// AuthHeader is a request header whose sending selects an auth method.
type AuthHeader struct {
	Name    string // as Cloudflare documents it; compared ignoring case
	Rule    *Rule
	Message string
	// What is the message's first part, what the request does; a message
	// that knows the endpoint goes on from it (GlobalKeyEndpointMessage).
	What string
}

// AuthHeaders are the auth-method headers, the longest first (the text
// rules find "X-Auth-User-Service-Key" before its prefix "X-Auth-Key" could).
var AuthHeaders = []AuthHeader{
	{"X-Auth-User-Service-Key", UserServiceKeyAuth, serviceKeyRequest + ", " + serviceKeyGone + "; use an API token with SSL and Certificates permission", serviceKeyRequest},
	{"X-Auth-Key", GlobalKeyAuth, globalKeyRequest + "; use a scoped API token sent as `Authorization: Bearer`", globalKeyRequest},
}

const (
	globalKeyRequest  = "request authenticates with the Global API Key (X-Auth-Key)"
	serviceKeyRequest = "request authenticates with an Origin CA user service key (X-Auth-User-Service-Key)"
)

// Secret-carrying headers other than the auth-method ones.
const (
	AuthorizationHeader = "Authorization"
	AccessSecretHeader  = "CF-Access-Client-Secret"
)

// Sink is what a value handed to a Cloudflare API surface is.
type Sink int

// Sink kinds.
const (
	SinkNone        Sink = iota
	SinkToken            // an API token
	SinkKey              // the Global API Key
	SinkEmail            // the account email that goes with the Global API Key
	SinkServiceKey       // an Origin CA user service key
	SinkBaseURL          // the API base URL
	SinkHTTPClient       // the *http.Client requests go through
	SinkHeaderName       // a header name (option.WithHeader)
	SinkHeaderValue      // a header value (option.WithHeader)
)

// SDKPackage is a Cloudflare SDK package an SDKFunc belongs to.
type SDKPackage int

// SDK packages.
const (
	NotGo    SDKPackage = iota // another language's SDK: found by the text rules only
	GoV0                       // github.com/cloudflare/cloudflare-go (v0.x)
	GoOption                   // the generated SDK's option package (v2 and later)
)

// GoV0Path is cloudflare-go v0's import path.
const GoV0Path = "github.com/cloudflare/cloudflare-go"

var (
	goSDKPath    = regexp.MustCompile(`^github\.com/cloudflare/cloudflare-go(/v[0-9]+)?(/|$)`)
	goOptionPath = regexp.MustCompile(`^github\.com/cloudflare/cloudflare-go/v[0-9]+/option$`)
)

// IsGoSDK reports whether path is (a package of) cloudflare-go, any version.
func IsGoSDK(path string) bool { return goSDKPath.MatchString(path) }

// PackageOf returns the SDK package that path is, or NotGo.
func PackageOf(path string) SDKPackage {
	switch {
	case path == GoV0Path:
		return GoV0
	case goOptionPath.MatchString(path):
		return GoOption
	}
	return NotGo
}

// SDKFunc is a function or method of a Cloudflare SDK: what each argument
// is and, for one that selects an auth method, the rule and message.
type SDKFunc struct {
	Package SDKPackage
	Recv    string // receiver type of a method; "" for a function
	Name    string // as the SDK spells it
	Args    []Sink
	// AuthConst, for a method that takes an auth-type constant
	// (SetAuthType), is the constant that selects the rule's method.
	AuthConst string
	Rule      *Rule // nil: no auth method of its own (NewWithAPIToken, BaseURL)
	Message   string

	// How the text rules spot it. Spelling overrides the lowercase
	// spelling derived from the package and name ("cloudflare.new(",
	// "option.withapikey(", a method's "setauthtype("); Unqualified looks
	// for the name alone, however the package is imported. Near must occur
	// within a few lines (the email that goes with the key).
	Spelling    string
	Unqualified bool
	Near        string
	// GoOnly: the text rules do not look for it (a call that only
	// completes another the text rules report).
	GoOnly bool
	// PartnerOf names the SDK function whose call completes this one into
	// one auth site: option.WithAPIEmail beside option.WithAPIKey in the
	// same argument list or composite literal is part of the key's
	// finding, not a second one. Alone it is still reported.
	PartnerOf string
}

// TextSpelling is the lowercase text the text rules look for.
func (f *SDKFunc) TextSpelling() string {
	switch {
	case f.Spelling != "":
		return f.Spelling
	case f.Recv != "" || f.Unqualified:
		return strings.ToLower(f.Name) + "("
	case f.Package == GoOption:
		return "option." + strings.ToLower(f.Name) + "("
	}
	return "cloudflare." + strings.ToLower(f.Name) + "("
}

const useToken = "use cloudflare.NewWithAPIToken with a scoped API token"

// SDKFuncs are the Cloudflare SDK functions cfauthlint knows.
var SDKFuncs = []SDKFunc{
	{Package: GoV0, Name: "New", Args: []Sink{SinkKey, SinkEmail}, Rule: GlobalKeyAuth,
		Message: "cloudflare.New authenticates with the Global API Key and email; " + useToken},
	{Package: GoV0, Name: "NewWithAPIToken", Args: []Sink{SinkToken}},
	{Package: GoV0, Name: "NewWithUserServiceKey", Args: []Sink{SinkServiceKey}, Rule: UserServiceKeyAuth, Unqualified: true,
		Message: "cloudflare.NewWithUserServiceKey authenticates with an Origin CA user service key, " + serviceKeyGone + "; use an API token with SSL and Certificates permission (cloudflare.NewWithAPIToken / option.WithAPIToken)"},
	{Package: GoV0, Name: "BaseURL", Args: []Sink{SinkBaseURL}},
	{Package: GoV0, Name: "HTTPClient", Args: []Sink{SinkHTTPClient}},
	{Package: GoV0, Recv: "API", Name: "SetAuthType", AuthConst: "AuthKeyEmail", Rule: GlobalKeyAuth,
		Message: "SetAuthType(cloudflare.AuthKeyEmail) selects Global API Key auth; " + useToken},
	{Package: GoV0, Recv: "API", Name: "SetAuthType", AuthConst: "AuthUserService", Rule: UserServiceKeyAuth,
		Message: "SetAuthType(cloudflare.AuthUserService) selects user service key auth, " + serviceKeyGone + "; use cloudflare.NewWithAPIToken"},

	{Package: GoOption, Name: "WithAPIToken", Args: []Sink{SinkToken}},
	{Package: GoOption, Name: "WithAPIKey", Args: []Sink{SinkKey}, Rule: GlobalKeyAuth,
		Message: "option.WithAPIKey sends the Global API Key (X-Auth-Key); use option.WithAPIToken with a scoped API token"},
	{Package: GoOption, Name: "WithAPIEmail", Args: []Sink{SinkEmail}, Rule: GlobalKeyAuth, GoOnly: true, PartnerOf: "WithAPIKey",
		Message: "option.WithAPIEmail is part of Global API Key auth (X-Auth-Email); use option.WithAPIToken with a scoped API token"},
	{Package: GoOption, Name: "WithUserServiceKey", Args: []Sink{SinkServiceKey}, Rule: UserServiceKeyAuth,
		Message: "option.WithUserServiceKey authenticates with an Origin CA user service key, " + serviceKeyGone + "; use an API token with SSL and Certificates permission (cloudflare.NewWithAPIToken / option.WithAPIToken)"},
	{Package: GoOption, Name: "WithBaseURL", Args: []Sink{SinkBaseURL}},
	{Package: GoOption, Name: "WithHTTPClient", Args: []Sink{SinkHTTPClient}},
	{Package: GoOption, Name: "WithHeader", Args: []Sink{SinkHeaderName, SinkHeaderValue}},
	{Package: GoOption, Name: "WithHeaderAdd", Args: []Sink{SinkHeaderName, SinkHeaderValue}},

	// Other languages: python-cloudflare CloudFlare(email=…, key=…),
	// node-cloudflare v2 require('cloudflare')({email, key}), cloudflare/sdk
	// (PHP), the cloudflare crate (Rust), the cloudflare gem.
	{Name: "CloudFlare.CloudFlare", Spelling: "cloudflare.cloudflare(", Near: "email", Rule: GlobalKeyAuth,
		Message: "CloudFlare(email=…, key=…) authenticates with the Global API Key; use token= with a scoped API token"},
	{Name: "CloudFlare.CloudFlare", Spelling: "cloudflare.cloudflare(", Near: "certtoken", Rule: UserServiceKeyAuth,
		Message: "CloudFlare(certtoken=…) authenticates with an Origin CA user service key, " + serviceKeyGone + "; use token= with an API token with SSL and Certificates permission"},
	{Name: "require('cloudflare')", Spelling: "require('cloudflare')(", Near: "email", Rule: GlobalKeyAuth,
		Message: "node-cloudflare {email, key} authenticates with the Global API Key; use a scoped API token"},
	{Name: `require("cloudflare")`, Spelling: `require("cloudflare")(`, Near: "email", Rule: GlobalKeyAuth,
		Message: "node-cloudflare {email, key} authenticates with the Global API Key; use a scoped API token"},
	{Name: "APIKey", Spelling: "new apikey(", Rule: GlobalKeyAuth,
		Message: "cloudflare/sdk APIKey(email, key) authenticates with the Global API Key; use APIToken with a scoped token"},
	// DNS-as-code, IaC, SDK and CLI tools: cloudflare/sdk's classes under
	// their namespace (new \Cloudflare\API\Auth\APIKey(…)).
	{Name: `Cloudflare\API\Auth\APIKey`, Spelling: `auth\apikey(`, Rule: GlobalKeyAuth,
		Message: "cloudflare/sdk APIKey(email, key) authenticates with the Global API Key; use APIToken with a scoped token"},
	{Name: `Cloudflare\API\Auth\UserServiceKey`, Spelling: `auth\userservicekey(`, Rule: UserServiceKeyAuth,
		Message: "cloudflare/sdk UserServiceKey authenticates with a user service key, " + serviceKeyGone + "; use APIToken"},
	{Name: "UserServiceKey", Spelling: "new userservicekey(", Rule: UserServiceKeyAuth,
		Message: "cloudflare/sdk UserServiceKey authenticates with a user service key, " + serviceKeyGone + "; use APIToken"},
	{Name: "Credentials::UserAuthKey", Spelling: "credentials::userauthkey", Rule: GlobalKeyAuth,
		Message: "Credentials::UserAuthKey authenticates with the Global API Key; use Credentials::UserAuthToken"},
	{Name: "Credentials::Service", Spelling: "credentials::service", Rule: UserServiceKeyAuth,
		Message: "Credentials::Service authenticates with a user service key, " + serviceKeyGone + "; use Credentials::UserAuthToken"},
	// Third-party Go clients' functional option taking key and email
	// (`cloudflare.New(cloudflare.WithAPIKey(key, email))`); the official
	// SDK's is option.WithAPIKey(key), found by Go analysis.
	{Name: "WithAPIKey(key, email)", Spelling: "cloudflare.withapikey(", Near: "email", Rule: GlobalKeyAuth,
		Message: "cloudflare.WithAPIKey(key, email) authenticates with the Global API Key; use the client's API token option with a scoped token"},
	{Name: "Cloudflare.connect", Spelling: "cloudflare.connect(", Near: "email", Rule: GlobalKeyAuth,
		Message: "Cloudflare.connect(key:, email:) authenticates with the Global API Key; use token: with a scoped API token"},
}

// GoSDKFunc returns the entry for a Go function or method of a Cloudflare
// SDK (any major version of the generated SDK's option package), with
// authConst for SetAuthType-style methods.
func GoSDKFunc(pkgPath, recv, name, authConst string) (*SDKFunc, bool) {
	pkg := PackageOf(pkgPath)
	if pkg == NotGo {
		return nil, false
	}
	for i := range SDKFuncs {
		f := &SDKFuncs[i]
		if f.Package == pkg && f.Recv == recv && f.Name == name && f.AuthConst == authConst {
			return f, true
		}
	}
	return nil, false
}

// SinkOf returns the sink of argument i of a call of f.
func (f *SDKFunc) SinkOf(i int) Sink {
	if i < len(f.Args) {
		return f.Args[i]
	}
	return SinkNone
}

// SDKField is an exported field of cloudflare-go v0's API struct whose
// setting selects an auth method.
type SDKField struct {
	Name    string
	Rule    *Rule
	Message string
	// PartnerOf names the field whose setting on the same value (in the
	// same composite literal, or assigned in the same function) makes this
	// one part of that finding rather than a second one.
	PartnerOf string
}

// SDKFields are the auth fields of cloudflare-go v0's API struct.
var SDKFields = []SDKField{
	{Name: "APIKey", Rule: GlobalKeyAuth, Message: "setting cloudflare.API.APIKey selects Global API Key auth; " + useToken},
	{Name: "APIEmail", Rule: GlobalKeyAuth, Message: "setting cloudflare.API.APIEmail selects Global API Key auth; " + useToken, PartnerOf: "APIKey"},
	{Name: "APIUserServiceKey", Rule: UserServiceKeyAuth, Message: "setting cloudflare.API.APIUserServiceKey selects user service key auth, " + serviceKeyGone + "; use cloudflare.NewWithAPIToken"},
}

// SDKKeyArg is a keyword argument or property of an SDK client that
// carries a key (Python `Cloudflare(api_email=…, api_key=…)`, TypeScript
// `new Cloudflare({apiEmail, apiKey})`, Pulumi/CDKTF providers): it counts
// when Email (the matching email argument or the provider) is within a few
// lines.
type SDKKeyArg struct {
	Key, Email string // lowercase
	Rule       *Rule
}

// SDKKeyArgs are the SDK key arguments.
var SDKKeyArgs = []SDKKeyArg{
	{"api_key", "api_email", GlobalKeyAuth},
	{"apikey", "apiemail", GlobalKeyAuth},
	{"apikey", "cloudflare.provider(", GlobalKeyAuth},
	{"apikey", "cloudflareprovider(", GlobalKeyAuth},
	// DNS-as-code, IaC, SDK and CLI tools: Pulumi and CDKTF Python providers,
	// Pulumi Go's cloudflare.NewProvider (CDKTF Go's NewCloudflareProvider
	// is "cloudflareprovider(" above).
	{"api_key", "cloudflare.provider(", GlobalKeyAuth},
	{"api_key", "cloudflareprovider(", GlobalKeyAuth},
	{"apikey", "cloudflare.newprovider(", GlobalKeyAuth},
	{"user_service_key", "", UserServiceKeyAuth},
	{"userservicekey", "", UserServiceKeyAuth},
	// The providers' user service key argument (CDKTF Go's
	// CloudflareProviderConfig{ApiUserServiceKey: …}, Pulumi's
	// api_user_service_key=…).
	{"apiuserservicekey", "cloudflareprovider(", UserServiceKeyAuth},
	{"apiuserservicekey", "cloudflare.provider(", UserServiceKeyAuth},
	{"apiuserservicekey", "cloudflare.newprovider(", UserServiceKeyAuth},
	{"api_user_service_key", "cloudflareprovider(", UserServiceKeyAuth},
	{"api_user_service_key", "cloudflare.provider(", UserServiceKeyAuth},
}

// sdkKeyArgMessages are what an SDK key argument finding says, by rule.
var sdkKeyArgMessages = map[*Rule]string{
	GlobalKeyAuth:      "the Cloudflare SDK client authenticates with the Global API Key (api key + email); pass a scoped API token instead",
	UserServiceKeyAuth: "the Cloudflare SDK client authenticates with a user service key, " + serviceKeyGone + "; pass a scoped API token instead",
}

// Where an auth setting counts.
type settingScope int

const (
	inAny      settingScope = iota // any file: a tool's own key name (certbot, cert-manager)
	inProvider                     // only inside a `provider "cloudflare"` block
	inEnv                          // an environment variable: spelled in capitals, set outside program code
)

// AuthSetting is a configuration name whose setting selects an auth method.
type AuthSetting struct {
	Name  string // lowercase
	Tool  string // who reads it
	Rule  *Rule
	where settingScope
	near  string // must occur within a few lines (the tool's name)
	// anyValue: the name itself is the finding, whatever follows (a
	// reference to a secret holding the key).
	anyValue bool
	// spelled: the one mixed-case spelling an environment name also has.
	spelled string
	// sibling: a key that must sit beside the setting in the same mapping
	// (YAML, pretty-printed JSON, an INI section, or a one-line JSON object
	// on the setting's line): the email that turns a tool's "token" or
	// "apikey" into the Global API Key.
	sibling string
	// nearInMapping: near must be on a line of the same mapping (octoDNS's
	// `class:`, DNSControl's "TYPE"), not just within a few lines.
	nearInMapping bool
	// inPath: the setting counts only in files whose lowercase path holds
	// it (a tool's own config file, whose names are generic).
	inPath string
	// parent: a parent key (by indentation) must hold it (Terraform JSON's
	// "provider": {"cloudflare": {…}}).
	parent string
	// emailIn: a line within a few lines sets this name to an email
	// address (ddclient login=, oznu's EMAIL=): the key beside it is the
	// Global API Key, not a token.
	emailIn string
	// protocol: a ddclient entry setting; the last `protocol=` before it
	// (its entry's, or the defaults' above a run of entries) must name
	// this protocol.
	protocol string
	// keyShaped: only a value shaped like the Global API Key (lowercase
	// hex) counts; sample configs fill the same key with words
	// ("api_key_or_empty") beside a real token.
	keyShaped bool
	// notCode: a chart's or tool's config file name, not read in program
	// code (where the same keys are a Go or TypeScript struct's fields).
	notCode bool
	// notProps: not in a Java .properties file, where the dotted name is
	// the application's own key (an Android local.properties'
	// cloudflare.apiKey), not a chart's --set.
	notProps bool
	// value: the setting counts only with this value (lowercase), which
	// selects the auth method: Cloudron's `"tokenType": "GlobalApiKey"`.
	value string
	// setOnly: the name counts only given a value as a path (`--set
	// cloudflare.apiKey=…`, a `name: cloudflare.apiKey` item), not as a
	// mapping's own key (a VS Code extension's `"cloudflare.apiKey": …`).
	setOnly bool
	// php: in a .php file, the key of the PHP array that holds the setting
	// (`'cloudflare' => ['apiKey' => …]`) or the subscript right before it
	// (`$config['cloudflare.settings']['apikey'] = …`), lowercase.
	php string
	// tokenWhen: "key=value", a setting beside it that makes the value an
	// API token rather than the Global API Key (TYPO3's
	// useBearerAuthentication = '1', Drupal's auth_using = 'token').
	tokenWhen string
	Message   string
}

// AuthSettings are the auth-method settings of Cloudflare's tools.
var AuthSettings = []AuthSetting{
	{Name: "api_user_service_key", Tool: "Terraform provider", Rule: UserServiceKeyAuth, where: inProvider, Message: "Terraform provider authenticates with a user service key (api_user_service_key), " + serviceKeyGone + "; use api_token"},
	{Name: "api_key", Tool: "Terraform provider", Rule: GlobalKeyAuth, where: inProvider, Message: "Terraform provider authenticates with the Global API Key (api_key + email); use a scoped api_token"},
	{Name: "dns_cloudflare_api_key", Tool: "certbot-dns-cloudflare", Rule: GlobalKeyAuth, Message: "certbot-dns-cloudflare authenticates with the Global API Key; use dns_cloudflare_api_token with a scoped token"},
	{Name: "account_api_key", Tool: "Ansible cloudflare_dns", Rule: GlobalKeyAuth, near: "cloudflare_dns", Message: "Ansible cloudflare_dns authenticates with the Global API Key (account_api_key); use api_token"},
	{Name: "cloudflare_api_user_service_key", Tool: "cloudflare-go, Terraform", Rule: UserServiceKeyAuth, where: inEnv, Message: "CLOUDFLARE_API_USER_SERVICE_KEY selects user service key auth, " + serviceKeyGone + "; use CLOUDFLARE_API_TOKEN"},
	{Name: "cf_api_user_service_key", Tool: "flarectl", Rule: UserServiceKeyAuth, where: inEnv, Message: "CF_API_USER_SERVICE_KEY selects user service key auth, " + serviceKeyGone + "; use an API token"},
	{Name: "cloudflare_api_key", Tool: "wrangler, cloudflare-go, lego", Rule: GlobalKeyAuth, where: inEnv, Message: "CLOUDFLARE_API_KEY selects Global API Key auth; use a scoped CLOUDFLARE_API_TOKEN"},
	{Name: "cloudflare_api_key_file", Tool: "lego", Rule: GlobalKeyAuth, where: inEnv, Message: "CLOUDFLARE_API_KEY_FILE selects Global API Key auth; use a scoped API token"},
	{Name: "cf_api_key", Tool: "wrangler (old), flarectl, external-dns, lego", Rule: GlobalKeyAuth, where: inEnv, Message: "CF_API_KEY selects Global API Key auth; use a scoped CF_API_TOKEN"},
	{Name: "cf_api_key_file", Tool: "lego", Rule: GlobalKeyAuth, where: inEnv, Message: "CF_API_KEY_FILE selects Global API Key auth; use a scoped API token"},
	{Name: "cloudflare_auth_key", Tool: "various", Rule: GlobalKeyAuth, where: inEnv, Message: "CLOUDFLARE_AUTH_KEY selects Global API Key auth; use a scoped API token"},
	{Name: "cloudflare:apikey", Tool: "Pulumi", Rule: GlobalKeyAuth, Message: "Pulumi config cloudflare:apiKey selects Global API Key auth; use cloudflare:apiToken"},
	{Name: "cloudflare:apiuserservicekey", Tool: "Pulumi", Rule: UserServiceKeyAuth, Message: "Pulumi config cloudflare:apiUserServiceKey selects user service key auth, " + serviceKeyGone + "; use cloudflare:apiToken"},
	{Name: "cf_key", Tool: "acme.sh", Rule: GlobalKeyAuth, where: inEnv, spelled: "CF_Key", Message: "acme.sh CF_Key selects Global API Key auth; use CF_Token with a scoped API token"},
	{Name: "servicekeyref", Tool: "origin-ca-issuer", Rule: UserServiceKeyAuth, anyValue: true, Message: "origin-ca-issuer authenticates with an Origin CA service key (serviceKeyRef), " + serviceKeyGone + "; use tokenRef"},
	{Name: "apikeysecretref", Tool: "cert-manager", Rule: GlobalKeyAuth, anyValue: true, Message: "cert-manager Cloudflare solver uses the Global API Key (apiKeySecretRef); use apiTokenSecretRef"},

	// DNS-as-code, IaC, SDK and CLI tools (docs/ecosystem.md, "DNS as code
	// and IaC" and "SDKs and CLIs"): a tool's own names for the Global API
	// Key, each tied to the tool's word nearby and, where the same name
	// also holds a token, to the email beside it.
	{Name: "token", Tool: "octoDNS CloudflareProvider", Rule: GlobalKeyAuth, near: "octodns_cloudflare", nearInMapping: true, sibling: "email", Message: "octoDNS CloudflareProvider authenticates with the Global API Key (token + email); drop email and set token to a scoped API token"},
	{Name: "apikey", Tool: "DNSControl CLOUDFLAREAPI", Rule: GlobalKeyAuth, near: "cloudflareapi", nearInMapping: true, sibling: "apiuser", Message: "DNSControl CLOUDFLAREAPI authenticates with the Global API Key (apikey + apiuser); use apitoken with a scoped token"},
	{Name: "apikey", Tool: "cert-manager Go API (ACMEIssuerDNS01ProviderCloudflare)", Rule: GlobalKeyAuth, near: "acmeissuerdns01providercloudflare", sibling: "email", anyValue: true, Message: "cert-manager's Cloudflare DNS01 solver with Email + APIKey (ACMEIssuerDNS01ProviderCloudflare) authenticates with the Global API Key; set APIToken to a scoped API token's secret"},
	// Craft CMS's cloudflare plugin in project config (before the chart's
	// entry: one site, one message): authType key selects apiKey + email.
	{Name: "apikey", Tool: "Craft CMS cloudflare plugin (config/project)", Rule: GlobalKeyAuth, parent: "cloudflare:", sibling: "authtype", tokenWhen: "authtype=token", notCode: true, Message: "Craft's cloudflare plugin with authType key (apiKey + email) authenticates with the Global API Key; set authType to token and apiToken to a scoped API token"},
	{Name: "apikey", Tool: "external-dns Helm chart (bitnami)", Rule: GlobalKeyAuth, parent: "cloudflare:", sibling: "email", tokenWhen: "authtype=token", notCode: true, Message: "external-dns chart cloudflare.apiKey (with cloudflare.email) authenticates with the Global API Key; set cloudflare.apiToken to a scoped API token"},
	// The same value set on the command line (`helm install … --set
	// cloudflare.apiKey=…`), by a Helmfile or Argo CD `- name:
	// cloudflare.apiKey` / `value:` pair, or in Terraform's
	// `yamlencode({cloudflare = {email = …, apiKey = …}})`.
	{Name: "cloudflare.apikey", Tool: "external-dns Helm chart (bitnami), --set", Rule: GlobalKeyAuth, notProps: true, setOnly: true, Message: "external-dns chart cloudflare.apiKey (with cloudflare.email) authenticates with the Global API Key; set cloudflare.apiToken to a scoped API token"},
	{Name: "apikey", Tool: "external-dns Helm chart (bitnami), Terraform yamlencode", Rule: GlobalKeyAuth, parent: "cloudflare = {", sibling: "email", notCode: true, Message: "external-dns chart cloudflare.apiKey (with cloudflare.email) authenticates with the Global API Key; set cloudflare.apiToken to a scoped API token"},
	{Name: "api_key", Tool: "Crossplane provider-cloudflare", Rule: GlobalKeyAuth, near: "crossplane", sibling: "email", Message: "Crossplane provider-cloudflare credentials use the Global API Key (api_key + email); use api_token with a scoped token"},
	{Name: "apikey", Tool: "Pulumi YAML provider", Rule: GlobalKeyAuth, near: "pulumi:providers:cloudflare", sibling: "email", Message: "Pulumi Cloudflare provider authenticates with the Global API Key (apiKey + email); use apiToken"},
	{Name: "apikey", Tool: "wrangler-action v1", Rule: GlobalKeyAuth, near: "wrangler-action", sibling: "email", anyValue: true, Message: "wrangler-action (v1, also as signalnerve/wrangler-action) with apiKey + email authenticates with the Global API Key; use apiToken with a scoped token (wrangler-action v3)"},
	{Name: "token", Tool: "python-cloudflare v2 (.cloudflare.cfg)", Rule: GlobalKeyAuth, near: "[cloudflare]", sibling: "email", Message: "python-cloudflare config with token + email authenticates with the Global API Key; drop email and use a scoped API token"},
	{Name: "api_key", Tool: "wrangler v1 (~/.wrangler/config/default.toml)", Rule: GlobalKeyAuth, inPath: ".wrangler/config/", sibling: "email", Message: "wrangler v1 user config with api_key + email authenticates with the Global API Key; run `wrangler login` or set a scoped CLOUDFLARE_API_TOKEN"},
	{Name: "api_key", Tool: "Terraform provider (JSON syntax)", Rule: GlobalKeyAuth, inPath: ".tf.json", parent: `"cloudflare"`, Message: "Terraform provider authenticates with the Global API Key (api_key + email); use a scoped api_token"},
	{Name: "api_user_service_key", Tool: "Terraform provider (JSON syntax)", Rule: UserServiceKeyAuth, inPath: ".tf.json", parent: `"cloudflare"`, Message: "Terraform provider authenticates with a user service key (api_user_service_key), " + serviceKeyGone + "; use api_token"},
	{Name: "api_key", Tool: "Wagtail frontend cache CloudflareBackend", Rule: GlobalKeyAuth, near: "cloudflarebackend", nearInMapping: true, sibling: "email", Message: "Wagtail CloudflareBackend with EMAIL + API_KEY authenticates with the Global API Key; set BEARER_TOKEN to a scoped API token (Cache Purge) instead"},
	{Name: "token", Tool: "Wagtail 1.x frontend cache CloudflareBackend", Rule: GlobalKeyAuth, near: "cloudflarebackend", nearInMapping: true, sibling: "email", Message: "Wagtail CloudflareBackend with EMAIL + TOKEN (Wagtail 1.x: the Global API Key) authenticates with the Global API Key; upgrade and set BEARER_TOKEN to a scoped API token (Cache Purge)"},
	{Name: "certtoken", Tool: "python-cloudflare v2 (.cloudflare.cfg)", Rule: UserServiceKeyAuth, near: "[cloudflare]", Message: "python-cloudflare certtoken is an Origin CA user service key, " + serviceKeyGone + "; use an API token with SSL and Certificates permission"},

	// DDNS and ACME clients (docs/ecosystem.md, "DDNS clients" and "ACME
	// clients"). Names the tools share with the environment (CF_Key,
	// CF_API_KEY, CLOUDFLARE_API_KEY(_FILE)) are above; these are each
	// tool's own, tied to its word nearby or to the email beside the key.
	{Name: "saved_cf_key", Tool: "acme.sh (account.conf)", Rule: GlobalKeyAuth, where: inEnv, spelled: "SAVED_CF_Key", Message: "acme.sh account.conf SAVED_CF_Key is the Global API Key; issue with CF_Token (a scoped API token) instead"},
	{Name: "cfauthkey", Tool: "Posh-ACME Cloudflare plugin", Rule: GlobalKeyAuth, Message: "Posh-ACME CFAuthKey (with CFAuthEmail) authenticates with the Global API Key; use CFToken with a scoped API token"},
	{Name: "cfauthkeysecure", Tool: "Posh-ACME Cloudflare plugin", Rule: GlobalKeyAuth, Message: "Posh-ACME CFAuthKeySecure (with CFAuthEmail) authenticates with the Global API Key; use CFToken with a scoped API token"},
	{Name: "cfauthkeyinsecure", Tool: "Posh-ACME Cloudflare plugin", Rule: GlobalKeyAuth, Message: "Posh-ACME CFAuthKeyInsecure (with CFAuthEmail) authenticates with the Global API Key; use CFToken with a scoped API token"},
	{Name: "dns_cf_key", Tool: "OPNsense os-acme-client, XrayR/soga/V2bX (DNS_CF_Key)", Rule: GlobalKeyAuth, Message: "dns_cf_key (with dns_cf_email) is the Global API Key; use dns_cf_token with a scoped API token"},
	// CMS plugins and modules.
	{Name: "cloudflare_api_key", Tool: "WP Rocket (Cloudflare add-on)", Rule: GlobalKeyAuth, sibling: "cloudflareemail", inPath: "wp-rocket", Message: "WP Rocket's Cloudflare add-on with cloudflare_email + cloudflare_api_key authenticates with the Global API Key; use a scoped API token in cloudflare_api_key and drop the email"},
	// TYPO3 EXT:cloudflare (causal/cloudflare): apiEmail + apiKey under
	// ['EXTENSIONS']['cloudflare'], a token when useBearerAuthentication is 1.
	{Name: "apikey", Tool: "TYPO3 EXT:cloudflare", Rule: GlobalKeyAuth, php: "cloudflare", sibling: "apiemail", tokenWhen: "usebearerauthentication=1", Message: "TYPO3 EXT:cloudflare with apiEmail + apiKey authenticates with the Global API Key; set useBearerAuthentication and put a scoped API token in apiKey"},
	// Drupal's cloudflare module: cloudflare.settings apikey + email with
	// auth_using key (settings.php overrides, or its config export).
	{Name: "apikey", Tool: "Drupal cloudflare module (settings.php)", Rule: GlobalKeyAuth, php: "cloudflare.settings", sibling: "email", tokenWhen: "auth_using=token", Message: "Drupal's cloudflare module with cloudflare.settings apikey + email authenticates with the Global API Key; set auth_using to token and api_token to a scoped API token"},
	{Name: "apikey", Tool: "Drupal cloudflare module (config export)", Rule: GlobalKeyAuth, inPath: "cloudflare.settings.y", sibling: "email", tokenWhen: "auth_using=token", Message: "Drupal's cloudflare module with cloudflare.settings apikey + email authenticates with the Global API Key; set auth_using to token and api_token to a scoped API token"},
	{Name: "api_key", Tool: "TrueNAS ACME DNS authenticator (cloudflare)", Rule: GlobalKeyAuth, sibling: "cloudflareemail", Message: "TrueNAS Cloudflare DNS authenticator with cloudflare_email + api_key authenticates with the Global API Key; set api_token to a scoped API token"},
	{Name: "api_key", Tool: "Home Assistant cloudflare integration before 0.109 (configuration.yaml)", Rule: GlobalKeyAuth, parent: "cloudflare:", sibling: "email", inPath: "configuration", Message: "Home Assistant's cloudflare: email + api_key (before 0.109) authenticates with the Global API Key; set api_token to a scoped API token"},
	{Name: "api_key", Tool: "Terraform datadog_integration_cloudflare_account", Rule: GlobalKeyAuth, parent: `resource "datadog_integration_cloudflare_account"`, sibling: "email", Message: "Datadog's Cloudflare integration with email + api_key authenticates with the Global API Key; give it a scoped API token (api_key without email)"},
	{Name: "tokentype", Tool: "Cloudron", Rule: GlobalKeyAuth, near: "cloudflare", value: "globalapikey", Message: "Cloudron's Cloudflare DNS config with tokenType GlobalApiKey authenticates with the Global API Key; set tokenType ApiToken and a scoped API token"},
	{Name: "password", Tool: "ddclient protocol=cloudflare", Rule: GlobalKeyAuth, protocol: "cloudflare", emailIn: "login", Message: "ddclient protocol=cloudflare with an email login authenticates with the Global API Key; set login=token and password to a scoped API token"},
	{Name: "api_key", Tool: "oznu/cloudflare-ddns", Rule: GlobalKeyAuth, where: inEnv, near: "oznu/cloudflare-ddns", emailIn: "email", Message: "oznu/cloudflare-ddns API_KEY with EMAIL authenticates with the Global API Key; drop EMAIL and set API_KEY to a scoped API token"},
	{Name: "api_key_file", Tool: "oznu/cloudflare-ddns", Rule: GlobalKeyAuth, where: inEnv, near: "oznu/cloudflare-ddns", emailIn: "email", anyValue: true, Message: "oznu/cloudflare-ddns API_KEY_FILE with EMAIL authenticates with the Global API Key; drop EMAIL and put a scoped API token in the file"},
	{Name: "api_key", Tool: "timothymiller/cloudflare-ddns (config.json)", Rule: GlobalKeyAuth, sibling: "accountemail", keyShaped: true, Message: "cloudflare-ddns authentication.api_key (api_key + account_email) is the Global API Key; use authentication.api_token with a scoped token"},
	// Elastic's Cloudflare integration (Fleet package policy vars, or a
	// standalone policy): auth.email + auth.api_key send X-Auth-Email /
	// X-Auth-Key; auth.token is the scoped token.
	{Name: "auth.api_key", Tool: "Elastic Cloudflare integration", Rule: GlobalKeyAuth, near: "cloudflare", sibling: "authemail", notCode: true, Message: "Elastic's Cloudflare integration with auth.email + auth.api_key authenticates with the Global API Key; set auth.token to a scoped API token instead"},
	// W3 Total Cache's Cloudflare extension (w3tc-config/master.php, JSON
	// in a PHP file): "extensions.settings": {"cloudflare": {"email", "key"}}.
	{Name: `"key"`, Tool: "W3 Total Cache Cloudflare extension (w3tc-config)", Rule: GlobalKeyAuth, inPath: "w3tc-config", parent: `"cloudflare"`, sibling: "email", Message: "W3 Total Cache's Cloudflare extension with email + key authenticates with the Global API Key; the key has every permission of the account: keep w3tc-config out of the repository and purge with a scoped API token (Cache Purge) instead"},
	{Name: `"key"`, Tool: "qdm12/ddns-updater (config.json)", Rule: GlobalKeyAuth, near: `"cloudflare"`, nearInMapping: true, sibling: "email", Message: "ddns-updater cloudflare settings with key + email authenticate with the Global API Key; use token with a scoped API token"},
	{Name: "user_service_key", Tool: "qdm12/ddns-updater (config.json)", Rule: UserServiceKeyAuth, near: `"cloudflare"`, nearInMapping: true, Message: "ddns-updater cloudflare user_service_key is an Origin CA user service key, " + serviceKeyGone + "; use token with a scoped API token"},
}

// AuthSettingOf returns the auth setting named name (lowercase).
func AuthSettingOf(name string) (*AuthSetting, bool) {
	for i := range AuthSettings {
		if AuthSettings[i].Name == name {
			return &AuthSettings[i], true
		}
	}
	return nil, false
}
