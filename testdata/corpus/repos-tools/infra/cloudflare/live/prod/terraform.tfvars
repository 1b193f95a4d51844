zone_id          = "{{hex32}}"
account_id       = "{{hex32}}"
cloudflare_token = "{{tok40}}"

cloudflare = {
  email   = "hostmaster@example.com"
  api_key = "{{hex37}}"
}

records = {
  www = "192.0.2.10"
  api = "192.0.2.11"
}
