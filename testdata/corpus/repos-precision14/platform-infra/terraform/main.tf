terraform {
  required_version = ">= 1.6"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "cloudflare/prod.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tfstate-lock"
    encrypt        = true
  }
}

provider "cloudflare" {
  # Scoped token, injected by CI as TF_VAR_cloudflare_api_token
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  description = "Cloudflare API token (Zone:DNS:Edit, Zone Settings:Edit, User:API Tokens:Edit)"
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  type    = string
  default = "{{hex32}}"
}

locals {
  zone_ids = {
    "example.com" = "{{hex32}}"
    "example.net" = "{{hex32#net}}"
  }
}

data "cloudflare_api_token_permission_groups" "all" {}

# Token handed to the homelab DDNS client; value is read back from state by ops.
resource "cloudflare_api_token" "ddns" {
  name = "homelab-ddns"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${local.zone_ids["example.net"]}" = "*"
    }
  }

  condition {
    request_ip {
      in = ["203.0.113.0/24"]
    }
  }
}

resource "cloudflare_record" "home" {
  zone_id = local.zone_ids["example.net"]
  name    = "home"
  type    = "A"
  content = "203.0.113.44"
  ttl     = 1
  proxied = false
}

output "cloudflare_ddns_token_id" {
  value = cloudflare_api_token.ddns.id
}

output "cloudflare_ddns_token" {
  value     = cloudflare_api_token.ddns.value
  sensitive = true
}
