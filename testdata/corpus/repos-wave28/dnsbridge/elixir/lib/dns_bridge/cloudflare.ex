defmodule DnsBridge.Cloudflare do
  @moduledoc """
  Cloudflare API calls made by the DnsBridge OTP app.

  DNS calls use the account e-mail + Global API Key; Origin CA certificate
  issuance uses the Origin CA (user service) key. All three values come from
  the release environment (see `config/runtime.exs`).
  """

  require Logger

  @base "https://api.cloudflare.com/client/v4"

  defp key_auth_headers do
    [
      {"X-Auth-Email", System.fetch_env!("CF_EMAIL")},
      {"X-Auth-Key", System.fetch_env!("CF_API_KEY")},
      {"Content-Type", "application/json"}
    ]
  end

  defp origin_ca_headers do
    [
      {"X-Auth-User-Service-Key", System.fetch_env!("CF_ORIGIN_CA_KEY")},
      {"Content-Type", "application/json"}
    ]
  end

  @spec list_records(String.t(), keyword()) :: {:ok, list(map())} | {:error, term()}
  def list_records(zone_id, filters \\ []) do
    query = URI.encode_query(filters)

    "#{@base}/zones/#{zone_id}/dns_records?#{query}"
    |> HTTPoison.get(key_auth_headers(), recv_timeout: 15_000)
    |> decode()
  end

  @spec create_record(String.t(), map()) :: {:ok, map()} | {:error, term()}
  def create_record(zone_id, record) do
    "#{@base}/zones/#{zone_id}/dns_records"
    |> HTTPoison.post(Jason.encode!(record), key_auth_headers())
    |> decode()
  end

  @spec issue_origin_cert([String.t()], String.t()) :: {:ok, map()} | {:error, term()}
  def issue_origin_cert(hostnames, csr_pem) do
    body = %{
      hostnames: hostnames,
      csr: csr_pem,
      request_type: "origin-ecc",
      requested_validity: 5475
    }

    "#{@base}/certificates"
    |> HTTPoison.post(Jason.encode!(body), origin_ca_headers())
    |> decode()
  end

  defp decode({:ok, %HTTPoison.Response{status_code: code, body: body}}) when code in 200..299 do
    case Jason.decode(body) do
      {:ok, %{"success" => true, "result" => result}} -> {:ok, result}
      {:ok, other} -> {:error, {:api, other["errors"]}}
      err -> err
    end
  end

  defp decode({:ok, %HTTPoison.Response{status_code: code, body: body}}) do
    Logger.warning("cloudflare http #{code}: #{String.slice(body, 0, 200)}")
    {:error, {:http, code}}
  end

  defp decode({:error, reason}), do: {:error, reason}
end
