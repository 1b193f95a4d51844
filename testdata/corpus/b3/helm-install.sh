#!/usr/bin/env bash
helm upgrade --install external-dns bitnami/external-dns \
  --set provider=cloudflare \
  --set cloudflare.apiToken={{tok40}} \
  --set cloudflare.proxied=true
