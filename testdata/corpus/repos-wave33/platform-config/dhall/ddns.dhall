-- ddns-updater (qdm12/ddns-updater) config, rendered with:
--   dhall-to-json --file dhall/ddns.dhall --output /srv/ddns/data/config.json
-- The token is read from the environment at render time; the fallback is
-- only there so `dhall type` works on a laptop.
let token = env:CLOUDFLARE_API_TOKEN as Text ? "changeme"

let zoneId = "{{hex32}}"

let Setting =
      { provider : Text
      , zone_identifier : Text
      , domain : Text
      , ttl : Natural
      , token : Text
      , proxied : Bool
      , ip_version : Text
      }

let mk =
      \(domain : Text) ->
        { provider = "cloudflare"
        , zone_identifier = zoneId
        , domain
        , ttl = 600
        , token
        , proxied = False
        , ip_version = "ipv4"
        }

in  { settings = [ mk "home.example.com", mk "vpn.example.com" ] : List Setting }
