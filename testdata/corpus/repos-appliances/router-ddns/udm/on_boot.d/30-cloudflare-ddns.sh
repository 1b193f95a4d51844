#!/bin/sh
# unifios-utilities on_boot.d: run favonia/cloudflare-ddns alongside UniFi OS
CONTAINER=cloudflare-ddns

if podman container exists "${CONTAINER}"; then
  podman start "${CONTAINER}"
else
  podman run -d --net=host --restart always --name "${CONTAINER}" \
    -e CLOUDFLARE_API_TOKEN={{tok40}} \
    -e DOMAINS=home.example.com,vpn.example.com \
    -e PROXIED=false \
    -e IP6_PROVIDER=none \
    docker.io/favonia/cloudflare-ddns:1
fi
