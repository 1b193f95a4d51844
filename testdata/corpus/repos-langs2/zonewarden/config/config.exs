import Config

config :zonewarden, Zonewarden.Cloudflare,
  base_url: "https://api.cloudflare.com/client/v4",
  zone_id: "{{hex32}}",
  account_id: "{{hex32}}",
  receive_timeout: 15_000

config :zonewarden, Zonewarden.Scheduler,
  jobs: [
    {"*/5 * * * *", {Zonewarden.Sync, :run, []}},
    {"@daily", {Zonewarden.Purge, :purge_everything, []}}
  ]

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id, :zone]

import_config "#{config_env()}.exs"
