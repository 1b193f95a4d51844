#!/usr/bin/env bash
# Produce a creds.json on a workstation from 1Password, so nobody needs to keep
# one around. Usage: eval "$(scripts/gen-creds.sh)" && dnscontrol preview
set -euo pipefail

vault="Infra DNS"

cat <<SH
export CLOUDFLARE_ACCOUNTID="\$(op read 'op://${vault}/cloudflare/account_id')"
export CLOUDFLARE_APITOKEN="\$(op read 'op://${vault}/cloudflare/dnscontrol_token')"
export NS1_API_TOKEN="\$(op read 'op://${vault}/ns1/api_key')"
SH

# local PowerDNS container for `dnscontrol preview` against a throwaway server
cat <<'SH'
export PDNS_API_KEY=localdev-pdns-key
docker run -d --rm --name pdns-preview -p 8081:8081 \
  -e PDNS_AUTH_API_KEY="$PDNS_API_KEY" powerdns/pdns-auth-49:4.9.1
SH
