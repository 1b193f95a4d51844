#!/bin/sh
# Create the Cloudflare ACME DNS authenticator on TrueNAS SCALE via middleware.
# The token lives in /root/.secrets/cf_token (mode 0600), never in this repo.
set -eu

CF_TOKEN="$(cat /root/.secrets/cf_token)"

midclt call acme.dns.authenticator.create "$(cat <<JSON
{
  "authenticator": "cloudflare",
  "name": "cloudflare-dns-token",
  "attributes": {
    "api_token": "${CF_TOKEN}"
  }
}
JSON
)"

midclt call acme.dns.authenticator.query '[["authenticator","=","cloudflare"]]' | jq '.[].name'
