#!/usr/bin/env bash
# Render ddns/data/config.json from the template. ddns-updater itself has no
# env interpolation, so we substitute the Cloudflare token here from `pass`.
set -euo pipefail

cd "$(dirname "$0")"

CLOUDFLARE_DDNS_TOKEN="$(pass show infra/cloudflare/ddns-token)"
export CLOUDFLARE_DDNS_TOKEN

umask 077
envsubst '${CLOUDFLARE_DDNS_TOKEN}' < config.json.tmpl > data/config.json.new
jq -e '.settings | length > 0' data/config.json.new >/dev/null
mv data/config.json.new data/config.json

docker compose -f ../docker-compose.yml restart ddns
