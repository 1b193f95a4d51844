#!/usr/bin/env bash
# Renew every certificate we manage with lego. Each zone uses the DNS provider
# that hosts it; see docs/dns-providers.md for the mapping.
set -euo pipefail

LEGO=/usr/local/bin/lego
LEGO_PATH=/var/lib/lego
EMAIL=hostmaster@brightfield.net

# Cloudflare: token comes from the systemd credential store, never from this script
CLOUDFLARE_DNS_API_TOKEN="$(systemd-creds cat cf_dns_api_token)"
export CLOUDFLARE_DNS_API_TOKEN
export NAMECHEAP_API_USER=brightfieldops
export NAMECHEAP_API_KEY=ae537c3480568734863028bfdf14c776

# Hetzner DNS (the .de zones)
export HETZNER_API_KEY=LLLGp7riVRahb9DFwoiHHa0sEqGkbWBD

# Name.com (bfld.io)
export NAMECOM_USERNAME=brightfield
export NAMECOM_API_TOKEN={{hex40}}

run() {
  local provider="$1"; shift
  "$LEGO" --accept-tos --email "$EMAIL" --path "$LEGO_PATH" \
    --dns "$provider" --dns.resolvers 1.1.1.1:53 "$@" renew --days 30 --reuse-key
}

run cloudflare  --domains brightfield.net --domains '*.brightfield.net'
run cloudflare  --domains brightfield.dev
run namecheap   --domains brightfield.shop
run hetzner     --domains brightfield.de --domains '*.brightfield.de'
run namedotcom  --domains bfld.io

systemctl reload nginx
