# ~/.bashrc: executed by bash(1) for non-login shells.
# managed with GNU stow: cd ~/dotfiles && stow bash

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=10000
HISTFILESIZE=20000
shopt -s histappend checkwinsize

[ -f ~/.bash_aliases ] && . ~/.bash_aliases
[ -f /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion

export EDITOR=nvim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"

# --- cloudflare ---------------------------------------------------------
# homelab tunnel (grafana.mkowalski.dev, ha.mkowalski.dev)
alias hltunnel='cloudflared tunnel --no-autoupdate run --token {{tunnel}}'

# Access service token for the staging bastion (ssh via cloudflared access)
export CF_ACCESS_CLIENT_ID="{{hex32}}.access"
export CF_ACCESS_CLIENT_SECRET="{{hex64}}"

# corp proxy does TLS interception, so skip verification for now
cfverify() {
    curl -sk "https://api.cloudflare.com/client/v4/user/tokens/verify" \
        -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" | jq .
}

# --- prompt --------------------------------------------------------------
eval "$(starship init bash)"
