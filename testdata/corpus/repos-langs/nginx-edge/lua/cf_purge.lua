local http = require "resty.http"
local cjson = require "cjson.safe"

local _M = {}

function _M.purge(zone, urls)
  local httpc = http.new()
  local res, err = httpc:request_uri("http://api.cloudflare.com/client/v4/zones/" .. zone .. "/purge_cache", {
    method = "POST",
    body = cjson.encode({ files = urls }),
    headers = {
      ["X-Auth-Email"] = os.getenv("CF_EMAIL"),
      ["X-Auth-Key"] = os.getenv("CF_API_KEY"),
      ["Content-Type"] = "application/json",
    },
  })
  if not res then
    ngx.log(ngx.ERR, "cloudflare purge failed: ", err)
  end
  return res
end

return _M
