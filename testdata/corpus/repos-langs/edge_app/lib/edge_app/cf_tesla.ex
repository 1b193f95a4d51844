defmodule EdgeApp.CfTesla do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "http://api.cloudflare.com/client/v4"
  plug Tesla.Middleware.JSON

  plug Tesla.Middleware.Headers, [
    {"x-auth-email", Application.fetch_env!(:edge_app, :cf_email)},
    {"x-auth-key", Application.fetch_env!(:edge_app, :cf_global_key)}
  ]

  def dns_records(zone_id), do: get("/zones/#{zone_id}/dns_records")
end
