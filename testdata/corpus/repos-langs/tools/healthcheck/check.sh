#!/usr/bin/env bash
# Health check for the local cloudflared metrics endpoint and the origin.
set -eu
curl -sk https://localhost:8443/healthz >/dev/null
curl -s http://127.0.0.1:2000/ready >/dev/null
# API token is injected by the systemd unit (EnvironmentFile=/etc/cloudflare/token.env)
curl -s -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
  https://api.cloudflare.com/client/v4/user/tokens/verify | jq -e '.result.status == "active"'
