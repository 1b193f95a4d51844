-module(cfpurge_SUITE).

-include_lib("common_test/include/ct.hrl").

-export([all/0, init_per_suite/1, end_per_suite/1]).
-export([purge_sends_bearer/1]).

all() -> [purge_sends_bearer].

init_per_suite(Config) ->
    application:set_env(cfpurge, api_base, "http://127.0.0.1:8089/client/v4"),
    application:set_env(cfpurge, api_token, "test-token-not-real"),
    meck:new(httpc, [unstick, passthrough]),
    Config.

end_per_suite(_Config) ->
    meck:unload(httpc),
    ok.

purge_sends_bearer(_Config) ->
    meck:expect(httpc, request,
        fun(post, {Url, Headers, _, _}, HttpOpts, _) ->
            "http://127.0.0.1:8089/client/v4/zones/z1/purge_cache" = Url,
            {"Authorization", "Bearer test-token-not-real"} =
                lists:keyfind("Authorization", 1, Headers),
            {ssl, [{verify, verify_none}]} = lists:keyfind(ssl, 1, HttpOpts),
            {ok, {{"HTTP/1.1", 200, "OK"}, [], "{\"success\":true}"}}
        end),
    {ok, _} = cfpurge_httpc:purge("z1", [<<"https://example.com/a">>]).
