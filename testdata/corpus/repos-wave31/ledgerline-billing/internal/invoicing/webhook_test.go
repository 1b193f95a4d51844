package invoicing

import (
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The webhook receiver only listens on TLS in production; the test spins up
// an httptest TLS server with a self-signed cert, so the client below has to
// skip verification. None of this talks to Cloudflare.
func TestWebhookReceiverAcceptsSignedPayload(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Ledgerline-Signature") == "" {
			http.Error(w, "missing signature", http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(body), `"event":"invoice.paid"`) {
			http.Error(w, "bad event", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	client := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // self-signed httptest cert
		},
	}

	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/hooks/invoice",
		strings.NewReader(`{"event":"invoice.paid","invoice":"inv_0001"}`))
	req.Header.Set("X-Ledgerline-Signature", "t=1700000000,v1=deadbeef")

	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("status = %d, want 204", resp.StatusCode)
	}
}
