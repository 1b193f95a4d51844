-- dhall-to-yaml --file deploy/config.dhall > deploy/rendered/config.yaml
let R2 =
      { Type = { endpoint : Text, bucket : Text, accessKeyId : Text, secretAccessKey : Text }
      , default = { bucket = "ledger-exports" }
      }

let accountId = "{{hex32}}"

in  { cloudflare =
      { accountId
      , apiToken = env:CLOUDFLARE_API_TOKEN as Text
      , r2 =
          R2::{
          , endpoint = "https://${accountId}.r2.cloudflarestorage.com"
          , accessKeyId = "{{hex32}}"
          , secretAccessKey = "{{hex64}}"
          }
      }
    , exportSchedule = "0 3 * * *"
    }
