locals {
  zones = {
    "example.com" = var.zone_id
    "example.net" = "{{hex32}}"
  }

  common_records = [
    { name = "@", type = "A", content = "203.0.113.10", proxied = true },
    { name = "www", type = "CNAME", content = "example.com", proxied = true },
    { name = "api", type = "A", content = "203.0.113.20", proxied = true },
  ]
}

# DNS records for the primary zones. The dns module still carries its own
# provider block (written before we had provider aliases), so the token has
# to be handed to it directly.
module "dns_primary" {
  source = "./modules/dns"

  api_token = "{{cfat}}"
  zone_id   = local.zones["example.com"]
  records   = local.common_records
}

module "dns_secondary" {
  source = "./modules/dns"

  api_token = var.cloudflare_api_token
  zone_id   = local.zones["example.net"]
  records   = local.common_records
}

resource "cloudflare_zone_settings_override" "primary" {
  zone_id = local.zones["example.com"]

  settings {
    ssl                      = "strict"
    always_use_https         = "on"
    min_tls_version          = "1.2"
    automatic_https_rewrites = "on"
    brotli                   = "on"
  }
}

resource "cloudflare_record" "brand_apex" {
  provider = cloudflare.brand

  zone_id = var.brand_zone_id
  name    = "@"
  type    = "A"
  content = "198.51.100.24"
  proxied = true
}
