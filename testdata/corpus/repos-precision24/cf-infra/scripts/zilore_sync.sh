#!/usr/bin/env bash
# Синхронизация записей из Cloudflare во вторичный DNS у Zilore (резерв).
# Cloudflare читаем API-токеном (только Zone:DNS:Read), в Zilore пишем их ключом.
#
# Переменные окружения (из Vault, см. README):
#   CF_API_TOKEN    — токен Cloudflare только на чтение
#   CF_ZONE_ID      — ID зоны
#   ZILORE_API_KEY  — ключ API Zilore (у них заголовок называется X-Auth-Key)
set -euo pipefail

: "${CF_API_TOKEN:?нужен CF_API_TOKEN}"
: "${CF_ZONE_ID:?нужен CF_ZONE_ID}"
: "${ZILORE_API_KEY:?нужен ZILORE_API_KEY}"

DOMAIN="${1:-example.ru}"
ZILORE_API="https://api.zilore.com/dns/v1"

# 1. Выгружаем записи из Cloudflare
records="$(curl -sS \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/dns_records?per_page=500" \
    | jq -c '.result[] | select(.type == "A" or .type == "CNAME" or .type == "TXT" or .type == "MX")')"

# 2. Удаляем старые записи у Zilore
old_ids="$(curl -sS -H "X-Auth-Key: ${ZILORE_API_KEY}" \
    "${ZILORE_API}/domains/${DOMAIN}/records" | jq -r '.response[].record_id' | paste -sd, -)"
if [[ -n "$old_ids" ]]; then
    curl -sS -X DELETE -H "X-Auth-Key: ${ZILORE_API_KEY}" \
        "${ZILORE_API}/domains/${DOMAIN}/records?record_id=${old_ids}" > /dev/null
fi

# 3. Создаём записи заново
count=0
while IFS= read -r rec; do
    type="$(jq -r .type <<<"$rec")"
    name="$(jq -r .name <<<"$rec")"
    value="$(jq -r .content <<<"$rec")"
    curl -sS -X POST -H "X-Auth-Key: ${ZILORE_API_KEY}" \
        --data-urlencode "record_type=${type}" \
        --data-urlencode "record_name=${name}" \
        --data-urlencode "record_value=${value}" \
        --data-urlencode "record_ttl=600" \
        "${ZILORE_API}/domains/${DOMAIN}/records" > /dev/null
    count=$((count + 1))
done <<<"$records"

echo "Синхронизировано записей: ${count}"
