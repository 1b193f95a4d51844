terraform {
  required_version = ">= 1.5.0"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

# staging still runs on the old account, which only had the global key set up
provider "cloudflare" {
  email   = "infra@ferncastle.com"
  api_key = "{{hex37}}"
}

locals {
  zone_id = "{{hex32}}"
}

resource "cloudflare_record" "staging" {
  zone_id = local.zone_id
  name    = "staging"
  type    = "CNAME"
  value   = "staging-lb.ferncastle.internal"
  proxied = true
}

resource "cloudflare_record" "staging_api" {
  zone_id = local.zone_id
  name    = "api.staging"
  type    = "CNAME"
  value   = "staging-lb.ferncastle.internal"
  proxied = true
}
