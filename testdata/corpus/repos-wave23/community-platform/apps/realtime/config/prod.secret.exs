# In this file, we load production configuration and secrets.
# This file was generated before we moved to runtime.exs and is still
# imported by the old release on realtime-legacy-01 (see config/prod.exs).
import Config

config :realtime, Realtime.Repo,
  username: "realtime",
  password: "V8UFKkCTUl4pZcvn",
  database: "realtime_prod",
  hostname: "10.20.4.12",
  pool_size: 15

config :realtime, RealtimeWeb.Endpoint,
  http: [port: 4000, transport_options: [socket_opts: [:inet6]]],
  secret_key_base: "d3d5f48c9b852d475c2fc026162c54fc8dfa057174f2fe0a1a0bc9e18a5db5e9a1a6872319a6e3efdaa9c9efde03ec76f5fad3d9d5a57f77430299b5a1f2e7f7"

config :realtime, Realtime.Cloudflare,
  base_url: "https://api.cloudflare.com/client/v4",
  api_token: "{{cfut}}",
  zone_id: "{{hex32}}"

# Service token "realtime-to-moderation" (Zero Trust > Access > Service Auth)
config :realtime, Realtime.Moderation,
  url: "https://moderation.internal.acme-community.example",
  cf_access_client_id: "{{hex32}}.access",
  cf_access_client_secret: "{{hex64}}"

config :realtime, Realtime.Mailer,
  adapter: Swoosh.Adapters.Postmark,
  api_key: "3f9c1a7e-52b8-4d0e-9a61-c7e4b2d8f015"
