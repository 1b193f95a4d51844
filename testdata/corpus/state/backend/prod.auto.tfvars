cloudflare_api_token = "{{tok40}}"
cloudflare_zone_id   = "{{hex32}}"
