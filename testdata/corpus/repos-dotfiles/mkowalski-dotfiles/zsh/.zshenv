# ~/.zshenv -- sourced for every zsh, keep it cheap
typeset -U path
path=("$HOME/.local/bin" "$HOME/.cargo/bin" $path)

export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"

# Cloudflare creds come from the login keychain, never from this file.
# security add-generic-password -a "$USER" -s cloudflare-api-token -w
if [[ "$OSTYPE" == darwin* ]]; then
  export CLOUDFLARE_API_TOKEN="$(security find-generic-password -a "$USER" -s cloudflare-api-token -w 2>/dev/null)"
  export CLOUDFLARE_ACCOUNT_ID="{{hex32}}"
else
  export CLOUDFLARE_API_TOKEN="$(secret-tool lookup service cloudflare kind api-token 2>/dev/null)"
fi
