# ~/.profile: executed by the command interpreter for login shells.

if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
        . "$HOME/.bashrc"
    fi
fi

if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi

# terraform / wrangler for the homelab account
export CLOUDFLARE_ACCOUNT_ID={{hex32}}
export CLOUDFLARE_API_TOKEN={{cfat}}
