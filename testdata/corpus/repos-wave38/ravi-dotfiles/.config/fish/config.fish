# ~/.config/fish/config.fish

if status is-interactive
    set -g fish_greeting ""
    starship init fish | source
    zoxide init fish | source
    direnv hook fish | source
end

fish_add_path $HOME/.local/bin $HOME/go/bin /opt/homebrew/bin

set -gx EDITOR nvim
set -gx PAGER less

# --- abbreviations ---------------------------------------------------------
abbr -a gco git checkout
abbr -a gp git push
abbr -a wd npx wrangler dev
abbr -a wdp npx wrangler deploy

# --- cloudflare ------------------------------------------------------------
# wrangler / terraform read CLOUDFLARE_API_TOKEN
set -gx CLOUDFLARE_API_TOKEN {{cfut}}
set -gx CLOUDFLARE_ACCOUNT_ID {{hex32}}

# acme.sh dns_cf hook for the homelab wildcard (still on the global key)
set -gx CF_Email ravi@example-shop.io
set -gx CF_Key {{hex37}}
set -gx CF_Zone_ID {{hex32}}

function cfdns --description 'list DNS records of a zone'
    set -l zone $argv[1]
    curl -s "https://api.cloudflare.com/client/v4/zones/$zone/dns_records?per_page=100" \
        -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
        | jq -r '.result[] | [.type, .name, .content] | @tsv'
end

function renew-wildcard
    ~/.acme.sh/acme.sh --issue --dns dns_cf -d home.example-shop.io -d '*.home.example-shop.io'
end

# local-only overrides
test -f ~/.config/fish/local.fish; and source ~/.config/fish/local.fish
