# 1Password secret references for the status worker.
#
# Render for local dev (output is git-ignored):
#   op inject -i .env.tpl -o .dev.vars
# Or run a command with the values injected into its environment only:
#   op run --env-file=.env.tpl -- npx wrangler deploy --env staging
#
# Vault "Edge", items owned by the edge team. Never paste resolved values into this file.

CLOUDFLARE_ACCOUNT_ID={{ op://Edge/cloudflare-status-worker/account_id }}
CLOUDFLARE_API_TOKEN={{ op://Edge/cloudflare-status-worker/deploy_token }}

TURNSTILE_SECRET_KEY={{ op://Edge/turnstile-status/secret_key }}
CF_ANALYTICS_API_TOKEN={{ op://Edge/cloudflare-analytics-read/credential }}

R2_ACCOUNT_ID={{ op://Edge/r2-status-assets/account_id }}
R2_ACCESS_KEY_ID={{ op://Edge/r2-status-assets/access_key_id }}
R2_SECRET_ACCESS_KEY={{ op://Edge/r2-status-assets/secret_access_key }}

# Access service token for the synthetic check against status.staging.example.net
CF_ACCESS_CLIENT_ID={{ op://Edge/access-status-monitor/client_id }}
CF_ACCESS_CLIENT_SECRET={{ op://Edge/access-status-monitor/client_secret }}
