import Config

# config/runtime.exs is executed for all environments, including
# during releases. It is executed after compilation and before the
# system starts, so it is typically used to load production configuration
# and secrets from environment variables or elsewhere.

if System.get_env("PHX_SERVER") do
  config :edgeproxy, EdgeproxyWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :edgeproxy, Edgeproxy.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing."

  # Scoped API token (Zone.Cache Purge + Zone.DNS Edit), injected by the
  # Fly secret store. Never put the Global API Key here.
  config :edgeproxy, Edgeproxy.Cloudflare,
    base_url: "https://api.cloudflare.com/client/v4",
    api_token: System.fetch_env!("CLOUDFLARE_API_TOKEN"),
    zone_id: System.fetch_env!("CLOUDFLARE_ZONE_ID"),
    account_id: System.get_env("CLOUDFLARE_ACCOUNT_ID")

  # The old account still needs email + key until OPS-2231 lands.
  config :edgeproxy, :legacy_cloudflare,
    email: System.get_env("LEGACY_CF_EMAIL"),
    api_key: System.get_env("LEGACY_CF_GLOBAL_KEY")

  host = System.get_env("PHX_HOST") || "edge.example.com"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :edgeproxy, EdgeproxyWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base
end
