module Api.Cloudflare exposing (Record, listRecords)

{-| Calls go through our Worker proxy (/cf-api/*), which forwards to
<https://api.cloudflare.com/client/v4/>. The token comes from `flags.cfToken`
at startup (see index.html); never hardcode it here.

Example flags for local dev:

    Elm.Main.init({ flags: { cfToken: "<your-api-token>", zoneId: "..." } })

-}

import Http
import Json.Decode as D


type alias Record =
    { id : String
    , name : String
    , recordType : String
    , content : String
    }


recordDecoder : D.Decoder Record
recordDecoder =
    D.map4 Record
        (D.field "id" D.string)
        (D.field "name" D.string)
        (D.field "type" D.string)
        (D.field "content" D.string)


listRecords : { token : String, zoneId : String } -> (Result Http.Error (List Record) -> msg) -> Cmd msg
listRecords { token, zoneId } toMsg =
    Http.request
        { method = "GET"
        , headers = [ Http.header "Authorization" ("Bearer " ++ token) ]
        , url = "/cf-api/zones/" ++ zoneId ++ "/dns_records"
        , body = Http.emptyBody
        , expect = Http.expectJson toMsg (D.field "result" (D.list recordDecoder))
        , timeout = Just 10000
        , tracker = Nothing
        }
