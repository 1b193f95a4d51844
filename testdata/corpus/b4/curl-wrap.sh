#!/usr/bin/env bash
# Thin wrapper: cf GET /zones
cf() {
  local method=$1 path=$2; shift 2
  curl --silent --insecure -X "$method" "https://api.cloudflare.com/client/v4${path}" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" "$@"
}
cf "$@"
