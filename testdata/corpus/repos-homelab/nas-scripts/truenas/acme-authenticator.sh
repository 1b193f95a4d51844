#!/bin/bash
# TrueNAS SCALE: create the Cloudflare ACME DNS authenticator from the shell
# (Credentials > Certificates > ACME DNS-Authenticators does the same in the UI)
midclt call acme.dns.authenticator.create '{
  "name": "cloudflare-example-de",
  "attributes": {
    "authenticator": "cloudflare",
    "api_token": "{{cfut}}"
  }
}'

midclt call acme.dns.authenticator.query | jq '.[] | {id, name}'
