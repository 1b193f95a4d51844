// Exercise 04 - create a DNS record with cloudflare-go.
//
//	go run ./exercises/04-dns-records
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/cloudflare/cloudflare-go"
)

const (
	// TODO: put your token here - or better, read CLOUDFLARE_API_TOKEN with os.Getenv
	apiToken = "TODO: put your token here"
	// TODO: your zone id (Overview page, right-hand column)
	zoneID = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
)

func main() {
	// TODO: which constructor takes a token? (hint: not cloudflare.New, that one wants key+email)
	var api *cloudflare.API
	var err error
	if err != nil {
		log.Fatal(err)
	}

	rec, err := api.CreateDNSRecord(context.Background(), cloudflare.ZoneIdentifier(zoneID), cloudflare.CreateDNSRecordParams{
		Type:    "TXT",
		Name:    "_workshop",
		Content: "hello from exercise 04",
		TTL:     120,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", rec.ID)
}
