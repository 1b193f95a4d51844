defmodule OpsToolbox.ZoneClient do
  @moduledoc """
  Tesla client for read-only zone listings.

  The token is configured at runtime in config/runtime.exs:

      config :ops_toolbox, :cloudflare, api_token: System.fetch_env!("CLOUDFLARE_API_TOKEN")
  """

  def client do
    token = Application.fetch_env!(:ops_toolbox, :cloudflare)[:api_token]

    middleware = [
      {Tesla.Middleware.BaseUrl, "https://api.cloudflare.com/client/v4"},
      {Tesla.Middleware.BearerAuth, token: token},
      {Tesla.Middleware.Headers, [{"accept", "application/json"}]},
      Tesla.Middleware.JSON,
      {Tesla.Middleware.Retry, delay: 500, max_retries: 3},
      {Tesla.Middleware.Timeout, timeout: 15_000}
    ]

    Tesla.client(middleware, {Tesla.Adapter.Finch, name: OpsToolbox.Finch})
  end

  def zones(page \\ 1) do
    case Tesla.get(client(), "/zones", query: [page: page, per_page: 50]) do
      {:ok, %Tesla.Env{status: 200, body: %{"success" => true} = body}} ->
        {:ok, body["result"], body["result_info"]}

      {:ok, env} ->
        {:error, {:http, env.status, env.body}}

      {:error, reason} ->
        {:error, reason}
    end
  end
end
