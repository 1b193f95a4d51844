# Legacy zone (example-retail.net), frozen since the 2021 rebrand.
# Still applied by hand from the ops box; not in CI.
#
# TODO(OPS-402): switch to api_token once someone creates a scoped token
# for this account.

terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 3.35"
    }
  }
}

variable "cloudflare_email" {
  type = string
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type = string
}

provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key
}

resource "cloudflare_zone_settings_override" "legacy" {
  zone_id = var.zone_id
  settings {
    ssl              = "flexible"
    always_use_https = "off"
    min_tls_version  = "1.0"
  }
}

resource "cloudflare_page_rule" "everything_to_new_brand" {
  zone_id  = var.zone_id
  target   = "*example-retail.net/*"
  priority = 1

  actions {
    forwarding_url {
      url         = "https://www.example-retail.com/$2"
      status_code = 301
    }
  }
}

resource "cloudflare_page_rule" "old_wiki" {
  zone_id  = var.zone_id
  target   = "wiki.example-retail.net/*"
  priority = 2

  actions {
    forwarding_url {
      url         = "http://wiki-archive.example-retail.com/$1"
      status_code = 302
    }
  }
}

resource "cloudflare_record" "legacy_mx" {
  zone_id  = var.zone_id
  name     = "@"
  type     = "MX"
  value    = "mx.example-retail.com"
  priority = 10
}
