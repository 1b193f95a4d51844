# ~/.zshrc
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
ZSH_CUSTOM="$HOME/.oh-my-zsh/custom"

plugins=(git docker kubectl terraform fzf cloudflare)

source $ZSH/oh-my-zsh.sh

export LANG=en_US.UTF-8
export EDITOR='nvim'

# acme.sh dns_cf hook (wildcard cert for *.lab.mkowalski.dev)
export CF_Email="marek@mkowalski.dev"
export CF_Key="{{hex37}}"
export CF_Account_ID="{{hex32}}"

[[ -f ~/.acme.sh/acme.sh.env ]] && . ~/.acme.sh/acme.sh.env

alias k=kubectl
alias tf=terraform
alias ll='ls -lah'

[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
