#!/usr/bin/env bash
# renew-certs.sh - renew ACME certificates with lego (DNS-01) for every DNS vendor
# we still host zones at. Credentials are pulled from Vault for the duration of
# one lego run and never written to disk.
#
#   bin/renew-certs.sh cloudflare www.northwind.example api.northwind.example
#   bin/renew-certs.sh hetzner    mx.northwind.example
#   bin/renew-certs.sh gandiv5    www.northwind.fr
set -euo pipefail

LEGO_PATH="${LEGO_PATH:-/var/lib/lego}"
EMAIL="hostmaster@northwind.example"
provider="${1:?provider}"; shift
[ "$#" -gt 0 ] || { echo "usage: $0 <provider> <domain>..." >&2; exit 2; }

vault_field() { vault kv get -field="$2" "secret/edge/$1"; }

case "${provider}" in
  cloudflare)
    # Scoped token: Zone:Read + DNS:Edit. lego reads CF_DNS_API_TOKEN / CF_ZONE_API_TOKEN.
    export CF_DNS_API_TOKEN="$(vault_field lego-cloudflare dns_token)"
    export CF_ZONE_API_TOKEN="$(vault_field lego-cloudflare zone_token)"
    ;;
  hetzner)
    export HETZNER_API_KEY="$(vault_field lego-hetzner api_token)"
    ;;
  gandiv5)
    export GANDIV5_PERSONAL_ACCESS_TOKEN="$(vault_field lego-gandi pat)"
    ;;
  ovh)
    export OVH_ENDPOINT=ovh-eu
    export OVH_APPLICATION_KEY="$(vault_field lego-ovh application_key)"
    export OVH_APPLICATION_SECRET="$(vault_field lego-ovh application_secret)"
    export OVH_CONSUMER_KEY="$(vault_field lego-ovh consumer_key)"
    ;;
  digitalocean)
    export DO_AUTH_TOKEN="$(vault_field lego-digitalocean token)"
    ;;
  route53)
    # Instance profile on the cert host; lego uses the default AWS chain.
    export AWS_REGION=eu-central-1
    ;;
  pdns)
    # Internal PowerDNS; lego's pdns provider has no CA option, so point it at the
    # internal CA bundle through SSL_CERT_FILE instead of disabling verification.
    export PDNS_API_URL="https://pdns-api.int.northwind.net:8081"
    export PDNS_API_KEY="$(vault_field lego-pdns api_key)"
    export SSL_CERT_FILE=/usr/local/share/ca-certificates/northwind-internal.crt
    ;;
  *)
    echo "unknown provider ${provider}" >&2; exit 2 ;;
esac

domain_args=()
for d in "$@"; do domain_args+=(--domains "$d"); done

lego --accept-tos --email "${EMAIL}" --path "${LEGO_PATH}" \
  --dns "${provider}" --dns.resolvers 1.1.1.1:53 \
  "${domain_args[@]}" renew --days 30 --reuse-key

systemctl reload nginx
