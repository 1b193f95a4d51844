#!/bin/sh
# Registers the example.net zone with the internal dnsmgr service (one-off, 2023-09).
set -e
DNSMGR=https://dnsmgr.int.example.net

curl -fsS -X POST "$DNSMGR/api/providers" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'provider=cloudflare&name=example.net&cf_email=sre%40example.net&cf_api_key={{hex37}}&proxied=true'

curl -fsS -X POST "$DNSMGR/api/providers" \
  -d provider=cloudflare -d name=example.org \
  -d "cf_api_token={{cfat}}"
