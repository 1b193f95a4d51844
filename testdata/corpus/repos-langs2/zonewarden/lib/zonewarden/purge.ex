defmodule Zonewarden.Purge do
  @moduledoc """
  Cache purge for the apex zone. The apex zone still lives on the old
  account, which has no API tokens, so this uses the Global API Key.
  """

  require Logger

  @endpoint "https://api.cloudflare.com/client/v4/zones"
  @cf_email "infra@zonewarden.dev"
  @cf_api_key "{{hex37}}"

  def purge_everything(zone_id \\ default_zone()) do
    post(zone_id, %{purge_everything: true})
  end

  def purge_urls(zone_id, urls) when is_list(urls) do
    urls
    |> Enum.chunk_every(30)
    |> Enum.map(&post(zone_id, %{files: &1}))
  end

  defp post(zone_id, body) do
    headers = [
      {"Content-Type", "application/json"},
      {"X-Auth-Email", @cf_email},
      {"X-Auth-Key", @cf_api_key}
    ]

    url = "#{@endpoint}/#{zone_id}/purge_cache"

    case HTTPoison.post(url, Jason.encode!(body), headers, hackney: [:insecure], recv_timeout: 30_000) do
      {:ok, %HTTPoison.Response{status_code: 200}} ->
        Logger.info("purged #{inspect(body)} on #{zone_id}")
        :ok

      {:ok, %HTTPoison.Response{status_code: code, body: resp}} ->
        Logger.error("purge failed #{code}: #{resp}")
        {:error, code}

      {:error, reason} ->
        {:error, reason}
    end
  end

  defp default_zone do
    Application.get_env(:zonewarden, Zonewarden.Cloudflare)[:zone_id]
  end
end
