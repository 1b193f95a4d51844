package lint

import "github.com/cfauthlint/cfauthlint/rules"

// Sink is what an argument of a Cloudflare SDK call is.
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

// SDKCall describes a Cloudflare SDK function: the sink of each argument,
// and for auth-method calls the rule it violates and the message.
type SDKCall struct {
	Args []Sink
	Rule *rules.Rule
	Msg  string
}

const (
	useToken   = "use a scoped API token (cloudflare.NewWithAPIToken / option.WithAPIToken)"
	svcExpired = "user service keys stopped working on 2026-09-30; use an API token with SSL and Certificates permission (cloudflare.NewWithAPIToken / option.WithAPIToken)"
)

var v0Calls = map[string]SDKCall{
	"New":                   {Args: []Sink{SinkKey, SinkEmail}, Rule: rules.GlobalKeyAuth, Msg: "cloudflare.New authenticates with the Global API Key and email; use cloudflare.NewWithAPIToken with a scoped API token"},
	"NewWithAPIToken":       {Args: []Sink{SinkToken}},
	"NewWithUserServiceKey": {Args: []Sink{SinkServiceKey}, Rule: rules.UserServiceKeyAuth, Msg: "cloudflare.NewWithUserServiceKey authenticates with an Origin CA user service key; " + svcExpired},
	"BaseURL":               {Args: []Sink{SinkBaseURL}},
	"HTTPClient":            {Args: []Sink{SinkHTTPClient}},
}

var optionCalls = map[string]SDKCall{
	"WithAPIToken":       {Args: []Sink{SinkToken}},
	"WithAPIKey":         {Args: []Sink{SinkKey}, Rule: rules.GlobalKeyAuth, Msg: "option.WithAPIKey sends the Global API Key (X-Auth-Key); use option.WithAPIToken with a scoped API token"},
	"WithAPIEmail":       {Args: []Sink{SinkEmail}, Rule: rules.GlobalKeyAuth, Msg: "option.WithAPIEmail is part of Global API Key auth (X-Auth-Email); use option.WithAPIToken with a scoped API token"},
	"WithUserServiceKey": {Args: []Sink{SinkServiceKey}, Rule: rules.UserServiceKeyAuth, Msg: "option.WithUserServiceKey authenticates with an Origin CA user service key; " + svcExpired},
	"WithBaseURL":        {Args: []Sink{SinkBaseURL}},
	"WithHTTPClient":     {Args: []Sink{SinkHTTPClient}},
	"WithHeader":         {Args: []Sink{SinkHeaderName, SinkHeaderValue}},
	"WithHeaderAdd":      {Args: []Sink{SinkHeaderName, SinkHeaderValue}},
}

// SDK returns what f is in the Cloudflare Go SDKs: cloudflare-go v0
// functions and the option package of the generated SDK (v2+).
func SDK(f Func) (SDKCall, bool) {
	if f.Recv != "" {
		return SDKCall{}, false
	}
	switch {
	case f.Pkg == V0Path:
		c, ok := v0Calls[f.Name]
		return c, ok
	case IsOption(f.Pkg):
		c, ok := optionCalls[f.Name]
		return c, ok
	}
	return SDKCall{}, false
}

// SinkOf returns the sink of argument i of an SDK call.
func (c SDKCall) SinkOf(i int) Sink {
	if i < len(c.Args) {
		return c.Args[i]
	}
	return SinkNone
}

// Header names that select an auth method (compared case-insensitively).
var AuthHeaders = []struct {
	Name string
	Rule *rules.Rule
	Msg  string
}{
	{"X-Auth-Key", rules.GlobalKeyAuth, "request sends the Global API Key (X-Auth-Key header); send a scoped API token as `Authorization: Bearer` instead (cloudflare.NewWithAPIToken / option.WithAPIToken)"},
	{"X-Auth-User-Service-Key", rules.UserServiceKeyAuth, "request sends an Origin CA user service key (X-Auth-User-Service-Key header); " + svcExpired},
}
