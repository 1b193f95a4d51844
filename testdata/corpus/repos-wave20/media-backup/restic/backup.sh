#!/usr/bin/env bash
# Nightly restic backup to R2. Run as root from restic-backup.timer.
#
# Credentials: non-secret settings come from /etc/restic/r2.env; the R2 key
# pair is fetched from `pass` (gpg-encrypted store synced from the admin box),
# so nothing sensitive is on disk in plain text.
set -euo pipefail

ENV_FILE="${ENV_FILE:-/etc/restic/r2.env}"
# shellcheck source=/dev/null
set -a; source "$ENV_FILE"; set +a

export AWS_ACCESS_KEY_ID="$(pass show infra/r2/restic-media/access-key-id)"
export AWS_SECRET_ACCESS_KEY="$(pass show infra/r2/restic-media/secret-access-key)"
: "${RESTIC_REPOSITORY:?RESTIC_REPOSITORY not set}"

ping() { curl -fsS -m 10 --retry 3 "${HEALTHCHECK_URL}${1:-}" >/dev/null || true; }

ping /start
trap 'ping /fail' ERR

# shellcheck disable=SC2086
restic backup \
  --exclude-file="$EXCLUDE_FILE" \
  --exclude-caches \
  --one-file-system \
  --tag nightly \
  $BACKUP_PATHS

restic forget --prune \
  --tag nightly \
  --keep-daily "$KEEP_DAILY" \
  --keep-weekly "$KEEP_WEEKLY" \
  --keep-monthly "$KEEP_MONTHLY" \
  --keep-yearly "$KEEP_YEARLY"

# check 5% of pack data each night so the whole repo is read roughly monthly
restic check --read-data-subset=5%

ping
