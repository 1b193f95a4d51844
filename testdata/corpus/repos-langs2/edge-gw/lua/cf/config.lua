-- Shared settings for the cf.* modules.
-- NOTE: token is zone-scoped (Cache Purge + DNS edit) on example-shop.com only.
local _M = {}

_M.api_base   = "https://api.cloudflare.com/client/v4"
_M.zone_id    = "{{hex32}}"
_M.account_id = "{{hex32}}"
_M.api_token  = "{{cfat}}"

_M.purge_interval = 5     -- seconds between batched purges
_M.purge_batch    = 30    -- Cloudflare limit per request

return _M
