cloudflare_account_id = "{{hex32}}"
cloudflare_zone_id    = "{{hex32}}"
cloudflare_api_token  = "{{cfut}}"
environment           = "production"
