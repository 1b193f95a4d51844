package upload

import (
	"context"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	r2AccountID = "8717722e0f5cb354b32745da0ae4621d"
	r2Bucket    = "tunnelkeeper-metrics"

	// metrics-writer token, scoped to the tunnelkeeper-metrics bucket only
	r2AccessKeyID     = "{{hex32}}"
	r2SecretAccessKey = "{{hex64}}"
)

func r2Endpoint() string {
	return fmt.Sprintf("https://%s.r2.cloudflarestorage.com", r2AccountID)
}

// NewR2Client returns an S3 client pointed at Cloudflare R2.
func NewR2Client(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("auto"),
		config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(r2AccessKeyID, r2SecretAccessKey, ""),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("load r2 config: %w", err)
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(r2Endpoint())
	}), nil
}

// PutDaily uploads one day of metrics.
func PutDaily(ctx context.Context, c *s3.Client, day string, body io.Reader) error {
	_, err := c.PutObject(ctx, &s3.PutObjectInput{
		Bucket:      aws.String(r2Bucket),
		Key:         aws.String("daily/" + day + ".parquet"),
		Body:        body,
		ContentType: aws.String("application/vnd.apache.parquet"),
	})
	return err
}
