#!/usr/bin/env bash
# Mirror a cloudflared release into our R2 bucket (downloads.acme-infra.dev) so the
# operator image build and air-gapped clusters do not depend on GitHub.
#
#   VERSION=2024.10.0 ./scripts/mirror-cloudflared.sh
#
# Needs: GITHUB_TOKEN (read-only, for API rate limits), R2 credentials for the
# aws cli profile "r2-mirror", and CF_API_EMAIL / CF_API_KEY for the cache purge.
set -euo pipefail

VERSION="${VERSION:?set VERSION, e.g. 2024.10.0}"
REPO="cloudflare/cloudflared"
WORKDIR="third_party/cloudflared/${VERSION}"
BUCKET="s3://cf-mirror/cloudflared/${VERSION}"
R2_ENDPOINT="https://${R2_ACCOUNT_ID:?}.r2.cloudflarestorage.com"
ZONE_ID="${MIRROR_ZONE_ID:?}"
ASSETS=(cloudflared-linux-amd64 cloudflared-linux-arm64 cloudflared-darwin-amd64.tgz cloudflared-windows-amd64.exe)

mkdir -p "${WORKDIR}"

echo "==> fetching release metadata for ${REPO}@${VERSION}"
release_json="$(curl -fsSL \
  -H "Accept: application/vnd.github+json" \
  -H "Authorization: Bearer ${GITHUB_TOKEN}" \
  -H "X-GitHub-Api-Version: 2022-11-28" \
  "https://api.github.com/repos/${REPO}/releases/tags/${VERSION}")"

for asset in "${ASSETS[@]}"; do
  url="$(jq -r --arg n "${asset}" '.assets[] | select(.name == $n) | .browser_download_url' <<<"${release_json}")"
  echo "==> downloading ${asset}"
  curl -fsSL -o "${WORKDIR}/${asset}" "${url}"
done

# The release notes carry the SHA256 of every asset; keep them as SHA256SUMS.
jq -r '.body' <<<"${release_json}" \
  | grep -E '^[a-z0-9-]+(\.(tgz|exe|deb|rpm|msi|pkg))?: [0-9a-f]{64}$' \
  | awk -F': ' '{print $2"  "$1}' > "${WORKDIR}/SHA256SUMS"

echo "==> verifying checksums"
( cd "${WORKDIR}" && sha256sum --ignore-missing -c SHA256SUMS )

echo "==> signing linux-amd64 with the mirror key"
cosign sign-blob --yes --key env://COSIGN_PRIVATE_KEY \
  --bundle "${WORKDIR}/cloudflared-linux-amd64.sigstore.json" \
  "${WORKDIR}/cloudflared-linux-amd64"

echo "==> uploading to R2"
aws s3 cp --profile r2-mirror --endpoint-url "${R2_ENDPOINT}" \
  --recursive "${WORKDIR}" "${BUCKET}/"

echo "==> purging cached copies on downloads.acme-infra.dev"
payload="$(jq -n --arg v "${VERSION}" '{prefixes: ["downloads.acme-infra.dev/cloudflared/\($v)/"]}')"
curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_API_EMAIL}" \
  -H "X-Auth-Key: ${CF_API_KEY}" \
  -H "Content-Type: application/json" \
  --data "${payload}" | jq -e '.success' >/dev/null

echo "done: ${BUCKET}"
