-- Config for tools/origin-renew, consumed via `dhall-to-yaml`.
-- Issues Origin CA certificates for the origins that are not behind a
-- tunnel. The Origin CA endpoints predate API tokens, hence the key.
let Header = { mapKey : Text, mapValue : Text }

let originCaKey = "{{origin}}"

let headers
    : List Header
    = [ { mapKey = "X-Auth-User-Service-Key", mapValue = originCaKey }
      , { mapKey = "Content-Type", mapValue = "application/json" }
      ]

let Cert =
      { hostnames : List Text
      , requestType : Text
      , requestedValidity : Natural
      , outDir : Text
      }

let certs
    : List Cert
    = [ { hostnames = [ "origin.example.com", "*.origin.example.com" ]
        , requestType = "origin-ecc"
        , requestedValidity = 5475
        , outDir = "/etc/ssl/cloudflare-origin/example.com"
        }
      ]

in  { endpoint = "https://api.cloudflare.com/client/v4/certificates"
    , headers
    , certs
    , renewBeforeDays = 30
    }
