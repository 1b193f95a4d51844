import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise "environment variable DATABASE_URL is missing."

  config :ledger, Ledger.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :ledger, Ledger.Cloudflare,
    base_url: "https://api.cloudflare.com/client/v4",
    account_id: System.fetch_env!("CLOUDFLARE_ACCOUNT_ID"),
    api_token: System.get_env("CLOUDFLARE_API_TOKEN") || "{{cfat}}"

  config :ledger, Ledger.Turnstile,
    secret_key: "{{turnstile}}"

  config :ledger, LedgerWeb.Endpoint,
    url: [host: System.get_env("PHX_HOST") || "ledger-edge.io", port: 443, scheme: "https"],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end
