#!/usr/bin/env bash
# Nightly database dump to R2 (S3-compatible API).
set -euo pipefail
ACCOUNT_ID={{hex32}}
export AWS_ACCESS_KEY_ID={{hex32}}
export AWS_SECRET_ACCESS_KEY={{hex64}}
export AWS_DEFAULT_REGION=auto
ENDPOINT="https://${ACCOUNT_ID}.r2.cloudflarestorage.com"

pg_dump "$DATABASE_URL" | gzip > /tmp/db.sql.gz
sha256sum /tmp/db.sql.gz
aws s3 cp /tmp/db.sql.gz "s3://backups/db-$(date +%F).sql.gz" --endpoint-url "$ENDPOINT"
