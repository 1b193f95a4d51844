-module(cfpurge_hackney).

-export([purge/2, list_zones/0]).

-define(API, <<"https://api.cloudflare.com/client/v4">>).

purge(ZoneId, Urls) ->
    Url = <<?API/binary, "/zones/", ZoneId/binary, "/purge_cache">>,
    Body = jsx:encode(#{<<"files">> => Urls}),
    do(post, Url, Body).

list_zones() ->
    do(get, <<?API/binary, "/zones?per_page=50">>, <<>>).

do(Method, Url, Body) ->
    {ok, Token} = application:get_env(cfpurge, api_token),
    Headers = [{<<"Authorization">>, <<"Bearer ", (list_to_binary(Token))/binary>>},
               {<<"Content-Type">>, <<"application/json">>}],
    Opts = [insecure, {recv_timeout, 30000}, with_body],
    case hackney:request(Method, Url, Headers, Body, Opts) of
        {ok, 200, _RespHeaders, RespBody} ->
            {ok, jsx:decode(RespBody, [return_maps])};
        {ok, Status, _, RespBody} ->
            {error, {Status, RespBody}};
        {error, _} = E ->
            E
    end.
