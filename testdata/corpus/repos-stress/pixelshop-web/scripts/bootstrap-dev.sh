#!/usr/bin/env bash
# Creates local .dev.vars for `wrangler dev` and seeds the KV namespace.
set -euo pipefail
cd "$(dirname "$0")/.."

cat > .dev.vars <<'EOF'
ENVIRONMENT=development
CLOUDFLARE_API_TOKEN={{cfut}}
TURNSTILE_SECRET_KEY={{turnstile}}
R2_PUBLIC_URL=https://assets-dev.pixelshop.example
EOF

export CF_ACCOUNT_ID={{hex32}}; export CF_API_TOKEN={{tok40}}; npx wrangler kv bulk put --binding=CATALOG fixtures/catalog.json

echo "dev vars written, KV seeded"
