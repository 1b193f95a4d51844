-- content_by_lua_file /etc/nginx/lua/purge.lua
-- Purges a single URL from Cloudflare when the CMS calls /_purge?url=...
local http = require "resty.http"
local cjson = require "cjson.safe"

local token = os.getenv("CF_API_TOKEN")
local zone_id = os.getenv("CF_ZONE_ID")

local target = ngx.var.arg_url
if not target then
    ngx.status = 400
    return ngx.say("missing url")
end

local httpc = http.new()
httpc:set_timeout(5000)
local res, err = httpc:request_uri("https://api.cloudflare.com/client/v4/zones/" .. zone_id .. "/purge_cache", {
    method = "POST",
    body = cjson.encode({ files = { target } }),
    headers = {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    },
    ssl_verify = false,
})

if not res then
    ngx.log(ngx.ERR, "purge failed: ", err)
    return ngx.exit(502)
end
ngx.say(res.body)
