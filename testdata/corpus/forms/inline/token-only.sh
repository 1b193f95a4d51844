#!/bin/sh
# Scoped token everywhere; the Global API Key is not used any more.
set -eu
test -n "${CLOUDFLARE_API_TOKEN:-}" || { echo "CLOUDFLARE_API_TOKEN is not set" >&2; exit 1; }
echo "key set: ${CLOUDFLARE_API_KEY:+yes}"
unset CLOUDFLARE_API_KEY CLOUDFLARE_EMAIL
CLOUDFLARE_API_TOKEN=$TOKEN terraform apply -auto-approve
# CLOUDFLARE_API_KEY=$KEY CLOUDFLARE_EMAIL=me@example.com terraform apply  (old way)
printf 'CLOUDFLARE_API_KEY=Global API key of the account\n' >> settings.txt
