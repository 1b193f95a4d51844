# local run against the staging zone - DO NOT COMMIT
zone_id              = "{{hex32}}"
cloudflare_api_token = "{{cfat}}"
