#!/usr/bin/env bash
# pre-commit hook: refuse commits that introduce Cloudflare Global API Key or
# user-service-key authentication. Scoped API tokens (Authorization: Bearer)
# are the only accepted way to talk to api.cloudflare.com.
#
# pre-commit passes the staged file names as arguments. A line can opt out
# with a trailing "cfauth: allow <ticket>" comment, which AppSec reviews.
set -euo pipefail

# Extended regexes, matched case-insensitively against staged content.
patterns=(
  'X-Auth-Key'
  'X-Auth-User-Service-Key'
  '(^|[^A-Z_])CLOUDFLARE_API_KEY[[:space:]]*[:=]'
  '(^|[^A-Z_])CF_API_KEY[[:space:]]*[:=]'
  '(^|[^A-Z_])CF_Key[[:space:]]*='
  'dns_cloudflare_api_key[[:space:]]*='
  'api_user_service_key'
  '^[[:space:]]*api_key[[:space:]]*=[[:space:]]*var\.cloudflare'
)

args=()
for p in "${patterns[@]}"; do
  args+=(-e "$p")
done

status=0
for f in "$@"; do
  [[ -f "$f" ]] || continue
  # only look at what is staged, not the working tree
  if hits=$(git show ":$f" 2>/dev/null | grep -niE "${args[@]}" | grep -v 'cfauth: allow'); then
    while IFS= read -r hit; do
      printf '%s:%s\n' "$f" "$hit" >&2
    done <<<"$hits"
    status=1
  fi
done

if [[ $status -ne 0 ]]; then
  cat >&2 <<'MSG'

Cloudflare Global API Key / service-key auth detected (see lines above).
Use a scoped API token instead:
  - HTTP:       Authorization: Bearer $CLOUDFLARE_API_TOKEN
  - Terraform:  api_token = var.cloudflare_api_token
  - certbot:    dns_cloudflare_api_token = <token>
Docs: https://developers.cloudflare.com/fundamentals/api/get-started/create-token/
MSG
fi
exit $status
