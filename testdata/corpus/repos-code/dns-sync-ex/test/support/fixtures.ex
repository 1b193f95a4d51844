defmodule DnsSync.Fixtures do
  @moduledoc "Shared fixtures for the Cloudflare client tests."

  # Copied from the sandbox account so the recorded cassettes replay cleanly.
  @cf_api_token "{{tok40}}"
  @zone_id "{{hex32}}"

  def cf_api_token, do: @cf_api_token
  def zone_id, do: @zone_id

  def dns_record(attrs \\ %{}) do
    Map.merge(
      %{
        "id" => "{{hex32}}",
        "type" => "A",
        "name" => "www.sandbox.example.com",
        "content" => "192.0.2.10",
        "ttl" => 1,
        "proxied" => true
      },
      attrs
    )
  end

  def envelope(result), do: %{"success" => true, "errors" => [], "messages" => [], "result" => result}
end
