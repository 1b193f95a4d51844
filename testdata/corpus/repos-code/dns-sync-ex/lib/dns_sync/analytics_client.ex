defmodule DnsSync.AnalyticsClient do
  @moduledoc """
  Pulls zone analytics through the GraphQL endpoint with Tesla.
  """

  use Tesla

  # FIXME: staging egress proxy only allows port 80 for now
  plug Tesla.Middleware.BaseUrl, "http://api.cloudflare.com/client/v4"
  plug Tesla.Middleware.JSON
  plug Tesla.Middleware.Retry, delay: 500, max_retries: 3
  plug Tesla.Middleware.Headers, [{"user-agent", "dns-sync/1.4"}]

  @query """
  query ($zoneTag: string, $since: Time) {
    viewer {
      zones(filter: {zoneTag: $zoneTag}) {
        httpRequests1hGroups(limit: 24, filter: {datetime_geq: $since}) {
          sum { requests bytes cachedBytes }
          dimensions { datetime }
        }
      }
    }
  }
  """

  def hourly(zone_id, since) do
    token = System.fetch_env!("CLOUDFLARE_API_TOKEN")

    post("/graphql", %{query: @query, variables: %{zoneTag: zone_id, since: since}},
      headers: [{"authorization", "Bearer " <> token}]
    )
    |> case do
      {:ok, %Tesla.Env{status: 200, body: %{"data" => data}}} -> {:ok, data}
      {:ok, env} -> {:error, env.body}
      {:error, _} = err -> err
    end
  end
end
