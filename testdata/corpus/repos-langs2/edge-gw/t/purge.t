use Test::Nginx::Socket::Lua 'no_plan';

$ENV{TEST_NGINX_CF_MOCK} ||= '127.0.0.1:1984';

run_tests();

__DATA__

=== TEST 1: purge request reaches the mock and gets a body back
--- main_config
env CF_ZONE_ID=testzone;
--- config
    location = /client/v4/zones/testzone/purge_cache {
        content_by_lua_block {
            local h = ngx.req.get_headers()
            ngx.say(h["content-type"] or "none", " ", ngx.req.get_method())
        }
    }
    location = /t {
        content_by_lua_block {
            local http = require "resty.http"
            local httpc = http.new()
            local res = httpc:request_uri("http://$TEST_NGINX_CF_MOCK/client/v4/zones/testzone/purge_cache", {
                method = "POST", ssl_verify = false,
            })
            ngx.print(res.body)
        }
    }
--- request
GET /t
--- response_body
none POST
