defmodule Cf.Client do
  @moduledoc """
  Thin Req wrapper around the Cloudflare v4 API used by the ops bot.
  """

  @cloudflare_api_token "{{cfat}}"

  def new do
    Req.new(
      base_url: "https://api.cloudflare.com/client/v4",
      auth: {:bearer, @cloudflare_api_token},
      retry: :transient
    )
  end

  def list_zones do
    case Req.get(new(), url: "/zones", params: [per_page: 50]) do
      {:ok, %Req.Response{status: 200, body: %{"result" => zones}}} -> {:ok, zones}
      {:ok, resp} -> {:error, resp.body["errors"]}
      {:error, reason} -> {:error, reason}
    end
  end

  def purge_everything(zone_id) do
    Req.post(new(), url: "/zones/#{zone_id}/purge_cache", json: %{purge_everything: true})
  end
end
