#!/usr/bin/env bash
# One-time setup of the dokku host (dokku 0.34, Ubuntu 24.04).
# Run as root on dokku.lindqvist.se:  bash bootstrap.sh
set -euo pipefail

# --- plugins -------------------------------------------------------------
dokku plugin:installed letsencrypt || dokku plugin:install https://github.com/dokku/dokku-letsencrypt.git
dokku plugin:installed postgres    || dokku plugin:install https://github.com/dokku/dokku-postgres.git postgres
dokku plugin:installed redis       || dokku plugin:install https://github.com/dokku/dokku-redis.git redis
dokku plugin:installed cloudflare-dns || dokku plugin:install file:///root/infra/dokku/plugins/cloudflare-dns cloudflare-dns

# --- global settings -----------------------------------------------------
dokku domains:set-global apps.lindqvist.se
dokku proxy:set --global nginx
dokku nginx:set --global hsts true

# --- letsencrypt via DNS-01 (wildcard *.apps.lindqvist.se) ------------------
# dokku-letsencrypt passes dns-provider-* values to lego as environment variables.
dokku letsencrypt:set --global email ops@lindqvist.se
dokku letsencrypt:set --global dns-provider cloudflare
dokku letsencrypt:set --global dns-provider-CLOUDFLARE_EMAIL ops@lindqvist.se
dokku letsencrypt:set --global dns-provider-CLOUDFLARE_API_KEY {{hex37}}
dokku letsencrypt:set --global dns-provider-CLOUDFLARE_PROPAGATION_TIMEOUT 180
dokku letsencrypt:cron-job --add

# --- apps ------------------------------------------------------------------
for app in storefront api-worker admin; do
    dokku apps:exists "$app" || dokku apps:create "$app"
    dokku domains:add "$app" "${app}.apps.lindqvist.se"
    dokku ports:set "$app" http:80:3000 https:443:3000
done

dokku postgres:create shopdb || true
dokku postgres:link shopdb storefront || true
dokku redis:create queue || true
dokku redis:link queue api-worker || true

dokku config:set --no-restart storefront \
    NODE_ENV=production \
    NEXT_PUBLIC_SITE_URL=https://shop.lindqvist.se

for app in storefront api-worker admin; do
    dokku letsencrypt:enable "$app"
done
