#!/usr/bin/env bash
# Purge Cloudflare cache for one or more URLs, then ban them on the local Varnish tier.
#
# Usage:
#   chamber exec cloudflare -- bin/purge-cache.sh https://www.example.net/a https://www.example.net/b
#
# `chamber exec cloudflare` injects CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID from
# SSM Parameter Store (/cloudflare/*, KMS key alias/parameter_store_key). Nothing is
# read from disk and nothing is echoed.
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?run via: chamber exec cloudflare -- $0 URL...}"
: "${CLOUDFLARE_ZONE_ID:?missing CLOUDFLARE_ZONE_ID (chamber write cloudflare cloudflare_zone_id ...)}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 URL [URL...]" >&2
  exit 64
fi

CF_API="https://api.cloudflare.com/client/v4"
VARNISH_ADMIN="https://127.0.0.1:6443"

files_json=$(printf '%s\n' "$@" | jq -R . | jq -cs '{files: .}')

echo "purging $# url(s) at Cloudflare..."
resp=$(curl --fail-with-body -sS -X POST "${CF_API}/zones/${CLOUDFLARE_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data "${files_json}")

if [[ "$(jq -r .success <<<"$resp")" != "true" ]]; then
  echo "cloudflare purge failed: $(jq -c .errors <<<"$resp")" >&2
  exit 1
fi

# The Varnish admin endpoint on the cache node uses a self-signed cert bound to
# 127.0.0.1 only, hence -k. This request never leaves the box.
for url in "$@"; do
  path="/${url#https://*/}"
  curl -sk -X BAN "${VARNISH_ADMIN}/ban" -H "X-Ban-Url: ${path}" -o /dev/null -w "varnish ban %{http_code} ${path}\n"
done

echo "done."
