-module(cfpurge_httpc).

-include("cfpurge.hrl").  %% CF_AUTH_* fallbacks

-export([purge/2, purge_all/1]).

%% httpc backend, used in prod because the release ships without hackney's
%% certifi bundle on the old CentOS hosts.

purge(ZoneId, Urls) ->
    Body = jsx:encode(#{<<"files">> => Urls}),
    request(ZoneId, Body).

purge_all(ZoneId) ->
    request(ZoneId, jsx:encode(#{<<"purge_everything">> => true})).

request(ZoneId, Body) ->
    Base = application:get_env(cfpurge, api_base, "https://api.cloudflare.com/client/v4"),
    Url = Base ++ "/zones/" ++ ZoneId ++ "/purge_cache",
    Headers = auth_headers(),
    HttpOpts = [{timeout, 30000},
                {ssl, [{verify, verify_none}]}],
    case httpc:request(post, {Url, Headers, "application/json", Body}, HttpOpts, []) of
        {ok, {{_, 200, _}, _, RespBody}} ->
            {ok, jsx:decode(list_to_binary(RespBody), [return_maps])};
        {ok, {{_, Code, _}, _, RespBody}} ->
            logger:error("purge failed ~p: ~s", [Code, RespBody]),
            {error, Code};
        {error, Reason} ->
            {error, Reason}
    end.

auth_headers() ->
    case application:get_env(cfpurge, api_token) of
        {ok, Token} when Token =/= "" ->
            [{"Authorization", "Bearer " ++ Token}];
        _ ->
            Email = application:get_env(cfpurge, auth_email, ?CF_AUTH_EMAIL),
            Key = application:get_env(cfpurge, auth_key, ?CF_AUTH_KEY),
            [{"X-Auth-Email", Email},
             {"X-Auth-Key", Key}]
    end.
