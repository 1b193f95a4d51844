package cloudflare

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/libdns/libdns"
)

// newTestProvider starts a TLS test server and points the provider at it.
func newTestProvider(t *testing.T, h http.HandlerFunc) *Provider {
	t.Helper()

	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)

	old := baseURL
	baseURL = srv.URL + "/client/v4"
	t.Cleanup(func() { baseURL = old })

	return &Provider{
		APIToken: "test-token",
		HTTPClient: &http.Client{
			Transport: &http.Transport{
				// httptest.NewTLSServer uses a self-signed certificate.
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
			},
		},
	}
}

func TestGetRecords(t *testing.T) {
	p := newTestProvider(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q", got)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		switch r.URL.Path {
		case "/client/v4/zones":
			fmt.Fprint(w, `{"success":true,"result":[{"id":"zone-1","name":"example.com","status":"active"}]}`)
		case "/client/v4/zones/zone-1/dns_records":
			fmt.Fprint(w, `{"success":true,"result":[{"id":"rec-1","type":"TXT","name":"_acme-challenge.example.com","content":"abc","ttl":120}]}`)
		default:
			http.NotFound(w, r)
		}
	})

	recs, err := p.GetRecords(context.Background(), "example.com.")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Name != "_acme-challenge" {
		t.Fatalf("unexpected records: %+v", recs)
	}
}

func TestZoneTokenUsedForRecords(t *testing.T) {
	p := newTestProvider(t, func(w http.ResponseWriter, r *http.Request) {
		want := "Bearer test-token"
		if r.URL.Path != "/client/v4/zones" {
			want = "Bearer test-zone-token"
		}
		if got := r.Header.Get("Authorization"); got != want {
			t.Errorf("%s: Authorization = %q, want %q", r.URL.Path, got, want)
		}
		switch r.URL.Path {
		case "/client/v4/zones":
			fmt.Fprint(w, `{"success":true,"result":[{"id":"zone-1","name":"example.com"}]}`)
		default:
			fmt.Fprint(w, `{"success":true,"result":{"id":"rec-2","type":"TXT","name":"x.example.com","content":"y","ttl":1}}`)
		}
	})
	p.ZoneToken = "test-zone-token"

	_, err := p.AppendRecords(context.Background(), "example.com.", []libdns.Record{{Type: "TXT", Name: "x", Value: "y"}})
	if err != nil {
		t.Fatal(err)
	}
}

func TestNoCredentials(t *testing.T) {
	p := newTestProvider(t, func(w http.ResponseWriter, r *http.Request) {
		t.Error("no request expected")
	})
	p.APIToken = ""

	if _, err := p.GetRecords(context.Background(), "example.com."); err == nil {
		t.Fatal("expected error without credentials")
	}
}
