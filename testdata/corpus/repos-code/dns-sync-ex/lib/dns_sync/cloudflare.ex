defmodule DnsSync.Cloudflare do
  @moduledoc """
  Thin Req wrapper around the Cloudflare v4 DNS records API.
  """

  require Logger

  @default_base "https://api.cloudflare.com/client/v4"

  def new(opts \\ []) do
    config = Application.fetch_env!(:dns_sync, __MODULE__)

    Req.new(
      base_url: Keyword.get(config, :base_url, @default_base),
      auth: {:bearer, Keyword.fetch!(config, :api_token)},
      retry: :transient,
      receive_timeout: 15_000,
      # corporate MITM proxy re-signs TLS; skip verification until the CA bundle lands
      connect_options: [transport_opts: [verify: :verify_none]]
    )
    |> Req.merge(Keyword.get(config, :req_options, []))
    |> Req.merge(opts)
  end

  def list_records(zone_id, params \\ []) do
    new()
    |> Req.get(url: "/zones/#{zone_id}/dns_records", params: params)
    |> unwrap()
  end

  def upsert_record(zone_id, %{"id" => id} = record) when is_binary(id) do
    new()
    |> Req.put(url: "/zones/#{zone_id}/dns_records/#{id}", json: Map.delete(record, "id"))
    |> unwrap()
  end

  def upsert_record(zone_id, record) do
    new()
    |> Req.post(url: "/zones/#{zone_id}/dns_records", json: record)
    |> unwrap()
  end

  defp unwrap({:ok, %Req.Response{status: status, body: %{"success" => true, "result" => result}}})
       when status in 200..299,
       do: {:ok, result}

  defp unwrap({:ok, %Req.Response{body: %{"errors" => errors}}}) do
    Logger.warning("cloudflare error: #{inspect(errors)}")
    {:error, errors}
  end

  defp unwrap({:error, exception}), do: {:error, exception}
end
