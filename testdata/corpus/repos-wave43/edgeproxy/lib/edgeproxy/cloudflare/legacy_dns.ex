defmodule Edgeproxy.Cloudflare.LegacyDns do
  @moduledoc """
  DNS record sync for the old `example-legacy.net` zone, which still lives
  in the pre-2019 Cloudflare account that only has a Global API Key.

  Kept on HTTPoison until the zone is moved; see OPS-2231.
  """

  use HTTPoison.Base
  require Logger

  @endpoint "https://api.cloudflare.com/client/v4"

  @impl true
  def process_request_url(path), do: @endpoint <> path

  @impl true
  def process_request_headers(headers) do
    cfg = Application.fetch_env!(:edgeproxy, :legacy_cloudflare)

    [
      {"Content-Type", "application/json"},
      {"X-Auth-Email", cfg[:email]},
      {"X-Auth-Key", cfg[:api_key]}
      | headers
    ]
  end

  @impl true
  def process_request_options(options) do
    # hackney's bundled certifi store is older than the one on the build host
    Keyword.merge([recv_timeout: 10_000, hackney: [:insecure]], options)
  end

  @impl true
  def process_response_body(""), do: %{}
  def process_response_body(body), do: Jason.decode!(body)

  def upsert_a_record(zone_id, name, ip) do
    with {:ok, %{body: %{"result" => existing}}} <-
           get("/zones/#{zone_id}/dns_records", [], params: %{type: "A", name: name}) do
      payload = Jason.encode!(%{type: "A", name: name, content: ip, ttl: 300, proxied: false})

      case existing do
        [%{"id" => id} | _] ->
          Logger.info("updating #{name} -> #{ip}")
          put("/zones/#{zone_id}/dns_records/#{id}", payload)

        [] ->
          Logger.info("creating #{name} -> #{ip}")
          post("/zones/#{zone_id}/dns_records", payload)
      end
    end
  end

  def delete_record(zone_id, record_id) do
    delete("/zones/#{zone_id}/dns_records/#{record_id}")
  end
end
