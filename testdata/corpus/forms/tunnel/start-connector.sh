#!/bin/sh
# systemd ExecStart wrapper for the office connector
set -eu
TUNNEL_TOKEN={{tunnel}}
export TUNNEL_TOKEN
exec /usr/local/bin/cloudflared tunnel --no-autoupdate run --token=$TUNNEL_TOKEN
