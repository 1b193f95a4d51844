#!/bin/sh
# duplicity backup of the mail spool to Cloudflare R2 (legacy box, still on
# duplicity 2.1; restic isn't packaged for this distro).
# crontab: 15 3 * * * /opt/backup/duplicity/nightly.sh >> /var/log/duplicity.log 2>&1

R2_ACCOUNT="{{hex32#acct}}"
R2_ENDPOINT="https://${R2_ACCOUNT}.r2.cloudflarestorage.com"
BUCKET="mail-backup"

export AWS_ACCESS_KEY_ID="{{hex32}}"
export AWS_SECRET_ACCESS_KEY="{{hex64}}"
export PASSPHRASE="$(cat /root/.duplicity-passphrase)"

SOURCE=/var/vmail
TARGET="boto3+s3://${BUCKET}/vmail"

duplicity \
  --s3-endpoint-url "$R2_ENDPOINT" \
  --s3-region-name auto \
  --full-if-older-than 1M \
  --volsize 250 \
  --exclude '**/.Trash/**' \
  --exclude '**/tmp/**' \
  "$SOURCE" "$TARGET"

duplicity remove-all-but-n-full 3 --force \
  --s3-endpoint-url "$R2_ENDPOINT" \
  --s3-region-name auto \
  "$TARGET"

duplicity cleanup --force \
  --s3-endpoint-url "$R2_ENDPOINT" \
  --s3-region-name auto \
  "$TARGET"

unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY PASSPHRASE
