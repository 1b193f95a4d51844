#!/usr/bin/env bash
# Проверка API-токена Cloudflare и отправка срока действия в Zabbix.
# Запускается из cron раз в сутки на хосте мониторинга.
#
#   CF_API_TOKEN       — проверяемый токен (из Vault)
#   ZABBIX_URL         — внутренний Zabbix (самоподписанный сертификат)
#   ZABBIX_API_TOKEN   — токен Zabbix API (не Cloudflare!)
set -euo pipefail

CF_API_TOKEN="${CF_API_TOKEN:-$(vault kv get -field=token secret/infra/cloudflare)}"
ZABBIX_URL="${ZABBIX_URL:-https://zabbix.corp.example.ru/api_jsonrpc.php}"
ZABBIX_HOST="cloudflare-api"

# Запрос к Cloudflare — с обычной проверкой сертификата
info="$(curl -sS --max-time 15 \
    -H "Authorization: Bearer ${CF_API_TOKEN}" \
    https://api.cloudflare.com/client/v4/user/tokens/verify)"

status="$(jq -r '.result.status // "invalid"' <<<"$info")"
expires="$(jq -r '.result.expires_on // empty' <<<"$info")"

if [[ -n "$expires" ]]; then
    days_left=$(( ( $(date -d "$expires" +%s) - $(date +%s) ) / 86400 ))
else
    days_left=9999   # бессрочный токен
fi

echo "Статус токена: ${status}, осталось дней: ${days_left}"

# Отправляем в Zabbix. У внутреннего Zabbix самоподписанный сертификат,
# поэтому здесь (и только здесь) отключаем проверку: -k
curl -sS -k --max-time 10 \
    -H "Content-Type: application/json-rpc" \
    -H "Authorization: Bearer ${ZABBIX_API_TOKEN}" \
    --data "$(jq -n --arg h "$ZABBIX_HOST" --arg s "$status" --argjson d "$days_left" '{
        jsonrpc: "2.0", method: "history.push", id: 1,
        params: [
          {host: $h, key: "cf.token.status", value: $s},
          {host: $h, key: "cf.token.days_left", value: ($d|tostring)}
        ]}')" \
    "$ZABBIX_URL" > /dev/null

[[ "$status" == "active" ]] || exit 2
