defmodule DnsSync.CloudflareTest do
  use ExUnit.Case, async: true

  alias DnsSync.Cloudflare

  setup do
    Req.Test.verify_on_exit!()
    :ok
  end

  test "sends bearer token from config" do
    Req.Test.expect(Cloudflare, fn conn ->
      assert ["Bearer test-token"] = Plug.Conn.get_req_header(conn, "authorization")
      assert conn.request_path == "/client/v4/zones/abc/dns_records"
      Req.Test.json(conn, %{"success" => true, "result" => []})
    end)

    assert {:ok, []} = Cloudflare.list_records("abc")
  end

  test "surfaces API errors" do
    Req.Test.expect(Cloudflare, fn conn ->
      conn
      |> Plug.Conn.put_status(403)
      |> Req.Test.json(%{"success" => false, "errors" => [%{"code" => 10000, "message" => "Authentication error"}]})
    end)

    assert {:error, [%{"code" => 10000}]} = Cloudflare.list_records("abc")
  end
end
