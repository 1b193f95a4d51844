#!/usr/bin/env bash
# Quick interactive helper: list zones/records with a scoped, read-only token.
# The token lives in the team password store; nothing is stored on disk.
#
#   scripts/flarectl-zones.sh                 # list zones
#   scripts/flarectl-zones.sh panel.ironforge.example
set -euo pipefail

CF_API_TOKEN="$(pass show infra/cloudflare/readonly-token | head -n1)"
export CF_API_TOKEN

if [[ -z "${CF_API_TOKEN}" ]]; then
  echo "could not read token from pass" >&2
  exit 1
fi

if [[ $# -eq 0 ]]; then
  flarectl zone list
else
  flarectl dns list --zone "$1"
fi
