#!/bin/bash
# Proxmox VE hookscript for the cloudflared LXC (CT 105).
# pre-stop: refuse to stop the tunnel container while other guests still publish
#           hostnames through it (checked via the Cloudflare tunnel config endpoint).
#   pct set 105 --hookscript local:snippets/tunnel-guard.sh
set -u

vmid="$1"
phase="$2"

# The PVE API is only reached on localhost:8006 with its self-signed cert.
PVE_API="https://localhost:8006/api2/json"
PVE_AUTH="Authorization: PVEAPIToken=root@pam!hooks={{uuid}}"

# CF_API_TOKEN, CF_ACCOUNT_ID and CF_TUNNEL_ID come from the cluster-private store
# (/etc/pve/priv is only readable by root and replicated by pmxcfs).
# shellcheck disable=SC1091
. /etc/pve/priv/cloudflare.env

pve() {
    curl -sk --max-time 5 -H "$PVE_AUTH" "${PVE_API}$1"
}

running_guests() {
    pve "/cluster/resources?type=vm" \
        | jq -r '.data[] | select(.status == "running") | .vmid' \
        | grep -v "^${vmid}$"
}

published_hostnames() {
    curl -s --max-time 10 \
        -H "Authorization: Bearer ${CF_API_TOKEN}" \
        "https://api.cloudflare.com/client/v4/accounts/${CF_ACCOUNT_ID}/cfd_tunnel/${CF_TUNNEL_ID}/configurations" \
        | jq -r '.result.config.ingress[]? | select(.hostname != null) | .hostname'
}

case "$phase" in
    pre-start)
        echo "tunnel-guard: CT $vmid starting"
        ;;
    post-start)
        pve "/nodes/$(hostname)/lxc/${vmid}/status/current" | jq -r '.data.status'
        ;;
    pre-stop)
        others=$(running_guests | wc -l)
        hosts=$(published_hostnames | wc -l)
        if [ "$others" -gt 0 ] && [ "$hosts" -gt 0 ] && [ ! -e /run/tunnel-guard.override ]; then
            echo "tunnel-guard: $hosts public hostnames still routed through CT $vmid and $others guests running"
            echo "tunnel-guard: touch /run/tunnel-guard.override to force"
            exit 1
        fi
        ;;
    post-stop)
        rm -f /run/tunnel-guard.override
        ;;
    *)
        echo "tunnel-guard: unknown phase $phase" >&2
        exit 1
        ;;
esac
exit 0
