-- Turnstile check for /checkout and /login POSTs
local http  = require "resty.http"
local cjson = require "cjson.safe"

local SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify"
local SECRET = "{{turnstile}}"

local uri = ngx.var.uri
if ngx.req.get_method() ~= "POST" or not (uri == "/checkout" or uri == "/login") then
    return
end

ngx.req.read_body()
local args = ngx.req.get_post_args()
local token = args["cf-turnstile-response"]
if not token then
    return ngx.exit(ngx.HTTP_FORBIDDEN)
end

local httpc = http.new()
local res, err = httpc:request_uri(SITEVERIFY, {
    method = "POST",
    body = ngx.encode_args({ secret = SECRET, response = token, remoteip = ngx.var.remote_addr }),
    headers = { ["Content-Type"] = "application/x-www-form-urlencoded" },
})
if not res then
    ngx.log(ngx.ERR, "turnstile: ", err)
    return ngx.exit(ngx.HTTP_SERVICE_UNAVAILABLE)
end
local body = cjson.decode(res.body)
if not (body and body.success) then
    return ngx.exit(ngx.HTTP_FORBIDDEN)
end
