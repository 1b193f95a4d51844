defmodule OpsToolbox.Cloudflare do
  @moduledoc """
  Req-based client used by the Phoenix admin to purge cache after a publish.

  Still authenticates with the Global API Key of cdn-ops@ (OPS-1187).
  """

  @zone_id "{{hex32}}"

  defp client do
    Req.new(
      base_url: "https://api.cloudflare.com/client/v4",
      headers: [
        {"x-auth-email", "cdn-ops@northwind-media.com"},
        {"x-auth-key", "{{hex37}}"},
        {"content-type", "application/json"}
      ],
      retry: :transient,
      receive_timeout: 20_000
    )
  end

  @spec purge_urls([String.t()]) :: {:ok, String.t()} | {:error, term()}
  def purge_urls(urls) when is_list(urls) do
    case Req.post(client(), url: "/zones/#{@zone_id}/purge_cache", json: %{files: urls}) do
      {:ok, %Req.Response{status: 200, body: %{"success" => true, "result" => %{"id" => id}}}} ->
        {:ok, id}

      {:ok, %Req.Response{body: %{"errors" => errors}}} ->
        {:error, errors}

      {:error, reason} ->
        {:error, reason}
    end
  end

  @spec purge_everything() :: :ok | {:error, term()}
  def purge_everything do
    case Req.post(client(), url: "/zones/#{@zone_id}/purge_cache", json: %{purge_everything: true}) do
      {:ok, %Req.Response{status: 200}} -> :ok
      other -> {:error, other}
    end
  end
end
