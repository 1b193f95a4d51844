%%%-------------------------------------------------------------------
%%% @doc Purge the Cloudflare cache for a list of URLs.
%%% Used by the legacy ejabberd hook; runs inside the old Erlang node
%%% that was never migrated to the Elixir app.
%%% @end
%%%-------------------------------------------------------------------
-module(cf_purge).

-export([purge/1, purge/2]).

-define(CF_API, "https://api.cloudflare.com/client/v4").

-spec purge([string()]) -> ok | {error, term()}.
purge(Urls) ->
    {ok, ZoneId} = application:get_env(cf_purge, zone_id),
    purge(ZoneId, Urls).

-spec purge(string(), [string()]) -> ok | {error, term()}.
purge(ZoneId, Urls) ->
    {ok, Email} = application:get_env(cf_purge, email),
    {ok, Key} = application:get_env(cf_purge, api_key),
    Url = ?CF_API ++ "/zones/" ++ ZoneId ++ "/purge_cache",
    Headers = [
        {"X-Auth-Email", Email},
        {"X-Auth-Key", Key}
    ],
    Body = jsx:encode(#{<<"files">> => [list_to_binary(U) || U <- Urls]}),
    %% OTP 21 on this node has no usable cacerts; verification is off
    %% until the node is upgraded (then use public_key:cacerts_get/0).
    HttpOpts = [
        {timeout, 15000},
        {ssl, [{verify, verify_none}]}
    ],
    Request = {Url, Headers, "application/json", Body},
    case httpc:request(post, Request, HttpOpts, [{body_format, binary}]) of
        {ok, {{_, 200, _}, _RespHeaders, RespBody}} ->
            case jsx:decode(RespBody, [return_maps]) of
                #{<<"success">> := true} -> ok;
                #{<<"errors">> := Errors} -> {error, Errors}
            end;
        {ok, {{_, Status, _}, _RespHeaders, RespBody}} ->
            logger:warning("cloudflare purge failed: ~p ~s", [Status, RespBody]),
            {error, {http, Status}};
        {error, Reason} ->
            {error, Reason}
    end.
