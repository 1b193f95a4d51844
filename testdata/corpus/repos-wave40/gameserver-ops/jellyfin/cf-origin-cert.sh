#!/usr/bin/env bash
# Issue a 15-year Cloudflare Origin CA certificate for a media host and
# install it where nginx expects it.
#   ./cf-origin-cert.sh jellyfin.blockhaven.gg
set -euo pipefail

host=${1:?hostname}
out=/etc/ssl/cloudflare
mkdir -p "$out"

openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout "${out}/${host}.key" -subj "/CN=${host}" -out "/tmp/${host}.csr"
chmod 600 "${out}/${host}.key"

csr=$(awk '{printf "%s\\n", $0}' "/tmp/${host}.csr")

resp=$(curl -sS -X POST https://api.cloudflare.com/client/v4/certificates \
  -H "Content-Type: application/json" \
  -H "X-Auth-User-Service-Key: {{origin}}" \
  --data "{\"hostnames\":[\"${host}\"],\"requested_validity\":5475,\"request_type\":\"origin-ecc\",\"csr\":\"${csr}\"}")

if [ "$(jq -r .success <<<"$resp")" != "true" ]; then
  echo "Origin CA error: $(jq -c .errors <<<"$resp")" >&2
  exit 1
fi

jq -r .result.certificate <<<"$resp" > "${out}/${host}.pem"
curl -sS -o "${out}/authenticated_origin_pull_ca.pem" \
  https://developers.cloudflare.com/ssl/static/authenticated_origin_pull_ca.pem
rm -f "/tmp/${host}.csr"
nginx -t && systemctl reload nginx
echo "installed ${out}/${host}.pem (expires $(openssl x509 -enddate -noout -in "${out}/${host}.pem" | cut -d= -f2))"
