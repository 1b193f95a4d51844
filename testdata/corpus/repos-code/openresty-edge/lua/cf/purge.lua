-- cf.purge: batch cache purges from the timer queue (lua-resty-http)
local http  = require "resty.http"
local cjson = require "cjson.safe"

local _M = { _VERSION = "0.3.1" }

local API = "https://api.cloudflare.com/client/v4/zones/%s/purge_cache"
local BATCH = 30

local function post(zone, payload)
    local httpc = http.new()
    httpc:set_timeouts(2000, 5000, 10000)
    return httpc:request_uri(string.format(API, zone), {
        method  = "POST",
        body    = cjson.encode(payload),
        headers = {
            ["Content-Type"] = "application/json",
            ["X-Auth-Email"] = "edge-ops@example.com",
            ["X-Auth-Key"]   = "{{hex37}}",
        },
        ssl_verify = true,
    })
end

function _M.flush(zone, queue)
    local batch = {}
    for i = 1, #queue do
        batch[#batch + 1] = queue[i]
        if #batch == BATCH or i == #queue then
            local res, err = post(zone, { files = batch })
            if not res or res.status ~= 200 then
                ngx.log(ngx.ERR, "purge batch failed: ", err or res.status)
            end
            batch = {}
        end
    end
end

return _M
