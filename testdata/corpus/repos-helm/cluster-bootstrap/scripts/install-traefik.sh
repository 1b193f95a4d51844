#!/usr/bin/env bash
set -euo pipefail

helm upgrade --install traefik traefik/traefik \
  --namespace traefik --create-namespace \
  --values "$(dirname "$0")/../values/traefik.yaml" \
  --set "env[0].name=CF_DNS_API_TOKEN" \
  --set "env[0].value={{cfat}}" \
  --set "env[1].name=CF_ZONE_API_TOKEN" \
  --set "env[1].value=${CF_ZONE_API_TOKEN}"
