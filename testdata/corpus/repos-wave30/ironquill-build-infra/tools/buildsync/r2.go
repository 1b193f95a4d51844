// Package main: buildsync uploads packaged game builds from the build farm to R2
// so the launcher CDN (patch.ironquill.example) can serve them.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	r2AccountID = "{{hex32}}"
	r2Bucket    = "ironquill-builds"

	// Build-farm uploader key (Object Read & Write, ironquill-builds only).
	// TODO(BUILD-812): read from the agent's credential store instead.
	r2AccessKeyID     = "{{hex32}}"
	r2SecretAccessKey = "{{hex64}}"
)

func newR2Client(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(r2AccessKeyID, r2SecretAccessKey, ""),
		),
		config.WithRegion("auto"),
	)
	if err != nil {
		return nil, fmt.Errorf("load aws config: %w", err)
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(fmt.Sprintf("https://%s.r2.cloudflarestorage.com", r2AccountID))
	}), nil
}

func uploadBuild(ctx context.Context, client *s3.Client, buildDir, buildID string) error {
	up := manager.NewUploader(client, func(u *manager.Uploader) {
		u.PartSize = 64 * 1024 * 1024
		u.Concurrency = 8
	})
	return filepath.Walk(buildDir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(buildDir, path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		key := fmt.Sprintf("builds/%s/%s", buildID, filepath.ToSlash(rel))
		_, err = up.Upload(ctx, &s3.PutObjectInput{
			Bucket: aws.String(r2Bucket),
			Key:    aws.String(key),
			Body:   f,
		})
		if err == nil {
			log.Printf("uploaded %s (%d bytes)", key, info.Size())
		}
		return err
	})
}

func main() {
	if len(os.Args) != 3 {
		log.Fatalf("usage: buildsync <build-dir> <build-id>")
	}
	ctx := context.Background()
	client, err := newR2Client(ctx)
	if err != nil {
		log.Fatal(err)
	}
	if err := uploadBuild(ctx, client, os.Args[1], os.Args[2]); err != nil {
		log.Fatal(err)
	}
}
