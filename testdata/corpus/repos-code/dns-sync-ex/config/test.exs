import Config

config :dns_sync, DnsSync.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "dns_sync_test#{System.get_env("MIX_TEST_PARTITION")}",
  pool: Ecto.Adapters.SQL.Sandbox,
  pool_size: 10

config :dns_sync, DnsSyncWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  secret_key_base: "test-secret-key-base-0000000000000000000000000000000000000000000",
  server: false

# Requests are intercepted by Req.Test, nothing leaves the machine.
config :dns_sync, DnsSync.Cloudflare,
  api_token: "test-token",
  zone_id: "00000000000000000000000000000000",
  req_options: [plug: {Req.Test, DnsSync.Cloudflare}]

config :dns_sync, :cloudflare_legacy,
  auth_email: "test@example.com",
  auth_key: "changeme"

# Cloudflare's documented always-passes Turnstile test secret.
config :dns_sync, :turnstile,
  site_key: "1x00000000000000000000AA",
  secret_key: "1x0000000000000000000000000000000AA"

config :logger, level: :warning
