# ~/.bashrc -- used on the linux boxes and in devcontainers (zsh on the mac)

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=20000
HISTFILESIZE=40000
shopt -s histappend checkwinsize

export PATH="$HOME/.local/bin:$HOME/bin:$PATH"
export EDITOR=vim

[ -f /usr/share/bash-completion/bash_completion ] && . /usr/share/bash-completion/bash_completion

# ---------------------------------------------------------------------------
# Secrets: never literal in here. 1Password CLI on workstations, pass(1) on
# the headless boxes. Token was rotated 2024-03 after the dotfiles leak scare;
# the old one (cfut_****************************) is revoked.
# ---------------------------------------------------------------------------
if command -v op >/dev/null 2>&1; then
    export CLOUDFLARE_API_TOKEN="$(op read 'op://Private/Cloudflare DNS edit/credential' 2>/dev/null)"
    export CLOUDFLARE_ACCOUNT_ID="$(op read 'op://Private/Cloudflare DNS edit/account id' 2>/dev/null)"
elif command -v pass >/dev/null 2>&1; then
    export CLOUDFLARE_API_TOKEN="$(pass show cloudflare/dns-edit-token 2>/dev/null)"
fi

# R2 for restic backups -- values come from the secret-tool keyring
export RESTIC_REPOSITORY="s3:https://{{hex32}}.r2.cloudflarestorage.com/restic-laptop"
export AWS_ACCESS_KEY_ID="$(secret-tool lookup service r2 attr access-key-id)"
export AWS_SECRET_ACCESS_KEY="$(secret-tool lookup service r2 attr secret-access-key)"

# ---------------------------------------------------------------------------
alias ll='ls -alF'
alias la='ls -A'
alias gs='git status -sb'
alias dcu='docker compose up -d'
alias dcl='docker compose logs -f --tail=100'

# the homelab reverse proxy on the NAS has a self-signed cert
alias nasping='curl -k https://192.168.1.20:8443/api/health'
alias localtls='curl --insecure https://localhost:8443/'

cf_token_check() {
    # verify whatever token is currently loaded (never prints it)
    curl -s https://api.cloudflare.com/client/v4/user/tokens/verify \
        -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN:?no token loaded}" \
        | jq '.result.status'
}

if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi

PS1='\[\e[32m\]\u@\h\[\e[0m\]:\[\e[34m\]\w\[\e[0m\]\$ '
eval "$(direnv hook bash)"
