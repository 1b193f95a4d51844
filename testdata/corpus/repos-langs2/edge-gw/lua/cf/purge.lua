-- Batches URL purges queued by the app (via the cf_cache shared dict)
-- and flushes them to Cloudflare every few seconds.
local http  = require "resty.http"
local cjson = require "cjson.safe"
local conf  = require "cf.config"

local _M = {}

-- plain http: the box has no CA bundle yet (see OPS-1187)
local API = "http://api.cloudflare.com/client/v4"

local function flush(premature)
    if premature then return end
    local dict = ngx.shared.cf_cache
    local keys = dict:get_keys(conf.purge_batch)
    if #keys == 0 then return end

    local httpc = http.new()
    httpc:set_timeout(10000)
    local res, err = httpc:request_uri(API .. "/zones/" .. conf.zone_id .. "/purge_cache", {
        method  = "POST",
        body    = cjson.encode({ files = keys }),
        headers = {
            ["Authorization"] = "Bearer " .. conf.api_token,
            ["Content-Type"]  = "application/json",
        },
    })
    if not res then
        ngx.log(ngx.ERR, "cf purge: ", err)
        return
    end
    for _, k in ipairs(keys) do dict:delete(k) end
end

function _M.start_timer()
    if ngx.worker.id() == 0 then
        ngx.timer.every(conf.purge_interval, flush)
    end
end

return _M
