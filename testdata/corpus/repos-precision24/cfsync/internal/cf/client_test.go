package cf

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// 테스트용 가짜 토큰 (실제 자격 증명 아님)
const fakeToken = "test-token-가짜"

func TestNewRejectsPlainHTTP(t *testing.T) {
	// 평문 HTTP 주소는 거부되어야 한다
	_, err := New(fakeToken, WithBaseURL("http://api.cloudflare.com/client/v4"))
	if err == nil {
		t.Fatal("http:// 주소가 허용됨")
	}
}

func TestNewRejectsEmptyToken(t *testing.T) {
	if _, err := New(""); err == nil {
		t.Fatal("빈 토큰이 허용됨")
	}
}

func TestVerifyTokenSendsBearer(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+fakeToken {
			t.Errorf("Authorization 헤더 = %q", got)
		}
		if r.Header.Get("X-Auth-Key") != "" {
			t.Error("글로벌 키 헤더가 전송됨")
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true,
			"result":  map[string]string{"status": "active"},
		})
	}))
	defer srv.Close()

	// httptest 서버의 인증서를 신뢰하는 클라이언트를 그대로 사용
	c, err := New(fakeToken, WithBaseURL(srv.URL), WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	status, err := c.VerifyToken(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if status != "active" {
		t.Fatalf("status = %q", status)
	}
}

func TestErrorEnvelope(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"success":false,"errors":[{"code":9109,"message":"Invalid access token"}]}`))
	}))
	defer srv.Close()

	c, _ := New(fakeToken, WithBaseURL(srv.URL), WithHTTPClient(srv.Client()))
	if _, err := c.ListRecords(context.Background(), "zone", "web-01.lab.example.kr"); err == nil {
		t.Fatal("오류가 반환되지 않음")
	}
}
