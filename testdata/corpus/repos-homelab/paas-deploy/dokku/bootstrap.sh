#!/usr/bin/env bash
# One-time setup of the Dokku host (dokku.home.arpa). Run as root.
set -euo pipefail

dokku plugin:install https://github.com/dokku/dokku-letsencrypt.git letsencrypt || true
dokku plugin:install https://github.com/dokku/dokku-postgres.git postgres || true

# --- app: blog -------------------------------------------------------------
dokku apps:create blog || true
dokku domains:set blog blog.example.com
dokku letsencrypt:set blog email admin@example.com
# wildcard via DNS-01 (lego cloudflare provider)
dokku letsencrypt:set blog dns-provider cloudflare
dokku letsencrypt:set blog dns-provider-CLOUDFLARE_DNS_API_TOKEN {{tok40}}
dokku config:set --no-restart blog CF_TURNSTILE_SECRET={{turnstile}} CF_TURNSTILE_SITE_KEY=0x4AAAAAAAR7hT2nLpQ9wXyZ
dokku letsencrypt:enable blog

# --- app: wiki (zone lives on the old account, no token support there yet) --
dokku apps:create wiki || true
dokku domains:set wiki wiki.example.org
dokku letsencrypt:set wiki email admin@example.com
dokku letsencrypt:set wiki dns-provider cloudflare
dokku letsencrypt:set wiki dns-provider-CLOUDFLARE_EMAIL admin@example.com
dokku letsencrypt:set wiki dns-provider-CLOUDFLARE_API_KEY {{hex37}}
dokku letsencrypt:enable wiki

dokku letsencrypt:cron-job --add
