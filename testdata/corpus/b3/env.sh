# Source me: credentials for the DNS tooling.
export CLOUDFLARE_EMAIL="dns@example.com"
export CLOUDFLARE_API_KEY="{{hex37}}"
export CLOUDFLARE_API_USER_SERVICE_KEY="{{origin}}"
