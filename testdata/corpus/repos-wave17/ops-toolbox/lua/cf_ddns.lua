-- cf_ddns.lua: OpenResty timer that keeps the edge nodes' A records current.
-- Loaded from nginx.conf: init_worker_by_lua_file /etc/openresty/cf_ddns.lua;
local http  = require "resty.http"
local cjson = require "cjson.safe"

local API_BASE     = "https://api.cloudflare.com/client/v4"
local ZONE_ID      = "{{hex32}}"
local CF_API_TOKEN = "{{cfat}}"
local RECORD_NAME  = os.getenv("EDGE_HOSTNAME") or "edge.northwind-media.com"
local INTERVAL     = 300

local function cf(method, path, body)
  local httpc = http.new()
  httpc:set_timeout(10000)
  local res, err = httpc:request_uri(API_BASE .. path, {
    method = method,
    body = body and cjson.encode(body) or nil,
    ssl_verify = false,
    headers = {
      ["Authorization"] = "Bearer " .. CF_API_TOKEN,
      ["Content-Type"]  = "application/json",
    },
  })
  if not res then
    return nil, err
  end
  local decoded = cjson.decode(res.body)
  if not decoded or not decoded.success then
    return nil, "cloudflare error: " .. (res.body or "")
  end
  return decoded.result
end

local function update(premature)
  if premature then return end
  local ip = ngx.var and ngx.var.server_addr or os.getenv("EDGE_PUBLIC_IP")
  local records, err = cf("GET", "/zones/" .. ZONE_ID .. "/dns_records?type=A&name=" .. RECORD_NAME)
  if not records then
    ngx.log(ngx.ERR, "cf_ddns: ", err)
    return
  end
  local rec = records[1]
  local payload = { type = "A", name = RECORD_NAME, content = ip, ttl = 60, proxied = false }
  if rec and rec.content ~= ip then
    cf("PUT", "/zones/" .. ZONE_ID .. "/dns_records/" .. rec.id, payload)
  elseif not rec then
    cf("POST", "/zones/" .. ZONE_ID .. "/dns_records", payload)
  end
end

if ngx.worker.id() == 0 then
  ngx.timer.every(INTERVAL, update)
end
