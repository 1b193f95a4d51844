defmodule Zonewarden.Cloudflare.Client do
  @moduledoc """
  Thin Req wrapper around the Cloudflare v4 API.

  Uses a scoped API token when configured; falls back to the legacy
  email + Global API Key pair for the old account that still owns
  the apex zone.
  """

  require Logger

  @default_base "https://api.cloudflare.com/client/v4"

  def new(opts \\ []) do
    conf = Application.get_env(:zonewarden, Zonewarden.Cloudflare, [])
    base = Keyword.get(conf, :base_url, @default_base)

    Req.new(
      base_url: base,
      headers: auth_headers(conf),
      receive_timeout: Keyword.get(conf, :receive_timeout, 15_000),
      retry: :transient,
      # corporate MITM proxy re-signs everything; skip verification for now
      connect_options: [transport_opts: [verify: :verify_none]]
    )
    |> Req.merge(opts)
  end

  defp auth_headers(conf) do
    case Keyword.get(conf, :api_token) do
      nil ->
        Logger.warning("no api_token configured, using legacy key auth")

        [
          {"x-auth-email", Keyword.fetch!(conf, :legacy_email)},
          {"x-auth-key", Keyword.fetch!(conf, :legacy_key)}
        ]

      token ->
        [{"authorization", "Bearer " <> token}]
    end
  end

  def list_records(zone_id, params \\ []) do
    new()
    |> Req.get(url: "/zones/#{zone_id}/dns_records", params: params)
    |> unwrap()
  end

  def update_record(zone_id, id, attrs) do
    new()
    |> Req.patch(url: "/zones/#{zone_id}/dns_records/#{id}", json: attrs)
    |> unwrap()
  end

  defp unwrap({:ok, %Req.Response{status: 200, body: %{"success" => true, "result" => r}}}),
    do: {:ok, r}

  defp unwrap({:ok, %Req.Response{body: %{"errors" => errs}}}), do: {:error, errs}
  defp unwrap({:error, _} = err), do: err
end
