import Config

config :ledger, LedgerWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json"

# Secrets are read at boot in runtime.exs; these are only shape/defaults.
config :ledger, Ledger.Cloudflare,
  base_url: "https://api.cloudflare.com/client/v4",
  api_token: {:system, "CLOUDFLARE_API_TOKEN"},
  zone_id: "{{hex32}}"

config :ledger, Ledger.Turnstile,
  secret_key: {:system, "TURNSTILE_SECRET_KEY"}

config :logger, level: :info
