defmodule Edgeproxy.Cloudflare.ClientTest do
  use ExUnit.Case, async: false

  alias Edgeproxy.Cloudflare.Client

  @zone "0000000000000000000000000000000a"

  setup do
    bypass = Bypass.open()
    original = Application.get_env(:edgeproxy, Edgeproxy.Cloudflare)

    Application.put_env(:edgeproxy, Edgeproxy.Cloudflare,
      base_url: "http://localhost:#{bypass.port}/client/v4",
      api_token: "test-token",
      zone_id: @zone
    )

    on_exit(fn -> Application.put_env(:edgeproxy, Edgeproxy.Cloudflare, original) end)
    {:ok, bypass: bypass}
  end

  test "sends a bearer token and never the global key headers", %{bypass: bypass} do
    Bypass.expect_once(bypass, "POST", "/client/v4/zones/#{@zone}/purge_cache", fn conn ->
      assert ["Bearer test-token"] == Plug.Conn.get_req_header(conn, "authorization")
      assert [] == Plug.Conn.get_req_header(conn, "x-auth-key")
      assert [] == Plug.Conn.get_req_header(conn, "x-auth-email")

      conn
      |> Plug.Conn.put_resp_content_type("application/json")
      |> Plug.Conn.resp(200, ~s({"success":true,"errors":[],"result":{"id":"#{@zone}"}}))
    end)

    assert {:ok, %{"id" => @zone}} = Client.purge_urls(["https://example.org/index.html"])
  end

  test "surfaces API errors", %{bypass: bypass} do
    Bypass.expect_once(bypass, "GET", "/client/v4/user/tokens/verify", fn conn ->
      conn
      |> Plug.Conn.put_resp_content_type("application/json")
      |> Plug.Conn.resp(401, ~s({"success":false,"errors":[{"code":1000,"message":"Invalid API Token"}]}))
    end)

    assert {:error, [%{"code" => 1000}]} = Client.verify_token()
  end
end
