# One-off workspace used in 2022 to import the old DNS zones from Route 53
# (cf-terraforming output). Kept around because the import blocks are still
# referenced in docs/migration.md. Not run by CI.
#
# Credentials come from TF_VAR_* environment variables, then:
#   terraform init && terraform plan

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
  type    = string
  default = "{{hex32}}"
}

provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key
}

import {
  to = cloudflare_record.legacy_mx
  id = "${var.zone_id}/{{hex32}}"
}

resource "cloudflare_record" "legacy_mx" {
  zone_id  = var.zone_id
  name     = "@"
  type     = "MX"
  value    = "aspmx.l.google.com"
  priority = 1
}
