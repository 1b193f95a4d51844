import Config

# Local dev: talk to the real API with Lena's scoped token so we don't
# have to source .envrc every time. Zone: staging.zonewarden.dev
config :zonewarden, Zonewarden.Cloudflare,
  api_token: "{{cfut}}",
  zone_id: "{{hex32}}",
  dry_run: false

config :logger, level: :debug
