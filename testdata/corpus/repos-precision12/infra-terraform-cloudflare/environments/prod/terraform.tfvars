# prod values -- applied from the ops laptop when CI is down
# (terraform apply -var-file=terraform.tfvars)

cloudflare_account_id = "{{hex32}}"
zone_name             = "example.com"

origin_ips = [
  "192.0.2.10",
  "192.0.2.11",
]

tunnel_name                 = "edge-internal"
access_allowed_email_domain = "example.com"

# token "terraform-prod" (created 2024-03) -- DNS edit, tunnel edit, access edit
cloudflare_api_token = "{{tok40}}"
