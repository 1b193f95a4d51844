import Config

config :zonewarden, Zonewarden.Cloudflare,
  base_url: "http://localhost:4002/client/v4",
  api_token: "test-token",
  legacy_email: "test@example.com",
  legacy_key: "test-key",
  zone_id: "023e105f4ecef8ad9ca31a8372d0c353"

config :zonewarden, Zonewarden.Scheduler, jobs: []

config :logger, level: :warning
