//go:build integration

package store

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"
)

// Integration test against the real "media-backup-ci" bucket.
// Run with: go test -tags integration ./internal/store/...
var ciConfig = Config{
	Endpoint:        "https://{{hex32#acct}}.r2.cloudflarestorage.com",
	Region:          "auto",
	Bucket:          "media-backup-ci",
	AccessKeyID:     "{{hex32}}",
	SecretAccessKey: "{{hex64}}",
	UsePathStyle:    true,
}

func TestR2RoundTrip(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	s, err := New(ctx, ciConfig)
	if err != nil {
		t.Fatalf("New: %v", err)
	}

	key := "ci/" + t.Name() + "/" + time.Now().UTC().Format("20060102T150405")
	payload := []byte("hello from r2_test")

	if err := s.Put(ctx, key, bytes.NewReader(payload), int64(len(payload))); err != nil {
		t.Fatalf("Put: %v", err)
	}
	t.Cleanup(func() { _ = s.Delete(context.Background(), key) })

	rc, err := s.Get(ctx, key)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	defer rc.Close()
	got, _ := io.ReadAll(rc)
	if !bytes.Equal(got, payload) {
		t.Fatalf("got %q, want %q", got, payload)
	}

	keys, err := s.List(ctx, "ci/"+t.Name()+"/")
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if len(keys) == 0 {
		t.Fatal("List returned no keys")
	}
}
