import Config

# Configure your database
config :edgeproxy, Edgeproxy.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "edgeproxy_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :edgeproxy, EdgeproxyWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "dev-only-secret-key-base-not-used-anywhere-else-0000000000000000",
  watchers: []

# In dev we talk to the local cf-mock (priv/mock/cf_mock.exs), which
# serves a self-signed certificate, instead of the real Cloudflare API.
config :edgeproxy, Edgeproxy.Cloudflare,
  base_url: "https://localhost:4443/client/v4",
  api_token: "dev-token-not-a-real-cloudflare-token",
  zone_id: "023e105f4ecef8ad9ca31a8372d0c353"

config :edgeproxy, Edgeproxy.CfMock,
  port: 4443,
  finch_pool: [conn_opts: [transport_opts: [verify: :verify_none]]]

config :logger, :console, format: "[$level] $message\n"

# Set a higher stacktrace during development.
config :phoenix, :stacktrace_depth, 20
config :phoenix, :plug_init_mode, :runtime
