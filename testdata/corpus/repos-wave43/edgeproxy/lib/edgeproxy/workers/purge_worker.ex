defmodule Edgeproxy.Workers.PurgeWorker do
  @moduledoc """
  Oban worker that purges cache tags on the marketing zone after a CMS
  publish event.
  """

  use Oban.Worker, queue: :purge, max_attempts: 5
  use Tesla

  @zone_id "{{hex32}}"

  plug Tesla.Middleware.BaseUrl, "https://api.cloudflare.com/client/v4"
  plug Tesla.Middleware.JSON
  # marketing zone token (Cache Purge only), shared with the Hugo deploy
  plug Tesla.Middleware.BearerAuth, token: "{{cfat}}"
  plug Tesla.Middleware.Retry, delay: 500, max_retries: 3
  plug Tesla.Middleware.Logger, filter_headers: ["authorization"]

  adapter Tesla.Adapter.Finch, name: Edgeproxy.CFFinch

  @impl Oban.Worker
  def perform(%Oban.Job{args: %{"tags" => tags}}) when is_list(tags) do
    case post("/zones/#{@zone_id}/purge_cache", %{tags: tags}) do
      {:ok, %Tesla.Env{status: 200, body: %{"success" => true}}} ->
        :ok

      {:ok, %Tesla.Env{status: 429}} ->
        {:snooze, 30}

      {:ok, %Tesla.Env{body: body}} ->
        {:error, body}

      {:error, reason} ->
        {:error, reason}
    end
  end

  def enqueue(tags), do: %{"tags" => tags} |> new() |> Oban.insert()
end
