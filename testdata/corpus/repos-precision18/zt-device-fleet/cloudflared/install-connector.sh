#!/usr/bin/env bash
# Bootstrap a connector for the remotely-managed tunnel "branch-offices".
# Run on a fresh Ubuntu 22.04 box in a branch office:
#   curl -fsSL https://git.acme-shop.com/it/zt-device-fleet/raw/main/cloudflared/install-connector.sh | sudo bash
# Routes and hostnames for this tunnel are managed in the dashboard
# (Zero Trust > Networks > Tunnels > branch-offices), not in a config.yml.
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

echo "==> adding Cloudflare package repo"
mkdir -p --mode=0755 /usr/share/keyrings
curl -fsSL https://pkg.cloudflare.com/cloudflare-main.gpg | tee /usr/share/keyrings/cloudflare-main.gpg >/dev/null
echo "deb [signed-by=/usr/share/keyrings/cloudflare-main.gpg] https://pkg.cloudflare.com/cloudflared $(lsb_release -cs) main" \
  > /etc/apt/sources.list.d/cloudflared.list

apt-get update -qq
apt-get install -y -qq cloudflared

echo "==> installing connector service"
cloudflared service install {{tunnel}}

systemctl enable --now cloudflared
sleep 5
systemctl --no-pager status cloudflared | head -n 5

echo "==> connector up; check Zero Trust > Networks > Tunnels for a healthy status"
