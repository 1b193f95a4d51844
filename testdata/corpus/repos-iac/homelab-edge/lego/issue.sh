#!/usr/bin/env bash
# One-off issuance for the mail host. lego reads Cloudflare creds from the environment.
set -euo pipefail

CLOUDFLARE_EMAIL=admin@example.net \
CLOUDFLARE_API_KEY={{hex37}} \
lego --email admin@example.net \
     --dns cloudflare \
     --domains mail.example.net \
     --path /var/lib/lego \
     --accept-tos \
     run
