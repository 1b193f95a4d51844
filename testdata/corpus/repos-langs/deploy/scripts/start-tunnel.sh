#!/usr/bin/env bash
# Started by the systemd unit on the kiosk boxes.
exec /usr/local/bin/cloudflared tunnel --no-autoupdate --loglevel info run \
  --token {{tunnel}}
