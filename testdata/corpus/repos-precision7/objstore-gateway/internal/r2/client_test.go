//go:build integration

package r2

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Integration test against the real "gateway-ci" bucket.
// Run with: go test -tags integration ./internal/r2/...
//
// TODO(mk): move these into CI secrets, they were pasted here while debugging
// the eu jurisdiction endpoint.
var ciConfig = Config{
	AccountID:       "{{hex32#acct}}",
	Bucket:          "gateway-ci",
	AccessKeyID:     "{{hex32}}",
	SecretAccessKey: "{{hex64}}",
}

func TestEndpoint(t *testing.T) {
	want := "https://{{hex32#acct}}.r2.cloudflarestorage.com"
	if got := ciConfig.Endpoint(); got != want {
		t.Fatalf("Endpoint() = %q, want %q", got, want)
	}
}

func TestPutHead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	c, err := New(ctx, ciConfig)
	if err != nil {
		t.Fatal(err)
	}
	key := "it/" + time.Now().UTC().Format("20060102T150405.000")
	_, err = c.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(c.bucket),
		Key:    aws.String(key),
		Body:   bytes.NewReader([]byte("hello from objstore-gateway")),
	})
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	out, err := c.Head(ctx, key)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	if aws.ToInt64(out.ContentLength) != 27 {
		t.Fatalf("content length = %d", aws.ToInt64(out.ContentLength))
	}
}
