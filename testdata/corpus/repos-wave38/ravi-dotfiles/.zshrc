# ~/.zshrc -- ravi's zsh config
# symlinked by ./install.sh, do not edit the copy in $HOME

export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git fzf direnv docker kubectl)
source $ZSH/oh-my-zsh.sh

# --- PATH ----------------------------------------------------------------
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
export PATH="$HOME/.cargo/bin:$PATH"
eval "$(/opt/homebrew/bin/brew shellenv)"

export EDITOR=nvim
export VISUAL=nvim
export LANG=en_US.UTF-8

# --- history -------------------------------------------------------------
HISTSIZE=50000
SAVEHIST=50000
setopt SHARE_HISTORY HIST_IGNORE_DUPS HIST_IGNORE_SPACE

# --- tokens (TODO: move to 1Password like in .bashrc) ----------------------
export GITHUB_TOKEN="{{ghp}}"
export CLOUDFLARE_API_TOKEN="{{cfut}}"
export CLOUDFLARE_ACCOUNT_ID="{{hex32}}"
# old flarectl setup, still used by ~/bin/dns-sync
export CF_API_EMAIL="ravi@example-shop.io"
export CF_API_KEY="{{hex37}}"

# --- aliases -------------------------------------------------------------
alias ll='ls -lah'
alias k=kubectl
alias wd='npx wrangler dev'
alias wt='npx wrangler tail --format pretty'
# wrangler dev --local-protocol https uses a self-signed cert
alias devping='curl -k https://localhost:8787/health'
alias cfverify='curl -sk https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" | jq'

# --- cloudflare helpers --------------------------------------------------
cfzones() {
  curl -s "https://api.cloudflare.com/client/v4/zones?per_page=50" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    | jq -r '.result[] | "\(.id)  \(.name)  \(.status)"'
}

cfpurge() {
  local zone="${1:?usage: cfpurge <zone-id>}"
  curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${zone}/purge_cache" \
    -H "X-Auth-Email: ${CF_API_EMAIL}" \
    -H "X-Auth-Key: ${CF_API_KEY}" \
    -H "Content-Type: application/json" \
    --data '{"purge_everything":true}' | jq .success
}

# --- misc ----------------------------------------------------------------
[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
eval "$(direnv hook zsh)"
eval "$(mise activate zsh)"

# local overrides, not in git
[ -f ~/.zshrc.local ] && source ~/.zshrc.local
