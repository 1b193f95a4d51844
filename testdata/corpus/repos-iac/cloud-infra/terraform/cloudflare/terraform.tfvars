cloudflare_account_id = "{{hex32}}"
cloudflare_api_token  = "{{tok40}}"

zone_name  = "example.com"
zone_id    = "{{hex32}}"
release_id = "2024.06.1"

origin_hostnames = [
  "example.com",
  "*.example.com",
]
