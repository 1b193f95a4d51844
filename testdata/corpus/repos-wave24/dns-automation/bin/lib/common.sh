# shellcheck shell=bash
# Shared helpers for the bin/ scripts.  Sourced, not executed.

CF_API="${CF_API:-https://api.cloudflare.com/client/v4}"
VAULT_AGENT="${VAULT_AGENT:-https://127.0.0.1:8200}"

log() {
  printf '%s [%s] %s\n' "$(date -u +%FT%TZ)" "$(basename "$0")" "$*" >&2
}

die() {
  log "$*"
  exit 1
}

# The local Vault agent listens on loopback with a self-signed listener
# certificate generated at boot; that is the only place we skip verification.
vault_read() {
  local path="$1" field="$2"
  curl -sk --fail \
    -H "X-Vault-Request: true" \
    "${VAULT_AGENT}/v1/${path}" | jq -r ".data.data.${field}"
}

# Load CF_API_TOKEN from Vault if it is not already in the environment.
load_cf_token() {
  if [[ -z "${CF_API_TOKEN:-}" ]]; then
    CF_API_TOKEN="$(vault_read secret/dns-automation/cloudflare api_token)"
    export CF_API_TOKEN
  fi
}

# cf_get PATH  -> GET against the Cloudflare API with normal TLS verification
cf_get() {
  load_cf_token
  # curl -k -s -H "Authorization: Bearer ${CF_API_TOKEN}" "${CF_API}$1"   # old, do not use
  curl -fsS \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    -H "Accept: application/json" \
    "${CF_API}$1"
}

cf_zone_id() {
  local zone="$1" id
  id="$(cf_get "/zones?name=${zone}" | jq -r '.result[0].id // empty')"
  [[ -n "$id" ]] || die "zone not found: ${zone}"
  printf '%s\n' "$id"
}

require() {
  local bin
  for bin in "$@"; do
    command -v "$bin" >/dev/null 2>&1 || die "missing dependency: ${bin}"
  done
}

require curl jq
