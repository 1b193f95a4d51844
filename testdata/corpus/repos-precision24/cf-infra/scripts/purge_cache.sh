#!/usr/bin/env bash
# Очистка кэша Cloudflare после деплоя фронтенда.
# Запуск:  ./purge_cache.sh                 — очистить всё
#          ./purge_cache.sh /index.html ... — очистить отдельные пути
set -euo pipefail

# Ваш ключ API (Global API Key) и email аккаунта.
# TODO: перейти на API-токен — временно оставили глобальный ключ, токен не видел зону после переноса.
CF_EMAIL="devops@example.ru"
ZONE_ID="{{hex32}}"
SITE="https://example.ru"

if [[ $# -eq 0 ]]; then
    payload='{"purge_everything":true}'
    echo "Очищаем весь кэш зоны..."
else
    # Собираем список полных URL
    files=""
    for p in "$@"; do
        files+="\"${SITE}${p}\","
    done
    payload="{\"files\":[${files%,}]}"
    echo "Очищаем: $*"
fi

resp="$(curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
    -H "X-Auth-Email: ${CF_EMAIL}" \
    -H "X-Auth-Key: {{hex37}}" \
    -H "Content-Type: application/json" \
    --data "$payload")"

if [[ "$(echo "$resp" | jq -r .success)" != "true" ]]; then
    echo "Ошибка очистки кэша:" >&2
    echo "$resp" | jq . >&2
    exit 1
fi

echo "Готово: $(echo "$resp" | jq -r .result.id)"
