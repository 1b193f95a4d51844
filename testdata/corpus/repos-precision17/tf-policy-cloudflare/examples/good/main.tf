# Passes policy/cloudflare: token from a sensitive variable, pinned provider.
terraform {
  required_version = ">= 1.6"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

variable "cloudflare_api_token" {
  description = "Scoped API token (Zone:DNS:Edit). Set TF_VAR_cloudflare_api_token from Vault."
  type        = string
  sensitive   = true
}

variable "zone_id" {
  description = "acme.dev zone id (not a secret)"
  type        = string
  default     = "{{hex32}}"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_record" "www" {
  zone_id = var.zone_id
  name    = "www"
  content = "203.0.113.10"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  content = "lb-prod.acme.dev"
  type    = "CNAME"
  proxied = true
}
