#!/usr/bin/env bash
# Bootstraps a fresh k3s node: cert-manager, external-dns, issuers.
set -euo pipefail

CLUSTER_DOMAIN="${CLUSTER_DOMAIN:-edge.shopfront.io}"

helm repo add jetstack https://charts.jetstack.io
helm repo add bitnami https://charts.bitnami.com/bitnami
helm repo update

helm upgrade --install cert-manager jetstack/cert-manager \
  --namespace cert-manager --create-namespace \
  --set installCRDs=true \
  --wait

kubectl -n cert-manager create secret generic cloudflare-api-token-secret \
  --from-literal=api-token={{cfut}} \
  --dry-run=client -o yaml | kubectl apply -f -

helm upgrade --install external-dns bitnami/external-dns \
  --namespace external-dns --create-namespace \
  --set provider=cloudflare \
  --set cloudflare.apiToken={{cfut}} \
  --set cloudflare.proxied=false \
  --set "domainFilters[0]=${CLUSTER_DOMAIN}" \
  --set txtOwnerId="$(hostname -s)"

kubectl apply -f "$(dirname "$0")/../manifests/cluster-issuer.yaml"
echo "done."
