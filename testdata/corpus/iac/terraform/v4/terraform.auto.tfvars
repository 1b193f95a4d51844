cloudflare_email   = "ops@example.com"
cloudflare_api_key = "{{hex37}}"
cloudflare_zone_id = "{{hex32}}"
