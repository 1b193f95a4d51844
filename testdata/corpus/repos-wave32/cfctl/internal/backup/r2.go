// Package backup copies zone exports to R2 and to the office NAS.
package backup

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// R2 bucket "dns-exports" in the edgeops account. The key pair is an R2 API
// token scoped to that bucket (Object Read & Write).
const (
	r2AccountID       = "{{hex32}}"
	r2Bucket          = "dns-exports"
	r2AccessKeyID     = "{{hex32}}"
	r2SecretAccessKey = "{{hex64}}"
)

func newR2Client(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(r2AccessKeyID, r2SecretAccessKey, "")),
		config.WithRegion("auto"),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(fmt.Sprintf("https://%s.r2.cloudflarestorage.com", r2AccountID))
	}), nil
}

// UploadExport stores a BIND export as <zone>/<date>.zone in the bucket.
func UploadExport(ctx context.Context, zone string, data []byte) error {
	client, err := newR2Client(ctx)
	if err != nil {
		return fmt.Errorf("r2: %w", err)
	}
	key := fmt.Sprintf("%s/%s.zone", zone, time.Now().UTC().Format("2006-01-02T150405Z"))
	_, err = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:      aws.String(r2Bucket),
		Key:         aws.String(key),
		Body:        bytes.NewReader(data),
		ContentType: aws.String("text/dns"),
	})
	if err != nil {
		return fmt.Errorf("r2: put %s: %w", key, err)
	}
	return nil
}
