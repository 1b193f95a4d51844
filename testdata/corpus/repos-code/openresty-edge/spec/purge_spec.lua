-- busted spec for cf.purge; resty.http is replaced by a recording stub.
describe("cf.purge", function()
  local captured

  setup(function()
    _G.ngx = { log = function() end, ERR = 3 }
    package.loaded["resty.http"] = {
      new = function()
        return {
          set_timeouts = function() end,
          request_uri = function(_, uri, opts)
            captured = { uri = uri, opts = opts }
            return { status = 200, body = "{}" }
          end,
        }
      end,
    }
  end)

  it("posts to the zone purge endpoint", function()
    local purge = require("cf.purge")
    purge.flush("zone-under-test", { "https://example.com/a.css" })
    assert.matches("/zones/zone%-under%-test/purge_cache$", captured.uri)
  end)

  it("keeps certificate verification on", function()
    assert.is_true(captured.opts.ssl_verify)
    assert.is_not_nil(captured.opts.headers["X-Auth-Email"])
  end)
end)
