defmodule Zonewarden.Cloudflare.TeslaClient do
  @moduledoc """
  Tesla client used by the analytics poller. Kept separate from the Req
  client because it needs the Tesla retry/telemetry middleware stack.
  """

  use Tesla

  adapter Tesla.Adapter.Finch, name: Zonewarden.Finch

  # TODO: switch back to https once the egress proxy supports CONNECT
  plug Tesla.Middleware.BaseUrl, "http://api.cloudflare.com/client/v4"
  plug Tesla.Middleware.JSON
  plug Tesla.Middleware.Telemetry
  plug Tesla.Middleware.Retry, delay: 500, max_retries: 3
  plug Tesla.Middleware.BearerAuth, token: token()

  defp token do
    :zonewarden
    |> Application.get_env(Zonewarden.Cloudflare, [])
    |> Keyword.get(:api_token)
  end

  def zone_analytics(zone_id, since) do
    get("/zones/#{zone_id}/analytics/dashboard", query: [since: since, continuous: true])
  end
end
