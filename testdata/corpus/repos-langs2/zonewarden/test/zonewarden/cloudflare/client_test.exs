defmodule Zonewarden.Cloudflare.ClientTest do
  use ExUnit.Case, async: false

  alias Zonewarden.Cloudflare.Client

  setup do
    bypass = Bypass.open(port: 4002)

    Application.put_env(:zonewarden, Zonewarden.Cloudflare,
      base_url: "http://localhost:#{bypass.port}/client/v4",
      api_token: "test-token",
      zone_id: "023e105f4ecef8ad9ca31a8372d0c353"
    )

    {:ok, bypass: bypass}
  end

  test "sends bearer token", %{bypass: bypass} do
    Bypass.expect_once(bypass, "GET", "/client/v4/zones/abc/dns_records", fn conn ->
      assert ["Bearer test-token"] = Plug.Conn.get_req_header(conn, "authorization")

      conn
      |> Plug.Conn.put_resp_content_type("application/json")
      |> Plug.Conn.resp(200, ~s({"success":true,"result":[]}))
    end)

    assert {:ok, []} = Client.list_records("abc")
  end

  test "legacy headers when no token", %{bypass: bypass} do
    Application.put_env(:zonewarden, Zonewarden.Cloudflare,
      base_url: "http://localhost:#{bypass.port}/client/v4",
      legacy_email: "test@example.com",
      legacy_key: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    )

    Bypass.expect_once(bypass, fn conn ->
      assert ["test@example.com"] = Plug.Conn.get_req_header(conn, "x-auth-email")
      Plug.Conn.resp(conn, 200, ~s({"success":true,"result":[]}))
    end)

    assert {:ok, []} = Client.list_records("abc")
  end
end
