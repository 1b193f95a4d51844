package tls

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	cloudflare "github.com/cloudflare/cloudflare-go"
	"github.com/cloudflare/cloudflare-go/v6/option"
	"github.com/go-resty/resty/v2"
)

func v0(token string) {
	client := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `CF302: TLS certificate verification is disabled \(InsecureSkipVerify\) on the HTTP client given to cloudflare.HTTPClient`
		},
	}
	cloudflare.NewWithAPIToken(token, cloudflare.HTTPClient(client))
}

func insecureTransport() *http.Transport {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true // want `CF302: .*given to option.WithHTTPClient`
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = cfg
	return tr
}

func v6() {
	c := &http.Client{}
	c.Transport = insecureTransport()
	_ = option.WithHTTPClient(c)
}

func rawRequest() (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
	c := &http.Client{Transport: tr}
	return c.Get("https://api.cloudflare.com/client/v4/user/tokens/verify")
}

// Not findings: verification off for an unrelated client; verification on.
func unrelated() (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	return c.Get("https://localhost:8443/health")
}

func verified(token string) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}}}
	cloudflare.NewWithAPIToken(token, cloudflare.HTTPClient(c))
}

// The default transport, which an SDK client without its own HTTP client uses.
func global(key, email string) {
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // want `CF302: .*on net/http's default transport`
	cloudflare.New(key, email)
}

const cfAPI = "https://api.cloudflare.com/client/v4"

// Two clients in one function: verification is off only on the one that
// talks to the BMC; the API's client verifies. Not a finding.
func bmcSync(host, zone string, body []byte) {
	bmc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	cf := &http.Client{}
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("https://%s/redfish/v1/Systems", host), nil)
	bmc.Do(req)
	cfReq, _ := http.NewRequest(http.MethodPost, cfAPI+"/zones/"+zone+"/dns_records", bytes.NewReader(body))
	cf.Do(cfReq)
}

// The insecure client sends both requests, one of them to the API.
func shared(zone string) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
	c := &http.Client{Transport: tr}
	c.Get("https://ipv4.icanhazip.com")
	req, _ := http.NewRequest(http.MethodPatch, cfAPI+"/zones/"+zone+"/dns_records", nil)
	c.Do(req)
}

// The client and the URL are handed to a helper that sends the request:
// the call's arguments are the helper's parameters.
func fetchVia(c *http.Client, u string) (*http.Response, error) { return c.Get(u) }

func handedOn(zone string) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
	fetchVia(c, cfAPI+"/zones/"+zone)
}

// The insecure client is handed to a helper that probes another host; the
// API is called with the default client. Not a finding.
func pingVia(c *http.Client, host string) { c.Get("https://" + host + "/health") }

func probeThenSync(host, zone string) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	pingVia(c, host)
	http.Get(cfAPI + "/zones/" + zone)
}

// The insecure client is handed to a helper (variadic options) that gives
// it to the SDK.
func newAPI(token string, hcs ...*http.Client) {
	for _, hc := range hcs {
		cloudflare.NewWithAPIToken(token, cloudflare.HTTPClient(hc))
	}
}

func insecureSDK(token string) {
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} // want `CF302: .*given to cloudflare.HTTPClient`
	newAPI(token, hc)
}

// A client stored in a struct and used by another method.
type syncer struct {
	client *resty.Client
	zone   string
}

func newSyncer(zone string) *syncer {
	c := resty.New().SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}) // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
	return &syncer{client: c, zone: zone}
}

func (s *syncer) list() {
	s.client.R().Get(cfAPI + "/zones/" + s.zone + "/dns_records")
}

// Two resty clients: the insecure one has the NAS as its base URL, the API's
// verifies. Not a finding.
type reporter struct {
	nas, cf *resty.Client
	zone    string
}

func newReporter(nasURL string) *reporter {
	nas := resty.New().SetBaseURL(nasURL + "/webapi").SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true})
	cf := resty.New().SetBaseURL(cfAPI).SetTLSClientConfig(&tls.Config{MinVersion: tls.VersionTLS12})
	return &reporter{nas: nas, cf: cf}
}

func (r *reporter) report() {
	r.nas.R().Get("/entry.cgi")
	r.cf.R().SetBody("state").Patch("/zones/" + r.zone + "/dns_records")
}

// A client struct whose base URL field its requests read.
type apiClient struct {
	BaseURL string
	HTTP    *http.Client
}

func (c *apiClient) do(path string) {
	req, _ := http.NewRequest(http.MethodGet, c.BaseURL+path, nil)
	c.HTTP.Do(req)
}

func newInsecureAPIClient() *apiClient {
	return &apiClient{BaseURL: cfAPI, HTTP: &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}} // want `CF302: .*on an HTTP client that sends requests to the Cloudflare API`
}

// A test's client pointed at a local TLS server: its own base URL decides,
// though the field also holds the API's. Not a finding.
func newLocalClient() *apiClient {
	srv := httptest.NewTLSServer(nil)
	return &apiClient{BaseURL: srv.URL, HTTP: &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}}
}

// A client built with functional options: its base URL defaults to the API.
type optClient struct {
	base string
	hc   *http.Client
}

type opt func(*optClient)

func withBase(u string) opt             { return func(c *optClient) { c.base = u } }
func withHTTPClient(h *http.Client) opt { return func(c *optClient) { c.hc = h } }

func newOptClient(opts ...opt) *optClient {
	c := &optClient{base: cfAPI, hc: http.DefaultClient}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *optClient) zones() {
	req, _ := http.NewRequest(http.MethodGet, c.base+"/zones", nil)
	c.hc.Do(req)
}

// A check of a URL against the plain API URL is not a use of it.
const apiHost = "api.cloudflare.com"

const plainAPI = "http://api.cloudflare.com/client/v4"

func plainRejected(u string) bool {
	if u == plainAPI {
		return true
	}
	switch u {
	case "http://api.cloudflare.com":
		return true
	}
	return strings.HasPrefix(u, "http://"+apiHost)
}

// … but a use beside a check is.
const plainBase = "http://api.cloudflare.com/client/v4" // want `CF301: Cloudflare API URL uses plain http://`

func plainUsed(u string) (*http.Response, error) {
	if u == plainBase {
		return nil, nil
	}
	return http.Get(plainBase + "/ips")
}
