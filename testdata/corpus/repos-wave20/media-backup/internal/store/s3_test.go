package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// AWS's documented example credentials; the fake server below never checks them.
const (
	testAccessKeyID     = "AKIAIOSFODNN7EXAMPLE"
	testSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

// sha256("") -- what S3 expects in x-amz-content-sha256 for an empty body
const emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

func fakeS3(t *testing.T) *httptest.Server {
	t.Helper()
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 ") {
			http.Error(w, "unsigned", http.StatusForbidden)
			return
		}
		switch r.Method {
		case http.MethodPut:
			w.Header().Set("ETag", `"9b2cf535f27731c974343645a3985328"`)
		case http.MethodDelete:
			w.WriteHeader(http.StatusNoContent)
		default:
			http.Error(w, "unsupported", http.StatusMethodNotAllowed)
		}
	}))
}

func TestPutSignsRequest(t *testing.T) {
	srv := fakeS3(t)
	defer srv.Close()

	s, err := New(context.Background(), Config{
		Endpoint:        srv.URL,
		Region:          "us-east-1",
		Bucket:          "test",
		AccessKeyID:     testAccessKeyID,
		SecretAccessKey: testSecretAccessKey,
		UsePathStyle:    true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(context.Background(), "a.txt", strings.NewReader("x"), 1); err != nil {
		t.Fatalf("Put: %v", err)
	}
}

func TestEmptyPayloadHash(t *testing.T) {
	sum := sha256.Sum256(nil)
	if got := hex.EncodeToString(sum[:]); got != emptyPayloadHash {
		t.Fatalf("got %s", got)
	}
}
