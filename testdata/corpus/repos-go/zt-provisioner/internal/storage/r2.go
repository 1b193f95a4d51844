// Package storage uploads branch config bundles to R2.
package storage

import (
	"context"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	r2Endpoint        = "https://{{hex32}}.r2.cloudflarestorage.com"
	r2Bucket          = "branch-bundles"
	r2AccessKeyID     = "{{hex32}}"
	r2SecretAccessKey = "{{hex64}}"
)

func r2Client() *s3.Client {
	return s3.New(s3.Options{
		Region:       "auto",
		BaseEndpoint: aws.String(r2Endpoint),
		Credentials:  credentials.NewStaticCredentialsProvider(r2AccessKeyID, r2SecretAccessKey, ""),
	})
}

// Upload stores body under key in the bundles bucket.
func Upload(ctx context.Context, key string, body io.Reader) error {
	_, err := r2Client().PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(r2Bucket),
		Key:    aws.String(key),
		Body:   body,
	})
	return err
}
