#!/usr/bin/env bash
# Verify the cosign signature on our mirrored cloudflared image before rolling it out.
# Upstream cloudflare/cloudflared images are not cosign-signed, so CI pulls the
# upstream digest, re-tags it into ghcr.io/homelab-lmtr/cloudflared-mirror and signs
# it with the key pair whose public half is verify/cosign.pub.
set -euo pipefail

UPSTREAM="cloudflare/cloudflared:2024.10.0@sha256:194c6ea31ad7dfe7892329e469c40ea52a08ea4eb01ca611439b64e65f5a0c7a"
MIRROR="ghcr.io/homelab-lmtr/cloudflared-mirror:2024.10.0@sha256:a7e6901ba3969413528f6b1979e38fd984e62895d9e27ef41dd63a701fb248bf"
HERE="$(cd "$(dirname "$0")" && pwd)"

echo "checking that the mirror and upstream manifests carry the same layers"
up_layers="$(crane manifest "${UPSTREAM}" --platform linux/amd64 | jq -r '.layers[].digest')"
mi_layers="$(crane manifest "${MIRROR}" --platform linux/amd64 | jq -r '.layers[].digest')"
if [[ "${up_layers}" != "${mi_layers}" ]]; then
  echo "layer mismatch between upstream and mirror" >&2
  exit 1
fi

echo "verifying cosign signature on ${MIRROR}"
cosign verify \
  --key "${HERE}/cosign.pub" \
  --insecure-ignore-tlog=false \
  "${MIRROR}" | jq -r '.[0].critical.image["docker-manifest-digest"]'

echo "verifying SBOM attestation"
cosign verify-attestation \
  --key "${HERE}/cosign.pub" \
  --type spdxjson \
  "${MIRROR}" >/dev/null

echo "ok"
