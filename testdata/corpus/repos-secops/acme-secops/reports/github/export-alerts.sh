#!/usr/bin/env bash
# Weekly export of GitHub secret-scanning alerts for the acme-edge org.
# Usage: GH_TOKEN=... ./export-alerts.sh [--with-secrets]
#
# By default we pass hide_secret=true so the export can be attached to Jira tickets.
# --with-secrets is only for the on-call rotating the credential; never commit that output.
set -euo pipefail

ORG="${ORG:-acme-edge}"
STAMP="$(date -u +%Y-%m-%d)"
HIDE="true"
[[ "${1:-}" == "--with-secrets" ]] && HIDE="false"

out="secret-scanning-alerts-${STAMP}.json"
[[ "$HIDE" == "true" ]] && out="secret-scanning-alerts-${STAMP}.hide-secret.json"

gh api --paginate \
  -H "Accept: application/vnd.github+json" \
  -H "X-GitHub-Api-Version: 2022-11-28" \
  "/orgs/${ORG}/secret-scanning/alerts?state=open&per_page=100&hide_secret=${HIDE}" \
  | jq -s 'add' > "$out"

# Cloudflare-specific slice for the edge team
jq '[.[] | select(.secret_type | startswith("cloudflare_"))
     | {number, repo: .repository.full_name, secret_type, validity, html_url}]' "$out" \
  > "cloudflare-${out}"

echo "wrote $out"
