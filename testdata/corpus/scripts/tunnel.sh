#!/usr/bin/env bash
# Start the connector for the staging tunnel.
set -e
if [ -n "$TUNNEL_TOKEN" ]; then
  exec cloudflared tunnel --no-autoupdate run --token "$TUNNEL_TOKEN"
fi
# fallback for the lab box
exec cloudflared tunnel --no-autoupdate run --token {{tunnel}}
