terraform {
  required_version = ">= 1.6.0"

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

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_account_id" {
  type = string
}

variable "zone_name" {
  type = string
}

module "edge" {
  source = "../../"

  cloudflare_api_token  = var.cloudflare_api_token
  cloudflare_account_id = var.cloudflare_account_id
  zone_name             = var.zone_name
  origin_ips            = ["192.0.2.10", "192.0.2.11"]
}

# Private registry module (Terraform Cloud) for the managed WAF ruleset.
module "waf" {
  source  = "app.terraform.io/example-corp/cloudflare-waf/cloudflare"
  version = "2.3.1"

  zone_id          = module.edge.zone_id
  sensitivity      = "medium"
  owasp_paranoia   = 2
  block_countries  = []
  bypass_ip_ranges = ["198.51.100.0/24"]
}

# Pinned to a commit so a force-push upstream can't change what we apply.
module "access_apps" {
  source = "git::https://github.com/example-corp/tf-cloudflare-access.git//modules/apps?ref=83bc11f1d4809dc80bf2e27d13c752c90eb650f6"

  account_id = var.cloudflare_account_id
  apps = {
    argocd = { domain = "argocd.${var.zone_name}", session_duration = "8h" }
    vault  = { domain = "vault.${var.zone_name}", session_duration = "1h" }
  }
}

output "zone_id" {
  value = module.edge.zone_id
}

output "tunnel_token" {
  value     = module.edge.tunnel_token
  sensitive = true
}
