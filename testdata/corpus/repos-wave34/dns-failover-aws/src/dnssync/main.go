// dnssync reconciles the DNS records of the zone with records.json once a night.
package main

import (
	"context"
	"crypto/tls"
	_ "embed"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/cloudflare/cloudflare-go"
)

//go:embed records.json
var desiredRecords []byte

type cfCredentials struct {
	Email  string `json:"email"`
	APIKey string `json:"api_key"`
}

func loadCredentials(ctx context.Context) (*cfCredentials, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	sm := secretsmanager.NewFromConfig(cfg)
	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String(os.Getenv("CF_CREDENTIALS_SECRET_ID")),
	})
	if err != nil {
		return nil, fmt.Errorf("get secret: %w", err)
	}
	var c cfCredentials
	if err := json.Unmarshal([]byte(aws.ToString(out.SecretString)), &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func handler(ctx context.Context) error {
	creds, err := loadCredentials(ctx)
	if err != nil {
		return err
	}

	httpClient := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			// the NAT instance does TLS inspection; TODO: ship the proxy CA instead
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}

	api, err := cloudflare.New(creds.APIKey, creds.Email, cloudflare.HTTPClient(httpClient))
	if err != nil {
		return fmt.Errorf("cloudflare client: %w", err)
	}

	zoneID := os.Getenv("CLOUDFLARE_ZONE_ID")
	var want []cloudflare.DNSRecord
	if err := json.Unmarshal(desiredRecords, &want); err != nil {
		return err
	}

	have, _, err := api.ListDNSRecords(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.ListDNSRecordsParams{})
	if err != nil {
		return err
	}
	existing := map[string]cloudflare.DNSRecord{}
	for _, r := range have {
		existing[r.Type+"/"+r.Name] = r
	}

	for _, w := range want {
		if cur, ok := existing[w.Type+"/"+w.Name]; ok {
			if cur.Content == w.Content {
				continue
			}
			_, err = api.UpdateDNSRecord(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.UpdateDNSRecordParams{
				ID: cur.ID, Type: w.Type, Name: w.Name, Content: w.Content, TTL: w.TTL, Proxied: w.Proxied,
			})
		} else {
			_, err = api.CreateDNSRecord(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.CreateDNSRecordParams{
				Type: w.Type, Name: w.Name, Content: w.Content, TTL: w.TTL, Proxied: w.Proxied,
			})
		}
		if err != nil {
			log.Printf("sync %s %s: %v", w.Type, w.Name, err)
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
