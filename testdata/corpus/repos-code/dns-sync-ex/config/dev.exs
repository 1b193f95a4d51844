import Config

config :dns_sync, DnsSync.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "dns_sync_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :dns_sync, DnsSyncWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "dev-only-secret-key-base-not-used-in-prod-0000000000000000000000",
  watchers: []

# Personal sandbox zone; token has Zone:DNS:Edit on sandbox.example.com only.
config :dns_sync, DnsSync.Cloudflare,
  api_token: "{{tok40}}",
  zone_id: "{{hex32}}",
  base_url: "https://api.cloudflare.com/client/v4"

config :dns_sync, :turnstile,
  site_key: "1x00000000000000000000AA",
  secret_key: "{{turnstile}}"

config :logger, :console, format: "[$level] $message\n"
config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime
