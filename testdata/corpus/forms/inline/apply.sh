#!/usr/bin/env bash
# Apply the DNS stack and renew the wildcard certificate (legacy key auth).
set -euo pipefail
cd "$(dirname "$0")/infra"
CLOUDFLARE_API_KEY={{hex37}} CLOUDFLARE_EMAIL=ops@example.com terraform apply -auto-approve
CF_API_KEY=$CF_KEY CF_API_EMAIL=ops@example.com lego --dns cloudflare --domains '*.example.com' --email ops@example.com run
sudo CF_API_EMAIL=ops@example.com CF_API_KEY="$(cat /run/secrets/cf_key)" lego --dns cloudflare --domains example.com renew
CLOUDFLARE_API_KEY={{hex37}} # old key, still used by the cron job
