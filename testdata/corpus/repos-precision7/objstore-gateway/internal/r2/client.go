// Package r2 is the Cloudflare R2 backend. R2 speaks the S3 API, so this is a
// thin wrapper over aws-sdk-go-v2 pointed at the account's R2 endpoint.
package r2

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Config struct {
	AccountID       string `yaml:"account_id"`
	Bucket          string `yaml:"bucket"`
	AccessKeyID     string `yaml:"-"`
	SecretAccessKey string `yaml:"-"`
	// Jurisdiction is "" (default) or "eu".
	Jurisdiction string `yaml:"jurisdiction"`
}

// FromEnv fills the credential fields from R2_ACCESS_KEY_ID /
// R2_SECRET_ACCESS_KEY. Nothing is ever read from the YAML file.
func (c *Config) FromEnv() error {
	c.AccessKeyID = os.Getenv("R2_ACCESS_KEY_ID")
	c.SecretAccessKey = os.Getenv("R2_SECRET_ACCESS_KEY")
	if c.AccessKeyID == "" || c.SecretAccessKey == "" {
		return errors.New("r2: R2_ACCESS_KEY_ID and R2_SECRET_ACCESS_KEY must be set")
	}
	return nil
}

func (c Config) Endpoint() string {
	if c.Jurisdiction == "eu" {
		return fmt.Sprintf("https://%s.eu.r2.cloudflarestorage.com", c.AccountID)
	}
	return fmt.Sprintf("https://%s.r2.cloudflarestorage.com", c.AccountID)
}

type Client struct {
	s3     *s3.Client
	bucket string
}

func New(ctx context.Context, c Config) (*Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("auto"),
		config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(c.AccessKeyID, c.SecretAccessKey, ""),
		),
	)
	if err != nil {
		return nil, err
	}
	cli := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(c.Endpoint())
	})
	return &Client{s3: cli, bucket: c.Bucket}, nil
}

func (c *Client) Head(ctx context.Context, key string) (*s3.HeadObjectOutput, error) {
	return c.s3.HeadObject(ctx, &s3.HeadObjectInput{
		Bucket: aws.String(c.bucket),
		Key:    aws.String(key),
	})
}
