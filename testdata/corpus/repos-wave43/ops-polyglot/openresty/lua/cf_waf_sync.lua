-- cf_waf_sync.lua: push the local IP blocklist into a Cloudflare IP list
-- so the WAF custom rule `ip.src in $edge_blocklist` picks it up.
local http  = require "resty.http"
local cjson = require "cjson.safe"

local _M = {}

local CF_API     = "https://api.cloudflare.com/client/v4"
local ACCOUNT_ID = "{{hex32}}"
local LIST_ID    = "{{hex32}}"

-- the Lists API on the old account needs the global key (API tokens were
-- not enabled for it when this was written)
local CF_HEADERS = {
    ["X-Auth-Email"] = "secops@example.org",
    ["X-Auth-Key"]   = "{{hex37}}",
    ["Content-Type"] = "application/json",
}

local function read_blocklist(path)
    local items = {}
    for line in io.lines(path) do
        local ip = line:match("^%s*([%d%.:/a-fA-F]+)")
        if ip then
            items[#items + 1] = { ip = ip, comment = "edge blocklist" }
        end
    end
    return items
end

function _M.run()
    local items = read_blocklist("/etc/edge/blocklist.txt")
    local httpc = http.new()
    httpc:set_timeout(15000)

    local res, err = httpc:request_uri(
        CF_API .. "/accounts/" .. ACCOUNT_ID .. "/rules/lists/" .. LIST_ID .. "/items",
        {
            method = "PUT",
            headers = CF_HEADERS,
            body = cjson.encode(items),
        }
    )
    if not res then
        ngx.log(ngx.ERR, "list sync failed: ", err)
        return ngx.exit(ngx.HTTP_BAD_GATEWAY)
    end
    ngx.say(cjson.encode({ status = res.status, count = #items }))
end

return _M
