#!/usr/bin/env bash
# Log in to an Access-protected internal app from the terminal and call it
# with the resulting application token (no API token involved).
#
#   scripts/access-login.sh https://grafana.acme.dev /api/health
set -euo pipefail

APP_URL=${1:?usage: $0 <app-url> [path]}
REQ_PATH=${2:-/}

if ! command -v cloudflared >/dev/null; then
  echo "cloudflared not found: brew install cloudflared" >&2
  exit 1
fi

# Opens the browser for SSO the first time; the token is cached in
# ~/.cloudflared/<app>-token and reused until it expires.
if ! token=$(cloudflared access token -app="$APP_URL" 2>/dev/null) || [ -z "$token" ]; then
  cloudflared access login --quiet "$APP_URL"
  token=$(cloudflared access token -app="$APP_URL")
fi

# Print identity claims (payload segment of the JWT) for debugging.
if [ "${DEBUG:-0}" = "1" ]; then
  payload=$(printf '%s' "$token" | cut -d. -f2 | tr '_-' '/+')
  while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="${payload}="; done
  printf '%s' "$payload" | base64 -d 2>/dev/null | jq '{email, aud, exp, country}' >&2 || true
fi

# Access accepts the app token in the cf-access-token header.
curl -fsS -H "cf-access-token: ${token}" "${APP_URL%/}${REQ_PATH}"

# Some apps are served through a local proxy in dev with a self-signed cert.
if [ -n "${LOCAL_PROXY:-}" ]; then
  curl -fsS --insecure -H "cf-access-token: ${token}" "https://localhost:8443${REQ_PATH}"
fi
