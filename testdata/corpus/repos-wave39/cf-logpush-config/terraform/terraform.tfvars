# prod values -- this file should be in .gitignore (SEC-2291: rotate both secrets below)
account_id = "{{hex32}}"
zone_id    = "{{hex32}}"

cloudflare_api_token = "{{cfut}}"

# R2 API token for the cf-logs bucket (Object Read & Write)
r2_access_key_id     = "{{hex32}}"
r2_secret_access_key = "{{hex64}}"

collector_access_client_id     = "{{hex32}}.access"
# secret comes from TF_VAR_collector_access_client_secret in CI, never here
collector_access_client_secret = ""

# logpush job toggles
http_requests_enabled   = true
firewall_events_enabled = true
access_requests_enabled = false
