package provision

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	cf "github.com/cloudflare/cloudflare-go"
)

func fakeAPI(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/accounts/01a7362d577a6c3019a474fd6f485823/cfd_tunnel", func(w http.ResponseWriter, r *http.Request) {
		var body map[string]string
		json.NewDecoder(r.Body).Decode(&body)
		if body["tunnel_secret"] == "" {
			t.Error("tunnel_secret not sent")
		}
		w.Write([]byte(`{"success":true,"result":{"id":"f70ff985-a4ef-4643-bbbc-4a0ed4fc8415","name":"` + body["name"] + `"}}`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestCreateTunnelSendsSecret(t *testing.T) {
	srv := fakeAPI(t)
	api, err := cf.NewWithAPIToken("YOUR_API_TOKEN", cf.BaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	tun, err := api.CreateTunnel(context.Background(), cf.AccountIdentifier("01a7362d577a6c3019a474fd6f485823"),
		cf.TunnelCreateParams{Name: "ci", Secret: "test-secret", ConfigSrc: "cloudflare"})
	if err != nil {
		t.Fatal(err)
	}
	if tun.Name != "ci" {
		t.Fatalf("name = %q", tun.Name)
	}
}

func TestNewAPIRequiresCreds(t *testing.T) {
	if _, err := newAPI(Settings{}); err == nil {
		t.Fatal("expected error for empty settings")
	}
}
