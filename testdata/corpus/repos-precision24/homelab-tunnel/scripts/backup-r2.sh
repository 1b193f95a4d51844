#!/usr/bin/env bash
# Copia de seguridad diaria a Cloudflare R2 con restic.
# Cron (root):  30 3 * * *  /opt/homelab/scripts/backup-r2.sh >> /var/log/backup-r2.log 2>&1
set -euo pipefail

# ID de cuenta de Cloudflare (no es secreto, forma parte del endpoint de R2)
R2_ACCOUNT_ID="{{hex32}}"
R2_BUCKET="homelab-backups"

# El ID de la clave de acceso de R2 no es secreto por sí solo.
# La clave secreta se lee de un archivo con permisos 600 que NO está en el repo.
export AWS_ACCESS_KEY_ID="{{hex32}}"
export AWS_SECRET_ACCESS_KEY="$(cat /root/.secrets/r2_secret)"
export RESTIC_REPOSITORY="s3:https://${R2_ACCOUNT_ID}.r2.cloudflarestorage.com/${R2_BUCKET}"
export RESTIC_PASSWORD_FILE="/root/.secrets/restic_password"

RUTAS=(
    /srv/homeassistant
    /etc/cloudflared
    /opt/homelab
)

echo "== $(date -Is) Inicio de la copia =="

# Inicializa el repositorio la primera vez
if ! restic snapshots --quiet >/dev/null 2>&1; then
    echo "Repositorio no encontrado, inicializando..."
    restic init
fi

# Para Home Assistant, pedimos antes una copia nativa (API local, certificado autofirmado -> -k)
curl -sk -X POST \
    -H "Authorization: Bearer $(cat /root/.secrets/ha_token)" \
    https://192.168.1.30:8123/api/services/backup/create >/dev/null || echo "Aviso: no se pudo crear copia de HA"

restic backup "${RUTAS[@]}" \
    --tag diaria \
    --exclude '*.log' \
    --exclude '/srv/homeassistant/home-assistant_v2.db-wal'

# Política de retención
restic forget --prune \
    --keep-daily 7 \
    --keep-weekly 4 \
    --keep-monthly 6

restic check --read-data-subset=5%

echo "== $(date -Is) Copia terminada =="
