#!/usr/bin/env bash
# Container health check for dns-sync.
#
# 1. The local admin endpoint (uvicorn, self-signed cert generated at boot) must answer.
# 2. The Cloudflare token must still verify against the real API.
#
# Exit 0 = healthy, 1 = unhealthy. Used by the Docker HEALTHCHECK and by Nomad.
set -euo pipefail

ADMIN_URL="${ADMIN_URL:-https://localhost:8443}"
CF_API="https://api.cloudflare.com/client/v4"
TIMEOUT="${TIMEOUT:-5}"

log() { printf '%s healthcheck: %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

# --- local admin endpoint --------------------------------------------------
# The cert is minted per container start, so -k is expected here (loopback only).
if ! curl -k -fsS --max-time "$TIMEOUT" "${ADMIN_URL}/healthz" >/dev/null; then
  log "admin endpoint ${ADMIN_URL} not responding"
  exit 1
fi

# --- Cloudflare token ------------------------------------------------------
if [[ -z "${CF_API_TOKEN:-}" ]]; then
  log "CF_API_TOKEN not set"
  exit 1
fi

verify_json="$(curl -fsS --max-time "$TIMEOUT" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  "${CF_API}/user/tokens/verify")" || {
  log "token verify request failed"
  exit 1
}

status="$(jq -r '.result.status // "unknown"' <<<"$verify_json")"
if [[ "$status" != "active" ]]; then
  log "token status is ${status}"
  exit 1
fi

# --- last sync age -----------------------------------------------------------
last_sync="$(curl -k -fsS --max-time "$TIMEOUT" "${ADMIN_URL}/status" | jq -r '.last_success_epoch')"
now="$(date +%s)"
if (( now - last_sync > 1800 )); then
  log "last successful sync was $(( (now - last_sync) / 60 )) minutes ago"
  exit 1
fi

exit 0
