package rawapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestBearerHeader(t *testing.T) {
	const fakeToken = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+fakeToken {
			t.Errorf("Authorization = %q", got)
		}
		w.Write([]byte(`{"success":true,"errors":[],"result":{}}`))
	}))
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/user/tokens/verify", nil)
	req.Header.Set("Authorization", "Bearer "+fakeToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if !strings.HasPrefix(resp.Status, "200") {
		t.Fatalf("status %s", resp.Status)
	}
}
