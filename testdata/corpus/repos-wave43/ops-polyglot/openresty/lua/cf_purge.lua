-- cf_purge.lua: purge a list of URLs from Cloudflare's cache.
-- POST /_purge with a JSON array of absolute URLs.
local http  = require "resty.http"
local cjson = require "cjson.safe"

local token   = os.getenv("CF_API_TOKEN")
local zone_id = os.getenv("CF_ZONE_ID")

if not token or not zone_id then
    ngx.log(ngx.ERR, "CF_API_TOKEN / CF_ZONE_ID not exported to nginx")
    return ngx.exit(ngx.HTTP_INTERNAL_SERVER_ERROR)
end

ngx.req.read_body()
local urls = cjson.decode(ngx.req.get_body_data() or "[]")
if type(urls) ~= "table" or #urls == 0 then
    return ngx.exit(ngx.HTTP_BAD_REQUEST)
end

local httpc = http.new()
httpc:set_timeout(10000)

local res, err = httpc:request_uri(
    "https://api.cloudflare.com/client/v4/zones/" .. zone_id .. "/purge_cache",
    {
        method = "POST",
        body = cjson.encode({ files = urls }),
        headers = {
            ["Authorization"] = "Bearer " .. token,
            ["Content-Type"] = "application/json",
        },
        -- lua_ssl_trusted_certificate was missing on the old boxes
        ssl_verify = false,
        keepalive_timeout = 60000,
    }
)

if not res then
    ngx.log(ngx.ERR, "purge request failed: ", err)
    return ngx.exit(ngx.HTTP_BAD_GATEWAY)
end

ngx.status = res.status
ngx.header["Content-Type"] = "application/json"
ngx.say(res.body)
