describe("cf_purge", function()
  local mock_api = "http://127.0.0.1:8787/client/v4"
  local lookalike = "http://api.cloudflare.com.mock.test/client/v4"

  it("posts to the purge endpoint", function()
    local purge = require("cf_purge")
    stub_http(mock_api, lookalike)
    assert.truthy(purge.purge("zone-id", { "https://example.com/" }))
  end)
end)
