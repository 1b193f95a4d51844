# ~/.bashrc additions
alias ll='ls -alF'
export EDITOR=vim
export CF_API_EMAIL=me@example.com
export CF_API_KEY={{hex37}}
export PATH="$HOME/go/bin:$PATH"
