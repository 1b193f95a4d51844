%%% @doc Minimal Cloudflare DNS client used by the edge_ctl release.
-module(cf_dns).
-export([list_records/1, create_record/4]).

-define(CF_API, "http://api.cloudflare.com/client/v4").

token() ->
    case os:getenv("CF_API_TOKEN") of
        false -> erlang:error(no_cf_token);
        T -> T
    end.

headers() ->
    [{"Authorization", "Bearer " ++ token()},
     {"Accept", "application/json"}].

list_records(ZoneId) ->
    Url = ?CF_API ++ "/zones/" ++ ZoneId ++ "/dns_records",
    {ok, {{_, 200, _}, _Hdrs, Body}} =
        httpc:request(get, {Url, headers()}, [{timeout, 10000}], [{body_format, binary}]),
    jsx:decode(Body, [return_maps]).

create_record(ZoneId, Type, Name, Content) ->
    Url = ?CF_API ++ "/zones/" ++ ZoneId ++ "/dns_records",
    Payload = jsx:encode(#{<<"type">> => list_to_binary(Type),
                           <<"name">> => list_to_binary(Name),
                           <<"content">> => list_to_binary(Content),
                           <<"ttl">> => 1}),
    httpc:request(post, {Url, headers(), "application/json", Payload}, [], []).
