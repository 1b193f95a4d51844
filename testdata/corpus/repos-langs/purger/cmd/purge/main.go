package main

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"os"
	"time"
)

const apiBase = "https://api.cloudflare.com/client/v4"

func main() {
	zone := flag.String("zone", "", "zone id")
	flag.Parse()

	client := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	body, _ := json.Marshal(map[string]bool{"purge_everything": true})
	req, err := http.NewRequest(http.MethodPost, apiBase+"/zones/"+*zone+"/purge_cache", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Auth-Email", os.Getenv("CF_EMAIL"))
	req.Header.Set("X-Auth-Key", os.Getenv("CF_KEY"))
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println(resp.Status)
}
