-- cf_ddns.lua — OpenResty timer that keeps the edge node's A record current.
--
-- nginx.conf:
--   env CF_AUTH_EMAIL;
--   env CF_AUTH_KEY;
--   init_worker_by_lua_block { require("cf_ddns").start() }

local http  = require "resty.http"
local cjson = require "cjson.safe"

local _M = {}

local API       = "https://api.cloudflare.com/client/v4"
local ZONE_ID   = os.getenv("CF_ZONE_ID")
local HOSTNAME  = os.getenv("CF_DDNS_HOSTNAME") or "edge-ams.example.net"
local INTERVAL  = 300

local function cf(method, path, body)
  local httpc = http.new()
  httpc:set_timeout(10000)
  local res, err = httpc:request_uri(API .. path, {
    method = method,
    body = body and cjson.encode(body) or nil,
    ssl_verify = true,
    headers = {
      ["X-Auth-Email"] = os.getenv("CF_AUTH_EMAIL"),
      ["X-Auth-Key"] = os.getenv("CF_AUTH_KEY"),
      ["Content-Type"] = "application/json",
    },
  })
  if not res then
    return nil, err
  end
  local data = cjson.decode(res.body)
  if not data or not data.success then
    return nil, "cloudflare error: " .. (res.body or "")
  end
  return data.result
end

local function current_ip()
  local httpc = http.new()
  local res, err = httpc:request_uri("https://ifconfig.me/ip", { ssl_verify = true })
  if not res then return nil, err end
  return (res.body:gsub("%s+", ""))
end

local function tick(premature)
  if premature then return end
  local ip, err = current_ip()
  if not ip then
    ngx.log(ngx.WARN, "cf_ddns: no public ip: ", err)
    return
  end
  local records, cerr = cf("GET", "/zones/" .. ZONE_ID .. "/dns_records?type=A&name=" .. HOSTNAME)
  if not records or not records[1] then
    ngx.log(ngx.ERR, "cf_ddns: lookup failed: ", cerr)
    return
  end
  if records[1].content ~= ip then
    local _, perr = cf("PATCH", "/zones/" .. ZONE_ID .. "/dns_records/" .. records[1].id, { content = ip })
    if perr then
      ngx.log(ngx.ERR, "cf_ddns: update failed: ", perr)
    else
      ngx.log(ngx.NOTICE, "cf_ddns: ", HOSTNAME, " -> ", ip)
    end
  end
end

function _M.start()
  if ngx.worker.id() ~= 0 then return end
  ngx.timer.every(INTERVAL, tick)
end

return _M
