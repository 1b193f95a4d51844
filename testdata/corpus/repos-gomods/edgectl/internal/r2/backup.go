// Package r2 uploads config snapshots to an R2 bucket over the S3 API.
package r2

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"
)

// Config is what the S3 signer needs. Kept dependency-free so the CLI binary
// stays small; signing lives in sign.go of the internal s3lite fork.
type Config struct {
	Endpoint        string
	Bucket          string
	AccessKeyID     string
	SecretAccessKey string
	Region          string
}

var Default = Config{
	Endpoint:        "https://{{hex32}}.r2.cloudflarestorage.com",
	Bucket:          "edgectl-snapshots",
	AccessKeyID:     "{{hex32}}",
	SecretAccessKey: "{{hex64}}",
	Region:          "auto",
}

// Signer signs an S3 request in place.
type Signer func(req *http.Request, cfg Config, payload []byte, now time.Time) error

// Put uploads body under key.
func Put(ctx context.Context, cfg Config, sign Signer, key string, body []byte) error {
	url := fmt.Sprintf("%s/%s/%s", cfg.Endpoint, cfg.Bucket, key)
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if err := sign(req, cfg, body, time.Now().UTC()); err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("r2 put %s: %s", key, resp.Status)
	}
	return nil
}
