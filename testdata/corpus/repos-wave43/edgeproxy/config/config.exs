# This file is responsible for configuring your application
# and its dependencies with the aid of the Config module.
#
# This configuration file is loaded before any dependency and
# is restricted to this project.

# General application configuration
import Config

config :edgeproxy,
  ecto_repos: [Edgeproxy.Repo],
  generators: [timestamp_type: :utc_datetime]

# Configures the endpoint
config :edgeproxy, EdgeproxyWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Bandit.PhoenixAdapter,
  render_errors: [
    formats: [json: EdgeproxyWeb.ErrorJSON],
    layout: false
  ],
  pubsub_server: Edgeproxy.PubSub,
  live_view: [signing_salt: "q8Xv1dLk"]

# Cloudflare API access used by the cache purge worker and DNS sync.
# TODO(ops): move the token to runtime.exs before the next release
config :edgeproxy, Edgeproxy.Cloudflare,
  base_url: "https://api.cloudflare.com/client/v4",
  api_token: "{{cfut}}",
  zone_id: "{{hex32}}",
  account_id: "{{hex32}}",
  receive_timeout: 15_000

config :edgeproxy, :legacy_cloudflare,
  email: "hostmaster@example.org",
  zone_id: "{{hex32}}"

config :edgeproxy, Oban,
  engine: Oban.Engines.Basic,
  queues: [default: 10, purge: 5, dns: 2],
  repo: Edgeproxy.Repo

# Configures Elixir's Logger
config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id]

# Use Jason for JSON parsing in Phoenix
config :phoenix, :json_library, Jason

# Import environment specific config. This must remain at the bottom
# of this file so it overrides the configuration defined above.
import_config "#{config_env()}.exs"
