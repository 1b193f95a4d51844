#!/usr/bin/env bash
# dehydrated フック用の設定ファイル
# ※ hooks/config.sh は .gitignore 済み。絶対にコミットしないこと！

# ---- Cloudflare 認証情報 ----
# ここにトークンを入力（権限：ゾーン:DNS:編集 のみ）
export CF_Token="{{cfut}}"
# アカウント ID / ゾーン ID（ダッシュボードの「概要」右下に表示）
export CF_Account_ID="{{hex32}}"
export CF_Zone_ID="{{hex32}}"

# ---- DNS 伝播待ち ----
export CF_PROPAGATION_WAIT=30

# ---- 証明書デプロイ先 ----
export DEPLOY_DIR="/etc/nginx/ssl"
export RELOAD_CMD="systemctl reload nginx"

# HAProxy Data Plane API（ローカルのみ、自己署名証明書）
export HAPROXY_API="https://127.0.0.1:5555/v2"
export HAPROXY_USER="admin"
export HAPROXY_PASS="${HAPROXY_PASS:-}"
