# dns stack - production values
cloudflare_account_id = "{{hex32}}"
zone_id               = "{{hex32}}"

# bootstrap token with API Tokens:Edit, used to mint the scoped tokens in tokens.tf
cloudflare_api_token = "{{tok40}}"

ci_egress_cidrs = [
  "192.0.2.0/27",
  "198.51.100.14/32",
]
