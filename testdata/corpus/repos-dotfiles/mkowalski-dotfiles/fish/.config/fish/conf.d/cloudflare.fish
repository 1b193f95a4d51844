# conf.d/cloudflare.fish
# secrets live in pass(1); see ~/.password-store/cloudflare/
if status is-interactive
    set -gx CLOUDFLARE_API_TOKEN (pass show cloudflare/api-token 2>/dev/null)
    set -gx CLOUDFLARE_ACCOUNT_ID {{hex32}}
    set -gx R2_ACCESS_KEY_ID (pass show cloudflare/r2/access-key-id 2>/dev/null)
    set -gx R2_SECRET_ACCESS_KEY (pass show cloudflare/r2/secret-access-key 2>/dev/null)
end

abbr -a wd 'npx wrangler dev'
abbr -a wp 'npx wrangler pages deploy ./dist'
