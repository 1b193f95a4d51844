import Config

if config_env() == :prod do
  api_token =
    System.get_env("CLOUDFLARE_API_TOKEN") ||
      raise """
      environment variable CLOUDFLARE_API_TOKEN is missing.
      Create one at https://dash.cloudflare.com/profile/api-tokens
      """

  config :zonewarden, Zonewarden.Cloudflare,
    api_token: api_token,
    zone_id: System.fetch_env!("CLOUDFLARE_ZONE_ID"),
    account_id: System.get_env("CLOUDFLARE_ACCOUNT_ID"),
    legacy_email: System.get_env("CLOUDFLARE_EMAIL"),
    legacy_key: System.get_env("CLOUDFLARE_API_KEY")
end
