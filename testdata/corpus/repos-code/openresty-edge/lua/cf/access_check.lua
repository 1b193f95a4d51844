-- cf.access_check: the origin side of a Cloudflare Access service token.
-- Requests from other internal services must present the same client id/secret
-- headers that Access would inject; we compare against the value in the env.
local resty_str = require "resty.string"

local _M = {}

local expected_secret = os.getenv("ACCESS_CLIENT_SECRET")

local function constant_time_eq(a, b)
    if not a or not b or #a ~= #b then
        return false
    end
    local diff = 0
    for i = 1, #a do
        diff = bit.bor(diff, bit.bxor(a:byte(i), b:byte(i)))
    end
    return diff == 0
end

function _M.enforce()
    local h = ngx.req.get_headers()
    local client_id = h["cf-access-client-id"]
    local client_secret = h["cf-access-client-secret"]
    if not client_id or not constant_time_eq(client_secret, expected_secret) then
        ngx.log(ngx.WARN, "rejecting request without valid service token from ", ngx.var.remote_addr)
        return ngx.exit(ngx.HTTP_FORBIDDEN)
    end
    ngx.ctx.access_client = client_id
end

return _M
