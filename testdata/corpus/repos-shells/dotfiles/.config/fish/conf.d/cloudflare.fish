# Load Cloudflare credentials from the macOS keychain on demand.
function cf-env --description 'export Cloudflare API credentials'
    set -gx CLOUDFLARE_API_TOKEN (security find-generic-password -a $USER -s cloudflare-api-token -w)
    set -gx CLOUDFLARE_ACCOUNT_ID {{hex32}}
    echo "Cloudflare env loaded for account $CLOUDFLARE_ACCOUNT_ID"
end

function cf-unenv
    set -e CLOUDFLARE_API_TOKEN
    set -e CLOUDFLARE_ACCOUNT_ID
end

# Reminder: scoped tokens only. Do not set CF_API_KEY / X-Auth-Key here.
