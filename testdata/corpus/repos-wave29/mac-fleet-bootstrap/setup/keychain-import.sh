#!/bin/bash
# keychain-import.sh - interactively (re)store the Cloudflare credentials used by
# the NOC tooling in the login keychain. Nothing is written to disk.
#
#   ./keychain-import.sh token        # scoped API token (preferred)
#   ./keychain-import.sh global-key   # Global API Key, only for the legacy zone export
set -euo pipefail

KEYCHAIN="$HOME/Library/Keychains/login.keychain-db"
kind="${1:-token}"

case "$kind" in
  token)
    # -w as the LAST option with no value makes security(1) prompt for it
    security add-generic-password -U -a noc -s cloudflare-api-token \
      -l "Cloudflare API token (NOC DDNS)" "$KEYCHAIN" -w
    ;;
  global-key)
    read -r -p "Cloudflare account email: " cf_email
    read -r -s -p "Global API Key: " cf_key; echo
    if [ "${#cf_key}" -ne 37 ]; then
      echo "That does not look like a Global API Key (expected 37 chars)" >&2
      exit 1
    fi
    security add-generic-password -U -a "$cf_email" -s cloudflare-global-key \
      -l "Cloudflare Global API Key (legacy export)" -w "$cf_key" "$KEYCHAIN"
    unset cf_key
    ;;
  *)
    echo "usage: $0 token|global-key" >&2
    exit 2
    ;;
esac

# Show what is stored (metadata only, never the secret itself)
security find-generic-password -s "cloudflare-${kind/token/api-token}" "$KEYCHAIN" \
  | grep -E '"(acct|svce|labl)"'

# Quick sanity check that the token works, without echoing it
if [ "$kind" = token ]; then
  tok="$(security find-generic-password -a noc -s cloudflare-api-token -w "$KEYCHAIN")"
  curl -fsS https://api.cloudflare.com/client/v4/user/tokens/verify \
    -H "Authorization: Bearer $tok" | jq -r '.result.status'
  unset tok
fi
