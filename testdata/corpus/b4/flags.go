package main

import "flag"

var (
	cfToken = flag.String("cf-token", "{{tok40}}", "Cloudflare API token")
	zoneID  = flag.String("zone", "", "zone id")
)
