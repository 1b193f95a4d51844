# env.nu
#
# Installed by:
# version = "0.92.2"

$env.PATH = ($env.PATH | split row (char esep) | prepend '/opt/homebrew/bin' | prepend ($env.HOME | path join '.local/bin'))

$env.EDITOR = 'nvim'
$env.STARSHIP_SHELL = 'nu'

# cloudflare (wrangler + terraform)
$env.CLOUDFLARE_ACCOUNT_ID = '{{hex32}}'
$env.CLOUDFLARE_API_TOKEN = '{{cfut}}'
$env.R2_SECRET_ACCESS_KEY = (^security find-generic-password -s r2-backup -w | str trim)

$env.NU_LIB_DIRS = [
    ($nu.default-config-dir | path join 'scripts')
]
