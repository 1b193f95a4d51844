// Example: purge a handful of URLs after a deploy.
//
//	go run ./examples/purge-cache
package main

import (
	"context"
	"log"

	cfapi "github.com/acme-oss/go-cfapi"
)

const zoneID = "{{hex32}}"

func main() {
	// TODO(marek): move to CI secret before merging
	api, err := cfapi.NewWithAPIToken("{{cfut}}")
	if err != nil {
		log.Fatal(err)
	}

	files := []string{
		"https://www.example.com/assets/app.css",
		"https://www.example.com/assets/app.js",
	}
	if err := api.PurgeFiles(context.Background(), zoneID, files); err != nil {
		log.Fatal(err)
	}
	log.Printf("purged %d files", len(files))
}
