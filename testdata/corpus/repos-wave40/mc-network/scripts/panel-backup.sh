#!/usr/bin/env bash
# Nightly: trigger a Pterodactyl backup for every server we own, then ship the
# panel database dump to R2 with rclone (remote "r2" is defined in
# /root/.config/rclone/rclone.conf, credentials are not in this repo).
set -euo pipefail

PANEL=https://panel.lan
# client API key (ptlc_...) of the backup service account
KEY="$(cat /etc/blockhaven/ptero-client.key)"

mapfile -t ids < <(curl -s --insecure \
  -H "Authorization: Bearer ${KEY}" \
  -H "Accept: application/json" \
  "${PANEL}/api/client" | jq -r '.data[].attributes.identifier')

for id in "${ids[@]}"; do
  echo "backup ${id}"
  curl -s --insecure -X POST \
    -H "Authorization: Bearer ${KEY}" \
    -H "Accept: application/json" \
    -H "Content-Type: application/json" \
    --data '{"name":"nightly","is_locked":false}' \
    "${PANEL}/api/client/servers/${id}/backups" >/dev/null
done

stamp=$(date +%F)
docker exec pterodactyl-db mariadb-dump -u root -p"${MYSQL_ROOT_PASSWORD}" panel \
  | zstd -q > "/var/backups/panel-${stamp}.sql.zst"

rclone copy "/var/backups/panel-${stamp}.sql.zst" r2:blockhaven-backups/panel/ --s3-no-check-bucket
find /var/backups -name 'panel-*.sql.zst' -mtime +14 -delete
