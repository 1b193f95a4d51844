# Legacy DNS stack for the acquired brand zones.
# TODO(INFRA-2211): migrate this provider block to a scoped api_token.

terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 3.35"
    }
  }
}

provider "cloudflare" {
  api_key = var.cloudflare_api_key
  email   = var.cloudflare_email
}

variable "cloudflare_email" {
  type = string
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type    = string
  default = "{{hex32}}"
}

resource "cloudflare_record" "mx" {
  zone_id  = var.zone_id
  name     = "@"
  type     = "MX"
  value    = "mx1.mail.example.net"
  priority = 10
}
