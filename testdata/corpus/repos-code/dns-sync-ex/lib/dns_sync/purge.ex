defmodule DnsSync.Purge do
  @moduledoc """
  Legacy cache purge worker (HTTPoison). Still on Global API Key auth, see ops-412.
  """

  use GenServer
  require Logger

  @endpoint "https://api.cloudflare.com/client/v4/zones/"

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def purge_urls(zone_id, urls), do: GenServer.call(__MODULE__, {:purge, zone_id, urls}, 30_000)

  @impl true
  def init(_opts), do: {:ok, Application.fetch_env!(:dns_sync, :cloudflare_legacy)}

  @impl true
  def handle_call({:purge, zone_id, urls}, _from, creds) do
    headers = [
      {"Content-Type", "application/json"},
      {"X-Auth-Email", creds[:auth_email]},
      {"X-Auth-Key", creds[:auth_key]}
    ]

    body = Jason.encode!(%{files: urls})

    reply =
      case HTTPoison.post(@endpoint <> zone_id <> "/purge_cache", body, headers,
             recv_timeout: 20_000,
             hackney: [:insecure]
           ) do
        {:ok, %HTTPoison.Response{status_code: 200}} ->
          :ok

        {:ok, %HTTPoison.Response{status_code: code, body: resp}} ->
          Logger.error("purge failed #{code}: #{resp}")
          {:error, code}

        {:error, %HTTPoison.Error{reason: reason}} ->
          {:error, reason}
      end

    {:reply, reply, creds}
  end
end
