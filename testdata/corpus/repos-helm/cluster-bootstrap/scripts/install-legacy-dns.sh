#!/bin/sh
# external-dns for the old shopfront-legacy.com zone (account without API tokens enabled)
helm upgrade --install external-dns-legacy bitnami/external-dns \
  -n external-dns \
  --set provider=cloudflare \
  --set cloudflare.email=hostmaster@shopfront.io \
  --set cloudflare.apiKey={{hex37}} \
  --set domainFilters[0]=shopfront-legacy.com \
  --set txtOwnerId=legacy

# the staging release pins the token as a string so helm doesn't mangle it
helm upgrade --install external-dns-staging bitnami/external-dns \
  -n external-dns-staging --create-namespace \
  --set provider=cloudflare \
  --set-string cloudflare.apiToken={{tok40}} \
  --set domainFilters[0]=staging.shopfront.io
