#!/usr/bin/env bash
# Run ReelCast against the staging Cloudflare account.
set -euo pipefail

cd "$(dirname "$0")/.."

DEVICE="${1:-}"

flutter pub get

flutter run ${DEVICE:+-d "$DEVICE"} \
  --flavor staging \
  -t lib/main_staging.dart \
  --dart-define=CF_ACCOUNT_ID={{hex32}} \
  --dart-define=CF_API_TOKEN={{cfut}} \
  --dart-define=CF_KV_NAMESPACE_ID={{hex32}} \
  --dart-define=TURNSTILE_SITE_KEY=0x4AAAAAAAD9mQx2vN7kPaLb
