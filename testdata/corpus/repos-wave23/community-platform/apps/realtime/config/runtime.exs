import Config

# config/runtime.exs is executed for all environments, including
# during releases. It is executed after compilation and before the
# system starts, so it is typically used to load production configuration
# and secrets from environment variables or elsewhere.

if System.get_env("PHX_SERVER") do
  config :realtime, RealtimeWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :realtime, Realtime.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing."

  host = System.get_env("PHX_HOST") || "realtime.acme-community.example"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :realtime, RealtimeWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base

  # Cloudflare: purge presence snapshots, push DNS for per-room hostnames
  config :realtime, Realtime.Cloudflare,
    base_url: "https://api.cloudflare.com/client/v4",
    api_token: System.fetch_env!("CLOUDFLARE_API_TOKEN"),
    zone_id: System.get_env("CLOUDFLARE_ZONE_ID", "{{hex32}}")

  # Calls to the moderation service behind Cloudflare Access
  config :realtime, Realtime.Moderation,
    url: "https://moderation.internal.acme-community.example",
    cf_access_client_id: System.fetch_env!("CF_ACCESS_CLIENT_ID"),
    cf_access_client_secret: System.fetch_env!("CF_ACCESS_CLIENT_SECRET")

  config :realtime, Realtime.Turnstile,
    secret_key: System.get_env("TURNSTILE_SECRET_KEY")
end
