# ~/.zshrc.d/cloudflare.zsh -- sourced from ~/.zshrc
# Cloudflare CLI helpers: flarectl, wrangler, cloudflared

# --- flarectl (go install github.com/cloudflare/cloudflare-go/cmd/flarectl@latest)
# personal account (dana@), still on the Global API Key because flarectl's
# `user info` needs it
export CF_API_EMAIL="dana.whitlock@northwind-labs.io"
export CF_API_KEY="{{hex37}}"

# work account: scoped token (Zone:DNS:Edit on northwind.io, northwind-labs.io);
# flarectl prefers CF_API_TOKEN over key+email when both are set
cfwork() {
  CF_API_TOKEN="{{tok40}}" flarectl "$@"
}

alias cfz='flarectl zone list'
alias cfdns='flarectl dns list --zone'

# quick raw API call with the personal key, e.g. `cfapi /zones?name=whitlock.dev`
cfapi() {
  local path="${1:?path}"; shift
  curl -sS "https://api.cloudflare.com/client/v4${path}" \
    -H "X-Auth-Email: ${CF_API_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" "$@" | jq .
}

# --- wrangler
# wrangler v3 uses `wrangler login` (OAuth, ~/.config/.wrangler/config/default.toml);
# don't export CLOUDFLARE_API_TOKEN globally or it overrides the login.
alias wr='npx wrangler'
alias wrd='npx wrangler dev'
alias wrt='npx wrangler tail --format pretty'
export WRANGLER_SEND_METRICS=false

# --- cloudflared
alias cft='cloudflared tunnel'
cfssh() {
  ssh -o ProxyCommand="cloudflared access ssh --hostname %h" "$@"
}

# completions
if (( $+commands[flarectl] )); then
  PROG=flarectl source "${HOME}/.zsh/completions/urfave_cli_zsh_autocomplete"
fi
