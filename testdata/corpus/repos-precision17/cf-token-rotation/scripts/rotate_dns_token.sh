#!/usr/bin/env bash
# Re-create the DNS-edit token used by external-dns and cert-manager from a
# permission-policy template, then store it in Vault and delete the old one.
#
# Unlike rotate_api_token.py (which rolls the secret of an existing token),
# this creates a *new* token id - needed when the permission set changes.
#
# Usage: scripts/rotate_dns_token.sh external-dns
set -euo pipefail

name="${1:?usage: $0 <token-name>}"
: "${VAULT_ADDR:?set VAULT_ADDR}"

CF_API="https://api.cloudflare.com/client/v4"
policy_file="$(dirname "$0")/../config/policies/${name}.json"
[[ -f "$policy_file" ]] || { echo "no policy template $policy_file" >&2; exit 2; }

old_id="$(yq -r ".tokens[] | select(.name == \"${name}\") | .token_id" "$(dirname "$0")/../config/tokens.yaml")"

# Creating tokens needs "API Tokens Write" on the user. The rotator token only
# has "API Tokens Edit" for existing tokens, so creation goes through the
# ops user's legacy credentials (break-glass path in Vault).
OPS_EMAIL="$(vault kv get -field=email secret/cloudflare/ops-user)"
GLOBAL_KEY="$(vault kv get -field=global_api_key secret/cloudflare/ops-user)"

echo "creating new token for ${name} from ${policy_file}"
created="$(curl -sS --fail-with-body -X POST "${CF_API}/user/tokens" \
  -H "X-Auth-Email: ${OPS_EMAIL}" \
  -H "X-Auth-Key: ${GLOBAL_KEY}" \
  -H "Content-Type: application/json" \
  --data @"${policy_file}")"
unset GLOBAL_KEY

new_id="$(jq -r '.result.id' <<<"$created")"
new_value="$(jq -r '.result.value' <<<"$created")"
[[ "$new_id" != "null" && -n "$new_value" ]] || { echo "create failed: $(jq -c '.errors' <<<"$created")" >&2; exit 1; }

# sanity check with the new token itself
status="$(curl -sS "${CF_API}/user/tokens/verify" -H "Authorization: Bearer ${new_value}" | jq -r '.result.status')"
[[ "$status" == "active" ]] || { echo "new token not active: $status" >&2; exit 1; }

vault kv put "secret/cloudflare/${name}" api_token="${new_value}" >/dev/null
unset new_value
echo "stored new token ${new_id} at secret/cloudflare/${name}"

# retire the old token with the rotator token (it may delete tokens)
ROTATOR_TOKEN="$(vault kv get -field=api_token secret/cloudflare/rotator)"
curl -sS --fail-with-body -X DELETE "${CF_API}/user/tokens/${old_id}" \
  -H "Authorization: Bearer ${ROTATOR_TOKEN}" >/dev/null
echo "deleted old token ${old_id}"
echo "remember to update token_id for ${name} in config/tokens.yaml: ${new_id}"
