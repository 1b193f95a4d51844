#!/usr/bin/env bash
# Smoke-test a local build (`wrangler pages dev dist`) and the deployed site.
set -euo pipefail

LOCAL="https://localhost:8788"
REMOTE="${REMOTE:-https://northwind-www.pages.dev}"

# wrangler pages dev --local-protocol=https serves a self-signed cert, so skip
# verification for the local checks only
check_local() {
  local path="$1" want="$2"
  code=$(curl -sk -o /dev/null -w '%{http_code}' "${LOCAL}${path}")
  [[ "$code" == "$want" ]] || { echo "FAIL local $path: $code (want $want)"; exit 1; }
  echo "ok   local $path"
}

check_remote() {
  local path="$1" want="$2"
  code=$(curl -s -o /dev/null -w '%{http_code}' "${REMOTE}${path}")
  [[ "$code" == "$want" ]] || { echo "FAIL remote $path: $code (want $want)"; exit 1; }
  echo "ok   remote $path"
}

for p in / /pricing /blog/ /docs/; do check_local "$p" 200; done
check_local /does-not-exist 404

for p in / /pricing /blog/; do check_remote "$p" 200; done

# the API mock used by the pricing page's "status" widget in dev
export CLOUDFLARE_API_BASE_URL="http://127.0.0.1:8787/client/v4"
curl -s "${CLOUDFLARE_API_BASE_URL}/zones?name=northwind.io" | jq -e '.success' >/dev/null
echo "ok   api mock"

# www.cloudflare.com trace endpoint, just to confirm we egress via Cloudflare
curl -s http://www.cloudflare.com/cdn-cgi/trace | grep -E '^(colo|warp)='
