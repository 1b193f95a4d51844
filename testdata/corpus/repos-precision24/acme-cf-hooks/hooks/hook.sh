#!/usr/bin/env bash
# dehydrated 用 Cloudflare DNS-01 フック
# 使い方: dehydrated --cron --hook ./hooks/hook.sh --challenge dns-01
set -euo pipefail

HOOK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# 認証情報は別ファイルから読み込む（このスクリプトには書かない）
# shellcheck source=/dev/null
source "${HOOK_DIR}/config.sh"

CF_API="https://api.cloudflare.com/client/v4"

cf() {
    # Cloudflare API 呼び出し（証明書検証は常に有効）
    local method="$1" path="$2"; shift 2
    curl -sS --fail-with-body -X "$method" \
        -H "Authorization: Bearer ${CF_Token}" \
        -H "Content-Type: application/json" \
        "${CF_API}${path}" "$@"
}

deploy_challenge() {
    local domain="$1" token_value="$3"
    echo " + TXT レコードを作成: _acme-challenge.${domain}"
    cf POST "/zones/${CF_Zone_ID}/dns_records" \
        --data "{\"type\":\"TXT\",\"name\":\"_acme-challenge.${domain}\",\"content\":\"${token_value}\",\"ttl\":60}" \
        | jq -r '.result.id' > "/tmp/cf-acme-${domain}.id"
    sleep "${CF_PROPAGATION_WAIT:-20}"
}

clean_challenge() {
    local domain="$1"
    local id_file="/tmp/cf-acme-${domain}.id"
    [[ -f "$id_file" ]] || return 0
    echo " + TXT レコードを削除: _acme-challenge.${domain}"
    cf DELETE "/zones/${CF_Zone_ID}/dns_records/$(cat "$id_file")" > /dev/null
    rm -f "$id_file"
}

deploy_cert() {
    local domain="$1" keyfile="$2" fullchainfile="$4"
    echo " + 証明書をデプロイ: ${domain}"
    install -m 600 "$keyfile" "${DEPLOY_DIR}/${domain}.key"
    install -m 644 "$fullchainfile" "${DEPLOY_DIR}/${domain}.crt"
    cat "$fullchainfile" "$keyfile" > "${DEPLOY_DIR}/${domain}.pem"
    ${RELOAD_CMD}

    # ローカルの HAProxy Data Plane API は自己署名証明書なので -k を付ける（外部には出ない）
    curl -sk -u "${HAPROXY_USER}:${HAPROXY_PASS}" \
        -X PUT --data-binary "@${DEPLOY_DIR}/${domain}.pem" \
        -H "Content-Type: text/plain" \
        "${HAPROXY_API}/services/haproxy/storage/ssl_certificates/${domain}.pem" > /dev/null
}

unchanged_cert() { :; }
invalid_challenge() { echo " ! チャレンジ失敗: $1" >&2; }
request_failure() { echo " ! リクエスト失敗: HTTP $1" >&2; }
startup_hook() { :; }
exit_hook() { :; }

HANDLER="$1"; shift
if [[ "${HANDLER}" =~ ^(deploy_challenge|clean_challenge|deploy_cert|unchanged_cert|invalid_challenge|request_failure|startup_hook|exit_hook)$ ]]; then
    "$HANDLER" "$@"
fi
