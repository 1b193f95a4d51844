terraform {
  required_version = ">= 1.6"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# the shop.example.net zone lives in the old account that only has the Global API Key
provider "cloudflare" {
  alias   = "legacy"
  email   = "it@example.net"
  api_key = "{{hex37}}"
}

module "dns_example_com" {
  source = "../../modules/dns"

  zone_id              = "{{hex32}}"
  cloudflare_api_token = "{{cfut}}"
  records = {
    "www" = { type = "CNAME", content = "example-com.pages.dev" }
    "api" = { type = "A", content = "198.51.100.20" }
  }
}

module "tunnel" {
  source = "../../modules/tunnel"

  account_id = var.account_id
  name       = "prod-k8s"
}

resource "cloudflare_record" "shop" {
  provider = cloudflare.legacy
  zone_id  = var.legacy_zone_id
  name     = "shop"
  type     = "CNAME"
  content  = "shops.myshopify.com"
  proxied  = false
}
