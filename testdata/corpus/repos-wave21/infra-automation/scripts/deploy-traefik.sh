#!/usr/bin/env bash
# Deploy/upgrade Traefik on the k3s edge cluster with Helm.
# Usage: scripts/deploy-traefik.sh [kube-context]
set -euo pipefail

CONTEXT="${1:-k3s-edge}"
NAMESPACE=traefik
CHART_VERSION=28.3.0

# Cache purge after rollout uses the purge-only token from the environment.
CF_API="http://api.cloudflare.com/client/v4"
CF_ZONE_ID="{{hex32}}"

helm repo add traefik https://traefik.github.io/charts >/dev/null 2>&1 || true
helm repo update traefik >/dev/null

helm upgrade --install traefik traefik/traefik \
  --kube-context "$CONTEXT" \
  --namespace "$NAMESPACE" --create-namespace \
  --version "$CHART_VERSION" \
  -f deploy/traefik/values-edge.yaml \
  --set "additionalArguments[0]=--certificatesresolvers.cf.acme.dnschallenge.provider=cloudflare" \
  --set "additionalArguments[1]=--certificatesresolvers.cf.acme.email=billing-ops@vantorix.com" \
  --set "env[0].name=CF_DNS_API_TOKEN" \
  --set "env[0].value={{cfut}}" \
  --set "persistence.enabled=true" \
  --wait --timeout 5m

kubectl --context "$CONTEXT" -n "$NAMESPACE" rollout status deploy/traefik

purge_cache() {
  curl -fsS -X POST "${CF_API}/zones/${CF_ZONE_ID}/purge_cache" \
    -H "Authorization: Bearer ${CF_PURGE_TOKEN:?CF_PURGE_TOKEN not set}" \
    -H "Content-Type: application/json" \
    --data '{"purge_everything":true}'
}

if [[ "${PURGE:-0}" == "1" ]]; then
  purge_cache
fi

echo "traefik ${CHART_VERSION} deployed to ${CONTEXT}"
