#!/bin/sh
# Example cron wrapper: renew every certificate managed by dehydrated using
# acme-cf-hook for the DNS-01 challenge.
#
# This host still uses the account-wide Global API Key because its zones live
# in a second account that we have not migrated to API tokens yet (OPS-212).
# The key itself lives in the pass(1) store of the acme user.
set -eu

export CF_API_EMAIL="hostmaster@example.org"
export CF_API_KEY="$(pass show cloudflare/global-api-key)"
export CF_API_BASE_URL="https://api.cloudflare.com/client/v4"

LOG=/var/log/dehydrated/renew-$(date +%Y%m%d).log
mkdir -p "$(dirname "$LOG")"

/usr/local/bin/dehydrated --cron \
  --challenge dns-01 \
  --hook /usr/local/bin/acme-cf-hook \
  --config /etc/dehydrated/config >>"$LOG" 2>&1

# reload anything that serves the renewed certs
systemctl reload nginx
systemctl reload postfix || true
