#!/bin/sh
docker run -d --name ddns \
  -e CF_API_EMAIL=me@example.com \
  -e CF_API_KEY="$GLOBAL_KEY" \
  -e CF_ZONE=example.com \
  timothyjmiller/cloudflare-ddns:latest
docker run -d --name tunnel cloudflare/cloudflared:latest tunnel --no-autoupdate run --token {{tunnel}}
