// Command certsync issues Origin CA certs for every ingress host and keeps
// the ACME DNS-01 records tidy.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"strings"

	"git.corp.ravelin-labs.net/platform/certsync/pkg/cfapi"
)

type Config struct {
	APIKey      string
	Email       string
	OriginCAKey string
	Hosts       []string
}

func main() {
	csrPath := flag.String("csr", "tls.csr", "PEM CSR to sign")
	hosts := flag.String("hosts", "*.ravelin-labs.net,ravelin-labs.net", "comma-separated hostnames")
	flag.Parse()

	cfg := Config{
		APIKey:      os.Getenv("CF_API_KEY"),
		Email:       os.Getenv("CF_API_EMAIL"),
		OriginCAKey: "{{origin}}",
		Hosts:       strings.Split(*hosts, ","),
	}

	client := cfapi.Default()
	if cfg.APIKey != "" {
		client = cfapi.NewClient(cfg.APIKey, cfg.Email)
	}
	client.WithServiceKey(cfg.OriginCAKey)

	csr, err := os.ReadFile(*csrPath)
	if err != nil {
		log.Fatal(err)
	}
	cert, err := client.CreateOriginCert(context.Background(), string(csr), cfg.Hosts)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tls.crt", []byte(cert.Certificate), 0o600); err != nil {
		log.Fatal(err)
	}
	log.Printf("issued %s for %v, expires %s", cert.ID, cert.Hostnames, cert.ExpiresOn)
}
