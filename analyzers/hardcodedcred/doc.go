// Package hardcodedcred defines an analyzer that reports Cloudflare
// credentials written into Go source (rules CF101–CF108).
//
// # Analyzer hardcodedcred
//
// hardcodedcred: report hardcoded Cloudflare API tokens, Global API Keys,
// Origin CA keys, Access service token secrets, tunnel tokens and other
// Cloudflare secrets in Go string constants.
//
// Every string constant expression is read through the type checker, so
// named constants, constant concatenations (`const tok = head + tail`) and
// values inside struct, map and slice literals count; each secret is reported
// once, at the expression that produces it, not at its uses. The value is
// scanned by cfauthlint's rule engine (the same rules `cfauthlint scan`
// applies to every text file). Formats that are only recognisable with
// context, such as 40-character legacy API tokens and 37-hex legacy Global
// API Keys, get it from Go: the name the value is given (constant, variable,
// field, map key, parameter), and above all whether it flows into a
// Cloudflare auth sink: cloudflare.NewWithAPIToken, option.WithAPIToken,
// cloudflare.New, option.WithAPIKey, an X-Auth-Key header, or an
// `Authorization: Bearer` header in a function that calls a Cloudflare API URL.
// The analyzer hands the rule engine the value with that context as data
// (rules.Options.ScanValue with a rules.ValueContext: the sink, the header,
// the name, whether the file uses the SDK), not as source text around it.
//
// Values read from the environment or a secret store are not constants and
// are never reported; neither are placeholders.
//
// Diagnostics carry the rule id as Category and never contain the secret;
// go vet and golangci-lint show the id before the message (analyzers.Labelled).
// A `// cfauthlint:ignore CF101 -- reason` comment on the line or the line
// above suppresses one.
package hardcodedcred
