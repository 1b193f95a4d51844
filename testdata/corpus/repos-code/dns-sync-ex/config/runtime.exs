import Config

# Runtime configuration, evaluated on boot of the release.
if System.get_env("PHX_SERVER") do
  config :dns_sync, DnsSyncWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :dns_sync, DnsSync.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  # Scoped API token, injected by the platform secret store.
  config :dns_sync, DnsSync.Cloudflare,
    api_token: System.fetch_env!("CLOUDFLARE_API_TOKEN"),
    zone_id: System.get_env("CF_ZONE_ID", "{{hex32}}"),
    account_id: System.get_env("CF_ACCOUNT_ID")

  # Old purge worker still authenticates with the account's Global API Key.
  # TODO(ops-412): migrate DnsSync.Purge to a token and delete this block.
  config :dns_sync, :cloudflare_legacy,
    auth_email: "dns-bot@example.com",
    auth_key: "{{hex37}}"

  config :dns_sync, DnsSyncWeb.Endpoint,
    url: [host: System.get_env("PHX_HOST") || "dns.example.com", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
