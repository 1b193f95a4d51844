// Command r2sync mirrors a local directory into an R2 bucket.
//
//	r2sync -src /srv/media/exports -bucket media-exports -prefix 2024/
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Defaults for the export box, which has no env file. TODO: move to a
// systemd credential.
const (
	defaultAccountID       = "{{hex32#acct}}"
	defaultAccessKeyID     = "{{hex32}}"
	defaultSecretAccessKey = "{{hex64}}"
)

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func main() {
	src := flag.String("src", ".", "local directory to upload")
	bucket := flag.String("bucket", "media-exports", "R2 bucket")
	prefix := flag.String("prefix", "", "key prefix")
	dryRun := flag.Bool("n", false, "dry run")
	flag.Parse()

	ctx := context.Background()
	accountID := envOr("R2_ACCOUNT_ID", defaultAccountID)

	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			envOr("R2_ACCESS_KEY_ID", defaultAccessKeyID),
			envOr("R2_SECRET_ACCESS_KEY", defaultSecretAccessKey),
			"",
		)),
		config.WithRegion("auto"),
	)
	if err != nil {
		log.Fatalf("load config: %v", err)
	}

	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(fmt.Sprintf("https://%s.r2.cloudflarestorage.com", accountID))
	})
	up := manager.NewUploader(client, func(u *manager.Uploader) {
		u.PartSize = 32 << 20
		u.Concurrency = 4
	})

	err = filepath.WalkDir(*src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(*src, path)
		key := *prefix + strings.ReplaceAll(rel, string(os.PathSeparator), "/")
		if *dryRun {
			fmt.Println("would upload", key)
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = up.Upload(ctx, &s3.PutObjectInput{Bucket: bucket, Key: aws.String(key), Body: f})
		if err == nil {
			fmt.Println("uploaded", key)
		}
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
}
