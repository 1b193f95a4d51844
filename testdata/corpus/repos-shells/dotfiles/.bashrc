# ~/.bashrc: executed by bash(1) for non-login shells.

case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=10000
HISTFILESIZE=20000
shopt -s histappend

export EDITOR=vim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"

# Cloudflare: token lives in pass(1), never in this file
export CLOUDFLARE_API_TOKEN="$(pass show cloudflare/api-token 2>/dev/null)"
export CLOUDFLARE_ACCOUNT_ID="{{hex32}}"

alias cfzones='curl -s -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" https://api.cloudflare.com/client/v4/zones | jq -r ".result[].name"'
alias cfverify='curl -s -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" https://api.cloudflare.com/client/v4/user/tokens/verify | jq .result.status'

[ -f ~/.bash_aliases ] && . ~/.bash_aliases
[ -f ~/.fzf.bash ] && source ~/.fzf.bash
