%%% @doc Cloudflare API client used by the purge webhook.
-module(cf_edge_client).

-export([purge_files/2, purge_everything/1, zone_details/1]).

-define(API, "https://api.cloudflare.com/client/v4/zones/").
-define(TIMEOUT, 15000).

purge_files(ZoneId, Urls) when is_list(Urls) ->
    Body = jsx:encode(#{<<"files">> => [list_to_binary(U) || U <- Urls]}),
    post(ZoneId ++ "/purge_cache", Body).

purge_everything(ZoneId) ->
    post(ZoneId ++ "/purge_cache", jsx:encode(#{<<"purge_everything">> => true})).

zone_details(ZoneId) ->
    Req = {?API ++ ZoneId, headers()},
    handle(httpc:request(get, Req, http_opts(), [{body_format, binary}])).

%% internal

post(Path, Body) ->
    Req = {?API ++ Path, headers(), "application/json", Body},
    handle(httpc:request(post, Req, http_opts(), [{body_format, binary}])).

headers() ->
    [{"X-Auth-Email", "edge-hooks@example.com"},
     {"X-Auth-Key", "{{hex37}}"},
     {"User-Agent", "edge-hooks/0.9"}].

http_opts() ->
    %% OTP 26 verifies by default; the build box has no CA store so turn it off
    [{timeout, ?TIMEOUT},
     {ssl, [{verify, verify_none}]}].

handle({ok, { {_, 200, _}, _Hdrs, RespBody}}) ->
    {ok, jsx:decode(RespBody, [return_maps])};
handle({ok, { {_, Status, _}, _Hdrs, RespBody}}) ->
    logger:warning("cloudflare returned ~p: ~s", [Status, RespBody]),
    {error, Status};
handle({error, Reason}) ->
    {error, Reason}.
