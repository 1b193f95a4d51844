package cfapi

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-resty/resty/v2"
)

func newTestClient(t *testing.T, h http.HandlerFunc) *Client {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)
	r := resty.New().
		SetBaseURL(srv.URL).
		SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}). // self-signed httptest cert
		SetAuthToken("test-token")
	return &Client{r: r}
}

func TestListRecords(t *testing.T) {
	c := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("Authorization = %q", got)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"success":true,"result":[{"id":"abc","type":"A","name":"www.example.com","content":"192.0.2.1","ttl":1}]}`))
	})
	recs, err := c.ListRecords("zone123", "www.example.com")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Content != "192.0.2.1" {
		t.Fatalf("unexpected records: %+v", recs)
	}
}
