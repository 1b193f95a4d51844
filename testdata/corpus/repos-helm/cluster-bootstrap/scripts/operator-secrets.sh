#!/usr/bin/env bash
# Secrets for cloudflare-operator (adyanth) and origin-ca-issuer.
set -euo pipefail

kubectl create namespace cloudflare-operator-system --dry-run=client -o yaml | kubectl apply -f -
kubectl -n cloudflare-operator-system create secret generic cloudflare-secrets \
  --from-literal=CLOUDFLARE_API_KEY={{cfk}} \
  --from-literal=CLOUDFLARE_TUNNEL_CREDENTIAL_SECRET="$(op read 'op://infra/cf-tunnel/secret')"

helm upgrade --install origin-ca-issuer oci://ghcr.io/cloudflare/origin-ca-issuer-charts/origin-ca-issuer \
  --namespace origin-ca-issuer --create-namespace

kubectl -n origin-ca-issuer create secret generic origin-ca-service-key \
  --from-literal=key={{origin}}

# cert-manager legacy solver secret (Global API Key)
kubectl -n cert-manager create secret generic cloudflare-api-key-secret \
  --from-literal=api-key={{hex37}}
