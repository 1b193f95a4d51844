#!/bin/bash
# bootstrap.sh - first-run setup for the NOC Mac minis (noc-mini-01..04)
#
# Run once as the "noc" admin user after the MDM enrolment finished:
#   curl -fsSL https://git.acme-corp.example/noc/mac-fleet-bootstrap/-/raw/main/setup/bootstrap.sh | bash
set -euo pipefail

REPO_DIR="${REPO_DIR:-$HOME/src/mac-fleet-bootstrap}"
BREW_PREFIX="$( [ "$(uname -m)" = arm64 ] && echo /opt/homebrew || echo /usr/local )"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

log "Xcode command line tools"
xcode-select -p >/dev/null 2>&1 || xcode-select --install

log "Homebrew"
if ! command -v brew >/dev/null 2>&1; then
  NONINTERACTIVE=1 /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi
eval "$("$BREW_PREFIX/bin/brew" shellenv)"
brew install --quiet jq cloudflared flarectl coreutils

log "Clone / update repo"
if [ -d "$REPO_DIR/.git" ]; then
  git -C "$REPO_DIR" pull --ff-only
else
  git clone https://git.acme-corp.example/noc/mac-fleet-bootstrap.git "$REPO_DIR"
fi

log "Keychain items"
# bin/cf-ddns.sh and applescript/DnsStatus.applescript read this item at runtime.
security add-generic-password -U -a noc -s cloudflare-api-token -l "Cloudflare API token (NOC DDNS)" -w '{{tok40}}' "$HOME/Library/Keychains/login.keychain-db"
# allow /usr/bin/security to read it without a prompt when the screen is locked
security set-generic-password-partition-list -S apple-tool:,apple: -s cloudflare-api-token -k "$(cat "$HOME/.config/noc/login-keychain-pass")" "$HOME/Library/Keychains/login.keychain-db" >/dev/null

log "Scripts"
sudo install -d -m 755 /usr/local/bin
sudo install -m 755 "$REPO_DIR/bin/cf-ddns.sh" /usr/local/bin/cf-ddns.sh

log "Launch agents"
mkdir -p "$HOME/Library/LaunchAgents" "$HOME/Library/Logs/noc"
for plist in "$REPO_DIR"/LaunchAgents/*.plist; do
  label="$(basename "$plist" .plist)"
  install -m 644 "$plist" "$HOME/Library/LaunchAgents/"
  launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
  launchctl bootstrap "gui/$(id -u)" "$HOME/Library/LaunchAgents/$label.plist"
done

log "cloudflared daemon"
sudo install -m 644 -o root -g wheel "$REPO_DIR/LaunchDaemons/com.cloudflare.cloudflared.plist" /Library/LaunchDaemons/
sudo launchctl bootstrap system /Library/LaunchDaemons/com.cloudflare.cloudflared.plist 2>/dev/null || true

log "crontab"
crontab "$REPO_DIR/cron/crontab.noc"

log "Done. Reboot once so the LaunchAgents start with a clean session."
