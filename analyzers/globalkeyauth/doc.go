// Package globalkeyauth defines an analyzer that reports authentication with
// the Cloudflare Global API Key (CF201) or an Origin CA user service key
// (CF202).
//
// # Analyzer globalkeyauth
//
// globalkeyauth: report Global API Key and user service key authentication.
//
// Calls are matched by types.Object, so aliases, dot imports and wrappers
// of the same functions are found however the code spells them:
//
//   - net/http: Header.Set and Header.Add, index assignments
//     (h["X-Auth-Key"] = …) and http.Header{…} or map literals that set
//     X-Auth-Key or X-Auth-User-Service-Key; the header name is resolved
//     through constants and compared case-insensitively. Other HTTP
//     clients' header setters (SetHeader, AddHeader, …) count too.
//   - cloudflare-go v0: cloudflare.New(key, email), NewWithUserServiceKey,
//     SetAuthType(AuthKeyEmail) or SetAuthType(AuthUserService), and
//     assignments to the APIKey, APIEmail and APIUserServiceKey fields.
//   - the generated SDK (v2–v7): option.WithAPIKey, option.WithAPIEmail,
//     option.WithUserServiceKey and option.WithHeader("X-Auth-Key", …).
//
// X-Auth-Key needs Cloudflare context (other vendors send a header of the
// same name): the host of the request's URL decides when the function
// shows it (another vendor's host is never reported); else an X-Auth-Email
// set in the same function, Cloudflare naming in the function, the hosts
// the package's constants name, or the package path, file name or a
// Cloudflare SDK import. One site is one finding: option.WithAPIEmail in
// the same call or literal as option.WithAPIKey, and APIEmail set with
// APIKey, are part of the key's finding.
//
// Reading the header (Header.Get, Values, Del: a server or a mock checking
// it, code redacting it) is not a finding, nor is a header set in a field
// of a table-driven test case that expects an error (wantErr: "reserved"
// in a _test.go file: the test checks that the header is refused). The
// message says what to use
// instead: cloudflare.NewWithAPIToken or option.WithAPIToken with a scoped
// API token.
package globalkeyauth
