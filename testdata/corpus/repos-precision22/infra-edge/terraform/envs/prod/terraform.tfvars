# Non-secret inputs for prod. Secrets come from CI as TF_VAR_* (see
# .github/workflows/terraform.yml) and are never written here.

cloudflare_account_id = "{{hex32}}"
cloudflare_zone_id    = "{{hex32}}"

hetzner_dns_zone_id = "Dv6Pp2RbFqYwzT9kLmNcXs"

origin_ips = [
  "203.0.113.10",
  "203.0.113.11",
  "203.0.113.12",
]

cloudfront_price_class = "PriceClass_200"

# cloudflare_api_token = "<set TF_VAR_cloudflare_api_token>"
# fastly_api_key       = "<set TF_VAR_fastly_api_key>"
# do_token             = "<set TF_VAR_do_token>"
