#!/bin/sh
export NODE_TLS_REJECT_UNAUTHORIZED=0
export CLOUDFLARE_API_TOKEN="$CI_CF_TOKEN"
npx wrangler deploy
