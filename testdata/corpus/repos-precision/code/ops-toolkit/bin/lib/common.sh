#!/usr/bin/env bash
# Shared helpers for the cf-* scripts. Source, don't execute.

set -euo pipefail

CF_API_BASE="${CF_API_BASE:-https://api.cloudflare.com/client/v4}"

die() { printf 'error: %s\n' "$*" >&2; exit 1; }

require_env() {
  local name
  for name in "$@"; do
    [[ -n "${!name:-}" ]] || die "$name is not set (see docs/credentials.md)"
  done
}

# Legacy key auth is intentionally unsupported by these scripts.
reject_legacy_auth() {
  if [[ -n "${CLOUDFLARE_API_KEY:-}${CF_API_KEY:-}" ]]; then
    die "CLOUDFLARE_API_KEY is set, but X-Auth-Key auth is not supported; use CLOUDFLARE_API_TOKEN"
  fi
}

# cf_get PATH -> prints JSON. Token comes from the caller's environment.
cf_get() {
  curl -fsS --retry 3 \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    -H "Content-Type: application/json" \
    "${CF_API_BASE}$1"
}
