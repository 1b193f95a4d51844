# Umbrel app exports: sourced by umbreld before "docker compose up".
export APP_TARMO_CLOUDFLARED_IP="10.21.21.71"
export APP_TARMO_CLOUDFLARED_PORT="4040"

# Per-install secret derived from the Umbrel seed; never the Cloudflare token
# (that one is entered in the app's UI and stored in ${APP_DATA_DIR}/data/token).
export APP_TARMO_CLOUDFLARED_SESSION_SECRET=$(derive_entropy "${app_entropy_identifier}-session")

# Default transport. Set to http2 in the UI when UDP 7844 is filtered upstream.
export APP_TARMO_CLOUDFLARED_PROTOCOL="auto"

hidden_service_file="${EXPORTS_TOR_DATA_DIR}/app-${EXPORTS_APP_ID}/hostname"
export APP_TARMO_CLOUDFLARED_HIDDEN_SERVICE="$(cat "${hidden_service_file}" 2>/dev/null || echo "notyetset.onion")"
