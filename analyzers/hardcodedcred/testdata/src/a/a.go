package a

import (
	"net/http"
	"os"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
)

// 2026-format tokens are found by shape alone, once, where written.
const userToken = "{{cfut}}" // want `CF101: Cloudflare user API token \(cfut_…, checksum valid\) is hardcoded`

var useOnce = userToken // a use is not reported again

// Folded constants: the secret exists only after concatenation.
const (
	head   = "{{cfat#split[0:20]}}"
	tail   = "{{cfat#split[20:]}}"
	folded = head + tail // want `CF101: Cloudflare account API token`
)

// A legacy 40-character token has no shape of its own: the sink says what it is.
var legacy = "{{tok40}}" // want `CF101: Cloudflare API token \(legacy format\) is hardcoded.*\(passed to cloudflare.NewWithAPIToken\)`

// A legacy Global API Key flows into cloudflare.New.
const k = "{{hex37}}" // want `CF102: Cloudflare Global API Key \(legacy format\).*\(passed to cloudflare.New\)`

type settings struct {
	APIToken string
	Zone     string
}

func clients() {
	cloudflare.NewWithAPIToken(legacy)
	cloudflare.New(k, "ops@example.com")
	_ = option.WithAPIToken("{{tok40}}") // want `CF101: .*\(passed to option.WithAPIToken\)`
	_ = option.WithAPIKey("{{hex37}}")   // want `CF102: .*\(passed to option.WithAPIKey\)`
	_ = useOnce
}

// Struct, map and slice literals count; the field or key names the value.
var (
	s = settings{APIToken: "{{tok40}}", Zone: "{{hex32}}"}     // want `CF101: Cloudflare API token \(legacy format\)`
	m = map[string]string{"CLOUDFLARE_API_TOKEN": "{{tok40}}"} // want `CF101: Cloudflare API token \(legacy format\)`
	l = []string{"{{cfk}}"}                                    // want `CF102: Cloudflare Global API Key \(cfk_…`
)

// A Bearer header on a request to the Cloudflare API.
const bt = "{{tok40}}" // want `CF101: .*\(sent as a Bearer token to the Cloudflare API\)`

func verify() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.cloudflare.com/client/v4/user/tokens/verify", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+bt)
	return http.DefaultClient.Do(req)
}

// The same header elsewhere is not Cloudflare context.
const other = "{{tok40}}"

func elsewhere(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+other)
	req.Header.Set("X-Auth-Key", "{{hex37}}") // want `CF102: .*\(sent as X-Auth-Key\)`
}

// Not findings: environment reads, placeholders, ids, unrelated strings.
var (
	fromEnv     = os.Getenv("CLOUDFLARE_API_TOKEN")
	placeholder = "YOUR_CLOUDFLARE_API_TOKEN_GOES_HERE_xxxxxxxx"
	zoneID      = "{{hex32}}"
	random      = "{{tok40}}"
	cfuse       = cloudflare.AuthToken
)

// Suppressed with a reason.
const fixture = "{{cfut}}" // cfauthlint:ignore CF101 -- test fixture

// cfauthlint:ignore CF101 -- a directive on the line above
const fixture2 = "{{cfut}}"

// A directive at the end of a code line is about that line only.
const fixture3 = "{{cfut}}"      // cfauthlint:ignore CF101 -- test fixture
const afterTrailing = "{{cfut}}" // want `CF101: Cloudflare user API token`
