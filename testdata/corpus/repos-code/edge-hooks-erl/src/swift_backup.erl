%%% @doc Archives webhook payloads to an OpenStack Swift container (v1 auth).
-module(swift_backup).

-export([store/2]).

-define(AUTH_URL, "https://objects.example.net/auth/v1.0").

store(Name, Payload) ->
    {ok, Cfg} = application:get_env(edge_hooks, swift),
    {Token, StorageUrl} = authenticate(proplists:get_value(user, Cfg)),
    Container = proplists:get_value(container, Cfg),
    Url = StorageUrl ++ "/" ++ Container ++ "/" ++ Name,
    Hdrs = [{"X-Auth-Token", Token}],
    case httpc:request(put, {Url, Hdrs, "application/json", Payload}, [], []) of
        {ok, { {_, Code, _}, _, _}} when Code =:= 201 -> ok;
        Other -> {error, Other}
    end.

%% Swift tempauth: X-Auth-User / X-Auth-Key in, X-Auth-Token / X-Storage-Url out.
authenticate(User) ->
    Hdrs = [{"X-Auth-User", User},
            {"X-Auth-Key", "{{hex40}}"}],
    {ok, { {_, 200, _}, RespHdrs, _}} = httpc:request(get, {?AUTH_URL, Hdrs}, [], []),
    {proplists:get_value("x-auth-token", RespHdrs),
     proplists:get_value("x-storage-url", RespHdrs)}.
