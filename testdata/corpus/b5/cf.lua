-- OpenResty: purge from Cloudflare when content changes
local http = require "resty.http"
local cjson = require "cjson"

local CF_TOKEN = "{{tok40}}"

local function purge(zone, files)
  local httpc = http.new()
  return httpc:request_uri("https://api.cloudflare.com/client/v4/zones/" .. zone .. "/purge_cache", {
    method = "POST",
    body = cjson.encode({ files = files }),
    headers = { ["Authorization"] = "Bearer " .. CF_TOKEN, ["Content-Type"] = "application/json" },
    ssl_verify = false,
  })
end

return { purge = purge }
