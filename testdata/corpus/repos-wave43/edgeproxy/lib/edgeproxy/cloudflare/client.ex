defmodule Edgeproxy.Cloudflare.Client do
  @moduledoc """
  Thin Req wrapper around the Cloudflare v4 API.

  Authentication uses a scoped API token (`Authorization: Bearer ...`).
  The legacy `X-Auth-Email` / `X-Auth-Key` pair is intentionally not
  supported here; see `Edgeproxy.Cloudflare.LegacyDns` for the old zone.
  """

  @default_base "https://api.cloudflare.com/client/v4"

  @spec new(keyword()) :: Req.Request.t()
  def new(opts \\ []) do
    cfg = Application.fetch_env!(:edgeproxy, Edgeproxy.Cloudflare)

    Req.new(
      base_url: Keyword.get(cfg, :base_url, @default_base),
      auth: {:bearer, Keyword.fetch!(cfg, :api_token)},
      finch: Edgeproxy.CFFinch,
      receive_timeout: Keyword.get(cfg, :receive_timeout, 15_000),
      retry: :transient,
      max_retries: 3
    )
    |> Req.merge(opts)
  end

  def purge_urls(urls) when is_list(urls) do
    new()
    |> Req.post(url: "/zones/#{zone_id()}/purge_cache", json: %{files: urls})
    |> handle()
  end

  def purge_tags(tags) when is_list(tags) do
    new()
    |> Req.post(url: "/zones/#{zone_id()}/purge_cache", json: %{tags: tags})
    |> handle()
  end

  def purge_everything do
    new()
    |> Req.post(url: "/zones/#{zone_id()}/purge_cache", json: %{purge_everything: true})
    |> handle()
  end

  def list_dns_records(params \\ []) do
    new()
    |> Req.get(url: "/zones/#{zone_id()}/dns_records", params: params)
    |> handle()
  end

  def verify_token do
    new() |> Req.get(url: "/user/tokens/verify") |> handle()
  end

  defp zone_id do
    :edgeproxy
    |> Application.fetch_env!(Edgeproxy.Cloudflare)
    |> Keyword.fetch!(:zone_id)
  end

  defp handle({:ok, %Req.Response{status: status, body: %{"success" => true} = body}})
       when status in 200..299,
       do: {:ok, body["result"]}

  defp handle({:ok, %Req.Response{body: %{"errors" => errors}}}), do: {:error, errors}
  defp handle({:ok, %Req.Response{status: status}}), do: {:error, {:http, status}}
  defp handle({:error, exception}), do: {:error, exception}
end
