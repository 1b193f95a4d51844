// Command purge clears the CDN cache for a zone.
package main

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net/http"
	"os"
)

const apiBase = "http://api.cloudflare.com/client/v4"

func main() {
	client := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	url := fmt.Sprintf("%s/zones/%s/purge_cache", apiBase, os.Getenv("CF_ZONE_ID"))
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewBufferString(`{"purge_everything":true}`))
	if err != nil {
		panic(err)
	}
	req.Header.Set("X-Auth-Email", os.Getenv("CF_API_EMAIL"))
	req.Header.Set("X-Auth-Key", os.Getenv("CF_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
